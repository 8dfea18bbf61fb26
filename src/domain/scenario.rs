//! The scenario format: one mystery as trainers write it in `mysteries/<id>.json`.
//!
//! These types are the single source of truth for the format: serde reads and
//! writes them, `schemars` derives `mysteries/schema.json` from them (native
//! builds only), and `docs/scenario-format.md` documents them for trainers.
//! Bump [`FORMAT_VERSION`] on any incompatible change and add a migration.

use serde::{Deserialize, Serialize};

/// The scenario format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// One complete mystery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Always [`FORMAT_VERSION`] for files this build writes.
    pub format_version: u32,
    /// Short, stable identifier: lowercase letters, digits and `-`. Equals the file name without `.json`.
    pub id: String,
    pub title: String,
    /// One or two sentences for the library.
    pub summary: String,
    /// The bouwsteen this mystery is mainly about.
    pub main_bouwsteen: Bouwsteen,
    /// Every bouwsteen the mystery touches, the main one included.
    pub bouwstenen: Vec<Bouwsteen>,
    /// Suggested playing time in minutes, all phases together.
    pub duration_minutes: u32,
    /// How the team sorts in "Ordenen": `open` (the team makes its own groups;
    /// `categories` are a hint it may ask for) or `guided` (the team sorts into
    /// `categories`, and that counts). Absent means `guided`: what a file
    /// without this field always meant.
    #[serde(default, skip_serializing_if = "Sorting::is_guided")]
    pub sorting: Sorting,
    pub group_size: GroupSize,
    /// Part of the core online set: the six mysteries recommended to start
    /// with (see docs/scenario-format.md). The library lists them first.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub core: bool,
    /// The case, told from the resident's side.
    pub case: Case,
    /// The question the team must answer; it cannot be answered from one clue.
    pub central_question: String,
    /// The people who speak in the clues.
    pub characters: Vec<Character>,
    pub clues: Vec<Clue>,
    /// The author's grouping of the clues: the groups to sort into (guided
    /// sorting) or the hint "zo deelde een ander het in" (open sorting).
    pub categories: Vec<Category>,
    pub solution: Solution,
    #[serde(default)]
    pub hints: Vec<Hint>,
    pub reflection: Reflection,
    pub debrief: Debrief,
    /// Suggested next steps, per role from the guide.
    pub role_actions: Vec<RoleActions>,
    /// Sections of the guide "Aan de slag met rechtsbescherming" this mystery is based on.
    #[serde(default)]
    pub sources: Vec<SourceRef>,
    /// Samen spelen: roles the players can take; a clue can be dealt to a role with `deal_to`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub player_roles: Vec<PlayerRole>,
    /// Samen spelen: suggested minutes per phase for the facilitator's timer. A phase
    /// left out gets its share of `duration_minutes`.
    #[serde(default, skip_serializing_if = "PhaseMinutes::is_empty")]
    pub phase_minutes: PhaseMinutes,
    /// Samen spelen: ready-made session plans, e.g. one of 60 and one of 90 minutes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub session_plans: Vec<SessionPlan>,
    /// For the trainer only (console and printed card set), never shown on a team screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facilitator: Option<FacilitatorSheet>,
}

/// The seven bouwstenen (building blocks) of rechtsbescherming from the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Bouwsteen {
    Aanbod,
    Informatie,
    Bereik,
    Toegang,
    Bejegening,
    Samenwerkingsnetwerk,
    LerendeUitvoeringspraktijk,
}

impl Bouwsteen {
    pub const ALL: [Bouwsteen; 7] = [
        Bouwsteen::Aanbod,
        Bouwsteen::Informatie,
        Bouwsteen::Bereik,
        Bouwsteen::Toegang,
        Bouwsteen::Bejegening,
        Bouwsteen::Samenwerkingsnetwerk,
        Bouwsteen::LerendeUitvoeringspraktijk,
    ];

    /// Dutch label as used in the guide.
    pub fn label(self) -> &'static str {
        match self {
            Bouwsteen::Aanbod => "Aanbod",
            Bouwsteen::Informatie => "Informatie",
            Bouwsteen::Bereik => "Bereik",
            Bouwsteen::Toegang => "Toegang",
            Bouwsteen::Bejegening => "Bejegening",
            Bouwsteen::Samenwerkingsnetwerk => "Samenwerkingsnetwerk",
            Bouwsteen::LerendeUitvoeringspraktijk => "Lerende uitvoeringspraktijk",
        }
    }

    /// The number of the bouwsteen in the guide (1–7).
    pub fn number(self) -> u8 {
        Bouwsteen::ALL.iter().position(|b| *b == self).unwrap_or(0) as u8 + 1
    }

    /// The JSON spelling, for CSS classes and ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Bouwsteen::Aanbod => "aanbod",
            Bouwsteen::Informatie => "informatie",
            Bouwsteen::Bereik => "bereik",
            Bouwsteen::Toegang => "toegang",
            Bouwsteen::Bejegening => "bejegening",
            Bouwsteen::Samenwerkingsnetwerk => "samenwerkingsnetwerk",
            Bouwsteen::LerendeUitvoeringspraktijk => "lerende_uitvoeringspraktijk",
        }
    }
}

/// The three sides of the perspectiefcirkel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Perspective {
    Juridisch,
    Financieel,
    Sociaal,
}

impl Perspective {
    pub const ALL: [Perspective; 3] = [Perspective::Juridisch, Perspective::Financieel, Perspective::Sociaal];

    pub fn label(self) -> &'static str {
        match self {
            Perspective::Juridisch => "Juridisch",
            Perspective::Financieel => "Financieel-economisch",
            Perspective::Sociaal => "Sociaal-maatschappelijk",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Perspective::Juridisch => "juridisch",
            Perspective::Financieel => "financieel",
            Perspective::Sociaal => "sociaal",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GroupSize {
    pub min: u32,
    pub max: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub title: String,
    /// Paragraphs, shown in order.
    pub paragraphs: Vec<String>,
}

/// Whether a character is a resident or a front-line professional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CharacterKind {
    Inwoner,
    Uitvoerder,
}

impl CharacterKind {
    pub const ALL: [CharacterKind; 2] = [CharacterKind::Inwoner, CharacterKind::Uitvoerder];

    /// The JSON spelling, for CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            CharacterKind::Inwoner => "inwoner",
            CharacterKind::Uitvoerder => "uitvoerder",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CharacterKind::Inwoner => "Inwoner",
            CharacterKind::Uitvoerder => "Uitvoerder",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Character {
    pub id: String,
    pub name: String,
    pub kind: CharacterKind,
    /// For example "schuldhulpverlener" or "moeder van twee kinderen".
    pub role: String,
    /// Required for an uitvoerder: the organisation they work for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The colour of this person's portrait, as a hue in degrees (0–359),
    /// chosen in the studio. Absent: the app picks a colour that differs from
    /// the rest of the cast (`portrait::portraits`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portrait_hue: Option<u16>,
}

/// What a clue card is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClueKind {
    /// Someone tells their experience; needs a `speaker`.
    Voice,
    /// A letter, a beschikking, a form, a leaflet.
    Document,
    /// A fact or a figure.
    Fact,
}

impl ClueKind {
    pub const ALL: [ClueKind; 3] = [ClueKind::Voice, ClueKind::Document, ClueKind::Fact];

    /// The JSON spelling, for CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            ClueKind::Voice => "voice",
            ClueKind::Document => "document",
            ClueKind::Fact => "fact",
        }
    }

    /// The CSS class of a card of this kind: a voice card by who speaks
    /// (`voice-inwoner`, `voice-uitvoerder`; a voice without a known speaker
    /// looks like an uitvoerder's), the others by kind (`document`, `fact`).
    pub fn card_class(self, speaker: Option<CharacterKind>) -> String {
        match self {
            ClueKind::Voice => format!("voice-{}", speaker.unwrap_or(CharacterKind::Uitvoerder).as_str()),
            ClueKind::Document | ClueKind::Fact => self.as_str().to_string(),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ClueKind::Voice => "Ervaring",
            ClueKind::Document => "Document",
            ClueKind::Fact => "Feit",
        }
    }
}

/// How much a clue matters for the solution. Used for scoring, never shown to
/// players before the result screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Relevance {
    /// Part of the solution: listed in `solution.key_clues`.
    Key,
    /// Useful background.
    Supporting,
    /// Looks important but leads away from the answer; should be set aside.
    RedHerring,
    /// Ambiguous on purpose, to start a discussion; never counts for or against.
    Ambiguous,
}

impl Relevance {
    pub const ALL: [Relevance; 4] =
        [Relevance::Key, Relevance::Supporting, Relevance::RedHerring, Relevance::Ambiguous];

    /// The JSON spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Relevance::Key => "key",
            Relevance::Supporting => "supporting",
            Relevance::RedHerring => "red_herring",
            Relevance::Ambiguous => "ambiguous",
        }
    }

    /// The short Dutch word on the trainer's printed card set.
    pub fn label(self) -> &'static str {
        match self {
            Relevance::Key => "Kernaanwijzing",
            Relevance::Supporting => "Achtergrond",
            Relevance::RedHerring => "Dwaalspoor",
            Relevance::Ambiguous => "Twijfelkaart",
        }
    }

    /// The studio editor's choice: the word with what it means.
    pub fn explained(self) -> &'static str {
        match self {
            Relevance::Key => "Kernaanwijzing (hoort bij het antwoord)",
            Relevance::Supporting => "Achtergrond (nuttig om te weten)",
            Relevance::RedHerring => "Dwaalspoor (moet apart)",
            Relevance::Ambiguous => "Twijfelgeval (om over te praten)",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Clue {
    pub id: String,
    pub kind: ClueKind,
    /// Short title on the card.
    pub title: String,
    /// Character id of who speaks; required for `voice`, optional for a document's sender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    pub text: String,
    #[serde(default, skip_serializing_if = "Unlock::is_default")]
    pub unlock: Unlock,
    pub relevance: Relevance,
    /// The category id this clue belongs to when sorted well. Absent for red herrings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    pub bouwstenen: Vec<Bouwsteen>,
    pub perspectives: Vec<Perspective>,
    /// Optional section of the guide, e.g. "5.2".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Samen spelen: the id of a `player_roles` role; the card goes to a player with that role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal_to: Option<String>,
    /// Samen spelen: a sound file in `mysteries/` (e.g. "audio/brief.mp3") played instead of speech.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
}

impl Default for Clue {
    /// A blank supporting fact, uncovered in round 1: what the studio starts a
    /// new card from. Code that makes a clue names the fields it sets and takes
    /// the rest from here, so a new optional field changes only this file.
    fn default() -> Self {
        Clue {
            id: String::new(),
            kind: ClueKind::Fact,
            title: String::new(),
            speaker: None,
            text: String::new(),
            unlock: Unlock::default(),
            relevance: Relevance::Supporting,
            category: None,
            bouwstenen: Vec::new(),
            perspectives: Vec::new(),
            source: None,
            deal_to: None,
            audio: None,
        }
    }
}

/// How the team sorts the clues in "Ordenen".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Sorting {
    /// Into the author's `categories`; sorting right counts in the score.
    #[default]
    Guided,
    /// Into groups the team makes and names itself; only setting red herrings
    /// aside counts. The author's categories are a hint the team may ask for.
    Open,
}

impl Sorting {
    pub const ALL: [Sorting; 2] = [Sorting::Open, Sorting::Guided];

    /// The JSON spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Sorting::Open => "open",
            Sorting::Guided => "guided",
        }
    }

    /// Dutch, for the studio editor.
    pub fn label(self) -> &'static str {
        match self {
            Sorting::Open => "Open: het team maakt eigen groepen (de categorieën zijn een tip)",
            Sorting::Guided => "Gestuurd: het team sorteert in de categorieën",
        }
    }

    pub fn is_guided(&self) -> bool {
        *self == Sorting::Guided
    }

    pub fn is_open(self) -> bool {
        self == Sorting::Open
    }
}

/// When a clue can be uncovered: from round `round` on, and only after every
/// clue in `after` has been uncovered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Unlock {
    #[serde(default = "first_round")]
    pub round: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<String>,
}

fn first_round() -> u32 {
    1
}

impl Default for Unlock {
    fn default() -> Self {
        Unlock { round: 1, after: Vec::new() }
    }
}

impl Unlock {
    pub fn is_default(&self) -> bool {
        *self == Unlock::default()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Solution {
    /// The answer to the central question, in a few sentences (shown in the debrief).
    pub summary: String,
    /// The clues a full answer rests on (all have relevance `key`).
    pub key_clues: Vec<String>,
    /// Expected links between clues: this leads to that. At least one.
    pub chains: Vec<Chain>,
    /// Ideas a good explanation names in the team's own words. A concept counts
    /// as named when the explanation contains one of its `words` (case-insensitive).
    #[serde(default)]
    pub concepts: Vec<Concept>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Chain {
    pub from: String,
    pub to: String,
    /// Why the one leads to the other (shown in the debrief).
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Concept {
    pub label: String,
    pub words: Vec<String>,
}

/// The phases of the mystery method, in playing order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Intro,
    Onderzoeken,
    Ordenen,
    Oplossen,
    Reflecteren,
    Resultaat,
}

impl Phase {
    pub const ALL: [Phase; 6] =
        [Phase::Intro, Phase::Onderzoeken, Phase::Ordenen, Phase::Oplossen, Phase::Reflecteren, Phase::Resultaat];
    pub const COUNT: usize = Phase::ALL.len();
    /// The phases of [`Phase::allows_hints`], in order (tests/timer.rs keeps them in step).
    pub const WITH_HINTS: [Phase; 3] = [Phase::Onderzoeken, Phase::Ordenen, Phase::Oplossen];

    pub fn label(self) -> &'static str {
        match self {
            Phase::Intro => "Intro",
            Phase::Onderzoeken => "Onderzoeken",
            Phase::Ordenen => "Ordenen",
            Phase::Oplossen => "Oplossen",
            Phase::Reflecteren => "Reflecteren",
            Phase::Resultaat => "Resultaat",
        }
    }

    /// The place of the phase in [`Phase::ALL`] (0 for Intro).
    pub const fn index(self) -> usize {
        match self {
            Phase::Intro => 0,
            Phase::Onderzoeken => 1,
            Phase::Ordenen => 2,
            Phase::Oplossen => 3,
            Phase::Reflecteren => 4,
            Phase::Resultaat => 5,
        }
    }

    /// The word in files and storage keys (`phase_minutes.ordenen`, `"phase": "ordenen"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Phase::Intro => "intro",
            Phase::Onderzoeken => "onderzoeken",
            Phase::Ordenen => "ordenen",
            Phase::Oplossen => "oplossen",
            Phase::Reflecteren => "reflecteren",
            Phase::Resultaat => "resultaat",
        }
    }

    pub fn next(self) -> Option<Phase> {
        match self {
            Phase::Intro => Some(Phase::Onderzoeken),
            Phase::Onderzoeken => Some(Phase::Ordenen),
            Phase::Ordenen => Some(Phase::Oplossen),
            Phase::Oplossen => Some(Phase::Reflecteren),
            Phase::Reflecteren => Some(Phase::Resultaat),
            Phase::Resultaat => None,
        }
    }

    pub fn previous(self) -> Option<Phase> {
        match self {
            Phase::Intro => None,
            Phase::Onderzoeken => Some(Phase::Intro),
            Phase::Ordenen => Some(Phase::Onderzoeken),
            Phase::Oplossen => Some(Phase::Ordenen),
            Phase::Reflecteren => Some(Phase::Oplossen),
            Phase::Resultaat => Some(Phase::Reflecteren),
        }
    }

    /// Whether a team may go back from this phase to [`Phase::previous`]:
    /// from sorting to the cards, and from solving to the sorting. Once the
    /// answer is given, the scores stand.
    pub fn can_go_back(self) -> bool {
        match self {
            Phase::Ordenen | Phase::Oplossen => true,
            Phase::Intro | Phase::Onderzoeken | Phase::Reflecteren | Phase::Resultaat => false,
        }
    }

    /// Whether a mystery's hints can be asked for in this phase.
    pub fn allows_hints(self) -> bool {
        match self {
            Phase::Onderzoeken | Phase::Ordenen | Phase::Oplossen => true,
            Phase::Intro | Phase::Reflecteren | Phase::Resultaat => false,
        }
    }

    /// The share of `duration_minutes` a phase gets when its minutes are not
    /// set (`timer::suggested_minutes`), in percent; the six add up to 100.
    /// Onderzoeken takes longest: everyone listens and tells.
    pub fn weight(self) -> u32 {
        match self {
            Phase::Intro => 10,
            Phase::Onderzoeken => 30,
            Phase::Ordenen => 20,
            Phase::Oplossen => 15,
            Phase::Reflecteren => 15,
            Phase::Resultaat => 10,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Hint {
    pub id: String,
    /// The phase in which the hint can be asked for: onderzoeken, ordenen or oplossen.
    pub phase: Phase,
    pub text: String,
    /// Points taken off the investigation score when the team asks for it.
    pub cost: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reflection {
    /// Statements about the team's own municipality, answered on a 1–5 scale.
    pub statements: Vec<Statement>,
    /// Open questions about practice and about how the team worked.
    pub questions: Vec<OpenQuestion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    pub bouwsteen: Bouwsteen,
    /// For example "In onze gemeente weten inwoners waar ze met een brief terechtkunnen."
    pub text: String,
    /// True when agreeing means the situation is worse (the scale is turned around for the profile).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reversed: bool,
}

/// What an open question is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuestionTopic {
    /// Wat gaat goed? Waar loop je tegenaan? Hoe kan het beter?
    Praktijk,
    /// How the team worked: Hoe zijn jullie begonnen? ...
    Samenwerking,
}

impl QuestionTopic {
    pub const ALL: [QuestionTopic; 2] = [QuestionTopic::Praktijk, QuestionTopic::Samenwerking];

    /// The JSON spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionTopic::Praktijk => "praktijk",
            QuestionTopic::Samenwerking => "samenwerking",
        }
    }

    /// The studio editor's choice.
    pub fn label(self) -> &'static str {
        match self {
            QuestionTopic::Praktijk => "De praktijk in jullie gemeente",
            QuestionTopic::Samenwerking => "Hoe het team samenwerkte",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OpenQuestion {
    pub id: String,
    pub topic: QuestionTopic,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Debrief {
    /// What really happened, in paragraphs; shown on the result screen.
    pub paragraphs: Vec<String>,
    /// Questions for the group discussion after the game.
    pub discussion_questions: Vec<String>,
}

/// The four roles from chapter 2 of the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Uitvoeringsprofessional,
    Beleidsmedewerker,
    Leidinggevende,
    Bestuurder,
}

impl Role {
    pub const ALL: [Role; 4] =
        [Role::Uitvoeringsprofessional, Role::Beleidsmedewerker, Role::Leidinggevende, Role::Bestuurder];

    /// The JSON spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Uitvoeringsprofessional => "uitvoeringsprofessional",
            Role::Beleidsmedewerker => "beleidsmedewerker",
            Role::Leidinggevende => "leidinggevende",
            Role::Bestuurder => "bestuurder",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Uitvoeringsprofessional => "Uitvoeringsprofessional",
            Role::Beleidsmedewerker => "Beleidsmedewerker",
            Role::Leidinggevende => "Leidinggevende",
            Role::Bestuurder => "Bestuurder",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RoleActions {
    pub role: Role,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub text: String,
    /// The bouwsteen this action strengthens; the result screen puts actions for
    /// the team's weakest bouwstenen first.
    pub bouwsteen: Bouwsteen,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    /// Section number in the guide, e.g. "2.7".
    pub section: String,
    pub title: String,
}

/// A role a player can take in "Samen spelen", e.g. "Inwoner" or "Klantmanager".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlayerRole {
    /// Short id, used in `deal_to`: lowercase letters, digits and `-`.
    pub id: String,
    /// The name players choose from at the start.
    pub name: String,
}

/// Suggested minutes per phase; every field is optional.
///
/// In a file this is an object with one optional field per phase, named by
/// [`Phase::as_str`] (`{"onderzoeken": 25, "resultaat": 15}`); in memory it is
/// one slot per phase, indexed by [`Phase::index`]. Serde and the JSON Schema
/// are written by hand from [`Phase::ALL`], so a new phase needs no field code
/// here: its slot, its JSON field and its schema property follow from the enum.
/// Reading behaves exactly like the derived struct it replaced (unknown and
/// duplicate fields refused with serde's words, `null` read as absent), so
/// `validate`'s Dutch messages stay the same; tests/scenario_format.rs checks
/// that against a copy of the old struct.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PhaseMinutes([Option<u32>; Phase::COUNT]);

impl PhaseMinutes {
    pub fn is_empty(&self) -> bool {
        *self == PhaseMinutes::default()
    }

    /// The minutes set for `phase`, if any.
    pub fn get(&self, phase: Phase) -> Option<u32> {
        self.0[phase.index()]
    }

    /// The slot of `phase`, to set or clear (the studio's number fields).
    pub fn minutes_mut(&mut self, phase: Phase) -> &mut Option<u32> {
        &mut self.0[phase.index()]
    }

    /// `self` with `phase` set to `minutes`.
    pub fn with(mut self, phase: Phase, minutes: u32) -> PhaseMinutes {
        *self.minutes_mut(phase) = Some(minutes);
        self
    }

    /// Every phase set by `minutes`, in [`Phase::ALL`] order.
    pub fn from_fn(mut minutes: impl FnMut(Phase) -> Option<u32>) -> PhaseMinutes {
        PhaseMinutes(Phase::ALL.map(&mut minutes))
    }

    /// The phases that are set, with their minutes, in playing order.
    pub fn iter(&self) -> impl Iterator<Item = (Phase, u32)> + '_ {
        Phase::ALL.into_iter().filter_map(|phase| self.get(phase).map(|m| (phase, m)))
    }
}

/// The JSON field names of [`PhaseMinutes`]: [`Phase::as_str`] of each phase.
const PHASE_FIELDS: [&str; Phase::COUNT] = {
    let mut names = [""; Phase::COUNT];
    let mut i = 0;
    while i < Phase::COUNT {
        names[i] = Phase::ALL[i].as_str();
        i += 1;
    }
    names
};

impl Serialize for PhaseMinutes {
    /// The phases that are set, in playing order; unset ones are left out.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("PhaseMinutes", self.iter().count())?;
        for phase in Phase::ALL {
            match self.get(phase) {
                Some(minutes) => out.serialize_field(PHASE_FIELDS[phase.index()], &minutes)?,
                None => out.skip_field(PHASE_FIELDS[phase.index()])?,
            }
        }
        out.end()
    }
}

impl<'de> Deserialize<'de> for PhaseMinutes {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{self, MapAccess, SeqAccess, Visitor};
        use std::fmt;

        /// One field name; an unknown one is refused the way
        /// `#[serde(deny_unknown_fields)]` refuses it.
        struct Field(Phase);

        impl<'de> Deserialize<'de> for Field {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct FieldVisitor;
                impl Visitor<'_> for FieldVisitor {
                    type Value = Field;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str("field identifier")
                    }
                    fn visit_str<E: de::Error>(self, name: &str) -> Result<Field, E> {
                        match Phase::ALL.into_iter().find(|p| p.as_str() == name) {
                            Some(phase) => Ok(Field(phase)),
                            None => Err(E::unknown_field(name, &PHASE_FIELDS)),
                        }
                    }
                    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<Field, E> {
                        match std::str::from_utf8(name) {
                            Ok(name) => self.visit_str(name),
                            Err(_) => Err(E::unknown_field(&String::from_utf8_lossy(name), &PHASE_FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(FieldVisitor)
            }
        }

        struct MinutesVisitor;
        impl<'de> Visitor<'de> for MinutesVisitor {
            type Value = PhaseMinutes;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("struct PhaseMinutes")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PhaseMinutes, A::Error> {
                let mut seen = [false; Phase::COUNT];
                let mut minutes = PhaseMinutes::default();
                while let Some(Field(phase)) = map.next_key()? {
                    if std::mem::replace(&mut seen[phase.index()], true) {
                        return Err(de::Error::duplicate_field(PHASE_FIELDS[phase.index()]));
                    }
                    *minutes.minutes_mut(phase) = map.next_value()?;
                }
                Ok(minutes)
            }
            /// The derived struct read a list too (one element per phase, in
            /// order; missing ones unset), so this does as well.
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<PhaseMinutes, A::Error> {
                let mut minutes = PhaseMinutes::default();
                for phase in Phase::ALL {
                    match seq.next_element()? {
                        Some(value) => *minutes.minutes_mut(phase) = value,
                        None => break,
                    }
                }
                Ok(minutes)
            }
        }

        deserializer.deserialize_struct("PhaseMinutes", &PHASE_FIELDS, MinutesVisitor)
    }
}

/// The same schema the derived struct had: an object with one optional
/// (nullable) whole number per phase and no other fields.
#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for PhaseMinutes {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PhaseMinutes".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        concat!(module_path!(), "::PhaseMinutes").into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let minutes = generator.subschema_for::<Option<u32>>().to_value();
        let properties: serde_json::Map<String, serde_json::Value> =
            PHASE_FIELDS.iter().map(|name| (name.to_string(), minutes.clone())).collect();
        schemars::json_schema!({
            "description": "Suggested minutes per phase; every field is optional.",
            "type": "object",
            "properties": properties,
            "additionalProperties": false,
        })
    }
}

/// A ready-made session plan: minutes per phase for a session of `minutes` in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SessionPlan {
    /// Total minutes of the session (60 or 90 for the bundled set); the sum of `phases`.
    pub minutes: u32,
    /// Minutes per phase; all six phases set.
    pub phases: PhaseMinutes,
}

/// The trainer's sheet for one mystery: shown on the trainer console and printed with
/// the card set, never on a team screen.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FacilitatorSheet {
    /// What participants learn (two to five short sentences).
    pub learning_goals: Vec<String>,
    /// What the trainer says and does, per phase, in phase order.
    pub script: Vec<ScriptStep>,
    /// One probe question per ambiguous clue.
    #[serde(default)]
    pub probes: Vec<Probe>,
    /// Likely misconceptions and how the trainer responds to them.
    #[serde(default)]
    pub misconceptions: Vec<Misconception>,
    /// An example answer to the central question per SOLO level 1 to 4; the trainer's rubric.
    #[serde(default)]
    pub example_answers: Vec<ExampleAnswer>,
}

/// One step of the session script.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ScriptStep {
    pub phase: Phase,
    pub text: String,
}

/// A question the trainer asks about one (ambiguous) clue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Probe {
    /// The clue id.
    pub clue: String,
    pub question: String,
}

/// Something teams are likely to believe, and how the trainer responds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Misconception {
    pub belief: String,
    pub response: String,
}

/// An example answer to the central question at one SOLO level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExampleAnswer {
    /// SOLO level 1 to 4.
    pub level: u8,
    pub text: String,
}

/// `mysteries/index.json`: what the library shows without loading every file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Library {
    pub format_version: u32,
    pub mysteries: Vec<LibraryEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LibraryEntry {
    pub id: String,
    /// File name inside `mysteries/`.
    pub file: String,
    pub title: String,
    pub summary: String,
    pub main_bouwsteen: Bouwsteen,
    pub bouwstenen: Vec<Bouwsteen>,
    pub duration_minutes: u32,
    pub group_size: GroupSize,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub core: bool,
}

impl LibraryEntry {
    /// The entry that belongs in `index.json` for a scenario stored as `file`.
    pub fn for_scenario(scenario: &Scenario, file: &str) -> LibraryEntry {
        LibraryEntry {
            id: scenario.id.clone(),
            file: file.to_string(),
            title: scenario.title.clone(),
            summary: scenario.summary.clone(),
            main_bouwsteen: scenario.main_bouwsteen,
            bouwstenen: scenario.bouwstenen.clone(),
            duration_minutes: scenario.duration_minutes,
            group_size: scenario.group_size,
            core: scenario.core,
        }
    }
}

impl Scenario {
    pub fn clue(&self, id: &str) -> Option<&Clue> {
        self.clues.iter().find(|c| c.id == id)
    }

    pub fn character(&self, id: &str) -> Option<&Character> {
        self.characters.iter().find(|c| c.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn hint(&self, id: &str) -> Option<&Hint> {
        self.hints.iter().find(|h| h.id == id)
    }

    /// The number of uncovering rounds: the highest `unlock.round` of any clue.
    pub fn rounds(&self) -> u32 {
        self.clues.iter().map(|c| c.unlock.round).max().unwrap_or(1).max(1)
    }
}

/// What dealing and a member's cards need of a mystery: its cards and its
/// people. A whole [`Scenario`] has them, and so has the [`Deck`] that a
/// member's phone reads.
pub trait CardSet {
    fn clues(&self) -> &[Clue];
    fn characters(&self) -> &[Character];
    fn character(&self, id: &str) -> Option<&Character> {
        self.characters().iter().find(|c| c.id == id)
    }
    /// The number of rounds: the highest round of a card (at least 1).
    fn rounds(&self) -> u32 {
        self.clues().iter().map(|c| c.unlock.round).max().unwrap_or(1).max(1)
    }
}

impl CardSet for Scenario {
    fn clues(&self) -> &[Clue] {
        &self.clues
    }
    fn characters(&self) -> &[Character] {
        &self.characters
    }
}

/// The part of a mystery file that a member's phone reads (src/pages/member.rs):
/// the same file and the same reading steps (`validate::read_scenario_as`),
/// but only these fields, so the phone's bundle carries no code for the
/// solution, debrief, hints or facilitator sheet (docs/performance.md).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Deck {
    pub id: String,
    pub title: String,
    pub central_question: String,
    pub characters: Vec<Character>,
    pub clues: Vec<Clue>,
    #[serde(default)]
    pub player_roles: Vec<PlayerRole>,
}

impl CardSet for Deck {
    fn clues(&self) -> &[Clue] {
        &self.clues
    }
    fn characters(&self) -> &[Character] {
        &self.characters
    }
}
