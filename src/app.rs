//! The shell (header, the page for the current route, footer) and one entry
//! point per bundle. Each binary (`src/main.rs`, `src/bin/*.rs`) calls one
//! `start_*` function; its page table names only its own pages, so the linker
//! leaves every other audience's code out of its wasm (docs/performance.md).
//! A route of another bundle loads that bundle's page (see `Moved`).

use leptos::prelude::*;

use crate::components::update_notice::UpdateNotice;
use crate::route::{use_route, Bundle, Route};

/// Mount the app of `bundle`, showing `page` for each route.
fn start(bundle: Bundle, page: fn(Route) -> AnyView) {
    use wasm_bindgen::JsCast;

    console_error_panic_hook::set_once();
    let app = move || view! { <Shell bundle=bundle page=page /> };
    // web/boot.js hands over a detached <div id="app">: the app renders there
    // while the page's static content stays in view, and boot.js puts it in
    // place once the app has something to show. Without boot.js, mount to <body>.
    let root = js_sys::Reflect::get(&window(), &"mysterieRoot".into())
        .ok()
        .and_then(|value| value.dyn_into::<leptos::web_sys::HtmlElement>().ok());
    match root {
        Some(root) => leptos::mount::mount_to(root, app).forget(),
        None => leptos::mount::mount_to_body(app),
    }
}

/// `index.html`: the library and a team's start form.
pub fn start_player() {
    use crate::pages::accessibility::AccessibilityPage;
    use crate::pages::library::LibraryPage;
    use crate::pages::play::StartPage;

    start(Bundle::Player, |route| match route {
        Route::Library => view! { <LibraryPage /> }.into_any(),
        Route::Play(id) => view! { <StartPage id=id /> }.into_any(),
        Route::Accessibility => view! { <AccessibilityPage /> }.into_any(),
        other => view! { <Moved route=other here=Bundle::Player /> }.into_any(),
    });
}

/// `spel.html`: a team's game, also as a team screen in a session.
pub fn start_game() {
    use crate::pages::play::PlayPage;
    use crate::pages::session::team::TeamJoinPage;

    start(Bundle::Game, |route| match route {
        Route::Game(id) => view! { <PlayPage id=id /> }.into_any(),
        Route::NewGame(id, game) => view! { <PlayPage id=id new_game=game /> }.into_any(),
        // A session code lives in two bundles (the room's code in zaal.html): check the bundle first.
        Route::Join(code) if route_is_here(&code, Bundle::Game) => view! { <TeamJoinPage code=code /> }.into_any(),
        other => view! { <Moved route=other here=Bundle::Game /> }.into_any(),
    });
}

/// `speler.html`: one member's cards on a phone.
pub fn start_member() {
    use crate::pages::member::MemberPage;

    start(Bundle::Member, |route| match route {
        Route::Member(rest) => view! { <MemberPage rest=rest /> }.into_any(),
        other => view! { <Moved route=other here=Bundle::Member /> }.into_any(),
    });
}

/// `zaal.html`: a session for a room (start form, console, beamer) and the
/// old single-team projector.
pub fn start_room() {
    use crate::pages::projector::ProjectorPage;
    use crate::pages::session::beamer::BeamerPage;
    use crate::pages::session::console::ConsolePage;
    use crate::pages::session::start::SessionsPage;
    use crate::pages::session::team::RoomJoinPage;

    start(Bundle::Room, |route| match route {
        Route::Sessions => view! { <SessionsPage /> }.into_any(),
        Route::Console(id) => view! { <ConsolePage id=id /> }.into_any(),
        Route::Beamer(id) => view! { <BeamerPage id=id /> }.into_any(),
        Route::Projector(id) => view! { <ProjectorPage id=id /> }.into_any(),
        Route::Join(code) if route_is_here(&code, Bundle::Room) => view! { <RoomJoinPage code=code /> }.into_any(),
        other => view! { <Moved route=other here=Bundle::Room /> }.into_any(),
    });
}

/// `trainer.html`: the studio, print view, paper sheets, network view and
/// earlier results.
pub fn start_trainer() {
    use crate::pages::history::HistoryPage;
    use crate::pages::network::NetworkPage;
    use crate::pages::paper::PaperPage;
    use crate::pages::studio::editor::EditorPage;
    use crate::pages::studio::playtest::PlaytestPage;
    use crate::pages::studio::print::PrintPage;
    use crate::pages::studio::StudioPage;

    start(Bundle::Trainer, |route| match route {
        Route::Network => view! { <NetworkPage /> }.into_any(),
        Route::NetworkAdd(payload) => view! { <NetworkPage link=payload /> }.into_any(),
        Route::Results => view! { <HistoryPage /> }.into_any(),
        Route::ResultView(id) => view! { <HistoryPage id=id /> }.into_any(),
        Route::Studio => view! { <StudioPage /> }.into_any(),
        Route::StudioEdit(key) => view! { <EditorPage key=key /> }.into_any(),
        Route::StudioPlaytest(key) => view! { <PlaytestPage key=key /> }.into_any(),
        Route::Print(id) => view! { <PrintPage id=id /> }.into_any(),
        Route::Paper(id) => view! { <PaperPage id=id /> }.into_any(),
        other => view! { <Moved route=other here=Bundle::Trainer /> }.into_any(),
    });
}

/// Whether a session code belongs to `bundle`'s page (a team's code to
/// spel.html, the room's code to zaal.html).
fn route_is_here(code: &str, bundle: Bundle) -> bool {
    Route::Join(code.to_string()).bundle() == bundle
}

#[component]
fn Shell(bundle: Bundle, page: fn(Route) -> AnyView) -> impl IntoView {
    let route = use_route();
    // The beamer view is full screen: no app navigation.
    let presenting = Memo::new(move |_| route.get().is_presentation());
    // A member's phone, a team joining a session and the projector show one
    // mystery to players: no way into the studio, the network or other teams'
    // results, and more room for the cards (Route::for_players). The member's
    // bundle leaves the navigation out altogether.
    let for_players = move || route.get().for_players();
    view! {
        <a class="skip-link" href="#inhoud">"Ga naar de inhoud"</a>
        <header class="site-header" class:for-players=for_players hidden=move || presenting.get()>
            <a class="brand" href=Route::Library.href()>
                <span class="brand-mark" aria-hidden="true">"?"</span>
                "Mysterie Rechtsbescherming"
            </a>
            {bundle.has_navigation().then(|| view! { <MainNav route=route hidden=Signal::derive(for_players) /> })}
            <UpdateNotice />
        </header>
        <main id="inhoud" tabindex="-1">{move || page(route.get())}</main>
        <footer class="site-footer" hidden=move || presenting.get()>
            <p>
                "Gebaseerd op de handreiking ‘Aan de slag met rechtsbescherming’. "
                "Alles wat jullie invullen blijft in deze browser."
            </p>
            <p>
                <a href=Route::Accessibility.href()>"Toegankelijkheid"</a>
            </p>
        </footer>
    }
}

#[component]
fn MainNav(route: ReadSignal<Route>, hidden: Signal<bool>) -> impl IntoView {
    view! {
        <nav class="site-nav" aria-label="Hoofdmenu" hidden=hidden>
            <a
                href=Route::Results.href()
                aria-current=move || matches!(route.get(), Route::Results | Route::ResultView(_)).then_some("page")
            >
                "Eerdere resultaten"
            </a>
            <a
                href=Route::Studio.href()
                aria-current=move || {
                    matches!(route.get(), Route::Studio | Route::StudioEdit(_) | Route::StudioPlaytest(_))
                        .then_some("page")
                }
            >
                "Trainersstudio"
            </a>
            <a
                href=Route::Sessions.href()
                aria-current=move || matches!(route.get(), Route::Sessions | Route::Console(_)).then_some("page")
            >
                "Sessie"
            </a>
            <a
                href=Route::Network.href()
                aria-current=move || matches!(route.get(), Route::Network | Route::NetworkAdd(_)).then_some("page")
            >
                "Lerend netwerk"
            </a>
        </nav>
    }
}

/// A route of another bundle: load that bundle's page (the same hash on
/// another HTML file). web/boot.js already does this before any wasm loads
/// when a page is opened; this covers a link or a typed hash within the app.
#[component]
fn Moved(route: Route, here: Bundle) -> impl IntoView {
    if route.bundle() == here {
        // A page table that forgot one of its own routes: say so instead of reloading forever.
        return view! {
            <div class="page">
                <h1>"Deze pagina bestaat niet"</h1>
                <p><a href=Route::Library.href()>"Naar de bibliotheek"</a></p>
            </div>
        }
        .into_any();
    }
    let href = route.href();
    Effect::new(move |_| {
        let _ = window().location().replace(&href);
    });
    view! { <p role="status" class="loading">"Laden…"</p> }.into_any()
}
