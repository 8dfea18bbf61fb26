//! Section "Hints": help the team can ask for in one phase, at a cost.

use leptos::prelude::*;

use super::fields::{
    choice, choice_options, field_id, lens, row, AddButton, IdField, ItemButtons, ItemProblems, ListProblems,
    NumberField, Rows, Section, SelectField, TextField,
};
use super::state::Editor;
use crate::components::focus::focus_later;
use crate::domain::scenario::Phase;
use crate::domain::studio::edit::{self, IdKind};

/// The phases in which a hint can be asked for.
const HINT_PHASES: [Phase; 3] = [Phase::Onderzoeken, Phase::Ordenen, Phase::Oplossen];

#[component]
pub fn HintsSection() -> impl IntoView {
    let editor = Editor::use_context();
    let len = Memo::new(move |_| editor.read(|s| s.hints.len()));
    view! {
        <Section
            id="hints"
            title="Hints"
            prefixes=&["hints"]
            intro="Hulp die het team kan vragen als het vastloopt. Een hint kost punten. Mag leeg."
        >
            <ListProblems path="hints" />
            <Rows len=len row={row(move |i: usize| view! {
                {
                    let p = format!("hints[{i}]");
                    let name = Signal::derive(move || format!("Hint {}", i + 1));
                    view! {
                        <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                            <legend>{name}</legend>
                            <ItemProblems path=p.clone() />
                            <SelectField
                                path=format!("{p}.phase")
                                label="In welke fase?"
                                lens=choice(lens!(hints[i].phase), &HINT_PHASES)
                                choices=choice_options(&HINT_PHASES, Phase::label)
                            />
                            <TextField path=format!("{p}.text") label="Tekst van de hint" long=true lens=lens!(hints[i].text) />
                            <NumberField
                                path=format!("{p}.cost")
                                label="Kost punten"
                                help="Zoveel punten gaan er af als het team de hint vraagt."
                                required=true
                                lens=lens!(hints[i].cost).some()
                            />
                            <IdField path=format!("{p}.id") kind=IdKind::Hint index=i />
                            <ItemButtons
                                list="hints"
                                index=i
                                name=name
                                len=len
                                on_move=Callback::new(move |step| {
                                    editor.edit("", |s| {
                                        edit::move_item(&mut s.hints, i, step);
                                    });
                                })
                                on_remove=Callback::new(move |_| {
                                    editor.edit("", |s| {
                                        edit::remove_at(&mut s.hints, i);
                                    });
                                })
                            />
                        </fieldset>
                    }
                }
            }.into_any())} />
            <AddButton
                list="hints"
                label="Hint toevoegen"
                on_add=Callback::new(move |_| {
                    let mut at = 0;
                    editor.edit("", |s| at = edit::add_hint(s));
                    focus_later(field_id(&format!("hints[{at}].text")));
                })
            />
        </Section>
    }
}
