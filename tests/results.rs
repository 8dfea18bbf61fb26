//! The results format as a team and its trainer meet it: a finished game
//! becomes a result with every fact of the result screen, the chosen actions
//! survive in the session, the file, CSV and link round trips keep the data,
//! and a broken or foreign file gets one clear Dutch message.
//! Fixture: `tests/fixtures/engine.json`.

use mysterie::domain::game::{Command, GameError, Placement, Session, Team};
use mysterie::domain::results::{
    self, display_date, from_link_payload, parse_result, to_csv, to_json, to_link_payload, LinkError, SolutionLevel,
    TeamResult, MAX_LINK_CHARS, MAX_RESULT_BYTES, RESULTS_VERSION,
};
use mysterie::domain::results::{decode_list, TrainerResult};
use mysterie::domain::scenario::{Bouwsteen, Perspective, Phase, Role, Scenario};
use mysterie::domain::scoring::SoloLevel;
use mysterie::domain::{saved, scoring};

// ---------------------------------------------------------------- helpers

fn scenario() -> Scenario {
    serde_json::from_str(include_str!("fixtures/engine.json")).expect("the fixture is a valid scenario")
}

fn ok(session: &mut Session, s: &Scenario, command: Command) {
    let shown = format!("{command:?}");
    if let Err(e) = session.apply(s, command) {
        panic!("{shown} was refused: {}", e.message());
    }
}

fn team() -> Team {
    Team {
        name: "Team Oost".into(),
        members: vec!["Anna".into(), "Bram".into()],
        municipality: Some(" Rivierstad ".into()),
        organisation_type: Some("wijkteam".into()),
    }
}

/// A good game of the fixture, played to the result screen.
fn finished(s: &Scenario) -> Session {
    let mut session = Session::new(s, team());
    ok(&mut session, s, Command::Advance);
    for clue in ["brief", "loket", "schuld", "folder", "karim-zegt"] {
        ok(&mut session, s, Command::Reveal { clue: clue.into() });
    }
    ok(&mut session, s, Command::NextRound);
    for clue in ["termijn", "bezwaar"] {
        ok(&mut session, s, Command::Reveal { clue: clue.into() });
    }
    ok(&mut session, s, Command::Advance);
    for (clue, category) in [
        ("brief", "communicatie"),
        ("loket", "toegang"),
        ("schuld", "geld"),
        ("karim-zegt", "toegang"),
        ("termijn", "geld"),
        ("bezwaar", "communicatie"),
    ] {
        ok(&mut session, s, Command::Place { clue: clue.into(), placement: Placement::Category(category.into()) });
    }
    ok(&mut session, s, Command::Place { clue: "folder".into(), placement: Placement::Aside });
    for clue in ["brief", "loket", "termijn"] {
        ok(&mut session, s, Command::ToggleKey { clue: clue.into() });
    }
    ok(&mut session, s, Command::AddLink { from: "brief".into(), to: "loket".into(), why: String::new() });
    ok(&mut session, s, Command::AddLink { from: "termijn".into(), to: "loket".into(), why: String::new() });
    ok(&mut session, s, Command::Advance);
    for clue in ["brief", "loket", "termijn"] {
        ok(&mut session, s, Command::ToggleAnswerClue { clue: clue.into() });
    }
    let text = "De brief had moeilijke woorden, aan de balie hielp niemand, en zo kwam Sanne te laat voor de termijn.";
    ok(&mut session, s, Command::SetAnswerText { text: text.into() });
    ok(&mut session, s, Command::Advance);
    for (statement, value) in [("s-info", 2), ("s-toegang", 4), ("s-toegang-omgekeerd", 4), ("s-bejegening", 5)] {
        ok(&mut session, s, Command::SetStatement { statement: statement.into(), value });
    }
    ok(&mut session, s, Command::SetOpenAnswer { question: "q-praktijk".into(), text: "  Te veel brieven.  ".into() });
    ok(&mut session, s, Command::Advance);
    assert_eq!(session.phase, Phase::Resultaat);
    session
}

fn choose(role: Role, action: &str, chosen: bool) -> Command {
    Command::ChooseAction { role, action: action.into(), chosen }
}

fn result_of(s: &Scenario, session: &Session) -> TeamResult {
    results::build(s, session, &scoring::score(s, session), "2025-05-14T10:31:00+02:00")
}

fn finished_result() -> TeamResult {
    let s = scenario();
    let mut session = finished(&s);
    ok(&mut session, &s, choose(Role::Bestuurder, "Maak begrijpelijke brieven een doel.", true));
    ok(&mut session, &s, choose(Role::Uitvoeringsprofessional, "Wijs de weg naar bezwaar.", true));
    result_of(&s, &session)
}

fn problem(text: &str) -> (String, String) {
    match parse_result(text) {
        Ok(_) => panic!("expected a problem for {text:.80}"),
        Err(p) => (p.path, p.message),
    }
}

// ---------------------------------------------------------------- chosen actions (engine)

#[test]
fn a_team_ticks_and_unticks_actions_on_the_result_screen() {
    let s = scenario();
    let mut session = finished(&s);
    ok(&mut session, &s, choose(Role::Uitvoeringsprofessional, "Wijs de weg naar bezwaar.", true));
    ok(&mut session, &s, choose(Role::Uitvoeringsprofessional, "Neem de tijd aan de balie.", true));
    // Choosing twice is harmless.
    ok(&mut session, &s, choose(Role::Uitvoeringsprofessional, "Neem de tijd aan de balie.", true));
    let chosen = &session.chosen_actions[&Role::Uitvoeringsprofessional];
    assert_eq!(chosen.len(), 2);

    ok(&mut session, &s, choose(Role::Uitvoeringsprofessional, "Wijs de weg naar bezwaar.", false));
    ok(&mut session, &s, choose(Role::Uitvoeringsprofessional, "Neem de tijd aan de balie.", false));
    // Dropping one that was never chosen is harmless too; no empty role is kept.
    ok(&mut session, &s, choose(Role::Bestuurder, "Maak begrijpelijke brieven een doel.", false));
    assert!(session.chosen_actions.is_empty(), "{:?}", session.chosen_actions);
}

#[test]
fn choosing_an_action_is_refused_before_the_result_and_for_unknown_actions() {
    let s = scenario();
    let mut early = Session::new(&s, team());
    let before = early.clone();
    let error = early.apply(&s, choose(Role::Bestuurder, "Maak begrijpelijke brieven een doel.", true)).unwrap_err();
    assert_eq!(error, GameError::WrongPhase { phase: Phase::Intro });
    assert_eq!(early, before);

    let mut session = finished(&s);
    let before = session.clone();
    // The text exists, but for another role.
    let error = session.apply(&s, choose(Role::Bestuurder, "Wijs de weg naar bezwaar.", true)).unwrap_err();
    assert_eq!(error, GameError::UnknownAction("Wijs de weg naar bezwaar.".into()));
    assert!(error.message().contains("Wijs de weg naar bezwaar."), "{}", error.message());
    let error = session.apply(&s, choose(Role::Leidinggevende, "Iets anders", true)).unwrap_err();
    assert!(matches!(error, GameError::UnknownAction(_)));
    assert_eq!(session, before);
}

#[test]
fn chosen_actions_survive_a_reload_and_are_checked_against_the_mystery() {
    let s = scenario();
    let mut session = finished(&s);
    ok(&mut session, &s, choose(Role::Leidinggevende, "Plan genoeg mensen in aan de balie.", true));
    let text = saved::encode(&session);
    assert_eq!(saved::restore(&text, &s), Ok(session.clone()));

    let mut changed = s.clone();
    changed.role_actions.retain(|ra| ra.role != Role::Leidinggevende);
    match saved::restore(&text, &changed) {
        Err(saved::SavedError::Mismatch(why)) => assert!(why.contains("Plan genoeg mensen"), "{why}"),
        other => panic!("expected a mismatch, got {other:?}"),
    }
}

#[test]
fn a_saved_game_from_before_chosen_actions_still_loads() {
    let s = scenario();
    let session = finished(&s);
    let text = saved::encode(&session);
    assert!(!text.contains("chosen_actions"), "empty choices are not written: {text}");
    assert!(!text.contains("municipality\":null"), "{text}");
    assert_eq!(saved::decode(&text).unwrap().chosen_actions.len(), 0);
}

#[test]
fn municipality_and_organisation_type_are_tidied() {
    let s = scenario();
    let session = Session::new(&s, team());
    assert_eq!(session.team.municipality.as_deref(), Some("Rivierstad"));
    assert_eq!(session.team.organisation_type.as_deref(), Some("wijkteam"));
    let blank = Team { municipality: Some("   ".into()), organisation_type: Some(String::new()), ..team() };
    let session = Session::new(&s, blank);
    assert_eq!((session.team.municipality, session.team.organisation_type), (None, None));
}

// ---------------------------------------------------------------- building a result

#[test]
fn the_result_holds_what_the_result_screen_shows() {
    let s = scenario();
    let session = finished(&s);
    let outcome = scoring::score(&s, &session);
    let r = result_of(&s, &session);

    assert_eq!(r.format_version, RESULTS_VERSION);
    assert_eq!(r.created, "2025-05-14T10:31:00+02:00");
    assert_eq!((r.mystery.id.as_str(), r.mystery.title.as_str()), ("test-brief", "De brief die niemand begreep"));
    assert_eq!(r.team.name, "Team Oost");
    assert_eq!(r.team.members, ["Anna", "Bram"]);
    assert_eq!(r.team.municipality.as_deref(), Some("Rivierstad"));
    assert_eq!(r.investigation.score, outcome.investigation.score);
    assert_eq!(r.solution.score, outcome.solution.score);
    assert_eq!(r.solution.level, SolutionLevel::from(outcome.solution.level));
    assert_eq!(r.solution.level.rank(), outcome.solution.level.rank());
    assert_eq!(r.solution.cited_clues, ["De brief", "Sanne aan de balie", "De termijn"]);
    assert!(r.solution.answer.starts_with("De brief had moeilijke woorden"));

    // The perspectiefcirkel: all three sides, each with the cited clues behind it.
    let sides: Vec<(Perspective, bool)> = r.solution.perspectives.iter().map(|p| (p.perspective, p.covered)).collect();
    assert_eq!(sides, [(Perspective::Juridisch, true), (Perspective::Financieel, true), (Perspective::Sociaal, true)]);
    assert_eq!(r.solution.perspectives[0].clues, ["De brief", "De termijn"]);

    // Seven bouwstenen in guide order; the ones without statements are null.
    let profile: Vec<Option<u32>> = r.reflection.profile.iter().map(|p| p.value).collect();
    assert_eq!(r.reflection.profile.iter().map(|p| p.bouwsteen).collect::<Vec<_>>(), Bouwsteen::ALL);
    assert_eq!(profile, [None, Some(25), None, Some(50), Some(100), None, None]);
    assert_eq!(r.profile_value(Bouwsteen::Toegang), outcome.reflection.per_bouwsteen[&Bouwsteen::Toegang]);

    // Open answers: every question, the answer trimmed, unanswered ones empty.
    let answers: Vec<&str> = r.reflection.open_answers.iter().map(|a| a.answer.as_str()).collect();
    assert_eq!(answers, ["Te veel brieven.", ""]);
    assert_eq!(r.reflection.statements.len(), 4);
    assert_eq!(r.reflection.statements[0].value, Some(2));

    // Actions per role as on the result screen, nothing chosen yet.
    let roles: Vec<Role> = r.actions.iter().map(|ra| ra.role).collect();
    assert_eq!(roles, outcome.next_steps.iter().map(|(role, _)| *role).collect::<Vec<_>>());
    assert!(r.actions.iter().flat_map(|ra| &ra.actions).all(|a| !a.chosen));

    let debrief = r.debrief.as_ref().expect("a fresh result has its debrief");
    assert_eq!(debrief.solution_summary, s.solution.summary);
    assert_eq!(debrief.paragraphs, s.debrief.paragraphs);
    let found: Vec<bool> = debrief.key_clues.iter().map(|k| k.found).collect();
    assert_eq!(found, [true, true, true]);
    // brief→loket was linked, loket→termijn the other way round, termijn→bezwaar not.
    let linked: Vec<bool> = debrief.chains.iter().map(|c| c.linked).collect();
    assert_eq!(linked, [true, true, false]);
}

#[test]
fn chosen_actions_are_marked_in_the_result() {
    let r = finished_result();
    let chosen: Vec<(Role, &str)> = r.chosen_actions().map(|(role, a)| (role, a.text.as_str())).collect();
    assert_eq!(chosen.len(), 2);
    assert!(chosen.contains(&(Role::Bestuurder, "Maak begrijpelijke brieven een doel.")));
    assert!(chosen.contains(&(Role::Uitvoeringsprofessional, "Wijs de weg naar bezwaar.")));
}

#[test]
fn the_result_id_is_stable_while_actions_are_chosen_and_differs_between_games() {
    let s = scenario();
    let mut session = finished(&s);
    let id = results::result_id(&session);
    assert_eq!(id.len(), 16);
    assert!(id.bytes().all(|b| b.is_ascii_hexdigit()));
    ok(&mut session, &s, choose(Role::Bestuurder, "Maak begrijpelijke brieven een doel.", true));
    assert_eq!(results::result_id(&session), id);

    let mut other = finished(&s);
    other.team.name = "Team West".into();
    assert_ne!(results::result_id(&other), id);
}

#[test]
fn upsert_replaces_the_same_game_and_keeps_its_first_date() {
    let first = finished_result();
    let mut list = vec![first.clone()];
    let mut later = first.clone();
    later.created = "2025-06-01T09:00:00+02:00".into();
    later.actions[0].actions[0].chosen = !later.actions[0].actions[0].chosen;
    assert!(!results::upsert(&mut list, later.clone()));
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].created, first.created);
    assert_eq!(list[0].actions, later.actions);

    let mut other = first.clone();
    other.id = "0123456789abcdef".into();
    assert!(results::upsert(&mut list, other));
    assert_eq!(list.len(), 2);
}

#[test]
fn file_names_and_dates_are_readable() {
    let mut r = finished_result();
    assert_eq!(r.file_stem(), "resultaat-test-brief-team-oost-2025-05-14");
    assert_eq!(r.display_date(), "14-05-2025");
    r.team.name = "Wijkteam Zuid/Één & co!".into();
    r.created = "gisteren".into();
    assert_eq!(r.file_stem(), "resultaat-test-brief-wijkteam-zuid-een-co");
    assert_eq!(display_date("gisteren"), "gisteren");
}

// ---------------------------------------------------------------- round trips

#[test]
fn a_results_file_round_trips() {
    let r = finished_result();
    let text = to_json(&r);
    assert!(text.starts_with("{\n  \"format\": \"mysterie-resultaat\",\n  \"format_version\": 2,"), "{text:.120}");
    assert_eq!(parse_result(&text), Ok(r.clone()));
    // With a byte order mark (Windows editors) too.
    assert_eq!(parse_result(&format!("\u{feff}{text}")), Ok(r));
}

#[test]
fn a_result_link_round_trips_without_the_debrief() {
    let r = finished_result();
    let payload = to_link_payload(&r).expect("a normal result fits in a link");
    assert!(payload.starts_with("2."), "{payload:.20}");
    assert!(payload.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.'), "{payload}");
    assert!(payload.len() < to_json(&r).len() / 2, "the link is compressed: {} chars", payload.len());
    assert_eq!(from_link_payload(&payload), Ok(r.without_debrief()));
}

#[test]
fn a_result_too_large_for_a_link_says_so_and_the_file_still_works() {
    let mut r = finished_result();
    // Varied text, so compression cannot hide it.
    let mut seed: u32 = 1;
    let long: String = (0..40_000)
        .map(|_| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from(b'a' + ((seed >> 16) % 26) as u8)
        })
        .collect();
    r.reflection.open_answers[0].answer = long;
    let error = to_link_payload(&r).unwrap_err();
    let LinkError::TooLong { chars } = error.clone();
    assert!(chars > MAX_LINK_CHARS);
    assert!(error.message().contains("Download het bestand"), "{}", error.message());
    assert_eq!(parse_result(&to_json(&r)), Ok(r));
}

#[test]
fn a_broken_link_gets_a_clear_message() {
    let payload = to_link_payload(&finished_result()).unwrap();
    for broken in [&payload[..payload.len() / 2], "1.!!!", "1.", "2.", "2.abc"] {
        let problem = from_link_payload(broken).unwrap_err();
        assert!(problem.message.contains("beschadigd"), "{broken:.20}: {}", problem.message);
    }
    let empty = from_link_payload("").unwrap_err();
    assert!(empty.message.contains("leeg"), "{}", empty.message);
    let other = from_link_payload("3.abc").unwrap_err();
    assert!(other.message.contains("andere versie"), "{}", other.message);
}

#[test]
fn csv_has_one_row_per_result_under_a_dutch_header() {
    let r = finished_result();
    let mut second = r.clone();
    second.team.name = "=HYPERLINK(\"x\")".into();
    second.team.municipality = None;
    let csv = to_csv(&[r.clone(), second]);
    assert!(csv.starts_with('\u{feff}'), "a byte order mark for Excel");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines.len(), 4, "header, two rows, and the empty rest after the last CRLF: {lines:?}");
    assert_eq!(lines[3], "");
    let header: Vec<&str> = lines[0].split(';').collect();
    assert_eq!(header[0], "Datum");
    assert!(header.contains(&"Lerende uitvoeringspraktijk (0-100)"));
    assert!(header.contains(&"Sociaal-maatschappelijk"));
    assert_eq!(header.len(), results::csv_header().len());

    let row: Vec<&str> = lines[1].split(';').collect();
    assert_eq!(row.len(), header.len(), "{}", lines[1]);
    let cell = |name: &str| row[header.iter().position(|h| *h == name).unwrap()];
    assert_eq!(cell("Datum"), "2025-05-14");
    assert_eq!(cell("Team"), "Team Oost");
    assert_eq!(cell("Teamleden"), "\"Anna, Bram\"");
    assert_eq!(cell("Gemeente"), "Rivierstad");
    assert_eq!(cell("Onderzoek (0-100)"), r.investigation.score.to_string());
    assert_eq!(cell("Toegang (0-100)"), "50");
    assert_eq!(cell("Aanbod (0-100)"), "");
    assert_eq!(cell("Juridisch"), "ja");
    assert!(cell("Gekozen acties").contains("Bestuurder: Maak begrijpelijke brieven een doel."));
    // A name that a spreadsheet would run as a formula is defused and quoted.
    assert!(lines[2].contains(";\"'=HYPERLINK(\"\"x\"\")\";"), "{}", lines[2]);
}

// ---------------------------------------------------------------- broken and foreign files

#[test]
fn broken_files_get_one_clear_message() {
    let text = to_json(&finished_result());
    let (path, message) = problem(&text[..text.len() / 2]);
    assert_eq!(path, "");
    assert!(message.contains("geen geldige JSON") && message.contains("regel"), "{message}");
    assert!(problem("").1.contains("leeg"));
    assert!(problem("   \n").1.contains("leeg"));
    assert!(problem("[1, 2]").1.contains("geen resultaat"));
}

#[test]
fn foreign_files_are_named_for_what_they_are() {
    let mystery = include_str!("fixtures/engine.json");
    assert!(problem(mystery).1.contains("Dit is een mysterie, geen resultaat"));
    let s = scenario();
    let game = saved::encode(&finished(&s));
    assert!(problem(&game).1.contains("opgeslagen spel"));
    assert!(problem(r#"{"format_version": 1, "mysteries": []}"#).1.contains("index.json"));
    assert!(problem(r#"{"name": "iets anders"}"#).1.contains("het veld format ontbreekt"));
    let (path, message) = problem(r#"{"format": "iets-anders", "format_version": 1}"#);
    assert_eq!(path, "format");
    assert!(message.contains("iets-anders"), "{message}");
}

#[test]
fn other_versions_are_reported_as_such() {
    let text = to_json(&finished_result());
    let newer = text.replacen("\"format_version\": 2", "\"format_version\": 3", 1);
    let (path, message) = problem(&newer);
    assert_eq!(path, "format_version");
    assert!(message.contains("nieuwere versie") && message.contains("versie 2"), "{message}");
    let missing = text.replacen("\"format_version\": 2,", "", 1);
    assert!(problem(&missing).1.contains("format_version ontbreekt"));
    let zero = text.replacen("\"format_version\": 2", "\"format_version\": 0", 1);
    assert!(problem(&zero).1.contains("bestaat niet"));
}

#[test]
fn a_misfit_names_the_field() {
    let text = to_json(&finished_result());
    let (path, message) = problem(&text.replacen("\"score\"", "\"punten\"", 1));
    assert_eq!(path, "investigation.punten", "{message}");
    assert!(message.contains("punten"), "{message}");

    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut wrong = value.clone();
    wrong["team"].as_object_mut().unwrap().remove("name");
    let (path, message) = problem(&serde_json::to_string_pretty(&wrong).unwrap());
    assert_eq!(path, "team.name", "{message}");
    assert!(message.contains("ontbreekt"), "{message}");

    let mut wrong = value.clone();
    wrong["reflection"]["profile"][1]["bouwsteen"] = "vertrouwen".into();
    let (path, message) = problem(&serde_json::to_string_pretty(&wrong).unwrap());
    assert_eq!(path, "reflection.profile[1].bouwsteen", "{message}");
    assert!(message.contains("vertrouwen"), "{message}");

    let mut wrong = value;
    wrong["solution"]["score"] = "veel".into();
    assert_eq!(problem(&serde_json::to_string(&wrong).unwrap()).0, "solution.score");
}

#[test]
fn numbers_out_of_range_are_refused() {
    let value: serde_json::Value = serde_json::from_str(&to_json(&finished_result())).unwrap();
    let mut wrong = value.clone();
    wrong["investigation"]["score"] = 500.into();
    let (path, message) = problem(&wrong.to_string());
    assert_eq!(path, "investigation.score");
    assert!(message.contains("500"), "{message}");

    let mut wrong = value.clone();
    wrong["reflection"]["profile"][3]["value"] = 101.into();
    assert_eq!(problem(&wrong.to_string()).0, "reflection.profile[3].value");

    let mut wrong = value.clone();
    wrong["reflection"]["profile"][2]["bouwsteen"] = "aanbod".into();
    assert!(problem(&wrong.to_string()).1.contains("twee keer"));

    let mut wrong = value;
    wrong["reflection"]["statements"][0]["value"] = 9.into();
    assert_eq!(problem(&wrong.to_string()).0, "reflection.statements[0].value");
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    let huge = format!("{{\"x\": \"{}\"}}", "a".repeat(MAX_RESULT_BYTES));
    let (_, message) = problem(&huge);
    assert!(message.contains("te groot"), "{message}");
}

#[test]
fn stored_lists_round_trip_and_report_damage() {
    let list = vec![finished_result()];
    let text = results::encode_list(&list);
    assert_eq!(results::decode_list(&text), Ok(list));
    assert!(results::decode_list("{kapot").unwrap_err().contains("beschadigd"));
    assert!(results::decode_list(r#"{"saved_version": 9, "results": []}"#).unwrap_err().contains("versie 9"));
    assert!(results::decode_list(r#"{"results": []}"#).unwrap_err().contains("geen versienummer"));
    let misfit = results::decode_list(r#"{"saved_version": 1, "results": [1]}"#).unwrap_err();
    // The reading path's words, with where: the first result in the list.
    assert!(
        misfit.starts_with("de opgeslagen lijst past niet bij deze versie van de app (")
            && misfit.contains("results[0]"),
        "{misfit}"
    );
    let broken = results::decode_list("{kapot").unwrap_err();
    assert!(broken.contains("regel 1, kolom 2") && !broken.ends_with('.'), "{broken}");
}

// ---------------------------------------------------------------- version 2: links, the trainer's word

#[test]
fn the_result_keeps_the_teams_links_with_their_reasons() {
    let s = scenario();
    let mut session = finished(&s);
    session.phase = Phase::Oplossen;
    ok(
        &mut session,
        &s,
        Command::AddLink { from: "brief".into(), to: "loket".into(), why: "Ze begreep de brief niet.".into() },
    );
    session.phase = Phase::Resultaat;
    let r = result_of(&s, &session);
    let links: Vec<(&str, &str, &str)> =
        r.solution.links.iter().map(|l| (l.from.as_str(), l.to.as_str(), l.why.as_str())).collect();
    let title = |id: &str| s.clue(id).unwrap().title.clone();
    assert_eq!(
        links,
        [
            (title("brief").as_str(), title("loket").as_str(), "Ze begreep de brief niet."),
            (title("termijn").as_str(), title("loket").as_str(), ""),
        ]
    );
    let back = parse_result(&to_json(&r)).unwrap();
    assert_eq!(back, r);
}

#[test]
fn the_trainer_confirms_or_changes_the_level_with_a_reason() {
    let s = scenario();
    let mut session = finished(&s);
    let app = result_of(&s, &session);
    let app_level = app.solution.level;
    assert_eq!(app.trainer, None);
    assert_eq!(app.level(), app_level);

    // Another level needs a reason; the same level does not.
    let error = session.apply(&s, Command::JudgeLevel { level: SoloLevel::Multistructureel, reason: "  ".into() });
    assert!(error.unwrap_err().message().contains("waarom"));
    ok(&mut session, &s, Command::JudgeLevel { level: SoloLevel::UitgebreidAbstract, reason: String::new() });
    ok(
        &mut session,
        &s,
        Command::JudgeLevel {
            level: SoloLevel::Multistructureel,
            reason: "De kaarten staan er,  maar de uitleg verbindt ze niet.".into(),
        },
    );
    let judged = result_of(&s, &session);
    assert_eq!(judged.solution.level, app_level, "the app's level stays in the file");
    assert_eq!(
        judged.trainer,
        Some(TrainerResult {
            level: SolutionLevel::Multistructureel,
            reason: "De kaarten staan er, maar de uitleg verbindt ze niet.".into()
        })
    );
    assert_eq!(judged.level(), SolutionLevel::Multistructureel);
    assert_eq!(judged.id, app.id, "the same game keeps its id, so the judged copy replaces the first");
    assert_eq!(parse_result(&to_json(&judged)).unwrap(), judged);

    ok(&mut session, &s, Command::ClearJudgement);
    assert_eq!(result_of(&s, &session).trainer, None);
    // Only on the result screen.
    let mut early = finished(&s);
    early.phase = Phase::Reflecteren;
    assert!(early.apply(&s, Command::JudgeLevel { level: SoloLevel::Relationeel, reason: "x".into() }).is_err());
}

/// A version-1 results file as the previous build wrote it (no links, no trainer).
fn version_one() -> String {
    let mut value: serde_json::Value = serde_json::from_str(&to_json(&finished_result())).unwrap();
    value["format_version"] = 1.into();
    let object = value.as_object_mut().unwrap();
    object.remove("trainer");
    let solution = object.get_mut("solution").unwrap().as_object_mut().unwrap();
    solution.remove("links");
    solution.remove("off_cited");
    serde_json::to_string_pretty(&value).unwrap()
}

#[test]
fn a_version_one_file_reads_as_version_two() {
    let text = version_one();
    assert!(text.contains("\"format_version\": 1"));
    let r = parse_result(&text).expect("a version-1 file still reads");
    assert_eq!(r.format_version, RESULTS_VERSION);
    assert!(r.solution.links.is_empty() && r.trainer.is_none());
    assert_eq!(r.level(), r.solution.level);
    // In a stored list too.
    let list = format!("{{\"saved_version\":1,\"results\":[{text}]}}");
    let read = decode_list(&list).unwrap();
    assert_eq!(read[0].format_version, RESULTS_VERSION);
}

#[test]
fn the_network_counts_the_trainers_level_where_present() {
    let s = scenario();
    let mut session = finished(&s);
    let app = result_of(&s, &session);
    ok(
        &mut session,
        &s,
        Command::JudgeLevel { level: SoloLevel::Unistructureel, reason: "Eén kaart draagt het.".into() },
    );
    let judged = result_of(&s, &session);
    let mut other = judged.clone();
    other.id = "ander".into();
    let summary = mysterie::domain::network::summarise(&[app.clone(), judged, other]);
    let mut expected = [0; 5];
    expected[app.solution.level.rank() as usize] += 1;
    expected[1] += 2;
    assert_eq!(summary.levels, expected);
    assert_eq!(summary.judged, 2);
}
