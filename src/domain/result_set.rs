//! Collecting results: what happens when files, links or an earlier result
//! are put into the learning-network list, in the words the screens show.
//! Pure, so the rules are tested natively (tests/result_set.rs); the network
//! view and the results page hold the list in `crate::result_set::ResultSet`.

use super::network;
use super::read;
use super::results::{self, Incoming, LinkRead, TeamResult};
use super::validate::Problem;

/// What happened to one file or link.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The file name, or "Link".
    pub source: String,
    pub ok: bool,
    pub message: String,
    /// The id of the result added, so the report can be shown anonymised.
    pub id: Option<String>,
}

/// The source of a result that came in through a result link.
pub const LINK: &str = "Link";

/// Check a results file's size (bytes, as the browser reports it) before
/// reading it, so a huge file is refused without loading it into memory: the
/// size step of the one reading path (`read::RESULT`), the words and the limit
/// `results::parse_result` gives after reading.
pub fn check_file_size(bytes: f64) -> Result<(), Problem> {
    // `as` saturates: a size beyond usize stays over the limit.
    read::size(bytes as usize, &read::RESULT)
}

/// Put one result in `set`; the report says what happened. A different
/// result with an id already in the set goes to `waiting` (replacing an
/// earlier waiting one with that id): the user decides whether it replaces
/// the stored one.
pub fn add(
    set: &mut Vec<TeamResult>,
    waiting: &mut Vec<TeamResult>,
    source: &str,
    parsed: Result<LinkRead, Problem>,
) -> Report {
    match parsed {
        Ok(LinkRead { result, warning }) => {
            let label = format!("{} – {}", result.team.name, result.mystery.title);
            let id = result.id.clone();
            let warning = warning.map(|w| format!(" {w}")).unwrap_or_default();
            let (ok, message) = match results::merge_incoming(set, result.clone()) {
                Incoming::Added => (true, format!("Toegevoegd: {label}.{warning}")),
                Incoming::Unchanged => (true, format!("Stond er al: {label}. Er is niets veranderd.{warning}")),
                Incoming::Differs => {
                    waiting.retain(|w| w.id != result.id);
                    waiting.push(result);
                    (
                        false,
                        format!(
                            "Er staat al een ander resultaat van dit spel in het overzicht: {label}. Kies hieronder of je het wilt vervangen.{warning}"
                        ),
                    )
                }
            };
            Report { source: source.to_string(), ok, message, id: Some(id) }
        }
        Err(problem) => Report { source: source.to_string(), ok: false, message: problem.describe(), id: None },
    }
}

/// After a failed save nothing of this round was kept: say so per file.
pub fn mark_unsaved(reports: &mut [Report], why: &str) {
    for report in reports.iter_mut().filter(|r| r.ok) {
        report.ok = false;
        report.message = format!("Niet bewaard: {why}");
    }
}

/// "2 bestanden toegevoegd, 1 niet gelukt." Empty for no reports.
pub fn summary_of(reports: &[Report]) -> String {
    let ok = reports.iter().filter(|r| r.ok).count();
    let failed = reports.len() - ok;
    match (ok, failed) {
        (0, 0) => String::new(),
        (ok, 0) => format!("{ok} resultaat/resultaten toegevoegd."),
        (0, failed) => format!("Niet gelukt: {failed} bestand(en) of link. Zie de melding hieronder."),
        (ok, failed) => format!("{ok} toegevoegd, {failed} niet gelukt. Zie de meldingen hieronder."),
    }
}

/// The import reports with nothing that names a team: the file name (which
/// the app makes from the team name) becomes "Bestand n", and the team its
/// anonymous label from `all` (the anonymised set).
pub fn anonymous_reports(reports: &[Report], all: &[TeamResult]) -> Vec<Report> {
    let names = network::labels(all);
    reports
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let label =
                r.id.as_ref()
                    .and_then(|id| all.iter().position(|x| x.id == *id))
                    .map(|at| format!("{} – {}", names[at], all[at].mystery.title));
            Report {
                source: if r.source == LINK { LINK.to_string() } else { format!("Bestand {}", i + 1) },
                message: match (r.ok, label) {
                    (true, Some(label)) => format!("Toegevoegd of bijgewerkt: {label}."),
                    (true, None) => "Toegevoegd.".to_string(),
                    (false, _) => r.message.clone(),
                },
                ..r.clone()
            }
        })
        .collect()
}

/// The question for a result that differs from the stored one with its id:
/// both described, the team hidden when `anonymous` ("Namen weghalen").
pub fn replace_question(incoming: &TeamResult, stored: Option<&TeamResult>, anonymous: bool) -> String {
    let describe = |r: &TeamResult| {
        format!(
            "onderzoek {} %, oplossing {} %, opgeslagen op {}",
            r.investigation.score,
            r.solution.score,
            r.display_date()
        )
    };
    format!(
        "{} – {}: er staat al een resultaat van dit spel in het overzicht ({}). Het nieuwe is anders ({}). Vervangen?",
        if anonymous { "Een team".to_string() } else { incoming.team.name.clone() },
        incoming.mystery.title,
        stored.map(describe).unwrap_or_default(),
        describe(incoming)
    )
}

/// Put an earlier result of this device in the network list `set` (the
/// results page's "Zet in het netwerkoverzicht"). `Ok` holds what to say once
/// the list is saved; `Err` what to say when a different version is already
/// there (nothing changed: the network view's ask-first path decides that).
pub fn offer_to_network(set: &mut Vec<TeamResult>, result: TeamResult) -> Result<&'static str, &'static str> {
    match results::merge_incoming(set, result) {
        Incoming::Added => Ok("Toegevoegd aan het overzicht voor het lerend netwerk."),
        Incoming::Unchanged => Ok("Dit resultaat stond al in het overzicht."),
        Incoming::Differs => {
            Err("Er staat al een andere versie van dit resultaat in het overzicht voor het lerend netwerk. \
             Download het resultaat en voeg het daar toe: dan kun je kiezen welke je houdt.")
        }
    }
}
