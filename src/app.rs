//! The shell: header, the page for the current route, footer.

use leptos::prelude::*;

use crate::components::update_notice::UpdateNotice;
use crate::pages::accessibility::AccessibilityPage;
use crate::pages::history::HistoryPage;
use crate::pages::library::LibraryPage;
use crate::pages::member::MemberPage;
use crate::pages::network::NetworkPage;
use crate::pages::paper::PaperPage;
use crate::pages::play::PlayPage;
use crate::pages::projector::ProjectorPage;
use crate::pages::session::beamer::BeamerPage;
use crate::pages::session::console::ConsolePage;
use crate::pages::session::start::SessionsPage;
use crate::pages::session::team::JoinPage;
use crate::pages::studio::editor::EditorPage;
use crate::pages::studio::playtest::PlaytestPage;
use crate::pages::studio::print::PrintPage;
use crate::pages::studio::StudioPage;
use crate::route::{use_route, Route};

#[component]
pub fn App() -> impl IntoView {
    let route = use_route();
    // The beamer view is full screen: no app navigation.
    let presenting = Memo::new(move |_| route.get().is_presentation());
    // A member's phone, a team joining a session and the projector show one
    // mystery to players: no way into the studio, the network or other teams'
    // results, and more room for the cards.
    let for_players = move || matches!(route.get(), Route::Member(_) | Route::Projector(_) | Route::Join(_));
    view! {
        <a class="skip-link" href="#inhoud">"Ga naar de inhoud"</a>
        <header class="site-header" class:for-players=for_players hidden=move || presenting.get()>
            <a class="brand" href=Route::Library.href()>
                <span class="brand-mark" aria-hidden="true">"?"</span>
                "Mysterie Rechtsbescherming"
            </a>
            <nav class="site-nav" aria-label="Hoofdmenu" hidden=for_players>
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
            <UpdateNotice />
        </header>
        <main id="inhoud" tabindex="-1">
            {move || match route.get() {
                Route::Library => view! { <LibraryPage /> }.into_any(),
                Route::Play(id) => view! { <PlayPage id=id /> }.into_any(),
                Route::Member(rest) => view! { <MemberPage rest=rest /> }.into_any(),
                Route::Projector(id) => view! { <ProjectorPage id=id /> }.into_any(),
                Route::Network => view! { <NetworkPage /> }.into_any(),
                Route::NetworkAdd(payload) => view! { <NetworkPage link=payload /> }.into_any(),
                Route::Results => view! { <HistoryPage /> }.into_any(),
                Route::ResultView(id) => view! { <HistoryPage id=id /> }.into_any(),
                Route::Accessibility => view! { <AccessibilityPage /> }.into_any(),
                Route::Studio => view! { <StudioPage /> }.into_any(),
                Route::StudioEdit(key) => view! { <EditorPage key=key /> }.into_any(),
                Route::StudioPlaytest(key) => view! { <PlaytestPage key=key /> }.into_any(),
                Route::Print(id) => view! { <PrintPage id=id /> }.into_any(),
                Route::Sessions => view! { <SessionsPage /> }.into_any(),
                Route::Console(id) => view! { <ConsolePage id=id /> }.into_any(),
                Route::Beamer(id) => view! { <BeamerPage id=id /> }.into_any(),
                Route::Join(code) => view! { <JoinPage code=code /> }.into_any(),
                Route::Paper(id) => view! { <PaperPage id=id /> }.into_any(),
            }}
        </main>
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
