//! The learning-network view: results of many teams side by side. Results come
//! in as files (chosen or dropped, many at once) or as result links; they are
//! kept in this browser only. The list and its changes are the `ResultSet`
//! context (src/result_set.rs); all maths and words about it live in
//! `domain::network` and `domain::result_set`. The parts:
//!
//! - `import`: adding files, the reports per file, replace-or-keep questions;
//! - `choices`: the filters and "Namen weghalen";
//! - `overview`: summary, charts, tables, perspectives, actions, open answers;
//! - `presentation`: one chart or list at a time on the beamer;
//! - `manage`: the list of results, each removable, and emptying it.

mod charts;
mod choices;
mod import;
mod manage;
mod overview;
mod presentation;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::components::files;
use crate::components::focus::focus_later;
use crate::components::share::{PRIVACY, PRIVACY_CONTENTS};
use crate::components::storage_help::StorageHelp;
use crate::domain::network::{self, Filter};
use crate::domain::results::{self, TeamResult};
use crate::domain::storage_usage;
use crate::result_set::{Flash, ResultSet};
use crate::results_store;
use crate::route::Route;

use choices::Choices;
use import::Import;
use manage::Manage;
use overview::Overview;
use presentation::Presentation;

#[component]
pub fn NetworkPage(#[prop(optional)] link: Option<String>) -> impl IntoView {
    let flash = link.as_deref().map(Flash::from_link).unwrap_or_default();
    if link.is_some() {
        // After the page is shown: put the network view's own address in the
        // address bar (no navigation), so a reload or Back does not add the
        // result again.
        Effect::new(move |_| {
            if let Ok(history) = window().history() {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&Route::Network.href()));
            }
        });
    }
    view! { <Network flash=flash /> }
}

/// What the teams shown are: every result (anonymised when "Namen weghalen"
/// is on), the ones the filters let through, and their summary.
#[derive(Clone, Copy)]
struct Shown {
    /// Anonymised over the whole set first, so "Team 3" stays team 3 whatever
    /// the filter. Everything renders from this (never from the set itself),
    /// so with "Namen weghalen" on no part of the page sees a real name.
    all: Memo<Vec<TeamResult>>,
    teams: Memo<Vec<TeamResult>>,
    summary: Memo<network::Summary>,
    anonymous: RwSignal<bool>,
}

#[component]
fn Network(flash: Flash) -> impl IntoView {
    let results = ResultSet::provide_network(flash);
    // Coming from a result link: start at the top, where the report is.
    if results.reports.with_untracked(|r| !r.is_empty()) {
        focus_later("netwerk-titel".to_string());
    }
    let filter = RwSignal::new(Filter::default());
    let anonymous = RwSignal::new(false);
    let presenting = RwSignal::new(false);
    // Outside the parts below: they are made afresh when the list changes.
    let confirm_clear = RwSignal::new(false);
    let highlight = RwSignal::new(None::<usize>);
    let group_by = RwSignal::new(network::GroupBy::Nothing);

    let all = Memo::new(move |_| {
        let all = results.list.get();
        if anonymous.get() {
            network::anonymise(&all)
        } else {
            all
        }
    });
    let teams = Memo::new(move |_| {
        all.with(|all| filter.with(|f| f.apply(all)).into_iter().map(|i| all[i].clone()).collect::<Vec<_>>())
    });
    let summary = Memo::new(move |_| teams.with(|s| network::summarise(s)));
    let shown = Shown { all, teams, summary, anonymous };

    view! {
        <div class="page network">
            <h1 id="netwerk-titel" tabindex="-1">"Lerend netwerk: resultaten vergelijken"</h1>
            <p class="lead">
                "Zet de resultaten van teams naast elkaar: uit verschillende sessies, gemeenten en organisaties. "
                "Zo zien jullie samen welke bouwstenen sterk zijn en waar het beter kan."
            </p>
            <p class="privacy">{PRIVACY}</p>
            <p class="small">
                {PRIVACY_CONTENTS}
                " Wat je hier toevoegt, blijft in deze browser. Met ‘Namen weghalen’ aan laat het overzicht geen namen van teams, teamleden of gemeenten zien."
            </p>
            {move || results.problem.get().map(|p| view! { <p class="notice problem" role="alert">{p}</p> })}
            <SaveProblem />
            <Import shown=shown />
            {move || {
                if results.list.with(Vec::is_empty) {
                    view! { <EmptyNetwork /> }.into_any()
                } else {
                    view! {
                        <Choices all=all filter=filter anonymous=anonymous />
                        <Meeting anonymous=anonymous presenting=presenting />
                        <Overview shown=shown highlight=highlight group_by=group_by />
                        <Export shown=shown />
                        {move || presenting.get().then(|| view! { <Presentation shown=shown presenting=presenting /> })}
                        <Manage all=all confirm_clear=confirm_clear />
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// A failed save: its own alert, with what to do, until saving works again (issue #17).
#[component]
fn SaveProblem() -> impl IntoView {
    let results = ResultSet::use_context();
    let save_failed = results.save_failed;
    view! {
        <div class="save-problem" role="alert" class:empty=move || save_failed.with(Option::is_none)>
            <Show when=move || save_failed.with(Option::is_some)>
                <p class="notice problem">{move || save_failed.get().unwrap_or_default()}</p>
                <Show when=move || save_failed.with(|m| m.as_deref() == Some(storage_usage::FULL))>
                    <StorageHelp keep=results_store::NETWORK_KEY retry=Callback::new(move |_| results.retry()) />
                </Show>
            </Show>
        </div>
    }
}

#[component]
fn EmptyNetwork() -> impl IntoView {
    view! {
        <p class="empty-network">
            "Er staan nog geen resultaten in dit overzicht. Voeg bestanden toe, open een link van een team, of zet een resultaat uit "
            <a href=Route::Results.href()>"Eerdere resultaten"</a>
            " erin."
        </p>
    }
}

/// "Bespreken": starting the presentation mode.
#[component]
fn Meeting(anonymous: RwSignal<bool>, presenting: RwSignal<bool>) -> impl IntoView {
    view! {
        <section class="meeting" aria-labelledby="bespreken-titel">
            <h2 id="bespreken-titel">"Bespreken"</h2>
            <p>
                "Laat op de beamer één grafiek of lijst tegelijk zien, met grote letters en zonder menu. "
                "Blader met de pijltjestoetsen; Esc stopt. "
                {move || {
                    if anonymous.get() {
                        "Zonder namen, want ‘Namen weghalen’ staat aan."
                    } else {
                        "Let op: ‘Namen weghalen’ staat uit, dus de namen van teams en gemeenten zijn te zien."
                    }
                }}
            </p>
            <button
                type="button"
                id="presenteren"
                class="button primary"
                on:click=move |_| {
                    presenting.set(true);
                    focus_later("presentatie".to_string());
                }
            >
                "Presenteren"
            </button>
        </section>
    }
}

/// "Bewaren": the teams shown as CSV, or printed.
#[component]
fn Export(shown: Shown) -> impl IntoView {
    let results = ResultSet::use_context();
    let export_csv = move |_| {
        let list = shown.teams.get_untracked();
        let name = format!("netwerk-resultaten-{}.csv", files::now_iso().get(..10).unwrap_or("vandaag"));
        match files::download(&name, "text/csv;charset=utf-8", &results::to_csv(&list)) {
            Ok(()) => results.status.set(format!("Het bestand {name} staat in je downloads.")),
            Err(message) => results.status.set(message),
        }
    };
    view! {
        <section class="export" aria-labelledby="export-titel">
            <h2 id="export-titel">"Bewaren"</h2>
            <p>
                "Download de teams die je nu ziet als tabel voor Excel, of druk het overzicht af (of bewaar het als pdf). "
                {move || if shown.anonymous.get() { "Zonder namen, want ‘Namen weghalen’ staat aan." } else { "" }}
            </p>
            <div class="share-buttons">
                <button type="button" class="button" on:click=export_csv>"Download tabel (CSV)"</button>
                <button type="button" class="button" on:click=move |_| files::print()>
                    "Afdrukken of pdf"
                </button>
            </div>
        </section>
    }
}
