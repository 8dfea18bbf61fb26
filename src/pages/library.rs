//! The mystery library: every mystery in `mysteries/index.json`, then the
//! trainer's own mysteries from this browser (Trainersstudio), marked as such.

use leptos::prelude::*;

use crate::api;
use crate::components::bouwsteen_tags::BouwsteenTags;
use crate::components::error_view::ErrorView;
use crate::components::load::{load, Load};
use crate::domain::scenario::LibraryEntry;
use crate::domain::studio::own::{self, OwnMystery};
use crate::domain::validate;
use crate::route::Route;
use crate::storage;
use crate::studio_store;

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
            {move || {
                let bundled = match library.get() {
                    Load::Pending => return None,
                    Load::Ready(library) => api::bundled_ids(&library),
                    Load::Failed(_) => Vec::new(),
                };
                Some(view! { <OwnMysteries bundled=bundled /> })
            }}
        </div>
    }
}

/// The trainer's own mysteries (Trainersstudio), after the bundled ones.
/// Shown only when there are any. Editing and deleting live in the studio.
#[component]
fn OwnMysteries(bundled: Vec<String>) -> impl IntoView {
    let list = studio_store::list();
    if list.mysteries.is_empty() && list.set_aside.is_empty() {
        return None;
    }
    let all = list.mysteries;
    let cards = all
        .iter()
        .map(|m| {
            let others: Vec<String> = all.iter().filter(|o| o.key != m.key).map(|o| o.scenario.id.clone()).collect();
            let playable = !validate::has_errors(&own::draft_problems(&m.scenario, &bundled, &others));
            view! { <OwnCard mystery=m.clone() playable=playable /> }
        })
        .collect_view();
    Some(view! {
        <section class="own-mysteries" aria-labelledby="eigen-mysteries-titel">
            <h2 id="eigen-mysteries-titel">"Eigen mysteries"</h2>
            <p>
                "Deze mysteries zijn in deze browser gemaakt of ingelezen. Bewerken, exporteren en verwijderen doe je in de "
                <a href=Route::Studio.href()>"Trainersstudio"</a>
                "."
            </p>
            {list.set_aside.into_iter().map(|note| view! { <p class="notice problem" role="alert">{note}</p> }).collect_view()}
            <ul class="mystery-list own-list" aria-label="Zelf gemaakt">
                {cards}
            </ul>
        </section>
    })
}

#[component]
fn OwnCard(mystery: OwnMystery, playable: bool) -> impl IntoView {
    let entry = own::library_entry(&mystery);
    let title = crate::domain::text::shown_title(&entry.title);
    let heading_id = format!("eigen-{}", mystery.key);
    let labelled_by = heading_id.clone();
    let (play_href, action) = play_link(&entry.id);
    let studio_link = Route::Studio.href();
    view! {
        <li class="mystery-card own-card">
            <article aria-labelledby=labelled_by>
                <h3 id=heading_id>{title.clone()}</h3>
                <p class="own-mark">"Eigen mysterie"</p>
                <p>{entry.summary.clone()}</p>
                <BouwsteenTags bouwstenen=entry.bouwstenen.clone() main=entry.main_bouwsteen />
                {if playable {
                    view! {
                        <a class="button primary" href=play_href aria-label=format!("{action}: {title}")>
                            {action}
                        </a>
                    }
                        .into_any()
                } else {
                    view! {
                        <p class="own-draft">"Nog niet speelbaar: er zitten nog fouten in."</p>
                        <a
                            class="button primary"
                            href=Route::StudioEdit(mystery.key.clone()).href()
                            aria-label=format!("Verder bewerken: {title}")
                        >
                            "Verder bewerken"
                        </a>
                    }
                        .into_any()
                }}
                <a class="own-manage" href=studio_link aria-label=format!("Bewerken of verwijderen in de Trainersstudio: {title}")>
                    "Bewerken of verwijderen"
                </a>
            </article>
        </li>
    }
}

/// The link of a mystery's card: its game when this device has one, else its start form.
fn play_link(id: &str) -> (String, &'static str) {
    if storage::has_game(id) {
        (Route::Game(id.to_string()).href(), "Verder spelen")
    } else {
        (Route::Play(id.to_string()).href(), "Speel dit mysterie")
    }
}

#[component]
fn MysteryCard(entry: LibraryEntry) -> impl IntoView {
    let (href, action) = play_link(&entry.id);
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
