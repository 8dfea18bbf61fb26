//! The list of own mysteries with their status and actions, and the deleted
//! ones that can be put back.

use leptos::prelude::*;

use super::{Studio, Undo};
use crate::components::files;
use crate::components::focus::focus_later;
use crate::domain::studio::own::{self, OwnMystery};
use crate::domain::studio::transfer;
use crate::domain::validate;
use crate::route::Route;
use crate::studio_store;

use crate::domain::text::shown_title;

/// "23-11-2026 om 14:05", in the browser's time zone.
pub fn saved_time(ms: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "{:02}-{:02}-{} om {:02}:{:02}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// "Speelbaar" or "Nog niet speelbaar: 3 fouten".
pub fn status_text(errors: usize) -> String {
    match errors {
        0 => "Speelbaar".to_string(),
        1 => "Nog niet speelbaar: 1 fout".to_string(),
        n => format!("Nog niet speelbaar: {n} fouten"),
    }
}

#[component]
pub(super) fn OwnSection(studio: Studio) -> impl IntoView {
    view! {
        <section class="studio-own" aria-labelledby="studio-eigen-titel">
            <h2 id="studio-eigen-titel" tabindex="-1">"Mijn mysteries"</h2>
            {move || {
                let list = studio.own.get();
                if list.is_empty() {
                    return view! {
                        <p class="studio-none">
                            "Je hebt nog geen eigen mysteries. Begin hieronder met een nieuw mysterie, een kopie of een bestand."
                        </p>
                    }
                        .into_any();
                }
                // Recomputed when the list or the library changes.
                let bundled = studio.bundled.with(|b| b.iter().map(|e| e.id.clone()).collect::<Vec<_>>());
                let items = list
                    .iter()
                    .map(|m| {
                        let others: Vec<String> =
                            list.iter().filter(|o| o.key != m.key).map(|o| o.scenario.id.clone()).collect();
                        let errors = validate::errors(&own::draft_problems(&m.scenario, &bundled, &others)).count();
                        view! { <OwnItem studio=studio mystery=m.clone() errors=errors /> }
                    })
                    .collect_view();
                view! {
                    <ul class="studio-list" aria-label="Mijn eigen mysteries">
                        {items}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
}

#[component]
fn OwnItem(studio: Studio, mystery: OwnMystery, errors: usize) -> impl IntoView {
    let title = shown_title(&mystery.scenario.title);
    let key = mystery.key.clone();
    let heading = format!("studio-item-{key}");
    let labelled_by = heading.clone();
    let confirm = RwSignal::new(false);
    let scenario = StoredValue::new(mystery.scenario.clone());
    let export = move |_| {
        let (name, text) = scenario.with_value(|s| (transfer::file_name(s), transfer::export(s)));
        match files::download(&name, "application/json", &text) {
            Ok(()) => studio.say(format!("Het bestand {name} staat in je downloads.")),
            Err(message) => studio.fail(message),
        }
    };
    let ask_key = key.clone();
    let ask = move |_| {
        confirm.set(true);
        focus_later(format!("studio-nee-{ask_key}"));
    };
    let keep_key = key.clone();
    let keep = move |_| {
        confirm.set(false);
        focus_later(format!("studio-verwijder-{keep_key}"));
    };
    let delete_key = key.clone();
    let delete_title = title.clone();
    let delete = move |_| match studio_store::delete(&delete_key) {
        Ok(()) => {
            studio.refresh();
            studio.say_undoable(
                format!("‘{delete_title}’ is verwijderd. Per ongeluk? Zet het terug."),
                Undo::Delete { key: delete_key.clone() },
            );
            focus_later("studio-terugzetten".to_string());
        }
        Err(message) => studio.fail(message),
    };
    let playable = errors == 0;
    let id = mystery.scenario.id.clone();
    view! {
        <li class="studio-item">
            <article aria-labelledby=labelled_by>
                <h3 id=heading>{title.clone()}</h3>
                <dl class="studio-facts">
                    <div>
                        <dt>"Id"</dt>
                        <dd><code>{id.clone()}</code></dd>
                    </div>
                    <div>
                        <dt>"Status"</dt>
                        <dd class=if playable { "studio-ok" } else { "studio-draft" }>{status_text(errors)}</dd>
                    </div>
                    <div>
                        <dt>"Laatst opgeslagen"</dt>
                        <dd>{saved_time(mystery.saved_at)}</dd>
                    </div>
                </dl>
                <p class="studio-actions">
                    <a class="button small primary" href=Route::StudioEdit(key.clone()).href() aria-label=format!("Bewerken: {title}")>
                        "Bewerken"
                    </a>
                    <a
                        class="button small"
                        href=Route::StudioPlaytest(key.clone()).href()
                        aria-label=format!("Speeltest: {title}")
                    >
                        "Speeltest"
                    </a>
                    <button type="button" class="button small" on:click=export aria-label=format!("Exporteren: {title}")>
                        "Exporteren"
                    </button>
                    <a class="button small" href=Route::Print(id.clone()).href() aria-label=format!("Afdrukken: {title}")>
                        "Afdrukken"
                    </a>
                    <button
                        type="button"
                        class="button small"
                        id=format!("studio-verwijder-{key}")
                        on:click=ask
                        aria-label=format!("Verwijderen: {title}")
                        aria-expanded=move || if confirm.get() { "true" } else { "false" }
                    >
                        "Verwijderen"
                    </button>
                </p>
                <Show when=move || confirm.get()>
                    <div class="confirm studio-confirm">
                        <p>{format!("Weet je zeker dat je ‘{title}’ wilt verwijderen? Je kunt het daarna nog terugzetten.")}</p>
                        <button type="button" class="button small primary" on:click=delete.clone()>
                            "Ja, verwijderen"
                        </button>
                        <button type="button" class="button small" id=format!("studio-nee-{key}") on:click=keep.clone()>
                            "Nee, laten staan"
                        </button>
                    </div>
                </Show>
            </article>
        </li>
    }
}

/// Mysteries deleted earlier (or replaced by an import): each can be put back.
#[component]
pub(super) fn DeletedSection(studio: Studio) -> impl IntoView {
    let restore = move |key: String| match studio_store::restore_deleted(&key) {
        Ok(()) => {
            studio.refresh();
            studio.say("Het mysterie staat weer bij Mijn mysteries.");
            focus_later("studio-eigen-titel".to_string());
        }
        Err(message) => studio.fail(message),
    };
    view! {
        {move || {
            let list = studio.deleted.get();
            (!list.is_empty())
                .then(|| {
                    view! {
                        <section class="studio-deleted" aria-labelledby="studio-verwijderd-titel">
                            <h2 id="studio-verwijderd-titel">"Verwijderde mysteries"</h2>
                            <p>"Deze mysteries zijn verwijderd of vervangen. Je kunt ze terugzetten."</p>
                            <ul>
                                {list
                                    .into_iter()
                                    .map(|m| {
                                        let title = shown_title(&m.scenario.title);
                                        let key = m.key.clone();
                                        view! {
                                            <li>
                                                {format!("{title} ({}), opgeslagen {} ", m.scenario.id, saved_time(m.saved_at))}
                                                <button
                                                    type="button"
                                                    class="button small"
                                                    aria-label=format!("Terugzetten: {title}")
                                                    on:click=move |_| restore(key.clone())
                                                >
                                                    "Terugzetten"
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })
        }}
    }
}
