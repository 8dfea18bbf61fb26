//! Engine benchmarks (criterion): reading a large mystery file (parse +
//! validate, what the app does on opening a mystery) and scoring a finished
//! session (what the result screen does), and one reveal and one sort move
//! (the engine work and the save behind a click) at 300 and 3,000 cards, to
//! show they grow linearly. Run: `cargo bench --bench engine`.
//! Figures and how they were measured: docs/performance.md.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use serde_json::{json, Value};

use mysterie::domain::game::{Command, Placement, Session, Team};
use mysterie::domain::scenario::{Phase, Scenario};
use mysterie::domain::{saved, scoring, validate};

const FIXTURE: &str = include_str!("../tests/fixtures/engine.json");

/// Some plain Dutch sentences to fill clue texts with.
const SENTENCES: [&str; 6] = [
    "Mevrouw belde drie keer naar het loket, maar niemand kon haar helpen met de brief.",
    "De klantmanager had weinig tijd en verwees haar door naar een ander team.",
    "In de brief stond een termijn van zes weken om bezwaar te maken.",
    "Haar buurman zei dat ze naar de sociaal raadslieden kon gaan voor uitleg.",
    "De schuld liep op omdat de toeslag werd stopgezet zonder dat zij het wist.",
    "Het wijkteam hoorde pas na drie maanden van haar problemen.",
];

/// The engine fixture with extra clues until the file is about `target` bytes.
fn big_scenario(target: usize) -> String {
    let mut value: Value = serde_json::from_str(FIXTURE).expect("fixture");
    let categories: Vec<String> =
        value["categories"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_string()).collect();
    // 60 sentences (about 4,500 characters, under the 5,000 limit), so 1 MB
    // stays under the 300-clue limit.
    let text: String = SENTENCES.iter().cycle().take(60).copied().collect::<Vec<_>>().join(" ");
    let mut i = 0;
    while serde_json::to_string(&value).unwrap().len() < target {
        for _ in 0..50 {
            value["clues"].as_array_mut().unwrap().push(json!({
                "id": format!("extra-{i}"),
                "kind": "fact",
                "title": format!("Extra aanwijzing {i}"),
                "text": text,
                "relevance": "supporting",
                "category": categories[i % categories.len()],
                "bouwstenen": ["toegang"],
                "perspectives": ["sociaal"],
            }));
            i += 1;
        }
    }
    serde_json::to_string_pretty(&value).unwrap()
}

/// A session that uncovered, sorted and answered everything, in Resultaat.
fn finished_session(scenario: &Scenario) -> Session {
    let mut s = Session::new(scenario, Team { name: "Bench".into(), ..Team::default() });
    let apply = |s: &mut Session, c: Command| {
        let _ = s.apply(scenario, c);
    };
    apply(&mut s, Command::Advance);
    loop {
        while s.apply(scenario, Command::RevealNext).is_ok() {}
        if s.apply(scenario, Command::NextRound).is_err() {
            break;
        }
    }
    apply(&mut s, Command::Advance);
    for clue in &scenario.clues {
        let placement = clue.category.clone().map(Placement::Category).unwrap_or(Placement::Aside);
        apply(&mut s, Command::Place { clue: clue.id.clone(), placement });
    }
    for key in &scenario.solution.key_clues {
        apply(&mut s, Command::ToggleKey { clue: key.clone() });
    }
    for chain in &scenario.solution.chains {
        apply(&mut s, Command::AddLink { from: chain.from.clone(), to: chain.to.clone(), why: String::new() });
    }
    apply(&mut s, Command::Advance);
    for key in &scenario.solution.key_clues {
        apply(&mut s, Command::ToggleAnswerClue { clue: key.clone() });
    }
    let words: Vec<&str> = scenario.solution.concepts.iter().map(|c| c.words[0].as_str()).collect();
    apply(&mut s, Command::SetAnswerText { text: format!("Het ging mis door {}.", words.join(", ")) });
    apply(&mut s, Command::Advance);
    for statement in &scenario.reflection.statements {
        apply(&mut s, Command::SetStatement { statement: statement.id.clone(), value: 4 });
    }
    apply(&mut s, Command::Advance);
    assert_eq!(s.phase, Phase::Resultaat, "the bench session reaches the result");
    s
}

/// The engine fixture with short extra clues until it has `n` (not validated:
/// 3,000 is over the playable limit, which is the point of the comparison).
fn scenario_with(n: usize) -> Scenario {
    let mut value: Value = serde_json::from_str(FIXTURE).expect("fixture");
    let categories: Vec<String> =
        value["categories"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_string()).collect();
    let clues = value["clues"].as_array_mut().unwrap();
    let mut i = 0;
    while clues.len() < n {
        clues.push(json!({
            "id": format!("extra-{i}"),
            "kind": "fact",
            "title": format!("Extra aanwijzing {i}"),
            "text": SENTENCES[i % SENTENCES.len()],
            "relevance": "supporting",
            "category": categories[i % categories.len()],
            "bouwstenen": ["toegang"],
            "perspectives": ["sociaal"],
        }));
        i += 1;
    }
    serde_json::from_value(value).expect("a scenario")
}

/// In Onderzoeken with half of the cards uncovered.
fn half_revealed(scenario: &Scenario) -> Session {
    let mut s = Session::new(scenario, Team { name: "Bench".into(), ..Team::default() });
    s.apply(scenario, Command::Advance).expect("to Onderzoeken");
    while s.revealed.len() < scenario.clues.len() / 2 && s.apply(scenario, Command::RevealNext).is_ok() {}
    s
}

/// One click on "Draai kaart om" and one move on the sorting board, as the
/// UI does them: the command, the lists the page shows again, and the save.
fn reveal_and_sort(c: &mut Criterion) {
    let mut group = c.benchmark_group("click");
    group.sample_size(30);
    for n in [300, 3000] {
        let scenario = scenario_with(n);
        let investigating = half_revealed(&scenario);
        group.bench_function(format!("reveal_{n}_cards"), |b| {
            b.iter_batched(
                || investigating.clone(),
                |mut s| {
                    let next = s.available(&scenario)[0].clone();
                    s.apply(&scenario, Command::Reveal { clue: next }).expect("available");
                    black_box((s.available(&scenario), s.locked_count(&scenario), saved::encode(&s)))
                },
                BatchSize::SmallInput,
            )
        });
        let mut sorting = investigating.clone();
        sorting.apply(&scenario, Command::Advance).expect("to Ordenen");
        let card = sorting.revealed[sorting.revealed.len() / 2].clone();
        let category = scenario.categories[0].id.clone();
        group.bench_function(format!("sort_{n}_cards"), |b| {
            b.iter_batched(
                || sorting.clone(),
                |mut s| {
                    let placement = Placement::Category(category.clone());
                    s.apply(&scenario, Command::Place { clue: card.clone(), placement }).expect("revealed");
                    black_box((s.unsorted(), saved::encode(&s)))
                },
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

fn benches(c: &mut Criterion) {
    let text = big_scenario(1024 * 1024);
    let scenario = validate::parse_scenario(&text).expect("the generated scenario is valid");
    eprintln!("generated scenario: {} bytes, {} clues", text.len(), scenario.clues.len());

    let mut group = c.benchmark_group("scenario");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("parse_and_validate_1MB", |b| b.iter(|| validate::parse_scenario(black_box(&text))));
    group.finish();

    let small = validate::parse_scenario(FIXTURE).expect("fixture");
    let small_session = finished_session(&small);
    let big_session = finished_session(&scenario);
    let mut group = c.benchmark_group("score");
    group
        .bench_function("fixture_7_clues", |b| b.iter(|| scoring::score(black_box(&small), black_box(&small_session))));
    group.bench_function(format!("generated_{}_clues", scenario.clues.len()), |b| {
        b.iter(|| scoring::score(black_box(&scenario), black_box(&big_session)))
    });
    group.finish();
}

criterion_group!(engine, benches, reveal_and_sort);
criterion_main!(engine);
