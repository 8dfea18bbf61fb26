//! A clue card outside the game (a member's phone, the projector): the same
//! look as the team screen's card, without any game state. It never shows how
//! much a clue matters, its category or anything else of the solution.

use leptos::prelude::*;

use crate::components::document_text::{document_class, CardText};
use crate::components::portrait::PortraitBadge;
use crate::components::speech::SpeechControls;
use crate::domain::portrait::{portrait_of, Portrait};
use crate::domain::scenario::{CharacterKind, Clue, ClueKind, Scenario};

/// "Kaart N": numbers follow the scenario order, as on the team screen.
pub fn card_number(scenario: &Scenario, clue: &str) -> usize {
    scenario.clues.iter().position(|c| c.id == clue).map_or(0, |i| i + 1)
}

/// Who speaks, as shown on the card.
fn who(scenario: &Scenario, clue: &Clue) -> Option<(String, CharacterKind, Option<Portrait>)> {
    let person = clue.speaker.as_deref().and_then(|s| scenario.character(s))?;
    let organisation = person.organisation.as_ref().map(|o| format!(", {o}")).unwrap_or_default();
    Some((
        format!("{} · {} ({}{})", person.name, person.role, person.kind.label().to_lowercase(), organisation),
        person.kind,
        portrait_of(scenario, &person.id),
    ))
}

/// What is read aloud: title, who speaks, the text.
pub fn spoken_text(scenario: &Scenario, clue: &Clue) -> String {
    let speaker = clue.speaker.as_deref().and_then(|s| scenario.character(s));
    match (clue.kind, speaker) {
        (ClueKind::Voice, Some(person)) => format!("{}. {} vertelt. {}", clue.title, person.name, clue.text),
        (_, Some(person)) => format!("{}. Van {}. {}", clue.title, person.name, clue.text),
        _ => format!("{}. {}", clue.title, clue.text),
    }
}

/// One card. `listen` adds the speech controls (needs a [`crate::components::speech::Speech`] context).
#[component]
pub fn PlainClue(scenario: StoredValue<Scenario>, clue_id: String, #[prop(optional)] listen: bool) -> impl IntoView {
    let Some((clue, who, number, spoken)) = scenario.with_value(|sc| {
        sc.clue(&clue_id).map(|c| (c.clone(), who(sc, c), card_number(sc, &c.id), spoken_text(sc, c)))
    }) else {
        return view! { <p class="clue-card">{format!("Onbekende aanwijzing {clue_id}")}</p> }.into_any();
    };
    let kind_class = clue.kind.card_class(who.as_ref().map(|(_, kind, _)| *kind));
    let heading_id = format!("kaart-titel-{}", clue.id);
    let labelled_by = heading_id.clone();
    // Sound files live next to the mystery files.
    let audio = clue.audio.as_ref().map(|file| format!("mysteries/{file}"));
    view! {
        <article
            id=format!("kaart-{}", clue.id)
            class=format!("clue-card plain {kind_class} {}", document_class(&clue))
            aria-labelledby=labelled_by
            data-clue=clue.id.clone()
        >
            <p class="clue-kind">{format!("Kaart {number} · {}", clue.kind.label())}</p>
            <h3 id=heading_id class="clue-title">{clue.title.clone()}</h3>
            {who
                .map(|(w, _, portrait)| {
                    view! {
                        <div class="clue-person">
                            {portrait.map(|p| view! { <PortraitBadge portrait=p /> })}
                            <p class="clue-who">{w}</p>
                        </div>
                    }
                })}
            <CardText clue=clue.clone() />
            {listen
                .then(|| {
                    view! {
                        <div class="clue-controls">
                            <SpeechControls key=clue.id.clone() title=clue.title.clone() text=spoken audio=audio />
                        </div>
                    }
                })}
        </article>
    }
    .into_any()
}
