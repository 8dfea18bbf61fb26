//! Deterministic scoring of a session. Time never enters a score: depth over speed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::game::Session;
use super::scenario::{Action, Bouwsteen, Perspective, Role, Scenario};

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
    /// Clues in the right category, or red herrings set aside, out of all
    /// clues that count for sorting (ambiguous clues do not count).
    pub sorted_right: u32,
    pub sortable: u32,
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
    /// Several key clues, but not linked into an explanation.
    Multistructureel,
    /// At least two cited key clues connected by the team's links, with an
    /// explanation of at least MIN_EXPLANATION_WORDS words.
    Relationeel,
    /// Relationeel, and the linked cited clues together span at least two
    /// bouwstenen and all three perspectives.
    UitgebreidAbstract,
}

impl SoloLevel {
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
            SoloLevel::Multistructureel => "Jullie noemen meer kernaanwijzingen, maar verbinden ze nog niet.",
            SoloLevel::Relationeel => "Jullie verbinden kernaanwijzingen tot een verklaring in eigen woorden.",
            SoloLevel::UitgebreidAbstract => {
                "Jullie verklaring verbindt meer bouwstenen en kijkt juridisch, financieel én sociaal."
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
/// Investigation: 40 points for sorting (sorted_right / sortable), 30 for key
/// clues (key_found / key_total, minus 5 per wrongly marked clue, floor 0),
/// 30 for chains (chains_found / chains_total); minus hint_cost; clamped 0..=100;
/// rounded to nearest.
///
/// Solution: level.rank() * 20 (max 80) + 20 * concepts_named / concepts_total
/// (20 when the scenario has no concepts and the explanation is long enough),
/// minus 10 per cited red herring; clamped 0..=100.
pub fn score(scenario: &Scenario, session: &Session) -> Outcome {
    let _ = (scenario, session);
    todo!()
}
