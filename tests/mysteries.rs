//! The bundled mystery set as a whole: the counts every mystery must meet, the
//! coverage of the seven bouwstenen, B1 readability, and `index.json` kept in
//! sync (`UPDATE_INDEX=1 cargo test --test mysteries` rewrites it).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use mysterie::domain::readability::{self, B1_FLOOR};
use mysterie::domain::scenario::{
    Bouwsteen, CharacterKind, ClueKind, Library, LibraryEntry, Phase, QuestionTopic, Relevance, Scenario,
};
use mysterie::domain::validate::parse_scenario;

fn mysteries_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("mysteries")
}

/// Every scenario file with its file name, sorted by file name.
fn bundled() -> Vec<(String, Scenario)> {
    let mut files: Vec<String> = std::fs::read_dir(mysteries_dir())
        .expect("mysteries/ exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|f| f.ends_with(".json") && !matches!(f.as_str(), "index.json" | "schema.json" | "index.schema.json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "mysteries/ holds no mystery");
    files
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(mysteries_dir().join(&file)).expect("readable");
            let scenario = parse_scenario(&text).unwrap_or_else(|problems| {
                let list: Vec<String> = problems.iter().map(|p| p.describe()).collect();
                panic!("{file} does not validate:\n{}", list.join("\n"))
            });
            (file, scenario)
        })
        .collect()
}

#[test]
fn every_mystery_has_the_counts_of_a_real_training_case() {
    let mut failures = Vec::new();
    for (file, s) in bundled() {
        let mut fail = |what: String| failures.push(format!("{file}: {what}"));
        let count = |r: Relevance| s.clues.iter().filter(|c| c.relevance == r).count();
        if !(15..=30).contains(&s.clues.len()) {
            fail(format!("{} clues, expected 15–30", s.clues.len()));
        }
        // Vary as the story needs, but every case has a wrong lead to set aside
        // and a card to talk about.
        if !(1..=4).contains(&count(Relevance::RedHerring)) {
            fail(format!("{} red herrings, expected 1–4", count(Relevance::RedHerring)));
        }
        if !(1..=4).contains(&count(Relevance::Ambiguous)) {
            fail(format!("{} ambiguous clues, expected 1–4", count(Relevance::Ambiguous)));
        }
        let speakers: Vec<_> = s
            .clues
            .iter()
            .filter(|c| c.kind == ClueKind::Voice)
            .filter_map(|c| c.speaker.as_deref().and_then(|id| s.character(id)))
            .collect();
        for kind in [CharacterKind::Inwoner, CharacterKind::Uitvoerder] {
            if !speakers.iter().any(|c| c.kind == kind) {
                fail(format!("no voice of an {}", kind.label().to_lowercase()));
            }
        }
        let organisations: BTreeSet<_> = speakers
            .iter()
            .filter(|c| c.kind == CharacterKind::Uitvoerder)
            .filter_map(|c| c.organisation.as_deref())
            .collect();
        if organisations.len() < 3 {
            fail(format!("uitvoerders from {} organisations, expected at least 3", organisations.len()));
        }
        if !s.clues.iter().any(|c| c.kind == ClueKind::Document) {
            fail("no document among the clues".into());
        }
        if s.rounds() < 2 && s.clues.iter().all(|c| c.unlock.after.is_empty()) {
            fail("no unlock steps: the story does not unfold".into());
        }
        if s.hints.is_empty() {
            fail("no hints".into());
        }
        if s.sources.is_empty() {
            fail("no references to the guide".into());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_set_covers_all_seven_bouwstenen() {
    let all = bundled();
    let mut main: BTreeMap<Bouwsteen, Vec<String>> = BTreeMap::new();
    let mut touched: BTreeMap<Bouwsteen, usize> = BTreeMap::new();
    for (_, s) in &all {
        main.entry(s.main_bouwsteen).or_default().push(s.id.clone());
        for b in &s.bouwstenen {
            *touched.entry(*b).or_default() += 1;
        }
    }
    // The full set is bundled: every bouwsteen is the main theme of one
    // mystery and touched by three. Asserted, not assumed, so that a smaller
    // set cannot quietly switch the coverage checks off.
    assert!(all.len() >= 10, "the full set of ten mysteries is bundled ({} found)", all.len());
    for b in Bouwsteen::ALL {
        let mains = main.get(&b).map_or(0, Vec::len);
        let touches = touched.get(&b).copied().unwrap_or(0);
        println!("{:<28} main theme of {mains}, touched by {touches}", b.label());
        assert!(mains >= 1, "no mystery has {} as its main theme", b.label());
        assert!(touches >= 3, "{} is touched by {touches} mysteries, expected at least 3", b.label());
    }
    let core = all.iter().filter(|(_, s)| s.core).count();
    assert_eq!(core, 6, "the core online set must hold six mysteries");
}

#[test]
fn every_mystery_reads_at_b1_level() {
    let mut failures = Vec::new();
    for (file, s) in bundled() {
        let r = readability::of_scenario(&s);
        println!(
            "{:<40} Flesch-Douma {:5.1}  ({:4.1} words/sentence, {:.2} syllables/word, {} clues)",
            file,
            r.flesch_douma(),
            r.words_per_sentence(),
            r.syllables_per_word(),
            s.clues.len()
        );
        if r.flesch_douma() < B1_FLOOR {
            failures.push(format!("{file}: Flesch-Douma {:.1} is below the B1 floor {B1_FLOOR}", r.flesch_douma()));
        }
        // No single clue may be far harder than the rest (official letters quoted on purpose get some room).
        for clue in &s.clues {
            let c = readability::measure([clue.text.as_str()]);
            if c.words_per_sentence() > 22.0 {
                failures.push(format!(
                    "{file}: clue {} has {:.0} words per sentence; split its sentences",
                    clue.id,
                    c.words_per_sentence()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `index.json` as it must be: every mystery, the core set first, then by the
/// number of the main bouwsteen, then by title.
fn expected_index() -> String {
    let mut entries: Vec<LibraryEntry> =
        bundled().iter().map(|(file, s)| LibraryEntry::for_scenario(s, file)).collect();
    entries.sort_by(|a, b| {
        (!a.core, a.main_bouwsteen.number(), &a.title).cmp(&(!b.core, b.main_bouwsteen.number(), &b.title))
    });
    let library = Library { format_version: mysterie::domain::scenario::FORMAT_VERSION, mysteries: entries };
    serde_json::to_string_pretty(&library).expect("serialisable") + "\n"
}

#[test]
fn index_json_lists_every_mystery_in_library_order() {
    let path = mysteries_dir().join("index.json");
    let expected = expected_index();
    if std::env::var("UPDATE_INDEX").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &expected).expect("write index.json");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "mysteries/index.json is out of date with the mystery files. \
         Run `UPDATE_INDEX=1 cargo test --test mysteries` and commit the result."
    );
}

/// A person's name as it is compared across mysteries: lower case, without a
/// title such as "mr." or "mevrouw".
fn person_key(name: &str) -> String {
    let titles = ["mr.", "mr", "dr.", "mevrouw", "meneer", "mw.", "dhr.", "juf", "meester"];
    name.split_whitespace()
        .map(|w| w.to_lowercase())
        .filter(|w| !titles.contains(&w.as_str()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn no_person_appears_in_two_mysteries() {
    // Full names are unique across the set, and a person known only by a first
    // name does not share it with anyone in another mystery.
    let all = bundled();
    let mut full: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut first: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, s) in &all {
        let mut in_file = BTreeSet::new();
        for c in &s.characters {
            let key = person_key(&c.name);
            if in_file.insert(key.clone()) {
                full.entry(key.clone()).or_default().push(file.clone());
            }
            if let Some(given) = key.split(' ').next() {
                first.entry(given.to_string()).or_default().insert(file.clone());
            }
        }
    }
    let mut failures: Vec<String> = full
        .iter()
        .filter(|(_, files)| files.len() > 1)
        .map(|(name, files)| format!("‘{name}’ appears in {}", files.join(", ")))
        .collect();
    for (file, s) in &all {
        for c in s.characters.iter().filter(|c| !person_key(&c.name).contains(' ')) {
            let key = person_key(&c.name);
            let others: Vec<&String> = first.get(&key).into_iter().flatten().filter(|f| *f != file).collect();
            if !others.is_empty() {
                failures.push(format!("{file}: ‘{}’ has only a first name that is also used in {others:?}", c.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_mystery_has_what_a_trainer_needs_to_run_it() {
    let mut failures = Vec::new();
    for (file, s) in bundled() {
        let mut fail = |what: String| failures.push(format!("{file}: {what}"));
        if s.player_roles.len() < 2 {
            fail(format!(
                "{} player roles, expected at least 2 (chapter 11: listen to inwoners, uitvoerders …)",
                s.player_roles.len()
            ));
        }
        let undealt: Vec<&str> = s.clues.iter().filter(|c| c.deal_to.is_none()).map(|c| c.id.as_str()).collect();
        if !undealt.is_empty() {
            fail(format!("{} clues without deal_to, such as {}", undealt.len(), undealt[0]));
        }
        for clue in &s.clues {
            if let Some(role) = clue.deal_to.as_deref() {
                if !s.player_roles.iter().any(|r| r.id == role) {
                    fail(format!("clue {} is dealt to unknown role {role}", clue.id));
                }
            }
        }
        for role in &s.player_roles {
            if !s.clues.iter().any(|c| c.deal_to.as_deref() == Some(role.id.as_str())) {
                fail(format!("player role {} gets no card", role.id));
            }
        }
        let set: Vec<u32> = Phase::ALL.iter().filter_map(|p| s.phase_minutes.get(*p)).collect();
        if set.len() != Phase::ALL.len() || set.iter().sum::<u32>() != s.duration_minutes {
            fail(format!(
                "phase_minutes must set all six phases and add up to duration_minutes {} (now {} phases, {} minutes)",
                s.duration_minutes,
                set.len(),
                set.iter().sum::<u32>()
            ));
        }
        for minutes in [60, 90] {
            if !s.session_plans.iter().any(|p| p.minutes == minutes) {
                fail(format!("no session plan of {minutes} minutes"));
            }
        }
        let Some(sheet) = &s.facilitator else {
            fail("no facilitator sheet".into());
            continue;
        };
        if !(2..=5).contains(&sheet.learning_goals.len()) {
            fail(format!("{} learning goals, expected 2–5", sheet.learning_goals.len()));
        }
        for phase in Phase::ALL {
            if !sheet.script.iter().any(|step| step.phase == phase) {
                fail(format!("the script says nothing for phase {}", phase.label()));
            }
        }
        for clue in s.clues.iter().filter(|c| c.relevance == Relevance::Ambiguous) {
            if !sheet.probes.iter().any(|p| p.clue == clue.id) {
                fail(format!("no probe question for ambiguous clue {}", clue.id));
            }
        }
        if sheet.misconceptions.len() < 2 {
            fail(format!("{} misconceptions, expected at least 2", sheet.misconceptions.len()));
        }
        let mut levels: Vec<u8> = sheet.example_answers.iter().map(|a| a.level).collect();
        levels.sort_unstable();
        if levels != [1, 2, 3, 4] {
            fail(format!("example answers for levels {levels:?}, expected one for each of 1, 2, 3, 4"));
        }
        // Every problem the app itself reports about these fields (warnings included).
        for problem in mysterie::domain::validate::validate(&s) {
            if ["session_plans", "facilitator", "phase_minutes", "player_roles"]
                .iter()
                .any(|f| problem.path.starts_with(f))
            {
                fail(problem.describe());
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn reflection_asks_about_every_bouwsteen_and_how_this_team_worked() {
    let all = bundled();
    let mut failures = Vec::new();
    let mut samenwerking: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (file, s) in &all {
        for b in &s.bouwstenen {
            let n = s.reflection.statements.iter().filter(|st| st.bouwsteen == *b).count();
            if n < 2 {
                failures.push(format!("{file}: {n} statement(s) about {}, expected at least 2", b.label()));
            }
        }
        for q in s.reflection.questions.iter().filter(|q| q.topic == QuestionTopic::Samenwerking) {
            samenwerking.entry(q.text.trim().to_lowercase()).or_default().push(file.clone());
        }
        if !s.reflection.questions.iter().any(|q| q.topic == QuestionTopic::Samenwerking) {
            failures.push(format!("{file}: no question about how the team worked"));
        }
    }
    // How-did-we-work questions are about this mystery, not one generic list for all.
    for (text, files) in samenwerking.iter().filter(|(_, files)| files.len() > 1) {
        failures.push(format!("the same team question ‘{text}’ is in {}", files.join(", ")));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn cards_leave_the_answer_to_the_team() {
    // Bezwaar is not a complaint (handreiking §8.5), and no card ends on a
    // narrator's aside that tells players what to notice, like
    // "(Over het lekkende dak staat niets in de brief.)".
    let mut failures = Vec::new();
    for (file, s) in bundled() {
        let raw = std::fs::read_to_string(mysteries_dir().join(&file)).expect("readable").to_lowercase();
        if raw.contains("formele klacht") {
            failures.push(format!("{file}: calls bezwaar ‘een formele klacht’"));
        }
        for clue in &s.clues {
            let text = clue.text.trim_end();
            if let Some(start) = text.rfind('(') {
                let aside = &text[start..];
                let sentence = aside.chars().nth(1).is_some_and(char::is_uppercase) && aside.ends_with(".)");
                if sentence && aside.split_whitespace().count() >= 4 {
                    failures.push(format!("{file}: clue {} ends on a narrator's aside: {aside}", clue.id));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
