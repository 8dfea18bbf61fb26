//! The timeline of a case (src/domain/timeline.rs): dates found on cards, the
//! order of events within the case year, and places on the axis.

use mysterie::domain::portrait::portrait_of;
use mysterie::domain::scenario::Scenario;
use mysterie::domain::timeline::{case_story, case_year_start, find_date, timeline, CaseDate};

fn scenario() -> Scenario {
    serde_json::from_str(include_str!("../mysteries/de-brief-die-niemand-begreep.json")).expect("a mystery")
}

fn date(day: Option<u8>, month: u8, year: Option<u16>) -> CaseDate {
    CaseDate { day, month, year }
}

#[test]
fn dates_are_found_in_dutch_text() {
    assert_eq!(find_date("De brief van 3 juni"), Some(date(Some(3), 6, None)));
    assert_eq!(find_date("Velderhout, 14 maart 2019. Herinnering."), Some(date(Some(14), 3, Some(2019))));
    assert_eq!(find_date("Notitie, oktober 2022. Klant aangeboden"), Some(date(None, 10, Some(2022))));
    assert_eq!(find_date("Op 12 juni: loon."), Some(date(Some(12), 6, None)));
    // A month alone is too vague; a later real date is found.
    assert_eq!(find_date("In maart ging het mis. Op 4 april kwam de brief."), Some(date(Some(4), 4, None)));
    assert_eq!(find_date("Geen datum hier, wel 40 bezoekers."), None);
    assert_eq!(find_date("Op 45 mei"), None);
}

#[test]
fn labels_read_as_on_the_card() {
    assert_eq!(date(Some(3), 6, None).label(), "3 juni");
    assert_eq!(date(Some(14), 3, Some(2019)).label(), "14 maart 2019");
    assert_eq!(date(None, 10, Some(2022)).label(), "oktober 2022");
}

#[test]
fn the_case_year_starts_after_the_longest_quiet_stretch() {
    assert_eq!(case_year_start(&[]), 1);
    assert_eq!(case_year_start(&[6]), 1);
    assert_eq!(case_year_start(&[3, 4, 6, 7]), 1, "spring and summer: a normal year");
    assert_eq!(case_year_start(&[9, 10, 11, 1, 3]), 9, "september to march");
    assert_eq!(case_year_start(&[1, 4, 7, 10]), 1, "a tie with the turn of the year keeps januari");
    assert_eq!(case_year_start(&[1, 3, 6, 9, 12]), 1, "no quiet stretch of four months: januari");
}

#[test]
fn only_uncovered_cards_with_a_date_are_placed_in_time_order() {
    let s = scenario();
    let all: Vec<String> = s.clues.iter().map(|c| c.id.clone()).collect();
    let t = timeline(&s, &all);
    assert!(t.entries.len() >= 3, "the mystery has dated cards");
    assert!(t.entries.iter().all(|e| all.contains(&e.clue)));
    // An old letter with a year comes first; the rest follows the case year.
    let old = t.entries.iter().position(|e| e.clue == "herinnering-uit-2019").expect("the 2019 reminder is dated");
    assert_eq!(old, 0);
    let june = t.entries.iter().position(|e| e.clue == "brief-van-3-juni").expect("the letter of 3 June");
    assert!(june > old);
    for pair in t.entries.windows(2) {
        assert!(pair[1].slot >= pair[0].slot);
        if pair[1].slot == pair[0].slot {
            assert_eq!(pair[1].date, pair[0].date);
            assert_eq!(pair[1].lane, pair[0].lane + 1);
        } else {
            assert_eq!(pair[1].slot, pair[0].slot + 1);
            assert_eq!(pair[1].lane, 0);
        }
    }
    assert_eq!(t.slots, t.entries.last().unwrap().slot + 1);
    assert_eq!(t.position(0), 0.0);
    assert_eq!(t.position(t.slots - 1), 1.0);

    let none = timeline(&s, &[]);
    assert!(none.entries.is_empty());
    assert_eq!(none.slots, 0);
    let one = timeline(&s, &["brief-van-3-juni".to_string()]);
    assert_eq!(one.entries.len(), 1);
    assert_eq!(one.position(0), 0.5);
}

#[test]
fn every_bundled_mystery_gives_a_timeline() {
    for entry in std::fs::read_dir("mysteries").expect("mysteries/") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if !name.ends_with(".json") || name.starts_with("index") || name.contains("schema") {
            continue;
        }
        let s: Scenario = serde_json::from_str(&std::fs::read_to_string(&path).expect("readable")).expect("a mystery");
        let all: Vec<String> = s.clues.iter().map(|c| c.id.clone()).collect();
        let t = timeline(&s, &all);
        assert!(t.entries.len() >= 2, "{name}: at least two dated cards ({})", t.entries.len());
    }
}

#[test]
fn the_debrief_timeline_holds_every_dated_card_with_who_was_there() {
    let s = scenario();
    let story = case_story(&s);
    let all: Vec<String> = s.clues.iter().map(|c| c.id.clone()).collect();
    assert_eq!(story.timeline, timeline(&s, &all), "every dated card, also the ones left face down");
    assert_eq!(story.people.len(), story.timeline.entries.len());
    for (entry, person) in story.timeline.entries.iter().zip(&story.people) {
        let clue = s.clue(&entry.clue).expect("a card");
        match clue.speaker.as_deref().and_then(|id| s.character(id)) {
            Some(speaker) => {
                let person = person.as_ref().unwrap_or_else(|| panic!("{}: who was there", entry.clue));
                assert_eq!(person.name, speaker.name);
                assert_eq!(person.role, speaker.role);
                assert_eq!(Some(person.portrait.clone()), portrait_of(&s, &speaker.id));
            }
            None => assert_eq!(person, &None, "{}: nobody speaks on this card", entry.clue),
        }
    }
    assert!(story.people.iter().any(Option::is_some), "someone is there at some moment");
}
