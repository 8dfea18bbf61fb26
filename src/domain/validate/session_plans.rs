//! Ready-made session plans: one per length, every phase given minutes that
//! add up to the session.

use std::collections::HashMap;

use crate::domain::scenario::{Phase, Scenario};
use crate::domain::text::json_name;

use super::check::Check;
use super::header::DURATION_MINUTES;
use super::samen_spelen::MAX_PHASE_MINUTES;

pub(super) fn check_session_plans(c: &mut Check, s: &Scenario) {
    let mut seen: HashMap<u32, usize> = HashMap::new();
    for (i, plan) in s.session_plans.iter().enumerate() {
        let p = format!("session_plans[{i}]");
        if !DURATION_MINUTES.contains(&plan.minutes) {
            c.error(
                format!("{p}.minutes"),
                format!(
                    "Een sessie van {} minuten kan niet. Kies {} tot en met {} minuten.",
                    plan.minutes,
                    DURATION_MINUTES.start(),
                    DURATION_MINUTES.end()
                ),
            );
        } else if let Some(first) = seen.get(&plan.minutes) {
            c.warning(
                format!("{p}.minutes"),
                format!(
                    "Er is al een sessieplan van {} minuten (session_plans[{first}]). Maak één plan per lengte.",
                    plan.minutes
                ),
            );
        } else {
            seen.insert(plan.minutes, i);
        }
        let mut total = 0u32;
        let mut missing = Vec::new();
        for phase in Phase::ALL {
            let path = format!("{p}.phases.{}", json_name(&phase));
            match plan.phases.get(phase) {
                None => missing.push(phase.label().to_lowercase()),
                Some(0) => c.error(path, "0 minuten kan niet. Geef elke fase minstens 1 minuut."),
                Some(m) if m > MAX_PHASE_MINUTES => c.error(
                    path,
                    format!("{m} minuten voor één fase is te veel. Kies hoogstens {MAX_PHASE_MINUTES} minuten."),
                ),
                Some(m) => total = total.saturating_add(m),
            }
        }
        if !missing.is_empty() {
            c.error(
                format!("{p}.phases"),
                format!(
                    "In dit sessieplan ontbreekt de tijd voor {}. Geef in een sessieplan elke fase minuten.",
                    missing.join(", ")
                ),
            );
        } else if total != plan.minutes && DURATION_MINUTES.contains(&plan.minutes) {
            c.error(
                format!("{p}.phases"),
                format!(
                    "De fases zijn samen {total} minuten, maar de sessie duurt {} minuten. \
                     Maak de fases samen precies zo lang als de sessie.",
                    plan.minutes
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::domain::validate::*;
    use serde_json::json;

    #[test]
    fn a_plan_gives_every_phase_minutes() {
        let mut s = scenario();
        let mut plan: crate::domain::scenario::SessionPlan =
            serde_json::from_value(serde_json::json!({"minutes": 60, "phases": {"intro": 5}})).expect("a plan");
        s.session_plans.push(plan.clone());
        plan.minutes = 5;
        s.session_plans.push(plan);
        let problems = run(check_session_plans, &s);
        assert!(at(&problems, "session_plans[0].phases").message.contains("ontbreekt de tijd voor"));
        assert!(at(&problems, "session_plans[1].minutes").message.contains("5 minuten"));
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
        assert_warning(
            &problems,
            "session_plans[1].minutes",
            &["al een sessieplan van 60 minuten", "session_plans[0]"],
        );
        assert_error(&problems, "session_plans[2].minutes", &["5 minuten", "10 tot en met 240"]);
        assert_error(&problems, "session_plans[2].phases.reflecteren", &["0 minuten"]);
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
}
