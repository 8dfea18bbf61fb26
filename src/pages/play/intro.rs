use leptos::prelude::*;

use super::{AdvanceButton, CentralQuestion, PhaseHeading};
use crate::components::member_links::MemberLinks;
use crate::components::portrait::PortraitBadge;
use crate::domain::portrait::portraits;
use crate::state::Game;

/// The case and the central question.
#[component]
pub fn IntroPhase() -> impl IntoView {
    let game = Game::use_context();
    let (case, characters, faces) =
        game.scenario.with_value(|sc| (sc.case.clone(), sc.characters.clone(), portraits(&sc.characters)));
    view! {
        <section class="phase intro">
            <PhaseHeading text="De zaak" />
            <h2>{case.title}</h2>
            {case.paragraphs.into_iter().map(|p| view! { <p class="case-text">{p}</p> }).collect_view()}
            <CentralQuestion />
            <MemberLinks />
            <h2>"Wie komen er aan het woord?"</h2>
            <ul class="people">
                {characters
                    .into_iter()
                    .zip(faces)
                    .map(|(c, face)| {
                        let org = c.organisation.map(|o| format!(", {o}")).unwrap_or_default();
                        view! {
                            <li>
                                <PortraitBadge portrait=face size=36 />
                                <span>
                                    <strong>{c.name}</strong>
                                    {format!(" – {} ({}{})", c.role, c.kind.label().to_lowercase(), org)}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h2>"Zo spelen jullie"</h2>
            <ol class="steps">
                <li>"Onderzoeken: draai de aanwijzingen om. Lees ze om de beurt voor."</li>
                <li>"Ordenen: leg de aanwijzingen in groepen, verbind ze en leg wat niet klopt aan de kant."</li>
                <li>"Oplossen: beantwoord de centrale vraag met aanwijzingen en eigen woorden."</li>
                <li>"Reflecteren: hoe gaat dit in jullie eigen gemeente? En hoe werkten jullie samen?"</li>
            </ol>
            <p class="muted">"Tijd telt niet mee in de score. Neem de tijd voor het gesprek."</p>
            <AdvanceButton label="Begin met onderzoeken" />
        </section>
    }
}
