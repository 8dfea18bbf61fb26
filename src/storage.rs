//! Saved games in localStorage. One active game per mystery id. A saved game
//! that cannot be continued is copied aside (never deleted) and reported.
//!
//! This is also the one place that knows about revisions (issue #17): every
//! envelope the app writes gets `"revision": n` (`domain::revision`); a tab
//! remembers the revision it last read or wrote per key and never writes over
//! a newer one. `results_store` and `studio_store` use [`read_tracked`] and
//! [`write_checked`] too.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::domain::game::Session;
use crate::domain::saved::{self, SavedError};
use crate::domain::scenario::Scenario;
use crate::domain::{revision, storage_usage};

use crate::domain::storage_usage::keys::{ASIDE_PREFIX, GAME_PREFIX};

/// The browser's localStorage: the one way every store gets at it (saved
/// games here, `results_store`, `studio_store`, `session_store`, the member
/// page's opened rounds). `None` when the browser allows no storage.
pub(crate) fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The one rule for data that cannot be read: copy it to
/// `mysterie.apart.<key without "mysterie.">.<time>` and remove the original
/// only when the copy is stored, so nothing is ever thrown away. Returns the
/// key of the copy (`None` when the copy could not be stored: the original
/// then stays where it was).
pub(crate) fn set_aside(storage: &web_sys::Storage, key: &str, text: &str) -> Option<String> {
    let name = key.strip_prefix("mysterie.").unwrap_or(key);
    let aside = format!("{ASIDE_PREFIX}{name}.{}", js_sys::Date::now() as u64);
    storage.set_item(&aside, text).ok()?;
    let _ = storage.remove_item(key);
    Some(aside)
}

/// The message when the browser refuses a write other than a save (full or
/// blocked storage): "Verwijderen is mislukt: …".
pub(crate) fn refused(action: &str) -> String {
    format!("{action} is mislukt: de opslag van de browser is vol of geblokkeerd.")
}

pub fn game_key(scenario_id: &str) -> String {
    format!("{GAME_PREFIX}{scenario_id}")
}

thread_local! {
    /// Per key: the revision this tab last read or wrote.
    static KNOWN: RefCell<HashMap<String, u64>> = RefCell::new(HashMap::new());
}

fn known(key: &str) -> u64 {
    KNOWN.with(|k| k.borrow().get(key).copied().unwrap_or(0))
}

fn set_known(key: &str, revision: u64) {
    KNOWN.with(|k| k.borrow_mut().insert(key.to_string(), revision));
}

/// The stored envelope under `key` without its revision, remembering the
/// revision as the one this tab has seen.
pub(crate) fn read_tracked(storage: &web_sys::Storage, key: &str) -> Option<String> {
    let text = storage.get_item(key).ok().flatten()?;
    let (revision, envelope) = revision::split(&text);
    set_known(key, revision);
    Some(envelope)
}

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq)]
pub enum WriteError {
    /// The browser refused: storage full (or blocked).
    Full,
    /// Another tab wrote a newer revision since this tab last read: nothing
    /// was written. Holds that newer envelope (without its revision).
    Newer(String),
}

/// Write `envelope` under `key` with the next revision, unless another tab
/// wrote a newer one meanwhile.
pub(crate) fn write_checked(storage: &web_sys::Storage, key: &str, envelope: &str) -> Result<(), WriteError> {
    let stored = storage.get_item(key).ok().flatten();
    let stored_revision = stored.as_deref().map_or(0, revision::of);
    let mine = known(key);
    if !revision::may_write(mine, stored_revision) {
        let (revision, newer) = revision::split(stored.as_deref().unwrap_or_default());
        set_known(key, revision);
        return Err(WriteError::Newer(newer));
    }
    // The same envelope again (e.g. a restored game saved on opening): no
    // write, so other tabs get no needless `storage` event.
    if stored.as_deref() == Some(revision::stamp(envelope, stored_revision).as_str()) {
        set_known(key, stored_revision);
        return Ok(());
    }
    let next = stored_revision.max(mine) + 1;
    storage.set_item(key, &revision::stamp(envelope, next)).map_err(|_| WriteError::Full)?;
    set_known(key, next);
    Ok(())
}

/// A stored text from a `storage` event (another tab wrote it) when it is
/// newer than what this tab has seen: its envelope, and it becomes known.
pub fn newer_from_event(key: &str, text: &str) -> Option<String> {
    let (revision, envelope) = revision::split(text);
    if revision <= known(key) {
        return None;
    }
    set_known(key, revision);
    Some(envelope)
}

/// Every key of this site with its size, for the storage-full help.
pub fn usage() -> Vec<(String, usize)> {
    let Some(storage) = local_storage() else { return Vec::new() };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .map(|key| {
            let bytes = storage.get_item(&key).ok().flatten().map_or(0, |v| storage_usage::entry_bytes(&key, &v));
            (key, bytes)
        })
        .collect()
}

/// The stored texts of `keys` (for a backup file before they are removed).
pub fn texts(keys: &[String]) -> Vec<(String, String)> {
    let Some(storage) = local_storage() else { return Vec::new() };
    keys.iter().filter_map(|k| storage.get_item(k).ok().flatten().map(|v| (k.clone(), v))).collect()
}

/// Remove keys (after their backup was downloaded).
pub fn remove(keys: &[String]) {
    if let Some(storage) = local_storage() {
        for key in keys {
            let _ = storage.remove_item(key);
        }
    }
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
    let Some(text) = read_tracked(&storage, &key) else { return Restored::Nothing };
    match saved::restore(&text, scenario) {
        Ok(session) => Restored::Game(Box::new(session)),
        Err(error) => {
            let _ = set_aside(&storage, &key, &text);
            Restored::SetAside(error)
        }
    }
}

/// Why a game was not saved.
pub enum SaveError {
    /// The browser allows no storage at all (a Dutch message).
    Unavailable(String),
    /// The storage is full: see `storage_usage::FULL`.
    Full,
    /// Another tab or window saved this game since: its newer state, to follow.
    Newer(Box<Session>),
}

/// Save the game, unless another tab saved a newer state of it meanwhile.
pub fn save(session: &Session, scenario: &Scenario) -> Result<(), SaveError> {
    let storage = local_storage().ok_or_else(|| {
        SaveError::Unavailable(
            "Deze browser staat opslaan niet toe. Jullie kunnen spelen, maar na herladen begint het spel opnieuw."
                .to_string(),
        )
    })?;
    match write_checked(&storage, &game_key(&session.scenario_id), &saved::encode(session)) {
        Ok(()) => Ok(()),
        Err(WriteError::Full) => Err(SaveError::Full),
        Err(WriteError::Newer(text)) => match saved::restore(&text, scenario) {
            Ok(newer) => Err(SaveError::Newer(Box::new(newer))),
            // The newer save cannot be read here: never overwrite it, say so.
            Err(_) => Err(SaveError::Unavailable(
                "Dit spel is in een ander tabblad opgeslagen in een vorm die deze pagina niet kan lezen. Herlaad de pagina."
                    .to_string(),
            )),
        },
    }
}

/// The session in a `storage` event text for this mystery, when it is newer
/// than what this tab has and fits the mystery.
pub fn follow(scenario: &Scenario, text: &str) -> Option<Session> {
    let envelope = newer_from_event(&game_key(&scenario.id), text)?;
    saved::restore(&envelope, scenario).ok()
}

/// The saved game of this mystery, read only: for the projector window, which
/// must never set anything aside. `None` when there is none or it cannot be used.
pub fn peek(scenario: &Scenario) -> Option<Session> {
    let text = local_storage()?.get_item(&game_key(&scenario.id)).ok()??;
    saved::restore(&revision::split(&text).1, scenario).ok()
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
        let _ = set_aside(&storage, &key, &text);
    }
}
