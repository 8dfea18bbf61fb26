//! A session code opened: a team screen joins its session (or, for the room's
//! code, the beamer view). The team screen knows its session, team number and
//! name; the game is the ordinary game, with the room clock instead of
//! begeleidersmodus (that lives on the console).

use leptos::prelude::*;

use super::beamer::RoomBeamer;
use super::TeamSeat;
use crate::api;
use crate::components::error_view::ErrorView;
use crate::components::load::{load, Load};
use crate::domain::session::link::{Seat, SessionLink};
use crate::error::AppError;
use crate::pages::play::Play;
use crate::route::Route;
use crate::session_store;
use crate::storage;

/// A team's session code (spel.html): the team screen of the session.
#[component]
pub fn TeamJoinPage(code: String) -> impl IntoView {
    match SessionLink::parse(&code) {
        Err(error) => view! { <JoinProblem message=error.message() /> }.into_any(),
        Ok(link) => view! { <TeamJoin link=link code=code /> }.into_any(),
    }
}

/// The room's session code (zaal.html): the beamer view. `Route::bundle`
/// sends a team's code and a damaged one to spel.html, so this page only sees
/// the room's code; a team's code here still gets no team screen.
#[component]
pub fn RoomJoinPage(code: String) -> impl IntoView {
    match SessionLink::parse(&code) {
        Ok(link) if link.seat == Seat::Room => view! { <RoomBeamer link=link /> }.into_any(),
        Ok(_) => {
            view! { <JoinProblem message="Deze code is van een team, niet van de zaal.".to_string() /> }.into_any()
        }
        Err(error) => view! { <JoinProblem message=error.message() /> }.into_any(),
    }
}

#[component]
fn JoinProblem(message: String) -> impl IntoView {
    view! {
        <div class="page join">
            <h1>"Meedoen met een sessie"</h1>
            <section class="error-panel" role="alert">
                <p>{message}</p>
                <p>"Scan de QR-code op de trainersconsole opnieuw, of vraag de trainer om de link."</p>
            </section>
        </div>
    }
}

#[component]
fn TeamJoin(link: SessionLink, code: String) -> impl IntoView {
    let id = link.mystery.clone();
    let mystery = load(async move { api::load_mystery(&id).await.map(|(_, scenario)| scenario) });
    view! {
        {move || match mystery.get() {
            Load::Pending => view! { <p role="status" class="loading">"Mysterie laden…"</p> }.into_any(),
            Load::Failed(AppError::UnknownMystery { .. }) => view! {
                <div class="page join">
                    <h1>"Dit mysterie staat niet op deze computer"</h1>
                    <section class="error-panel" role="alert">
                        <p>
                            "Het is een eigen mysterie van de trainer. Vraag de trainer om het mysteriebestand, lees het in bij de "
                            <a href=Route::Studio.href()>"Trainersstudio"</a>
                            " en open deze link daarna opnieuw. De kaarten op de telefoons werken wel meteen."
                        </p>
                    </section>
                </div>
            }
                .into_any(),
            Load::Failed(error) => view! { <ErrorView error=error show_back=true /> }.into_any(),
            Load::Ready(scenario) => {
                take_seat(&link, &code);
                provide_context(TeamSeat { link: link.clone() });
                view! { <Play scenario=scenario /> }.into_any()
            }
        }}
    }
}

/// This device's game of the mystery now belongs to this session seat. A
/// game of another session or team is kept aside (never deleted) first.
fn take_seat(link: &SessionLink, code: &str) {
    let same_seat = session_store::seat(&link.mystery)
        .and_then(|old| SessionLink::parse(&old).ok())
        .is_some_and(|old| old.session == link.session && old.seat == link.seat);
    if !same_seat && storage::has_game(&link.mystery) {
        storage::archive(&link.mystery);
    }
    session_store::set_seat(&link.mystery, code);
}
