//! The studio in plain language: validation messages in the words of the
//! editor, what a card is used for before it is deleted, and a warning for
//! texts that still name a deleted card.

use mysterie::domain::scenario::{ClueKind, Relevance, Scenario};
use mysterie::domain::studio::edit;
use mysterie::domain::studio::own;
use mysterie::domain::studio::own::OwnMystery;
use mysterie::domain::studio::plain::{
    clue_references, is_removed_card_mention, plain, remember, removed_card_mentions, still_named, RemovedCard,
};
use mysterie::domain::validate::{self, validate};

fn sample() -> Scenario {
    let text = std::fs::read_to_string("mysteries/samenwerking-opschalen.json").expect("a bundled mystery");
    validate::parse_scenario(&text).expect("valid")
}

#[test]
fn messages_name_cards_and_fields_as_the_editor_does() {
    let mut s = sample();
    let first = s.clues[0].clone();
    let second = s.clues[1].id.clone();
    // A card that waits on a card that does not exist, and one that waits on itself.
    s.clues[1].unlock.after = vec!["bestaat-niet-1".into()];
    s.clues[0].unlock.after = vec![first.id.clone()];
    s.central_question.clear();
    let problems = validate(&s);
    let words: Vec<(String, Vec<String>)> = problems
        .iter()
        .map(|p| {
            let w = plain(&s, &p.message);
            (w.text, w.ids)
        })
        .collect();
    let all = words.iter().map(|w| w.0.clone()).collect::<Vec<_>>().join("\n");
    assert!(all.contains(&format!("De kaart ‘{}’ wacht op zichzelf", first.title.trim())), "{all}");
    assert!(all.contains("weg bij ‘Laat deze kaart wachten op een andere kaart’"), "{all}");
    assert!(all.contains("De centrale vraag is leeg"), "{all}");
    for field in ["central_question", " after", "unlock.after", "key_clues", "clues["] {
        assert!(!all.contains(field), "{field} in: {all}");
    }
    assert!(!all.contains(&format!("‘{}’", first.id)), "the id is replaced by the title: {all}");
    assert!(words.iter().any(|w| w.1.contains(&first.id)), "the id is kept for small type");
    let _ = second;
}

#[test]
fn plain_leaves_ordinary_words_alone_and_numbers_list_items() {
    let mut s = sample();
    s.clues[0].id = "kaart".into();
    let w = plain(&s, "Geef de kaart een korte titel. Id x is al gebruikt door clues[2].");
    assert_eq!(w.text, "Geef de kaart een korte titel. Id x is al gebruikt door kaart 3.");
    assert!(w.ids.is_empty());
}

#[test]
fn a_key_clue_lists_what_refers_to_it_and_its_deletion_is_warned_about_in_texts() {
    let mut s = sample();
    let key = s.solution.key_clues[0].clone();
    let index = s.clues.iter().position(|c| c.id == key).unwrap();
    let title = s.clues[index].title.clone();
    s.solution.summary = format!("{} Zie ook ‘{title}’.", s.solution.summary);
    s.debrief.paragraphs.push(format!("De kaart {title} laat zien hoe het ging."));
    let refs = clue_references(&s, index);
    assert!(refs.contains(&"de kernaanwijzingen van de oplossing".to_string()), "{refs:?}");
    assert!(refs.iter().any(|r| r == "het antwoord op de centrale vraag noemt deze kaart"), "{refs:?}");
    assert!(
        refs.iter().any(|r| r.starts_with("paragraaf ") && r.ends_with("van de nabespreking noemt deze kaart")),
        "{refs:?}"
    );

    let gone = s.clues[index].clone();
    let notes = edit::remove_clue(&mut s, index);
    assert!(!notes.is_empty());
    let gone = RemovedCard::of(&gone);
    let warnings = removed_card_mentions(&s, std::slice::from_ref(&gone));
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings.iter().all(|w| !w.is_error() && is_removed_card_mention(w)));
    assert_eq!(warnings[0].path, "solution.summary");
    assert!(warnings[0].message.contains(&format!("‘{}’", title.trim())));
    // The validator itself sees no error, which is why the editor adds the warning.
    assert!(own::draft_problems(&s, &[], &[]).iter().all(|p| !is_removed_card_mention(p)));
    // Put back (undo), the warning goes.
    s.clues.push(edit::blank("x").clues[0].clone());
    s.clues.last_mut().unwrap().id = gone.id.clone();
    assert!(removed_card_mentions(&s, &[gone]).is_empty());
}

#[test]
fn a_card_nothing_refers_to_is_deleted_without_asking() {
    let s = sample();
    let free = (0..s.clues.len()).find(|&i| clue_references(&s, i).is_empty());
    assert!(free.is_some(), "the sample has a card nothing refers to");
}

#[test]
fn facilitator_messages_name_the_card_too() {
    let s = sample();
    let clue = &s.clues[0];
    let w = plain(
        &s,
        &format!("De doorvraag bij kaart ‘{}’ is leeg. Kies het id van een aanwijzing uit de lijst (clues).", clue.id),
    );
    assert_eq!(
        w.text,
        format!("De doorvraag bij de kaart ‘{}’ is leeg. Kies een kaart uit de lijst.", clue.title.trim())
    );
    assert_eq!(w.ids, vec![clue.id.to_string()]);
}

#[test]
fn the_notes_after_deleting_a_card_name_it_by_its_title() {
    let mut s = sample();
    let key = s.solution.key_clues[0].clone();
    let index = s.clues.iter().position(|c| c.id == key).unwrap();
    let title = s.clues[index].title.trim().to_string();
    // Another card waits for it, and the draaiboek has a probe on it.
    let other = (index + 1) % s.clues.len();
    s.clues[other].unlock.after = vec![key.clone()];
    let other_title = s.clues[other].title.trim().to_string();
    let at = edit::add_probe(&mut s);
    edit::sheet_mut(&mut s).probes[at].clue = key.clone();

    let notes = edit::remove_clue(&mut s, index);
    let texts: Vec<&str> = notes.iter().map(|n| n.text.as_str()).collect();
    assert!(
        texts.contains(&format!("De kaart ‘{title}’ is ook uit de kernaanwijzingen gehaald.").as_str()),
        "{texts:?}"
    );
    assert!(
        texts.contains(&format!("De kaart ‘{other_title}’ wacht niet meer op de kaart ‘{title}’.").as_str()),
        "{texts:?}"
    );
    assert!(
        texts.contains(&format!("De doorvraag bij de kaart ‘{title}’ is uit het draaiboek gehaald.").as_str()),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t.contains("met de kaart ‘") && t.contains("weggehaald")), "{texts:?}");
    for note in &notes {
        assert!(!note.text.contains(&key), "the id only in small type: {}", note.text);
        assert!(note.ids.contains(&key), "{note:?}");
    }
}

#[test]
fn notes_after_deleting_a_person_or_category_name_the_cards_by_title() {
    let mut s = sample();
    let speaker = s.clues.iter().find_map(|c| c.speaker.clone()).expect("a voice");
    let clue = s.clues.iter().find(|c| c.speaker.as_deref() == Some(speaker.as_str())).unwrap().clone();
    let index = s.characters.iter().position(|c| c.id == speaker).unwrap();
    let notes = edit::remove_character(&mut s, index);
    let note = notes.iter().find(|n| n.ids == [clue.id.clone()]).expect("a note on the card");
    assert_eq!(
        note.text,
        format!("Bij de kaart ‘{}’ staat niet meer wie het vertelt. Kies een andere persoon.", clue.title.trim())
    );
    let notes = edit::remove_category(&mut s, 0);
    assert!(notes.iter().all(|n| n.text.starts_with("De kaart ‘") && !n.ids.is_empty()), "{notes:?}");
}

#[test]
fn a_deleted_card_is_remembered_with_the_own_mystery_across_a_reload() {
    let mut s = sample();
    let key = s.solution.key_clues[0].clone();
    let index = s.clues.iter().position(|c| c.id == key).unwrap();
    let title = s.clues[index].title.trim().to_string();
    s.solution.summary = format!("{} Kijk vooral naar ‘{title}’.", s.solution.summary);
    let mut removed = Vec::new();
    remember(&mut removed, RemovedCard::of(&s.clues[index]));
    remember(&mut removed, RemovedCard::of(&s.clues[index]));
    assert_eq!(removed.len(), 1, "a card deleted twice is remembered once");
    edit::remove_clue(&mut s, index);

    // Stored and read again (a reload): the warning is still there.
    let stored = own::encode(&OwnMystery { key: "k1".into(), saved_at: 1.0, scenario: s.clone(), removed });
    assert!(stored.contains("\"removed_cards\""), "{stored:.200}");
    let back = own::decode(&stored).expect("reads");
    assert_eq!(back.removed, vec![RemovedCard { id: key.clone(), title: title.clone() }]);
    let kept = still_named(&back.scenario, &back.removed);
    let warnings = removed_card_mentions(&back.scenario, &kept);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].path, "solution.summary");
    assert!(warnings[0].message.contains(&format!("de kaart ‘{title}’")), "{}", warnings[0].message);

    // Once the text no longer names the card, the warning goes, and the memory is dropped on the next open.
    let mut fixed = back.scenario.clone();
    fixed.solution.summary = fixed.solution.summary.replace(&format!(" Kijk vooral naar ‘{title}’."), "");
    assert!(removed_card_mentions(&fixed, &kept).is_empty());
    assert!(still_named(&fixed, &kept).is_empty());
    // Nothing remembered: the envelope has no extra field.
    let plain_stored =
        own::encode(&OwnMystery { key: "k1".into(), saved_at: 1.0, scenario: fixed, removed: Vec::new() });
    assert!(!plain_stored.contains("removed_cards"));
}

#[test]
fn an_old_stored_draft_without_deleted_cards_still_loads() {
    // As saved before deleted cards were remembered: no `removed_cards`.
    let scenario: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("mysteries/samenwerking-opschalen.json").unwrap()).unwrap();
    let old = serde_json::json!({"own_version": 1, "key": "lz3k9q", "saved_at": 1.7e12, "scenario": scenario});
    let own = own::decode(&old.to_string()).expect("an old draft loads");
    assert_eq!(own.key, "lz3k9q");
    assert!(own.removed.is_empty());
    assert_eq!(own.scenario, sample());
}

#[test]
fn messages_about_speakers_categories_relevance_and_unlocking_use_no_field_names() {
    let base = sample();
    let mut variants: Vec<Scenario> = Vec::new();
    let voice = base.clues.iter().position(|c| c.kind == ClueKind::Voice).unwrap();
    let mut s = base.clone();
    s.clues[voice].speaker = None;
    variants.push(s);
    let mut s = base.clone();
    s.clues[voice].speaker = Some("".into());
    variants.push(s);
    let mut s = base.clone();
    s.clues[voice].speaker = Some("niemand-1".into());
    variants.push(s);
    let mut s = base.clone();
    s.clues[0].unlock.after = vec![s.clues[0].id.clone()];
    variants.push(s);
    let mut s = base.clone();
    s.clues[1].unlock.after = vec!["weg-1".into(), s.clues[0].id.clone(), s.clues[0].id.clone()];
    variants.push(s);
    let mut s = base.clone();
    let a = s.clues[0].id.clone();
    let b = s.clues[1].id.clone();
    s.clues[0].unlock.after = vec![b];
    s.clues[1].unlock.after = vec![a];
    variants.push(s);
    let rh = base.clues.iter().position(|c| c.relevance == Relevance::RedHerring).unwrap();
    let mut s = base.clone();
    s.clues[rh].category = Some(s.categories[0].id.clone());
    variants.push(s);
    let key = base.clues.iter().position(|c| c.relevance == Relevance::Key).unwrap();
    let mut s = base.clone();
    s.clues[key].category = None;
    variants.push(s);
    let mut s = base.clone();
    s.clues[key].category = Some("geen-cat".into());
    variants.push(s);
    let mut s = base.clone();
    s.clues[key].relevance = Relevance::Supporting;
    variants.push(s);
    let sup = base.clues.iter().position(|c| c.relevance == Relevance::Supporting).unwrap();
    let mut s = base.clone();
    s.clues[sup].relevance = Relevance::Key;
    variants.push(s);
    let mut s = base.clone();
    let k = s.solution.key_clues[0].clone();
    s.solution.key_clues.push(k);
    variants.push(s);
    let mut s = base.clone();
    s.solution.key_clues.push("weg-2".into());
    variants.push(s);
    let mut s = base.clone();
    s.solution.key_clues.truncate(1);
    variants.push(s);
    let mut s = base.clone();
    s.solution.chains[0].from = "weg-3".into();
    variants.push(s);
    let mut s = base.clone();
    s.central_question.clear();
    variants.push(s);
    let mut s = base.clone();
    for c in &mut s.clues {
        if c.speaker.as_deref() == Some(s.characters[0].id.as_str()) {
            c.speaker = None;
            c.kind = ClueKind::Document;
        }
    }
    variants.push(s);
    let mut s = base.clone();
    for c in &mut s.clues {
        if c.category.as_deref() == Some(s.categories[0].id.as_str()) {
            c.category = Some(s.categories[1].id.clone());
        }
    }
    variants.push(s);
    let mut s = base.clone();
    s.clues[0].deal_to = Some("rol-x".into());
    variants.push(s);
    let mut s = base.clone();
    s.clues[0].title.clear();
    s.clues[0].text.clear();
    variants.push(s);
    let fields = [
        "speaker",
        "voice",
        "kind:",
        "relevance",
        "red_herring",
        "supporting",
        "category",
        "categories",
        "characters",
        "key_clues",
        "unlock",
        " after",
        "central_question",
        "(clues)",
        "solution.",
        "id uit",
    ];
    let mut count = 0;
    for s in &variants {
        for p in validate(s) {
            if p.path.starts_with("clues[") && p.path.ends_with(".deal_to") {
                continue; // player roles are named by id (not in this family)
            }
            let w = plain(s, &p.message);
            count += 1;
            for field in fields {
                assert!(!w.text.contains(field), "{field} in {}: {}", p.path, w.text);
            }
            for id in &w.ids {
                assert!(!w.text.contains(&format!("‘{id}’")), "the id {id} is in small type, not in: {}", w.text);
            }
        }
    }
    assert!(count >= 25, "{count} messages");
}

#[test]
fn a_voice_card_without_speaker_says_in_plain_dutch_who_is_missing() {
    let mut s = sample();
    let voice = s.clues.iter().position(|c| c.kind == ClueKind::Voice).unwrap();
    s.clues[voice].speaker = None;
    let problem = validate(&s).into_iter().find(|p| p.path == format!("clues[{voice}].speaker")).expect("an error");
    let w = plain(&s, &problem.message);
    assert_eq!(
        w.text,
        format!(
            "Bij de kaart ‘{}’ staat niet wie het zegt. Deze kaart is een ervaring: iemand vertelt. Kies bij ‘Wie vertelt dit?’ een persoon.",
            s.clues[voice].title.trim()
        )
    );
    assert_eq!(w.ids, vec![s.clues[voice].id.clone()]);
}
