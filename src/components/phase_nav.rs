use leptos::prelude::*;

use crate::domain::scenario::Phase;
use crate::state::Game;

/// Where the team is in the mystery method: a step list, current step marked.
#[component]
pub fn PhaseNav() -> impl IntoView {
    let game = Game::use_context();
    let current = move || game.session.with(|s| s.phase);
    view! {
        <nav class="phase-nav" aria-label="Fasen van het mysterie">
            <ol>
                {Phase::ALL
                    .into_iter()
                    .map(|phase| {
                        let state = move || {
                            let now = current();
                            if phase == now {
                                "current"
                            } else if phase < now {
                                "done"
                            } else {
                                "todo"
                            }
                        };
                        view! {
                            <li
                                class=move || format!("step {}", state())
                                aria-current=move || (state() == "current").then_some("step")
                            >
                                <span class="step-label">{phase.label()}</span>
                                <span class="visually-hidden">
                                    {move || match state() {
                                        "done" => " (klaar)",
                                        "current" => " (nu)",
                                        _ => "",
                                    }}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
