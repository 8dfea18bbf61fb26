//! The projector window: a second window on the trainer's machine, dragged to
//! the beamer. It reads the saved game once and then follows the team screen
//! over a BroadcastChannel. It shows the central question, the phase, the
//! timer and the uncovered clues; never key clues, relevance, categories,
//! the solution or scores.

use leptos::prelude::*;

use crate::api;
use crate::components::load::{load, loaded};
use crate::components::plain_clue::PlainClue;
use crate::domain::game::Session;
use crate::domain::saved;
use crate::domain::scenario::{Phase, Scenario};
use crate::storage;
use crate::sync::{self, use_clock};

#[component]
pub fn ProjectorPage(id: String) -> impl IntoView {
    let mystery = load(async move { api::load_mystery(&id).await.map(|(_, scenario)| scenario) });
    loaded(mystery, "Projectorscherm laden…", |scenario| view! { <Projector scenario=scenario /> }.into_any())
}

#[component]
fn Projector(scenario: Scenario) -> impl IntoView {
    let session = RwSignal::new(storage::peek(&scenario));
    let id = scenario.id.clone();
    let scenario = StoredValue::new(scenario);
    sync::listen(&id, move |text| {
        // A message that does not fit this mystery is ignored: the screen keeps what it shows.
        if let Ok(next) = saved::decode(&text) {
            if scenario.with_value(|sc| next.check_against(sc)).is_ok() {
                let _ = session.try_set(Some(next));
            }
        }
    });
    on_cleanup(sync::stop_listening);
    let clock = use_clock();
    let (title, question, rounds) =
        scenario.with_value(|sc| (sc.title.clone(), sc.central_question.clone(), sc.rounds()));

    let phase_line = move || {
        session.with(|s| {
            s.as_ref().map(|s: &Session| match s.phase {
                Phase::Onderzoeken => format!("Fase: {} · ronde {} van {rounds}", s.phase.label(), s.round),
                phase => format!("Fase: {}", phase.label()),
            })
        })
    };
    let timer = move || session.with(|s| s.as_ref().and_then(|s| s.timer.clone().filter(|t| t.phase == s.phase)));
    let revealed = move || {
        session.with(|s| s.as_ref().map(|s| s.revealed.iter().rev().cloned().collect::<Vec<_>>()).unwrap_or_default())
    };
    let in_result = move || session.with(|s| s.as_ref().is_some_and(|s| s.phase == Phase::Resultaat));
    let discussion = scenario.with_value(|sc| sc.debrief.discussion_questions.clone());

    view! {
        <div class="page projector">
            <p class="game-title">
                <span class="muted">"Projectorscherm · Mysterie: "</span>
                {title}
            </p>
            <h1 class="projector-question">{question}</h1>
            <div class="projector-status">
                <p class="projector-phase">
                    {move || phase_line().unwrap_or_else(|| "Nog geen spel gestart. Dit scherm volgt het teamscherm.".to_string())}
                </p>
                {move || {
                    timer()
                        .map(|t| {
                            let shown = t.clone();
                            view! {
                                <p class="timer projector-timer" class:over=move || t.is_over(clock.get()) role="timer">
                                    {move || crate::domain::timer::timer_text(&shown, clock.get())}
                                </p>
                            }
                        })
                }}
            </div>
            <Show when=in_result>
                <section class="projector-debrief" aria-labelledby="nabespreking-titel">
                    <h2 id="nabespreking-titel">"Nabespreking"</h2>
                    <ul>{discussion.iter().map(|q| view! { <li>{q.clone()}</li> }).collect_view()}</ul>
                </section>
            </Show>
            <Show when=move || session.with(Option::is_some)>
                <section class="projector-clues" aria-labelledby="projector-kaarten-titel">
                    <h2 id="projector-kaarten-titel">{move || format!("Omgedraaide kaarten ({})", revealed().len())}</h2>
                    <Show when=move || revealed().is_empty()>
                        <p class="muted">"Nog geen kaarten omgedraaid."</p>
                    </Show>
                    <ul class="clue-list projector-list">
                        <For each=revealed key=|id| id.clone() let:id>
                            <li>
                                <PlainClue scenario=scenario clue_id=id />
                            </li>
                        </For>
                    </ul>
                </section>
            </Show>
        </div>
    }
}
