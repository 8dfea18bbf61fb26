//! "Resultaten in dit overzicht": every result in the list, each removable,
//! and emptying the whole list.

use leptos::prelude::*;

use crate::components::focus::focus_later;
use crate::domain::network;
use crate::domain::results::TeamResult;
use crate::result_set::ResultSet;

/// The results in the set, each removable, and emptying the whole set.
#[component]
pub(super) fn Manage(all: Memo<Vec<TeamResult>>, confirm_clear: RwSignal<bool>) -> impl IntoView {
    let results = ResultSet::use_context();
    view! {
        <section class="manage" aria-labelledby="netwerk-beheer">
            <h2 id="netwerk-beheer" tabindex="-1">"Resultaten in dit overzicht"</h2>
            <ul class="manage-list">
                {move || {
                    let list = all.get();
                    let names = network::labels(&list);
                    list.into_iter()
                        .zip(names)
                        .map(|(r, label)| {
                            let id = r.id.clone();
                            let name = format!("{label} – {} ({})", r.mystery.title, r.display_date());
                            view! {
                                <li>
                                    <span>{name.clone()}</span>
                                    <button
                                        type="button"
                                        class="button small"
                                        aria-label=format!("Haal weg: {name}")
                                        on:click=move |_| results.remove(&id)
                                    >
                                        "Haal weg"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <Show
                when=move || confirm_clear.get()
                fallback=move || {
                    view! {
                        <button type="button" class="button" on:click=move |_| {
                            confirm_clear.set(true);
                            focus_later("leegmaken-ja".to_string());
                        }>"Maak het overzicht leeg"</button>
                    }
                }
            >
                <div class="confirm" role="group" aria-labelledby="leegmaken-vraag">
                    <p id="leegmaken-vraag">
                        "Alle resultaten uit dit overzicht halen? De bestanden zelf en de eerdere resultaten van dit apparaat blijven bestaan."
                    </p>
                    <button type="button" id="leegmaken-ja" class="button primary" on:click=move |_| {
                        if results.clear() {
                            confirm_clear.set(false);
                        }
                    }>
                        "Ja, maak leeg"
                    </button>
                    <button type="button" class="button" on:click=move |_| confirm_clear.set(false)>"Nee"</button>
                </div>
            </Show>
        </section>
    }
}
