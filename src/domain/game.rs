//! The game engine: one team's session of one mystery, as a pure, serialisable
//! state machine. The UI sends [`Command`]s; every rule lives here.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::scenario::{Phase, Role, Scenario};

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
    /// Samen spelen: how the clues were dealt among the members (none: one shared screen).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal: Option<super::deal::DealSetup>,
    /// Samen spelen: the facilitator's phase timer. Time never counts in a score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer: Option<super::timer::PhaseTimer>,
    /// Samen spelen: the facilitator panel is open on the team screen.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub facilitator: bool,
    /// Result screen: the suggested actions (`role_actions`) the team commits to,
    /// per role, by action text. A role with no chosen action is absent.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub chosen_actions: BTreeMap<Role, BTreeSet<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Team {
    pub name: String,
    #[serde(default)]
    pub members: Vec<String>,
    /// The municipality the team works for or in (optional; used to compare results in a learning network).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    /// The kind of organisation(s) in the team, in the team's own words (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation_type: Option<String>,
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
    Reveal {
        clue: String,
    },
    /// Uncover the next available clue in scenario order (Onderzoeken only).
    RevealNext,
    /// Start the next uncovering round (Onderzoeken only, when rounds remain).
    NextRound,
    /// Ask for a hint of the current phase (once per hint).
    UseHint {
        hint: String,
    },
    /// Put an uncovered clue in a category or aside (Ordenen only). Setting a
    /// clue aside also removes it from the key clues.
    Place {
        clue: String,
        placement: Placement,
    },
    /// Take a clue back to the unsorted pile (Ordenen only).
    Unplace {
        clue: String,
    },
    /// Mark or unmark an uncovered, not-aside clue as key clue (Ordenen only).
    ToggleKey {
        clue: String,
    },
    /// Link two different uncovered clues (Ordenen or Oplossen). Idempotent.
    AddLink {
        from: String,
        to: String,
    },
    RemoveLink {
        from: String,
        to: String,
    },
    /// Cite or un-cite an uncovered clue in the answer (Oplossen only).
    ToggleAnswerClue {
        clue: String,
    },
    /// Replace the explanation text (Oplossen only).
    SetAnswerText {
        text: String,
    },
    /// Answer a statement on the 1..=5 scale (Reflecteren only).
    SetStatement {
        statement: String,
        value: u8,
    },
    /// Replace the answer to an open question (Reflecteren only).
    SetOpenAnswer {
        question: String,
        text: String,
    },
    /// Commit to (or drop) one of the scenario's suggested actions for a role,
    /// by its text (Resultaat only). Idempotent.
    ChooseAction {
        role: Role,
        action: String,
        chosen: bool,
    },
}

/// Why a command was refused. The UI shows [`GameError::message`] (Dutch).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GameError {
    /// The command does not belong in the current phase.
    WrongPhase {
        phase: Phase,
    },
    UnknownClue(String),
    UnknownCategory(String),
    UnknownHint(String),
    UnknownStatement(String),
    UnknownQuestion(String),
    /// No suggested action with this text for this role.
    UnknownAction(String),
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

// Reasons for a refused Advance (shown as-is to the team).
const NEED_CLUE: &str = "Ontdek eerst minstens één aanwijzing.";
const NEED_SORTED: &str = "Sorteer eerst alle aanwijzingen: leg ze in een groep of aan de kant.";
const NEED_CITED: &str = "Kies eerst minstens één aanwijzing voor jullie antwoord.";
const NEED_TEXT: &str = "Schrijf eerst jullie verklaring in eigen woorden.";
const NEED_STATEMENTS: &str = "Geef eerst bij elke stelling een antwoord.";
const GAME_OVER: &str = "Dit is de laatste fase. Het spel is klaar.";

impl GameError {
    /// A short Dutch sentence for the player.
    pub fn message(&self) -> String {
        match self {
            GameError::WrongPhase { phase } => format!("Dat kan niet in de fase {}.", phase.label()),
            GameError::UnknownClue(id) => format!("Deze aanwijzing bestaat niet: {id}."),
            GameError::UnknownCategory(id) => format!("Deze groep bestaat niet: {id}."),
            GameError::UnknownHint(id) => format!("Deze hint bestaat niet: {id}."),
            GameError::UnknownStatement(id) => format!("Deze stelling bestaat niet: {id}."),
            GameError::UnknownQuestion(id) => format!("Deze vraag bestaat niet: {id}."),
            GameError::UnknownAction(text) => format!("Deze actie staat niet bij deze rol: {text}"),
            GameError::NotAvailable(id) if id.is_empty() => {
                "Er is nu geen aanwijzing meer om te ontdekken.".to_string()
            }
            GameError::NotAvailable(_) => "Deze aanwijzing kun je nu niet gebruiken.".to_string(),
            GameError::HintUsed(_) => "Deze hint hebben jullie al gevraagd.".to_string(),
            GameError::NoMoreRounds => "Er is geen volgende ronde. Dit is de laatste ronde.".to_string(),
            GameError::SelfLink => "Je kunt een aanwijzing niet met zichzelf verbinden.".to_string(),
            GameError::ScaleOutOfRange(v) => format!("Kies een getal van 1 tot en met 5 (niet {v})."),
            GameError::CannotAdvance(reason) => (*reason).to_string(),
            GameError::CannotGoBack => "Vanuit deze fase kun je niet terug.".to_string(),
        }
    }
}

impl std::fmt::Display for GameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for GameError {}

impl Session {
    /// A new session in the Intro phase. The team name is trimmed; members are
    /// trimmed and empty ones dropped. An empty team name becomes "Team".
    /// Municipality and organisation type are trimmed; empty ones become `None`.
    pub fn new(scenario: &Scenario, team: Team) -> Session {
        let name = team.name.trim();
        let optional =
            |text: &Option<String>| text.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_string);
        let team = Team {
            name: if name.is_empty() { "Team".to_string() } else { name.to_string() },
            members: team.members.iter().map(|m| m.trim()).filter(|m| !m.is_empty()).map(str::to_string).collect(),
            municipality: optional(&team.municipality),
            organisation_type: optional(&team.organisation_type),
        };
        Session {
            scenario_id: scenario.id.clone(),
            team,
            phase: Phase::Intro,
            round: 1,
            revealed: Vec::new(),
            hints_used: Vec::new(),
            board: Board::default(),
            answer: Answer::default(),
            reflection: ReflectionAnswers::default(),
            deal: None,
            timer: None,
            facilitator: false,
            chosen_actions: BTreeMap::new(),
        }
    }

    /// Apply one command. On error the session is unchanged.
    ///
    /// Every check runs before anything is changed, so a refused command
    /// leaves the session exactly as it was.
    pub fn apply(&mut self, scenario: &Scenario, command: Command) -> Result<(), GameError> {
        match command {
            Command::Advance => {
                self.can_advance(scenario)?;
                // can_advance refuses Resultaat, so there is always a next phase.
                if let Some(next) = self.phase.next() {
                    self.phase = next;
                }
            }
            Command::Back => {
                self.phase = match self.phase {
                    Phase::Ordenen => Phase::Onderzoeken,
                    Phase::Oplossen => Phase::Ordenen,
                    _ => return Err(GameError::CannotGoBack),
                };
            }
            Command::Reveal { clue } => {
                self.require_phase(&[Phase::Onderzoeken])?;
                require_clue(scenario, &clue)?;
                if !self.is_available(scenario, &clue) {
                    return Err(GameError::NotAvailable(clue));
                }
                self.revealed.push(clue);
            }
            Command::RevealNext => {
                self.require_phase(&[Phase::Onderzoeken])?;
                let next = self.available(scenario).into_iter().next();
                self.revealed.push(next.ok_or_else(|| GameError::NotAvailable(String::new()))?);
            }
            Command::NextRound => {
                self.require_phase(&[Phase::Onderzoeken])?;
                if self.round >= scenario.rounds() {
                    return Err(GameError::NoMoreRounds);
                }
                self.round += 1;
            }
            Command::UseHint { hint } => {
                let found = scenario.hint(&hint).ok_or_else(|| GameError::UnknownHint(hint.clone()))?;
                if found.phase != self.phase {
                    return Err(GameError::WrongPhase { phase: self.phase });
                }
                if self.hints_used.contains(&hint) {
                    return Err(GameError::HintUsed(hint));
                }
                self.hints_used.push(hint);
            }
            Command::Place { clue, placement } => {
                self.require_phase(&[Phase::Ordenen])?;
                self.require_revealed(scenario, &clue)?;
                if let Placement::Category(category) = &placement {
                    if scenario.category(category).is_none() {
                        return Err(GameError::UnknownCategory(category.clone()));
                    }
                }
                if placement == Placement::Aside {
                    self.board.key.remove(&clue);
                }
                self.board.placements.insert(clue, placement);
            }
            Command::Unplace { clue } => {
                self.require_phase(&[Phase::Ordenen])?;
                self.require_revealed(scenario, &clue)?;
                self.board.placements.remove(&clue);
            }
            Command::ToggleKey { clue } => {
                self.require_phase(&[Phase::Ordenen])?;
                self.require_revealed(scenario, &clue)?;
                if self.board.placements.get(&clue) == Some(&Placement::Aside) {
                    return Err(GameError::NotAvailable(clue));
                }
                if !self.board.key.remove(&clue) {
                    self.board.key.insert(clue);
                }
            }
            Command::AddLink { from, to } => {
                self.require_phase(&[Phase::Ordenen, Phase::Oplossen])?;
                require_clue(scenario, &from)?;
                require_clue(scenario, &to)?;
                if from == to {
                    return Err(GameError::SelfLink);
                }
                self.require_revealed(scenario, &from)?;
                self.require_revealed(scenario, &to)?;
                self.board.links.insert(Link { from, to });
            }
            Command::RemoveLink { from, to } => {
                self.require_phase(&[Phase::Ordenen, Phase::Oplossen])?;
                require_clue(scenario, &from)?;
                require_clue(scenario, &to)?;
                self.board.links.remove(&Link { from, to });
            }
            Command::ToggleAnswerClue { clue } => {
                self.require_phase(&[Phase::Oplossen])?;
                self.require_revealed(scenario, &clue)?;
                if let Some(at) = self.answer.clues.iter().position(|c| *c == clue) {
                    self.answer.clues.remove(at);
                } else {
                    self.answer.clues.push(clue);
                }
            }
            Command::SetAnswerText { text } => {
                self.require_phase(&[Phase::Oplossen])?;
                self.answer.text = text;
            }
            Command::SetStatement { statement, value } => {
                self.require_phase(&[Phase::Reflecteren])?;
                if !scenario.reflection.statements.iter().any(|s| s.id == statement) {
                    return Err(GameError::UnknownStatement(statement));
                }
                if !(1..=5).contains(&value) {
                    return Err(GameError::ScaleOutOfRange(value));
                }
                self.reflection.scale.insert(statement, value);
            }
            Command::SetOpenAnswer { question, text } => {
                self.require_phase(&[Phase::Reflecteren])?;
                if !scenario.reflection.questions.iter().any(|q| q.id == question) {
                    return Err(GameError::UnknownQuestion(question));
                }
                self.reflection.open.insert(question, text);
            }
            Command::ChooseAction { role, action, chosen } => {
                self.require_phase(&[Phase::Resultaat])?;
                if !has_action(scenario, role, &action) {
                    return Err(GameError::UnknownAction(action));
                }
                if chosen {
                    self.chosen_actions.entry(role).or_default().insert(action);
                } else if let Some(set) = self.chosen_actions.get_mut(&role) {
                    set.remove(&action);
                    // Keep the map canonical: no empty sets in a saved game.
                    if set.is_empty() {
                        self.chosen_actions.remove(&role);
                    }
                }
            }
        }
        Ok(())
    }

    /// Clues that can be uncovered now: not yet uncovered, `unlock.round <=
    /// self.round`, and every clue in `unlock.after` uncovered. Scenario order.
    ///
    /// Linear in the number of clues: one set of the uncovered ids, no lookup
    /// per clue (this runs on every reveal; a scan per clue made a
    /// 13,000-clue mystery block for seconds, see docs/performance.md).
    pub fn available(&self, scenario: &Scenario) -> Vec<String> {
        let revealed = self.revealed_set();
        scenario.clues.iter().filter(|c| self.clue_available(c, &revealed)).map(|c| c.id.clone()).collect()
    }

    pub fn is_revealed(&self, clue: &str) -> bool {
        self.revealed.iter().any(|c| c == clue)
    }

    /// Clues not uncovered and not yet available (still hidden behind a round or other clues).
    pub fn locked_count(&self, scenario: &Scenario) -> usize {
        let revealed = self.revealed_set();
        scenario
            .clues
            .iter()
            .filter(|c| !revealed.contains(c.id.as_str()) && !self.clue_available(c, &revealed))
            .count()
    }

    /// Hints of the current phase the team has not asked for yet, scenario order.
    pub fn hints_available(&self, scenario: &Scenario) -> Vec<String> {
        scenario
            .hints
            .iter()
            .filter(|h| h.phase == self.phase && !self.hints_used.contains(&h.id))
            .map(|h| h.id.clone())
            .collect()
    }

    /// Uncovered clues not yet placed on the board, in uncovering order.
    pub fn unsorted(&self) -> Vec<String> {
        self.revealed.iter().filter(|c| !self.board.placements.contains_key(*c)).cloned().collect()
    }

    /// Sum of the costs of the hints the team asked for so far (the points
    /// taken off the investigation score).
    pub fn hint_cost(&self, scenario: &Scenario) -> u32 {
        self.hints_used.iter().filter_map(|id| scenario.hint(id)).map(|h| h.cost).sum()
    }

    /// Whether [`Command::Advance`] would succeed, and if not, why (Dutch).
    /// Rules: Intro -> always. Onderzoeken -> at least one clue uncovered.
    /// Ordenen -> every uncovered clue placed (in a category or aside).
    /// Oplossen -> at least one cited clue and a non-empty explanation.
    /// Reflecteren -> every statement answered. Resultaat -> never.
    pub fn can_advance(&self, scenario: &Scenario) -> Result<(), GameError> {
        let missing = match self.phase {
            Phase::Intro => None,
            Phase::Onderzoeken => self.revealed.is_empty().then_some(NEED_CLUE),
            Phase::Ordenen => (!self.unsorted().is_empty()).then_some(NEED_SORTED),
            Phase::Oplossen => {
                if self.answer.clues.is_empty() {
                    Some(NEED_CITED)
                } else if self.answer.text.trim().is_empty() {
                    Some(NEED_TEXT)
                } else {
                    None
                }
            }
            Phase::Reflecteren => scenario
                .reflection
                .statements
                .iter()
                .any(|s| !self.reflection.scale.contains_key(&s.id))
                .then_some(NEED_STATEMENTS),
            Phase::Resultaat => Some(GAME_OVER),
        };
        match missing {
            Some(reason) => Err(GameError::CannotAdvance(reason)),
            None => Ok(()),
        }
    }

    /// Checks a saved session still fits this scenario (same id, every stored
    /// clue/category/hint/statement/question id exists, phase and round in
    /// range). Used when a saved game is loaded after the scenario changed.
    ///
    /// Also checks what the engine itself guarantees, so a hand-edited save
    /// cannot break the game: no clue uncovered twice, only uncovered clues on
    /// the board or in the answer, no hint used twice, scale answers 1..=5.
    pub fn check_against(&self, scenario: &Scenario) -> Result<(), String> {
        if self.scenario_id != scenario.id {
            return Err(format!(
                "het hoort bij een ander mysterie (\"{}\" in plaats van \"{}\")",
                self.scenario_id, scenario.id
            ));
        }
        let rounds = scenario.rounds();
        if self.round < 1 || self.round > rounds {
            return Err(format!("ronde {} bestaat niet, dit mysterie heeft {rounds} ronde(s)", self.round));
        }

        let clue_exists = |id: &str, place: &str| -> Result<(), String> {
            if scenario.clue(id).is_some() {
                Ok(())
            } else {
                Err(format!("de aanwijzing \"{id}\" ({place}) bestaat niet meer"))
            }
        };
        let revealed_clue = |id: &str, place: &str| -> Result<(), String> {
            clue_exists(id, place)?;
            if self.is_revealed(id) {
                Ok(())
            } else {
                Err(format!("de aanwijzing \"{id}\" ({place}) is nog niet ontdekt"))
            }
        };

        let mut seen = BTreeSet::new();
        for id in &self.revealed {
            clue_exists(id, "ontdekt")?;
            if !seen.insert(id.as_str()) {
                return Err(format!("de aanwijzing \"{id}\" is twee keer ontdekt"));
            }
        }
        for (id, placement) in &self.board.placements {
            revealed_clue(id, "op het bord")?;
            if let Placement::Category(category) = placement {
                if scenario.category(category).is_none() {
                    return Err(format!("de groep \"{category}\" bestaat niet meer"));
                }
            }
        }
        for id in &self.board.key {
            revealed_clue(id, "kernaanwijzing")?;
        }
        for link in &self.board.links {
            revealed_clue(&link.from, "verbinding")?;
            revealed_clue(&link.to, "verbinding")?;
        }
        for id in &self.answer.clues {
            revealed_clue(id, "antwoord")?;
        }

        let mut seen = BTreeSet::new();
        for id in &self.hints_used {
            if scenario.hint(id).is_none() {
                return Err(format!("de hint \"{id}\" bestaat niet meer"));
            }
            if !seen.insert(id.as_str()) {
                return Err(format!("de hint \"{id}\" is twee keer gebruikt"));
            }
        }

        for (id, value) in &self.reflection.scale {
            if !scenario.reflection.statements.iter().any(|s| s.id == *id) {
                return Err(format!("de stelling \"{id}\" bestaat niet meer"));
            }
            if !(1..=5).contains(value) {
                return Err(format!("het antwoord op stelling \"{id}\" is {value}, niet 1 tot en met 5"));
            }
        }
        for id in self.reflection.open.keys() {
            if !scenario.reflection.questions.iter().any(|q| q.id == *id) {
                return Err(format!("de vraag \"{id}\" bestaat niet meer"));
            }
        }
        for (role, actions) in &self.chosen_actions {
            if let Some(text) = actions.iter().find(|text| !has_action(scenario, *role, text)) {
                return Err(format!("de actie \"{text}\" ({}) bestaat niet meer", role.label().to_lowercase()));
            }
        }
        Ok(())
    }

    fn is_available(&self, scenario: &Scenario, clue: &str) -> bool {
        scenario.clue(clue).is_some_and(|c| self.clue_available(c, &self.revealed_set()))
    }

    /// The uncovered clue ids as a set, for lookups in loops over all clues.
    fn revealed_set(&self) -> std::collections::HashSet<&str> {
        self.revealed.iter().map(String::as_str).collect()
    }

    fn clue_available(&self, c: &super::scenario::Clue, revealed: &std::collections::HashSet<&str>) -> bool {
        !revealed.contains(c.id.as_str())
            && c.unlock.round <= self.round
            && c.unlock.after.iter().all(|a| revealed.contains(a.as_str()))
    }

    fn require_phase(&self, allowed: &[Phase]) -> Result<(), GameError> {
        if allowed.contains(&self.phase) {
            Ok(())
        } else {
            Err(GameError::WrongPhase { phase: self.phase })
        }
    }

    /// The clue exists and is uncovered.
    fn require_revealed(&self, scenario: &Scenario, clue: &str) -> Result<(), GameError> {
        require_clue(scenario, clue)?;
        if self.is_revealed(clue) {
            Ok(())
        } else {
            Err(GameError::NotAvailable(clue.to_string()))
        }
    }
}

/// Whether the scenario suggests an action with this text for this role.
fn has_action(scenario: &Scenario, role: Role, text: &str) -> bool {
    scenario.role_actions.iter().filter(|ra| ra.role == role).flat_map(|ra| &ra.actions).any(|a| a.text == text)
}

fn require_clue(scenario: &Scenario, clue: &str) -> Result<(), GameError> {
    match scenario.clue(clue) {
        Some(_) => Ok(()),
        None => Err(GameError::UnknownClue(clue.to_string())),
    }
}
