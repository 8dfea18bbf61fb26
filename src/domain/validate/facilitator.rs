//! The facilitator sheet (draaiboek): learning goals, the script in game
//! order, probes per card, misconceptions and an example answer per SOLO level.

use std::collections::HashMap;

use crate::domain::scenario::{Phase, Relevance, Scenario};
use crate::domain::text::quote;

use super::check::{first_seen, Check};

/// The SOLO levels an example answer can be written for (level 0 is "no explanation yet").
pub const EXAMPLE_ANSWER_LEVELS: std::ops::RangeInclusive<u8> = 1..=4;

pub(super) fn check_facilitator(c: &mut Check, s: &Scenario) {
    let Some(f) = &s.facilitator else { return };

    if f.learning_goals.is_empty() {
        c.warning(
            "facilitator.learning_goals",
            "Er staan geen leerdoelen op het draaiboek. Schrijf in 2 tot 5 korte zinnen wat deelnemers leren.",
        );
    }
    for (i, goal) in f.learning_goals.iter().enumerate() {
        c.filled(
            format!("facilitator.learning_goals[{i}]"),
            goal,
            "Dit leerdoel is leeg. Schrijf het leerdoel op, of haal het weg.",
        );
    }

    if f.script.is_empty() {
        c.warning(
            "facilitator.script",
            "Het draaiboek heeft nog geen stappen. Schrijf per fase wat de trainer zegt en doet.",
        );
    }
    let mut previous: Option<(usize, Phase)> = None;
    for (i, step) in f.script.iter().enumerate() {
        let p = format!("facilitator.script[{i}]");
        c.filled(
            format!("{p}.text"),
            &step.text,
            format!(
                "Stap {} ({}) heeft geen tekst. Schrijf op wat de trainer zegt of doet.",
                i + 1,
                step.phase.label()
            ),
        );
        if let Some((j, before)) = previous {
            if step.phase < before {
                c.error(
                    format!("{p}.phase"),
                    format!(
                        "Stap {} gaat over {}, maar staat na stap {} over {}. Zet de stappen in de volgorde van \
                         het spel: {}.",
                        i + 1,
                        step.phase.label(),
                        j + 1,
                        before.label(),
                        Phase::ALL.iter().map(|p| p.label()).collect::<Vec<_>>().join(", ")
                    ),
                );
            }
        }
        if previous.is_none_or(|(_, before)| step.phase >= before) {
            previous = Some((i, step.phase));
        }
    }

    let mut probed: HashMap<&str, usize> = HashMap::new();
    for (i, probe) in f.probes.iter().enumerate() {
        let p = format!("facilitator.probes[{i}]");
        match s.clue(&probe.clue) {
            None => c.error(
                format!("{p}.clue"),
                if probe.clue.trim().is_empty() {
                    "Bij deze doorvraag staat geen kaart. Kies het id van een aanwijzing.".to_string()
                } else {
                    format!(
                        "Kaart {} bestaat niet. Kies het id van een aanwijzing uit de lijst (clues).",
                        quote(&probe.clue)
                    )
                },
            ),
            Some(clue) => {
                if let Some(first) = first_seen(&mut probed, &probe.clue, i) {
                    c.warning(
                        format!("{p}.clue"),
                        format!(
                            "Kaart {} heeft al een doorvraag (facilitator.probes[{first}]). Zet beide vragen in één doorvraag.",
                            quote(&clue.id)
                        ),
                    );
                }
            }
        }
        c.filled(
            format!("{p}.question"),
            &probe.question,
            format!("De doorvraag bij kaart {} is leeg. Schrijf de vraag op.", quote(&probe.clue)),
        );
    }
    for clue in s.clues.iter().filter(|clue| clue.relevance == Relevance::Ambiguous) {
        if !probed.contains_key(clue.id.as_str()) {
            c.warning(
                "facilitator.probes",
                format!(
                    "Twijfelkaart {} ({}) heeft geen doorvraag. Schrijf een vraag waarmee de trainer het gesprek \
                     over deze kaart opent.",
                    quote(&clue.id),
                    clue.title
                ),
            );
        }
    }

    for (i, m) in f.misconceptions.iter().enumerate() {
        let p = format!("facilitator.misconceptions[{i}]");
        c.filled(format!("{p}.belief"), &m.belief, "Deze misvatting is leeg. Schrijf op wat deelnemers vaak denken.");
        c.filled(
            format!("{p}.response"),
            &m.response,
            "Bij deze misvatting staat geen reactie. Schrijf op wat de trainer dan zegt of vraagt.",
        );
    }

    let mut levels: HashMap<u8, usize> = HashMap::new();
    for (i, answer) in f.example_answers.iter().enumerate() {
        let p = format!("facilitator.example_answers[{i}]");
        if !EXAMPLE_ANSWER_LEVELS.contains(&answer.level) {
            c.error(
                format!("{p}.level"),
                format!("Niveau {} bestaat niet. Een voorbeeldantwoord hoort bij niveau 1, 2, 3 of 4.", answer.level),
            );
        } else if let Some(first) = levels.get(&answer.level) {
            c.error(
                format!("{p}.level"),
                format!(
                    "Er is al een voorbeeldantwoord voor niveau {} (facilitator.example_answers[{first}]). \
                     Schrijf één voorbeeld per niveau.",
                    answer.level
                ),
            );
        } else {
            levels.insert(answer.level, i);
        }
        c.filled(
            format!("{p}.text"),
            &answer.text,
            format!("Het voorbeeldantwoord voor niveau {} is leeg. Schrijf het antwoord op.", answer.level),
        );
    }
    let missing: Vec<String> =
        EXAMPLE_ANSWER_LEVELS.filter(|l| !levels.contains_key(l)).map(|l| l.to_string()).collect();
    if !missing.is_empty() {
        c.warning(
            "facilitator.example_answers",
            format!(
                "Er ontbreekt een voorbeeldantwoord voor niveau {}. Schrijf bij elk niveau van 1 tot en met 4 \
                 één voorbeeld: dan kan de trainer een antwoord vergelijken.",
                missing.join(", ")
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::domain::validate::*;
    use serde_json::json;

    #[test]
    fn no_sheet_no_advice_and_an_empty_sheet_gets_advice() {
        assert_eq!(run(check_facilitator, &scenario()), Vec::new());
        let mut s = scenario();
        s.facilitator = Some(
            serde_json::from_value(serde_json::json!({"learning_goals": [], "script": []})).expect("an empty sheet"),
        );
        let problems = run(check_facilitator, &s);
        assert!(!at(&problems, "facilitator.learning_goals").is_error());
        assert!(at(&problems, "facilitator.probes").message.contains("Twijfelkaart ‘c5’"));
        assert!(at(&problems, "facilitator.example_answers").message.contains("1, 2, 3, 4"));
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
        assert_error(
            &problems,
            "facilitator.example_answers[2].level",
            &["niveau 2", "facilitator.example_answers[1]"],
        );
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
            v["facilitator"] = json!({ "learning_goals": [], "script": [], "probes": [], "misconceptions": [], "example_answers": [] });
        });
        assert_warning(&empty, "facilitator.learning_goals", &["leerdoelen"]);
        assert_warning(&empty, "facilitator.script", &["stappen"]);
        assert!(!has_errors(&empty), "{}", list(&empty));
    }
}
