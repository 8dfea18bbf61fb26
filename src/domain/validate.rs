//! Validation of scenarios and of the library index: every rule a trainer can
//! break, each reported with the path of the field at fault and how to fix it,
//! in Dutch. The same rules serve the game, the (future) studio and the tests.

use super::scenario::{Library, Scenario};

/// Largest scenario file we accept (bytes). Real mysteries are 20–80 KB.
pub const MAX_SCENARIO_BYTES: usize = 2 * 1024 * 1024;

/// One thing wrong with a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: a JSON path such as `clues[7].speaker`, or "" for the whole file.
    pub path: String,
    /// What is wrong and how to fix it, in Dutch (B1).
    pub message: String,
}

/// Read a scenario file: size limit, JSON syntax (with line and column),
/// `format_version`, the shape of every field, then [`validate`].
pub fn parse_scenario(text: &str) -> Result<Scenario, Vec<Problem>> {
    let _ = text;
    todo!()
}

/// Every rule on a parsed scenario. Empty when the scenario is playable.
pub fn validate(scenario: &Scenario) -> Vec<Problem> {
    let _ = scenario;
    todo!()
}

/// Read `index.json`.
pub fn parse_library(text: &str) -> Result<Library, Vec<Problem>> {
    let _ = text;
    todo!()
}
