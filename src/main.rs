fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;

        console_error_panic_hook::set_once();
        // web/boot.js hands over a detached <div id="app">: the app renders there
        // while index.html's static library stays in view, and boot.js puts it in
        // place once the app has its library. Without boot.js, mount to <body>.
        let root = js_sys::Reflect::get(&leptos::prelude::window(), &"mysterieRoot".into())
            .ok()
            .and_then(|value| value.dyn_into::<leptos::web_sys::HtmlElement>().ok());
        match root {
            Some(root) => leptos::mount::mount_to(root, mysterie::App).forget(),
            None => leptos::mount::mount_to_body(mysterie::App),
        }
    }
}
