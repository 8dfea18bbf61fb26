//! The game engine: one team's session of one mystery, as a pure, serialisable
//! state machine. The UI sends [`Command`]s; every rule lives here.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::scenario::{Phase, Scenario};

/// One team playing one mystery. Serialised as-is into localStorage (see
/// `domain::saved`), so every field change is a saved-state format change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub scenario_id: String,
    pub team: Team,
    pub phase: Phase,
    /// The uncovering round the team is in (starts at 1).
    pub round: u32,
    /// Uncovered clue ids, in the order they were uncovered.
    pub revealed: Vec<String>,
    /// Hint ids the team asked for, in order.
    pub hints_used: Vec<String>,
    pub board: Board,
    pub answer: Answer,
    pub reflection: ReflectionAnswers,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Team {
    pub name: String,
    #[serde(default)]
    pub members: Vec<String>,
}

/// Where a clue lies on the sorting board.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "category")]
pub enum Placement {
    /// In the category with this id.
    Category(String),
    /// Set aside as not relevant (a red herring, the team thinks).
    Aside,
}

/// A link the team made: clue `from` leads to clue `to`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub from: String,
    pub to: String,
}

/// The team's sorting board ("Ordenen").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Board {
    /// Clue id -> placement. A clue that is absent is still unsorted.
    pub placements: BTreeMap<String, Placement>,
    /// Clues the team marked as key clues.
    pub key: BTreeSet<String>,
    /// Links between clues, kept sorted and without duplicates.
    pub links: BTreeSet<Link>,
}

/// The team's answer to the central question ("Oplossen").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Clues the team cites in its explanation, in the order chosen.
    pub clues: Vec<String>,
    /// The explanation in the team's own words.
    pub text: String,
}

/// Answers to the reflection ("Reflecteren").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReflectionAnswers {
    /// Statement id -> 1..=5 (1 = helemaal oneens, 5 = helemaal eens).
    pub scale: BTreeMap<String, u8>,
    /// Open question id -> the team's answer.
    pub open: BTreeMap<String, String>,
}

/// Everything a player can do. The UI builds these from clicks, keys and drops.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "command")]
pub enum Command {
    /// Move to the next phase (guards: see [`Session::can_advance`]).
    Advance,
    /// Move back one phase: only from Ordenen or Oplossen (back to Onderzoeken
    /// or Ordenen). Once the answer is handed in (Reflecteren) it is final.
    Back,
    /// Uncover one available clue (Onderzoeken only).
    Reveal { clue: String },
    /// Uncover the next available clue in scenario order (Onderzoeken only).
    RevealNext,
    /// Start the next uncovering round (Onderzoeken only, when rounds remain).
    NextRound,
    /// Ask for a hint of the current phase (once per hint).
    UseHint { hint: String },
    /// Put an uncovered clue in a category or aside (Ordenen only). Setting a
    /// clue aside also removes it from the key clues.
    Place { clue: String, placement: Placement },
    /// Take a clue back to the unsorted pile (Ordenen only).
    Unplace { clue: String },
    /// Mark or unmark an uncovered, not-aside clue as key clue (Ordenen only).
    ToggleKey { clue: String },
    /// Link two different uncovered clues (Ordenen or Oplossen). Idempotent.
    AddLink { from: String, to: String },
    RemoveLink { from: String, to: String },
    /// Cite or un-cite an uncovered clue in the answer (Oplossen only).
    ToggleAnswerClue { clue: String },
    /// Replace the explanation text (Oplossen only).
    SetAnswerText { text: String },
    /// Answer a statement on the 1..=5 scale (Reflecteren only).
    SetStatement { statement: String, value: u8 },
    /// Replace the answer to an open question (Reflecteren only).
    SetOpenAnswer { question: String, text: String },
}

/// Why a command was refused. The UI shows [`GameError::message`] (Dutch).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GameError {
    /// The command does not belong in the current phase.
    WrongPhase { phase: Phase },
    UnknownClue(String),
    UnknownCategory(String),
    UnknownHint(String),
    UnknownStatement(String),
    UnknownQuestion(String),
    /// The clue is not uncovered yet (or, for Reveal, not available yet).
    NotAvailable(String),
    HintUsed(String),
    NoMoreRounds,
    /// A clue cannot be linked to itself.
    SelfLink,
    ScaleOutOfRange(u8),
    /// Advance was refused; the reason says what is missing.
    CannotAdvance(&'static str),
    CannotGoBack,
}

impl GameError {
    /// A short Dutch sentence for the player.
    pub fn message(&self) -> String {
        todo!()
    }
}

impl Session {
    /// A new session in the Intro phase. The team name is trimmed; members are
    /// trimmed and empty ones dropped. An empty team name becomes "Team".
    pub fn new(scenario: &Scenario, team: Team) -> Session {
        let _ = (scenario, team);
        todo!()
    }

    /// Apply one command. On error the session is unchanged.
    pub fn apply(&mut self, scenario: &Scenario, command: Command) -> Result<(), GameError> {
        let _ = (scenario, command);
        todo!()
    }

    /// Clues that can be uncovered now: not yet uncovered, `unlock.round <=
    /// self.round`, and every clue in `unlock.after` uncovered. Scenario order.
    pub fn available(&self, scenario: &Scenario) -> Vec<String> {
        let _ = scenario;
        todo!()
    }

    pub fn is_revealed(&self, clue: &str) -> bool {
        let _ = clue;
        todo!()
    }

    /// Clues not uncovered and not yet available (still hidden behind a round or other clues).
    pub fn locked_count(&self, scenario: &Scenario) -> usize {
        let _ = scenario;
        todo!()
    }

    /// Hints of the current phase the team has not asked for yet, scenario order.
    pub fn hints_available(&self, scenario: &Scenario) -> Vec<String> {
        let _ = scenario;
        todo!()
    }

    /// Uncovered clues not yet placed on the board, in uncovering order.
    pub fn unsorted(&self) -> Vec<String> {
        todo!()
    }

    /// Whether [`Command::Advance`] would succeed, and if not, why (Dutch).
    /// Rules: Intro -> always. Onderzoeken -> at least one clue uncovered.
    /// Ordenen -> every uncovered clue placed (in a category or aside).
    /// Oplossen -> at least one cited clue and a non-empty explanation.
    /// Reflecteren -> every statement answered. Resultaat -> never.
    pub fn can_advance(&self, scenario: &Scenario) -> Result<(), GameError> {
        let _ = scenario;
        todo!()
    }

    /// Checks a saved session still fits this scenario (same id, every stored
    /// clue/category/hint/statement/question id exists, phase and round in
    /// range). Used when a saved game is loaded after the scenario changed.
    pub fn check_against(&self, scenario: &Scenario) -> Result<(), String> {
        let _ = scenario;
        todo!()
    }
}
