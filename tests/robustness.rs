//! No input can make the core panic: property tests (proptest) over every
//! parser and validator that reads outside data (mystery files, the library
//! index, saved games, result files, result links, member links) and over
//! any sequence of player commands into the engine and scoring.
//!
//! Inputs are arbitrary text and bytes, and structured mutations of valid
//! files (a node replaced by another type, a huge or negative number, a key
//! removed, an item duplicated, a value copied elsewhere), so the validator's
//! cross-reference checks see well-formed but nonsensical data. Case counts
//! are kept small so `cargo test` stays quick; raise PROPTEST_CASES to search
//! longer (e.g. `PROPTEST_CASES=5000 cargo test --release --test robustness`).

use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::Value;

use mysterie::domain::deal::MemberLink;
use mysterie::domain::game::{Command, Placement, Session, Team};
use mysterie::domain::results;
use mysterie::domain::saved;
use mysterie::domain::scenario::{Role, Scenario};
use mysterie::domain::scoring;
use mysterie::domain::validate;

const SCENARIO: &str = include_str!("fixtures/engine.json");
const MINIMAL: &str = include_str!("fixtures/minimal.json");
const LIBRARY: &str = include_str!("../mysteries/index.json");

/// Cases per property: PROPTEST_CASES if set, else `default`.
fn config(default: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    Config { cases, failure_persistence: None, ..Config::default() }
}

fn scenario() -> Scenario {
    validate::parse_scenario(SCENARIO).expect("the engine fixture is a valid scenario")
}

// ------------------------------------------------------------------ mutations

/// One step into a JSON value.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// The path of every node in `value` (the root is the empty path).
fn node_paths(value: &Value) -> Vec<Vec<Step>> {
    fn walk(value: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
        out.push(here.clone());
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    here.push(Step::Key(k.clone()));
                    walk(v, here, out);
                    here.pop();
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    here.push(Step::Index(i));
                    walk(v, here, out);
                    here.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, &mut Vec::new(), &mut out);
    out
}

fn node_mut<'a>(value: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.get_mut(k.as_str()),
        Step::Index(i) => v.get_mut(*i),
    })
}

/// What to do to one node.
#[derive(Debug, Clone)]
enum Edit {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
    EmptyArray,
    EmptyObject,
    /// Remove the node from its parent.
    Remove,
    /// Append a copy of the node to its parent array (or of its first item, for an array).
    Duplicate,
    /// Put a copy of another node (by index into the node list) here.
    CopyFrom(usize),
}

/// Strings that tend to matter: empty, blank, ids of the fixtures, long, odd characters.
fn interesting_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("   ".to_string()),
        Just("brief".to_string()),
        Just("communicatie".to_string()),
        Just("h-zoek-1".to_string()),
        Just("s-info".to_string()),
        Just("onderzoeken".to_string()),
        Just("x".repeat(70)),
        Just("é\u{0}\u{202e}🦀".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        any::<String>(),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        Just(Edit::Null),
        any::<bool>().prop_map(Edit::Bool),
        prop_oneof![
            Just(0i64),
            Just(-1),
            Just(1),
            Just(i64::MAX),
            Just(i64::MIN),
            Just(u32::MAX as i64 + 1),
            any::<i64>()
        ]
        .prop_map(Edit::Int),
        prop_oneof![Just(0.5f64), Just(-0.0), Just(1e300), any::<f64>().prop_filter("finite", |f| f.is_finite())]
            .prop_map(Edit::Float),
        interesting_text().prop_map(Edit::Text),
        Just(Edit::EmptyArray),
        Just(Edit::EmptyObject),
        Just(Edit::Remove),
        Just(Edit::Duplicate),
        any::<usize>().prop_map(Edit::CopyFrom),
    ]
}

/// Apply `edits` (each to the node `target % node count`) to a copy of `value`.
fn mutate(value: &Value, edits: &[(usize, Edit)]) -> Value {
    let mut value = value.clone();
    for (target, edit) in edits {
        let paths = node_paths(&value);
        let path = &paths[target % paths.len()];
        let replacement = match edit {
            Edit::Null => Some(Value::Null),
            Edit::Bool(b) => Some(Value::Bool(*b)),
            Edit::Int(i) => Some(Value::from(*i)),
            Edit::Float(f) => serde_json::Number::from_f64(*f).map(Value::Number),
            Edit::Text(t) => Some(Value::String(t.clone())),
            Edit::EmptyArray => Some(Value::Array(Vec::new())),
            Edit::EmptyObject => Some(Value::Object(Default::default())),
            Edit::CopyFrom(other) => {
                let from = &paths[other % paths.len()];
                node_mut(&mut value.clone(), from).map(|v| v.clone())
            }
            Edit::Remove | Edit::Duplicate => None,
        };
        if let Some(new) = replacement {
            if let Some(node) = node_mut(&mut value, path) {
                *node = new;
            }
            continue;
        }
        let Some((last, parent_path)) = path.split_last() else { continue };
        let Some(parent) = node_mut(&mut value, parent_path) else { continue };
        match (edit, parent, last) {
            (Edit::Remove, Value::Object(map), Step::Key(k)) => {
                map.remove(k);
            }
            (Edit::Remove, Value::Array(items), Step::Index(i)) if *i < items.len() => {
                items.remove(*i);
            }
            (Edit::Duplicate, Value::Array(items), Step::Index(i)) if *i < items.len() => {
                let copy = items[*i].clone();
                items.push(copy);
            }
            _ => {}
        }
    }
    value
}

fn edits() -> impl Strategy<Value = Vec<(usize, Edit)>> {
    prop::collection::vec((any::<usize>(), edit()), 1..6)
}

// ------------------------------------------------------------------ commands

/// Ids that exist in the engine fixture, plus ones that do not.
fn id() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "brief",
        "loket",
        "schuld",
        "folder",
        "karim-zegt",
        "termijn",
        "bezwaar",
        "communicatie",
        "toegang",
        "geld",
        "h-zoek-1",
        "h-zoek-2",
        "h-orden",
        "h-los",
        "s-info",
        "s-toegang",
        "s-toegang-omgekeerd",
        "s-bejegening",
        "q-praktijk",
        "q-samen",
        "",
        "bestaat-niet",
    ])
    .prop_map(str::to_string)
}

fn command() -> impl Strategy<Value = Command> {
    let placement = prop_oneof![Just(Placement::Aside), id().prop_map(Placement::Category)];
    let role = prop::sample::select(Role::ALL.to_vec());
    prop_oneof![
        4 => Just(Command::Advance),
        1 => Just(Command::Back),
        3 => id().prop_map(|clue| Command::Reveal { clue }),
        3 => Just(Command::RevealNext),
        1 => Just(Command::NextRound),
        1 => id().prop_map(|hint| Command::UseHint { hint }),
        4 => (id(), placement).prop_map(|(clue, placement)| Command::Place { clue, placement }),
        1 => id().prop_map(|clue| Command::Unplace { clue }),
        2 => id().prop_map(|clue| Command::ToggleKey { clue }),
        2 => (id(), id(), interesting_text()).prop_map(|(from, to, why)| Command::AddLink { from, to, why }),
        1 => interesting_text().prop_map(|name| Command::AddGroup { name }),
        1 => (id(), interesting_text()).prop_map(|(group, name)| Command::RenameGroup { group, name }),
        1 => id().prop_map(|group| Command::RemoveGroup { group }),
        1 => Just(Command::ShowGrouping),
        1 => Just(Command::AdoptGrouping),
        1 => (id(), id()).prop_map(|(from, to)| Command::RemoveLink { from, to }),
        2 => id().prop_map(|clue| Command::ToggleAnswerClue { clue }),
        2 => interesting_text().prop_map(|text| Command::SetAnswerText { text }),
        3 => (id(), any::<u8>()).prop_map(|(statement, value)| Command::SetStatement { statement, value }),
        1 => (id(), interesting_text()).prop_map(|(question, text)| Command::SetOpenAnswer { question, text }),
        1 => (role, interesting_text(), any::<bool>())
            .prop_map(|(role, action, chosen)| Command::ChooseAction { role, action, chosen }),
    ]
}

/// A good playthrough of the engine fixture, to start random commands from any phase.
fn good_play() -> Vec<Command> {
    let text = |s: &str| s.to_string();
    // Round 1 has five clues, round 2 two.
    let mut play = vec![Command::Advance];
    play.extend((0..5).map(|_| Command::RevealNext));
    play.push(Command::NextRound);
    play.extend((0..2).map(|_| Command::RevealNext));
    play.push(Command::Advance);
    for (clue, category) in [
        ("brief", "communicatie"),
        ("loket", "toegang"),
        ("schuld", "geld"),
        ("karim-zegt", "toegang"),
        ("termijn", "geld"),
        ("bezwaar", "communicatie"),
    ] {
        play.push(Command::Place { clue: text(clue), placement: Placement::Category(text(category)) });
    }
    play.push(Command::Place { clue: text("folder"), placement: Placement::Aside });
    play.push(Command::Advance);
    play.push(Command::ToggleAnswerClue { clue: text("brief") });
    play.push(Command::SetAnswerText {
        text: text("De brief was niet begrijpelijk voor haar, en daardoor liep de termijn voor bezwaar af."),
    });
    play.push(Command::Advance);
    for s in ["s-info", "s-toegang", "s-toegang-omgekeerd", "s-bejegening"] {
        play.push(Command::SetStatement { statement: text(s), value: 3 });
    }
    play.push(Command::Advance);
    play
}

// ------------------------------------------------------------------ properties

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn scenario_parser_survives_any_text(text in any::<String>()) {
        let _ = validate::parse_scenario(&text);
        let _ = validate::check_scenario(&text);
    }

    #[test]
    fn scenario_parser_survives_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = validate::parse_scenario(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn library_parser_survives_any_text(text in any::<String>()) {
        let _ = validate::parse_library(&text);
    }

    #[test]
    fn saved_game_decoder_survives_any_text(text in any::<String>()) {
        let _ = saved::decode(&text);
        let _ = saved::restore(&text, &scenario());
    }

    #[test]
    fn result_readers_survive_any_text(text in any::<String>()) {
        let _ = results::parse_result(&text);
        let _ = results::from_link_payload(&text);
        let _ = results::from_link_payload(&format!("1.{text}"));
        let _ = results::decode_list(&text);
        let _ = MemberLink::parse(&text);
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// Both fixtures, mutated: parsing and validating either works or reports problems.
    #[test]
    fn scenario_validator_survives_mutated_files(edits in edits(), minimal in any::<bool>()) {
        let valid: Value = serde_json::from_str(if minimal { MINIMAL } else { SCENARIO }).unwrap();
        let text = serde_json::to_string(&mutate(&valid, &edits)).unwrap();
        if let Ok(scenario) = validate::parse_scenario(&text) {
            // A mutation the validator accepts must also be playable: a session and a score.
            let session = Session::new(&scenario, Team { name: "T".into(), ..Team::default() });
            let outcome = scoring::score(&scenario, &session);
            let _ = results::build(&scenario, &session, &outcome, "2026-11-23T10:00:00Z");
        }
        let _ = validate::check_scenario(&text);
    }

    #[test]
    fn library_validator_survives_mutated_index(edits in edits()) {
        let valid: Value = serde_json::from_str(LIBRARY).unwrap();
        let _ = validate::parse_library(&serde_json::to_string(&mutate(&valid, &edits)).unwrap());
    }

    /// A saved game of any phase, mutated, then decoded and checked against the mystery.
    #[test]
    fn saved_game_survives_mutation(steps in 0usize..40, edits in edits()) {
        let scenario = scenario();
        let mut session = Session::new(&scenario, Team { name: "T".into(), ..Team::default() });
        for command in good_play().into_iter().take(steps) {
            let _ = session.apply(&scenario, command);
        }
        let valid: Value = serde_json::from_str(&saved::encode(&session)).unwrap();
        let text = serde_json::to_string(&mutate(&valid, &edits)).unwrap();
        if let Ok(restored) = saved::restore(&text, &scenario) {
            let _ = scoring::score(&scenario, &restored);
            let _ = restored.available(&scenario);
            let _ = restored.can_advance(&scenario);
        }
    }

    /// A finished game's result file and link, mutated, then read back.
    #[test]
    fn result_file_survives_mutation(edits in edits()) {
        let scenario = scenario();
        let mut session = Session::new(&scenario, Team { name: "T".into(), ..Team::default() });
        for command in good_play() {
            session.apply(&scenario, command).expect("the good play is accepted");
        }
        prop_assert_eq!(session.phase, mysterie::domain::scenario::Phase::Resultaat);
        let outcome = scoring::score(&scenario, &session);
        let result = results::build(&scenario, &session, &outcome, "2026-11-23T10:00:00Z");
        let valid: Value = serde_json::from_str(&results::to_json(&result)).unwrap();
        let text = serde_json::to_string(&mutate(&valid, &edits)).unwrap();
        if let Ok(read) = results::parse_result(&text) {
            let _ = results::to_link_payload(&read);
            let _ = results::to_csv(&[read]);
        }
    }

    /// Any commands, from any point of a good game: never a panic, refused
    /// commands change nothing, the score can always be computed, and the
    /// saved game reads back as the same session.
    #[test]
    fn engine_survives_any_commands(
        steps in 0usize..40,
        commands in prop::collection::vec(command(), 0..40),
    ) {
        let scenario = scenario();
        let mut session = Session::new(&scenario, Team { name: "T".into(), ..Team::default() });
        for command in good_play().into_iter().take(steps).chain(commands) {
            let before = session.clone();
            if session.apply(&scenario, command).is_err() {
                prop_assert_eq!(&session, &before, "a refused command changed the session");
            }
            let _ = scoring::score(&scenario, &session);
        }
        let outcome = scoring::score(&scenario, &session);
        let _ = results::build(&scenario, &session, &outcome, "2026-11-23T10:00:00Z");
        prop_assert_eq!(saved::restore(&saved::encode(&session), &scenario), Ok(session));
    }
}
