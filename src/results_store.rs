//! Results kept in this browser (localStorage): the history of results made on
//! this device, and the results loaded into the learning-network view. Both
//! are versioned lists (`domain::results::encode_list`), stored with a
//! revision (`storage::write_checked`) so a tab never writes over a newer list
//! of another tab. A list that cannot be read is copied aside (never deleted)
//! and reported, like saved games.

use crate::domain::results::{self, TeamResult};
use crate::domain::storage_usage;
use crate::storage::{self, local_storage, read_tracked, set_aside, write_checked, WriteError};

pub use crate::domain::storage_usage::keys::{HISTORY as HISTORY_KEY, NETWORK as NETWORK_KEY};

const NO_STORAGE: &str = "Deze browser staat opslaan niet toe. Na herladen is deze lijst weer leeg.";

/// A stored list, and a Dutch message when it had to be set aside.
pub struct Loaded {
    pub results: Vec<TeamResult>,
    pub problem: Option<String>,
}

fn decode_or_set_aside(storage: &web_sys::Storage, key: &str, what: &str, text: String) -> Loaded {
    match results::decode_list(&text) {
        Ok(results) => Loaded { results, problem: None },
        Err(why) => {
            let _ = set_aside(storage, key, &text);
            Loaded {
                results: Vec::new(),
                problem: Some(format!(
                    "De lijst met {what} kon niet worden gelezen: {why}. We hebben hem apart gezet en beginnen met een lege lijst. Er is niets weggegooid."
                )),
            }
        }
    }
}

fn load(key: &str, what: &str) -> Loaded {
    let Some(storage) = local_storage() else { return Loaded { results: Vec::new(), problem: None } };
    let Some(text) = read_tracked(&storage, key) else { return Loaded { results: Vec::new(), problem: None } };
    decode_or_set_aside(&storage, key, what, text)
}

/// Why a list was not stored.
#[derive(Debug, Clone, PartialEq)]
pub enum StoreError {
    /// A Dutch message: storage full or not allowed.
    Failed(String),
    /// Another tab stored a newer list since this tab read it: nothing was
    /// written. Holds that newer list.
    Newer(Vec<TeamResult>),
}

impl StoreError {
    pub fn message(&self) -> String {
        match self {
            StoreError::Failed(message) => message.clone(),
            StoreError::Newer(_) => NEWER.to_string(),
        }
    }
}

/// What a page says when it follows a newer list from another tab.
pub const NEWER: &str =
    "Deze lijst is intussen in een ander tabblad of venster veranderd. Je ziet nu de nieuwste stand; \
     je laatste stap hier is niet bewaard. Doe die zo nodig opnieuw.";

fn store(key: &str, list: &[TeamResult]) -> Result<(), StoreError> {
    let storage = local_storage().ok_or_else(|| StoreError::Failed(NO_STORAGE.to_string()))?;
    match write_checked(&storage, key, &results::encode_list(list)) {
        Ok(()) => Ok(()),
        Err(WriteError::Full) => Err(StoreError::Failed(storage_usage::FULL.to_string())),
        Err(WriteError::Newer(text)) => Err(StoreError::Newer(results::decode_list(&text).unwrap_or_default())),
    }
}

/// Results made on this device, oldest first.
pub fn history() -> Loaded {
    load(HISTORY_KEY, "eerdere resultaten")
}

pub fn save_history(list: &[TeamResult]) -> Result<(), StoreError> {
    store(HISTORY_KEY, list)
}

/// Put a result in the history (replacing the same game's older copy) and
/// return it as stored: with the date the game was first finished. Reads the
/// stored list first, so another tab's results are kept.
pub fn remember(result: TeamResult) -> Result<TeamResult, String> {
    let mut list = history().results;
    let id = result.id.clone();
    let fallback = result.clone();
    results::upsert(&mut list, result);
    save_history(&list).map_err(|e| e.message())?;
    Ok(list.into_iter().find(|r| r.id == id).unwrap_or(fallback))
}

/// The stored copy of a result, by id.
pub fn find_in_history(id: &str) -> Option<TeamResult> {
    history().results.into_iter().find(|r| r.id == id)
}

/// Results in the learning-network view, in the order they were added.
pub fn network() -> Loaded {
    load(NETWORK_KEY, "resultaten voor het lerend netwerk")
}

pub fn save_network(list: &[TeamResult]) -> Result<(), StoreError> {
    store(NETWORK_KEY, list)
}

/// Put a result the trainer collected (a scanned result code on the console,
/// a typed-in paper sheet) in the learning-network list, replacing the same
/// game's older copy. Reads the stored list first, so another tab's results
/// are kept. Files and links from elsewhere go through the network view's
/// ask-first path instead (`results::merge_incoming`).
pub fn add_to_network(result: TeamResult) -> Result<(), StoreError> {
    let mut list = network().results;
    results::upsert(&mut list, result);
    save_network(&list)
}

/// The list in a `storage` event text for `key`, when it is newer than what
/// this tab has seen.
pub fn follow(key: &str, text: &str) -> Option<Vec<TeamResult>> {
    let envelope = storage::newer_from_event(key, text)?;
    results::decode_list(&envelope).ok()
}
