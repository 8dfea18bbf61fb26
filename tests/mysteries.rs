//! The bundled mystery set as a whole: the counts every mystery must meet, the
//! coverage of the seven bouwstenen, B1 readability, and `index.json` kept in
//! sync (`UPDATE_INDEX=1 cargo test --test mysteries` rewrites it).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use mysterie::domain::readability::{self, B1_FLOOR};
use mysterie::domain::scenario::{Bouwsteen, CharacterKind, ClueKind, Library, LibraryEntry, Relevance, Scenario};
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
        if !(2..=4).contains(&count(Relevance::RedHerring)) {
            fail(format!("{} red herrings, expected 2–4", count(Relevance::RedHerring)));
        }
        if !(1..=2).contains(&count(Relevance::Ambiguous)) {
            fail(format!("{} ambiguous clues, expected 1–2", count(Relevance::Ambiguous)));
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
    // With the full set every bouwsteen is the main theme of one mystery and
    // touched by three; a smaller set (while mysteries are being written)
    // must at least not claim more than it has.
    let full_set = all.len() >= 10;
    for b in Bouwsteen::ALL {
        let mains = main.get(&b).map_or(0, Vec::len);
        let touches = touched.get(&b).copied().unwrap_or(0);
        println!("{:<28} main theme of {mains}, touched by {touches}", b.label());
        if full_set {
            assert!(mains >= 1, "no mystery has {} as its main theme", b.label());
            assert!(touches >= 3, "{} is touched by {touches} mysteries, expected at least 3", b.label());
        }
    }
    if full_set {
        let core = all.iter().filter(|(_, s)| s.core).count();
        assert_eq!(core, 6, "the core online set must hold six mysteries");
    }
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
