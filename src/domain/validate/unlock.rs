//! Whether every card comes free: cycles in `unlock.after`, and a play-through
//! of the unlock rules round by round.

use std::collections::{BTreeMap, HashSet};

use crate::domain::scenario::{Relevance, Scenario};
use crate::domain::text::{quote, quote_list};

use super::check::{clue_index, Check};

/// Longest cycle shown in full in a message, and most cycles reported.
const MAX_CYCLE_SHOWN: usize = 12;
const MAX_CYCLES_REPORTED: usize = 20;

/// Cycles in `unlock.after`: clues that wait for each other never come free.
pub(super) fn check_unlock_cycles(c: &mut Check, s: &Scenario) {
    let index = clue_index(s);
    let n = s.clues.len();
    // edges[i]: (position in after, clue waited for). Self-waits are reported elsewhere.
    let edges: Vec<Vec<(usize, usize)>> = s
        .clues
        .iter()
        .enumerate()
        .map(|(i, clue)| {
            let mut out: Vec<(usize, usize)> = Vec::new();
            let mut seen: HashSet<usize> = HashSet::new();
            for (j, after) in clue.unlock.after.iter().enumerate() {
                if let Some(&t) = index.get(after.as_str()) {
                    if t != i && seen.insert(t) {
                        out.push((j, t));
                    }
                }
            }
            out
        })
        .collect();

    // Iterative depth-first search; colour 0 = new, 1 = on the current path, 2 = done.
    let mut colour = vec![0u8; n];
    let mut position = vec![0usize; n];
    let mut reported: HashSet<Vec<usize>> = HashSet::new();
    let mut cycles: Vec<(usize, usize, Vec<usize>)> = Vec::new();
    for start in 0..n {
        if colour[start] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        colour[start] = 1;
        position[start] = 0;
        while let Some(top) = stack.last_mut() {
            let (u, next) = *top;
            if next >= edges[u].len() {
                colour[u] = 2;
                stack.pop();
                continue;
            }
            top.1 += 1;
            let (_, t) = edges[u][next];
            match colour[t] {
                0 => {
                    colour[t] = 1;
                    position[t] = stack.len();
                    stack.push((t, 0));
                }
                1 if cycles.len() < MAX_CYCLES_REPORTED => {
                    // Every node on the stack from t on follows the edge at its counter - 1.
                    let members: Vec<(usize, usize)> = stack[position[t]..]
                        .iter()
                        .map(|&(node, counter)| (node, edges[node][counter.saturating_sub(1)].0))
                        .collect();
                    let mut key: Vec<usize> = members.iter().map(|&(node, _)| node).collect();
                    key.sort_unstable();
                    if reported.insert(key) {
                        let first = members.iter().enumerate().min_by_key(|(_, &(node, _))| node).map_or(0, |(k, _)| k);
                        let mut order: Vec<usize> =
                            members[first..].iter().chain(&members[..first]).map(|&(node, _)| node).collect();
                        order.push(members[first].0);
                        cycles.push((members[first].0, members[first].1, order));
                    }
                }
                _ => {}
            }
        }
    }
    cycles.sort_by_key(|&(clue, after, _)| (clue, after));
    for (clue, after, order) in cycles {
        let names: Vec<&str> = order.iter().map(|&k| s.clues[k].id.as_str()).collect();
        let shown = if names.len() > MAX_CYCLE_SHOWN {
            format!("{} → … → {}", names[..MAX_CYCLE_SHOWN - 1].join(" → "), names[names.len() - 1])
        } else {
            names.join(" → ")
        };
        c.error(
            format!("clues[{clue}].unlock.after[{after}]"),
            format!(
                "Deze aanwijzingen wachten op elkaar in een kring: {shown} (→ betekent: wacht op). \
                 Daardoor komt geen van deze aanwijzingen ooit vrij. Laat één ervan niet meer op de volgende wachten."
            ),
        );
    }
}

/// Play the unlock rules: uncover everything that comes free, round by round
/// up to the last round. A clue that never comes free is an error.
pub(super) fn check_reachable(c: &mut Check, s: &Scenario) {
    let revealed = simulate_unlocks(s);
    let index = clue_index(s);
    for (i, clue) in s.clues.iter().enumerate() {
        if revealed[i] {
            continue;
        }
        let id = quote(&clue.id);
        let mut missing: Vec<&str> = Vec::new();
        let mut waits_on_self = false;
        let mut never: Vec<&str> = Vec::new();
        let mut seen: HashSet<&str> = HashSet::new();
        for after in &clue.unlock.after {
            if !seen.insert(after) {
                continue;
            }
            match index.get(after.as_str()) {
                _ if *after == clue.id => waits_on_self = true,
                None => missing.push(after),
                Some(&t) if !revealed[t] => never.push(after),
                Some(_) => {}
            }
        }
        let reason = if waits_on_self {
            "want deze aanwijzing wacht op zichzelf".to_string()
        } else if !missing.is_empty() {
            format!("want deze aanwijzing wacht op {}, en die bestaat niet", quote_list(&missing))
        } else if !never.is_empty() {
            format!("want deze aanwijzing wacht op {}, en die komt zelf ook nooit vrij", quote_list(&never))
        } else {
            "want de rondes en after-lijsten laten dat niet toe".to_string()
        };
        let key = if clue.relevance == Relevance::Key {
            " Dit is een kernaanwijzing: zonder deze aanwijzing is het mysterie niet op te lossen."
        } else {
            ""
        };
        c.error(
            format!("clues[{i}].unlock"),
            format!("Aanwijzing {id} komt in het spel nooit vrij, {reason}.{key} Pas unlock.after aan."),
        );
    }
}

/// Which clues (by position) come free when a team uncovers everything it can,
/// round by round, as the game allows: a clue comes free from its round on,
/// once every clue in its `after` is uncovered.
fn simulate_unlocks(s: &Scenario) -> Vec<bool> {
    let index = clue_index(s);
    let n = s.clues.len();
    let mut unmet = vec![0usize; n];
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut by_round: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, clue) in s.clues.iter().enumerate() {
        let distinct: HashSet<&str> = clue.unlock.after.iter().map(String::as_str).collect();
        for after in distinct {
            unmet[i] += 1;
            // An unknown clue, or the clue itself, never counts as uncovered.
            if let Some(&t) = index.get(after) {
                if t != i {
                    dependents[t].push(i);
                }
            }
        }
        by_round.entry(clue.unlock.round).or_default().push(i);
    }
    let mut revealed = vec![false; n];
    for (&round, members) in &by_round {
        let mut queue: Vec<usize> = members.iter().copied().filter(|&i| unmet[i] == 0).collect();
        while let Some(i) = queue.pop() {
            if revealed[i] {
                continue;
            }
            revealed[i] = true;
            for &d in &dependents[i] {
                unmet[d] = unmet[d].saturating_sub(1);
                if unmet[d] == 0 && s.clues[d].unlock.round <= round && !revealed[d] {
                    queue.push(d);
                }
            }
        }
    }
    revealed
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::domain::validate::*;
    use serde_json::json;

    #[test]
    fn cards_that_wait_for_each_other_are_one_cycle() {
        let mut s = scenario();
        s.clues[0].unlock.after = vec!["c2".into()];
        let message = at(&run(check_unlock_cycles, &s), "clues[0].unlock.after[0]").message;
        assert!(message.contains("c1 → c2 → c1"), "{message}");
        let problems = run(check_reachable, &s);
        assert!(at(&problems, "clues[0].unlock").message.contains("komt zelf ook nooit vrij"));
        assert!(at(&problems, "clues[5].unlock").is_error(), "c6 waits for c2, which never comes free");
    }

    #[test]
    fn every_card_of_the_fixture_comes_free() {
        assert!(simulate_unlocks(&scenario()).iter().all(|&free| free));
    }

    #[test]
    fn unlock_cycle_is_reported_on_its_first_clue() {
        // c1 waits for c6, c6 for c2, c2 for c1.
        let problems = problems_after(|v| v["clues"][0]["unlock"] = json!({"after": ["c6"]}));
        assert_error(&problems, "clues[0].unlock.after[0]", &["c1 → c6 → c2 → c1"]);
        // Exactly one report of this cycle.
        assert_eq!(problems.iter().filter(|p| p.message.contains("kring")).count(), 1, "{}", list(&problems));
        // Two clues waiting for each other, the first of them later in the list.
        let problems = problems_after(|v| v["clues"][2]["unlock"]["after"] = json!(["c5"]));
        assert_error(&problems, "clues[2].unlock.after[0]", &["c3 → c5 → c3"]);
    }

    #[test]
    fn unreachable_key_clue_is_an_error_on_that_clue() {
        // c1 and c2 wait for each other; c6 waits for c2 and never comes free either.
        let problems = problems_after(|v| v["clues"][0]["unlock"] = json!({"after": ["c2"]}));
        assert_error(&problems, "clues[0].unlock.after[0]", &["c1 → c2 → c1"]);
        assert_error(&problems, "clues[0].unlock", &["‘c1’", "nooit vrij", "kernaanwijzing"]);
        assert_error(&problems, "clues[5].unlock", &["‘c6’", "‘c2’", "nooit vrij", "kernaanwijzing"]);
        // The others still come free.
        assert_no_problem_at(&problems, "clues[2].unlock");
        // A clue behind an unknown clue never comes free either.
        let problems = problems_after(|v| v["clues"][5]["unlock"]["after"] = json!(["weg"]));
        assert_error(&problems, "clues[5].unlock", &["‘c6’", "‘weg’", "bestaat niet"]);
    }

    #[test]
    fn later_rounds_and_chains_of_after_are_reachable() {
        // c5 (round 2) waits for c3 (round 2); a clue in round 3 waiting for c5 still comes free.
        let problems = problems_after(|v| {
            let mut extra = v["clues"][4].clone();
            extra["id"] = json!("c7");
            extra["unlock"] = json!({"round": 3, "after": ["c5", "c6"]});
            v["clues"].as_array_mut().unwrap().push(extra);
        });
        assert!(!has_errors(&problems), "{}", list(&problems));
    }
}
