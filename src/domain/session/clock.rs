//! The room clock: which phase the room is in and how much time it has left,
//! at any moment, computed from the start time, the plan and the console's
//! events alone. Every screen that knows these three shows the same clock, so
//! no server is needed; screens differ only as much as their clocks do.
//!
//! The room follows the plan: when a phase's time is up the next phase starts
//! (teams move at their own pace in their game; the clock is the room's
//! guide). The console owns the events: a pause, extra minutes for the
//! current phase, or ending the current phase now. After the last phase the
//! clock says calmly how long the session runs over; it never alarms.

use super::super::scenario::Phase;
use super::super::timer::{self, MINUTE_MS};

/// Minutes per phase, in [`Phase::ALL`] order.
pub type Plan = [u32; 6];

/// Most minutes one phase can have (a full day).
pub const MAX_PHASE_MINUTES: u32 = 480;

/// Something the trainer did on the console, at `at` milliseconds after the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockEvent {
    Pause {
        at: u64,
    },
    Resume {
        at: u64,
    },
    /// Give the phase that is current at `at` this many minutes more.
    Extend {
        at: u64,
        minutes: u32,
    },
    /// End the phase that is current at `at` now; the next one starts.
    NextPhase {
        at: u64,
    },
}

impl ClockEvent {
    pub fn at(&self) -> u64 {
        match *self {
            ClockEvent::Pause { at }
            | ClockEvent::Resume { at }
            | ClockEvent::Extend { at, .. }
            | ClockEvent::NextPhase { at } => at,
        }
    }
}

/// What the clock shows at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockState {
    /// The start time is still ahead (a device whose clock runs behind).
    NotStarted { in_ms: u64 },
    /// In `phase` (index into [`Phase::ALL`]) with `remaining_ms` to go.
    InPhase { phase: Phase, remaining_ms: u64, phase_ms: u64, paused: bool },
    /// Every phase is over; the session runs `over_ms` longer than planned.
    Over { over_ms: u64, paused: bool },
}

/// The clock at wall time `now` (ms since the epoch) for a session that
/// started at `start` (ms since the epoch). Events after `now` do not count
/// yet; events are taken in time order.
pub fn state_at(plan: &Plan, start: u64, events: &[ClockEvent], now: u64) -> ClockState {
    if now < start {
        return ClockState::NotStarted { in_ms: start - now };
    }
    let now = now - start;
    let mut sorted: Vec<ClockEvent> = events.iter().copied().filter(|e| e.at() <= now).collect();
    sorted.sort_by_key(ClockEvent::at);
    let mut run = Run { plan, room: 0, last: 0, paused: false, index: 0, end: phase_ms(plan, 0), extra: 0 };
    for event in sorted {
        run.run_to(event.at());
        match event {
            ClockEvent::Pause { .. } => run.paused = true,
            ClockEvent::Resume { .. } => run.paused = false,
            ClockEvent::Extend { minutes, .. } => {
                if run.index < 6 {
                    let more = u64::from(minutes) * MINUTE_MS;
                    run.end += more;
                    run.extra += more;
                }
            }
            ClockEvent::NextPhase { at } => {
                if run.index < 6 {
                    run.end = run.room;
                }
                run.run_to(at);
            }
        }
    }
    run.run_to(now);
    if run.index >= 6 {
        ClockState::Over { over_ms: run.room - run.end, paused: run.paused }
    } else {
        ClockState::InPhase {
            phase: Phase::ALL[run.index],
            remaining_ms: run.end - run.room,
            phase_ms: phase_ms(plan, run.index) + run.extra,
            paused: run.paused,
        }
    }
}

fn phase_ms(plan: &Plan, index: usize) -> u64 {
    plan.get(index).map_or(0, |m| u64::from(*m) * MINUTE_MS)
}

/// The clock being run through the events. `room` is the running (unpaused)
/// time since the start; phase `index` ends at room time `end`, `extra` of it
/// given by extensions.
struct Run<'a> {
    plan: &'a Plan,
    room: u64,
    last: u64,
    paused: bool,
    index: usize,
    end: u64,
    extra: u64,
}

impl Run<'_> {
    /// Let the clock run to `to` (ms after the start), moving through phases whose time is up.
    fn run_to(&mut self, to: u64) {
        if !self.paused {
            self.room += to.saturating_sub(self.last);
        }
        self.last = to.max(self.last);
        while self.index < 6 && self.room >= self.end {
            self.index += 1;
            self.extra = 0;
            self.end += phase_ms(self.plan, self.index);
        }
    }
}

impl ClockState {
    /// The phase the room is in; None before the start and after the end.
    pub fn phase(&self) -> Option<Phase> {
        match self {
            ClockState::InPhase { phase, .. } => Some(*phase),
            _ => None,
        }
    }

    pub fn is_paused(&self) -> bool {
        matches!(self, ClockState::InPhase { paused: true, .. } | ClockState::Over { paused: true, .. })
    }

    /// The big line of the room timer: "Onderzoeken · nog 12:05". Calm words
    /// after the end: "De geplande tijd is om · 3:10 langer".
    pub fn text(&self) -> String {
        let line = match self {
            ClockState::NotStarted { in_ms } => format!("De sessie begint over {}", timer::clock(*in_ms as i64)),
            ClockState::InPhase { phase, remaining_ms, .. } => {
                format!("{} · nog {}", phase.label(), timer::clock(*remaining_ms as i64))
            }
            ClockState::Over { over_ms, .. } => {
                format!("De geplande tijd is om · {} langer", timer::clock(*over_ms as i64))
            }
        };
        if self.is_paused() {
            format!("{line} (gepauzeerd)")
        } else {
            line
        }
    }

    /// Just the time: "12:05", or "+3:10" after the plan.
    pub fn time(&self) -> String {
        match self {
            ClockState::NotStarted { in_ms } => timer::clock(*in_ms as i64),
            ClockState::InPhase { remaining_ms, .. } => timer::clock(*remaining_ms as i64),
            ClockState::Over { over_ms, .. } => format!("+{}", timer::clock(*over_ms as i64)),
        }
    }
}

/// Total planned minutes.
pub fn total(plan: &Plan) -> u32 {
    plan.iter().sum()
}

/// Whether a plan can be used: every phase 1..=MAX_PHASE_MINUTES minutes.
pub fn plan_problem(plan: &Plan) -> Option<String> {
    Phase::ALL
        .iter()
        .zip(plan)
        .find(|(_, m)| !(1..=MAX_PHASE_MINUTES).contains(*m))
        .map(|(phase, _)| format!("Geef {} tussen 1 en {MAX_PHASE_MINUTES} minuten.", phase.label()))
}

/// The event list with one more event, refusing what makes no sense (pausing
/// a paused clock, resuming a running one). Returns whether it was added.
pub fn push_event(events: &mut Vec<ClockEvent>, plan: &Plan, start: u64, event: ClockEvent) -> bool {
    let state = state_at(plan, start, events, start + event.at());
    let ok = match event {
        ClockEvent::Pause { .. } => !state.is_paused(),
        ClockEvent::Resume { .. } => state.is_paused(),
        ClockEvent::Extend { minutes, .. } => minutes > 0 && state.phase().is_some(),
        ClockEvent::NextPhase { .. } => state.phase().is_some(),
    };
    if ok && events.last().is_none_or(|last| last.at() <= event.at()) {
        events.push(event);
        true
    } else {
        false
    }
}
