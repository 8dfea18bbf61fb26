//! The results format: one team's outcome of one mystery, as a versioned JSON
//! file a team keeps, prints or hands to its trainer (`docs/results-format.md`,
//! schema `docs/results.schema.json`).
//!
//! A [`TeamResult`] is self-contained: it copies the texts it needs from the
//! scenario (titles, statements, actions, debrief), so the learning-network
//! view can show results of mysteries it has never loaded. It is built from a
//! scenario, a session, its [`Outcome`] and a creation date the UI passes in
//! (the domain has no clock).
//!
//! Reading a results file goes along the one reading path (`domain::read`),
//! each step stopping at its first failure with a Dutch [`Problem`]: size,
//! text, JSON syntax, the `format` marker (so a mystery file or a saved game is
//! named as such), `format_version`, the shape of every field (with its path),
//! and the ranges of the numbers.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::game::Session;
use super::read;
use super::scenario::{Bouwsteen, Perspective, QuestionTopic, Role, Scenario, SourceRef};
use super::scoring::{Outcome, SoloLevel};
use super::text;
use super::validate::Problem;

/// The results format version this build writes.
///
/// - 1: the first format.
/// - 2: adds `investigation.aside_wrong` and `open_sorting`,
///   `solution.off_cited` and `links` (the team's links with their reasons),
///   and `trainer` (the trainer's level and reason). Scores of version 2 follow
///   the rules of docs/scenario-format.md section 4 (precision, sentences).
///   A version-1 file reads as version 2 with those fields empty; its scores
///   stay as they were computed then.
pub const RESULTS_VERSION: u32 = 2;

/// One step up from an older results version, on a file read with serde
/// defaults (from version, step).
type Step = fn(&mut TeamResult);

/// The steps from every older version this build still reads.
const MIGRATIONS: &[(u32, Step)] = &[(1, |_| {})];

/// Bring a result read from an older version up to [`RESULTS_VERSION`].
fn migrate(result: &mut TeamResult) {
    while result.format_version < RESULTS_VERSION {
        match MIGRATIONS.iter().find(|(from, _)| *from == result.format_version) {
            Some((_, step)) => step(result),
            None => return,
        }
        result.format_version += 1;
    }
}
/// The value of the `format` field of every results file.
pub const RESULTS_FORMAT: &str = "mysterie-resultaat";
/// Largest results file we read (bytes). A real result is 5–20 KB.
pub const MAX_RESULT_BYTES: usize = 1024 * 1024;
/// Longest link payload (characters). RFC 9110 asks every sender and receiver
/// to handle URIs of at least 8000 octets; this leaves room for the address.
pub const MAX_LINK_CHARS: usize = 7500;

/// The `format` marker: one fixed word, so a results file is never mistaken
/// for a mystery file (which has a `format_version` too).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum ResultsFormat {
    #[default]
    #[serde(rename = "mysterie-resultaat")]
    MysterieResultaat,
}

/// One team's result of one mystery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TeamResult {
    /// Always "mysterie-resultaat".
    pub format: ResultsFormat,
    /// The results format version: 2 (`RESULTS_VERSION`) for files this build writes; 1 still reads.
    pub format_version: u32,
    /// Identifies this game's result: 16 hexadecimal digits computed from the
    /// game. The same game gives the same id, so a result imported twice (or
    /// again after the team changed its chosen actions) replaces the older copy.
    pub id: String,
    /// When the result was first saved: an ISO 8601 date and time with offset,
    /// as the app writes it, e.g. "2025-05-14T10:31:00+02:00".
    pub created: String,
    pub mystery: MysteryInfo,
    pub team: TeamInfo,
    pub investigation: InvestigationResult,
    pub solution: SolutionResult,
    pub reflection: ReflectionResult,
    /// The scenario's suggested actions per role (roles in guide order, only
    /// roles with actions), actions for the team's weakest bouwstenen first;
    /// `chosen` marks the ones the team commits to.
    pub actions: Vec<RoleActionsResult>,
    /// What really happened. Left out of result links to keep them short.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debrief: Option<DebriefResult>,
    /// Samen spelen: the session and team this result was played in (absent
    /// outside a session). Optional: results played without a session have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<SessionRef>,
    /// The trainer's judgement of the answer's depth: the level the trainer
    /// confirmed or chose instead of `solution.level`, with a reason. The
    /// learning-network view uses this level where it is present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainer: Option<TrainerResult>,
}

/// The session a result belongs to, as the trainer console shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SessionRef {
    /// The session id: base 36, as in the console's title ("sessie k3x9a1").
    pub id: String,
    /// The team's number in the session, from 1.
    pub team: u32,
}

/// The trainer has the last word on the SOLO level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TrainerResult {
    /// The level the trainer gives; equal to `solution.level` when confirmed.
    pub level: SolutionLevel,
    /// One line: why (may be empty when the trainer confirms the app's level).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MysteryInfo {
    /// The scenario's `id`.
    pub id: String,
    pub title: String,
    pub main_bouwsteen: Bouwsteen,
    pub bouwstenen: Vec<Bouwsteen>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TeamInfo {
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    /// In the team's own words, e.g. "wijkteam" or "gemeente en schuldhulp".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation_type: Option<String>,
}

/// "Onderzoeken" and "Ordenen": the score and what it is made of.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InvestigationResult {
    /// 0–100, after the hint costs.
    pub score: u32,
    pub sorted_right: u32,
    pub sortable: u32,
    pub herrings_aside: u32,
    pub herrings: u32,
    pub key_found: u32,
    pub key_total: u32,
    pub key_wrong: u32,
    pub chains_found: u32,
    pub chains_total: u32,
    pub hint_cost: u32,
    pub clues_revealed: u32,
    pub clues_total: u32,
    /// Clues set aside that are neither red herring nor ambiguous.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub aside_wrong: u32,
    /// The team sorted into its own groups; then `sorted_right` / `sortable`
    /// count the red herrings set aside (see docs/scenario-format.md, 4.1).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub open_sorting: bool,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The depth of the answer (SOLO levels 0–4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SolutionLevel {
    Prestructureel,
    Unistructureel,
    Multistructureel,
    Relationeel,
    UitgebreidAbstract,
}

impl SolutionLevel {
    /// Every level, lowest first, as a choice field lists them.
    pub const ALL: [SolutionLevel; 5] = [
        SolutionLevel::Prestructureel,
        SolutionLevel::Unistructureel,
        SolutionLevel::Multistructureel,
        SolutionLevel::Relationeel,
        SolutionLevel::UitgebreidAbstract,
    ];

    pub fn solo(self) -> SoloLevel {
        match self {
            SolutionLevel::Prestructureel => SoloLevel::Prestructureel,
            SolutionLevel::Unistructureel => SoloLevel::Unistructureel,
            SolutionLevel::Multistructureel => SoloLevel::Multistructureel,
            SolutionLevel::Relationeel => SoloLevel::Relationeel,
            SolutionLevel::UitgebreidAbstract => SoloLevel::UitgebreidAbstract,
        }
    }

    /// 0..=4
    pub fn rank(self) -> u32 {
        self.solo().rank()
    }

    pub fn label(self) -> &'static str {
        self.solo().label()
    }

    pub fn explanation(self) -> &'static str {
        self.solo().explanation()
    }

    /// What a trainer looks for at this level (see [`SoloLevel::rubric`]).
    pub fn rubric(self) -> &'static str {
        self.solo().rubric()
    }

    /// The opening line of the result screen (see [`SoloLevel::feedback`]).
    pub fn feedback(self, team: &str) -> String {
        self.solo().feedback(team)
    }
}

impl From<SoloLevel> for SolutionLevel {
    fn from(level: SoloLevel) -> Self {
        match level {
            SoloLevel::Prestructureel => SolutionLevel::Prestructureel,
            SoloLevel::Unistructureel => SolutionLevel::Unistructureel,
            SoloLevel::Multistructureel => SolutionLevel::Multistructureel,
            SoloLevel::Relationeel => SolutionLevel::Relationeel,
            SoloLevel::UitgebreidAbstract => SolutionLevel::UitgebreidAbstract,
        }
    }
}

/// "Oplossen": the score, the depth, and the team's own answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SolutionResult {
    /// 0–100.
    pub score: u32,
    pub level: SolutionLevel,
    pub key_cited: u32,
    pub herrings_cited: u32,
    /// Labels of the solution concepts the explanation names.
    pub concepts_named: Vec<String>,
    pub concepts_total: u32,
    /// The perspectiefcirkel: always three entries (juridisch, financieel, sociaal).
    pub perspectives: Vec<PerspectiveResult>,
    /// Bouwstenen covered by the cited clues.
    pub bouwstenen: Vec<Bouwsteen>,
    /// The team's explanation in its own words.
    pub answer: String,
    /// Titles of the clues the team cited, in the order chosen.
    pub cited_clues: Vec<String>,
    /// Cited clues that are neither key nor ambiguous (they cost precision).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub off_cited: u32,
    /// The links the team made, by clue title, with the team's reasons.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<LinkResult>,
}

/// One link of the team: this card leads to that one, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LinkResult {
    /// Clue titles.
    pub from: String,
    pub to: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
}

/// Whether the answer holds on one side of the perspectiefcirkel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PerspectiveResult {
    pub perspective: Perspective,
    /// At least one cited clue looks from this side.
    pub covered: bool,
    /// Titles of the cited clues that look from this side.
    pub clues: Vec<String>,
}

/// "Reflecteren": a profile, not right or wrong.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReflectionResult {
    /// All seven bouwstenen in guide order: how strong the team sees its own
    /// municipality, 0–100; `null` when the mystery has no statement about it
    /// or the team did not answer.
    pub profile: Vec<BouwsteenValue>,
    pub statements_answered: u32,
    pub statements_total: u32,
    pub questions_answered: u32,
    pub questions_total: u32,
    pub statements: Vec<StatementResult>,
    pub open_answers: Vec<OpenAnswerResult>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BouwsteenValue {
    pub bouwsteen: Bouwsteen,
    pub value: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatementResult {
    pub id: String,
    pub bouwsteen: Bouwsteen,
    pub text: String,
    /// True when agreeing means the situation is worse.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reversed: bool,
    /// 1 (helemaal oneens) to 5 (helemaal eens); `null` when not answered.
    pub value: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OpenAnswerResult {
    pub id: String,
    pub topic: QuestionTopic,
    pub question: String,
    /// The team's answer; empty when not answered.
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RoleActionsResult {
    pub role: Role,
    pub actions: Vec<ActionResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActionResult {
    pub text: String,
    pub bouwsteen: Bouwsteen,
    /// The team commits to this action.
    pub chosen: bool,
}

/// The real story and the solution, copied from the scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DebriefResult {
    pub solution_summary: String,
    pub key_clues: Vec<KeyClueResult>,
    pub chains: Vec<ChainResult>,
    pub paragraphs: Vec<String>,
    pub discussion_questions: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KeyClueResult {
    pub title: String,
    /// The team marked it as key clue or cited it.
    pub found: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChainResult {
    /// Clue titles.
    pub from: String,
    pub to: String,
    pub why: String,
    /// The team linked the two clues (either direction).
    pub linked: bool,
}

// ---------------------------------------------------------------------------
// Building a result.

/// The result of `session` (scored as `outcome`) of `scenario`, created at
/// `created` (an ISO 8601 date-time string from the UI).
pub fn build(scenario: &Scenario, session: &Session, outcome: &Outcome, created: &str) -> TeamResult {
    let title = |id: &str| scenario.clue(id).map(|c| c.title.clone()).unwrap_or_else(|| id.to_string());
    let inv = &outcome.investigation;
    let sol = &outcome.solution;
    let refl = &outcome.reflection;

    // Cited clues that exist, each once, in the order chosen (as scoring counts them).
    let mut cited = Vec::new();
    for id in &session.answer.clues {
        if let Some(clue) = scenario.clue(id) {
            if !cited.iter().any(|c: &&super::scenario::Clue| c.id == clue.id) {
                cited.push(clue);
            }
        }
    }
    let perspectives = Perspective::ALL
        .iter()
        .map(|&perspective| {
            let clues: Vec<String> =
                cited.iter().filter(|c| c.perspectives.contains(&perspective)).map(|c| c.title.clone()).collect();
            PerspectiveResult { perspective, covered: !clues.is_empty(), clues }
        })
        .collect();

    let profile = Bouwsteen::ALL
        .iter()
        .map(|&bouwsteen| BouwsteenValue { bouwsteen, value: refl.per_bouwsteen.get(&bouwsteen).copied().flatten() })
        .collect();
    let statements = scenario
        .reflection
        .statements
        .iter()
        .map(|s| StatementResult {
            id: s.id.clone(),
            bouwsteen: s.bouwsteen,
            text: s.text.clone(),
            reversed: s.reversed,
            value: session.reflection.scale.get(&s.id).copied(),
        })
        .collect();
    let open_answers = scenario
        .reflection
        .questions
        .iter()
        .map(|q| OpenAnswerResult {
            id: q.id.clone(),
            topic: q.topic,
            question: q.text.clone(),
            answer: session.reflection.open.get(&q.id).map(|a| a.trim().to_string()).unwrap_or_default(),
        })
        .collect();

    let actions = outcome
        .next_steps
        .iter()
        .map(|(role, actions)| {
            let chosen = session.chosen_actions.get(role);
            RoleActionsResult {
                role: *role,
                actions: actions
                    .iter()
                    .map(|a| ActionResult {
                        text: a.text.clone(),
                        bouwsteen: a.bouwsteen,
                        chosen: chosen.is_some_and(|set| set.contains(&a.text)),
                    })
                    .collect(),
            }
        })
        .collect();

    let links = &session.board.links;
    let debrief = DebriefResult {
        solution_summary: scenario.solution.summary.clone(),
        key_clues: scenario
            .solution
            .key_clues
            .iter()
            .map(|id| KeyClueResult {
                title: title(id),
                found: session.board.key.contains(id) || session.answer.clues.contains(id),
            })
            .collect(),
        chains: scenario
            .solution
            .chains
            .iter()
            .map(|c| ChainResult {
                from: title(&c.from),
                to: title(&c.to),
                why: c.why.clone(),
                linked: links.iter().any(|l| l.joins(&c.from, &c.to)),
            })
            .collect(),
        paragraphs: scenario.debrief.paragraphs.clone(),
        discussion_questions: scenario.debrief.discussion_questions.clone(),
        sources: scenario.sources.clone(),
    };

    TeamResult {
        format: ResultsFormat::MysterieResultaat,
        format_version: RESULTS_VERSION,
        id: result_id(session),
        created: created.to_string(),
        mystery: MysteryInfo {
            id: scenario.id.clone(),
            title: scenario.title.clone(),
            main_bouwsteen: scenario.main_bouwsteen,
            bouwstenen: scenario.bouwstenen.clone(),
        },
        team: TeamInfo {
            name: session.team.name.clone(),
            members: session.team.members.clone(),
            municipality: session.team.municipality.clone(),
            organisation_type: session.team.organisation_type.clone(),
        },
        investigation: InvestigationResult {
            score: inv.score,
            sorted_right: inv.sorted_right,
            sortable: inv.sortable,
            herrings_aside: inv.herrings_aside,
            herrings: inv.herrings,
            key_found: inv.key_found,
            key_total: inv.key_total,
            key_wrong: inv.key_wrong,
            chains_found: inv.chains_found,
            chains_total: inv.chains_total,
            hint_cost: inv.hint_cost,
            clues_revealed: inv.clues_revealed,
            clues_total: inv.clues_total,
            aside_wrong: inv.aside_wrong,
            open_sorting: inv.open_sorting,
        },
        solution: SolutionResult {
            score: sol.score,
            level: sol.level.into(),
            key_cited: sol.key_cited,
            herrings_cited: sol.herrings_cited,
            concepts_named: sol.concepts_named.clone(),
            concepts_total: sol.concepts_total,
            perspectives,
            bouwstenen: sol.bouwstenen.clone(),
            answer: session.answer.text.trim().to_string(),
            cited_clues: cited.iter().map(|c| c.title.clone()).collect(),
            off_cited: sol.off_cited,
            links: links
                .iter()
                .map(|l| LinkResult { from: title(&l.from), to: title(&l.to), why: l.why.clone() })
                .collect(),
        },
        reflection: ReflectionResult {
            profile,
            statements_answered: refl.statements_answered,
            statements_total: refl.statements_total,
            questions_answered: refl.questions_answered,
            questions_total: refl.questions_total,
            statements,
            open_answers,
        },
        actions,
        debrief: Some(debrief),
        session: None,
        trainer: session.trainer.as_ref().map(|t| TrainerResult { level: t.level.into(), reason: t.reason.clone() }),
    }
}

/// The id of a game's result: FNV-1a (64 bits) over what is final once the
/// game reaches Resultaat (mystery, team, clues, board, answer, reflection).
/// Chosen actions and any facilitator state are left out on purpose, so the
/// id stays the same while the team ticks its actions.
pub fn result_id(session: &Session) -> String {
    let parts = serde_json::json!([
        session.scenario_id,
        session.team,
        session.revealed,
        session.hints_used,
        session.board,
        session.answer,
        session.reflection,
    ]);
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in parts.to_string().bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

impl TeamResult {
    /// Actions the team chose, as (role, action) pairs in result order.
    pub fn chosen_actions(&self) -> impl Iterator<Item = (Role, &ActionResult)> + '_ {
        self.actions.iter().flat_map(|ra| ra.actions.iter().filter(|a| a.chosen).map(move |a| (ra.role, a)))
    }

    /// The profile value of one bouwsteen (None when absent or unanswered).
    pub fn profile_value(&self, bouwsteen: Bouwsteen) -> Option<u32> {
        self.reflection.profile.iter().find(|v| v.bouwsteen == bouwsteen).and_then(|v| v.value)
    }

    /// The perspectives the answer covers.
    pub fn perspectives_covered(&self) -> Vec<Perspective> {
        self.solution.perspectives.iter().filter(|p| p.covered).map(|p| p.perspective).collect()
    }

    /// The level that counts: the trainer's where present, else the app's.
    pub fn level(&self) -> SolutionLevel {
        self.trainer.as_ref().map_or(self.solution.level, |t| t.level)
    }

    /// The same result without the debrief: what a result link carries.
    pub fn without_debrief(&self) -> TeamResult {
        TeamResult { debrief: None, ..self.clone() }
    }

    /// The result as it leaves the device in a file or a link: without the
    /// members' names unless the team chose to include them (`with_names`).
    /// Everything else stays; the format is unchanged (`team.members` is
    /// optional in every format version, so a result without it reads everywhere).
    pub fn for_sharing(&self, with_names: bool) -> TeamResult {
        let mut shared = self.clone();
        if !with_names {
            shared.team.members.clear();
        }
        shared
    }

    /// What a shared copy of this result contains, in plain Dutch, one item a
    /// line: shown before a file or link is made. `with_debrief` is true for
    /// the file, false for the link (which leaves the story out).
    pub fn shared_contents(&self, with_names: bool, with_debrief: bool) -> Vec<String> {
        let mut team = format!("de teamnaam ‘{}’", self.team.name.trim());
        if let Some(m) = self.team.municipality.as_deref().map(str::trim).filter(|m| !m.is_empty()) {
            team.push_str(&format!(", de gemeente ‘{m}’"));
        }
        if let Some(o) = self.team.organisation_type.as_deref().map(str::trim).filter(|o| !o.is_empty()) {
            team.push_str(&format!(" en de soort organisatie ‘{o}’"));
        }
        let mut items = vec![
            format!("het mysterie ‘{}’ en de datum ({})", self.mystery.title, self.display_date()),
            team,
            match (with_names, self.team.members.len()) {
                (_, 0) => "geen namen van teamleden (jullie vulden er geen in)".to_string(),
                (true, _) => format!("de namen van de teamleden: {}", self.team.members.join(", ")),
                (false, _) => "geen namen van teamleden".to_string(),
            },
            "de scores, het niveau en welke kaarten jullie gebruikten".to_string(),
            "jullie antwoord op de centrale vraag en jullie antwoorden bij de reflectie, in jullie eigen woorden"
                .to_string(),
            "de acties die jullie kozen".to_string(),
        ];
        if with_debrief && self.debrief.is_some() {
            items.push("de uitleg van het mysterie (wat er echt gebeurde)".to_string());
        }
        items
    }

    /// The date part of `created` as "dd-mm-jjjj", or `created` as-is when it
    /// does not start with an ISO date.
    pub fn display_date(&self) -> String {
        display_date(&self.created)
    }

    /// The day of `created` as "yyyy-mm-dd", when it starts with an ISO date.
    pub fn day(&self) -> Option<&str> {
        iso_date(&self.created)
    }

    /// A file name without extension: `resultaat-<mystery>-<team>-<yyyy-mm-dd>`,
    /// lowercase letters, digits and `-` only.
    pub fn file_stem(&self) -> String {
        let date = iso_date(&self.created).unwrap_or_default();
        let mut parts = vec!["resultaat".to_string(), slug(&self.mystery.id), slug(&self.team.name)];
        if !date.is_empty() {
            parts.push(date.to_string());
        }
        parts.retain(|p| !p.is_empty());
        parts.join("-")
    }
}

/// "2025-05-14T10:31:00+02:00" -> "14-05-2025"; anything else is returned as-is.
pub fn display_date(created: &str) -> String {
    match iso_date(created) {
        Some(date) => format!("{}-{}-{}", &date[8..10], &date[5..7], &date[0..4]),
        None => created.to_string(),
    }
}

/// The leading "yyyy-mm-dd" of an ISO date-time, if it has one.
fn iso_date(created: &str) -> Option<&str> {
    let date = created.get(..10)?;
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)).then_some(date)
}

/// A slug for file names: at most 40 characters (see [`text::slug`]).
pub fn slug(text: &str) -> String {
    text::slug(text, 40)
}

// ---------------------------------------------------------------------------
// Writing: JSON, CSV, link.

/// The result as a results file: pretty JSON with a trailing newline.
pub fn to_json(result: &TeamResult) -> String {
    // Plain data with string keys: serialising cannot fail.
    let mut text = serde_json::to_string_pretty(result).unwrap_or_default();
    text.push('\n');
    text
}

/// The CSV columns, in order (Dutch, for spreadsheets; see docs/results-format.md).
pub fn csv_header() -> Vec<String> {
    let mut columns: Vec<String> = [
        "Datum",
        "Mysterie",
        "Mysterie-id",
        "Team",
        "Teamleden",
        "Gemeente",
        "Soort organisatie",
        "Onderzoek (0-100)",
        "Oplossing (0-100)",
        "Niveau (0-4)",
        "Niveau",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    columns.extend(Perspective::ALL.iter().map(|p| p.label().to_string()));
    columns.extend(Bouwsteen::ALL.iter().map(|b| format!("{} (0-100)", b.label())));
    columns.extend(
        ["Stellingen beantwoord", "Open vragen beantwoord", "Gekozen acties", "Resultaat-id"].map(str::to_string),
    );
    columns
}

/// One CSV row per result, under [`csv_header`]: semicolon-separated (what
/// Excel expects with Dutch settings), CRLF line ends, a UTF-8 byte order
/// mark first so Excel reads the accents right. Cells that a spreadsheet would
/// run as a formula (starting with = + - @) get a leading apostrophe.
pub fn to_csv(results: &[TeamResult]) -> String {
    let mut out = String::from('\u{feff}');
    push_row(&mut out, &csv_header());
    for r in results {
        let yes_no = |b: bool| if b { "ja" } else { "nee" }.to_string();
        let mut row = vec![
            iso_date(&r.created).map(str::to_string).unwrap_or_else(|| r.created.clone()),
            r.mystery.title.clone(),
            r.mystery.id.clone(),
            r.team.name.clone(),
            r.team.members.join(", "),
            r.team.municipality.clone().unwrap_or_default(),
            r.team.organisation_type.clone().unwrap_or_default(),
            r.investigation.score.to_string(),
            r.solution.score.to_string(),
            r.solution.level.rank().to_string(),
            r.solution.level.label().to_string(),
        ];
        let covered = r.perspectives_covered();
        row.extend(Perspective::ALL.iter().map(|p| yes_no(covered.contains(p))));
        row.extend(Bouwsteen::ALL.iter().map(|&b| r.profile_value(b).map(|v| v.to_string()).unwrap_or_default()));
        row.push(format!("{} van {}", r.reflection.statements_answered, r.reflection.statements_total));
        row.push(format!("{} van {}", r.reflection.questions_answered, r.reflection.questions_total));
        row.push(
            r.chosen_actions().map(|(role, a)| format!("{}: {}", role.label(), a.text)).collect::<Vec<_>>().join(" | "),
        );
        row.push(r.id.clone());
        push_row(&mut out, &row);
    }
    out
}

fn push_row(out: &mut String, cells: &[String]) {
    let cells: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
    out.push_str(&cells.join(";"));
    out.push_str("\r\n");
}

fn csv_cell(value: &str) -> String {
    let value =
        if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_string() };
    if value.contains([';', '"', '\n', '\r', ',']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// Why a result cannot travel as a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// The payload would be `chars` characters, more than [`MAX_LINK_CHARS`].
    TooLong { chars: usize },
}

impl LinkError {
    pub fn message(&self) -> String {
        match self {
            LinkError::TooLong { chars } => format!(
                "Dit resultaat is te groot voor een link ({chars} tekens, de grens is {MAX_LINK_CHARS}). \
                 Download het bestand en stuur dat naar de trainer."
            ),
        }
    }
}

/// The link payload of a result: the result without its debrief, as compact
/// JSON, compressed with raw DEFLATE, followed by the CRC-32 of the compressed
/// bytes (4 bytes, big-endian), all written in URL-safe base64 without
/// padding, after the prefix `2.` (the payload encoding version).
///
/// Raw DEFLATE has no checksum of its own: without the CRC, about one in eight
/// single-character changes of a link decoded to a *different* result with
/// the same id. A CRC-32 finds every burst of up to 32 changed bits, and one
/// changed base64 character changes at most 6 adjacent bits, so every typing
/// or copying error in one character is refused.
pub fn to_link_payload(result: &TeamResult) -> Result<String, LinkError> {
    let json = serde_json::to_string(&result.without_debrief()).unwrap_or_default();
    let mut packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    let check = crc32(&packed);
    packed.extend_from_slice(&check.to_be_bytes());
    let payload = format!("{LINK_PREFIX}{}", base64url::encode(&packed));
    if payload.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong { chars: payload.len() });
    }
    Ok(payload)
}

/// The current link encoding: DEFLATE + CRC-32.
const LINK_PREFIX: &str = "2.";
/// The first link encoding (DEFLATE only, no check): still read, with a warning.
const LINK_PREFIX_V1: &str = "1.";

/// The warning shown with a result read from an old (version 1) link.
pub const OLD_LINK_WARNING: &str = "Deze link komt uit een oudere versie van de app en heeft geen controle op fouten. \
     Kijk even of de scores kloppen met wat het team zag, of vraag het team om het resultaat als bestand.";

/// A result read from a link, with a warning when the link could not be checked.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkRead {
    pub result: TeamResult,
    pub warning: Option<String>,
}

/// Read a link payload made by [`to_link_payload`] (or by an older version of
/// it). Every failure is one Dutch problem; decompression stops at
/// [`MAX_RESULT_BYTES`].
pub fn from_link_payload(payload: &str) -> Result<TeamResult, Problem> {
    read_link_payload(payload).map(|read| read.result)
}

/// [`from_link_payload`] with the warning for old links.
pub fn read_link_payload(payload: &str) -> Result<LinkRead, Problem> {
    let broken = || {
        Problem::error(
            "",
            "Deze link is beschadigd of niet compleet. Vraag het team om de link opnieuw te kopiëren, \
             of om het resultaat als bestand te sturen.",
        )
    };
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(Problem::error(
            "",
            "Deze link is leeg: na ‘toevoegen/’ hoort het resultaat te staan. Vraag het team om de hele link opnieuw te kopiëren, \
             of om het resultaat als bestand te sturen.",
        ));
    }
    let (packed, warning) = if let Some(body) = payload.strip_prefix(LINK_PREFIX) {
        let mut bytes = base64url::decode(body).ok_or_else(broken)?;
        if bytes.len() < 4 {
            return Err(broken());
        }
        let check = bytes.split_off(bytes.len() - 4);
        if crc32(&bytes).to_be_bytes() != check.as_slice() {
            return Err(broken());
        }
        (bytes, None)
    } else if let Some(body) = payload.strip_prefix(LINK_PREFIX_V1) {
        (base64url::decode(body).ok_or_else(broken)?, Some(OLD_LINK_WARNING.to_string()))
    } else {
        return Err(Problem::error(
            "",
            "Deze link komt uit een andere versie van de app. Vraag het team om het resultaat als bestand te sturen.",
        ));
    };
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_RESULT_BYTES).map_err(|_| broken())?;
    let text = String::from_utf8(json).map_err(|_| broken())?;
    let result = parse_result(&text)?;
    Ok(LinkRead { result, warning })
}

pub use super::checksum::crc32;

// ---------------------------------------------------------------------------
// Reading a results file.

/// Read a results file along the one reading path (`domain::read`): size,
/// text, JSON syntax, then this format's own steps (the `format` marker and
/// `format_version`), shape, migration and the ranges of the numbers. The
/// first problem found is returned, in Dutch, with the path of the field at
/// fault where there is one.
pub fn parse_result(text: &str) -> Result<TeamResult, Problem> {
    let text = read::text(text, &read::RESULT)?;
    let value = read::json(text, &read::RESULT)?;
    check_marker(&value)?;
    let mut result: TeamResult = read::shape(text, true, &read::RESULT)?;
    migrate(&mut result);
    check_ranges(&result)?;
    Ok(result)
}

/// The `format` and `format_version` fields, with a clear word for files that
/// are something else (a mystery, a saved game, any other JSON).
fn check_marker(value: &Value) -> Result<(), Problem> {
    let Some(object) = value.as_object() else {
        return Err(Problem::error("", "Dit bestand is geen resultaat van Mysterie: er staat geen JSON-object in."));
    };
    match object.get("format") {
        Some(Value::String(format)) if format == RESULTS_FORMAT => {}
        _ if object.contains_key("clues") && object.contains_key("central_question") => {
            return Err(Problem::error(
                "",
                "Dit is een mysterie, geen resultaat. Kies het resultaat-bestand dat jullie na het spelen hebben gedownload.",
            ));
        }
        _ if object.contains_key("mysteries") => {
            return Err(Problem::error("", "Dit is de lijst met mysteries (index.json), geen resultaat."));
        }
        _ if object.contains_key("saved_version") => {
            return Err(Problem::error(
                "",
                "Dit is een opgeslagen spel, geen resultaat. Open het spel, ga naar het resultaat en download het daar.",
            ));
        }
        Some(other) => {
            return Err(Problem::error(
                "format",
                format!(
                    "Dit bestand is geen resultaat van Mysterie: bij format staat {}, verwacht is \"{RESULTS_FORMAT}\".",
                    short_value(other)
                ),
            ));
        }
        None => {
            return Err(Problem::error(
                "",
                "Dit bestand is geen resultaat van Mysterie: het veld format ontbreekt. Kies het resultaat-bestand dat de app heeft gemaakt.",
            ));
        }
    }
    match object.get("format_version").and_then(Value::as_u64) {
        Some(v) if (1..=u64::from(RESULTS_VERSION)).contains(&v) => Ok(()),
        Some(v) if v > u64::from(RESULTS_VERSION) => Err(Problem::error(
            "format_version",
            format!(
                "Dit resultaat komt uit een nieuwere versie van de app (versie {v}). Deze app leest versie {RESULTS_VERSION}. \
                 Open het in de nieuwste versie van de app."
            ),
        )),
        Some(v) => Err(Problem::error(
            "format_version",
            format!("Resultaat-versie {v} bestaat niet. Deze app leest versie {RESULTS_VERSION}."),
        )),
        None => Err(Problem::error(
            "format_version",
            format!("Het veld format_version ontbreekt of is geen getal. Deze app leest versie {RESULTS_VERSION}."),
        )),
    }
}

fn short_value(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}

/// Numbers the aggregation relies on: scores and profile values 0–100, scale
/// answers 1–5, each bouwsteen at most once in the profile.
fn check_ranges(result: &TeamResult) -> Result<(), Problem> {
    let percent = |path: &str, value: u32| {
        if value > 100 {
            Err(Problem::error(path, format!("Hier staat {value}, maar een score loopt van 0 tot en met 100.")))
        } else {
            Ok(())
        }
    };
    percent("investigation.score", result.investigation.score)?;
    percent("solution.score", result.solution.score)?;
    let mut seen = BTreeSet::new();
    for (i, entry) in result.reflection.profile.iter().enumerate() {
        if let Some(value) = entry.value {
            percent(&format!("reflection.profile[{i}].value"), value)?;
        }
        if !seen.insert(entry.bouwsteen) {
            return Err(Problem::error(
                format!("reflection.profile[{i}].bouwsteen"),
                format!("De bouwsteen {} staat twee keer in het profiel.", entry.bouwsteen.label()),
            ));
        }
    }
    for (i, statement) in result.reflection.statements.iter().enumerate() {
        if let Some(v) = statement.value.filter(|v| !(1..=5).contains(v)) {
            return Err(Problem::error(
                format!("reflection.statements[{i}].value"),
                format!("Hier staat {v}, maar een antwoord op een stelling loopt van 1 tot en met 5."),
            ));
        }
    }
    if result.mystery.id.trim().is_empty() {
        return Err(Problem::error("mystery.id", "Het id van het mysterie is leeg."));
    }
    if !is_result_id(&result.id) {
        return Err(Problem::error(
            "id",
            format!(
                "Hier staat {}, maar het id van een resultaat is 16 tekens: cijfers 0-9 en letters a-f.",
                short_value(&Value::String(result.id.clone()))
            ),
        ));
    }
    if !is_iso_date_time(&result.created) {
        return Err(Problem::error(
            "created",
            format!(
                "Hier staat {}, maar dit hoort een datum en tijd te zijn zoals de app die schrijft, bijvoorbeeld \"2025-05-14T10:31:00+02:00\".",
                short_value(&Value::String(result.created.clone()))
            ),
        ));
    }
    Ok(())
}

/// 16 lowercase hexadecimal digits, as [`result_id`] makes them.
fn is_result_id(id: &str) -> bool {
    id.len() == 16 && id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// ISO 8601 date and time with an offset: `YYYY-MM-DDTHH:MM[:SS[.fff]]` and
/// `Z` or `±HH:MM`, with months, days, hours and minutes in range.
fn is_iso_date_time(text: &str) -> bool {
    let number = |part: Option<&str>, range: std::ops::RangeInclusive<u32>| {
        part.filter(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
            .is_some_and(|n| range.contains(&n))
    };
    let Some((date, time)) = text.split_once('T') else { return false };
    let mut d = date.split('-');
    let date_ok = d.next().is_some_and(|y| y.len() == 4 && number(Some(y), 0..=9999))
        && number(d.next().filter(|m| m.len() == 2), 1..=12)
        && number(d.next().filter(|m| m.len() == 2), 1..=31)
        && d.next().is_none();
    let (clock, offset) = if let Some(clock) = time.strip_suffix('Z') {
        (clock, None)
    } else {
        match time.rfind(['+', '-']) {
            Some(i) => (&time[..i], Some(&time[i + 1..])),
            None => return false,
        }
    };
    let two = |p: &str| p.len() == 2;
    let mut c = clock.split(':');
    let clock_ok = number(c.next().filter(|p| two(p)), 0..=23)
        && number(c.next().filter(|p| two(p)), 0..=59)
        && c.next().is_none_or(|sec| {
            let whole = sec.split_once('.').map_or(sec, |(w, frac)| if frac.is_empty() { "x" } else { w });
            let frac_ok = sec.split_once('.').is_none_or(|(_, f)| f.bytes().all(|b| b.is_ascii_digit()));
            two(whole) && number(Some(whole), 0..=60) && frac_ok
        })
        && c.next().is_none();
    let offset_ok = offset.is_none_or(|o| {
        let mut o = o.split(':');
        number(o.next().filter(|p| two(p)), 0..=23) && number(o.next().filter(|p| two(p)), 0..=59) && o.next().is_none()
    });
    date_ok && clock_ok && offset_ok
}

// ---------------------------------------------------------------------------
// Lists of results in localStorage (history and learning network).

/// Version of the stored list envelope.
pub const LIST_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ListEnvelope {
    saved_version: u32,
    results: Vec<TeamResult>,
}

/// A list of results as stored in localStorage.
pub fn encode_list(results: &[TeamResult]) -> String {
    serde_json::to_string(&ListEnvelope { saved_version: LIST_VERSION, results: results.to_vec() }).unwrap_or_default()
}

/// Read a stored list; `Err` holds a Dutch reason (the caller sets the text
/// aside and says it in a sentence). The steps are those of the one reading
/// path (`domain::read`): JSON, `saved_version`, shape, then each result's
/// migration. No size limit here: the browser's storage has its own.
pub fn decode_list(text: &str) -> Result<Vec<TeamResult>, String> {
    let detail = |problem: Problem| problem.describe().trim_end_matches('.').to_string();
    let value = read::json(text, &read::RESULT)
        .map_err(|problem| format!("de opgeslagen lijst is beschadigd ({})", detail(problem)))?;
    match value.get("saved_version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(LIST_VERSION) => {}
        Some(v) => return Err(format!("de opgeslagen lijst komt uit een andere versie van de app (versie {v})")),
        None => return Err("de opgeslagen lijst heeft geen versienummer".to_string()),
    }
    let envelope: ListEnvelope = read::shape(text, true, &read::RESULT)
        .map_err(|problem| format!("de opgeslagen lijst past niet bij deze versie van de app ({})", detail(problem)))?;
    let mut results = envelope.results;
    results.iter_mut().for_each(migrate);
    Ok(results)
}

/// Put `result` in `list`: replace the entry with the same id (keeping its
/// `created`, the date the game was first finished) or add it at the end.
/// Returns true when it was new.
pub fn upsert(list: &mut Vec<TeamResult>, mut result: TeamResult) -> bool {
    match list.iter_mut().find(|r| r.id == result.id) {
        Some(existing) => {
            result.created = existing.created.clone();
            *existing = result;
            false
        }
        None => {
            list.push(result);
            true
        }
    }
}

/// What [`merge_incoming`] did with a result from a file or a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Incoming {
    /// No result with this id was stored: added at the end.
    Added,
    /// The same result was already stored (its first date and debrief may
    /// differ). When only the incoming one has a debrief, it is kept.
    Unchanged,
    /// A *different* result with this id is stored. Nothing changed: ask the
    /// user, then [`upsert`] to replace it.
    Differs,
}

/// Whether two results say the same, apart from their first date and debrief.
pub fn same_content(a: &TeamResult, b: &TeamResult) -> bool {
    let strip = |r: &TeamResult| TeamResult { created: String::new(), debrief: None, ..r.clone() };
    strip(a) == strip(b)
}

/// Put a result from outside (a file or a link) in `list`, never replacing a
/// different stored result with the same id: that is [`Incoming::Differs`].
pub fn merge_incoming(list: &mut Vec<TeamResult>, result: TeamResult) -> Incoming {
    match list.iter_mut().find(|r| r.id == result.id) {
        None => {
            list.push(result);
            Incoming::Added
        }
        Some(existing) if same_content(existing, &result) => {
            if existing.debrief.is_none() && result.debrief.is_some() {
                existing.debrief = result.debrief;
            }
            Incoming::Unchanged
        }
        Some(_) => Incoming::Differs,
    }
}

/// URL-safe base64 without padding (RFC 4648 §5): small enough to write here
/// rather than pull in a crate.
pub(crate) mod base64url {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    pub fn encode(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..=chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            }
        }
        out
    }

    pub fn decode(text: &str) -> Option<Vec<u8>> {
        const VALUES: [u8; 256] = {
            let mut values = [u8::MAX; 256];
            let mut i = 0;
            while i < 64 {
                values[ALPHABET[i] as usize] = i as u8;
                i += 1;
            }
            values
        };
        let value = |c: u8| Some(VALUES[usize::from(c)]).filter(|&v| v != u8::MAX).map(u32::from);
        let bytes = text.as_bytes();
        if bytes.len() % 4 == 1 {
            return None;
        }
        let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
        for chunk in bytes.chunks(4) {
            let mut n = 0u32;
            for (i, &c) in chunk.iter().enumerate() {
                n |= value(c)? << (18 - 6 * i);
            }
            let produced = chunk.len() - 1;
            for i in 0..produced {
                out.push((n >> (16 - 8 * i)) as u8);
            }
        }
        Some(out)
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn round_trips_every_length() {
            for len in 0..40u8 {
                let data: Vec<u8> = (0..len).map(|i| i.wrapping_mul(37).wrapping_add(200)).collect();
                let text = super::encode(&data);
                assert!(!text.contains(['=', '+', '/']), "{text}");
                assert_eq!(super::decode(&text), Some(data), "{text}");
            }
        }

        #[test]
        fn matches_rfc_4648_vectors() {
            for (plain, coded) in
                [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE")]
            {
                assert_eq!(super::encode(plain.as_bytes()), coded);
            }
            assert_eq!(super::decode("Zm9v!"), None);
            assert_eq!(super::decode("Z"), None);
        }
    }
}
