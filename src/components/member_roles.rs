//! Samen spelen on the start form: what naming members means, a role per
//! member when the mystery has player roles, and the deal made at the start.

use leptos::prelude::*;

use crate::domain::deal::{DealSetup, MAX_MEMBERS};
use crate::domain::scenario::PlayerRole;

/// The members as the session will keep them: trimmed, empty lines dropped.
pub fn member_names(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|m| !m.is_empty()).map(str::to_string).collect()
}

/// A new deal for `members` members with these role ids ("" = no role), or
/// none: no members (one shared screen) or more than the deal allows.
pub fn new_deal(members: usize, roles: &[String]) -> Option<DealSetup> {
    if members == 0 || members > MAX_MEMBERS {
        return None;
    }
    // A fresh shuffle for every game; Math.random is fine for dealing cards.
    let seed = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    let roles = (0..members).map(|m| roles.get(m).filter(|r| !r.is_empty()).cloned()).collect();
    Some(DealSetup { seed, roles })
}

/// Under the members field: what names do, and a role choice per named member.
#[component]
pub fn MemberRoles(
    members: RwSignal<String>,
    roles: RwSignal<Vec<String>>,
    player_roles: Vec<PlayerRole>,
) -> impl IntoView {
    let player_roles = StoredValue::new(player_roles);
    let names = move || member_names(&members.get());
    view! {
        <p class="hint-text" id="teamleden-uitleg">
            "Met namen krijgt ieder een eigen deel van de kaarten, op de eigen telefoon of laptop. "
            "Zonder namen spelen jullie samen op dit scherm."
        </p>
        {move || {
            (names().len() > MAX_MEMBERS)
                .then(|| {
                    view! {
                        <p class="notice problem">
                            {format!(
                                "Meer dan {MAX_MEMBERS} namen: dan krijgt niet ieder eigen kaarten. Jullie spelen samen op dit scherm.",
                            )}
                        </p>
                    }
                })
        }}
        <Show when=move || !player_roles.with_value(Vec::is_empty) && !names().is_empty()>
            <fieldset class="member-roles">
                <legend>"Rollen (niet verplicht)"</legend>
                <p class="hint-text">"Sommige kaarten gaan naar een speler met een bepaalde rol."</p>
                {move || {
                    names()
                        .into_iter()
                        .take(MAX_MEMBERS)
                        .enumerate()
                        .map(|(i, name)| {
                            let id = format!("rol-{i}");
                            view! {
                                <div class="field inline">
                                    <label for=id.clone()>{format!("Rol van {name}")}</label>
                                    <select
                                        id=id
                                        on:change=move |ev| {
                                            let value = event_target_value(&ev);
                                            roles.update(|r| {
                                                if r.len() <= i {
                                                    r.resize(i + 1, String::new());
                                                }
                                                r[i] = value;
                                            });
                                        }
                                    >
                                        <option value="">"Geen rol"</option>
                                        {player_roles
                                            .get_value()
                                            .into_iter()
                                            .map(|role| {
                                                let chosen = roles.with_untracked(|r| r.get(i) == Some(&role.id));
                                                view! { <option value=role.id.clone() selected=chosen>{role.name}</option> }
                                            })
                                            .collect_view()}
                                    </select>
                                </div>
                            }
                        })
                        .collect_view()
                }}
            </fieldset>
        </Show>
    }
}
