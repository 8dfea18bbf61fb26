use leptos::prelude::*;

use crate::error::AppError;
use crate::route::Route;

/// A load error: what went wrong, where, and the way back to the library.
/// With `show_back` it is the whole page, so its heading is the page's h1;
/// inside a page that has its own h1 it is an h2.
#[component]
pub fn ErrorView(error: AppError, #[prop(optional)] show_back: bool) -> impl IntoView {
    let problems = error.problems().to_vec();
    let has_problems = !problems.is_empty();
    view! {
        <section class="error-panel" role="alert" aria-labelledby="fout-titel">
            {if show_back {
                view! { <h1 id="fout-titel">"Dit lukt niet"</h1> }.into_any()
            } else {
                view! { <h2 id="fout-titel">"Dit lukt niet"</h2> }.into_any()
            }}
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
