//! A file picker that also takes dropped files: the drop zone is the drag
//! path, the labelled file input is the click and keyboard path (WCAG 2.5.7).
//! Used by the network view (results files) and the studio (mystery files).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::files;

#[component]
pub fn FileDrop(
    /// Id of the file input; the help text gets `<input_id>-uitleg`.
    input_id: &'static str,
    label: &'static str,
    help: &'static str,
    /// Called with the chosen or dropped files, in order.
    on_files: Callback<Vec<web_sys::File>>,
) -> impl IntoView {
    let help_id = format!("{input_id}-uitleg");
    let dragging = RwSignal::new(false);
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        on_files.run(files::files_of(input.files()));
        // The same file may be chosen again after it was fixed.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        on_files.run(files::files_of(ev.data_transfer().and_then(|d| d.files())));
    };
    view! {
        <div
            class="drop-zone"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <label for=input_id>{label}</label>
            <input
                id=input_id
                type="file"
                multiple
                accept=".json,application/json"
                aria-describedby=help_id.clone()
                on:change=on_pick
            />
            <p class="hint-text" id=help_id>{help}</p>
        </div>
    }
}
