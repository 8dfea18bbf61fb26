//! Sessions on this device (localStorage). The console keeps each session
//! under its own id, so two sessions in two tabs never overwrite each other.
//! A team screen remembers which session seat its game of a mystery belongs
//! to, so joining another session starts a fresh game (the old one is kept
//! aside by `storage::archive`, never deleted).

use crate::domain::session::console::ConsoleState;
use crate::domain::session::session_name;
use crate::storage::{local_storage, refused};

const CONSOLE_PREFIX: &str = "mysterie.sessie.";
const SEAT_PREFIX: &str = "mysterie.sessieplek.";

pub fn console_key(id: &str) -> String {
    format!("{CONSOLE_PREFIX}{id}")
}

pub fn load(id: &str) -> Option<ConsoleState> {
    let text = local_storage()?.get_item(&console_key(id)).ok()??;
    serde_json::from_str(&text).ok()
}

pub fn save(state: &ConsoleState) -> Result<(), String> {
    let id = state.link().map(|l| session_name(l.session)).map_err(|e| e.message())?;
    let storage = local_storage()
        .ok_or_else(|| "Deze browser staat opslaan niet toe. Na herladen is de sessie weg.".to_string())?;
    storage
        .set_item(&console_key(&id), &serde_json::to_string(state).unwrap_or_default())
        .map_err(|_| refused("Opslaan"))
}

/// Every session on this device, newest first, with its id.
pub fn list() -> Vec<(String, ConsoleState)> {
    let Some(storage) = local_storage() else { return Vec::new() };
    let count = storage.length().unwrap_or(0);
    let mut found: Vec<(String, ConsoleState, u64)> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| {
            let id = key.strip_prefix(CONSOLE_PREFIX)?.to_string();
            let state: ConsoleState = serde_json::from_str(&storage.get_item(&key).ok()??).ok()?;
            let start = state.link().ok()?.start;
            Some((id, state, start))
        })
        .collect();
    found.sort_by_key(|f| std::cmp::Reverse(f.2));
    found.into_iter().map(|(id, state, _)| (id, state)).collect()
}

/// The session code this device's game of `mystery` belongs to.
pub fn seat(mystery: &str) -> Option<String> {
    local_storage()?.get_item(&format!("{SEAT_PREFIX}{mystery}")).ok()?
}

pub fn set_seat(mystery: &str, code: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(&format!("{SEAT_PREFIX}{mystery}"), code);
    }
}
