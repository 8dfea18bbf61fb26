//! How a document card looks: a letter like a letter, a flyer like a flyer, a
//! statement like a statement. The look is read from the card's own title and
//! text, and the text is only split into parts (letterhead, subject, body,
//! closing), never changed: joined with spaces the parts are the text again.

use crate::domain::scenario::{Clue, ClueKind};

/// The paper a document card is printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentLook {
    /// A letter or a decision (besluit, aanmaning, herinnering …).
    Letter,
    /// An e-mail or a message in a box (Van:, Aan:, automatisch antwoord).
    Mail,
    /// A flyer, folder, petition, factsheet or newspaper item.
    Flyer,
    /// A bank statement, a tally sheet, figures.
    Statement,
    /// Everything else: minutes, a note, a memo, work instructions.
    Note,
}

impl DocumentLook {
    pub const ALL: [DocumentLook; 5] =
        [DocumentLook::Letter, DocumentLook::Mail, DocumentLook::Flyer, DocumentLook::Statement, DocumentLook::Note];

    /// For CSS classes: `doc-<name>`.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentLook::Letter => "letter",
            DocumentLook::Mail => "mail",
            DocumentLook::Flyer => "flyer",
            DocumentLook::Statement => "statement",
            DocumentLook::Note => "note",
        }
    }

    /// Words that give this look, checked in the order of [`DocumentLook::ALL`]
    /// after flyers and statements (which are the most specific).
    fn words(self) -> &'static [&'static str] {
        match self {
            DocumentLook::Flyer => &["flyer", "folder", "petitie", "factsheet", "krant"],
            DocumentLook::Statement => {
                &["bankafschrift", "betaalrekening", "turflijst", "cijfers", "bijschrijvingen", "meldingen"]
            }
            DocumentLook::Mail => &["mail", "van:", "automatisch antwoord", "berichtenbox"],
            DocumentLook::Letter => {
                &["brief", "besluit", "aanmaning", "aanzegging", "herinnering", "uitnodiging", "geachte", "beste "]
            }
            DocumentLook::Note => &[],
        }
    }
}

/// The look of a clue, `None` for voices and facts.
pub fn document_look(clue: &Clue) -> Option<DocumentLook> {
    if clue.kind != ClueKind::Document {
        return None;
    }
    // The title and the opening of the text say what kind of paper it is.
    let opening: String = clue.text.chars().take(90).collect();
    let haystack = format!("{} {}", clue.title, opening).to_lowercase();
    let order = [DocumentLook::Flyer, DocumentLook::Statement, DocumentLook::Mail, DocumentLook::Letter];
    Some(order.into_iter().find(|look| look.words().iter().any(|w| haystack.contains(w))).unwrap_or(DocumentLook::Note))
}

/// A document's text in parts. Joined with single spaces (leaving out the
/// absent ones) the parts are exactly the original text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocumentParts {
    /// Sender, place and date above the subject: the letterhead.
    pub head: Option<String>,
    /// "Onderwerp: …." up to the end of that sentence.
    pub subject: Option<String>,
    pub body: String,
    /// From "Met vriendelijke groet" on: the signature block.
    pub closing: Option<String>,
}

impl DocumentParts {
    /// The parts joined again: equals the text they came from.
    pub fn joined(&self) -> String {
        [self.head.as_deref(), self.subject.as_deref(), Some(self.body.as_str()), self.closing.as_deref()]
            .into_iter()
            .flatten()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

const SUBJECT: &str = "Onderwerp:";
const SALUTATIONS: [&str; 2] = ["Geachte ", "Beste "];
const CLOSINGS: [&str; 3] = ["Met vriendelijke groet", "Met vriendelijke groeten", "Hoogachtend"];

/// The byte index where `needle` starts a sentence or the text in `text`.
fn sentence_start(text: &str, needle: &str) -> Option<usize> {
    if text.starts_with(needle) {
        return Some(0);
    }
    text.match_indices(needle).map(|(i, _)| i).find(|&i| text[..i].ends_with(". ") || text[..i].ends_with(", "))
}

/// Split at byte `at` (a space precedes it): the trimmed part before, the part from `at`.
fn split_at_space(text: &str, at: usize) -> (String, String) {
    (text[..at].trim_end().to_string(), text[at..].to_string())
}

/// Splits a letter or mail into letterhead, subject, body and closing. Text
/// without a subject line or salutation stays one body.
pub fn document_parts(text: &str) -> DocumentParts {
    let text = text.trim();
    let mut parts = DocumentParts::default();
    let mut rest = text.to_string();
    if let Some(at) = sentence_start(&rest, SUBJECT) {
        let (head, from_subject) = split_at_space(&rest, at);
        let end = from_subject.find(". ").map(|e| e + 1).unwrap_or(from_subject.len());
        parts.head = (!head.is_empty()).then_some(head);
        parts.subject = Some(from_subject[..end].to_string());
        rest = from_subject[end..].trim_start().to_string();
    } else if let Some(at) = SALUTATIONS.iter().filter_map(|s| sentence_start(&rest, s)).min() {
        let (head, body) = split_at_space(&rest, at);
        parts.head = (!head.is_empty()).then_some(head);
        rest = body;
    }
    if let Some(at) = CLOSINGS.iter().filter_map(|c| sentence_start(&rest, c)).filter(|&i| i > 0).min() {
        let (body, closing) = split_at_space(&rest, at);
        parts.closing = Some(closing);
        rest = body;
    }
    parts.body = rest;
    parts
}
