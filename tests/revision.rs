//! Revisions around stored envelopes (issue #17, two tabs): stamping and
//! splitting leave every envelope readable by its own decoder, and envelopes
//! saved before revisions existed load unchanged as revision 0.

use mysterie::domain::game::{Command, Session, Team};
use mysterie::domain::results;
use mysterie::domain::revision;
use mysterie::domain::saved;
use mysterie::domain::scenario::Scenario;

fn scenario() -> Scenario {
    serde_json::from_str(include_str!("fixtures/engine.json")).expect("the fixture is a valid scenario")
}

fn session(s: &Scenario) -> Session {
    let mut session = Session::new(s, Team { name: "Oost".into(), members: vec!["Anna".into()], ..Team::default() });
    session.apply(s, Command::Advance).unwrap();
    session.apply(s, Command::Reveal { clue: "brief".into() }).unwrap();
    session
}

#[test]
fn a_stamped_saved_game_reads_back_with_its_revision() {
    let s = scenario();
    let game = session(&s);
    let stored = revision::stamp(&saved::encode(&game), 7);
    assert!(stored.starts_with("{\"revision\":7,"), "{stored:.40}");
    assert_eq!(revision::of(&stored), 7);
    let (rev, envelope) = revision::split(&stored);
    assert_eq!(rev, 7);
    assert_eq!(saved::restore(&envelope, &s), Ok(game));
}

#[test]
fn a_saved_game_from_before_revisions_loads_as_revision_zero() {
    let s = scenario();
    let game = session(&s);
    // Exactly what the app stored before this change.
    let old = saved::encode(&game);
    assert!(!old.contains("revision"));
    assert_eq!(revision::of(&old), 0);
    let (rev, envelope) = revision::split(&old);
    assert_eq!((rev, envelope.as_str()), (0, old.as_str()));
    assert_eq!(saved::restore(&envelope, &s), Ok(game));
}

#[test]
fn a_stamped_result_list_reads_back_and_an_old_one_too() {
    let old = results::encode_list(&[]);
    let stored = revision::stamp(&old, 3);
    let (rev, envelope) = revision::split(&stored);
    assert_eq!(rev, 3);
    assert_eq!(results::decode_list(&envelope), Ok(Vec::new()));
    assert_eq!(revision::split(&old), (0, old.clone()));
}

#[test]
fn broken_text_is_left_alone_for_its_decoder_to_report() {
    for text in ["", "{", "{}", "[1,2]", "niet eens json", "{\"revision\":\"x\",\"a\":1}"] {
        let (rev, _) = revision::split(text);
        assert_eq!(rev, 0, "{text}");
        assert_eq!(revision::of(text), 0, "{text}");
    }
    assert_eq!(revision::stamp("{}", 2), "{}");
    assert_eq!(revision::stamp("niet eens json", 2), "niet eens json");
}

#[test]
fn an_older_tab_never_writes_over_a_newer_save() {
    assert!(revision::may_write(4, 4));
    assert!(revision::may_write(4, 0));
    assert!(!revision::may_write(3, 4));
}

// ---------------------------------------------------------------- storage full: what takes the room

use mysterie::domain::storage_usage::{self, Kind};

#[test]
fn stored_data_is_grouped_largest_first_without_the_key_being_saved() {
    let entries = vec![
        ("mysterie.spel.a".to_string(), 100),
        ("mysterie.spel.b".to_string(), 300),
        ("mysterie.netwerk".to_string(), 4_000_000),
        ("mysterie.apart.spel.a.1".to_string(), 500),
        ("mysterie.eigen.k1".to_string(), 2_000),
        ("iets.anders".to_string(), 10),
    ];
    let groups = storage_usage::groups(&entries, Some("mysterie.spel.a"));
    let kinds: Vec<Kind> = groups.iter().map(|g| g.kind).collect();
    assert_eq!(kinds, vec![Kind::Network, Kind::Own, Kind::SetAside, Kind::Games, Kind::Other]);
    assert_eq!(groups[3].keys, vec!["mysterie.spel.b".to_string()]);
    assert_eq!(groups[0].describe(), "Resultaten in het lerend netwerk: 3,8 MB (1 item)");
    assert_eq!(Kind::Network.page().map(|r| r.href()).as_deref(), Some("trainer.html#/netwerk"));
}

#[test]
fn sizes_count_utf16_like_the_browser() {
    assert_eq!(storage_usage::entry_bytes("ab", "é€"), 8);
    assert_eq!(storage_usage::entry_bytes("k", "😀"), 6);
}

#[test]
fn a_backup_keeps_every_text_exactly() {
    let entries = vec![("mysterie.netwerk".to_string(), "{\"saved_version\":1,\"results\":[]}".to_string())];
    let file = storage_usage::backup(&entries);
    let back: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!(back["mysterie.netwerk"], entries[0].1);
}

// ---------------------------------------------------------------- a downloaded game, read back

use mysterie::domain::game_file;

#[test]
fn a_downloaded_game_continues_where_it_was() {
    let s = scenario();
    let game = session(&s);
    assert_eq!(game_file::read(&saved::encode(&game), &s), Ok(game.clone()));
    // Also a copy of the stored text (with its revision) and with a byte order mark.
    assert_eq!(game_file::read(&revision::stamp(&saved::encode(&game), 9), &s), Ok(game.clone()));
    assert_eq!(game_file::read(&format!("\u{feff}{}\n", saved::encode(&game)), &s), Ok(game));
}

#[test]
fn a_wrong_file_says_what_it_is() {
    let s = scenario();
    let game = session(&s);
    let mut other = s.clone();
    other.id = "ander-mysterie".into();
    let message = game_file::read(&saved::encode(&game), &other).unwrap_err();
    assert!(message.starts_with("Dit bewaarde spel hoort niet bij dit mysterie"), "{message}");
    for text in ["{", "niet eens json", "[1]", "{\"saved_version\":1}"] {
        let message = game_file::read(text, &s).unwrap_err();
        assert!(message.contains("geen bewaard spel"), "{text}: {message}");
    }
    // An empty file is read by the shared first steps, which say what is wrong with it.
    for text in ["", " \n", "\u{feff}"] {
        let message = game_file::read(text, &s).unwrap_err();
        assert!(message.starts_with("Het bewaarde spel is leeg."), "{text:?}: {message}");
    }
    let huge = " ".repeat(game_file::MAX_GAME_FILE_BYTES + 1);
    let message = game_file::read(&huge, &s).unwrap_err();
    assert!(message.contains("te groot: iets meer dan 2 MB"), "{message}");
    let result = "{\"format\":\"mysterie-resultaat\",\"format_version\":1}";
    assert!(game_file::read(result, &s).unwrap_err().starts_with("Dit is een resultaat"));
    let current = format!("\"saved_version\":{}", saved::SAVED_VERSION);
    let future = saved::encode(&game).replacen(&current, "\"saved_version\":7", 1);
    assert!(game_file::read(&future, &s).unwrap_err().contains("versie 7"));
}

#[test]
fn a_too_large_game_file_is_refused_before_and_after_reading_with_the_same_words() {
    let limit = game_file::MAX_GAME_FILE_BYTES;
    assert_eq!(game_file::check_size(limit as f64), Ok(()));
    let before = game_file::check_size(limit as f64 + 1.0).unwrap_err();
    assert!(before.starts_with("Het bewaarde spel is te groot"), "{before}");
    let huge = " ".repeat(limit + 1);
    assert_eq!(game_file::read(&huge, &scenario()).unwrap_err(), before);
}

#[test]
fn every_kind_of_stored_data_has_its_own_label_and_backup_file_word() {
    let mut words: Vec<&str> = Kind::ALL.iter().map(|k| k.file_word()).collect();
    let mut labels: Vec<&str> = Kind::ALL.iter().map(|k| k.label()).collect();
    for word in &words {
        assert!(word.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{word} fits a file name");
    }
    words.sort_unstable();
    words.dedup();
    labels.sort_unstable();
    labels.dedup();
    assert_eq!((words.len(), labels.len()), (Kind::ALL.len(), Kind::ALL.len()));
    assert_eq!(Kind::of("mysterie.netwerk").file_word(), "lerend-netwerk");
}
