//! Section "Reflectie": statements on a 1–5 scale and open questions.

use leptos::prelude::*;

use super::fields::{
    choice, choice_options, field_id, lens, row, AddButton, CheckField, IdField, ItemButtons, ItemProblems,
    ListProblems, Rows, Section, SelectField, TextField,
};
use super::state::Editor;
use crate::components::focus::focus_later;
use crate::domain::scenario::{Bouwsteen, QuestionTopic};
use crate::domain::studio::edit::{self, IdKind};

#[component]
pub fn ReflectionSection() -> impl IntoView {
    view! {
        <Section
            id="reflectie"
            title="Reflectie"
            prefixes=&["reflection"]
            intro="In de fase Reflecteren kijkt het team naar de eigen gemeente: stellingen op een schaal van 1 tot 5, en open vragen."
        >
            <Statements />
            <Questions />
        </Section>
    }
}

#[component]
fn Statements() -> impl IntoView {
    let editor = Editor::use_context();
    let len = Memo::new(move |_| editor.read(|s| s.reflection.statements.len()));
    view! {
        <h3>"Stellingen"</h3>
        <ListProblems path="reflection.statements" />
        <Rows len=len row={row(move |i: usize| view! {
            {
                let p = format!("reflection.statements[{i}]");
                let name = Signal::derive(move || format!("Stelling {}", i + 1));
                view! {
                    <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                        <legend>{name}</legend>
                        <ItemProblems path=p.clone() />
                        <TextField
                            path=format!("{p}.text")
                            label="Stelling"
                            help="Bijvoorbeeld: ‘In onze gemeente weten inwoners waar ze met een brief terechtkunnen.’"
                            long=true
                            lens=lens!(reflection.statements[i].text)
                        />
                        <SelectField
                            path=format!("{p}.bouwsteen")
                            label="Bouwsteen"
                            lens=choice(lens!(reflection.statements[i].bouwsteen), &Bouwsteen::ALL)
                            choices=choice_options(&Bouwsteen::ALL, Bouwsteen::label)
                        />
                        <CheckField
                            path=format!("{p}.reversed")
                            label="Omgekeerde stelling"
                            help="Aanvinken als ‘eens’ betekent dat het slechter gaat. Dan draait de app de schaal om."
                            lens=lens!(reflection.statements[i].reversed)
                        />
                        <IdField path=format!("{p}.id") kind=IdKind::Statement index=i />
                        <ItemButtons
                            list="reflection.statements"
                            index=i
                            name=name
                            len=len
                            on_move=Callback::new(move |step| {
                                editor.edit("", |s| {
                                    edit::move_item(&mut s.reflection.statements, i, step);
                                });
                            })
                            on_remove=Callback::new(move |_| {
                                editor.edit("", |s| {
                                    edit::remove_at(&mut s.reflection.statements, i);
                                });
                            })
                        />
                    </fieldset>
                }
            }
        }.into_any())} />
        <AddButton
            list="reflection.statements"
            label="Stelling toevoegen"
            on_add=Callback::new(move |_| {
                let mut at = 0;
                editor.edit("", |s| at = edit::add_statement(s));
                focus_later(field_id(&format!("reflection.statements[{at}].text")));
            })
        />
    }
}

#[component]
fn Questions() -> impl IntoView {
    let editor = Editor::use_context();
    let len = Memo::new(move |_| editor.read(|s| s.reflection.questions.len()));
    view! {
        <h3>"Open vragen"</h3>
        <ListProblems path="reflection.questions" />
        <Rows len=len row={row(move |i: usize| view! {
            {
                let p = format!("reflection.questions[{i}]");
                let name = Signal::derive(move || format!("Open vraag {}", i + 1));
                view! {
                    <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                        <legend>{name}</legend>
                        <ItemProblems path=p.clone() />
                        <TextField path=format!("{p}.text") label="Vraag" lens=lens!(reflection.questions[i].text) />
                        <SelectField
                            path=format!("{p}.topic")
                            label="Waar gaat de vraag over?"
                            lens=choice(lens!(reflection.questions[i].topic), &QuestionTopic::ALL)
                            choices=choice_options(&QuestionTopic::ALL, QuestionTopic::label)
                        />
                        <IdField path=format!("{p}.id") kind=IdKind::Question index=i />
                        <ItemButtons
                            list="reflection.questions"
                            index=i
                            name=name
                            len=len
                            on_move=Callback::new(move |step| {
                                editor.edit("", |s| {
                                    edit::move_item(&mut s.reflection.questions, i, step);
                                });
                            })
                            on_remove=Callback::new(move |_| {
                                editor.edit("", |s| {
                                    edit::remove_at(&mut s.reflection.questions, i);
                                });
                            })
                        />
                    </fieldset>
                }
            }
        }.into_any())} />
        <AddButton
            list="reflection.questions"
            label="Open vraag toevoegen"
            on_add=Callback::new(move |_| {
                let mut at = 0;
                editor.edit("", |s| at = edit::add_question(s, QuestionTopic::Praktijk));
                focus_later(field_id(&format!("reflection.questions[{at}].text")));
            })
        />
    }
}
