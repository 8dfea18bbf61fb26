//! A session for the whole room (src/domain/session): the session code round
//! trips and refuses damaged, cut-off and foreign codes in Dutch; the room
//! clock gives the same phase at any moment from the start time, the plan and
//! the console's pause/extend events; the compact result code fits one QR
//! code, rebuilds the result on the console and refuses another session's code.

use mysterie::domain::game::{Command, Placement, Session, Team};
use mysterie::domain::results::{self, SessionRef, TeamResult};
use mysterie::domain::scenario::{Phase, Role, Scenario};
use mysterie::domain::scoring;
use mysterie::domain::session::clock::{plan_problem, push_event, state_at, total, ClockEvent, ClockState, Plan};
use mysterie::domain::session::code::{crc32, from_base32, to_base32};
use mysterie::domain::session::link::{CodeError, Seat, SessionLink};
use mysterie::domain::session::result_code::{self, MAX_RESULT_CODE_CHARS};
use mysterie::domain::session::{scaled_plan, session_name};
use mysterie::domain::timer::MINUTE_MS;

const START: u64 = 1_780_000_000_000;
const PLAN: Plan = [5, 20, 15, 10, 5, 5];

fn link() -> SessionLink {
    SessionLink {
        session: 0x5e55_1011,
        seat: Seat::Room,
        teams: 3,
        start: START,
        plan: PLAN,
        mystery: "de-brief-die-niemand-begreep".into(),
        team_name: String::new(),
        events: vec![ClockEvent::Pause { at: 60_000 }, ClockEvent::Resume { at: 120_000 }],
    }
}

fn minutes(m: u64) -> u64 {
    START + m * MINUTE_MS
}

// ---------------------------------------------------------------- the byte layer

#[test]
fn crc32_is_the_standard_one() {
    // The check value of CRC-32/ISO-HDLC.
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
}

#[test]
fn base32_round_trips_and_forgives_typing() {
    for bytes in [vec![], vec![0], vec![255, 1, 2], (0..=255).collect::<Vec<u8>>()] {
        let text = to_base32(&bytes);
        assert!(text.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()), "{text}");
        assert_eq!(from_base32(&text).unwrap(), bytes);
        let typed = text.to_lowercase().replace('0', "o").replace('1', "l");
        assert_eq!(from_base32(&typed).unwrap(), bytes, "lower case, o for 0 and l for 1 read the same");
    }
    assert_eq!(from_base32("AB?C"), Err('?'));
}

// ---------------------------------------------------------------- session link

#[test]
fn a_session_link_round_trips_for_the_room_and_every_team() {
    let room = link();
    assert_eq!(SessionLink::parse(&room.code()).unwrap(), room);
    for n in 1..=3 {
        let team = room.for_seat(Seat::Team(n), &format!("Team {n} — Zuidoost"));
        let code = team.code();
        assert_eq!(SessionLink::parse(&code).unwrap(), team);
        // A whole link works as well as the bare code.
        let url = format!("https://example.org/mysterie/#/{}", team.path());
        assert_eq!(SessionLink::parse(&url).unwrap(), team);
    }
}

#[test]
fn a_session_code_is_short_enough_to_type() {
    let code = link().for_seat(Seat::Team(2), "Team 2").code();
    assert!(code.len() < 110, "{} characters: {code}", code.len());
}

#[test]
fn every_changed_character_is_caught() {
    let code = link().code();
    for i in 1..code.len() {
        let mut chars: Vec<char> = code.chars().collect();
        chars[i] = if chars[i] == 'Z' { 'Y' } else { 'Z' };
        let changed: String = chars.into_iter().collect();
        // Changing the last character may only touch padding bits; everything else must be refused.
        if let Ok(read) = SessionLink::parse(&changed) {
            assert_eq!(read, link(), "a changed code gave another session at {i}");
        }
    }
}

#[test]
fn damaged_cut_off_and_foreign_session_codes_get_a_dutch_message() {
    let code = link().code();
    let cut = &code[..code.len() - 6];
    let cases = [
        ("", CodeError::Empty),
        (cut, CodeError::Damaged),
        ("S12", CodeError::TooShort),
        ("S12#4", CodeError::Character('#')),
        ("R0000000000", CodeError::WrongKind { expected: 'S' }),
        ("mysterie/de-brief", CodeError::WrongKind { expected: 'S' }),
    ];
    for (text, expected) in cases {
        let error = SessionLink::parse(text).unwrap_err();
        assert_eq!(error, expected, "{text:?}");
        assert!(error.message().ends_with('.'), "{}", error.message());
    }
    assert!(CodeError::Damaged.message().contains("klopt niet"));
}

#[test]
fn a_newer_version_is_named_as_such() {
    use mysterie::domain::session::code::Writer;
    let mut w = Writer::new();
    w.byte(9);
    w.byte(0);
    let code = format!("S{}", to_base32(&w.finish()));
    assert_eq!(SessionLink::parse(&code), Err(CodeError::Version(9)));
    assert!(CodeError::Version(9).message().contains("nieuwere versie"));
}

#[test]
fn a_plan_with_an_empty_phase_is_refused() {
    assert_eq!(plan_problem(&PLAN), None);
    let message = plan_problem(&[5, 0, 15, 10, 5, 5]).unwrap();
    assert!(message.contains("Onderzoeken"), "{message}");
}

// ---------------------------------------------------------------- room clock

#[test]
fn the_clock_follows_the_plan_phase_by_phase() {
    let at = |m| state_at(&PLAN, START, &[], minutes(m));
    assert_eq!(
        at(0),
        ClockState::InPhase {
            phase: Phase::Intro,
            remaining_ms: 5 * MINUTE_MS,
            phase_ms: 5 * MINUTE_MS,
            paused: false
        }
    );
    assert_eq!(at(4).phase(), Some(Phase::Intro));
    assert_eq!(at(5).phase(), Some(Phase::Onderzoeken));
    assert_eq!(at(24).phase(), Some(Phase::Onderzoeken));
    assert_eq!(at(25).phase(), Some(Phase::Ordenen));
    assert_eq!(at(55).phase(), Some(Phase::Resultaat));
    assert_eq!(at(60), ClockState::Over { over_ms: 0, paused: false });
    assert_eq!(at(63), ClockState::Over { over_ms: 3 * MINUTE_MS, paused: false });
    assert_eq!(total(&PLAN), 60);
}

#[test]
fn two_screens_at_the_same_moment_show_the_same_clock() {
    let events = link().events;
    let console = state_at(&PLAN, START, &events, minutes(17) + 400);
    let team = SessionLink::parse(&link().for_seat(Seat::Team(1), "Team 1").code()).unwrap();
    let on_team = state_at(&team.plan, team.start, &team.events, minutes(17) + 400);
    assert_eq!(console, on_team);
    assert_eq!(console.text(), on_team.text());
}

#[test]
fn a_pause_stops_the_clock_and_a_resume_goes_on_where_it_stopped() {
    let events = [ClockEvent::Pause { at: 3 * MINUTE_MS }, ClockEvent::Resume { at: 13 * MINUTE_MS }];
    let paused = state_at(&PLAN, START, &events, minutes(10));
    assert_eq!(
        paused,
        ClockState::InPhase { phase: Phase::Intro, remaining_ms: 2 * MINUTE_MS, phase_ms: 5 * MINUTE_MS, paused: true }
    );
    assert!(paused.text().contains("gepauzeerd"), "{}", paused.text());
    // Ten paused minutes: Onderzoeken starts at minute 15, not 5.
    assert_eq!(state_at(&PLAN, START, &events, minutes(14)).phase(), Some(Phase::Intro));
    assert_eq!(state_at(&PLAN, START, &events, minutes(15)).phase(), Some(Phase::Onderzoeken));
}

#[test]
fn extend_gives_the_current_phase_more_time_and_next_phase_ends_it_now() {
    let extended = [ClockEvent::Extend { at: 2 * MINUTE_MS, minutes: 5 }];
    assert_eq!(
        state_at(&PLAN, START, &extended, minutes(8)),
        ClockState::InPhase {
            phase: Phase::Intro,
            remaining_ms: 2 * MINUTE_MS,
            phase_ms: 10 * MINUTE_MS,
            paused: false
        }
    );
    assert_eq!(state_at(&PLAN, START, &extended, minutes(10)).phase(), Some(Phase::Onderzoeken));
    let early = [ClockEvent::NextPhase { at: 2 * MINUTE_MS }];
    assert_eq!(
        state_at(&PLAN, START, &early, minutes(2)),
        ClockState::InPhase {
            phase: Phase::Onderzoeken,
            remaining_ms: 20 * MINUTE_MS,
            phase_ms: 20 * MINUTE_MS,
            paused: false
        }
    );
    // Events still ahead do not count yet (a device with a slow clock).
    assert_eq!(state_at(&PLAN, START, &early, minutes(1)).phase(), Some(Phase::Intro));
}

#[test]
fn over_time_is_said_calmly() {
    let over = state_at(&PLAN, START, &[], minutes(62) + 10_000);
    assert_eq!(over.text(), "De geplande tijd is om · 2:10 langer");
    assert_eq!(over.time(), "+2:10");
    let before = state_at(&PLAN, START, &[], START - 30_000);
    assert_eq!(before, ClockState::NotStarted { in_ms: 30_000 });
}

#[test]
fn the_console_refuses_events_that_make_no_sense() {
    let mut events = Vec::new();
    assert!(!push_event(&mut events, &PLAN, START, ClockEvent::Resume { at: 1000 }), "nothing to resume");
    assert!(push_event(&mut events, &PLAN, START, ClockEvent::Pause { at: 1000 }));
    assert!(!push_event(&mut events, &PLAN, START, ClockEvent::Pause { at: 2000 }), "already paused");
    assert!(push_event(&mut events, &PLAN, START, ClockEvent::Resume { at: 3000 }));
    assert!(
        !push_event(&mut events, &PLAN, START, ClockEvent::Extend { at: 99 * MINUTE_MS, minutes: 5 }),
        "after the end"
    );
    assert!(!push_event(&mut events, &PLAN, START, ClockEvent::Pause { at: 500 }), "not before an earlier event");
    assert_eq!(events.len(), 2);
}

// ---------------------------------------------------------------- plans

#[test]
fn plans_of_60_and_90_minutes_add_up() {
    let s = bundled();
    for minutes in [60, 90] {
        let plan = scaled_plan(&s, minutes);
        assert_eq!(total(&plan), minutes, "{plan:?}");
        assert!(plan.iter().all(|m| *m >= 1));
        assert_eq!(plan_problem(&plan), None);
    }
}

// ---------------------------------------------------------------- result code

fn bundled() -> Scenario {
    serde_json::from_str(include_str!("../mysteries/de-brief-die-niemand-begreep.json")).unwrap()
}

/// A full game of the bundled mystery with real choices (every clue sorted in
/// its category, the key clues cited, every statement answered, actions chosen).
fn finished_result(s: &Scenario) -> TeamResult {
    let team = Team {
        name: "Team 2 — Wijkteam Noord".into(),
        members: vec!["Ans".into(), "Bram".into(), "Cor".into(), "Dewi".into()],
        municipality: Some("Rivierstad".into()),
        organisation_type: Some("gemeente en wijkteam".into()),
    };
    let mut game = Session::new(s, team);
    let ok = |game: &mut Session, c: Command| game.apply(s, c).unwrap_or_else(|e| panic!("{}", e.message()));
    ok(&mut game, Command::Advance);
    loop {
        while !game.available(s).is_empty() {
            ok(&mut game, Command::RevealNext);
        }
        if game.apply(s, Command::NextRound).is_err() {
            break;
        }
    }
    ok(&mut game, Command::Advance);
    // The bundled mysteries sort openly: take over the author's groups first.
    ok(&mut game, Command::AdoptGrouping);
    for clue in &s.clues {
        let placement = clue.category.clone().map_or(Placement::Aside, Placement::Category);
        ok(&mut game, Command::Place { clue: clue.id.clone(), placement });
    }
    for id in &s.solution.key_clues {
        ok(&mut game, Command::ToggleKey { clue: id.clone() });
    }
    for chain in &s.solution.chains {
        ok(&mut game, Command::AddLink { from: chain.from.clone(), to: chain.to.clone(), why: String::new() });
    }
    ok(&mut game, Command::Advance);
    for id in &s.solution.key_clues {
        ok(&mut game, Command::ToggleAnswerClue { clue: id.clone() });
    }
    let words: Vec<String> = s.solution.concepts.iter().filter_map(|c| c.words.first().cloned()).collect();
    ok(
        &mut game,
        Command::SetAnswerText {
            text: format!(
                "Het ging mis door {}. De brief was onduidelijk en daardoor kwam de hulp pas laat op gang.",
                words.join(" en ")
            ),
        },
    );
    ok(&mut game, Command::Advance);
    for (i, st) in s.reflection.statements.iter().enumerate() {
        ok(&mut game, Command::SetStatement { statement: st.id.clone(), value: (i % 5) as u8 + 1 });
    }
    for q in &s.reflection.questions {
        ok(
            &mut game,
            Command::SetOpenAnswer {
                question: q.id.clone(),
                text: "Een lang antwoord dat niet in de code hoort.".into(),
            },
        );
    }
    ok(&mut game, Command::Advance);
    for ra in &s.role_actions {
        if let Some(action) = ra.actions.first() {
            ok(&mut game, Command::ChooseAction { role: ra.role, action: action.text.clone(), chosen: true });
        }
    }
    assert_eq!(game.phase, Phase::Resultaat);
    results::build(s, &game, &scoring::score(s, &game), "2026-12-06T10:31:00+01:00")
}

#[test]
fn a_result_code_fits_one_qr_code_and_rebuilds_the_result() {
    let s = bundled();
    let full = finished_result(&s);
    let code = result_code::encode(&full, &s, 0x5e55_1011, 2);
    assert!(code.len() <= 400, "{} characters", code.len());
    assert!(code.len() <= MAX_RESULT_CODE_CHARS);
    assert!(code.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()), "QR alphanumeric mode");

    let back = result_code::decode(&code, &s, 0x5e55_1011).unwrap();
    assert_eq!(back.session, Some(SessionRef { id: session_name(0x5e55_1011), team: 2 }));
    assert_eq!(back.id, full.id, "the same game keeps its id, so collecting twice replaces");
    assert_eq!(back.created, full.created);
    assert_eq!(back.team.name, full.team.name);
    assert_eq!(back.team.municipality, full.team.municipality);
    assert_eq!(back.team.organisation_type, full.team.organisation_type);
    assert!(back.team.members.is_empty(), "names stay on the team screen");
    assert_eq!(back.investigation, full.investigation);
    assert_eq!(back.solution.score, full.solution.score);
    assert_eq!(back.solution.level, full.solution.level);
    assert_eq!(back.solution.concepts_named, full.solution.concepts_named);
    assert_eq!(back.solution.perspectives, full.solution.perspectives);
    assert_eq!(back.solution.bouwstenen, full.solution.bouwstenen);
    assert_eq!(back.solution.cited_clues, full.solution.cited_clues);
    assert!(back.solution.answer.is_empty(), "the answer stays in the full file");
    assert_eq!(back.reflection.profile, full.reflection.profile);
    assert_eq!(back.reflection.statements, full.reflection.statements);
    assert_eq!(back.reflection.questions_answered, full.reflection.questions_answered);
    assert_eq!(back.actions, full.actions, "chosen actions, in the result's order");
    assert!(back.chosen_actions().count() >= 1);
}

#[test]
fn a_result_code_of_another_session_or_mystery_is_refused() {
    let s = bundled();
    let code = result_code::encode(&finished_result(&s), &s, 7, 1);
    assert_eq!(result_code::decode(&code, &s, 8), Err(CodeError::OtherSession));
    assert!(CodeError::OtherSession.message().contains("andere sessie"));
    let mut other = s.clone();
    other.id = "een-ander-mysterie".into();
    assert_eq!(result_code::decode(&code, &other, 7), Err(CodeError::OtherMystery));
    // Asked about rather than refused: the console can still read the header.
    let (header, _) = result_code::decode_any(&code, &s).unwrap();
    assert_eq!((header.session, header.team), (7, 1));
}

#[test]
fn damaged_and_wrong_result_codes_are_refused() {
    let s = bundled();
    let code = result_code::encode(&finished_result(&s), &s, 7, 1);
    assert_eq!(result_code::decode(&code[..code.len() - 3], &s, 7), Err(CodeError::Damaged));
    let mut chars: Vec<char> = code.chars().collect();
    chars[20] = if chars[20] == 'A' { 'B' } else { 'A' };
    let changed: String = chars.into_iter().collect();
    assert_eq!(result_code::decode(&changed, &s, 7), Err(CodeError::Damaged));
    let session_code = link().code();
    assert_eq!(result_code::decode(&session_code, &s, 7), Err(CodeError::WrongKind { expected: 'R' }));
    assert!(CodeError::WrongKind { expected: 'R' }.message().contains("geen resultaatcode"));
    assert_eq!(result_code::decode("  ", &s, 7), Err(CodeError::Empty));
}

#[test]
fn chosen_actions_are_kept_per_role() {
    let s = bundled();
    let full = finished_result(&s);
    let back = result_code::decode(&result_code::encode(&full, &s, 1, 1), &s, 1).unwrap();
    let roles: Vec<Role> = back.chosen_actions().map(|(r, _)| r).collect();
    let expected: Vec<Role> = full.chosen_actions().map(|(r, _)| r).collect();
    assert_eq!(roles, expected);
}

// ---------------------------------------------------------------- member phones

use mysterie::domain::deal::{DealSetup, LinkError, MemberLink};
use mysterie::domain::session::member::{self, MemberExtra};

#[test]
fn a_member_link_carries_name_team_and_the_cards_of_an_own_mystery() {
    let s = bundled();
    let setup = DealSetup { seed: 42, roles: vec![None; 4] };
    let mut link = MemberLink::new("mijn-eigen-mysterie", &setup, 1);
    let hand = link.hand(&s);
    link.extra = Some(MemberExtra { name: "Ans".into(), team: "Team 2".into(), pack: Some(member::pack(&s, &hand)) });
    let path = link.path();
    let read = MemberLink::parse(path.strip_prefix("speler/").unwrap()).unwrap();
    assert_eq!(read, link);
    let pack = read.extra.unwrap().pack.unwrap();
    assert_eq!(pack.cards.len(), hand.len());
    assert_eq!(pack.question, s.central_question);
    // Only what the paper card shows: no solution words in the link.
    let json = serde_json::to_string(&pack).unwrap();
    for word in ["relevance", "category", "key", "\"why\""] {
        assert!(!json.contains(word), "{word} in {json:.200}");
    }
    // Short enough for a QR code on the team screen (byte mode, level M, version 40 holds 2 331).
    assert!(path.len() < 2300, "{} characters", path.len());
}

#[test]
fn a_member_link_without_extra_still_works_and_a_damaged_extra_is_refused() {
    let setup = DealSetup { seed: 7, roles: vec![None; 3] };
    let plain = MemberLink::new("de-brief-die-niemand-begreep", &setup, 0);
    assert_eq!(MemberLink::parse(plain.path().strip_prefix("speler/").unwrap()).unwrap(), plain);
    let broken = format!("{}/~AAAA", plain.path().strip_prefix("speler/").unwrap());
    assert_eq!(MemberLink::parse(&broken), Err(LinkError::Extra));
    assert!(LinkError::Extra.message().contains("beschadigd"));
}

#[test]
fn cards_keep_their_numbers_rounds_and_unlock_notes() {
    let s = bundled();
    let all: Vec<String> = s.clues.iter().map(|c| c.id.clone()).collect();
    let cards = member::member_cards(&s, &all);
    assert_eq!(cards.len(), s.clues.len());
    for (i, (card, clue)) in cards.iter().zip(&s.clues).enumerate() {
        assert_eq!(card.number as usize, i + 1);
        assert_eq!(card.round, clue.unlock.round);
        assert_eq!(card.after.len(), clue.unlock.after.len());
        assert_eq!(member::unlock_note(card).is_some(), !clue.unlock.after.is_empty());
    }
    let mut card = cards[0].clone();
    card.after = vec![3, 5];
    assert_eq!(member::unlock_note(&card).unwrap(), "Pas omdraaien na kaart 3 en 5.");
    assert_eq!(member::round_note(2), "Ronde 2 — pas omdraaien als jullie team ronde 2 begint");
}

// ---------------------------------------------------------------- the console

use mysterie::domain::session::console::ConsoleState;

#[test]
fn the_console_collects_results_once_per_game_and_refuses_foreign_codes() {
    let s = bundled();
    let room = link();
    let mut console = ConsoleState::new(&room, &s.title);
    assert_eq!(console.team_names, ["Team 1", "Team 2", "Team 3"]);
    let team2 = console.team_link(2).unwrap();
    assert_eq!((team2.seat, team2.team_name.as_str()), (Seat::Team(2), "Team 2"));

    let full = finished_result(&s);
    let code = result_code::encode(&full, &s, room.session, 2);
    let first = console.collect(&s, &code).unwrap();
    assert_eq!((first.team, first.new), (2, true));
    let again = console.collect(&s, &code).unwrap();
    assert!(!again.new, "the same game replaces its earlier copy");
    assert_eq!(console.results.len(), 1);
    assert_eq!(console.result_of(2).unwrap().id, full.id);

    let foreign = result_code::encode(&full, &s, room.session + 1, 2);
    assert_eq!(console.collect(&s, &foreign), Err(CodeError::OtherSession));
    assert_eq!(console.collect(&s, "R123"), Err(CodeError::TooShort));
    assert_eq!(console.results.len(), 1, "nothing stored from a refused code");

    // The stored state survives a reload.
    let text = serde_json::to_string(&console).unwrap();
    assert_eq!(serde_json::from_str::<ConsoleState>(&text).unwrap(), console);
}

#[test]
fn clock_events_on_the_console_reach_every_new_team_code() {
    let mut room = link();
    room.events.clear();
    let mut console = ConsoleState::new(&room, "x");
    assert!(console.clock_event(|at| ClockEvent::Pause { at }, START + 90_500));
    assert!(!console.clock_event(|at| ClockEvent::Pause { at }, START + 95_000), "already paused");
    assert!(console.clock_event(|at| ClockEvent::Resume { at }, START + 150_000));
    let team = console.team_link(1).unwrap();
    assert_eq!(team.events, [ClockEvent::Pause { at: 90_000 }, ClockEvent::Resume { at: 150_000 }]);
    assert_eq!(state_at(&team.plan, team.start, &team.events, minutes(10)).phase(), Some(Phase::Onderzoeken));
}

#[test]
fn the_scenario_s_own_session_plans_come_first() {
    use mysterie::domain::scenario::{PhaseMinutes, SessionPlan};
    use mysterie::domain::session::plans;
    let mut s = bundled();
    s.session_plans.clear();
    let fallback = plans(&s);
    assert_eq!(fallback.iter().map(|(m, _)| *m).collect::<Vec<_>>(), [60, 90]);
    s.session_plans =
        vec![SessionPlan { minutes: 45, phases: PhaseMinutes::from_fn(|p| Some([5, 15, 10, 5, 5, 5][p.index()])) }];
    assert_eq!(plans(&s), vec![(45, [5, 15, 10, 5, 5, 5])]);
}

// ---------------------------------------------------------------- reading a QR code

/// `text` as a QR code in an RGBA image: `scale` pixels per module, a quiet
/// zone of 4 modules, drawn grey on off-white as a screen photographed by a camera.
fn qr_image(text: &str, scale: usize) -> (usize, Vec<u8>) {
    let code = qrcodegen::QrCode::encode_text(text, qrcodegen::QrCodeEcc::Medium).unwrap();
    let modules = code.size() as usize + 8;
    let side = modules * scale;
    let mut rgba = Vec::with_capacity(side * side * 4);
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = ((x / scale) as i32 - 4, (y / scale) as i32 - 4);
            let dark = code.get_module(mx, my);
            let v: u8 = if dark { 40 } else { 230 };
            rgba.extend_from_slice(&[v, v, v.saturating_add(10), 255]);
        }
    }
    (side, rgba)
}

#[test]
fn a_result_code_is_read_back_from_a_camera_frame() {
    use mysterie::domain::session::scan::decode_rgba;
    let s = bundled();
    let code = result_code::encode(&finished_result(&s), &s, 99, 3);
    let (side, rgba) = qr_image(&code, 4);
    assert_eq!(decode_rgba(side, side, &rgba).as_deref(), Some(code.as_str()));
    // A blank frame or a frame of the wrong size reads nothing.
    assert_eq!(decode_rgba(side, side, &vec![255; side * side * 4]), None);
    assert_eq!(decode_rgba(side, side, &rgba[..rgba.len() - 4]), None);
}

#[test]
fn a_stored_console_state_without_newer_fields_still_reads() {
    let console = ConsoleState::new(&link(), "De brief");
    let text = serde_json::to_string(&console).unwrap();
    assert!(!text.contains("show_solution"), "left out while false: {text}");
    let mut back: ConsoleState = serde_json::from_str(&text).unwrap();
    assert!(!back.show_solution);
    back.show_solution = true;
    let again: ConsoleState = serde_json::from_str(&serde_json::to_string(&back).unwrap()).unwrap();
    assert!(again.show_solution);
}
