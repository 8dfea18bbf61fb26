//! The trainer studio's model: editing a draft scenario with undo/redo,
//! operations that keep references intact, import and export of scenario
//! files, and the stored form of a trainer's own mysteries.
//!
//! Pure like the rest of `domain`: the Leptos editor (src/pages/studio/) only
//! calls these functions and shows their results.

pub mod edit;
pub mod history;
pub mod own;
pub mod plain;
pub mod transfer;
