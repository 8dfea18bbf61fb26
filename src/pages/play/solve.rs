use leptos::prelude::*;

use super::{BackButton, CentralQuestion, PhaseHeading};
use crate::components::link_editor::LinkEditor;
use crate::domain::explanation;
use crate::domain::game::{Command, Placement};
use crate::domain::scenario::Phase;
use crate::domain::scoring::MIN_EXPLANATION_WORDS;
use crate::state::Game;

/// Answer the central question: cite clues, link them, explain in own words.
#[component]
pub fn SolvePhase() -> impl IntoView {
    let game = Game::use_context();
    let confirming = RwSignal::new(false);
    let candidates = move || {
        game.session.with(|s| {
            s.revealed
                .iter()
                .filter(|id| s.board.placements.get(*id) != Some(&Placement::Aside))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let cited_count = move || game.session.with(|s| s.answer.clues.len());
    let links_between = move || game.session.with(|s| s.board.links_between(&s.answer.clues));
    let words = move || game.session.with(|s| explanation::word_count(&s.answer.text));
    let in_sentences = move || game.session.with(|s| explanation::sentence_words(&s.answer.text));
    let text = move || game.session.with(|s| s.answer.text.clone());

    view! {
        <section class="phase solve">
            <PhaseHeading text=Phase::Oplossen.label() />
            <CentralQuestion />
            <p>
                "Kies de kaarten waarop jullie antwoord steunt. Verbind ze en leg in eigen woorden uit "
                "hoe het zit. Een antwoord is sterker als het kaarten verbindt en naar het recht, het geld "
                "én de mens kijkt."
            </p>
            <fieldset class="cite-list">
                <legend>"Kaarten in ons antwoord"</legend>
                <For each=candidates key=|id| id.clone() let:id>
                    {
                        let checkbox_id = format!("gebruik-{id}");
                        let clue = StoredValue::new(id.clone());
                        let checked = move || game.session.with(|s| s.answer.clues.contains(&clue.get_value()));
                        let (title, marked) = (
                            game.clue_title(&id),
                            game.session.with_untracked(|s| s.board.key.contains(&id)),
                        );
                        view! {
                            <div class="check">
                                <input
                                    type="checkbox"
                                    id=checkbox_id.clone()
                                    prop:checked=checked
                                    on:change=move |_| {
                                        game.send(Command::ToggleAnswerClue { clue: clue.get_value() });
                                    }
                                />
                                <label for=checkbox_id>
                                    {title}
                                    {marked.then(|| view! { " " <span class="badge">"kern"</span> })}
                                </label>
                            </div>
                        }
                    }
                </For>
            </fieldset>
            <LinkEditor />
            <div class="field">
                <label for="uitleg">"Onze uitleg, in eigen woorden"</label>
                <textarea
                    id="uitleg"
                    rows="8"
                    aria-describedby="uitleg-teller"
                    prop:value=text
                    on:input=move |ev| {
                        game.send(Command::SetAnswerText { text: event_target_value(&ev) });
                    }
                ></textarea>
                <p id="uitleg-teller" class="muted">
                    {move || {
                        format!(
                            "{} woorden. Schrijf er minstens {MIN_EXPLANATION_WORDS}, in hele zinnen. \
                             Een lijstje losse woorden telt niet als uitleg.",
                            words(),
                        )
                    }}
                </p>
            </div>
            <div class="checklist" aria-live="polite">
                <h2>"Jullie antwoord nu"</h2>
                <ul>
                    <li>{move || format!("{} kaarten gekozen", cited_count())}</li>
                    <li>{move || format!("{} verbanden tussen gekozen kaarten", links_between())}</li>
                    <li>{move || format!("{} woorden uitleg, waarvan {} in zinnen", words(), in_sentences())}</li>
                </ul>
            </div>
            <div class="phase-actions">
                <BackButton label="Terug naar ordenen" />
                <Show
                    when=move || confirming.get()
                    fallback=move || {
                        view! {
                            <button type="button" class="button primary" on:click=move |_| {
                                let ready = game.session.with(|s| game.scenario.with_value(|sc| s.can_advance(sc)));
                                match ready {
                                    Ok(()) => {
                                        confirming.set(true);
                                        crate::components::focus::focus_later("inleveren-ja".to_string());
                                    }
                                    Err(error) => game.notice.set(Some(crate::state::Notice::Problem(error.message()))),
                                }
                            }>"Antwoord inleveren"</button>
                        }
                    }
                >
                    <div class="confirm" role="group" aria-labelledby="inleveren-vraag">
                        <p id="inleveren-vraag">"Weet je het zeker? Daarna kun je het antwoord niet meer veranderen."</p>
                        <button type="button" id="inleveren-ja" class="button primary" on:click=move |_| {
                            game.send(Command::Advance);
                        }>"Ja, inleveren"</button>
                        <button type="button" class="button" on:click=move |_| confirming.set(false)>"Nee, nog niet"</button>
                    </div>
                </Show>
            </div>
        </section>
    }
}
