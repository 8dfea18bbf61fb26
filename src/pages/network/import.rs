//! "Resultaten toevoegen": choosing or dropping files, what happened to each,
//! and the replace-or-keep question for a result that differs from a stored one.

use leptos::prelude::*;

use super::Shown;
use crate::components::file_drop::FileDrop;
use crate::domain::result_set;
use crate::result_set::ResultSet;

#[component]
pub(super) fn Import(shown: Shown) -> impl IntoView {
    let results = ResultSet::use_context();
    view! {
        <section class="import" aria-labelledby="toevoegen-titel">
            <h2 id="toevoegen-titel" tabindex="-1">"Resultaten toevoegen"</h2>
            <FileDrop
                input_id="resultaat-bestanden"
                label="Kies resultaat-bestanden (.json)"
                help="Je kunt meer bestanden tegelijk kiezen, of ze hierheen slepen. Een team kan ook een link sturen: open die link in deze browser. Een bestand mag hoogstens 1 MB zijn."
                on_files=Callback::new(move |list| results.import(list))
            />
            <p class="share-status" role="status">{move || results.status.get()}</p>
            <Waiting anonymous=shown.anonymous />
            <FileReports shown=shown />
        </section>
    }
}

/// Results that differ from a stored one with the same id: replace or keep.
#[component]
fn Waiting(anonymous: RwSignal<bool>) -> impl IntoView {
    let results = ResultSet::use_context();
    move || {
        results
            .waiting
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, incoming)| {
                let stored = results.list.with(|s| s.iter().find(|r| r.id == incoming.id).cloned());
                let question_id = format!("vervangen-vraag-{i}");
                let (keep_id, replace_id) = (incoming.id.clone(), incoming.id.clone());
                // "Namen weghalen" hides the team here too.
                let question = result_set::replace_question(&incoming, stored.as_ref(), anonymous.get());
                let labelled_by = question_id.clone();
                view! {
                    <div class="confirm" role="group" aria-labelledby=labelled_by>
                        <p id=question_id>{question}</p>
                        <button type="button" class="button primary" on:click=move |_| results.decide(&replace_id, true)>
                            "Vervang door het nieuwe"
                        </button>
                        <button type="button" class="button" on:click=move |_| results.decide(&keep_id, false)>
                            "Houd wat er stond"
                        </button>
                    </div>
                }
            })
            .collect_view()
    }
}

/// What happened to each file or link of the last import (anonymised with
/// "Namen weghalen" on).
#[component]
fn FileReports(shown: Shown) -> impl IntoView {
    let results = ResultSet::use_context();
    move || {
        let list = results.reports.get();
        let list =
            if shown.anonymous.get() { shown.all.with(|all| result_set::anonymous_reports(&list, all)) } else { list };
        (!list.is_empty()).then(|| {
            view! {
                <ul class="file-reports" aria-label="Wat er met elk bestand gebeurde">
                    {list
                        .into_iter()
                        .map(|r| {
                            view! {
                                <li class=if r.ok { "ok" } else { "problem" }>
                                    <strong>{format!("{}: ", r.source)}</strong>
                                    {if r.ok { "" } else { "Niet gelukt. " }}
                                    {r.message}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })
    }
}
