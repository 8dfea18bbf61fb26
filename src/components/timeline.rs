//! The timeline of the case (see src/domain/timeline.rs): the uncovered cards
//! with a date on a time axis. Each card on the axis is a button that moves
//! the focus to the card on the board; the same cards follow as a list.
//! In the debrief ([`CaseStoryTimeline`]) every dated card is on it, with who
//! was there; there the list is the text and the axis a picture of it.

use leptos::prelude::*;

use crate::components::focus::focus_later;
use crate::components::portrait::PortraitBadge;
use crate::domain::timeline::{timeline, CaseStory, Timeline};
use crate::state::Game;

/// Room per moment on the axis, in px.
const SLOT_WIDTH: f64 = 104.0;
const MARGIN: f64 = 56.0;
const AXIS_Y: f64 = 44.0;
const LANE_HEIGHT: f64 = 32.0;

#[component]
pub fn CaseTimeline() -> impl IntoView {
    let game = Game::use_context();
    let line = Memo::new(move |_| {
        let uncovered = game.session.with(|s| s.revealed.clone());
        game.scenario.with_value(|sc| timeline(sc, &uncovered))
    });
    move || {
        let t = line.get();
        (!t.entries.is_empty()).then(|| view! { <TimelineView t=t /> })
    }
}

#[component]
fn TimelineView(t: Timeline) -> impl IntoView {
    let lanes = t.entries.iter().map(|e| e.lane + 1).max().unwrap_or(1);
    let width = MARGIN * 2.0 + SLOT_WIDTH * (t.slots.max(2) - 1) as f64;
    let height = AXIS_Y + 24.0 + LANE_HEIGHT * lanes as f64;
    let x = |slot: usize| MARGIN + (width - 2.0 * MARGIN) * t.position(slot);
    let mut ticks = Vec::new();
    for e in t.entries.iter().filter(|e| e.lane == 0) {
        let tx = x(e.slot);
        // Labels take turns at two heights, so neighbours never overlap.
        let label_y = if e.slot % 2 == 0 { 14.0 } else { 30.0 };
        ticks.push(view! {
            <g class="timeline-tick">
                <line x1=tx x2=tx y1=label_y + 4.0 y2=AXIS_Y />
                <text x=tx y=label_y text-anchor="middle">{e.date.label()}</text>
            </g>
        });
    }
    let cards = t
        .entries
        .iter()
        .map(|e| {
            let cx = x(e.slot);
            let cy = AXIS_Y + 22.0 + LANE_HEIGHT * e.lane as f64;
            let target = format!("kaart-{}", e.clue);
            let on_key = {
                let target = target.clone();
                move |ev: web_sys::KeyboardEvent| {
                    if ev.key() == "Enter" || ev.key() == " " {
                        ev.prevent_default();
                        focus_later(target.clone());
                    }
                }
            };
            view! {
                <g
                    class="timeline-card"
                    role="button"
                    tabindex="0"
                    aria-label=format!("Kaart {}: {}, {}", e.number, e.title, e.date.label())
                    data-clue=e.clue.clone()
                    on:click=move |_| focus_later(target.clone())
                    on:keydown=on_key
                >
                    <line x1=cx x2=cx y1=AXIS_Y y2=cy - 12.0 />
                    <circle cx=cx cy=cy r="13" />
                    <text x=cx y=cy + 4.5 text-anchor="middle">{e.number.to_string()}</text>
                </g>
            }
        })
        .collect_view();
    let items = t
        .entries
        .iter()
        .map(|e| {
            view! {
                <li data-clue=e.clue.clone()>
                    <strong>{e.date.label()}</strong>
                    {format!(": kaart {} · {}", e.number, e.title)}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="timeline" aria-labelledby="tijdlijn-titel">
            <h2 id="tijdlijn-titel">"Tijdlijn van de zaak"</h2>
            <p class="muted">
                "De kaarten met een datum, in de volgorde waarin het gebeurde. Kies een nummer om naar de kaart te gaan."
            </p>
            <div class="timeline-scroll">
                <svg
                    class="timeline-axis"
                    role="group"
                    aria-label="Tijdlijn"
                    width=format!("{width:.0}")
                    height=format!("{height:.0}")
                    viewBox=format!("0 0 {width:.0} {height:.0}")
                >
                    <line class="timeline-line" x1="8" x2=width - 8.0 y1=AXIS_Y y2=AXIS_Y />
                    {ticks}
                    {cards}
                </svg>
            </div>
            <details class="timeline-as-list">
                <summary>"De tijdlijn als lijst"</summary>
                <ol class="timeline-list">{items}</ol>
            </details>
        </section>
    }
}

/// Size of a portrait next to a card on the debrief's axis.
const FACE_SIZE: f64 = 22.0;

/// The debrief's timeline: who was there, and when. The list says it all (a
/// portrait there is decorative: the name is next to it); the axis above is
/// an image of the same list.
#[component]
pub fn CaseStoryTimeline(story: CaseStory) -> impl IntoView {
    let t = story.timeline;
    if t.entries.is_empty() {
        return ().into_any();
    }
    let lanes = t.entries.iter().map(|e| e.lane + 1).max().unwrap_or(1);
    let width = MARGIN * 2.0 + SLOT_WIDTH * (t.slots.max(2) - 1) as f64;
    let height = AXIS_Y + 24.0 + LANE_HEIGHT * lanes as f64;
    let x = |slot: usize| MARGIN + (width - 2.0 * MARGIN) * t.position(slot);
    let ticks = t
        .entries
        .iter()
        .filter(|e| e.lane == 0)
        .map(|e| {
            let tx = x(e.slot);
            let label_y = if e.slot % 2 == 0 { 14.0 } else { 30.0 };
            view! {
                <g class="timeline-tick">
                    <line x1=tx x2=tx y1=label_y + 4.0 y2=AXIS_Y />
                    <text x=tx y=label_y text-anchor="middle">{e.date.label()}</text>
                </g>
            }
        })
        .collect_view();
    let marks = t
        .entries
        .iter()
        .zip(&story.people)
        .map(|(e, person)| {
            let cx = x(e.slot);
            let cy = AXIS_Y + 22.0 + LANE_HEIGHT * e.lane as f64;
            // An SVG attribute, not a style: the CSP allows no inline styles.
            let face = person.clone().map(|p| {
                let at = format!("translate({:.1} {:.1})", cx + 15.0, cy - FACE_SIZE / 2.0);
                view! {
                    <g class="timeline-face" transform=at>
                        <PortraitBadge portrait=p.portrait size=FACE_SIZE as u32 />
                    </g>
                }
            });
            view! {
                <g class="timeline-card timeline-moment" data-clue=e.clue.clone()>
                    <line x1=cx x2=cx y1=AXIS_Y y2=cy - 12.0 />
                    <circle cx=cx cy=cy r="13" />
                    <text x=cx y=cy + 4.5 text-anchor="middle">{e.number.to_string()}</text>
                </g>
                {face}
            }
        })
        .collect_view();
    let items = t
        .entries
        .iter()
        .zip(story.people)
        .map(|(e, person)| {
            let who = person.as_ref().map(|p| format!(" — {} ({})", p.name, p.role));
            view! {
                <li data-clue=e.clue.clone()>
                    {match person {
                        Some(p) => view! { <PortraitBadge portrait=p.portrait size=24 /> }.into_any(),
                        None => view! { <span class="story-no-face" aria-hidden="true"></span> }.into_any(),
                    }}
                    <span>
                        <strong>{e.date.label()}</strong>
                        {format!(": kaart {} · {}", e.number, e.title)}
                        {who}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="timeline case-story" aria-labelledby="verhaal-tijdlijn-titel">
            <h3 id="verhaal-tijdlijn-titel">"Wie was er wanneer bij?"</h3>
            <p class="small muted">
                "Alle kaarten met een datum, ook die jullie niet omdraaiden. Bij elke kaart staat wie er toen bij was."
            </p>
            // A keyboard stop, so the axis can be scrolled sideways on a narrow screen.
            <div class="timeline-scroll" tabindex="0" role="region" aria-label="Tijdlijn, schuift opzij">
                <svg
                    class="timeline-axis"
                    role="img"
                    aria-label="Tijdlijn van de hele zaak. Dezelfde kaarten staan in de lijst hieronder."
                    width=format!("{width:.0}")
                    height=format!("{height:.0}")
                    viewBox=format!("0 0 {width:.0} {height:.0}")
                >
                    <line class="timeline-line" x1="8" x2=width - 8.0 y1=AXIS_Y y2=AXIS_Y />
                    {ticks}
                    {marks}
                </svg>
            </div>
            <ol class="timeline-list story-list">{items}</ol>
        </section>
    }
    .into_any()
}
