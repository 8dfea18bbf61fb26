//! The solution: its summary, the key clues (which must be key cards), the
//! chains between cards, the concepts, and whether the top SOLO level can be reached.

use std::collections::HashSet;

use crate::domain::scenario::{Bouwsteen, Perspective, Relevance, Scenario};
use crate::domain::text::quote;

use super::check::{clue_index, relevance_word, Check};

pub const MIN_KEY_CLUES: usize = 2;

pub(super) fn check_solution(c: &mut Check, s: &Scenario) {
    let index = clue_index(s);
    let clue = |id: &str| index.get(id).map(|&i| &s.clues[i]);
    let solution = &s.solution;
    c.filled(
        "solution.summary",
        &solution.summary,
        "Het antwoord op de centrale vraag is leeg. Schrijf het in een paar zinnen op.",
    );

    let keys = &solution.key_clues;
    let listed: HashSet<&str> = keys.iter().map(String::as_str).collect();
    let mut seen_keys: HashSet<&str> = HashSet::new();
    if keys.len() < MIN_KEY_CLUES {
        c.error(
            "solution.key_clues",
            format!(
                "De oplossing heeft {} {}. Er zijn er minstens {MIN_KEY_CLUES} nodig: het antwoord mag niet uit één aanwijzing komen.",
                keys.len(),
                if keys.len() == 1 { "kernaanwijzing" } else { "kernaanwijzingen" }
            ),
        );
    }
    for (j, key) in keys.iter().enumerate() {
        let p = format!("solution.key_clues[{j}]");
        let first_time = seen_keys.insert(key);
        match clue(key) {
            None => c.error(p, format!("Aanwijzing {} bestaat niet. Kies een id uit clues.", quote(key))),
            Some(_) if !first_time => c.error(
                p,
                format!("Aanwijzing {} staat twee keer bij de kernaanwijzingen. Haal er één weg.", quote(key)),
            ),
            Some(clue) if clue.relevance != Relevance::Key => c.error(
                p,
                format!(
                    "Aanwijzing {} staat bij de kernaanwijzingen, maar heeft als belang {}. \
                     Kies bij die aanwijzing als belang ‘kernaanwijzing’, of haal haar hier weg.",
                    quote(key),
                    quote(relevance_word(clue.relevance))
                ),
            ),
            Some(_) => {}
        }
    }
    for (i, clue) in s.clues.iter().enumerate() {
        if clue.relevance == Relevance::Key && !listed.contains(clue.id.as_str()) {
            c.error(
                format!("clues[{i}].relevance"),
                format!(
                    "Aanwijzing {} is een kernaanwijzing, maar staat niet bij de kernaanwijzingen van de oplossing. \
                     Zet haar daar bij, of kies een ander belang.",
                    quote(&clue.id)
                ),
            );
        }
    }

    if solution.chains.is_empty() {
        c.error(
            "solution.chains",
            "Er staan geen verbanden in de oplossing. Voeg er minstens één toe: welke aanwijzing leidt tot welke.",
        );
    }
    for (j, chain) in solution.chains.iter().enumerate() {
        let p = format!("solution.chains[{j}]");
        for (end, id) in [("from", &chain.from), ("to", &chain.to)] {
            match clue(id) {
                None => c.error(
                    format!("{p}.{end}"),
                    format!("Aanwijzing {} bestaat niet. Kies een id uit clues.", quote(id)),
                ),
                Some(clue) if clue.relevance == Relevance::RedHerring => c.error(
                    format!("{p}.{end}"),
                    format!(
                        "Aanwijzing {} is een dwaalspoor en hoort niet in een verband van de oplossing. \
                         Kies een andere aanwijzing, of geef deze een ander belang.",
                        quote(id)
                    ),
                ),
                Some(_) => {}
            }
        }
        if chain.from == chain.to {
            c.error(
                format!("{p}.to"),
                format!(
                    "Dit verband gaat van {} naar dezelfde aanwijzing. Kies bij to een andere aanwijzing.",
                    quote(&chain.from)
                ),
            );
        }
        if chain.why.trim().is_empty() {
            c.warning(
                format!("{p}.why"),
                format!(
                    "Er staat niet waarom {} tot {} leidt. Schrijf het kort op bij why: het team ziet dit bij de nabespreking.",
                    quote(&chain.from),
                    quote(&chain.to)
                ),
            );
        }
    }

    for (j, concept) in solution.concepts.iter().enumerate() {
        let p = format!("solution.concepts[{j}]");
        c.filled(format!("{p}.label"), &concept.label, "Dit begrip heeft geen naam (label). Vul een korte naam in.");
        if concept.words.iter().all(|w| w.trim().is_empty()) {
            c.error(
                format!("{p}.words"),
                format!(
                    "Begrip {} heeft geen woorden. Voeg minstens één woord toe waaraan de app het begrip herkent in de uitleg van het team.",
                    quote(&concept.label)
                ),
            );
        } else {
            for (k, word) in concept.words.iter().enumerate() {
                if word.trim().is_empty() {
                    c.warning(format!("{p}.words[{k}]"), "Dit woord is leeg. Haal het weg.");
                }
            }
        }
    }

    check_solo_reachable(c, s);
}

/// Advice when the key clues and chains cannot give the top SOLO level.
pub(super) fn check_solo_reachable(c: &mut Check, s: &Scenario) {
    let index = clue_index(s);
    // Each listed key clue once, in list order.
    let mut positions: Vec<usize> = Vec::new();
    let mut seen: HashSet<usize> = HashSet::new();
    for id in &s.solution.key_clues {
        if let Some(&i) = index.get(id.as_str()) {
            if s.clues[i].relevance == Relevance::Key && seen.insert(i) {
                positions.push(i);
            }
        }
    }
    let key_clues: Vec<&crate::domain::scenario::Clue> = positions.iter().map(|&i| &s.clues[i]).collect();
    if key_clues.len() < MIN_KEY_CLUES {
        return; // Already an error.
    }
    let mut bouwstenen: Vec<Bouwsteen> = key_clues.iter().flat_map(|clue| clue.bouwstenen.iter().copied()).collect();
    bouwstenen.sort_unstable();
    bouwstenen.dedup();
    let missing: Vec<&str> = Perspective::ALL
        .iter()
        .filter(|p| !key_clues.iter().any(|clue| clue.perspectives.contains(p)))
        .map(|p| p.as_str())
        .collect();
    if bouwstenen.len() < 2 || !missing.is_empty() {
        let mut gaps: Vec<String> = Vec::new();
        if bouwstenen.len() < 2 {
            gaps.push(format!("ze gaan over {} bouwsteen, en er zijn er minstens 2 nodig", bouwstenen.len()));
        }
        if !missing.is_empty() {
            gaps.push(format!("het perspectief {} ontbreekt", missing.join(" en ")));
        }
        c.warning(
            "solution.key_clues",
            format!(
                "Met deze kernaanwijzingen kan een team het hoogste niveau (‘Breed verbonden verklaring’) niet halen: {}. \
                 Kies kernaanwijzingen die samen minstens 2 bouwstenen en alle drie perspectieven (juridisch, financieel, sociaal) raken.",
                gaps.join("; ")
            ),
        );
    }
    let key_ids: HashSet<&str> = key_clues.iter().map(|clue| clue.id.as_str()).collect();
    let is_key = |id: &str| key_ids.contains(id);
    if !s.solution.chains.is_empty()
        && !s.solution.chains.iter().any(|chain| chain.from != chain.to && is_key(&chain.from) && is_key(&chain.to))
    {
        c.warning(
            "solution.chains",
            "Geen enkel verband (chain) verbindt twee kernaanwijzingen. Een team haalt een hoog niveau pas als het \
             kernaanwijzingen met elkaar verbindt. Maak een chain van de ene kernaanwijzing naar de andere.",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::domain::validate::*;
    use serde_json::json;

    #[test]
    fn key_clues_must_be_key_cards_and_listed() {
        let mut s = scenario();
        s.solution.key_clues[2] = "c3".into();
        let problems = run(check_solution, &s);
        assert!(at(&problems, "solution.key_clues[2]").message.contains("‘achtergrond’"));
        assert!(at(&problems, "clues[5].relevance").message.contains("niet bij de kernaanwijzingen"));
    }

    #[test]
    fn a_chain_joins_two_different_cards_that_exist() {
        let mut s = scenario();
        s.solution.chains[0].to = "c2".into();
        s.solution.chains[1].from = "c9".into();
        let problems = run(check_solution, &s);
        assert!(at(&problems, "solution.chains[0].to").message.contains("dezelfde aanwijzing"));
        assert!(at(&problems, "solution.chains[1].from").message.contains("‘c9’ bestaat niet"));
    }

    #[test]
    fn solution_summary_must_be_filled() {
        let problems = problems_after(|v| v["solution"]["summary"] = json!(""));
        assert_error(&problems, "solution.summary", &["leeg"]);
    }

    #[test]
    fn key_clue_rules() {
        let problems = problems_after(|v| v["solution"]["key_clues"] = json!(["c1"]));
        assert_error(&problems, "solution.key_clues", &["1", "minstens 2"]);
        let problems = problems_after(|v| v["solution"]["key_clues"][1] = json!("c99"));
        assert_error(&problems, "solution.key_clues[1]", &["‘c99’", "bestaat niet"]);
        let problems = problems_after(|v| v["solution"]["key_clues"].as_array_mut().unwrap().push(json!("c1")));
        assert_error(&problems, "solution.key_clues[3]", &["‘c1’", "twee keer"]);
        let problems = problems_after(|v| v["solution"]["key_clues"].as_array_mut().unwrap().push(json!("c3")));
        assert_error(&problems, "solution.key_clues[3]", &["‘c3’", "‘achtergrond’", "kernaanwijzingen"]);
    }

    #[test]
    fn every_key_clue_is_listed() {
        let problems = problems_after(|v| v["solution"]["key_clues"] = json!(["c1", "c2"]));
        assert_error(&problems, "clues[5].relevance", &["‘c6’", "niet bij de kernaanwijzingen"]);
    }

    #[test]
    fn chain_rules() {
        let problems = problems_after(|v| v["solution"]["chains"] = json!([]));
        assert_error(&problems, "solution.chains", &["minstens één"]);
        let problems = problems_after(|v| v["solution"]["chains"][0]["from"] = json!("c42"));
        assert_error(&problems, "solution.chains[0].from", &["‘c42’"]);
        let problems = problems_after(|v| v["solution"]["chains"][1]["to"] = json!("c42"));
        assert_error(&problems, "solution.chains[1].to", &["‘c42’"]);
        let problems = problems_after(|v| v["solution"]["chains"][1]["to"] = json!("c1"));
        assert_error(&problems, "solution.chains[1].to", &["‘c1’", "dezelfde"]);
        let problems = problems_after(|v| v["solution"]["chains"][1]["to"] = json!("c4"));
        assert_error(&problems, "solution.chains[1].to", &["‘c4’", "dwaalspoor"]);
        let problems = problems_after(|v| v["solution"]["chains"][1]["why"] = json!(""));
        assert_warning(&problems, "solution.chains[1].why", &["‘c1’", "‘c6’"]);
    }

    #[test]
    fn concept_rules() {
        let problems = problems_after(|v| v["solution"]["concepts"][0]["label"] = json!(" "));
        assert_error(&problems, "solution.concepts[0].label", &["label"]);
        let problems = problems_after(|v| v["solution"]["concepts"][0]["words"] = json!([]));
        assert_error(&problems, "solution.concepts[0].words", &["‘Begrijpelijke taal’"]);
        let problems = problems_after(|v| v["solution"]["concepts"][0]["words"] = json!(["", " "]));
        assert_error(&problems, "solution.concepts[0].words", &["‘Begrijpelijke taal’"]);
        let problems = problems_after(|v| v["solution"]["concepts"][0]["words"] = json!(["taal", ""]));
        assert_warning(&problems, "solution.concepts[0].words[1]", &["leeg"]);
        assert!(!has_errors(&problems), "{}", list(&problems));
    }

    #[test]
    fn top_solo_level_out_of_reach_is_a_warning() {
        // Without c1 the key clues miss the social perspective.
        let problems = problems_after(|v| v["clues"][0]["perspectives"] = json!(["juridisch"]));
        assert_warning(&problems, "solution.key_clues", &["sociaal"]);
        assert!(!has_errors(&problems), "{}", list(&problems));
        // All key clues about one bouwsteen.
        let problems = problems_after(|v| v["clues"][1]["bouwstenen"] = json!(["toegang"]));
        assert_warning(&problems, "solution.key_clues", &["1 bouwsteen", "minstens 2"]);
        // No chain between two key clues.
        let problems = problems_after(|v| {
            v["solution"]["chains"] = json!([{"from": "c3", "to": "c1", "why": "Drukte aan de telefoon."}])
        });
        assert_warning(&problems, "solution.chains", &["kernaanwijzingen"]);
        assert!(!has_errors(&problems), "{}", list(&problems));
    }
}
