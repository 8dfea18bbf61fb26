//! One member's cards, on their own phone or laptop, opened from the QR code
//! on the team screen. Everything comes from the link (mystery, deal, member
//! number) and the mystery file: no account, no server, nothing stored.

use leptos::prelude::*;

use crate::api;
use crate::components::error_view::ErrorView;
use crate::components::load::{load, Load};
use crate::components::plain_clue::PlainClue;
use crate::components::speech::{Speech, SpeechBar};
use crate::domain::deal::MemberLink;
use crate::domain::scenario::Scenario;

#[component]
pub fn MemberPage(rest: String) -> impl IntoView {
    match MemberLink::parse(&rest) {
        Err(error) => view! {
            <div class="page member">
                <h1>"Jouw kaarten"</h1>
                <section class="error-panel" role="alert">
                    <p>{error.message()}</p>
                </section>
            </div>
        }
        .into_any(),
        Ok(link) => {
            let id = link.mystery.clone();
            let mystery = load(async move { api::load_mystery(&id).await.map(|(_, scenario)| scenario) });
            view! {
                {move || match mystery.get() {
                    Load::Pending => view! { <p role="status" class="loading">"Kaarten laden…"</p> }.into_any(),
                    Load::Failed(error) => {
                        view! {
                            <div class="page member">
                                <h1>"Jouw kaarten"</h1>
                                <ErrorView error=error />
                            </div>
                        }
                            .into_any()
                    }
                    Load::Ready(scenario) => view! { <Hand link=link.clone() scenario=scenario /> }.into_any(),
                }}
            }
            .into_any()
        }
    }
}

/// The member's cards, grouped per round: this device cannot know which
/// round the team is in, the team screen says so.
#[component]
fn Hand(link: MemberLink, scenario: Scenario) -> impl IntoView {
    Speech::provide();
    let hand = link.hand(&scenario);
    let role = link
        .roles
        .get(link.member)
        .cloned()
        .flatten()
        .and_then(|id| scenario.player_roles.iter().find(|r| r.id == id).map(|r| r.name.clone()));
    let rounds: Vec<(u32, Vec<String>)> = (1..=scenario.rounds())
        .map(|round| {
            let cards = hand
                .iter()
                .filter(|id| scenario.clue(id).is_some_and(|c| c.unlock.round == round))
                .cloned()
                .collect::<Vec<_>>();
            (round, cards)
        })
        .filter(|(_, cards)| !cards.is_empty())
        .collect();
    let (title, question, total) = (scenario.title.clone(), scenario.central_question.clone(), hand.len());
    let scenario = StoredValue::new(scenario);
    view! {
        <div class="page member">
            <p class="game-title">
                <span class="muted">"Mysterie: "</span>
                {title}
            </p>
            <h1>"Jouw kaarten"</h1>
            <p class="lead">
                {format!("Speler {} van {}", link.member + 1, link.roles.len())}
                {role.map(|r| format!(" · jouw rol: {r}"))}
            </p>
            <div class="central-question">
                <p class="label">"De centrale vraag"</p>
                <p class="question">{question}</p>
            </div>
            <h2>"Zo werkt het"</h2>
            <ol class="steps">
                <li>"Lees of beluister je kaarten van de ronde waarin het team is. Het teamscherm zegt welke ronde dat is."</li>
                <li>"Vertel het team wat je hoorde, in je eigen woorden."</li>
                <li>"Draai de kaart daarna om op het teamscherm. Het nummer van de kaart staat erbij."</li>
            </ol>
            <p class="muted small">"Deze pagina slaat niets op. Open de link opnieuw, dan zie je dezelfde kaarten."</p>
            <SpeechBar />
            {if total == 0 {
                view! { <p>"Je hebt deze keer geen kaarten. Luister goed naar de anderen."</p> }.into_any()
            } else {
                view! {
                    <p>{format!("Je hebt {total} kaarten.")}</p>
                    {rounds
                        .into_iter()
                        .map(|(round, cards)| {
                            let heading = format!("ronde-{round}");
                            let labelled_by = heading.clone();
                            view! {
                                <section class="member-round" aria-labelledby=labelled_by>
                                    <h2 id=heading>{format!("Ronde {round}")}</h2>
                                    <ul class="clue-list">
                                        {cards
                                            .into_iter()
                                            .map(|id| view! { <li><PlainClue scenario=scenario clue_id=id listen=true /></li> })
                                            .collect_view()}
                                    </ul>
                                </section>
                            }
                        })
                        .collect_view()}
                }
                    .into_any()
            }}
        </div>
    }
}
