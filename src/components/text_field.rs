//! A labelled one-line text input bound to a signal: the team's start form,
//! the trainer's reason, a new group's name and a link's reason share it.

use leptos::prelude::*;

/// A labelled one-line text input. `hint`, when given, shows under the input
/// and is read out as its description. `max_chars` is the input's maxlength;
/// `class` is added to the wrapper's `field` class.
#[component]
pub fn TextField(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    max_chars: usize,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView {
    let hint_id = hint.map(|_| format!("{id}-uitleg"));
    let wrapper = match class {
        Some(extra) => format!("field {extra}"),
        None => "field".to_string(),
    };
    view! {
        <div class=wrapper>
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                autocomplete="off"
                maxlength=max_chars.to_string()
                aria-describedby=hint_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            {hint.map(|hint| view! { <p class="hint-text" id=hint_id>{hint}</p> })}
        </div>
    }
}
