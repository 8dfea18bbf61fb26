//! The editor's state: the draft's undo history in one signal, the live
//! problems derived from it, and the one place where edits are applied and
//! saved (autosave after every change).

use std::collections::HashSet;

use leptos::prelude::*;

use crate::domain::scenario::Scenario;
use crate::domain::studio::edit::Note;
use crate::domain::studio::history::History;
use crate::domain::studio::own::{self, OwnMystery};
use crate::domain::studio::plain::{self, RemovedCard};
use crate::domain::validate::Problem;
use crate::studio_store;

/// Shared by every field of the editor (a Leptos context).
#[derive(Clone, Copy)]
pub struct Editor {
    pub key: StoredValue<String>,
    pub history: RwSignal<History<Scenario>>,
    /// Every problem of the present draft, errors first (then warnings, among
    /// them texts that still name a card the trainer deleted).
    pub problems: Memo<Vec<Problem>>,
    /// Deleted cards, to warn about texts that still name them; saved with
    /// the draft, so the warning survives a reload.
    pub removed: RwSignal<Vec<RemovedCard>>,
    /// Result of the last autosave: `None` before the first change.
    pub saved: RwSignal<Option<Result<(), String>>>,
    /// What the last action changed elsewhere (remove notes, undo, redo), for the live region.
    pub notes: RwSignal<Vec<Note>>,
    /// Collapsible items that are open, by path (`clues[3]`).
    pub open: RwSignal<HashSet<String>>,
    /// Bumped on undo and redo, so fields with a local draft (an id being typed) drop it.
    pub epoch: RwSignal<u32>,
    /// Choices for the reference selects: (id, visible name), shared by every select.
    pub clue_choices: Memo<Vec<(String, String)>>,
    pub character_choices: Memo<Vec<(String, String)>>,
    pub category_choices: Memo<Vec<(String, String)>>,
    pub role_choices: Memo<Vec<(String, String)>>,
}

/// "Aanwijzing 3: De brief", or the number alone while the title is empty.
pub fn numbered(noun: &str, index: usize, name: &str) -> String {
    if name.trim().is_empty() {
        format!("{noun} {}", index + 1)
    } else {
        format!("{noun} {}: {}", index + 1, name.trim())
    }
}

fn choices<T>(list: &[T], noun: &str, id: fn(&T) -> &str, name: fn(&T) -> &str) -> Vec<(String, String)> {
    list.iter().enumerate().map(|(i, x)| (id(x).to_string(), numbered(noun, i, name(x)))).collect()
}

impl Editor {
    pub fn provide(own: OwnMystery, bundled_ids: Signal<Vec<String>>, other_ids: Vec<String>) -> Editor {
        // Forget deleted cards that no text names any more (or that are back).
        let removed = RwSignal::new(plain::still_named(&own.scenario, &own.removed));
        let history = RwSignal::new(History::new(own.scenario));
        let problems = Memo::new(move |_| {
            history.with(|h| {
                let mut all = bundled_ids.with(|bundled| own::draft_problems(h.present(), bundled, &other_ids));
                all.extend(removed.with(|gone| plain::removed_card_mentions(h.present(), gone)));
                all
            })
        });
        let read =
            move |f: fn(&Scenario) -> Vec<(String, String)>| Memo::new(move |_| history.with(|h| f(h.present())));
        let editor = Editor {
            key: StoredValue::new(own.key),
            history,
            problems,
            removed,
            saved: RwSignal::new(None),
            notes: RwSignal::new(Vec::new()),
            open: RwSignal::new(HashSet::new()),
            epoch: RwSignal::new(0),
            clue_choices: read(|s| choices(&s.clues, "Aanwijzing", |c| &c.id, |c| &c.title)),
            character_choices: read(|s| choices(&s.characters, "Persoon", |c| &c.id, |c| &c.name)),
            category_choices: read(|s| choices(&s.categories, "Categorie", |c| &c.id, |c| &c.name)),
            role_choices: read(|s| choices(&s.player_roles, "Rol", |r| &r.id, |r| &r.name)),
        };
        provide_context(editor);
        editor
    }

    pub fn use_context() -> Editor {
        expect_context::<Editor>()
    }

    /// Read from the present draft (tracked: the caller reruns on every change).
    pub fn read<T>(&self, f: impl FnOnce(&Scenario) -> T) -> T {
        self.history.with(|h| f(h.present()))
    }

    pub fn read_untracked<T>(&self, f: impl FnOnce(&Scenario) -> T) -> T {
        self.history.with_untracked(|h| f(h.present()))
    }

    /// Change the draft as one undo step, or merged into the previous one when
    /// `tag` (a field path) is the same; saves when anything changed.
    pub fn edit(&self, tag: &str, change: impl FnOnce(&mut Scenario)) -> bool {
        let mut changed = false;
        self.history.maybe_update(|h| {
            changed = h.edit(tag, change);
            changed
        });
        if changed {
            // A note is about the action before; it would mislead after a new edit.
            self.notes.maybe_update(|n| !std::mem::take(n).is_empty());
            self.save();
        }
        changed
    }

    /// An edit whose operation returns Dutch notes (removing an item and its references).
    pub fn edit_with_notes(&self, change: impl FnOnce(&mut Scenario) -> Vec<Note>) {
        let mut notes = Vec::new();
        self.edit("", |s| notes = change(s));
        self.notes.set(notes);
    }

    /// End merging (a field lost focus). Untracked: nothing visible changes.
    pub fn seal(&self) {
        self.history.update_untracked(|h| h.seal());
    }

    pub fn undo(&self) {
        if self.history.try_update(|h| h.undo()).unwrap_or(false) {
            self.after_jump("Stap ongedaan gemaakt.");
        } else {
            self.notes.set(vec!["Er is niets meer om ongedaan te maken.".into()]);
        }
    }

    pub fn redo(&self) {
        if self.history.try_update(|h| h.redo()).unwrap_or(false) {
            self.after_jump("Stap opnieuw gedaan.");
        } else {
            self.notes.set(vec!["Er is niets meer om opnieuw te doen.".into()]);
        }
    }

    fn after_jump(&self, note: &str) {
        self.epoch.update(|e| *e += 1);
        self.notes.set(vec![note.into()]);
        self.save();
    }

    /// Autosave the present draft, with the deleted cards.
    fn save(&self) {
        let scenario = self.history.with_untracked(|h| h.present().clone());
        let removed = self.removed.get_untracked();
        let mut own = OwnMystery { key: self.key.get_value(), saved_at: 0.0, scenario, removed };
        self.saved.set(Some(studio_store::save(&mut own)));
    }

    pub fn is_open(&self, path: &str) -> bool {
        self.open.with(|o| o.contains(path))
    }

    pub fn set_open(&self, path: &str, open: bool) {
        self.open.maybe_update(|o| if open { o.insert(path.to_string()) } else { o.remove(path) });
    }

    /// (errors, warnings) at `prefix` or inside it.
    pub fn count_under(&self, prefixes: &[&str]) -> (usize, usize) {
        self.problems.with(|all| {
            let mut counts = (0, 0);
            for prefix in prefixes {
                for p in own::problems_under(all, prefix) {
                    if p.is_error() {
                        counts.0 += 1;
                    } else {
                        counts.1 += 1;
                    }
                }
            }
            counts
        })
    }
}

/// "2 fouten, 1 tip" for headings; empty when there is nothing.
pub fn count_text((errors, warnings): (usize, usize)) -> String {
    let mut parts = Vec::new();
    match errors {
        0 => {}
        1 => parts.push("1 fout".to_string()),
        n => parts.push(format!("{n} fouten")),
    }
    match warnings {
        0 => {}
        1 => parts.push("1 tip".to_string()),
        n => parts.push(format!("{n} tips")),
    }
    parts.join(", ")
}
