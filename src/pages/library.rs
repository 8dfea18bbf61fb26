//! The mystery library: every mystery in `mysteries/index.json`.

use leptos::prelude::*;

use crate::api;
use crate::components::bouwsteen_tags::BouwsteenTags;
use crate::components::error_view::ErrorView;
use crate::components::load::{load, Load};
use crate::domain::scenario::LibraryEntry;
use crate::route::Route;
use crate::storage;

#[component]
pub fn LibraryPage() -> impl IntoView {
    let library = load(api::load_library());
    view! {
        <div class="page library">
            <h1>"Kies een mysterie"</h1>
            <p class="lead">
                "Speel met je team een mysterie over rechtsbescherming. Jullie lezen de ervaringen van "
                "inwoners en uitvoerders, zoeken samen uit wat er gebeurde en bedenken wat beter kan."
            </p>
            {move || match library.get() {
                Load::Pending => view! { <p role="status" class="loading">"Mysteries laden…"</p> }.into_any(),
                Load::Failed(error) => view! { <ErrorView error=error /> }.into_any(),
                Load::Ready(library) if library.mysteries.is_empty() => {
                    view! { <p>"Er staan nog geen mysteries in de bibliotheek."</p> }.into_any()
                }
                Load::Ready(library) => {
                    view! {
                        <ul class="mystery-list" aria-label="Mysteries">
                            {library
                                .mysteries
                                .into_iter()
                                .map(|entry| view! { <MysteryCard entry=entry /> })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

#[component]
fn MysteryCard(entry: LibraryEntry) -> impl IntoView {
    let href = Route::Play(entry.id.clone()).href();
    let action = if storage::has_game(&entry.id) { "Verder spelen" } else { "Speel dit mysterie" };
    let heading_id = format!("mysterie-{}", entry.id);
    let labelled_by = heading_id.clone();
    view! {
        <li class="mystery-card">
            <article aria-labelledby=labelled_by>
                <h2 id=heading_id>{entry.title.clone()}</h2>
                {entry.core.then(|| view! { <p class="core-mark">"Kernset: goed om mee te beginnen"</p> })}
                <p>{entry.summary.clone()}</p>
                <BouwsteenTags bouwstenen=entry.bouwstenen.clone() main=entry.main_bouwsteen />
                <dl class="facts">
                    <div>
                        <dt>"Duur"</dt>
                        <dd>{format!("ongeveer {} minuten", entry.duration_minutes)}</dd>
                    </div>
                    <div>
                        <dt>"Groep"</dt>
                        <dd>{format!("{} tot {} spelers", entry.group_size.min, entry.group_size.max)}</dd>
                    </div>
                </dl>
                <a class="button primary" href=href aria-label=format!("{action}: {}", entry.title)>
                    {action}
                </a>
            </article>
        </li>
    }
}
