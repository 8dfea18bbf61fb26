//! The facilitator's phase timer (src/domain/timer.rs): suggested minutes per
//! phase, start, pause, extend and restart over timestamps passed in, following
//! the team to the next phase, and the clock text.

use mysterie::domain::scenario::{Phase, PhaseMinutes, Scenario};
use mysterie::domain::timer::{
    clock, follow_phase, minutes_up, suggested_minutes, suggested_ms, PhaseTimer, EXTEND_MS, MINUTE_MS, SECOND_MS,
};

fn scenario() -> Scenario {
    serde_json::from_str(include_str!("fixtures/engine.json")).expect("the fixture is a valid scenario")
}

fn with_duration(minutes: u32) -> Scenario {
    let mut s = scenario();
    s.duration_minutes = minutes;
    s
}

const T0: u64 = 1_700_000_000_000;

// ---------------------------------------------------------------- suggestions

#[test]
fn the_duration_is_shared_among_the_phases() {
    let s = with_duration(100);
    let minutes: Vec<u32> = Phase::ALL.iter().map(|p| suggested_minutes(&s, *p)).collect();
    assert_eq!(minutes, vec![10, 30, 20, 15, 15, 10]);
    assert_eq!(suggested_ms(&s, Phase::Onderzoeken), 30 * MINUTE_MS);
}

#[test]
fn the_shares_add_up_to_about_the_duration() {
    for duration in 10..=240 {
        let s = with_duration(duration);
        let total: u32 = Phase::ALL.iter().map(|p| suggested_minutes(&s, *p)).sum();
        assert!(total.abs_diff(duration) <= 3, "{duration} minutes became {total}");
        assert!(Phase::ALL.iter().all(|p| suggested_minutes(&s, *p) >= 1));
    }
}

#[test]
fn phase_minutes_from_the_scenario_win_and_the_rest_is_shared() {
    let mut s = with_duration(60);
    s.phase_minutes = PhaseMinutes::default().with(Phase::Onderzoeken, 25).with(Phase::Resultaat, 15);
    assert_eq!(suggested_minutes(&s, Phase::Onderzoeken), 25);
    assert_eq!(suggested_minutes(&s, Phase::Resultaat), 15);
    // 20 minutes left for intro (10), ordenen (20), oplossen (15), reflecteren (15): weight 60.
    assert_eq!(suggested_minutes(&s, Phase::Intro), 3);
    assert_eq!(suggested_minutes(&s, Phase::Ordenen), 7);
    assert_eq!(suggested_minutes(&s, Phase::Oplossen), 5);
}

#[test]
fn a_phase_never_gets_less_than_a_minute() {
    let mut s = with_duration(30);
    s.phase_minutes = PhaseMinutes::default().with(Phase::Onderzoeken, 40).with(Phase::Intro, 0);
    assert_eq!(suggested_minutes(&s, Phase::Intro), 1);
    assert_eq!(suggested_minutes(&s, Phase::Ordenen), 1, "nothing left over, still one minute");
    let all = PhaseMinutes::from_fn(|p| Some(p.index() as u32 + 1));
    s.phase_minutes = all;
    assert_eq!(Phase::ALL.iter().map(|p| suggested_minutes(&s, *p)).collect::<Vec<_>>(), vec![1, 2, 3, 4, 5, 6]);
}

// ---------------------------------------------------------------- running

#[test]
fn a_new_timer_waits_until_it_is_started() {
    let timer = PhaseTimer::new(Phase::Onderzoeken, 10 * MINUTE_MS);
    assert!(!timer.is_running());
    assert_eq!(timer.remaining(T0 + 5 * MINUTE_MS), (10 * MINUTE_MS) as i64);
}

#[test]
fn a_running_timer_counts_down_from_its_start() {
    let mut timer = PhaseTimer::new(Phase::Onderzoeken, 10 * MINUTE_MS);
    timer.start(T0);
    assert!(timer.is_running());
    assert_eq!(timer.elapsed(T0 + 90 * SECOND_MS), 90 * SECOND_MS);
    assert_eq!(timer.remaining(T0 + 90 * SECOND_MS), (8 * MINUTE_MS + 30 * SECOND_MS) as i64);
    assert!(!timer.is_over(T0 + 9 * MINUTE_MS));
    assert!(timer.is_over(T0 + 10 * MINUTE_MS));
    assert_eq!(timer.remaining(T0 + 12 * MINUTE_MS), -(2 * MINUTE_MS as i64), "over time is negative");
}

#[test]
fn pause_keeps_the_time_used_and_start_continues() {
    let mut timer = PhaseTimer::new(Phase::Ordenen, 10 * MINUTE_MS);
    timer.start(T0);
    timer.pause(T0 + 3 * MINUTE_MS);
    assert!(!timer.is_running());
    // A long coffee break costs nothing.
    assert_eq!(timer.remaining(T0 + 60 * MINUTE_MS), (7 * MINUTE_MS) as i64);
    timer.start(T0 + 60 * MINUTE_MS);
    assert_eq!(timer.remaining(T0 + 61 * MINUTE_MS), (6 * MINUTE_MS) as i64);
}

#[test]
fn starting_twice_or_pausing_twice_changes_nothing() {
    let mut timer = PhaseTimer::new(Phase::Ordenen, 10 * MINUTE_MS);
    timer.start(T0);
    timer.start(T0 + MINUTE_MS);
    assert_eq!(timer.elapsed(T0 + 2 * MINUTE_MS), 2 * MINUTE_MS);
    timer.pause(T0 + 2 * MINUTE_MS);
    timer.pause(T0 + 5 * MINUTE_MS);
    assert_eq!(timer.elapsed(T0 + 9 * MINUTE_MS), 2 * MINUTE_MS);
}

#[test]
fn extending_gives_more_time_also_when_over() {
    let mut timer = PhaseTimer::new(Phase::Oplossen, 5 * MINUTE_MS);
    timer.start(T0);
    assert!(timer.is_over(T0 + 6 * MINUTE_MS));
    timer.extend(EXTEND_MS);
    assert_eq!(timer.remaining(T0 + 6 * MINUTE_MS), (4 * MINUTE_MS) as i64);
    assert_eq!(timer.planned_ms, 10 * MINUTE_MS);
    timer.extend(u64::MAX);
    assert_eq!(timer.planned_ms, u64::MAX, "no overflow");
    assert!(timer.remaining(T0) > 0);
}

#[test]
fn a_clock_that_goes_backwards_counts_as_no_time() {
    let mut timer = PhaseTimer::new(Phase::Intro, MINUTE_MS);
    timer.start(T0);
    assert_eq!(timer.elapsed(T0 - 10 * SECOND_MS), 0);
    assert_eq!(timer.remaining(T0 - 10 * SECOND_MS), MINUTE_MS as i64);
}

#[test]
fn restart_begins_the_time_again_and_keeps_running() {
    let mut timer = PhaseTimer::new(Phase::Ordenen, 10 * MINUTE_MS);
    timer.start(T0);
    timer.extend(EXTEND_MS);
    timer.restart(10 * MINUTE_MS, T0 + 8 * MINUTE_MS);
    assert!(timer.is_running());
    assert_eq!(timer.remaining(T0 + 9 * MINUTE_MS), (9 * MINUTE_MS) as i64);
    let mut paused = PhaseTimer::new(Phase::Ordenen, 10 * MINUTE_MS);
    paused.start(T0);
    paused.pause(T0 + MINUTE_MS);
    paused.restart(10 * MINUTE_MS, T0 + 2 * MINUTE_MS);
    assert!(!paused.is_running());
    assert_eq!(paused.remaining(T0 + 3 * MINUTE_MS), (10 * MINUTE_MS) as i64);
}

// ---------------------------------------------------------------- following the team

#[test]
fn the_timer_follows_the_team_to_the_next_phase() {
    let s = with_duration(100);
    let mut timer = Some(PhaseTimer::suggested(&s, Phase::Onderzoeken));
    timer.as_mut().unwrap().start(T0);
    follow_phase(&mut timer, &s, Phase::Onderzoeken, T0 + MINUTE_MS);
    assert_eq!(timer.as_ref().unwrap().remaining(T0 + MINUTE_MS), (29 * MINUTE_MS) as i64, "same phase: unchanged");

    follow_phase(&mut timer, &s, Phase::Ordenen, T0 + 2 * MINUTE_MS);
    let next = timer.clone().unwrap();
    assert_eq!(next.phase, Phase::Ordenen);
    assert!(next.is_running(), "a running timer keeps running");
    assert_eq!(next.remaining(T0 + 3 * MINUTE_MS), (19 * MINUTE_MS) as i64);

    let mut paused = Some(PhaseTimer::suggested(&s, Phase::Ordenen));
    follow_phase(&mut paused, &s, Phase::Oplossen, T0);
    assert!(!paused.as_ref().unwrap().is_running(), "a paused timer stays paused");
    assert_eq!(paused.unwrap().planned_ms, 15 * MINUTE_MS);

    let mut none = None;
    follow_phase(&mut none, &s, Phase::Ordenen, T0);
    assert_eq!(none, None, "the facilitator starts the timer, not the team");
}

#[test]
fn the_timer_is_saved_and_read_back() {
    let mut timer = PhaseTimer::new(Phase::Reflecteren, 7 * MINUTE_MS);
    timer.start(T0);
    let text = serde_json::to_string(&timer).unwrap();
    assert_eq!(serde_json::from_str::<PhaseTimer>(&text).unwrap(), timer);
    timer.pause(T0 + 1);
    let text = serde_json::to_string(&timer).unwrap();
    assert!(!text.contains("running_since"), "{text}");
    assert_eq!(serde_json::from_str::<PhaseTimer>(&text).unwrap(), timer);
}

// ---------------------------------------------------------------- the clock

#[test]
fn the_clock_shows_minutes_and_seconds_rounded_up() {
    assert_eq!(clock(0), "0:00");
    assert_eq!(clock(1), "0:01");
    assert_eq!(clock(59_001), "1:00");
    assert_eq!(clock((12 * MINUTE_MS + 5 * SECOND_MS) as i64), "12:05");
    assert_eq!(clock(-(3 * MINUTE_MS as i64) - 12_000), "3:12");
    assert_eq!(clock((125 * MINUTE_MS) as i64), "125:00");
    assert_eq!(minutes_up((4 * MINUTE_MS + 1) as i64), 5);
    assert_eq!(minutes_up(0), 0);
}

#[test]
fn the_time_is_spoken_every_five_minutes_and_in_the_last_two_not_every_second() {
    use mysterie::domain::timer::spoken_mark;
    let at = |m: u64, s: u64| (m * MINUTE_MS + s * SECOND_MS) as i64;
    assert_eq!(spoken_mark(at(12, 0)), None);
    assert_eq!(spoken_mark(at(10, 0)), Some(10));
    assert_eq!(spoken_mark(at(9, 30)), Some(10), "the mark holds for the minute, so it is said once");
    assert_eq!(spoken_mark(at(9, 0)), None);
    assert_eq!(spoken_mark(at(5, 0)), Some(5));
    assert_eq!(spoken_mark(at(3, 0)), None);
    assert_eq!(spoken_mark(at(2, 0)), Some(2));
    assert_eq!(spoken_mark(at(0, 59)), Some(1));
    assert_eq!(spoken_mark(0), None, "time up is said once by the panel, not as a mark");
    assert_eq!(spoken_mark(-5_000), None);
    // Over a running 12-minute timer, second by second: the mark changes only a few times.
    let mut changes = 0;
    let mut last = spoken_mark(at(12, 0));
    for s in (0..=12 * 60).rev() {
        let mark = spoken_mark(at(0, s));
        if mark != last && mark.is_some() {
            changes += 1;
        }
        last = mark;
    }
    assert_eq!(changes, 4, "10, 5, 2 and 1 minutes left");
}

/// Every phase's rules in one place (scenario::Phase): the order, going back,
/// hints and the timer's shares agree with each other.
#[test]
fn the_phase_table_is_consistent() {
    use mysterie::domain::scenario::Phase;
    for (i, phase) in Phase::ALL.iter().enumerate() {
        assert_eq!(phase.next(), Phase::ALL.get(i + 1).copied(), "{phase:?}");
        assert_eq!(phase.previous(), i.checked_sub(1).map(|j| Phase::ALL[j]), "{phase:?}");
        assert_eq!(serde_json::to_string(phase).unwrap(), format!("\"{}\"", phase.as_str()));
    }
    let with_hints: Vec<Phase> = Phase::ALL.into_iter().filter(|p| p.allows_hints()).collect();
    assert_eq!(with_hints, Phase::WITH_HINTS.to_vec());
    assert_eq!(Phase::ALL.iter().map(|p| p.weight()).sum::<u32>(), 100);
    let back: Vec<Phase> = Phase::ALL.into_iter().filter(|p| p.can_go_back()).collect();
    assert_eq!(back, vec![Phase::Ordenen, Phase::Oplossen]);
}

/// The texts of the begeleider's timer and of its spoken minute marks.
#[test]
fn the_timer_says_what_is_left_over_and_paused() {
    use mysterie::domain::scenario::Phase;
    use mysterie::domain::timer::{spoken_text, timer_text};
    let mut t = PhaseTimer::new(Phase::Ordenen, 10 * MINUTE_MS);
    assert_eq!(timer_text(&t, T0), "Nog 10:00 (gepauzeerd)");
    t.start(T0);
    assert_eq!(timer_text(&t, T0 + 4 * MINUTE_MS + 55 * SECOND_MS), "Nog 5:05");
    assert_eq!(timer_text(&t, T0 + 12 * MINUTE_MS + 10 * SECOND_MS), "2:10 over de tijd");
    t.pause(T0 + 12 * MINUTE_MS + 10 * SECOND_MS);
    assert_eq!(timer_text(&t, T0 + 20 * MINUTE_MS), "2:10 over de tijd (gepauzeerd)");
    assert_eq!(spoken_text(5, Phase::Ordenen), "Nog 5 minuten voor Ordenen.");
    assert_eq!(spoken_text(1, Phase::Oplossen), "Nog 1 minuut voor Oplossen.");
}
