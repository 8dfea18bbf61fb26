//! Start a session: pick a mystery (bundled or own), the number of teams and
//! a plan (minutes per phase, editable), and start. Below: the sessions on
//! this device, each with its console.

use leptos::prelude::*;

use crate::api;
use crate::components::load::{load, Load};
use crate::domain::scenario::{Phase, Scenario};
use crate::domain::session::clock::{plan_problem, total, Plan};
use crate::domain::session::console::ConsoleState;
use crate::domain::session::link::{Seat, SessionLink, MAX_TEAMS};
use crate::domain::session::{plans, session_name};
use crate::route::Route;
use crate::session_store;
use crate::studio_store;
use crate::sync::now;

#[component]
pub fn SessionsPage() -> impl IntoView {
    let library = load(api::load_library());
    let own = studio_store::list().mysteries;
    let choices = move || {
        let mut list: Vec<(String, String)> = match library.get() {
            Load::Ready(lib) => lib.mysteries.iter().map(|m| (m.id.clone(), m.title.clone())).collect(),
            _ => Vec::new(),
        };
        list.extend(own.iter().map(|m| (m.scenario.id.clone(), format!("{} (eigen mysterie)", m.scenario.title))));
        list
    };
    let chosen = RwSignal::new(String::new());
    let sessions = session_store::list();
    view! {
        <div class="page sessions">
            <h1 id="fase-titel" tabindex="-1">"Een sessie voor de hele zaal"</h1>
            <p class="lead">
                "Speel één mysterie met meerdere teams tegelijk. Jij hebt de trainersconsole, de zaal kijkt naar het beamerscherm, "
                "ieder team scant zijn eigen QR-code. Er gaat niets naar een server."
            </p>
            <section class="card" aria-labelledby="nieuwe-sessie-titel">
                <h2 id="nieuwe-sessie-titel">"Nieuwe sessie"</h2>
                {move || matches!(library.get(), Load::Pending).then(|| view! { <p role="status">"Mysteries laden…"</p> })}
                <div class="field">
                    <label for="sessie-mysterie">"Mysterie"</label>
                    <select
                        id="sessie-mysterie"
                        on:change=move |ev| chosen.set(event_target_value(&ev))
                        prop:value=move || chosen.get()
                    >
                        <option value="">"Kies een mysterie"</option>
                        {move || {
                            choices()
                                .into_iter()
                                .map(|(id, title)| view! { <option value=id>{title}</option> })
                                .collect_view()
                        }}
                    </select>
                </div>
                {move || {
                    let id = chosen.get();
                    (!id.is_empty()).then(|| view! { <LoadedForm id=id /> })
                }}
            </section>
            {(!sessions.is_empty())
                .then(|| {
                    view! {
                        <section aria-labelledby="sessies-titel">
                            <h2 id="sessies-titel">"Sessies op deze computer"</h2>
                            <ul class="session-list">
                                {sessions
                                    .into_iter()
                                    .map(|(id, state)| {
                                        let teams = state.team_names.len();
                                        let results = state.results.len();
                                        view! {
                                            <li>
                                                <a href=Route::Console(id.clone()).href()>
                                                    {format!("{} · sessie {id}", state.title)}
                                                </a>
                                                {format!(" · {teams} teams · {results} resultaten binnen")}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })}
        </div>
    }
}

#[component]
fn LoadedForm(id: String) -> impl IntoView {
    let mystery = load(async move { api::load_mystery(&id).await.map(|(_, scenario)| scenario) });
    move || match mystery.get() {
        Load::Pending => view! { <p role="status">"Mysterie laden…"</p> }.into_any(),
        Load::Failed(error) => view! { <p class="notice problem" role="alert">{error.to_string()}</p> }.into_any(),
        Load::Ready(scenario) => view! { <PlanForm scenario=scenario /> }.into_any(),
    }
}

#[component]
fn PlanForm(scenario: Scenario) -> impl IntoView {
    let options = plans(&scenario);
    let plan = RwSignal::new(options.first().map(|(_, p)| *p).unwrap_or([5, 20, 15, 10, 5, 5]));
    let teams = RwSignal::new(3u8);
    let problem = RwSignal::new(None::<String>);
    let scenario = StoredValue::new(scenario);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen: Plan = plan.get_untracked();
        if let Some(why) = plan_problem(&chosen) {
            problem.set(Some(why));
            return;
        }
        let session = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
        let link = SessionLink {
            session,
            seat: Seat::Room,
            teams: teams.get_untracked(),
            start: now() / 1000 * 1000,
            plan: chosen,
            mystery: scenario.with_value(|s| s.id.clone()),
            team_name: String::new(),
            events: Vec::new(),
        };
        let state = scenario.with_value(|s| ConsoleState::new(&link, &s.title));
        match session_store::save(&state) {
            Ok(()) => {
                let _ = window().location().set_hash(&Route::Console(session_name(session)).hash());
            }
            Err(why) => problem.set(Some(why)),
        }
    };
    view! {
        <form class="session-form" on:submit=start>
            <div class="field">
                <label for="sessie-teams">"Aantal teams"</label>
                <input
                    id="sessie-teams"
                    type="number"
                    min="1"
                    max=MAX_TEAMS.to_string()
                    prop:value=move || teams.get().to_string()
                    on:input=move |ev| {
                        if let Ok(n) = event_target_value(&ev).parse::<u8>() {
                            teams.set(n.clamp(1, MAX_TEAMS));
                        }
                    }
                />
            </div>
            <fieldset>
                <legend>"Sessieplan"</legend>
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, (minutes, p))| {
                        let id = format!("plan-{i}");
                        view! {
                            <div class="radio">
                                <input
                                    type="radio"
                                    name="sessieplan"
                                    id=id.clone()
                                    prop:checked=move || plan.get() == p
                                    on:change=move |_| plan.set(p)
                                />
                                <label for=id>{format!("{minutes} minuten")}</label>
                            </div>
                        }
                    })
                    .collect_view()}
                <p class="hint-text">"Pas de minuten per fase aan als je wilt."</p>
                <div class="plan-minutes">
                    {Phase::ALL
                        .iter()
                        .enumerate()
                        .map(|(i, phase)| {
                            let id = format!("minuten-{}", phase.label().to_lowercase());
                            view! {
                                <div class="field inline">
                                    <label for=id.clone()>{format!("{} (minuten)", phase.label())}</label>
                                    <input
                                        id=id
                                        type="number"
                                        min="1"
                                        max="480"
                                        prop:value=move || plan.get()[i].to_string()
                                        on:input=move |ev| {
                                            let minutes = event_target_value(&ev).parse::<u32>().unwrap_or(0);
                                            plan.update(|p| p[i] = minutes);
                                        }
                                    />
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
                <p>{move || format!("Samen {} minuten.", total(&plan.get()))}</p>
            </fieldset>
            {move || problem.get().map(|p| view! { <p class="notice problem" role="alert">{p}</p> })}
            <button type="submit" class="button primary">"Start de sessie"</button>
        </form>
    }
}
