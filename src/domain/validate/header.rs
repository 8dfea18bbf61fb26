//! The header of a mystery: format version, id, title, summary, central
//! question, case, bouwstenen, playing time and group size.

use crate::domain::read::version_problem;
use crate::domain::scenario::{Scenario, FORMAT_VERSION};
use crate::domain::text::quote;

use super::check::{duplicates, Check};

/// `duration_minutes` must lie in this range.
pub const DURATION_MINUTES: std::ops::RangeInclusive<u32> = 10..=240;
/// Largest `group_size.max`.
pub const MAX_GROUP_SIZE: u32 = 12;

pub(super) fn check_header(c: &mut Check, s: &Scenario) {
    if s.format_version != FORMAT_VERSION {
        c.problems.push(version_problem(s.format_version, "Dit mysterie"));
    }
    c.id("id", &s.id, "het mysterie");
    c.filled("title", &s.title, "De titel (title) is leeg. Geef het mysterie een korte titel.");
    c.filled(
        "summary",
        &s.summary,
        "De samenvatting (summary) is leeg. Schrijf in één of twee zinnen waar het mysterie over gaat.",
    );
    c.filled(
        "central_question",
        &s.central_question,
        "De centrale vraag (central_question) is leeg. Schrijf de vraag op die het team moet beantwoorden.",
    );
    c.filled("case.title", &s.case.title, "De titel van de casus (case.title) is leeg. Vul een korte titel in.");
    if s.case.paragraphs.is_empty() {
        c.error(
            "case.paragraphs",
            "De casus heeft geen alinea's. Voeg minstens één alinea toe die vertelt wat er met de inwoner gebeurt.",
        );
    }
    for (i, paragraph) in s.case.paragraphs.iter().enumerate() {
        c.filled(format!("case.paragraphs[{i}]"), paragraph, "Deze alinea is leeg. Vul hem in of haal hem weg.");
    }

    if s.bouwstenen.is_empty() {
        c.error(
            "bouwstenen",
            format!(
                "De lijst bouwstenen is leeg. Zet er minstens de hoofdbouwsteen in: {}.",
                quote(s.main_bouwsteen.as_str())
            ),
        );
    } else if !s.bouwstenen.contains(&s.main_bouwsteen) {
        c.error(
            "bouwstenen",
            format!(
                "De hoofdbouwsteen {} (main_bouwsteen) staat niet in de lijst bouwstenen. Voeg hem toe aan de lijst.",
                quote(s.main_bouwsteen.as_str())
            ),
        );
    }
    duplicates(c, "bouwstenen", &s.bouwstenen, |b| b.as_str(), "Bouwsteen");

    if !DURATION_MINUTES.contains(&s.duration_minutes) {
        c.error(
            "duration_minutes",
            format!(
                "Een speelduur van {} minuten kan niet. Kies {} tot en met {} minuten.",
                s.duration_minutes,
                DURATION_MINUTES.start(),
                DURATION_MINUTES.end()
            ),
        );
    }
    let g = s.group_size;
    if g.min < 1 {
        c.error("group_size.min", format!("Een groep van {} personen kan niet. Zet min op 1 of meer.", g.min));
    }
    if g.max > MAX_GROUP_SIZE {
        c.error(
            "group_size.max",
            format!("Een groep van {} personen is te groot. Zet max op {MAX_GROUP_SIZE} of minder.", g.max),
        );
    }
    if g.min > g.max {
        c.error(
            "group_size",
            format!(
                "De kleinste groep (min {}) is groter dan de grootste groep (max {}). Maak min kleiner of gelijk aan max.",
                g.min, g.max
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::domain::validate::*;
    use serde_json::json;

    #[test]
    fn playing_time_and_group_size_must_fit() {
        let mut s = scenario();
        s.duration_minutes = 5;
        s.group_size.min = 14;
        s.group_size.max = 13;
        let problems = run(check_header, &s);
        assert!(at(&problems, "duration_minutes").message.contains("5 minuten"));
        assert!(at(&problems, "group_size.max").message.contains("13 personen"));
        assert!(at(&problems, "group_size").is_error());
    }

    #[test]
    fn the_main_bouwsteen_is_in_the_list() {
        let mut s = scenario();
        s.bouwstenen.retain(|b| *b != s.main_bouwsteen);
        s.bouwstenen.push(crate::domain::scenario::Bouwsteen::Bereik);
        s.bouwstenen.dedup();
        let message = at(&run(check_header, &s), "bouwstenen").message;
        assert!(message.contains("hoofdbouwsteen"), "{message}");
    }

    #[test]
    fn struct_format_version_must_match() {
        let mut s = scenario();
        s.format_version = 3;
        assert_error(&validate(&s), "format_version", &["3"]);
    }

    #[test]
    fn id_format() {
        let problems = problems_after(|v| v["id"] = json!("Mijn Mysterie"));
        assert_error(&problems, "id", &["‘Mijn Mysterie’", "kleine letters", "mijn-mysterie"]);
        let problems = problems_after(|v| v["id"] = json!("a".repeat(65)));
        assert_error(&problems, "id", &["65", "64"]);
        let problems = problems_after(|v| v["id"] = json!(""));
        assert_error(&problems, "id", &["leeg"]);
        assert!(is_valid_id("a") && is_valid_id(&"a".repeat(64)) && is_valid_id("brief-2"));
        assert!(!is_valid_id("") && !is_valid_id("Brief") && !is_valid_id("brief_2") && !is_valid_id("é"));
    }

    #[test]
    fn texts_of_the_header_must_be_filled() {
        for (path, field) in [("title", "title"), ("summary", "summary"), ("central_question", "central_question")] {
            let problems = problems_after(|v| v[field] = json!("  "));
            assert_error(&problems, path, &[field]);
        }
        let problems = problems_after(|v| v["case"]["title"] = json!(""));
        assert_error(&problems, "case.title", &["case.title"]);
    }

    #[test]
    fn case_needs_paragraphs() {
        let problems = problems_after(|v| v["case"]["paragraphs"] = json!([]));
        assert_error(&problems, "case.paragraphs", &["alinea"]);
        let problems = problems_after(|v| v["case"]["paragraphs"][1] = json!(" "));
        assert_error(&problems, "case.paragraphs[1]", &["leeg"]);
    }

    #[test]
    fn bouwstenen_rules() {
        let problems = problems_after(|v| v["bouwstenen"] = json!([]));
        assert_error(&problems, "bouwstenen", &["leeg", "toegang"]);
        let problems = problems_after(|v| v["bouwstenen"].as_array_mut().unwrap().push(json!("informatie")));
        assert_error(&problems, "bouwstenen[3]", &["‘informatie’", "twee keer"]);
        let problems = problems_after(|v| v["main_bouwsteen"] = json!("aanbod"));
        assert_error(&problems, "bouwstenen", &["‘aanbod’", "main_bouwsteen"]);
    }

    #[test]
    fn duration_range() {
        for minutes in [9, 241, 0] {
            let problems = problems_after(|v| v["duration_minutes"] = json!(minutes));
            assert_error(&problems, "duration_minutes", &[&minutes.to_string(), "10", "240"]);
        }
        for minutes in [10, 240] {
            let problems = problems_after(|v| v["duration_minutes"] = json!(minutes));
            assert_no_problem_at(&problems, "duration_minutes");
        }
    }

    #[test]
    fn group_size_rules() {
        let problems = problems_after(|v| v["group_size"] = json!({"min": 0, "max": 4}));
        assert_error(&problems, "group_size.min", &["0"]);
        let problems = problems_after(|v| v["group_size"] = json!({"min": 2, "max": 13}));
        assert_error(&problems, "group_size.max", &["13", "12"]);
        let problems = problems_after(|v| v["group_size"] = json!({"min": 6, "max": 4}));
        assert_error(&problems, "group_size", &["min 6", "max 4"]);
        let problems = problems_after(|v| v["group_size"] = json!({"min": 1, "max": 12}));
        assert!(!problems.iter().any(|p| p.path.starts_with("group_size")), "{}", list(&problems));
    }
}
