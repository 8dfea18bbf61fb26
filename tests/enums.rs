//! Every domain enum the screens use has `ALL` (each value once, every value)
//! and `as_str()` (its JSON spelling), so a view never types a value's name
//! itself. `ALL` is checked against serde's own list of variants: the message
//! for an unknown one names them all, so a new variant left out of `ALL` or
//! spelled differently in `as_str` fails here.

use std::fmt::Debug;

use mysterie::domain::scenario::{
    Bouwsteen, CharacterKind, ClueKind, Perspective, Phase, QuestionTopic, Relevance, Role, Sorting,
};
use mysterie::domain::scoring::SoloLevel;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// The variant names serde knows for `E`, from its "unknown variant" message.
fn serde_variants<E: DeserializeOwned + Debug>() -> Vec<String> {
    let error = serde_json::from_value::<E>(Value::String("no such variant".into())).expect_err("not a variant");
    let message = error.to_string();
    // "expected `a`", "expected `a` or `b`" or "expected one of `a`, `b`, `c`".
    let (_, list) = message.split_once(", expected ").unwrap_or_else(|| panic!("{message}"));
    list.split('`').skip(1).step_by(2).map(str::to_string).collect()
}

fn check<E>(all: &[E], as_str: fn(E) -> &'static str)
where
    E: Copy + PartialEq + Debug + Serialize + DeserializeOwned,
{
    let names: Vec<&str> = all.iter().map(|e| as_str(*e)).collect();
    let mut sorted_names = names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    sorted_names.sort();
    let mut known = serde_variants::<E>();
    known.sort();
    assert_eq!(sorted_names, known, "ALL of {} against serde", std::any::type_name::<E>());
    for value in all {
        let name = as_str(*value);
        assert_eq!(serde_json::to_value(value).unwrap(), Value::String(name.to_string()), "{value:?}");
        assert_eq!(serde_json::from_value::<E>(Value::String(name.to_string())).unwrap(), *value, "{name}");
    }
}

#[test]
fn all_and_as_str_round_trip_with_serde() {
    check(&Bouwsteen::ALL, Bouwsteen::as_str);
    check(&Perspective::ALL, Perspective::as_str);
    check(&CharacterKind::ALL, CharacterKind::as_str);
    check(&ClueKind::ALL, ClueKind::as_str);
    check(&Relevance::ALL, Relevance::as_str);
    check(&Sorting::ALL, Sorting::as_str);
    check(&Phase::ALL, Phase::as_str);
    check(&QuestionTopic::ALL, QuestionTopic::as_str);
    check(&Role::ALL, Role::as_str);
    check(&SoloLevel::ALL, SoloLevel::as_str);
}

#[test]
fn labels_are_there_for_every_value_and_differ() {
    fn distinct<E: Copy>(all: &[E], label: fn(E) -> &'static str) {
        let mut labels: Vec<&str> = all.iter().map(|e| label(*e)).collect();
        assert!(labels.iter().all(|l| !l.trim().is_empty()));
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(labels.len(), all.len());
    }
    distinct(&Bouwsteen::ALL, Bouwsteen::label);
    distinct(&Perspective::ALL, Perspective::label);
    distinct(&CharacterKind::ALL, CharacterKind::label);
    distinct(&ClueKind::ALL, ClueKind::label);
    distinct(&Relevance::ALL, Relevance::label);
    distinct(&Relevance::ALL, Relevance::explained);
    distinct(&Sorting::ALL, Sorting::label);
    distinct(&Phase::ALL, Phase::label);
    distinct(&QuestionTopic::ALL, QuestionTopic::label);
    distinct(&Role::ALL, Role::label);
    distinct(&SoloLevel::ALL, SoloLevel::label);
}

#[test]
fn a_card_s_class_follows_its_kind_and_speaker() {
    assert_eq!(ClueKind::Voice.card_class(Some(CharacterKind::Inwoner)), "voice-inwoner");
    assert_eq!(ClueKind::Voice.card_class(Some(CharacterKind::Uitvoerder)), "voice-uitvoerder");
    assert_eq!(ClueKind::Voice.card_class(None), "voice-uitvoerder", "unknown speaker: as before");
    assert_eq!(ClueKind::Document.card_class(Some(CharacterKind::Inwoner)), "document");
    assert_eq!(ClueKind::Fact.card_class(None), "fact");
}
