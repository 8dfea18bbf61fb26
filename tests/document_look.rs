//! Document looks (src/domain/document_look.rs): every document card in the
//! bundled mysteries gets a look, and splitting a text into letterhead,
//! subject, body and closing never changes the text.

use mysterie::domain::document_look::{document_look, document_parts, DocumentLook};
use mysterie::domain::scenario::{ClueKind, Scenario};

fn bundled() -> Vec<Scenario> {
    std::fs::read_dir("mysteries")
        .expect("mysteries/ exists")
        .filter_map(|e| {
            let path = e.ok()?.path();
            let name = path.file_name()?.to_str()?.to_string();
            (name.ends_with(".json") && !name.starts_with("index") && !name.contains("schema")).then_some(path)
        })
        .map(|path| serde_json::from_str(&std::fs::read_to_string(&path).expect("readable")).expect("a mystery"))
        .collect()
}

fn look_of(scenario_id: &str, clue_id: &str) -> DocumentLook {
    let all = bundled();
    let scenario = all.iter().find(|s| s.id == scenario_id).expect("the mystery");
    document_look(scenario.clue(clue_id).expect("the clue")).expect("a document")
}

#[test]
fn known_documents_get_the_look_a_reader_expects() {
    assert_eq!(look_of("de-brief-die-niemand-begreep", "brief-van-3-juni"), DocumentLook::Letter);
    assert_eq!(look_of("de-brief-die-niemand-begreep", "bankafschrift-van-anja"), DocumentLook::Statement);
    assert_eq!(look_of("de-brief-die-niemand-begreep", "flyer-spreekuur-bibliotheek"), DocumentLook::Flyer);
    assert_eq!(look_of("buiten-beeld", "besluit-maatregel"), DocumentLook::Letter);
    assert_eq!(look_of("buiten-beeld", "flyer-prikbord"), DocumentLook::Flyer);
    assert_eq!(look_of("samenwerking-opschalen", "privacy-mail"), DocumentLook::Mail);
    assert_eq!(look_of("is-ons-netwerk-robuust", "verslag-netwerkoverleg-maart"), DocumentLook::Note);
}

#[test]
fn voices_and_facts_have_no_document_look() {
    for scenario in bundled() {
        for clue in &scenario.clues {
            assert_eq!(document_look(clue).is_some(), clue.kind == ClueKind::Document, "{}/{}", scenario.id, clue.id);
        }
    }
}

#[test]
fn splitting_never_changes_the_text() {
    let mut letters_with_subject = 0;
    for scenario in bundled() {
        for clue in scenario.clues.iter().filter(|c| c.kind == ClueKind::Document) {
            let parts = document_parts(&clue.text);
            assert_eq!(parts.joined(), clue.text.trim(), "{}/{}", scenario.id, clue.id);
            assert!(!parts.body.is_empty(), "{}/{}: the body is never empty", scenario.id, clue.id);
            if parts.subject.is_some() {
                letters_with_subject += 1;
            }
        }
    }
    assert!(letters_with_subject >= 5, "subject lines are found ({letters_with_subject})");
}

#[test]
fn a_letter_splits_into_letterhead_subject_body_and_closing() {
    let parts = document_parts(
        "Gemeente Velderhout, 3 juni. Onderwerp: besluit bijstand. Geachte mevrouw Bosman, u krijgt minder. \
         Met vriendelijke groet, de teamleider Inkomen",
    );
    assert_eq!(parts.head.as_deref(), Some("Gemeente Velderhout, 3 juni."));
    assert_eq!(parts.subject.as_deref(), Some("Onderwerp: besluit bijstand."));
    assert_eq!(parts.body, "Geachte mevrouw Bosman, u krijgt minder.");
    assert_eq!(parts.closing.as_deref(), Some("Met vriendelijke groet, de teamleider Inkomen"));
}

#[test]
fn a_letter_without_subject_splits_at_the_salutation() {
    let parts = document_parts("Elshorst Wonen, 12 februari. Beste mevrouw Emanuels, wij kregen een klacht.");
    assert_eq!(parts.head.as_deref(), Some("Elshorst Wonen, 12 februari."));
    assert_eq!(parts.subject, None);
    assert_eq!(parts.body, "Beste mevrouw Emanuels, wij kregen een klacht.");
}

#[test]
fn plain_text_stays_one_body() {
    let parts = document_parts("Turflijst oktober tot en met maart. 40 bezoekers.");
    assert_eq!(parts.head, None);
    assert_eq!(parts.subject, None);
    assert_eq!(parts.closing, None);
    assert_eq!(parts.body, "Turflijst oktober tot en met maart. 40 bezoekers.");
}
