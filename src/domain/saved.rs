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
    serde_json::to_string(&Envelope { saved_version: SAVED_VERSION, session: session.clone() })
        .unwrap_or_default()
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
    serde_json::from_value::<Envelope>(value)
        .map(|e| e.session)
        .map_err(|e| SavedError::Corrupt(e.to_string()))
}

/// [`decode`], then check the session still fits `scenario`.
pub fn restore(text: &str, scenario: &Scenario) -> Result<Session, SavedError> {
    let session = decode(text)?;
    session.check_against(scenario).map_err(SavedError::Mismatch)?;
    Ok(session)
}
