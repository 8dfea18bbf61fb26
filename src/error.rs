//! Errors the app shows to players, with Dutch messages that say what and where.

use crate::domain::validate::Problem;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AppError {
    /// The server answered 404: gloo-net does not treat that as an error, we do.
    #[error("Het bestand ‘{url}’ is niet gevonden (foutcode 404). Controleer of het bestand in de map mysteries staat en of de naam in index.json klopt.")]
    NotFound { url: String },
    #[error(
        "Het bestand ‘{url}’ kon niet worden geladen: de server gaf foutcode {status}. Probeer het later opnieuw."
    )]
    Http { url: String, status: u16 },
    #[error("Het bestand ‘{url}’ kon niet worden geladen. Controleer de internetverbinding en probeer het opnieuw. ({detail})")]
    Network { url: String, detail: String },
    #[error("Het bestand ‘{file}’ bevat {} fout(en). Een trainer kan dit herstellen.", problems.len())]
    Invalid { file: String, problems: Vec<Problem> },
    #[error("Het mysterie ‘{id}’ staat niet in de bibliotheek. Kies een mysterie uit de lijst.")]
    UnknownMystery { id: String },
    /// An own mystery (Trainersstudio) that still has errors: it can be repaired, not played.
    #[error("Het eigen mysterie ‘{title}’ is nog niet speelbaar: er zijn nog {} fout(en). Herstel ze in de Trainersstudio.", problems.len())]
    Draft { title: String, problems: Vec<Problem> },
}

impl AppError {
    /// The individual problems to list under the message (only for invalid files).
    pub fn problems(&self) -> &[Problem] {
        match self {
            AppError::Invalid { problems, .. } | AppError::Draft { problems, .. } => problems,
            _ => &[],
        }
    }
}
