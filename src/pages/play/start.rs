use leptos::prelude::*;

use crate::components::bouwsteen_tags::BouwsteenTags;
use crate::components::member_roles::{new_deal, MemberRoles};
use crate::domain::game::{Session, Team};
use crate::domain::scenario::Scenario;

/// Name the team (members optional) and start.
#[component]
pub fn StartForm(scenario: Scenario, warning: Option<String>, on_start: Callback<Session>) -> impl IntoView {
    let team_name = RwSignal::new(String::new());
    let members = RwSignal::new(String::new());
    // Samen spelen: a player role id per named member ("" = none).
    let roles = RwSignal::new(Vec::<String>::new());
    let municipality = RwSignal::new(String::new());
    let organisation_type = RwSignal::new(String::new());
    let scenario = StoredValue::new(scenario);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let team = Team {
            name: team_name.get_untracked(),
            members: members.get_untracked().lines().map(str::to_string).collect(),
            // Optional, for comparing results in a learning network; Session::new drops empty ones.
            municipality: Some(municipality.get_untracked()),
            organisation_type: Some(organisation_type.get_untracked()),
        };
        let mut session = scenario.with_value(|sc| Session::new(sc, team));
        // Samen spelen: named members each get their own cards.
        session.deal = roles.with_untracked(|r| new_deal(session.team.members.len(), r));
        on_start.run(session);
    };
    let (title, summary, bouwstenen, main, duration, group) = scenario.with_value(|sc| {
        (
            sc.title.clone(),
            sc.summary.clone(),
            sc.bouwstenen.clone(),
            sc.main_bouwsteen,
            sc.duration_minutes,
            sc.group_size,
        )
    });
    view! {
        <div class="page start">
            <h1 id="fase-titel" tabindex="-1">{title}</h1>
            {warning.map(|w| view! { <p class="notice problem" role="alert">{w}</p> })}
            <p class="lead">{summary}</p>
            <BouwsteenTags bouwstenen=bouwstenen main=main />
            <p>{format!("Duur: ongeveer {duration} minuten. Speel met {} tot {} personen.", group.min, group.max)}</p>
            <form class="card start-form" on:submit=submit>
                <h2>"Wie spelen er mee?"</h2>
                <div class="field">
                    <label for="teamnaam">"Naam van jullie team"</label>
                    <input
                        id="teamnaam"
                        type="text"
                        autocomplete="off"
                        maxlength="80"
                        prop:value=move || team_name.get()
                        on:input=move |ev| team_name.set(event_target_value(&ev))
                    />
                    <p class="hint-text">"Bijvoorbeeld de naam van jullie gemeente of wijk. Leeg laten mag ook."</p>
                </div>
                <div class="field">
                    <label for="teamleden">"Teamleden (niet verplicht, één naam per regel)"</label>
                    <textarea
                        id="teamleden"
                        rows="4"
                        prop:value=move || members.get()
                        on:input=move |ev| members.set(event_target_value(&ev))
                        aria-describedby="teamleden-uitleg"
                    ></textarea>
                    <MemberRoles members=members roles=roles player_roles=scenario.with_value(|sc| sc.player_roles.clone()) />
                </div>
                <div class="field">
                    <label for="gemeente">"Gemeente (niet verplicht)"</label>
                    <input
                        id="gemeente"
                        type="text"
                        autocomplete="off"
                        maxlength="80"
                        aria-describedby="gemeente-uitleg"
                        prop:value=move || municipality.get()
                        on:input=move |ev| municipality.set(event_target_value(&ev))
                    />
                    <p class="hint-text" id="gemeente-uitleg">
                        "Voor welke gemeente werken jullie? Dan kan een trainer resultaten van gemeenten vergelijken."
                    </p>
                </div>
                <div class="field">
                    <label for="soort-organisatie">"Soort organisatie(s) (niet verplicht)"</label>
                    <input
                        id="soort-organisatie"
                        type="text"
                        autocomplete="off"
                        maxlength="80"
                        aria-describedby="soort-organisatie-uitleg"
                        prop:value=move || organisation_type.get()
                        on:input=move |ev| organisation_type.set(event_target_value(&ev))
                    />
                    <p class="hint-text" id="soort-organisatie-uitleg">
                        "Bijvoorbeeld: gemeente, wijkteam, schuldhulp of een mix."
                    </p>
                </div>
                <button type="submit" class="button primary">"Start het mysterie"</button>
            </form>
        </div>
    }
}
