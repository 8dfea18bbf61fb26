//! Trainersstudio: a trainer's own mysteries (list, new, copy, import,
//! export, delete), the form editor, the playtest and the printable card set.
//!
//! The list page keeps its state in one [`Studio`] context: the own mysteries
//! as stored, the bundled library (for ids that are taken), and one status
//! line that may carry an undo ("Terugzetten").

pub mod editor;
mod import;
mod list;
pub mod playtest;
pub mod print;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::focus::focus_later;
use crate::domain::scenario::LibraryEntry;
use crate::domain::studio::edit;
use crate::domain::studio::own::OwnMystery;
use crate::route::Route;
use crate::studio_store;

/// What the "Terugzetten" button next to the status undoes.
#[derive(Debug, Clone, PartialEq)]
enum Undo {
    /// A deleted mystery: put it back.
    Delete { key: String },
    /// An import that replaced an own mystery: remove the import, put the old one back.
    Replace { new_key: String, old_key: String },
}

/// The state of the studio list page, shared by its parts.
#[derive(Clone, Copy)]
struct Studio {
    own: RwSignal<Vec<OwnMystery>>,
    set_aside: RwSignal<Vec<String>>,
    deleted: RwSignal<Vec<OwnMystery>>,
    /// The bundled library; empty until loaded (or when it cannot be loaded).
    bundled: RwSignal<Vec<LibraryEntry>>,
    status: RwSignal<String>,
    undo: RwSignal<Option<Undo>>,
    problem: RwSignal<Option<String>>,
}

impl Studio {
    fn new() -> Studio {
        let studio = Studio {
            own: RwSignal::new(Vec::new()),
            set_aside: RwSignal::new(Vec::new()),
            deleted: RwSignal::new(Vec::new()),
            bundled: RwSignal::new(Vec::new()),
            status: RwSignal::new(String::new()),
            undo: RwSignal::new(None),
            problem: RwSignal::new(None),
        };
        studio.refresh();
        studio
    }

    /// Read the stored mysteries again (after any change).
    fn refresh(self) {
        let list = studio_store::list();
        self.own.set(list.mysteries);
        // Notes on entries set aside stay until the page is left: they are news.
        if !list.set_aside.is_empty() {
            self.set_aside.update(|notes| notes.extend(list.set_aside));
        }
        self.deleted.set(studio_store::list_deleted());
    }

    fn bundled_ids(self) -> Vec<String> {
        self.bundled.with_untracked(|b| b.iter().map(|e| e.id.clone()).collect())
    }

    /// Every id in use: bundled and own.
    fn taken_ids(self) -> Vec<String> {
        let mut ids = self.bundled_ids();
        ids.extend(studio_store::list().mysteries.into_iter().map(|m| m.scenario.id));
        ids
    }

    fn say(self, text: impl Into<String>) {
        self.undo.set(None);
        self.problem.set(None);
        self.status.set(text.into());
    }

    /// Say what happened and offer to undo it.
    fn say_undoable(self, text: impl Into<String>, undo: Undo) {
        self.problem.set(None);
        self.status.set(text.into());
        self.undo.set(Some(undo));
    }

    fn fail(self, text: impl Into<String>) {
        self.problem.set(Some(text.into()));
    }

    /// Store a new mystery and open it in the editor.
    fn create_and_edit(self, scenario: crate::domain::scenario::Scenario) {
        match studio_store::create(scenario) {
            Ok(own) => {
                let _ = window().location().set_hash(&Route::StudioEdit(own.key).hash());
            }
            Err(message) => self.fail(message),
        }
    }

    fn run_undo(self) {
        let Some(undo) = self.undo.get_untracked() else { return };
        let result = match &undo {
            Undo::Delete { key } => studio_store::restore_deleted(key),
            Undo::Replace { new_key, old_key } => {
                studio_store::delete(new_key).and_then(|()| studio_store::restore_deleted(old_key))
            }
        };
        match result {
            Ok(()) => {
                self.refresh();
                self.say(match undo {
                    Undo::Delete { .. } => "Het mysterie staat weer in de lijst.",
                    Undo::Replace { .. } => "De oude versie staat weer in de lijst. De geïmporteerde versie staat bij de verwijderde mysteries.",
                });
                focus_later("studio-eigen-titel".to_string());
            }
            Err(message) => self.fail(message),
        }
    }
}

/// `#/studio`: the trainer's own mysteries and ways to add one.
#[component]
pub fn StudioPage() -> impl IntoView {
    let studio = Studio::new();
    spawn_local(async move {
        if let Ok(library) = api::load_library().await {
            let _ = studio.bundled.try_set(library.mysteries);
        }
    });
    view! {
        <div class="page studio">
            <h1 id="studio-titel" tabindex="-1">"Trainersstudio"</h1>
            <p class="lead">
                "Maak je eigen mysterie, of pas een bestaand mysterie aan. Alles wat je hier maakt, blijft in deze browser. "
                "Exporteer een mysterie als bestand om het te bewaren of te delen met andere trainers."
            </p>
            <p>
                "Een mysterie spelen met een hele zaal? "
                <a href=crate::route::Route::Sessions.href()>"Start een sessie met de trainersconsole"</a>
                "."
            </p>
            {move || {
                studio
                    .set_aside
                    .get()
                    .into_iter()
                    .map(|note| view! { <p class="notice problem studio-aside" role="alert">{note}</p> })
                    .collect_view()
            }}
            <StatusLine studio=studio />
            <list::OwnSection studio=studio />
            <AddSection studio=studio />
            <list::DeletedSection studio=studio />
        </div>
    }
}

/// One polite live region for what just happened, with "Terugzetten" when it
/// can be undone; and an alert for what failed.
#[component]
fn StatusLine(studio: Studio) -> impl IntoView {
    view! {
        <div class="studio-status" role="status">
            <p class:studio-empty=move || studio.status.with(String::is_empty)>{move || studio.status.get()}</p>
            {move || {
                studio
                    .undo
                    .get()
                    .map(|_| {
                        view! {
                            <button
                                type="button"
                                id="studio-terugzetten"
                                class="button small"
                                on:click=move |_| studio.run_undo()
                            >
                                "Terugzetten"
                            </button>
                        }
                    })
            }}
        </div>
        <div role="alert" class="studio-alert">
            {move || studio.problem.get().map(|p| view! { <p class="notice problem">{p}</p> })}
        </div>
    }
}

/// New, copy of a bundled mystery, import.
#[component]
fn AddSection(studio: Studio) -> impl IntoView {
    let new_mystery = move |_| {
        let taken = studio.taken_ids();
        let id = if taken.iter().any(|t| t == "mijn-mysterie") {
            edit::unique_id("mijn-mysterie", |id| taken.iter().any(|t| t == id))
        } else {
            "mijn-mysterie".to_string()
        };
        studio.create_and_edit(edit::blank(&id));
    };
    let chosen = RwSignal::new(String::new());
    // Default to the first bundled mystery once the library is there.
    Effect::new(move |_| {
        if chosen.with_untracked(String::is_empty) {
            if let Some(first) = studio.bundled.with(|b| b.first().map(|e| e.id.clone())) {
                chosen.set(first);
            }
        }
    });
    let busy = RwSignal::new(false);
    let copy = move |_| {
        let id = chosen.get_untracked();
        let Some(entry) = studio.bundled.with_untracked(|b| b.iter().find(|e| e.id == id).cloned()) else { return };
        busy.set(true);
        spawn_local(async move {
            match api::load_scenario(&entry).await {
                Ok(original) => {
                    let taken = studio.taken_ids();
                    studio.create_and_edit(edit::copy_of(&original, |id| taken.iter().any(|t| t == id)));
                }
                Err(error) => studio.fail(error.to_string()),
            }
            let _ = busy.try_set(false);
        });
    };
    view! {
        <section class="studio-add" aria-labelledby="studio-toevoegen-titel">
            <h2 id="studio-toevoegen-titel">"Een mysterie toevoegen"</h2>
            <div class="studio-add-grid">
                <div class="card studio-add-card">
                    <h3>"Zelf beginnen"</h3>
                    <p>"Begin met een leeg mysterie. De studio laat zien wat je nog moet invullen."</p>
                    <button type="button" class="button primary" on:click=new_mystery>
                        "Nieuw mysterie"
                    </button>
                </div>
                <div class="card studio-add-card">
                    <h3>"Een meegeleverd mysterie aanpassen"</h3>
                    <p>"Je maakt een kopie. Het origineel blijft zoals het is."</p>
                    <div class="field">
                        <label for="studio-kopie-van">"Kopie maken van"</label>
                        <select
                            id="studio-kopie-van"
                            prop:value=move || chosen.get()
                            on:change=move |ev| chosen.set(event_target_value(&ev))
                        >
                            {move || {
                                studio
                                    .bundled
                                    .get()
                                    .into_iter()
                                    .map(|e| view! { <option value=e.id.clone()>{e.title.clone()}</option> })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                    <p class="studio-actions">
                        <button
                            type="button"
                            class="button"
                            on:click=copy
                            disabled=move || busy.get() || studio.bundled.with(Vec::is_empty)
                        >
                            "Kopie maken"
                        </button>
                        <a
                            class="button"
                            href=move || Route::Print(chosen.get()).href()
                            aria-label=move || {
                                let title = studio
                                    .bundled
                                    .with(|b| b.iter().find(|e| e.id == chosen.get()).map(|e| e.title.clone()))
                                    .unwrap_or_default();
                                format!("Afdrukken: {title}")
                            }
                        >
                            "Afdrukken"
                        </a>
                    </p>
                </div>
            </div>
            <import::ImportPanel studio=studio />
        </section>
    }
}
