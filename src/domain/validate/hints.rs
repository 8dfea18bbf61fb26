//! Hints: unique ids, a phase that allows hints, a text and a cost in range.

use crate::domain::scenario::Scenario;
use crate::domain::text::{json_name, quote};

use super::check::Check;

/// Highest `cost` of a hint.
pub const MAX_HINT_COST: u32 = 50;

pub(super) fn check_hints(c: &mut Check, s: &Scenario) {
    c.unique_ids("hints", s.hints.iter().map(|h| h.id.as_str()), "hint");
    for (i, hint) in s.hints.iter().enumerate() {
        let p = format!("hints[{i}]");
        if !hint.phase.allows_hints() {
            c.error(
                format!("{p}.phase"),
                format!(
                    "Een hint kan alleen in de fase onderzoeken, ordenen of oplossen. Nu staat er {}. Kies een van die drie.",
                    quote(&json_name(&hint.phase))
                ),
            );
        }
        c.filled(
            format!("{p}.text"),
            &hint.text,
            format!("Hint {} heeft geen tekst. Schrijf de hint op.", quote(&hint.id)),
        );
        if hint.cost > MAX_HINT_COST {
            c.error(
                format!("{p}.cost"),
                format!(
                    "Hint {} kost {} punten. Dat is te veel: kies 0 tot en met {MAX_HINT_COST}.",
                    quote(&hint.id),
                    hint.cost
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::domain::scenario::Phase;
    use crate::domain::validate::*;
    use serde_json::json;

    #[test]
    fn a_hint_has_a_hint_phase_and_a_cost_in_range() {
        let mut s = scenario();
        s.hints[0].phase = Phase::Reflecteren;
        s.hints[1].cost = MAX_HINT_COST + 1;
        s.hints[1].id = s.hints[0].id.clone();
        let problems = run(check_hints, &s);
        assert!(at(&problems, "hints[0].phase").message.contains("‘reflecteren’"));
        assert!(at(&problems, "hints[1].cost").message.contains("51 punten"));
        assert!(at(&problems, "hints[1].id").message.contains("twee keer"));
    }

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
}
