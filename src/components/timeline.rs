//! The timeline of the case (see src/domain/timeline.rs): the uncovered cards
//! with a date on a time axis. Each card on the axis is a button that moves
//! the focus to the card on the board; the same cards follow as a list.
//! In the debrief ([`CaseStoryTimeline`]) every dated card is on it, with who
//! was there; there the list is the text and the axis a picture of it.

use leptos::prelude::*;

use crate::components::focus::focus_later;
use crate::components::portrait::PortraitBadge;
use crate::domain::timeline::{timeline, CaseStory, Timeline, TimelineEntry};
use crate::state::Game;

/// Room per moment on the axis, in px.
const SLOT_WIDTH: f64 = 104.0;
const MARGIN: f64 = 56.0;
const AXIS_Y: f64 = 44.0;
const LANE_HEIGHT: f64 = 32.0;

/// The size of a timeline's drawing and where each moment sits on it; both
/// timelines (the board's and the debrief's) draw the same axis.
struct Axis<'a> {
    t: &'a Timeline,
    width: f64,
    height: f64,
}

impl<'a> Axis<'a> {
    fn of(t: &'a Timeline) -> Axis<'a> {
        let lanes = t.entries.iter().map(|e| e.lane + 1).max().unwrap_or(1);
        Axis {
            t,
            width: MARGIN * 2.0 + SLOT_WIDTH * (t.slots.max(2) - 1) as f64,
            height: AXIS_Y + 24.0 + LANE_HEIGHT * lanes as f64,
        }
    }

    /// Where a card of `entry` sits: its x on the axis and its lane's y.
    fn at(&self, entry: &TimelineEntry) -> (f64, f64) {
        (self.x(entry.slot), AXIS_Y + 22.0 + LANE_HEIGHT * entry.lane as f64)
    }

    fn x(&self, slot: usize) -> f64 {
        MARGIN + (self.width - 2.0 * MARGIN) * self.t.position(slot)
    }

    /// The drawing: the axis line, a date at each moment, then `marks`.
    fn picture(&self, role: &'static str, label: &'static str, marks: AnyView) -> impl IntoView {
        let (width, height) = (self.width, self.height);
        let ticks = self
            .t
            .entries
            .iter()
            .filter(|e| e.lane == 0)
            .map(|e| {
                let tx = self.x(e.slot);
                // Labels take turns at two heights, so neighbours never overlap.
                let label_y = if e.slot % 2 == 0 { 14.0 } else { 30.0 };
                view! {
                    <g class="timeline-tick">
                        <line x1=tx x2=tx y1=label_y + 4.0 y2=AXIS_Y />
                        <text x=tx y=label_y text-anchor="middle">{e.date.label()}</text>
                    </g>
                }
            })
            .collect_view();
        view! {
            <svg
                class="timeline-axis"
                role=role
                aria-label=label
                width=format!("{width:.0}")
                height=format!("{height:.0}")
                viewBox=format!("0 0 {width:.0} {height:.0}")
            >
                <line class="timeline-line" x1="8" x2=width - 8.0 y1=AXIS_Y y2=AXIS_Y />
                {ticks}
                {marks}
            </svg>
        }
    }
}

/// A card's mark below the axis: a stem, a circle and the card's number.
fn card_mark(cx: f64, cy: f64, number: usize) -> impl IntoView {
    view! {
        <line x1=cx x2=cx y1=AXIS_Y y2=cy - 12.0 />
        <circle cx=cx cy=cy r="13" />
        <text x=cx y=cy + 4.5 text-anchor="middle">{number.to_string()}</text>
    }
}

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
    let axis = Axis::of(&t);
    let cards = t
        .entries
        .iter()
        .map(|e| {
            let (cx, cy) = axis.at(e);
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
                    {card_mark(cx, cy, e.number)}
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
            <div class="timeline-scroll">{axis.picture("group", "Tijdlijn", cards.into_any())}</div>
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
    let axis = Axis::of(&t);
    let marks = t
        .entries
        .iter()
        .zip(&story.people)
        .map(|(e, person)| {
            let (cx, cy) = axis.at(e);
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
                    {card_mark(cx, cy, e.number)}
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
                {axis.picture(
                    "img",
                    "Tijdlijn van de hele zaak. Dezelfde kaarten staan in de lijst hieronder.",
                    marks.into_any(),
                )}
            </div>
            <ol class="timeline-list story-list">{items}</ol>
        </section>
    }
    .into_any()
}
