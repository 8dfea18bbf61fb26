//! The saved-game format: a versioned envelope around a [`Session`], as stored
//! in localStorage. Decoding never panics; anything unusable becomes a
//! [`SavedError`] so the app can set the text aside and tell the team.

use serde::{Deserialize, Serialize};

use super::game::{Group, Placement, Session};
use super::read;
use super::scenario::Scenario;
use super::validate::Problem;

/// Version of the saved-game envelope. Bump it when [`Session`] changes shape,
/// and add a step from the older version to `MIGRATIONS`.
///
/// - 1: the first format.
/// - 2: links carry an optional `why`; the board has the team's own `groups`
///   and `grouping_shown` (open sorting). A version-1 save reads as version 2
///   unchanged; [`restore`] then turns the author's categories it sorted into
///   into the team's own groups when the mystery now sorts openly.
pub const SAVED_VERSION: u32 = 2;

/// One step up from an older envelope version: (from version, step on the JSON).
type Step = fn(serde_json::Value) -> serde_json::Value;

/// The steps from every older version this build still reads.
const MIGRATIONS: &[(u32, Step)] = &[(1, |value| value)];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    saved_version: u32,
    session: Session,
}

/// Why a saved game could not be continued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavedError {
    /// Not readable as a saved game (broken JSON, wrong shape): the reader's
    /// Dutch problem, with its path.
    Corrupt(String),
    /// Saved by another version of the app that this one cannot read.
    Version(Option<u64>),
    /// Readable, but it no longer fits the mystery (the mystery changed).
    Mismatch(String),
}

impl SavedError {
    /// A Dutch sentence for the team: what happened and that nothing was thrown away.
    pub fn message(&self) -> String {
        let detail = match self {
            SavedError::Corrupt(why) => format!("Het opgeslagen spel is beschadigd ({why})."),
            SavedError::Version(Some(v)) => {
                format!("Het opgeslagen spel komt uit een andere versie van de app (versie {v}, deze app leest versie {SAVED_VERSION}).")
            }
            SavedError::Version(None) => "Het opgeslagen spel heeft geen versienummer.".to_string(),
            SavedError::Mismatch(why) => format!("Het opgeslagen spel past niet meer bij dit mysterie: {why}."),
        };
        format!("{detail} We hebben het apart gezet en starten opnieuw. Er is niets weggegooid.")
    }
}

/// Serialise a session into its envelope.
pub fn encode(session: &Session) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string(&Envelope { saved_version: SAVED_VERSION, session: session.clone() }).unwrap_or_default()
}

/// Read an envelope, checking its version first so an old or future format is
/// reported as such rather than as "corrupt".
pub fn decode(text: &str) -> Result<Session, SavedError> {
    decode_versioned(text).map(|(session, _)| session)
}

/// [`decode`], also giving the version the text was saved in. The steps are
/// those of the one reading path (`domain::read`): JSON, `saved_version`,
/// migration, shape. No size limit here: the browser's storage has its own,
/// and a game file is measured before it gets here (`game_file`).
fn decode_versioned(text: &str) -> Result<(Session, u32), SavedError> {
    let corrupt = |problem: Problem| SavedError::Corrupt(problem.describe());
    let mut value = read::json(text, &read::SAVED_GAME).map_err(corrupt)?;
    let found = value.get("saved_version").and_then(serde_json::Value::as_u64);
    let Some(saved) = found.and_then(|v| u32::try_from(v).ok()).filter(|v| (1..=SAVED_VERSION).contains(v)) else {
        return Err(SavedError::Version(found));
    };
    if saved == SAVED_VERSION {
        let envelope: Envelope = read::shape(text, true, &read::SAVED_GAME).map_err(corrupt)?;
        return Ok((envelope.session, saved));
    }
    let mut version = saved;
    while version < SAVED_VERSION {
        let Some((_, step)) = MIGRATIONS.iter().find(|(from, _)| *from == version) else {
            return Err(SavedError::Version(found));
        };
        value = step(value);
        version += 1;
        if let Some(object) = value.as_object_mut() {
            object.insert("saved_version".to_string(), serde_json::Value::from(version));
        }
    }
    // Migrated text has other lines than the stored one: no line and column.
    let envelope: Envelope = read::shape(&value.to_string(), false, &read::SAVED_GAME).map_err(corrupt)?;
    Ok((envelope.session, saved))
}

/// [`decode`], bring an older save in line with the mystery, then check the
/// session still fits `scenario`.
pub fn restore(text: &str, scenario: &Scenario) -> Result<Session, SavedError> {
    let (mut session, version) = decode_versioned(text)?;
    if version < 2 {
        adopt_sorted_categories(&mut session, scenario);
    }
    session.check_against(scenario).map_err(SavedError::Mismatch)?;
    Ok(session)
}

/// Version 1 knew only guided sorting. When the mystery now sorts openly, the
/// author's categories the team sorted cards into become the team's own
/// groups (same id and name, in the mystery's order), so the board looks as
/// the team left it.
fn adopt_sorted_categories(session: &mut Session, scenario: &Scenario) {
    if !scenario.sorting.is_open() {
        return;
    }
    for category in &scenario.categories {
        let used = session.board.placements.values().any(|p| *p == Placement::Category(category.id.clone()));
        if used && session.board.group(&category.id).is_none() {
            session.board.groups.push(Group { id: category.id.clone(), name: category.name.clone() });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::game::{Command, Team};

    fn scenario() -> Scenario {
        serde_json::from_str(include_str!("../../tests/fixtures/engine.json")).expect("the fixture is a valid scenario")
    }

    /// A game halfway: clues uncovered, a hint used, the board partly sorted.
    fn mid_game(s: &Scenario) -> Session {
        let mut session =
            Session::new(s, Team { name: "Oost".into(), members: vec!["Anna".into()], ..Team::default() });
        for command in [
            Command::Advance,
            Command::UseHint { hint: "h-zoek-1".into() },
            Command::Reveal { clue: "brief".into() },
            Command::Reveal { clue: "loket".into() },
            Command::Advance,
            Command::Place { clue: "brief".into(), placement: Placement::Category("communicatie".into()) },
            Command::ToggleKey { clue: "loket".into() },
            Command::AddLink { from: "brief".into(), to: "loket".into(), why: String::new() },
        ] {
            session.apply(s, command).expect("a valid command");
        }
        session
    }

    #[test]
    fn encode_then_decode_gives_the_same_session() {
        let s = scenario();
        let session = mid_game(&s);
        let text = encode(&session);
        assert!(text.contains("\"saved_version\":2"), "{text}");
        assert_eq!(decode(&text), Ok(session.clone()));
        assert_eq!(restore(&text, &s), Ok(session));
    }

    #[test]
    fn broken_json_is_corrupt() {
        let s = scenario();
        let text = encode(&mid_game(&s));
        for broken in ["", "{", "niet eens json", &text[..text.len() / 2]] {
            assert!(matches!(decode(broken), Err(SavedError::Corrupt(_))), "{broken:?}");
        }
    }

    #[test]
    fn the_wrong_shape_is_corrupt() {
        let bad = [
            r#"{"saved_version":1}"#,
            r#"{"saved_version":1,"session":42}"#,
            r#"{"saved_version":1,"session":{"scenario_id":"x"}}"#,
        ];
        for text in bad {
            assert!(matches!(decode(text), Err(SavedError::Corrupt(_))), "{text}");
        }
        // An unknown field inside the session is refused too.
        let s = scenario();
        let text = encode(&mid_game(&s)).replacen("\"scenario_id\"", "\"extra\":1,\"scenario_id\"", 1);
        assert!(matches!(decode(&text), Err(SavedError::Corrupt(_))), "{text}");
    }

    #[test]
    fn another_version_is_reported_as_such() {
        let s = scenario();
        let text = encode(&mid_game(&s)).replacen("\"saved_version\":2", "\"saved_version\":3", 1);
        assert_eq!(decode(&text), Err(SavedError::Version(Some(3))));
        assert!(SavedError::Version(Some(3)).message().contains("versie 3"));
        let text = encode(&mid_game(&s)).replacen("\"saved_version\":2", "\"saved_version\":0", 1);
        assert_eq!(decode(&text), Err(SavedError::Version(Some(0))));
    }

    #[test]
    fn a_missing_version_is_reported_as_such() {
        let s = scenario();
        let session = serde_json::to_string(&mid_game(&s)).unwrap();
        let text = format!("{{\"session\":{session}}}");
        assert_eq!(decode(&text), Err(SavedError::Version(None)));
        assert_eq!(decode("[1,2,3]"), Err(SavedError::Version(None)));
        assert_eq!(decode(r#"{"saved_version":"1"}"#), Err(SavedError::Version(None)));
    }

    /// A version-1 save as the previous build wrote it: links without a why,
    /// sorted into the author's categories.
    const VERSION_ONE: &str = r#"{"saved_version":1,"session":{"scenario_id":"test-brief","team":{"name":"Oost","members":["Anna"]},"phase":"ordenen","round":1,"revealed":["brief","loket"],"hints_used":["h-zoek-1"],"board":{"placements":{"brief":{"kind":"category","category":"communicatie"}},"key":["loket"],"links":[{"from":"brief","to":"loket"}]},"answer":{"clues":[],"text":""},"reflection":{"scale":{},"open":{}}}}"#;

    #[test]
    fn a_version_one_save_still_opens_as_it_was() {
        let s = scenario();
        let session = restore(VERSION_ONE, &s).expect("a version-1 save opens");
        assert_eq!(session, mid_game(&s));
        assert!(session.board.groups.is_empty(), "guided: nothing to change");
        // Saved again, it is a version-2 save.
        assert!(encode(&session).contains("\"saved_version\":2"));
    }

    #[test]
    fn a_version_one_save_of_a_mystery_that_now_sorts_openly_keeps_its_board() {
        let mut s = scenario();
        s.sorting = crate::domain::scenario::Sorting::Open;
        let session = restore(VERSION_ONE, &s).expect("a version-1 save opens");
        assert_eq!(session.board.groups, [Group { id: "communicatie".into(), name: "Communicatie".into() }]);
        assert_eq!(session.board.placements.get("brief"), Some(&Placement::Category("communicatie".into())));
        // A version-2 save is taken as it is: own groups must be there already.
        let text = VERSION_ONE.replacen("\"saved_version\":1", "\"saved_version\":2", 1);
        assert!(matches!(restore(&text, &s), Err(SavedError::Mismatch(_))));
    }

    #[test]
    fn restore_refuses_a_save_that_no_longer_fits_the_mystery() {
        let s = scenario();
        let text = encode(&mid_game(&s));

        let mut changed = s.clone();
        changed.clues.retain(|c| c.id != "loket");
        match restore(&text, &changed) {
            Err(SavedError::Mismatch(why)) => assert!(why.contains("loket"), "{why}"),
            other => panic!("expected a mismatch, got {other:?}"),
        }

        let mut other = s.clone();
        other.id = "ander-mysterie".into();
        assert!(matches!(restore(&text, &other), Err(SavedError::Mismatch(_))));
    }

    #[test]
    fn every_message_says_nothing_was_thrown_away() {
        for error in [
            SavedError::Corrupt("kapot".into()),
            SavedError::Version(Some(7)),
            SavedError::Version(None),
            SavedError::Mismatch("de aanwijzing \"x\" bestaat niet meer".into()),
        ] {
            let message = error.message();
            assert!(message.ends_with("Er is niets weggegooid."), "{message}");
        }
    }
}
