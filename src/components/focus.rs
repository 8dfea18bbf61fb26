use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focus the element with this id once the DOM has been updated, so keyboard
/// users do not lose their place when the control they used disappears.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id) {
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    });
}
