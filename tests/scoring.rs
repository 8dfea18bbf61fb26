//! Scoring as the result screen shows it. Sessions are built directly (the
//! engine has its own tests), plus one full game played through commands.
//! Fixture: `tests/fixtures/engine.json`.
//!
//! Key clues: brief (informatie; juridisch), loket (toegang; sociaal),
//! termijn (toegang; financieel + juridisch). Chains: brief->loket,
//! loket->termijn, termijn->bezwaar. Concepts: "Begrijpelijke taal"
//! (begrijpelijk / moeilijke woorden) and "Termijn" (termijn / te laat).

use mysterie::domain::game::{Command, Link, Placement, Session, Team};
use mysterie::domain::scenario::{Bouwsteen, Perspective, Phase, Role, Scenario};
use mysterie::domain::scoring::{score, word_count, Outcome, SoloLevel, MIN_EXPLANATION_WORDS};

// ---------------------------------------------------------------- helpers

fn scenario() -> Scenario {
    serde_json::from_str(include_str!("fixtures/engine.json")).expect("the fixture is a valid scenario")
}

const ALL_CLUES: [&str; 7] = ["brief", "loket", "schuld", "folder", "karim-zegt", "termijn", "bezwaar"];

/// 14 words, names no concept.
const PLAIN: &str = "Sanne ging naar de balie maar daar kon niemand haar helpen met haar vraag.";
/// 15 words, names both concepts.
const BOTH_CONCEPTS: &str = "De brief had moeilijke woorden, daarom ging Sanne naar de balie en verliep de termijn.";

/// A session with every clue uncovered and nothing else done.
fn session(s: &Scenario) -> Session {
    let mut session = Session::new(s, Team { name: "Test".into(), ..Team::default() });
    session.revealed = ALL_CLUES.iter().map(|c| c.to_string()).collect();
    session
}

fn with_answer(s: &Scenario, cited: &[&str], links: &[(&str, &str)], text: &str) -> Session {
    let mut session = session(s);
    session.answer.clues = cited.iter().map(|c| c.to_string()).collect();
    session.answer.text = text.to_string();
    for (from, to) in links {
        session.board.links.push(Link::new(*from, *to));
    }
    session
}

fn place(session: &mut Session, clue: &str, category: &str) {
    session.board.placements.insert(clue.into(), Placement::Category(category.into()));
}

fn aside(session: &mut Session, clue: &str) {
    session.board.placements.insert(clue.into(), Placement::Aside);
}

fn mark(session: &mut Session, clues: &[&str]) {
    session.board.key.extend(clues.iter().map(|c| c.to_string()));
}

fn link(session: &mut Session, from: &str, to: &str) {
    session.board.links.push(Link::new(from, to));
}

/// The board a perfect team ends with.
fn perfect_board(session: &mut Session) {
    for (clue, category) in [
        ("brief", "communicatie"),
        ("loket", "toegang"),
        ("schuld", "geld"),
        ("termijn", "geld"),
        ("bezwaar", "communicatie"),
        ("karim-zegt", "geld"), // ambiguous: anywhere is fine
    ] {
        place(session, clue, category);
    }
    aside(session, "folder");
    mark(session, &["brief", "loket", "termijn"]);
    link(session, "brief", "loket");
    link(session, "loket", "termijn");
    link(session, "termijn", "bezwaar");
}

fn level(s: &Scenario, session: &Session) -> SoloLevel {
    score(s, session).solution.level
}

fn words(n: usize) -> String {
    vec!["woord"; n].join(" ")
}

// ---------------------------------------------------------------- the extremes

#[test]
fn a_fresh_session_scores_nothing_yet() {
    let s = scenario();
    let outcome = score(&s, &Session::new(&s, Team::default()));
    let i = &outcome.investigation;
    assert_eq!(i.score, 0);
    assert_eq!((i.sorted_right, i.sortable), (0, 6), "the ambiguous clue does not count");
    assert_eq!((i.herrings_aside, i.herrings), (0, 1));
    assert_eq!((i.key_found, i.key_total, i.key_wrong), (0, 3, 0));
    assert_eq!((i.chains_found, i.chains_total), (0, 3));
    assert_eq!((i.hint_cost, i.clues_revealed, i.clues_total), (0, 0, 7));

    let solution = &outcome.solution;
    assert_eq!(solution.level, SoloLevel::Prestructureel);
    assert_eq!(solution.score, 0);
    assert_eq!(solution.concepts_total, 2);
    assert!(solution.concepts_named.is_empty());
    assert!(solution.perspectives.is_empty() && solution.bouwstenen.is_empty());
}

#[test]
fn a_perfect_game_scores_exactly_one_hundred_twice() {
    let s = scenario();
    let mut session = with_answer(&s, &["brief", "loket", "termijn"], &[], BOTH_CONCEPTS);
    perfect_board(&mut session);
    let outcome = score(&s, &session);

    let i = &outcome.investigation;
    assert_eq!((i.sorted_right, i.sortable, i.herrings_aside), (6, 6, 1));
    assert_eq!((i.key_found, i.key_wrong, i.chains_found), (3, 0, 3));
    assert_eq!(i.score, 100);

    let solution = &outcome.solution;
    assert_eq!(solution.level, SoloLevel::UitgebreidAbstract);
    assert_eq!(solution.key_cited, 3);
    assert_eq!(solution.concepts_named, vec!["Begrijpelijke taal".to_string(), "Termijn".to_string()]);
    assert_eq!(solution.score, 100, "60 for the level + 20 for the key clues + 20 for the concepts, never more");
}

#[test]
fn a_full_game_played_with_commands_is_scored() {
    let s = scenario();
    let mut session = Session::new(&s, Team { name: "Oost".into(), ..Team::default() });
    let mut run = |command: Command| session.apply(&s, command).unwrap();
    run(Command::Advance);
    run(Command::UseHint { hint: "h-zoek-1".into() });
    for _ in 0..5 {
        run(Command::RevealNext);
    }
    run(Command::NextRound);
    run(Command::RevealNext);
    run(Command::RevealNext);
    run(Command::Advance);
    for (clue, category) in [
        ("brief", "communicatie"),
        ("loket", "toegang"),
        ("schuld", "geld"),
        ("karim-zegt", "toegang"),
        ("termijn", "geld"),
        ("bezwaar", "communicatie"),
    ] {
        run(Command::Place { clue: clue.into(), placement: Placement::Category(category.into()) });
    }
    run(Command::Place { clue: "folder".into(), placement: Placement::Aside });
    for clue in ["brief", "loket", "termijn"] {
        run(Command::ToggleKey { clue: clue.into() });
    }
    run(Command::AddLink { from: "loket".into(), to: "brief".into(), why: String::new() }); // reversed on purpose
    run(Command::AddLink { from: "loket".into(), to: "termijn".into(), why: String::new() });
    run(Command::Advance);
    for clue in ["brief", "loket", "termijn"] {
        run(Command::ToggleAnswerClue { clue: clue.into() });
    }
    run(Command::SetAnswerText { text: BOTH_CONCEPTS.into() });
    run(Command::Advance);
    for (id, value) in [("s-info", 2), ("s-toegang", 4), ("s-toegang-omgekeerd", 2), ("s-bejegening", 5)] {
        run(Command::SetStatement { statement: id.into(), value });
    }
    run(Command::Advance);
    assert_eq!(session.phase, Phase::Resultaat);

    let outcome = score(&s, &session);
    // 40 + 30 + 30 * 2/3 - 5 = 85
    assert_eq!(outcome.investigation.chains_found, 2);
    assert_eq!(outcome.investigation.hint_cost, 5);
    assert_eq!(outcome.investigation.score, 85);
    assert_eq!(outcome.solution.level, SoloLevel::UitgebreidAbstract);
    assert_eq!(outcome.solution.score, 100);
    assert_eq!(outcome.reflection.per_bouwsteen.get(&Bouwsteen::Toegang), Some(&Some(75)));
}

// ---------------------------------------------------------------- investigation

#[test]
fn sorting_counts_right_categories_and_herrings_aside_but_not_the_ambiguous_clue() {
    let s = scenario();
    let mut session = session(&s);
    place(&mut session, "brief", "communicatie"); // right
    place(&mut session, "loket", "geld"); // wrong
    aside(&mut session, "schuld"); // wrong: supporting, not a herring
    place(&mut session, "folder", "communicatie"); // wrong: a herring belongs aside
    aside(&mut session, "karim-zegt"); // ambiguous: never counts
    let i = score(&s, &session).investigation;
    assert_eq!((i.sorted_right, i.sortable), (1, 6));
    assert_eq!((i.herrings_aside, i.herrings), (0, 1));

    aside(&mut session, "folder");
    let i = score(&s, &session).investigation;
    assert_eq!((i.sorted_right, i.herrings_aside), (2, 1));
    // 40 * 2/6 = 13.33
    assert_eq!(i.score, 13);
}

#[test]
fn the_investigation_score_rounds_to_the_nearest_point() {
    let s = scenario();
    let mut session = session(&s);
    place(&mut session, "brief", "communicatie"); // 40 * 1/6 = 6.67
    mark(&mut session, &["loket"]); // 30 * 1/3 = 10
    link(&mut session, "termijn", "bezwaar"); // 30 * 1/3 = 10
    assert_eq!(score(&s, &session).investigation.score, 27, "26.67 rounds up");

    let mut session = self::session(&s);
    mark(&mut session, &["loket"]); // 10
    link(&mut session, "termijn", "bezwaar"); // 10
    aside(&mut session, "folder");
    place(&mut session, "schuld", "geld");
    place(&mut session, "bezwaar", "communicatie"); // 40 * 3/6 = 20
    assert_eq!(score(&s, &session).investigation.score, 40);
}

#[test]
fn wrongly_marked_key_clues_cost_five_each_down_to_zero() {
    let s = scenario();
    let mut session = session(&s);
    mark(&mut session, &["brief", "loket", "termijn"]);
    assert_eq!(score(&s, &session).investigation.score, 30);

    mark(&mut session, &["schuld"]);
    let i = score(&s, &session).investigation;
    assert_eq!((i.key_found, i.key_wrong), (3, 1));
    assert_eq!(i.score, 25);

    mark(&mut session, &["folder", "karim-zegt", "bezwaar"]);
    assert_eq!(score(&s, &session).investigation.score, 10);

    // One key clue (10) and four wrong ones (-20): the key part stops at 0
    // and does not eat into the sorting points.
    let mut session = self::session(&s);
    place(&mut session, "brief", "communicatie");
    place(&mut session, "loket", "toegang");
    place(&mut session, "schuld", "geld"); // 40 * 3/6 = 20
    mark(&mut session, &["brief", "schuld", "folder", "karim-zegt", "bezwaar"]);
    let i = score(&s, &session).investigation;
    assert_eq!((i.key_found, i.key_wrong), (1, 4));
    assert_eq!(i.score, 20);
}

#[test]
fn a_chain_counts_in_either_direction_and_once() {
    let s = scenario();
    let mut session = session(&s);
    link(&mut session, "loket", "brief");
    assert_eq!(score(&s, &session).investigation.chains_found, 1);
    link(&mut session, "brief", "loket");
    assert_eq!(score(&s, &session).investigation.chains_found, 1, "both directions are still one chain");
    link(&mut session, "bezwaar", "termijn");
    link(&mut session, "schuld", "folder"); // not a chain
    let i = score(&s, &session).investigation;
    assert_eq!((i.chains_found, i.chains_total), (2, 3));
    assert_eq!(i.score, 20);
}

#[test]
fn hints_cost_investigation_points_only() {
    let s = scenario();
    let mut session = with_answer(&s, &["brief", "loket", "termijn"], &[], BOTH_CONCEPTS);
    perfect_board(&mut session);
    let before = score(&s, &session);

    session.hints_used = vec!["h-zoek-1".into(), "h-orden".into(), "h-los".into()];
    let after = score(&s, &session);
    assert_eq!(after.investigation.hint_cost, 30);
    assert_eq!(after.investigation.score, 70);
    assert_eq!(after.solution, before.solution, "hints never touch the solution score");
}

#[test]
fn the_investigation_score_never_drops_below_zero() {
    let s = scenario();
    let mut session = session(&s);
    place(&mut session, "brief", "communicatie"); // 6.67
    session.hints_used = vec!["h-zoek-1".into(), "h-zoek-2".into(), "h-orden".into(), "h-los".into()];
    let i = score(&s, &session).investigation;
    assert_eq!(i.hint_cost, 35);
    assert_eq!(i.score, 0);
}

#[test]
fn revealed_clues_are_counted() {
    let s = scenario();
    let mut session = Session::new(&s, Team::default());
    session.revealed = vec!["brief".into(), "loket".into()];
    let i = score(&s, &session).investigation;
    assert_eq!((i.clues_revealed, i.clues_total), (2, 7));
}

// ---------------------------------------------------------------- SOLO levels

#[test]
fn no_key_clue_cited_is_prestructureel() {
    let s = scenario();
    assert_eq!(level(&s, &with_answer(&s, &[], &[], PLAIN)), SoloLevel::Prestructureel);
    assert_eq!(
        level(&s, &with_answer(&s, &["schuld", "bezwaar"], &[("schuld", "bezwaar")], PLAIN)),
        SoloLevel::Prestructureel
    );
}

#[test]
fn one_key_clue_is_unistructureel_however_well_explained() {
    let s = scenario();
    let session = with_answer(&s, &["loket", "schuld"], &[("loket", "schuld")], PLAIN);
    assert_eq!(level(&s, &session), SoloLevel::Unistructureel);
}

#[test]
fn several_unlinked_key_clues_are_multistructureel() {
    let s = scenario();
    let session = with_answer(&s, &["brief", "loket", "termijn"], &[], PLAIN);
    assert_eq!(level(&s, &session), SoloLevel::Multistructureel);
}

#[test]
fn linked_key_clues_with_a_short_explanation_stay_multistructureel() {
    let s = scenario();
    let session = with_answer(&s, &["loket", "termijn"], &[("loket", "termijn")], "Niemand hielp, dus te laat.");
    assert_eq!(level(&s, &session), SoloLevel::Multistructureel);
}

#[test]
fn links_through_a_clue_that_is_not_cited_do_not_connect() {
    let s = scenario();
    // brief - schuld - loket, but schuld is not cited.
    let session = with_answer(&s, &["brief", "loket"], &[("brief", "schuld"), ("schuld", "loket")], PLAIN);
    assert_eq!(level(&s, &session), SoloLevel::Multistructureel);
}

#[test]
fn linked_key_clues_with_an_explanation_are_relationeel() {
    let s = scenario();
    // loket + termijn: only the bouwsteen toegang, so not wider.
    let session = with_answer(&s, &["loket", "termijn"], &[("termijn", "loket")], PLAIN);
    let solution = score(&s, &session).solution;
    assert_eq!(solution.level, SoloLevel::Relationeel);
    // 45 for the level + 20 * 2/3 for the key clues, no concept named.
    assert_eq!(solution.score, 58);
}

#[test]
fn the_explanation_needs_twelve_words_for_relationeel() {
    let s = scenario();
    assert_eq!(MIN_EXPLANATION_WORDS, 12);
    let eleven_words = "Sanne ging naar de balie maar daar kon niemand haar helpen.";
    let eleven = with_answer(&s, &["loket", "termijn"], &[("loket", "termijn")], eleven_words);
    assert_eq!(level(&s, &eleven), SoloLevel::Multistructureel);
    let twelve_words = "Sanne ging naar de balie maar daar kon niemand haar helpen toen.";
    let twelve = with_answer(&s, &["loket", "termijn"], &[("loket", "termijn")], twelve_words);
    assert_eq!(level(&s, &twelve), SoloLevel::Relationeel);
    // Extra spaces do not make more words.
    let spaced = format!("  {}  ", eleven_words.replace(' ', "   "));
    assert_eq!(word_count(&spaced), 11);
    let spaced = with_answer(&s, &["loket", "termijn"], &[("loket", "termijn")], &spaced);
    assert_eq!(level(&s, &spaced), SoloLevel::Multistructureel);
    // Twelve words that are no sentence are no explanation.
    assert_eq!(
        level(&s, &with_answer(&s, &["loket", "termijn"], &[("loket", "termijn")], &words(12))),
        SoloLevel::Multistructureel
    );
}

#[test]
fn a_cited_clue_that_is_not_key_can_connect_two_key_clues() {
    let s = scenario();
    // loket - bezwaar - termijn: all toegang.
    let session =
        with_answer(&s, &["loket", "bezwaar", "termijn"], &[("loket", "bezwaar"), ("bezwaar", "termijn")], PLAIN);
    assert_eq!(level(&s, &session), SoloLevel::Relationeel);
}

#[test]
fn linked_key_clues_across_bouwstenen_and_all_perspectives_are_uitgebreid_abstract() {
    let s = scenario();
    let links = [("brief", "loket"), ("termijn", "loket")];
    let session = with_answer(&s, &["brief", "loket", "termijn"], &links, BOTH_CONCEPTS);
    let solution = score(&s, &session).solution;
    assert_eq!(solution.level, SoloLevel::UitgebreidAbstract);
    assert_eq!(solution.score, 100);
    // Without a concept named in the sentences it stays relationeel: 45 + 20.
    let solution = score(&s, &with_answer(&s, &["brief", "loket", "termijn"], &links, PLAIN)).solution;
    assert_eq!(solution.level, SoloLevel::Relationeel);
    assert_eq!(solution.score, 65);
}

#[test]
fn the_breadth_counts_every_clue_in_the_linked_group_not_only_key_clues() {
    let s = scenario();
    // brief (informatie; juridisch) - schuld (aanbod; financieel) - loket (toegang; sociaal):
    // only two key clues, the supporting clue adds the financial side.
    let session =
        with_answer(&s, &["brief", "schuld", "loket"], &[("brief", "schuld"), ("loket", "schuld")], BOTH_CONCEPTS);
    assert_eq!(level(&s, &session), SoloLevel::UitgebreidAbstract);
}

#[test]
fn the_breadth_only_counts_the_linked_group() {
    let s = scenario();
    // Cited together they span everything, but brief is not linked to the others.
    let session = with_answer(&s, &["brief", "loket", "termijn"], &[("loket", "termijn")], PLAIN);
    let solution = score(&s, &session).solution;
    assert_eq!(solution.level, SoloLevel::Relationeel);
    assert_eq!(solution.perspectives, vec![Perspective::Juridisch, Perspective::Financieel, Perspective::Sociaal]);
    assert_eq!(solution.bouwstenen, vec![Bouwsteen::Informatie, Bouwsteen::Toegang]);
}

#[test]
fn levels_are_ordered_and_ranked() {
    assert!(SoloLevel::Prestructureel < SoloLevel::Unistructureel);
    assert!(SoloLevel::Relationeel < SoloLevel::UitgebreidAbstract);
    assert_eq!(SoloLevel::Prestructureel.rank(), 0);
    assert_eq!(SoloLevel::UitgebreidAbstract.rank(), 4);
}

// ---------------------------------------------------------------- the solution score

#[test]
fn concepts_are_found_case_insensitively_anywhere_in_a_sentence() {
    let s = scenario();
    let session = with_answer(&s, &["loket"], &[], "Door de drukte aan de balie ging alles TE LAAT.");
    let solution = score(&s, &session).solution;
    assert_eq!(solution.concepts_named, vec!["Termijn".to_string()]);
    // Unistructureel (15) + 1 of 3 key clues (6.67) + 1 of 2 concepts (10)
    assert_eq!(solution.score, 32);

    let session = with_answer(&s, &["loket"], &[], "De Moeilijke Woorden en de onbegrijpelijke brief");
    assert_eq!(score(&s, &session).solution.concepts_named, vec!["Begrijpelijke taal".to_string()]);

    let session = with_answer(&s, &["loket"], &[], PLAIN);
    assert!(score(&s, &session).solution.concepts_named.is_empty());
}

#[test]
fn without_concepts_a_long_enough_explanation_earns_the_twenty_points() {
    let mut s = scenario();
    s.solution.concepts.clear();
    let short = score(&s, &with_answer(&s, &["loket"], &[], "Te kort."));
    assert_eq!(short.solution.concepts_total, 0);
    assert_eq!(short.solution.score, 22, "15 for the level + 20 * 1/3 for the key clue");
    let long = score(&s, &with_answer(&s, &["loket"], &[], PLAIN));
    assert_eq!(long.solution.score, 42);
}

#[test]
fn concept_words_in_a_list_do_not_count() {
    let s = scenario();
    let links = [("brief", "loket"), ("termijn", "loket")];
    for list in [
        "brief, moeilijke woorden, termijn, te laat, balie, begrijpelijk, loket, bezwaar, schulden, Sanne",
        "moeilijke woorden\ntermijn\nte laat\nbegrijpelijk\nbalie loket brief bezwaar schulden Sanne",
        "Moeilijke woorden. Termijn. Te laat. Begrijpelijk. Balie. Loket. Brief. Bezwaar. Schulden. Sanne.",
        "begrijpelijk termijn balie loket brief bezwaar schulden sanne karim folder wachten geld",
    ] {
        assert!(word_count(list) >= MIN_EXPLANATION_WORDS, "{list}");
        let solution = score(&s, &with_answer(&s, &["brief", "loket", "termijn"], &links, list)).solution;
        assert!(solution.concepts_named.is_empty(), "{list}: {:?}", solution.concepts_named);
        assert_eq!(solution.sentence_words, 0, "{list}");
        assert_eq!(solution.level, SoloLevel::Multistructureel, "{list}");
    }
    // The same words inside sentences do count.
    let solution = score(&s, &with_answer(&s, &["brief", "loket", "termijn"], &links, BOTH_CONCEPTS)).solution;
    assert_eq!(solution.concepts_named.len(), 2);
    assert_eq!(solution.level, SoloLevel::UitgebreidAbstract);
}

#[test]
fn citing_clues_that_are_not_key_costs_precision() {
    let s = scenario();
    let links = [("brief", "loket"), ("termijn", "loket")];
    let only_key = score(&s, &with_answer(&s, &["brief", "loket", "termijn"], &links, BOTH_CONCEPTS)).solution;
    // A supporting clue and the ambiguous clue: only the supporting one counts against.
    let more =
        score(&s, &with_answer(&s, &["brief", "loket", "termijn", "schuld", "karim-zegt"], &links, BOTH_CONCEPTS))
            .solution;
    assert_eq!((more.off_cited, more.key_total), (1, 3));
    assert_eq!(more.score, 95, "60 + 20 * 3/4 + 20");
    assert!(more.score < only_key.score);
    // Everything cited: as many cards off the point as key clues still counts
    // as precise, more than that does not reach the top level.
    let everything = score(&s, &with_answer(&s, &ALL_CLUES, &links, BOTH_CONCEPTS)).solution;
    assert_eq!(everything.off_cited, 3);
    assert_eq!(everything.herrings_cited, 1);
    assert_eq!(everything.level, SoloLevel::UitgebreidAbstract);
    assert_eq!(everything.score, 80, "60 + 20 * 3/6 + 20 - 10");
    let mut s2 = s.clone();
    s2.clues.iter_mut().find(|c| c.id == "karim-zegt").unwrap().relevance =
        mysterie::domain::scenario::Relevance::Supporting;
    let imprecise = score(&s2, &with_answer(&s2, &ALL_CLUES, &links, BOTH_CONCEPTS)).solution;
    assert_eq!(imprecise.off_cited, 4);
    assert_eq!(imprecise.level, SoloLevel::Relationeel);
}

#[test]
fn the_feedback_matches_the_level() {
    for level in SoloLevel::ALL {
        let text = level.feedback("Oost");
        assert!(text.contains("Oost"), "{text}");
        let praise = text.contains("Goed gedaan") || text.contains("goed gedaan");
        assert_eq!(praise, level >= SoloLevel::Relationeel, "{level:?}: {text}");
    }
}

#[test]
fn each_cited_red_herring_costs_ten_points() {
    let s = scenario();
    let session = with_answer(
        &s,
        &["brief", "loket", "termijn", "folder"],
        &[("brief", "loket"), ("loket", "termijn")],
        BOTH_CONCEPTS,
    );
    let solution = score(&s, &session).solution;
    assert_eq!(solution.level, SoloLevel::UitgebreidAbstract);
    assert_eq!(solution.herrings_cited, 1);
    assert_eq!(solution.score, 85, "60 + 20 * 3/4 + 20 - 10");
}

#[test]
fn the_solution_score_never_drops_below_zero() {
    let s = scenario();
    let session = with_answer(&s, &["folder"], &[], "Sport.");
    let solution = score(&s, &session).solution;
    assert_eq!(solution.level, SoloLevel::Prestructureel);
    assert_eq!(solution.herrings_cited, 1);
    assert_eq!(solution.score, 0);
}

#[test]
fn cited_clues_give_sorted_perspectives_and_bouwstenen() {
    let s = scenario();
    let session = with_answer(&s, &["folder", "termijn", "schuld"], &[], "");
    let solution = score(&s, &session).solution;
    // Guide order, each once, whatever the citing order.
    assert_eq!(solution.perspectives, vec![Perspective::Juridisch, Perspective::Financieel, Perspective::Sociaal]);
    assert_eq!(solution.bouwstenen, vec![Bouwsteen::Aanbod, Bouwsteen::Informatie, Bouwsteen::Toegang]);
    assert_eq!(solution.key_cited, 1);
}

// ---------------------------------------------------------------- reflection

#[test]
fn the_reflection_profile_turns_reversed_statements_around() {
    let s = scenario();
    let mut session = session(&s);
    session.reflection.scale.insert("s-info".into(), 1); // 0
    session.reflection.scale.insert("s-toegang".into(), 4); // 75
    session.reflection.scale.insert("s-toegang-omgekeerd".into(), 4); // reversed: 2 -> 25
    let profile = score(&s, &session).reflection;
    assert_eq!(profile.per_bouwsteen.get(&Bouwsteen::Informatie), Some(&Some(0)));
    assert_eq!(profile.per_bouwsteen.get(&Bouwsteen::Toegang), Some(&Some(50)));
    assert_eq!(profile.per_bouwsteen.get(&Bouwsteen::Bejegening), Some(&None), "not answered yet");
    assert_eq!(profile.per_bouwsteen.get(&Bouwsteen::Aanbod), None, "no statements about aanbod");
    assert_eq!(profile.per_bouwsteen.len(), 3);
    assert_eq!((profile.statements_answered, profile.statements_total), (3, 4));
}

#[test]
fn the_reflection_mean_is_rounded() {
    let s = scenario();
    let mut session = session(&s);
    session.reflection.scale.insert("s-toegang".into(), 5); // 100
    session.reflection.scale.insert("s-toegang-omgekeerd".into(), 2); // reversed: 4 -> 75
    session.reflection.scale.insert("s-bejegening".into(), 5); // 100
    let profile = score(&s, &session).reflection;
    assert_eq!(profile.per_bouwsteen.get(&Bouwsteen::Toegang), Some(&Some(88)), "87.5 rounds up");
    assert_eq!(profile.per_bouwsteen.get(&Bouwsteen::Bejegening), Some(&Some(100)));
    assert_eq!(profile.per_bouwsteen.get(&Bouwsteen::Informatie), Some(&None));

    session.reflection.scale.insert("s-toegang-omgekeerd".into(), 5); // reversed: 1 -> 0
    assert_eq!(score(&s, &session).reflection.per_bouwsteen.get(&Bouwsteen::Toegang), Some(&Some(50)));
}

#[test]
fn open_questions_count_when_they_have_words() {
    let s = scenario();
    let mut session = session(&s);
    session.reflection.open.insert("q-praktijk".into(), "Brieven zijn lastig.".into());
    session.reflection.open.insert("q-samen".into(), "   ".into());
    let profile = score(&s, &session).reflection;
    assert_eq!((profile.questions_answered, profile.questions_total), (1, 2));
}

// ---------------------------------------------------------------- next steps

fn texts(outcome: &Outcome, role: Role) -> Vec<String> {
    outcome
        .next_steps
        .iter()
        .find(|(r, _)| *r == role)
        .map(|(_, actions)| actions.iter().map(|a| a.text.clone()).collect())
        .unwrap_or_default()
}

#[test]
fn next_steps_follow_the_role_order_of_the_guide() {
    let s = scenario();
    let outcome = score(&s, &session(&s));
    let roles: Vec<Role> = outcome.next_steps.iter().map(|(r, _)| *r).collect();
    assert_eq!(roles, Role::ALL.to_vec(), "the fixture lists bestuurder first; the guide's order wins");
}

#[test]
fn without_answers_next_steps_keep_the_scenario_order() {
    let s = scenario();
    let outcome = score(&s, &session(&s));
    assert_eq!(
        texts(&outcome, Role::Uitvoeringsprofessional),
        [
            "Neem de tijd aan de balie.",
            "Leg de brief uit in gewone woorden.",
            "Wijs de weg naar bezwaar.",
            "Verwijs naar schuldhulp."
        ]
    );
}

#[test]
fn next_steps_put_the_weakest_bouwsteen_first() {
    let s = scenario();
    let mut session = session(&s);
    session.reflection.scale.insert("s-info".into(), 1); // informatie 0
    session.reflection.scale.insert("s-toegang".into(), 3); // 50
    session.reflection.scale.insert("s-toegang-omgekeerd".into(), 3); // 50 -> toegang 50
    session.reflection.scale.insert("s-bejegening".into(), 5); // bejegening 100
    let outcome = score(&s, &session);
    assert_eq!(
        texts(&outcome, Role::Uitvoeringsprofessional),
        [
            "Leg de brief uit in gewone woorden.", // informatie 0
            "Wijs de weg naar bezwaar.",           // toegang 50, earlier in the scenario
            "Verwijs naar schuldhulp.",            // aanbod: no statements, counts as 50
            "Neem de tijd aan de balie.",          // bejegening 100
        ]
    );
    assert_eq!(
        texts(&outcome, Role::Beleidsmedewerker),
        ["Test brieven met inwoners.", "Maak de balie beter bereikbaar."]
    );
}

#[test]
fn an_unanswered_bouwsteen_counts_as_fifty() {
    let s = scenario();
    let mut session = session(&s);
    session.reflection.scale.insert("s-bejegening".into(), 2); // bejegening 25
    session.reflection.scale.insert("s-toegang".into(), 4);
    session.reflection.scale.insert("s-toegang-omgekeerd".into(), 1); // toegang (75 + 100) / 2 = 88
                                                                      // informatie unanswered: 50
    let outcome = score(&s, &session);
    assert_eq!(
        texts(&outcome, Role::Uitvoeringsprofessional),
        [
            "Neem de tijd aan de balie.",          // 25
            "Leg de brief uit in gewone woorden.", // 50 (unanswered)
            "Verwijs naar schuldhulp.",            // 50 (no statements), later in scenario
            "Wijs de weg naar bezwaar.",           // 88
        ]
    );
}

#[test]
fn roles_without_actions_are_left_out() {
    let mut s = scenario();
    s.role_actions.retain(|ra| ra.role != Role::Leidinggevende);
    s.role_actions.iter_mut().find(|ra| ra.role == Role::Bestuurder).unwrap().actions.clear();
    let outcome = score(&s, &session(&s));
    let roles: Vec<Role> = outcome.next_steps.iter().map(|(r, _)| *r).collect();
    assert_eq!(roles, [Role::Uitvoeringsprofessional, Role::Beleidsmedewerker]);
}

// ---------------------------------------------------------------- determinism

#[test]
fn scoring_is_deterministic_and_serialisable() {
    let s = scenario();
    let mut session = with_answer(&s, &["brief", "loket", "termijn", "folder"], &[], BOTH_CONCEPTS);
    perfect_board(&mut session);
    session.reflection.scale.insert("s-info".into(), 2);
    let first = score(&s, &session);
    assert_eq!(score(&s, &session), first);
    assert_eq!(score(&s, &session.clone()), first);

    let json = serde_json::to_string(&first).unwrap();
    assert_eq!(serde_json::from_str::<Outcome>(&json).unwrap(), first);
    assert_eq!(serde_json::to_string(&score(&s, &session)).unwrap(), json);
}

#[test]
fn scoring_works_in_every_phase() {
    let s = scenario();
    let mut session = session(&s);
    for phase in Phase::ALL {
        session.phase = phase;
        let outcome = score(&s, &session);
        assert_eq!(outcome.investigation.clues_revealed, 7);
    }
}

#[test]
fn a_part_with_nothing_to_find_counts_in_full() {
    let mut s = scenario();
    s.solution.chains.clear();
    let i = score(&s, &session(&s)).investigation;
    assert_eq!((i.chains_found, i.chains_total), (0, 0));
    assert_eq!(i.score, 30, "no chains to find: the 30 chain points are given");
}

// ---------------------------------------------------------------- the six rows of issue 12

/// A bundled mystery with 22 cards, as in the trainer's table of issue 12.
fn bundled() -> Scenario {
    serde_json::from_str(include_str!("../mysteries/het-voordeel-van-de-twijfel.json")).expect("a bundled mystery")
}

/// A session of `s` in Oplossen with every card uncovered, `cited` cited, each
/// cited card linked to the next one, and `text` as the explanation.
fn answered(s: &Scenario, cited: &[String], text: &str) -> Session {
    let mut session = Session::new(s, Team { name: "Tabel".into(), ..Team::default() });
    session.revealed = s.clues.iter().map(|c| c.id.clone()).collect();
    session.phase = Phase::Oplossen;
    session.answer.clues = cited.to_vec();
    for pair in cited.windows(2) {
        session.board.links.push(Link::new(pair[0].clone(), pair[1].clone()));
    }
    session.answer.text = text.to_string();
    session
}

/// About 150 words in sentences that use a word of every concept.
fn careful_explanation(s: &Scenario) -> String {
    let mut text = String::from(
        "Wij denken dat het niet aan één ding lag, maar aan een reeks dingen die elkaar versterkten. \
         De inwoner kreeg te maken met regels en brieven die zij niet goed kon volgen. ",
    );
    for concept in &s.solution.concepts {
        text.push_str(&format!(
            "Een belangrijk punt in onze uitleg is {}, omdat dat bij deze zaak steeds terugkomt in de kaarten. ",
            concept.words[0]
        ));
    }
    text.push_str(
        "Samen laten deze kaarten zien hoe de hulp te laat op gang kwam en wat er eerder had kunnen gebeuren \
         als de organisaties beter hadden samengewerkt en op tijd hadden uitgelegd wat er aan de hand was.",
    );
    text
}

/// Every word of every concept, as a list.
fn keyword_list(s: &Scenario) -> String {
    s.solution.concepts.iter().flat_map(|c| c.words.iter().cloned()).collect::<Vec<_>>().join(", ")
}

#[test]
fn the_six_rows_of_issue_twelve_are_ordered_sensibly() {
    let s = bundled();
    assert_eq!(s.clues.len(), 22);
    let keys = s.solution.key_clues.clone();
    let all: Vec<String> = s.clues.iter().map(|c| c.id.clone()).collect();
    let careful = careful_explanation(&s);
    assert!((120..=200).contains(&word_count(&careful)), "{}", word_count(&careful));
    let keywords = keyword_list(&s);
    assert!(word_count(&keywords) >= MIN_EXPLANATION_WORDS, "the list is long enough to hand in");
    let seven = &keys[..7];

    let rows = [
        ("1 card, 4 words", answered(&s, &keys[..1], "Ruud kon niet lezen.")),
        ("2 key cards, keyword list", answered(&s, &keys[..2], &keywords)),
        ("2 key cards, careful", answered(&s, &keys[..2], &careful)),
        ("all cards, one lazy sentence", answered(&s, &all, "Het ging mis bij de gemeente.")),
        ("all cards, keyword list", answered(&s, &all, &keywords)),
        ("7 key cards, careful", answered(&s, seven, &careful)),
    ];
    let scored: Vec<(&str, u32, SoloLevel)> = rows
        .iter()
        .map(|(name, session)| {
            let solution = score(&s, session).solution;
            (*name, solution.score, solution.level)
        })
        .collect();
    let table = format!("{scored:?}");
    eprintln!("{table}");
    let [one, two_list, two_careful, all_lazy, all_list, seven_careful] =
        [0, 1, 2, 3, 4, 5].map(|i| (scored[i].1, scored[i].2));

    // The careful explanation with the key cards is highest, at the top levels.
    assert!(seven_careful.1 >= SoloLevel::Relationeel, "{table}");
    assert!(scored.iter().all(|r| r.1 < seven_careful.0 || r.0 == "7 key cards, careful"), "{table}");
    assert!(seven_careful.0 >= 85, "{table}");
    // Two of eight key cards, however well explained, are not yet the broad level.
    assert!(two_careful.1 < SoloLevel::UitgebreidAbstract, "{table}");
    // Ticking every card with a keyword list is well below it, and no explanation.
    assert!(all_list.0 + 40 <= seven_careful.0, "{table}");
    assert!(all_list.1 <= SoloLevel::Multistructureel, "{table}");
    assert!(all_lazy.1 <= SoloLevel::Multistructureel, "{table}");
    // Writing carefully pays more than listing words, with the same cards.
    assert!(two_careful.0 > two_list.0, "{table}");
    assert!(two_list.1 <= SoloLevel::Multistructureel, "{table}");
    // Ticking every card never beats a careful explanation on fewer cards.
    assert!(all_list.0 < two_careful.0 && all_lazy.0 < two_careful.0, "{table}");
    assert!(all_list.0 <= two_list.0, "{table}");
    // One card and four words is near the bottom.
    assert!(one.0 < two_list.0 && one.1 <= SoloLevel::Unistructureel, "{table}");

    // The engine does not take the two short explanations in at all.
    for (name, session) in &rows {
        let refused = session.can_advance(&s).is_err();
        assert_eq!(refused, word_count(&session.answer.text) < MIN_EXPLANATION_WORDS, "{name}");
    }
    assert!(rows[0].1.can_advance(&s).is_err() && rows[3].1.can_advance(&s).is_err());
}

// ---------------------------------------------------------------- open sorting

#[test]
fn with_open_sorting_groups_do_not_score_but_herrings_aside_do() {
    let mut s = scenario();
    s.sorting = mysterie::domain::scenario::Sorting::Open;
    let mut session = session(&s);
    session.board.groups.push(mysterie::domain::game::Group { id: "eigen-1".into(), name: "Alles".into() });
    for clue in ALL_CLUES {
        place(&mut session, clue, "eigen-1");
    }
    let i = score(&s, &session).investigation;
    assert!(i.open_sorting);
    assert_eq!((i.sorted_right, i.sortable, i.aside_wrong), (0, 1, 0), "one red herring, not set aside");
    assert_eq!(i.score, 0);

    aside(&mut session, "folder");
    mark(&mut session, &["brief", "loket", "termijn"]);
    link(&mut session, "brief", "loket");
    link(&mut session, "loket", "termijn");
    link(&mut session, "termijn", "bezwaar");
    let i = score(&s, &session).investigation;
    assert_eq!((i.sorted_right, i.sortable), (1, 1));
    assert_eq!(i.score, 100, "any grouping of their own, the herring aside, key clues and chains");

    // Setting everything aside is no shortcut: each card that is no herring counts against.
    aside(&mut session, "schuld");
    aside(&mut session, "karim-zegt");
    let i = score(&s, &session).investigation;
    assert_eq!((i.sorted_right, i.sortable, i.aside_wrong), (1, 2, 1), "the ambiguous card does not count");
    assert_eq!(i.score, 80);
}
