//! Validation of mysteries (scenarios) and of the library index: every rule
//! a trainer can break, each reported with the path of the field at fault and
//! how to fix it, in Dutch. The same rules serve the game, the Trainersstudio
//! and the tests.
//!
//! Reading a file (size, text, JSON, version and migration, shape) is
//! `domain::read`, shared with every other file kind; this module adds the
//! rules. Each rule family is one file here, with its unit tests beside it
//! (the way rust-analyzer keeps one diagnostic per file): a new family is a
//! new file plus one line in [`validate`]. The wider tests, which read whole
//! files, are in tests/validate.rs.
//!
//! Paths look like `clues[7].speaker`: field names as in the JSON file and
//! 0-based list positions. An empty path means the whole file.

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::json_path::join;
use super::read;
use super::scenario::{Library, Scenario, FORMAT_VERSION};

mod categories;
mod characters;
mod check;
mod clues;
mod debrief;
mod facilitator;
mod header;
mod hints;
mod library;
mod reflection;
mod role_actions;
mod samen_spelen;
mod session_plans;
mod solution;
mod sources;
mod text_lengths;
mod unlock;

pub use super::read::{migrate_with, MigrationStep, MAX_SCENARIO_BYTES};
pub use super::text::{human_size, size_over_limit};
pub use categories::MIN_CATEGORIES;
pub use check::{is_valid_id, MAX_ID_CHARS};
pub use clues::{MAX_CLUES, MIN_CLUES, UNLOCK_ROUNDS, USUAL_CLUES};
pub use facilitator::EXAMPLE_ANSWER_LEVELS;
pub use header::{DURATION_MINUTES, MAX_GROUP_SIZE};
pub use hints::MAX_HINT_COST;
pub use library::{check_entry_matches, validate_library};
pub use samen_spelen::{is_valid_audio_file, AUDIO_EXTENSIONS, MAX_PHASE_MINUTES};
pub use solution::MIN_KEY_CLUES;
pub use sources::is_valid_section;
pub use text_lengths::{MAX_TEXT_CHARS, MAX_TITLE_CHARS};

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The mystery cannot be played until this is fixed.
    Error,
    /// Advice for the trainer; the mystery can be played.
    Warning,
}

impl Severity {
    /// Dutch word to show next to a problem.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "Fout",
            Severity::Warning => "Let op",
        }
    }
}

/// One thing wrong with a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: a JSON path such as `clues[7].speaker`, or "" for the whole file.
    pub path: String,
    /// What is wrong and how to fix it, in Dutch (B1).
    pub message: String,
    pub severity: Severity,
}

impl Problem {
    /// A problem that makes the mystery unplayable.
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { path: path.into(), message: message.into(), severity: Severity::Error }
    }

    /// Advice for the trainer.
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { path: path.into(), message: message.into(), severity: Severity::Warning }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `"clues[7].speaker: message"`, or just the message for the whole file.
    pub fn describe(&self) -> String {
        if self.path.is_empty() {
            self.message.clone()
        } else {
            format!("{}: {}", self.path, self.message)
        }
    }

    /// The same problem with `prefix` put before its path, e.g. `mysteries[2]`
    /// before `title` gives `mysteries[2].title`.
    pub fn prefixed(mut self, prefix: &str) -> Problem {
        self.path = join(prefix, &self.path);
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

/// The problems that make a mystery unplayable.
pub fn errors(problems: &[Problem]) -> impl Iterator<Item = &Problem> + '_ {
    problems.iter().filter(|p| p.severity == Severity::Error)
}

/// The advice for the trainer.
pub fn warnings(problems: &[Problem]) -> impl Iterator<Item = &Problem> + '_ {
    problems.iter().filter(|p| p.severity == Severity::Warning)
}

pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(Problem::is_error)
}

/// Read a scenario file: size limit, JSON syntax (with line and column),
/// `format_version`, the shape of every field, then [`validate`].
///
/// `Err` holds only the errors (severity [`Severity::Error`]); warnings alone
/// give `Ok`. Use [`check_scenario`] to get the warnings as well.
pub fn parse_scenario(text: &str) -> Result<Scenario, Vec<Problem>> {
    match check_scenario(text) {
        (Some(scenario), _) => Ok(scenario),
        (None, problems) => Err(errors(&problems).cloned().collect()),
    }
}

/// Like [`parse_scenario`], but returns every problem, errors first, then
/// warnings. The scenario is `Some` exactly when there is no error.
pub fn check_scenario(text: &str) -> (Option<Scenario>, Vec<Problem>) {
    match read_scenario(text) {
        Err(problem) => (None, vec![problem]),
        Ok(scenario) => {
            let mut problems = validate(&scenario);
            problems.sort_by_key(|p| p.severity);
            if has_errors(&problems) {
                (None, problems)
            } else {
                (Some(scenario), problems)
            }
        }
    }
}

/// Everything before [`validate`]: size, JSON syntax, `format_version`
/// (migrating an older file) and the shape of every field. The first problem
/// stops the reading. The studio uses this to open a file that still has
/// validation errors, so the trainer can repair it.
pub fn read_scenario(text: &str) -> Result<Scenario, Problem> {
    read_scenario_from(text).map(|(scenario, _)| scenario)
}

/// Like [`read_scenario`], also telling the format version the file had
/// when it was older than [`FORMAT_VERSION`] and has been migrated.
pub fn read_scenario_from(text: &str) -> Result<(Scenario, Option<u32>), Problem> {
    read_scenario_as(text)
}

/// [`read_scenario_from`] into any type that reads a mystery file: the whole
/// [`Scenario`], or the fields a member's phone needs (`scenario::Deck`).
/// The reading steps only, never the rules: the member bundle
/// (src/bin/speler.rs) reads its deck here and stays free of the validator.
pub fn read_scenario_as<T: DeserializeOwned>(text: &str) -> Result<(T, Option<u32>), Problem> {
    let text = read::text(text, &read::SCENARIO)?;
    let value = read::json(text, &read::SCENARIO)?;
    let version = read::format_version(&value, "Dit mysterie")?;
    if version == FORMAT_VERSION {
        return read::shape(text, true, &read::SCENARIO).map(|s| (s, None));
    }
    // An older file: upgrade the JSON, then read the upgraded text.
    let migrated = migrate(value)?;
    read::shape(&migrated.to_string(), false, &read::SCENARIO).map(|s| (s, Some(version)))
}

/// The upgrade steps of the scenario format, by the version they start from.
///
/// Format 1 is the first published version, so there is no step yet. When
/// version 2 arrives, add `(1, v1_to_v2)` here; [`migrate`] then reads every
/// version-1 file. The runner itself is tested with made-up steps
/// (tests/studio.rs) through [`migrate_with`].
pub const MIGRATIONS: &[(u32, MigrationStep)] = &[];

/// Bring a scenario in an older format up to [`FORMAT_VERSION`]. Checks the
/// `format_version` field: missing, not a number, or newer than this app can
/// read is a problem.
pub fn migrate(value: Value) -> Result<Value, Problem> {
    let version = read::format_version(&value, "Dit mysterie")?;
    migrate_with(value, version, FORMAT_VERSION, MIGRATIONS)
}

/// Read `index.json`.
pub fn parse_library(text: &str) -> Result<Library, Vec<Problem>> {
    let library = read_library(text).map_err(|p| vec![p])?;
    let problems: Vec<Problem> = validate_library(&library).into_iter().filter(Problem::is_error).collect();
    if problems.is_empty() {
        Ok(library)
    } else {
        Err(problems)
    }
}

/// Everything of [`parse_library`] before its rules: size, JSON, version, shape.
pub fn read_library(text: &str) -> Result<Library, Problem> {
    let text = read::text(text, &read::LIBRARY)?;
    let value = read::json(text, &read::LIBRARY)?;
    let version = read::format_version(&value, read::LIBRARY.the)?;
    if version != FORMAT_VERSION {
        return Err(read::version_problem(version, read::LIBRARY.the));
    }
    read::shape(text, true, &read::LIBRARY)
}

/// Every rule on a parsed scenario, in the order of the file: one line per
/// rule family. Empty when the scenario is playable and needs no advice; see
/// [`errors`] and [`warnings`].
pub fn validate(scenario: &Scenario) -> Vec<Problem> {
    let mut c = check::Check::default();
    let s = scenario;
    header::check_header(&mut c, s);
    characters::check_characters(&mut c, s);
    clues::check_clues(&mut c, s);
    unlock::check_unlock_cycles(&mut c, s);
    unlock::check_reachable(&mut c, s);
    categories::check_categories(&mut c, s);
    solution::check_solution(&mut c, s);
    hints::check_hints(&mut c, s);
    reflection::check_reflection(&mut c, s);
    debrief::check_debrief(&mut c, s);
    role_actions::check_role_actions(&mut c, s);
    sources::check_sources(&mut c, s);
    text_lengths::check_text_lengths(&mut c, s);
    samen_spelen::check_samen_spelen(&mut c, s);
    session_plans::check_session_plans(&mut c, s);
    facilitator::check_facilitator(&mut c, s);
    c.problems
}

#[cfg(test)]
pub(crate) mod testing {
    //! What the rule files' unit tests share: the minimal valid mystery and a
    //! way to run one rule family on it.

    use serde_json::{json, Value};

    use super::check::Check;
    use super::{check_scenario, Problem, Severity};
    use crate::domain::scenario::Scenario;

    /// The minimal valid mystery of tests/fixtures/minimal.json.
    pub(crate) fn scenario() -> Scenario {
        serde_json::from_value(fixture()).expect("the fixture reads")
    }

    /// The problems one rule family finds in `s`.
    pub(crate) fn run(rule: fn(&mut Check, &Scenario), s: &Scenario) -> Vec<Problem> {
        let mut c = Check::default();
        rule(&mut c, s);
        c.problems
    }

    const FIXTURE: &str = include_str!("../../../tests/fixtures/minimal.json");

    /// The minimal valid mystery (tests/fixtures/minimal.json) as JSON, to change before reading.
    pub(crate) fn fixture() -> Value {
        serde_json::from_str(FIXTURE).expect("the fixture is JSON")
    }

    pub(crate) fn list(problems: &[Problem]) -> String {
        problems.iter().map(|p| format!("  [{:?}] {}\n", p.severity, p.describe())).collect()
    }

    /// Every problem (errors and warnings) of the fixture after `mutate`.
    pub(crate) fn problems_after(mutate: impl FnOnce(&mut Value)) -> Vec<Problem> {
        let mut value = fixture();
        mutate(&mut value);
        check_scenario(&serde_json::to_string_pretty(&value).expect("serialisable")).1
    }

    pub(crate) fn remove(value: &mut Value, field: &str) {
        value.as_object_mut().expect("an object").remove(field);
    }

    /// There is a problem of `severity` at exactly `path` whose message contains every needle.
    #[track_caller]
    pub(crate) fn assert_problem(problems: &[Problem], severity: Severity, path: &str, needles: &[&str]) {
        let ok = problems
            .iter()
            .any(|p| p.path == path && p.severity == severity && needles.iter().all(|n| p.message.contains(n)));
        assert!(ok, "expected {severity:?} at `{path}` mentioning {needles:?}; got:\n{}", list(problems));
    }

    #[track_caller]
    pub(crate) fn assert_error(problems: &[Problem], path: &str, needles: &[&str]) {
        assert_problem(problems, Severity::Error, path, needles);
    }

    #[track_caller]
    pub(crate) fn assert_warning(problems: &[Problem], path: &str, needles: &[&str]) {
        assert_problem(problems, Severity::Warning, path, needles);
    }

    #[track_caller]
    pub(crate) fn assert_no_problem_at(problems: &[Problem], path: &str) {
        assert!(!problems.iter().any(|p| p.path == path), "expected nothing at `{path}`; got:\n{}", list(problems));
    }

    pub(crate) fn full_plan(minutes: u32) -> Value {
        // 10% intro, 30% onderzoeken, 20% ordenen, 15% oplossen, 15% reflecteren, 10% resultaat.
        let m = minutes;
        json!({ "minutes": m, "phases": {
            "intro": m / 10, "onderzoeken": m * 3 / 10, "ordenen": m / 5,
            "oplossen": m * 3 / 20, "reflecteren": m * 3 / 20, "resultaat": m - (m / 10 + m * 3 / 10 + m / 5 + 2 * (m * 3 / 20))
        }})
    }

    pub(crate) fn full_sheet() -> Value {
        json!({
            "learning_goals": ["Je ziet waarom een brief niet aankomt."],
            "script": [
                { "phase": "intro", "text": "Lees de casus voor." },
                { "phase": "onderzoeken", "text": "Laat ieder eerst alleen lezen." },
                { "phase": "resultaat", "text": "Bespreek de twijfelkaart." }
            ],
            "probes": [{ "clue": "c5", "question": "Is twintig minuten wachten lang?" }],
            "misconceptions": [{ "belief": "Ze had gewoon moeten bellen.", "response": "Vraag: wat gebeurde er toen ze belde?" }],
            "example_answers": [
                { "level": 1, "text": "De brief was moeilijk." },
                { "level": 2, "text": "De brief was moeilijk en de termijn liep af." },
                { "level": 3, "text": "Omdat de brief moeilijk was, belde ze, maar kreeg geen uitleg." },
                { "level": 4, "text": "Juridisch, financieel en sociaal: de brief, het geld en de schaamte." }
            ]
        })
    }

    /// The only error of a fixture changed by `mutate`, whose reading stops before the rules.
    #[track_caller]
    pub(crate) fn shape_error(mutate: impl FnOnce(&mut Value)) -> Problem {
        let mut value = fixture();
        mutate(&mut value);
        let problems = check_scenario(&serde_json::to_string_pretty(&value).expect("serialisable")).1;
        assert_eq!(problems.len(), 1, "{}", list(&problems));
        problems.into_iter().next().expect("one problem")
    }

    /// The one problem at `path`; panics with the whole list otherwise.
    pub(crate) fn at(problems: &[Problem], path: &str) -> Problem {
        match problems.iter().filter(|p| p.path == path).collect::<Vec<_>>()[..] {
            [one] => one.clone(),
            _ => panic!("expected one problem at {path}, got {problems:#?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::scenario;
    use super::*;

    #[test]
    fn the_minimal_mystery_passes_every_family() {
        // Six cards are playable; the only advice is that mysteries usually have more.
        let problems = validate(&scenario());
        let paths: Vec<(&str, Severity)> = problems.iter().map(|p| (p.path.as_str(), p.severity)).collect();
        assert_eq!(paths, [("clues", Severity::Warning)]);
    }

    #[test]
    fn reading_stops_before_the_rules() {
        // A shape error is one problem from the reader; the rules never run.
        let problems = check_scenario("{\"format_version\": 1}").1;
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert_eq!(problems[0].path, "id");
    }
}
