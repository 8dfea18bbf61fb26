use leptos::prelude::*;

use super::{AdvanceButton, BackButton, CentralQuestion, PhaseHeading};
use crate::components::clue_card::ClueCard;
use crate::components::focus::focus_later;
use crate::components::hints::HintPanel;
use crate::components::link_editor::LinkEditor;
use crate::components::text_field::TextField;
use crate::components::timeline::CaseTimeline;
use crate::domain::game::{Command, Placement, MAX_GROUP_NAME_CHARS};
use crate::domain::scenario::Phase;
use crate::state::{Game, Notice};

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

/// Sort the uncovered clues into groups, set red herrings aside, mark key
/// clues and link clues. With open sorting the team makes its own groups (the
/// author's grouping is a hint it may ask for); with guided sorting the groups
/// are the mystery's categories. Every move works by keyboard, click and drag.
/// The link form stands next to the board on a wide screen.
#[component]
pub fn SortPhase() -> impl IntoView {
    let game = Game::use_context();
    let open = game.scenario.with_value(|sc| sc.sorting.is_open());
    // The columns: the unsorted pile, the groups, the aside pile, as (column, name, description).
    let columns = Memo::new(move |_| {
        let groups = game.session.with(|s| game.scenario.with_value(|sc| s.board_groups(sc)));
        let mut columns = vec![(Column::Unsorted, "Nog te sorteren".to_string(), String::new())];
        columns.extend(groups.into_iter().map(|(id, name)| {
            let description = if open {
                String::new()
            } else {
                game.scenario.with_value(|sc| sc.category(&id).map(|c| c.description.clone()).unwrap_or_default())
            };
            (Column::Placed(Placement::Category(id)), name, description)
        }));
        columns.push((
            Column::Placed(Placement::Aside),
            "Aan de kant".to_string(),
            "Kaarten die jullie niet nodig hebben voor het antwoord.".to_string(),
        ));
        columns
    });
    let choices = Memo::new(move |_| {
        columns.with(|c| c.iter().map(|(col, name, _)| (col.value(), name.clone())).collect::<Vec<_>>())
    });

    let indexed = move || columns.get().into_iter().enumerate().collect::<Vec<_>>();
    view! {
        <section class="phase sort">
            <PhaseHeading text=Phase::Ordenen.label() />
            <CentralQuestion />
            {if open {
                view! {
                    <p>
                        "Maak zelf groepen met een naam die jullie kiezen, en leg elke kaart in een groep, "
                        "of aan de kant als jullie denken dat hij niet helpt. Markeer de kernaanwijzingen en "
                        "verbind kaarten die bij elkaar horen: zeg er kort bij waarom. "
                        "Slepen kan, maar het kan ook met de keuzelijst en de knoppen op elke kaart."
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <p>
                        "Leg elke kaart in een groep, of aan de kant als jullie denken dat hij niet helpt. "
                        "Markeer de kernaanwijzingen en verbind kaarten die bij elkaar horen. "
                        "Slepen kan, maar het kan ook met de keuzelijst en de knoppen op elke kaart."
                    </p>
                }
                    .into_any()
            }}
            {open.then(|| view! { <OwnGroups /> })}
            <div class="board-layout">
                <div class="board">
                    <For each=indexed key=|(index, (column, name, _))| (*index, column.value(), name.clone()) let:item>
                        {
                            let (index, (column, name, description)) = item;
                            view! { <BoardColumn index column name description choices open /> }
                        }
                    </For>
                </div>
                <div class="board-side">
                    <LinkEditor />
                </div>
            </div>
            <CaseTimeline />
            <HintPanel />
            <div class="phase-actions">
                <BackButton label="Terug naar onderzoeken" />
                <AdvanceButton label="Naar oplossen" />
            </div>
        </section>
    }
}

/// Open sorting: make a group, and the author's grouping as a hint.
#[component]
fn OwnGroups() -> impl IntoView {
    let game = Game::use_context();
    let name = RwSignal::new(String::new());
    let shown = Memo::new(move |_| game.session.with(|s| s.board.grouping_shown));
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = name.get_untracked();
        if game.send(Command::AddGroup { name: typed.clone() }) {
            name.set(String::new());
            let made = game.session.with_untracked(|s| s.board.groups.last().map(|g| g.name.clone()));
            game.notice.set(Some(Notice::Info(format!("Groep {} gemaakt.", made.unwrap_or(typed)))));
        }
    };
    let authors = game.scenario.with_value(|sc| {
        sc.categories
            .iter()
            .map(|c| {
                let cards: Vec<String> = sc
                    .clues
                    .iter()
                    .filter(|clue| clue.category.as_deref() == Some(c.id.as_str()))
                    .map(|clue| clue.id.clone())
                    .collect();
                (c.name.clone(), c.description.clone(), cards)
            })
            .collect::<Vec<_>>()
    });
    let authors = StoredValue::new(authors);
    view! {
        <section class="own-groups" aria-labelledby="eigen-groepen-titel">
            <h2 id="eigen-groepen-titel">"Jullie groepen"</h2>
            <form class="group-form" on:submit=add>
                <TextField id="nieuwe-groep" label="Naam van een nieuwe groep" value=name max_chars=MAX_GROUP_NAME_CHARS />
                <button type="submit" class="button">"Maak groep"</button>
            </form>
            <Show
                when=move || shown.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| {
                                game.send_and_say(Command::ShowGrouping, "Zo deelde een ander het in: de groepen staan hieronder.");
                                focus_later("indeling-titel".to_string());
                            }
                        >
                            "Zo deelde een ander het in"
                        </button>
                        <p class="small muted">"Een tip, geen goed antwoord. Het kost geen punten."</p>
                    }
                }
            >
                <div class="grouping-hint">
                    <h3 id="indeling-titel" tabindex="-1">"Zo deelde een ander het in"</h3>
                    <p class="small">"Een tip, geen goed antwoord: jullie indeling telt niet mee in de score."</p>
                    <ul>
                        {authors
                            .get_value()
                            .into_iter()
                            .map(|(name, description, cards)| {
                                let found: Vec<String> = game.session.with_untracked(|s| {
                                    cards.iter().filter(|c| s.is_revealed(c)).map(|c| game.clue_title(c)).collect()
                                });
                                view! {
                                    <li>
                                        <strong>{name}</strong>
                                        {(!description.is_empty()).then(|| format!(": {description}"))}
                                        {(!found.is_empty()).then(|| view! { <span class="small muted">{format!(" ({})", found.join(", "))}</span> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            game.send_and_say(Command::AdoptGrouping, "De groepen van de ander staan nu op jullie bord.");
                        }
                    >
                        "Neem deze groepen over"
                    </button>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn BoardColumn(
    index: usize,
    column: Column,
    name: String,
    description: String,
    choices: Memo<Vec<(String, String)>>,
    open: bool,
) -> impl IntoView {
    let game = Game::use_context();
    let heading_id = format!("kolom-{index}");
    let labelled_by = heading_id.clone();
    let heading = name.clone();
    let own_group = match (&column, open) {
        (Column::Placed(Placement::Category(id)), true) => Some(id.clone()),
        _ => None,
    };
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
    let drop_name = name.clone();
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        drag_over.set(false);
        let Some(clue) = ev.data_transfer().and_then(|dt| dt.get_data("text/plain").ok()) else { return };
        if clue.is_empty() {
            return;
        }
        let title = game.clue_title(&clue);
        let name = drop_name.clone();
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
            {own_group.map(|id| view! { <GroupTools id name=name.clone() /> })}
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

/// Rename or remove one of the team's own groups.
#[component]
fn GroupTools(id: String, name: String) -> impl IntoView {
    let game = Game::use_context();
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(name.clone());
    let id = StoredValue::new(id);
    let input_id = format!("hernoem-{}", id.get_value());
    let focus_id = input_id.clone();
    let rename_label = format!("Hernoem groep {name}");
    let remove_label = format!("Verwijder groep {name}");
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = new_name.get_untracked();
        if game.send(Command::RenameGroup { group: id.get_value(), name: typed.clone() }) {
            game.notice.set(Some(Notice::Info(format!("De groep heet nu {}.", typed.trim()))));
            focus_later("nieuwe-groep".to_string());
        }
    };
    let removed_name = name.clone();
    view! {
        <Show
            when=move || renaming.get()
            fallback=move || {
                let focus_id = focus_id.clone();
                let removed_name = removed_name.clone();
                view! {
                    <div class="group-tools">
                        <button
                            type="button"
                            class="button small"
                            aria-label=rename_label.clone()
                            on:click=move |_| {
                                renaming.set(true);
                                focus_later(focus_id.clone());
                            }
                        >
                            "Hernoem"
                        </button>
                        <button
                            type="button"
                            class="button small"
                            aria-label=remove_label.clone()
                            on:click={
                                let removed_name = removed_name.clone();
                                move |_| {
                                    game.send_and_say(
                                        Command::RemoveGroup { group: id.get_value() },
                                        format!("Groep {removed_name} verwijderd. De kaarten liggen weer bij Nog te sorteren."),
                                    );
                                    focus_later("nieuwe-groep".to_string());
                                }
                            }
                        >
                            "Verwijder"
                        </button>
                    </div>
                }
            }
        >
            <form class="group-rename" on:submit=save>
                <label for=input_id.clone()>"Nieuwe naam"</label>
                <input
                    id=input_id.clone()
                    type="text"
                    maxlength=MAX_GROUP_NAME_CHARS.to_string()
                    prop:value=move || new_name.get()
                    on:input=move |ev| new_name.set(event_target_value(&ev))
                />
                <button type="submit" class="button small">"Opslaan"</button>
                <button type="button" class="button small" on:click=move |_| renaming.set(false)>"Annuleer"</button>
            </form>
        </Show>
    }
}

#[component]
fn BoardCard(clue_id: String, choices: Memo<Vec<(String, String)>>) -> impl IntoView {
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
            choices.with_untracked(|c| c.iter().find(|(v, _)| *v == value).map(|(_, n)| n.clone()).unwrap_or_default());
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
                        <For each=move || choices.get() key=|choice| choice.clone() let:choice>
                            {
                                let (value, name) = choice;
                                let selected = {
                                    let value = value.clone();
                                    move || current.with(|c| *c == value)
                                };
                                view! { <option value=value prop:selected=selected>{name}</option> }
                            }
                        </For>
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
