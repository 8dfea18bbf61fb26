//! `#/studio/<key>/speeltest`: play the draft in the real game view, with a
//! bar that says it is a playtest and leads back to the editor. A draft with
//! errors is not played: the page lists the errors instead.
//!
//! A playtest is a normal saved game for the mystery's id. When edits made an
//! earlier playtest game unfit, the game's restore sets it aside with a
//! message and the start form appears; "Opnieuw beginnen" starts afresh anytime.

use leptos::prelude::*;

use crate::api;
use crate::components::load::{load, Load};
use crate::domain::scenario::Scenario;
use crate::domain::studio::own::OwnMystery;
use crate::domain::validate::Problem;
use crate::pages::play::Play;
use crate::pages::studio::editor::place;
use crate::route::Route;
use crate::storage;
use crate::studio_store;

#[component]
pub fn PlaytestPage(key: String) -> impl IntoView {
    let back = Route::StudioEdit(key.clone()).href();
    let own = match studio_store::load(&key) {
        Ok(Some(own)) => own,
        Ok(None) => {
            return view! {
                <div class="page editor-playtest">
                    <h1>"Mysterie niet gevonden"</h1>
                    <p>"Dit mysterie staat niet (meer) in deze browser."</p>
                    <p><a href=Route::Studio.href()>"Terug naar de studio"</a></p>
                </div>
            }
            .into_any()
        }
        Err(message) => {
            return view! {
                <div class="page editor-playtest">
                    <h1>"Speeltest kan niet starten"</h1>
                    <p class="notice problem" role="alert">{message}</p>
                    <p><a href=back>"Terug naar de studio"</a></p>
                </div>
            }
            .into_any()
        }
    };
    // The bundled ids matter: an own mystery with a bundled id would share its saved game.
    let checked = {
        let own = own.clone();
        load(async move {
            let library = api::load_library().await.ok();
            Ok(api::own_problems(&own, library.as_ref()).into_iter().filter(Problem::is_error).collect::<Vec<_>>())
        })
    };
    let own = StoredValue::new(own);
    view! {
        {move || match checked.get() {
            Load::Pending => view! { <p role="status" class="loading">"Mysterie controleren…"</p> }.into_any(),
            Load::Failed(error) => view! { <p class="notice problem" role="alert">{error.to_string()}</p> }.into_any(),
            Load::Ready(errors) if errors.is_empty() => view! { <Playtest own=own.get_value() back=back.clone() /> }.into_any(),
            Load::Ready(errors) => {
                view! { <NotPlayable errors=errors scenario=own.with_value(|o| o.scenario.clone()) back=back.clone() /> }
                    .into_any()
            }
        }}
    }
    .into_any()
}

/// The bar above the game, and the game itself (restarted by "Opnieuw beginnen").
#[component]
fn Playtest(own: OwnMystery, back: String) -> impl IntoView {
    let scenario = StoredValue::new(own.scenario);
    let round = RwSignal::new(0u32);
    let note = RwSignal::new(String::new());
    let restart = move |_| {
        scenario.with_value(|s| storage::archive(&s.id));
        round.update(|r| *r += 1);
        note.set("Het spel begint opnieuw. Het oude spel is apart bewaard.".to_string());
    };
    view! {
        <div class="editor-playtest-bar" role="region" aria-label="Speeltest">
            <p class="editor-playtest-label">
                <strong>"Speeltest van je concept"</strong>
            </p>
            <a class="button small" href=back>"Terug naar de studio"</a>
            <button type="button" class="button small" on:click=restart>"Opnieuw beginnen"</button>
            <p class="editor-notes" role="status">{move || note.get()}</p>
        </div>
        {move || {
            round.track();
            view! { <Play scenario=scenario.get_value() /> }
        }}
    }
}

#[component]
fn NotPlayable(errors: Vec<Problem>, scenario: Scenario, back: String) -> impl IntoView {
    let count = match errors.len() {
        1 => "er is nog 1 fout".to_string(),
        n => format!("er zijn nog {n} fouten"),
    };
    let scenario = StoredValue::new(scenario);
    view! {
        <div class="page editor-playtest">
            <h1>"Speeltest van je concept"</h1>
            <p class="notice problem" role="alert">
                {format!("Dit mysterie kan nog niet gespeeld worden: {count}. Herstel dat in de studio.")}
            </p>
            <ul class="editor-playtest-errors">
                {errors
                    .into_iter()
                    .map(|p| {
                        let place = scenario.with_value(|s| place(s, &p.path));
                        view! { <li>{format!("{place}: {}", p.message)}</li> }
                    })
                    .collect_view()}
            </ul>
            <p><a class="button primary" href=back>"Terug naar de studio"</a></p>
        </div>
    }
}
