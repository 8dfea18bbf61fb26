//! The result screen of a game: the team's result (see components::result_report)
//! with the suggested actions to tick, ways to keep and share it, and a new game.
//! Every change is kept in this device's history of results.

use leptos::prelude::*;

use super::PhaseHeading;
use crate::components::celebration::Celebration;
use crate::components::files;
use crate::components::qr::QrImage;
use crate::components::result_report::{OpenFolds, ResultReport};
use crate::components::share::SharePanel;
use crate::components::text_field::TextField;
use crate::domain::game::{Command, MAX_TRAINER_REASON_CHARS};
use crate::domain::portrait::card_faces;
use crate::domain::results;
use crate::domain::scenario::Phase;
use crate::domain::scoring::{self, SoloLevel};
use crate::domain::session::{result_code, session_name};
use crate::domain::timeline::case_story;
use crate::pages::session::TeamSeat;
use crate::results_store;
use crate::route::Route;
use crate::state::Game;

/// In a session: the compact result code as a QR code and as text, for the
/// trainer console to scan or paste. The full result stays a download below.
#[component]
fn ResultCode(result: Memo<results::TeamResult>, seat: TeamSeat) -> impl IntoView {
    let game = Game::use_context();
    let code = Memo::new(move |_| {
        let result = result.get();
        game.scenario.with_value(|sc| result_code::encode(&result, sc, seat.link.session, seat.team()))
    });
    view! {
        <section class="result-code card" aria-labelledby="resultaatcode-titel">
            <h2 id="resultaatcode-titel">"Resultaatcode voor de trainer"</h2>
            <p>
                "Laat de trainer deze QR-code scannen met de camera van de trainersconsole, of kopieer de code en stuur hem. "
                "In de code staan jullie scores, het profiel, de gekozen acties en de teamnaam; geen namen van teamleden en geen antwoorden."
            </p>
            {move || view! { <QrImage text=code.get() label="QR-code met de resultaatcode van jullie team".to_string() /> }}
            <p class="short-link"><code id="resultaatcode-tekst">{move || code.get()}</code></p>
        </section>
    }
}

#[component]
pub fn ResultPhase(on_restart: Callback<()>) -> impl IntoView {
    let game = Game::use_context();
    let confirm_restart = RwSignal::new(false);

    // The date of the result is when the game first reached it; a reload keeps it.
    let id = game.session.with_untracked(results::result_id);
    let created = results_store::find_in_history(&id).map(|r| r.created).unwrap_or_else(files::now_iso);
    // In a session the result says which session and team it is.
    let seat = TeamSeat::use_context();
    let session_ref =
        seat.as_ref().map(|s| results::SessionRef { id: session_name(s.link.session), team: u32::from(s.team()) });
    let result = Memo::new(move |_| {
        let session = game.session.get();
        let mut result =
            game.scenario.with_value(|sc| results::build(sc, &session, &scoring::score(sc, &session), &created));
        result.session = session_ref.clone();
        result
    });
    // Keep the history in step with the screen: the first time, and after every ticked action.
    Effect::new(move |_| {
        // A failure goes to the save alert, which stays until saving works again.
        if let Err(message) = results_store::remember(result.get()) {
            game.save_problem.set(Some(message));
        }
    });
    let judged = Memo::new(move |_| result.with(|r| r.trainer.clone()));
    // The report is drawn again when the trainer judges: it keeps the open sections.
    provide_context(OpenFolds(RwSignal::new(Vec::new())));
    let initial = result.get_untracked();
    let team = initial.team.name.clone();
    // Say the scores once the screen is there (focus goes to the heading; this
    // polite live region follows), so screen-reader users hear them without searching.
    let spoken = RwSignal::new(String::new());
    let summary = {
        let (inv, sol) = (&initial.investigation, &initial.solution);
        let hints =
            if inv.hint_cost > 0 { format!(" De hints kostten {} punten.", inv.hint_cost) } else { String::new() };
        format!("Het resultaat staat klaar. Onderzoek: {} van 100. Oplossing: {} van 100.{hints}", inv.score, sol.score)
    };
    Effect::new(move |_| spoken.set(summary.clone()));

    view! {
        <section class="phase result">
            <PhaseHeading text=Phase::Resultaat.label() />
            <p class="visually-hidden" role="status">{move || spoken.get()}</p>
            <Celebration>
                <p class="lead">{move || format!("{} Dit is jullie resultaat.", result.with(|r| r.level().feedback(&team)))}</p>
            </Celebration>
            // Drawn again only when the trainer's judgement changes (ticking an
            // action must not rebuild the page under the team's focus).
            {move || {
                // Read, not only tracked: a memo that was never read has no sources yet.
                let _ = judged.get();
                let r = result.get_untracked();
                let (faces, story) = game.scenario.with_value(|sc| (card_faces(sc), case_story(sc)));
                view! {
                    <ResultReport result=r actions=view! { <ChooseActions /> }.into_any() faces=faces story=story />
                }
            }}
            <TrainerPanel />
            {seat.map(|seat| view! { <ResultCode result=result seat=seat /> })}
            <SharePanel result=result.into() />
            <p class="small no-print">
                "Dit resultaat staat ook bij "
                <a href=Route::Results.href()>"Eerdere resultaten"</a>
                " in deze browser."
            </p>

            <div class="phase-actions">
                <a class="button" href=Route::Library.href()>"Terug naar de bibliotheek"</a>
                <Show
                    when=move || confirm_restart.get()
                    fallback=move || {
                        view! {
                            <button type="button" class="button" on:click=move |_| {
                                confirm_restart.set(true);
                                crate::components::focus::focus_later("opnieuw-ja".to_string());
                            }>"Opnieuw spelen"</button>
                        }
                    }
                >
                    <div class="confirm" role="group" aria-labelledby="opnieuw-vraag">
                        <p id="opnieuw-vraag">"Een nieuw spel starten? Dit spel wordt apart bewaard in deze browser."</p>
                        <button type="button" id="opnieuw-ja" class="button primary" on:click=move |_| on_restart.run(())>
                            "Ja, nieuw spel"
                        </button>
                        <button type="button" class="button" on:click=move |_| confirm_restart.set(false)>"Nee"</button>
                    </div>
                </Show>
            </div>
        </section>
    }
}

/// For the trainer: a rubric per SOLO level with the mystery's example
/// answers, and a form to confirm the app's level or give another one with a
/// one-line reason. The judgement goes into the result (file, link, history)
/// and the learning-network view counts it.
#[component]
fn TrainerPanel() -> impl IntoView {
    let game = Game::use_context();
    let app_level = Memo::new(move |_| game.outcome().solution.level);
    let verdict = Memo::new(move |_| game.session.with(|s| s.trainer.clone()));
    let chosen = RwSignal::new(verdict.get_untracked().map_or(app_level.get_untracked(), |v| v.level));
    let reason = RwSignal::new(verdict.get_untracked().map(|v| v.reason).unwrap_or_default());
    let examples: Vec<(u8, String)> = game.scenario.with_value(|sc| {
        sc.facilitator
            .as_ref()
            .map(|f| f.example_answers.iter().map(|e| (e.level, e.text.clone())).collect())
            .unwrap_or_default()
    });
    let examples = StoredValue::new(examples);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let level = chosen.get_untracked();
        let said = if level == app_level.get_untracked() {
            format!("Niveau {} bevestigd.", level.rank())
        } else {
            format!("Het niveau is nu {}: {}.", level.rank(), level.label())
        };
        game.send_and_say(Command::JudgeLevel { level, reason: reason.get_untracked() }, said);
    };
    view! {
        <details class="trainer-panel no-print">
            <summary>"Voor de trainer: het niveau beoordelen"</summary>
            <p class="small">
                "De app schat de diepgang van het antwoord. U heeft het laatste woord: bevestig het niveau, of kies een ander "
                "niveau en zeg in één regel waarom. Het resultaat bewaart allebei."
            </p>
            <table class="rubric">
                <caption>"Rubric: de vijf niveaus"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Niveau"</th>
                        <th scope="col">"Waar u op let"</th>
                        <th scope="col">"Voorbeeldantwoord bij dit mysterie"</th>
                    </tr>
                </thead>
                <tbody>
                    {SoloLevel::ALL
                        .into_iter()
                        .map(|level| {
                            let example = examples
                                .with_value(|e| e.iter().find(|(l, _)| u32::from(*l) == level.rank()).map(|(_, t)| t.clone()))
                                .unwrap_or_else(|| "–".to_string());
                            view! {
                                <tr class:app-level=move || app_level.get() == level>
                                    <th scope="row">{format!("{}. {}", level.rank(), level.label())}</th>
                                    <td>{level.rubric()}</td>
                                    <td>{example}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <form class="judge-form" on:submit=submit>
                <fieldset>
                    <legend>"Niveau volgens de trainer"</legend>
                    {SoloLevel::ALL
                        .into_iter()
                        .map(|level| {
                            let id = format!("trainer-niveau-{}", level.rank());
                            let suffix = move || if app_level.get() == level { " (de app)" } else { "" };
                            view! {
                                <div class="check">
                                    <input
                                        type="radio"
                                        name="trainer-niveau"
                                        id=id.clone()
                                        prop:checked=move || chosen.get() == level
                                        on:change=move |_| chosen.set(level)
                                    />
                                    <label for=id>{format!("{}. {}", level.rank(), level.label())}{suffix}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <TextField
                    id="trainer-reden"
                    label="Waarom? (één regel; nodig bij een ander niveau)"
                    value=reason
                    max_chars=MAX_TRAINER_REASON_CHARS
                />
                <button type="submit" class="button primary">"Bewaar het niveau"</button>
                {move || {
                    verdict
                        .get()
                        .map(|_| {
                            view! {
                                <button
                                    type="button"
                                    class="button"
                                    on:click=move |_| {
                                        game.send_and_say(Command::ClearJudgement, "Het oordeel van de trainer is weggehaald.");
                                        chosen.set(app_level.get_untracked());
                                        reason.set(String::new());
                                    }
                                >
                                    "Oordeel weghalen"
                                </button>
                            }
                        })
                }}
            </form>
        </details>
    }
}

/// The suggested actions per role, weakest bouwstenen first, each with a box
/// to tick when the team commits to it. The choice is kept in the game.
#[component]
fn ChooseActions() -> impl IntoView {
    let game = Game::use_context();
    let next_steps = game.outcome().next_steps;
    view! {
        <h2>"Wat kunnen jullie nu doen?"</h2>
        <p>"Acties per rol. Acties voor de bouwstenen die jullie het zwakst vinden, staan bovenaan."</p>
        <p class="small">
            "Vink aan wat jullie gaan doen. Jullie keuze komt in het resultaat en in het overzicht voor het lerend netwerk."
        </p>
        <div class="role-actions">
            {next_steps
                .into_iter()
                .map(|(role, actions)| {
                    let role_key = format!("{role:?}").to_lowercase();
                    view! {
                        <section class="role" aria-label=role.label()>
                            <h3>{role.label()}</h3>
                            <ul class="action-choices">
                                {actions
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, action)| {
                                        let id = format!("actie-{role_key}-{i}");
                                        let text = action.text.clone();
                                        let checked_text = text.clone();
                                        let chosen = move || {
                                            game.session
                                                .with(|s| s.chosen_actions.get(&role).is_some_and(|set| set.contains(&checked_text)))
                                        };
                                        let chosen_class = chosen.clone();
                                        view! {
                                            <li class:chosen=chosen_class>
                                                <input
                                                    type="checkbox"
                                                    id=id.clone()
                                                    prop:checked=chosen
                                                    on:change=move |ev| {
                                                        let checked = event_target_checked(&ev);
                                                        let said = if checked {
                                                            "Actie gekozen."
                                                        } else {
                                                            "Actie niet meer gekozen."
                                                        };
                                                        game.send_and_say(
                                                            Command::ChooseAction { role, action: text.clone(), chosen: checked },
                                                            said,
                                                        );
                                                    }
                                                />
                                                <label for=id>
                                                    {action.text.clone()}
                                                    " "
                                                    <span class="tag small">{action.bouwsteen.label()}</span>
                                                </label>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })
                .collect_view()}
        </div>
    }
}
