use leptos::prelude::*;

use crate::state::{Game, Notice};

/// Two live regions that are always in the page, so screen readers announce
/// changes to them: a polite one for confirmations and an alert for problems.
#[component]
pub fn NoticeArea() -> impl IntoView {
    let game = Game::use_context();
    let info = move || match game.notice.get() {
        Some(Notice::Info(text)) => text,
        _ => String::new(),
    };
    let problem = move || match game.notice.get() {
        Some(Notice::Problem(text)) => text,
        _ => String::new(),
    };
    view! {
        <div class="notices">
            <p class="notice info" role="status" class:empty=move || info().is_empty()>{info}</p>
            <p class="notice problem" role="alert" class:empty=move || problem().is_empty()>{problem}</p>
        </div>
    }
}
