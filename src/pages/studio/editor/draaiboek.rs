//! Section "Draaiboek": ready-made session plans (minutes per phase for a
//! session of 60 or 90 minutes) and the facilitator sheet (learning goals, the
//! script per phase, probe questions for ambiguous clues, misconceptions and an
//! example answer per SOLO level). Nothing here is shown to a team.

use leptos::prelude::*;

use super::fields::{
    choice, choice_options, field_id, row, AddButton, ItemButtons, ItemProblems, Lens, ListProblems, NumberField, Rows,
    Section, SelectField, TextField,
};
use super::samen::{minutes_mut, phase_key};
use super::state::Editor;
use crate::components::focus::focus_later;
use crate::domain::scenario::{FacilitatorSheet, Misconception, Phase, Scenario};
use crate::domain::scoring::SoloLevel;
use crate::domain::studio::edit;

/// Read a value from the facilitator sheet, if the mystery has one.
fn on_sheet<T>(s: &Scenario, f: impl FnOnce(&FacilitatorSheet) -> Option<T>) -> Option<T> {
    s.facilitator.as_ref().and_then(f)
}

/// The number of items in one list of the sheet.
fn sheet_len(editor: Editor, f: fn(&FacilitatorSheet) -> usize) -> Memo<usize> {
    Memo::new(move |_| editor.read(|s| s.facilitator.as_ref().map_or(0, f)))
}

/// A text in one list of the sheet, as a lens for [`TextField`].
fn sheet_text(
    i: usize,
    get: fn(&FacilitatorSheet, usize) -> Option<String>,
    set: fn(&mut FacilitatorSheet, usize, String),
) -> Lens<String> {
    Lens::new(move |s| on_sheet(s, |f| get(f, i)), move |s, v| set(edit::sheet_mut(s), i, v))
}

const LEVELS: [u8; 4] = [1, 2, 3, 4];

fn level_label(level: u8) -> String {
    let label = match level {
        1 => SoloLevel::Unistructureel.label(),
        2 => SoloLevel::Multistructureel.label(),
        3 => SoloLevel::Relationeel.label(),
        _ => SoloLevel::UitgebreidAbstract.label(),
    };
    format!("Niveau {level}: {label}")
}

#[component]
pub fn DraaiboekSection() -> impl IntoView {
    view! {
        <Section
            id="draaiboek"
            title="Draaiboek voor de trainer"
            prefixes=&["session_plans", "facilitator"]
            intro="Alleen voor de trainer: op het scherm van de begeleider en in de afgedrukte kaartenset. Alles hier mag leeg."
        >
            <SessionPlans />
            <LearningGoals />
            <Script />
            <Probes />
            <Misconceptions />
            <ExampleAnswers />
        </Section>
    }
}

#[component]
fn SessionPlans() -> impl IntoView {
    let editor = Editor::use_context();
    let len = Memo::new(move |_| editor.read(|s| s.session_plans.len()));
    view! {
        <h3>"Sessieplannen"</h3>
        <p class="hint-text">
            "Minuten per fase voor een sessie van een vaste lengte, bijvoorbeeld 60 en 90 minuten. Vul elke fase in: samen precies de lengte van de sessie."
        </p>
        <ListProblems path="session_plans" />
        <Rows len=len row={row(move |i: usize| view! {
            {
                let p = format!("session_plans[{i}]");
                let name = Signal::derive(move || {
                    editor.read(|s| match s.session_plans.get(i) {
                        Some(plan) => format!("Sessieplan {}: {} minuten", i + 1, plan.minutes),
                        None => format!("Sessieplan {}", i + 1),
                    })
                });
                view! {
                    <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                        <legend>{name}</legend>
                        <ItemProblems path=p.clone() />
                        <NumberField
                            path=format!("{p}.minutes")
                            label="Lengte van de sessie (minuten)"
                            required=true
                            lens=Lens::new(
                                move |s: &Scenario| s.session_plans.get(i).map(|plan| plan.minutes),
                                move |s: &mut Scenario, v| {
                                    if let Some(plan) = s.session_plans.get_mut(i) {
                                        plan.minutes = v;
                                    }
                                },
                            )
                            .some()
                        />
                        <div class="editor-row editor-wrap" id=field_id(&format!("{p}.phases")) tabindex="-1">
                            {Phase::ALL
                                .into_iter()
                                .map(|phase| {
                                    view! {
                                        <NumberField
                                            path=format!("{p}.phases.{}", phase_key(phase))
                                            label=phase.label()
                                            lens=Lens::new(
                                                move |s: &Scenario| s.session_plans.get(i).map(|plan| plan.phases.get(phase)),
                                                move |s: &mut Scenario, v| {
                                                    if let Some(plan) = s.session_plans.get_mut(i) {
                                                        *minutes_mut(&mut plan.phases, phase) = v;
                                                    }
                                                },
                                            )
                                        />
                                    }
                                })
                                .collect_view()}
                        </div>
                        <ItemProblems path=format!("{p}.phases") />
                        <ItemButtons
                            list="session_plans"
                            index=i
                            name=name
                            len=len
                            on_move=Callback::new(move |step| {
                                editor.edit("", |s| {
                                    edit::move_item(&mut s.session_plans, i, step);
                                });
                            })
                            on_remove=Callback::new(move |_| {
                                editor.edit("", |s| {
                                    edit::remove_at(&mut s.session_plans, i);
                                });
                            })
                        />
                    </fieldset>
                }
            }
        }.into_any())} />
        <AddButton
            list="session_plans"
            label="Sessieplan toevoegen"
            on_add=Callback::new(move |_| {
                let mut at = 0;
                editor.edit("", |s| at = edit::add_session_plan(s));
                focus_later(field_id(&format!("session_plans[{at}].minutes")));
            })
        />
    }
}

#[component]
fn LearningGoals() -> impl IntoView {
    let editor = Editor::use_context();
    let len = sheet_len(editor, |f| f.learning_goals.len());
    view! {
        <h3>"Leerdoelen"</h3>
        <p class="hint-text">"Wat deelnemers leren, in 2 tot 5 korte zinnen."</p>
        <ListProblems path="facilitator.learning_goals" />
        <Rows len=len row={row(move |i: usize| view! {
            {
                let p = format!("facilitator.learning_goals[{i}]");
                let name = Signal::derive(move || format!("Leerdoel {}", i + 1));
                view! {
                    <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                        <legend>{name}</legend>
                        <TextField
                            path=p.clone()
                            label="Leerdoel"
                            lens=sheet_text(i, |f, i| f.learning_goals.get(i).cloned(), |f, i, v| {
                                if let Some(g) = f.learning_goals.get_mut(i) {
                                    *g = v;
                                }
                            })
                        />
                        <ItemButtons
                            list="facilitator.learning_goals"
                            index=i
                            name=name
                            len=len
                            on_move=Callback::new(move |step| {
                                editor.edit("", |s| {
                                    edit::move_item(&mut edit::sheet_mut(s).learning_goals, i, step);
                                });
                            })
                            on_remove=Callback::new(move |_| {
                                editor.edit("", |s| {
                                    edit::remove_at(&mut edit::sheet_mut(s).learning_goals, i);
                                    edit::tidy_sheet(s);
                                });
                            })
                        />
                    </fieldset>
                }
            }
        }.into_any())} />
        <AddButton
            list="facilitator.learning_goals"
            label="Leerdoel toevoegen"
            on_add=Callback::new(move |_| {
                let mut at = 0;
                editor.edit("", |s| {
                    let goals = &mut edit::sheet_mut(s).learning_goals;
                    goals.push(String::new());
                    at = goals.len() - 1;
                });
                focus_later(field_id(&format!("facilitator.learning_goals[{at}]")));
            })
        />
    }
}

#[component]
fn Script() -> impl IntoView {
    let editor = Editor::use_context();
    let len = sheet_len(editor, |f| f.script.len());
    view! {
        <h3>"Zo leid je de sessie"</h3>
        <p class="hint-text">"Wat de trainer zegt en doet, per fase, in de volgorde van het spel."</p>
        <ListProblems path="facilitator.script" />
        <Rows len=len row={row(move |i: usize| view! {
            {
                let p = format!("facilitator.script[{i}]");
                let name = Signal::derive(move || format!("Stap {}", i + 1));
                view! {
                    <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                        <legend>{name}</legend>
                        <ItemProblems path=p.clone() />
                        <SelectField
                            path=format!("{p}.phase")
                            label="Fase"
                            lens=choice(
                                Lens::new(
                                    move |s: &Scenario| on_sheet(s, |f| f.script.get(i).map(|st| st.phase)),
                                    move |s: &mut Scenario, v| {
                                        if let Some(st) = edit::sheet_mut(s).script.get_mut(i) {
                                            st.phase = v;
                                        }
                                    },
                                ),
                                &Phase::ALL,
                            )
                            choices=choice_options(&Phase::ALL, Phase::label)
                        />
                        <TextField
                            path=format!("{p}.text")
                            label="Wat de trainer zegt en doet"
                            long=true
                            lens=sheet_text(i, |f, i| f.script.get(i).map(|st| st.text.clone()), |f, i, v| {
                                if let Some(st) = f.script.get_mut(i) {
                                    st.text = v;
                                }
                            })
                        />
                        <ItemButtons
                            list="facilitator.script"
                            index=i
                            name=name
                            len=len
                            on_move=Callback::new(move |step| {
                                editor.edit("", |s| {
                                    edit::move_item(&mut edit::sheet_mut(s).script, i, step);
                                });
                            })
                            on_remove=Callback::new(move |_| {
                                editor.edit("", |s| {
                                    edit::remove_at(&mut edit::sheet_mut(s).script, i);
                                    edit::tidy_sheet(s);
                                });
                            })
                        />
                    </fieldset>
                }
            }
        }.into_any())} />
        <AddButton
            list="facilitator.script"
            label="Stap toevoegen"
            on_add=Callback::new(move |_| {
                let mut at = 0;
                editor.edit("", |s| at = edit::add_script_step(s));
                focus_later(field_id(&format!("facilitator.script[{at}].text")));
            })
        />
    }
}

#[component]
fn Probes() -> impl IntoView {
    let editor = Editor::use_context();
    let len = sheet_len(editor, |f| f.probes.len());
    view! {
        <h3>"Doorvragen bij twijfelkaarten"</h3>
        <p class="hint-text">"Bij elke twijfelkaart één vraag waarmee je het gesprek over die kaart opent."</p>
        <ListProblems path="facilitator.probes" />
        <Rows len=len row={row(move |i: usize| view! {
            {
                let p = format!("facilitator.probes[{i}]");
                let name = Signal::derive(move || format!("Doorvraag {}", i + 1));
                view! {
                    <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                        <legend>{name}</legend>
                        <ItemProblems path=p.clone() />
                        <SelectField
                            path=format!("{p}.clue")
                            label="Bij kaart"
                            none="Kies een aanwijzing"
                            lens=sheet_text(i, |f, i| f.probes.get(i).map(|pr| pr.clue.clone()), |f, i, v| {
                                if let Some(pr) = f.probes.get_mut(i) {
                                    pr.clue = v;
                                }
                            })
                            choices=editor.clue_choices
                        />
                        <TextField
                            path=format!("{p}.question")
                            label="Vraag"
                            long=true
                            lens=sheet_text(i, |f, i| f.probes.get(i).map(|pr| pr.question.clone()), |f, i, v| {
                                if let Some(pr) = f.probes.get_mut(i) {
                                    pr.question = v;
                                }
                            })
                        />
                        <ItemButtons
                            list="facilitator.probes"
                            index=i
                            name=name
                            len=len
                            on_move=Callback::new(move |step| {
                                editor.edit("", |s| {
                                    edit::move_item(&mut edit::sheet_mut(s).probes, i, step);
                                });
                            })
                            on_remove=Callback::new(move |_| {
                                editor.edit("", |s| {
                                    edit::remove_at(&mut edit::sheet_mut(s).probes, i);
                                    edit::tidy_sheet(s);
                                });
                            })
                        />
                    </fieldset>
                }
            }
        }.into_any())} />
        <AddButton
            list="facilitator.probes"
            label="Doorvraag toevoegen"
            on_add=Callback::new(move |_| {
                let mut at = 0;
                editor.edit("", |s| at = edit::add_probe(s));
                focus_later(field_id(&format!("facilitator.probes[{at}].question")));
            })
        />
    }
}

#[component]
fn Misconceptions() -> impl IntoView {
    let editor = Editor::use_context();
    let len = sheet_len(editor, |f| f.misconceptions.len());
    view! {
        <h3>"Misvattingen"</h3>
        <p class="hint-text">"Wat deelnemers vaak denken, en wat je dan zegt of vraagt."</p>
        <ListProblems path="facilitator.misconceptions" />
        <Rows len=len row={row(move |i: usize| view! {
            {
                let p = format!("facilitator.misconceptions[{i}]");
                let name = Signal::derive(move || format!("Misvatting {}", i + 1));
                view! {
                    <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                        <legend>{name}</legend>
                        <TextField
                            path=format!("{p}.belief")
                            label="Wat deelnemers denken"
                            lens=sheet_text(i, |f, i| f.misconceptions.get(i).map(|m| m.belief.clone()), |f, i, v| {
                                if let Some(m) = f.misconceptions.get_mut(i) {
                                    m.belief = v;
                                }
                            })
                        />
                        <TextField
                            path=format!("{p}.response")
                            label="Wat je dan zegt of vraagt"
                            long=true
                            lens=sheet_text(i, |f, i| f.misconceptions.get(i).map(|m| m.response.clone()), |f, i, v| {
                                if let Some(m) = f.misconceptions.get_mut(i) {
                                    m.response = v;
                                }
                            })
                        />
                        <ItemButtons
                            list="facilitator.misconceptions"
                            index=i
                            name=name
                            len=len
                            on_move=Callback::new(move |step| {
                                editor.edit("", |s| {
                                    edit::move_item(&mut edit::sheet_mut(s).misconceptions, i, step);
                                });
                            })
                            on_remove=Callback::new(move |_| {
                                editor.edit("", |s| {
                                    edit::remove_at(&mut edit::sheet_mut(s).misconceptions, i);
                                    edit::tidy_sheet(s);
                                });
                            })
                        />
                    </fieldset>
                }
            }
        }.into_any())} />
        <AddButton
            list="facilitator.misconceptions"
            label="Misvatting toevoegen"
            on_add=Callback::new(move |_| {
                let mut at = 0;
                editor.edit("", |s| {
                    let list = &mut edit::sheet_mut(s).misconceptions;
                    list.push(Misconception { belief: String::new(), response: String::new() });
                    at = list.len() - 1;
                });
                focus_later(field_id(&format!("facilitator.misconceptions[{at}].belief")));
            })
        />
    }
}

#[component]
fn ExampleAnswers() -> impl IntoView {
    let editor = Editor::use_context();
    let len = sheet_len(editor, |f| f.example_answers.len());
    let levels: Vec<(String, String)> = LEVELS.iter().map(|l| (l.to_string(), level_label(*l))).collect();
    let levels = Signal::derive(move || levels.clone());
    view! {
        <h3>"Voorbeeldantwoorden per niveau"</h3>
        <p class="hint-text">
            "Een antwoord op de centrale vraag voor elk niveau van 1 tot en met 4. Zo kan de trainer een antwoord vergelijken."
        </p>
        <ListProblems path="facilitator.example_answers" />
        <Rows len=len row={row(move |i: usize| view! {
            {
                let p = format!("facilitator.example_answers[{i}]");
                let name = Signal::derive(move || format!("Voorbeeldantwoord {}", i + 1));
                view! {
                    <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                        <legend>{name}</legend>
                        <ItemProblems path=p.clone() />
                        <SelectField
                            path=format!("{p}.level")
                            label="Niveau"
                            lens=Lens::new(
                                move |s: &Scenario| on_sheet(s, |f| f.example_answers.get(i).map(|a| a.level.to_string())),
                                move |s: &mut Scenario, v: String| {
                                    if let (Ok(level), Some(a)) = (v.parse(), edit::sheet_mut(s).example_answers.get_mut(i)) {
                                        a.level = level;
                                    }
                                },
                            )
                            choices=levels
                        />
                        <TextField
                            path=format!("{p}.text")
                            label="Antwoord"
                            long=true
                            lens=sheet_text(i, |f, i| f.example_answers.get(i).map(|a| a.text.clone()), |f, i, v| {
                                if let Some(a) = f.example_answers.get_mut(i) {
                                    a.text = v;
                                }
                            })
                        />
                        <ItemButtons
                            list="facilitator.example_answers"
                            index=i
                            name=name
                            len=len
                            on_move=Callback::new(move |step| {
                                editor.edit("", |s| {
                                    edit::move_item(&mut edit::sheet_mut(s).example_answers, i, step);
                                });
                            })
                            on_remove=Callback::new(move |_| {
                                editor.edit("", |s| {
                                    edit::remove_at(&mut edit::sheet_mut(s).example_answers, i);
                                    edit::tidy_sheet(s);
                                });
                            })
                        />
                    </fieldset>
                }
            }
        }.into_any())} />
        <AddButton
            list="facilitator.example_answers"
            label="Voorbeeldantwoord toevoegen"
            on_add=Callback::new(move |_| {
                let mut at = 0;
                editor.edit("", |s| at = edit::add_example_answer(s));
                focus_later(field_id(&format!("facilitator.example_answers[{at}].text")));
            })
        />
    }
}
