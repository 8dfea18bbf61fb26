//! The beamer view of a session: full screen, no app navigation, large type
//! for the back of the room. It shows the room clock, the phase and what to
//! do now, and the central question. It follows the console (not a team):
//! in the console's browser it rereads the session whenever the console saves
//! (the `storage` event), elsewhere it runs from the room's session code.

use leptos::prelude::*;

use super::room_clock;
use crate::api;
use crate::components::error_view::ErrorView;
use crate::components::load::{load, Load};
use crate::domain::scenario::Scenario;
use crate::domain::session::clock::ClockState;
use crate::domain::session::link::SessionLink;
use crate::domain::session::what_now;
use crate::session_store;

/// The beamer of a session started on this computer.
#[component]
pub fn BeamerPage(id: String) -> impl IntoView {
    let read = {
        let id = id.clone();
        move || session_store::load(&id).and_then(|s| s.link().ok().map(|l| (l, s.show_solution)))
    };
    let Some((first, shown)) = read() else {
        return view! {
            <div class="page beamer">
                <h1>"Beamerscherm"</h1>
                <p role="alert">
                    {format!("Sessie {id} staat niet in deze browser. Open het beamerscherm vanuit de trainersconsole.")}
                </p>
            </div>
        }
        .into_any();
    };
    let link = RwSignal::new(first);
    let show = RwSignal::new(shown);
    let handle = window_event_listener(leptos::ev::storage, move |_| {
        if let Some((next, shown)) = read() {
            link.set(next);
            show.set(shown);
        }
    });
    on_cleanup(move || handle.remove());
    view! { <BeamerLoad link=link show=show /> }.into_any()
}

/// The beamer from a room code (a projector computer that is not the console).
#[component]
pub fn RoomBeamer(link: SessionLink) -> impl IntoView {
    let link = RwSignal::new(link);
    view! { <BeamerLoad link=link show=RwSignal::new(false) /> }
}

#[component]
fn BeamerLoad(link: RwSignal<SessionLink>, show: RwSignal<bool>) -> impl IntoView {
    let id = link.get_untracked().mystery;
    let mystery = load(async move { api::load_mystery(&id).await.map(|(_, scenario)| scenario) });
    move || match mystery.get() {
        Load::Pending => view! { <p role="status" class="loading">"Beamerscherm laden…"</p> }.into_any(),
        Load::Failed(error) => view! { <ErrorView error=error /> }.into_any(),
        Load::Ready(scenario) => view! { <Beamer link=link show=show scenario=scenario /> }.into_any(),
    }
}

#[component]
fn Beamer(link: RwSignal<SessionLink>, show: RwSignal<bool>, scenario: Scenario) -> impl IntoView {
    let chain = solution_chain(&scenario);
    let summary = scenario.solution.summary.clone();
    let clock = room_clock(move || Some(link.get()));
    let phase_line = move || match clock.get() {
        Some(ClockState::InPhase { phase, .. }) => phase.label().to_string(),
        Some(ClockState::NotStarted { .. }) => "Bijna beginnen".to_string(),
        Some(ClockState::Over { .. }) | None => "Afronden".to_string(),
    };
    let time = move || clock.get().map(|c| c.time()).unwrap_or_default();
    let paused = move || clock.get().is_some_and(|c| c.is_paused());
    let now = move || what_now(clock.get().and_then(|c| c.phase()));
    view! {
        <div class="beamer" data-beamer="ready">
            <p class="beamer-title">{scenario.title.clone()}</p>
            <h1 class="beamer-phase" id="fase-titel" tabindex="-1">{phase_line}</h1>
            <p class="beamer-timer" role="timer" aria-live="off" aria-label=move || clock.get().map(|c| c.text()).unwrap_or_default()>
                {time}
            </p>
            {move || paused().then(|| view! { <p class="beamer-paused">"De klok staat even stil."</p> })}
            <p class="beamer-now">{now}</p>
            <div class="beamer-question">
                <p class="label">"De centrale vraag"</p>
                <p class="question">{scenario.central_question.clone()}</p>
            </div>
            <Show when=move || show.get()>
                <section class="beamer-solution" aria-labelledby="oplossing-titel">
                    <h2 id="oplossing-titel">"De oplossing"</h2>
                    <p>{summary.clone()}</p>
                    <ol class="chain-diagram" aria-label="De keten van de oplossing">
                        {chain
                            .clone()
                            .into_iter()
                            .map(|(from, to, why)| {
                                view! {
                                    <li>
                                        <span class="chain-box chain-from">{from}</span>
                                        <span class="chain-arrow" aria-hidden="true">"→"</span>
                                        <span class="visually-hidden">" leidt tot "</span>
                                        <span class="chain-box chain-to">{to}</span>
                                        <span class="chain-why">{why}</span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                </section>
            </Show>
        </div>
    }
}

/// The solution chains as (from title, to title, why), in scenario order.
fn solution_chain(scenario: &Scenario) -> Vec<(String, String, String)> {
    let title = |id: &str| scenario.clue(id).map(|c| c.title.clone()).unwrap_or_else(|| id.to_string());
    scenario.solution.chains.iter().map(|c| (title(&c.from), title(&c.to), c.why.clone())).collect()
}
