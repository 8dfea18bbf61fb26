use leptos::prelude::*;

use crate::components::link_map::{LinkMap, MapLink};
use crate::components::text_field::TextField;
use crate::domain::game::{Command, Placement, MAX_LINK_REASON_CHARS};
use crate::state::Game;

/// Make and remove links between clues ("dit leidt tot dat"), each with an
/// optional reason in the team's words: two lists, a text field and a button,
/// the keyboard and click way to link, no dragging needed. Below it the links
/// as a list and as a map. The two lists keep their choice after a link is made.
#[component]
pub fn LinkEditor() -> impl IntoView {
    let game = Game::use_context();
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let why = RwSignal::new(String::new());
    // Clues that can be linked: uncovered and not set aside. A memo, so making
    // a link does not rebuild the lists (they keep their place and choice).
    let options = Memo::new(move |_| {
        game.session.with(|s| {
            s.revealed
                .iter()
                .filter(|id| s.board.placements.get(*id) != Some(&Placement::Aside))
                .map(|id| (id.clone(), game.clue_title(id)))
                .collect::<Vec<_>>()
        })
    });
    let links = Memo::new(move |_| {
        game.session
            .with(|s| s.board.links.iter().map(|l| (l.from.clone(), l.to.clone(), l.why.clone())).collect::<Vec<_>>())
    });
    let map_links = Signal::derive(move || {
        links
            .get()
            .into_iter()
            .map(|(a, b, why)| MapLink { from: game.clue_title(&a), to: game.clue_title(&b), why })
            .collect::<Vec<_>>()
    });
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (a, b) = (from.get_untracked(), to.get_untracked());
        if a.is_empty() || b.is_empty() {
            game.notice.set(Some(crate::state::Notice::Problem("Kies twee kaarten om te verbinden.".into())));
            return;
        }
        let said = format!("Verbonden: {} leidt tot {}.", game.clue_title(&a), game.clue_title(&b));
        if game.send(Command::AddLink { from: a, to: b, why: why.get_untracked() }) {
            why.set(String::new());
            game.notice.set(Some(crate::state::Notice::Info(said)));
        }
    };
    let select = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select id=id on:change=move |ev| value.set(event_target_value(&ev)) prop:value=move || value.get()>
                    <option value="">"Kies een kaart"</option>
                    <For each=move || options.get() key=|(id, _)| id.clone() let:option>
                        {
                            let (id, title) = option;
                            let selected = {
                                let id = id.clone();
                                move || value.with(|v| *v == id)
                            };
                            view! { <option value=id prop:selected=selected>{title}</option> }
                        }
                    </For>
                </select>
            </div>
        }
    };
    view! {
        <section class="links" aria-labelledby="verbanden-titel">
            <h2 id="verbanden-titel">"Verbanden"</h2>
            <p class="muted">"Welke kaart leidt tot welke, en waarom? Verbind ze om een verklaring op te bouwen."</p>
            <form class="link-form" on:submit=add>
                {select("verband-van", "Deze kaart", from)}
                <span aria-hidden="true" class="arrow">"→"</span>
                {select("verband-naar", "leidt tot", to)}
                <TextField
                    id="verband-waarom"
                    label="Waarom? (kort, mag leeg)"
                    value=why
                    max_chars=MAX_LINK_REASON_CHARS
                    class="why"
                />
                <button type="submit" class="button">"Verbind"</button>
            </form>
            {move || {
                let links = links.get();
                if links.is_empty() {
                    view! { <p class="muted">"Nog geen verbanden."</p> }.into_any()
                } else {
                    view! {
                        <ul class="link-list" id="verbanden-lijst" aria-label="Gemaakte verbanden">
                            {links
                                .into_iter()
                                .map(|(a, b, why)| {
                                    let (ta, tb) = (game.clue_title(&a), game.clue_title(&b));
                                    let text = format!("{ta} → {tb}");
                                    let label = format!("Verwijder verband {ta} naar {tb}");
                                    view! {
                                        <li>
                                            <span>
                                                {text}
                                                {(!why.is_empty()).then(|| view! { <span class="link-why">{format!(": {why}")}</span> })}
                                            </span>
                                            <button
                                                type="button"
                                                class="button small"
                                                aria-label=label
                                                on:click=move |_| {
                                                    game.send_and_say(
                                                        Command::RemoveLink { from: a.clone(), to: b.clone() },
                                                        "Verband verwijderd.",
                                                    )
                                                }
                                            >
                                                "Verwijder"
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
            <LinkMap id="bord-kaart" links=map_links list_id="verbanden-lijst" />
        </section>
    }
}
