//! Saved games in localStorage. One active game per mystery id. A saved game
//! that cannot be continued is copied aside (never deleted) and reported.

use crate::domain::game::Session;
use crate::domain::saved::{self, SavedError};
use crate::domain::scenario::Scenario;

const GAME_PREFIX: &str = "mysterie.spel.";
const ASIDE_PREFIX: &str = "mysterie.apart.";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn game_key(scenario_id: &str) -> String {
    format!("{GAME_PREFIX}{scenario_id}")
}

/// What we found in storage for a mystery.
pub enum Restored {
    Nothing,
    /// Boxed: a session is far larger than the other variants.
    Game(Box<Session>),
    /// There was a saved game, but it could not be used; it has been set aside.
    SetAside(SavedError),
}

pub fn restore(scenario: &Scenario) -> Restored {
    let Some(storage) = local_storage() else { return Restored::Nothing };
    let key = game_key(&scenario.id);
    let Ok(Some(text)) = storage.get_item(&key) else { return Restored::Nothing };
    match saved::restore(&text, scenario) {
        Ok(session) => Restored::Game(Box::new(session)),
        Err(error) => {
            set_aside(&storage, &key, &text);
            Restored::SetAside(error)
        }
    }
}

/// Keep the unusable text under a new key so a trainer can still recover it.
fn set_aside(storage: &web_sys::Storage, key: &str, text: &str) {
    let stamp = js_sys::Date::now() as u64;
    let aside = format!("{ASIDE_PREFIX}{}.{stamp}", &key[GAME_PREFIX.len()..]);
    if storage.set_item(&aside, text).is_ok() {
        let _ = storage.remove_item(key);
    }
}

/// Save the game; returns a Dutch message when the browser refuses (full or blocked).
pub fn save(session: &Session) -> Result<(), String> {
    let storage = local_storage().ok_or_else(|| {
        "Deze browser staat opslaan niet toe. Jullie kunnen spelen, maar na herladen begint het spel opnieuw."
            .to_string()
    })?;
    storage
        .set_item(&game_key(&session.scenario_id), &saved::encode(session))
        .map_err(|_| "Opslaan is mislukt: de opslag van de browser is vol of geblokkeerd.".to_string())
}

/// The saved game of this mystery, read only: for the projector window, which
/// must never set anything aside. `None` when there is none or it cannot be used.
pub fn peek(scenario: &Scenario) -> Option<Session> {
    let text = local_storage()?.get_item(&game_key(&scenario.id)).ok()??;
    saved::restore(&text, scenario).ok()
}

/// Whether a game for this mystery is in progress on this device.
pub fn has_game(scenario_id: &str) -> bool {
    local_storage().and_then(|s| s.get_item(&game_key(scenario_id)).ok().flatten()).is_some()
}

/// End the game for this mystery so a new one can start. The old game is kept
/// aside rather than deleted: nothing the team made is thrown away.
pub fn archive(scenario_id: &str) {
    let Some(storage) = local_storage() else { return };
    let key = game_key(scenario_id);
    if let Ok(Some(text)) = storage.get_item(&key) {
        set_aside(&storage, &key, &text);
    }
}
