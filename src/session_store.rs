//! Sessions on this device (localStorage). The console keeps each session
//! under its own id, so two sessions in two tabs never overwrite each other.
//! A team screen remembers which session seat its game of a mystery belongs
//! to, so joining another session starts a fresh game (the old one is kept
//! aside by `storage::archive`, never deleted). A console is stored with a
//! revision (`storage::write_checked`), like saved games and results: a second
//! tab of the same console never saves over a newer state.

use crate::domain::revision;
use crate::domain::session::console::ConsoleState;
use crate::domain::session::session_name;
use crate::storage::{local_storage, read_tracked, refused, write_checked, WriteError};

use crate::domain::storage_usage::keys::{CONSOLE_PREFIX, SEAT_PREFIX};

pub fn console_key(id: &str) -> String {
    format!("{CONSOLE_PREFIX}{id}")
}

pub fn load(id: &str) -> Option<ConsoleState> {
    let text = read_tracked(&local_storage()?, &console_key(id))?;
    serde_json::from_str(&text).ok()
}

pub fn save(state: &ConsoleState) -> Result<(), String> {
    let id = state.link().map(|l| session_name(l.session)).map_err(|e| e.message())?;
    let storage = local_storage()
        .ok_or_else(|| "Deze browser staat opslaan niet toe. Na herladen is de sessie weg.".to_string())?;
    match write_checked(&storage, &console_key(&id), &serde_json::to_string(state).unwrap_or_default()) {
        Ok(()) => Ok(()),
        Err(WriteError::Full) => Err(refused("Opslaan")),
        Err(WriteError::Newer(_)) => Err(NEWER.to_string()),
    }
}

/// What the console says when another tab saved this session since.
const NEWER: &str = "Deze sessie is intussen in een ander tabblad of venster veranderd. Herlaad de pagina om de \
     nieuwste stand te zien; je laatste stap hier is niet bewaard.";

/// Every session on this device, newest first, with its id.
pub fn list() -> Vec<(String, ConsoleState)> {
    let Some(storage) = local_storage() else { return Vec::new() };
    let count = storage.length().unwrap_or(0);
    let mut found: Vec<(String, ConsoleState, u64)> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| {
            let id = key.strip_prefix(CONSOLE_PREFIX)?.to_string();
            let text = revision::split(&storage.get_item(&key).ok()??).1;
            let state: ConsoleState = serde_json::from_str(&text).ok()?;
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
