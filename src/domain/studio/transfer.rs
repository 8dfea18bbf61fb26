//! Scenario files in and out of the studio.
//!
//! Export writes the canonical form: serde's pretty JSON (two spaces, fields
//! in format order) and a final newline. Importing an exported file and
//! exporting it again gives the same bytes, and the bundled mysteries are
//! stored in this form too (tests/studio.rs checks both).

use crate::domain::read;
use crate::domain::scenario::Scenario;
use crate::domain::validate::{self, Problem};

/// What an import gives when the file could be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub scenario: Scenario,
    /// Validation problems, errors first. With an error the mystery is a
    /// draft that needs repair before it can be played.
    pub problems: Vec<Problem>,
    /// The older format version the file had, when it was migrated.
    pub migrated_from: Option<u32>,
}

impl Imported {
    pub fn playable(&self) -> bool {
        !validate::has_errors(&self.problems)
    }
}

/// Check a file's size before reading it, so a huge file is refused without
/// loading it into memory: the first step of the one reading path, with the
/// message reading the text would give.
pub fn check_size(bytes: f64) -> Result<(), Problem> {
    // `as` saturates: a size beyond usize stays over the limit.
    read::size(bytes as usize, &read::SCENARIO)
}

/// Read a scenario file. `Err` when it cannot be read at all (too large, not
/// JSON, a format version this app cannot read, a field of the wrong shape):
/// then nothing should be stored. `Ok` with errors in `problems` when it can
/// be read but not played yet (for example a reference that does not resolve).
pub fn import(text: &str) -> Result<Imported, Problem> {
    let (scenario, migrated_from) = validate::read_scenario_from(text)?;
    let mut problems = validate::validate(&scenario);
    problems.sort_by_key(|p| p.severity);
    Ok(Imported { scenario, problems, migrated_from })
}

/// The file text for a scenario, in canonical form.
pub fn export(scenario: &Scenario) -> String {
    // Plain data with string keys: serialising cannot fail.
    let mut text = serde_json::to_string_pretty(scenario).unwrap_or_default();
    text.push('\n');
    text
}

/// The download name: `<id>.json`, the name the library expects.
pub fn file_name(scenario: &Scenario) -> String {
    if validate::is_valid_id(&scenario.id) {
        format!("{}.json", scenario.id)
    } else {
        "mysterie.json".to_string()
    }
}

/// Where an imported mystery can go, given the ids in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    /// It has errors: store it only when the trainer chooses to repair it.
    NeedsRepair,
    /// Its id is a bundled mystery's (with that title): only as a copy.
    TakenByBundled { title: String },
    /// Its id is an own mystery's (storage key and title): as a copy, or replace it.
    TakenByOwn { key: String, title: String },
    /// Sound and its id is free: store it as it is.
    Free,
}

/// Decide where an import goes. `bundled` holds (id, title) of the bundled
/// mysteries, `own` (key, id, title) of the trainer's own ones. Errors come
/// first: a faulty file is never stored without the trainer's choice.
pub fn placement(imported: &Imported, bundled: &[(String, String)], own: &[(String, String, String)]) -> Placement {
    let id = &imported.scenario.id;
    if !imported.playable() {
        Placement::NeedsRepair
    } else if let Some((_, title)) = bundled.iter().find(|(b, _)| b == id) {
        Placement::TakenByBundled { title: title.clone() }
    } else if let Some((key, _, title)) = own.iter().find(|(_, o, _)| o == id) {
        Placement::TakenByOwn { key: key.clone(), title: title.clone() }
    } else {
        Placement::Free
    }
}
