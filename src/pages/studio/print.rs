//! `#/afdrukken/<id>`: a mystery as a card set on A4 for play on paper.

use leptos::prelude::*;

#[component]
pub fn PrintPage(id: String) -> impl IntoView {
    view! {
        <div class="page print-set">
            <h1>"Afdrukken"</h1>
            <p>{id}</p>
        </div>
    }
}
