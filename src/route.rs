//! Hash-based routes (`#/`, `#/mysterie/<id>`). Hash routing works on any static
//! host without server rewrites and survives a reload, which is all we need.

use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Library,
    Play(String),
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path.split_once('/') {
            Some(("mysterie", id)) if !id.is_empty() => Route::Play(id.to_string()),
            _ => Route::Library,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Library => "#/".to_string(),
            Route::Play(id) => format!("#/mysterie/{id}"),
        }
    }
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The current route as a signal that follows `hashchange`.
pub fn use_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    route
}
