//! A small, calm celebration at the top of a result: a burst of shapes in the
//! app's colours next to the team's feedback (which follows the level of the
//! answer). The burst is the same for every team and every score: it
//! celebrates finishing the case together, never speed or a rank.
//! Decorative (hidden from screen readers); with reduced motion it stands
//! still (style/main.css).

use leptos::prelude::*;

/// The shapes: (x, y, kind, colour class, delay class). Classes, not inline
/// styles: the Content Security Policy allows stylesheets only.
const SHAPES: [(f64, f64, u8, &str, u8); 9] = [
    (12.0, 30.0, 0, "accent", 0),
    (26.0, 10.0, 1, "brand", 1),
    (44.0, 24.0, 2, "ok", 2),
    (60.0, 8.0, 0, "focus", 1),
    (74.0, 30.0, 1, "accent", 3),
    (90.0, 14.0, 2, "brand", 2),
    (106.0, 28.0, 0, "ok", 4),
    (120.0, 8.0, 1, "focus", 3),
    (134.0, 24.0, 2, "brand", 5),
];

#[component]
pub fn Celebration(children: Children) -> impl IntoView {
    let shapes = SHAPES
        .iter()
        .map(|&(x, y, kind, colour, delay)| {
            let style = format!("burst-{colour} burst-d{delay}");
            match kind {
                0 => view! { <circle cx=x cy=y r="4" class=style /> }.into_any(),
                1 => view! { <rect x=x - 3.5 y=y - 3.5 width="7" height="7" rx="1.5" class=style /> }.into_any(),
                _ => {
                    let points = format!("{},{} {},{} {},{}", x, y - 5.0, x + 5.0, y + 4.0, x - 5.0, y + 4.0);
                    view! { <polygon points=points class=style /> }.into_any()
                }
            }
        })
        .collect_view();
    view! {
        <div class="celebration">
            <svg class="celebration-burst" viewBox="0 0 146 40" width="146" height="40" aria-hidden="true" focusable="false">
                {shapes}
            </svg>
            {children()}
        </div>
    }
}
