//! The trainer studio's model: undo/redo, editor operations, import/export,
//! migrations and the stored form of own mysteries.

use mysterie::domain::scenario::{Phase, QuestionTopic, Relevance, Role, Scenario};
use mysterie::domain::studio::edit::{self, IdKind};
use mysterie::domain::studio::history::{History, LIMIT};
use mysterie::domain::studio::own::{self, OwnMystery};
use mysterie::domain::studio::transfer;
use mysterie::domain::validate::{self, migrate_with, validate, MigrationStep, Problem, Severity, MAX_SCENARIO_BYTES};
use serde_json::{json, Value};

fn bundled() -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir("mysteries")
        .expect("mysteries/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().contains("schema") || n == "index.json"))
        .collect();
    files.sort();
    files.into_iter().map(|p| (p.display().to_string(), std::fs::read_to_string(&p).expect("read"))).collect()
}

fn sample() -> Scenario {
    let (_, text) = bundled().into_iter().next().expect("a bundled mystery");
    validate::parse_scenario(&text).expect("bundled mysteries are valid")
}

fn errors_of(problems: &[Problem]) -> Vec<String> {
    problems.iter().filter(|p| p.severity == Severity::Error).map(Problem::describe).collect()
}

// ---------------------------------------------------------------------------
// Export and import

/// A trainer who exports a bundled mystery gets the file as shipped.
#[test]
fn bundled_mysteries_are_stored_in_canonical_export_form() {
    for (path, text) in bundled() {
        let imported = transfer::import(&text).expect(&path);
        assert!(imported.playable(), "{path}: {:?}", errors_of(&imported.problems));
        let canonical = transfer::export(&imported.scenario);
        if std::env::var_os("UPDATE_MYSTERIES").is_some() {
            std::fs::write(&path, &canonical).expect("write");
            continue;
        }
        assert!(canonical == text, "{path} is not in export form; run `UPDATE_MYSTERIES=1 cargo test --test studio`");
    }
}

#[test]
fn export_then_import_gives_the_same_bytes() {
    let mut s = sample();
    s.title = "Titel met \"aanhalingstekens\", <b>markup</b> en é ü".to_string();
    let first = transfer::export(&s);
    let again = transfer::export(&transfer::import(&first).expect("re-import").scenario);
    assert_eq!(first, again);
    assert!(first.ends_with("}\n"));
}

#[test]
fn export_file_name_is_the_id() {
    let mut s = sample();
    assert_eq!(transfer::file_name(&s), format!("{}.json", s.id));
    s.id = "Geen Geldig Id".to_string();
    assert_eq!(transfer::file_name(&s), "mysterie.json");
}

#[test]
fn import_refuses_what_cannot_be_read() {
    let broken = transfer::import("{\"format_version\": 1, \"id\": ").expect_err("broken JSON");
    assert!(broken.message.contains("geen geldige JSON"), "{}", broken.message);
    assert!(broken.message.contains("regel 1"), "{}", broken.message);

    let newer =
        transfer::import(&transfer::export(&sample()).replacen("\"format_version\": 1", "\"format_version\": 9", 1))
            .expect_err("newer version");
    assert_eq!(newer.path, "format_version");
    assert!(newer.message.contains("nieuwere versie"), "{}", newer.message);

    let huge = "x".repeat(MAX_SCENARIO_BYTES + 1);
    assert!(transfer::import(&huge).expect_err("too large").message.contains("te groot"));
    assert!(transfer::check_size((MAX_SCENARIO_BYTES + 1) as f64).is_err());
    assert!(transfer::check_size(MAX_SCENARIO_BYTES as f64).is_ok());
    assert!(transfer::check_size(500.0 * 1024.0 * 1024.0).expect_err("500 MB").message.contains("500 MB"));

    let not_a_mystery = transfer::import("[1, 2, 3]").expect_err("array");
    assert!(not_a_mystery.message.contains("JSON-object"), "{}", not_a_mystery.message);
}

#[test]
fn import_keeps_a_file_with_a_broken_reference_as_a_draft_to_repair() {
    let mut s = sample();
    s.clues[1].speaker = Some("niemand".to_string());
    let imported = transfer::import(&transfer::export(&s)).expect("readable");
    assert!(!imported.playable());
    let first = &imported.problems[0];
    assert_eq!(first.severity, Severity::Error);
    assert_eq!(first.path, "clues[1].speaker");
}

#[test]
fn markup_in_text_fields_survives_export_and_import_as_text() {
    let mut s = sample();
    s.clues[0].text = "<script>alert(1)</script><img src=x onerror=alert(2)>".to_string();
    let back = transfer::import(&transfer::export(&s)).expect("readable").scenario;
    assert_eq!(back.clues[0].text, s.clues[0].text);
}

// ---------------------------------------------------------------------------
// Migrations

fn rename_title(mut value: Value) -> Result<Value, Problem> {
    let object = value.as_object_mut().expect("object");
    if let Some(name) = object.remove("name") {
        object.insert("title".to_string(), name);
    }
    Ok(value)
}

fn add_summary(mut value: Value) -> Result<Value, Problem> {
    value.as_object_mut().expect("object").entry("summary").or_insert(json!("Nog geen samenvatting."));
    Ok(value)
}

const STEPS: &[(u32, MigrationStep)] = &[(1, rename_title), (2, add_summary)];

#[test]
fn migrations_run_one_version_at_a_time_and_set_the_version() {
    let old = json!({"format_version": 1, "name": "Oud"});
    let new = migrate_with(old, 1, 3, STEPS).expect("migrates");
    assert_eq!(new, json!({"format_version": 3, "title": "Oud", "summary": "Nog geen samenvatting."}));
    let middle = json!({"format_version": 2, "title": "Al nieuw"});
    let new = migrate_with(middle, 2, 3, STEPS).expect("migrates");
    assert_eq!(new["summary"], "Nog geen samenvatting.");
    assert_eq!(new["format_version"], 3);
}

#[test]
fn a_version_without_a_step_is_a_clear_problem() {
    let problem = migrate_with(json!({"format_version": 0}), 0, 3, STEPS).expect_err("no step from 0");
    assert_eq!(problem.path, "format_version");
    assert!(problem.message.contains("formaatversie 0"), "{}", problem.message);
}

#[test]
fn a_current_file_needs_no_migration() {
    let imported = transfer::import(&transfer::export(&sample())).expect("readable");
    assert_eq!(imported.migrated_from, None);
    let zero =
        transfer::import(&transfer::export(&sample()).replacen("\"format_version\": 1", "\"format_version\": 0", 1))
            .expect_err("there is no version 0");
    assert_eq!(zero.path, "format_version");
}

// ---------------------------------------------------------------------------
// Undo and redo

#[test]
fn undo_and_redo_walk_through_the_edits() {
    let mut h = History::new(String::from("a"));
    assert!(!h.can_undo());
    assert!(h.edit("", |s| s.push('b')));
    assert!(h.edit("", |s| s.push('c')));
    assert_eq!(h.present(), "abc");
    assert!(h.undo());
    assert_eq!(h.present(), "ab");
    assert!(h.redo());
    assert_eq!(h.present(), "abc");
    assert!(h.undo() && h.undo());
    assert_eq!(h.present(), "a");
    assert!(!h.undo());
    assert!(h.edit("", |s| s.push('x')));
    assert!(!h.can_redo(), "a new edit drops the redo steps");
}

#[test]
fn typing_in_one_field_is_one_undo_step_until_sealed() {
    let mut h = History::new(String::new());
    for c in "hallo".chars() {
        h.edit("title", |s| s.push(c));
    }
    assert_eq!(h.undo_steps(), 1);
    h.seal();
    h.edit("title", |s| s.push('!'));
    assert_eq!(h.undo_steps(), 2);
    h.edit("summary", |s| s.push('?'));
    assert_eq!(h.undo_steps(), 3);
    h.undo();
    assert_eq!(h.present(), "hallo!");
    h.undo();
    assert_eq!(h.present(), "hallo");
    h.undo();
    assert_eq!(h.present(), "");
}

#[test]
fn an_edit_that_changes_nothing_is_not_a_step() {
    let mut h = History::new(5);
    assert!(!h.edit("", |n| *n = 5));
    assert!(!h.can_undo());
}

#[test]
fn history_keeps_at_most_the_limit() {
    let mut h = History::new(0usize);
    for i in 1..=LIMIT + 20 {
        h.edit("", |n| *n = i);
    }
    assert_eq!(h.undo_steps(), LIMIT);
    while h.undo() {}
    assert_eq!(*h.present(), 20);
}

// ---------------------------------------------------------------------------
// Editor operations

#[test]
fn a_blank_mystery_lists_what_to_fill_in_but_has_its_structure() {
    let s = edit::blank("nieuw");
    let problems = validate(&s);
    let errors = errors_of(&problems);
    assert!(!errors.is_empty());
    assert!(errors.iter().any(|e| e.starts_with("title")), "{errors:?}");
    // No structural errors: nothing dangling, enough clues, categories and key clues.
    for p in &problems {
        assert!(!p.message.contains("bestaat niet"), "{}", p.describe());
    }
    assert_eq!(s.clues.len(), 3);
    assert_eq!(s.solution.key_clues, vec!["spoor-1", "spoor-2"]);
    assert_eq!(s.categories.len(), 2);
    assert_eq!(s.role_actions.len(), Role::ALL.len());
}

#[test]
fn a_filled_in_blank_becomes_playable() {
    let mut s = edit::blank("nieuw");
    let filled = sample();
    // Take every text from a bundled mystery; keep the blank's structure.
    s.title = filled.title.clone();
    s.summary = filled.summary.clone();
    s.case = filled.case.clone();
    s.central_question = filled.central_question.clone();
    s.characters = filled.characters.clone();
    for (i, clue) in s.clues.iter_mut().enumerate() {
        clue.title = format!("Aanwijzing {}", i + 1);
        clue.text = filled.clues[i].text.clone();
        clue.perspectives = filled.clues[i].perspectives.clone();
    }
    for (i, c) in s.categories.iter_mut().enumerate() {
        c.name = format!("Groep {}", i + 1);
    }
    s.solution.summary = filled.solution.summary.clone();
    s.solution.chains[0].why = "Het een leidt tot het ander.".to_string();
    s.reflection.statements[0].text = filled.reflection.statements[0].text.clone();
    s.debrief = filled.debrief.clone();
    s.role_actions = filled.role_actions.clone();
    let errors = errors_of(&validate(&s));
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn copy_gets_a_free_id_and_leaves_the_core_set() {
    let original = sample();
    let copy = edit::copy_of(&original, |_| false);
    assert_eq!(copy.id, format!("{}-kopie", original.id));
    assert!(copy.title.ends_with("(kopie)"));
    assert!(!copy.core);
    let taken = format!("{}-kopie", original.id);
    let second = edit::copy_of(&original, |id| id == taken);
    assert_eq!(second.id, format!("{}-kopie-1", original.id));
    assert!(errors_of(&validate(&copy)).is_empty());
}

#[test]
fn added_items_get_fresh_ids() {
    let mut s = edit::blank("x");
    let i = edit::add_clue(&mut s);
    assert_eq!(s.clues[i].id, "spoor-4");
    let ids: std::collections::HashSet<_> = s.clues.iter().map(|c| c.id.clone()).collect();
    assert_eq!(ids.len(), s.clues.len());
    let h = edit::add_hint(&mut s);
    assert_eq!(s.hints[h].id, "hint-1");
    let q = edit::add_question(&mut s, QuestionTopic::Samenwerking);
    assert_eq!(s.reflection.questions[q].id, "vraag-7");
    let r = edit::add_player_role(&mut s);
    assert_eq!(s.player_roles[r].id, "rol-1");
    let (block, action) = edit::add_action(&mut s, Role::Bestuurder);
    assert_eq!(s.role_actions[block].role, Role::Bestuurder);
    assert_eq!(s.role_actions[block].actions.len(), action + 1);
}

#[test]
fn duplicate_clue_is_not_a_second_key_clue() {
    let mut s = sample();
    let key = s.clues.iter().position(|c| c.relevance == Relevance::Key).expect("a key clue");
    let copy = edit::duplicate_clue(&mut s, key).expect("copied");
    assert_eq!(copy, key + 1);
    assert_ne!(s.clues[copy].id, s.clues[key].id);
    assert_eq!(s.clues[copy].relevance, Relevance::Supporting);
    assert!(errors_of(&validate(&s)).is_empty(), "{:?}", errors_of(&validate(&s)));
}

#[test]
fn removing_a_clue_removes_the_references_to_it() {
    let mut s = sample();
    let chain = s.solution.chains[0].clone();
    let index = s.clues.iter().position(|c| c.id == chain.from).expect("chain start");
    let notes = edit::remove_clue(&mut s, index);
    assert!(!notes.is_empty());
    assert!(!s.solution.key_clues.contains(&chain.from));
    assert!(s.solution.chains.iter().all(|c| c.from != chain.from && c.to != chain.from));
    assert!(s.clues.iter().all(|c| !c.unlock.after.contains(&chain.from)));
    for p in validate(&s) {
        assert!(!p.message.contains(&format!("‘{}’ bestaat niet", chain.from)), "{}", p.describe());
    }
}

#[test]
fn removing_a_character_or_category_clears_the_references() {
    let mut s = sample();
    let speaker = s.clues.iter().find_map(|c| c.speaker.clone()).expect("a voice");
    let index = s.characters.iter().position(|c| c.id == speaker).expect("character");
    let notes = edit::remove_character(&mut s, index);
    assert!(!notes.is_empty());
    assert!(s.clues.iter().all(|c| c.speaker.as_deref() != Some(speaker.as_str())));

    let category = s.categories[0].id.clone();
    edit::remove_category(&mut s, 0);
    assert!(s.clues.iter().all(|c| c.category.as_deref() != Some(category.as_str())));
}

#[test]
fn rename_updates_every_reference() {
    let mut s = sample();
    let chain = s.solution.chains[0].clone();
    let old = chain.from.clone();
    let count = edit::rename(&mut s, IdKind::Clue, &old, "nieuwe-naam").expect("renamed");
    assert!(count >= 2, "key clue and chain at least, got {count}");
    assert!(s.clue("nieuwe-naam").is_some());
    assert_eq!(s.solution.chains[0].from, "nieuwe-naam");
    assert!(s.solution.key_clues.contains(&"nieuwe-naam".to_string()));
    assert!(errors_of(&validate(&s)).is_empty(), "{:?}", errors_of(&validate(&s)));

    let speaker = s.clues.iter().find_map(|c| c.speaker.clone()).expect("a voice");
    edit::rename(&mut s, IdKind::Character, &speaker, "iemand-anders").expect("renamed");
    assert!(s.clues.iter().any(|c| c.speaker.as_deref() == Some("iemand-anders")));
    let category = s.categories[0].id.clone();
    edit::rename(&mut s, IdKind::Category, &category, "andere-groep").expect("renamed");
    assert!(s.clues.iter().any(|c| c.category.as_deref() == Some("andere-groep")));
    assert!(errors_of(&validate(&s)).is_empty());
}

#[test]
fn rename_refuses_a_taken_empty_or_malformed_id() {
    let mut s = sample();
    let (a, b) = (s.clues[0].id.clone(), s.clues[1].id.clone());
    let before = s.clone();
    assert!(edit::rename(&mut s, IdKind::Clue, &a, &b).expect_err("taken").contains("al een aanwijzing"));
    assert!(edit::rename(&mut s, IdKind::Clue, &a, "").is_err());
    assert!(edit::rename(&mut s, IdKind::Clue, &a, "Met Spatie").is_err());
    assert!(edit::rename(&mut s, IdKind::Clue, "bestaat-niet", "x").is_err());
    assert_eq!(s, before, "a refused rename changes nothing");
}

#[test]
fn relevance_keeps_key_clues_and_categories_in_step() {
    let mut s = sample();
    let i = s.clues.iter().position(|c| c.relevance == Relevance::Supporting).expect("supporting clue");
    let id = s.clues[i].id.clone();
    edit::set_relevance(&mut s, i, Relevance::Key);
    assert!(s.solution.key_clues.contains(&id));
    edit::set_relevance(&mut s, i, Relevance::RedHerring);
    assert!(!s.solution.key_clues.contains(&id));
    assert_eq!(s.clues[i].category, None);
    edit::set_relevance(&mut s, i, Relevance::Supporting);
    assert_eq!(s.clues[i].category.as_deref(), Some(s.categories[0].id.as_str()));
}

#[test]
fn move_item_stays_inside_the_list() {
    let mut list = vec![1, 2, 3];
    assert!(edit::move_item(&mut list, 0, 1));
    assert_eq!(list, vec![2, 1, 3]);
    assert!(!edit::move_item(&mut list, 0, -1));
    assert!(!edit::move_item(&mut list, 2, 1));
    assert_eq!(list, vec![2, 1, 3]);
}

// ---------------------------------------------------------------------------
// Own mysteries

#[test]
fn own_mystery_round_trips_through_storage() {
    let own = OwnMystery {
        key: own::new_key(1_700_000_000_000.0, |_| false),
        saved_at: 1.5e12,
        scenario: edit::blank("x"),
        removed: Vec::new(),
    };
    let back = own::decode(&own::encode(&own)).expect("decodes");
    assert_eq!(back, own);
}

#[test]
fn corrupt_or_foreign_storage_gives_a_reason() {
    assert!(own::decode("{niet").expect_err("json").contains("JSON"));
    // The reader's Dutch words, without a full stop: the sentence around it has one.
    let why = own::decode("{niet").expect_err("json");
    assert!(why.starts_with("Het bestand is geen geldige JSON") && !why.ends_with('.'), "{why}");
    assert!(own::decode("{\"own_version\": 7}").expect_err("version").contains("versie 7"));
    assert!(own::decode("{}").expect_err("no version").contains("versienummer"));
    let bad = json!({"own_version": 1, "key": "k", "saved_at": 0, "scenario": {"format_version": 1}});
    assert!(!own::decode(&bad.to_string()).expect_err("no scenario").is_empty());
}

#[test]
fn new_keys_are_unique() {
    let first = own::new_key(1000.0, |_| false);
    let second = own::new_key(1000.0, |k| k == first);
    assert_ne!(first, second);
}

#[test]
fn an_id_taken_by_the_library_is_an_error_at_the_id() {
    let s = sample();
    let problems = own::draft_problems(&s, std::slice::from_ref(&s.id), &[]);
    assert_eq!(problems[0].path, "id");
    assert!(problems[0].message.contains("meegeleverd"));
    let problems = own::draft_problems(&s, &[], std::slice::from_ref(&s.id));
    assert!(problems[0].message.contains("eigen mysterie"));
    assert!(errors_of(&own::draft_problems(&s, &[], &[])).is_empty());
}

#[test]
fn problems_under_a_path_do_not_leak_into_neighbours() {
    let problems = vec![
        Problem::error("clues[2].speaker", "a"),
        Problem::error("clues[20].title", "b"),
        Problem::error("clues[2]", "c"),
    ];
    assert_eq!(own::problems_under(&problems, "clues[2]").count(), 2);
    assert_eq!(own::problems_at(&problems, "clues[2].speaker").count(), 1);
    assert_eq!(own::problems_under(&problems, "clues").count(), 3);
}

#[test]
fn import_placement_puts_errors_first_then_taken_ids() {
    let good = transfer::import(&transfer::export(&sample())).expect("readable");
    let id = good.scenario.id.clone();
    let bundled = vec![(id.clone(), "Meegeleverd".to_string())];
    let own = vec![("k1".to_string(), id.clone(), "Eigen".to_string())];
    use transfer::Placement;
    assert_eq!(transfer::placement(&good, &[], &[]), Placement::Free);
    assert_eq!(
        transfer::placement(&good, &bundled, &own),
        Placement::TakenByBundled { title: "Meegeleverd".to_string() },
        "a bundled id wins: replacing a bundled mystery is not possible"
    );
    assert_eq!(
        transfer::placement(&good, &[], &own),
        Placement::TakenByOwn { key: "k1".to_string(), title: "Eigen".to_string() }
    );
    let mut broken = good.scenario.clone();
    broken.clues[0].speaker = Some("niemand".to_string());
    let faulty = transfer::import(&transfer::export(&broken)).expect("readable");
    assert_eq!(transfer::placement(&faulty, &bundled, &own), Placement::NeedsRepair);
}

// ---------------------------------------------------------------------------
// Session plans and the facilitator sheet in the editor's edit operations.

fn with_probe() -> Scenario {
    let mut s = edit::blank("met-draaiboek");
    let clue = s.clues[0].id.clone();
    let at = edit::add_probe(&mut s);
    edit::sheet_mut(&mut s).probes[at].clue = clue;
    s
}

#[test]
fn renaming_or_removing_a_clue_keeps_the_probes_right() {
    let mut s = with_probe();
    let old = s.clues[0].id.clone();
    let count = edit::rename(&mut s, IdKind::Clue, &old, "de-brief").expect("a free id");
    assert!(count >= 1);
    assert_eq!(s.facilitator.as_ref().expect("a sheet").probes[0].clue, "de-brief");

    let notes = edit::remove_clue(&mut s, 0);
    assert!(s.facilitator.as_ref().expect("a sheet").probes.is_empty());
    assert!(notes.iter().any(|n| n.text.contains("doorvraag") && n.ids == ["de-brief"]), "{notes:?}");
}

#[test]
fn a_new_session_plan_is_valid_and_the_sheet_grows_in_phase_and_level_order() {
    let mut s = edit::blank("plannen");
    assert_eq!(edit::add_session_plan(&mut s), 0);
    assert_eq!(edit::add_session_plan(&mut s), 1);
    assert_eq!((s.session_plans[0].minutes, s.session_plans[1].minutes), (60, 90));
    for plan in &s.session_plans {
        let sum: u32 = Phase::ALL.iter().filter_map(|p| plan.phases.get(*p)).sum();
        assert_eq!(sum, plan.minutes);
    }
    assert!(!validate(&s).iter().any(|p| p.path.starts_with("session_plans")));

    for _ in 0..3 {
        edit::add_script_step(&mut s);
        edit::add_example_answer(&mut s);
    }
    let sheet = s.facilitator.clone().expect("a sheet");
    let phases: Vec<Phase> = sheet.script.iter().map(|st| st.phase).collect();
    assert_eq!(phases, vec![Phase::Intro, Phase::Onderzoeken, Phase::Ordenen]);
    let levels: Vec<u8> = sheet.example_answers.iter().map(|a| a.level).collect();
    assert_eq!(levels, vec![1, 2, 3]);

    s.facilitator = Some(Default::default());
    edit::tidy_sheet(&mut s);
    assert!(s.facilitator.is_none(), "an empty sheet is dropped");
}

#[test]
fn a_mystery_without_a_title_is_shown_as_mysterie_zonder_titel() {
    use mysterie::domain::text::shown_title;
    assert_eq!(shown_title(""), "Mysterie zonder titel");
    assert_eq!(shown_title("  \n"), "Mysterie zonder titel");
    assert_eq!(shown_title("De brief"), "De brief");
}
