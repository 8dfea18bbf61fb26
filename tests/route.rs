//! Routes, the bundle each lives in, and web/boot.js's table of pages, which
//! sends a link to another audience's page before any wasm loads.

use mysterie::domain::session::link::{Seat, SessionLink};
use mysterie::first_page;
use mysterie::route::{Bundle, Route};

/// One example of every route, by variant: the `match` makes a new variant a
/// compile error here until it has an example.
fn examples() -> Vec<Route> {
    let room = room_code();
    let team = team_code();
    let all = vec![
        Route::Library,
        Route::Play("buiten-beeld".into()),
        Route::Game("buiten-beeld".into()),
        Route::NewGame("buiten-beeld".into(), "eyJzYXZlZF92ZXJzaW9uIjoyfQ".into()),
        Route::Member("buiten-beeld/abc/1/4".into()),
        Route::Projector("buiten-beeld".into()),
        Route::Network,
        Route::NetworkAdd("r1xyz".into()),
        Route::Results,
        Route::ResultView("r-123".into()),
        Route::Accessibility,
        Route::Studio,
        Route::StudioEdit("eigen-1".into()),
        Route::StudioPlaytest("eigen-1".into()),
        Route::Print("buiten-beeld".into()),
        Route::Sessions,
        Route::Console("k3x9".into()),
        Route::Beamer("k3x9".into()),
        Route::Join(room),
        Route::Join(team),
        Route::Paper("buiten-beeld".into()),
    ];
    for route in &all {
        match route {
            Route::Library
            | Route::Play(_)
            | Route::Game(_)
            | Route::NewGame(..)
            | Route::Member(_)
            | Route::Projector(_)
            | Route::Network
            | Route::NetworkAdd(_)
            | Route::Results
            | Route::ResultView(_)
            | Route::Accessibility
            | Route::Studio
            | Route::StudioEdit(_)
            | Route::StudioPlaytest(_)
            | Route::Print(_)
            | Route::Sessions
            | Route::Console(_)
            | Route::Beamer(_)
            | Route::Join(_)
            | Route::Paper(_) => {}
        }
    }
    all
}

fn session() -> SessionLink {
    SessionLink {
        session: 0x5e55_1011,
        seat: Seat::Room,
        teams: 3,
        start: 1_780_000_000_000,
        plan: [5, 20, 15, 10, 5, 5],
        mystery: "buiten-beeld".into(),
        team_name: String::new(),
        events: Vec::new(),
    }
}

fn room_code() -> String {
    session().for_seat(Seat::Room, "").code()
}

fn team_code() -> String {
    session().for_seat(Seat::Team(2), "Team 2").code()
}

#[test]
fn every_route_reads_back_from_its_hash() {
    for route in examples() {
        assert_eq!(Route::parse(&route.hash()), route, "{}", route.hash());
    }
}

#[test]
fn links_name_the_page_of_another_bundle() {
    assert_eq!(Route::Play("x".into()).href(), "./#/mysterie/x");
    assert_eq!(Route::Game("x".into()).href(), "spel.html#/spel/x");
    assert_eq!(Route::Library.href(), "./#/");
    assert_eq!(Route::Studio.href(), "trainer.html#/studio");
    assert_eq!(Route::Member("x/1/1/3".into()).href(), "speler.html#/speler/x/1/1/3");
    assert_eq!(Route::Console("k3".into()).href(), "zaal.html#/sessie/console/k3");
    assert_eq!(Route::Network.url("https://example.org/app/"), "https://example.org/app/trainer.html#/netwerk");
    assert_eq!(Route::Play("x".into()).url("https://example.org/app/"), "https://example.org/app/#/mysterie/x");
}

#[test]
fn a_session_code_goes_to_the_team_screen_or_the_beamer() {
    assert_eq!(Route::Join(team_code()).bundle(), Bundle::Game);
    assert_eq!(Route::Join(room_code()).bundle(), Bundle::Room);
    assert!(Route::Join(room_code()).is_presentation());
    assert!(!Route::Join(team_code()).is_presentation());
    // A damaged code shows its message on the team's page.
    assert_eq!(Route::Join("kapot".into()).bundle(), Bundle::Game);
}

#[test]
fn only_the_member_page_has_no_main_navigation() {
    for bundle in Bundle::ALL {
        assert_eq!(bundle.has_navigation(), bundle != Bundle::Member, "{bundle:?}");
    }
}

/// web/boot.js's PAGES table (between `route-pages:start` and `:end`).
fn boot_table() -> Vec<(String, Option<String>)> {
    let boot = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/web/boot.js")).unwrap();
    let start = boot.find("// route-pages:start").expect("route-pages:start in web/boot.js");
    let end = boot.find("// route-pages:end").expect("route-pages:end in web/boot.js");
    boot[start..end]
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with("['"))
        .map(|line| {
            let parts: Vec<&str> =
                line.trim_end_matches(',').trim_matches(|c| c == '[' || c == ']').split(", ").collect();
            assert_eq!(parts.len(), 2, "{line}");
            let unquote = |s: &str| s.trim_matches('\'').to_string();
            (unquote(parts[0]), (parts[1] != "null").then(|| unquote(parts[1])))
        })
        .collect()
}

/// What boot.js does with a route: the page it sends it to, or None to stay.
fn boot_page(table: &[(String, Option<String>)], hash: &str) -> Option<String> {
    let route = hash.trim_start_matches('#').trim_start_matches('/');
    let whole = route.trim_end_matches('/');
    let hit = table.iter().find(|(prefix, _)| {
        if prefix.ends_with('/') {
            route.starts_with(prefix.as_str()) && route.len() > prefix.len()
        } else {
            whole == prefix
        }
    });
    match hit {
        Some((_, page)) => page.clone(),
        None => Some("index.html".into()),
    }
}

#[test]
fn boot_js_sends_every_route_to_its_bundles_page() {
    let table = boot_table();
    assert!(table.len() >= 10, "the table was read: {table:?}");
    for route in examples() {
        let page = boot_page(&table, &route.hash());
        match route {
            // Only the app can read a session code; boot.js keeps the page.
            Route::Join(_) => assert_eq!(page, None, "{}", route.hash()),
            _ => assert_eq!(page.as_deref(), Some(route.bundle().file()), "{}", route.hash()),
        }
    }
    // A typo stays on the library, as Route::parse does.
    assert_eq!(boot_page(&table, "#/studiox").as_deref(), Some("index.html"));
    assert_eq!(Route::parse("#/studiox").bundle(), Bundle::Player);
}

/// Every bundle's page is generated from index.html's head
/// (`first_page::bundle_page`): `UPDATE_PAGES=1 cargo test --test route`
/// writes them; without it this test fails when one is stale.
#[test]
fn every_bundle_has_its_html_page() {
    let root = env!("CARGO_MANIFEST_DIR");
    let index = std::fs::read_to_string(format!("{root}/index.html")).expect("index.html");
    assert!(index.contains("data-bin=\"mysterie\" data-wasm-opt=\"z\""), "index.html builds src/main.rs");
    // The policy above all: tests/e2e/security.test.mjs and deploy/nginx.conf check index.html's.
    assert!(index.contains("http-equiv=\"Content-Security-Policy\""));
    for bundle in Bundle::ALL.into_iter().filter(|b| *b != Bundle::Player) {
        let path = format!("{root}/{}", bundle.file());
        let expected = first_page::bundle_page(bundle, &index).expect("index.html has a head with Trunk lines");
        if std::env::var("UPDATE_PAGES").is_ok_and(|v| v == "1") {
            std::fs::write(&path, &expected).expect("write the page");
            continue;
        }
        let html = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path} exists"));
        assert!(
            html == expected,
            "{} is out of date with index.html's head. Run `UPDATE_PAGES=1 cargo test --test route` and commit it.",
            bundle.file()
        );
        assert!(html.contains(&format!("data-bin=\"{}\" data-wasm-opt=\"z\"", bundle.bin())), "{}", bundle.file());
        assert!(html.contains("style/main.css"), "{}", bundle.file());
    }
}
