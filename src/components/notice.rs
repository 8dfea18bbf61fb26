use leptos::prelude::*;

use crate::components::files;
use crate::components::storage_help::StorageHelp;
use crate::domain::{saved, storage_usage};
use crate::state::{Game, Notice};
use crate::storage;

/// Two live regions that are always in the page, so screen readers announce
/// changes to them: a polite one for confirmations and an alert for problems.
/// A failed save has an alert of its own that stays until saving works again,
/// with what to do and the game as a download meanwhile (issue #17).
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
    let failed = Memo::new(move |_| game.save_problem.with(Option::is_some));
    let full = Memo::new(move |_| game.save_problem.with(|p| p.as_deref() == Some(storage_usage::FULL)));
    let download_status = RwSignal::new(String::new());
    let download = move |_| {
        let (id, text) = game.session.with_untracked(|s| (s.scenario_id.clone(), saved::encode(s)));
        let date = files::now_iso().get(..10).unwrap_or("vandaag").to_string();
        let name = format!("spel-{id}-{date}.json");
        download_status.set(match files::download(&name, "application/json", &text) {
            Ok(()) => format!("Het spel staat als bestand {name} in je downloads."),
            Err(message) => message,
        });
    };
    let key = StoredValue::new(game.scenario.with_value(|sc| storage::game_key(&sc.id)));
    view! {
        <div class="notices">
            <p class="notice info" role="status" class:empty=move || info().is_empty()>{info}</p>
            <p class="notice problem" role="alert" class:empty=move || problem().is_empty()>{problem}</p>
            <div class="save-problem" role="alert" class:empty=move || !failed.get()>
                <Show when=move || failed.get()>
                    <p class="notice problem">{move || game.save_problem.get().unwrap_or_default()}</p>
                    <p>
                        <button type="button" class="button" on:click=download>"Download het spel als bestand"</button>
                        " Zo heb je een kopie van wat jullie tot nu toe deden."
                    </p>
                    <p role="status">{move || download_status.get()}</p>
                    <Show when=move || full.get()>
                        <StorageHelp
                            keep=key.get_value()
                            retry=Callback::new(move |_| {
                                let _ = game.save();
                            })
                        />
                    </Show>
                </Show>
            </div>
        </div>
    }
}
