//! `#/studio/<key>`: the form editor for one own mystery.

use leptos::prelude::*;

#[component]
pub fn EditorPage(key: String) -> impl IntoView {
    view! {
        <div class="page studio-editor">
            <h1>"Mysterie bewerken"</h1>
            <p>{key}</p>
        </div>
    }
}
