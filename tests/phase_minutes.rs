//! `PhaseMinutes` is one slot per [`Phase`], with serde and the JSON Schema
//! written from `Phase::ALL`. These tests hold it to the derived struct with
//! one field per phase that it replaced (copied below as `old::PhaseMinutes`):
//! the same JSON out, the same values and the same serde errors in (so the
//! validator's Dutch messages and paths stay the same), and no field code to
//! write for a new phase.

use mysterie::domain::scenario::{Phase, PhaseMinutes, Scenario};
use serde_json::{json, Value};

/// The struct as it was before it became a map keyed by phase (format version 1),
/// with its old name, since serde's messages name the struct.
mod old {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct PhaseMinutes {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub intro: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub onderzoeken: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ordenen: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub oplossen: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reflecteren: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub resultaat: Option<u32>,
    }

    impl PhaseMinutes {
        pub fn as_array(&self) -> [Option<u32>; 6] {
            [self.intro, self.onderzoeken, self.ordenen, self.oplossen, self.reflecteren, self.resultaat]
        }
    }
}

fn as_array(m: &PhaseMinutes) -> [Option<u32>; 6] {
    Phase::ALL.map(|p| m.get(p))
}

/// Texts a trainer's file may hold at `phase_minutes`, good and bad.
const INPUTS: &[&str] = &[
    r#"{}"#,
    r#"{"onderzoeken": 25, "resultaat": 15}"#,
    r#"{"resultaat": 15, "intro": 0, "onderzoeken": 25}"#,
    r#"{"intro": 5, "onderzoeken": 15, "ordenen": 10, "oplossen": 5, "reflecteren": 5, "resultaat": 5}"#,
    r#"{"intro": null, "ordenen": 7}"#,
    r#"{"Intro": 5}"#,
    r#"{"onderzoek": 5}"#,
    r#"{"intro": 5, "intro": 6}"#,
    r#"{"intro": "5"}"#,
    r#"{"intro": -1}"#,
    r#"{"intro": 4294967296}"#,
    r#"{"intro": 2.5}"#,
    r#"{"intro": 5,}"#,
    r#"{"intro" 5}"#,
    r#""intro""#,
    r#"5"#,
    r#"null"#,
    r#"[]"#,
    r#"[5]"#,
    r#"[5, null, 7]"#,
    r#"[1, 2, 3, 4, 5, 6]"#,
    r#"[1, 2, 3, 4, 5, 6, 7]"#,
    r#"["5"]"#,
    r#"{"intro": {}}"#,
    r#"{"intro": [1]}"#,
    r#"{"intro": 5, "x": 1, "intro": 6}"#,
];

#[test]
fn reading_gives_the_same_values_and_the_same_errors_as_the_old_struct() {
    for text in INPUTS {
        let new = serde_json::from_str::<PhaseMinutes>(text);
        let old = serde_json::from_str::<old::PhaseMinutes>(text);
        match (&new, &old) {
            (Ok(new), Ok(old)) => assert_eq!(as_array(new), old.as_array(), "{text}"),
            (Err(new), Err(old)) => assert_eq!(new.to_string(), old.to_string(), "{text}"),
            _ => panic!("{text}: now {new:?}, before {old:?}"),
        }
    }
}

#[test]
fn old_json_round_trips_unchanged() {
    for text in INPUTS {
        let Ok(old) = serde_json::from_str::<old::PhaseMinutes>(text) else { continue };
        let new: PhaseMinutes = serde_json::from_str(text).expect("the old struct read it");
        assert_eq!(serde_json::to_string(&new).unwrap(), serde_json::to_string(&old).unwrap(), "{text}");
        assert_eq!(serde_json::to_string_pretty(&new).unwrap(), serde_json::to_string_pretty(&old).unwrap());
        let again: PhaseMinutes = serde_json::from_str(&serde_json::to_string(&new).unwrap()).unwrap();
        assert_eq!(again, new);
    }
}

#[test]
fn the_bundled_mysteries_write_their_minutes_back_unchanged() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("mysteries");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".json") || name.contains("schema") || name == "index.json" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let raw: Value = serde_json::from_str(&text).unwrap();
        let scenario: Scenario = serde_json::from_str(&text).unwrap();
        let written = serde_json::to_value(&scenario).unwrap();
        assert_eq!(written.get("phase_minutes"), raw.get("phase_minutes"), "{name}");
        assert_eq!(written.get("session_plans"), raw.get("session_plans"), "{name}");
        seen += usize::from(raw.get("phase_minutes").is_some());
    }
    assert!(seen > 0, "at least one bundled mystery sets phase_minutes");
}

#[test]
fn every_phase_has_its_own_field_named_by_its_serde_name() {
    // Written over Phase::ALL: a new phase is covered without touching this test.
    for (i, phase) in Phase::ALL.into_iter().enumerate() {
        assert_eq!(phase.index(), i, "{phase:?}");
        let name = serde_json::to_value(phase).unwrap();
        assert_eq!(name, json!(phase.as_str()));
        let one = PhaseMinutes::default().with(phase, 7);
        assert_eq!(serde_json::to_value(one).unwrap(), json!({ phase.as_str(): 7 }));
        assert_eq!(serde_json::from_value::<PhaseMinutes>(json!({ phase.as_str(): 7 })).unwrap(), one);
        for other in Phase::ALL {
            assert_eq!(one.get(other), (other == phase).then_some(7), "{phase:?} set, {other:?} read");
        }
    }
    let all = PhaseMinutes::from_fn(|p| Some(p.index() as u32));
    assert_eq!(all.iter().map(|(p, _)| p).collect::<Vec<_>>(), Phase::ALL);
    let mut cleared = all;
    for phase in Phase::ALL {
        *cleared.minutes_mut(phase) = None;
    }
    assert!(cleared.is_empty());
}

#[test]
fn the_schema_lists_every_phase_and_nothing_else() {
    let schema = serde_json::to_value(schemars::schema_for!(PhaseMinutes)).unwrap();
    let properties = schema["properties"].as_object().expect("properties");
    let mut names: Vec<&str> = properties.keys().map(String::as_str).collect();
    names.sort_unstable();
    let mut phases: Vec<&str> = Phase::ALL.iter().map(|p| p.as_str()).collect();
    phases.sort_unstable();
    assert_eq!(names, phases);
    assert_eq!(schema["additionalProperties"], json!(false));
    assert_eq!(schema["type"], json!("object"));
}
