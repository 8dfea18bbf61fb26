//! The library index (`index.json`): the rules on the index itself, and
//! whether an entry matches the mystery in its file.

use std::collections::HashMap;

use crate::domain::read::version_problem;
use crate::domain::scenario::{Bouwsteen, GroupSize, Library, LibraryEntry, Scenario, FORMAT_VERSION};
use crate::domain::text::quote;

use super::check::{first_seen, Check};
use super::Problem;

/// Every rule on a parsed library: format version, ids, file names, titles.
pub fn validate_library(library: &Library) -> Vec<Problem> {
    let mut c = Check::default();
    if library.format_version != FORMAT_VERSION {
        c.problems.push(version_problem(library.format_version, "De bibliotheek (index.json)"));
    }
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut files: HashMap<&str, usize> = HashMap::new();
    for (i, entry) in library.mysteries.iter().enumerate() {
        let p = format!("mysteries[{i}]");
        c.id(&format!("{p}.id"), &entry.id, "dit mysterie");
        if let Some(first) = first_seen(&mut ids, &entry.id, i) {
            c.error(
                format!("{p}.id"),
                format!(
                    "Id {} staat al in de bibliotheek (bij mysteries[{first}]). Geef elk mysterie een eigen id.",
                    quote(&entry.id)
                ),
            );
        }
        let file = entry.file.as_str();
        if file.trim().is_empty() {
            c.error(
                format!("{p}.file"),
                "De bestandsnaam is leeg. Vul de naam van het bestand in de map mysteries in, zoals ‘mijn-mysterie.json’.",
            );
        } else if file.contains('/') || file.contains('\\') || file.contains("..") {
            c.error(
                format!("{p}.file"),
                format!(
                    "Bestand {} mag geen map of ‘..’ bevatten. Schrijf alleen de naam van het bestand, zoals ‘{}.json’. \
                     Het bestand moet in de map mysteries staan.",
                    quote(file),
                    entry.id
                ),
            );
        } else if !file.ends_with(".json") || file == ".json" {
            c.error(
                format!("{p}.file"),
                format!("Bestand {} moet eindigen op .json, zoals ‘{}.json’.", quote(file), entry.id),
            );
        } else if matches!(file, "index.json" | "schema.json" | "index.schema.json") {
            c.error(
                format!("{p}.file"),
                format!("Bestand {} is geen mysterie. Vul de naam van een mysterie-bestand in.", quote(file)),
            );
        } else if let Some(first) = first_seen(&mut files, file, i) {
            c.error(
                format!("{p}.file"),
                format!(
                    "Bestand {} staat al in de bibliotheek (bij mysteries[{first}]). Noem elk bestand maar één keer.",
                    quote(file)
                ),
            );
        }
        if entry.title.trim().is_empty() {
            c.error(format!("{p}.title"), "De titel is leeg. Neem de titel (title) uit het mysterie-bestand over.");
        }
    }
    c.problems
}

/// Differences between an entry of `index.json` and the scenario in its file.
/// Paths are relative to the entry (`title`); use [`Problem::prefixed`] to
/// put `mysteries[N]` before them.
pub fn check_entry_matches(entry: &LibraryEntry, scenario: &Scenario) -> Vec<Problem> {
    let mut c = Check::default();
    let expected = LibraryEntry::for_scenario(scenario, &entry.file);
    let mut differ = |field: &str, index: String, file: String| {
        if index != file {
            c.error(
                field,
                format!(
                    "In index.json staat bij {field} {}, maar in het bestand {} staat {}. \
                     Maak ze gelijk: neem de waarde uit het bestand over in index.json.",
                    quote(&index),
                    quote(&entry.file),
                    quote(&file)
                ),
            );
        }
    };
    differ("id", entry.id.clone(), expected.id.clone());
    differ("title", entry.title.clone(), expected.title.clone());
    differ("summary", entry.summary.clone(), expected.summary.clone());
    differ("main_bouwsteen", entry.main_bouwsteen.as_str().into(), expected.main_bouwsteen.as_str().into());
    differ("bouwstenen", bouwsteen_list(&entry.bouwstenen), bouwsteen_list(&expected.bouwstenen));
    differ("duration_minutes", entry.duration_minutes.to_string(), expected.duration_minutes.to_string());
    let size = |g: &GroupSize| format!("min {}, max {}", g.min, g.max);
    differ("group_size", size(&entry.group_size), size(&expected.group_size));
    differ("core", entry.core.to_string(), expected.core.to_string());
    if entry.file != format!("{}.json", scenario.id) {
        c.error(
            "file",
            format!(
                "Het bestand heet {}, maar het mysterie heeft id {}. Geef het bestand dezelfde naam als het id: ‘{}.json’.",
                quote(&entry.file),
                quote(&scenario.id),
                scenario.id
            ),
        );
    }
    c.problems
}

fn bouwsteen_list(list: &[Bouwsteen]) -> String {
    list.iter().map(|b| b.as_str()).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::domain::validate::*;
    use serde_json::{json, Value};

    #[test]
    fn an_entry_matches_its_file() {
        let s = scenario();
        let mut entry = LibraryEntry::for_scenario(&s, &format!("{}.json", s.id));
        assert_eq!(check_entry_matches(&entry, &s), Vec::new());
        entry.title = "Andere titel".into();
        entry.file = "anders.json".into();
        let paths: Vec<String> = check_entry_matches(&entry, &s).into_iter().map(|p| p.path).collect();
        assert_eq!(paths, ["title", "file"]);
    }

    #[test]
    fn file_names_stay_inside_the_folder() {
        let s = scenario();
        let mut entry = LibraryEntry::for_scenario(&s, "../geheim.json");
        entry.id = s.id.clone();
        let library = Library { format_version: FORMAT_VERSION, mysteries: vec![entry] };
        let problems = validate_library(&library);
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert_eq!(problems[0].path, "mysteries[0].file");
    }

    fn library_value() -> Value {
        let entry = LibraryEntry::for_scenario(&scenario(), "minimaal-mysterie.json");
        json!({ "format_version": 1, "mysteries": [entry] })
    }

    fn library_problems(mutate: impl FnOnce(&mut Value)) -> Vec<Problem> {
        let mut value = library_value();
        mutate(&mut value);
        parse_library(&value.to_string()).expect_err("should not parse")
    }

    #[test]
    fn valid_library_parses() {
        let library: Library = parse_library(&library_value().to_string()).expect("valid");
        assert_eq!(library.mysteries.len(), 1);
        assert!(validate_library(&library).is_empty());
    }

    #[test]
    fn library_with_a_duplicate_id() {
        let problems = library_problems(|v| {
            let mut second = v["mysteries"][0].clone();
            second["file"] = json!("ander.json");
            v["mysteries"].as_array_mut().unwrap().push(second);
        });
        assert_error(&problems, "mysteries[1].id", &["‘minimaal-mysterie’", "mysteries[0]"]);
    }

    #[test]
    fn library_file_must_be_a_plain_json_file_name() {
        for (file, needle) in [
            ("../x.json", "map"),
            ("sub/x.json", "map"),
            ("sub\\x.json", "map"),
            ("x.txt", ".json"),
            ("", "leeg"),
            ("index.json", "geen mysterie"),
        ] {
            let problems = library_problems(|v| v["mysteries"][0]["file"] = json!(file));
            assert_error(&problems, "mysteries[0].file", &[needle]);
            if !file.is_empty() {
                assert_error(&problems, "mysteries[0].file", &[&format!("‘{file}’")]);
            }
        }
        let problems = library_problems(|v| {
            let mut second = v["mysteries"][0].clone();
            second["id"] = json!("tweede");
            v["mysteries"].as_array_mut().unwrap().push(second);
        });
        assert_error(&problems, "mysteries[1].file", &["‘minimaal-mysterie.json’", "mysteries[0]"]);
    }

    #[test]
    fn library_entry_id_and_title() {
        let problems = library_problems(|v| v["mysteries"][0]["id"] = json!("Mijn Mysterie"));
        assert_error(&problems, "mysteries[0].id", &["‘Mijn Mysterie’"]);
        let problems = library_problems(|v| v["mysteries"][0]["title"] = json!(""));
        assert_error(&problems, "mysteries[0].title", &["titel"]);
    }

    #[test]
    fn library_reading_errors() {
        let problems = parse_library("{\"format_version\": 1,\n \"mysteries\": [}").expect_err("broken");
        assert!(problems[0].message.contains("regel 2, kolom"), "{}", list(&problems));
        let problems = library_problems(|v| remove(v, "format_version"));
        assert_error(&problems, "format_version", &["ontbreekt"]);
        let problems = library_problems(|v| v["format_version"] = json!(2));
        assert_error(&problems, "format_version", &["maak de app bij"]);
        let problems = library_problems(|v| v["format_version"] = json!(0));
        assert_error(&problems, "format_version", &["0"]);
        let problems = library_problems(|v| v["mysteries"][0]["main_bouwsteen"] = json!("hoofd"));
        assert_error(&problems, "mysteries[0].main_bouwsteen", &["‘hoofd’", "toegang"]);
        let problems = library_problems(|v| v["mysteries"][0]["extra"] = json!(1));
        assert_error(&problems, "mysteries[0].extra", &["‘extra’"]);
    }

    #[test]
    fn entry_matches_its_scenario() {
        let s = scenario();
        let entry = LibraryEntry::for_scenario(&s, "minimaal-mysterie.json");
        assert!(check_entry_matches(&entry, &s).is_empty());

        let mut changed = entry.clone();
        changed.title = "Andere titel".into();
        changed.duration_minutes = 90;
        changed.group_size.max = 8;
        let problems = check_entry_matches(&changed, &s);
        assert_error(&problems, "title", &["‘Andere titel’", "‘De brief van de gemeente’"]);
        assert_error(&problems, "duration_minutes", &["‘90’", "‘30’"]);
        assert_error(&problems, "group_size", &["max 8", "max 5"]);
        assert_eq!(problems.len(), 3, "{}", list(&problems));
        assert_eq!(problems[0].clone().prefixed("mysteries[0]").path, "mysteries[0].title");

        let mut changed = entry.clone();
        changed.bouwstenen.pop();
        changed.main_bouwsteen = crate::domain::scenario::Bouwsteen::Aanbod;
        let problems = check_entry_matches(&changed, &s);
        assert_error(&problems, "bouwstenen", &["bejegening"]);
        assert_error(&problems, "main_bouwsteen", &["‘aanbod’", "‘toegang’"]);

        let mut changed = entry;
        changed.id = "ander".into();
        changed.file = "ander.json".into();
        let problems = check_entry_matches(&changed, &s);
        assert_error(&problems, "id", &["‘ander’", "‘minimaal-mysterie’"]);
        assert_error(&problems, "file", &["‘ander.json’", "minimaal-mysterie.json"]);
    }
}
