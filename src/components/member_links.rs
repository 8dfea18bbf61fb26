//! On the team screen: a QR code and a short link per member, to open that
//! member's cards on their own phone or laptop. The link holds the mystery id,
//! the deal and a member number; names stay on this screen.

use leptos::prelude::*;

use crate::components::qr::QrImage;
use crate::domain::deal::MemberLink;
use crate::domain::session::member::{pack, MemberExtra};
use crate::route::Route;
use crate::state::Game;
use crate::sync::app_base;

/// The member's name, with their role when they have one: "Anna (Inwoner)".
pub fn member_label(game: &Game, member: usize) -> String {
    let session = game.session.get_untracked();
    let name = session.team.members.get(member).cloned().unwrap_or_else(|| format!("Speler {}", member + 1));
    let role = session.deal.as_ref().and_then(|d| d.roles.get(member).cloned().flatten());
    match role.and_then(|id| game.scenario.with_value(|sc| sc.player_roles.iter().find(|r| r.id == id).cloned())) {
        Some(role) => format!("{name} ({})", role.name),
        None => name,
    }
}

/// The links of every member, or nothing when the team plays on one shared screen.
#[component]
pub fn MemberLinks() -> impl IntoView {
    let game = Game::use_context();
    let session = game.session.get_untracked();
    let Some(setup) = session.deal.clone() else { return ().into_any() };
    let mystery = session.scenario_id.clone();
    let base = app_base();
    let members = session.team.members.len().min(setup.roles.len());
    let (own, hands) = game.scenario.with_value(|sc| {
        let own = crate::studio_store::find_by_id(&sc.id).map(|_| sc.clone());
        (own, setup.hands(sc))
    });
    view! {
        <section class="member-links" aria-labelledby="speler-links-titel">
            <h2 id="speler-links-titel">"Ieder een eigen stapel kaarten"</h2>
            <p>
                "Scan je QR-code met de camera van je telefoon, of open je link op je laptop. "
                "Daar lees of beluister je jouw kaarten. Vertel daarna aan het team wat je hoorde."
            </p>
            <p class="muted small">
                "In de link staan alleen de voornaam en de teamnaam, zodat de telefoon laat zien wiens kaarten het zijn. Er wordt niets verstuurd."
            </p>
            <ul class="member-link-list">
                {(0..members)
                    .map(|member| {
                        let mut link = MemberLink::new(&mystery, &setup, member);
                        // Name and team on the phone; an own mystery's cards travel in the link.
                        let pack = own.as_ref().map(|sc| pack(sc, &hands[member]));
                        let name = session.team.members.get(member).map(|n| n.trim().to_string()).unwrap_or_default();
                        link.extra = Some(MemberExtra { name, team: session.team.name.trim().to_string(), pack });
                        let url = Route::parse(&format!("#/{}", link.path())).url(&base);
                        let label = member_label(&game, member);
                        view! {
                            <li class="member-link">
                                <h3>{label.clone()}</h3>
                                <QrImage text=url.clone() label=format!("QR-code voor de kaarten van {label}") />
                                <p>
                                    <a href=url.clone() target="_blank" rel="noopener">
                                        {format!("Open de kaarten van {label}")}
                                    </a>
                                </p>
                                <p class="short-link"><code>{url}</code></p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
    .into_any()
}
