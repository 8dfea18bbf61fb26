//! Scenario and library validation from the outside, through whole files: the
//! minimal fixture, reading a file (each step of `domain::read` on a mystery),
//! that no input panics, and that the examples in the docs are valid. The
//! tests of each rule family sit beside the rule, in
//! `src/domain/validate/<family>.rs`.

use mysterie::domain::scenario::{LibraryEntry, Scenario, FORMAT_VERSION};
use mysterie::domain::validate::{
    check_entry_matches, check_scenario, errors, has_errors, migrate, parse_library, parse_scenario, validate,
    warnings, Problem, Severity, MAX_SCENARIO_BYTES,
};
use serde_json::{json, Value};

const FIXTURE: &str = include_str!("fixtures/minimal.json");

fn fixture() -> Value {
    serde_json::from_str(FIXTURE).expect("the fixture is JSON")
}

fn scenario() -> Scenario {
    parse_scenario(FIXTURE).unwrap_or_else(|p| panic!("the fixture is valid, but:\n{}", list(&p)))
}

fn list(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("  [{:?}] {}\n", p.severity, p.describe())).collect()
}

/// Every problem (errors and warnings) of the fixture after `mutate`.
fn problems_after(mutate: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut value = fixture();
    mutate(&mut value);
    check_scenario(&serde_json::to_string_pretty(&value).expect("serialisable")).1
}

fn remove(value: &mut Value, field: &str) {
    value.as_object_mut().expect("an object").remove(field);
}

/// There is a problem of `severity` at exactly `path` whose message contains every needle.
#[track_caller]
fn assert_problem(problems: &[Problem], severity: Severity, path: &str, needles: &[&str]) {
    let ok = problems
        .iter()
        .any(|p| p.path == path && p.severity == severity && needles.iter().all(|n| p.message.contains(n)));
    assert!(ok, "expected {severity:?} at `{path}` mentioning {needles:?}; got:\n{}", list(problems));
}

#[track_caller]
fn assert_error(problems: &[Problem], path: &str, needles: &[&str]) {
    assert_problem(problems, Severity::Error, path, needles);
}

/// The only error of a parse that stops before validation.
#[track_caller]
fn parse_error(text: &str) -> Problem {
    let problems = parse_scenario(text).expect_err("should not parse");
    assert_eq!(problems.len(), 1, "{}", list(&problems));
    problems.into_iter().next().expect("one problem")
}

#[track_caller]
fn shape_error(mutate: impl FnOnce(&mut Value)) -> Problem {
    let mut value = fixture();
    mutate(&mut value);
    parse_error(&serde_json::to_string_pretty(&value).expect("serialisable"))
}

// ---------------------------------------------------------------------------
// The fixture.

#[test]
fn minimal_fixture_is_valid_with_only_the_clue_count_warning() {
    let (parsed, problems) = check_scenario(FIXTURE);
    assert!(parsed.is_some(), "{}", list(&problems));
    assert!(!has_errors(&problems), "{}", list(&problems));
    let warned: Vec<&Problem> = warnings(&problems).collect();
    assert_eq!(warned.len(), 1, "{}", list(&problems));
    assert_eq!(warned[0].path, "clues");
    assert!(warned[0].message.contains("15 tot 30"));
    assert_eq!(scenario().id, "minimaal-mysterie");
}

#[test]
fn validate_agrees_with_parse_on_the_fixture() {
    let problems = validate(&scenario());
    assert_eq!(errors(&problems).count(), 0, "{}", list(&problems));
}

#[test]
fn warnings_alone_still_parse_and_errors_come_first() {
    // Only warnings: an unused category.
    let mut value = fixture();
    value["categories"].as_array_mut().unwrap().push(json!({"id": "leeg", "name": "Leeg"}));
    let text = value.to_string();
    assert!(parse_scenario(&text).is_ok());
    // An error and warnings: parse_scenario gives only the error, check_scenario everything, errors first.
    value["title"] = json!("");
    let text = value.to_string();
    let errs = parse_scenario(&text).expect_err("an empty title is an error");
    assert!(errs.iter().all(Problem::is_error), "{}", list(&errs));
    assert_error(&errs, "title", &["titel"]);
    let (parsed, all) = check_scenario(&text);
    assert!(parsed.is_none());
    assert!(all.len() > errs.len());
    let first_warning = all.iter().position(|p| !p.is_error()).expect("a warning");
    assert!(all[first_warning..].iter().all(|p| !p.is_error()), "{}", list(&all));
}

#[test]
fn describe_puts_the_path_first() {
    let p = Problem::error("clues[7].speaker", "Persoon ‘x’ bestaat niet.");
    assert_eq!(p.describe(), "clues[7].speaker: Persoon ‘x’ bestaat niet.");
    assert_eq!(p.to_string(), p.describe());
    assert_eq!(Problem::warning("", "Hele bestand.").describe(), "Hele bestand.");
    assert_eq!(Problem::error("title", "x").prefixed("mysteries[2]").path, "mysteries[2].title");
    assert_eq!(Problem::error("", "x").prefixed("mysteries[2]").path, "mysteries[2]");
}

// ---------------------------------------------------------------------------
// Reading the file.

#[test]
fn invalid_json_names_line_and_column() {
    let text = "{\n  \"format_version\": 1\n  \"id\": \"x\"\n}\n";
    let p = parse_error(text);
    assert_eq!(p.path, "");
    assert!(p.message.contains("regel 3, kolom 3"), "{}", p.message);
    assert!(p.message.contains("komma"), "{}", p.message);
}

#[test]
fn truncated_json_says_the_file_stops_early() {
    let p = parse_error(&FIXTURE[..FIXTURE.len() / 2]);
    assert!(p.message.contains("te vroeg"), "{}", p.message);
    assert!(p.message.contains("regel "), "{}", p.message);
}

#[test]
fn trailing_comma_is_explained() {
    let p = parse_error("{\"format_version\": 1,}");
    assert!(p.message.contains("regel 1, kolom 22") && p.message.contains("komma"), "{}", p.message);
}

#[test]
fn too_large_names_size_and_limit() {
    let text = format!("{}{}", FIXTURE, " ".repeat(MAX_SCENARIO_BYTES + 1 - FIXTURE.len()));
    let p = parse_error(&text);
    assert_eq!(p.path, "");
    assert!(p.message.contains(&(MAX_SCENARIO_BYTES + 1).to_string()), "{}", p.message);
    assert!(p.message.contains(&MAX_SCENARIO_BYTES.to_string()), "{}", p.message);
    assert!(p.message.contains("te groot"), "{}", p.message);
    // Exactly at the limit is fine.
    let text = format!("{}{}", FIXTURE, " ".repeat(MAX_SCENARIO_BYTES - FIXTURE.len()));
    assert!(parse_scenario(&text).is_ok());
}

#[test]
fn empty_file() {
    let p = parse_error("  \n");
    assert!(p.message.contains("leeg"), "{}", p.message);
}

#[test]
fn not_an_object() {
    let p = parse_error("[1, 2]");
    assert_eq!(p.path, "");
    assert!(p.message.contains("JSON-object") && p.message.contains("lijst"), "{}", p.message);
}

#[test]
fn byte_order_mark_is_accepted() {
    assert!(parse_scenario(&format!("\u{feff}{FIXTURE}")).is_ok());
}

#[test]
fn missing_format_version() {
    let p = shape_error(|v| remove(v, "format_version"));
    assert_eq!(p.path, "format_version");
    assert!(p.message.contains("ontbreekt") && p.message.contains("\"format_version\": 1"), "{}", p.message);
}

#[test]
fn newer_format_version_asks_to_update_the_app() {
    let p = shape_error(|v| v["format_version"] = json!(2));
    assert_eq!(p.path, "format_version");
    assert!(p.message.contains('2') && p.message.contains("maak de app bij"), "{}", p.message);
    let p = shape_error(|v| v["format_version"] = json!(99_999_999_999_u64));
    assert!(p.message.contains("maak de app bij"), "{}", p.message);
}

#[test]
fn older_format_version_is_refused() {
    let p = shape_error(|v| v["format_version"] = json!(0));
    assert_eq!(p.path, "format_version");
    assert!(p.message.contains("formaatversie 0"), "{}", p.message);
}

#[test]
fn format_version_must_be_a_number() {
    let p = shape_error(|v| v["format_version"] = json!("1"));
    assert_eq!(p.path, "format_version");
    assert!(p.message.contains("heel getal") && p.message.contains("‘1’"), "{}", p.message);
}

#[test]
fn migrate_accepts_only_the_current_version() {
    let value = fixture();
    assert_eq!(migrate(value.clone()).expect("version 1"), value);
    let mut newer = value.clone();
    newer["format_version"] = json!(FORMAT_VERSION + 1);
    assert_eq!(migrate(newer).expect_err("too new").path, "format_version");
    let mut missing = value;
    remove(&mut missing, "format_version");
    assert_eq!(migrate(missing).expect_err("missing").path, "format_version");
}

#[test]
fn unknown_field_is_reported_with_its_path() {
    let p = shape_error(|v| v["clues"][3]["relevanse"] = json!("key"));
    assert_eq!(p.path, "clues[3].relevanse");
    assert!(p.message.contains("‘relevanse’"), "{}", p.message);
    assert!(p.message.contains("relevance"), "lists the allowed fields: {}", p.message);
    assert!(p.message.contains("regel "), "gives the line: {}", p.message);
}

#[test]
fn unknown_top_level_field() {
    let p = shape_error(|v| v["auteur"] = json!("Piet"));
    assert_eq!(p.path, "auteur");
    assert!(p.message.contains("‘auteur’"), "{}", p.message);
}

#[test]
fn wrong_enum_value_lists_the_allowed_values() {
    let p = shape_error(|v| v["clues"][3]["relevance"] = json!("belangrijk"));
    assert_eq!(p.path, "clues[3].relevance");
    assert!(p.message.contains("‘belangrijk’"), "{}", p.message);
    for allowed in ["key", "supporting", "red_herring", "ambiguous"] {
        assert!(p.message.contains(allowed), "{}", p.message);
    }
    let p = shape_error(|v| v["bouwstenen"][1] = json!("Informatie"));
    assert_eq!(p.path, "bouwstenen[1]");
    assert!(p.message.contains("‘Informatie’") && p.message.contains("lerende_uitvoeringspraktijk"), "{}", p.message);
}

#[test]
fn enum_given_a_number_lists_the_allowed_values() {
    let p = shape_error(|v| v["clues"][1]["kind"] = json!(5));
    assert_eq!(p.path, "clues[1].kind");
    assert!(
        p.message.contains("getal 5") && p.message.contains("voice") && p.message.contains("fact"),
        "{}",
        p.message
    );
    let p = shape_error(|v| v["characters"][0]["kind"] = json!(null));
    assert_eq!(p.path, "characters[0].kind");
    assert!(p.message.contains("inwoner") && p.message.contains("uitvoerder"), "{}", p.message);
}

#[test]
fn wrong_type_is_reported_with_its_path() {
    let p = shape_error(|v| v["duration_minutes"] = json!("30"));
    assert_eq!(p.path, "duration_minutes");
    assert!(p.message.contains("\"30\"") && p.message.contains("heel getal"), "{}", p.message);
    let p = shape_error(|v| v["clues"][0]["bouwstenen"] = json!("toegang"));
    assert_eq!(p.path, "clues[0].bouwstenen");
    assert!(p.message.contains("\"toegang\"") && p.message.contains("lijst"), "{}", p.message);
    let p = shape_error(|v| v["group_size"] = json!(4));
    assert_eq!(p.path, "group_size");
    assert!(p.message.contains("getal 4") && p.message.contains("object"), "{}", p.message);
}

#[test]
fn negative_number_is_reported() {
    let p = shape_error(|v| v["hints"][0]["cost"] = json!(-5));
    assert_eq!(p.path, "hints[0].cost");
    assert!(p.message.contains("-5") && p.message.contains("0 of meer"), "{}", p.message);
    let p = shape_error(|v| v["duration_minutes"] = json!(99_999_999_999_u64));
    assert_eq!(p.path, "duration_minutes");
    assert!(p.message.contains("99999999999") && p.message.contains("te groot"), "{}", p.message);
}

#[test]
fn missing_solution_is_reported_as_missing_field() {
    let p = shape_error(|v| remove(v, "solution"));
    assert_eq!(p.path, "solution");
    assert!(p.message.contains("‘solution’") && p.message.contains("ontbreekt"), "{}", p.message);
}

#[test]
fn missing_nested_field() {
    let p = shape_error(|v| remove(&mut v["clues"][2], "text"));
    assert_eq!(p.path, "clues[2].text");
    assert!(p.message.contains("‘text’"), "{}", p.message);
}

#[test]
fn field_written_twice_is_reported() {
    let text = FIXTURE.replacen("\"title\": \"De brief van de gemeente\",", "\"title\": \"A\", \"title\": \"B\",", 1);
    assert_ne!(text, FIXTURE);
    let p = parse_error(&text);
    assert_eq!(p.path, "title");
    assert!(p.message.contains("twee keer") && p.message.contains("regel 4"), "{}", p.message);
}

// ---------------------------------------------------------------------------
// Never panic.

/// Every node of `value`, as a list of steps from the root.
fn node_paths(value: &Value, here: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(here.clone());
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                here.push(json!(i));
                node_paths(item, here, out);
                here.pop();
            }
        }
        Value::Object(fields) => {
            for (name, item) in fields {
                here.push(json!(name));
                node_paths(item, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn node_mut<'a>(value: &'a mut Value, steps: &[Value]) -> &'a mut Value {
    steps.iter().fold(value, |v, step| match step {
        Value::Number(n) => &mut v[n.as_u64().unwrap_or(0) as usize],
        Value::String(s) => &mut v[s.as_str()],
        _ => v,
    })
}

fn library_value() -> Value {
    let entry = LibraryEntry::for_scenario(&scenario(), "minimaal-mysterie.json");
    json!({ "format_version": 1, "mysteries": [entry] })
}

#[test]
fn never_panics_on_mangled_input() {
    let library = serde_json::to_string_pretty(&library_value()).unwrap();
    let mut runs = 0;
    for text in [FIXTURE, library.as_str()] {
        // Every prefix, in steps.
        for end in (0..=text.len()).step_by(11).chain([text.len().saturating_sub(1)]) {
            if text.is_char_boundary(end) {
                let _ = check_scenario(&text[..end]);
                let _ = parse_library(&text[..end]);
                runs += 1;
            }
        }
        // Byte flips: ASCII replaced by characters that matter to JSON.
        let bytes = text.as_bytes();
        for (k, i) in (0..bytes.len()).step_by(23).enumerate() {
            if !bytes[i].is_ascii() {
                continue;
            }
            let mut mangled = bytes.to_vec();
            mangled[i] = b"\"{}[],:0-\\ x"[k % 12];
            let mangled = String::from_utf8(mangled).expect("ASCII for ASCII keeps UTF-8");
            let _ = check_scenario(&mangled);
            let _ = parse_library(&mangled);
            runs += 1;
        }
    }
    // Every node of the fixture replaced by odd values: these reach validate.
    let original = fixture();
    let mut paths = Vec::new();
    node_paths(&original, &mut Vec::new(), &mut paths);
    let odd = [json!(null), json!(0), json!(u32::MAX), json!(""), json!([]), json!({}), json!("c1")];
    for (k, steps) in paths.iter().enumerate() {
        let mut value = original.clone();
        *node_mut(&mut value, steps) = odd[k % odd.len()].clone();
        let _ = check_scenario(&value.to_string());
        runs += 1;
    }
    assert!(runs > 500, "only {runs} runs");
}

#[test]
fn never_panics_on_extreme_scenarios() {
    // Extreme numbers and everything empty, straight into validate.
    let mut s = scenario();
    s.duration_minutes = u32::MAX;
    s.group_size.min = u32::MAX;
    s.group_size.max = 0;
    for clue in &mut s.clues {
        clue.unlock.round = u32::MAX;
        clue.unlock.after = vec![clue.id.clone(), "c1".into(), "c1".into(), String::new()];
    }
    s.hints[0].cost = u32::MAX;
    assert!(has_errors(&validate(&s)));

    let mut empty = scenario();
    empty.id.clear();
    empty.characters.clear();
    empty.clues.clear();
    empty.categories.clear();
    empty.solution.key_clues.clear();
    empty.solution.chains.clear();
    empty.solution.concepts.clear();
    empty.reflection.statements.clear();
    empty.reflection.questions.clear();
    empty.debrief.paragraphs.clear();
    empty.debrief.discussion_questions.clear();
    empty.role_actions.clear();
    empty.bouwstenen.clear();
    assert!(has_errors(&validate(&empty)));

    // Very long lists inside one clue: no quadratic work.
    let mut wide = scenario();
    wide.clues[0].unlock.after = (0..100_000).map(|i| format!("x{}", i % 50_000)).collect();
    wide.clues[0].bouwstenen = vec![mysterie::domain::scenario::Bouwsteen::Toegang; 100_000];
    wide.solution.key_clues = (0..100_000).map(|i| format!("c{}", i % 7)).collect();
    let problems = validate(&wide);
    assert_error(&problems, "clues[0].unlock", &["‘x0’", "en nog 49995"]);
    assert_error(&problems, "clues[0].bouwstenen[99999]", &["twee keer"]);

    // A long chain of clues, each waiting for the next: no deep recursion.
    let mut chain = scenario();
    let template = chain.clues[2].clone();
    chain.clues = (0..20_000)
        .map(|i| {
            let mut clue = template.clone();
            clue.id = format!("k{i}");
            clue.unlock.after = vec![format!("k{}", (i + 1) % 20_000)];
            clue
        })
        .collect();
    let problems = validate(&chain);
    assert_error(&problems, "clues[0].unlock.after[0]", &["k0 → k1", "…"]);
}

// ---------------------------------------------------------------------------
// The documentation.

/// The first ```json block after `heading` in docs/scenario-format.md.
fn doc_example(heading: &str) -> &'static str {
    let doc = include_str!("../docs/scenario-format.md");
    let start = doc.find(heading).unwrap_or_else(|| panic!("heading {heading:?} not in the docs"));
    doc[start..]
        .split("```json\n")
        .nth(1)
        .and_then(|block| block.split("\n```").next())
        .unwrap_or_else(|| panic!("no json block after {heading:?}"))
}

#[test]
fn the_full_example_in_the_docs_is_the_minimal_fixture() {
    let example = doc_example("## 9. Een kort, volledig voorbeeld");
    let (parsed, problems) = check_scenario(example);
    assert_eq!(parsed.as_ref(), Some(&scenario()), "{}", list(&problems));
    assert_eq!(warnings(&problems).count(), 1, "{}", list(&problems));
}

#[test]
fn the_index_example_in_the_docs_matches_the_example_mystery() {
    let library = parse_library(doc_example("## 6. De bibliotheek")).expect("valid index example");
    assert_eq!(library.mysteries.len(), 1);
    assert_eq!(check_entry_matches(&library.mysteries[0], &scenario()), Vec::new());
}

// ---------------------------------------------------------------------------
// For the trainer: session plans and the facilitator sheet.

#[test]
fn the_session_plan_and_facilitator_examples_in_the_docs_are_valid() {
    let plans: Value = serde_json::from_str(&format!("{{{}}}", doc_example("### 11.1 Sessieplannen"))).expect("JSON");
    let sheet: Value = serde_json::from_str(&format!("{{{}}}", doc_example("### 11.2 Het draaiboek"))).expect("JSON");
    let problems = problems_after(|v| {
        v["session_plans"] = plans["session_plans"].clone();
        v["facilitator"] = sheet["facilitator"].clone();
    });
    let about: Vec<&Problem> =
        problems.iter().filter(|p| p.path.starts_with("session_plans") || p.path.starts_with("facilitator")).collect();
    assert!(about.is_empty(), "{about:?}");
}
