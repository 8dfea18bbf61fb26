//! The learning network: many teams' results side by side. Pure maths over
//! [`TeamResult`]s: per bouwsteen the mean and spread, the strongest and
//! weakest bouwstenen, the chosen actions grouped by bouwsteen, filters, and
//! anonymising.
//!
//! Spread is the **population** standard deviation (divide by n, not n − 1):
//! the teams shown are the whole group being discussed, not a sample of a
//! larger one. With one team it is 0.

use std::collections::BTreeMap;

use super::results::TeamResult;
use super::scenario::{Bouwsteen, Perspective, QuestionTopic, Role};
use super::scoring::SoloLevel;

/// Mean and spread of some values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stats {
    /// How many values.
    pub n: usize,
    pub mean: f64,
    /// Population standard deviation (see the module docs).
    pub spread: f64,
    pub min: f64,
    pub max: f64,
}

/// Mean, population standard deviation, min and max; `None` for no values.
pub fn stats(values: &[f64]) -> Option<Stats> {
    if values.is_empty() {
        return None;
    }
    let n = values.len();
    let mean = values.iter().sum::<f64>() / n as f64;
    let variance = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n as f64;
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    Some(Stats { n, mean, spread: variance.sqrt(), min, max })
}

/// One bouwsteen over all teams that have a value for it.
#[derive(Debug, Clone, PartialEq)]
pub struct BouwsteenStats {
    pub bouwsteen: Bouwsteen,
    /// `None` when no team has a value for this bouwsteen.
    pub stats: Option<Stats>,
}

/// A chosen action, with the teams that chose it.
#[derive(Debug, Clone, PartialEq)]
pub struct ChosenAction {
    pub role: Role,
    pub text: String,
    /// Team labels (see [`labels`]), in result order, each once.
    pub teams: Vec<String>,
}

/// The chosen actions for one bouwsteen.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionGroup {
    pub bouwsteen: Bouwsteen,
    /// Most-chosen first, then by role (guide order) and text.
    pub actions: Vec<ChosenAction>,
}

/// Everything the learning-network view shows about a set of results.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub teams: usize,
    /// All seven bouwstenen, in guide order.
    pub per_bouwsteen: Vec<BouwsteenStats>,
    /// Bouwstenen with the highest mean (ties: all of them). Empty when fewer
    /// than two bouwstenen have values or all means are equal: then there is
    /// nothing to single out.
    pub strongest: Vec<Bouwsteen>,
    /// Bouwstenen with the lowest mean (ties: all of them); empty as above.
    pub weakest: Vec<Bouwsteen>,
    pub investigation: Option<Stats>,
    pub solution: Option<Stats>,
    /// Per perspective of the perspectiefcirkel: how many teams' answers cover it.
    pub perspectives: Vec<(Perspective, usize)>,
    /// Teams per SOLO level 0..=4, by the level that counts (the trainer's
    /// where present, see [`TeamResult::level`]).
    pub levels: [usize; 5],
    /// How many of the teams' levels a trainer confirmed or changed.
    pub judged: usize,
    /// Only bouwstenen with at least one chosen action, in guide order.
    pub actions: Vec<ActionGroup>,
}

/// Means closer than this count as equal (values are 0–100).
const EPSILON: f64 = 1e-9;

/// Summarise `results` (already filtered). Works for none, one or many.
pub fn summarise(results: &[TeamResult]) -> Summary {
    let per_bouwsteen: Vec<BouwsteenStats> = Bouwsteen::ALL
        .iter()
        .map(|&bouwsteen| {
            let values: Vec<f64> = results.iter().filter_map(|r| r.profile_value(bouwsteen)).map(f64::from).collect();
            BouwsteenStats { bouwsteen, stats: stats(&values) }
        })
        .collect();

    let measured: Vec<(Bouwsteen, f64)> =
        per_bouwsteen.iter().filter_map(|b| b.stats.map(|s| (b.bouwsteen, s.mean))).collect();
    let (mut strongest, mut weakest) = (Vec::new(), Vec::new());
    if let (Some(high), Some(low)) =
        (measured.iter().map(|m| m.1).reduce(f64::max), measured.iter().map(|m| m.1).reduce(f64::min))
    {
        if measured.len() >= 2 && high - low > EPSILON {
            strongest = measured.iter().filter(|m| high - m.1 <= EPSILON).map(|m| m.0).collect();
            weakest = measured.iter().filter(|m| m.1 - low <= EPSILON).map(|m| m.0).collect();
        }
    }

    let scores = |f: fn(&TeamResult) -> u32| stats(&results.iter().map(|r| f64::from(f(r))).collect::<Vec<_>>());
    let perspectives = Perspective::ALL
        .iter()
        .map(|&p| (p, results.iter().filter(|r| r.perspectives_covered().contains(&p)).count()))
        .collect();

    Summary {
        teams: results.len(),
        per_bouwsteen,
        strongest,
        weakest,
        investigation: scores(|r| r.investigation.score),
        solution: scores(|r| r.solution.score),
        perspectives,
        levels: std::array::from_fn(|rank| results.iter().filter(|r| r.level().rank() as usize == rank).count()),
        judged: results.iter().filter(|r| r.trainer.is_some()).count(),
        actions: group_actions(results),
    }
}

/// The chosen actions of all teams, grouped by bouwsteen. The same action
/// (same role and text) chosen by several teams is listed once with every team.
pub fn group_actions(results: &[TeamResult]) -> Vec<ActionGroup> {
    let mut groups: BTreeMap<Bouwsteen, Vec<ChosenAction>> = BTreeMap::new();
    for (result, label) in results.iter().zip(labels(results)) {
        for (role, action) in result.chosen_actions() {
            let list = groups.entry(action.bouwsteen).or_default();
            match list.iter_mut().find(|a| a.role == role && a.text == action.text) {
                Some(existing) => {
                    if !existing.teams.contains(&label) {
                        existing.teams.push(label.clone());
                    }
                }
                None => list.push(ChosenAction { role, text: action.text.clone(), teams: vec![label.clone()] }),
            }
        }
    }
    groups
        .into_iter()
        .map(|(bouwsteen, mut actions)| {
            actions
                .sort_by(|a, b| b.teams.len().cmp(&a.teams.len()).then(a.role.cmp(&b.role)).then(a.text.cmp(&b.text)));
            ActionGroup { bouwsteen, actions }
        })
        .collect()
}

/// How a team is named in the network view: its name, with the municipality
/// when there is one ("Team Oost (Utrecht)"). `index` is unused unless the
/// name is empty ("Team 3").
pub fn team_label(result: &TeamResult, index: usize) -> String {
    let name = result.team.name.trim();
    let name = if name.is_empty() { format!("Team {}", index + 1) } else { name.to_string() };
    match result.team.municipality.as_deref().map(str::trim).filter(|m| !m.is_empty()) {
        Some(municipality) => format!("{name} ({municipality})"),
        None => name,
    }
}

/// The results with nothing left that names a team, a person or a place the
/// teams wrote in, for showing or exporting when "Namen weghalen" is on.
/// Every label, list, chart, table and export of the network view is made from
/// this output, so anonymising happens once, here:
///
/// - team `i` (0-based, in the order given) is named "Team i+1";
/// - member names are dropped;
/// - each municipality becomes "Gemeente A", "Gemeente B", … in order of first
///   appearance (the same municipality, ignoring case and surrounding spaces,
///   gets the same letter), so teams from one place can still be compared and
///   filtered;
/// - in every text the teams wrote themselves (organisation type, the answer
///   to the central question, the reasons of their links, the trainer's reason,
///   the open reflection answers) each known team
///   name, member name and municipality of the whole set is replaced, as a
///   whole word and ignoring case: a member name by "[naam]", a team name by
///   that team's new name, a municipality by its new name.
///
/// Texts copied from the mystery (titles, statements, actions, debrief) are not
/// changed. Other names a team wrote in its answers (a resident, a street) are
/// not known to the app and stay: the page says so.
pub fn anonymise(results: &[TeamResult]) -> Vec<TeamResult> {
    let places = municipality_pseudonyms(results);
    let place_of = |m: &str| places.iter().find(|(real, _)| same(real, m)).map(|(_, p)| p.clone());
    // Longest first, so "Team Noord" is replaced before a member called "Noord".
    let mut replacements: Vec<(Vec<char>, String)> = Vec::new();
    for (i, r) in results.iter().enumerate() {
        replacements.push((lower_chars(&r.team.name), format!("Team {}", i + 1)));
        for member in &r.team.members {
            replacements.push((lower_chars(member), "[naam]".to_string()));
        }
    }
    for (real, pseudonym) in &places {
        replacements.push((lower_chars(real), pseudonym.clone()));
    }
    replacements.retain(|(needle, _)| worth_scrubbing(needle));
    replacements.sort_by_key(|r| std::cmp::Reverse(r.0.len()));
    let scrub = |text: &str| scrub_names(text, &replacements);

    results
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut r = r.clone();
            r.team.name = format!("Team {}", i + 1);
            r.team.members.clear();
            r.team.municipality = r.team.municipality.as_deref().and_then(place_of);
            r.team.organisation_type = r.team.organisation_type.as_deref().map(scrub);
            r.solution.answer = scrub(&r.solution.answer);
            for link in &mut r.solution.links {
                link.why = scrub(&link.why);
            }
            if let Some(trainer) = &mut r.trainer {
                trainer.reason = scrub(&trainer.reason);
            }
            for answer in &mut r.reflection.open_answers {
                answer.answer = scrub(&answer.answer);
            }
            r
        })
        .collect()
}

/// (municipality as first written, "Gemeente A"…), in order of first appearance.
fn municipality_pseudonyms(results: &[TeamResult]) -> Vec<(String, String)> {
    let mut places: Vec<(String, String)> = Vec::new();
    for r in results {
        if let Some(m) = r.team.municipality.as_deref().map(str::trim).filter(|m| !m.is_empty()) {
            if !places.iter().any(|(real, _)| same(real, m)) {
                let pseudonym = format!("Gemeente {}", letters(places.len()));
                places.push((m.to_string(), pseudonym));
            }
        }
    }
    places
}

/// 0 -> "A", 25 -> "Z", 26 -> "AA", 27 -> "AB", … (as spreadsheet columns).
pub fn letters(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(char::from(b'A' + (n % 26) as u8));
        n /= 26;
    }
    out.iter().rev().collect()
}

/// One lowercase char per char, so positions in the lowered text match the original.
fn lower_one(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

fn lower_chars(text: &str) -> Vec<char> {
    text.trim().chars().map(lower_one).collect()
}

/// Names too short or too common to find as a word: a name of one letter, or
/// the default team name "Team" (replacing the word "team" everywhere would
/// garble the answers without hiding anyone).
fn worth_scrubbing(needle: &[char]) -> bool {
    let text: String = needle.iter().collect();
    needle.iter().filter(|c| c.is_alphanumeric()).count() >= 2 && text != "team"
}

/// Replace every whole-word occurrence (ignoring case) of each needle in `text`.
fn scrub_names(text: &str, replacements: &[(Vec<char>, String)]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<char> = chars.iter().map(|&c| lower_one(c)).collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    'outer: while i < chars.len() {
        let boundary_before = i == 0 || !chars[i - 1].is_alphanumeric();
        if boundary_before {
            for (needle, replacement) in replacements {
                let end = i + needle.len();
                if end <= chars.len()
                    && lower[i..end] == needle[..]
                    && (end == chars.len() || !chars[end].is_alphanumeric())
                {
                    out.push_str(replacement);
                    i = end;
                    continue 'outer;
                }
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Labels for the teams in `shown` (see [`team_label`]), made unique with the
/// date where two are the same. Pass anonymised results to get anonymous labels.
pub fn labels(shown: &[TeamResult]) -> Vec<String> {
    let plain: Vec<String> = shown.iter().enumerate().map(|(i, r)| team_label(r, i)).collect();
    plain
        .iter()
        .zip(shown)
        .map(|(label, r)| {
            if plain.iter().filter(|l| *l == label).count() > 1 {
                format!("{label}, {}", r.display_date())
            } else {
                label.clone()
            }
        })
        .collect()
}

/// One open reflection question with every team's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenQuestion {
    pub topic: QuestionTopic,
    pub question: String,
    /// (team label, answer) in result order; the answer is empty when the
    /// team left it open.
    pub answers: Vec<(String, String)>,
}

impl OpenQuestion {
    /// What the question is about, as the network view heads it.
    pub fn topic_label(&self) -> &'static str {
        match self.topic {
            QuestionTopic::Praktijk => "Over de praktijk",
            QuestionTopic::Samenwerking => "Over het samenwerken in het spel",
        }
    }
}

/// The teams' open reflection answers, per question (questions in order of
/// first appearance; the same question text in several results is one
/// question). Labels as [`labels`] gives them.
pub fn open_answers(shown: &[TeamResult]) -> Vec<OpenQuestion> {
    let names = labels(shown);
    let mut questions: Vec<OpenQuestion> = Vec::new();
    for (result, label) in shown.iter().zip(&names) {
        for answer in &result.reflection.open_answers {
            let entry = (label.clone(), answer.answer.trim().to_string());
            match questions.iter_mut().find(|q| same(&q.question, &answer.question)) {
                Some(q) => q.answers.push(entry),
                None => questions.push(OpenQuestion {
                    topic: answer.topic,
                    question: answer.question.trim().to_string(),
                    answers: vec![entry],
                }),
            }
        }
    }
    questions
}

/// What to show: `None` in a field means "all".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// A mystery id.
    pub mystery: Option<String>,
    /// A municipality, compared without case and surrounding spaces.
    pub municipality: Option<String>,
    /// An organisation type, compared the same way.
    pub organisation_type: Option<String>,
    /// A day, "yyyy-mm-dd": results created that day.
    pub date: Option<String>,
    /// A session id (as on the trainer console): results played in that session.
    pub session: Option<String>,
}

fn same(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

impl Filter {
    pub fn matches(&self, result: &TeamResult) -> bool {
        let field = |wanted: &Option<String>, value: &Option<String>| match wanted {
            None => true,
            Some(w) => value.as_deref().is_some_and(|v| same(v, w)),
        };
        self.mystery.as_ref().is_none_or(|m| *m == result.mystery.id)
            && field(&self.municipality, &result.team.municipality)
            && field(&self.organisation_type, &result.team.organisation_type)
            && self.date.as_ref().is_none_or(|d| result.day() == Some(d.as_str()))
            && self.session.as_ref().is_none_or(|id| result.session.as_ref().is_some_and(|s| s.id == *id))
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// The indices (into `results`) of the results that match.
    pub fn apply(&self, results: &[TeamResult]) -> Vec<usize> {
        results.iter().enumerate().filter(|(_, r)| self.matches(r)).map(|(i, _)| i).collect()
    }
}

/// The values the filters can take, from the results themselves.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilterOptions {
    /// (id, title), sorted by title.
    pub mysteries: Vec<(String, String)>,
    /// Distinct without case; the first spelling seen is shown. Sorted.
    pub municipalities: Vec<String>,
    pub organisation_types: Vec<String>,
    /// ("yyyy-mm-dd", "dd-mm-yyyy"), newest first.
    pub dates: Vec<(String, String)>,
    /// (session id, "Sessie k3x9a1 (dd-mm-yyyy)"), newest first.
    pub sessions: Vec<(String, String)>,
}

pub fn filter_options(results: &[TeamResult]) -> FilterOptions {
    let mut mysteries: Vec<(String, String)> = Vec::new();
    let mut municipalities: Vec<String> = Vec::new();
    let mut organisation_types: Vec<String> = Vec::new();
    let mut dates: Vec<(String, String)> = Vec::new();
    // (day, id, label) so the newest session comes first.
    let mut sessions: Vec<(String, String, String)> = Vec::new();
    let add = |list: &mut Vec<String>, value: &Option<String>| {
        if let Some(v) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            if !list.iter().any(|x| same(x, v)) {
                list.push(v.to_string());
            }
        }
    };
    for r in results {
        if !mysteries.iter().any(|(id, _)| *id == r.mystery.id) {
            mysteries.push((r.mystery.id.clone(), r.mystery.title.clone()));
        }
        add(&mut municipalities, &r.team.municipality);
        add(&mut organisation_types, &r.team.organisation_type);
        if let Some(day) = r.day() {
            if !dates.iter().any(|(d, _)| d == day) {
                dates.push((day.to_string(), r.display_date()));
            }
        }
        if let Some(session) = &r.session {
            if !sessions.iter().any(|(_, id, _)| *id == session.id) {
                let day = r.day().unwrap_or_default().to_string();
                sessions.push((day, session.id.clone(), session_label(&session.id, r)));
            }
        }
    }
    sessions.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let sessions = sessions.into_iter().map(|(_, id, label)| (id, label)).collect();
    dates.sort_by(|a, b| b.0.cmp(&a.0));
    mysteries.sort_by_key(|m| m.1.to_lowercase());
    municipalities.sort_by_key(|m| m.to_lowercase());
    organisation_types.sort_by_key(|m| m.to_lowercase());
    FilterOptions { mysteries, municipalities, organisation_types, dates, sessions }
}

/// How a session is named in filters and groups: its id as the console shows
/// it, with the day of the result ("Sessie k3x9a1 (06-12-2026)").
fn session_label(id: &str, result: &TeamResult) -> String {
    match result.day() {
        Some(_) => format!("Sessie {id} ({})", result.display_date()),
        None => format!("Sessie {id}"),
    }
}

/// A number with `decimals` decimals and a decimal comma, as Dutch readers
/// expect: 62.5 -> "62,5".
pub fn format_decimal(value: f64, decimals: usize) -> String {
    format!("{value:.decimals$}").replace('.', ",")
}

/// One screen of the presentation mode: one chart or one list at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    /// Every team's profile with the group mean.
    Profiles,
    /// One team (index into the teams shown) over the group mean.
    Team(usize),
    /// The mean, spread and range per bouwsteen.
    PerBouwsteen,
    /// One open question (index into [`open_answers`]) with every team's answer.
    Question(usize),
    /// The chosen actions per bouwsteen.
    Actions,
}

/// The presentation, in order: all profiles, each team over the mean (when
/// there is more than one), the table per bouwsteen, each open question, the
/// chosen actions (when any). Nothing for no teams.
pub fn slides(teams: usize, questions: usize, has_actions: bool) -> Vec<Slide> {
    if teams == 0 {
        return Vec::new();
    }
    let mut out = vec![Slide::Profiles];
    if teams > 1 {
        out.extend((0..teams).map(Slide::Team));
    }
    out.push(Slide::PerBouwsteen);
    out.extend((0..questions).map(Slide::Question));
    if has_actions {
        out.push(Slide::Actions);
    }
    out
}

/// The heading of a presentation screen; "Geen teams" for none. `names` are
/// the teams' labels ([`labels`]), `questions` the [`open_answers`].
pub fn slide_title(slide: Option<Slide>, names: &[String], questions: &[OpenQuestion]) -> String {
    match slide {
        None => "Geen teams".to_string(),
        Some(Slide::Profiles) => "Bouwstenen-profiel van alle teams".to_string(),
        Some(Slide::Team(i)) => format!("{} tegen het gemiddelde", names.get(i).map_or("", String::as_str)),
        Some(Slide::PerBouwsteen) => "Per bouwsteen".to_string(),
        Some(Slide::Question(q)) => questions.get(q).map(|q| q.question.clone()).unwrap_or_default(),
        Some(Slide::Actions) => "Gekozen acties".to_string(),
    }
}

/// What to group the teams by in the "Per groep" table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GroupBy {
    #[default]
    Nothing,
    /// The day the result was made.
    Date,
    /// The municipality (anonymised when the results are).
    Municipality,
    /// The session of the trainer console the result came back to.
    Session,
}

impl GroupBy {
    pub const ALL: [GroupBy; 4] = [GroupBy::Nothing, GroupBy::Date, GroupBy::Municipality, GroupBy::Session];

    pub fn label(self) -> &'static str {
        match self {
            GroupBy::Nothing => "Niet groeperen",
            GroupBy::Date => "Per datum",
            GroupBy::Municipality => "Per gemeente",
            GroupBy::Session => "Per sessie",
        }
    }

    /// The value of the `<select>` option.
    pub fn key(self) -> &'static str {
        match self {
            GroupBy::Nothing => "",
            GroupBy::Date => "datum",
            GroupBy::Municipality => "gemeente",
            GroupBy::Session => "sessie",
        }
    }

    pub fn from_key(key: &str) -> GroupBy {
        GroupBy::ALL.into_iter().find(|g| g.key() == key).unwrap_or_default()
    }

    /// (sort key, label) of the group `result` falls in.
    fn of(self, result: &TeamResult) -> (String, String) {
        match self {
            GroupBy::Nothing => (String::new(), "Alle teams".to_string()),
            GroupBy::Date => match result.day() {
                Some(day) => (day.to_string(), result.display_date()),
                None => ("~".to_string(), "Onbekende datum".to_string()),
            },
            GroupBy::Municipality => match result.team.municipality.as_deref().map(str::trim).filter(|m| !m.is_empty())
            {
                Some(m) => (m.to_lowercase(), m.to_string()),
                None => ("~".to_string(), "Geen gemeente ingevuld".to_string()),
            },
            GroupBy::Session => match &result.session {
                Some(session) => {
                    (format!("{} {}", result.day().unwrap_or_default(), session.id), session_label(&session.id, result))
                }
                None => ("~".to_string(), "Niet in een sessie gespeeld".to_string()),
            },
        }
    }
}

/// One group of teams with its own summary.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub label: String,
    pub summary: Summary,
}

/// The teams in groups (sorted by date or name; "unknown" last), each summarised.
pub fn groups(results: &[TeamResult], by: GroupBy) -> Vec<Group> {
    let mut keyed: BTreeMap<String, (String, Vec<TeamResult>)> = BTreeMap::new();
    for r in results {
        let (key, label) = by.of(r);
        keyed.entry(key).or_insert_with(|| (label, Vec::new())).1.push(r.clone());
    }
    keyed.into_values().map(|(label, list)| Group { label, summary: summarise(&list) }).collect()
}

// ---------------------------------------------------------------------------
// The overview in words: what the network view writes about a summary.

/// "1 team" or "3 teams".
pub fn team_count(teams: usize) -> String {
    if teams == 1 {
        "1 team".to_string()
    } else {
        format!("{teams} teams")
    }
}

/// The strongest and weakest bouwstenen in a sentence, or why there are none.
pub fn extremes_line(s: &Summary) -> String {
    let names_of = |list: &[Bouwsteen]| list.iter().map(|b| b.label()).collect::<Vec<_>>().join(" en ");
    if s.strongest.is_empty() {
        "Er is nog niet genoeg verschil tussen de bouwstenen om een sterkste en zwakste te noemen.".to_string()
    } else {
        format!("Sterkst: {}. Zwakst: {}.", names_of(&s.strongest), names_of(&s.weakest))
    }
}

/// The mean investigation and solution scores with their spread; empty
/// when no team has scores.
pub fn scores_line(s: &Summary) -> String {
    let scores = |label: &str, st: Option<Stats>| {
        st.map(|st| {
            format!(
                "{label}: gemiddeld {} van 100 (spreiding {}).",
                format_decimal(st.mean, 1),
                format_decimal(st.spread, 1)
            )
        })
    };
    [scores("Onderzoek", s.investigation), scores("Oplossing", s.solution)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many teams reached each SOLO level, and how many a trainer judged.
pub fn levels_line(s: &Summary) -> String {
    let parts: Vec<String> = SoloLevel::ALL
        .iter()
        .zip(s.levels)
        .filter(|(_, n)| *n > 0)
        .map(|(level, n)| format!("niveau {} ({}): {n}", level.rank(), level.label().to_lowercase()))
        .collect();
    let judged = match s.judged {
        0 => String::new(),
        1 => " Bij 1 team heeft een trainer het niveau beoordeeld.".to_string(),
        n => format!(" Bij {n} teams heeft een trainer het niveau beoordeeld."),
    };
    format!("Diepgang van de antwoorden: {}.{judged}", parts.join(", "))
}

/// The level of a team in the table: the trainer's where present, marked so.
pub fn level_cell(r: &TeamResult) -> String {
    let level = r.level();
    match &r.trainer {
        Some(t) if t.level != r.solution.level => {
            format!("{}: {} (trainer, app: {})", level.rank(), level.label(), r.solution.level.rank())
        }
        Some(_) => format!("{}: {} (bevestigd)", level.rank(), level.label()),
        None => format!("{}: {}", level.rank(), level.label()),
    }
}

/// The sides of the perspectiefcirkel not every team looked from.
pub fn perspective_note(counts: &[(Perspective, usize)], teams: usize) -> String {
    let missing: Vec<&str> = counts.iter().filter(|(_, n)| *n < teams).map(|(p, _)| p.label()).collect();
    if missing.is_empty() {
        "Alle teams keken vanuit alle drie de kanten.".to_string()
    } else {
        format!("Niet elk team keek vanuit: {}.", missing.join(", "))
    }
}

/// The cells of a statistics row: mean, spread, "lowest–highest" and the
/// number of teams; dashes (and 0 teams) without values.
pub fn stat_cells(stats: Option<Stats>) -> (String, String, String, String) {
    match stats {
        None => ("–".into(), "–".into(), "–".into(), "0".into()),
        Some(s) => (
            format_decimal(s.mean, 1),
            format_decimal(s.spread, 1),
            format!("{}–{}", format_decimal(s.min, 0), format_decimal(s.max, 0)),
            s.n.to_string(),
        ),
    }
}

/// " (sterkst)", " (zwakst)" or nothing, after a bouwsteen's name.
pub fn strength_mark(s: &Summary, bouwsteen: Bouwsteen) -> &'static str {
    if s.strongest.contains(&bouwsteen) {
        " (sterkst)"
    } else if s.weakest.contains(&bouwsteen) {
        " (zwakst)"
    } else {
        ""
    }
}
