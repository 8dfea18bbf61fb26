//! Check mystery files the way the app does, and print their figures:
//!
//!     cargo run --example check -- mysteries/*.json
//!
//! Prints every problem (errors and warnings, with the path), the clue counts
//! and the Flesch–Douma readability. Exits 1 when any file has an error.

use std::process::ExitCode;

use mysterie::domain::readability;
use mysterie::domain::scenario::{CharacterKind, ClueKind, Relevance};
use mysterie::domain::validate::{check_scenario, Severity};

fn main() -> ExitCode {
    let files: Vec<String> =
        std::env::args().skip(1).filter(|f| !f.ends_with("index.json") && !f.ends_with("schema.json")).collect();
    if files.is_empty() {
        eprintln!("usage: cargo run --example check -- mysteries/<id>.json ...");
        return ExitCode::FAILURE;
    }
    let mut failed = false;
    for file in files {
        let text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(e) => {
                println!("{file}: cannot read: {e}");
                failed = true;
                continue;
            }
        };
        let (scenario, problems) = check_scenario(&text);
        for p in &problems {
            println!("{file}: {} {}", p.severity.label(), p.describe());
        }
        failed |= problems.iter().any(|p| p.severity == Severity::Error);
        let Some(s) = scenario else { continue };
        let count = |r: Relevance| s.clues.iter().filter(|c| c.relevance == r).count();
        let voices = |k: CharacterKind| {
            s.clues
                .iter()
                .filter(|c| c.kind == ClueKind::Voice)
                .filter(|c| c.speaker.as_deref().and_then(|id| s.character(id)).is_some_and(|ch| ch.kind == k))
                .count()
        };
        let r = readability::of_scenario(&s);
        println!(
            "{file}: {} clues (key {}, supporting {}, red herring {}, ambiguous {}), voices inwoner {} / uitvoerder {}, \
             {} rounds; Flesch-Douma {:.1} ({:.1} words/sentence, {:.2} syllables/word)",
            s.clues.len(),
            count(Relevance::Key),
            count(Relevance::Supporting),
            count(Relevance::RedHerring),
            count(Relevance::Ambiguous),
            voices(CharacterKind::Inwoner),
            voices(CharacterKind::Uitvoerder),
            s.rounds(),
            r.flesch_douma(),
            r.words_per_sentence(),
            r.syllables_per_word(),
        );
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
