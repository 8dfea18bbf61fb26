//! The categories the team sorts into: enough of them, unique ids, a name,
//! and each one used by a card.

use std::collections::HashSet;

use crate::domain::scenario::Scenario;
use crate::domain::text::quote;

use super::check::Check;

pub const MIN_CATEGORIES: usize = 2;

pub(super) fn check_categories(c: &mut Check, s: &Scenario) {
    let used: HashSet<&str> = s.clues.iter().filter_map(|clue| clue.category.as_deref()).collect();
    let n = s.categories.len();
    if n < MIN_CATEGORIES {
        c.error(
            "categories",
            format!(
                "Er zijn {n} categorieën. Er zijn er minstens {MIN_CATEGORIES} nodig om te kunnen ordenen. Voeg een categorie toe."
            ),
        );
    }
    c.unique_ids("categories", s.categories.iter().map(|cat| cat.id.as_str()), "categorie");
    for (i, category) in s.categories.iter().enumerate() {
        let p = format!("categories[{i}]");
        c.filled(
            format!("{p}.name"),
            &category.name,
            format!("Categorie {} heeft geen naam. Vul een naam in die het team ziet.", quote(&category.id)),
        );
        if !used.contains(category.id.as_str()) {
            c.warning(
                p,
                format!(
                    "Geen enkele aanwijzing hoort in categorie {}. Kies deze categorie bij een aanwijzing, of haal de categorie weg.",
                    quote(&category.id)
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::domain::validate::*;
    use serde_json::json;

    #[test]
    fn too_few_and_unused_categories() {
        let mut s = scenario();
        s.categories.truncate(1);
        let problems = run(check_categories, &s);
        assert!(at(&problems, "categories").message.contains("minstens 2"));

        let mut s = scenario();
        s.clues.iter_mut().filter(|c| c.category.as_deref() == Some("brieven")).for_each(|c| c.category = None);
        assert!(!at(&run(check_categories, &s), "categories[0]").is_error());
    }

    #[test]
    fn at_least_two_categories() {
        let problems = problems_after(|v| v["categories"].as_array_mut().unwrap().truncate(1));
        assert_error(&problems, "categories", &["1", "2"]);
    }

    #[test]
    fn category_ids_unique_and_names_filled() {
        let problems = problems_after(|v| v["categories"][1]["id"] = json!("brieven"));
        assert_error(&problems, "categories[1].id", &["‘brieven’", "categories[0]"]);
        let problems = problems_after(|v| v["categories"][1]["id"] = json!(""));
        assert_error(&problems, "categories[1].id", &["leeg"]);
        let problems = problems_after(|v| v["categories"][0]["name"] = json!(""));
        assert_error(&problems, "categories[0].name", &["‘brieven’"]);
    }

    #[test]
    fn unused_category_is_a_warning() {
        let problems =
            problems_after(|v| v["categories"].as_array_mut().unwrap().push(json!({"id": "geld", "name": "Geld"})));
        assert_warning(&problems, "categories[2]", &["‘geld’"]);
        assert!(!has_errors(&problems), "{}", list(&problems));
    }
}
