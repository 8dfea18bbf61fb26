//! Lengths of every text and title, wherever it is in the file.

use serde_json::Value;

use crate::domain::json_path::join;
use crate::domain::scenario::Scenario;

use super::check::Check;

/// A text field longer than this (in characters) is an error: it cannot be
/// read in the game, and very long texts slow the phone down.
pub const MAX_TEXT_CHARS: usize = 5000;
/// A title or name (of the mystery, a clue, a character, a category, …)
/// longer than this (in characters) is an error.
pub const MAX_TITLE_CHARS: usize = 300;

/// An error for every text longer than [`MAX_TEXT_CHARS`], and for every
/// title or name longer than [`MAX_TITLE_CHARS`].
pub(super) fn check_text_lengths(c: &mut Check, s: &Scenario) {
    fn walk(value: &Value, path: &str, c: &mut Check) {
        match value {
            Value::String(text) => {
                let chars = text.chars().count();
                let field = path.rsplit('.').next().unwrap_or(path);
                let is_title = matches!(field, "title" | "name" | "label");
                if is_title && chars > MAX_TITLE_CHARS {
                    c.error(
                        path,
                        format!(
                            "Deze titel of naam is {chars} tekens lang. Dat past niet op een kaart of in het spel: hoogstens {MAX_TITLE_CHARS} tekens. Maak hem korter."
                        ),
                    );
                } else if chars > MAX_TEXT_CHARS {
                    c.error(
                        path,
                        format!(
                            "Deze tekst is {chars} tekens lang. Dat is te lang om in het spel te lezen: hoogstens {MAX_TEXT_CHARS} tekens. Maak hem korter of verdeel hem over meer kaarten."
                        ),
                    );
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, &format!("{path}[{i}]"), c);
                }
            }
            Value::Object(fields) => {
                for (name, item) in fields {
                    walk(item, &join(path, name), c);
                }
            }
            _ => {}
        }
    }
    if let Ok(value) = serde_json::to_value(s) {
        walk(&value, "", c);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    use serde_json::json;

    #[test]
    fn titles_and_texts_have_their_own_limit() {
        let mut s = scenario();
        s.clues[2].title = "t".repeat(MAX_TITLE_CHARS + 1);
        s.clues[2].text = "t".repeat(MAX_TEXT_CHARS + 1);
        let problems = run(check_text_lengths, &s);
        assert!(at(&problems, "clues[2].title").message.contains("titel of naam"));
        assert!(at(&problems, "clues[2].text").message.contains("5001 tekens"));
    }

    #[test]
    fn very_long_text_is_an_error() {
        // Issue #17: a 1.5 MB text was "speelbaar" with a warning. See tests/limits.rs.
        let problems = problems_after(|v| v["case"]["paragraphs"][0] = json!("a".repeat(5001)));
        assert_error(&problems, "case.paragraphs[0]", &["5001", "5000"]);
        let problems = problems_after(|v| v["clues"][2]["text"] = json!("é".repeat(5000)));
        assert_no_problem_at(&problems, "clues[2].text");
    }
}
