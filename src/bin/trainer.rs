//! `trainer.html`: studio, print, paper sheets, network view, earlier results (see src/app.rs).
fn main() {
    #[cfg(target_arch = "wasm32")]
    mysterie::app::start_trainer();
}
