//! Section "Hints": help the team can ask for in one phase, at a cost.

use leptos::prelude::*;

use super::fields::{
    choice, choice_options, item, lens, IdField, ItemList, ListSpec, NumberField, Section, SelectField, TextField,
};
use crate::domain::scenario::Phase;
use crate::domain::studio::edit::{self, IdKind};

/// The phases in which a hint can be asked for.
const HINTS: ListSpec = ListSpec {
    list: "hints",
    noun: "Hint",
    add_label: "Hint toevoegen",
    len: |s| s.hints.len(),
    add: edit::add_hint,
    focus: ".text",
    move_item: |s, i, step| {
        edit::move_item(&mut s.hints, i, step);
    },
    remove: |s, i| {
        edit::remove_at(&mut s.hints, i);
    },
};

#[component]
pub fn HintsSection() -> impl IntoView {
    view! {
        <Section
            id="hints"
            title="Hints"
            prefixes=&["hints"]
            intro="Hulp die het team kan vragen als het vastloopt. Een hint kost punten. Mag leeg."
        >
            <ItemList spec=HINTS fields=item(|i, p| view! {
                <SelectField
                    path=format!("{p}.phase")
                    label="In welke fase?"
                    lens=choice(lens!(hints[i].phase), &Phase::WITH_HINTS)
                    choices=choice_options(&Phase::WITH_HINTS, Phase::label)
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
            }.into_any()) />
        </Section>
    }
}
