//! A trainer's own mysteries as stored in the browser, and the checks that
//! only make sense next to the library (an id already taken).
//!
//! Stored form: a versioned envelope around the scenario JSON. The scenario is
//! kept as JSON (not as the Rust type) so that a draft saved by an older app
//! is read through the same migration as an imported file. Next to it, the
//! cards the trainer deleted (`removed_cards`, left out while empty, so a
//! draft stored before it existed reads as one without deleted cards).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::deal::to_base36;
use crate::domain::read;
use crate::domain::scenario::{LibraryEntry, Scenario};
use crate::domain::studio::plain::RemovedCard;
use crate::domain::validate::{self, Problem};

/// Version of the stored envelope.
pub const OWN_VERSION: u32 = 1;

/// One of the trainer's own mysteries (also while it is a draft with errors).
#[derive(Debug, Clone, PartialEq)]
pub struct OwnMystery {
    /// Storage key; stays the same when the trainer changes the mystery's id.
    pub key: String,
    /// When it was last saved, in milliseconds since 1970 (for sorting and display).
    pub saved_at: f64,
    pub scenario: Scenario,
    /// Cards deleted in the editor whose title a text may still name, so the
    /// editor's warning about them survives a reload.
    pub removed: Vec<RemovedCard>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    own_version: u32,
    key: String,
    saved_at: f64,
    scenario: Value,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    removed_cards: Vec<RemovedCard>,
}

pub fn encode(own: &OwnMystery) -> String {
    let envelope = Envelope {
        own_version: OWN_VERSION,
        key: own.key.clone(),
        saved_at: own.saved_at,
        scenario: serde_json::to_value(&own.scenario).unwrap_or(Value::Null),
        removed_cards: own.removed.clone(),
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Read a stored mystery along the one reading path (`domain::read`): JSON,
/// `own_version`, the envelope's shape, then the mystery inside it as a
/// mystery file is read (with its migration). The error is a Dutch sentence
/// on what is wrong.
pub fn decode(text: &str) -> Result<OwnMystery, String> {
    let value = read::json(text, &read::STUDIO_DRAFT).map_err(why)?;
    match value.get("own_version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(OWN_VERSION) => {}
        Some(v) => return Err(format!("het komt uit een andere versie van de app (versie {v})")),
        None => return Err("het versienummer ontbreekt".to_string()),
    }
    let envelope: Envelope = read::shape(text, true, &read::STUDIO_DRAFT).map_err(why)?;
    let scenario = validate::read_scenario(&envelope.scenario.to_string()).map_err(why)?;
    Ok(OwnMystery { key: envelope.key, saved_at: envelope.saved_at, scenario, removed: envelope.removed_cards })
}

/// A reading problem as the part after "kon niet worden gelezen: ", without
/// its final full stop (the sentence around it has one).
fn why(problem: Problem) -> String {
    problem.describe().trim_end_matches('.').to_string()
}

/// A storage key for a new mystery: the time in base 36, made unique.
pub fn new_key(now_ms: f64, taken: impl Fn(&str) -> bool) -> String {
    let mut n = now_ms.max(0.0) as u64;
    loop {
        let key = to_base36(n);
        if !taken(&key) {
            return key;
        }
        n += 1;
    }
}

/// Every problem of a draft: the validator's rules plus an id that is already
/// used by a bundled mystery or another own mystery (games are saved per id,
/// so two mysteries with one id would share a saved game). Errors first.
pub fn draft_problems(s: &Scenario, bundled_ids: &[String], other_own_ids: &[String]) -> Vec<Problem> {
    let mut problems = validate::validate(s);
    if bundled_ids.contains(&s.id) {
        problems.push(Problem::error(
            "id",
            format!(
                "Er is al een meegeleverd mysterie met id ‘{}’. Kies een ander id, bijvoorbeeld ‘{}-eigen’.",
                s.id, s.id
            ),
        ));
    } else if other_own_ids.contains(&s.id) {
        problems
            .push(Problem::error("id", format!("Je hebt al een eigen mysterie met id ‘{}’. Kies een ander id.", s.id)));
    }
    problems.sort_by_key(|p| p.severity);
    problems
}

/// The problems reported at exactly `path`, e.g. `clues[2].speaker`.
pub fn problems_at<'a>(problems: &'a [Problem], path: &'a str) -> impl Iterator<Item = &'a Problem> + 'a {
    problems.iter().filter(move |p| p.path == path)
}

/// The problems at `prefix` or inside it (`clues[2]` holds `clues[2].speaker`
/// but not `clues[20]`), for counts on section and item headings.
pub fn problems_under<'a>(problems: &'a [Problem], prefix: &'a str) -> impl Iterator<Item = &'a Problem> + 'a {
    problems.iter().filter(move |p| {
        p.path
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
    })
}

/// The library card for an own mystery.
pub fn library_entry(own: &OwnMystery) -> LibraryEntry {
    LibraryEntry::for_scenario(&own.scenario, "")
}
