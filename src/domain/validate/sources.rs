//! The sections of the guide a mystery cites.

use crate::domain::scenario::Scenario;
use crate::domain::text::quote;

use super::check::Check;

pub(super) fn check_sources(c: &mut Check, s: &Scenario) {
    for (i, source) in s.sources.iter().enumerate() {
        if !is_valid_section(&source.section) {
            c.error(
                format!("sources[{i}].section"),
                format!(
                    "Paragraaf {} klopt niet. Schrijf alleen het nummer uit de handreiking, met cijfers en punten, zoals ‘2.7’ of ‘11’.",
                    quote(&source.section)
                ),
            );
        }
        c.filled(
            format!("sources[{i}].title"),
            &source.title,
            "De titel van deze bron is leeg. Neem de titel van de paragraaf uit de handreiking over.",
        );
    }
}

/// Whether `section` is a section number of the guide: digits and dots, like
/// "2.7" or "11".
pub fn is_valid_section(section: &str) -> bool {
    !section.is_empty() && section.split('.').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    use serde_json::json;

    #[test]
    fn a_section_is_digits_and_dots() {
        assert!(is_valid_section("2.7") && is_valid_section("11"));
        assert!(!is_valid_section("2.") && !is_valid_section("§2") && !is_valid_section(""));
        let mut s = scenario();
        s.sources[0].section = "hoofdstuk 2".into();
        let message = at(&run(check_sources, &s), "sources[0].section").message;
        assert!(message.contains("‘hoofdstuk 2’"), "{message}");
    }

    #[test]
    fn source_rules() {
        let problems = problems_after(|v| v["sources"][0]["section"] = json!("hoofdstuk 2"));
        assert_error(&problems, "sources[0].section", &["‘hoofdstuk 2’", "2.7"]);
        let problems = problems_after(|v| v["sources"][0]["section"] = json!("2."));
        assert_error(&problems, "sources[0].section", &["‘2.’"]);
        let problems = problems_after(|v| v["sources"][0]["title"] = json!(""));
        assert_error(&problems, "sources[0].title", &["titel"]);
        assert!(is_valid_section("11") && is_valid_section("2.7") && is_valid_section("2.7.1"));
        assert!(
            !is_valid_section("") && !is_valid_section(".2") && !is_valid_section("2..7") && !is_valid_section("§2")
        );
    }
}
