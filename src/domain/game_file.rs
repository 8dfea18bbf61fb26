//! A game downloaded as a file (the "Download het spel als bestand" button of
//! the storage-full alert, issue #17), read back on the start page so a team
//! continues where it was. The file is the saved-game envelope
//! (`domain::saved`), possibly with its storage revision (`domain::revision`),
//! read along the one reading path (`domain::read`, kind `SAVED_GAME`).

use super::game::Session;
use super::read;
use super::revision;
use super::saved::{self, SavedError};
use super::scenario::Scenario;

/// Largest game file we read (bytes). A real one is 5–50 KB.
pub const MAX_GAME_FILE_BYTES: usize = 2 * 1024 * 1024;

/// Check a file's size (bytes, as the browser reports it) before reading it,
/// so a huge file is refused without loading it: the size step of the one
/// reading path, with the words reading the text would give.
pub fn check_size(bytes: f64) -> Result<(), String> {
    // `as` saturates: a size beyond usize stays over the limit.
    read::size(bytes as usize, &read::SAVED_GAME).map_err(|problem| problem.message)
}

/// Read a downloaded game for `scenario`; `Err` is one Dutch sentence.
pub fn read(text: &str, scenario: &Scenario) -> Result<Session, String> {
    // Size, byte order mark, empty: the first steps of the one reading path.
    let text = read::text(text, &read::SAVED_GAME).map_err(|problem| problem.message)?;
    let (_, envelope) = revision::split(text.trim());
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(&envelope) {
        if value.get("format").and_then(serde_json::Value::as_str) == Some("mysterie-resultaat") {
            return Err("Dit is een resultaat, geen bewaard spel. Kies het bestand dat begint met ‘spel-’.".into());
        }
        if value.get("clues").is_some() {
            return Err("Dit is een mysterie, geen bewaard spel. Kies het bestand dat begint met ‘spel-’.".into());
        }
    }
    saved::restore(&envelope, scenario).map_err(|error| match error {
        SavedError::Corrupt(_) | SavedError::Version(None) => {
            "Dit bestand is geen bewaard spel van Mysterie, of het is beschadigd. Kies het bestand dat begint met ‘spel-’."
                .to_string()
        }
        SavedError::Version(Some(v)) => format!(
            "Dit spel is bewaard door een andere versie van de app (versie {v}); deze app leest versie {}.",
            saved::SAVED_VERSION
        ),
        SavedError::Mismatch(why) => format!("Dit bewaarde spel hoort niet bij dit mysterie: {why}."),
    })
}
