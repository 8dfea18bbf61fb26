//! What the trainer console keeps of one session (in localStorage under the
//! session id, so a second session in another tab never overwrites it): the
//! room's session code (with the clock events), the team names and the
//! results collected so far.

use serde::{Deserialize, Serialize};

use super::super::results::{self, TeamResult};
use super::super::scenario::Scenario;
use super::clock::{push_event, ClockEvent};
use super::link::{CodeError, Seat, SessionLink};
use super::result_code;

/// The version of the stored console state.
pub const CONSOLE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsoleState {
    pub format_version: u32,
    /// The room's session code (seat 0), with every clock event so far.
    pub code: String,
    /// The mystery's title, for the list of sessions on this device.
    pub title: String,
    /// One name per team ("Team 1" …).
    pub team_names: Vec<String>,
    /// Results collected from the teams, in the order they came in.
    #[serde(default)]
    pub results: Vec<TeamResult>,
    /// The trainer shows the solution chain on the beamer (for the debrief).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub show_solution: bool,
}

/// What collecting a result code did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collected {
    pub team: u32,
    pub team_name: String,
    /// False when it replaced an earlier code of the same game.
    pub new: bool,
}

impl ConsoleState {
    pub fn new(link: &SessionLink, title: &str) -> ConsoleState {
        ConsoleState {
            format_version: CONSOLE_VERSION,
            code: link.for_seat(Seat::Room, "").code(),
            title: title.to_string(),
            team_names: (1..=link.teams).map(|n| format!("Team {n}")).collect(),
            results: Vec::new(),
            show_solution: false,
        }
    }

    pub fn link(&self) -> Result<SessionLink, CodeError> {
        SessionLink::parse(&self.code)
    }

    /// The link a team joins with (carrying the newest clock events).
    pub fn team_link(&self, team: u8) -> Option<SessionLink> {
        let link = self.link().ok()?;
        let name = self.team_names.get(usize::from(team).checked_sub(1)?)?;
        Some(link.for_seat(Seat::Team(team), name))
    }

    /// Add a clock event at `now` (ms since the epoch); false when it makes no sense now.
    pub fn clock_event(&mut self, make: impl FnOnce(u64) -> ClockEvent, now: u64) -> bool {
        let Ok(mut link) = self.link() else { return false };
        // Whole seconds, as the code carries them.
        let at = now.saturating_sub(link.start) / 1000 * 1000;
        if !push_event(&mut link.events, &link.plan, link.start, make(at)) {
            return false;
        }
        self.code = link.code();
        true
    }

    /// Read a team's result code and keep the result. A code of another
    /// session or mystery, or a damaged one, changes nothing.
    pub fn collect(&mut self, scenario: &Scenario, text: &str) -> Result<Collected, CodeError> {
        let link = self.link()?;
        let result = result_code::decode(text, scenario, link.session)?;
        let team = result.session.as_ref().map_or(0, |s| s.team);
        let team_name = result.team.name.clone();
        let new = results::upsert(&mut self.results, result);
        Ok(Collected { team, team_name, new })
    }

    /// The newest collected result of team `team`.
    pub fn result_of(&self, team: u32) -> Option<&TeamResult> {
        self.results.iter().rev().find(|r| r.session.as_ref().is_some_and(|s| s.team == team))
    }
}
