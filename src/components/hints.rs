use leptos::prelude::*;

use crate::domain::game::Command;
use crate::state::Game;

/// Hints for the current phase: the ones used so far, and a button to ask for the next.
#[component]
pub fn HintPanel() -> impl IntoView {
    let game = Game::use_context();
    let used = move || {
        let session = game.session.get();
        game.scenario.with_value(|sc| {
            session
                .hints_used
                .iter()
                .filter_map(|id| sc.hint(id))
                .filter(|h| h.phase == session.phase)
                .map(|h| h.text.clone())
                .collect::<Vec<_>>()
        })
    };
    let next = move || {
        let session = game.session.get();
        game.scenario.with_value(|sc| {
            session.hints_available(sc).first().and_then(|id| sc.hint(id)).map(|h| (h.id.clone(), h.cost))
        })
    };
    view! {
        <aside class="hints" aria-labelledby="hints-titel">
            <h2 id="hints-titel">"Hints"</h2>
            {move || {
                let used = used();
                if used.is_empty() {
                    view! { <p class="muted">"Jullie hebben in deze fase nog geen hint gevraagd."</p> }.into_any()
                } else {
                    view! { <ol class="hint-list">{used.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ol> }
                        .into_any()
                }
            }}
            {move || match next() {
                Some((id, cost)) => {
                    view! {
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| {
                                game.send_and_say(
                                    Command::UseHint { hint: id.clone() },
                                    format!("Hint geopend. Dat kost {cost} punten van de score."),
                                )
                            }
                        >
                            {format!("Vraag een hint (kost {cost} punten)")}
                        </button>
                    }
                        .into_any()
                }
                None => view! { <p class="muted">"Er zijn geen hints meer in deze fase."</p> }.into_any(),
            }}
        </aside>
    }
}
