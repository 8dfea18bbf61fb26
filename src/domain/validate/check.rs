//! What every rule file shares: the [`Check`] that collects problems, the id
//! rules (clues, characters, roles, library entries), and small look-ups
//! several rules need (the first clue with an id, the word for a relevance).

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use crate::domain::scenario::{Relevance, Scenario};
use crate::domain::text::{self, quote};

use super::Problem;

/// Ids of clues and characters: at most this many characters.
pub const MAX_ID_CHARS: usize = 64;

/// Whether `id` is a valid clue or character id: 1–64 characters, only `a-z`,
/// `0-9` and `-`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[derive(Default)]
pub(crate) struct Check {
    pub(crate) problems: Vec<Problem>,
}

impl Check {
    pub(crate) fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::error(path, message));
    }

    pub(crate) fn warning(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::warning(path, message));
    }

    /// An error when `value` is empty or only spaces.
    pub(crate) fn filled(&mut self, path: impl Into<String>, value: &str, message: impl Into<String>) {
        if value.trim().is_empty() {
            self.error(path, message);
        }
    }

    /// The id rules for clues and characters (and library entries).
    pub(crate) fn id(&mut self, path: &str, id: &str, what: &str) {
        if id.is_empty() {
            self.error(
                path,
                format!("Het id van {what} is leeg. Geef een id van kleine letters, cijfers en streepjes, zoals ‘brief-gemeente’."),
            );
        } else if id.len() > MAX_ID_CHARS {
            self.error(
                path,
                format!(
                    "Id {} is te lang ({} tekens). Gebruik hoogstens {MAX_ID_CHARS} tekens.",
                    quote(id),
                    id.chars().count()
                ),
            );
        } else if !is_valid_id(id) {
            self.error(
                path,
                format!(
                    "Id {} mag alleen kleine letters (a-z), cijfers en streepjes (-) bevatten: geen hoofdletters, spaties of accenten. \
                     Bijvoorbeeld: ‘{}’.",
                    quote(id),
                    suggest_id(id)
                ),
            );
        }
    }

    /// Ids that are not empty and unique within one list.
    pub(crate) fn unique_ids<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>, what: &str) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{list}[{i}].id");
            if id.trim().is_empty() {
                self.error(path, format!("Het id van {what} is leeg. Geef een kort id, zoals ‘{}’.", example_id(list)));
            } else if let Some(first) = first_seen(&mut seen, id, i) {
                self.error(
                    path,
                    format!(
                        "Id {} komt twee keer voor: ook bij {list}[{first}]. Geef elke {what} een eigen id.",
                        quote(id)
                    ),
                );
            }
        }
    }
}

fn example_id(list: &str) -> &'static str {
    match list {
        "categories" => "communicatie",
        "hints" => "hint-1",
        "reflection.statements" => "stelling-1",
        "reflection.questions" => "vraag-1",
        _ => "id-1",
    }
}

/// Records `id` at `index`; returns the index where it was seen before.
pub(crate) fn first_seen<'a>(seen: &mut HashMap<&'a str, usize>, id: &'a str, index: usize) -> Option<usize> {
    match seen.get(id) {
        Some(&first) => Some(first),
        None => {
            seen.insert(id, index);
            None
        }
    }
}

/// A valid id that looks like `id`, for the message.
fn suggest_id(id: &str) -> String {
    match text::slug(id, MAX_ID_CHARS) {
        suggestion if suggestion.is_empty() => "mijn-id".to_string(),
        suggestion => suggestion,
    }
}

/// Errors for values that appear twice in a list, at the second one.
pub(crate) fn duplicates<T: Hash + Eq>(c: &mut Check, path: &str, list: &[T], name: impl Fn(&T) -> &str, what: &str) {
    let mut seen: HashSet<&T> = HashSet::new();
    for (i, item) in list.iter().enumerate() {
        if !seen.insert(item) {
            c.error(
                format!("{path}[{i}]"),
                format!("{what} {} staat twee keer in de lijst. Haal er één weg.", quote(name(item))),
            );
        }
    }
}

/// The word for a clue's relevance, as the editor's choices start.
pub(crate) fn relevance_word(r: Relevance) -> &'static str {
    match r {
        Relevance::Key => "kernaanwijzing",
        Relevance::Supporting => "achtergrond",
        Relevance::RedHerring => "dwaalspoor",
        Relevance::Ambiguous => "twijfelgeval",
    }
}

/// The index of the first clue with each id.
pub(crate) fn clue_index(s: &Scenario) -> HashMap<&str, usize> {
    let mut index = HashMap::new();
    for (i, clue) in s.clues.iter().enumerate() {
        index.entry(clue.id.as_str()).or_insert(i);
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_digits_and_dashes() {
        assert!(is_valid_id("brief-gemeente-2"));
        assert!(!is_valid_id("") && !is_valid_id("Brief") && !is_valid_id("é") && !is_valid_id(&"a".repeat(65)));
        let mut c = Check::default();
        c.id("id", "Brief Gemeente", "dit mysterie");
        assert!(c.problems[0].message.contains("‘brief-gemeente’"), "{:?}", c.problems);
    }

    #[test]
    fn duplicates_are_reported_at_the_second() {
        let mut c = Check::default();
        c.unique_ids("hints", ["h1", "h2", "h1", ""].into_iter(), "hint");
        let paths: Vec<&str> = c.problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["hints[2].id", "hints[3].id"]);
    }
}
