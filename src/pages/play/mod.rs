//! Playing one mystery: load it, restore or start a session, show the phase.
//! The start page (`StartPage`, index.html) only has the start form and hands
//! a new game to the game page (`PlayPage`, spel.html) in the link
//! (domain::handover), so the library's bundle stays small.

mod intro;
mod investigate;
mod reflect;
mod result;
mod solve;
mod sort;
mod start;

pub use start::StartPage;

use leptos::prelude::*;

use crate::api;
use crate::components::facilitator::{FacilitatorPanel, SamenBar};
use crate::components::focus::focus_later;
use crate::components::load::{load, loaded};
use crate::components::notice::NoticeArea;
use crate::components::phase_nav::PhaseNav;
use crate::domain::game::Session;
use crate::domain::handover;
use crate::domain::scenario::{Phase, Scenario};
use crate::pages::session::{SessionBar, TeamSeat};
use crate::route::Route;
use crate::state::{Game, Notice};
use crate::storage::{self, Restored};

/// The game page (spel.html) of a mystery: its saved game, or the game the
/// start page handed over in the link (`new_game`, domain::handover).
#[component]
pub fn PlayPage(id: String, #[prop(optional, into)] new_game: Option<String>) -> impl IntoView {
    let route_id = id.clone();
    // Reading a handed-over game and taking it (storage, address) happen in
    // the load, not while rendering.
    let opened = load(async move {
        let (_, scenario) = api::load_mystery(&id).await?;
        let new_game = new_game.map(|text| handover::decode(&text, &scenario));
        if let Some(Ok(_)) = new_game {
            take_new_game(&id);
        }
        Ok((scenario, new_game))
    });
    loaded(opened, "Mysterie laden…", move |(scenario, new_game)| match new_game {
        None => view! { <Play scenario=scenario /> }.into_any(),
        Some(Ok(session)) => view! { <Play scenario=scenario start=session /> }.into_any(),
        Some(Err(message)) => view! { <NewGameProblem id=route_id.clone() message=message /> }.into_any(),
    })
}

/// A game handed over in the link starts now: a game this device already had
/// of the mystery is kept aside (never deleted), and the address becomes the
/// game's own (`#/spel/<id>`), so a reload restores the saved game rather
/// than start this one again.
fn take_new_game(id: &str) {
    if storage::has_game(id) {
        storage::archive(id);
    }
    let _ = window().history().and_then(|history| {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&Route::Game(id.to_string()).hash()))
    });
}

#[component]
fn NewGameProblem(id: String, message: String) -> impl IntoView {
    view! {
        <div class="page">
            <h1 id="fase-titel" tabindex="-1">"Het spel kon niet beginnen"</h1>
            <section class="error-panel" role="alert">
                <p>{message}</p>
                <p><a href=Route::Play(id).href()>"Naar het startformulier"</a></p>
            </section>
        </div>
    }
}

/// A loaded mystery: the start form until a session exists, then the game.
/// `start`: a game just started on the start page. Also used by a team
/// screen in a session and the studio's playtest (src/pages/studio/playtest.rs).
#[component]
pub(crate) fn Play(scenario: Scenario, #[prop(optional)] start: Option<Session>) -> impl IntoView {
    let just_started = start.is_some();
    let (restored, warning) = match start {
        Some(session) => (Some(session), None),
        None => match storage::restore(&scenario) {
            Restored::Game(session) => (Some(*session), None),
            Restored::SetAside(error) => (None, Some(error.message())),
            Restored::Nothing => (None, None),
        },
    };
    let welcome_back = restored
        .as_ref()
        .filter(|_| !just_started)
        .map(|s| format!("Welkom terug, {}. Jullie gaan verder waar jullie waren.", s.team.name));
    if just_started {
        // As when the game starts on this page: the keyboard starts at the first phase's heading.
        focus_later("fase-titel".to_string());
    }
    let session = RwSignal::new(restored);
    let scenario = StoredValue::new(scenario);
    let restart = Callback::new(move |_: ()| {
        scenario.with_value(|sc| storage::archive(&sc.id));
        session.set(None);
    });
    view! {
        {move || match session.get() {
            None => {
                view! {
                    <start::StartForm
                        scenario=scenario.get_value()
                        warning=warning.clone()
                        on_start=Callback::new(move |s: Session| {
                            session.set(Some(s));
                            focus_later("fase-titel".to_string());
                        })
                    />
                }
                    .into_any()
            }
            Some(s) => {
                view! {
                    <GameView scenario=scenario.get_value() session=s welcome=welcome_back.clone() on_restart=restart />
                }
                    .into_any()
            }
        }}
    }
}

#[component]
fn GameView(scenario: Scenario, session: Session, welcome: Option<String>, on_restart: Callback<()>) -> impl IntoView {
    let title = scenario.title.clone();
    let game = Game::provide(scenario, session);
    if let Some(text) = welcome {
        game.notice.set(Some(Notice::Info(text)));
    }
    let phase = Memo::new(move |_| game.session.with(|s| s.phase));
    // Move focus to the new phase's heading, so keyboard and screen reader
    // users start at the top of what changed. Skipped on first render.
    Effect::new(move |previous: Option<Phase>| {
        let now = phase.get();
        if previous.is_some_and(|p| p != now) {
            game.notice.set(None);
            window().scroll_to_with_x_and_y(0.0, 0.0);
            focus_later("fase-titel".to_string());
        }
        now
    });
    view! {
        <div class="page game">
            <p class="game-title">
                <span class="muted">"Mysterie: "</span>
                {title}
                <span class="muted">{move || format!(" · {}", game.session.with(|s| s.team.name.clone()))}</span>
            </p>
            <PhaseNav />
            // In a session for a room the room clock replaces begeleidersmodus (it lives on the console).
            {match TeamSeat::use_context() {
                Some(seat) => view! { <SessionBar seat=seat /> }.into_any(),
                None => view! { <SamenBar /> }.into_any(),
            }}
            <NoticeArea />
            {TeamSeat::use_context().is_none().then(|| view! { <FacilitatorPanel /> })}
            {move || match phase.get() {
                Phase::Intro => view! { <intro::IntroPhase /> }.into_any(),
                Phase::Onderzoeken => view! { <investigate::InvestigatePhase /> }.into_any(),
                Phase::Ordenen => view! { <sort::SortPhase /> }.into_any(),
                Phase::Oplossen => view! { <solve::SolvePhase /> }.into_any(),
                Phase::Reflecteren => view! { <reflect::ReflectPhase /> }.into_any(),
                Phase::Resultaat => view! { <result::ResultPhase on_restart=on_restart /> }.into_any(),
            }}
        </div>
    }
}

/// The heading every phase starts with; focus lands here after a phase change.
#[component]
fn PhaseHeading(text: &'static str) -> impl IntoView {
    view! { <h1 id="fase-titel" tabindex="-1">{text}</h1> }
}

/// The central question, repeated where the team needs it.
#[component]
fn CentralQuestion() -> impl IntoView {
    let game = Game::use_context();
    view! {
        <div class="central-question">
            <p class="label">"De centrale vraag"</p>
            <p class="question">{game.scenario.with_value(|sc| sc.central_question.clone())}</p>
        </div>
    }
}

/// The button that moves to the next phase, with the reason when it cannot yet.
#[component]
fn AdvanceButton(label: &'static str) -> impl IntoView {
    let game = Game::use_context();
    let blocked = move || {
        let session = game.session.get();
        game.scenario.with_value(|sc| session.can_advance(sc).err().map(|e| e.message()))
    };
    view! {
        <div class="advance">
            {move || blocked().map(|reason| view! { <p class="muted" id="advance-reden">{reason}</p> })}
            <button
                type="button"
                class="button primary"
                aria-describedby=move || blocked().map(|_| "advance-reden")
                on:click=move |_| {
                    game.send(crate::domain::game::Command::Advance);
                }
            >
                {label}
            </button>
        </div>
    }
}

/// Back one phase (only offered where the engine allows it).
#[component]
fn BackButton(label: &'static str) -> impl IntoView {
    let game = Game::use_context();
    view! {
        <button type="button" class="button" on:click=move |_| {
            game.send(crate::domain::game::Command::Back);
        }>{label}</button>
    }
}
