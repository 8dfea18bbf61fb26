//! Loading the library and scenarios over HTTP with gloo-net. Every failure,
//! including an HTTP error status (which gloo-net does not raise), becomes an
//! [`AppError`] with the file name in it.

use gloo_net::http::Request;

use crate::domain::scenario::{Library, LibraryEntry, Scenario};
use crate::domain::validate::{parse_library, parse_scenario, Problem};
use crate::error::AppError;

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

/// Find a mystery by id in the library and load it.
pub async fn load_mystery(id: &str) -> Result<(LibraryEntry, Scenario), AppError> {
    let library = load_library().await?;
    let entry = library
        .mysteries
        .into_iter()
        .find(|m| m.id == id)
        .ok_or_else(|| AppError::UnknownMystery { id: id.to_string() })?;
    let scenario = load_scenario(&entry).await?;
    Ok((entry, scenario))
}
