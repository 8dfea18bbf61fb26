//! `#/studio/<key>/speeltest`: play the draft in the real game view.

use leptos::prelude::*;

#[component]
pub fn PlaytestPage(key: String) -> impl IntoView {
    view! {
        <div class="page studio-playtest">
            <h1>"Speeltest"</h1>
            <p>{key}</p>
        </div>
    }
}
