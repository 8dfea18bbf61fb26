//! One member's cards, on their own phone or laptop, opened from the QR code
//! on the team screen. The link says whose cards these are (name, team) and
//! which deal; the cards come from the mystery file, or, for an own mystery
//! the phone has never seen, from the link itself. Only the first round is
//! open: a later round's cards stay face down until the member taps them when
//! the team starts that round, as with the paper cards. Which rounds were
//! opened is kept on the phone, so a reload loses nothing.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::api;
use crate::components::error_view::ErrorView;
use crate::components::load::{load, Load};
use crate::components::portrait::PortraitBadge;
use crate::components::speech::{Speech, SpeechBar, SpeechControls};
use crate::domain::deal::MemberLink;
use crate::domain::scenario::CardSet;
use crate::domain::session::member::{member_cards, round_note, unlock_note, MemberCard, MemberPortrait};
use crate::error::AppError;
use crate::storage::local_storage;

/// What the member's page shows, from the mystery or from the link.
#[derive(Debug, Clone, PartialEq)]
struct Hand {
    title: String,
    question: String,
    rounds: u32,
    role: Option<String>,
    cards: Vec<MemberCard>,
}

#[component]
pub fn MemberPage(rest: String) -> impl IntoView {
    let link = match MemberLink::parse(&rest) {
        Err(error) => {
            return view! {
                <div class="page member">
                    <h1>"Jouw kaarten"</h1>
                    <section class="error-panel" role="alert">
                        <p>{error.message()}</p>
                    </section>
                </div>
            }
            .into_any()
        }
        Ok(link) => link,
    };
    // An own mystery: the link carries the cards; nothing to load.
    if let Some(pack) = link.extra.as_ref().and_then(|e| e.pack.clone()) {
        let hand =
            Hand { title: pack.title, question: pack.question, rounds: pack.rounds, role: None, cards: pack.cards };
        return view! { <HandView link=link hand=hand /> }.into_any();
    }
    let id = link.mystery.clone();
    let mystery = load(async move { api::read_bundled(&id).await });
    view! {
        {move || match mystery.get() {
            Load::Pending => view! { <p role="status" class="loading">"Kaarten laden…"</p> }.into_any(),
            Load::Failed(AppError::UnknownMystery { .. }) => view! {
                <div class="page member">
                    <h1>"Jouw kaarten"</h1>
                    <section class="error-panel" role="alert">
                        <p>
                            "Deze kaarten horen bij een eigen mysterie van de trainer, en deze link is gemaakt met een oudere versie van de app. "
                            "Vraag het team om de QR-code op het teamscherm opnieuw te tonen en scan die."
                        </p>
                    </section>
                </div>
            }
                .into_any(),
            Load::Failed(error) => view! {
                <div class="page member">
                    <h1>"Jouw kaarten"</h1>
                    <ErrorView error=error />
                </div>
            }
                .into_any(),
            Load::Ready(scenario) => {
                let ids = link.hand(&scenario);
                let role = link
                    .roles
                    .get(link.member)
                    .cloned()
                    .flatten()
                    .and_then(|id| scenario.player_roles.iter().find(|r| r.id == id).map(|r| r.name.clone()));
                let hand = Hand {
                    title: scenario.title.clone(),
                    question: scenario.central_question.clone(),
                    rounds: scenario.rounds(),
                    role,
                    cards: member_cards(&scenario, &ids),
                };
                view! { <HandView link=link.clone() hand=hand /> }.into_any()
            }
        }}
    }
    .into_any()
}

/// Where this phone keeps the rounds its member opened.
fn opened_key(link: &MemberLink) -> String {
    let prefix = crate::domain::storage_usage::keys::MEMBER_PREFIX;
    format!("{prefix}{}.{}.{}", link.mystery, link.seed, link.member + 1)
}

fn load_opened(key: &str) -> BTreeSet<u32> {
    let text = local_storage().and_then(|s| s.get_item(key).ok().flatten()).unwrap_or_default();
    text.split(',').filter_map(|r| r.parse().ok()).collect()
}

fn save_opened(key: &str, opened: &BTreeSet<u32>) {
    if let Some(storage) = local_storage() {
        let text = opened.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
        let _ = storage.set_item(key, &text);
    }
}

#[component]
fn HandView(link: MemberLink, hand: Hand) -> impl IntoView {
    Speech::provide();
    let extra = link.extra.clone().unwrap_or_default();
    let who = [
        (!extra.name.is_empty()).then(|| extra.name.clone()),
        (!extra.team.is_empty()).then(|| extra.team.clone()),
        Some(format!("speler {} van {}", link.member + 1, link.roles.len())),
        hand.role.clone().map(|r| format!("rol: {r}")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let heading =
        if extra.name.is_empty() { "Jouw kaarten".to_string() } else { format!("Kaarten van {}", extra.name) };
    let key = opened_key(&link);
    let opened = RwSignal::new(load_opened(&key));
    let total = hand.cards.len();
    let rounds: Vec<(u32, Vec<MemberCard>)> = (1..=hand.rounds.max(1))
        .map(|round| (round, hand.cards.iter().filter(|c| c.round == round).cloned().collect::<Vec<_>>()))
        .filter(|(_, cards)| !cards.is_empty())
        .collect();
    view! {
        <div class="page member">
            <p class="game-title">
                <span class="muted">"Mysterie: "</span>
                {hand.title.clone()}
            </p>
            <h1>{heading}</h1>
            <p class="lead">{who}</p>
            <div class="central-question">
                <p class="label">"De centrale vraag"</p>
                <p class="question">{hand.question.clone()}</p>
            </div>
            // Folded, so the first card fits on a phone's first screen.
            <details class="member-help">
                <summary>"Zo werkt het"</summary>
                <ol class="steps">
                    <li>"Lees of beluister je kaarten van ronde 1."</li>
                    <li>
                        "Vertel het team wat je hoorde, in je eigen woorden. Draai de kaart daarna om op het teamscherm."
                    </li>
                    <li>"Kaarten van een volgende ronde draai je pas om als jullie team die ronde begint."</li>
                </ol>
            </details>
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
                            let list_id = format!("ronde-{round}-kaarten");
                            let labelled_by = heading.clone();
                            let count = cards.len();
                            let is_open = move || round == 1 || opened.with(|o| o.contains(&round));
                            let key = key.clone();
                            let open = move |_| {
                                opened.update(|o| {
                                    o.insert(round);
                                });
                                opened.with_untracked(|o| save_opened(&key, o));
                            };
                            view! {
                                <section class="member-round" aria-labelledby=labelled_by>
                                    <h2 id=heading>{format!("Ronde {round}")}</h2>
                                    <Show
                                        when=is_open
                                        fallback=move || {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="card-back round-closed"
                                                    aria-expanded="false"
                                                    on:click=open.clone()
                                                >
                                                    <span aria-hidden="true" class="card-mark">"?"</span>
                                                    {format!("{} ({count} kaarten)", round_note(round))}
                                                </button>
                                            }
                                        }
                                    >
                                        <ul class="clue-list" id=list_id.clone()>
                                            {cards
                                                .clone()
                                                .into_iter()
                                                .map(|card| view! { <li><CardView card=card /></li> })
                                                .collect_view()}
                                        </ul>
                                    </Show>
                                </section>
                            }
                        })
                        .collect_view()}
                }
                    .into_any()
            }}
            <p class="muted small">"Deze pagina stuurt niets weg. Open de link opnieuw, dan zie je dezelfde kaarten."</p>
        </div>
    }
}

/// One card, as the paper card: number, kind, title, who speaks, text, unlock note.
#[component]
fn CardView(card: MemberCard) -> impl IntoView {
    let heading_id = format!("kaart-titel-{}", card.number);
    let labelled_by = heading_id.clone();
    let note = unlock_note(&card);
    view! {
        <article class=format!("clue-card plain {}", card.look) aria-labelledby=labelled_by data-card=card.number>
            <p class="clue-kind">{format!("Kaart {} · {}", card.number, card.kind)}</p>
            <h3 id=heading_id class="clue-title">{card.title.clone()}</h3>
            {card
                .who
                .clone()
                .map(|w| {
                    // Decorative: the name is in the text next to it.
                    let portrait = card.portrait.as_ref().map(MemberPortrait::portrait);
                    view! {
                        <div class="clue-person">
                            {portrait.map(|p| view! { <PortraitBadge portrait=p size=36 /> })}
                            <p class="clue-who">{w}</p>
                        </div>
                    }
                })}
            <p class="clue-text">{card.text.clone()}</p>
            {note.map(|n| view! { <p class="clue-after">{n}</p> })}
            <div class="clue-controls">
                <SpeechControls key=format!("kaart-{}", card.number) title=card.title.clone() text=card.spoken.clone() audio=card.audio.clone() />
            </div>
        </article>
    }
}
