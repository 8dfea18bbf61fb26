pub mod accessibility;
pub mod history;
pub mod library;
pub mod member;
pub mod network;
pub mod play;
pub mod projector;
pub mod studio;
