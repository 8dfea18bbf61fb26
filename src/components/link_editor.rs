use leptos::prelude::*;

use crate::domain::game::{Command, Placement};
use crate::state::Game;

/// Make and remove links between clues ("dit leidt tot dat") with two lists
/// and a button: the keyboard and click way to link, no dragging needed.
#[component]
pub fn LinkEditor() -> impl IntoView {
    let game = Game::use_context();
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    // Clues that can be linked: uncovered and not set aside.
    let options = move || {
        game.session.with(|s| {
            s.revealed
                .iter()
                .filter(|id| s.board.placements.get(*id) != Some(&Placement::Aside))
                .map(|id| (id.clone(), game.clue_title(id)))
                .collect::<Vec<_>>()
        })
    };
    let links =
        move || game.session.with(|s| s.board.links.iter().map(|l| (l.from.clone(), l.to.clone())).collect::<Vec<_>>());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (a, b) = (from.get_untracked(), to.get_untracked());
        if a.is_empty() || b.is_empty() {
            game.notice.set(Some(crate::state::Notice::Problem("Kies twee kaarten om te verbinden.".into())));
            return;
        }
        let said = format!("Verbonden: {} leidt tot {}.", game.clue_title(&a), game.clue_title(&b));
        game.send_and_say(Command::AddLink { from: a, to: b }, said);
    };
    let select = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select id=id on:change=move |ev| value.set(event_target_value(&ev)) prop:value=move || value.get()>
                    <option value="">"Kies een kaart"</option>
                    {move || {
                        options()
                            .into_iter()
                            .map(|(id, title)| view! { <option value=id.clone() selected=value.get_untracked() == id>{title}</option> })
                            .collect_view()
                    }}
                </select>
            </div>
        }
    };
    view! {
        <section class="links" aria-labelledby="verbanden-titel">
            <h2 id="verbanden-titel">"Verbanden"</h2>
            <p class="muted">"Welke kaart leidt tot welke? Verbind ze om een verklaring op te bouwen."</p>
            <form class="link-form" on:submit=add>
                {select("verband-van", "Deze kaart", from)}
                <span aria-hidden="true" class="arrow">"→"</span>
                {select("verband-naar", "leidt tot", to)}
                <button type="submit" class="button">"Verbind"</button>
            </form>
            {move || {
                let links = links();
                if links.is_empty() {
                    view! { <p class="muted">"Nog geen verbanden."</p> }.into_any()
                } else {
                    view! {
                        <ul class="link-list" aria-label="Gemaakte verbanden">
                            {links
                                .into_iter()
                                .map(|(a, b)| {
                                    let text = format!("{} → {}", game.clue_title(&a), game.clue_title(&b));
                                    let label = format!("Verwijder verband {} naar {}", game.clue_title(&a), game.clue_title(&b));
                                    view! {
                                        <li>
                                            <span>{text}</span>
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
        </section>
    }
}
