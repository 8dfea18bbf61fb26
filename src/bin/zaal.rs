//! `zaal.html`: a session for a room (console, beamer) (see src/app.rs).
fn main() {
    #[cfg(target_arch = "wasm32")]
    mysterie::app::start_room();
}
