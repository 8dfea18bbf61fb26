use leptos::prelude::*;

use super::{AdvanceButton, PhaseHeading};
use crate::domain::game::Command;
use crate::domain::scenario::{Bouwsteen, Phase, QuestionTopic};
use crate::state::Game;

const SCALE: [(u8, &str); 5] =
    [(1, "Helemaal oneens"), (2, "Oneens"), (3, "Neutraal"), (4, "Eens"), (5, "Helemaal eens")];

/// Reflection: statements about the team's own municipality per bouwsteen,
/// open questions about practice, and about how the team worked together.
#[component]
pub fn ReflectPhase() -> impl IntoView {
    let game = Game::use_context();
    let reflection = game.scenario.with_value(|sc| sc.reflection.clone());
    let bouwstenen: Vec<Bouwsteen> =
        Bouwsteen::ALL.into_iter().filter(|b| reflection.statements.iter().any(|s| s.bouwsteen == *b)).collect();
    let questions =
        |topic: QuestionTopic| reflection.questions.iter().filter(|q| q.topic == topic).cloned().collect::<Vec<_>>();
    let (praktijk, samenwerking) = (questions(QuestionTopic::Praktijk), questions(QuestionTopic::Samenwerking));
    let statements = reflection.statements.clone();

    view! {
        <section class="phase reflect">
            <PhaseHeading text=Phase::Reflecteren.label() />
            <p>
                "Kijk nu naar jullie eigen gemeente. Hoe staat het daar? Er zijn geen goede of foute "
                "antwoorden: het gaat om jullie beeld."
            </p>
            <h2>"Stellingen over jullie gemeente"</h2>
            {bouwstenen
                .into_iter()
                .map(|b| {
                    let items: Vec<_> = statements.iter().filter(|s| s.bouwsteen == b).cloned().collect();
                    view! {
                        <div class="statement-group">
                            <h3>{format!("Bouwsteen {}: {}", b.number(), b.label())}</h3>
                            {items
                                .into_iter()
                                .map(|statement| view! { <StatementScale id=statement.id text=statement.text /> })
                                .collect_view()}
                        </div>
                    }
                })
                .collect_view()}
            <h2>"Jullie praktijk"</h2>
            {praktijk.into_iter().map(|q| view! { <OpenAnswer id=q.id text=q.text /> }).collect_view()}
            <h2>"Hoe werkten jullie samen?"</h2>
            {samenwerking.into_iter().map(|q| view! { <OpenAnswer id=q.id text=q.text /> }).collect_view()}
            <AdvanceButton label="Bekijk het resultaat" />
        </section>
    }
}

#[component]
fn StatementScale(id: String, text: String) -> impl IntoView {
    let game = Game::use_context();
    let name = format!("stelling-{id}");
    let id = StoredValue::new(id);
    let value = move || game.session.with(|s| s.reflection.scale.get(&id.get_value()).copied());
    view! {
        <fieldset class="scale">
            <legend>{text}</legend>
            <div class="scale-options">
                {SCALE
                    .into_iter()
                    .map(|(v, label)| {
                        let input_id = format!("{name}-{v}");
                        view! {
                            <div class="scale-option">
                                <input
                                    type="radio"
                                    id=input_id.clone()
                                    name=name.clone()
                                    value=v.to_string()
                                    prop:checked=move || value() == Some(v)
                                    on:change=move |_| {
                                        game.send(Command::SetStatement { statement: id.get_value(), value: v });
                                    }
                                />
                                <label for=input_id>{label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn OpenAnswer(id: String, text: String) -> impl IntoView {
    let game = Game::use_context();
    let field_id = format!("vraag-{id}");
    let id = StoredValue::new(id);
    let value = move || game.session.with(|s| s.reflection.open.get(&id.get_value()).cloned().unwrap_or_default());
    view! {
        <div class="field">
            <label for=field_id.clone()>{text}</label>
            <textarea
                id=field_id
                rows="3"
                prop:value=value
                on:input=move |ev| {
                    game.send(Command::SetOpenAnswer { question: id.get_value(), text: event_target_value(&ev) });
                }
            ></textarea>
        </div>
    }
}
