//! Actions per role: every one of the four roles once, each with actions.

use crate::domain::scenario::{Role, Scenario};
use crate::domain::text::{json_name, quote};

use super::check::Check;

pub(super) fn check_role_actions(c: &mut Check, s: &Scenario) {
    let mut seen: Vec<(Role, usize)> = Vec::new();
    for (i, ra) in s.role_actions.iter().enumerate() {
        let p = format!("role_actions[{i}]");
        let role = quote(&json_name(&ra.role));
        if let Some(&(_, first)) = seen.iter().find(|(r, _)| *r == ra.role) {
            c.error(
                format!("{p}.role"),
                format!("Rol {role} staat er twee keer (ook bij role_actions[{first}]). Zet alle acties voor deze rol in één blok."),
            );
        } else {
            seen.push((ra.role, i));
        }
        if ra.actions.is_empty() {
            c.error(format!("{p}.actions"), format!("Rol {role} heeft geen acties. Voeg minstens één actie toe."));
        }
        for (k, action) in ra.actions.iter().enumerate() {
            c.filled(
                format!("{p}.actions[{k}].text"),
                &action.text,
                "Deze actie heeft geen tekst. Schrijf op wat iemand in deze rol kan doen.",
            );
        }
    }
    for role in Role::ALL {
        if !seen.iter().any(|(r, _)| *r == role) {
            c.error(
                "role_actions",
                format!(
                    "De rol {} ontbreekt. Geef acties voor alle vier de rollen: uitvoeringsprofessional, beleidsmedewerker, leidinggevende en bestuurder.",
                    quote(&json_name(&role))
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    use serde_json::json;

    #[test]
    fn every_role_once() {
        let mut s = scenario();
        let first = s.role_actions[0].clone();
        s.role_actions[1] = first;
        let problems = run(check_role_actions, &s);
        assert!(at(&problems, "role_actions[1].role").message.contains("twee keer"));
        assert!(at(&problems, "role_actions").message.contains("ontbreekt"));
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
}
