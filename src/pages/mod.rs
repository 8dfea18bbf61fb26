pub mod library;
pub mod play;
