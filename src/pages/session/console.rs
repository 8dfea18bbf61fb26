//! The trainer console of one session: the room clock with pause, extend and
//! next phase; the phase plan; the central question; per team a join QR code
//! and link; the hints and the facilitator sheet for the trainer only; the
//! debrief questions; and the results as they come back (pasted or scanned).
//! Everything is saved under the session id at once, so a reload loses
//! nothing and another session in another tab is left alone.

use leptos::prelude::*;

use super::room_clock;
use crate::api;
use crate::components::load::{load, loaded};
use crate::components::qr::QrImage;
use crate::domain::scenario::{Phase, Scenario};
use crate::domain::session::clock::{ClockEvent, ClockState};
use crate::domain::session::console::ConsoleState;
use crate::domain::session::link::Seat;
use crate::domain::timer::EXTEND_MS;
use crate::results_store;
use crate::route::Route;
use crate::session_store;
use crate::sync::{app_base, now};

#[component]
pub fn ConsolePage(id: String) -> impl IntoView {
    let Some(state) = session_store::load(&id) else {
        return view! {
            <div class="page console">
                <h1>"Trainersconsole"</h1>
                <section class="error-panel" role="alert">
                    <p>
                        {format!("Sessie {id} staat niet op deze computer. Een sessie blijft in de browser waarin je hem startte.")}
                    </p>
                    <p><a href=Route::Sessions.href()>"Start een nieuwe sessie"</a></p>
                </section>
            </div>
        }
        .into_any();
    };
    let mystery = state.link().map(|l| l.mystery).unwrap_or_default();
    let mystery = load(async move { api::load_mystery(&mystery).await.map(|(_, scenario)| scenario) });
    loaded(mystery, "Trainersconsole laden…", move |scenario| {
        view! { <Console id=id.clone() state=state.clone() scenario=scenario /> }.into_any()
    })
    .into_any()
}

/// A message after an action on the console.
#[derive(Clone, PartialEq)]
enum Said {
    Info(String),
    Problem(String),
}

#[component]
fn Console(id: String, state: ConsoleState, scenario: Scenario) -> impl IntoView {
    let state = RwSignal::new(state);
    let said = RwSignal::new(None::<Said>);
    let scenario = StoredValue::new(scenario);
    // Whether the state was stored; when not, the console says why.
    let save = move || match state.with_untracked(session_store::save) {
        Ok(()) => true,
        Err(why) => {
            said.set(Some(Said::Problem(why)));
            false
        }
    };
    let link = Memo::new(move |_| state.with(|s| s.link().ok()));
    let clock = room_clock(move || link.get());
    let event = move |make: fn(u64) -> ClockEvent, done: &'static str| {
        let mut ok = false;
        state.update(|s| ok = s.clock_event(make, now()));
        if ok && save() {
            said.set(Some(Said::Info(done.to_string())));
        }
    };
    let paused = move || clock.get().is_some_and(|c| c.is_paused());
    let running_phase = move || clock.get().and_then(|c| c.phase());
    let extend_minutes = (EXTEND_MS / 60_000) as u32;

    let (title, question) = scenario.with_value(|s| (s.title.clone(), s.central_question.clone()));
    let teams = state.with_untracked(|s| s.team_names.len());
    let beamer = Route::Beamer(id.clone()).href();
    let room_url = move || link.get().map(|l| Route::Join(l.for_seat(Seat::Room, "").code()).url(&app_base()));

    view! {
        <div class="page console">
            <p class="game-title">
                <span class="muted">"Trainersconsole · "</span>
                {format!("sessie {id}")}
            </p>
            <h1 id="fase-titel" tabindex="-1">{title}</h1>
            <section class="console-clock" aria-labelledby="klok-titel">
                <h2 id="klok-titel">"De klok van de zaal"</h2>
                <p class="room-timer" role="timer" aria-live="off">
                    {move || clock.get().map(|c| c.text()).unwrap_or_default()}
                </p>
                <div class="button-row" role="group" aria-label="Klok">
                    {move || {
                        if paused() {
                            view! {
                                <button type="button" class="button primary" on:click=move |_| event(|at| ClockEvent::Resume { at }, "De klok loopt weer.")>
                                    "Ga verder"
                                </button>
                            }
                                .into_any()
                        } else {
                            view! {
                                <button type="button" class="button" on:click=move |_| event(|at| ClockEvent::Pause { at }, "De klok staat stil.")>
                                    "Pauzeer"
                                </button>
                            }
                                .into_any()
                        }
                    }}
                    <button
                        type="button"
                        class="button"
                        disabled=move || running_phase().is_none()
                        on:click=move |_| event(|at| ClockEvent::Extend { at, minutes: 5 }, "Deze fase heeft 5 minuten meer.")
                    >
                        {format!("{extend_minutes} minuten erbij")}
                    </button>
                    <button
                        type="button"
                        class="button"
                        disabled=move || running_phase().is_none()
                        on:click=move |_| event(|at| ClockEvent::NextPhase { at }, "De volgende fase is begonnen.")
                    >
                        "Volgende fase"
                    </button>
                    <a class="button" href=beamer target="_blank" rel="noopener">"Open het beamerscherm"</a>
                    <button
                        type="button"
                        class="button"
                        aria-pressed=move || state.with(|s| s.show_solution).to_string()
                        on:click=move |_| {
                            state.update(|s| s.show_solution = !s.show_solution);
                            let _ = save();
                        }
                    >
                        "Oplossing op de beamer"
                    </button>
                </div>
                <p class="muted small">
                    "Na een pauze of extra tijd tonen de QR-codes hieronder een nieuwe code. Teams die niet opnieuw scannen, volgen de klok op het beamerscherm."
                </p>
                <PlanList state=state clock=clock />
            </section>
            <div class="central-question">
                <p class="label">"De centrale vraag"</p>
                <p class="question">{question}</p>
            </div>
            <div role="status" class="console-said">
                {move || match said.get() {
                    Some(Said::Info(text)) => view! { <p class="notice">{text}</p> }.into_any(),
                    _ => ().into_any(),
                }}
            </div>
            <div role="alert">
                {move || match said.get() {
                    Some(Said::Problem(text)) => view! { <p class="notice problem">{text}</p> }.into_any(),
                    _ => ().into_any(),
                }}
            </div>
            <section aria-labelledby="teams-titel">
                <h2 id="teams-titel">"Teams"</h2>
                <p>"Elk team scant zijn eigen QR-code met de laptop of tablet van het team, of typt de link over."</p>
                <ul class="team-join-list">
                    {(1..=teams as u8)
                        .map(|team| {
                            let url = move || {
                                state.with(|s| s.team_link(team)).map(|l| Route::Join(l.code()).url(&app_base())).unwrap_or_default()
                            };
                            let name = state.with_untracked(|s| s.team_names[usize::from(team) - 1].clone());
                            let heading = format!("team-{team}-titel");
                            let has_result = move || state.with(|s| s.result_of(u32::from(team)).is_some());
                            view! {
                                <li class="team-join">
                                    <h3 id=heading>{name.clone()}</h3>
                                    {move || view! { <QrImage text=url() label=format!("QR-code om mee te doen als {name}") /> }}
                                    <p class="short-link"><a href=url target="_blank" rel="noopener">{url}</a></p>
                                    <p class="team-status">
                                        {move || if has_result() { "Resultaat is binnen." } else { "Nog geen resultaat." }}
                                    </p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <p class="small">
                    "Beamer op een andere computer? Open daar deze link: "
                    <code class="short-link">{room_url}</code>
                </p>
            </section>
            <CollectResults state=state scenario=scenario said=said />
            <TrainerNotes scenario=scenario clock=clock />
        </div>
    }
}

/// The phase plan with the phase the room is in marked.
#[component]
fn PlanList(state: RwSignal<ConsoleState>, clock: Memo<Option<ClockState>>) -> impl IntoView {
    let plan = move || state.with(|s| s.link().map(|l| l.plan).unwrap_or_default());
    view! {
        <ol class="phase-plan" aria-label="Sessieplan">
            {Phase::ALL
                .iter()
                .enumerate()
                .map(|(i, phase)| {
                    let phase = *phase;
                    let current = move || clock.get().and_then(|c| c.phase()) == Some(phase);
                    view! {
                        <li aria-current=move || current().then_some("step") class:current=current>
                            {move || format!("{} · {} minuten", phase.label(), plan()[i])}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// Results coming back: paste a result code (the camera route is next to it when available).
#[component]
fn CollectResults(
    state: RwSignal<ConsoleState>,
    scenario: StoredValue<Scenario>,
    said: RwSignal<Option<Said>>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let collect = move |code: String| {
        let mut outcome = None;
        state.update(|s| outcome = Some(scenario.with_value(|sc| s.collect(sc, &code))));
        match outcome {
            Some(Ok(done)) => {
                if let Err(why) = state.with_untracked(session_store::save) {
                    said.set(Some(Said::Problem(why)));
                    return;
                }
                // Straight into the learning-network view as well.
                if let Some(result) = state.with_untracked(|s| s.result_of(done.team).cloned()) {
                    if let Err(why) = results_store::add_to_network(result) {
                        said.set(Some(Said::Problem(why.message())));
                        return;
                    }
                }
                text.set(String::new());
                let what = if done.new { "is toegevoegd" } else { "is bijgewerkt" };
                said.set(Some(Said::Info(format!(
                    "Het resultaat van team {} ({}) {what}.",
                    done.team, done.team_name
                ))));
            }
            Some(Err(error)) => said.set(Some(Said::Problem(error.message()))),
            None => {}
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        collect(text.get_untracked());
    };
    let rows = move || {
        state.with(|s| {
            s.results
                .iter()
                .map(|r| {
                    let team = r.session.as_ref().map_or(0, |s| s.team);
                    (
                        team,
                        r.team.name.clone(),
                        r.investigation.score,
                        r.solution.score,
                        r.solution.level.label(),
                        r.chosen_actions().count(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section aria-labelledby="resultaten-titel">
            <h2 id="resultaten-titel">"Resultaten die binnenkomen"</h2>
            <p>
                "Aan het eind toont elk team een resultaatcode met QR-code. Scan die met de camera, of plak de code hieronder. "
                "Resultaten gaan ook meteen naar het "
                <a href=Route::Network.href()>"Lerend netwerk"</a>
                "."
            </p>
            <form class="collect-form" on:submit=submit>
                <div class="field">
                    <label for="resultaatcode">"Resultaatcode"</label>
                    <textarea
                        id="resultaatcode"
                        rows="3"
                        spellcheck="false"
                        autocomplete="off"
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                    ></textarea>
                </div>
                <button type="submit" class="button primary">"Resultaat toevoegen"</button>
            </form>
            <super::scan::ScanButton on_code=Callback::new(collect) />
            {move || {
                let rows = rows();
                if rows.is_empty() {
                    view! { <p class="muted">"Nog geen resultaten binnen."</p> }.into_any()
                } else {
                    view! {
                        <table class="results-table">
                            <caption>"Binnengekomen resultaten"</caption>
                            <thead>
                                <tr>
                                    <th scope="col">"Team"</th>
                                    <th scope="col">"Onderzoek"</th>
                                    <th scope="col">"Oplossing"</th>
                                    <th scope="col">"Diepgang"</th>
                                    <th scope="col">"Gekozen acties"</th>
                                </tr>
                            </thead>
                            <tbody>
                                {rows
                                    .into_iter()
                                    .map(|(team, name, inv, sol, level, actions)| {
                                        view! {
                                            <tr>
                                                <th scope="row">{format!("{team}. {name}")}</th>
                                                <td>{format!("{inv} van 100")}</td>
                                                <td>{format!("{sol} van 100")}</td>
                                                <td>{level}</td>
                                                <td>{actions}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// For the trainer only: hints per phase, the facilitator sheet, the debrief questions.
#[component]
fn TrainerNotes(scenario: StoredValue<Scenario>, clock: Memo<Option<ClockState>>) -> impl IntoView {
    let (hints, sheet, questions) = scenario.with_value(|s| {
        (
            s.hints.iter().map(|h| (h.phase, h.text.clone(), h.cost)).collect::<Vec<_>>(),
            s.facilitator.clone(),
            s.debrief.discussion_questions.clone(),
        )
    });
    let script_now = move || {
        let phase = clock.get().and_then(|c| c.phase());
        sheet_script(&scenario, phase)
    };
    view! {
        <section aria-labelledby="trainer-titel" class="trainer-notes">
            <h2 id="trainer-titel">"Alleen voor jou als trainer"</h2>
            {move || script_now().map(|text| view! {
                <div class="script-now">
                    <p class="label">"Nu doen en zeggen"</p>
                    <p>{text}</p>
                </div>
            })}
            <details>
                <summary>"Hints per fase"</summary>
                <p class="small">"Teams zien een hint pas als ze erom vragen. Hier lees je ze alvast, om een team op weg te helpen."</p>
                <ul>
                    {hints
                        .into_iter()
                        .map(|(phase, text, cost)| view! { <li><strong>{phase.label()}</strong>{format!(": {text} (kost het team {cost} punten)")}</li> })
                        .collect_view()}
                </ul>
            </details>
            {sheet.map(|sheet| view! {
                <details>
                    <summary>"Begeleidersblad"</summary>
                    <h3>"Leerdoelen"</h3>
                    <ul>{sheet.learning_goals.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
                    <h3>"Draaiboek per fase"</h3>
                    <ul>{sheet.script.into_iter().map(|s| view! { <li><strong>{s.phase.label()}</strong>{format!(": {}", s.text)}</li> }).collect_view()}</ul>
                    <h3>"Doorvragen bij kaarten"</h3>
                    <ul>
                        {sheet
                            .probes
                            .into_iter()
                            .map(|p| {
                                let title = scenario.with_value(|s| s.clue(&p.clue).map(|c| c.title.clone())).unwrap_or(p.clue);
                                view! { <li><strong>{title}</strong>{format!(": {}", p.question)}</li> }
                            })
                            .collect_view()}
                    </ul>
                    <h3>"Misverstanden"</h3>
                    <ul>{sheet.misconceptions.into_iter().map(|m| view! { <li><strong>{m.belief}</strong>{format!(" — {}", m.response)}</li> }).collect_view()}</ul>
                </details>
            })}
            <details>
                <summary>"Vragen voor de nabespreking"</summary>
                <ul>{questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul>
            </details>
        </section>
    }
}

/// The facilitator sheet's script for the phase the room is in.
fn sheet_script(scenario: &StoredValue<Scenario>, phase: Option<Phase>) -> Option<String> {
    let phase = phase?;
    scenario.with_value(|s| {
        let sheet = s.facilitator.as_ref()?;
        let lines: Vec<String> = sheet.script.iter().filter(|st| st.phase == phase).map(|st| st.text.clone()).collect();
        (!lines.is_empty()).then(|| lines.join(" "))
    })
}
