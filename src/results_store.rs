//! Results kept in this browser (localStorage): the history of results made on
//! this device, and the results loaded into the learning-network view. Both
//! are versioned lists (`domain::results::encode_list`). A list that cannot be
//! read is copied aside (never deleted) and reported, like saved games.

use crate::domain::results::{self, TeamResult};

const HISTORY_KEY: &str = "mysterie.resultaten";
const NETWORK_KEY: &str = "mysterie.netwerk";
const ASIDE_PREFIX: &str = "mysterie.apart.";

const NO_STORAGE: &str = "Deze browser staat opslaan niet toe. Na herladen is deze lijst weer leeg.";
const FULL: &str = "Opslaan is mislukt: de opslag van de browser is vol of geblokkeerd.";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A stored list, and a Dutch message when it had to be set aside.
pub struct Loaded {
    pub results: Vec<TeamResult>,
    pub problem: Option<String>,
}

fn load(key: &str, what: &str) -> Loaded {
    let Some(storage) = local_storage() else { return Loaded { results: Vec::new(), problem: None } };
    let Ok(Some(text)) = storage.get_item(key) else { return Loaded { results: Vec::new(), problem: None } };
    match results::decode_list(&text) {
        Ok(results) => Loaded { results, problem: None },
        Err(why) => {
            let aside = format!("{ASIDE_PREFIX}{}.{}", &key["mysterie.".len()..], js_sys::Date::now() as u64);
            if storage.set_item(&aside, &text).is_ok() {
                let _ = storage.remove_item(key);
            }
            Loaded {
                results: Vec::new(),
                problem: Some(format!(
                    "De lijst met {what} kon niet worden gelezen: {why}. We hebben hem apart gezet en beginnen met een lege lijst. Er is niets weggegooid."
                )),
            }
        }
    }
}

fn store(key: &str, list: &[TeamResult]) -> Result<(), String> {
    let storage = local_storage().ok_or_else(|| NO_STORAGE.to_string())?;
    storage.set_item(key, &results::encode_list(list)).map_err(|_| FULL.to_string())
}

/// Results made on this device, oldest first.
pub fn history() -> Loaded {
    load(HISTORY_KEY, "eerdere resultaten")
}

pub fn save_history(list: &[TeamResult]) -> Result<(), String> {
    store(HISTORY_KEY, list)
}

/// Put a result in the history (replacing the same game's older copy) and
/// return it as stored: with the date the game was first finished.
pub fn remember(result: TeamResult) -> Result<TeamResult, String> {
    let mut list = history().results;
    let id = result.id.clone();
    let fallback = result.clone();
    results::upsert(&mut list, result);
    save_history(&list)?;
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

pub fn save_network(list: &[TeamResult]) -> Result<(), String> {
    store(NETWORK_KEY, list)
}
