//! Deterministic scoring of a session. Time never enters a score: depth over speed.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::explanation;
use super::game::{Placement, Session};
use super::scenario::{Action, Bouwsteen, Clue, Perspective, Relevance, Role, Scenario};

/// The explanation needs at least this many words to count as an explanation
/// (SOLO level 3 and up).
pub const MIN_EXPLANATION_WORDS: usize = 12;

/// The whole outcome of a session, as shown on the result screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub investigation: Investigation,
    pub solution: SolutionScore,
    pub reflection: ReflectionProfile,
    /// Suggested actions per role, actions for the team's weakest bouwstenen first.
    pub next_steps: Vec<(Role, Vec<Action>)>,
}

/// Score for "Onderzoeken" and "Ordenen", 0..=100.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Investigation {
    /// 0..=100, after the hint costs.
    pub score: u32,
    /// Guided sorting: clues in the right category, or red herrings set aside,
    /// out of all clues that count for sorting (ambiguous clues do not count).
    /// Open sorting: red herrings set aside, out of all red herrings and the
    /// other clues (not ambiguous) the team set aside as well.
    pub sorted_right: u32,
    pub sortable: u32,
    /// Clues set aside that are neither red herring nor ambiguous.
    pub aside_wrong: u32,
    /// The team sorted into its own groups (open sorting).
    pub open_sorting: bool,
    /// Red herrings set aside, out of all red herrings.
    pub herrings_aside: u32,
    pub herrings: u32,
    /// Key clues the team marked, out of `solution.key_clues`; and marked clues that are not key.
    pub key_found: u32,
    pub key_total: u32,
    pub key_wrong: u32,
    /// Expected chains the team linked (either direction), out of all chains.
    pub chains_found: u32,
    pub chains_total: u32,
    /// Sum of the costs of the hints used.
    pub hint_cost: u32,
    pub clues_revealed: u32,
    pub clues_total: u32,
}

/// Depth of the answer in SOLO levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SoloLevel {
    /// No key clue cited.
    Prestructureel,
    /// Exactly one key clue.
    Unistructureel,
    /// Several key clues, but not linked into an explanation (or the
    /// explanation is no more than a list of words).
    Multistructureel,
    /// At least two cited key clues connected by the team's links, with an
    /// explanation of at least MIN_EXPLANATION_WORDS words inside sentences.
    Relationeel,
    /// Relationeel, and the linked cited clues together span at least two
    /// bouwstenen and all three perspectives, at least half of the key clues
    /// are cited, at least half of the cited clues that count are key clues,
    /// and the sentences name a solution concept.
    UitgebreidAbstract,
}

impl SoloLevel {
    pub const ALL: [SoloLevel; 5] = [
        SoloLevel::Prestructureel,
        SoloLevel::Unistructureel,
        SoloLevel::Multistructureel,
        SoloLevel::Relationeel,
        SoloLevel::UitgebreidAbstract,
    ];

    /// The JSON spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            SoloLevel::Prestructureel => "prestructureel",
            SoloLevel::Unistructureel => "unistructureel",
            SoloLevel::Multistructureel => "multistructureel",
            SoloLevel::Relationeel => "relationeel",
            SoloLevel::UitgebreidAbstract => "uitgebreid_abstract",
        }
    }

    /// 0..=4
    pub fn rank(self) -> u32 {
        self as u32
    }

    /// Dutch name and a one-line explanation for the team.
    pub fn label(self) -> &'static str {
        match self {
            SoloLevel::Prestructureel => "Nog geen verklaring",
            SoloLevel::Unistructureel => "Eén aanwijzing",
            SoloLevel::Multistructureel => "Losse aanwijzingen",
            SoloLevel::Relationeel => "Verbonden verklaring",
            SoloLevel::UitgebreidAbstract => "Breed verbonden verklaring",
        }
    }

    pub fn explanation(self) -> &'static str {
        match self {
            SoloLevel::Prestructureel => "Jullie antwoord noemt nog geen kernaanwijzing.",
            SoloLevel::Unistructureel => "Jullie antwoord steunt op één kernaanwijzing.",
            SoloLevel::Multistructureel => {
                "Jullie noemen meer kernaanwijzingen, maar verbinden ze nog niet in een uitleg in zinnen."
            }
            SoloLevel::Relationeel => "Jullie verbinden kernaanwijzingen tot een verklaring in eigen woorden.",
            SoloLevel::UitgebreidAbstract => {
                "Jullie verklaring verbindt meer bouwstenen en kijkt juridisch, financieel én sociaal."
            }
        }
    }

    /// What a trainer looks for at this level (the rubric on the result screen).
    pub fn rubric(self) -> &'static str {
        match self {
            SoloLevel::Prestructureel => {
                "Het antwoord gaat langs de vraag heen: geen kernaanwijzing, of alleen een losse mening."
            }
            SoloLevel::Unistructureel => {
                "Eén kernaanwijzing draagt het hele antwoord; de rest van de zaak blijft buiten beeld."
            }
            SoloLevel::Multistructureel => {
                "Meer kernaanwijzingen worden genoemd, maar naast elkaar: het team legt niet uit hoe ze samenhangen."
            }
            SoloLevel::Relationeel => {
                "De kernaanwijzingen worden verbonden tot één verklaring in eigen woorden: dit leidde tot dat, omdat…"
            }
            SoloLevel::UitgebreidAbstract => {
                "De verklaring gaat verder dan deze zaak: meer bouwstenen, juridisch, financieel én sociaal, \
                 en wat dit zegt over de eigen praktijk."
            }
        }
    }

    /// The opening line of the result screen for `team`: it matches the
    /// level, so a team at the bottom is encouraged, not congratulated.
    pub fn feedback(self, team: &str) -> String {
        match self {
            SoloLevel::Prestructureel => format!(
                "Team {team}, jullie antwoord steunt nog niet op de kernaanwijzingen. \
                 Kijk in de nabespreking welke kaarten het verhaal dragen."
            ),
            SoloLevel::Unistructureel => format!(
                "Een begin, team {team}: jullie antwoord steunt op één kernaanwijzing. \
                 In de nabespreking zien jullie welke kaarten er nog meer bij horen."
            ),
            SoloLevel::Multistructureel => format!(
                "Team {team}, jullie hebben belangrijke kaarten gevonden. \
                 De volgende stap is ze met elkaar te verbinden en in zinnen uit te leggen."
            ),
            SoloLevel::Relationeel => {
                format!("Goed gedaan, team {team}. Jullie hebben de kaarten verbonden tot een verklaring.")
            }
            SoloLevel::UitgebreidAbstract => {
                format!("Heel goed gedaan, team {team}. Jullie verklaring is verbonden en kijkt van alle kanten.")
            }
        }
    }
}

/// Score for "Oplossen", 0..=100.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SolutionScore {
    pub score: u32,
    pub level: SoloLevel,
    /// Key clues cited in the answer.
    pub key_cited: u32,
    /// Red herrings cited in the answer (each costs points).
    pub herrings_cited: u32,
    /// Cited clues that are neither key nor ambiguous (supporting clues and
    /// red herrings): they lower the evidence part (precision).
    pub off_cited: u32,
    /// Key clues of the solution (the recall denominator).
    pub key_total: u32,
    /// Words of the explanation in all, and inside sentences (see `domain::explanation`).
    pub words: u32,
    pub sentence_words: u32,
    /// Labels of the solution concepts the explanation names.
    pub concepts_named: Vec<String>,
    pub concepts_total: u32,
    /// Perspectives and bouwstenen covered by the cited clues.
    pub perspectives: Vec<Perspective>,
    pub bouwstenen: Vec<Bouwsteen>,
}

/// The reflection as a profile per bouwsteen; not right or wrong.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReflectionProfile {
    /// Per bouwsteen with statements in this scenario: 0..=100 (100 = the team
    /// sees this as strong in its municipality), None while unanswered.
    pub per_bouwsteen: BTreeMap<Bouwsteen, Option<u32>>,
    pub statements_answered: u32,
    pub statements_total: u32,
    pub questions_answered: u32,
    pub questions_total: u32,
}

/// Score a session. Pure and deterministic; works in any phase (the UI shows it
/// on the result screen).
///
/// Investigation: 40 points for sorting (sorted_right / sortable; with open
/// sorting that is herrings_aside / (herrings + aside_wrong)), 30 for key
/// clues (key_found / key_total, minus 5 per wrongly marked clue, floor 0),
/// 30 for chains (chains_found / chains_total); minus hint_cost; clamped 0..=100;
/// rounded to nearest.
///
/// Solution (see docs/scenario-format.md, section 4): 15 per level rank
/// (max 60) + 20 × key_cited / (key_total + off_cited) (recall and precision
/// of the key clues together) + 20 × concepts named inside sentences /
/// concepts_total (20 when the scenario has no concepts and the explanation
/// has MIN_EXPLANATION_WORDS words in sentences), minus 10 per cited red
/// herring; clamped 0..=100, rounded to nearest.
pub fn score(scenario: &Scenario, session: &Session) -> Outcome {
    let investigation = investigation(scenario, session);
    let solution = solution(scenario, session);
    let reflection = reflection(scenario, session);
    let next_steps = next_steps(scenario, &reflection);
    Outcome { investigation, solution, reflection, next_steps }
}

/// The number of words in a text: whitespace-separated tokens. This is the
/// count compared with [`MIN_EXPLANATION_WORDS`].
pub fn word_count(text: &str) -> usize {
    explanation::word_count(text)
}

/// `numerator / denominator` rounded to the nearest whole number (halves up),
/// clamped to 0..=100. Exact integer arithmetic, so no float surprises at .5.
fn rounded_percent(numerator: i128, denominator: i128) -> u32 {
    let denominator = denominator.max(1);
    if numerator <= 0 {
        0
    } else if numerator >= 100 * denominator {
        100
    } else {
        // 0 < numerator < 100 * denominator, so the result fits in 0..=100.
        ((2 * numerator + denominator) / (2 * denominator)) as u32
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn key_set(scenario: &Scenario) -> BTreeSet<&str> {
    scenario.solution.key_clues.iter().map(String::as_str).collect()
}

fn investigation(scenario: &Scenario, session: &Session) -> Investigation {
    let board = &session.board;

    let mut sorted_right = 0;
    let mut sortable = 0;
    let mut herrings_aside = 0;
    let mut herrings = 0;
    let mut aside_wrong = 0;
    for clue in &scenario.clues {
        let placement = board.placements.get(&clue.id);
        if placement == Some(&Placement::Aside)
            && !matches!(clue.relevance, Relevance::RedHerring | Relevance::Ambiguous)
        {
            aside_wrong += 1;
        }
        match (clue.relevance, &clue.category) {
            (Relevance::Ambiguous, _) => {}
            (Relevance::RedHerring, _) => {
                herrings += 1;
                sortable += 1;
                if placement == Some(&Placement::Aside) {
                    herrings_aside += 1;
                    sorted_right += 1;
                }
            }
            (_, Some(category)) => {
                sortable += 1;
                if matches!(placement, Some(Placement::Category(c)) if c == category) {
                    sorted_right += 1;
                }
            }
            // A key or supporting clue without a category has no right place.
            (_, None) => {}
        }
    }

    let open_sorting = scenario.sorting.is_open();
    if open_sorting {
        // The team's own groups are not right or wrong; setting red herrings
        // aside is, and setting other clues aside costs.
        sorted_right = herrings_aside;
        sortable = herrings + aside_wrong;
    }

    let keys = key_set(scenario);
    let key_total = count(keys.len());
    let key_found = count(board.key.iter().filter(|k| keys.contains(k.as_str())).count());
    let key_wrong = count(board.key.len()) - key_found;

    let chains_total = count(scenario.solution.chains.len());
    let chains_found =
        count(scenario.solution.chains.iter().filter(|chain| board.linked(&chain.from, &chain.to)).count());

    let hint_cost = session.hint_cost(scenario);

    // Everything over the common denominator s * k * c (a part with nothing
    // to find counts in full).
    let s = i128::from(sortable.max(1));
    let k = i128::from(key_total.max(1));
    let c = i128::from(chains_total.max(1));
    let sort_part = 40 * if sortable == 0 { s } else { i128::from(sorted_right) };
    let key_part = (30 * if key_total == 0 { k } else { i128::from(key_found) } - 5 * i128::from(key_wrong) * k).max(0);
    let chain_part = 30 * if chains_total == 0 { c } else { i128::from(chains_found) };
    let denominator = s * k * c;
    let numerator = sort_part * k * c + key_part * s * c + chain_part * s * k - i128::from(hint_cost) * denominator;

    Investigation {
        score: rounded_percent(numerator, denominator),
        sorted_right,
        sortable,
        aside_wrong,
        open_sorting,
        herrings_aside,
        herrings,
        key_found,
        key_total,
        key_wrong,
        chains_found,
        chains_total,
        hint_cost,
        clues_revealed: count(session.revealed.len()),
        clues_total: count(scenario.clues.len()),
    }
}

fn solution(scenario: &Scenario, session: &Session) -> SolutionScore {
    // Cited clues that exist, each once, in the order chosen.
    let mut cited: Vec<&Clue> = Vec::new();
    for id in &session.answer.clues {
        if let Some(clue) = scenario.clue(id) {
            if !cited.iter().any(|c| c.id == clue.id) {
                cited.push(clue);
            }
        }
    }

    let keys = key_set(scenario);
    let is_key = |clue: &Clue| keys.contains(clue.id.as_str());
    let key_cited = count(cited.iter().filter(|c| is_key(c)).count());
    let herrings_cited = count(cited.iter().filter(|c| c.relevance == Relevance::RedHerring).count());

    let off_cited = count(cited.iter().filter(|c| !is_key(c) && c.relevance != Relevance::Ambiguous).count());
    let key_total = count(keys.len());

    let text = &session.answer.text;
    let sentences = explanation::sentences(text);
    let sentence_words = sentences.iter().map(|s| explanation::word_count(s)).sum::<usize>();
    let reasoned = sentence_words >= MIN_EXPLANATION_WORDS;
    let concepts_named: Vec<String> = scenario
        .solution
        .concepts
        .iter()
        .filter(|concept| concept.words.iter().any(|w| explanation::named_in_sentences(&sentences, w)))
        .map(|concept| concept.label.clone())
        .collect();
    let concepts_total = count(scenario.solution.concepts.len());

    let perspectives: BTreeSet<Perspective> = cited.iter().flat_map(|c| c.perspectives.iter().copied()).collect();
    let bouwstenen: BTreeSet<Bouwsteen> = cited.iter().flat_map(|c| c.bouwstenen.iter().copied()).collect();

    // Precision: at least half of the cited clues that count are key clues;
    // recall: at least half of the key clues are cited.
    let precise = off_cited <= key_cited;
    let broad = 2 * key_cited >= key_total;
    let names_a_concept = concepts_total == 0 || !concepts_named.is_empty();
    let level = match key_cited {
        0 => SoloLevel::Prestructureel,
        1 => SoloLevel::Unistructureel,
        _ => {
            let mut level = SoloLevel::Multistructureel;
            if reasoned {
                for component in components(&cited, session) {
                    if component.iter().filter(|c| is_key(c)).count() < 2 {
                        continue;
                    }
                    level = level.max(SoloLevel::Relationeel);
                    let bouw: BTreeSet<Bouwsteen> =
                        component.iter().flat_map(|c| c.bouwstenen.iter().copied()).collect();
                    let persp: BTreeSet<Perspective> =
                        component.iter().flat_map(|c| c.perspectives.iter().copied()).collect();
                    if bouw.len() >= 2 && persp.len() == Perspective::ALL.len() && precise && broad && names_a_concept {
                        level = SoloLevel::UitgebreidAbstract;
                    }
                }
            }
            level
        }
    };

    // Exact over the denominator e * c until the final rounding.
    let e = i128::from((key_total + off_cited).max(1));
    let c = i128::from(concepts_total.max(1));
    let evidence = if key_total == 0 { 0 } else { 20 * i128::from(key_cited) };
    let concept_part = match (concepts_total, reasoned) {
        (0, true) => 20,
        (0, false) => 0,
        _ => 20 * i128::from(count(concepts_named.len())),
    };
    let numerator =
        (i128::from(level.rank()) * 15 - 10 * i128::from(herrings_cited)) * e * c + evidence * c + concept_part * e;

    SolutionScore {
        score: rounded_percent(numerator, e * c),
        level,
        key_cited,
        herrings_cited,
        off_cited,
        key_total,
        words: count(explanation::word_count(text)),
        sentence_words: count(sentence_words),
        concepts_named,
        concepts_total,
        perspectives: perspectives.into_iter().collect(),
        bouwstenen: bouwstenen.into_iter().collect(),
    }
}

/// The connected parts of the undirected graph whose nodes are the cited clues
/// and whose edges are the team's links between two cited clues. Each part
/// lists its clues in citing order; parts come in the order of their first clue.
fn components<'a>(cited: &[&'a Clue], session: &Session) -> Vec<Vec<&'a Clue>> {
    let index: BTreeMap<&str, usize> = cited.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
    // Union-find over the cited clues.
    let mut parent: Vec<usize> = (0..cited.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for link in &session.board.links {
        if let (Some(&a), Some(&b)) = (index.get(link.from.as_str()), index.get(link.to.as_str())) {
            let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
            if ra != rb {
                parent[ra.max(rb)] = ra.min(rb);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<&'a Clue>> = BTreeMap::new();
    for (i, clue) in cited.iter().enumerate() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(clue);
    }
    groups.into_values().collect()
}

fn reflection(scenario: &Scenario, session: &Session) -> ReflectionProfile {
    let statements = &scenario.reflection.statements;
    let mut values: BTreeMap<Bouwsteen, Vec<u32>> = BTreeMap::new();
    let mut statements_answered = 0;
    for statement in statements {
        let answers = values.entry(statement.bouwsteen).or_default();
        if let Some(&v) = session.reflection.scale.get(&statement.id) {
            if (1..=5).contains(&v) {
                let v = u32::from(if statement.reversed { 6 - v } else { v });
                answers.push((v - 1) * 25);
                statements_answered += 1;
            }
        }
    }
    let per_bouwsteen = values
        .into_iter()
        .map(|(bouwsteen, answers)| {
            let n = count(answers.len());
            let mean = (n > 0).then(|| {
                let sum: u32 = answers.iter().sum();
                (2 * sum + n) / (2 * n)
            });
            (bouwsteen, mean)
        })
        .collect();

    let questions = &scenario.reflection.questions;
    let questions_answered =
        questions.iter().filter(|q| session.reflection.open.get(&q.id).is_some_and(|a| !a.trim().is_empty())).count();

    ReflectionProfile {
        per_bouwsteen,
        statements_answered,
        statements_total: count(statements.len()),
        questions_answered: count(questions_answered),
        questions_total: count(questions.len()),
    }
}

/// Per role (in [`Role::ALL`] order, only roles with actions), its actions with
/// the team's weakest bouwstenen first. A bouwsteen without an answer counts as 50.
fn next_steps(scenario: &Scenario, profile: &ReflectionProfile) -> Vec<(Role, Vec<Action>)> {
    let strength = |b: Bouwsteen| profile.per_bouwsteen.get(&b).copied().flatten().unwrap_or(50);
    Role::ALL
        .iter()
        .filter_map(|&role| {
            let mut actions: Vec<Action> = scenario
                .role_actions
                .iter()
                .filter(|ra| ra.role == role)
                .flat_map(|ra| ra.actions.iter().cloned())
                .collect();
            if actions.is_empty() {
                return None;
            }
            actions.sort_by_key(|a| strength(a.bouwsteen));
            Some((role, actions))
        })
        .collect()
}
