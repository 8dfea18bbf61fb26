//! `#/studio/<key>`: the form editor for one own mystery. Every part of the
//! scenario format has a field; problems show live next to the field at fault
//! and in a summary at the top; every change is saved at once and can be undone.

mod clues;
mod debrief;
mod draaiboek;
mod fields;
mod general;
mod hints;
mod people;
mod reflection;
mod samen;
mod solution;
mod state;
mod summary;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::focus::focus_later;
use crate::domain::studio::own::OwnMystery;
use crate::route::Route;
use crate::studio_store;
use state::Editor;
pub use summary::place;

#[component]
pub fn EditorPage(key: String) -> impl IntoView {
    match studio_store::load(&key) {
        Ok(Some(own)) => view! { <EditorView own=own /> }.into_any(),
        Ok(None) => view! {
            <div class="page editor-page">
                <h1>"Mysterie niet gevonden"</h1>
                <p>"Dit mysterie staat niet (meer) in deze browser. Misschien is het verwijderd."</p>
                <p><a href=Route::Studio.href()>"Terug naar de studio"</a></p>
            </div>
        }
        .into_any(),
        Err(message) => view! {
            <div class="page editor-page">
                <h1>"Mysterie kan niet worden geopend"</h1>
                <p class="notice problem" role="alert">{message}</p>
                <p><a href=Route::Studio.href()>"Terug naar de studio"</a></p>
            </div>
        }
        .into_any(),
    }
}

#[component]
fn EditorView(own: OwnMystery) -> impl IntoView {
    let key = own.key.clone();
    let bundled = RwSignal::new(Vec::<String>::new());
    spawn_local(async move {
        if let Ok(library) = api::load_library().await {
            let _ = bundled.try_set(api::bundled_ids(&library));
        }
    });
    let editor = Editor::provide(own, bundled.into(), studio_store::other_ids(&key));
    // Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y redoes, anywhere in the editor,
    // also in a text field: the editor's undo knows every field (typing in one
    // field is one step); the browser's own undo would fight with it.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        let pressed = ev.key().to_ascii_lowercase();
        let redo = pressed == "y" || (pressed == "z" && ev.shift_key());
        if !(redo || pressed == "z") {
            return;
        }
        ev.prevent_default();
        if redo {
            editor.redo();
        } else {
            editor.undo();
        }
    };
    let title =
        move || editor.read(|s| if s.title.trim().is_empty() { "Nieuw mysterie".to_string() } else { s.title.clone() });
    let playtest = Route::StudioPlaytest(key.clone()).href();
    focus_later("editor-titel".to_string());
    view! {
        <div class="page editor-page" on:keydown=on_keydown>
            <p class="editor-back">
                <a href=Route::Studio.href()>"← Terug naar de studio"</a>
            </p>
            <h1 id="editor-titel" tabindex="-1">
                <span class="muted">"Bewerken: "</span>
                {title}
            </h1>
            <div class="editor-toolbar">
                <button
                    type="button"
                    class="button"
                    aria-disabled=move || (!editor.history.with(|h| h.can_undo())).then_some("true")
                    aria-keyshortcuts="Control+Z"
                    on:click=move |_| editor.undo()
                >
                    "Ongedaan maken"
                </button>
                <button
                    type="button"
                    class="button"
                    aria-disabled=move || (!editor.history.with(|h| h.can_redo())).then_some("true")
                    aria-keyshortcuts="Control+Shift+Z Control+Y"
                    on:click=move |_| editor.redo()
                >
                    "Opnieuw doen"
                </button>
                <a class="button primary" href=playtest>
                    "Speeltest"
                </a>
                <SaveStatus />
            </div>
            <p class="editor-notes" role="status" aria-live="polite">
                {move || {
                    editor
                        .notes
                        .get()
                        .into_iter()
                        .map(|note| {
                            view! {
                                <span class="editor-note">
                                    {note.text}
                                    {(!note.ids.is_empty())
                                        .then(|| {
                                            view! {
                                                <small class="editor-ids">
                                                    {format!(" (id: {})", note.ids.join(", "))}
                                                </small>
                                            }
                                        })}
                                    " "
                                </span>
                            }
                        })
                        .collect_view()
                }}
            </p>
            <summary::ProblemSummary />
            <SectionNav />
            <general::GeneralSection />
            <general::CaseSection />
            <people::CharactersSection />
            <people::CategoriesSection />
            <clues::CluesSection />
            <solution::SolutionSection />
            <hints::HintsSection />
            <reflection::ReflectionSection />
            <debrief::DebriefSection />
            <debrief::RoleActionsSection />
            <debrief::SourcesSection />
            <samen::SamenSection />
            <draaiboek::DraaiboekSection />
        </div>
    }
}

/// "Opgeslagen", or why saving failed.
#[component]
fn SaveStatus() -> impl IntoView {
    let editor = Editor::use_context();
    view! {
        <p class="editor-saved" role="status">
            {move || match editor.saved.get() {
                None | Some(Ok(())) => view! { <span>"Opgeslagen"</span> }.into_any(),
                Some(Err(message)) => view! { <span class="editor-bad">{message}</span> }.into_any(),
            }}
        </p>
    }
}

/// Jump to a section: buttons that move focus to its heading (links would
/// change the hash route).
#[component]
fn SectionNav() -> impl IntoView {
    const SECTIONS: [(&str, &str); 13] = [
        ("algemeen", "Algemeen"),
        ("casus", "Casus"),
        ("personen", "Personen"),
        ("categorieen", "Categorieën"),
        ("aanwijzingen", "Aanwijzingen"),
        ("oplossing", "Oplossing"),
        ("hints", "Hints"),
        ("reflectie", "Reflectie"),
        ("nabespreking", "Nabespreking"),
        ("vervolgstappen", "Vervolgstappen"),
        ("bronnen", "Bronnen"),
        ("samen", "Samen spelen"),
        ("draaiboek", "Draaiboek"),
    ];
    view! {
        <nav class="editor-nav" aria-label="Onderdelen van het mysterie">
            <ul>
                {SECTIONS
                    .into_iter()
                    .map(|(id, label)| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="button small"
                                    on:click=move |_| focus_later(format!("sectie-{id}"))
                                >
                                    {label}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
