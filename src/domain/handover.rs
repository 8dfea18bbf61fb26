//! A game handed from the start page (`index.html`, a small bundle) to the
//! game page (`spel.html`) in the link: `#/spel/<id>/nieuw/<game>`.
//!
//! The start form lives in the library's small bundle so it is usable soon on
//! weak wifi (docs/performance.md, "Bundles"); the game itself is in the team's
//! larger bundle. The new game travels in the link rather than through the
//! browser's storage because storage may refuse it (private windows, a full
//! disk): the game must start anyway, as it did on one page. The game page
//! reads it, saves it and takes it out of the address (`#/spel/<id>`), so a
//! reload restores the saved game instead of starting again.
//!
//! The text is the saved-game envelope (`domain::saved`) in URL-safe base64,
//! checked against the mystery as a restored game is. A link only stays in
//! this browser: the part after `#` is never sent to a server.

use super::game::Session;
use super::results::base64url;
use super::saved::{self, SavedError};
use super::scenario::Scenario;

/// The new game as the last part of a `#/spel/<id>/nieuw/` link.
pub fn encode(session: &Session) -> String {
    base64url::encode(saved::encode(session).as_bytes())
}

/// Read the game of a `nieuw/` link for `scenario`; `Err` is one Dutch sentence.
pub fn decode(text: &str, scenario: &Scenario) -> Result<Session, String> {
    let bytes = base64url::decode(text.trim()).ok_or_else(broken)?;
    let text = String::from_utf8(bytes).map_err(|_| broken())?;
    saved::restore(&text, scenario).map_err(|error| match error {
        SavedError::Corrupt(_) | SavedError::Version(None) => broken(),
        // A page of an older build still open next to a newer one.
        SavedError::Version(Some(v)) => format!(
            "Dit spel is begonnen in een andere versie van de app (versie {v}); deze app leest versie {}. Laad de pagina opnieuw en vul het startformulier nog een keer in.",
            saved::SAVED_VERSION
        ),
        SavedError::Mismatch(why) => format!("Dit spel hoort niet bij dit mysterie: {why}."),
    })
}

fn broken() -> String {
    "Het nieuwe spel is niet goed meegekomen in de link. Vul het startformulier nog een keer in.".to_string()
}
