//! The people of a mystery: ids, names, roles, portrait colour, the
//! organisation of an uitvoerder, and whether each one says anything.

use std::collections::{HashMap, HashSet};

use crate::domain::scenario::{CharacterKind, Scenario};
use crate::domain::text::quote;

use super::check::{first_seen, Check};

pub(super) fn check_characters(c: &mut Check, s: &Scenario) {
    let speakers: HashSet<&str> = s.clues.iter().filter_map(|clue| clue.speaker.as_deref()).collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, ch) in s.characters.iter().enumerate() {
        let p = format!("characters[{i}]");
        c.id(&format!("{p}.id"), &ch.id, "deze persoon");
        if !ch.id.is_empty() {
            if let Some(first) = first_seen(&mut seen, &ch.id, i) {
                c.error(
                    format!("{p}.id"),
                    format!(
                        "Id {} is al gebruikt door characters[{first}]. Geef elke persoon een eigen id.",
                        quote(&ch.id)
                    ),
                );
            }
        }
        c.filled(
            format!("{p}.name"),
            &ch.name,
            format!("De naam van persoon {} is leeg. Vul een naam in, zoals ‘mevrouw Jansen’.", quote(&ch.id)),
        );
        c.filled(
            format!("{p}.role"),
            &ch.role,
            format!(
                "De rol van persoon {} is leeg. Schrijf kort wie dit is, zoals ‘schuldhulpverlener’ of ‘moeder van twee kinderen’.",
                quote(&ch.id)
            ),
        );
        if let Some(hue) = ch.portrait_hue.filter(|h| *h >= 360) {
            c.error(
                format!("{p}.portrait_hue"),
                format!(
                    "De kleur van het portret van {} is {hue}. Kies een kleur tussen 0 en 359 (graden op de kleurencirkel), \
                     of laat de app kiezen.",
                    quote(&ch.name)
                ),
            );
        }
        if ch.kind == CharacterKind::Uitvoerder && ch.organisation.as_deref().is_none_or(|o| o.trim().is_empty()) {
            c.error(
                format!("{p}.organisation"),
                format!(
                    "Persoon {} is een uitvoerder (kind: uitvoerder). Vul bij organisation in waar deze persoon werkt, zoals ‘Gemeente Rivierstad’.",
                    quote(&ch.id)
                ),
            );
        }
        if !speakers.contains(ch.id.as_str()) {
            c.warning(
                p,
                format!(
                    "Persoon {} zegt niets: deze persoon vertelt op geen enkele kaart (‘Wie vertelt dit?’). \
                     Laat de persoon iets zeggen of haal de persoon weg.",
                    quote(&ch.id)
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
    fn an_uitvoerder_needs_an_organisation_and_a_hue_stays_on_the_circle() {
        let mut s = scenario();
        s.characters[1].organisation = None;
        s.characters[0].portrait_hue = Some(360);
        let problems = run(check_characters, &s);
        assert!(at(&problems, "characters[1].organisation").message.contains("uitvoerder"));
        assert!(at(&problems, "characters[0].portrait_hue").message.contains("0 en 359"));
    }

    #[test]
    fn a_person_who_says_nothing_is_a_warning() {
        let mut s = scenario();
        s.clues.iter_mut().for_each(|clue| clue.speaker = None);
        let problems = run(check_characters, &s);
        assert!(!at(&problems, "characters[0]").is_error());
    }

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

    #[test]
    fn a_portrait_colour_outside_the_colour_circle_is_an_error() {
        let problems = problems_after(|v| v["characters"][0]["portrait_hue"] = json!(400));
        assert_error(&problems, "characters[0].portrait_hue", &["tussen 0 en 359"]);
        let fine = problems_after(|v| v["characters"][0]["portrait_hue"] = json!(270));
        assert!(!has_errors(&fine), "{}", list(&fine));
    }
}
