//! Section "Oplossing": the answer, the key clues (chosen through each clue's
//! "Belang", so they never disagree), the expected chains and the concepts.

use leptos::prelude::*;

use super::fields::{
    field_id, lens, row, AddButton, ItemButtons, ItemProblems, Lens, ListProblems, Rows, Section, SelectField,
    TextField,
};
use super::state::Editor;
use crate::components::focus::focus_later;
use crate::domain::studio::edit;

#[component]
pub fn SolutionSection() -> impl IntoView {
    let editor = Editor::use_context();
    let keys = Memo::new(move |_| {
        editor.read(|s| {
            s.solution
                .key_clues
                .iter()
                .map(|id| match s.clues.iter().position(|c| c.id == *id) {
                    Some(i) => super::state::numbered("Aanwijzing", i, &s.clues[i].title),
                    None => format!("‘{id}’ (bestaat niet)"),
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Section id="oplossing" title="Oplossing" prefixes=&["solution"]>
            <TextField
                path="solution.summary"
                label="Het antwoord op de centrale vraag"
                help="In een paar zinnen. Het team ziet dit bij de nabespreking."
                long=true
                lens=lens!(solution.summary)
            />
            <h3>"Kernaanwijzingen"</h3>
            <p class="hint-text">
                "Een aanwijzing wordt een kernaanwijzing als je bij die aanwijzing ‘Belang: Kernaanwijzing’ kiest. "
                "Er zijn er minstens 2 nodig."
            </p>
            <ListProblems path="solution.key_clues" />
            <ul class="editor-keys">
                <For each=move || keys.get() key=|k| k.clone() let:k>
                    <li>{k}</li>
                </For>
            </ul>
            <ChainList />
            <ConceptList />
        </Section>
    }
}

#[component]
fn ChainList() -> impl IntoView {
    let editor = Editor::use_context();
    let len = Memo::new(move |_| editor.read(|s| s.solution.chains.len()));
    view! {
        <h3>"Verbanden"</h3>
        <p class="hint-text">
            "Welke aanwijzing leidt tot welke? Minstens één verband. Het team mag het verband in beide richtingen leggen."
        </p>
        <ListProblems path="solution.chains" />
        <Rows len=len row={row(move |j: usize| view! {
            {
                let p = format!("solution.chains[{j}]");
                let name = Signal::derive(move || format!("Verband {}", j + 1));
                view! {
                    <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                        <legend>{name}</legend>
                        <ItemProblems path=p.clone() />
                        <SelectField
                            path=format!("{p}.from")
                            label="Deze aanwijzing"
                            none="Kies een aanwijzing"
                            lens=lens!(solution.chains[j].from)
                            choices=editor.clue_choices
                        />
                        <SelectField
                            path=format!("{p}.to")
                            label="leidt tot"
                            none="Kies een aanwijzing"
                            lens=lens!(solution.chains[j].to)
                            choices=editor.clue_choices
                        />
                        <TextField
                            path=format!("{p}.why")
                            label="Waarom?"
                            help="Het team ziet dit bij de nabespreking."
                            long=true
                            lens=lens!(solution.chains[j].why)
                        />
                        <ItemButtons
                            list="solution.chains"
                            index=j
                            name=name
                            len=len
                            on_move=Callback::new(move |step| {
                                editor.edit("", |s| {
                                    edit::move_item(&mut s.solution.chains, j, step);
                                });
                            })
                            on_remove=Callback::new(move |_| {
                                editor.edit("", |s| {
                                    edit::remove_at(&mut s.solution.chains, j);
                                });
                            })
                        />
                    </fieldset>
                }
            }
        }.into_any())} />
        <AddButton
            list="solution.chains"
            label="Verband toevoegen"
            on_add=Callback::new(move |_| {
                let mut at = 0;
                editor.edit("", |s| at = edit::add_chain(s));
                focus_later(field_id(&format!("solution.chains[{at}].from")));
            })
        />
    }
}

#[component]
fn ConceptList() -> impl IntoView {
    let editor = Editor::use_context();
    let len = Memo::new(move |_| editor.read(|s| s.solution.concepts.len()));
    view! {
        <h3>"Begrippen"</h3>
        <p class="hint-text">
            "Ideeën die een goede uitleg noemt. Een begrip telt als de uitleg van het team één van de woorden bevat. "
            "Hoofdletters maken niet uit. Mag leeg."
        </p>
        <Rows len=len row={row(move |j: usize| view! {
            {
                let p = format!("solution.concepts[{j}]");
                let name = Signal::derive(move || format!("Begrip {}", j + 1));
                let words_path = format!("{p}.words");
                view! {
                    <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                        <legend>{name}</legend>
                        <ItemProblems path=p.clone() />
                        <TextField path=format!("{p}.label") label="Naam van het begrip" lens=lens!(solution.concepts[j].label) />
                        <TextField
                            path=words_path
                            label="Woorden waaraan de app het begrip herkent"
                            help="Eén woord of woordgroep per regel. Een stukje van een woord telt ook: ‘begrijpelijk’ past ook op ‘onbegrijpelijk’."
                            long=true
                            lens=words(j)
                        />
                        <ItemButtons
                            list="solution.concepts"
                            index=j
                            name=name
                            len=len
                            on_move=Callback::new(move |step| {
                                editor.edit("", |s| {
                                    edit::move_item(&mut s.solution.concepts, j, step);
                                });
                            })
                            on_remove=Callback::new(move |_| {
                                editor.edit("", |s| {
                                    edit::remove_at(&mut s.solution.concepts, j);
                                });
                            })
                        />
                    </fieldset>
                }
            }
        }.into_any())} />
        <AddButton
            list="solution.concepts"
            label="Begrip toevoegen"
            on_add=Callback::new(move |_| {
                let mut at = 0;
                editor.edit("", |s| at = edit::add_concept(s));
                focus_later(field_id(&format!("solution.concepts[{at}].label")));
            })
        />
    }
}

/// The words of a concept as lines of text. Split on "\n" (not `lines()`), so
/// a new empty line survives while typing; empty words get a warning.
fn words(j: usize) -> Lens<String> {
    Lens::new(
        move |s| s.solution.concepts.get(j).map(|c| c.words.join("\n")),
        move |s, v: String| {
            if let Some(c) = s.solution.concepts.get_mut(j) {
                c.words = if v.is_empty() { Vec::new() } else { v.split('\n').map(str::to_string).collect() };
            }
        },
    )
}
