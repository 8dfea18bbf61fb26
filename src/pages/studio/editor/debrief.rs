//! Sections "Nabespreking" (what really happened, questions for the talk
//! afterwards), "Vervolgstappen" (actions per role) and "Bronnen".

use leptos::prelude::*;

use super::fields::{
    choice, choice_options, field_id, lens, row, AddButton, ItemButtons, ItemProblems, Lens, ListProblems, Rows,
    Section, SelectField, TextField,
};
use super::general::TextList;
use super::state::Editor;
use crate::components::focus::focus_later;
use crate::domain::scenario::{Bouwsteen, Role};
use crate::domain::studio::edit;

#[component]
pub fn DebriefSection() -> impl IntoView {
    view! {
        <Section
            id="nabespreking"
            title="Nabespreking"
            prefixes=&["debrief"]
            intro="Het team leest dit op het resultaatscherm."
        >
            <h3>"Wat er echt gebeurde"</h3>
            <TextList
                list="debrief.paragraphs"
                noun="Alinea"
                add="Alinea toevoegen"
                items=|s| &s.debrief.paragraphs
                items_mut=|s| &mut s.debrief.paragraphs
            />
            <h3>"Vragen voor het gesprek na afloop"</h3>
            <TextList
                list="debrief.discussion_questions"
                noun="Gespreksvraag"
                add="Gespreksvraag toevoegen"
                items=|s| &s.debrief.discussion_questions
                items_mut=|s| &mut s.debrief.discussion_questions
            />
        </Section>
    }
}

#[component]
pub fn RoleActionsSection() -> impl IntoView {
    let editor = Editor::use_context();
    let blocks = Memo::new(move |_| editor.read(|s| s.role_actions.len()));
    let missing = Memo::new(move |_| {
        editor
            .read(|s| Role::ALL.into_iter().filter(|r| s.role_actions.iter().all(|b| b.role != *r)).collect::<Vec<_>>())
    });
    view! {
        <Section
            id="vervolgstappen"
            title="Vervolgstappen per rol"
            prefixes=&["role_actions"]
            intro="Wat kan iemand in elke rol na het spel doen? De app zet acties voor de zwakste bouwstenen van het team bovenaan."
        >
            <ListProblems path="role_actions" />
            <Rows len=blocks row={row(move |b: usize| view! {
                <RoleBlock block=b />
            }.into_any())} />
            <For each=move || missing.get() key=|r| *r let:role>
                <button
                    type="button"
                    class="button editor-add"
                    on:click=move |_| {
                        let mut at = (0, 0);
                        editor.edit("", |s| at = edit::add_action(s, role));
                        focus_later(field_id(&format!("role_actions[{}].actions[{}].text", at.0, at.1)));
                    }
                >
                    {format!("Acties voor {} toevoegen", role.label().to_lowercase())}
                </button>
            </For>
        </Section>
    }
}

#[component]
fn RoleBlock(block: usize) -> impl IntoView {
    let editor = Editor::use_context();
    let b = block;
    let role = move || editor.read(|s| s.role_actions.get(b).map(|r| r.role));
    let len = Memo::new(move |_| editor.read(|s| s.role_actions.get(b).map_or(0, |r| r.actions.len())));
    let p = format!("role_actions[{b}]");
    let item = p.clone();
    let actions = format!("{p}.actions");
    let title = move || role().map(|r| format!("Acties voor de {}", r.label().to_lowercase())).unwrap_or_default();
    view! {
        <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
            <legend>{title}</legend>
            <ItemProblems path=format!("{p}.role") />
            <ListProblems path=format!("{p}.actions") />
            <Rows len=len row={row(move |k: usize| view! {
                {
                    let ap = format!("{item}.actions[{k}]");
                    let name = Signal::derive(move || format!("Actie {}", k + 1));
                    view! {
                        <div class="editor-list-item">
                            <TextField
                                path=format!("{ap}.text")
                                label=format!("Actie {}", k + 1)
                                long=true
                                lens=Lens::new(
                                    move |s| Some(s.role_actions.get(b)?.actions.get(k)?.text.clone()),
                                    move |s, v| {
                                        if let Some(a) = s.role_actions.get_mut(b).and_then(|r| r.actions.get_mut(k)) {
                                            a.text = v;
                                        }
                                    },
                                )
                            />
                            <SelectField
                                path=format!("{ap}.bouwsteen")
                                label=format!("Bouwsteen van actie {}", k + 1)
                                lens=choice(
                                    Lens::new(
                                        move |s| Some(s.role_actions.get(b)?.actions.get(k)?.bouwsteen),
                                        move |s, v| {
                                            if let Some(a) = s.role_actions.get_mut(b).and_then(|r| r.actions.get_mut(k)) {
                                                a.bouwsteen = v;
                                            }
                                        },
                                    ),
                                    &Bouwsteen::ALL,
                                )
                                choices=choice_options(&Bouwsteen::ALL, Bouwsteen::label)
                            />
                            <ItemButtons
                                list=format!("{item}.actions")
                                index=k
                                name=name
                                len=len
                                on_move=Callback::new(move |step| {
                                    editor.edit("", |s| {
                                        if let Some(r) = s.role_actions.get_mut(b) {
                                            edit::move_item(&mut r.actions, k, step);
                                        }
                                    });
                                })
                                on_remove=Callback::new(move |_| {
                                    editor.edit("", |s| {
                                        if let Some(r) = s.role_actions.get_mut(b) {
                                            edit::remove_at(&mut r.actions, k);
                                        }
                                    });
                                })
                            />
                        </div>
                    }
                }
            }.into_any())} />
            <AddButton
                list=actions
                label="Actie toevoegen"
                on_add=Callback::new(move |_| {
                    let Some(role) = role() else { return };
                    let mut at = (0, 0);
                    editor.edit("", |s| at = edit::add_action(s, role));
                    focus_later(field_id(&format!("role_actions[{}].actions[{}].text", at.0, at.1)));
                })
            />
        </fieldset>
    }
}

#[component]
pub fn SourcesSection() -> impl IntoView {
    let editor = Editor::use_context();
    let len = Memo::new(move |_| editor.read(|s| s.sources.len()));
    view! {
        <Section
            id="bronnen"
            title="Bronnen"
            prefixes=&["sources"]
            intro="Paragrafen uit de handreiking ‘Aan de slag met rechtsbescherming’ waar het mysterie op steunt. Mag leeg."
        >
            <Rows len=len row={row(move |i: usize| view! {
                {
                    let p = format!("sources[{i}]");
                    let name = Signal::derive(move || format!("Bron {}", i + 1));
                    view! {
                        <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                            <legend>{name}</legend>
                            <ItemProblems path=p.clone() />
                            <TextField
                                path=format!("{p}.section")
                                label="Paragraaf"
                                help="Alleen het nummer, zoals 2.7."
                                lens=lens!(sources[i].section)
                            />
                            <TextField path=format!("{p}.title") label="Titel van de paragraaf" lens=lens!(sources[i].title) />
                            <ItemButtons
                                list="sources"
                                index=i
                                name=name
                                len=len
                                on_move=Callback::new(move |step| {
                                    editor.edit("", |s| {
                                        edit::move_item(&mut s.sources, i, step);
                                    });
                                })
                                on_remove=Callback::new(move |_| {
                                    editor.edit("", |s| {
                                        edit::remove_at(&mut s.sources, i);
                                    });
                                })
                            />
                        </fieldset>
                    }
                }
            }.into_any())} />
            <AddButton
                list="sources"
                label="Bron toevoegen"
                on_add=Callback::new(move |_| {
                    let mut at = 0;
                    editor.edit("", |s| at = edit::add_source(s));
                    focus_later(field_id(&format!("sources[{at}].section")));
                })
            />
        </Section>
    }
}
