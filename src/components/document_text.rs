//! A document card's text laid out as the paper it is (see
//! src/domain/document_look.rs): letterhead, subject, body and signature
//! block. The words are the card's own; only the layout changes.

use leptos::prelude::*;

use crate::domain::document_look::{document_look, document_parts};
use crate::domain::scenario::Clue;

/// `doc-<look>` for a document card, empty for other cards.
pub fn document_class(clue: &Clue) -> String {
    document_look(clue).map(|look| format!("doc-{}", look.as_str())).unwrap_or_default()
}

/// The full text of a card: in parts for a document, one paragraph otherwise.
#[component]
pub fn CardText(clue: Clue) -> impl IntoView {
    if document_look(&clue).is_none() {
        return view! { <p class="clue-text">{clue.text}</p> }.into_any();
    }
    let parts = document_parts(&clue.text);
    view! {
        <div class="doc-paper">
            // A space between the parts: the text of the whole sheet is the card's text.
            {parts.head.map(|h| view! { <p class="doc-head">{h}</p> " " })}
            {parts.subject.map(|s| view! { <p class="doc-subject">{s}</p> " " })}
            <p class="clue-text doc-body">{parts.body}</p>
            {parts.closing.map(|c| view! { " " <p class="doc-closing">{c}</p> })}
        </div>
    }
    .into_any()
}
