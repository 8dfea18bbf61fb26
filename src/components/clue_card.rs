use leptos::prelude::*;

use crate::components::document_text::{document_class, CardText};
use crate::components::portrait::PortraitBadge;
use crate::domain::portrait::portrait_of;
use crate::state::Game;

/// A clue as a card: who speaks (or what document it is), title and text.
/// Extra controls for the current phase go in `children`.
#[component]
pub fn ClueCard(
    clue_id: String,
    /// Show only the first sentence of the text (for the sorting board).
    #[prop(optional)]
    compact: bool,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let game = Game::use_context();
    let Some((clue, speaker, portrait)) = game.with_clue(&clue_id, |sc, c| {
        let speaker = c.speaker.as_deref().and_then(|s| sc.character(s)).cloned();
        let portrait = speaker.as_ref().and_then(|s| portrait_of(sc, &s.id));
        (c.clone(), speaker, portrait)
    }) else {
        return view! { <p class="clue-card">{format!("Onbekende aanwijzing {clue_id}")}</p> }.into_any();
    };
    let kind_class = clue.kind.card_class(speaker.as_ref().map(|s| s.kind));
    // On the sorting board a short "who" keeps the cards small.
    let who = speaker.map(|s| {
        let organisation = s.organisation.map(|o| format!(", {o}")).unwrap_or_default();
        if compact {
            format!("{} ({}{})", s.name, s.kind.label().to_lowercase(), organisation)
        } else {
            format!("{} · {} ({}{})", s.name, s.role, s.kind.label().to_lowercase(), organisation)
        }
    });
    let (text, rest) = if compact { split_first_sentence(&clue.text) } else { (clue.text.clone(), None) };
    let heading_id = format!("kaart-titel-{}", clue.id);
    let labelled_by = heading_id.clone();
    view! {
        <article
            id=format!("kaart-{}", clue.id)
            tabindex="-1"
            class=format!("clue-card {kind_class} {}", document_class(&clue))
            aria-labelledby=labelled_by
            data-clue=clue.id.clone()
        >
            <p class="clue-kind">{clue.kind.label()}</p>
            <h3 id=heading_id class="clue-title">{clue.title.clone()}</h3>
            {who
                .map(|w| {
                    view! {
                        <div class="clue-person">
                            {portrait.map(|p| view! { <PortraitBadge portrait=p size=if compact { 28 } else { 40 } /> })}
                            <p class="clue-who">{w}</p>
                        </div>
                    }
                })}
            {if compact {
                view! { <p class="clue-text">{text}</p> }.into_any()
            } else {
                view! { <CardText clue=clue.clone() /> }.into_any()
            }}
            {rest
                .map(|full| {
                    view! {
                        <details class="clue-more">
                            <summary>"Lees verder"</summary>
                            <p class="clue-text">{full}</p>
                        </details>
                    }
                })}
            {children.map(|c| view! { <div class="clue-controls">{c()}</div> })}
        </article>
    }
    .into_any()
}

/// The first sentence, and the rest of the text when there is more to read.
fn split_first_sentence(text: &str) -> (String, Option<String>) {
    match text.find(". ") {
        Some(end) if end + 2 < text.len() => (text[..=end].to_string(), Some(text[end + 2..].to_string())),
        _ => (text.to_string(), None),
    }
}
