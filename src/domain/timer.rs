//! Samen spelen: the facilitator's phase timer, as pure maths over millisecond
//! timestamps that the UI passes in (its clock, `Date.now()`). The timer only
//! informs: it never ends a phase and never enters a score. It can be paused
//! and extended at any time (WCAG 2.2.1, timing adjustable).

use serde::{Deserialize, Serialize};

use super::scenario::{Phase, Scenario};

pub const SECOND_MS: u64 = 1_000;
pub const MINUTE_MS: u64 = 60 * SECOND_MS;
/// What one press on "extend" adds.
pub const EXTEND_MS: u64 = 5 * MINUTE_MS;

/// The suggested minutes for `phase`: the scenario's `phase_minutes` when set;
/// otherwise the phase's share of what `duration_minutes` leaves after the
/// phases that are set. Always at least one minute.
pub fn suggested_minutes(scenario: &Scenario, phase: Phase) -> u32 {
    let set = &scenario.phase_minutes;
    if let Some(minutes) = set.get(phase) {
        return minutes.max(1);
    }
    let fixed: u32 = Phase::ALL.iter().filter_map(|p| set.get(*p)).sum();
    let left = scenario.duration_minutes.saturating_sub(fixed);
    let open_weight: u32 = Phase::ALL.iter().filter(|p| set.get(**p).is_none()).map(|p| p.weight()).sum();
    if open_weight == 0 {
        return 1;
    }
    // Rounded to the nearest minute.
    ((left * phase.weight() + open_weight / 2) / open_weight).max(1)
}

pub fn suggested_ms(scenario: &Scenario, phase: Phase) -> u64 {
    u64::from(suggested_minutes(scenario, phase)) * MINUTE_MS
}

/// The timer of one phase. `planned_ms` is the suggestion plus every extension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseTimer {
    pub phase: Phase,
    pub planned_ms: u64,
    /// Time that ran before the current start.
    pub elapsed_ms: u64,
    /// When the timer was (re)started, while it runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_since: Option<u64>,
}

impl PhaseTimer {
    /// A stopped timer with `planned_ms` to go.
    pub fn new(phase: Phase, planned_ms: u64) -> PhaseTimer {
        PhaseTimer { phase, planned_ms, elapsed_ms: 0, running_since: None }
    }

    /// A stopped timer with the scenario's suggestion for `phase`.
    pub fn suggested(scenario: &Scenario, phase: Phase) -> PhaseTimer {
        PhaseTimer::new(phase, suggested_ms(scenario, phase))
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// Time used so far. A clock that went backwards counts as no time.
    pub fn elapsed(&self, now: u64) -> u64 {
        self.elapsed_ms + self.running_since.map_or(0, |since| now.saturating_sub(since))
    }

    /// Time left; negative when the planned time is over.
    pub fn remaining(&self, now: u64) -> i64 {
        let elapsed = i64::try_from(self.elapsed(now)).unwrap_or(i64::MAX);
        i64::try_from(self.planned_ms).unwrap_or(i64::MAX).saturating_sub(elapsed)
    }

    pub fn is_over(&self, now: u64) -> bool {
        self.remaining(now) <= 0
    }

    /// Start or continue. Starting a running timer changes nothing.
    pub fn start(&mut self, now: u64) {
        if self.running_since.is_none() {
            self.running_since = Some(now);
        }
    }

    /// Pause, keeping the time used. Pausing a paused timer changes nothing.
    pub fn pause(&mut self, now: u64) {
        if self.running_since.is_some() {
            self.elapsed_ms = self.elapsed(now);
            self.running_since = None;
        }
    }

    /// Give the phase more time.
    pub fn extend(&mut self, ms: u64) {
        self.planned_ms = self.planned_ms.saturating_add(ms);
    }

    /// Begin the phase's time again with `planned_ms`; a running timer keeps running.
    pub fn restart(&mut self, planned_ms: u64, now: u64) {
        self.planned_ms = planned_ms;
        self.elapsed_ms = 0;
        if self.running_since.is_some() {
            self.running_since = Some(now);
        }
    }

    /// The timer for the phase the team moved to: the new phase's suggestion,
    /// running when this one was running.
    pub fn follow(&self, scenario: &Scenario, phase: Phase, now: u64) -> PhaseTimer {
        let mut next = PhaseTimer::suggested(scenario, phase);
        if self.is_running() {
            next.start(now);
        }
        next
    }
}

/// Keep a session's timer on the team's phase (called after every accepted
/// command). No timer stays no timer: the facilitator starts it.
pub fn follow_phase(timer: &mut Option<PhaseTimer>, scenario: &Scenario, phase: Phase, now: u64) {
    if let Some(current) = timer {
        if current.phase != phase {
            *timer = Some(current.follow(scenario, phase, now));
        }
    }
}

/// `m:ss` of a duration, rounded up to whole seconds so "0:00" means really done.
/// Negative durations are shown without sign (the UI says "over de tijd").
pub fn clock(ms: i64) -> String {
    let seconds = ms.unsigned_abs().div_ceil(SECOND_MS);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// Whole minutes, rounded up (for spoken and written Dutch: "nog 4 minuten").
pub fn minutes_up(ms: i64) -> u64 {
    ms.unsigned_abs().div_ceil(MINUTE_MS)
}

/// The minute mark a screen reader hears while the timer runs: the whole
/// minutes left (rounded up) at every fifth minute and at 2 and 1, else None;
/// None once the time is up (the panel says that once). The panel's polite
/// live region speaks only when the mark changes: every few minutes, never
/// every second.
pub fn spoken_mark(remaining_ms: i64) -> Option<u64> {
    if remaining_ms <= 0 {
        return None;
    }
    let minutes = minutes_up(remaining_ms);
    (minutes.is_multiple_of(5) || minutes <= 2).then_some(minutes)
}

/// What a screen reader hears at a [`spoken_mark`]: "Nog 5 minuten voor Ordenen."
pub fn spoken_text(minutes: u64, phase: Phase) -> String {
    let unit = if minutes == 1 { "minuut" } else { "minuten" };
    format!("Nog {minutes} {unit} voor {}.", phase.label())
}

/// What the timer shows (begeleider's panel, projector): "Nog 12:05",
/// "2:10 over de tijd", with " (gepauzeerd)" while it is paused.
pub fn timer_text(timer: &PhaseTimer, now: u64) -> String {
    let remaining = timer.remaining(now);
    let time =
        if remaining > 0 { format!("Nog {}", clock(remaining)) } else { format!("{} over de tijd", clock(remaining)) };
    if timer.is_running() {
        time
    } else {
        format!("{time} (gepauzeerd)")
    }
}
