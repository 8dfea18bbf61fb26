//! The studio in plain language: validation messages and references in the
//! words a trainer sees in the editor ("de kaart ‘Een band plakken’", "de
//! centrale vraag") rather than ids and JSON field names.
//!
//! `validate` writes its messages for everyone who reads a mystery file (also
//! developers, who need the field names); this is the presentation layer the
//! editor puts over them: [`plain`] maps a message to trainer words and says
//! which ids it replaced, so the editor can show them in small type.
//! It works on the text, so new rules in `validate` get it for free; a field
//! name it does not know stays as it was.

use serde::{Deserialize, Serialize};

use crate::domain::scenario::{Clue, Scenario};
use crate::domain::validate::Problem;

/// A card the trainer deleted, remembered with the own mystery (also after a
/// reload) so the editor can warn about texts that still name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedCard {
    pub id: String,
    pub title: String,
}

impl RemovedCard {
    pub fn of(clue: &Clue) -> RemovedCard {
        RemovedCard { id: clue.id.clone(), title: clue.title.trim().to_string() }
    }
}

/// "de kaart ‘Een band plakken’", or "een kaart zonder titel".
pub fn card_name(title: &str) -> String {
    let title = title.trim();
    if title.is_empty() {
        "een kaart zonder titel".to_string()
    } else {
        format!("de kaart ‘{title}’")
    }
}

/// A message in trainer words, and the ids it named (for small type after it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plain {
    pub text: String,
    pub ids: Vec<String>,
}

/// JSON field names and phrases in `validate`'s messages, and what the editor
/// calls them. Longer phrases first, so they win over their parts.
const PHRASES: &[(&str, &str)] = &[
    (" (central_question)", ""),
    (" (summary)", ""),
    (" (main_bouwsteen)", ""),
    (" (characters)", ""),
    (" (clues)", ""),
    ("Kies het id van een aanwijzing", "Kies een kaart"),
    ("Kies een id uit de lijst categories", "Kies een categorie uit de lijst"),
    ("Kies een id uit clues", "Kies een kaart uit de lijst aanwijzingen"),
    ("weg uit after", "weg bij ‘Laat deze kaart wachten op een andere kaart’"),
    ("staat twee keer in after", "staat twee keer bij ‘wachten op’"),
    ("Pas unlock.after aan", "Pas ‘Laat deze kaart wachten op een andere kaart’ aan"),
    ("key_clues", "de kernaanwijzingen"),
    ("uit player_roles", "uit de spelersrollen"),
    ("of haal deal_to weg", "of laat ‘kaart voor spelersrol’ leeg"),
    ("central_question", "de centrale vraag"),
];

/// Lists whose `list[n]` the messages name, and the trainer's word for an item.
const LISTS: &[(&str, &str)] = &[
    ("facilitator.probes", "doorvraag"),
    ("session_plans", "sessieplan"),
    ("clues", "kaart"),
    ("characters", "persoon"),
    ("categories", "categorie"),
    ("hints", "hint"),
    ("player_roles", "spelersrol"),
    ("mysteries", "mysterie"),
];

fn is_id_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
}

/// Replace `needle` where it stands as a whole id (not inside a longer id).
fn replace_id(text: &str, needle: &str, with: &str) -> (String, bool) {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut hit = false;
    while let Some(at) = rest.find(needle) {
        let before_ok = rest[..at].chars().next_back().is_none_or(|c| !is_id_char(c));
        let after_ok = rest[at + needle.len()..].chars().next().is_none_or(|c| !is_id_char(c));
        out.push_str(&rest[..at]);
        if before_ok && after_ok {
            out.push_str(with);
            hit = true;
        } else {
            out.push_str(needle);
        }
        rest = &rest[at + needle.len()..];
    }
    out.push_str(rest);
    (out, hit)
}

/// `clues[3]` -> "kaart 4".
fn replace_indices(text: &str) -> String {
    let mut out = text.to_string();
    for (list, word) in LISTS {
        let open = format!("{list}[");
        while let Some(at) = out.find(&open) {
            let start = at + open.len();
            let Some(len) = out[start..].find(']') else { break };
            let Ok(n) = out[start..start + len].parse::<usize>() else { break };
            out.replace_range(at..start + len + 1, &format!("{word} {}", n + 1));
        }
    }
    out
}

/// `message` in the words of the editor, with the ids it named.
pub fn plain(s: &Scenario, message: &str) -> Plain {
    let mut text = message.to_string();
    for (from, to) in PHRASES {
        text = text.replace(from, to);
    }
    text = replace_indices(&text);
    let mut ids = Vec::new();
    // Named things: (id, the trainer's name for it with its noun, the noun as it stood).
    let mut named: Vec<(&str, String, &str)> = Vec::new();
    for clue in &s.clues {
        if !clue.title.trim().is_empty() {
            named.push((&clue.id, format!("de kaart ‘{}’", clue.title.trim()), "Aanwijzing"));
        }
    }
    for ch in &s.characters {
        if !ch.name.trim().is_empty() {
            named.push((&ch.id, format!("‘{}’", ch.name.trim()), "Persoon"));
        }
    }
    for category in &s.categories {
        if !category.name.trim().is_empty() {
            named.push((&category.id, format!("de categorie ‘{}’", category.name.trim()), "Categorie"));
        }
    }
    named.retain(|(id, _, _)| !id.is_empty());
    named.sort_by_key(|(id, _, _)| std::cmp::Reverse(id.len()));
    for (id, name, noun) in named {
        let mut hit = false;
        // "Aanwijzing ‘x’", "kaart x" … become "De kaart ‘Titel’", "de kaart ‘Titel’".
        let nouns: &[&str] = match noun {
            "Aanwijzing" => &["Aanwijzing", "aanwijzing", "Kaart", "kaart"],
            "Categorie" => &["Categorie", "categorie"],
            _ => &[noun],
        };
        for noun in nouns {
            for form in [format!("{noun} ‘{id}’"), format!("{noun} {id}")] {
                let with = if *noun == "Persoon" {
                    format!("{noun} {name}")
                } else if noun.starts_with(char::is_uppercase) {
                    capitalise(&name)
                } else {
                    name.clone()
                };
                let (next, h) = replace_id(&text, &form, &with);
                text = next;
                hit |= h;
            }
        }
        let (next, h) = replace_id(&text, &format!("‘{id}’"), &name);
        text = next;
        hit |= h;
        // A bare id only when it cannot be an ordinary word.
        if id.contains(['-', '_']) || id.chars().any(|c| c.is_ascii_digit()) {
            let (next, h) = replace_id(&text, id, &name);
            text = next;
            hit |= h;
        }
        if hit {
            ids.push(id.to_string());
        }
    }
    Plain { text, ids }
}

/// `text` with a capital first letter.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Where a clue is used: key clues, chains, other clues that wait for it, and
/// texts that name its title (answer, chains, hints, debrief). In Dutch, one
/// item a line; empty when nothing refers to it. Shown before deleting.
pub fn clue_references(s: &Scenario, index: usize) -> Vec<String> {
    let Some(clue) = s.clues.get(index) else { return Vec::new() };
    let title_of = |id: &str| {
        s.clues.iter().find(|c| c.id == id).map(|c| c.title.trim().to_string()).unwrap_or_else(|| id.to_string())
    };
    let mut out = Vec::new();
    if s.solution.key_clues.contains(&clue.id) {
        out.push("de kernaanwijzingen van de oplossing".to_string());
    }
    for (j, chain) in s.solution.chains.iter().enumerate() {
        if chain.from == clue.id || chain.to == clue.id {
            out.push(format!("verband {} (‘{}’ leidt tot ‘{}’)", j + 1, title_of(&chain.from), title_of(&chain.to)));
        }
    }
    for other in &s.clues {
        if other.id != clue.id && other.unlock.after.contains(&clue.id) {
            out.push(format!("de kaart ‘{}’ wacht op deze kaart", other.title.trim()));
        }
    }
    out.extend(mentions(s, &clue.id, &clue.title).into_iter().map(|(_, place)| format!("{place} noemt deze kaart")));
    out
}

/// The texts that name a card (its title, or its id): (path, trainer words).
fn mentions(s: &Scenario, id: &str, title: &str) -> Vec<(String, String)> {
    let title = title.trim().to_lowercase();
    let names = |text: &str| {
        let text = text.to_lowercase();
        (title.chars().count() >= 4 && text.contains(&title)) || (!id.is_empty() && replace_id(&text, id, "").1)
    };
    let mut out = Vec::new();
    if names(&s.solution.summary) {
        out.push(("solution.summary".to_string(), "het antwoord op de centrale vraag".to_string()));
    }
    for (j, chain) in s.solution.chains.iter().enumerate() {
        if names(&chain.why) {
            out.push((format!("solution.chains[{j}].why"), format!("de uitleg bij verband {}", j + 1)));
        }
    }
    for (k, hint) in s.hints.iter().enumerate() {
        if names(&hint.text) {
            out.push((format!("hints[{k}].text"), format!("hint {}", k + 1)));
        }
    }
    for (p, paragraph) in s.debrief.paragraphs.iter().enumerate() {
        if names(paragraph) {
            out.push((format!("debrief.paragraphs[{p}]"), format!("paragraaf {} van de nabespreking", p + 1)));
        }
    }
    for (q, question) in s.debrief.discussion_questions.iter().enumerate() {
        if names(question) {
            out.push((
                format!("debrief.discussion_questions[{q}]"),
                format!("gespreksvraag {} van de nabespreking", q + 1),
            ));
        }
    }
    out
}

/// Whether a deleted card is back in the draft (undo, or a card with its id or title).
fn is_back(s: &Scenario, card: &RemovedCard) -> bool {
    s.clues.iter().any(|c| c.id == card.id || (!card.title.trim().is_empty() && c.title.trim() == card.title.trim()))
}

/// Warnings for texts that still name a card that was deleted (`gone`: the
/// deleted cards; one that is back, by id or title, is skipped).
pub fn removed_card_mentions(s: &Scenario, gone: &[RemovedCard]) -> Vec<Problem> {
    let mut out = Vec::new();
    for card in gone.iter().filter(|card| !is_back(s, card)) {
        for (path, _) in mentions(s, &card.id, &card.title) {
            out.push(Problem::warning(
                path,
                format!(
                    "Deze tekst noemt nog {}, die je hebt verwijderd. Pas de tekst aan, of maak het verwijderen ongedaan.",
                    card_name(&card.title)
                ),
            ));
        }
    }
    out
}

/// The deleted cards still worth remembering: not back, and still named by a
/// text. The editor keeps this when it opens a draft, so the memory that is
/// stored with the own mystery does not grow for ever.
pub fn still_named(s: &Scenario, gone: &[RemovedCard]) -> Vec<RemovedCard> {
    gone.iter().filter(|card| !is_back(s, card) && !mentions(s, &card.id, &card.title).is_empty()).cloned().collect()
}

/// Remember `card` as deleted (once: a card deleted again replaces the old entry).
pub fn remember(gone: &mut Vec<RemovedCard>, card: RemovedCard) {
    gone.retain(|c| c.id != card.id);
    gone.push(card);
}

/// A warning from [`removed_card_mentions`]: the editor does not call the
/// mystery "Speelbaar" while one is open.
pub fn is_removed_card_mention(problem: &Problem) -> bool {
    problem.message.contains(", die je hebt verwijderd.")
}
