//! Hash-based routes (`#/`, `#/mysterie/<id>`). Hash routing works on any static
//! host without server rewrites and survives a reload, which is all we need.

use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Library,
    Play(String),
    /// Samen spelen: one member's cards; holds what follows `speler/` (see domain::deal::MemberLink).
    Member(String),
    /// Samen spelen: the projector window of a mystery.
    Projector(String),
    /// The learning-network view.
    Network,
    /// A result link: the payload carries the result itself (see domain::results).
    NetworkAdd(String),
    /// Earlier results on this device.
    Results,
    /// One earlier result, by its id.
    ResultView(String),
    /// The accessibility statement (toegankelijkheidsverklaring).
    Accessibility,
    /// Trainersstudio: own mysteries, new, copy, import.
    Studio,
    /// Trainersstudio: edit the own mystery stored under this key.
    StudioEdit(String),
    /// Trainersstudio: playtest the own mystery stored under this key.
    StudioPlaytest(String),
    /// The printable card set of a mystery (bundled or own), by scenario id.
    Print(String),
    /// Samen spelen in a room: start a session, and the sessions on this device.
    Sessions,
    /// The trainer console of the session with this id (base 36).
    Console(String),
    /// The beamer view of the session with this id, following its console.
    Beamer(String),
    /// A session code: a team screen joining, or the room's beamer view.
    Join(String),
    /// Type in the answer sheet of a team that played on paper, by scenario id.
    Paper(String),
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        if let Some(route) = Route::parse_results(path) {
            return route;
        }
        if path.trim_end_matches('/') == "toegankelijkheid" {
            return Route::Accessibility;
        }
        if let Some(route) = Route::parse_session(path) {
            return route;
        }
        if let Some(route) = Route::parse_studio(path) {
            return route;
        }
        match path.split_once('/') {
            Some(("mysterie", id)) if !id.is_empty() => Route::Play(id.to_string()),
            Some(("speler", rest)) if !rest.is_empty() => Route::Member(rest.to_string()),
            Some(("projector", id)) if !id.is_empty() => Route::Projector(id.trim_end_matches('/').to_string()),
            Some(("papier", id)) if !id.is_empty() && !id.contains('/') => Route::Paper(id.to_string()),
            _ => Route::Library,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Library => "#/".to_string(),
            Route::Play(id) => format!("#/mysterie/{id}"),
            Route::Member(rest) => format!("#/speler/{rest}"),
            Route::Projector(id) => format!("#/projector/{id}"),
            Route::Network => "#/netwerk".to_string(),
            Route::NetworkAdd(payload) => format!("#/netwerk/toevoegen/{payload}"),
            Route::Results => "#/resultaten".to_string(),
            Route::ResultView(id) => format!("#/resultaten/{id}"),
            Route::Accessibility => "#/toegankelijkheid".to_string(),
            Route::Studio => "#/studio".to_string(),
            Route::StudioEdit(key) => format!("#/studio/{key}"),
            Route::StudioPlaytest(key) => format!("#/studio/{key}/speeltest"),
            Route::Print(id) => format!("#/afdrukken/{id}"),
            Route::Sessions => "#/sessie".to_string(),
            Route::Console(id) => format!("#/sessie/console/{id}"),
            Route::Beamer(id) => format!("#/sessie/beamer/{id}"),
            Route::Join(code) => format!("#/sessie/{code}"),
            Route::Paper(id) => format!("#/papier/{id}"),
        }
    }

    /// Whether the route is a full-screen presentation without the app's header and footer.
    pub fn is_presentation(&self) -> bool {
        use crate::domain::session::link::{Seat, SessionLink};
        match self {
            Route::Beamer(_) => true,
            Route::Join(code) => SessionLink::parse(code).is_ok_and(|l| l.seat == Seat::Room),
            _ => false,
        }
    }

    /// The routes of a session for a room.
    fn parse_session(path: &str) -> Option<Route> {
        let path = path.trim_end_matches('/');
        if path == "sessie" {
            return Some(Route::Sessions);
        }
        let rest = path.strip_prefix("sessie/")?;
        Some(match rest.split_once('/') {
            Some(("console", id)) if !id.is_empty() => Route::Console(id.to_string()),
            Some(("beamer", id)) if !id.is_empty() => Route::Beamer(id.to_string()),
            None if !rest.is_empty() => Route::Join(rest.to_string()),
            _ => return None,
        })
    }

    /// The routes of the trainer studio and the print view.
    fn parse_studio(path: &str) -> Option<Route> {
        let path = path.trim_end_matches('/');
        if path == "studio" {
            return Some(Route::Studio);
        }
        match path.split_once('/')? {
            ("studio", rest) => Some(match rest.split_once('/') {
                Some((key, "speeltest")) if !key.is_empty() => Route::StudioPlaytest(key.to_string()),
                None => Route::StudioEdit(rest.to_string()),
                Some(_) => return None,
            }),
            ("afdrukken", id) if !id.is_empty() && !id.contains('/') => Some(Route::Print(id.to_string())),
            _ => None,
        }
    }

    /// The routes of the results feature (network view, result links, history).
    fn parse_results(path: &str) -> Option<Route> {
        let path = path.trim_end_matches('/');
        Some(match path {
            "netwerk" => Route::Network,
            "resultaten" => Route::Results,
            _ => match path.split_once('/')? {
                // `#/netwerk/toevoegen/` with nothing after it: the link lost its
                // result on the way; the page says so (not the library).
                ("netwerk", "toevoegen") => Route::NetworkAdd(String::new()),
                ("netwerk", rest) => Route::NetworkAdd(rest.strip_prefix("toevoegen/")?.to_string()),
                ("resultaten", id) if !id.is_empty() => Route::ResultView(id.to_string()),
                _ => return None,
            },
        })
    }
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The current route as a signal that follows `hashchange`.
pub fn use_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    route
}
