//! "Welke teams?": the filters and the "Namen weghalen" switch.

use leptos::prelude::*;

use crate::domain::network::{self, Filter};
use crate::domain::results::TeamResult;

/// Filters and the anonymise switch.
#[component]
pub(super) fn Choices(
    all: Memo<Vec<TeamResult>>,
    filter: RwSignal<Filter>,
    anonymous: RwSignal<bool>,
) -> impl IntoView {
    let options = Memo::new(move |_| all.with(|s| network::filter_options(s)));
    let select = move |id: &'static str,
                       label: &'static str,
                       all: &'static str,
                       values: Vec<(String, String)>,
                       get: fn(&Filter) -> Option<String>,
                       put: fn(&mut Filter, Option<String>)| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select
                    id=id
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        filter.update(|f| put(f, (!value.is_empty()).then_some(value)));
                    }
                >
                    <option value="" selected=move || filter.with(|f| get(f).is_none())>{all}</option>
                    {values
                        .into_iter()
                        .map(|(value, text)| {
                            let v = value.clone();
                            view! {
                                <option value=value selected=move || filter.with(|f| get(f).as_deref() == Some(v.as_str()))>
                                    {text}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <section class="choices" aria-labelledby="kiezen-titel">
            <h2 id="kiezen-titel">"Welke teams?"</h2>
            <div class="filter-fields">
                {move || {
                    let o = options.get();
                    let pairs = |list: Vec<String>| list.into_iter().map(|v| (v.clone(), v)).collect::<Vec<_>>();
                    view! {
                        {select("filter-mysterie", "Mysterie", "Alle mysteries", o.mysteries, |f| f.mystery.clone(), |f, v| f.mystery = v)}
                        {select(
                            "filter-gemeente",
                            "Gemeente",
                            "Alle gemeenten",
                            pairs(o.municipalities),
                            |f| f.municipality.clone(),
                            |f, v| f.municipality = v,
                        )}
                        {select(
                            "filter-organisatie",
                            "Soort organisatie",
                            "Alle soorten",
                            pairs(o.organisation_types),
                            |f| f.organisation_type.clone(),
                            |f, v| f.organisation_type = v,
                        )}
                        {select("filter-datum", "Datum", "Alle datums", o.dates, |f| f.date.clone(), |f, v| f.date = v)}
                        {(!o.sessions.is_empty())
                            .then(|| {
                                select(
                                    "filter-sessie",
                                    "Sessie",
                                    "Alle sessies",
                                    o.sessions,
                                    |f| f.session.clone(),
                                    |f, v| f.session = v,
                                )
                            })}
                    }
                }}
            </div>
            <div class="check anonymous">
                <input
                    id="anoniem"
                    type="checkbox"
                    aria-describedby="anoniem-uitleg"
                    prop:checked=move || anonymous.get()
                    on:change=move |ev| {
                        // The place and organisation lists change their words: start those afresh.
                        filter.update(|f| {
                            f.municipality = None;
                            f.organisation_type = None;
                        });
                        anonymous.set(event_target_checked(&ev));
                    }
                />
                <label for="anoniem">"Namen weghalen (anoniem)"</label>
            </div>
            <p class="hint-text" id="anoniem-uitleg">
                "Teamnamen worden ‘Team 1’, ‘Team 2’ enzovoort, gemeenten ‘Gemeente A’, ‘Gemeente B’ enzovoort, en namen van teamleden verdwijnen. "
                "Ook in de grafieken, de lijsten, de antwoorden, de download en op papier. "
                "Andere namen die teams zelf in hun antwoorden schreven (van een inwoner of een straat) kent de app niet: lees de antwoorden na voor je ze laat zien."
            </p>
        </section>
    }
}
