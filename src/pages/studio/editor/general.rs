//! Sections "Algemeen" (library card: id, title, bouwstenen, duration, group)
//! and "Casus" (the case and the central question), plus the reusable list of
//! texts (paragraphs, questions).

use leptos::prelude::*;

use super::fields::{
    choice, choice_options, flags, lens, row, AddButton, CheckGroup, ItemButtons, ItemProblems, Lens, ListProblems,
    NumberField, Rows, Section, SelectField, TextField,
};
use super::state::Editor;
use crate::components::focus::focus_later;
use crate::domain::scenario::{Bouwsteen, Scenario};
use crate::domain::studio::edit;

pub fn bouwsteen_labels() -> Vec<&'static str> {
    Bouwsteen::ALL.iter().map(|b| b.label()).collect()
}

#[component]
pub fn GeneralSection() -> impl IntoView {
    view! {
        <Section
            id="algemeen"
            title="Algemeen"
            prefixes=&["id", "title", "summary", "main_bouwsteen", "bouwstenen", "duration_minutes", "group_size", "format_version"]
            intro="Dit zien spelers in de bibliotheek."
        >
            <TextField path="title" label="Titel" lens=lens!(title) />
            <TextField
                path="summary"
                label="Samenvatting"
                help="Eén of twee zinnen: waar gaat het mysterie over?"
                long=true
                lens=lens!(summary)
            />
            <TextField
                path="id"
                label="Id van het mysterie"
                help="Een korte naam voor de app en de bestandsnaam: kleine letters, cijfers en streepjes, bijvoorbeeld ‘de-brief’. Een opgeslagen spel hoort bij dit id."
                lens=lens!(id)
            />
            <SelectField
                path="main_bouwsteen"
                label="Hoofdbouwsteen"
                help="De bouwsteen waar het mysterie vooral over gaat."
                lens=choice(lens!(main_bouwsteen), &Bouwsteen::ALL)
                choices=choice_options(&Bouwsteen::ALL, Bouwsteen::label)
            />
            <CheckGroup
                path="bouwstenen"
                legend="Bouwstenen in dit mysterie"
                help="Alle bouwstenen die voorkomen, de hoofdbouwsteen ook."
                lens=flags(lens!(bouwstenen), &Bouwsteen::ALL)
                labels=bouwsteen_labels()
            />
            <NumberField
                path="duration_minutes"
                label="Speelduur in minuten"
                help="Alle fases samen: 10 tot en met 240 minuten."
                required=true
                lens=lens!(duration_minutes).some()
            />
            <fieldset class="editor-group editor-row" id="veld-group_size" tabindex="-1">
                <legend>"Groepsgrootte"</legend>
                <NumberField path="group_size.min" label="Minstens" required=true lens=lens!(group_size.min).some() />
                <NumberField path="group_size.max" label="Hoogstens" required=true lens=lens!(group_size.max).some() />
                <ItemProblems path="group_size" />
            </fieldset>
        </Section>
    }
}

#[component]
pub fn CaseSection() -> impl IntoView {
    view! {
        <Section
            id="casus"
            title="Casus en centrale vraag"
            prefixes=&["case", "central_question"]
            intro="De casus lezen spelers aan het begin. Vertel hem vanuit de inwoner."
        >
            <TextField path="case.title" label="Titel van de casus" lens=lens!(case.title) />
            <TextList
                list="case.paragraphs"
                noun="Alinea"
                add="Alinea toevoegen"
                items=|s| &s.case.paragraphs
                items_mut=|s| &mut s.case.paragraphs
            />
            <TextField
                path="central_question"
                label="Centrale vraag"
                help="De vraag die het team moet beantwoorden. Het antwoord staat niet op één kaart."
                long=true
                lens=lens!(central_question)
            />
        </Section>
    }
}

/// A list of texts (paragraphs or questions) with add, move and remove.
#[component]
pub fn TextList(
    list: &'static str,
    noun: &'static str,
    add: &'static str,
    items: fn(&Scenario) -> &Vec<String>,
    items_mut: fn(&mut Scenario) -> &mut Vec<String>,
) -> impl IntoView {
    let editor = Editor::use_context();
    let len = Memo::new(move |_| editor.read(|s| items(s).len()));
    view! {
        <div class="editor-list">
            <ListProblems path=list />
            <Rows len=len row={row(move |i: usize| view! {
                <div class="editor-list-item">
                    <TextField
                        path=format!("{list}[{i}]")
                        label=format!("{noun} {}", i + 1)
                        long=true
                        lens=Lens::new(
                            move |s| items(s).get(i).cloned(),
                            move |s, v| {
                                if let Some(x) = items_mut(s).get_mut(i) {
                                    *x = v;
                                }
                            },
                        )
                    />
                    <ItemButtons
                        list=list
                        index=i
                        name=Signal::derive(move || format!("{noun} {}", i + 1))
                        len=len
                        on_move=Callback::new(move |step| {
                            editor.edit("", |s| {
                                edit::move_item(items_mut(s), i, step);
                            });
                        })
                        on_remove=Callback::new(move |_| {
                            editor.edit("", |s| {
                                edit::remove_at(items_mut(s), i);
                            });
                        })
                    />
                </div>
            }.into_any())} />
            <AddButton
                list=list
                label=add
                on_add=Callback::new(move |_| {
                    let mut at = 0;
                    editor.edit("", |s| {
                        items_mut(s).push(String::new());
                        at = items_mut(s).len() - 1;
                    });
                    focus_later(super::fields::field_id(&format!("{list}[{at}]")));
                })
            />
        </div>
    }
}
