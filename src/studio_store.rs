//! A trainer's own mysteries in localStorage, one key per mystery
//! (`mysterie.eigen.<key>`). An entry that cannot be read is copied aside
//! (`mysterie.apart.eigen.<key>.<time>`) and reported, never deleted; a deleted
//! mystery goes to `mysterie.verwijderd.<key>` so it can be put back.
//! Entries carry a revision (`storage::write_checked`): an editor open in an
//! older tab never saves over a newer version of the same mystery.

use crate::domain::storage_usage;
use crate::domain::studio::own::{self, OwnMystery};
use crate::storage::{read_tracked, refused, set_aside, write_checked, WriteError};

use crate::domain::storage_usage::keys::{DELETED_PREFIX, OWN_PREFIX};

fn local_storage() -> Result<web_sys::Storage, String> {
    crate::storage::local_storage()
        .ok_or_else(|| "Deze browser staat opslaan niet toe. Eigen mysteries kunnen niet worden bewaard.".to_string())
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// Every own mystery, newest first, and Dutch notes on entries that could not
/// be read (those are set aside).
pub struct OwnList {
    pub mysteries: Vec<OwnMystery>,
    pub set_aside: Vec<String>,
}

fn keys_with(storage: &web_sys::Storage, prefix: &str) -> Vec<String> {
    let count = storage.length().unwrap_or(0);
    (0..count).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect()
}

pub fn list() -> OwnList {
    let mut out = OwnList { mysteries: Vec::new(), set_aside: Vec::new() };
    let Ok(storage) = local_storage() else { return out };
    for key in keys_with(&storage, OWN_PREFIX) {
        // Not tracked: listing is no reading for an edit (see `load`).
        let Ok(Some(stored)) = storage.get_item(&key) else { continue };
        let text = crate::domain::revision::split(&stored).1;
        match own::decode(&text) {
            Ok(mystery) => out.mysteries.push(mystery),
            Err(why) => {
                let aside = set_aside(&storage, &key, &text).unwrap_or_else(|| key.clone());
                out.set_aside.push(format!(
                    "Een eigen mysterie kon niet worden gelezen: {why}. We hebben het apart gezet onder ‘{aside}’. Er is niets weggegooid."
                ));
            }
        }
    }
    out.mysteries.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at));
    out
}

/// One own mystery by its storage key, for the editor: this tab's later
/// saves of it are checked against the revision read here. `Err` when it is
/// stored but unreadable.
pub fn load(key: &str) -> Result<Option<OwnMystery>, String> {
    let storage = local_storage()?;
    match read_tracked(&storage, &format!("{OWN_PREFIX}{key}")) {
        Some(text) => {
            own::decode(&text).map(Some).map_err(|why| format!("Dit mysterie kon niet worden gelezen: {why}."))
        }
        None => Ok(None),
    }
}

/// The own mystery with this scenario id, for playing and printing.
pub fn find_by_id(id: &str) -> Option<OwnMystery> {
    list().mysteries.into_iter().find(|m| m.scenario.id == id)
}

/// The scenario ids of every own mystery except the one stored under `key`.
pub fn other_ids(key: &str) -> Vec<String> {
    list().mysteries.into_iter().filter(|m| m.key != key).map(|m| m.scenario.id).collect()
}

/// Save (autosave) a mystery; stamps `saved_at`. Returns a Dutch message
/// when the browser refuses (storage full or blocked).
pub fn save(own: &mut OwnMystery) -> Result<(), String> {
    let storage = local_storage()?;
    own.saved_at = now();
    write_checked(&storage, &format!("{OWN_PREFIX}{}", own.key), &own::encode(own)).map_err(|error| match error {
        WriteError::Full => format!(
            "{} Exporteer het mysterie als bestand, dan raak je niets kwijt.",
            storage_usage::FULL.split(" Maak ruimte").next().unwrap_or_default()
        ),
        WriteError::Newer(_) => "Dit mysterie is intussen in een ander tabblad of venster opgeslagen. \
             Om die versie niet te overschrijven, is jouw laatste wijziging hier niet opgeslagen. \
             Exporteer jouw versie als bestand als je die wilt houden, en herlaad dan de pagina om de nieuwste versie te zien."
            .to_string(),
    })
}

/// Store a new own mystery under a fresh key.
pub fn create(scenario: crate::domain::scenario::Scenario) -> Result<OwnMystery, String> {
    let storage = local_storage()?;
    let taken = |k: &str| storage.get_item(&format!("{OWN_PREFIX}{k}")).ok().flatten().is_some();
    let mut own = OwnMystery { key: own::new_key(now(), taken), saved_at: now(), scenario, removed: Vec::new() };
    save(&mut own)?;
    Ok(own)
}

/// Delete a mystery: it moves to the deleted keys, so [`restore_deleted`] can put it back.
pub fn delete(key: &str) -> Result<(), String> {
    let storage = local_storage()?;
    let from = format!("{OWN_PREFIX}{key}");
    let Ok(Some(text)) = storage.get_item(&from) else { return Ok(()) };
    storage.set_item(&format!("{DELETED_PREFIX}{key}"), &text).map_err(|_| refused("Verwijderen"))?;
    let _ = storage.remove_item(&from);
    Ok(())
}

/// Put a deleted mystery back.
pub fn restore_deleted(key: &str) -> Result<(), String> {
    let storage = local_storage()?;
    let from = format!("{DELETED_PREFIX}{key}");
    let Ok(Some(text)) = storage.get_item(&from) else { return Ok(()) };
    storage.set_item(&format!("{OWN_PREFIX}{key}"), &text).map_err(|_| refused("Terugzetten"))?;
    let _ = storage.remove_item(&from);
    Ok(())
}

/// The deleted mysteries that can still be put back, most recently saved first.
/// Unreadable entries are skipped here (they stay where they are).
pub fn list_deleted() -> Vec<OwnMystery> {
    let Ok(storage) = local_storage() else { return Vec::new() };
    let mut out: Vec<OwnMystery> = keys_with(&storage, DELETED_PREFIX)
        .into_iter()
        .filter_map(|key| storage.get_item(&key).ok().flatten())
        .filter_map(|text| own::decode(&crate::domain::revision::split(&text).1).ok())
        .collect();
    out.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at));
    out
}

/// Put an import in the place of the own mystery under `old_key`: the old one
/// moves to the deleted keys (so it can be put back) and the new one gets a new key.
pub fn replace(old_key: &str, scenario: crate::domain::scenario::Scenario) -> Result<OwnMystery, String> {
    delete(old_key)?;
    create(scenario).inspect_err(|_| {
        let _ = restore_deleted(old_key);
    })
}
