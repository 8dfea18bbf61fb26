//! The game engine: one team's session of one mystery, as a pure, serialisable
//! state machine. The UI sends [`Command`]s; every rule lives here.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::scenario::{Phase, Role, Scenario};
use super::scoring::SoloLevel;

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
    /// Result screen: the trainer's judgement of the SOLO level (the app's
    /// level confirmed, or another one with a reason).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainer: Option<TrainerVerdict>,
}

/// The trainer has the last word on the depth of the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrainerVerdict {
    pub level: SoloLevel,
    /// One line; required when the level differs from the app's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// The longest reason a trainer gives, in characters (one line).
pub const MAX_TRAINER_REASON_CHARS: usize = 200;

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
    /// In the group with this id: one of the scenario's `categories` (guided
    /// sorting) or one of the team's own [`Board::groups`] (open sorting).
    Category(String),
    /// Set aside as not relevant (a red herring, the team thinks).
    Aside,
}

/// A link the team made: clue `from` leads to clue `to`, optionally with the
/// team's reason ("waarom") in its own words.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub from: String,
    pub to: String,
    /// Why the one leads to the other; empty when the team gave no reason.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
}

impl Link {
    pub fn new(from: impl Into<String>, to: impl Into<String>) -> Link {
        Link { from: from.into(), to: to.into(), why: String::new() }
    }

    /// Whether this link joins `a` and `b`, in either direction.
    pub fn joins(&self, a: &str, b: &str) -> bool {
        (self.from == a && self.to == b) || (self.from == b && self.to == a)
    }
}

/// A group the team made itself (open sorting).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Made by the engine: `eigen-<n>`, or the id of the author's category
    /// the team took over.
    pub id: String,
    /// The team's name for it.
    pub name: String,
}

/// The longest group name, in characters.
pub const MAX_GROUP_NAME_CHARS: usize = 40;
/// The longest reason for a link, in characters.
pub const MAX_LINK_REASON_CHARS: usize = 200;

/// The team's sorting board ("Ordenen").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Board {
    /// Clue id -> placement. A clue that is absent is still unsorted.
    pub placements: BTreeMap<String, Placement>,
    /// Clues the team marked as key clues.
    pub key: BTreeSet<String>,
    /// Links between clues, sorted by (from, to), at most one per (from, to).
    pub links: Vec<Link>,
    /// Open sorting: the team's own groups, in the order they were made.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    /// Open sorting: the team asked to see how the author grouped the clues.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub grouping_shown: bool,
}

impl Board {
    /// The link from `from` to `to` (this direction only).
    pub fn link(&self, from: &str, to: &str) -> Option<&Link> {
        self.links.iter().find(|l| l.from == from && l.to == to)
    }

    /// Whether `a` and `b` are linked, in either direction.
    pub fn linked(&self, a: &str, b: &str) -> bool {
        self.links.iter().any(|l| l.joins(a, b))
    }

    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// How many links join two of the `cited` clues: the edges scoring reads
    /// an explanation from (`scoring`'s connected parts), as the solve screen
    /// counts them for the team.
    pub fn links_between(&self, cited: &[String]) -> usize {
        self.links.iter().filter(|l| cited.contains(&l.from) && cited.contains(&l.to)).count()
    }

    /// Add a link, or replace the reason of the same link; keeps the order.
    fn put_link(&mut self, link: Link) {
        match self.links.binary_search_by(|l| (l.from.as_str(), l.to.as_str()).cmp(&(&link.from, &link.to))) {
            Ok(at) => self.links[at] = link,
            Err(at) => self.links.insert(at, link),
        }
    }
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
    /// Open sorting: make a new, empty group with this name (Ordenen only).
    AddGroup {
        name: String,
    },
    /// Open sorting: give one of the team's groups another name (Ordenen only).
    RenameGroup {
        group: String,
        name: String,
    },
    /// Open sorting: remove one of the team's groups; its cards go back to the
    /// unsorted pile (Ordenen only).
    RemoveGroup {
        group: String,
    },
    /// Open sorting: show the author's grouping as a hint ("zo deelde een
    /// ander het in"). Free, and it does not change the score (Ordenen only).
    ShowGrouping,
    /// Open sorting: take over the author's groups (names only, no cards) as
    /// the team's own groups, next to the ones the team made (Ordenen only).
    AdoptGrouping,
    /// Mark or unmark an uncovered, not-aside clue as key clue (Ordenen only).
    ToggleKey {
        clue: String,
    },
    /// Link two different uncovered clues (Ordenen or Oplossen), with an
    /// optional reason. Linking the same two clues again replaces the reason.
    AddLink {
        from: String,
        to: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        why: String,
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
    /// The trainer confirms the app's SOLO level or gives another one, with a
    /// one-line reason (required for another level). Resultaat only.
    JudgeLevel {
        level: SoloLevel,
        #[serde(default)]
        reason: String,
    },
    /// The trainer takes the judgement back: the app's level counts again.
    ClearJudgement,
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
    /// The reason for a link is longer than [`MAX_LINK_REASON_CHARS`].
    ReasonTooLong,
    /// The trainer chose another level than the app's without a reason, or a
    /// reason longer than [`MAX_TRAINER_REASON_CHARS`].
    TrainerReason(&'static str),
    /// A group name is empty, too long, or the team already has a group by that name.
    GroupName(&'static str),
    /// The command belongs to the other way of sorting (open or guided).
    SortingMode,
    ScaleOutOfRange(u8),
    /// Advance was refused; the reason says what is missing.
    CannotAdvance(&'static str),
    /// The explanation has `words` words, fewer than
    /// [`MIN_EXPLANATION_WORDS`](super::scoring::MIN_EXPLANATION_WORDS): it cannot be handed in yet.
    ExplanationTooShort {
        words: usize,
    },
    CannotGoBack,
}

// Reasons for a refused Advance (shown as-is to the team).
const NEED_CLUE: &str = "Ontdek eerst minstens één aanwijzing.";
const NEED_SORTED: &str = "Sorteer eerst alle aanwijzingen: leg ze in een groep of aan de kant.";
const NEED_CITED: &str = "Kies eerst minstens één aanwijzing voor jullie antwoord.";
const NEED_TEXT: &str = "Schrijf eerst jullie verklaring in eigen woorden.";
const NEED_STATEMENTS: &str = "Geef eerst bij elke stelling een antwoord.";
const GAME_OVER: &str = "Dit is de laatste fase. Het spel is klaar.";
const GROUP_NAME_EMPTY: &str = "Geef de groep een naam.";
const GROUP_NAME_LONG: &str = "Die naam is te lang. Houd het bij hoogstens 40 tekens.";
const GROUP_NAME_TAKEN: &str = "Jullie hebben al een groep met die naam. Kies een andere naam.";

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
            GameError::ReasonTooLong => {
                format!("Schrijf het waarom korter: hoogstens {MAX_LINK_REASON_CHARS} tekens.")
            }
            GameError::GroupName(reason) => (*reason).to_string(),
            GameError::TrainerReason(reason) => (*reason).to_string(),
            GameError::SortingMode => {
                "Bij dit mysterie sorteren jullie in de groepen die al klaarstaan. Eigen groepen kunnen hier niet."
                    .to_string()
            }
            GameError::ScaleOutOfRange(v) => format!("Kies een getal van 1 tot en met 5 (niet {v})."),
            GameError::CannotAdvance(reason) => (*reason).to_string(),
            GameError::ExplanationTooShort { words } => {
                let min = super::scoring::MIN_EXPLANATION_WORDS;
                let counted = if *words == 1 { "1 woord".to_string() } else { format!("{words} woorden") };
                format!(
                    "Jullie uitleg telt nu {counted}. Schrijf er minstens {min}, in hele zinnen: \
                     wat is er gebeurd, en waarom?"
                )
            }
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
            trainer: None,
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
                self.phase =
                    self.phase.previous().filter(|_| self.phase.can_go_back()).ok_or(GameError::CannotGoBack)?;
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
                    if !self.group_exists(scenario, category) {
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
            Command::AddGroup { name } => {
                self.require_open_sorting(scenario)?;
                let name = self.group_name(&name, None)?;
                let id =
                    (1..).map(|n| format!("eigen-{n}")).find(|id| self.board.group(id).is_none()).unwrap_or_default();
                self.board.groups.push(Group { id, name });
            }
            Command::RenameGroup { group, name } => {
                self.require_open_sorting(scenario)?;
                if self.board.group(&group).is_none() {
                    return Err(GameError::UnknownCategory(group));
                }
                let name = self.group_name(&name, Some(&group))?;
                if let Some(found) = self.board.groups.iter_mut().find(|g| g.id == group) {
                    found.name = name;
                }
            }
            Command::RemoveGroup { group } => {
                self.require_open_sorting(scenario)?;
                if self.board.group(&group).is_none() {
                    return Err(GameError::UnknownCategory(group));
                }
                self.board.groups.retain(|g| g.id != group);
                self.board.placements.retain(|_, p| *p != Placement::Category(group.clone()));
            }
            Command::ShowGrouping => {
                self.require_open_sorting(scenario)?;
                self.board.grouping_shown = true;
            }
            Command::AdoptGrouping => {
                self.require_open_sorting(scenario)?;
                let taken = |board: &Board, c: &super::scenario::Category| {
                    board.group(&c.id).is_some()
                        || board.groups.iter().any(|g| g.name.to_lowercase() == c.name.trim().to_lowercase())
                };
                for category in &scenario.categories {
                    if !taken(&self.board, category) && !category.name.trim().is_empty() {
                        let name = self.free_group_name(category.name.trim());
                        self.board.groups.push(Group { id: category.id.clone(), name });
                    }
                }
                self.board.grouping_shown = true;
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
            Command::AddLink { from, to, why } => {
                self.require_phase(&[Phase::Ordenen, Phase::Oplossen])?;
                require_clue(scenario, &from)?;
                require_clue(scenario, &to)?;
                if from == to {
                    return Err(GameError::SelfLink);
                }
                self.require_revealed(scenario, &from)?;
                self.require_revealed(scenario, &to)?;
                let why = why.split_whitespace().collect::<Vec<_>>().join(" ");
                if why.chars().count() > MAX_LINK_REASON_CHARS {
                    return Err(GameError::ReasonTooLong);
                }
                self.board.put_link(Link { from, to, why });
            }
            Command::RemoveLink { from, to } => {
                self.require_phase(&[Phase::Ordenen, Phase::Oplossen])?;
                require_clue(scenario, &from)?;
                require_clue(scenario, &to)?;
                self.board.links.retain(|l| !(l.from == from && l.to == to));
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
            Command::JudgeLevel { level, reason } => {
                self.require_phase(&[Phase::Resultaat])?;
                let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
                let app = super::scoring::score(scenario, self).solution.level;
                if level != app && reason.is_empty() {
                    return Err(GameError::TrainerReason(
                        "Schrijf in één regel waarom u een ander niveau kiest dan de app.",
                    ));
                }
                if reason.chars().count() > MAX_TRAINER_REASON_CHARS {
                    return Err(GameError::TrainerReason("Houd de reden kort: hoogstens 200 tekens."));
                }
                self.trainer = Some(TrainerVerdict { level, reason });
            }
            Command::ClearJudgement => {
                self.require_phase(&[Phase::Resultaat])?;
                self.trainer = None;
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
    /// Oplossen -> at least one cited clue and an explanation of at least
    /// [`MIN_EXPLANATION_WORDS`](super::scoring::MIN_EXPLANATION_WORDS) words.
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
                    let words = super::scoring::word_count(&self.answer.text);
                    if words < super::scoring::MIN_EXPLANATION_WORDS {
                        return Err(GameError::ExplanationTooShort { words });
                    }
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
        let mut seen = BTreeSet::new();
        for group in &self.board.groups {
            if !scenario.sorting.is_open() {
                return Err(format!("de eigen groep \"{}\" past niet bij dit mysterie", group.name));
            }
            if !seen.insert(group.id.as_str()) || group.name.trim().is_empty() {
                return Err(format!("de groep \"{}\" staat er twee keer of heeft geen naam", group.id));
            }
        }
        for (id, placement) in &self.board.placements {
            revealed_clue(id, "op het bord")?;
            if let Placement::Category(category) = placement {
                if !self.group_exists(scenario, category) {
                    return Err(format!("de groep \"{category}\" bestaat niet meer"));
                }
            }
        }
        for id in &self.board.key {
            revealed_clue(id, "kernaanwijzing")?;
        }
        for (i, link) in self.board.links.iter().enumerate() {
            revealed_clue(&link.from, "verbinding")?;
            revealed_clue(&link.to, "verbinding")?;
            if i > 0 && (&self.board.links[i - 1].from, &self.board.links[i - 1].to) >= (&link.from, &link.to) {
                return Err(format!("het verband \"{}\" naar \"{}\" staat er twee keer", link.from, link.to));
            }
            if link.why.chars().count() > MAX_LINK_REASON_CHARS {
                return Err(format!("het waarom bij het verband \"{}\" naar \"{}\" is te lang", link.from, link.to));
            }
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

    /// Whether `id` is a group cards can be placed in: one of the author's
    /// categories (guided sorting) or one of the team's groups (open sorting).
    pub fn group_exists(&self, scenario: &Scenario, id: &str) -> bool {
        if scenario.sorting.is_open() {
            self.board.group(id).is_some()
        } else {
            scenario.category(id).is_some()
        }
    }

    /// The groups of the board in order, as (id, name): the author's
    /// categories (guided sorting) or the team's own groups (open sorting).
    pub fn board_groups(&self, scenario: &Scenario) -> Vec<(String, String)> {
        if scenario.sorting.is_open() {
            self.board.groups.iter().map(|g| (g.id.clone(), g.name.clone())).collect()
        } else {
            scenario.categories.iter().map(|c| (c.id.clone(), c.name.clone())).collect()
        }
    }

    /// `name` cut to [`MAX_GROUP_NAME_CHARS`], with " (2)", " (3)"… when the
    /// team already has a group by that name.
    fn free_group_name(&self, name: &str) -> String {
        let cut = |limit: usize| name.chars().take(limit).collect::<String>().trim_end().to_string();
        let taken =
            |candidate: &str| self.board.groups.iter().any(|g| g.name.to_lowercase() == candidate.to_lowercase());
        let first = cut(MAX_GROUP_NAME_CHARS);
        if !taken(&first) {
            return first;
        }
        (2..)
            .map(|n| {
                let suffix = format!(" ({n})");
                format!("{}{suffix}", cut(MAX_GROUP_NAME_CHARS - suffix.chars().count()))
            })
            .find(|candidate| !taken(candidate))
            .unwrap_or(first)
    }

    /// Ordenen with open sorting.
    fn require_open_sorting(&self, scenario: &Scenario) -> Result<(), GameError> {
        self.require_phase(&[Phase::Ordenen])?;
        if scenario.sorting.is_open() {
            Ok(())
        } else {
            Err(GameError::SortingMode)
        }
    }

    /// A group name, trimmed with inner whitespace collapsed: not empty, not
    /// too long, and not the name of another group of the team (any case).
    fn group_name(&self, name: &str, except: Option<&str>) -> Result<String, GameError> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(GameError::GroupName(GROUP_NAME_EMPTY));
        }
        if name.chars().count() > MAX_GROUP_NAME_CHARS {
            return Err(GameError::GroupName(GROUP_NAME_LONG));
        }
        let lower = name.to_lowercase();
        if self.board.groups.iter().any(|g| Some(g.id.as_str()) != except && g.name.to_lowercase() == lower) {
            return Err(GameError::GroupName(GROUP_NAME_TAKEN));
        }
        Ok(name)
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
