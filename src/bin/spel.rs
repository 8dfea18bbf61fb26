//! `spel.html`: a team's game, also as a team screen in a session (see src/app.rs).
fn main() {
    #[cfg(target_arch = "wasm32")]
    mysterie::app::start_game();
}
