//! The game engine as a team experiences it: every command's happy path and
//! refusal, the phase flow, rounds, hints, the board, the answer and the
//! reflection. Fixture: `tests/fixtures/engine.json` (two rounds, seven clues).

use mysterie::domain::game::{Board, Command, GameError, Link, Placement, Session, Team};
use mysterie::domain::scenario::{Phase, Scenario, Sorting};

// ---------------------------------------------------------------- helpers

fn scenario() -> Scenario {
    serde_json::from_str(include_str!("fixtures/engine.json")).expect("the fixture is a valid scenario")
}

fn team() -> Team {
    Team { name: "De Speurders".into(), members: vec!["Anna".into(), "Bram".into()], ..Team::default() }
}

/// Apply a command that must succeed.
fn ok(session: &mut Session, scenario: &Scenario, command: Command) {
    let shown = format!("{command:?}");
    if let Err(e) = session.apply(scenario, command) {
        panic!("{shown} was refused: {e:?} ({})", e.message());
    }
}

/// Apply a command that must be refused, check the session did not change,
/// and return the error.
fn refused(session: &mut Session, scenario: &Scenario, command: Command) -> GameError {
    let before = session.clone();
    let shown = format!("{command:?}");
    let error = session.apply(scenario, command).expect_err(&format!("{shown} should be refused"));
    assert_eq!(*session, before, "{shown} was refused but changed the session");
    error
}

fn reveal(clue: &str) -> Command {
    Command::Reveal { clue: clue.into() }
}
fn place(clue: &str, category: &str) -> Command {
    Command::Place { clue: clue.into(), placement: Placement::Category(category.into()) }
}
fn aside(clue: &str) -> Command {
    Command::Place { clue: clue.into(), placement: Placement::Aside }
}
fn unplace(clue: &str) -> Command {
    Command::Unplace { clue: clue.into() }
}
fn toggle_key(clue: &str) -> Command {
    Command::ToggleKey { clue: clue.into() }
}
fn add_link(from: &str, to: &str) -> Command {
    Command::AddLink { from: from.into(), to: to.into(), why: String::new() }
}
fn remove_link(from: &str, to: &str) -> Command {
    Command::RemoveLink { from: from.into(), to: to.into() }
}
fn cite(clue: &str) -> Command {
    Command::ToggleAnswerClue { clue: clue.into() }
}
fn text(text: &str) -> Command {
    Command::SetAnswerText { text: text.into() }
}
fn hint(hint: &str) -> Command {
    Command::UseHint { hint: hint.into() }
}
fn statement(statement: &str, value: u8) -> Command {
    Command::SetStatement { statement: statement.into(), value }
}
fn open_answer(question: &str, text: &str) -> Command {
    Command::SetOpenAnswer { question: question.into(), text: text.into() }
}
fn link(from: &str, to: &str) -> Link {
    Link::new(from, to)
}
fn wrong_phase(phase: Phase) -> GameError {
    GameError::WrongPhase { phase }
}

const ROUND_ONE: [&str; 5] = ["brief", "loket", "schuld", "folder", "karim-zegt"];
const ALL_CLUES: [&str; 7] = ["brief", "loket", "schuld", "folder", "karim-zegt", "termijn", "bezwaar"];

/// A fresh session in Onderzoeken, round 1, nothing uncovered.
fn investigating(s: &Scenario) -> Session {
    let mut session = Session::new(s, team());
    ok(&mut session, s, Command::Advance);
    session
}

/// Every clue uncovered (both rounds), now in Ordenen with an empty board.
fn sorting(s: &Scenario) -> Session {
    let mut session = investigating(s);
    for clue in ROUND_ONE {
        ok(&mut session, s, reveal(clue));
    }
    ok(&mut session, s, Command::NextRound);
    ok(&mut session, s, reveal("termijn"));
    ok(&mut session, s, reveal("bezwaar"));
    ok(&mut session, s, Command::Advance);
    session
}

/// Everything sorted well, key clues marked and the chains linked; now in Oplossen.
fn solving(s: &Scenario) -> Session {
    let mut session = sorting(s);
    for (clue, category) in [
        ("brief", "communicatie"),
        ("loket", "toegang"),
        ("schuld", "geld"),
        ("karim-zegt", "toegang"),
        ("termijn", "geld"),
        ("bezwaar", "communicatie"),
    ] {
        ok(&mut session, s, place(clue, category));
    }
    ok(&mut session, s, aside("folder"));
    for clue in ["brief", "loket", "termijn"] {
        ok(&mut session, s, toggle_key(clue));
    }
    ok(&mut session, s, add_link("brief", "loket"));
    ok(&mut session, s, add_link("loket", "termijn"));
    ok(&mut session, s, Command::Advance);
    session
}

/// An answer handed in; now in Reflecteren.
fn reflecting(s: &Scenario) -> Session {
    let mut session = solving(s);
    ok(&mut session, s, cite("brief"));
    ok(&mut session, s, text("De brief was te moeilijk voor haar, dus zij wist niet wat zij moest doen."));
    ok(&mut session, s, Command::Advance);
    session
}

/// Every statement answered; now in Resultaat.
fn finished(s: &Scenario) -> Session {
    let mut session = reflecting(s);
    for id in ["s-info", "s-toegang", "s-toegang-omgekeerd", "s-bejegening"] {
        ok(&mut session, s, statement(id, 3));
    }
    ok(&mut session, s, Command::Advance);
    session
}

fn strings(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

// ---------------------------------------------------------------- the fixture

#[test]
fn fixture_has_two_rounds_and_every_kind_of_clue() {
    let s = scenario();
    assert_eq!(s.rounds(), 2);
    assert_eq!(s.clues.len(), 7);
    assert_eq!(s.categories.len(), 3);
    assert_eq!(s.clue("bezwaar").unwrap().unlock.after, vec!["termijn".to_string()]);
    assert!(s.reflection.statements.iter().any(|st| st.reversed));
    assert_eq!(s.role_actions.len(), 4);
}

// ---------------------------------------------------------------- a new session

#[test]
fn a_new_session_starts_in_the_intro_with_nothing_done() {
    let s = scenario();
    let session = Session::new(&s, team());
    assert_eq!(session.scenario_id, "test-brief");
    assert_eq!(session.phase, Phase::Intro);
    assert_eq!(session.round, 1);
    assert!(session.revealed.is_empty());
    assert!(session.hints_used.is_empty());
    assert_eq!(session.board, Board::default());
    assert!(session.answer.clues.is_empty());
    assert!(session.answer.text.is_empty());
    assert!(session.reflection.scale.is_empty());
    assert!(session.reflection.open.is_empty());
    assert_eq!(session.team, team());
}

#[test]
fn the_team_name_and_members_are_tidied() {
    let s = scenario();
    let session = Session::new(
        &s,
        Team {
            name: "  Team Oost \n".into(),
            members: vec![" Anna ".into(), "".into(), "   ".into(), "Bram".into()],
            ..Team::default()
        },
    );
    assert_eq!(session.team.name, "Team Oost");
    assert_eq!(session.team.members, strings(&["Anna", "Bram"]));
}

#[test]
fn an_empty_team_name_becomes_team() {
    let s = scenario();
    assert_eq!(Session::new(&s, Team { name: "   ".into(), ..Team::default() }).team.name, "Team");
    assert_eq!(Session::new(&s, Team::default()).team.name, "Team");
}

// ---------------------------------------------------------------- the phase flow

#[test]
fn the_intro_always_lets_the_team_start() {
    let s = scenario();
    let mut session = Session::new(&s, team());
    assert_eq!(session.can_advance(&s), Ok(()));
    ok(&mut session, &s, Command::Advance);
    assert_eq!(session.phase, Phase::Onderzoeken);
}

#[test]
fn a_whole_game_runs_from_intro_to_result() {
    let s = scenario();
    let mut session = Session::new(&s, team());
    ok(&mut session, &s, Command::Advance);
    assert_eq!(session.phase, Phase::Onderzoeken);

    while !session.available(&s).is_empty() || session.round < s.rounds() {
        if session.available(&s).is_empty() {
            ok(&mut session, &s, Command::NextRound);
        } else {
            ok(&mut session, &s, Command::RevealNext);
        }
    }
    assert_eq!(session.revealed, strings(&ALL_CLUES));
    ok(&mut session, &s, Command::Advance);
    assert_eq!(session.phase, Phase::Ordenen);

    for clue in ALL_CLUES {
        ok(&mut session, &s, place(clue, "geld"));
    }
    ok(&mut session, &s, Command::Advance);
    assert_eq!(session.phase, Phase::Oplossen);

    ok(&mut session, &s, cite("termijn"));
    ok(&mut session, &s, text("Alles ging te laat omdat niemand haar op tijd de weg naar hulp wees."));
    ok(&mut session, &s, Command::Advance);
    assert_eq!(session.phase, Phase::Reflecteren);

    for st in &s.reflection.statements {
        ok(&mut session, &s, statement(&st.id, 4));
    }
    ok(&mut session, &s, Command::Advance);
    assert_eq!(session.phase, Phase::Resultaat);

    let error = refused(&mut session, &s, Command::Advance);
    assert!(matches!(error, GameError::CannotAdvance(_)));
}

#[test]
fn investigating_needs_at_least_one_clue_before_sorting() {
    let s = scenario();
    let mut session = investigating(&s);
    let error = refused(&mut session, &s, Command::Advance);
    assert_eq!(error, GameError::CannotAdvance("Ontdek eerst minstens één aanwijzing."));
    assert_eq!(session.can_advance(&s), Err(error));

    ok(&mut session, &s, reveal("brief"));
    assert_eq!(session.can_advance(&s), Ok(()));
    ok(&mut session, &s, Command::Advance);
    assert_eq!(session.phase, Phase::Ordenen);
}

#[test]
fn sorting_needs_every_uncovered_clue_placed() {
    let s = scenario();
    let mut session = sorting(&s);
    let error = refused(&mut session, &s, Command::Advance);
    assert_eq!(error, GameError::CannotAdvance("Sorteer eerst alle aanwijzingen: leg ze in een groep of aan de kant."));

    for clue in ALL_CLUES.iter().skip(1) {
        ok(&mut session, &s, place(clue, "toegang"));
    }
    assert_eq!(session.unsorted(), strings(&["brief"]));
    refused(&mut session, &s, Command::Advance);

    // Aside counts as placed.
    ok(&mut session, &s, aside("brief"));
    assert!(session.unsorted().is_empty());
    ok(&mut session, &s, Command::Advance);
    assert_eq!(session.phase, Phase::Oplossen);
}

#[test]
fn solving_needs_a_cited_clue_and_an_explanation() {
    let s = scenario();
    let mut session = solving(&s);
    assert_eq!(
        refused(&mut session, &s, Command::Advance),
        GameError::CannotAdvance("Kies eerst minstens één aanwijzing voor jullie antwoord.")
    );

    ok(&mut session, &s, cite("loket"));
    assert_eq!(
        refused(&mut session, &s, Command::Advance),
        GameError::CannotAdvance("Schrijf eerst jullie verklaring in eigen woorden.")
    );

    ok(&mut session, &s, text("   \n\t "));
    assert_eq!(
        refused(&mut session, &s, Command::Advance),
        GameError::CannotAdvance("Schrijf eerst jullie verklaring in eigen woorden."),
        "only spaces is no explanation"
    );

    ok(&mut session, &s, text("Niemand hielp haar."));
    let short = refused(&mut session, &s, Command::Advance);
    assert_eq!(short, GameError::ExplanationTooShort { words: 3 }, "the minimum length is a rule");
    assert_eq!(
        short.message(),
        "Jullie uitleg telt nu 3 woorden. Schrijf er minstens 12, in hele zinnen: wat is er gebeurd, en waarom?"
    );
    ok(&mut session, &s, text("Eén"));
    assert!(refused(&mut session, &s, Command::Advance).message().starts_with("Jullie uitleg telt nu 1 woord."));

    ok(&mut session, &s, text("Niemand hielp haar aan de balie, daarom liep de termijn voor bezwaar af."));
    ok(&mut session, &s, Command::Advance);
    assert_eq!(session.phase, Phase::Reflecteren);
}

#[test]
fn reflecting_needs_every_statement_answered_but_not_the_open_questions() {
    let s = scenario();
    let mut session = reflecting(&s);
    assert_eq!(
        refused(&mut session, &s, Command::Advance),
        GameError::CannotAdvance("Geef eerst bij elke stelling een antwoord.")
    );
    ok(&mut session, &s, statement("s-info", 1));
    ok(&mut session, &s, statement("s-toegang", 2));
    ok(&mut session, &s, statement("s-toegang-omgekeerd", 5));
    refused(&mut session, &s, Command::Advance);
    ok(&mut session, &s, statement("s-bejegening", 3));
    ok(&mut session, &s, Command::Advance);
    assert_eq!(session.phase, Phase::Resultaat);
}

#[test]
fn the_result_is_the_end() {
    let s = scenario();
    let mut session = finished(&s);
    assert!(matches!(session.can_advance(&s), Err(GameError::CannotAdvance(_))));
    assert!(matches!(refused(&mut session, &s, Command::Advance), GameError::CannotAdvance(_)));
    assert_eq!(refused(&mut session, &s, Command::Back), GameError::CannotGoBack);
}

#[test]
fn back_goes_from_sorting_to_investigating_and_from_solving_to_sorting() {
    let s = scenario();
    let mut session = solving(&s);
    let board = session.board.clone();

    ok(&mut session, &s, Command::Back);
    assert_eq!(session.phase, Phase::Ordenen);
    ok(&mut session, &s, Command::Back);
    assert_eq!(session.phase, Phase::Onderzoeken);
    assert_eq!(session.board, board, "going back keeps the board");

    assert_eq!(refused(&mut session, &s, Command::Back), GameError::CannotGoBack);
}

#[test]
fn back_is_refused_in_the_intro_investigation_reflection_and_result() {
    let s = scenario();
    for mut session in [Session::new(&s, team()), investigating(&s), reflecting(&s), finished(&s)] {
        assert_eq!(refused(&mut session, &s, Command::Back), GameError::CannotGoBack, "in {:?}", session.phase);
    }
}

#[test]
fn going_back_to_investigate_lets_the_team_uncover_more_and_sort_it() {
    let s = scenario();
    let mut session = investigating(&s);
    ok(&mut session, &s, reveal("brief"));
    ok(&mut session, &s, Command::Advance);
    ok(&mut session, &s, place("brief", "communicatie"));
    ok(&mut session, &s, Command::Back);
    ok(&mut session, &s, reveal("loket"));
    ok(&mut session, &s, Command::Advance);
    assert_eq!(session.unsorted(), strings(&["loket"]));
    refused(&mut session, &s, Command::Advance);
}

// ---------------------------------------------------------------- uncovering clues

#[test]
fn reveal_uncovers_an_available_clue_in_the_order_the_team_chooses() {
    let s = scenario();
    let mut session = investigating(&s);
    ok(&mut session, &s, reveal("folder"));
    ok(&mut session, &s, reveal("brief"));
    assert_eq!(session.revealed, strings(&["folder", "brief"]));
    assert!(session.is_revealed("folder"));
    assert!(!session.is_revealed("loket"));
    assert!(!session.is_revealed("bestaat-niet"));
}

#[test]
fn reveal_is_refused_for_unknown_locked_or_already_uncovered_clues() {
    let s = scenario();
    let mut session = investigating(&s);
    assert_eq!(refused(&mut session, &s, reveal("geheim")), GameError::UnknownClue("geheim".into()));
    assert_eq!(
        refused(&mut session, &s, reveal("termijn")),
        GameError::NotAvailable("termijn".into()),
        "round 2 clue in round 1"
    );
    ok(&mut session, &s, reveal("brief"));
    assert_eq!(refused(&mut session, &s, reveal("brief")), GameError::NotAvailable("brief".into()));
}

#[test]
fn reveal_only_works_while_investigating() {
    let s = scenario();
    let mut intro = Session::new(&s, team());
    assert_eq!(refused(&mut intro, &s, reveal("brief")), wrong_phase(Phase::Intro));
    assert_eq!(refused(&mut intro, &s, Command::RevealNext), wrong_phase(Phase::Intro));

    let mut session = investigating(&s);
    ok(&mut session, &s, reveal("brief"));
    ok(&mut session, &s, Command::Advance);
    assert_eq!(refused(&mut session, &s, reveal("loket")), wrong_phase(Phase::Ordenen));
    assert_eq!(refused(&mut session, &s, Command::RevealNext), wrong_phase(Phase::Ordenen));
}

#[test]
fn reveal_next_follows_scenario_order_until_nothing_is_left() {
    let s = scenario();
    let mut session = investigating(&s);
    ok(&mut session, &s, reveal("schuld"));
    for _ in 0..4 {
        ok(&mut session, &s, Command::RevealNext);
    }
    assert_eq!(session.revealed, strings(&["schuld", "brief", "loket", "folder", "karim-zegt"]));

    let error = refused(&mut session, &s, Command::RevealNext);
    assert_eq!(error, GameError::NotAvailable(String::new()));
    assert_eq!(error.message(), "Er is nu geen aanwijzing meer om te ontdekken.");
}

#[test]
fn available_and_locked_follow_rounds_and_after() {
    let s = scenario();
    let mut session = investigating(&s);
    assert_eq!(session.available(&s), strings(&ROUND_ONE));
    assert_eq!(session.locked_count(&s), 2);

    ok(&mut session, &s, reveal("loket"));
    assert_eq!(session.available(&s), strings(&["brief", "schuld", "folder", "karim-zegt"]));
    assert_eq!(session.locked_count(&s), 2, "uncovered clues are neither available nor locked");

    ok(&mut session, &s, Command::NextRound);
    assert_eq!(session.available(&s), strings(&["brief", "schuld", "folder", "karim-zegt", "termijn"]));
    assert_eq!(session.locked_count(&s), 1, "bezwaar waits for termijn");

    ok(&mut session, &s, reveal("termijn"));
    assert_eq!(session.available(&s), strings(&["brief", "schuld", "folder", "karim-zegt", "bezwaar"]));
    assert_eq!(session.locked_count(&s), 0);
}

#[test]
fn a_clue_with_after_stays_locked_until_its_clue_is_uncovered() {
    let s = scenario();
    let mut session = investigating(&s);
    ok(&mut session, &s, Command::NextRound);
    assert_eq!(refused(&mut session, &s, reveal("bezwaar")), GameError::NotAvailable("bezwaar".into()));
    ok(&mut session, &s, reveal("termijn"));
    ok(&mut session, &s, reveal("bezwaar"));
    assert_eq!(session.revealed, strings(&["termijn", "bezwaar"]));
}

#[test]
fn round_one_clues_stay_available_in_later_rounds() {
    let s = scenario();
    let mut session = investigating(&s);
    ok(&mut session, &s, Command::NextRound);
    ok(&mut session, &s, reveal("brief"));
    assert!(session.is_revealed("brief"));
}

#[test]
fn next_round_moves_on_until_the_last_round() {
    let s = scenario();
    let mut session = investigating(&s);
    assert_eq!(session.round, 1);
    ok(&mut session, &s, Command::NextRound);
    assert_eq!(session.round, 2);
    let error = refused(&mut session, &s, Command::NextRound);
    assert_eq!(error, GameError::NoMoreRounds);
    assert_eq!(session.round, 2);
}

#[test]
fn next_round_only_works_while_investigating() {
    let s = scenario();
    let mut session = Session::new(&s, team());
    assert_eq!(refused(&mut session, &s, Command::NextRound), wrong_phase(Phase::Intro));
    let mut session = sorting(&s);
    assert_eq!(refused(&mut session, &s, Command::NextRound), wrong_phase(Phase::Ordenen));
}

// ---------------------------------------------------------------- hints

#[test]
fn hints_belong_to_their_phase_and_can_be_used_once() {
    let s = scenario();
    let mut session = Session::new(&s, team());
    assert!(session.hints_available(&s).is_empty(), "no hints in the intro");
    assert_eq!(refused(&mut session, &s, hint("h-zoek-1")), wrong_phase(Phase::Intro));

    ok(&mut session, &s, Command::Advance);
    assert_eq!(session.hints_available(&s), strings(&["h-zoek-1", "h-zoek-2"]));
    ok(&mut session, &s, hint("h-zoek-2"));
    assert_eq!(session.hints_used, strings(&["h-zoek-2"]));
    assert_eq!(session.hints_available(&s), strings(&["h-zoek-1"]));
    assert_eq!(session.hint_cost(&s), 5);

    assert_eq!(refused(&mut session, &s, hint("h-zoek-2")), GameError::HintUsed("h-zoek-2".into()));
    assert_eq!(refused(&mut session, &s, hint("h-orden")), wrong_phase(Phase::Onderzoeken));
    assert_eq!(refused(&mut session, &s, hint("h-onbekend")), GameError::UnknownHint("h-onbekend".into()));

    ok(&mut session, &s, reveal("brief"));
    ok(&mut session, &s, Command::Advance);
    assert_eq!(session.hints_available(&s), strings(&["h-orden"]));
    ok(&mut session, &s, hint("h-orden"));
    assert!(session.hints_available(&s).is_empty());
    assert_eq!(session.hint_cost(&s), 15);
}

#[test]
fn a_used_hint_stays_used_after_going_back() {
    let s = scenario();
    let mut session = investigating(&s);
    ok(&mut session, &s, hint("h-zoek-1"));
    ok(&mut session, &s, reveal("brief"));
    ok(&mut session, &s, Command::Advance);
    ok(&mut session, &s, Command::Back);
    assert_eq!(session.hints_available(&s), strings(&["h-zoek-2"]));
    assert_eq!(refused(&mut session, &s, hint("h-zoek-1")), GameError::HintUsed("h-zoek-1".into()));
}

#[test]
fn the_solving_hint_works_while_solving() {
    let s = scenario();
    let mut session = solving(&s);
    assert_eq!(session.hints_available(&s), strings(&["h-los"]));
    ok(&mut session, &s, hint("h-los"));
    assert_eq!(session.hint_cost(&s), 15);
}

// ---------------------------------------------------------------- the board

#[test]
fn place_puts_a_clue_in_a_category_or_aside_and_can_move_it() {
    let s = scenario();
    let mut session = sorting(&s);
    ok(&mut session, &s, place("brief", "communicatie"));
    ok(&mut session, &s, aside("folder"));
    assert_eq!(session.board.placements.get("brief"), Some(&Placement::Category("communicatie".into())));
    assert_eq!(session.board.placements.get("folder"), Some(&Placement::Aside));

    ok(&mut session, &s, place("brief", "geld"));
    assert_eq!(session.board.placements.get("brief"), Some(&Placement::Category("geld".into())));
    assert_eq!(session.unsorted(), strings(&["loket", "schuld", "karim-zegt", "termijn", "bezwaar"]));
}

#[test]
fn place_is_refused_for_unknown_or_hidden_clues_and_unknown_categories() {
    let s = scenario();
    let mut session = investigating(&s);
    ok(&mut session, &s, reveal("brief"));
    ok(&mut session, &s, Command::Advance);

    assert_eq!(refused(&mut session, &s, place("geheim", "geld")), GameError::UnknownClue("geheim".into()));
    assert_eq!(refused(&mut session, &s, place("loket", "geld")), GameError::NotAvailable("loket".into()));
    assert_eq!(refused(&mut session, &s, aside("loket")), GameError::NotAvailable("loket".into()));
    assert_eq!(refused(&mut session, &s, place("brief", "wonen")), GameError::UnknownCategory("wonen".into()));
}

#[test]
fn the_board_only_works_while_sorting() {
    let s = scenario();
    let mut session = investigating(&s);
    ok(&mut session, &s, reveal("brief"));
    assert_eq!(refused(&mut session, &s, place("brief", "geld")), wrong_phase(Phase::Onderzoeken));
    assert_eq!(refused(&mut session, &s, unplace("brief")), wrong_phase(Phase::Onderzoeken));
    assert_eq!(refused(&mut session, &s, toggle_key("brief")), wrong_phase(Phase::Onderzoeken));

    let mut session = solving(&s);
    assert_eq!(refused(&mut session, &s, place("brief", "geld")), wrong_phase(Phase::Oplossen));
    assert_eq!(refused(&mut session, &s, unplace("brief")), wrong_phase(Phase::Oplossen));
    assert_eq!(refused(&mut session, &s, toggle_key("brief")), wrong_phase(Phase::Oplossen));
}

#[test]
fn unplace_takes_a_clue_back_to_the_pile_and_keeps_its_key_mark() {
    let s = scenario();
    let mut session = sorting(&s);
    ok(&mut session, &s, place("brief", "communicatie"));
    ok(&mut session, &s, toggle_key("brief"));
    ok(&mut session, &s, unplace("brief"));
    assert!(!session.board.placements.contains_key("brief"));
    assert!(session.board.key.contains("brief"));
    assert_eq!(session.unsorted()[0], "brief");

    // Unplacing an unsorted clue changes nothing and is fine.
    let before = session.clone();
    ok(&mut session, &s, unplace("brief"));
    assert_eq!(session, before);

    assert_eq!(refused(&mut session, &s, unplace("geheim")), GameError::UnknownClue("geheim".into()));
}

#[test]
fn toggle_key_marks_and_unmarks() {
    let s = scenario();
    let mut session = sorting(&s);
    ok(&mut session, &s, toggle_key("loket"));
    ok(&mut session, &s, toggle_key("brief"));
    assert_eq!(session.board.key.iter().collect::<Vec<_>>(), ["brief", "loket"]);
    ok(&mut session, &s, toggle_key("loket"));
    assert_eq!(session.board.key.iter().collect::<Vec<_>>(), ["brief"]);

    assert_eq!(refused(&mut session, &s, toggle_key("geheim")), GameError::UnknownClue("geheim".into()));
}

#[test]
fn toggle_key_is_refused_for_a_clue_not_uncovered() {
    let s = scenario();
    let mut session = investigating(&s);
    ok(&mut session, &s, reveal("brief"));
    ok(&mut session, &s, Command::Advance);
    assert_eq!(refused(&mut session, &s, toggle_key("loket")), GameError::NotAvailable("loket".into()));
}

#[test]
fn setting_a_key_clue_aside_unmarks_it_and_an_aside_clue_cannot_be_key() {
    let s = scenario();
    let mut session = sorting(&s);
    ok(&mut session, &s, toggle_key("folder"));
    assert!(session.board.key.contains("folder"));

    ok(&mut session, &s, aside("folder"));
    assert!(!session.board.key.contains("folder"), "aside removes the key mark");
    assert_eq!(refused(&mut session, &s, toggle_key("folder")), GameError::NotAvailable("folder".into()));

    // Back in a category it can be marked again.
    ok(&mut session, &s, place("folder", "communicatie"));
    ok(&mut session, &s, toggle_key("folder"));
    assert!(session.board.key.contains("folder"));

    // Unplaced (from aside) it can be marked too.
    ok(&mut session, &s, aside("folder"));
    ok(&mut session, &s, unplace("folder"));
    ok(&mut session, &s, toggle_key("folder"));
    assert!(session.board.key.contains("folder"));
}

// ---------------------------------------------------------------- links

#[test]
fn links_are_stored_once_and_a_reverse_link_is_a_different_link() {
    let s = scenario();
    let mut session = sorting(&s);
    ok(&mut session, &s, add_link("loket", "brief"));
    ok(&mut session, &s, add_link("brief", "loket"));
    let before = session.clone();
    ok(&mut session, &s, add_link("brief", "loket"));
    assert_eq!(session, before, "adding an existing link changes nothing");
    assert_eq!(session.board.links.to_vec(), [link("brief", "loket"), link("loket", "brief")]);

    ok(&mut session, &s, remove_link("loket", "brief"));
    assert_eq!(session.board.links.to_vec(), [link("brief", "loket")]);

    let before = session.clone();
    ok(&mut session, &s, remove_link("loket", "brief"));
    ok(&mut session, &s, remove_link("schuld", "termijn"));
    assert_eq!(session, before, "removing a missing link changes nothing");
}

#[test]
fn links_are_refused_to_itself_to_unknown_and_to_hidden_clues() {
    let s = scenario();
    let mut session = investigating(&s);
    ok(&mut session, &s, reveal("brief"));
    ok(&mut session, &s, reveal("loket"));
    ok(&mut session, &s, Command::Advance);

    assert_eq!(refused(&mut session, &s, add_link("brief", "brief")), GameError::SelfLink);
    assert_eq!(refused(&mut session, &s, add_link("brief", "geheim")), GameError::UnknownClue("geheim".into()));
    assert_eq!(refused(&mut session, &s, add_link("geheim", "brief")), GameError::UnknownClue("geheim".into()));
    assert_eq!(refused(&mut session, &s, add_link("brief", "schuld")), GameError::NotAvailable("schuld".into()));
    assert_eq!(refused(&mut session, &s, add_link("schuld", "brief")), GameError::NotAvailable("schuld".into()));
    assert_eq!(refused(&mut session, &s, remove_link("brief", "geheim")), GameError::UnknownClue("geheim".into()));
    assert!(session.board.links.is_empty());
}

#[test]
fn links_work_while_sorting_and_solving_only() {
    let s = scenario();
    let mut session = solving(&s);
    ok(&mut session, &s, add_link("schuld", "termijn"));
    assert!(session.board.links.contains(&link("schuld", "termijn")));
    ok(&mut session, &s, remove_link("brief", "loket"));
    assert!(!session.board.links.contains(&link("brief", "loket")));

    let mut session = investigating(&s);
    ok(&mut session, &s, reveal("brief"));
    ok(&mut session, &s, reveal("loket"));
    assert_eq!(refused(&mut session, &s, add_link("brief", "loket")), wrong_phase(Phase::Onderzoeken));
    assert_eq!(refused(&mut session, &s, remove_link("brief", "loket")), wrong_phase(Phase::Onderzoeken));

    let mut session = reflecting(&s);
    assert_eq!(refused(&mut session, &s, add_link("schuld", "termijn")), wrong_phase(Phase::Reflecteren));
    assert_eq!(refused(&mut session, &s, remove_link("brief", "loket")), wrong_phase(Phase::Reflecteren));
}

// ---------------------------------------------------------------- the answer

#[test]
fn citing_toggles_and_keeps_the_chosen_order() {
    let s = scenario();
    let mut session = solving(&s);
    ok(&mut session, &s, cite("termijn"));
    ok(&mut session, &s, cite("brief"));
    ok(&mut session, &s, cite("folder"));
    assert_eq!(session.answer.clues, strings(&["termijn", "brief", "folder"]));
    ok(&mut session, &s, cite("brief"));
    assert_eq!(session.answer.clues, strings(&["termijn", "folder"]));
    ok(&mut session, &s, cite("brief"));
    assert_eq!(session.answer.clues, strings(&["termijn", "folder", "brief"]));

    assert_eq!(refused(&mut session, &s, cite("geheim")), GameError::UnknownClue("geheim".into()));
}

#[test]
fn only_uncovered_clues_can_be_cited() {
    let s = scenario();
    let mut session = investigating(&s);
    ok(&mut session, &s, reveal("brief"));
    ok(&mut session, &s, Command::Advance);
    ok(&mut session, &s, place("brief", "communicatie"));
    ok(&mut session, &s, Command::Advance);
    assert_eq!(refused(&mut session, &s, cite("loket")), GameError::NotAvailable("loket".into()));
}

#[test]
fn the_explanation_is_replaced_as_typed() {
    let s = scenario();
    let mut session = solving(&s);
    ok(&mut session, &s, text("Eerste idee"));
    ok(&mut session, &s, text("  Beter idee  "));
    assert_eq!(session.answer.text, "  Beter idee  ");
}

#[test]
fn the_answer_only_works_while_solving() {
    let s = scenario();
    let mut session = sorting(&s);
    assert_eq!(refused(&mut session, &s, cite("brief")), wrong_phase(Phase::Ordenen));
    assert_eq!(refused(&mut session, &s, text("Te vroeg")), wrong_phase(Phase::Ordenen));
}

#[test]
fn the_answer_is_locked_once_handed_in() {
    let s = scenario();
    let mut session = reflecting(&s);
    let answer = session.answer.clone();
    assert_eq!(refused(&mut session, &s, cite("loket")), wrong_phase(Phase::Reflecteren));
    assert_eq!(refused(&mut session, &s, cite("brief")), wrong_phase(Phase::Reflecteren));
    assert_eq!(refused(&mut session, &s, text("Toch anders")), wrong_phase(Phase::Reflecteren));
    assert_eq!(refused(&mut session, &s, Command::Back), GameError::CannotGoBack);
    assert_eq!(session.answer, answer);

    let mut session = finished(&s);
    assert_eq!(refused(&mut session, &s, text("Toch anders")), wrong_phase(Phase::Resultaat));
}

// ---------------------------------------------------------------- the reflection

#[test]
fn statements_take_one_to_five_and_can_be_changed() {
    let s = scenario();
    let mut session = reflecting(&s);
    ok(&mut session, &s, statement("s-info", 1));
    ok(&mut session, &s, statement("s-toegang", 5));
    ok(&mut session, &s, statement("s-info", 4));
    assert_eq!(session.reflection.scale.get("s-info"), Some(&4));
    assert_eq!(session.reflection.scale.get("s-toegang"), Some(&5));

    assert_eq!(refused(&mut session, &s, statement("s-info", 0)), GameError::ScaleOutOfRange(0));
    assert_eq!(refused(&mut session, &s, statement("s-info", 6)), GameError::ScaleOutOfRange(6));
    assert_eq!(refused(&mut session, &s, statement("s-weg", 3)), GameError::UnknownStatement("s-weg".into()));
}

#[test]
fn open_questions_are_replaced_as_typed() {
    let s = scenario();
    let mut session = reflecting(&s);
    ok(&mut session, &s, open_answer("q-praktijk", "Brieven zijn te lang."));
    ok(&mut session, &s, open_answer("q-samen", "We begonnen met lezen."));
    ok(&mut session, &s, open_answer("q-praktijk", "Brieven zijn te moeilijk."));
    assert_eq!(session.reflection.open.get("q-praktijk").map(String::as_str), Some("Brieven zijn te moeilijk."));
    assert_eq!(session.reflection.open.len(), 2);
    assert_eq!(refused(&mut session, &s, open_answer("q-weg", "x")), GameError::UnknownQuestion("q-weg".into()));
}

#[test]
fn the_reflection_only_works_while_reflecting() {
    let s = scenario();
    let mut session = solving(&s);
    assert_eq!(refused(&mut session, &s, statement("s-info", 3)), wrong_phase(Phase::Oplossen));
    assert_eq!(refused(&mut session, &s, open_answer("q-samen", "x")), wrong_phase(Phase::Oplossen));
    let mut session = finished(&s);
    assert_eq!(refused(&mut session, &s, statement("s-info", 3)), wrong_phase(Phase::Resultaat));
    assert_eq!(refused(&mut session, &s, open_answer("q-samen", "x")), wrong_phase(Phase::Resultaat));
}

// ---------------------------------------------------------------- refusals change nothing

#[test]
fn every_refused_command_leaves_the_session_as_it_was() {
    let s = scenario();
    let sessions =
        [Session::new(&s, team()), investigating(&s), sorting(&s), solving(&s), reflecting(&s), finished(&s)];
    let commands = || {
        vec![
            reveal("geheim"),
            reveal("bezwaar"),
            place("geheim", "geld"),
            place("brief", "wonen"),
            unplace("geheim"),
            toggle_key("geheim"),
            add_link("brief", "brief"),
            add_link("brief", "geheim"),
            remove_link("geheim", "brief"),
            cite("geheim"),
            hint("h-onbekend"),
            statement("s-info", 9),
            statement("s-weg", 3),
            open_answer("q-weg", "x"),
        ]
    };
    for session in sessions {
        for command in commands() {
            let mut copy = session.clone();
            // `refused` asserts the session is unchanged.
            refused(&mut copy, &s, command);
        }
    }
}

// ---------------------------------------------------------------- messages

#[test]
fn error_messages_are_short_dutch_sentences() {
    assert_eq!(wrong_phase(Phase::Ordenen).message(), "Dat kan niet in de fase Ordenen.");
    assert_eq!(
        GameError::CannotAdvance("Sorteer eerst alle aanwijzingen: leg ze in een groep of aan de kant.").message(),
        "Sorteer eerst alle aanwijzingen: leg ze in een groep of aan de kant."
    );
    assert_eq!(GameError::SelfLink.message(), "Je kunt een aanwijzing niet met zichzelf verbinden.");
    assert!(GameError::ScaleOutOfRange(7).message().contains('7'));
    assert!(GameError::UnknownClue("c-x".into()).message().contains("c-x"));

    let all = [
        wrong_phase(Phase::Intro),
        GameError::UnknownClue("a".into()),
        GameError::UnknownCategory("a".into()),
        GameError::UnknownHint("a".into()),
        GameError::UnknownStatement("a".into()),
        GameError::UnknownQuestion("a".into()),
        GameError::NotAvailable("a".into()),
        GameError::NotAvailable(String::new()),
        GameError::HintUsed("a".into()),
        GameError::NoMoreRounds,
        GameError::SelfLink,
        GameError::ScaleOutOfRange(0),
        GameError::CannotAdvance("Nog niet."),
        GameError::CannotGoBack,
    ];
    for error in all {
        let message = error.message();
        assert!(message.ends_with('.'), "{error:?}: {message}");
        assert!(message.chars().next().is_some_and(char::is_uppercase), "{error:?}: {message}");
        assert!(message.len() < 120, "{error:?}: {message}");
        assert_eq!(error.to_string(), message, "Display shows the message");
    }
}

#[test]
fn every_refused_advance_explains_itself_in_dutch() {
    let s = scenario();
    for session in [investigating(&s), sorting(&s), solving(&s), reflecting(&s), finished(&s)] {
        match session.can_advance(&s) {
            Err(GameError::CannotAdvance(reason)) => {
                assert!(reason.ends_with('.'), "{reason}");
                assert_eq!(GameError::CannotAdvance(reason).message(), reason);
            }
            other => panic!("{:?}: expected a reason, got {other:?}", session.phase),
        }
    }
}

// ---------------------------------------------------------------- saving

#[test]
fn a_game_in_progress_survives_a_json_round_trip() {
    let s = scenario();
    let mut session = solving(&s);
    ok(&mut session, &s, hint("h-los"));
    ok(&mut session, &s, cite("termijn"));
    ok(&mut session, &s, cite("brief"));
    ok(&mut session, &s, text("De brief was \"moeilijk\" en te laat."));
    ok(&mut session, &s, add_link("termijn", "bezwaar"));

    let json = serde_json::to_string(&session).unwrap();
    let back: Session = serde_json::from_str(&json).unwrap();
    assert_eq!(back, session);

    // Also mid-reflection.
    let mut session = reflecting(&s);
    ok(&mut session, &s, statement("s-info", 2));
    ok(&mut session, &s, open_answer("q-samen", "Samen lezen."));
    let back: Session = serde_json::from_str(&serde_json::to_string(&session).unwrap()).unwrap();
    assert_eq!(back, session);
}

#[test]
fn commands_survive_a_json_round_trip() {
    let commands = [
        Command::Advance,
        Command::Back,
        reveal("brief"),
        Command::RevealNext,
        Command::NextRound,
        hint("h-los"),
        place("brief", "geld"),
        aside("folder"),
        unplace("brief"),
        toggle_key("brief"),
        add_link("a", "b"),
        remove_link("a", "b"),
        cite("brief"),
        text("tekst"),
        statement("s-info", 3),
        open_answer("q-samen", "x"),
    ];
    for command in commands {
        let json = serde_json::to_string(&command).unwrap();
        assert_eq!(serde_json::from_str::<Command>(&json).unwrap(), command, "{json}");
    }
}

#[test]
fn a_session_fits_its_own_scenario_in_every_phase() {
    let s = scenario();
    for session in [Session::new(&s, team()), investigating(&s), sorting(&s), solving(&s), reflecting(&s), finished(&s)]
    {
        assert_eq!(session.check_against(&s), Ok(()), "{:?}", session.phase);
    }
}

#[test]
fn check_against_catches_a_clue_that_no_longer_exists() {
    let s = scenario();
    let session = solving(&s);
    let mut changed = s.clone();
    changed.clues.retain(|c| c.id != "schuld");
    let why = session.check_against(&changed).unwrap_err();
    assert!(why.contains("schuld"), "{why}");
    assert!(why.contains("bestaat niet meer"), "{why}");
}

#[test]
fn check_against_catches_every_kind_of_mismatch() {
    let s = scenario();
    let base = reflecting(&s);

    let mut other = s.clone();
    other.id = "ander-mysterie".into();
    assert!(base.check_against(&other).unwrap_err().contains("ander-mysterie"));

    type Change = Box<dyn Fn(&mut Session)>;
    let cases: Vec<(&str, Change)> = vec![
        ("onbekend", Box::new(|x| x.revealed.push("onbekend".into()))),
        ("brief", Box::new(|x| x.revealed.push("brief".into()))),
        (
            "wonen",
            Box::new(|x| {
                x.board.placements.insert("brief".into(), Placement::Category("wonen".into()));
            }),
        ),
        (
            "onbekend",
            Box::new(|x| {
                x.board.placements.insert("onbekend".into(), Placement::Aside);
            }),
        ),
        (
            "onbekend",
            Box::new(|x| {
                x.board.key.insert("onbekend".into());
            }),
        ),
        (
            "onbekend",
            Box::new(|x| {
                x.board.links.push(link("brief", "onbekend"));
            }),
        ),
        ("onbekend", Box::new(|x| x.answer.clues.push("onbekend".into()))),
        ("h-weg", Box::new(|x| x.hints_used.push("h-weg".into()))),
        (
            "s-weg",
            Box::new(|x| {
                x.reflection.scale.insert("s-weg".into(), 3);
            }),
        ),
        (
            "s-info",
            Box::new(|x| {
                x.reflection.scale.insert("s-info".into(), 9);
            }),
        ),
        (
            "q-weg",
            Box::new(|x| {
                x.reflection.open.insert("q-weg".into(), "x".into());
            }),
        ),
        ("ronde 3", Box::new(|x| x.round = 3)),
        ("ronde 0", Box::new(|x| x.round = 0)),
    ];
    for (needle, change) in cases {
        let mut session = base.clone();
        change(&mut session);
        let why = session.check_against(&s).expect_err(needle);
        assert!(why.contains(needle), "expected {needle:?} in {why:?}");
    }
}

#[test]
fn check_against_notices_a_clue_on_the_board_that_was_never_uncovered() {
    let s = scenario();
    let mut session = investigating(&s);
    ok(&mut session, &s, reveal("brief"));
    session.board.placements.insert("loket".into(), Placement::Category("toegang".into()));
    let why = session.check_against(&s).unwrap_err();
    assert!(why.contains("loket") && why.contains("niet ontdekt"), "{why}");
}

// ---------------------------------------------------------------- open sorting

fn open_scenario() -> Scenario {
    let mut s = scenario();
    s.sorting = Sorting::Open;
    s
}

fn add_group(name: &str) -> Command {
    Command::AddGroup { name: name.into() }
}

fn group_ids(session: &Session) -> Vec<(String, String)> {
    session.board.groups.iter().map(|g| (g.id.clone(), g.name.clone())).collect()
}

#[test]
fn a_team_makes_names_renames_and_removes_its_own_groups() {
    let s = open_scenario();
    let mut session = sorting(&s);
    assert!(session.board.groups.is_empty(), "an open board starts without groups");
    ok(&mut session, &s, add_group("  Brieven   en regels "));
    ok(&mut session, &s, add_group("Mensen"));
    assert_eq!(
        group_ids(&session),
        [("eigen-1".to_string(), "Brieven en regels".to_string()), ("eigen-2".into(), "Mensen".into())]
    );
    ok(&mut session, &s, place("brief", "eigen-1"));
    ok(&mut session, &s, place("loket", "eigen-2"));
    ok(&mut session, &s, Command::RenameGroup { group: "eigen-2".into(), name: "Aan de balie".into() });
    assert_eq!(session.board.group("eigen-2").unwrap().name, "Aan de balie");
    // Renaming to its own name in another case is fine.
    ok(&mut session, &s, Command::RenameGroup { group: "eigen-2".into(), name: "aan de balie".into() });

    ok(&mut session, &s, Command::RemoveGroup { group: "eigen-1".into() });
    assert_eq!(group_ids(&session), [("eigen-2".to_string(), "aan de balie".to_string())]);
    assert_eq!(session.board.placements.get("brief"), None, "its cards go back to the unsorted pile");
    assert_eq!(session.board.placements.get("loket"), Some(&Placement::Category("eigen-2".into())));
    // A new group takes the first free number.
    ok(&mut session, &s, add_group("Geld"));
    assert_eq!(session.board.groups[1].id, "eigen-1");
}

#[test]
fn group_names_must_be_filled_short_and_distinct() {
    let s = open_scenario();
    let mut session = sorting(&s);
    ok(&mut session, &s, add_group("Geld"));
    assert_eq!(refused(&mut session, &s, add_group("   ")).message(), "Geef de groep een naam.");
    assert!(refused(&mut session, &s, add_group("gELD")).message().contains("al een groep met die naam"));
    assert!(refused(&mut session, &s, add_group(&"x".repeat(41))).message().contains("hoogstens 40 tekens"));
    ok(&mut session, &s, add_group(&"x".repeat(40)));
    assert_eq!(
        refused(&mut session, &s, Command::RenameGroup { group: "eigen-9".into(), name: "Nieuw".into() }),
        GameError::UnknownCategory("eigen-9".into())
    );
    assert_eq!(
        refused(&mut session, &s, Command::RemoveGroup { group: "eigen-9".into() }),
        GameError::UnknownCategory("eigen-9".into())
    );
}

#[test]
fn with_open_sorting_only_the_teams_own_groups_take_cards() {
    let s = open_scenario();
    let mut session = sorting(&s);
    assert_eq!(
        refused(&mut session, &s, place("brief", "communicatie")),
        GameError::UnknownCategory("communicatie".into())
    );
    ok(&mut session, &s, add_group("Alles"));
    for clue in ALL_CLUES.iter().filter(|c| **c != "folder") {
        ok(&mut session, &s, place(clue, "eigen-1"));
    }
    ok(&mut session, &s, aside("folder"));
    ok(&mut session, &s, Command::Advance);
    assert_eq!(session.phase, Phase::Oplossen);
    assert_eq!(session.check_against(&s), Ok(()));
}

#[test]
fn the_authors_grouping_is_a_hint_the_team_may_ask_for_and_take_over() {
    let s = open_scenario();
    let mut session = sorting(&s);
    ok(&mut session, &s, add_group("Geld en termijnen"));
    ok(&mut session, &s, Command::ShowGrouping);
    assert!(session.board.grouping_shown);
    assert!(session.hints_used.is_empty(), "the grouping is no paid hint");
    ok(&mut session, &s, Command::AdoptGrouping);
    // The author's groups are added by id, except the one the team already has by name.
    assert_eq!(
        group_ids(&session),
        [
            ("eigen-1".to_string(), "Geld en termijnen".to_string()),
            ("communicatie".into(), "Communicatie".into()),
            ("toegang".into(), "Toegang tot hulp".into()),
        ]
    );
    ok(&mut session, &s, Command::AdoptGrouping);
    assert_eq!(session.board.groups.len(), 3, "taking over twice adds nothing");
    ok(&mut session, &s, place("brief", "communicatie"));
}

#[test]
fn taken_over_groups_with_long_or_equal_names_get_distinct_names() {
    let mut s = open_scenario();
    let long = "Een heel lange naam voor een groep die de maker bedacht";
    for category in &mut s.categories {
        category.name = long.to_string();
    }
    let mut session = sorting(&s);
    ok(&mut session, &s, Command::AdoptGrouping);
    let names: Vec<&str> = session.board.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names.iter().all(|n| n.chars().count() <= 40), "{names:?}");
    assert_eq!(names[0], "Een heel lange naam voor een groep die d");
    assert!(names[1].ends_with(" (2)") && names[2].ends_with(" (3)"), "{names:?}");
    assert_eq!(session.check_against(&s), Ok(()));
}

#[test]
fn open_sort_commands_need_an_open_board_in_ordenen() {
    let guided = scenario();
    let mut session = sorting(&guided);
    for command in [add_group("Eigen"), Command::ShowGrouping, Command::AdoptGrouping] {
        assert_eq!(refused(&mut session, &guided, command), GameError::SortingMode);
    }
    let s = open_scenario();
    let mut session = investigating(&s);
    assert_eq!(refused(&mut session, &s, add_group("Eigen")), wrong_phase(Phase::Onderzoeken));
    // A saved guided game with own groups does not fit.
    let mut session = sorting(&s);
    ok(&mut session, &s, add_group("Eigen"));
    assert!(session.check_against(&guided).unwrap_err().contains("Eigen"));
}

#[test]
fn an_open_scenario_keeps_reading_as_guided_without_the_field() {
    let s = scenario();
    assert_eq!(s.sorting, Sorting::Guided, "a format-1 file without `sorting` means what it meant");
    let json = serde_json::to_string(&s).unwrap();
    assert!(!json.contains("\"sorting\""), "guided is not written out");
    let open = serde_json::to_string(&open_scenario()).unwrap();
    assert!(open.contains("\"sorting\":\"open\""));
}

// ---------------------------------------------------------------- links with a why

#[test]
fn a_link_keeps_a_short_reason_in_the_teams_words() {
    let s = scenario();
    let mut session = sorting(&s);
    let with_why =
        |from: &str, to: &str, why: &str| Command::AddLink { from: from.into(), to: to.into(), why: why.into() };
    ok(&mut session, &s, with_why("loket", "termijn", "  Niemand   wees haar de weg,\n dus ze was te laat. "));
    ok(&mut session, &s, add_link("brief", "loket"));
    assert_eq!(session.board.link("loket", "termijn").unwrap().why, "Niemand wees haar de weg, dus ze was te laat.");
    assert_eq!(session.board.link("brief", "loket").unwrap().why, "");
    // Linking again changes the reason, not the number of links; order stays sorted.
    ok(&mut session, &s, with_why("loket", "termijn", "Anders gezegd."));
    let pairs: Vec<(&str, &str, &str)> =
        session.board.links.iter().map(|l| (l.from.as_str(), l.to.as_str(), l.why.as_str())).collect();
    assert_eq!(pairs, [("brief", "loket", ""), ("loket", "termijn", "Anders gezegd.")]);
    assert!(session.board.linked("termijn", "loket"), "either direction");
    assert_eq!(refused(&mut session, &s, with_why("brief", "schuld", &"x".repeat(201))), GameError::ReasonTooLong);
    ok(&mut session, &s, with_why("brief", "schuld", &"x".repeat(200)));
    // A saved game with the same link twice does not fit.
    let mut twice = session.clone();
    twice.board.links.push(link("brief", "loket"));
    assert!(twice.check_against(&s).is_err());
    // The reason survives a save.
    let back: Session = serde_json::from_str(&serde_json::to_string(&session).unwrap()).unwrap();
    assert_eq!(back, session);
}

#[test]
fn the_solve_screen_counts_only_links_between_two_cited_clues() {
    let board = Board { links: vec![link("c1", "c2"), link("c2", "c3"), link("c4", "c1")], ..Board::default() };
    assert_eq!(board.links_between(&strings(&["c1", "c2", "c3"])), 2);
    assert_eq!(board.links_between(&strings(&["c1", "c4"])), 1, "either direction counts");
    assert_eq!(board.links_between(&strings(&["c3"])), 0);
    assert_eq!(board.links_between(&[]), 0);
}
