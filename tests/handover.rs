//! A new game travels from the start page (index.html) to the game page
//! (spel.html) in the link (src/domain/handover.rs): it reads back as the same
//! game, fits in an address, and a damaged or foreign link gets a Dutch
//! sentence instead of a game.

use mysterie::domain::game::{Command, Session, Team};
use mysterie::domain::handover;
use mysterie::domain::scenario::Scenario;
use mysterie::route::Route;

fn scenario() -> Scenario {
    serde_json::from_str(include_str!("fixtures/engine.json")).expect("the fixture is a valid scenario")
}

fn new_game(s: &Scenario) -> Session {
    Session::new(
        s,
        Team {
            name: "Wijkteam Oost – één & twee".into(),
            members: vec!["Anna".into(), "Jörg".into(), "Samira".into()],
            municipality: Some("Zwolle".into()),
            ..Team::default()
        },
    )
}

#[test]
fn a_new_game_reads_back_from_its_link() {
    let s = scenario();
    let game = new_game(&s);
    let link = Route::NewGame(s.id.clone(), handover::encode(&game));
    let Route::NewGame(id, text) = Route::parse(&link.hash()) else { panic!("not a new game: {}", link.hash()) };
    assert_eq!(id, s.id);
    assert_eq!(handover::decode(&text, &s).expect("reads back"), game);
    // Only characters an address keeps as they are.
    assert!(text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "{text}");
    assert_eq!(link.href(), format!("spel.html#/spel/{}/nieuw/{text}", s.id));
}

#[test]
fn a_game_continued_from_a_file_travels_the_same_way() {
    let s = scenario();
    let mut game = new_game(&s);
    game.apply(&s, Command::Advance).unwrap();
    game.apply(&s, Command::Reveal { clue: "brief".into() }).unwrap();
    assert_eq!(handover::decode(&handover::encode(&game), &s).unwrap(), game);
}

#[test]
fn a_damaged_link_says_so_in_dutch() {
    let s = scenario();
    let text = handover::encode(&new_game(&s));
    for damaged in ["", "x", "!!!!", &text[..text.len() / 2]] {
        let message = handover::decode(damaged, &s).expect_err(damaged);
        assert!(message.contains("Vul het startformulier nog een keer in"), "{damaged:?}: {message}");
    }
}

#[test]
fn a_game_of_another_mystery_is_not_started() {
    let s = scenario();
    let text = handover::encode(&new_game(&s));
    let mut other = s.clone();
    other.id = "een-ander-mysterie".into();
    let message = handover::decode(&text, &other).expect_err("another mystery");
    assert!(message.starts_with("Dit spel hoort niet bij dit mysterie"), "{message}");
}
