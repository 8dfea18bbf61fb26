//! Anonymising in the learning network, as a property: for any set of results
//! (team names, member names and municipalities generated, and also written
//! into the teams' own answers), nothing the network view renders or exports
//! from the anonymised set contains any of them. Covers labels, the summary
//! (actions with team labels), open answers per question, filter options, the
//! CSV and the JSON of every result. Also: what a shared result carries.

use mysterie::domain::network::{anonymise, filter_options, labels, letters, open_answers, summarise};
use mysterie::domain::results::{
    to_csv, to_json, ActionResult, BouwsteenValue, InvestigationResult, LinkResult, MysteryInfo, OpenAnswerResult,
    PerspectiveResult, ReflectionResult, ResultsFormat, RoleActionsResult, SolutionLevel, SolutionResult, TeamInfo,
    TeamResult, TrainerResult, RESULTS_VERSION,
};
use mysterie::domain::scenario::{Bouwsteen, Perspective, QuestionTopic, Role};
use proptest::prelude::*;

/// Generated names all start with "Qx" plus letters (some accented, upper or
/// lower case), possibly two words: "qx" never occurs in the app's own Dutch
/// texts, so any hit in the output is a leak, not a coincidence.
fn name() -> impl Strategy<Value = String> {
    ("[a-zé]{2,6}", proptest::option::of("[A-Zë][a-z]{2,5}")).prop_map(|(a, b)| match b {
        Some(b) => format!("Qx{a} {b}"),
        None => format!("Qx{a}"),
    })
}

#[derive(Debug, Clone)]
struct Team {
    name: String,
    members: Vec<String>,
    municipality: Option<String>,
    organisation: Option<String>,
    answer_words: Vec<String>,
    created: String,
}

fn team() -> impl Strategy<Value = Team> {
    (
        name(),
        proptest::collection::vec(name(), 0..4),
        proptest::option::of(name()),
        proptest::option::of(prop_oneof![Just("wijkteam".to_string()), Just("wijkteam in {place}".to_string())]),
        proptest::collection::vec(
            prop_oneof![Just("wij".to_string()), Just("en".to_string()), Just("team".to_string())],
            0..6,
        ),
        prop_oneof![Just("2025-05-14T10:00:00+02:00".to_string()), Just("2025-06-01T09:00:00+02:00".to_string())],
    )
        .prop_map(|(name, members, municipality, organisation, answer_words, created)| Team {
            name,
            members,
            municipality,
            organisation,
            answer_words,
            created,
        })
}

/// A result of `team`, with its own and other teams' names (`others`) written
/// into its free-text answers in varying case and punctuation.
fn result_of(index: usize, team: &Team, others: &[String]) -> TeamResult {
    let mut words = team.answer_words.clone();
    words.extend(others.iter().cloned());
    let answer = words
        .iter()
        .enumerate()
        .map(|(i, w)| match i % 3 {
            0 => w.to_uppercase(),
            1 => format!("({w}),"),
            _ => w.clone(),
        })
        .collect::<Vec<_>>()
        .join(" ");
    TeamResult {
        format: ResultsFormat::MysterieResultaat,
        format_version: RESULTS_VERSION,
        id: format!("{index:016x}"),
        created: team.created.clone(),
        mystery: MysteryInfo {
            id: "de-brief".into(),
            title: "De brief".into(),
            main_bouwsteen: Bouwsteen::Informatie,
            bouwstenen: vec![Bouwsteen::Informatie],
        },
        team: TeamInfo {
            name: team.name.clone(),
            members: team.members.clone(),
            municipality: team.municipality.clone(),
            // "{place}": the team wrote its municipality (or else its name) in it.
            organisation_type: team
                .organisation
                .as_ref()
                .map(|o| o.replace("{place}", team.municipality.as_deref().unwrap_or(&team.name))),
        },
        investigation: InvestigationResult {
            score: 50,
            sorted_right: 1,
            sortable: 2,
            herrings_aside: 0,
            herrings: 0,
            key_found: 1,
            key_total: 1,
            key_wrong: 0,
            chains_found: 0,
            chains_total: 0,
            hint_cost: 0,
            clues_revealed: 3,
            clues_total: 3,
            aside_wrong: 0,
            open_sorting: false,
        },
        solution: SolutionResult {
            score: 60,
            level: SolutionLevel::Relationeel,
            key_cited: 1,
            herrings_cited: 0,
            concepts_named: vec![],
            concepts_total: 0,
            perspectives: Perspective::ALL
                .iter()
                .map(|&perspective| PerspectiveResult { perspective, covered: true, clues: vec!["Brief".into()] })
                .collect(),
            bouwstenen: vec![Bouwsteen::Informatie],
            answer: answer.clone(),
            cited_clues: vec!["Brief".into()],
            off_cited: 0,
            links: vec![LinkResult { from: "Brief".into(), to: "Brief".into(), why: answer.clone() }],
        },
        reflection: ReflectionResult {
            profile: Bouwsteen::ALL
                .iter()
                .enumerate()
                .map(|(i, &bouwsteen)| BouwsteenValue { bouwsteen, value: Some((i as u32 * 15 + index as u32) % 101) })
                .collect(),
            statements_answered: 0,
            statements_total: 0,
            questions_answered: 1,
            questions_total: 2,
            statements: vec![],
            open_answers: vec![
                OpenAnswerResult {
                    id: "r1".into(),
                    topic: QuestionTopic::Praktijk,
                    question: "Waar loop je tegenaan?".into(),
                    answer: answer.clone(),
                },
                OpenAnswerResult {
                    id: "r2".into(),
                    topic: QuestionTopic::Samenwerking,
                    question: "Wie mis je?".into(),
                    answer: format!("Bij {answer}"),
                },
            ],
        },
        actions: vec![RoleActionsResult {
            role: Role::Bestuurder,
            actions: vec![ActionResult {
                text: "Maak brieven begrijpelijk".into(),
                bouwsteen: Bouwsteen::Informatie,
                chosen: true,
            }],
        }],
        debrief: None,
        session: None,
        trainer: Some(TrainerResult { level: SolutionLevel::Relationeel, reason: answer.clone() }),
    }
}

fn every_name(teams: &[Team]) -> Vec<String> {
    let mut names = Vec::new();
    for t in teams {
        names.push(t.name.clone());
        names.extend(t.members.iter().cloned());
        names.extend(t.municipality.iter().cloned());
    }
    names
}

/// Everything the network view renders or exports from a set.
fn rendered(anonymous: &[TeamResult]) -> Vec<String> {
    let mut out = labels(anonymous);
    let summary = summarise(anonymous);
    for group in &summary.actions {
        for action in &group.actions {
            out.push(action.teams.join(", "));
        }
    }
    for question in open_answers(anonymous) {
        for (label, answer) in question.answers {
            out.push(label);
            out.push(answer);
        }
    }
    let options = filter_options(anonymous);
    out.extend(options.municipalities);
    out.extend(options.organisation_types);
    out.extend(options.mysteries.into_iter().map(|m| m.1));
    out.push(to_csv(anonymous));
    out.extend(anonymous.iter().map(to_json));
    out.extend(anonymous.iter().map(|r| r.file_stem()));
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn no_name_or_municipality_survives_anonymising(teams in proptest::collection::vec(team(), 1..6)) {
        let names = every_name(&teams);
        let results: Vec<TeamResult> =
            teams.iter().enumerate().map(|(i, t)| result_of(i, t, &names)).collect();
        // The generated names really are in the input (so the test can fail).
        let before = rendered(&results).join("\n").to_lowercase();
        for n in &names {
            prop_assert!(before.contains(&n.to_lowercase()), "{} not in the input", n);
        }
        let anonymous = anonymise(&results);
        prop_assert_eq!(anonymous.len(), results.len());
        let after = rendered(&anonymous).join("\n").to_lowercase();
        prop_assert!(!after.contains("qx"), "a name survived: {}", after);
        // Scores and profiles are untouched.
        for (a, r) in anonymous.iter().zip(&results) {
            prop_assert_eq!(&a.reflection.profile, &r.reflection.profile);
            prop_assert_eq!(a.investigation.score, r.investigation.score);
            prop_assert_eq!(&a.id, &r.id);
        }
    }
}

#[test]
fn municipality_letters_run_like_spreadsheet_columns() {
    assert_eq!(
        [letters(0), letters(25), letters(26), letters(27), letters(701), letters(702)],
        ["A", "Z", "AA", "AB", "ZZ", "AAA"]
    );
}

#[test]
fn labels_and_open_answers_anonymised_per_question() {
    let teams: Vec<Team> = ["Team Noord", "Team Zuid", "Team West"]
        .iter()
        .zip(["Oosterlaak", "Westerveld", "Oosterlaak"])
        .map(|(name, place)| Team {
            name: name.to_string(),
            members: vec!["Sanne".into()],
            municipality: Some(place.into()),
            organisation: None,
            answer_words: vec!["Sanne".into(), "zag".into(), "het".into()],
            created: "2025-05-14T10:00:00+02:00".into(),
        })
        .collect();
    let results: Vec<TeamResult> = teams.iter().enumerate().map(|(i, t)| result_of(i, t, &[])).collect();
    assert_eq!(labels(&results), ["Team Noord (Oosterlaak)", "Team Zuid (Westerveld)", "Team West (Oosterlaak)"]);
    let anonymous = anonymise(&results);
    assert_eq!(labels(&anonymous), ["Team 1 (Gemeente A)", "Team 2 (Gemeente B)", "Team 3 (Gemeente A)"]);
    let questions = open_answers(&anonymous);
    assert_eq!(questions.len(), 2);
    assert_eq!(questions[0].question, "Waar loop je tegenaan?");
    assert_eq!(questions[0].answers.len(), 3);
    assert_eq!(questions[0].answers[1], ("Team 2 (Gemeente B)".to_string(), "[naam] (zag), het".to_string()));
}

#[test]
fn a_shared_result_leaves_member_names_out_unless_chosen() {
    let team = Team {
        name: "Team Oost".into(),
        members: vec!["Anna".into(), "Bram".into()],
        municipality: Some("Utrecht".into()),
        organisation: Some("wijkteam".into()),
        answer_words: vec![],
        created: "2025-05-14T10:00:00+02:00".into(),
    };
    let result = result_of(0, &team, &[]);
    let shared = result.for_sharing(false);
    assert!(shared.team.members.is_empty());
    assert!(!to_json(&shared).contains("Anna"));
    assert!(!to_json(&shared).contains("members"), "the field is left out, as format 1 allows");
    assert_eq!(shared.team.name, "Team Oost");
    assert_eq!(result.for_sharing(true), result);

    let items = result.shared_contents(false, true);
    assert!(items.contains(&"geen namen van teamleden".to_string()), "{items:?}");
    let without = items.join("\n");
    assert!(without.contains("‘Team Oost’") && without.contains("‘Utrecht’") && without.contains("‘wijkteam’"));
    assert!(!without.contains("Anna"));
    let with = result.shared_contents(true, true).join("\n");
    assert!(with.contains("de namen van de teamleden: Anna, Bram"), "{with}");

    // An old file with names still reads; anonymising drops them.
    let old = mysterie::domain::results::parse_result(&to_json(&result)).unwrap();
    assert_eq!(old.team.members, ["Anna", "Bram"]);
    assert!(anonymise(&[old])[0].team.members.is_empty());
}

#[test]
fn the_presentation_shows_one_chart_or_list_at_a_time() {
    use mysterie::domain::network::{slides, Slide};
    assert!(slides(0, 3, true).is_empty());
    assert_eq!(slides(1, 0, false), [Slide::Profiles, Slide::PerBouwsteen]);
    assert_eq!(
        slides(2, 1, true),
        [Slide::Profiles, Slide::Team(0), Slide::Team(1), Slide::PerBouwsteen, Slide::Question(0), Slide::Actions]
    );
}

#[test]
fn filter_by_day() {
    use mysterie::domain::network::Filter;
    let mut a = result_of(
        0,
        &Team {
            name: "A".into(),
            members: vec![],
            municipality: None,
            organisation: None,
            answer_words: vec![],
            created: "2025-05-14T10:00:00+02:00".into(),
        },
        &[],
    );
    let b = TeamResult { created: "2025-06-01T09:00:00+02:00".into(), id: "b".into(), ..a.clone() };
    let options = filter_options(&[a.clone(), b.clone()]);
    assert_eq!(
        options.dates,
        [("2025-06-01".to_string(), "01-06-2025".to_string()), ("2025-05-14".to_string(), "14-05-2025".to_string())]
    );
    let filter = Filter { date: Some("2025-05-14".into()), ..Filter::default() };
    assert_eq!(filter.apply(&[a.clone(), b]), [0]);
    a.created = "onbekend".into();
    assert!(filter_options(&[a]).dates.is_empty(), "a date the app cannot read is not offered");
}

#[test]
fn teams_grouped_by_date_and_municipality() {
    use mysterie::domain::network::{groups, GroupBy};
    let team = |name: &str, place: Option<&str>, created: &str| Team {
        name: name.into(),
        members: vec![],
        municipality: place.map(str::to_string),
        organisation: None,
        answer_words: vec![],
        created: created.into(),
    };
    let results: Vec<TeamResult> = [
        team("A", Some("Zwolle"), "2025-06-01T09:00:00+02:00"),
        team("B", Some("zwolle "), "2025-05-14T10:00:00+02:00"),
        team("C", None, "2025-05-14T11:00:00+02:00"),
    ]
    .iter()
    .enumerate()
    .map(|(i, t)| result_of(i, t, &[]))
    .collect();
    let by_date = groups(&results, GroupBy::Date);
    assert_eq!(
        by_date.iter().map(|g| (g.label.as_str(), g.summary.teams)).collect::<Vec<_>>(),
        [("14-05-2025", 2), ("01-06-2025", 1)]
    );
    let by_place = groups(&results, GroupBy::Municipality);
    assert_eq!(
        by_place.iter().map(|g| (g.label.as_str(), g.summary.teams)).collect::<Vec<_>>(),
        [("Zwolle", 2), ("Geen gemeente ingevuld", 1)]
    );
    assert_eq!(groups(&results, GroupBy::Nothing).len(), 1);
    assert_eq!(GroupBy::from_key("datum"), GroupBy::Date);
}

#[test]
fn filter_and_group_by_session() {
    use mysterie::domain::network::{groups, Filter, GroupBy};
    use mysterie::domain::results::SessionRef;
    let team = |name: &str, created: &str| Team {
        name: name.into(),
        members: vec![],
        municipality: None,
        organisation: None,
        answer_words: vec![],
        created: created.into(),
    };
    let mut results: Vec<TeamResult> = [
        team("A", "2025-06-01T09:00:00+02:00"),
        team("B", "2025-06-01T09:30:00+02:00"),
        team("C", "2025-05-14T11:00:00+02:00"),
        team("D", "2025-05-14T12:00:00+02:00"),
    ]
    .iter()
    .enumerate()
    .map(|(i, t)| result_of(i, t, &[]))
    .collect();
    results[0].session = Some(SessionRef { id: "k3x9a1".into(), team: 1 });
    results[1].session = Some(SessionRef { id: "k3x9a1".into(), team: 2 });
    results[2].session = Some(SessionRef { id: "b7q2".into(), team: 1 });

    // Newest session first; a result without a session offers none.
    let options = filter_options(&results);
    assert_eq!(
        options.sessions,
        [
            ("k3x9a1".to_string(), "Sessie k3x9a1 (01-06-2025)".to_string()),
            ("b7q2".to_string(), "Sessie b7q2 (14-05-2025)".to_string())
        ]
    );
    let filter = Filter { session: Some("k3x9a1".into()), ..Filter::default() };
    assert_eq!(filter.apply(&results), [0, 1]);
    let filter = Filter { session: Some("b7q2".into()), ..Filter::default() };
    assert_eq!(filter.apply(&results), [2]);

    let by_session = groups(&results, GroupBy::Session);
    assert_eq!(
        by_session.iter().map(|g| (g.label.as_str(), g.summary.teams)).collect::<Vec<_>>(),
        [("Sessie b7q2 (14-05-2025)", 1), ("Sessie k3x9a1 (01-06-2025)", 2), ("Niet in een sessie gespeeld", 1)]
    );
    assert_eq!(GroupBy::from_key("sessie"), GroupBy::Session);

    // Anonymising keeps the session: it names no person or place.
    assert_eq!(filter_options(&anonymise(&results)).sessions, options.sessions);
}
