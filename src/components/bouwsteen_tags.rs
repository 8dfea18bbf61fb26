use leptos::prelude::*;

use crate::domain::scenario::Bouwsteen;

/// The bouwstenen as a list of small labels, the main one first and marked.
#[component]
pub fn BouwsteenTags(bouwstenen: Vec<Bouwsteen>, #[prop(optional)] main: Option<Bouwsteen>) -> impl IntoView {
    let mut ordered = bouwstenen;
    if let Some(main) = main {
        ordered.sort_by_key(|b| *b != main);
    }
    view! {
        <ul class="tags" aria-label="Bouwstenen">
            {ordered
                .into_iter()
                .map(|b| {
                    let is_main = Some(b) == main;
                    view! {
                        <li class=format!("tag bouwsteen-{}", b.as_str()) class:tag-main=is_main>
                            {b.label()}
                            <Show when=move || is_main>
                                <span class="visually-hidden">" (hoofdthema)"</span>
                            </Show>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
