//! Loading the library and scenarios over HTTP with gloo-net. Every failure,
//! including an HTTP error status (which gloo-net does not raise), becomes an
//! [`AppError`] with the file name in it. A trainer's own mysteries (in this
//! browser, see `studio_store`) are found by id after the bundled ones.

use gloo_net::http::Request;

use crate::domain::scenario::{Deck, Library, LibraryEntry, Scenario};
use crate::domain::studio::own::{self, OwnMystery};
use crate::domain::validate::{has_errors, parse_library, parse_scenario, read_library, read_scenario_as, Problem};
use crate::error::AppError;
use crate::studio_store;

const MYSTERIES_DIR: &str = "mysteries";

async fn fetch_text(url: &str) -> Result<String, AppError> {
    let network = |e: gloo_net::Error| AppError::Network { url: url.to_string(), detail: e.to_string() };
    let response = Request::get(url).send().await.map_err(network)?;
    match response.status() {
        404 => return Err(AppError::NotFound { url: url.to_string() }),
        _ if !response.ok() => return Err(AppError::Http { url: url.to_string(), status: response.status() }),
        _ => {}
    }
    response.text().await.map_err(network)
}

pub async fn load_library() -> Result<Library, AppError> {
    let url = format!("{MYSTERIES_DIR}/index.json");
    let text = fetch_text(&url).await?;
    parse_library(&text).map_err(|problems| AppError::Invalid { file: url, problems })
}

/// Load the scenario of a library entry. Its id must be the entry's id, since
/// saved games are kept per id.
pub async fn load_scenario(entry: &LibraryEntry) -> Result<Scenario, AppError> {
    let url = format!("{MYSTERIES_DIR}/{}", entry.file);
    let text = fetch_text(&url).await?;
    let scenario = parse_scenario(&text).map_err(|problems| AppError::Invalid { file: url.clone(), problems })?;
    if scenario.id != entry.id {
        let message = format!(
            "Het id in het bestand (‘{}’) is anders dan in index.json (‘{}’). Maak ze gelijk.",
            scenario.id, entry.id
        );
        return Err(AppError::Invalid { file: url, problems: vec![Problem::error("id", message)] });
    }
    Ok(scenario)
}

/// A bundled mystery for a member's phone (src/pages/member.rs), read with
/// the shape checks only (size, JSON, version, fields): the validator's rules,
/// which every bundled file passes before it ships (tests/mysteries.rs), and
/// the trainer's own mysteries (a member link carries those itself) stay out
/// of the phone's bundle.
pub async fn read_bundled(id: &str) -> Result<Deck, AppError> {
    let url = format!("{MYSTERIES_DIR}/index.json");
    let text = fetch_text(&url).await?;
    let library = read_library(&text).map_err(|problem| AppError::Invalid { file: url, problems: vec![problem] })?;
    let Some(entry) = library.mysteries.into_iter().find(|m| m.id == id) else {
        return Err(AppError::UnknownMystery { id: id.to_string() });
    };
    let url = format!("{MYSTERIES_DIR}/{}", entry.file);
    let text = fetch_text(&url).await?;
    read_scenario_as::<Deck>(&text)
        .map(|(deck, _)| deck)
        .map_err(|problem| AppError::Invalid { file: url, problems: vec![problem] })
}

/// A mystery found by id: a bundled one, or one of the trainer's own.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub entry: LibraryEntry,
    pub scenario: Scenario,
    /// The storage key when it is an own mystery.
    pub own_key: Option<String>,
    /// For an own mystery: every problem (errors first), as the studio shows them.
    pub problems: Vec<Problem>,
}

/// The ids of the bundled mysteries.
pub fn bundled_ids(library: &Library) -> Vec<String> {
    library.mysteries.iter().map(|m| m.id.clone()).collect()
}

/// Every problem of an own mystery next to what else is stored: the
/// validator's rules plus an id that a bundled mystery (when the library
/// could be loaded) or another own mystery already uses.
pub fn own_problems(own: &OwnMystery, library: Option<&Library>) -> Vec<Problem> {
    let bundled = library.map(bundled_ids).unwrap_or_default();
    own::draft_problems(&own.scenario, &bundled, &studio_store::other_ids(&own.key))
}

/// Find a mystery by id: the bundled library first, then the trainer's own
/// mysteries in this browser. Own drafts with errors are found too (for
/// printing and repairing); [`load_mystery`] refuses them for play.
pub async fn find_mystery(id: &str) -> Result<Found, AppError> {
    let library = load_library().await;
    if let Ok(library) = &library {
        if let Some(entry) = library.mysteries.iter().find(|m| m.id == id).cloned() {
            let scenario = load_scenario(&entry).await?;
            return Ok(Found { entry, scenario, own_key: None, problems: Vec::new() });
        }
    }
    if let Some(own) = studio_store::find_by_id(id) {
        let problems = own_problems(&own, library.as_ref().ok());
        return Ok(Found { entry: own::library_entry(&own), scenario: own.scenario, own_key: Some(own.key), problems });
    }
    library?;
    Err(AppError::UnknownMystery { id: id.to_string() })
}

/// Find a mystery by id (bundled first, then own) and load it for play.
pub async fn load_mystery(id: &str) -> Result<(LibraryEntry, Scenario), AppError> {
    let found = find_mystery(id).await?;
    if has_errors(&found.problems) {
        let problems = found.problems.into_iter().filter(Problem::is_error).collect();
        return Err(AppError::Draft { title: found.scenario.title, problems });
    }
    Ok((found.entry, found.scenario))
}
