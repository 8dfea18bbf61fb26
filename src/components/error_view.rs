use leptos::prelude::*;

use crate::error::AppError;
use crate::route::Route;

/// A load error: what went wrong, where, and the way back to the library.
#[component]
pub fn ErrorView(error: AppError, #[prop(optional)] show_back: bool) -> impl IntoView {
    let problems = error.problems().to_vec();
    let has_problems = !problems.is_empty();
    view! {
        <section class="error-panel" role="alert" aria-labelledby="fout-titel">
            <h2 id="fout-titel">"Dit lukt niet"</h2>
            <p>{error.to_string()}</p>
            <Show when=move || has_problems>
                <ul class="problem-list">
                    {problems
                        .iter()
                        .map(|p| {
                            let path = p.path.clone();
                            view! {
                                <li>
                                    <Show when={
                                        let empty = path.is_empty();
                                        move || !empty
                                    }>
                                        <code>{path.clone()}</code>
                                        ": "
                                    </Show>
                                    {p.message.clone()}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </Show>
            <Show when=move || show_back>
                <p>
                    <a class="button" href=Route::Library.href()>"Terug naar de bibliotheek"</a>
                </p>
            </Show>
        </section>
    }
}
