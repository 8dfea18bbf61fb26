//! Reading a team's explanation: which parts are sentences and which are a
//! bare list of words. Concept words only count inside sentences, and the
//! relational SOLO levels need enough words in sentences, so a keyword list
//! cannot reach the top levels (docs/scenario-format.md, section 4).
//!
//! The test is a plain heuristic a trainer can follow: the text is cut at
//! `.`, `!`, `?`, `;` and line ends; a piece is a *sentence* when it has
//! at least [`MIN_SENTENCE_WORDS`] words, its comma-separated parts average at
//! least [`MIN_CLAUSE_WORDS`] words (a list has parts of one or two words),
//! and at least one word in [`FUNCTION_SHARE`] is a Dutch function word (de,
//! het, een, is, niet, omdat, ...), as in any written Dutch sentence.

/// A piece of text needs at least this many words to count as a sentence.
pub const MIN_SENTENCE_WORDS: usize = 5;
/// The comma-separated parts of a sentence average at least this many words.
pub const MIN_CLAUSE_WORDS: usize = 3;
/// At least one word in this many is a function word (and at least two in all).
pub const FUNCTION_SHARE: usize = 5;

/// Dutch function words: articles, pronouns, auxiliaries, prepositions and
/// conjunctions. A sentence has them; a list of keywords hardly does.
const FUNCTION_WORDS: &[&str] = &[
    "aan", "al", "als", "bij", "daar", "daardoor", "daarom", "dan", "dat", "de", "deze", "die", "dit", "door", "dus",
    "een", "en", "er", "geen", "had", "hadden", "hebben", "heeft", "hem", "het", "hij", "hoe", "hun", "ik", "in", "is",
    "je", "kan", "kon", "konden", "kreeg", "kregen", "maar", "met", "moest", "moet", "na", "naar", "niemand", "niet",
    "niets", "nog", "of", "om", "omdat", "ook", "op", "over", "te", "toen", "tot", "uit", "van", "voor", "waardoor",
    "want", "waren", "was", "wat", "we", "wel", "werd", "werden", "wie", "wij", "worden", "wordt", "zal", "ze", "zij",
    "zijn", "zo", "zodat", "zou",
];

/// The words of the text: whitespace-separated tokens.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The pieces of `text` that read as sentences, in order, trimmed.
pub fn sentences(text: &str) -> Vec<&str> {
    text.split(['.', '!', '?', ';', '\n', '\r', '•']).map(str::trim).filter(|piece| is_sentence(piece)).collect()
}

/// The number of words inside sentences.
pub fn sentence_words(text: &str) -> usize {
    sentences(text).iter().map(|s| word_count(s)).sum()
}

/// Whether one piece (no sentence ends inside) reads as a sentence.
fn is_sentence(piece: &str) -> bool {
    let words: Vec<String> = piece
        .split(|c: char| c.is_whitespace() || c == ',' || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < MIN_SENTENCE_WORDS {
        return false;
    }
    let clauses = piece.split([',', '/']).filter(|part| part.split_whitespace().next().is_some()).count().max(1);
    if words.len() < MIN_CLAUSE_WORDS * clauses {
        return false;
    }
    let function = words.iter().filter(|w| FUNCTION_WORDS.contains(&w.as_str())).count();
    function >= 2 && function * FUNCTION_SHARE >= words.len()
}

/// Whether a concept word (lowercase, trimmed) occurs inside one of the sentences.
pub fn named_in_sentences(sentences: &[&str], word: &str) -> bool {
    let word = word.trim().to_lowercase();
    !word.is_empty() && sentences.iter().any(|s| s.to_lowercase().contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_sorted_and_lowercase() {
        let mut sorted = FUNCTION_WORDS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, FUNCTION_WORDS);
        assert!(FUNCTION_WORDS.iter().all(|w| *w == w.to_lowercase()));
    }
}
