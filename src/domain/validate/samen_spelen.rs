//! Samen spelen: player roles, cards dealt to a role, audio files, minutes per phase.

use std::collections::HashMap;

use crate::domain::scenario::{Phase, Scenario};
use crate::domain::text::{json_name, quote, quote_list};

use super::check::{first_seen, Check};
use super::header::DURATION_MINUTES;

/// Sound files a browser can play, by extension.
pub const AUDIO_EXTENSIONS: [&str; 7] = ["mp3", "ogg", "oga", "opus", "m4a", "wav", "webm"];
/// Most minutes one phase can be given in `phase_minutes`.
pub const MAX_PHASE_MINUTES: u32 = 240;

/// Whether `file` is a safe file name inside `mysteries/`: letters, digits,
/// `-`, `_`, `.` and `/` between folder names; no `..`, no address, no leading
/// `/`; ending in a sound extension from [`AUDIO_EXTENSIONS`].
pub fn is_valid_audio_file(file: &str) -> bool {
    let safe_chars = file.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/'));
    let safe_parts = file.split('/').all(|part| !part.is_empty() && part != "." && part != "..");
    let extension = file.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase());
    !file.is_empty()
        && file.len() <= 200
        && safe_chars
        && safe_parts
        && extension.is_some_and(|ext| AUDIO_EXTENSIONS.contains(&ext.as_str()))
}

pub(super) fn check_samen_spelen(c: &mut Check, s: &Scenario) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, role) in s.player_roles.iter().enumerate() {
        let p = format!("player_roles[{i}]");
        c.id(&format!("{p}.id"), &role.id, "deze rol");
        if !role.id.is_empty() {
            if let Some(first) = first_seen(&mut seen, &role.id, i) {
                c.error(
                    format!("{p}.id"),
                    format!(
                        "Id {} is al gebruikt door player_roles[{first}]. Geef elke rol een eigen id.",
                        quote(&role.id)
                    ),
                );
            }
        }
        c.filled(
            format!("{p}.name"),
            &role.name,
            format!("Rol {} heeft geen naam. Vul een naam in die spelers kiezen, zoals ‘Inwoner’.", quote(&role.id)),
        );
    }

    for (i, clue) in s.clues.iter().enumerate() {
        let p = format!("clues[{i}]");
        if let Some(role) = &clue.deal_to {
            if !s.player_roles.iter().any(|r| r.id == *role) {
                let known: Vec<&str> = s.player_roles.iter().map(|r| r.id.as_str()).collect();
                let fix = if known.is_empty() {
                    "Er staan nog geen rollen in player_roles. Voeg de rol daar toe, of haal deal_to weg.".to_string()
                } else {
                    format!("Kies een rol uit player_roles ({}), of haal deal_to weg.", quote_list(&known))
                };
                c.error(
                    format!("{p}.deal_to"),
                    format!(
                        "Kaart {} gaat naar rol {}, maar die rol bestaat niet. {fix}",
                        quote(&clue.id),
                        quote(role)
                    ),
                );
            }
        }
        if let Some(file) = &clue.audio {
            if !is_valid_audio_file(file) {
                c.error(
                    format!("{p}.audio"),
                    format!(
                        "Het geluidsbestand {} van kaart {} kan niet. Schrijf de naam van een bestand in de map mysteries, \
                         zoals ‘audio/brief.mp3’: zonder ‘..’, zonder adres en eindigend op {}.",
                        quote(file),
                        quote(&clue.id),
                        AUDIO_EXTENSIONS.join(", ")
                    ),
                );
            }
        }
    }

    let mut total = 0u32;
    for phase in Phase::ALL {
        let Some(minutes) = s.phase_minutes.get(phase) else { continue };
        let path = format!("phase_minutes.{}", json_name(&phase));
        if minutes == 0 {
            c.error(path, "0 minuten kan niet. Kies 1 minuut of meer, of haal deze fase weg uit phase_minutes.");
        } else if minutes > MAX_PHASE_MINUTES {
            c.error(
                path,
                format!("{minutes} minuten voor één fase is te veel. Kies hoogstens {MAX_PHASE_MINUTES} minuten."),
            );
        }
        total = total.saturating_add(minutes);
    }
    if total > s.duration_minutes && DURATION_MINUTES.contains(&s.duration_minutes) {
        c.warning(
            "phase_minutes",
            format!(
                "De minuten per fase zijn samen {total}. Dat is meer dan de speelduur (duration_minutes: {}). \
                 Maak de fases korter of maak de speelduur langer.",
                s.duration_minutes
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::domain::validate::*;
    use serde_json::{json, Value};

    #[test]
    fn audio_files_stay_inside_the_folder() {
        assert!(is_valid_audio_file("audio/brief.mp3"));
        for bad in ["../geheim.mp3", "/audio/a.mp3", "https://x.nl/a.mp3", "a.exe", "audio//a.mp3"] {
            assert!(!is_valid_audio_file(bad), "{bad}");
        }
    }

    #[test]
    fn a_card_goes_to_a_known_role_and_phases_fit_the_time() {
        let mut s = scenario();
        s.clues[0].deal_to = Some("onbekend".into());
        *s.phase_minutes.minutes_mut(Phase::Onderzoeken) = Some(0);
        let problems = run(check_samen_spelen, &s);
        assert!(at(&problems, "clues[0].deal_to").message.contains("nog geen rollen"));
        assert!(at(&problems, "phase_minutes.onderzoeken").message.contains("0 minuten"));
    }

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
}
