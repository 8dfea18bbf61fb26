//! The pure core: no Leptos, no web-sys. Everything here is tested natively.

pub mod checksum;
pub mod deal;
pub mod document_look;
pub mod explanation;
pub mod game;
pub mod game_file;
pub mod json_path;
pub mod link_layout;
pub mod network;
pub mod paper;
pub mod portrait;
pub mod readability;
pub mod result_set;
pub mod results;
pub mod revision;
pub mod saved;
pub mod scenario;
pub mod scoring;
pub mod session;
pub mod storage_usage;
pub mod studio;
pub mod text;
pub mod timeline;
pub mod timer;
pub mod validate;
