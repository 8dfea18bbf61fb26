//! Section "Samen spelen": player roles (clues can be dealt to them) and
//! suggested minutes per phase for the facilitator's timer.

use leptos::prelude::*;

use super::fields::{
    field_id, row, AddButton, IdField, ItemButtons, ItemProblems, Lens, ListProblems, NumberField, Rows, Section,
    TextField,
};
use super::state::{numbered, Editor};
use crate::components::focus::focus_later;
use crate::domain::scenario::Phase;
use crate::domain::studio::edit::{self, IdKind};

#[component]
pub fn SamenSection() -> impl IntoView {
    let editor = Editor::use_context();
    let len = Memo::new(move |_| editor.read(|s| s.player_roles.len()));
    view! {
        <Section
            id="samen"
            title="Samen spelen"
            prefixes=&["player_roles", "phase_minutes"]
            intro="Alleen nodig als spelers elk een eigen scherm gebruiken. Alles hier mag leeg."
        >
            <h3>"Spelersrollen"</h3>
            <p class="hint-text">
                "Rollen die spelers kiezen, zoals ‘Inwoner’ of ‘Klantmanager’. Bij een aanwijzing kies je welke rol de kaart krijgt."
            </p>
            <ListProblems path="player_roles" />
            <Rows len=len row={row(move |i: usize| view! {
                {
                    let p = format!("player_roles[{i}]");
                    let name = Signal::derive(move || {
                        editor.read(|s| numbered("Spelersrol", i, s.player_roles.get(i).map(|r| r.name.as_str()).unwrap_or("")))
                    });
                    view! {
                        <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                            <legend>{name}</legend>
                            <ItemProblems path=p.clone() />
                            <TextField
                                path=format!("{p}.name")
                                label="Naam van de rol"
                                lens=Lens::new(
                                    move |s| s.player_roles.get(i).map(|r| r.name.clone()),
                                    move |s, v| {
                                        if let Some(r) = s.player_roles.get_mut(i) {
                                            r.name = v;
                                        }
                                    },
                                )
                            />
                            <IdField path=format!("{p}.id") kind=IdKind::PlayerRole index=i />
                            <ItemButtons
                                list="player_roles"
                                index=i
                                name=name
                                len=len
                                on_move=Callback::new(move |step| {
                                    editor.edit("", |s| {
                                        edit::move_item(&mut s.player_roles, i, step);
                                    });
                                })
                                on_remove=Callback::new(move |_| editor.edit_with_notes(|s| edit::remove_player_role(s, i)))
                            />
                        </fieldset>
                    }
                }
            }.into_any())} />
            <AddButton
                list="player_roles"
                label="Spelersrol toevoegen"
                on_add=Callback::new(move |_| {
                    let mut at = 0;
                    editor.edit("", |s| at = edit::add_player_role(s));
                    focus_later(field_id(&format!("player_roles[{at}].name")));
                })
            />
            <fieldset class="editor-group" id="veld-phase_minutes" tabindex="-1">
                <legend>"Minuten per fase"</legend>
                <p class="hint-text">
                    "Voor de timer van de begeleider. Laat je een fase leeg, dan krijgt die een deel van de speelduur."
                </p>
                <div class="editor-row editor-wrap">
                    {Phase::ALL
                        .into_iter()
                        .map(|phase| {
                            view! {
                                <NumberField
                                    path=format!("phase_minutes.{}", phase.as_str())
                                    label=phase.label()
                                    lens=Lens::new(
                                        move |s| Some(s.phase_minutes.get(phase)),
                                        move |s, v| *s.phase_minutes.minutes_mut(phase) = v,
                                    )
                                />
                            }
                        })
                        .collect_view()}
                </div>
                <ItemProblems path="phase_minutes" />
            </fieldset>
        </Section>
    }
}
