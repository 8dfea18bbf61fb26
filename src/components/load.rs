//! Loading data asynchronously into a signal, with the error kept for display.
//!
//! Kept instead of Leptos' `LocalResource` + `Suspense`/`ErrorBoundary`: every
//! page here shows its own Dutch loading line and error panel (with the
//! problem list of a broken file, `components::error_view`), and a `Load`
//! value is plain data that a page matches exhaustively; `Suspense` would add
//! a second loading state to keep consistent and, with `ErrorBoundary`, more
//! view types to every bundle (docs/performance.md "Bundles"). Most pages
//! show a load the same way: [`loaded`] is that one match.

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::error_view::ErrorView;
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq)]
pub enum Load<T> {
    Pending,
    Ready(T),
    Failed(AppError),
}

/// Start `future` now and return a signal that holds its result when done.
pub fn load<T>(future: impl Future<Output = Result<T, AppError>> + 'static) -> RwSignal<Load<T>>
where
    T: Send + Sync + 'static,
{
    let state = RwSignal::new(Load::Pending);
    spawn_local(async move {
        let result = future.await;
        // The page may have been left while loading; then there is nothing to update.
        let _ = state.try_set(match result {
            Ok(value) => Load::Ready(value),
            Err(error) => Load::Failed(error),
        });
    });
    state
}

/// The usual view of a page's load: `loading` as a status line while it
/// runs, the error panel with a way back when it fails, `ready`'s view when
/// it is there. Pages with their own loading or error view match [`Load`]
/// themselves (the member's phone, a team joining a session, the library).
pub fn loaded<T>(
    state: RwSignal<Load<T>>,
    loading: &'static str,
    ready: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
{
    move || match state.get() {
        Load::Pending => view! { <p role="status" class="loading">{loading}</p> }.into_any(),
        Load::Failed(error) => view! { <ErrorView error=error show_back=true /> }.into_any(),
        Load::Ready(value) => ready(value),
    }
}
