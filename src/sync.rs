//! Samen spelen on one machine: the team screen posts every saved session on a
//! BroadcastChannel and the projector window listens. Both windows are of the
//! same origin in the same browser, so nothing leaves the machine.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

use crate::domain::game::Session;
use crate::domain::saved;

/// The browser clock in milliseconds, for the phase timer.
pub fn now() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// A signal with the clock, updated every second while the component lives.
pub fn use_clock() -> ReadSignal<u64> {
    let (clock, set_clock) = signal(now());
    if let Ok(handle) = set_interval_with_handle(move || set_clock.set(now()), Duration::from_millis(1000)) {
        on_cleanup(move || handle.clear());
    }
    clock
}

fn channel_name(scenario_id: &str) -> String {
    format!("mysterie.samen.{scenario_id}")
}

/// The projector's open channel and the handler it calls.
type Listener = (BroadcastChannel, Closure<dyn FnMut(MessageEvent)>);

thread_local! {
    /// The team screen's channel, opened once per mystery.
    static SENDER: RefCell<Option<(String, BroadcastChannel)>> = const { RefCell::new(None) };
    /// The projector's channel and its message handler.
    static LISTENER: RefCell<Option<Listener>> = const { RefCell::new(None) };
}

/// Tell other windows of this mystery about the session (the saved-game text).
/// Browsers without BroadcastChannel simply have no projector sync.
pub fn post(session: &Session) {
    let name = channel_name(&session.scenario_id);
    SENDER.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.as_ref().is_none_or(|(open, _)| *open != name) {
            if let Some((_, old)) = cell.take() {
                old.close();
            }
            *cell = BroadcastChannel::new(&name).ok().map(|channel| (name, channel));
        }
        if let Some((_, channel)) = cell.as_ref() {
            let _ = channel.post_message(&JsValue::from_str(&saved::encode(session)));
        }
    });
}

/// Call `on_text` with every session text posted for this mystery, until
/// [`stop_listening`]. One listener per page.
pub fn listen(scenario_id: &str, on_text: impl Fn(String) + 'static) {
    stop_listening();
    let Ok(channel) = BroadcastChannel::new(&channel_name(scenario_id)) else { return };
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(text) = event.data().as_string() {
            on_text(text);
        }
    });
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    LISTENER.with(|cell| *cell.borrow_mut() = Some((channel, handler)));
}

pub fn stop_listening() {
    LISTENER.with(|cell| {
        if let Some((channel, _handler)) = cell.borrow_mut().take() {
            channel.set_onmessage(None);
            channel.close();
        }
    });
}

/// The folder the app is served from (`https://host/app/`), for links and QR
/// codes: every bundle's page lives in it (see `Route::url`).
pub fn app_base() -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{}{}", location.origin().unwrap_or_default(), if folder.is_empty() { "/" } else { folder })
}
