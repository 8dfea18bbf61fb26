//! `index.html`: the library and a team's start form (see src/app.rs).
fn main() {
    #[cfg(target_arch = "wasm32")]
    mysterie::app::start_player();
}
