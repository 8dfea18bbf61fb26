//! The saved-game format: a versioned envelope around a [`Session`], as stored
//! in localStorage. Decoding never panics; anything unusable becomes a
//! [`SavedError`] so the app can set the text aside and tell the team.

use serde::{Deserialize, Serialize};

use super::game::Session;
use super::scenario::Scenario;

/// Version of the saved-game envelope. Bump it when [`Session`] changes shape,
/// and teach [`decode`] to migrate the older version.
pub const SAVED_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    saved_version: u32,
    session: Session,
}

/// Why a saved game could not be continued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavedError {
    /// Not readable as a saved game (broken JSON, wrong shape).
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
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| SavedError::Corrupt(format!("geen geldige JSON: {e}")))?;
    let version = value.get("saved_version").and_then(serde_json::Value::as_u64);
    if version != Some(u64::from(SAVED_VERSION)) {
        return Err(SavedError::Version(version));
    }
    serde_json::from_value::<Envelope>(value).map(|e| e.session).map_err(|e| SavedError::Corrupt(e.to_string()))
}

/// [`decode`], then check the session still fits `scenario`.
pub fn restore(text: &str, scenario: &Scenario) -> Result<Session, SavedError> {
    let session = decode(text)?;
    session.check_against(scenario).map_err(SavedError::Mismatch)?;
    Ok(session)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::game::{Command, Placement, Team};

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
            Command::AddLink { from: "brief".into(), to: "loket".into() },
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
        assert!(text.contains("\"saved_version\":1"), "{text}");
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
        let text = encode(&mid_game(&s)).replacen("\"saved_version\":1", "\"saved_version\":2", 1);
        assert_eq!(decode(&text), Err(SavedError::Version(Some(2))));
        assert!(SavedError::Version(Some(2)).message().contains("versie 2"));
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
