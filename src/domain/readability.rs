//! Readability of Dutch text with the Flesch–Douma formula, to check that a
//! mystery is written at B1 level (short sentences, short words).
//!
//! Flesch–Douma = 206.835 − 0.93 × (words per sentence) − 77 × (syllables per word).
//! 60–70 is "fairly easy" (B1), above 70 is easy; below 50 is hard.

use super::scenario::Scenario;

/// The lowest Flesch–Douma score a mystery may have. Plain B1 Dutch scores
/// 60 and up; the floor leaves room for names and for the official letters a
/// mystery quotes on purpose.
pub const B1_FLOOR: f64 = 60.0;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Readability {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
}

impl Readability {
    pub fn words_per_sentence(&self) -> f64 {
        self.words as f64 / self.sentences.max(1) as f64
    }

    pub fn syllables_per_word(&self) -> f64 {
        self.syllables as f64 / self.words.max(1) as f64
    }

    pub fn flesch_douma(&self) -> f64 {
        206.835 - 0.93 * self.words_per_sentence() - 77.0 * self.syllables_per_word()
    }

    fn add(&mut self, other: Readability) {
        self.sentences += other.sentences;
        self.words += other.words;
        self.syllables += other.syllables;
    }
}

/// Measure one or more texts together.
pub fn measure<'a>(texts: impl IntoIterator<Item = &'a str>) -> Readability {
    let mut total = Readability::default();
    for text in texts {
        total.add(measure_one(text));
    }
    total
}

fn measure_one(text: &str) -> Readability {
    let mut result = Readability::default();
    let mut words_in_sentence = 0;
    for token in text.split_whitespace() {
        let word: String = token.chars().filter(|c| c.is_alphabetic()).collect();
        if !word.is_empty() {
            result.words += 1;
            result.syllables += syllables(&word);
            words_in_sentence += 1;
        }
        if words_in_sentence > 0 && token.ends_with(['.', '!', '?']) {
            result.sentences += 1;
            words_in_sentence = 0;
        }
    }
    if words_in_sentence > 0 {
        result.sentences += 1;
    }
    result
}

/// Dutch syllables, estimated as groups of vowels ("oe", "ij", "aai" are one group).
fn syllables(word: &str) -> usize {
    let mut count = 0;
    let mut in_vowels = false;
    let mut previous = ' ';
    for c in word.to_lowercase().chars() {
        // "ij" is one sound: the j continues the vowel group of the i.
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'à'..='ÿ') || (c == 'j' && previous == 'i');
        if vowel && !in_vowels {
            count += 1;
        }
        in_vowels = vowel;
        previous = c;
    }
    count.max(1)
}

/// The texts players read and answer: every clue, the case, the central
/// question, the reflection statements and questions, and the discussion questions.
pub fn player_texts(scenario: &Scenario) -> Vec<&str> {
    let mut texts: Vec<&str> = Vec::new();
    texts.push(&scenario.central_question);
    texts.extend(scenario.case.paragraphs.iter().map(String::as_str));
    texts.extend(scenario.clues.iter().map(|c| c.text.as_str()));
    texts.extend(scenario.reflection.statements.iter().map(|s| s.text.as_str()));
    texts.extend(scenario.reflection.questions.iter().map(|q| q.text.as_str()));
    texts.extend(scenario.debrief.discussion_questions.iter().map(String::as_str));
    texts
}

/// Readability of everything players read in a scenario.
pub fn of_scenario(scenario: &Scenario) -> Readability {
    measure(player_texts(scenario))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_dutch_syllables_by_vowel_groups() {
        assert_eq!(syllables("brief"), 1);
        assert_eq!(syllables("gemeente"), 3);
        assert_eq!(syllables("bijstand"), 2);
        assert_eq!(syllables("huis"), 1);
        assert_eq!(syllables("rechtsbescherming"), 4);
        assert_eq!(syllables("x"), 1);
    }

    #[test]
    fn counts_sentences_and_words() {
        let r = measure(["Ik snap de brief niet. Wie helpt mij? Ik bel de gemeente"]);
        assert_eq!(r.sentences, 3);
        assert_eq!(r.words, 12);
        // Amounts and dates with dots do not end a sentence.
        let r = measure(["Ze moet € 1.180 betalen voor 15.07 uur."]);
        assert_eq!(r.sentences, 1);
    }

    #[test]
    fn short_plain_text_scores_higher_than_officialese() {
        let plain = measure(["Ik kreeg een brief. Ik snapte hem niet. Toen belde ik de gemeente."]);
        let official =
            measure(["Op grond van artikel 58 van de Participatiewet wordt de ten onrechte verstrekte bijstand \
             teruggevorderd, met inachtneming van de beslagvrije voet en onverminderd uw inlichtingenplicht."]);
        assert!(plain.flesch_douma() > 80.0, "{}", plain.flesch_douma());
        assert!(official.flesch_douma() < 30.0, "{}", official.flesch_douma());
    }

    #[test]
    fn empty_text_does_not_divide_by_zero() {
        let r = measure([""]);
        assert!(r.flesch_douma().is_finite());
    }
}
