use leptos::prelude::*;

use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::api;
use crate::components::bouwsteen_tags::BouwsteenTags;
use crate::components::files;
use crate::components::load::{load, loaded};
use crate::components::member_roles::{new_deal, MemberRoles};
use crate::components::text_field::TextField;
use crate::domain::game::{Session, Team};
use crate::domain::scenario::Scenario;
use crate::domain::{game_file, handover};
use crate::route::Route;
use crate::storage;

/// A mystery's start page (index.html): the start form. A new game goes to
/// the game page (spel.html) in the link; a device that already has a game of
/// this mystery goes there at once.
#[component]
pub fn StartPage(id: String) -> impl IntoView {
    if storage::has_game(&id) {
        let game = Route::Game(id);
        Effect::new(move |_| go(game.clone()));
        return view! { <p role="status" class="loading">"Mysterie laden…"</p> }.into_any();
    }
    let game_id = id.clone();
    let hand_over =
        Callback::new(move |session: Session| go(Route::NewGame(game_id.clone(), handover::encode(&session))));
    let mystery = load(async move { api::load_mystery(&id).await.map(|(_, scenario)| scenario) });
    loaded(mystery, "Mysterie laden…", move |scenario| {
        view! { <StartForm scenario=scenario warning=None on_start=hand_over /> }.into_any()
    })
    .into_any()
}

/// Open `route`'s page in place of this one (the start form leaves no entry
/// in the history: Back goes to the library, as before the split).
fn go(route: Route) {
    let _ = window().location().replace(&route.href());
}

/// Name the team (members optional) and start.
#[component]
pub fn StartForm(scenario: Scenario, warning: Option<String>, on_start: Callback<Session>) -> impl IntoView {
    // A team screen in a session starts with the team's name from the console.
    let seat_name = crate::pages::session::TeamSeat::use_context().map(|s| s.link.team_name).unwrap_or_default();
    let team_name = RwSignal::new(seat_name);
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
                <TextField
                    id="teamnaam"
                    label="Naam van jullie team"
                    hint="Bijvoorbeeld de naam van jullie gemeente of wijk. Leeg laten mag ook."
                    value=team_name
                    max_chars=80
                />
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
                <TextField
                    id="gemeente"
                    label="Gemeente (niet verplicht)"
                    hint="Voor welke gemeente werken jullie? Dan kan een trainer resultaten van gemeenten vergelijken."
                    value=municipality
                    max_chars=80
                />
                <TextField
                    id="soort-organisatie"
                    label="Soort organisatie(s) (niet verplicht)"
                    hint="Bijvoorbeeld: gemeente, wijkteam, schuldhulp of een mix."
                    value=organisation_type
                    max_chars=80
                />
                <button type="submit" class="button primary">"Start het mysterie"</button>
            </form>
            <ContinueFromFile scenario=scenario on_start=on_start />
            // Trainersstudio: the same mystery as a card set on paper.
            <p class="print-link">
                <a href=scenario.with_value(|sc| crate::route::Route::Print(sc.id.clone()).href())>
                    "Liever op papier spelen? Druk de kaartenset af"
                </a>
            </p>
        </div>
    }
}

/// Continue a game that was downloaded as a file (offered when saving failed).
#[component]
fn ContinueFromFile(scenario: StoredValue<Scenario>, on_start: Callback<Session>) -> impl IntoView {
    let problem = RwSignal::new(String::new());
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = files::files_of(input.files()).into_iter().next() else { return };
        input.set_value("");
        spawn_local(async move {
            let read = match game_file::check_size(file.size()) {
                Err(message) => Err(message),
                Ok(()) => match files::read_text(&file).await {
                    Ok(text) => scenario.with_value(|sc| game_file::read(&text, sc)),
                    Err(message) => Err(message),
                },
            };
            match read {
                Ok(session) => {
                    problem.set(String::new());
                    on_start.run(session);
                }
                Err(message) => problem.set(message),
            }
        });
    };
    view! {
        <section class="card continue-file" aria-labelledby="spel-bestand-titel">
            <h2 id="spel-bestand-titel">"Verder met een bewaard spel"</h2>
            <div class="field">
                <label for="spel-bestand">"Kies het bestand van het spel (spel-….json)"</label>
                <input
                    id="spel-bestand"
                    type="file"
                    accept=".json,application/json"
                    aria-describedby="spel-bestand-uitleg"
                    on:change=on_pick
                />
                <p class="hint-text" id="spel-bestand-uitleg">
                    "Hebben jullie het spel als bestand gedownload, bijvoorbeeld toen opslaan niet lukte? Kies dat bestand, dan gaan jullie verder waar jullie waren."
                </p>
            </div>
            <p class="notice problem" role="alert" class:empty=move || problem.with(String::is_empty)>
                {move || problem.get()}
            </p>
        </section>
    }
}
