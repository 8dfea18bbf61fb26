//! Paper teams: an answer sheet typed in plays through the engine and gives
//! the same result file as a team on a screen.

use std::collections::BTreeMap;

use mysterie::domain::game::{Placement, Team};
use mysterie::domain::paper::{play, PaperSheet, UNSORTED_GROUP};
use mysterie::domain::results;
use mysterie::domain::scenario::{Phase, Relevance, Scenario, Sorting};
use mysterie::domain::scoring;

fn fixture() -> Scenario {
    serde_json::from_str(include_str!("fixtures/engine.json")).expect("the fixture is a valid scenario")
}

fn open_fixture() -> Scenario {
    let mut s = fixture();
    s.sorting = Sorting::Open;
    s
}

const EXPLANATION: &str =
    "De brief had moeilijke woorden, aan de balie hielp niemand, en zo kwam Sanne te laat voor de termijn.";

fn sheet(s: &Scenario) -> PaperSheet {
    PaperSheet {
        team: Team { name: "Team Papier".into(), municipality: Some("Zwolle".into()), ..Team::default() },
        groups: vec![
            ("Papier en regels".into(), vec!["brief".into(), "termijn".into(), "bezwaar".into()]),
            ("Mensen".into(), vec!["loket".into(), "karim-zegt".into()]),
        ],
        aside: vec!["folder".into()],
        key: vec!["brief".into(), "loket".into(), "termijn".into()],
        links: vec![
            ("brief".into(), "loket".into(), "Ze begreep de brief niet.".into()),
            ("termijn".into(), "loket".into(), String::new()),
        ],
        cited: vec!["brief".into(), "loket".into(), "termijn".into()],
        explanation: EXPLANATION.into(),
        scale: s.reflection.statements.iter().map(|st| (st.id.clone(), 4)).collect(),
        open: BTreeMap::from([("q-praktijk".to_string(), "Te veel brieven.".to_string())]),
    }
}

#[test]
fn a_typed_sheet_plays_to_the_result_like_a_screen_team() {
    let s = open_fixture();
    let session = play(&s, &sheet(&s)).expect("a complete sheet");
    assert_eq!(session.phase, Phase::Resultaat);
    assert_eq!(session.team.name, "Team Papier");
    let names: Vec<&str> = session.board.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Papier en regels", "Mensen", UNSORTED_GROUP], "schuld was left unsorted on paper");
    assert_eq!(session.board.placements.get("folder"), Some(&Placement::Aside));
    assert_eq!(session.board.link("brief", "loket").unwrap().why, "Ze begreep de brief niet.");
    assert_eq!(session.check_against(&s), Ok(()));

    // The same result as a screen team that did the same.
    let result = results::build(&s, &session, &scoring::score(&s, &session), "2026-12-06T09:00:00+01:00");
    assert_eq!(result.team.municipality.as_deref(), Some("Zwolle"));
    assert_eq!(result.solution.links.len(), 2);
    assert!(result.investigation.open_sorting);
    assert_eq!((result.investigation.herrings_aside, result.investigation.herrings), (1, 1));
    assert!(result.solution.level >= results::SolutionLevel::Relationeel);
    assert_eq!(results::parse_result(&results::to_json(&result)).unwrap(), result);
}

#[test]
fn a_broken_rule_on_the_sheet_names_its_part() {
    let s = open_fixture();
    let mut short = sheet(&s);
    short.explanation = "Te laat.".into();
    let error = play(&s, &short).unwrap_err();
    assert!(error.starts_with("Bij antwoord: Jullie uitleg telt nu 2 woorden."), "{error}");

    let mut twice = sheet(&s);
    twice.groups.push(("mensen".into(), vec![]));
    assert!(play(&s, &twice).unwrap_err().contains("Bij groep mensen: Jullie hebben al een groep met die naam"));

    let mut unknown = sheet(&s);
    unknown.key.push("bestaat-niet".into());
    assert!(play(&s, &unknown).unwrap_err().starts_with("Bij kernkaarten: "));

    let mut missing = sheet(&s);
    missing.scale.clear();
    assert!(play(&s, &missing).unwrap_err().contains("Geef eerst bij elke stelling een antwoord"));
}

#[test]
fn with_guided_sorting_the_sheet_uses_the_authors_groups_and_must_place_every_card() {
    let s = fixture();
    let mut guided = sheet(&s);
    guided.groups = vec![
        ("communicatie".into(), vec!["brief".into(), "bezwaar".into()]),
        ("toegang".into(), vec!["loket".into(), "karim-zegt".into()]),
        ("geld".into(), vec!["termijn".into()]),
    ];
    let error = play(&s, &guided).unwrap_err();
    assert!(error.contains("1 kaart(en) nergens"), "{error}");
    guided.groups[2].1.push("schuld".into());
    let session = play(&s, &guided).expect("every card placed");
    assert!(session.board.groups.is_empty());
    let i = scoring::score(&s, &session).investigation;
    assert_eq!(i.sorted_right, i.sortable, "all in the author's groups");
    // Herrings on paper are what the engine knows.
    assert!(s.clues.iter().any(|c| c.relevance == Relevance::RedHerring));
}

#[test]
fn card_numbers_groups_and_links_are_read_as_printed() {
    let s = fixture();
    // Cards in file order: 1 brief, 2 loket, 3 schuld, 4 folder, 5 karim-zegt, 6 termijn, 7 bezwaar.
    assert_eq!(
        mysterie::domain::paper::parse_cards(&s, "1, 6 en 2;2 k7", "kern").unwrap(),
        ["brief", "termijn", "loket", "bezwaar"]
    );
    assert!(mysterie::domain::paper::parse_cards(&s, "1, 9", "kern").unwrap_err().contains("kaart 9 bestaat niet"));
    assert!(mysterie::domain::paper::parse_cards(&s, "een", "kern").unwrap_err().contains("geen kaartnummer"));
    assert_eq!(mysterie::domain::paper::parse_cards(&s, "  ", "kern").unwrap(), Vec::<String>::new());

    let groups = mysterie::domain::paper::parse_groups(&s, "Papier: 1, 6\n\n  Mensen : 2 5 ").unwrap();
    assert_eq!(
        groups,
        [
            ("Papier".to_string(), vec!["brief".to_string(), "termijn".to_string()]),
            ("Mensen".to_string(), vec!["loket".to_string(), "karim-zegt".to_string()]),
        ]
    );
    assert!(mysterie::domain::paper::parse_groups(&s, "Papier 1 6").unwrap_err().contains("dubbele punt"));

    let links = mysterie::domain::paper::parse_links(&s, "1 -> 2: Ze begreep het niet.\n6 naar 2\n2>7").unwrap();
    assert_eq!(
        links,
        [
            ("brief".to_string(), "loket".to_string(), "Ze begreep het niet.".to_string()),
            ("termijn".to_string(), "loket".to_string(), String::new()),
            ("loket".to_string(), "bezwaar".to_string(), String::new()),
        ]
    );
    assert!(mysterie::domain::paper::parse_links(&s, "1 2 3").unwrap_err().contains("twee kaartnummers"));
}
