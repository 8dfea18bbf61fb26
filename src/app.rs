//! The shell: header, the page for the current route, footer.

use leptos::prelude::*;

use crate::pages::library::LibraryPage;
use crate::pages::play::PlayPage;
use crate::route::{use_route, Route};

#[component]
pub fn App() -> impl IntoView {
    let route = use_route();
    view! {
        <a class="skip-link" href="#inhoud">"Ga naar de inhoud"</a>
        <header class="site-header">
            <a class="brand" href=Route::Library.href()>
                <span class="brand-mark" aria-hidden="true">"?"</span>
                "Mysterie Rechtsbescherming"
            </a>
        </header>
        <main id="inhoud" tabindex="-1">
            {move || match route.get() {
                Route::Library => view! { <LibraryPage /> }.into_any(),
                Route::Play(id) => view! { <PlayPage id=id /> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>
                "Gebaseerd op de handreiking ‘Aan de slag met rechtsbescherming’. "
                "Alles wat jullie invullen blijft in deze browser."
            </p>
        </footer>
    }
}
