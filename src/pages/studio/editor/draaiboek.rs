//! Section "Draaiboek": ready-made session plans (minutes per phase for a
//! session of 60 or 90 minutes) and the facilitator sheet (learning goals, the
//! script per phase, probe questions for ambiguous clues, misconceptions and an
//! example answer per SOLO level). Nothing here is shown to a team.

use leptos::prelude::*;

use super::fields::{
    choice, choice_options, field_id, item, ItemList, ItemProblems, Lens, ListSpec, NumberField, Section, SelectField,
    TextField,
};
use super::state::Editor;
use crate::domain::scenario::{FacilitatorSheet, Misconception, Phase, Scenario};
use crate::domain::scoring::SoloLevel;
use crate::domain::studio::edit;

/// Read a value from the facilitator sheet, if the mystery has one.
fn on_sheet<T>(s: &Scenario, f: impl FnOnce(&FacilitatorSheet) -> Option<T>) -> Option<T> {
    s.facilitator.as_ref().and_then(f)
}

/// A list of the sheet: its path, item noun, add label, the field to focus
/// after adding, and how to reach it. Removing the last item of the sheet
/// drops the (then empty) sheet.
macro_rules! sheet_list {
    ($field:ident, $noun:literal, $add_label:literal, $focus:literal, $add:expr) => {
        ListSpec {
            list: concat!("facilitator.", stringify!($field)),
            noun: $noun,
            add_label: $add_label,
            len: |s| s.facilitator.as_ref().map_or(0, |f| f.$field.len()),
            add: $add,
            focus: $focus,
            move_item: |s, i, step| {
                edit::move_item(&mut edit::sheet_mut(s).$field, i, step);
            },
            remove: |s, i| {
                edit::remove_at(&mut edit::sheet_mut(s).$field, i);
                edit::tidy_sheet(s);
            },
        }
    };
}

const SESSION_PLANS: ListSpec = ListSpec {
    list: "session_plans",
    noun: "Sessieplan",
    add_label: "Sessieplan toevoegen",
    len: |s| s.session_plans.len(),
    add: edit::add_session_plan,
    focus: ".minutes",
    move_item: |s, i, step| {
        edit::move_item(&mut s.session_plans, i, step);
    },
    remove: |s, i| {
        edit::remove_at(&mut s.session_plans, i);
    },
};

const LEARNING_GOALS: ListSpec = sheet_list!(learning_goals, "Leerdoel", "Leerdoel toevoegen", "", |s| {
    let goals = &mut edit::sheet_mut(s).learning_goals;
    goals.push(String::new());
    goals.len() - 1
});
const SCRIPT: ListSpec = sheet_list!(script, "Stap", "Stap toevoegen", ".text", edit::add_script_step);
const PROBES: ListSpec = sheet_list!(probes, "Doorvraag", "Doorvraag toevoegen", ".question", edit::add_probe);
const MISCONCEPTIONS: ListSpec = sheet_list!(misconceptions, "Misvatting", "Misvatting toevoegen", ".belief", |s| {
    let list = &mut edit::sheet_mut(s).misconceptions;
    list.push(Misconception { belief: String::new(), response: String::new() });
    list.len() - 1
});
const EXAMPLE_ANSWERS: ListSpec =
    sheet_list!(example_answers, "Voorbeeldantwoord", "Voorbeeldantwoord toevoegen", ".text", edit::add_example_answer);

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
    // Example answers are for levels 1 to 4 (rank 0 has no example).
    let label = SoloLevel::ALL[usize::from(level).clamp(1, 4)].label();
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
    view! {
        <h3>"Sessieplannen"</h3>
        <p class="hint-text">
            "Minuten per fase voor een sessie van een vaste lengte, bijvoorbeeld 60 en 90 minuten. Vul elke fase in: samen precies de lengte van de sessie."
        </p>
        <ItemList
            spec=SESSION_PLANS
            name=|s, i| match s.session_plans.get(i) {
                Some(plan) => format!("Sessieplan {}: {} minuten", i + 1, plan.minutes),
                None => format!("Sessieplan {}", i + 1),
            }
            fields=item(|i, p| view! {
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
                                    path=format!("{p}.phases.{}", phase.as_str())
                                    label=phase.label()
                                    lens=Lens::new(
                                        move |s: &Scenario| s.session_plans.get(i).map(|plan| plan.phases.get(phase)),
                                        move |s: &mut Scenario, v| {
                                            if let Some(plan) = s.session_plans.get_mut(i) {
                                                *plan.phases.minutes_mut(phase) = v;
                                            }
                                        },
                                    )
                                />
                            }
                        })
                        .collect_view()}
                </div>
                <ItemProblems path=format!("{p}.phases") />
            }.into_any())
        />
    }
}

#[component]
fn LearningGoals() -> impl IntoView {
    view! {
        <h3>"Leerdoelen"</h3>
        <p class="hint-text">"Wat deelnemers leren, in 2 tot 5 korte zinnen."</p>
        <ItemList spec=LEARNING_GOALS without_item_problems=true fields=item(|i, p| view! {
            <TextField
                path=p
                label="Leerdoel"
                lens=sheet_text(i, |f, i| f.learning_goals.get(i).cloned(), |f, i, v| {
                    if let Some(g) = f.learning_goals.get_mut(i) {
                        *g = v;
                    }
                })
            />
        }.into_any()) />
    }
}

#[component]
fn Script() -> impl IntoView {
    view! {
        <h3>"Zo leid je de sessie"</h3>
        <p class="hint-text">"Wat de trainer zegt en doet, per fase, in de volgorde van het spel."</p>
        <ItemList spec=SCRIPT fields=item(|i, p| view! {
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
        }.into_any()) />
    }
}

#[component]
fn Probes() -> impl IntoView {
    let editor = Editor::use_context();
    view! {
        <h3>"Doorvragen bij twijfelkaarten"</h3>
        <p class="hint-text">"Bij elke twijfelkaart één vraag waarmee je het gesprek over die kaart opent."</p>
        <ItemList spec=PROBES fields=item(move |i, p| view! {
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
        }.into_any()) />
    }
}

#[component]
fn Misconceptions() -> impl IntoView {
    view! {
        <h3>"Misvattingen"</h3>
        <p class="hint-text">"Wat deelnemers vaak denken, en wat je dan zegt of vraagt."</p>
        <ItemList spec=MISCONCEPTIONS without_item_problems=true fields=item(|i, p| view! {
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
        }.into_any()) />
    }
}

#[component]
fn ExampleAnswers() -> impl IntoView {
    let levels: Vec<(String, String)> = LEVELS.iter().map(|l| (l.to_string(), level_label(*l))).collect();
    let levels = Signal::derive(move || levels.clone());
    view! {
        <h3>"Voorbeeldantwoorden per niveau"</h3>
        <p class="hint-text">
            "Een antwoord op de centrale vraag voor elk niveau van 1 tot en met 4. Zo kan de trainer een antwoord vergelijken."
        </p>
        <ItemList spec=EXAMPLE_ANSWERS fields=item(move |i, p| view! {
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
        }.into_any()) />
    }
}
