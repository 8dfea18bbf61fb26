//! A person's portrait as inline SVG (see src/domain/portrait.rs): an initials
//! badge, round for an inwoner, a name badge for an uitvoerder. Drawn from
//! code: no files, no requests.

use leptos::prelude::*;

use crate::domain::portrait::{self, Portrait, Shape};

/// Draws `portrait` at `size` CSS pixels. Without `label` the portrait is
/// decorative (the name is in the text next to it) and hidden from screen
/// readers; with `label` it is an image with that text alternative.
#[component]
pub fn PortraitBadge(
    portrait: Portrait,
    #[prop(default = 40)] size: u32,
    #[prop(optional, into)] label: Option<String>,
) -> impl IntoView {
    let background = portrait.background.hex();
    let ink = portrait.ink.hex();
    let outline = match portrait.shape {
        Shape::Round => view! { <circle cx="24" cy="24" r="23" fill=background.clone() /> }.into_any(),
        Shape::NameBadge => view! {
            <rect x="2" y="5" width="44" height="41" rx="9" fill=background.clone() />
            <rect x="17" y="1" width="14" height="7" rx="3" fill=ink.clone() fill-opacity="0.85" />
        }
        .into_any(),
    };
    // A thin ring, open where the accent angle points: a calm second variation.
    let (x, y) = portrait::accent_dot(portrait.accent_angle);
    let decorative = label.is_none();
    view! {
        <svg
            class=format!("portrait portrait-{}", portrait.shape.as_str())
            viewBox="0 0 48 48"
            width=size
            height=size
            focusable="false"
            aria-hidden=decorative.then_some("true")
            role=(!decorative).then_some("img")
            aria-label=label
            data-portrait=portrait.character.clone()
        >
            {outline}
            <circle cx=x cy=y r="2.5" fill=ink.clone() fill-opacity="0.55" />
            <text
                x="24"
                y="27"
                text-anchor="middle"
                dominant-baseline="middle"
                font-size="17"
                font-weight="700"
                fill=ink
            >
                {portrait.initials}
            </text>
        </svg>
    }
}
