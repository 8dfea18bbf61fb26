//! The cards: how many, ids, title and text, who tells it, the unlock round
//! and what a card waits for, category by relevance, bouwstenen,
//! perspectives and the guide section it cites.

use std::collections::{HashMap, HashSet};

use crate::domain::scenario::{Bouwsteen, ClueKind, Relevance, Scenario};
use crate::domain::text::quote;

use super::check::{clue_index, duplicates, first_seen, relevance_word, Check};
use super::sources::is_valid_section;

/// `unlock.round` must lie in this range.
pub const UNLOCK_ROUNDS: std::ops::RangeInclusive<u32> = 1..=10;
/// Fewer clues than this is an error.
pub const MIN_CLUES: usize = 3;
/// More clues than this is an error: the game stays quick on an old laptop or
/// a phone up to here (docs/performance.md), and no room plays more.
pub const MAX_CLUES: usize = 300;
/// Outside this range the number of clues gets a warning.
pub const USUAL_CLUES: std::ops::RangeInclusive<usize> = 15..=30;

pub(super) fn check_clues(c: &mut Check, s: &Scenario) {
    let index = clue_index(s);
    let characters: HashSet<&str> = s.characters.iter().map(|ch| ch.id.as_str()).collect();
    let categories: HashSet<&str> = s.categories.iter().map(|cat| cat.id.as_str()).collect();
    let bouwstenen: HashSet<Bouwsteen> = s.bouwstenen.iter().copied().collect();
    let n = s.clues.len();
    if n < MIN_CLUES {
        c.error(
            "clues",
            format!(
                "Dit mysterie heeft {n} aanwijzing(en). Er zijn er minstens {MIN_CLUES} nodig. Voeg aanwijzingen toe."
            ),
        );
    } else if n > MAX_CLUES {
        c.error(
            "clues",
            format!(
                "Dit mysterie heeft {n} aanwijzingen. Dat zijn er te veel om te spelen: hoogstens {MAX_CLUES}. Een mysterie heeft meestal {} tot {} aanwijzingen.",
                USUAL_CLUES.start(),
                USUAL_CLUES.end()
            ),
        );
    } else if !USUAL_CLUES.contains(&n) {
        let advice = if n < *USUAL_CLUES.start() {
            "Met minder aanwijzingen valt er weinig te zoeken en te ordenen."
        } else {
            "Met meer aanwijzingen wordt het spel lang en onoverzichtelijk."
        };
        c.warning(
            "clues",
            format!(
                "Dit mysterie heeft {n} aanwijzingen. Een mysterie heeft meestal {} tot {} aanwijzingen. {advice}",
                USUAL_CLUES.start(),
                USUAL_CLUES.end()
            ),
        );
    }

    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, clue) in s.clues.iter().enumerate() {
        let p = format!("clues[{i}]");
        let id = quote(&clue.id);
        c.id(&format!("{p}.id"), &clue.id, "deze aanwijzing");
        if !clue.id.is_empty() {
            if let Some(first) = first_seen(&mut seen, &clue.id, i) {
                c.error(
                    format!("{p}.id"),
                    format!("Id {id} is al gebruikt door clues[{first}]. Geef elke aanwijzing een eigen id."),
                );
            }
        }
        c.filled(
            format!("{p}.title"),
            &clue.title,
            format!("Aanwijzing {id} heeft geen titel. Geef de kaart een korte titel."),
        );
        c.filled(
            format!("{p}.text"),
            &clue.text,
            format!("Aanwijzing {id} heeft geen tekst. Schrijf wat er op de kaart staat."),
        );

        match clue.speaker.as_deref() {
            None if clue.kind == ClueKind::Voice => c.error(
                format!("{p}.speaker"),
                format!(
                    "Bij aanwijzing {id} staat niet wie het zegt. Deze kaart is een ervaring: iemand vertelt. \
                     Kies bij ‘Wie vertelt dit?’ een persoon."
                ),
            ),
            None => {}
            Some(speaker) if speaker.trim().is_empty() => c.error(
                format!("{p}.speaker"),
                format!(
                    "Bij aanwijzing {id} is ‘Wie vertelt dit?’ leeg. \
                     Kies een persoon uit de lijst personen, of kies ‘Niemand’."
                ),
            ),
            Some(speaker) if !characters.contains(speaker) => c.error(
                format!("{p}.speaker"),
                format!(
                    "Persoon {} bestaat niet. Kies bij ‘Wie vertelt dit?’ een persoon uit de lijst personen, of voeg deze persoon toe.",
                    quote(speaker)
                ),
            ),
            Some(_) => {}
        }

        if !UNLOCK_ROUNDS.contains(&clue.unlock.round) {
            c.error(
                format!("{p}.unlock.round"),
                format!(
                    "Ronde {} kan niet. Kies een ronde van {} tot en met {}. Ronde 1 is het begin van het spel.",
                    clue.unlock.round,
                    UNLOCK_ROUNDS.start(),
                    UNLOCK_ROUNDS.end()
                ),
            );
        }
        let mut seen_after: HashSet<&str> = HashSet::new();
        for (j, after) in clue.unlock.after.iter().enumerate() {
            let ap = format!("{p}.unlock.after[{j}]");
            let first_time = seen_after.insert(after);
            if *after == clue.id {
                c.error(
                    ap,
                    format!("Aanwijzing {id} wacht op zichzelf en komt zo nooit vrij. Haal {id} weg uit after."),
                );
            } else if !index.contains_key(after.as_str()) {
                c.error(
                    ap,
                    format!(
                        "Aanwijzing {} bestaat niet. Kies een id uit clues, of haal {} weg uit after.",
                        quote(after),
                        quote(after)
                    ),
                );
            } else if !first_time {
                c.error(ap, format!("Aanwijzing {} staat twee keer in after. Haal er één weg.", quote(after)));
            }
        }

        match (clue.relevance, clue.category.as_deref()) {
            (Relevance::RedHerring, Some(category)) => c.error(
                format!("{p}.category"),
                format!(
                    "Aanwijzing {id} is een dwaalspoor. Een dwaalspoor hoort in geen categorie: \
                     het team moet het apart leggen. Kies bij ‘Categorie’ voor ‘Geen categorie’ in plaats van categorie {}.",
                    quote(category)
                ),
            ),
            (Relevance::Key | Relevance::Supporting, None) => c.error(
                format!("{p}.category"),
                format!(
                    "Aanwijzing {id} heeft als belang {} en hoort daarom in een categorie. Kies bij ‘Categorie’ een categorie.",
                    quote(relevance_word(clue.relevance))
                ),
            ),
            (_, Some(category)) => {
                if !categories.contains(category) {
                    c.error(
                        format!("{p}.category"),
                        format!(
                            "Categorie {} bestaat niet. Kies een id uit de lijst categories of voeg deze categorie toe.",
                            quote(category)
                        ),
                    );
                }
            }
            (_, None) => {}
        }

        if clue.bouwstenen.is_empty() {
            c.error(
                format!("{p}.bouwstenen"),
                format!("Aanwijzing {id} heeft geen bouwsteen. Vul minstens één bouwsteen in."),
            );
        }
        duplicates(c, &format!("{p}.bouwstenen"), &clue.bouwstenen, |b| b.as_str(), "Bouwsteen");
        for (j, b) in clue.bouwstenen.iter().enumerate() {
            if !bouwstenen.contains(b) {
                c.error(
                    format!("{p}.bouwstenen[{j}]"),
                    format!(
                        "Bouwsteen {} staat niet in de lijst bouwstenen van het mysterie (bovenaan het bestand). \
                         Voeg hem daar toe of kies een andere bouwsteen.",
                        quote(b.as_str())
                    ),
                );
            }
        }
        if clue.perspectives.is_empty() {
            c.error(
                format!("{p}.perspectives"),
                format!(
                    "Aanwijzing {id} heeft geen perspectief. Kies minstens één uit: juridisch, financieel, sociaal."
                ),
            );
        }
        duplicates(c, &format!("{p}.perspectives"), &clue.perspectives, |v| v.as_str(), "Perspectief");

        if let Some(source) = clue.source.as_deref() {
            if !is_valid_section(source) {
                c.warning(
                    format!("{p}.source"),
                    format!(
                        "Bron {} is geen paragraafnummer. Schrijf alleen het nummer uit de handreiking, zoals ‘5.2’ of ‘11’.",
                        quote(source)
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::domain::validate::*;
    use serde_json::json;

    #[test]
    fn a_voice_needs_a_known_speaker() {
        let mut s = scenario();
        s.clues[0].speaker = Some("niemand-bekend".into());
        let message = at(&run(check_clues, &s), "clues[0].speaker").message;
        assert!(message.contains("‘niemand-bekend’ bestaat niet"), "{message}");
    }

    #[test]
    fn a_red_herring_has_no_category_and_a_key_clue_has_one() {
        let mut s = scenario();
        s.clues[3].category = Some("contact".into());
        s.clues[0].category = None;
        let problems = run(check_clues, &s);
        assert!(at(&problems, "clues[3].category").message.contains("dwaalspoor"));
        assert!(at(&problems, "clues[0].category").message.contains("‘kernaanwijzing’"));
    }

    #[test]
    fn a_card_cannot_wait_for_itself() {
        let mut s = scenario();
        s.clues[1].unlock.after = vec!["c2".into()];
        let message = at(&run(check_clues, &s), "clues[1].unlock.after[0]").message;
        assert!(message.contains("wacht op zichzelf"), "{message}");
    }

    #[test]
    fn too_few_clues_is_an_error() {
        let problems = problems_after(|v| v["clues"].as_array_mut().unwrap().truncate(2));
        assert_error(&problems, "clues", &["2", "3"]);
    }

    #[test]
    fn unusual_number_of_clues_is_a_warning() {
        let problems = problems_after(|_| {});
        assert_warning(&problems, "clues", &["6", "15 tot 30"]);
        let problems = problems_after(|v| {
            let clues = v["clues"].as_array_mut().unwrap();
            for i in 0..25 {
                let mut extra = clues[2].clone();
                extra["id"] = json!(format!("extra-{i}"));
                clues.push(extra);
            }
        });
        assert_warning(&problems, "clues", &["31", "15 tot 30"]);
        assert!(!has_errors(&problems), "{}", list(&problems));
    }

    #[test]
    fn clue_id_format_and_uniqueness() {
        let problems = problems_after(|v| v["clues"][3]["id"] = json!("C 4"));
        assert_error(&problems, "clues[3].id", &["‘C 4’"]);
        let problems = problems_after(|v| v["clues"][3]["id"] = json!("c1"));
        assert_error(&problems, "clues[3].id", &["‘c1’", "clues[0]"]);
    }

    #[test]
    fn clue_title_and_text_must_be_filled() {
        let problems = problems_after(|v| v["clues"][2]["title"] = json!(""));
        assert_error(&problems, "clues[2].title", &["‘c3’"]);
        let problems = problems_after(|v| v["clues"][2]["text"] = json!("\n"));
        assert_error(&problems, "clues[2].text", &["‘c3’"]);
    }

    #[test]
    fn voice_needs_a_speaker() {
        let problems = problems_after(|v| remove(&mut v["clues"][0], "speaker"));
        assert_error(
            &problems,
            "clues[0].speaker",
            &["‘c1’", "staat niet wie het zegt", "Kies bij ‘Wie vertelt dit?’ een persoon"],
        );
        // A document may have a speaker, or not.
        let problems = problems_after(|v| v["clues"][1]["speaker"] = json!("dhr-bakker"));
        assert_no_problem_at(&problems, "clues[1].speaker");
    }

    #[test]
    fn clue_pointing_at_an_unknown_person() {
        let problems = problems_after(|v| v["clues"][2]["speaker"] = json!("mw-pietersen"));
        assert_error(&problems, "clues[2].speaker", &["Persoon ‘mw-pietersen’ bestaat niet", "lijst personen"]);
        let problems = problems_after(|v| v["clues"][2]["speaker"] = json!(""));
        assert_error(&problems, "clues[2].speaker", &["leeg"]);
    }

    #[test]
    fn unlock_round_range() {
        for round in [0, 11] {
            let problems = problems_after(|v| v["clues"][2]["unlock"]["round"] = json!(round));
            assert_error(&problems, "clues[2].unlock.round", &[&format!("Ronde {round}"), "1 tot en met 10"]);
        }
        let problems = problems_after(|v| v["clues"][2]["unlock"]["round"] = json!(10));
        assert_no_problem_at(&problems, "clues[2].unlock.round");
    }

    #[test]
    fn unlock_after_rules() {
        let problems = problems_after(|v| v["clues"][1]["unlock"]["after"] = json!(["c9"]));
        assert_error(&problems, "clues[1].unlock.after[0]", &["‘c9’", "bestaat niet"]);
        let problems = problems_after(|v| v["clues"][1]["unlock"]["after"] = json!(["c1", "c2"]));
        assert_error(&problems, "clues[1].unlock.after[1]", &["‘c2’", "zichzelf"]);
        let problems = problems_after(|v| v["clues"][1]["unlock"]["after"] = json!(["c1", "c1"]));
        assert_error(&problems, "clues[1].unlock.after[1]", &["‘c1’", "twee keer"]);
    }

    #[test]
    fn category_rules() {
        let problems = problems_after(|v| v["clues"][0]["category"] = json!("post"));
        assert_error(&problems, "clues[0].category", &["‘post’", "bestaat niet"]);
        let problems = problems_after(|v| v["clues"][3]["category"] = json!("brieven"));
        assert_error(&problems, "clues[3].category", &["‘c4’", "dwaalspoor", "‘Geen categorie’", "‘brieven’"]);
        let problems = problems_after(|v| remove(&mut v["clues"][0], "category"));
        assert_error(&problems, "clues[0].category", &["‘c1’", "‘kernaanwijzing’"]);
        let problems = problems_after(|v| remove(&mut v["clues"][2], "category"));
        assert_error(&problems, "clues[2].category", &["‘c3’", "‘achtergrond’"]);
        // Ambiguous clues may go without a category.
        let problems = problems_after(|v| remove(&mut v["clues"][4], "category"));
        assert!(!has_errors(&problems), "{}", list(&problems));
    }

    #[test]
    fn clue_bouwstenen_rules() {
        let problems = problems_after(|v| v["clues"][0]["bouwstenen"] = json!([]));
        assert_error(&problems, "clues[0].bouwstenen", &["‘c1’"]);
        let problems = problems_after(|v| v["clues"][0]["bouwstenen"] = json!(["toegang", "toegang"]));
        assert_error(&problems, "clues[0].bouwstenen[1]", &["‘toegang’", "twee keer"]);
        let problems = problems_after(|v| v["clues"][0]["bouwstenen"] = json!(["toegang", "aanbod"]));
        assert_error(&problems, "clues[0].bouwstenen[1]", &["‘aanbod’", "bouwstenen van het mysterie"]);
    }

    #[test]
    fn clue_perspectives_rules() {
        let problems = problems_after(|v| v["clues"][0]["perspectives"] = json!([]));
        assert_error(&problems, "clues[0].perspectives", &["‘c1’"]);
        let problems = problems_after(|v| v["clues"][1]["perspectives"] = json!(["juridisch", "juridisch"]));
        assert_error(&problems, "clues[1].perspectives[1]", &["‘juridisch’"]);
    }

    #[test]
    fn clue_source_that_is_no_section_is_a_warning() {
        let problems = problems_after(|v| v["clues"][1]["source"] = json!("hoofdstuk 5"));
        assert_warning(&problems, "clues[1].source", &["‘hoofdstuk 5’"]);
        assert!(!has_errors(&problems), "{}", list(&problems));
    }
}
