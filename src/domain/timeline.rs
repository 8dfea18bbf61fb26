//! The timeline of a case: the uncovered cards that carry a date, in the order
//! things happened, placed on a time axis (drawn by
//! src/components/timeline.rs, with a list of the same cards next to it).
//!
//! A card's date is the first Dutch date in its title, else in its text:
//! "3 juni", "14 maart 2019" or "oktober 2022". A month without a day or a
//! year ("in maart") is too vague to place and is skipped.
//!
//! Most cards name no year. Those are taken to lie within one case year that
//! starts after the longest quiet stretch of months (four or more): a case that runs from
//! september to maart is ordered september … maart, not januari … december.
//! Cards with a year of their own (an old letter from 2019) come before them.

use crate::domain::portrait::{portraits, Portrait};
use crate::domain::scenario::Scenario;

pub const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// A date as a card states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CaseDate {
    pub day: Option<u8>,
    /// 1–12.
    pub month: u8,
    pub year: Option<u16>,
}

impl CaseDate {
    /// As on the card: "3 juni", "14 maart 2019", "oktober 2022".
    pub fn label(self) -> String {
        let month = MONTHS[usize::from(self.month - 1)];
        match (self.day, self.year) {
            (Some(d), Some(y)) => format!("{d} {month} {y}"),
            (Some(d), None) => format!("{d} {month}"),
            (None, Some(y)) => format!("{month} {y}"),
            (None, None) => month.to_string(),
        }
    }
}

/// Words of `text` with their surrounding punctuation removed.
fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect()
}

fn month_of(word: &str) -> Option<u8> {
    let lower = word.to_lowercase();
    MONTHS.iter().position(|m| *m == lower).map(|i| i as u8 + 1)
}

fn year_of(word: Option<&&str>) -> Option<u16> {
    let w = word?;
    (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// The first date in `text`, if any.
pub fn find_date(text: &str) -> Option<CaseDate> {
    let words = words(text);
    for (i, word) in words.iter().enumerate() {
        let Some(month) = month_of(word) else { continue };
        let day = i.checked_sub(1).and_then(|p| words[p].parse::<u8>().ok()).filter(|d| (1..=31).contains(d));
        let year = year_of(words.get(i + 1));
        if day.is_some() || year.is_some() {
            return Some(CaseDate { day, month, year });
        }
    }
    None
}

/// One card on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEntry {
    pub clue: String,
    /// "Kaart N", as on the team screen (scenario order).
    pub number: usize,
    pub title: String,
    pub date: CaseDate,
    /// Which moment on the axis (0-based); cards with the same date share one.
    pub slot: usize,
    /// 0 for the first card of a moment, 1 for the next, ….
    pub lane: usize,
}

/// The whole timeline: entries in time order and the number of moments.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline {
    pub entries: Vec<TimelineEntry>,
    pub slots: usize,
}

impl Timeline {
    /// Where moment `slot` sits along an axis from 0.0 to 1.0 (evenly spread).
    pub fn position(&self, slot: usize) -> f64 {
        if self.slots <= 1 {
            0.5
        } else {
            slot as f64 / (self.slots - 1) as f64
        }
    }
}

/// A quiet stretch must be at least this long to move the start of the case year.
const MIN_QUIET_MONTHS: u8 = 4;

/// The month the case year starts with: right after the longest stretch of
/// months in which no yearless card is dated. January when that stretch is
/// the turn of the year, ties with it or is shorter than four months.
pub fn case_year_start(months: &[u8]) -> u8 {
    let mut present: Vec<u8> = months.to_vec();
    present.sort_unstable();
    present.dedup();
    if present.len() < 2 {
        return 1;
    }
    // Gap after each present month to the next one (circular); the wrap gap ends the year.
    let wrap_gap = 12 + present[0] - present[present.len() - 1];
    let (mut best_gap, mut start) = (wrap_gap, 1);
    for pair in present.windows(2) {
        let gap = pair[1] - pair[0];
        if gap > best_gap && gap >= MIN_QUIET_MONTHS {
            best_gap = gap;
            start = pair[1];
        }
    }
    start
}

/// The uncovered cards with a date, in time order, with their place on the axis.
pub fn timeline(scenario: &Scenario, uncovered: &[String]) -> Timeline {
    let dated: Vec<(usize, &crate::domain::scenario::Clue, CaseDate)> = scenario
        .clues
        .iter()
        .enumerate()
        .filter(|(_, c)| uncovered.contains(&c.id))
        .filter_map(|(i, c)| find_date(&c.title).or_else(|| find_date(&c.text)).map(|d| (i + 1, c, d)))
        .collect();
    let yearless: Vec<u8> = dated.iter().filter(|(_, _, d)| d.year.is_none()).map(|(_, _, d)| d.month).collect();
    let start = case_year_start(&yearless);
    // Sort key: dated years first (by year), then the case year in case order.
    let key = |d: &CaseDate| {
        let month_in_case = (d.month + 12 - start) % 12;
        match d.year {
            Some(y) => (0u8, y, d.month, d.day.unwrap_or(0)),
            None => (1u8, 0, month_in_case, d.day.unwrap_or(0)),
        }
    };
    let mut sorted = dated;
    sorted.sort_by_key(|(number, _, d)| (key(d), *number));
    let mut entries: Vec<TimelineEntry> = Vec::with_capacity(sorted.len());
    let mut slot = 0;
    for (number, clue, date) in sorted {
        let lane = match entries.last() {
            Some(prev) if prev.date == date => prev.lane + 1,
            Some(_) => {
                slot += 1;
                0
            }
            None => 0,
        };
        entries.push(TimelineEntry { clue: clue.id.clone(), number, title: clue.title.clone(), date, slot, lane });
    }
    let slots = entries.last().map_or(0, |e| e.slot + 1);
    Timeline { entries, slots }
}

/// Who is on a card of the debrief's timeline: the card's speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryPerson {
    pub name: String,
    pub role: String,
    pub portrait: Portrait,
}

/// The debrief's timeline: every card with a date, also the ones a team left
/// face down, and for each (same order as `timeline.entries`) who was there,
/// so a team sees who came close to the case, and when.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CaseStory {
    pub timeline: Timeline,
    pub people: Vec<Option<StoryPerson>>,
}

/// The whole case in time (see [`CaseStory`]).
pub fn case_story(scenario: &Scenario) -> CaseStory {
    let all: Vec<String> = scenario.clues.iter().map(|c| c.id.clone()).collect();
    let timeline = timeline(scenario, &all);
    let cast = portraits(&scenario.characters);
    let people = timeline
        .entries
        .iter()
        .map(|e| {
            let clue = scenario.clue(&e.clue)?;
            let person = scenario.character(clue.speaker.as_deref()?)?;
            let portrait = cast.iter().find(|p| p.character == person.id)?.clone();
            Some(StoryPerson { name: person.name.clone(), role: person.role.clone(), portrait })
        })
        .collect();
    CaseStory { timeline, people }
}
