//! Keeping and sharing a result: print, download as JSON or CSV, or make a
//! link for the trainer that carries the result itself. Nothing is sent
//! anywhere by the app; the team decides what to share.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::files;
use crate::domain::results::{self, TeamResult};
use crate::route::Route;

/// Said wherever results are kept or shared.
pub const PRIVACY: &str =
    "Alles blijft in deze browser. Er gaat niets naar een server, tenzij jullie zelf een bestand of link delen.";

/// What a shared result holds, said next to [`PRIVACY`] where results are shared.
pub const PRIVACY_CONTENTS: &str = "Een gedeeld resultaat (bestand, tabel of link) bevat: het mysterie en de datum, \
     de teamnaam, de gemeente en de soort organisatie zoals jullie die invulden, de scores, jullie antwoord en \
     reflectie in jullie eigen woorden, en de gekozen acties. Namen van teamleden zitten er alleen in als jullie \
     dat kiezen.";

#[component]
pub fn SharePanel(result: Signal<TeamResult>) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let show_link = RwSignal::new(false);
    // Off by default: a shared result carries no personal names unless the team chooses.
    let with_names = RwSignal::new(false);
    let shared = move || result.get().for_sharing(with_names.get());
    let link = move || {
        results::to_link_payload(&shared()).map(|payload| Route::NetworkAdd(payload).url(&crate::sync::app_base()))
    };
    let say = move |text: String| status.set(text);

    let download = move |kind: &'static str| {
        let r = result.get_untracked().for_sharing(with_names.get_untracked());
        let (name, mime, text) = match kind {
            "json" => (format!("{}.json", r.file_stem()), "application/json", results::to_json(&r)),
            _ => {
                (format!("{}.csv", r.file_stem()), "text/csv;charset=utf-8", results::to_csv(std::slice::from_ref(&r)))
            }
        };
        match files::download(&name, mime, &text) {
            Ok(()) => say(format!("Het bestand {name} staat in je downloads.")),
            Err(message) => say(message),
        }
    };
    let copy = move |_| {
        let Ok(text) = link() else { return };
        spawn_local(async move {
            let copied = files::copy_text(&text).await;
            status.set(if copied {
                "De link is gekopieerd. Plak hem in een mail of chat aan de trainer.".to_string()
            } else {
                "Kopiëren lukte niet. Selecteer de link in het vak en kopieer hem zelf.".to_string()
            });
        });
    };

    view! {
        <section class="share" aria-labelledby="delen-titel">
            <h2 id="delen-titel">"Bewaren en delen"</h2>
            <p class="privacy">{PRIVACY}</p>
            <p class="small">{PRIVACY_CONTENTS}</p>
            {move || {
                let has_members = result.with(|r| !r.team.members.is_empty());
                has_members
                    .then(|| {
                        view! {
                            <div class="check share-names">
                                <input
                                    id="namen-meesturen"
                                    type="checkbox"
                                    prop:checked=move || with_names.get()
                                    on:change=move |ev| with_names.set(event_target_checked(&ev))
                                />
                                <label for="namen-meesturen">"Namen van teamleden meesturen"</label>
                            </div>
                        }
                    })
            }}
            <details class="share-contents" open>
                <summary>"Wat zit er in het bestand of de link?"</summary>
                <ul aria-label="Inhoud van een gedeeld resultaat">
                    {move || {
                        result
                            .get()
                            .shared_contents(with_names.get(), true)
                            .into_iter()
                            .map(|item| view! { <li>{item}</li> })
                            .collect_view()
                    }}
                </ul>
                <p class="small muted">
                    "De link laat de uitleg van het mysterie weg. Afdrukken laat zien wat op dit scherm staat, met namen."
                </p>
            </details>
            <div class="share-buttons">
                <button type="button" class="button" on:click=move |_| files::print()>
                    "Afdrukken"
                </button>
                <button type="button" class="button" on:click=move |_| download("json")>
                    "Download als bestand (JSON)"
                </button>
                <button type="button" class="button" on:click=move |_| download("csv")>
                    "Download als tabel (CSV)"
                </button>
                <button
                    type="button"
                    class="button"
                    aria-expanded=move || show_link.get().to_string()
                    aria-controls="link-voor-trainer"
                    on:click=move |_| {
                        show_link.update(|v| *v = !*v);
                        if show_link.get_untracked() {
                            crate::components::focus::focus_later("resultaat-link".to_string());
                        }
                    }
                >
                    "Maak een link voor de trainer"
                </button>
            </div>
            <div id="link-voor-trainer" class="share-link" hidden=move || !show_link.get()>
                {move || {
                    show_link
                        .get()
                        .then(|| match link() {
                            Ok(text) => {
                                view! {
                                    <div class="field">
                                        <label for="resultaat-link">"Link voor de trainer"</label>
                                        <input
                                            id="resultaat-link"
                                            type="text"
                                            readonly
                                            aria-describedby="resultaat-link-uitleg"
                                            prop:value=text
                                            on:focus=move |ev| {
                                                use wasm_bindgen::JsCast;
                                                if let Some(input) = ev
                                                    .target()
                                                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                                                {
                                                    input.select();
                                                }
                                            }
                                        />
                                        <p class="hint-text" id="resultaat-link-uitleg">
                                            "Het resultaat zit in de link zelf. De trainer opent de link en ziet jullie resultaat in het overzicht voor het lerend netwerk. Het verhaal achter het mysterie zit er niet in."
                                        </p>
                                    </div>
                                    <button type="button" class="button" on:click=copy>
                                        "Kopieer de link"
                                    </button>
                                }
                                    .into_any()
                            }
                            Err(error) => view! { <p class="notice problem">{error.message()}</p> }.into_any(),
                        })
                }}
            </div>
            <p class="share-status" role="status">
                {move || status.get()}
            </p>
        </section>
    }
}
