use leptos::prelude::*;

use super::{AdvanceButton, BackButton, CentralQuestion, PhaseHeading};
use crate::components::clue_card::ClueCard;
use crate::components::focus::focus_later;
use crate::components::hints::HintPanel;
use crate::components::link_editor::LinkEditor;
use crate::components::timeline::CaseTimeline;
use crate::domain::game::{Command, Placement};
use crate::state::Game;

/// The columns of the board. `None` is the unsorted pile.
#[derive(Clone, PartialEq)]
enum Column {
    Unsorted,
    Placed(Placement),
}

impl Column {
    /// The value of this column in a card's "Groep" list.
    fn value(&self) -> String {
        match self {
            Column::Unsorted => String::new(),
            Column::Placed(Placement::Aside) => "aside".to_string(),
            Column::Placed(Placement::Category(id)) => format!("groep:{id}"),
        }
    }

    fn from_value(value: &str) -> Column {
        match value {
            "aside" => Column::Placed(Placement::Aside),
            v => match v.strip_prefix("groep:") {
                Some(id) => Column::Placed(Placement::Category(id.to_string())),
                None => Column::Unsorted,
            },
        }
    }

    fn command(&self, clue: String) -> Command {
        match self {
            Column::Unsorted => Command::Unplace { clue },
            Column::Placed(placement) => Command::Place { clue, placement: placement.clone() },
        }
    }
}

/// Sort the uncovered clues into the mystery's groups, set red herrings aside,
/// mark key clues and link clues. Every move works by keyboard, click and drag.
#[component]
pub fn SortPhase() -> impl IntoView {
    let game = Game::use_context();
    let categories = game.scenario.with_value(|sc| sc.categories.clone());
    let mut columns = vec![(Column::Unsorted, "Nog te sorteren".to_string(), String::new())];
    columns.extend(
        categories
            .iter()
            .map(|c| (Column::Placed(Placement::Category(c.id.clone())), c.name.clone(), c.description.clone())),
    );
    columns.push((
        Column::Placed(Placement::Aside),
        "Aan de kant".to_string(),
        "Kaarten die jullie niet nodig hebben voor het antwoord.".to_string(),
    ));
    let choices: Vec<(String, String)> = columns.iter().map(|(col, name, _)| (col.value(), name.clone())).collect();
    let choices = StoredValue::new(choices);

    view! {
        <section class="phase sort">
            <PhaseHeading text="Ordenen" />
            <CentralQuestion />
            <p>
                "Leg elke kaart in een groep, of aan de kant als jullie denken dat hij niet helpt. "
                "Markeer de kernaanwijzingen en verbind kaarten die bij elkaar horen. "
                "Slepen kan, maar het kan ook met de keuzelijst en de knoppen op elke kaart."
            </p>
            <div class="board">
                {columns
                    .into_iter()
                    .enumerate()
                    .map(|(index, (column, name, description))| {
                        view! { <BoardColumn index column name description choices /> }
                    })
                    .collect_view()}
            </div>
            <CaseTimeline />
            <LinkEditor />
            <HintPanel />
            <div class="phase-actions">
                <BackButton label="Terug naar onderzoeken" />
                <AdvanceButton label="Naar oplossen" />
            </div>
        </section>
    }
}

#[component]
fn BoardColumn(
    index: usize,
    column: Column,
    name: String,
    description: String,
    choices: StoredValue<Vec<(String, String)>>,
) -> impl IntoView {
    let game = Game::use_context();
    let heading_id = format!("kolom-{index}");
    let labelled_by = heading_id.clone();
    let heading = name.clone();
    let column = StoredValue::new(column);
    // A memo: the count and the list update only when this column's cards change.
    let cards = Memo::new(move |_| {
        game.session.with(|s| {
            s.revealed
                .iter()
                .filter(|id| {
                    let here = match s.board.placements.get(*id) {
                        None => Column::Unsorted,
                        Some(p) => Column::Placed(p.clone()),
                    };
                    column.with_value(|c| *c == here)
                })
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let drag_over = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        drag_over.set(false);
        let Some(clue) = ev.data_transfer().and_then(|dt| dt.get_data("text/plain").ok()) else { return };
        if clue.is_empty() {
            return;
        }
        let title = game.clue_title(&clue);
        let name = name.clone();
        game.send_and_say(column.with_value(|c| c.command(clue)), format!("{title} ligt nu bij {name}."));
    };
    view! {
        <section
            class="board-column"
            class:aside=column.with_value(|c| *c == Column::Placed(Placement::Aside))
            class:unsorted=column.with_value(|c| *c == Column::Unsorted)
            class:drag-over=move || drag_over.get()
            aria-labelledby=labelled_by
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                drag_over.set(true);
            }
            on:dragleave=move |_| drag_over.set(false)
            on:drop=on_drop
        >
            <h2 id=heading_id>
                {heading}
                <span class="count">{move || format!(" ({})", cards.with(Vec::len))}</span>
            </h2>
            {(!description.is_empty()).then(|| view! { <p class="muted small">{description.clone()}</p> })}
            <ul class="board-cards">
                <For each=move || cards.get() key=|id| id.clone() let:id>
                    <li>
                        <BoardCard clue_id=id choices />
                    </li>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn BoardCard(clue_id: String, choices: StoredValue<Vec<(String, String)>>) -> impl IntoView {
    let game = Game::use_context();
    let id = StoredValue::new(clue_id.clone());
    let select_id = format!("groep-{clue_id}");
    // Memos of this card's own state: a move or mark elsewhere on the board
    // re-runs these lookups but touches none of this card's DOM.
    let current = Memo::new(move |_| {
        game.session.with(|s| {
            id.with_value(|id| match s.board.placements.get(id) {
                None => Column::Unsorted.value(),
                Some(p) => Column::Placed(p.clone()).value(),
            })
        })
    });
    let is_key = Memo::new(move |_| game.session.with(|s| id.with_value(|id| s.board.key.contains(id))));
    let is_aside = Memo::new(move |_| current.with(|c| *c == Column::Placed(Placement::Aside).value()));
    let title = game.clue_title(&clue_id);
    let move_to = move |value: String| {
        let clue = id.get_value();
        let title = game.clue_title(&clue);
        let name =
            choices.with_value(|c| c.iter().find(|(v, _)| *v == value).map(|(_, n)| n.clone()).unwrap_or_default());
        game.send_and_say(Column::from_value(&value).command(clue.clone()), format!("{title} ligt nu bij {name}."));
        focus_later(format!("groep-{clue}"));
    };
    let key_label = format!("Kern: {title}");
    view! {
        <div
            class="board-card"
            class:is-key=move || is_key.get()
            draggable="true"
            on:dragstart=move |ev: leptos::ev::DragEvent| {
                if let Some(dt) = ev.data_transfer() {
                    let _ = dt.set_data("text/plain", &id.get_value());
                    dt.set_effect_allowed("move");
                }
            }
        >
            <ClueCard clue_id=clue_id.clone() compact=true>
                <div class="field inline">
                    <label for=select_id.clone()>"Groep"</label>
                    <select id=select_id on:change=move |ev| move_to(event_target_value(&ev))>
                        {choices
                            .get_value()
                            .into_iter()
                            .map(|(value, name)| {
                                let selected = {
                                    let value = value.clone();
                                    move || current.with(|c| *c == value)
                                };
                                view! { <option value=value prop:selected=selected>{name}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
                <button
                    type="button"
                    class="button small key-toggle"
                    aria-pressed=move || if is_key.get() { "true" } else { "false" }
                    aria-label=key_label
                    disabled=move || is_aside.get()
                    on:click=move |_| {
                        let now = !is_key.get_untracked();
                        game.send_and_say(
                            Command::ToggleKey { clue: id.get_value() },
                            if now { "Gemarkeerd als kernaanwijzing." } else { "Markering weggehaald." },
                        );
                    }
                >
                    <span aria-hidden="true">{move || if is_key.get() { "★ " } else { "☆ " }}</span>
                    "Kern"
                </button>
            </ClueCard>
        </div>
    }
}
