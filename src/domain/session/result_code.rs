//! The compact result code: what a team screen shows at the end as one QR
//! code (and as text), and the trainer console reads back by camera or paste.
//! It holds the numbers of a [`TeamResult`] and refers to the mystery's texts
//! by position; the console, which has the mystery, rebuilds the full result
//! from it. Free text (the answer, open answers, member names) stays out: the
//! full result remains a download on the team screen.
//!
//! Version 1, bytes as in `code.rs`, base 32 after the mark "R":
//!
//! ```text
//! version=1 session:u32 team:u8 mystery:text result_id:8 bytes created:text
//! team_name municipality organisation_type:text
//! investigation: 15 numbers (aside_wrong, open_sorting 0/1 last)
//! solution: score level key_cited herrings_cited off_cited concepts_total
//! trainer level (0 = not judged, else SOLO rank + 1; the reason stays in the file)
//! concepts:list perspectives:bits bouwstenen:bits cited:list
//! reflection: profile 7×byte (255 = none) 4 numbers statements:list (0 = none)
//! chosen actions:list (positions among all role_actions)   crc32
//! ```

use super::super::results::{
    self, ActionResult, BouwsteenValue, InvestigationResult, MysteryInfo, OpenAnswerResult, PerspectiveResult,
    ReflectionResult, ResultsFormat, RoleActionsResult, SessionRef, SolutionLevel, SolutionResult, StatementResult,
    TeamInfo, TeamResult, TrainerResult,
};
use super::super::scenario::{Action, Bouwsteen, Perspective, Role, Scenario};
use super::code::{to_base32, Reader, Writer};
use super::link::{code_bytes, CodeError, MAX_TEAM_NAME, RESULT_MARK};
use super::session_name;

pub const RESULT_CODE_VERSION: u8 = 1;
/// The longest result code we make, in characters: well inside one QR code
/// (version 25 at level M holds 1 269 capitals and digits). A real code is
/// 120–250 characters.
pub const MAX_RESULT_CODE_CHARS: usize = 1200;
/// Longest municipality or organisation text carried (bytes).
const MAX_PLACE: usize = 60;

/// Every (role, action) of the scenario, in the order the code counts them.
fn all_actions(scenario: &Scenario) -> Vec<(Role, &Action)> {
    Role::ALL
        .iter()
        .flat_map(|&role| {
            scenario
                .role_actions
                .iter()
                .filter(move |ra| ra.role == role)
                .flat_map(move |ra| ra.actions.iter().map(move |a| (role, a)))
        })
        .collect()
}

fn bits<T: PartialEq + Copy>(all: &[T], set: &[T]) -> u64 {
    all.iter().enumerate().filter(|(_, x)| set.contains(x)).fold(0, |acc, (i, _)| acc | (1 << i))
}

fn from_bits<T: Copy>(all: &[T], bits: u64) -> Vec<T> {
    all.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, x)| *x).collect()
}

/// The result code of `result` (of `scenario`), played as team `team` of
/// session `session`.
pub fn encode(result: &TeamResult, scenario: &Scenario, session: u32, team: u8) -> String {
    let mut w = Writer::new();
    w.byte(RESULT_CODE_VERSION);
    w.number(u64::from(session));
    w.byte(team);
    w.text(&result.mystery.id, 64);
    let id = u64::from_str_radix(&result.id, 16).unwrap_or(0);
    for b in id.to_be_bytes() {
        w.byte(b);
    }
    w.text(&result.created, 40);
    w.text(&result.team.name, MAX_TEAM_NAME);
    w.text(result.team.municipality.as_deref().unwrap_or(""), MAX_PLACE);
    w.text(result.team.organisation_type.as_deref().unwrap_or(""), MAX_PLACE);

    let i = &result.investigation;
    for n in [
        i.score,
        i.sorted_right,
        i.sortable,
        i.herrings_aside,
        i.herrings,
        i.key_found,
        i.key_total,
        i.key_wrong,
        i.chains_found,
        i.chains_total,
        i.hint_cost,
        i.clues_revealed,
        i.clues_total,
        i.aside_wrong,
        u32::from(i.open_sorting),
    ] {
        w.number(u64::from(n));
    }

    let s = &result.solution;
    let trainer = result.trainer.as_ref().map_or(0, |t| t.level.rank() + 1);
    for n in [s.score, s.level.rank(), s.key_cited, s.herrings_cited, s.off_cited, s.concepts_total, trainer] {
        w.number(u64::from(n));
    }
    let concepts: Vec<u64> = s
        .concepts_named
        .iter()
        .filter_map(|label| scenario.solution.concepts.iter().position(|c| &c.label == label))
        .map(|p| p as u64)
        .collect();
    w.list(&concepts);
    w.number(bits(&Perspective::ALL, &result.perspectives_covered()));
    w.number(bits(&Bouwsteen::ALL, &s.bouwstenen));
    let cited: Vec<u64> = s
        .cited_clues
        .iter()
        .filter_map(|title| scenario.clues.iter().position(|c| &c.title == title))
        .map(|p| p as u64)
        .collect();
    w.list(&cited);

    let r = &result.reflection;
    for b in Bouwsteen::ALL {
        w.byte(result.profile_value(b).map_or(255, |v| v.min(100) as u8));
    }
    for n in [r.statements_answered, r.statements_total, r.questions_answered, r.questions_total] {
        w.number(u64::from(n));
    }
    let statements: Vec<u64> = scenario
        .reflection
        .statements
        .iter()
        .map(|st| r.statements.iter().find(|x| x.id == st.id).and_then(|x| x.value).map_or(0, u64::from))
        .collect();
    w.list(&statements);

    let all = all_actions(scenario);
    let chosen: Vec<u64> = result
        .chosen_actions()
        .filter_map(|(role, a)| all.iter().position(|(r, x)| *r == role && x.text == a.text))
        .map(|p| p as u64)
        .collect();
    w.list(&chosen);
    format!("{RESULT_MARK}{}", to_base32(&w.finish()))
}

/// What a result code says before the mystery is applied: enough to check
/// where it belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeHeader {
    pub session: u32,
    pub team: u8,
    pub mystery: String,
}

/// Read a result code for a session of `scenario` with id `session`. A code of
/// another session or mystery is refused; nothing half-read is returned.
pub fn decode(text: &str, scenario: &Scenario, session: u32) -> Result<TeamResult, CodeError> {
    let (header, result) = decode_any(text, scenario)?;
    if header.mystery != scenario.id {
        return Err(CodeError::OtherMystery);
    }
    if header.session != session {
        return Err(CodeError::OtherSession);
    }
    Ok(result)
}

/// Read a result code without checking the session (the mystery must match).
pub fn decode_any(text: &str, scenario: &Scenario) -> Result<(CodeHeader, TeamResult), CodeError> {
    let bytes = code_bytes(text, RESULT_MARK)?;
    let mut r = Reader::open(&bytes)?;
    let version = r.byte().ok_or(CodeError::Shape)?;
    if version != RESULT_CODE_VERSION {
        return Err(CodeError::Version(version));
    }
    let session = r.small(u32::MAX).ok_or(CodeError::Shape)?;
    let team = r.byte().ok_or(CodeError::Shape)?;
    let mystery = r.text(64).ok_or(CodeError::Shape)?;
    let header = CodeHeader { session, team, mystery };
    if header.mystery != scenario.id {
        return Err(CodeError::OtherMystery);
    }
    let result = read_result(&mut r, scenario, &header).ok_or(CodeError::Shape)?;
    if !r.at_end() {
        return Err(CodeError::Shape);
    }
    Ok((header, result))
}

fn level_of_rank(rank: u32) -> SolutionLevel {
    match rank {
        0 => SolutionLevel::Prestructureel,
        1 => SolutionLevel::Unistructureel,
        2 => SolutionLevel::Multistructureel,
        3 => SolutionLevel::Relationeel,
        _ => SolutionLevel::UitgebreidAbstract,
    }
}

fn read_result(r: &mut Reader, scenario: &Scenario, header: &CodeHeader) -> Option<TeamResult> {
    let mut id = [0u8; 8];
    for b in &mut id {
        *b = r.byte()?;
    }
    let id = format!("{:016x}", u64::from_be_bytes(id));
    let created = r.text(40)?;
    let name = r.text(MAX_TEAM_NAME)?;
    let optional = |s: String| (!s.trim().is_empty()).then_some(s);
    let municipality = optional(r.text(MAX_PLACE)?);
    let organisation_type = optional(r.text(MAX_PLACE)?);

    const BIG: u32 = 100_000;
    let mut n = [0u32; 15];
    for x in &mut n {
        *x = r.small(BIG)?;
    }
    let investigation = InvestigationResult {
        score: n[0],
        sorted_right: n[1],
        sortable: n[2],
        herrings_aside: n[3],
        herrings: n[4],
        key_found: n[5],
        key_total: n[6],
        key_wrong: n[7],
        chains_found: n[8],
        chains_total: n[9],
        hint_cost: n[10],
        clues_revealed: n[11],
        clues_total: n[12],
        aside_wrong: n[13],
        open_sorting: match n[14] {
            0 => false,
            1 => true,
            _ => return None,
        },
    };

    let score = r.small(100)?;
    let level = level_of_rank(r.small(4)?);
    let (key_cited, herrings_cited, off_cited) = (r.small(BIG)?, r.small(BIG)?, r.small(BIG)?);
    let concepts_total = r.small(BIG)?;
    let trainer = match r.small(5)? {
        0 => None,
        rank => Some(TrainerResult { level: level_of_rank(rank - 1), reason: String::new() }),
    };
    let concept_count = scenario.solution.concepts.len();
    let concepts_named = r
        .list(concept_count, concept_count.saturating_sub(1) as u32)?
        .into_iter()
        .map(|i| scenario.solution.concepts[i as usize].label.clone())
        .collect();
    let perspectives_covered = from_bits(&Perspective::ALL, r.number()?);
    let bouwstenen = from_bits(&Bouwsteen::ALL, r.number()?);
    let clue_count = scenario.clues.len();
    let cited_clues: Vec<&_> = r
        .list(clue_count, clue_count.saturating_sub(1) as u32)?
        .into_iter()
        .map(|i| &scenario.clues[i as usize])
        .collect();
    let perspectives = Perspective::ALL
        .iter()
        .map(|&perspective| {
            let clues: Vec<String> =
                cited_clues.iter().filter(|c| c.perspectives.contains(&perspective)).map(|c| c.title.clone()).collect();
            PerspectiveResult { perspective, covered: perspectives_covered.contains(&perspective), clues }
        })
        .collect();

    let mut profile = Vec::new();
    for bouwsteen in Bouwsteen::ALL {
        let value = match r.byte()? {
            255 => None,
            v if v <= 100 => Some(u32::from(v)),
            _ => return None,
        };
        profile.push(BouwsteenValue { bouwsteen, value });
    }
    let (statements_answered, statements_total) = (r.small(BIG)?, r.small(BIG)?);
    let (questions_answered, questions_total) = (r.small(BIG)?, r.small(BIG)?);
    let values = r.list(scenario.reflection.statements.len(), 5)?;
    let statements = scenario
        .reflection
        .statements
        .iter()
        .enumerate()
        .map(|(i, s)| StatementResult {
            id: s.id.clone(),
            bouwsteen: s.bouwsteen,
            text: s.text.clone(),
            reversed: s.reversed,
            value: values.get(i).copied().filter(|v| *v > 0).map(|v| v as u8),
        })
        .collect();
    let open_answers = scenario
        .reflection
        .questions
        .iter()
        .map(|q| OpenAnswerResult { id: q.id.clone(), topic: q.topic, question: q.text.clone(), answer: String::new() })
        .collect();

    let all = all_actions(scenario);
    let chosen = r.list(all.len(), all.len().saturating_sub(1) as u32)?;
    let strength = |b: Bouwsteen| profile.iter().find(|v| v.bouwsteen == b).and_then(|v| v.value).unwrap_or(50);
    // Roles in guide order, each role's actions for the weakest bouwstenen first (as results::build).
    let actions = Role::ALL
        .iter()
        .filter_map(|&role| {
            let mut list: Vec<(usize, &Action)> =
                all.iter().enumerate().filter(|(_, (r, _))| *r == role).map(|(i, (_, a))| (i, *a)).collect();
            if list.is_empty() {
                return None;
            }
            list.sort_by_key(|(_, a)| strength(a.bouwsteen));
            Some(RoleActionsResult {
                role,
                actions: list
                    .into_iter()
                    .map(|(i, a)| ActionResult {
                        text: a.text.clone(),
                        bouwsteen: a.bouwsteen,
                        chosen: chosen.contains(&(i as u32)),
                    })
                    .collect(),
            })
        })
        .collect();

    let full = TeamResult {
        format: ResultsFormat::MysterieResultaat,
        format_version: results::RESULTS_VERSION,
        id,
        created,
        mystery: MysteryInfo {
            id: scenario.id.clone(),
            title: scenario.title.clone(),
            main_bouwsteen: scenario.main_bouwsteen,
            bouwstenen: scenario.bouwstenen.clone(),
        },
        team: TeamInfo { name, members: Vec::new(), municipality, organisation_type },
        investigation,
        solution: SolutionResult {
            score,
            level,
            key_cited,
            herrings_cited,
            concepts_named,
            concepts_total,
            perspectives,
            bouwstenen,
            answer: String::new(),
            cited_clues: cited_clues.iter().map(|c| c.title.clone()).collect(),
            off_cited,
            links: Vec::new(),
        },
        reflection: ReflectionResult {
            profile,
            statements_answered,
            statements_total,
            questions_answered,
            questions_total,
            statements,
            open_answers,
        },
        actions,
        debrief: None,
        session: Some(SessionRef { id: session_name(header.session), team: u32::from(header.team) }),
        trainer,
    };
    Some(full)
}
