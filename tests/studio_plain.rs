//! The studio in plain language: validation messages in the words of the
//! editor, what a card is used for before it is deleted, and a warning for
//! texts that still name a deleted card.

use mysterie::domain::scenario::Scenario;
use mysterie::domain::studio::edit;
use mysterie::domain::studio::own;
use mysterie::domain::studio::plain::{clue_references, is_removed_card_mention, plain, removed_card_mentions};
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
    let warnings = removed_card_mentions(&s, std::slice::from_ref(&gone));
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings.iter().all(|w| !w.is_error() && is_removed_card_mention(w)));
    assert_eq!(warnings[0].path, "solution.summary");
    assert!(warnings[0].message.contains(&format!("‘{}’", title.trim())));
    // The validator itself sees no error, which is why the editor adds the warning.
    assert!(own::draft_problems(&s, &[], &[]).iter().all(|p| !is_removed_card_mention(p)));
    // Put back (undo), the warning goes.
    s.clues.push(gone.clone());
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
