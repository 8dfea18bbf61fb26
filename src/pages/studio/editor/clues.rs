//! Section "Aanwijzingen": the clue cards, each a collapsible item whose
//! heading shows its title and number of problems. A closed item renders only
//! its heading, so a mystery with many clues stays quick to edit.

use std::collections::HashSet;

use leptos::prelude::*;

use super::fields::{
    choice, choice_options, field_id, flags, lens, row, AddButton, CheckGroup, IdField, ItemButtons, ItemProblems,
    Lens, ListProblems, NumberField, Rows, Section, SelectField, TextField,
};
use super::general::bouwsteen_labels;
use super::state::{count_text, numbered, Editor};
use crate::components::focus::focus_later;
use crate::domain::scenario::{Bouwsteen, ClueKind, Perspective, Relevance};
use crate::domain::studio::edit::{self, IdKind, Note};
use crate::domain::studio::plain::{self, RemovedCard};

/// The open clue items after removing item `removed`, or swapping `a` and `b`.
fn reindex(open: &HashSet<String>, map: impl Fn(usize) -> Option<usize>) -> HashSet<String> {
    open.iter()
        .filter_map(|p| {
            match super::fields::collapsible_item(p).and_then(|_| p[6..p.len() - 1].parse::<usize>().ok()) {
                Some(i) => map(i).map(|j| format!("clues[{j}]")),
                None => Some(p.clone()),
            }
        })
        .collect()
}

#[component]
pub fn CluesSection() -> impl IntoView {
    let editor = Editor::use_context();
    let len = Memo::new(move |_| editor.read(|s| s.clues.len()));
    let open_all = move |open: bool| {
        let all = (0..len.get_untracked()).map(|i| format!("clues[{i}]"));
        if open {
            editor.open.update(|o| o.extend(all));
        } else {
            editor.open.update(|o| o.retain(|p| !p.starts_with("clues[")));
        }
    };
    view! {
        <Section
            id="aanwijzingen"
            title="Aanwijzingen"
            prefixes=&["clues"]
            intro="De kaarten die het team ontdekt. Meestal 15 tot 30, minstens 3. Open een aanwijzing om hem te bewerken."
        >
            <ListProblems path="clues" />
            <div class="editor-toolbar-small">
                <button type="button" class="button small" on:click=move |_| open_all(true)>"Alles openen"</button>
                <button type="button" class="button small" on:click=move |_| open_all(false)>"Alles sluiten"</button>
            </div>
            <ol class="editor-clue-list">
                <Rows len=len row={row(move |i: usize| view! {
                    <ClueItem index=i len=len />
                }.into_any())} />
            </ol>
            <AddButton
                list="clues"
                label="Aanwijzing toevoegen"
                on_add=Callback::new(move |_| {
                    let mut at = 0;
                    editor.edit("", |s| at = edit::add_clue(s));
                    editor.set_open(&format!("clues[{at}]"), true);
                    focus_later(field_id(&format!("clues[{at}].title")));
                })
            />
        </Section>
    }
}

#[component]
fn ClueItem(index: usize, len: Memo<usize>) -> impl IntoView {
    let editor = Editor::use_context();
    let i = index;
    let p = format!("clues[{i}]");
    let name = Signal::derive(move || {
        editor.read(|s| numbered("Aanwijzing", i, s.clues.get(i).map(|c| c.title.as_str()).unwrap_or("")))
    });
    let count = {
        let p = p.clone();
        Memo::new(move |_| count_text(editor.count_under(&[p.as_str()])))
    };
    let is_open = {
        let p = p.clone();
        Memo::new(move |_| editor.is_open(&p))
    };
    let toggle = {
        let p = p.clone();
        move |_| editor.set_open(&p, !is_open.get_untracked())
    };
    let body_id = format!("{}-inhoud", field_id(&p));
    let asking = RwSignal::new(false);
    let add_button = format!("{}-nieuw", field_id("clues[]"));
    let remove = {
        move |_: ()| {
            let gone = editor.read_untracked(|s| s.clues.get(i).map(RemovedCard::of));
            let Some(gone) = gone else { return };
            // Remembered before the edit, so the autosave stores it with the draft.
            editor.removed.update(|r| plain::remember(r, gone.clone()));
            editor.edit_with_notes(|s| edit::remove_clue(s, i));
            // What now refers to nothing: texts that still name the card.
            let stale = editor.read_untracked(|s| plain::removed_card_mentions(s, std::slice::from_ref(&gone)));
            if !stale.is_empty() {
                let places = editor.read_untracked(|s| {
                    stale.iter().map(|p| super::summary::place(s, &p.path)).collect::<Vec<_>>().join(", ")
                });
                let text = format!("Deze teksten noemen {} nog: {places}. Pas ze aan.", plain::card_name(&gone.title));
                editor.notes.update(|n| n.push(Note { text, ids: vec![gone.id.clone()] }));
            }
            editor.open.update(|o| {
                *o = reindex(o, |k| {
                    if k == i {
                        None
                    } else if k > i {
                        Some(k - 1)
                    } else {
                        Some(k)
                    }
                });
            });
        }
    };
    let confirm_id = format!("{}-ja", field_id(&p));
    let question_id = format!("{}-vraag", field_id(&p));
    let references = move || editor.read(|s| plain::clue_references(s, i));
    let confirm = move || {
        asking.get().then(|| {
            let (confirm_id, question_id, add_button) = (confirm_id.clone(), question_id.clone(), add_button.clone());
            let labelled = question_id.clone();
            view! {
                <div class="confirm editor-confirm" role="group" aria-labelledby=labelled>
                    <p id=question_id>
                        {move || format!("{} verwijderen? Deze kaart wordt gebruikt in:", name.get())}
                    </p>
                    <ul>{move || references().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                    <p class="small">
                        "De kernaanwijzingen, verbanden en het wachten op deze kaart gaan mee weg. Teksten die de kaart noemen, moet je zelf aanpassen."
                    </p>
                    <button
                        type="button"
                        id=confirm_id
                        class="button primary"
                        on:click=move |_| {
                            asking.set(false);
                            remove(());
                            focus_later(add_button.clone());
                        }
                    >
                        "Ja, verwijder de kaart"
                    </button>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            asking.set(false);
                            focus_later(format!("{}-omlaag", field_id(&format!("clues[{i}]"))));
                        }
                    >
                        "Nee, laat staan"
                    </button>
                </div>
            }
        })
    };
    view! {
        <li class="editor-item editor-clue" class:editor-has-errors=move || !count.with(String::is_empty)>
            <h3 class="editor-item-heading">
                <button
                    type="button"
                    class="editor-disclosure"
                    id=field_id(&p)
                    aria-expanded=move || if is_open.get() { "true" } else { "false" }
                    aria-controls=body_id.clone()
                    on:click=toggle
                >
                    <span class="editor-arrow" aria-hidden="true">{move || if is_open.get() { "▾" } else { "▸" }}</span>
                    {name}
                    <span class="editor-count" class:editor-count-bad=move || !count.with(String::is_empty)>
                        {move || {
                            let text = count.get();
                            if text.is_empty() { String::new() } else { format!(" ({text})") }
                        }}
                    </span>
                </button>
            </h3>
            <div class="editor-item-actions">
                <ItemButtons
                    list="clues"
                    index=i
                    name=name
                    len=len
                    on_move=Callback::new(move |step: isize| {
                        editor.edit("", |s| {
                            edit::move_item(&mut s.clues, i, step);
                        });
                        let j = (i as isize + step) as usize;
                        editor.open.update(|o| *o = reindex(o, |k| Some(if k == i { j } else if k == j { i } else { k })));
                    })
                    asks=true
                    on_remove=Callback::new(move |_| {
                        if editor.read_untracked(|s| plain::clue_references(s, i)).is_empty() {
                            remove(());
                            focus_later(format!("{}-nieuw", field_id("clues[]")));
                        } else {
                            asking.set(true);
                            focus_later(format!("{}-ja", field_id(&format!("clues[{i}]"))));
                        }
                    })
                />
                <button
                    type="button"
                    class="button small"
                    aria-label=move || format!("{} kopiëren", name.get())
                    on:click=move |_| {
                        let mut at = None;
                        editor.edit("", |s| at = edit::duplicate_clue(s, i));
                        if let Some(at) = at {
                            editor.open.update(|o| *o = reindex(o, |k| Some(if k > i { k + 1 } else { k })));
                            editor.set_open(&format!("clues[{at}]"), true);
                            editor.notes.set(vec![format!("Kopie gemaakt: aanwijzing {}.", at + 1).into()]);
                            focus_later(field_id(&format!("clues[{at}].title")));
                        }
                    }
                >
                    "Kopiëren"
                </button>
            </div>
            {confirm}
            <div id=body_id class="editor-item-body">
                {move || is_open.get().then(|| view! { <ClueBody index=i /> })}
            </div>
        </li>
    }
}

#[component]
fn ClueBody(index: usize) -> impl IntoView {
    let editor = Editor::use_context();
    let i = index;
    let p = format!("clues[{i}]");
    let set_relevance = Callback::new(move |value: String| {
        if let Some(&r) = value.parse::<usize>().ok().and_then(|k| Relevance::ALL.get(k)) {
            editor.edit("", |s| edit::set_relevance(s, i, r));
        }
    });
    view! {
        <ItemProblems path=p.clone() />
        <TextField path=format!("{p}.title") label="Titel op de kaart" lens=lens!(clues[i].title) />
        <SelectField
            path=format!("{p}.kind")
            label="Soort kaart"
            help="Ervaring: iemand vertelt (kies dan wie). Document: een brief, formulier of folder. Feit: een feit of getal."
            lens=choice(lens!(clues[i].kind), &ClueKind::ALL)
            choices=choice_options(&ClueKind::ALL, ClueKind::label)
        />
        <SelectField
            path=format!("{p}.speaker")
            label="Wie vertelt dit?"
            help="Verplicht bij een ervaring. Bij een document mag je de afzender kiezen."
            none="Niemand"
            lens=lens!(clues[i].speaker).or_empty()
            choices=editor.character_choices
        />
        <TextField path=format!("{p}.text") label="Tekst op de kaart" long=true lens=lens!(clues[i].text) />
        <SelectField
            path=format!("{p}.relevance")
            label="Belang voor de oplossing"
            help="Spelers zien dit pas bij het resultaat. Alle kernaanwijzingen samen vormen het antwoord."
            lens=choice(lens!(clues[i].relevance), &Relevance::ALL)
            choices=choice_options(&Relevance::ALL, Relevance::explained)
            on_pick=set_relevance
        />
        <SelectField
            path=format!("{p}.category")
            label="Categorie"
            help="Waar het team deze kaart hoort te leggen. Een dwaalspoor heeft geen categorie."
            none="Geen categorie"
            lens=lens!(clues[i].category).or_empty()
            choices=editor.category_choices
        />
        <fieldset class="editor-group" id=field_id(&format!("{p}.unlock")) tabindex="-1">
            <legend>"Wanneer komt de kaart vrij?"</legend>
            <ItemProblems path=format!("{p}.unlock") />
            <NumberField
                path=format!("{p}.unlock.round")
                label="Vanaf ronde"
                help="Het team onderzoekt in rondes. Ronde 1 is het begin (1 tot en met 10)."
                required=true
                lens=lens!(clues[i].unlock.round).some()
            />
            <AfterList index=i />
        </fieldset>
        <CheckGroup
            path=format!("{p}.bouwstenen")
            legend="Bouwstenen van deze kaart"
            help="Minstens één. Ze moeten ook bij ‘Bouwstenen in dit mysterie’ staan."
            lens=flags(lens!(clues[i].bouwstenen), &Bouwsteen::ALL)
            labels=bouwsteen_labels()
        />
        <CheckGroup
            path=format!("{p}.perspectives")
            legend="Perspectieven"
            help="Vanuit welke kant van de perspectiefcirkel kijk je naar deze kaart? Minstens één."
            lens=flags(lens!(clues[i].perspectives), &Perspective::ALL)
            labels=Perspective::ALL.iter().map(|x| x.label()).collect()
        />
        <TextField
            path=format!("{p}.source")
            label="Bron in de handreiking (mag leeg)"
            help="Alleen het paragraafnummer, zoals 5.2."
            lens=lens!(clues[i].source).or_empty()
        />
        <SelectField
            path=format!("{p}.deal_to")
            label="Samen spelen: kaart voor spelersrol"
            help="De kaart gaat naar een speler met deze rol. Spelersrollen maak je onder ‘Samen spelen’."
            none="Iedereen (willekeurig)"
            lens=lens!(clues[i].deal_to).or_empty()
            choices=editor.role_choices
        />
        <TextField
            path=format!("{p}.audio")
            label="Samen spelen: geluidsbestand (mag leeg)"
            help="Een bestand in de map mysteries, zoals audio/brief.mp3. Het speelt in plaats van voorlezen."
            lens=lens!(clues[i].audio).or_empty()
        />
        <IdField path=format!("{p}.id") kind=IdKind::Clue index=i />
    }
}

/// `unlock.after`: the clues that must be uncovered first, one select each.
#[component]
fn AfterList(index: usize) -> impl IntoView {
    let editor = Editor::use_context();
    let i = index;
    let len = Memo::new(move |_| editor.read(|s| s.clues.get(i).map_or(0, |c| c.unlock.after.len())));
    let list = format!("clues[{i}].unlock.after");
    view! {
        <div class="editor-list">
            <p class="hint-text">
                "Komt de kaart pas vrij als het team andere kaarten al heeft ontdekt? Kies die kaarten hier. "
                "Geen keuze: de kaart wacht nergens op."
            </p>
            <Rows len=len row={row(move |j: usize| view! {
                {
                    let path = format!("clues[{i}].unlock.after[{j}]");
                    let remove_name = format!("Wachten op kaart {} weghalen", j + 1);
                    view! {
                        <div class="editor-list-item editor-row">
                            <SelectField
                                path=path
                                label=format!("Wacht op kaart {}", j + 1)
                                lens=Lens::new(
                                    move |s| s.clues.get(i)?.unlock.after.get(j).cloned(),
                                    move |s, v| {
                                        if let Some(x) = s.clues.get_mut(i).and_then(|c| c.unlock.after.get_mut(j)) {
                                            *x = v;
                                        }
                                    },
                                )
                                choices=editor.clue_choices
                            />
                            <button
                                type="button"
                                class="button small editor-remove"
                                on:click=move |_| {
                                    editor.edit("", |s| {
                                        if let Some(c) = s.clues.get_mut(i) {
                                            edit::remove_at(&mut c.unlock.after, j);
                                        }
                                    });
                                    focus_later(format!("{}-nieuw", field_id(&format!("clues[{i}].unlock.after[]"))));
                                }
                            >
                                {remove_name}
                            </button>
                        </div>
                    }
                }
            }.into_any())} />
            <AddButton
                list=list
                label="Laat deze kaart wachten op een andere kaart"
                on_add=Callback::new(move |_| {
                    let mut at = None;
                    editor.edit("", |s| {
                        let Some(clue) = s.clues.get(i) else { return };
                        let own = clue.id.clone();
                        let taken = clue.unlock.after.clone();
                        let pick = s.clues.iter().map(|c| c.id.clone()).find(|id| *id != own && !taken.contains(id));
                        if let (Some(pick), Some(clue)) = (pick, s.clues.get_mut(i)) {
                            clue.unlock.after.push(pick);
                            at = Some(clue.unlock.after.len() - 1);
                        }
                    });
                    match at {
                        Some(j) => focus_later(field_id(&format!("clues[{i}].unlock.after[{j}]"))),
                        None => editor.notes.set(vec!["Er is geen andere kaart meer om op te wachten.".into()]),
                    }
                })
            />
        </div>
    }
}
