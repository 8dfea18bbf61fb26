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
use super::scenario::{Bouwsteen, Perspective, Role};

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
    /// Team labels (see [`team_label`]), in result order, each once.
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
    for (index, result) in results.iter().enumerate() {
        let label = team_label(result, index);
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

/// The results without team names and member names: team `i` (0-based, in
/// the order given) becomes "Team i+1". Municipality and organisation type
/// stay, since the filters need them. Free text the teams wrote (answers)
/// is not changed: names inside it cannot be found reliably.
pub fn anonymise(results: &[TeamResult]) -> Vec<TeamResult> {
    results
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut r = r.clone();
            r.team.name = format!("Team {}", i + 1);
            r.team.members.clear();
            r
        })
        .collect()
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
}

pub fn filter_options(results: &[TeamResult]) -> FilterOptions {
    let mut mysteries: Vec<(String, String)> = Vec::new();
    let mut municipalities: Vec<String> = Vec::new();
    let mut organisation_types: Vec<String> = Vec::new();
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
    }
    mysteries.sort_by_key(|m| m.1.to_lowercase());
    municipalities.sort_by_key(|m| m.to_lowercase());
    organisation_types.sort_by_key(|m| m.to_lowercase());
    FilterOptions { mysteries, municipalities, organisation_types }
}

/// A number with `decimals` decimals and a decimal comma, as Dutch readers
/// expect: 62.5 -> "62,5".
pub fn format_decimal(value: f64, decimals: usize) -> String {
    format!("{value:.decimals$}").replace('.', ",")
}
