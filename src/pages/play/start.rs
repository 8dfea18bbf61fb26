use leptos::prelude::*;

use crate::components::bouwsteen_tags::BouwsteenTags;
use crate::domain::game::{Session, Team};
use crate::domain::scenario::Scenario;

/// Name the team (members optional) and start.
#[component]
pub fn StartForm(scenario: Scenario, warning: Option<String>, on_start: Callback<Session>) -> impl IntoView {
    let team_name = RwSignal::new(String::new());
    let members = RwSignal::new(String::new());
    let scenario = StoredValue::new(scenario);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let team = Team {
            name: team_name.get_untracked(),
            members: members.get_untracked().lines().map(str::to_string).collect(),
        };
        on_start.run(scenario.with_value(|sc| Session::new(sc, team)));
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
                    ></textarea>
                </div>
                <button type="submit" class="button primary">"Start het mysterie"</button>
            </form>
        </div>
    }
}
