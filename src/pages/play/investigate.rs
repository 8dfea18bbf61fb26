use leptos::prelude::*;

use super::{AdvanceButton, CentralQuestion, PhaseHeading};
use crate::components::clue_card::ClueCard;
use crate::components::focus::focus_later;
use crate::components::hints::HintPanel;
use crate::components::member_links::{member_label, MemberLinks};
use crate::components::plain_clue::spoken_text;
use crate::components::speech::{Speech, SpeechBar, SpeechControls};
use crate::domain::game::Command;
use crate::domain::scenario::Phase;
use crate::state::Game;

/// Uncover clues, one card at a time, round by round.
#[component]
pub fn InvestigatePhase() -> impl IntoView {
    let game = Game::use_context();
    let rounds = game.scenario.with_value(|sc| sc.rounds());
    let total = game.scenario.with_value(|sc| sc.clues.len());
    // Card numbers follow the scenario order, as on the paper cards.
    let number_of = move |id: &str| game.clue_number(id);
    let available = move || game.session.with(|s| game.scenario.with_value(|sc| s.available(sc)));
    let locked = move || game.session.with(|s| game.scenario.with_value(|sc| s.locked_count(sc)));
    let revealed = move || game.session.with(|s| s.revealed.iter().rev().cloned().collect::<Vec<_>>());
    let round = move || game.session.with(|s| s.round);

    let reveal = move |id: String| {
        let number = number_of(&id);
        let title = game.clue_title(&id);
        game.send_and_say(Command::Reveal { clue: id.clone() }, format!("Kaart {number} omgedraaid: {title}."));
        focus_later(format!("kaart-{id}"));
    };
    // Samen spelen: who holds which card (None: one shared pile, as before).
    let hands =
        Memo::new(move |_| game.session.with(|s| s.deal.as_ref().map(|d| game.scenario.with_value(|sc| d.hands(sc)))));
    Speech::provide();
    let card_button = move |id: String| {
        let number = number_of(&id);
        view! {
            <li>
                <button type="button" class="card-back" id=format!("dicht-{id}") on:click=move |_| reveal(id.clone())>
                    <span aria-hidden="true" class="card-mark">"?"</span>
                    {format!("Draai kaart {number} om")}
                </button>
            </li>
        }
    };
    // Each member's face-down cards under their name, so each tells what they heard.
    let member_piles = move |available: Vec<String>, hands: Vec<Vec<String>>| {
        view! {
            <p class="small">
                "Heb jij de kaart? Lees of luister op je eigen telefoon en vertel wat je hoorde. Draai de kaart daarna om."
            </p>
            <div class="member-piles">
                {hands
                    .into_iter()
                    .enumerate()
                    .map(|(member, hand)| {
                        let mine: Vec<String> = available.iter().filter(|id| hand.contains(id)).cloned().collect();
                        let label = member_label(&game, member);
                        let heading = format!("stapel-{member}");
                        let labelled_by = heading.clone();
                        view! {
                            <section class="member-pile" aria-labelledby=labelled_by>
                                <h3 id=heading>{format!("Kaarten van {label}")}</h3>
                                {if mine.is_empty() {
                                    // Say when this member has cards again, as the phone shows them (face down until that round).
                                    let later = game.session.with_untracked(|s| {
                                        game.scenario.with_value(|sc| {
                                            hand.iter()
                                                .filter(|id| !s.revealed.contains(id))
                                                .filter_map(|id| sc.clue(id).map(|c| c.unlock.round))
                                                .filter(|r| *r > s.round)
                                                .min()
                                        })
                                    });
                                    let text = match later {
                                        Some(round) => format!("Nu geen kaarten. In ronde {round} weer wel."),
                                        None => "Geen kaarten meer om om te draaien.".to_string(),
                                    };
                                    view! { <p class="muted small">{text}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="face-down" aria-label=format!("Kaarten van {label} die klaarliggen")>
                                            {mine.into_iter().map(card_button).collect_view()}
                                        </ul>
                                    }
                                        .into_any()
                                }}
                            </section>
                        }
                    })
                    .collect_view()}
            </div>
        }
    };

    view! {
        <section class="phase investigate">
            <PhaseHeading text=Phase::Onderzoeken.label() />
            <CentralQuestion />
            <div class="two-columns">
                <div>
                    <h2 id="kaarten-titel" tabindex="-1">"Kaarten om om te draaien"</h2>
                    <p>
                        {move || format!("Ronde {} van {rounds}. ", round())}
                        {move || format!("{} van de {total} kaarten zijn omgedraaid.", total - available().len() - locked())}
                    </p>
                    {move || {
                        let available = available();
                        if available.is_empty() {
                            view! { <p class="muted">"Er liggen nu geen kaarten klaar."</p> }.into_any()
                        } else if let Some(hands) = hands.get().filter(|h| !h.is_empty()) {
                            member_piles(available, hands).into_any()
                        } else {
                            view! {
                                <ul class="face-down" aria-label="Kaarten die klaarliggen">
                                    {available
                                        .into_iter()
                                        .map(|id| {
                                            let number = number_of(&id);
                                            view! {
                                                <li>
                                                    <button
                                                        type="button"
                                                        class="card-back"
                                                        id=format!("dicht-{id}")
                                                        on:click=move |_| reveal(id.clone())
                                                    >
                                                        <span aria-hidden="true" class="card-mark">"?"</span>
                                                        {format!("Draai kaart {number} om")}
                                                    </button>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }
                    }}
                    {move || {
                        (locked() > 0)
                            .then(|| {
                                view! {
                                    <p class="muted">
                                        {format!("{} kaarten komen later: in een volgende ronde of na andere kaarten.", locked())}
                                    </p>
                                }
                            })
                    }}
                    {move || {
                        (round() < rounds)
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        class="button"
                                        on:click=move |_| {
                                            game.send_and_say(Command::NextRound, format!("Ronde {} is begonnen.", round() + 1));
                                            // This button may be gone now: continue at the first new card.
                                            let target = available().first().map(|id| format!("dicht-{id}"));
                                            focus_later(target.unwrap_or_else(|| "kaarten-titel".to_string()));
                                        }
                                    >
                                        {move || format!("Start ronde {}", round() + 1)}
                                    </button>
                                }
                            })
                    }}
                    <HintPanel />
                    <Show when=move || hands.with(Option::is_some)>
                        <details class="member-links-details">
                            <summary>"QR-codes en links van de teamleden"</summary>
                            <MemberLinks />
                        </details>
                    </Show>
                </div>
                <div>
                    <h2>"Omgedraaide kaarten"</h2>
                    <SpeechBar />
                    <Show
                        when=move || game.session.with(|s| !s.revealed.is_empty())
                        fallback=|| view! { <p class="muted">"Nog geen kaarten omgedraaid. Begin links."</p> }
                    >
                        <ul class="clue-list">
                            <For each=revealed key=|id| id.clone() let:id>
                                <li>
                                    <ClueCard clue_id=id.clone()>
                                        <ListenTo clue_id=id.clone() />
                                    </ClueCard>
                                </li>
                            </For>
                        </ul>
                    </Show>
                </div>
            </div>
            <AdvanceButton label="Naar ordenen" />
        </section>
    }
}

/// Samen spelen: the speech controls for an uncovered card on the team screen.
#[component]
fn ListenTo(clue_id: String) -> impl IntoView {
    let game = Game::use_context();
    let found = game.with_clue(&clue_id, |sc, c| {
        (c.title.clone(), spoken_text(sc, c), c.audio.as_ref().map(|f| format!("mysteries/{f}")))
    });
    found.map(|(title, text, audio)| view! { <SpeechControls key=clue_id.clone() title=title text=text audio=audio /> })
}
