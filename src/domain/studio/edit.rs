//! Editor operations on a draft [`Scenario`] that need more than setting one
//! field: new drafts, adding items with fresh ids, removing items together
//! with the references to them, renaming ids everywhere, keeping
//! `solution.key_clues` in step with each clue's relevance.
//!
//! A draft may be invalid at any moment (that is what the live validation is
//! for); these operations only promise not to create dangling references.

use crate::domain::scenario::{
    Action, Bouwsteen, Case, Category, Chain, Character, CharacterKind, Clue, Concept, Debrief, ExampleAnswer,
    FacilitatorSheet, GroupSize, Hint, OpenQuestion, Phase, PhaseMinutes, PlayerRole, Probe, QuestionTopic, Reflection,
    Relevance, Role, RoleActions, Scenario, ScriptStep, SessionPlan, Solution, Sorting, SourceRef, Statement,
    FORMAT_VERSION,
};
use crate::domain::studio::plain;
use crate::domain::validate::{is_valid_id, MAX_ID_CHARS};

/// The lists whose items have ids, for [`rename`] and [`unique_id`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Character,
    Clue,
    Category,
    Hint,
    Statement,
    Question,
    PlayerRole,
}

impl IdKind {
    /// What a new item's id starts with.
    pub fn prefix(self) -> &'static str {
        match self {
            IdKind::Character => "persoon",
            IdKind::Clue => "spoor",
            IdKind::Category => "groep",
            IdKind::Hint => "hint",
            IdKind::Statement => "stelling",
            IdKind::Question => "vraag",
            IdKind::PlayerRole => "rol",
        }
    }

    /// Dutch name for messages ("aanwijzing", ...).
    pub fn noun(self) -> &'static str {
        match self {
            IdKind::Character => "persoon",
            IdKind::Clue => "aanwijzing",
            IdKind::Category => "categorie",
            IdKind::Hint => "hint",
            IdKind::Statement => "stelling",
            IdKind::Question => "vraag",
            IdKind::PlayerRole => "spelersrol",
        }
    }
}

/// The ids in use in one list.
pub fn ids(s: &Scenario, kind: IdKind) -> Vec<&str> {
    match kind {
        IdKind::Character => s.characters.iter().map(|x| x.id.as_str()).collect(),
        IdKind::Clue => s.clues.iter().map(|x| x.id.as_str()).collect(),
        IdKind::Category => s.categories.iter().map(|x| x.id.as_str()).collect(),
        IdKind::Hint => s.hints.iter().map(|x| x.id.as_str()).collect(),
        IdKind::Statement => s.reflection.statements.iter().map(|x| x.id.as_str()).collect(),
        IdKind::Question => s.reflection.questions.iter().map(|x| x.id.as_str()).collect(),
        IdKind::PlayerRole => s.player_roles.iter().map(|x| x.id.as_str()).collect(),
    }
}

/// `base-1`, `base-2`, ...: the first that `taken` does not claim.
pub fn unique_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).unwrap_or_default()
}

/// A fresh id for a new item in the list of `kind`.
pub fn next_id(s: &Scenario, kind: IdKind) -> String {
    let used = ids(s, kind);
    unique_id(kind.prefix(), |id| used.contains(&id))
}

/// A new, empty mystery. It has the structure the game needs (three clues,
/// two categories, a chain, the six open questions, a place for every role)
/// with the texts left empty, so the live validation lists what to fill in.
pub fn blank(id: &str) -> Scenario {
    let question = |id: &str, topic, text: &str| OpenQuestion { id: id.to_string(), topic, text: text.to_string() };
    let mut s = Scenario {
        format_version: FORMAT_VERSION,
        id: id.to_string(),
        title: String::new(),
        summary: String::new(),
        main_bouwsteen: Bouwsteen::Toegang,
        bouwstenen: vec![Bouwsteen::Toegang],
        duration_minutes: 60,
        group_size: GroupSize { min: 3, max: 6 },
        core: false,
        case: Case { title: String::new(), paragraphs: vec![String::new()] },
        central_question: String::new(),
        characters: vec![Character {
            id: "persoon-1".to_string(),
            name: String::new(),
            kind: CharacterKind::Inwoner,
            role: String::new(),
            organisation: None,
            portrait_hue: None,
        }],
        clues: Vec::new(),
        sorting: Sorting::Open,
        categories: Vec::new(),
        solution: Solution { summary: String::new(), key_clues: Vec::new(), chains: Vec::new(), concepts: Vec::new() },
        hints: Vec::new(),
        reflection: Reflection {
            statements: vec![Statement {
                id: "stelling-1".to_string(),
                bouwsteen: Bouwsteen::Toegang,
                text: String::new(),
                reversed: false,
            }],
            // The six questions of the mystery method; trainers may change them.
            questions: vec![
                question("vraag-1", QuestionTopic::Praktijk, "Wat gaat goed in onze gemeente?"),
                question("vraag-2", QuestionTopic::Praktijk, "Waar lopen we tegenaan?"),
                question("vraag-3", QuestionTopic::Praktijk, "Hoe kan het beter, en wie doet wat?"),
                question("vraag-4", QuestionTopic::Samenwerking, "Hoe zijn jullie begonnen?"),
                question("vraag-5", QuestionTopic::Samenwerking, "Hoe hebben jullie de aanwijzingen gedeeld?"),
                question(
                    "vraag-6",
                    QuestionTopic::Samenwerking,
                    "Wat nemen jullie mee naar de samenwerking in het echt?",
                ),
            ],
        },
        debrief: Debrief { paragraphs: vec![String::new()], discussion_questions: vec![String::new()] },
        role_actions: Role::ALL
            .iter()
            .map(|&role| RoleActions {
                role,
                actions: vec![Action { text: String::new(), bouwsteen: Bouwsteen::Toegang }],
            })
            .collect(),
        sources: Vec::new(),
        player_roles: Vec::new(),
        phase_minutes: PhaseMinutes::default(),
        session_plans: Vec::new(),
        facilitator: None,
    };
    for _ in 0..2 {
        add_category(&mut s);
    }
    for _ in 0..3 {
        add_clue(&mut s);
    }
    set_relevance(&mut s, 0, Relevance::Key);
    set_relevance(&mut s, 1, Relevance::Key);
    s.solution.chains.push(Chain { from: s.clues[0].id.clone(), to: s.clues[1].id.clone(), why: String::new() });
    s
}

/// A copy of `original` to change freely: a new id that `taken` does not
/// claim, "(kopie)" after the title, and not part of the core set.
pub fn copy_of(original: &Scenario, taken: impl Fn(&str) -> bool) -> Scenario {
    let mut copy = original.clone();
    let base = format!("{}-kopie", original.id);
    copy.id = if taken(&base) { unique_id(&base, taken) } else { base };
    copy.title = format!("{} (kopie)", original.title);
    copy.core = false;
    copy
}

pub fn add_character(s: &mut Scenario) -> usize {
    let id = next_id(s, IdKind::Character);
    s.characters.push(Character {
        id,
        name: String::new(),
        kind: CharacterKind::Inwoner,
        role: String::new(),
        organisation: None,
        portrait_hue: None,
    });
    s.characters.len() - 1
}

/// A new supporting fact in the first category, uncovered in round 1.
pub fn add_clue(s: &mut Scenario) -> usize {
    let id = next_id(s, IdKind::Clue);
    s.clues.push(Clue {
        id,
        category: s.categories.first().map(|c| c.id.clone()),
        bouwstenen: vec![s.main_bouwsteen],
        ..Clue::default()
    });
    s.clues.len() - 1
}

/// A copy of clue `index` right after it, with a new id. Not a key clue:
/// the copy starts as supporting so the solution stays as it was.
pub fn duplicate_clue(s: &mut Scenario, index: usize) -> Option<usize> {
    let mut copy = s.clues.get(index)?.clone();
    let used = ids(s, IdKind::Clue);
    copy.id = unique_id(&copy.id, |id| used.contains(&id));
    if copy.relevance == Relevance::Key {
        copy.relevance = Relevance::Supporting;
    }
    s.clues.insert(index + 1, copy);
    Some(index + 1)
}

pub fn add_category(s: &mut Scenario) -> usize {
    let id = next_id(s, IdKind::Category);
    s.categories.push(Category { id, name: String::new(), description: String::new() });
    s.categories.len() - 1
}

pub fn add_hint(s: &mut Scenario) -> usize {
    let id = next_id(s, IdKind::Hint);
    s.hints.push(Hint { id, phase: Phase::Onderzoeken, text: String::new(), cost: 5 });
    s.hints.len() - 1
}

pub fn add_statement(s: &mut Scenario) -> usize {
    let id = next_id(s, IdKind::Statement);
    let bouwsteen = s.main_bouwsteen;
    s.reflection.statements.push(Statement { id, bouwsteen, text: String::new(), reversed: false });
    s.reflection.statements.len() - 1
}

pub fn add_question(s: &mut Scenario, topic: QuestionTopic) -> usize {
    let id = next_id(s, IdKind::Question);
    s.reflection.questions.push(OpenQuestion { id, topic, text: String::new() });
    s.reflection.questions.len() - 1
}

pub fn add_player_role(s: &mut Scenario) -> usize {
    let id = next_id(s, IdKind::PlayerRole);
    s.player_roles.push(PlayerRole { id, name: String::new() });
    s.player_roles.len() - 1
}

/// A new chain between the first two clues that are not linked yet (or an
/// empty one when every pair is taken).
pub fn add_chain(s: &mut Scenario) -> usize {
    let linked = |a: &str, b: &str| s.solution.chains.iter().any(|c| c.from == a && c.to == b);
    let keys: Vec<&str> = s.solution.key_clues.iter().map(String::as_str).collect();
    let pair = keys
        .iter()
        .flat_map(|a| keys.iter().map(move |b| (*a, *b)))
        .find(|(a, b)| a != b && !linked(a, b))
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .unwrap_or_default();
    s.solution.chains.push(Chain { from: pair.0, to: pair.1, why: String::new() });
    s.solution.chains.len() - 1
}

pub fn add_concept(s: &mut Scenario) -> usize {
    s.solution.concepts.push(Concept { label: String::new(), words: Vec::new() });
    s.solution.concepts.len() - 1
}

pub fn add_source(s: &mut Scenario) -> usize {
    s.sources.push(SourceRef { section: String::new(), title: String::new() });
    s.sources.len() - 1
}

/// An action for `role`; adds the role's block when it has none yet.
pub fn add_action(s: &mut Scenario, role: Role) -> (usize, usize) {
    let bouwsteen = s.main_bouwsteen;
    let block = match s.role_actions.iter().position(|r| r.role == role) {
        Some(i) => i,
        None => {
            s.role_actions.push(RoleActions { role, actions: Vec::new() });
            s.role_actions.len() - 1
        }
    };
    s.role_actions[block].actions.push(Action { text: String::new(), bouwsteen });
    (block, s.role_actions[block].actions.len() - 1)
}

/// Move an item one place up (`-1`) or down (`1`). Returns whether it moved.
pub fn move_item<T>(list: &mut [T], index: usize, step: isize) -> bool {
    let Some(target) = index.checked_add_signed(step) else { return false };
    if index >= list.len() || target >= list.len() {
        return false;
    }
    list.swap(index, target);
    true
}

/// Remove item `index` from a list without references (paragraphs, hints, ...).
pub fn remove_at<T>(list: &mut Vec<T>, index: usize) -> Option<T> {
    (index < list.len()).then(|| list.remove(index))
}

/// A Dutch note on what an edit changed elsewhere, naming cards by their
/// title; `ids` are the ids it is about, for small type after it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Note {
    pub text: String,
    pub ids: Vec<String>,
}

impl From<String> for Note {
    fn from(text: String) -> Note {
        Note { text, ids: Vec::new() }
    }
}

impl From<&str> for Note {
    fn from(text: &str) -> Note {
        Note::from(text.to_string())
    }
}

/// "De kaart ‘Titel’", with a capital, for the start of a note.
fn card(clue_title: &str) -> String {
    plain::capitalise(&plain::card_name(clue_title))
}

/// Remove a clue and every reference to it (key clues, chains, `after`).
/// Returns Dutch notes on what else was removed, for the editor to show.
pub fn remove_clue(s: &mut Scenario, index: usize) -> Vec<Note> {
    let Some(clue) = remove_at(&mut s.clues, index) else { return Vec::new() };
    let id = clue.id;
    let name = plain::card_name(&clue.title);
    let about = |text: String| Note { text, ids: vec![id.clone()] };
    let mut notes = Vec::new();
    let before = s.solution.key_clues.len();
    s.solution.key_clues.retain(|k| *k != id);
    if s.solution.key_clues.len() < before {
        notes.push(about(format!("{} is ook uit de kernaanwijzingen gehaald.", card(&clue.title))));
    }
    let before = s.solution.chains.len();
    s.solution.chains.retain(|c| c.from != id && c.to != id);
    match before - s.solution.chains.len() {
        0 => {}
        1 => notes.push(about(format!("1 verband met {name} is weggehaald."))),
        n => notes.push(about(format!("{n} verbanden met {name} zijn weggehaald."))),
    }
    for other in &mut s.clues {
        if other.unlock.after.contains(&id) {
            other.unlock.after.retain(|a| *a != id);
            notes.push(Note {
                text: format!("{} wacht niet meer op {name}.", card(&other.title)),
                ids: vec![other.id.clone(), id.clone()],
            });
        }
    }
    if let Some(sheet) = &mut s.facilitator {
        let before = sheet.probes.len();
        sheet.probes.retain(|p| p.clue != id);
        if sheet.probes.len() < before {
            notes.push(about(format!("De doorvraag bij {name} is uit het draaiboek gehaald.")));
        }
    }
    notes
}

/// The facilitator sheet, created empty when the mystery has none yet.
pub fn sheet_mut(s: &mut Scenario) -> &mut FacilitatorSheet {
    s.facilitator.get_or_insert_with(FacilitatorSheet::default)
}

/// Drop the facilitator sheet when nothing is left on it, so an own mystery
/// without a sheet stays as it was.
pub fn tidy_sheet(s: &mut Scenario) {
    if s.facilitator.as_ref().is_some_and(|f| *f == FacilitatorSheet::default()) {
        s.facilitator = None;
    }
}

/// Add a session plan: 60 minutes when there is none, else 90 (or 60 again),
/// with every phase set in the usual shares so the plan is valid at once.
pub fn add_session_plan(s: &mut Scenario) -> usize {
    let minutes = if s.session_plans.iter().any(|p| p.minutes == 60) { 90 } else { 60 };
    s.session_plans.push(SessionPlan { minutes, phases: plan_phases(minutes) });
    s.session_plans.len() - 1
}

/// Every phase in the usual shares of `minutes` (10/30/20/15/15/10 percent),
/// the rounding put into Onderzoeken so the phases add up to `minutes`.
pub fn plan_phases(minutes: u32) -> PhaseMinutes {
    let share = |percent: u32| (minutes * percent / 100).max(1);
    let (intro, ordenen, oplossen, reflecteren, resultaat) = (share(10), share(20), share(15), share(15), share(10));
    let rest = minutes.saturating_sub(intro + ordenen + oplossen + reflecteren + resultaat).max(1);
    PhaseMinutes::default()
        .with(Phase::Intro, intro)
        .with(Phase::Onderzoeken, rest)
        .with(Phase::Ordenen, ordenen)
        .with(Phase::Oplossen, oplossen)
        .with(Phase::Reflecteren, reflecteren)
        .with(Phase::Resultaat, resultaat)
}

/// Add a probe for the first ambiguous clue that has none yet (else the first clue).
pub fn add_probe(s: &mut Scenario) -> usize {
    let taken: Vec<String> =
        s.facilitator.as_ref().map(|f| f.probes.iter().map(|p| p.clue.clone()).collect()).unwrap_or_default();
    let clue = s
        .clues
        .iter()
        .find(|c| c.relevance == Relevance::Ambiguous && !taken.contains(&c.id))
        .or_else(|| s.clues.first())
        .map(|c| c.id.clone())
        .unwrap_or_default();
    let sheet = sheet_mut(s);
    sheet.probes.push(Probe { clue, question: String::new() });
    sheet.probes.len() - 1
}

/// Add an example answer for the lowest SOLO level 1–4 that has none yet.
pub fn add_example_answer(s: &mut Scenario) -> usize {
    let sheet = sheet_mut(s);
    let level = (1..=4u8).find(|l| !sheet.example_answers.iter().any(|a| a.level == *l)).unwrap_or(4);
    sheet.example_answers.push(ExampleAnswer { level, text: String::new() });
    sheet.example_answers.len() - 1
}

/// Add a script step for the phase after the last step's phase.
pub fn add_script_step(s: &mut Scenario) -> usize {
    let sheet = sheet_mut(s);
    let phase = sheet.script.last().map_or(Phase::Intro, |step| step.phase.next().unwrap_or(Phase::Resultaat));
    sheet.script.push(ScriptStep { phase, text: String::new() });
    sheet.script.len() - 1
}

/// Remove a character; clues that had them as speaker lose their speaker.
pub fn remove_character(s: &mut Scenario, index: usize) -> Vec<Note> {
    let Some(character) = remove_at(&mut s.characters, index) else { return Vec::new() };
    s.clues
        .iter_mut()
        .filter(|clue| clue.speaker.as_deref() == Some(character.id.as_str()))
        .map(|clue| {
            clue.speaker = None;
            Note {
                text: format!(
                    "Bij {} staat niet meer wie het vertelt. Kies een andere persoon.",
                    plain::card_name(&clue.title)
                ),
                ids: vec![clue.id.clone()],
            }
        })
        .collect()
}

/// Remove a category; clues in it lose their category.
pub fn remove_category(s: &mut Scenario, index: usize) -> Vec<Note> {
    let Some(category) = remove_at(&mut s.categories, index) else { return Vec::new() };
    s.clues
        .iter_mut()
        .filter(|clue| clue.category.as_deref() == Some(category.id.as_str()))
        .map(|clue| {
            clue.category = None;
            Note {
                text: format!("{} heeft geen categorie meer. Kies een andere categorie.", card(&clue.title)),
                ids: vec![clue.id.clone()],
            }
        })
        .collect()
}

/// Remove a player role; clues dealt to it go to anyone.
pub fn remove_player_role(s: &mut Scenario, index: usize) -> Vec<Note> {
    let Some(role) = remove_at(&mut s.player_roles, index) else { return Vec::new() };
    s.clues
        .iter_mut()
        .filter(|clue| clue.deal_to.as_deref() == Some(role.id.as_str()))
        .map(|clue| {
            clue.deal_to = None;
            Note {
                text: format!("{} gaat nu naar een willekeurige speler.", card(&clue.title)),
                ids: vec![clue.id.clone()],
            }
        })
        .collect()
}

/// Set a clue's relevance and keep the solution in step: a key clue is in
/// `solution.key_clues` and nothing else is; a red herring has no category.
pub fn set_relevance(s: &mut Scenario, index: usize, relevance: Relevance) {
    let Some(clue) = s.clues.get_mut(index) else { return };
    clue.relevance = relevance;
    if relevance == Relevance::RedHerring {
        clue.category = None;
    } else if clue.category.is_none() {
        clue.category = s.categories.first().map(|c| c.id.clone());
    }
    let id = clue.id.clone();
    let listed = s.solution.key_clues.contains(&id);
    if relevance == Relevance::Key && !listed {
        s.solution.key_clues.push(id);
    } else if relevance != Relevance::Key && listed {
        s.solution.key_clues.retain(|k| *k != id);
    }
}

/// Give an item a new id and update every reference to it. Refuses an empty,
/// malformed or taken id with a Dutch message, so references never merge.
/// Returns the number of references updated.
pub fn rename(s: &mut Scenario, kind: IdKind, old: &str, new: &str) -> Result<usize, String> {
    if old == new {
        return Ok(0);
    }
    let used = ids(s, kind);
    if !used.contains(&old) {
        return Err(format!("Er is geen {} met id ‘{old}’.", kind.noun()));
    }
    if new.is_empty() {
        return Err("Een id mag niet leeg zijn.".to_string());
    }
    if new.len() > MAX_ID_CHARS || !is_valid_id(new) {
        return Err(format!(
            "Id ‘{new}’ kan niet: gebruik alleen kleine letters (a-z), cijfers en streepjes (-), hoogstens {MAX_ID_CHARS} tekens."
        ));
    }
    if used.contains(&new) {
        return Err(format!("Er is al een {} met id ‘{new}’. Kies een ander id.", kind.noun()));
    }
    let mut count = 0;
    let mut swap = |field: &mut String| {
        if field == old {
            *field = new.to_string();
            count += 1;
        }
    };
    match kind {
        IdKind::Character => {
            s.characters.iter_mut().filter(|x| x.id == old).for_each(|x| x.id = new.to_string());
            s.clues.iter_mut().filter_map(|c| c.speaker.as_mut()).for_each(&mut swap);
        }
        IdKind::Clue => {
            s.clues.iter_mut().filter(|x| x.id == old).for_each(|x| x.id = new.to_string());
            for clue in &mut s.clues {
                clue.unlock.after.iter_mut().for_each(&mut swap);
            }
            s.solution.key_clues.iter_mut().for_each(&mut swap);
            for chain in &mut s.solution.chains {
                swap(&mut chain.from);
                swap(&mut chain.to);
            }
            if let Some(sheet) = &mut s.facilitator {
                sheet.probes.iter_mut().for_each(|p| swap(&mut p.clue));
            }
        }
        IdKind::Category => {
            s.categories.iter_mut().filter(|x| x.id == old).for_each(|x| x.id = new.to_string());
            s.clues.iter_mut().filter_map(|c| c.category.as_mut()).for_each(&mut swap);
        }
        IdKind::PlayerRole => {
            s.player_roles.iter_mut().filter(|x| x.id == old).for_each(|x| x.id = new.to_string());
            s.clues.iter_mut().filter_map(|c| c.deal_to.as_mut()).for_each(&mut swap);
        }
        // Nothing in a scenario points at these.
        IdKind::Hint => s.hints.iter_mut().filter(|x| x.id == old).for_each(|x| x.id = new.to_string()),
        IdKind::Statement => {
            s.reflection.statements.iter_mut().filter(|x| x.id == old).for_each(|x| x.id = new.to_string())
        }
        IdKind::Question => {
            s.reflection.questions.iter_mut().filter(|x| x.id == old).for_each(|x| x.id = new.to_string())
        }
    }
    Ok(count)
}
