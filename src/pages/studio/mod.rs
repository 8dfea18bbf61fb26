//! Trainersstudio: a trainer's own mysteries (list, new, copy, import,
//! export, delete), the form editor, the playtest and the printable card set.

pub mod editor;
pub mod playtest;
pub mod print;

use leptos::prelude::*;

/// `#/studio`: the trainer's own mysteries and ways to add one.
#[component]
pub fn StudioPage() -> impl IntoView {
    view! {
        <div class="page studio">
            <h1>"Trainersstudio"</h1>
        </div>
    }
}
