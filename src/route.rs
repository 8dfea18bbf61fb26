//! Hash-based routes (`#/`, `#/mysterie/<id>`) and the bundle (HTML page and
//! wasm file) each route lives in. Hash routing works on any static host
//! without server rewrites and survives a reload.
//!
//! The app is split by audience (docs/performance.md, "Bundles"): a member's
//! phone loads `speler.html`, a team the library and start form in
//! `index.html` and its game in `spel.html`, the room's console and beamer
//! `zaal.html`, the studio, network view and history `trainer.html`.
//! Every route names its [`Bundle`]; [`Route::href`] is a link that works from
//! any of those pages (they live in one folder), so a link to another audience
//! is an ordinary page load. This module is pure (tested natively in
//! tests/route.rs); only [`use_route`] needs the browser.

/// One audience's page and wasm bundle. Exhaustive: adding one makes the
/// compiler point at every table below.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bundle {
    /// The library and a team's start form (`index.html`): small, so the
    /// form is usable soon on weak wifi while the game's bundle arrives.
    Player,
    /// A team's game: the phases, the board and the result; a team screen in
    /// a session (`spel.html`).
    Game,
    /// One member's cards on their phone (`speler.html`).
    Member,
    /// A session for a room: start form, console, beamer, old projector (`zaal.html`).
    Room,
    /// Trainersstudio, print view, paper sheets, network view, earlier results (`trainer.html`).
    Trainer,
}

impl Bundle {
    pub const ALL: [Bundle; 5] = [Bundle::Player, Bundle::Game, Bundle::Member, Bundle::Room, Bundle::Trainer];

    /// The HTML file of the bundle in the build (`dist/`).
    pub fn file(self) -> &'static str {
        match self {
            Bundle::Player => "index.html",
            Bundle::Game => "spel.html",
            Bundle::Member => "speler.html",
            Bundle::Room => "zaal.html",
            Bundle::Trainer => "trainer.html",
        }
    }

    /// The page part of a link: `./` for the index page (so addresses stay
    /// short: `…/#/mysterie/x`), else the file name.
    pub fn page(self) -> &'static str {
        match self {
            Bundle::Player => "./",
            other => other.file(),
        }
    }

    /// The name of the Cargo binary (`src/main.rs`, `src/bin/*.rs`).
    pub fn bin(self) -> &'static str {
        match self {
            Bundle::Player => "mysterie",
            Bundle::Game => "spel",
            Bundle::Member => "speler",
            Bundle::Room => "zaal",
            Bundle::Trainer => "trainer",
        }
    }

    /// Whether the app header shows the main navigation (studio, network,
    /// results, session). A member's phone shows only the name of the app.
    pub fn has_navigation(self) -> bool {
        match self {
            Bundle::Player | Bundle::Game | Bundle::Room | Bundle::Trainer => true,
            Bundle::Member => false,
        }
    }
}

use crate::domain::session::link::{Seat, SessionLink};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Library,
    /// A mystery's start page: its start form, or its game when this device has one.
    Play(String),
    /// The game of a mystery on this device (restored from storage).
    Game(String),
    /// A game just started on the start page: `(mystery id, the new game)`,
    /// the game in the link (domain::handover) because storage may refuse it.
    NewGame(String, String),
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
            Some(("spel", rest)) if !rest.is_empty() => match rest.split_once("/nieuw/") {
                Some((id, game)) if !id.is_empty() => Route::NewGame(id.to_string(), game.to_string()),
                _ => Route::Game(rest.trim_end_matches('/').to_string()),
            },
            Some(("speler", rest)) if !rest.is_empty() => Route::Member(rest.to_string()),
            Some(("projector", id)) if !id.is_empty() => Route::Projector(id.trim_end_matches('/').to_string()),
            Some(("papier", id)) if !id.is_empty() && !id.contains('/') => Route::Paper(id.to_string()),
            _ => Route::Library,
        }
    }

    /// A link to this route that works from every page of the app: the
    /// bundle's page followed by [`Route::hash`].
    pub fn href(&self) -> String {
        format!("{}{}", self.bundle().page(), self.hash())
    }

    /// The full address for a QR code or a link to share: `base_dir` is the
    /// folder the app is served from (ending in `/`); the index page is left
    /// out of it (`https://host/app/#/…`).
    pub fn url(&self, base_dir: &str) -> String {
        let page = match self.bundle() {
            Bundle::Player => "",
            other => other.file(),
        };
        format!("{base_dir}{page}{}", self.hash())
    }

    /// The hash part (`#/studio`): for `location.hash` within the bundle's page.
    pub fn hash(&self) -> String {
        match self {
            Route::Library => "#/".to_string(),
            Route::Play(id) => format!("#/mysterie/{id}"),
            Route::Game(id) => format!("#/spel/{id}"),
            Route::NewGame(id, game) => format!("#/spel/{id}/nieuw/{game}"),
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

    /// The bundle that shows this route.
    pub fn bundle(&self) -> Bundle {
        match self {
            Route::Library | Route::Play(_) | Route::Accessibility => Bundle::Player,
            Route::Game(_) | Route::NewGame(..) => Bundle::Game,
            Route::Member(_) => Bundle::Member,
            Route::Sessions | Route::Console(_) | Route::Beamer(_) | Route::Projector(_) => Bundle::Room,
            // A team screen plays in the game's bundle; the room's seat is the beamer.
            Route::Join(code) => match Route::join_seat(code) {
                Some(Seat::Room) => Bundle::Room,
                Some(Seat::Team(_)) | None => Bundle::Game,
            },
            Route::Network
            | Route::NetworkAdd(_)
            | Route::Results
            | Route::ResultView(_)
            | Route::Studio
            | Route::StudioEdit(_)
            | Route::StudioPlaytest(_)
            | Route::Print(_)
            | Route::Paper(_) => Bundle::Trainer,
        }
    }

    fn join_seat(code: &str) -> Option<Seat> {
        SessionLink::parse(code).ok().map(|link| link.seat)
    }

    /// Whether the route shows one mystery to players (a member's phone, a
    /// team joining a session, the projector): the header keeps only the
    /// app's name, with no way into the studio, the network or results.
    pub fn for_players(&self) -> bool {
        matches!(self, Route::Member(_) | Route::Projector(_) | Route::Join(_))
    }

    /// Whether the route is a full-screen presentation without the app's header and footer.
    pub fn is_presentation(&self) -> bool {
        match self {
            Route::Beamer(_) => true,
            Route::Join(code) => Route::join_seat(code) == Some(Seat::Room),
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

#[cfg(target_arch = "wasm32")]
fn current_hash() -> String {
    leptos::prelude::window().location().hash().unwrap_or_default()
}

/// The current route as a signal that follows `hashchange`.
#[cfg(target_arch = "wasm32")]
pub fn use_route() -> leptos::prelude::ReadSignal<Route> {
    use leptos::prelude::*;
    let (route, set_route) = signal(Route::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    route
}
