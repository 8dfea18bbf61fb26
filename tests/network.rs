//! The learning-network maths as a trainer relies on it: means and spread per
//! bouwsteen (population standard deviation), strongest and weakest, actions
//! grouped by bouwsteen, filters and anonymising; with no team, one team, and
//! teams that left bouwstenen open.

use mysterie::domain::network::{
    anonymise, filter_options, format_decimal, group_actions, stats, summarise, team_label, Filter,
};
use mysterie::domain::results::{
    ActionResult, BouwsteenValue, InvestigationResult, MysteryInfo, PerspectiveResult, ReflectionResult, ResultsFormat,
    RoleActionsResult, SolutionLevel, SolutionResult, TeamInfo, TeamResult, RESULTS_VERSION,
};
use mysterie::domain::scenario::{Bouwsteen, Perspective, Role};

// ---------------------------------------------------------------- helpers

/// A result with the given profile (in guide order), scores and chosen actions.
fn result(name: &str, profile: [Option<u32>; 7], scores: (u32, u32), chosen: &[(Role, &str, Bouwsteen)]) -> TeamResult {
    let mut roles: Vec<RoleActionsResult> = Vec::new();
    for &(role, text, bouwsteen) in chosen {
        let action = ActionResult { text: text.into(), bouwsteen, chosen: true };
        match roles.iter_mut().find(|r| r.role == role) {
            Some(r) => r.actions.push(action),
            None => roles.push(RoleActionsResult { role, actions: vec![action] }),
        }
    }
    // An action nobody chose never shows up in the network.
    roles.push(RoleActionsResult {
        role: Role::Bestuurder,
        actions: vec![ActionResult { text: "Niet gekozen".into(), bouwsteen: Bouwsteen::Bereik, chosen: false }],
    });
    TeamResult {
        format: ResultsFormat::MysterieResultaat,
        format_version: RESULTS_VERSION,
        id: format!("{:016x}", name.len() * 7919 + name.bytes().map(usize::from).sum::<usize>()),
        created: "2025-05-14T10:00:00+02:00".into(),
        mystery: MysteryInfo {
            id: "de-brief".into(),
            title: "De brief".into(),
            main_bouwsteen: Bouwsteen::Informatie,
            bouwstenen: vec![Bouwsteen::Informatie],
        },
        team: TeamInfo { name: name.into(), members: vec!["Anna".into()], municipality: None, organisation_type: None },
        investigation: InvestigationResult {
            score: scores.0,
            sorted_right: 0,
            sortable: 0,
            herrings_aside: 0,
            herrings: 0,
            key_found: 0,
            key_total: 0,
            key_wrong: 0,
            chains_found: 0,
            chains_total: 0,
            hint_cost: 0,
            clues_revealed: 0,
            clues_total: 0,
            aside_wrong: 0,
            open_sorting: false,
        },
        solution: SolutionResult {
            score: scores.1,
            level: SolutionLevel::Relationeel,
            key_cited: 0,
            herrings_cited: 0,
            concepts_named: vec![],
            concepts_total: 0,
            perspectives: Perspective::ALL
                .iter()
                .map(|&perspective| PerspectiveResult {
                    perspective,
                    covered: perspective != Perspective::Financieel,
                    clues: vec![],
                })
                .collect(),
            bouwstenen: vec![],
            answer: String::new(),
            cited_clues: vec![],
            off_cited: 0,
            links: vec![],
        },
        reflection: ReflectionResult {
            profile: Bouwsteen::ALL
                .iter()
                .zip(profile)
                .map(|(&bouwsteen, value)| BouwsteenValue { bouwsteen, value })
                .collect(),
            statements_answered: 0,
            statements_total: 0,
            questions_answered: 0,
            questions_total: 0,
            statements: vec![],
            open_answers: vec![],
        },
        actions: roles,
        debrief: None,
        session: None,
        trainer: None,
    }
}

fn in_place(mut r: TeamResult, mystery: &str, municipality: Option<&str>, organisation: Option<&str>) -> TeamResult {
    r.mystery.id = mystery.into();
    r.mystery.title = format!("Titel {mystery}");
    r.team.municipality = municipality.map(str::to_string);
    r.team.organisation_type = organisation.map(str::to_string);
    r
}

const NONE7: [Option<u32>; 7] = [None; 7];

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

// ---------------------------------------------------------------- the maths

#[test]
fn mean_and_population_spread() {
    let s = stats(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]).unwrap();
    assert_eq!(s.n, 8);
    assert!(close(s.mean, 5.0));
    // Population standard deviation: sqrt(32 / 8) = 2 (the sample one would be 2.138…).
    assert!(close(s.spread, 2.0), "{}", s.spread);
    assert_eq!((s.min, s.max), (2.0, 9.0));
}

#[test]
fn no_values_have_no_stats_and_one_value_has_no_spread() {
    assert_eq!(stats(&[]), None);
    let one = stats(&[75.0]).unwrap();
    assert_eq!((one.n, one.mean, one.spread, one.min, one.max), (1, 75.0, 0.0, 75.0, 75.0));
}

#[test]
fn an_empty_network_has_nothing_to_show() {
    let summary = summarise(&[]);
    assert_eq!(summary.teams, 0);
    assert_eq!(summary.per_bouwsteen.len(), 7);
    assert!(summary.per_bouwsteen.iter().all(|b| b.stats.is_none()));
    assert!(summary.strongest.is_empty() && summary.weakest.is_empty());
    assert_eq!((summary.investigation, summary.solution), (None, None));
    assert!(summary.actions.is_empty());
    assert_eq!(
        summary.perspectives,
        [(Perspective::Juridisch, 0), (Perspective::Financieel, 0), (Perspective::Sociaal, 0)]
    );
}

#[test]
fn one_team_is_its_own_mean_with_zero_spread() {
    let team = result("Oost", [Some(50), Some(25), None, Some(100), None, None, None], (80, 60), &[]);
    let summary = summarise(std::slice::from_ref(&team));
    assert_eq!(summary.teams, 1);
    let informatie = summary.per_bouwsteen[1].stats.unwrap();
    assert_eq!((informatie.n, informatie.mean, informatie.spread), (1, 25.0, 0.0));
    assert_eq!(summary.per_bouwsteen[2].stats, None, "bereik was not measured");
    assert_eq!(summary.strongest, [Bouwsteen::Toegang]);
    assert_eq!(summary.weakest, [Bouwsteen::Informatie]);
    assert!(close(summary.investigation.unwrap().mean, 80.0));
    assert!(close(summary.solution.unwrap().spread, 0.0));
}

#[test]
fn means_and_spread_per_bouwsteen_over_teams_that_answered() {
    let teams = [
        result("A", [Some(0), Some(50), None, Some(100), None, None, None], (60, 40), &[]),
        result("B", [Some(100), Some(50), None, Some(50), None, None, Some(25)], (80, 80), &[]),
        result("C", [None, Some(50), None, Some(75), None, None, None], (100, 60), &[]),
    ];
    let summary = summarise(&teams);
    assert_eq!(summary.teams, 3);
    let get = |b: Bouwsteen| summary.per_bouwsteen.iter().find(|s| s.bouwsteen == b).unwrap().stats;

    let aanbod = get(Bouwsteen::Aanbod).unwrap();
    assert_eq!(aanbod.n, 2, "team C left aanbod open");
    assert!(close(aanbod.mean, 50.0) && close(aanbod.spread, 50.0));

    let informatie = get(Bouwsteen::Informatie).unwrap();
    assert!(close(informatie.mean, 50.0) && close(informatie.spread, 0.0));

    let toegang = get(Bouwsteen::Toegang).unwrap();
    assert!(close(toegang.mean, 75.0));
    // sqrt(((25)^2 + (25)^2 + 0) / 3)
    assert!(close(toegang.spread, (1250.0f64 / 3.0).sqrt()), "{}", toegang.spread);

    assert_eq!(get(Bouwsteen::Bereik), None);
    assert_eq!(get(Bouwsteen::LerendeUitvoeringspraktijk).unwrap().n, 1);

    assert_eq!(summary.strongest, [Bouwsteen::Toegang]);
    assert_eq!(summary.weakest, [Bouwsteen::LerendeUitvoeringspraktijk]);
    assert!(close(summary.investigation.unwrap().mean, 80.0));
    assert_eq!(
        summary.perspectives,
        [(Perspective::Juridisch, 3), (Perspective::Financieel, 0), (Perspective::Sociaal, 3)]
    );
}

#[test]
fn ties_name_every_bouwsteen_and_equal_means_name_none() {
    let tied = result("A", [Some(75), Some(75), Some(25), Some(25), None, None, None], (0, 0), &[]);
    let summary = summarise(std::slice::from_ref(&tied));
    assert_eq!(summary.strongest, [Bouwsteen::Aanbod, Bouwsteen::Informatie]);
    assert_eq!(summary.weakest, [Bouwsteen::Bereik, Bouwsteen::Toegang]);

    let flat = result("B", [Some(50), Some(50), None, None, None, None, None], (0, 0), &[]);
    let summary = summarise(&[flat]);
    assert!(summary.strongest.is_empty() && summary.weakest.is_empty(), "nothing stands out");

    let single = result("C", [None, None, None, Some(50), None, None, None], (0, 0), &[]);
    let summary = summarise(&[single]);
    assert!(summary.strongest.is_empty() && summary.weakest.is_empty(), "one bouwsteen: nothing to compare");
    let none = result("D", NONE7, (0, 0), &[]);
    assert!(summarise(&[none]).per_bouwsteen.iter().all(|b| b.stats.is_none()));
}

#[test]
fn chosen_actions_are_grouped_by_bouwsteen_with_their_teams() {
    let brieven = (Role::Beleidsmedewerker, "Test brieven met inwoners.", Bouwsteen::Informatie);
    let balie = (Role::Leidinggevende, "Plan genoeg mensen in aan de balie.", Bouwsteen::Bejegening);
    let uitleg = (Role::Uitvoeringsprofessional, "Leg de brief uit in gewone woorden.", Bouwsteen::Informatie);
    let teams = [
        result("A", NONE7, (0, 0), &[brieven, balie]),
        result("B", NONE7, (0, 0), &[uitleg, brieven]),
        result("C", NONE7, (0, 0), &[]),
    ];
    let groups = group_actions(&teams);
    let bouwstenen: Vec<Bouwsteen> = groups.iter().map(|g| g.bouwsteen).collect();
    assert_eq!(bouwstenen, [Bouwsteen::Informatie, Bouwsteen::Bejegening], "guide order, only chosen ones");
    let informatie = &groups[0].actions;
    assert_eq!(informatie.len(), 2);
    // Chosen by two teams, so first.
    assert_eq!(informatie[0].text, "Test brieven met inwoners.");
    assert_eq!(informatie[0].teams, ["A", "B"]);
    assert_eq!(informatie[1].role, Role::Uitvoeringsprofessional);
    assert_eq!(groups[1].actions[0].teams, ["A"]);
    assert_eq!(summarise(&teams).actions, groups);
}

// ---------------------------------------------------------------- filters and anonymising

#[test]
fn filters_by_mystery_municipality_and_organisation_type() {
    let base = result("A", NONE7, (0, 0), &[]);
    let teams = [
        in_place(base.clone(), "de-brief", Some("Utrecht"), Some("Wijkteam")),
        in_place(base.clone(), "de-brief", Some(" utrecht "), Some("gemeente")),
        in_place(base.clone(), "uit-elkaar", Some("Zwolle"), None),
        in_place(base, "uit-elkaar", None, Some("wijkteam")),
    ];
    assert_eq!(Filter::default().apply(&teams), [0, 1, 2, 3]);
    assert!(Filter::default().is_empty());
    let by_mystery = Filter { mystery: Some("uit-elkaar".into()), ..Filter::default() };
    assert_eq!(by_mystery.apply(&teams), [2, 3]);
    let by_place = Filter { municipality: Some("UTRECHT".into()), ..Filter::default() };
    assert_eq!(by_place.apply(&teams), [0, 1], "case and spaces do not matter");
    let by_kind = Filter { organisation_type: Some("wijkteam".into()), ..Filter::default() };
    assert_eq!(by_kind.apply(&teams), [0, 3]);
    let both =
        Filter { mystery: Some("de-brief".into()), organisation_type: Some("wijkteam".into()), ..Filter::default() };
    assert_eq!(both.apply(&teams), [0]);
    let nobody = Filter { municipality: Some("Amsterdam".into()), ..Filter::default() };
    assert!(nobody.apply(&teams).is_empty());

    let options = filter_options(&teams);
    assert_eq!(
        options.mysteries,
        [("de-brief".to_string(), "Titel de-brief".to_string()), ("uit-elkaar".into(), "Titel uit-elkaar".into())]
    );
    assert_eq!(options.municipalities, ["Utrecht", "Zwolle"], "one entry per municipality, first spelling");
    assert_eq!(options.organisation_types, ["gemeente", "Wijkteam"]);
}

#[test]
fn anonymising_removes_team_member_and_place_names() {
    let mut a =
        in_place(result("Team Oost", NONE7, (10, 20), &[]), "de-brief", Some("Utrecht"), Some("wijkteam Utrecht"));
    a.solution.answer = "Anna zei: in UTRECHT en bij De Speurders gaat het anders. Utrechtse aanpak.".into();
    let b = in_place(result("De Speurders", NONE7, (30, 40), &[]), "de-brief", Some(" utrecht "), None);
    let c = in_place(result("Team Zuid", NONE7, (30, 40), &[]), "de-brief", Some("Zwolle"), None);
    let anonymous = anonymise(&[a.clone(), b, c]);
    assert_eq!(anonymous[0].team.name, "Team 1");
    assert_eq!(anonymous[1].team.name, "Team 2");
    assert!(anonymous.iter().all(|r| r.team.members.is_empty()));
    // The same place (any spelling) gets the same letter, so filters still group it.
    assert_eq!(anonymous[0].team.municipality.as_deref(), Some("Gemeente A"));
    assert_eq!(anonymous[1].team.municipality.as_deref(), Some("Gemeente A"));
    assert_eq!(anonymous[2].team.municipality.as_deref(), Some("Gemeente B"));
    assert_eq!(anonymous[0].team.organisation_type.as_deref(), Some("wijkteam Gemeente A"));
    // Whole words only: "Utrechtse" is not a name the app knows.
    assert_eq!(
        anonymous[0].solution.answer,
        "[naam] zei: in Gemeente A en bij Team 2 gaat het anders. Utrechtse aanpak."
    );
    assert_eq!(anonymous[0].investigation, a.investigation);
    assert_eq!(team_label(&anonymous[2], 2), "Team 3 (Gemeente B)");
}

#[test]
fn team_labels_and_numbers_read_well() {
    let mut r = result("Team Oost", NONE7, (0, 0), &[]);
    assert_eq!(team_label(&r, 0), "Team Oost");
    r.team.municipality = Some("Utrecht".into());
    assert_eq!(team_label(&r, 0), "Team Oost (Utrecht)");
    r.team.name = "  ".into();
    r.team.municipality = None;
    assert_eq!(team_label(&r, 2), "Team 3");
    assert_eq!(format_decimal(62.5, 1), "62,5");
    assert_eq!(format_decimal(20.412, 1), "20,4");
    assert_eq!(format_decimal(0.0, 1), "0,0");
}

// ---------------------------------------------------------------- the overview in words

mod words {
    use super::*;
    use mysterie::domain::network::{
        extremes_line, level_cell, levels_line, perspective_note, scores_line, stat_cells, strength_mark, team_count,
    };
    use mysterie::domain::results::TrainerResult;

    fn two_teams() -> Vec<TeamResult> {
        vec![
            result("Noord", [Some(80), Some(40), Some(60), None, None, None, None], (70, 50), &[]),
            result("Zuid", [Some(60), Some(20), Some(60), None, None, None, None], (50, 30), &[]),
        ]
    }

    #[test]
    fn counts_and_extremes_read_as_sentences() {
        assert_eq!(team_count(1), "1 team");
        assert_eq!(team_count(0), "0 teams");
        assert_eq!(team_count(12), "12 teams");
        let s = summarise(&two_teams());
        assert_eq!(extremes_line(&s), "Sterkst: Aanbod. Zwakst: Informatie.");
        let flat = summarise(&[result("Een", [Some(50), Some(50), None, None, None, None, None], (0, 0), &[])]);
        assert_eq!(
            extremes_line(&flat),
            "Er is nog niet genoeg verschil tussen de bouwstenen om een sterkste en zwakste te noemen."
        );
        assert_eq!(strength_mark(&s, Bouwsteen::Aanbod), " (sterkst)");
        assert_eq!(strength_mark(&s, Bouwsteen::Informatie), " (zwakst)");
        assert_eq!(strength_mark(&s, Bouwsteen::Bereik), "");
    }

    #[test]
    fn scores_and_levels_lines() {
        let s = summarise(&two_teams());
        assert_eq!(
            scores_line(&s),
            "Onderzoek: gemiddeld 60,0 van 100 (spreiding 10,0). Oplossing: gemiddeld 40,0 van 100 (spreiding 10,0)."
        );
        assert_eq!(scores_line(&summarise(&[])), "");
        assert_eq!(levels_line(&s), "Diepgang van de antwoorden: niveau 3 (verbonden verklaring): 2.");
        let mut judged = two_teams();
        judged[0].trainer = Some(TrainerResult { level: SolutionLevel::Multistructureel, reason: String::new() });
        assert_eq!(
            levels_line(&summarise(&judged)),
            "Diepgang van de antwoorden: niveau 2 (losse aanwijzingen): 1, niveau 3 (verbonden verklaring): 1. \
             Bij 1 team heeft een trainer het niveau beoordeeld."
        );
        judged[1].trainer = Some(TrainerResult { level: SolutionLevel::Relationeel, reason: String::new() });
        assert!(levels_line(&summarise(&judged)).ends_with(" Bij 2 teams heeft een trainer het niveau beoordeeld."));
    }

    #[test]
    fn a_team_s_level_says_whether_a_trainer_changed_or_confirmed_it() {
        let mut r = two_teams().remove(0);
        assert_eq!(level_cell(&r), "3: Verbonden verklaring");
        r.trainer = Some(TrainerResult { level: SolutionLevel::Relationeel, reason: String::new() });
        assert_eq!(level_cell(&r), "3: Verbonden verklaring (bevestigd)");
        r.trainer = Some(TrainerResult { level: SolutionLevel::Unistructureel, reason: "Eén kaart".into() });
        assert_eq!(level_cell(&r), "1: Eén aanwijzing (trainer, app: 3)");
    }

    #[test]
    fn every_presentation_screen_has_its_heading() {
        use mysterie::domain::network::{labels, open_answers, slide_title, slides, Slide};
        let teams = two_teams();
        let names = labels(&teams);
        let questions = open_answers(&teams);
        let titles: Vec<String> = slides(teams.len(), questions.len(), false)
            .into_iter()
            .map(|s| slide_title(Some(s), &names, &questions))
            .collect();
        assert_eq!(
            titles,
            [
                "Bouwstenen-profiel van alle teams",
                "Noord tegen het gemiddelde",
                "Zuid tegen het gemiddelde",
                "Per bouwsteen"
            ]
        );
        assert_eq!(slide_title(None, &names, &questions), "Geen teams");
        assert_eq!(slide_title(Some(Slide::Actions), &names, &questions), "Gekozen acties");
    }

    #[test]
    fn stat_cells_and_the_perspective_note() {
        assert_eq!(stat_cells(None), ("–".into(), "–".into(), "–".into(), "0".into()));
        assert_eq!(stat_cells(stats(&[60.0, 80.0])), ("70,0".into(), "10,0".into(), "60–80".into(), "2".into()));
        let s = summarise(&two_teams());
        // The helper covers every side but the financial one.
        assert_eq!(perspective_note(&s.perspectives, s.teams), "Niet elk team keek vanuit: Financieel-economisch.");
        let all = Perspective::ALL.map(|p| (p, 2));
        assert_eq!(perspective_note(&all, 2), "Alle teams keken vanuit alle drie de kanten.");
    }
}

// ---------------------------------------------------------------- collecting results

mod collecting {
    use super::*;
    use mysterie::domain::result_set::{
        add, anonymous_reports, check_file_size, mark_unsaved, offer_to_network, replace_question, summary_of, Report,
        LINK,
    };
    use mysterie::domain::results::{LinkRead, MAX_RESULT_BYTES};
    use mysterie::domain::validate::Problem;

    fn read(r: &TeamResult) -> Result<LinkRead, Problem> {
        Ok(LinkRead { result: r.clone(), warning: None })
    }

    #[test]
    fn the_view_refuses_a_too_large_file_at_the_domain_limit() {
        assert!(check_file_size(MAX_RESULT_BYTES as f64).is_ok());
        let problem = check_file_size(MAX_RESULT_BYTES as f64 + 1.0).unwrap_err();
        // The words of the reading path's size step, as after reading the text.
        let huge = " ".repeat(MAX_RESULT_BYTES + 1);
        assert_eq!(problem.describe(), mysterie::domain::results::parse_result(&huge).unwrap_err().describe());
        assert!(
            problem.describe().starts_with("Het resultaat is te groot: iets meer dan 1 MB"),
            "{}",
            problem.describe()
        );
        assert!(check_file_size(3.0 * MAX_RESULT_BYTES as f64).unwrap_err().describe().contains("te groot: 3 MB"));
    }

    #[test]
    fn adding_reports_added_unchanged_and_waiting() {
        let noord = result("Noord", NONE7, (70, 50), &[]);
        let (mut set, mut waiting) = (Vec::new(), Vec::new());
        let first = add(&mut set, &mut waiting, "noord.json", read(&noord));
        assert_eq!(
            first,
            Report {
                source: "noord.json".into(),
                ok: true,
                message: "Toegevoegd: Noord – De brief.".into(),
                id: Some(noord.id.clone())
            }
        );
        let again =
            add(&mut set, &mut waiting, LINK, Ok(LinkRead { result: noord.clone(), warning: Some("Let op.".into()) }));
        assert!(again.ok);
        assert_eq!(again.message, "Stond er al: Noord – De brief. Er is niets veranderd. Let op.");
        let mut changed = noord.clone();
        changed.investigation.score = 10;
        let differs = add(&mut set, &mut waiting, "noord-2.json", read(&changed));
        assert!(!differs.ok);
        assert!(differs.message.starts_with("Er staat al een ander resultaat van dit spel in het overzicht: Noord"));
        assert_eq!((set.len(), waiting.len()), (1, 1));
        // The same result again waits once.
        add(&mut set, &mut waiting, "noord-2.json", read(&changed));
        assert_eq!(waiting.len(), 1);
        let broken = add(&mut set, &mut waiting, "kapot.json", Err(Problem::error("", "Kapot.")));
        assert_eq!((broken.ok, broken.id.as_deref()), (false, None));

        let mut reports = vec![first, broken.clone()];
        assert_eq!(summary_of(&reports), "1 toegevoegd, 1 niet gelukt. Zie de meldingen hieronder.");
        assert_eq!(summary_of(&reports[..1]), "1 resultaat/resultaten toegevoegd.");
        assert_eq!(summary_of(&reports[1..]), "Niet gelukt: 1 bestand(en) of link. Zie de melding hieronder.");
        assert_eq!(summary_of(&[]), "");
        mark_unsaved(&mut reports, "De opslag is vol.");
        assert_eq!(reports[0].message, "Niet bewaard: De opslag is vol.");
        assert!(!reports[0].ok);
        assert_eq!(reports[1], broken, "a failed report keeps its own reason");
    }

    #[test]
    fn anonymous_reports_name_no_file_and_no_team() {
        let noord = result("Noord", NONE7, (70, 50), &[]);
        let (mut set, mut waiting) = (Vec::new(), Vec::new());
        let reports = vec![
            add(&mut set, &mut waiting, "noord.json", read(&noord)),
            add(&mut set, &mut waiting, LINK, Err(Problem::error("", "Kapot."))),
        ];
        let hidden = anonymous_reports(&reports, &anonymise(&set));
        assert_eq!(hidden[0].source, "Bestand 1");
        assert_eq!(hidden[0].message, "Toegevoegd of bijgewerkt: Team 1 – De brief.");
        assert_eq!(hidden[1].source, LINK);
        assert_eq!(hidden[1].message, reports[1].message);
        assert!(hidden.iter().all(|r| !r.message.contains("Noord") && !r.source.contains("noord")));
    }

    #[test]
    fn the_replace_question_describes_both_and_hides_the_team_when_asked() {
        let stored = result("Noord", NONE7, (70, 50), &[]);
        let mut incoming = stored.clone();
        incoming.investigation.score = 10;
        let asked = replace_question(&incoming, Some(&stored), false);
        assert!(asked.starts_with("Noord – De brief: er staat al een resultaat van dit spel in het overzicht (onderzoek 70 %, oplossing 50 %"), "{asked}");
        assert!(asked.contains("Het nieuwe is anders (onderzoek 10 %"), "{asked}");
        assert!(asked.ends_with("Vervangen?"));
        assert!(replace_question(&incoming, Some(&stored), true).starts_with("Een team – De brief:"));
    }

    #[test]
    fn an_earlier_result_goes_to_the_network_unless_another_version_is_there() {
        let noord = result("Noord", NONE7, (70, 50), &[]);
        let mut set = Vec::new();
        assert_eq!(
            offer_to_network(&mut set, noord.clone()),
            Ok("Toegevoegd aan het overzicht voor het lerend netwerk.")
        );
        assert_eq!(offer_to_network(&mut set, noord.clone()), Ok("Dit resultaat stond al in het overzicht."));
        let mut other = noord.clone();
        other.solution.score = 1;
        let refused = offer_to_network(&mut set, other).unwrap_err();
        assert!(refused.starts_with("Er staat al een andere versie van dit resultaat"));
        assert!(refused.contains("netwerk. Download"), "one space where the source line breaks: {refused}");
        assert_eq!(set, vec![noord]);
    }
}
