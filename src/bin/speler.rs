//! `speler.html`: one member's cards on a phone (see src/app.rs).
fn main() {
    #[cfg(target_arch = "wasm32")]
    mysterie::app::start_member();
}
