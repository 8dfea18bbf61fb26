//! Samen spelen in a room: one session of one mystery for several teams, run
//! from the trainer console, without a server.
//!
//! - [`link`]: the session code every screen joins with (mystery, plan, start
//!   time, number of teams, seat, the console's clock events).
//! - [`clock`]: the room clock, computed from that code alone.
//! - [`result_code`]: a team's result as one QR code, read back by the console.
//! - `code`: the byte layer (numbers, texts, CRC-32, base 32) both codes share.
//!
//! How pause and extend reach team screens: the console's team QR codes and
//! links always carry the newest events; a team screen that opens the newer
//! code follows them. Teams that do not rescan follow the room timer on the
//! beamer (the projector view follows the console in the same browser). The
//! team screen says which of the two it shows.

pub mod clock;
pub mod code;
pub mod console;
pub mod link;
pub mod member;
pub mod result_code;
pub mod scan;

use super::deal::to_base36;
use super::scenario::{Phase, Scenario};
use super::timer;
use clock::Plan;

/// The session id as people see it: base 36, e.g. "k3x9a1".
pub fn session_name(id: u32) -> String {
    to_base36(id)
}

/// A plan of about `total` minutes from the scenario's phase minutes (its own
/// minutes or shares of `duration_minutes`, see `timer::suggested_minutes`),
/// scaled; rounding differences go to Onderzoeken. Every phase gets at least
/// one minute.
pub fn scaled_plan(scenario: &Scenario, total: u32) -> Plan {
    let base: Vec<u32> = Phase::ALL.iter().map(|p| timer::suggested_minutes(scenario, *p)).collect();
    let sum: u32 = base.iter().sum::<u32>().max(1);
    let mut plan = [0u32; 6];
    for (slot, minutes) in plan.iter_mut().zip(&base) {
        *slot = ((minutes * total + sum / 2) / sum).max(1);
    }
    let now: u32 = plan.iter().sum();
    let research = &mut plan[1];
    if now < total {
        *research += total - now;
    } else {
        *research = research.saturating_sub(now - total).max(1);
    }
    plan
}

/// What the room does now, for the beamer: short, in B1 Dutch. `None` is after the plan.
pub fn what_now(phase: Option<Phase>) -> &'static str {
    match phase {
        Some(Phase::Intro) => "Lees samen de casus en de centrale vraag. Scan de QR-code van jullie team.",
        Some(Phase::Onderzoeken) => {
            "Lees of beluister je eigen kaarten. Vertel het team wat je hoorde. Draai de kaart daarna om op het teamscherm."
        }
        Some(Phase::Ordenen) => "Leg de kaarten in groepen. Welke kaarten zijn de sleutel? Welke horen bij elkaar?",
        Some(Phase::Oplossen) => "Beantwoord de centrale vraag in jullie eigen woorden. Noem de kaarten die het laten zien.",
        Some(Phase::Reflecteren) => "Hoe gaat dit bij jullie eigen gemeente? Vul de stellingen en vragen samen in.",
        Some(Phase::Resultaat) => "Kies jullie acties. Laat daarna de trainer de resultaatcode van jullie team scannen.",
        None => "De geplande tijd is om. Rond rustig af en laat de trainer jullie resultaatcode scannen.",
    }
}

/// The plans a trainer can pick: the scenario's `session_plans` (phases left
/// out there get the suggested minutes), or, for a mystery without them, a
/// plan of 60 and one of 90 minutes made from its phase minutes
/// ([`scaled_plan`]). Each as (total minutes, plan).
pub fn plans(scenario: &Scenario) -> Vec<(u32, Plan)> {
    if scenario.session_plans.is_empty() {
        return [60, 90].into_iter().map(|m| (m, scaled_plan(scenario, m))).collect();
    }
    scenario
        .session_plans
        .iter()
        .map(|p| {
            let mut plan = [0u32; 6];
            for (slot, phase) in plan.iter_mut().zip(Phase::ALL) {
                *slot = p.phases.get(phase).unwrap_or_else(|| timer::suggested_minutes(scenario, phase)).max(1);
            }
            (clock::total(&plan), plan)
        })
        .collect()
}
