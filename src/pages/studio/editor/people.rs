//! Sections "Personen" (who speaks in the clues) and "Categorieën" (the
//! groups for Ordenen). Removing either clears the references to it; the
//! notes say which clues need a new choice.

use leptos::prelude::*;

use super::fields::{
    choice, choice_options, field_id, lens, row, AddButton, IdField, ItemButtons, ItemProblems, ListProblems, Rows,
    Section, SelectField, TextField,
};
use super::state::{numbered, Editor};
use crate::components::focus::focus_later;
use crate::components::portrait::PortraitBadge;
use crate::domain::portrait::{portrait_of, NAMED_HUES};
use crate::domain::scenario::{CharacterKind, Sorting};
use crate::domain::studio::edit::{self, IdKind};

/// "Automatisch" and the colours of `portrait::NAMED_HUES`, in that order.
const PORTRAIT_HUES: [Option<u16>; 13] = [
    None,
    Some(0),
    Some(30),
    Some(60),
    Some(90),
    Some(120),
    Some(150),
    Some(180),
    Some(210),
    Some(240),
    Some(270),
    Some(300),
    Some(330),
];

fn hue_label(hue: Option<u16>) -> &'static str {
    match hue {
        None => "Automatisch: de app kiest",
        Some(h) => NAMED_HUES.iter().find(|(x, _)| *x == h).map_or("Eigen kleur", |(_, name)| name),
    }
}

#[component]
pub fn CharactersSection() -> impl IntoView {
    let editor = Editor::use_context();
    let len = Memo::new(move |_| editor.read(|s| s.characters.len()));
    view! {
        <Section
            id="personen"
            title="Personen"
            prefixes=&["characters"]
            intro="De mensen die in de aanwijzingen aan het woord komen: inwoners en uitvoerders."
        >
            <ListProblems path="characters" />
            <Rows len=len row={row(move |i: usize| view! {
                {
                    let name = Signal::derive(move || {
                        editor.read(|s| numbered("Persoon", i, s.characters.get(i).map(|c| c.name.as_str()).unwrap_or("")))
                    });
                    let p = format!("characters[{i}]");
                    view! {
                        <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                            <legend>{name}</legend>
                            <ItemProblems path=p.clone() />
                            <TextField path=format!("{p}.name") label="Naam" lens=lens!(characters[i].name) />
                            <SelectField
                                path=format!("{p}.kind")
                                label="Soort"
                                help="Een uitvoerder werkt voor een organisatie, zoals de gemeente."
                                lens=choice(lens!(characters[i].kind), &CharacterKind::ALL)
                                choices=choice_options(&CharacterKind::ALL, CharacterKind::label)
                            />
                            <TextField
                                path=format!("{p}.role")
                                label="Wie is dit?"
                                help="Kort, bijvoorbeeld ‘schuldhulpverlener’ of ‘moeder van twee kinderen’."
                                lens=lens!(characters[i].role)
                            />
                            <TextField
                                path=format!("{p}.organisation")
                                label="Organisatie"
                                help="Waar deze persoon werkt. Verplicht bij een uitvoerder."
                                lens=lens!(characters[i].organisation).or_empty()
                            />
                            <div class="portrait-pick">
                                // The portrait as cards, the intro and the printed set show it.
                                {move || {
                                    editor
                                        .read(|s| s.characters.get(i).and_then(|c| portrait_of(s, &c.id)))
                                        .map(|portrait| view! { <PortraitBadge portrait=portrait size=48 /> })
                                }}
                                <SelectField
                                    path=format!("{p}.portrait_hue")
                                    label="Kleur van het portret"
                                    help="Inwoners hebben een rond portret, uitvoerders een naambadge. Bij ‘Automatisch’ krijgt ieder een andere kleur."
                                    lens=choice(lens!(characters[i].portrait_hue), &PORTRAIT_HUES)
                                    choices=choice_options(&PORTRAIT_HUES, hue_label)
                                />
                            </div>
                            <IdField path=format!("{p}.id") kind=IdKind::Character index=i />
                            <ItemButtons
                                list="characters"
                                index=i
                                name=name
                                len=len
                                on_move=Callback::new(move |step| {
                                    editor.edit("", |s| {
                                        edit::move_item(&mut s.characters, i, step);
                                    });
                                })
                                on_remove=Callback::new(move |_| editor.edit_with_notes(|s| edit::remove_character(s, i)))
                            />
                        </fieldset>
                    }
                }
            }.into_any())} />
            <AddButton
                list="characters"
                label="Persoon toevoegen"
                on_add=Callback::new(move |_| {
                    let mut at = 0;
                    editor.edit("", |s| at = edit::add_character(s));
                    focus_later(field_id(&format!("characters[{at}].name")));
                })
            />
        </Section>
    }
}

#[component]
pub fn CategoriesSection() -> impl IntoView {
    let editor = Editor::use_context();
    let len = Memo::new(move |_| editor.read(|s| s.categories.len()));
    view! {
        <Section
            id="categorieen"
            title="Categorieën"
            prefixes=&["categories", "sorting"]
            intro="In de fase Ordenen legt het team elke kaart in een groep, of apart als dwaalspoor. Minstens 2 categorieën."
        >
            <SelectField
                path="sorting"
                label="Hoe ordent het team?"
                help="Open: het team maakt en noemt zelf groepen; uw categorieën zijn een tip die het team kan opvragen, en de indeling telt niet mee. Gestuurd: het team sorteert in uw categorieën, en dat telt mee."
                lens=choice(lens!(sorting), &Sorting::ALL)
                choices=choice_options(&Sorting::ALL, Sorting::label)
            />
            <ListProblems path="categories" />
            <Rows len=len row={row(move |i: usize| view! {
                {
                    let name = Signal::derive(move || {
                        editor.read(|s| numbered("Categorie", i, s.categories.get(i).map(|c| c.name.as_str()).unwrap_or("")))
                    });
                    let p = format!("categories[{i}]");
                    view! {
                        <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                            <legend>{name}</legend>
                            <ItemProblems path=p.clone() />
                            <TextField path=format!("{p}.name") label="Naam" lens=lens!(categories[i].name) />
                            <TextField
                                path=format!("{p}.description")
                                label="Uitleg (mag leeg)"
                                lens=lens!(categories[i].description)
                            />
                            <IdField path=format!("{p}.id") kind=IdKind::Category index=i />
                            <ItemButtons
                                list="categories"
                                index=i
                                name=name
                                len=len
                                on_move=Callback::new(move |step| {
                                    editor.edit("", |s| {
                                        edit::move_item(&mut s.categories, i, step);
                                    });
                                })
                                on_remove=Callback::new(move |_| editor.edit_with_notes(|s| edit::remove_category(s, i)))
                            />
                        </fieldset>
                    }
                }
            }.into_any())} />
            <AddButton
                list="categories"
                label="Categorie toevoegen"
                on_add=Callback::new(move |_| {
                    let mut at = 0;
                    editor.edit("", |s| at = edit::add_category(s));
                    focus_later(field_id(&format!("categories[{at}].name")));
                })
            />
        </Section>
    }
}
