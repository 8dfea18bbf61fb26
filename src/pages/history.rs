//! Earlier results on this device: a list to look back at, share, add to the
//! learning-network view, or delete; and one earlier result in full.

use leptos::prelude::*;

use crate::components::focus::focus_later;
use crate::components::result_report::{ActionsList, ResultReport};
use crate::components::share::{SharePanel, PRIVACY};
use crate::domain::network;
use crate::domain::results::TeamResult;
use crate::result_set::ResultSet;
use crate::results_store;
use crate::route::Route;

#[component]
pub fn HistoryPage(#[prop(optional)] id: Option<String>) -> impl IntoView {
    match id {
        None => view! { <HistoryList /> }.into_any(),
        Some(id) => view! { <HistoryItem id=id /> }.into_any(),
    }
}

#[component]
fn HistoryList() -> impl IntoView {
    let results = ResultSet::provide_history();
    let (list, problem, status) = (results.list, results.problem, results.status);
    let confirm: RwSignal<Option<String>> = RwSignal::new(None);

    view! {
        <div class="page history">
            <h1 id="resultaten-titel" tabindex="-1">"Eerdere resultaten"</h1>
            <p class="lead">"De resultaten van de mysteries die op dit apparaat zijn gespeeld."</p>
            <p class="privacy">{PRIVACY}</p>
            {move || problem.get().map(|p| view! { <p class="notice problem" role="alert">{p}</p> })}
            <p class="share-status" role="status">{move || status.get()}</p>
            {move || {
                let mut items = list.get();
                if items.is_empty() {
                    return view! {
                        <p>
                            "Er zijn nog geen resultaten op dit apparaat. Speel een mysterie tot het einde; "
                            "het resultaat komt dan hier. "
                            <a href=Route::Library.href()>"Kies een mysterie"</a>
                        </p>
                    }
                        .into_any();
                }
                items.reverse();
                view! {
                    <ul class="history-list" aria-label="Resultaten, nieuwste eerst">
                        {items
                            .into_iter()
                            .map(|r| view! { <HistoryEntry result=r confirm=confirm /> })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <p>
                <a href=Route::Network.href()>"Naar het overzicht voor het lerend netwerk"</a>
            </p>
        </div>
    }
}

/// One earlier result: view it, put it in the network overview, or delete it
/// (after a question).
#[component]
fn HistoryEntry(result: TeamResult, confirm: RwSignal<Option<String>>) -> impl IntoView {
    let results = ResultSet::use_context();
    let remove = move |id: String| {
        if results.remove_from_history(&id) {
            confirm.set(None);
        }
    };
    let to_network = move |result: TeamResult| results.send_to_network(result);
    let r = result;
    let id = r.id.clone();
    let heading = format!("resultaat-{}", r.id);
    let labelled = heading.clone();
    let asking = {
        let id = id.clone();
        move || confirm.get().as_deref() == Some(id.as_str())
    };
    let (ask_id, yes_id, remove_id) = (id.clone(), format!("verwijder-ja-{id}"), id.clone());
    let focus_yes = yes_id.clone();
    let for_network = r.clone();
    let name = format!("{}, {}", r.mystery.title, r.team.name);
    let name_for_view = name.clone();
    let name_for_ask = name.clone();
    view! {
        <li class="history-item">
            <article aria-labelledby=labelled>
                <h2 id=heading>{r.mystery.title.clone()}</h2>
                <p>
                    {format!(
                        "{} · {} · Onderzoek {} · Oplossing {} · Niveau {} van 4",
                        network::team_label(&r, 0),
                        r.display_date(),
                        r.investigation.score,
                        r.solution.score,
                        r.solution.level.rank(),
                    )}
                </p>
                <div class="history-actions">
                    <a
                        class="button"
                        href=Route::ResultView(r.id.clone()).href()
                        aria-label=format!("Bekijk: {name_for_view}")
                    >
                        "Bekijk"
                    </a>
                    <button
                        type="button"
                        class="button"
                        aria-label=format!("Zet in het netwerkoverzicht: {name}")
                        on:click=move |_| to_network(for_network.clone())
                    >
                        "Zet in het netwerkoverzicht"
                    </button>
                    <Show
                        when=asking.clone()
                        fallback=move || {
                            let ask_id = ask_id.clone();
                            let focus_yes = focus_yes.clone();
                            view! {
                                <button
                                    type="button"
                                    class="button"
                                    aria-label=format!("Verwijder: {name_for_ask}")
                                    on:click=move |_| {
                                        confirm.set(Some(ask_id.clone()));
                                        focus_later(focus_yes.clone());
                                    }
                                >
                                    "Verwijder"
                                </button>
                            }
                        }
                    >
                        <div class="confirm" role="group" aria-label="Verwijderen bevestigen">
                            <p>"Dit resultaat uit deze browser verwijderen? Dit kan niet ongedaan worden."</p>
                            <button
                                type="button"
                                id=yes_id.clone()
                                class="button primary"
                                on:click={
                                    let remove_id = remove_id.clone();
                                    move |_| remove(remove_id.clone())
                                }
                            >
                                "Ja, verwijder"
                            </button>
                            <button type="button" class="button" on:click=move |_| confirm.set(None)>
                                "Nee"
                            </button>
                        </div>
                    </Show>
                </div>
            </article>
        </li>
    }
}

#[component]
fn HistoryItem(id: String) -> impl IntoView {
    let Some(result) = results_store::find_in_history(&id) else {
        return view! {
            <div class="page history">
                <h1>"Resultaat niet gevonden"</h1>
                <p>"Dit resultaat staat niet (meer) in deze browser. Misschien is het verwijderd."</p>
                <p>
                    <a class="button" href=Route::Results.href()>"Naar eerdere resultaten"</a>
                </p>
            </div>
        }
        .into_any();
    };
    let title = format!("Resultaat: {}", result.mystery.title);
    let lead = format!("{} · {}", network::team_label(&result, 0), result.display_date());
    let shared = Signal::stored(result.clone());
    view! {
        <div class="page history result">
            <h1>{title}</h1>
            <p class="lead">{lead}</p>
            <ResultReport result=result.clone() actions=view! { <ActionsList result=result /> }.into_any() />
            <SharePanel result=shared />
            <p class="no-print">
                <a class="button" href=Route::Results.href()>"Terug naar eerdere resultaten"</a>
            </p>
        </div>
    }
    .into_any()
}
