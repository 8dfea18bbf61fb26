//! Mysterie: teams play mysteries about rechtsbescherming in the browser.
//!
//! `domain` is the pure core (no web dependencies, tested natively). Everything
//! else is the thin Leptos UI, compiled only for wasm32.

pub mod domain;
/// The static first page in index.html (native only: a build-time generator, see tests/first_page.rs).
#[cfg(not(target_arch = "wasm32"))]
pub mod first_page;

#[cfg(target_arch = "wasm32")]
mod api;
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod error;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
mod result_set;
#[cfg(target_arch = "wasm32")]
mod results_store;
/// Routes and the bundle (page) of each: pure, tested natively (tests/route.rs).
pub mod route;
#[cfg(target_arch = "wasm32")]
mod session_store;
#[cfg(target_arch = "wasm32")]
mod state;
#[cfg(target_arch = "wasm32")]
mod storage;
#[cfg(target_arch = "wasm32")]
mod studio_store;
#[cfg(target_arch = "wasm32")]
mod sync;
