//! `#/papier/<id>`: type in the answer sheet of a team that played on paper
//! (printed with the card set, see pages/studio/print.rs). The sheet is played
//! through the engine (`domain::paper`) and gives the same result file as a
//! team on a screen; the result goes into this device's history and into the
//! learning-network view. Card numbers are the numbers printed on the cards.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::api::{self, Found};
use crate::components::files;
use crate::components::load::{load, loaded};
use crate::domain::game::Team;
use crate::domain::paper::{self, PaperSheet};
use crate::domain::results;
use crate::domain::scenario::{Phase, Scenario};
use crate::domain::scoring;
use crate::results_store;
use crate::route::Route;

#[component]
pub fn PaperPage(id: String) -> impl IntoView {
    let found = load(async move { api::find_mystery(&id).await });
    loaded(found, "Mysterie laden…", |found| view! { <SheetForm found=found /> }.into_any())
}

/// Read the typed sheet: card numbers, groups and links through `domain::paper`.
fn read_sheet(s: &Scenario, fields: &Fields) -> Result<PaperSheet, String> {
    let optional = |text: String| Some(text.trim().to_string()).filter(|t| !t.is_empty());
    let mut scale = BTreeMap::new();
    for (id, value) in &fields.scale {
        if let Some(v) = value.get_untracked() {
            scale.insert(id.clone(), v);
        }
    }
    let open = fields
        .open
        .iter()
        .map(|(id, text)| (id.clone(), text.get_untracked()))
        .filter(|(_, text)| !text.trim().is_empty())
        .collect();
    Ok(PaperSheet {
        team: Team {
            name: fields.team.get_untracked(),
            members: Vec::new(),
            municipality: optional(fields.municipality.get_untracked()),
            organisation_type: optional(fields.organisation.get_untracked()),
        },
        groups: paper::parse_groups(s, &fields.groups.get_untracked())?,
        aside: paper::parse_cards(s, &fields.aside.get_untracked(), "aan de kant")?,
        key: paper::parse_cards(s, &fields.key.get_untracked(), "kernkaarten")?,
        links: paper::parse_links(s, &fields.links.get_untracked())?,
        cited: paper::parse_cards(s, &fields.cited.get_untracked(), "kaarten in het antwoord")?,
        explanation: fields.explanation.get_untracked(),
        scale,
        open,
    })
}

#[derive(Clone)]
struct Fields {
    team: RwSignal<String>,
    municipality: RwSignal<String>,
    organisation: RwSignal<String>,
    groups: RwSignal<String>,
    aside: RwSignal<String>,
    key: RwSignal<String>,
    links: RwSignal<String>,
    cited: RwSignal<String>,
    explanation: RwSignal<String>,
    scale: Vec<(String, RwSignal<Option<u8>>)>,
    open: Vec<(String, RwSignal<String>)>,
}

/// A labelled text field or text area bound to `value`.
fn text_field(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    value: RwSignal<String>,
    rows: u32,
) -> AnyView {
    let hint_id = format!("{id}-uitleg");
    let described = (!hint.is_empty()).then(|| hint_id.clone());
    let input = if rows > 1 {
        view! {
            <textarea
                id=id
                rows=rows
                aria-describedby=described.clone()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id
                type="text"
                aria-describedby=described.clone()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {input}
            {(!hint.is_empty()).then(|| view! { <p id=hint_id class="small muted">{hint}</p> })}
        </div>
    }
    .into_any()
}

#[component]
fn SheetForm(found: Found) -> impl IntoView {
    let s = found.scenario;
    let fields = Fields {
        team: RwSignal::new(String::new()),
        municipality: RwSignal::new(String::new()),
        organisation: RwSignal::new(String::new()),
        groups: RwSignal::new(String::new()),
        aside: RwSignal::new(String::new()),
        key: RwSignal::new(String::new()),
        links: RwSignal::new(String::new()),
        cited: RwSignal::new(String::new()),
        explanation: RwSignal::new(String::new()),
        scale: s.reflection.statements.iter().map(|st| (st.id.clone(), RwSignal::new(None))).collect(),
        open: s.reflection.questions.iter().map(|q| (q.id.clone(), RwSignal::new(String::new()))).collect(),
    };
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let scenario = StoredValue::new(s.clone());
    let form_fields = fields.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        done.set(None);
        let outcome = scenario.with_value(|s| {
            let sheet = read_sheet(s, &form_fields)?;
            let session = paper::play(s, &sheet)?;
            let result = results::build(s, &session, &scoring::score(s, &session), &files::now_iso());
            let team = result.team.name.clone();
            results_store::remember(result.clone())?;
            results_store::add_to_network(result).map_err(|e| e.message())?;
            Ok::<String, String>(team)
        });
        match outcome {
            Ok(team) => {
                problem.set(None);
                done.set(Some(format!(
                    "Het antwoordblad van {team} is ingevoerd. Het resultaat staat bij de eerdere resultaten en in het overzicht voor het lerend netwerk."
                )));
                crate::components::focus::focus_later("papier-klaar".to_string());
            }
            Err(message) => {
                problem.set(Some(message));
                crate::components::focus::focus_later("papier-probleem".to_string());
            }
        }
    };
    let open_sorting = s.sorting.is_open();
    let groups_hint = if open_sorting {
        "Eén groep per regel: de naam van het team, een dubbele punt, dan de kaartnummers. Bijvoorbeeld: Brieven: 1, 4, 7. Kaarten die nergens staan, komen in een groep ‘Niet ingedeeld’."
    } else {
        "Eén groep per regel: het id van de groep uit het mysterie, een dubbele punt, dan de kaartnummers. Elke kaart moet in een groep of aan de kant staan."
    };
    let cards =
        s.clues.iter().enumerate().map(|(i, c)| view! { <li>{format!("{}. {}", i + 1, c.title)}</li> }).collect_view();
    let title = s.title.clone();
    view! {
        <div class="page paper-entry">
            <h1>{format!("Antwoordblad invoeren: {title}")}</h1>
            <p class="lead">
                "Voor een team dat op papier speelde. Typ over wat op het antwoordblad staat. De app rekent het uit zoals bij een team op een scherm."
            </p>
            <details class="paper-cards">
                <summary>"De kaartnummers van dit mysterie"</summary>
                <ol class="plain">{cards}</ol>
            </details>
            <form class="paper-form" on:submit=submit>
                <fieldset>
                    <legend>"Het team"</legend>
                    {text_field("papier-team", "Teamnaam", "", fields.team, 1)}
                    {text_field("papier-gemeente", "Gemeente (mag leeg)", "", fields.municipality, 1)}
                    {text_field("papier-organisatie", "Soort organisatie (mag leeg)", "", fields.organisation, 1)}
                </fieldset>
                <fieldset>
                    <legend>{Phase::Ordenen.label()}</legend>
                    {text_field("papier-groepen", "Groepen", groups_hint, fields.groups, 4)}
                    {text_field("papier-apart", "Aan de kant (kaartnummers)", "Bijvoorbeeld: 3, 12", fields.aside, 1)}
                    {text_field("papier-kern", "Kernkaarten (kaartnummers)", "", fields.key, 1)}
                    {text_field(
                        "papier-verbanden",
                        "Verbanden",
                        "Eén verband per regel: kaart, pijl, kaart, en na een dubbele punt waarom. Bijvoorbeeld: 3 -> 5: omdat de brief te moeilijk was.",
                        fields.links,
                        4,
                    )}
                </fieldset>
                <fieldset>
                    <legend>{Phase::Oplossen.label()}</legend>
                    {text_field("papier-antwoordkaarten", "Kaarten in het antwoord (kaartnummers)", "", fields.cited, 1)}
                    {text_field("papier-uitleg", "De uitleg van het team", "Zoals het team hem schreef, minstens 12 woorden.", fields.explanation, 6)}
                </fieldset>
                <fieldset>
                    <legend>"Stellingen"</legend>
                    {s
                        .reflection
                        .statements
                        .iter()
                        .zip(fields.scale.clone())
                        .enumerate()
                        .map(|(i, (st, (_, value)))| {
                            view! {
                                <fieldset class="scale">
                                    <legend>{st.text.clone()}</legend>
                                    {(1..=5u8)
                                        .map(|n| {
                                            let id = format!("papier-stelling-{i}-{n}");
                                            view! {
                                                <span class="scale-option">
                                                    <input
                                                        type="radio"
                                                        id=id.clone()
                                                        name=format!("papier-stelling-{i}")
                                                        prop:checked=move || value.get() == Some(n)
                                                        on:change=move |_| value.set(Some(n))
                                                    />
                                                    <label for=id>{n.to_string()}</label>
                                                </span>
                                            }
                                        })
                                        .collect_view()}
                                </fieldset>
                            }
                        })
                        .collect_view()}
                    <p class="small muted">"1 = helemaal oneens, 5 = helemaal eens."</p>
                </fieldset>
                <fieldset>
                    <legend>"Open vragen (mag leeg)"</legend>
                    {s
                        .reflection
                        .questions
                        .iter()
                        .zip(fields.open.clone())
                        .enumerate()
                        .map(|(i, (q, (_, value)))| {
                            let id = format!("papier-vraag-{i}");
                            view! {
                                <div class="field">
                                    <label for=id.clone()>{q.text.clone()}</label>
                                    <textarea
                                        id=id
                                        rows="2"
                                        prop:value=move || value.get()
                                        on:input=move |ev| value.set(event_target_value(&ev))
                                    ></textarea>
                                </div>
                            }
                        })
                        .collect_view()}
                </fieldset>
                {move || {
                    problem
                        .get()
                        .map(|message| {
                            view! {
                                <p id="papier-probleem" class="notice problem" role="alert" tabindex="-1">
                                    {message}
                                </p>
                            }
                        })
                }}
                <button type="submit" class="button primary">"Antwoordblad invoeren"</button>
            </form>
            {move || {
                done.get()
                    .map(|message| {
                        view! {
                            <div class="notice" role="status">
                                <p id="papier-klaar" tabindex="-1">{message}</p>
                                <p>
                                    <a class="button" href=Route::Network.href()>"Naar het overzicht voor het lerend netwerk"</a>
                                </p>
                            </div>
                        }
                    })
            }}
            <p>
                <a href=Route::Print(title_id(&scenario)).href()>"Terug naar de kaartenset"</a>
            </p>
        </div>
    }
}

fn title_id(scenario: &StoredValue<Scenario>) -> String {
    scenario.with_value(|s| s.id.clone())
}
