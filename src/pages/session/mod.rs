//! Samen spelen in a room: the trainer console, the beamer view that follows
//! it, and team screens that join through a session code. The rules (codes,
//! the room clock, result codes) live in `domain::session`.

pub mod beamer;
pub mod console;
mod scan;
pub mod start;
pub mod team;

use leptos::prelude::*;

use crate::domain::session::clock::{state_at, ClockState};
use crate::domain::session::link::SessionLink;
use crate::sync::use_clock;

/// On a team screen in a session: which session and team this screen is.
/// Provided by the join page; the game view reads it to hide begeleidersmodus
/// and show the room clock, the result screen to show the result code.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamSeat {
    pub link: SessionLink,
}

impl TeamSeat {
    pub fn use_context() -> Option<TeamSeat> {
        use_context::<TeamSeat>()
    }

    pub fn team(&self) -> u8 {
        match self.link.seat {
            crate::domain::session::link::Seat::Team(n) => n,
            crate::domain::session::link::Seat::Room => 0,
        }
    }
}

/// The room clock of a session code, once a second.
pub fn room_clock(link: impl Fn() -> Option<SessionLink> + Send + Sync + 'static) -> Memo<Option<ClockState>> {
    let clock = use_clock();
    Memo::new(move |_| {
        let now = clock.get();
        link().map(|l| state_at(&l.plan, l.start, &l.events, now))
    })
}

/// The room clock on a team screen: phase, time left, and how it is kept.
#[component]
pub fn SessionBar(seat: TeamSeat) -> impl IntoView {
    let link = seat.link.clone();
    let name = crate::domain::session::session_name(link.session);
    let team_name = if link.team_name.is_empty() { format!("Team {}", seat.team()) } else { link.team_name.clone() };
    let state = room_clock(move || Some(link.clone()));
    view! {
        <div class="session-bar" role="group" aria-label="Sessie">
            <p class="session-team">
                <strong>{team_name}</strong>
                {format!(" · sessie {name}")}
            </p>
            <p class="session-clock" role="timer" aria-live="off">
                {move || state.get().map(|s| s.text()).unwrap_or_default()}
            </p>
            <p class="muted small">
                "De klok volgt het plan van de trainer. Zet de trainer de klok stil of geeft hij meer tijd, kijk dan naar het beamerscherm."
            </p>
        </div>
    }
}
