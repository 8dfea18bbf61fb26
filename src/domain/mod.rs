//! The pure core: no Leptos, no web-sys. Everything here is tested natively.

pub mod game;
pub mod json_path;
pub mod readability;
pub mod saved;
pub mod scenario;
pub mod scoring;
pub mod validate;
