//! Tells the team when a newer version of the app has taken over: web/boot.js
//! fires `mysterie-update` (and sets `window.mysterieUpdate`) when the service
//! worker of a new build takes control of a page an older build served.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

const MESSAGE: &str = "Er is een nieuwe versie. Laad de pagina opnieuw.";

#[component]
pub fn UpdateNotice() -> impl IntoView {
    // The event may have fired before the app mounted.
    let early = js_sys::Reflect::get(&window(), &JsValue::from_str("mysterieUpdate")).is_ok_and(|v| v.is_truthy());
    let (updated, set_updated) = signal(early);
    let handle = window_event_listener_untyped("mysterie-update", move |_| set_updated.set(true));
    on_cleanup(move || handle.remove());
    let reload = move |_| {
        let _ = window().location().reload();
    };
    view! {
        // Always in the page, so screen readers announce the text when it appears.
        <div class="update-notice" class:empty=move || !updated.get()>
            <p role="status">{move || updated.get().then_some(MESSAGE)}</p>
            <Show when=move || updated.get()>
                <button type="button" class="button" on:click=reload>"Pagina opnieuw laden"</button>
            </Show>
        </div>
    }
}
