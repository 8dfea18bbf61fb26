//! Reflection: statements and open questions, each with an id and a text.

use crate::domain::scenario::Scenario;
use crate::domain::text::quote;

use super::check::Check;

pub(super) fn check_reflection(c: &mut Check, s: &Scenario) {
    let r = &s.reflection;
    if r.statements.is_empty() {
        c.error(
            "reflection.statements",
            "Er zijn geen stellingen. Voeg minstens één stelling toe, zoals ‘In onze gemeente weten inwoners waar ze met een brief terechtkunnen.’",
        );
    }
    c.unique_ids("reflection.statements", r.statements.iter().map(|st| st.id.as_str()), "stelling");
    for (i, statement) in r.statements.iter().enumerate() {
        c.filled(
            format!("reflection.statements[{i}].text"),
            &statement.text,
            format!("Stelling {} heeft geen tekst. Schrijf de stelling op.", quote(&statement.id)),
        );
    }
    if r.questions.is_empty() {
        c.error(
            "reflection.questions",
            "Er zijn geen open vragen. Voeg minstens één vraag toe, zoals ‘Wat gaat goed in jullie praktijk?’",
        );
    }
    c.unique_ids("reflection.questions", r.questions.iter().map(|q| q.id.as_str()), "vraag");
    for (i, question) in r.questions.iter().enumerate() {
        c.filled(
            format!("reflection.questions[{i}].text"),
            &question.text,
            format!("Vraag {} heeft geen tekst. Schrijf de vraag op.", quote(&question.id)),
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
    fn statements_and_questions_are_needed() {
        let mut s = scenario();
        s.reflection.statements.clear();
        s.reflection.questions[0].text = " ".into();
        let problems = run(check_reflection, &s);
        assert!(at(&problems, "reflection.statements").message.contains("geen stellingen"));
        assert!(at(&problems, "reflection.questions[0].text").message.contains("geen tekst"));
    }

    #[test]
    fn reflection_rules() {
        let problems = problems_after(|v| v["reflection"]["statements"] = json!([]));
        assert_error(&problems, "reflection.statements", &["stelling"]);
        let problems = problems_after(|v| v["reflection"]["questions"] = json!([]));
        assert_error(&problems, "reflection.questions", &["vraag"]);
        let problems = problems_after(|v| v["reflection"]["statements"][1]["id"] = json!("s1"));
        assert_error(&problems, "reflection.statements[1].id", &["‘s1’"]);
        let problems = problems_after(|v| v["reflection"]["questions"][1]["id"] = json!("q1"));
        assert_error(&problems, "reflection.questions[1].id", &["‘q1’"]);
        // Ids only need to be unique within one list.
        let problems = problems_after(|v| v["reflection"]["questions"][0]["id"] = json!("s1"));
        assert!(!has_errors(&problems), "{}", list(&problems));
        let problems = problems_after(|v| v["reflection"]["statements"][0]["text"] = json!(""));
        assert_error(&problems, "reflection.statements[0].text", &["‘s1’"]);
        let problems = problems_after(|v| v["reflection"]["questions"][1]["text"] = json!(""));
        assert_error(&problems, "reflection.questions[1].text", &["‘q2’"]);
    }
}
