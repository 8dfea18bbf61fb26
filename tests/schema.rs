//! The JSON Schemas in `mysteries/` are generated from the Rust types, and every
//! mystery in `mysteries/` passes both the schema and the validator.
//!
//! After changing the types in `src/domain/scenario.rs`, regenerate with
//! `UPDATE_SCHEMA=1 cargo test --test schema` and commit the result.

use std::fs;
use std::path::{Path, PathBuf};

use mysterie::domain::scenario::{Library, Scenario};
use mysterie::domain::validate::{check_entry_matches, check_scenario, parse_library, parse_scenario, warnings};
use serde_json::Value;

const SCENARIO_SCHEMA: &str = "schema.json";
const INDEX_SCHEMA: &str = "index.schema.json";
const INDEX: &str = "index.json";
const UPDATE: &str = "UPDATE_SCHEMA=1 cargo test --test schema";

fn mysteries_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("mysteries")
}

/// Pretty-printed with two spaces and a trailing newline, as committed.
fn pretty(schema: &schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(schema).expect("a schema serialises");
    text.push('\n');
    text
}

fn generated(file: &str) -> String {
    match file {
        SCENARIO_SCHEMA => pretty(&schemars::schema_for!(Scenario)),
        INDEX_SCHEMA => pretty(&schemars::schema_for!(Library)),
        other => unreachable!("no schema for {other}"),
    }
}

fn updating() -> bool {
    std::env::var("UPDATE_SCHEMA").is_ok_and(|v| v == "1")
}

/// Compare the generated schema with the committed file, or write it.
fn check_committed(file: &str) {
    let path = mysteries_dir().join(file);
    let fresh = generated(file);
    if updating() {
        fs::create_dir_all(mysteries_dir()).expect("create mysteries/");
        fs::write(&path, &fresh).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        return;
    }
    let committed = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("mysteries/{file} cannot be read ({e}). Generate it with `{UPDATE}`."));
    // Tolerate a checkout with Windows line endings.
    let committed = committed.replace("\r\n", "\n");
    assert!(
        committed == fresh,
        "mysteries/{file} does not match the Rust types in src/domain/scenario.rs. \
         Run `{UPDATE}` and commit the updated file."
    );
}

#[test]
fn scenario_schema_is_up_to_date() {
    check_committed(SCENARIO_SCHEMA);
}

#[test]
fn index_schema_is_up_to_date() {
    check_committed(INDEX_SCHEMA);
}

fn read_json(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is no valid JSON: {e}", path.display()))
}

/// A validator for a committed schema (the generated one while updating).
fn validator(file: &str) -> jsonschema::Validator {
    let schema: Value = if updating() {
        serde_json::from_str(&generated(file)).expect("generated schema is JSON")
    } else {
        read_json(&mysteries_dir().join(file))
    };
    jsonschema::meta::validate(&schema).unwrap_or_else(|e| panic!("mysteries/{file} is no valid JSON Schema: {e}"));
    jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("mysteries/{file} cannot be compiled: {e}"))
}

/// Schema violations as "path: message" lines.
fn schema_errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator.iter_errors(instance).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

/// The mystery files: every `mysteries/*.json` except the index and the schemas. Sorted.
fn scenario_files() -> Vec<String> {
    let dir = mysteries_dir();
    let mut files: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_file())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| name.ends_with(".json") && ![INDEX, SCENARIO_SCHEMA, INDEX_SCHEMA].contains(&name.as_str()))
        .collect();
    files.sort();
    files
}

#[test]
fn the_minimal_fixture_matches_the_schema() {
    let validator = validator(SCENARIO_SCHEMA);
    let fixture: Value = serde_json::from_str(include_str!("fixtures/minimal.json")).expect("fixture is JSON");
    assert_eq!(schema_errors(&validator, &fixture), Vec::<String>::new());
    // The schema is strict too: an unknown field and a wrong enum value fail.
    let mut wrong = fixture.clone();
    wrong["clues"][0]["relevanse"] = Value::from("key");
    assert!(!validator.is_valid(&wrong));
    let mut wrong = fixture;
    wrong["clues"][0]["relevance"] = Value::from("belangrijk");
    assert!(!validator.is_valid(&wrong));
}

#[test]
fn every_mystery_passes_schema_and_validator() {
    let files = scenario_files();
    assert!(
        !files.is_empty(),
        "There is no mystery in mysteries/ yet. Add at least one mystery file (see docs/scenario-format.md)."
    );
    let validator = validator(SCENARIO_SCHEMA);
    let mut failures: Vec<String> = Vec::new();
    for file in &files {
        let path = mysteries_dir().join(file);
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        match serde_json::from_str::<Value>(&text) {
            Ok(value) => {
                for error in schema_errors(&validator, &value) {
                    failures.push(format!("mysteries/{file}: schema: {error}"));
                }
            }
            Err(e) => failures.push(format!("mysteries/{file}: geen geldige JSON: {e}")),
        }
        let (scenario, problems) = check_scenario(&text);
        for problem in &problems {
            let line = format!("mysteries/{file}: [{}] {}", problem.severity.label(), problem.describe());
            if problem.is_error() {
                failures.push(line);
            } else {
                eprintln!("{line}");
            }
        }
        if let Some(scenario) = scenario {
            if format!("{}.json", scenario.id) != *file {
                failures.push(format!(
                    "mysteries/{file}: het id is ‘{}’; het bestand moet ‘{}.json’ heten.",
                    scenario.id, scenario.id
                ));
            }
            eprintln!("mysteries/{file}: {} waarschuwing(en)", warnings(&problems).count());
        }
    }
    assert!(failures.is_empty(), "Problems in the mysteries:\n{}", failures.join("\n"));
}

#[test]
fn index_lists_every_mystery_once_and_matches_it() {
    let index_path = mysteries_dir().join(INDEX);
    assert!(
        index_path.is_file(),
        "mysteries/{INDEX} is missing. The library needs it: add an entry for every mystery file \
         (id, file, title, summary, main_bouwsteen, bouwstenen, duration_minutes, group_size; see docs/scenario-format.md)."
    );
    let text = fs::read_to_string(&index_path).unwrap_or_else(|e| panic!("cannot read mysteries/{INDEX}: {e}"));
    let mut failures: Vec<String> = Vec::new();

    let value: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("mysteries/{INDEX} is no valid JSON: {e}"));
    for error in schema_errors(&validator(INDEX_SCHEMA), &value) {
        failures.push(format!("mysteries/{INDEX}: schema: {error}"));
    }
    let library = match parse_library(&text) {
        Ok(library) => library,
        Err(problems) => {
            let lines: Vec<String> = problems.iter().map(|p| format!("mysteries/{INDEX}: {}", p.describe())).collect();
            panic!("mysteries/{INDEX} is not valid:\n{}", lines.join("\n"));
        }
    };

    let files = scenario_files();
    for file in &files {
        let listed = library.mysteries.iter().filter(|entry| entry.file == *file).count();
        if listed != 1 {
            failures
                .push(format!("mysteries/{INDEX}: mysteries/{file} staat er {listed} keer in; dat moet 1 keer zijn."));
        }
    }
    for (i, entry) in library.mysteries.iter().enumerate() {
        if !files.contains(&entry.file) {
            failures.push(format!(
                "mysteries/{INDEX}: mysteries[{i}].file: bestand ‘{}’ staat niet in de map mysteries.",
                entry.file
            ));
            continue;
        }
        let file_text = fs::read_to_string(mysteries_dir().join(&entry.file)).unwrap_or_default();
        match parse_scenario(&file_text) {
            Ok(scenario) => {
                for problem in check_entry_matches(entry, &scenario) {
                    failures.push(format!(
                        "mysteries/{INDEX}: {}",
                        problem.prefixed(&format!("mysteries[{i}]")).describe()
                    ));
                }
            }
            // The mystery's own problems are listed by every_mystery_passes_schema_and_validator.
            Err(_) => failures.push(format!(
                "mysteries/{INDEX}: mysteries[{i}]: ‘{}’ is not valid (see the other test).",
                entry.file
            )),
        }
    }
    assert!(failures.is_empty(), "Problems in the library:\n{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------
// The results format (src/domain/results.rs): its schema lives in docs/, next
// to docs/results-format.md. Same pattern: `UPDATE_SCHEMA=1 cargo test --test schema`.

const RESULTS_SCHEMA: &str = "results.schema.json";

fn docs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs")
}

fn generated_results_schema() -> String {
    pretty(&schemars::schema_for!(mysterie::domain::results::TeamResult))
}

#[test]
fn results_schema_is_up_to_date() {
    let path = docs_dir().join(RESULTS_SCHEMA);
    let fresh = generated_results_schema();
    if updating() {
        fs::write(&path, &fresh).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        return;
    }
    let committed = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("docs/{RESULTS_SCHEMA} cannot be read ({e}). Generate it with `{UPDATE}`."));
    assert!(
        committed.replace("\r\n", "\n") == fresh,
        "docs/{RESULTS_SCHEMA} does not match the Rust types in src/domain/results.rs. \
         Run `{UPDATE}` and commit the updated file."
    );
}

/// A result the app writes passes the committed schema, and the schema is as
/// strict as the reader: unknown fields, wrong words and other markers fail.
#[test]
fn a_written_result_matches_the_results_schema() {
    use mysterie::domain::game::{Session, Team};
    use mysterie::domain::{results, scoring};

    let schema: Value = if updating() {
        serde_json::from_str(&generated_results_schema()).expect("generated schema is JSON")
    } else {
        read_json(&docs_dir().join(RESULTS_SCHEMA))
    };
    jsonschema::meta::validate(&schema)
        .unwrap_or_else(|e| panic!("docs/{RESULTS_SCHEMA} is no valid JSON Schema: {e}"));
    let validator = jsonschema::validator_for(&schema).expect("the results schema compiles");

    let scenario: Scenario = serde_json::from_str(include_str!("fixtures/engine.json")).expect("fixture");
    let team = Team { name: "Oost".into(), municipality: Some("Rivierstad".into()), ..Team::default() };
    let session = Session::new(&scenario, team);
    let outcome = scoring::score(&scenario, &session);
    let result = results::build(&scenario, &session, &outcome, "2025-05-14T10:31:00+02:00");
    for written in [result.clone(), result.without_debrief()] {
        let value: Value = serde_json::from_str(&results::to_json(&written)).expect("JSON");
        assert_eq!(schema_errors(&validator, &value), Vec::<String>::new());
    }

    let value: Value = serde_json::from_str(&results::to_json(&result)).expect("JSON");
    let mut wrong = value.clone();
    wrong["team"]["naam"] = Value::from("x");
    assert!(!validator.is_valid(&wrong));
    let mut wrong = value.clone();
    wrong["format"] = Value::from("iets-anders");
    assert!(!validator.is_valid(&wrong));
    let mut wrong = value;
    wrong["reflection"]["profile"][0]["bouwsteen"] = Value::from("vertrouwen");
    assert!(!validator.is_valid(&wrong));
}
