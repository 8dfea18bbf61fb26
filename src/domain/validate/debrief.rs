//! The debrief: what really happened and the questions for the talk afterwards.

use crate::domain::scenario::Scenario;

use super::check::Check;

pub(super) fn check_debrief(c: &mut Check, s: &Scenario) {
    let d = &s.debrief;
    if d.paragraphs.is_empty() {
        c.error(
            "debrief.paragraphs",
            "De nabespreking heeft geen alinea's. Voeg minstens één alinea toe over wat er echt gebeurde.",
        );
    }
    for (i, paragraph) in d.paragraphs.iter().enumerate() {
        c.filled(format!("debrief.paragraphs[{i}]"), paragraph, "Deze alinea is leeg. Vul hem in of haal hem weg.");
    }
    if d.discussion_questions.is_empty() {
        c.error(
            "debrief.discussion_questions",
            "Er zijn geen vragen voor het gesprek na afloop. Voeg minstens één vraag toe.",
        );
    }
    for (i, question) in d.discussion_questions.iter().enumerate() {
        c.filled(
            format!("debrief.discussion_questions[{i}]"),
            question,
            "Deze vraag is leeg. Vul hem in of haal hem weg.",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    use serde_json::json;

    #[test]
    fn the_debrief_has_paragraphs_and_questions() {
        let mut s = scenario();
        s.debrief.paragraphs.clear();
        s.debrief.discussion_questions = vec![String::new()];
        let problems = run(check_debrief, &s);
        assert!(at(&problems, "debrief.paragraphs").message.contains("geen alinea's"));
        assert!(at(&problems, "debrief.discussion_questions[0]").message.contains("leeg"));
    }

    #[test]
    fn debrief_rules() {
        let problems = problems_after(|v| v["debrief"]["paragraphs"] = json!([]));
        assert_error(&problems, "debrief.paragraphs", &["alinea"]);
        let problems = problems_after(|v| v["debrief"]["paragraphs"][0] = json!(""));
        assert_error(&problems, "debrief.paragraphs[0]", &["leeg"]);
        let problems = problems_after(|v| v["debrief"]["discussion_questions"] = json!([]));
        assert_error(&problems, "debrief.discussion_questions", &["vraag"]);
        let problems = problems_after(|v| v["debrief"]["discussion_questions"][0] = json!(" "));
        assert_error(&problems, "debrief.discussion_questions[0]", &["leeg"]);
    }
}
