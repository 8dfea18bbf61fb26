//! Limits that protect the main thread and the reader (issue #17): the
//! number of clues and the length of texts and titles are validation errors
//! with a Dutch message; sizes over a limit never read as the limit itself;
//! the `id` and `created` of a result are checked as docs/results-format.md
//! says. Speed itself is measured by `cargo bench --bench engine`
//! (docs/performance.md), never asserted here.

use mysterie::domain::results::{self, parse_result};
use mysterie::domain::validate::{
    check_scenario, human_size, size_over_limit, Problem, Severity, MAX_CLUES, MAX_SCENARIO_BYTES, MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
};
use serde_json::{json, Value};

const FIXTURE: &str = include_str!("fixtures/engine.json");

fn fixture() -> Value {
    serde_json::from_str(FIXTURE).expect("the fixture is JSON")
}

fn problems(value: &Value) -> Vec<Problem> {
    check_scenario(&serde_json::to_string(value).expect("serialisable")).1
}

fn error_at<'a>(problems: &'a [Problem], path: &str) -> Option<&'a Problem> {
    problems.iter().find(|p| p.path == path && p.severity == Severity::Error)
}

/// The fixture with plain extra clues until it has `n`.
fn with_clues(n: usize) -> Value {
    let mut value = fixture();
    let clues = value["clues"].as_array_mut().unwrap();
    let mut i = 0;
    // Short clues, so 13,000 of them stay under the 2 MB file limit.
    while clues.len() < n {
        clues.push(json!({
            "id": format!("x{i}"),
            "kind": "fact",
            "title": format!("F{i}"),
            "text": "Kort.",
            "relevance": "ambiguous",
            "bouwstenen": [],
            "perspectives": [],
        }));
        i += 1;
    }
    value
}

#[test]
fn thirteen_thousand_clues_are_an_error_and_the_limit_itself_is_not() {
    let value = with_clues(13_000);
    assert!(serde_json::to_string(&value).unwrap().len() < MAX_SCENARIO_BYTES, "under the file limit");
    let huge = problems(&value);
    let problem = error_at(&huge, "clues").expect("an error at clues");
    assert!(problem.message.contains("13000 aanwijzingen"), "{}", problem.message);
    assert!(problem.message.contains(&format!("hoogstens {MAX_CLUES}")), "{}", problem.message);

    let at_limit = problems(&with_clues(MAX_CLUES));
    assert!(error_at(&at_limit, "clues").is_none(), "{at_limit:?}");
    let over = problems(&with_clues(MAX_CLUES + 1));
    assert!(error_at(&over, "clues").is_some());
}

#[test]
fn a_huge_title_is_an_error_not_a_warning() {
    let mut value = fixture();
    value["title"] = json!("T".repeat(1_500_000));
    let found = problems(&value);
    let problem = error_at(&found, "title").expect("an error at title");
    assert!(problem.message.contains(&format!("hoogstens {MAX_TITLE_CHARS} tekens")), "{}", problem.message);

    let mut value = fixture();
    value["clues"][1]["title"] = json!("x".repeat(MAX_TITLE_CHARS + 1));
    assert!(error_at(&problems(&value), "clues[1].title").is_some());
    value["clues"][1]["title"] = json!("x".repeat(MAX_TITLE_CHARS));
    assert!(error_at(&problems(&value), "clues[1].title").is_none());
}

#[test]
fn a_text_over_the_limit_is_an_error() {
    let mut value = fixture();
    value["clues"][0]["text"] = json!("woord ".repeat(MAX_TEXT_CHARS / 6 + 1));
    let found = problems(&value);
    let problem = error_at(&found, "clues[0].text").expect("an error at the clue text");
    assert!(problem.message.contains(&format!("hoogstens {MAX_TEXT_CHARS} tekens")), "{}", problem.message);
    value["clues"][0]["text"] = json!("a".repeat(MAX_TEXT_CHARS));
    assert!(error_at(&problems(&value), "clues[0].text").is_none());
}

#[test]
fn a_size_just_over_a_limit_never_reads_as_the_limit() {
    assert_eq!(human_size(MAX_SCENARIO_BYTES), "2 MB");
    assert_eq!(size_over_limit(2_097_211, MAX_SCENARIO_BYTES), "iets meer dan 2 MB");
    assert_eq!(size_over_limit(3 * 1024 * 1024, MAX_SCENARIO_BYTES), "3 MB");
    assert_eq!(size_over_limit(2_300_000, MAX_SCENARIO_BYTES), "2,2 MB");
    // The file message itself.
    let text = format!("{FIXTURE}{}", " ".repeat(2_097_211 - FIXTURE.len()));
    let (_, found) = check_scenario(&text);
    let message = &found[0].message;
    assert!(message.contains("te groot: iets meer dan 2 MB (2097211 bytes)"), "{message}");
    assert!(message.contains("De grens is 2 MB"), "{message}");
    // A result file just over 1 MB: the same reading step, so the same words.
    let huge = format!("{{\"x\": \"{}\"}}", "a".repeat(results::MAX_RESULT_BYTES));
    let message = parse_result(&huge).unwrap_err().message;
    assert!(message.contains("te groot: iets meer dan 1 MB (1048585 bytes)"), "{message}");
    assert!(message.contains("De grens is 1 MB"), "{message}");
}

/// A real result file (from a link of the version-1 fixture), with `id` or
/// `created` changed.
fn result_with(field: &str, value: Value) -> Result<results::TeamResult, Problem> {
    let result = results::from_link_payload(include_str!("fixtures/result-link-v1.txt")).unwrap();
    let mut json: Value = serde_json::from_str(&results::to_json(&result)).unwrap();
    json[field] = value;
    parse_result(&json.to_string())
}

#[test]
fn a_result_id_is_sixteen_hex_digits() {
    assert!(result_with("id", json!("0123456789abcdef")).is_ok());
    for bad in ["", "123", "0123456789ABCDEF", "0123456789abcdeg", "0123456789abcdef0", "<script>alert(1)</s>"] {
        let problem = result_with("id", json!(bad)).expect_err(bad);
        assert_eq!(problem.path, "id", "{bad}");
        assert!(problem.message.contains("16 tekens"), "{}", problem.message);
    }
}

#[test]
fn a_result_date_is_an_iso_date_and_time_with_offset() {
    for good in
        ["2025-05-14T10:31:00+02:00", "2025-05-14T10:31:00Z", "2025-12-31T23:59:59.123-05:30", "2025-05-14T10:31+01:00"]
    {
        assert!(result_with("created", json!(good)).is_ok(), "{good}");
    }
    for bad in [
        "",
        "gisteren",
        "2025-05-14",
        "2025-05-14T10:31:00",
        "2025-13-14T10:31:00+02:00",
        "2025-05-14T25:31:00+02:00",
        "2025-05-14T10:31:00+2",
        "14-05-2025T10:31:00+02:00",
    ] {
        let problem = result_with("created", json!(bad)).expect_err(bad);
        assert_eq!(problem.path, "created", "{bad}");
        assert!(problem.message.contains("2025-05-14T10:31:00+02:00"), "{}", problem.message);
    }
}
