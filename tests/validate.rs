//! Scenario and library validation: a valid minimal fixture, then one test per
//! rule (each mutating the fixture and checking the exact path and that the
//! message names the offending value), and a test that no input panics.

use mysterie::domain::scenario::{Library, LibraryEntry, Phase, Scenario, FORMAT_VERSION};
use mysterie::domain::validate::{
    check_entry_matches, check_scenario, errors, has_errors, is_valid_id, is_valid_section, migrate, parse_library,
    parse_scenario, validate, validate_library, warnings, Problem, Severity, MAX_SCENARIO_BYTES,
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

#[track_caller]
fn assert_warning(problems: &[Problem], path: &str, needles: &[&str]) {
    assert_problem(problems, Severity::Warning, path, needles);
}

#[track_caller]
fn assert_no_problem_at(problems: &[Problem], path: &str) {
    assert!(!problems.iter().any(|p| p.path == path), "expected nothing at `{path}`; got:\n{}", list(problems));
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
// The header.

#[test]
fn struct_format_version_must_match() {
    let mut s = scenario();
    s.format_version = 3;
    assert_error(&validate(&s), "format_version", &["3"]);
}

#[test]
fn id_format() {
    let problems = problems_after(|v| v["id"] = json!("Mijn Mysterie"));
    assert_error(&problems, "id", &["‘Mijn Mysterie’", "kleine letters", "mijn-mysterie"]);
    let problems = problems_after(|v| v["id"] = json!("a".repeat(65)));
    assert_error(&problems, "id", &["65", "64"]);
    let problems = problems_after(|v| v["id"] = json!(""));
    assert_error(&problems, "id", &["leeg"]);
    assert!(is_valid_id("a") && is_valid_id(&"a".repeat(64)) && is_valid_id("brief-2"));
    assert!(!is_valid_id("") && !is_valid_id("Brief") && !is_valid_id("brief_2") && !is_valid_id("é"));
}

#[test]
fn texts_of_the_header_must_be_filled() {
    for (path, field) in [("title", "title"), ("summary", "summary"), ("central_question", "central_question")] {
        let problems = problems_after(|v| v[field] = json!("  "));
        assert_error(&problems, path, &[field]);
    }
    let problems = problems_after(|v| v["case"]["title"] = json!(""));
    assert_error(&problems, "case.title", &["case.title"]);
}

#[test]
fn case_needs_paragraphs() {
    let problems = problems_after(|v| v["case"]["paragraphs"] = json!([]));
    assert_error(&problems, "case.paragraphs", &["alinea"]);
    let problems = problems_after(|v| v["case"]["paragraphs"][1] = json!(" "));
    assert_error(&problems, "case.paragraphs[1]", &["leeg"]);
}

#[test]
fn bouwstenen_rules() {
    let problems = problems_after(|v| v["bouwstenen"] = json!([]));
    assert_error(&problems, "bouwstenen", &["leeg", "toegang"]);
    let problems = problems_after(|v| v["bouwstenen"].as_array_mut().unwrap().push(json!("informatie")));
    assert_error(&problems, "bouwstenen[3]", &["‘informatie’", "twee keer"]);
    let problems = problems_after(|v| v["main_bouwsteen"] = json!("aanbod"));
    assert_error(&problems, "bouwstenen", &["‘aanbod’", "main_bouwsteen"]);
}

#[test]
fn duration_range() {
    for minutes in [9, 241, 0] {
        let problems = problems_after(|v| v["duration_minutes"] = json!(minutes));
        assert_error(&problems, "duration_minutes", &[&minutes.to_string(), "10", "240"]);
    }
    for minutes in [10, 240] {
        let problems = problems_after(|v| v["duration_minutes"] = json!(minutes));
        assert_no_problem_at(&problems, "duration_minutes");
    }
}

#[test]
fn group_size_rules() {
    let problems = problems_after(|v| v["group_size"] = json!({"min": 0, "max": 4}));
    assert_error(&problems, "group_size.min", &["0"]);
    let problems = problems_after(|v| v["group_size"] = json!({"min": 2, "max": 13}));
    assert_error(&problems, "group_size.max", &["13", "12"]);
    let problems = problems_after(|v| v["group_size"] = json!({"min": 6, "max": 4}));
    assert_error(&problems, "group_size", &["min 6", "max 4"]);
    let problems = problems_after(|v| v["group_size"] = json!({"min": 1, "max": 12}));
    assert!(!problems.iter().any(|p| p.path.starts_with("group_size")), "{}", list(&problems));
}

// ---------------------------------------------------------------------------
// Characters.

#[test]
fn character_id_format_and_uniqueness() {
    let problems = problems_after(|v| v["characters"][0]["id"] = json!("Mw Jansen"));
    assert_error(&problems, "characters[0].id", &["‘Mw Jansen’"]);
    let problems = problems_after(|v| v["characters"][1]["id"] = json!("mw-jansen"));
    assert_error(&problems, "characters[1].id", &["‘mw-jansen’", "characters[0]"]);
}

#[test]
fn character_name_and_role_must_be_filled() {
    let problems = problems_after(|v| v["characters"][0]["name"] = json!(""));
    assert_error(&problems, "characters[0].name", &["‘mw-jansen’"]);
    let problems = problems_after(|v| v["characters"][1]["role"] = json!(" "));
    assert_error(&problems, "characters[1].role", &["‘dhr-bakker’"]);
}

#[test]
fn uitvoerder_needs_an_organisation() {
    let problems = problems_after(|v| remove(&mut v["characters"][1], "organisation"));
    assert_error(&problems, "characters[1].organisation", &["‘dhr-bakker’", "uitvoerder"]);
    let problems = problems_after(|v| v["characters"][1]["organisation"] = json!(""));
    assert_error(&problems, "characters[1].organisation", &["‘dhr-bakker’"]);
}

#[test]
fn character_who_never_speaks_is_a_warning() {
    let problems = problems_after(|v| {
        v["characters"]
            .as_array_mut()
            .unwrap()
            .push(json!({"id": "zwijger", "name": "Z", "kind": "inwoner", "role": "buurman"}))
    });
    assert_warning(&problems, "characters[2]", &["‘zwijger’", "vertelt op geen enkele kaart"]);
    assert!(!has_errors(&problems), "{}", list(&problems));
}

// ---------------------------------------------------------------------------
// Clues.

#[test]
fn too_few_clues_is_an_error() {
    let problems = problems_after(|v| v["clues"].as_array_mut().unwrap().truncate(2));
    assert_error(&problems, "clues", &["2", "3"]);
}

#[test]
fn unusual_number_of_clues_is_a_warning() {
    let problems = problems_after(|_| {});
    assert_warning(&problems, "clues", &["6", "15 tot 30"]);
    let problems = problems_after(|v| {
        let clues = v["clues"].as_array_mut().unwrap();
        for i in 0..25 {
            let mut extra = clues[2].clone();
            extra["id"] = json!(format!("extra-{i}"));
            clues.push(extra);
        }
    });
    assert_warning(&problems, "clues", &["31", "15 tot 30"]);
    assert!(!has_errors(&problems), "{}", list(&problems));
}

#[test]
fn clue_id_format_and_uniqueness() {
    let problems = problems_after(|v| v["clues"][3]["id"] = json!("C 4"));
    assert_error(&problems, "clues[3].id", &["‘C 4’"]);
    let problems = problems_after(|v| v["clues"][3]["id"] = json!("c1"));
    assert_error(&problems, "clues[3].id", &["‘c1’", "clues[0]"]);
}

#[test]
fn clue_title_and_text_must_be_filled() {
    let problems = problems_after(|v| v["clues"][2]["title"] = json!(""));
    assert_error(&problems, "clues[2].title", &["‘c3’"]);
    let problems = problems_after(|v| v["clues"][2]["text"] = json!("\n"));
    assert_error(&problems, "clues[2].text", &["‘c3’"]);
}

#[test]
fn voice_needs_a_speaker() {
    let problems = problems_after(|v| remove(&mut v["clues"][0], "speaker"));
    assert_error(
        &problems,
        "clues[0].speaker",
        &["‘c1’", "staat niet wie het zegt", "Kies bij ‘Wie vertelt dit?’ een persoon"],
    );
    // A document may have a speaker, or not.
    let problems = problems_after(|v| v["clues"][1]["speaker"] = json!("dhr-bakker"));
    assert_no_problem_at(&problems, "clues[1].speaker");
}

#[test]
fn clue_pointing_at_an_unknown_person() {
    let problems = problems_after(|v| v["clues"][2]["speaker"] = json!("mw-pietersen"));
    assert_error(&problems, "clues[2].speaker", &["Persoon ‘mw-pietersen’ bestaat niet", "lijst personen"]);
    let problems = problems_after(|v| v["clues"][2]["speaker"] = json!(""));
    assert_error(&problems, "clues[2].speaker", &["leeg"]);
}

#[test]
fn unlock_round_range() {
    for round in [0, 11] {
        let problems = problems_after(|v| v["clues"][2]["unlock"]["round"] = json!(round));
        assert_error(&problems, "clues[2].unlock.round", &[&format!("Ronde {round}"), "1 tot en met 10"]);
    }
    let problems = problems_after(|v| v["clues"][2]["unlock"]["round"] = json!(10));
    assert_no_problem_at(&problems, "clues[2].unlock.round");
}

#[test]
fn unlock_after_rules() {
    let problems = problems_after(|v| v["clues"][1]["unlock"]["after"] = json!(["c9"]));
    assert_error(&problems, "clues[1].unlock.after[0]", &["‘c9’", "bestaat niet"]);
    let problems = problems_after(|v| v["clues"][1]["unlock"]["after"] = json!(["c1", "c2"]));
    assert_error(&problems, "clues[1].unlock.after[1]", &["‘c2’", "zichzelf"]);
    let problems = problems_after(|v| v["clues"][1]["unlock"]["after"] = json!(["c1", "c1"]));
    assert_error(&problems, "clues[1].unlock.after[1]", &["‘c1’", "twee keer"]);
}

#[test]
fn unlock_cycle_is_reported_on_its_first_clue() {
    // c1 waits for c6, c6 for c2, c2 for c1.
    let problems = problems_after(|v| v["clues"][0]["unlock"] = json!({"after": ["c6"]}));
    assert_error(&problems, "clues[0].unlock.after[0]", &["c1 → c6 → c2 → c1"]);
    // Exactly one report of this cycle.
    assert_eq!(problems.iter().filter(|p| p.message.contains("kring")).count(), 1, "{}", list(&problems));
    // Two clues waiting for each other, the first of them later in the list.
    let problems = problems_after(|v| v["clues"][2]["unlock"]["after"] = json!(["c5"]));
    assert_error(&problems, "clues[2].unlock.after[0]", &["c3 → c5 → c3"]);
}

#[test]
fn unreachable_key_clue_is_an_error_on_that_clue() {
    // c1 and c2 wait for each other; c6 waits for c2 and never comes free either.
    let problems = problems_after(|v| v["clues"][0]["unlock"] = json!({"after": ["c2"]}));
    assert_error(&problems, "clues[0].unlock.after[0]", &["c1 → c2 → c1"]);
    assert_error(&problems, "clues[0].unlock", &["‘c1’", "nooit vrij", "kernaanwijzing"]);
    assert_error(&problems, "clues[5].unlock", &["‘c6’", "‘c2’", "nooit vrij", "kernaanwijzing"]);
    // The others still come free.
    assert_no_problem_at(&problems, "clues[2].unlock");
    // A clue behind an unknown clue never comes free either.
    let problems = problems_after(|v| v["clues"][5]["unlock"]["after"] = json!(["weg"]));
    assert_error(&problems, "clues[5].unlock", &["‘c6’", "‘weg’", "bestaat niet"]);
}

#[test]
fn later_rounds_and_chains_of_after_are_reachable() {
    // c5 (round 2) waits for c3 (round 2); a clue in round 3 waiting for c5 still comes free.
    let problems = problems_after(|v| {
        let mut extra = v["clues"][4].clone();
        extra["id"] = json!("c7");
        extra["unlock"] = json!({"round": 3, "after": ["c5", "c6"]});
        v["clues"].as_array_mut().unwrap().push(extra);
    });
    assert!(!has_errors(&problems), "{}", list(&problems));
}

#[test]
fn category_rules() {
    let problems = problems_after(|v| v["clues"][0]["category"] = json!("post"));
    assert_error(&problems, "clues[0].category", &["‘post’", "bestaat niet"]);
    let problems = problems_after(|v| v["clues"][3]["category"] = json!("brieven"));
    assert_error(&problems, "clues[3].category", &["‘c4’", "dwaalspoor", "‘Geen categorie’", "‘brieven’"]);
    let problems = problems_after(|v| remove(&mut v["clues"][0], "category"));
    assert_error(&problems, "clues[0].category", &["‘c1’", "‘kernaanwijzing’"]);
    let problems = problems_after(|v| remove(&mut v["clues"][2], "category"));
    assert_error(&problems, "clues[2].category", &["‘c3’", "‘achtergrond’"]);
    // Ambiguous clues may go without a category.
    let problems = problems_after(|v| remove(&mut v["clues"][4], "category"));
    assert!(!has_errors(&problems), "{}", list(&problems));
}

#[test]
fn clue_bouwstenen_rules() {
    let problems = problems_after(|v| v["clues"][0]["bouwstenen"] = json!([]));
    assert_error(&problems, "clues[0].bouwstenen", &["‘c1’"]);
    let problems = problems_after(|v| v["clues"][0]["bouwstenen"] = json!(["toegang", "toegang"]));
    assert_error(&problems, "clues[0].bouwstenen[1]", &["‘toegang’", "twee keer"]);
    let problems = problems_after(|v| v["clues"][0]["bouwstenen"] = json!(["toegang", "aanbod"]));
    assert_error(&problems, "clues[0].bouwstenen[1]", &["‘aanbod’", "bouwstenen van het mysterie"]);
}

#[test]
fn clue_perspectives_rules() {
    let problems = problems_after(|v| v["clues"][0]["perspectives"] = json!([]));
    assert_error(&problems, "clues[0].perspectives", &["‘c1’"]);
    let problems = problems_after(|v| v["clues"][1]["perspectives"] = json!(["juridisch", "juridisch"]));
    assert_error(&problems, "clues[1].perspectives[1]", &["‘juridisch’"]);
}

#[test]
fn clue_source_that_is_no_section_is_a_warning() {
    let problems = problems_after(|v| v["clues"][1]["source"] = json!("hoofdstuk 5"));
    assert_warning(&problems, "clues[1].source", &["‘hoofdstuk 5’"]);
    assert!(!has_errors(&problems), "{}", list(&problems));
}

// ---------------------------------------------------------------------------
// Categories.

#[test]
fn at_least_two_categories() {
    let problems = problems_after(|v| v["categories"].as_array_mut().unwrap().truncate(1));
    assert_error(&problems, "categories", &["1", "2"]);
}

#[test]
fn category_ids_unique_and_names_filled() {
    let problems = problems_after(|v| v["categories"][1]["id"] = json!("brieven"));
    assert_error(&problems, "categories[1].id", &["‘brieven’", "categories[0]"]);
    let problems = problems_after(|v| v["categories"][1]["id"] = json!(""));
    assert_error(&problems, "categories[1].id", &["leeg"]);
    let problems = problems_after(|v| v["categories"][0]["name"] = json!(""));
    assert_error(&problems, "categories[0].name", &["‘brieven’"]);
}

#[test]
fn unused_category_is_a_warning() {
    let problems =
        problems_after(|v| v["categories"].as_array_mut().unwrap().push(json!({"id": "geld", "name": "Geld"})));
    assert_warning(&problems, "categories[2]", &["‘geld’"]);
    assert!(!has_errors(&problems), "{}", list(&problems));
}

// ---------------------------------------------------------------------------
// Solution.

#[test]
fn solution_summary_must_be_filled() {
    let problems = problems_after(|v| v["solution"]["summary"] = json!(""));
    assert_error(&problems, "solution.summary", &["leeg"]);
}

#[test]
fn key_clue_rules() {
    let problems = problems_after(|v| v["solution"]["key_clues"] = json!(["c1"]));
    assert_error(&problems, "solution.key_clues", &["1", "minstens 2"]);
    let problems = problems_after(|v| v["solution"]["key_clues"][1] = json!("c99"));
    assert_error(&problems, "solution.key_clues[1]", &["‘c99’", "bestaat niet"]);
    let problems = problems_after(|v| v["solution"]["key_clues"].as_array_mut().unwrap().push(json!("c1")));
    assert_error(&problems, "solution.key_clues[3]", &["‘c1’", "twee keer"]);
    let problems = problems_after(|v| v["solution"]["key_clues"].as_array_mut().unwrap().push(json!("c3")));
    assert_error(&problems, "solution.key_clues[3]", &["‘c3’", "‘achtergrond’", "kernaanwijzingen"]);
}

#[test]
fn every_key_clue_is_listed() {
    let problems = problems_after(|v| v["solution"]["key_clues"] = json!(["c1", "c2"]));
    assert_error(&problems, "clues[5].relevance", &["‘c6’", "niet bij de kernaanwijzingen"]);
}

#[test]
fn chain_rules() {
    let problems = problems_after(|v| v["solution"]["chains"] = json!([]));
    assert_error(&problems, "solution.chains", &["minstens één"]);
    let problems = problems_after(|v| v["solution"]["chains"][0]["from"] = json!("c42"));
    assert_error(&problems, "solution.chains[0].from", &["‘c42’"]);
    let problems = problems_after(|v| v["solution"]["chains"][1]["to"] = json!("c42"));
    assert_error(&problems, "solution.chains[1].to", &["‘c42’"]);
    let problems = problems_after(|v| v["solution"]["chains"][1]["to"] = json!("c1"));
    assert_error(&problems, "solution.chains[1].to", &["‘c1’", "dezelfde"]);
    let problems = problems_after(|v| v["solution"]["chains"][1]["to"] = json!("c4"));
    assert_error(&problems, "solution.chains[1].to", &["‘c4’", "dwaalspoor"]);
    let problems = problems_after(|v| v["solution"]["chains"][1]["why"] = json!(""));
    assert_warning(&problems, "solution.chains[1].why", &["‘c1’", "‘c6’"]);
}

#[test]
fn concept_rules() {
    let problems = problems_after(|v| v["solution"]["concepts"][0]["label"] = json!(" "));
    assert_error(&problems, "solution.concepts[0].label", &["label"]);
    let problems = problems_after(|v| v["solution"]["concepts"][0]["words"] = json!([]));
    assert_error(&problems, "solution.concepts[0].words", &["‘Begrijpelijke taal’"]);
    let problems = problems_after(|v| v["solution"]["concepts"][0]["words"] = json!(["", " "]));
    assert_error(&problems, "solution.concepts[0].words", &["‘Begrijpelijke taal’"]);
    let problems = problems_after(|v| v["solution"]["concepts"][0]["words"] = json!(["taal", ""]));
    assert_warning(&problems, "solution.concepts[0].words[1]", &["leeg"]);
    assert!(!has_errors(&problems), "{}", list(&problems));
}

#[test]
fn top_solo_level_out_of_reach_is_a_warning() {
    // Without c1 the key clues miss the social perspective.
    let problems = problems_after(|v| v["clues"][0]["perspectives"] = json!(["juridisch"]));
    assert_warning(&problems, "solution.key_clues", &["sociaal"]);
    assert!(!has_errors(&problems), "{}", list(&problems));
    // All key clues about one bouwsteen.
    let problems = problems_after(|v| v["clues"][1]["bouwstenen"] = json!(["toegang"]));
    assert_warning(&problems, "solution.key_clues", &["1 bouwsteen", "minstens 2"]);
    // No chain between two key clues.
    let problems = problems_after(|v| {
        v["solution"]["chains"] = json!([{"from": "c3", "to": "c1", "why": "Drukte aan de telefoon."}])
    });
    assert_warning(&problems, "solution.chains", &["kernaanwijzingen"]);
    assert!(!has_errors(&problems), "{}", list(&problems));
}

// ---------------------------------------------------------------------------
// Hints, reflection, debrief, role actions, sources.

#[test]
fn hint_rules() {
    let problems = problems_after(|v| v["hints"][1]["id"] = json!("h1"));
    assert_error(&problems, "hints[1].id", &["‘h1’", "hints[0]"]);
    let problems = problems_after(|v| v["hints"][0]["phase"] = json!("intro"));
    assert_error(&problems, "hints[0].phase", &["‘intro’", "onderzoeken, ordenen of oplossen"]);
    let problems = problems_after(|v| v["hints"][0]["phase"] = json!("reflecteren"));
    assert_error(&problems, "hints[0].phase", &["‘reflecteren’"]);
    let problems = problems_after(|v| v["hints"][0]["text"] = json!(""));
    assert_error(&problems, "hints[0].text", &["‘h1’"]);
    let problems = problems_after(|v| v["hints"][0]["cost"] = json!(51));
    assert_error(&problems, "hints[0].cost", &["51", "50"]);
    let problems = problems_after(|v| v["hints"][0]["cost"] = json!(50));
    assert_no_problem_at(&problems, "hints[0].cost");
    // Hints are optional.
    let problems = problems_after(|v| remove(v, "hints"));
    assert!(!has_errors(&problems), "{}", list(&problems));
}

#[test]
fn reflection_rules() {
    let problems = problems_after(|v| v["reflection"]["statements"] = json!([]));
    assert_error(&problems, "reflection.statements", &["stelling"]);
    let problems = problems_after(|v| v["reflection"]["questions"] = json!([]));
    assert_error(&problems, "reflection.questions", &["vraag"]);
    let problems = problems_after(|v| v["reflection"]["statements"][1]["id"] = json!("s1"));
    assert_error(&problems, "reflection.statements[1].id", &["‘s1’"]);
    let problems = problems_after(|v| v["reflection"]["questions"][1]["id"] = json!("q1"));
    assert_error(&problems, "reflection.questions[1].id", &["‘q1’"]);
    // Ids only need to be unique within one list.
    let problems = problems_after(|v| v["reflection"]["questions"][0]["id"] = json!("s1"));
    assert!(!has_errors(&problems), "{}", list(&problems));
    let problems = problems_after(|v| v["reflection"]["statements"][0]["text"] = json!(""));
    assert_error(&problems, "reflection.statements[0].text", &["‘s1’"]);
    let problems = problems_after(|v| v["reflection"]["questions"][1]["text"] = json!(""));
    assert_error(&problems, "reflection.questions[1].text", &["‘q2’"]);
}

#[test]
fn debrief_rules() {
    let problems = problems_after(|v| v["debrief"]["paragraphs"] = json!([]));
    assert_error(&problems, "debrief.paragraphs", &["alinea"]);
    let problems = problems_after(|v| v["debrief"]["paragraphs"][0] = json!(""));
    assert_error(&problems, "debrief.paragraphs[0]", &["leeg"]);
    let problems = problems_after(|v| v["debrief"]["discussion_questions"] = json!([]));
    assert_error(&problems, "debrief.discussion_questions", &["vraag"]);
    let problems = problems_after(|v| v["debrief"]["discussion_questions"][0] = json!(" "));
    assert_error(&problems, "debrief.discussion_questions[0]", &["leeg"]);
}

#[test]
fn role_actions_rules() {
    let problems = problems_after(|v| v["role_actions"].as_array_mut().unwrap().truncate(3));
    assert_error(&problems, "role_actions", &["‘bestuurder’", "ontbreekt"]);
    let problems = problems_after(|v| {
        let extra = v["role_actions"][0].clone();
        v["role_actions"].as_array_mut().unwrap().push(extra)
    });
    assert_error(&problems, "role_actions[4].role", &["‘uitvoeringsprofessional’", "role_actions[0]"]);
    let problems = problems_after(|v| v["role_actions"][2]["actions"] = json!([]));
    assert_error(&problems, "role_actions[2].actions", &["‘leidinggevende’"]);
    let problems = problems_after(|v| v["role_actions"][1]["actions"][0]["text"] = json!(""));
    assert_error(&problems, "role_actions[1].actions[0].text", &["actie"]);
}

#[test]
fn source_rules() {
    let problems = problems_after(|v| v["sources"][0]["section"] = json!("hoofdstuk 2"));
    assert_error(&problems, "sources[0].section", &["‘hoofdstuk 2’", "2.7"]);
    let problems = problems_after(|v| v["sources"][0]["section"] = json!("2."));
    assert_error(&problems, "sources[0].section", &["‘2.’"]);
    let problems = problems_after(|v| v["sources"][0]["title"] = json!(""));
    assert_error(&problems, "sources[0].title", &["titel"]);
    assert!(is_valid_section("11") && is_valid_section("2.7") && is_valid_section("2.7.1"));
    assert!(!is_valid_section("") && !is_valid_section(".2") && !is_valid_section("2..7") && !is_valid_section("§2"));
}

#[test]
fn very_long_text_is_an_error() {
    // Issue #17: a 1.5 MB text was "speelbaar" with a warning. See tests/limits.rs.
    let problems = problems_after(|v| v["case"]["paragraphs"][0] = json!("a".repeat(5001)));
    assert_error(&problems, "case.paragraphs[0]", &["5001", "5000"]);
    let problems = problems_after(|v| v["clues"][2]["text"] = json!("é".repeat(5000)));
    assert_no_problem_at(&problems, "clues[2].text");
}

// ---------------------------------------------------------------------------
// The library.

fn library_value() -> Value {
    let entry = LibraryEntry::for_scenario(&scenario(), "minimaal-mysterie.json");
    json!({ "format_version": 1, "mysteries": [entry] })
}

fn library_problems(mutate: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut value = library_value();
    mutate(&mut value);
    parse_library(&value.to_string()).expect_err("should not parse")
}

#[test]
fn valid_library_parses() {
    let library: Library = parse_library(&library_value().to_string()).expect("valid");
    assert_eq!(library.mysteries.len(), 1);
    assert!(validate_library(&library).is_empty());
}

#[test]
fn library_with_a_duplicate_id() {
    let problems = library_problems(|v| {
        let mut second = v["mysteries"][0].clone();
        second["file"] = json!("ander.json");
        v["mysteries"].as_array_mut().unwrap().push(second);
    });
    assert_error(&problems, "mysteries[1].id", &["‘minimaal-mysterie’", "mysteries[0]"]);
}

#[test]
fn library_file_must_be_a_plain_json_file_name() {
    for (file, needle) in [
        ("../x.json", "map"),
        ("sub/x.json", "map"),
        ("sub\\x.json", "map"),
        ("x.txt", ".json"),
        ("", "leeg"),
        ("index.json", "geen mysterie"),
    ] {
        let problems = library_problems(|v| v["mysteries"][0]["file"] = json!(file));
        assert_error(&problems, "mysteries[0].file", &[needle]);
        if !file.is_empty() {
            assert_error(&problems, "mysteries[0].file", &[&format!("‘{file}’")]);
        }
    }
    let problems = library_problems(|v| {
        let mut second = v["mysteries"][0].clone();
        second["id"] = json!("tweede");
        v["mysteries"].as_array_mut().unwrap().push(second);
    });
    assert_error(&problems, "mysteries[1].file", &["‘minimaal-mysterie.json’", "mysteries[0]"]);
}

#[test]
fn library_entry_id_and_title() {
    let problems = library_problems(|v| v["mysteries"][0]["id"] = json!("Mijn Mysterie"));
    assert_error(&problems, "mysteries[0].id", &["‘Mijn Mysterie’"]);
    let problems = library_problems(|v| v["mysteries"][0]["title"] = json!(""));
    assert_error(&problems, "mysteries[0].title", &["titel"]);
}

#[test]
fn library_reading_errors() {
    let problems = parse_library("{\"format_version\": 1,\n \"mysteries\": [}").expect_err("broken");
    assert!(problems[0].message.contains("regel 2, kolom"), "{}", list(&problems));
    let problems = library_problems(|v| remove(v, "format_version"));
    assert_error(&problems, "format_version", &["ontbreekt"]);
    let problems = library_problems(|v| v["format_version"] = json!(2));
    assert_error(&problems, "format_version", &["maak de app bij"]);
    let problems = library_problems(|v| v["format_version"] = json!(0));
    assert_error(&problems, "format_version", &["0"]);
    let problems = library_problems(|v| v["mysteries"][0]["main_bouwsteen"] = json!("hoofd"));
    assert_error(&problems, "mysteries[0].main_bouwsteen", &["‘hoofd’", "toegang"]);
    let problems = library_problems(|v| v["mysteries"][0]["extra"] = json!(1));
    assert_error(&problems, "mysteries[0].extra", &["‘extra’"]);
}

#[test]
fn entry_matches_its_scenario() {
    let s = scenario();
    let entry = LibraryEntry::for_scenario(&s, "minimaal-mysterie.json");
    assert!(check_entry_matches(&entry, &s).is_empty());

    let mut changed = entry.clone();
    changed.title = "Andere titel".into();
    changed.duration_minutes = 90;
    changed.group_size.max = 8;
    let problems = check_entry_matches(&changed, &s);
    assert_error(&problems, "title", &["‘Andere titel’", "‘De brief van de gemeente’"]);
    assert_error(&problems, "duration_minutes", &["‘90’", "‘30’"]);
    assert_error(&problems, "group_size", &["max 8", "max 5"]);
    assert_eq!(problems.len(), 3, "{}", list(&problems));
    assert_eq!(problems[0].clone().prefixed("mysteries[0]").path, "mysteries[0].title");

    let mut changed = entry.clone();
    changed.bouwstenen.pop();
    changed.main_bouwsteen = mysterie::domain::scenario::Bouwsteen::Aanbod;
    let problems = check_entry_matches(&changed, &s);
    assert_error(&problems, "bouwstenen", &["bejegening"]);
    assert_error(&problems, "main_bouwsteen", &["‘aanbod’", "‘toegang’"]);

    let mut changed = entry;
    changed.id = "ander".into();
    changed.file = "ander.json".into();
    let problems = check_entry_matches(&changed, &s);
    assert_error(&problems, "id", &["‘ander’", "‘minimaal-mysterie’"]);
    assert_error(&problems, "file", &["‘ander.json’", "minimaal-mysterie.json"]);
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
// Samen spelen: player roles, deal_to, audio, phase_minutes.

/// The fixture with two player roles, a pinned card, an audio file and minutes per phase.
fn with_samen_spelen(value: &mut Value) {
    value["player_roles"] =
        json!([{ "id": "inwoner", "name": "Inwoner" }, { "id": "klantmanager", "name": "Klantmanager" }]);
    value["clues"][0]["deal_to"] = json!("klantmanager");
    value["clues"][1]["audio"] = json!("audio/c2-brief.mp3");
    value["phase_minutes"] = json!({ "onderzoeken": 10, "resultaat": 5 });
}

#[test]
fn samen_spelen_fields_are_optional_and_valid_when_filled_in() {
    let problems = problems_after(with_samen_spelen);
    assert!(!has_errors(&problems), "{}", list(&problems));
    for path in ["player_roles", "clues[0].deal_to", "clues[1].audio", "phase_minutes"] {
        assert_no_problem_at(&problems, path);
    }
    let mut value = fixture();
    with_samen_spelen(&mut value);
    let parsed = parse_scenario(&value.to_string()).expect("valid");
    assert_eq!(parsed.player_roles.len(), 2);
    assert_eq!(parsed.clues[0].deal_to.as_deref(), Some("klantmanager"));
    assert_eq!(parsed.clues[1].audio.as_deref(), Some("audio/c2-brief.mp3"));
    assert_eq!(parsed.phase_minutes.get(Phase::Onderzoeken), Some(10));
    // A file without them writes none of them back.
    let written = serde_json::to_string(&scenario()).unwrap();
    for field in ["player_roles", "deal_to", "audio", "phase_minutes"] {
        assert!(!written.contains(field), "{field} in {written}");
    }
}

#[test]
fn a_card_for_a_role_that_does_not_exist_is_an_error() {
    let problems = problems_after(|v| {
        with_samen_spelen(v);
        v["clues"][2]["deal_to"] = json!("wethouder");
    });
    assert_error(&problems, "clues[2].deal_to", &["‘wethouder’", "‘c3’", "‘inwoner’, ‘klantmanager’"]);

    let problems = problems_after(|v| v["clues"][0]["deal_to"] = json!("inwoner"));
    assert_error(&problems, "clues[0].deal_to", &["‘inwoner’", "geen rollen in player_roles"]);
}

#[test]
fn player_roles_need_a_good_unique_id_and_a_name() {
    let problems = problems_after(|v| {
        v["player_roles"] = json!([
            { "id": "inwoner", "name": "Inwoner" },
            { "id": "inwoner", "name": "Nog een inwoner" },
            { "id": "Klant Manager", "name": "Klantmanager" },
            { "id": "buur", "name": "  " }
        ]);
    });
    assert_error(&problems, "player_roles[1].id", &["‘inwoner’", "player_roles[0]"]);
    assert_error(&problems, "player_roles[2].id", &["‘Klant Manager’", "‘klant-manager’"]);
    assert_error(&problems, "player_roles[3].name", &["‘buur’", "naam"]);
    assert_no_problem_at(&problems, "player_roles[0].id");
}

#[test]
fn an_audio_file_must_be_a_sound_file_inside_mysteries() {
    for good in ["c1.mp3", "audio/c1.ogg", "audio/ronde-1/C1_brief.OPUS", "a.m4a", "a.wav", "a.webm", "a.oga"] {
        let problems = problems_after(|v| v["clues"][0]["audio"] = json!(good));
        assert_no_problem_at(&problems, "clues[0].audio");
    }
    for bad in [
        "",
        "../geheim.mp3",
        "/etc/a.mp3",
        "https://example.org/a.mp3",
        "audio//a.mp3",
        "a.txt",
        "a",
        "a b.mp3",
        "./a.mp3",
    ] {
        let problems = problems_after(|v| v["clues"][0]["audio"] = json!(bad));
        assert_error(&problems, "clues[0].audio", &["geluidsbestand", "‘c1’", "mp3"]);
    }
}

#[test]
fn phase_minutes_must_be_possible_and_fit_the_duration() {
    let problems = problems_after(|v| v["phase_minutes"] = json!({ "intro": 0, "ordenen": 500 }));
    assert_error(&problems, "phase_minutes.intro", &["0 minuten"]);
    assert_error(&problems, "phase_minutes.ordenen", &["500 minuten", "240"]);

    // The fixture plays 30 minutes.
    let problems = problems_after(|v| v["phase_minutes"] = json!({ "onderzoeken": 20, "ordenen": 15 }));
    assert_warning(&problems, "phase_minutes", &["samen 35", "duration_minutes: 30"]);
    assert!(!has_errors(&problems), "{}", list(&problems));

    let problem = shape_error(|v| v["phase_minutes"] = json!({ "pauze": 5 }));
    assert!(problem.path.starts_with("phase_minutes"), "{}", problem.describe());
    assert!(problem.message.contains("pauze"), "{}", problem.describe());
}

// ---------------------------------------------------------------------------
// For the trainer: session plans and the facilitator sheet.

fn full_plan(minutes: u32) -> Value {
    // 10% intro, 30% onderzoeken, 20% ordenen, 15% oplossen, 15% reflecteren, 10% resultaat.
    let m = minutes;
    json!({ "minutes": m, "phases": {
        "intro": m / 10, "onderzoeken": m * 3 / 10, "ordenen": m / 5,
        "oplossen": m * 3 / 20, "reflecteren": m * 3 / 20, "resultaat": m - (m / 10 + m * 3 / 10 + m / 5 + 2 * (m * 3 / 20))
    }})
}

fn full_sheet() -> Value {
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

#[test]
fn complete_session_plans_and_sheet_give_no_problem() {
    let problems = problems_after(|v| {
        v["session_plans"] = json!([full_plan(60), full_plan(90)]);
        v["facilitator"] = full_sheet();
    });
    for path in ["session_plans", "facilitator"] {
        assert!(!problems.iter().any(|p| p.path.starts_with(path)), "{}", list(&problems));
    }
    let mut value = fixture();
    value["session_plans"] = json!([full_plan(60)]);
    value["facilitator"] = full_sheet();
    let parsed = parse_scenario(&value.to_string()).unwrap_or_else(|p| panic!("{}", list(&p)));
    assert_eq!(parsed.session_plans[0].minutes, 60);
    assert_eq!(parsed.facilitator.expect("a sheet").example_answers.len(), 4);
}

#[test]
fn a_session_plan_sets_every_phase_and_adds_up_to_its_minutes() {
    let problems = problems_after(|v| {
        v["session_plans"] = json!([
            { "minutes": 60, "phases": { "intro": 5, "onderzoeken": 20 } },
            { "minutes": 60, "phases": { "intro": 5, "onderzoeken": 20, "ordenen": 10, "oplossen": 10, "reflecteren": 10, "resultaat": 10 } },
            { "minutes": 5, "phases": { "intro": 1, "onderzoeken": 1, "ordenen": 1, "oplossen": 1, "reflecteren": 0, "resultaat": 1 } }
        ]);
    });
    assert_error(
        &problems,
        "session_plans[0].phases",
        &["ordenen", "oplossen", "reflecteren", "resultaat", "elke fase"],
    );
    assert_error(&problems, "session_plans[1].phases", &["samen 65 minuten", "60 minuten"]);
    assert_warning(&problems, "session_plans[1].minutes", &["al een sessieplan van 60 minuten", "session_plans[0]"]);
    assert_error(&problems, "session_plans[2].minutes", &["5 minuten", "10 tot en met 240"]);
    assert_error(&problems, "session_plans[2].phases.reflecteren", &["0 minuten"]);
}

#[test]
fn probes_point_at_real_clues_and_every_ambiguous_clue_has_one() {
    let problems = problems_after(|v| {
        let mut sheet = full_sheet();
        sheet["probes"] = json!([
            { "clue": "bestaat-niet", "question": "Waarom?" },
            { "clue": "c1", "question": "  " },
            { "clue": "c1", "question": "Nog een vraag?" }
        ]);
        v["facilitator"] = sheet;
    });
    assert_error(&problems, "facilitator.probes[0].clue", &["‘bestaat-niet’", "bestaat niet"]);
    assert_error(&problems, "facilitator.probes[1].question", &["‘c1’", "leeg"]);
    assert_warning(&problems, "facilitator.probes[2].clue", &["‘c1’", "facilitator.probes[1]"]);
    // c5 is the fixture's ambiguous clue.
    assert_warning(&problems, "facilitator.probes", &["Twijfelkaart ‘c5’", "doorvraag"]);
    assert!(!has_errors(&problems_after(|v| {
        let mut sheet = full_sheet();
        sheet["probes"] = json!([]);
        v["facilitator"] = sheet;
    })));
}

#[test]
fn example_answers_one_per_solo_level_from_one_to_four() {
    let problems = problems_after(|v| {
        let mut sheet = full_sheet();
        sheet["example_answers"] = json!([
            { "level": 0, "text": "Geen idee." },
            { "level": 2, "text": "Twee losse kaarten." },
            { "level": 2, "text": "Nog een keer twee." },
            { "level": 5, "text": "Te hoog." },
            { "level": 3, "text": "" }
        ]);
        v["facilitator"] = sheet;
    });
    assert_error(&problems, "facilitator.example_answers[0].level", &["Niveau 0", "1, 2, 3 of 4"]);
    assert_error(&problems, "facilitator.example_answers[2].level", &["niveau 2", "facilitator.example_answers[1]"]);
    assert_error(&problems, "facilitator.example_answers[3].level", &["Niveau 5"]);
    assert_error(&problems, "facilitator.example_answers[4].text", &["niveau 3", "leeg"]);
    assert_warning(&problems, "facilitator.example_answers", &["niveau 1, 4"]);
}

#[test]
fn the_script_follows_the_phases_and_nothing_on_the_sheet_is_empty() {
    let problems = problems_after(|v| {
        let mut sheet = full_sheet();
        sheet["learning_goals"] = json!(["Goed doel.", " "]);
        sheet["script"] = json!([
            { "phase": "ordenen", "text": "Laat sorteren." },
            { "phase": "intro", "text": "Lees de casus voor." },
            { "phase": "resultaat", "text": "" }
        ]);
        sheet["misconceptions"] = json!([{ "belief": "", "response": "" }]);
        v["facilitator"] = sheet;
    });
    assert_error(&problems, "facilitator.learning_goals[1]", &["leerdoel", "leeg"]);
    assert_no_problem_at(&problems, "facilitator.learning_goals[0]");
    assert_error(&problems, "facilitator.script[1].phase", &["Stap 2", "Intro", "stap 1", "Ordenen", "volgorde"]);
    assert_no_problem_at(&problems, "facilitator.script[2].phase");
    assert_error(&problems, "facilitator.script[2].text", &["Stap 3", "Resultaat"]);
    assert_error(&problems, "facilitator.misconceptions[0].belief", &["misvatting"]);
    assert_error(&problems, "facilitator.misconceptions[0].response", &["reactie"]);

    let empty = problems_after(|v| {
        v["facilitator"] =
            json!({ "learning_goals": [], "script": [], "probes": [], "misconceptions": [], "example_answers": [] });
    });
    assert_warning(&empty, "facilitator.learning_goals", &["leerdoelen"]);
    assert_warning(&empty, "facilitator.script", &["stappen"]);
    assert!(!has_errors(&empty), "{}", list(&empty));
}

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

#[test]
fn a_portrait_colour_outside_the_colour_circle_is_an_error() {
    let problems = problems_after(|v| v["characters"][0]["portrait_hue"] = json!(400));
    assert_error(&problems, "characters[0].portrait_hue", &["tussen 0 en 359"]);
    let fine = problems_after(|v| v["characters"][0]["portrait_hue"] = json!(270));
    assert!(!has_errors(&fine), "{}", list(&fine));
}
