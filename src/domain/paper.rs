//! Paper teams: a team that played on a printed card set fills in an answer
//! sheet (its groups, key cards, links, explanation and reflection); the
//! trainer types the sheet in, and it becomes a game played through the same
//! engine, so it gives the same result file as a team on a screen. Every rule
//! of the game holds (the explanation length, one-to-five answers, …); a rule
//! that is broken comes back as a Dutch message naming the part of the sheet.

use std::collections::BTreeMap;

use super::game::{Command, GameError, Placement, Session, Team};
use super::scenario::{Phase, Scenario};

/// The name of the group that takes the cards a paper team left unsorted.
pub const UNSORTED_GROUP: &str = "Niet ingedeeld";

/// What a paper team wrote on its answer sheet. Clue ids throughout.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PaperSheet {
    pub team: Team,
    /// Open sorting: the team's groups by name, with their cards. Guided
    /// sorting: the author's category ids as names.
    pub groups: Vec<(String, Vec<String>)>,
    /// Cards the team set aside.
    pub aside: Vec<String>,
    /// Cards the team marked as key cards.
    pub key: Vec<String>,
    /// (from, to, why).
    pub links: Vec<(String, String, String)>,
    /// Cards the answer rests on.
    pub cited: Vec<String>,
    pub explanation: String,
    /// Statement id -> 1..=5.
    pub scale: BTreeMap<String, u8>,
    /// Open question id -> answer.
    pub open: BTreeMap<String, String>,
}

/// Play `sheet` through the engine: every card uncovered, the board, the
/// answer and the reflection as written, ending on the result screen. With
/// open sorting, cards the sheet puts nowhere go into a group "Niet
/// ingedeeld", so nothing counts as set aside that the team did not set aside.
pub fn play(scenario: &Scenario, sheet: &PaperSheet) -> Result<Session, String> {
    let mut session = Session::new(scenario, sheet.team.clone());
    let run = |session: &mut Session, command: Command, part: &str| -> Result<(), String> {
        session.apply(scenario, command).map_err(|e| message(part, &e))
    };
    run(&mut session, Command::Advance, "start")?;
    loop {
        while session.apply(scenario, Command::RevealNext).is_ok() {}
        if session.apply(scenario, Command::NextRound).is_err() {
            break;
        }
    }
    run(&mut session, Command::Advance, "kaarten")?;

    let open = scenario.sorting.is_open();
    for (name, cards) in &sheet.groups {
        let id = if open {
            run(&mut session, Command::AddGroup { name: name.clone() }, &format!("groep {name}"))?;
            session.board.groups.last().map(|g| g.id.clone()).unwrap_or_default()
        } else {
            name.clone()
        };
        for card in cards {
            let placement = Placement::Category(id.clone());
            run(&mut session, Command::Place { clue: card.clone(), placement }, &format!("groep {name}"))?;
        }
    }
    for card in &sheet.aside {
        run(&mut session, Command::Place { clue: card.clone(), placement: Placement::Aside }, "aan de kant")?;
    }
    let left: Vec<String> = session.unsorted();
    if !left.is_empty() {
        if !open {
            return Err(format!(
                "Op het antwoordblad staan {} kaart(en) nergens. Zet ze in een groep of aan de kant.",
                left.len()
            ));
        }
        run(&mut session, Command::AddGroup { name: UNSORTED_GROUP.to_string() }, UNSORTED_GROUP)?;
        let id = session.board.groups.last().map(|g| g.id.clone()).unwrap_or_default();
        for card in left {
            run(
                &mut session,
                Command::Place { clue: card, placement: Placement::Category(id.clone()) },
                UNSORTED_GROUP,
            )?;
        }
    }
    for card in &sheet.key {
        if !session.board.key.contains(card) {
            run(&mut session, Command::ToggleKey { clue: card.clone() }, "kernkaarten")?;
        }
    }
    for (from, to, why) in &sheet.links {
        run(&mut session, Command::AddLink { from: from.clone(), to: to.clone(), why: why.clone() }, "verbanden")?;
    }
    run(&mut session, Command::Advance, "groepen")?;

    for card in &sheet.cited {
        if !session.answer.clues.contains(card) {
            run(&mut session, Command::ToggleAnswerClue { clue: card.clone() }, "kaarten in het antwoord")?;
        }
    }
    run(&mut session, Command::SetAnswerText { text: sheet.explanation.clone() }, "uitleg")?;
    run(&mut session, Command::Advance, "antwoord")?;

    for (statement, value) in &sheet.scale {
        run(&mut session, Command::SetStatement { statement: statement.clone(), value: *value }, "stellingen")?;
    }
    for (question, text) in &sheet.open {
        run(&mut session, Command::SetOpenAnswer { question: question.clone(), text: text.clone() }, "open vragen")?;
    }
    run(&mut session, Command::Advance, "stellingen")?;
    debug_assert_eq!(session.phase, Phase::Resultaat);
    Ok(session)
}

/// "Bij <part>: <what the engine said>".
fn message(part: &str, error: &GameError) -> String {
    format!("Bij {part}: {}", error.message())
}

// ---------------------------------------------------------------------------
// Reading what the trainer types: card numbers as on the printed card set.

/// The clue id of card `number` (1-based, in the order of the mystery file,
/// as printed on the card set).
fn card(scenario: &Scenario, number: usize) -> Option<&str> {
    number.checked_sub(1).and_then(|i| scenario.clues.get(i)).map(|c| c.id.as_str())
}

/// Card numbers separated by commas, spaces or "en", e.g. "3, 7 en 12", as
/// clue ids. `part` names the field in a message.
pub fn parse_cards(scenario: &Scenario, text: &str, part: &str) -> Result<Vec<String>, String> {
    let mut ids: Vec<String> = Vec::new();
    for token in text.split(|c: char| c == ',' || c == ';' || c.is_whitespace()).filter(|t| !t.is_empty()) {
        if token.eq_ignore_ascii_case("en") {
            continue;
        }
        let number = token.trim_start_matches(['k', 'K', '#']).parse::<usize>().map_err(|_| {
            format!("Bij {part}: \"{token}\" is geen kaartnummer. Schrijf de nummers van de kaarten, bijvoorbeeld 3, 7, 12.")
        })?;
        let id = card(scenario, number).ok_or_else(|| {
            format!(
                "Bij {part}: kaart {number} bestaat niet. Dit mysterie heeft kaarten 1 tot en met {}.",
                scenario.clues.len()
            )
        })?;
        if !ids.iter().any(|i| i == id) {
            ids.push(id.to_string());
        }
    }
    Ok(ids)
}

/// One group per line: "Naam: 1, 4, 7". Empty lines are skipped.
pub fn parse_groups(scenario: &Scenario, text: &str) -> Result<Vec<(String, Vec<String>)>, String> {
    let mut groups = Vec::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let Some((name, cards)) = line.split_once(':') else {
            return Err(format!(
                "Bij groepen, regel {}: zet een dubbele punt tussen de naam en de kaartnummers, bijvoorbeeld \"Brieven: 1, 4, 7\".",
                i + 1
            ));
        };
        let name = name.trim().to_string();
        let cards = parse_cards(scenario, cards, &format!("groep {name}"))?;
        groups.push((name, cards));
    }
    Ok(groups)
}

/// One link per line: "3 -> 5: waarom" (also "3 naar 5" or "3 > 5"; the
/// reason after the colon may be left out).
pub fn parse_links(scenario: &Scenario, text: &str) -> Result<Vec<(String, String, String)>, String> {
    let mut links = Vec::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let (pair, why) = match line.split_once(':') {
            Some((pair, why)) => (pair, why.trim().to_string()),
            None => (line, String::new()),
        };
        let pair = pair.replace("->", " ").replace(['→', '>'], " ").replace(" naar ", " ");
        let cards = parse_cards(scenario, &pair, &format!("verbanden, regel {}", i + 1))?;
        let [from, to] = cards.as_slice() else {
            return Err(format!(
                "Bij verbanden, regel {}: schrijf twee kaartnummers, bijvoorbeeld \"3 -> 5: omdat…\".",
                i + 1
            ));
        };
        links.push((from.clone(), to.clone(), why));
    }
    Ok(links)
}
