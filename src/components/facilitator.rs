//! Samen spelen on the team screen: the bar with the facilitator mode and the
//! projector button, and the facilitator panel (phase timer, hints to release,
//! moving the team on, questions to ask). The panel never shows the answer:
//! no solution, key clues, relevance or categories before Resultaat.

use leptos::prelude::*;

use crate::components::focus::focus_later;
use crate::domain::game::Command;
use crate::domain::scenario::Phase;
use crate::domain::timer::{self, PhaseTimer, EXTEND_MS};
use crate::route::Route;
use crate::state::{Game, Notice};
use crate::sync::{app_base, now, use_clock};

/// Questions the facilitator can ask in each phase: they open the talk, they
/// never give the answer.
fn questions_for(phase: Phase) -> &'static [&'static str] {
    match phase {
        Phase::Intro => &["Wie kent zo’n situatie uit het eigen werk?", "Wat denken jullie nu al: wat ging er mis?"],
        Phase::Onderzoeken => &[
            "Wat hoorde ieder van jullie? Vertel het in je eigen woorden.",
            "Welke kaart verraste jullie?",
            "Hoorde iemand iets anders dan een ander?",
        ],
        Phase::Ordenen => &[
            "Welke kaarten horen bij elkaar? Waarom?",
            "Welke kaart lijkt belangrijk, maar leidt jullie af?",
            "Wat is een oorzaak en wat is een gevolg?",
        ],
        Phase::Oplossen => &[
            "Kunnen jullie het antwoord in drie zinnen zeggen?",
            "Welke kaarten laten dat zien?",
            "Kijken jullie juridisch, financieel én sociaal?",
        ],
        Phase::Reflecteren => {
            &["Waar herkennen jullie dit in je eigen gemeente?", "Wat nemen jullie mee naar je werk van morgen?"]
        }
        Phase::Resultaat => &[],
    }
}

/// The timer of the phase the team is in; a timer of another phase does not count.
fn phase_timer(game: &Game) -> Option<PhaseTimer> {
    game.session.with(|s| s.timer.clone().filter(|t| t.phase == s.phase))
}

fn projector_url(game: &Game) -> String {
    Route::Projector(game.session.with_untracked(|s| s.scenario_id.clone())).url(&app_base())
}

/// Facilitator mode on or off, and the projector window.
#[component]
pub fn SamenBar() -> impl IntoView {
    let game = Game::use_context();
    let on = move || game.session.with(|s| s.facilitator);
    let toggle = move |_| {
        let now_on = !on();
        game.change(|s| s.facilitator = now_on);
        if now_on {
            focus_later("begeleider-titel".to_string());
        }
    };
    let open_projector = move |_| {
        let url = projector_url(&game);
        let id = game.session.with_untracked(|s| s.scenario_id.clone());
        let opened = window().open_with_url_and_target_and_features(
            &url,
            &format!("mysterie-projector-{id}"),
            "popup,width=1280,height=800",
        );
        match opened {
            Ok(Some(_)) => game.notice.set(Some(Notice::Info(
                "Het projectorscherm is open. Sleep het venster naar de beamer. Het volgt dit scherm.".to_string(),
            ))),
            _ => game.notice.set(Some(Notice::Problem(format!(
                "Het projectorscherm ging niet open. Sta pop-ups toe voor deze site, of open dit adres in een tweede venster: {url}"
            )))),
        }
    };
    view! {
        <div class="samen-bar" role="group" aria-label="Samen spelen">
            <button type="button" class="button small" aria-pressed=move || on().to_string() on:click=toggle>
                "Begeleidersmodus"
            </button>
            <button type="button" class="button small" on:click=open_projector>
                "Open projectorscherm"
            </button>
        </div>
    }
}

/// The facilitator panel, shown while facilitator mode is on.
#[component]
pub fn FacilitatorPanel() -> impl IntoView {
    let game = Game::use_context();
    view! {
        <Show when=move || game.session.with(|s| s.facilitator)>
            <Panel />
        </Show>
    }
}

#[component]
fn Panel() -> impl IntoView {
    let game = Game::use_context();
    let clock = use_clock();
    let phase = Memo::new(move |_| game.session.with(|s| s.phase));
    let suggested = move || game.scenario.with_value(|sc| timer::suggested_minutes(sc, phase.get()));
    let current = move || phase_timer(&game);
    let over = Memo::new(move |_| current().is_some_and(|t| t.is_running() && t.is_over(clock.get())));
    // Say it once when the planned time runs out; nothing else happens (the team decides).
    Effect::new(move |was_over: Option<bool>| {
        let is_over = over.get();
        if is_over && was_over == Some(false) {
            game.notice.set(Some(Notice::Info(format!(
                "De voorgestelde tijd voor {} is om. Geef meer tijd, of ga verder als het team klaar is.",
                phase.get_untracked().label()
            ))));
        }
        is_over
    });
    // For screen readers: the minutes left at a few marks (timer::spoken_mark), in a
    // polite live region. The visible timer (role "timer") is not live: it ticks every second.
    let spoken = RwSignal::new(String::new());
    let mark = Memo::new(move |_| {
        current().filter(PhaseTimer::is_running).and_then(|t| timer::spoken_mark(t.remaining(clock.get())))
    });
    Effect::new(move |first: Option<()>| {
        if let (Some(minutes), Some(())) = (mark.get(), first) {
            spoken.set(timer::spoken_text(minutes, phase.get_untracked()));
        }
    });

    let start = move |_: leptos::ev::MouseEvent| {
        let at = now();
        game.change(|s| {
            let phase = s.phase;
            match s.timer.as_mut().filter(|t| t.phase == phase) {
                Some(timer) => timer.start(at),
                None => {
                    let mut timer = game.scenario.with_value(|sc| PhaseTimer::suggested(sc, phase));
                    timer.start(at);
                    s.timer = Some(timer);
                }
            }
        });
        game.notice.set(Some(Notice::Info("De tijd loopt.".to_string())));
    };
    let pause = move |_: leptos::ev::MouseEvent| {
        let at = now();
        game.change(|s| {
            if let Some(timer) = s.timer.as_mut() {
                timer.pause(at);
            }
        });
        game.notice.set(Some(Notice::Info("De tijd staat stil.".to_string())));
    };
    let extend = move |_| {
        game.change(|s| {
            if let Some(timer) = s.timer.as_mut() {
                timer.extend(EXTEND_MS);
            }
        });
        game.notice.set(Some(Notice::Info("Er zijn 5 minuten bij gekomen.".to_string())));
    };
    let restart = move |_| {
        let at = now();
        game.change(|s| {
            let planned = game.scenario.with_value(|sc| timer::suggested_ms(sc, s.phase));
            if let Some(timer) = s.timer.as_mut() {
                timer.restart(planned, at);
            }
        });
        game.notice.set(Some(Notice::Info("De tijd begint opnieuw.".to_string())));
    };

    let discussion = game.scenario.with_value(|sc| sc.debrief.discussion_questions.clone());
    view! {
        <section class="facilitator" aria-labelledby="begeleider-titel">
            <h2 id="begeleider-titel" tabindex="-1">"Begeleider"</h2>
            <p class="muted">
                "Stel vragen en laat het team zoeken. Het antwoord staat pas bij Resultaat."
            </p>
            <div class="facilitator-grid">
                <section class="facilitator-block" aria-labelledby="tijd-titel">
                    <h3 id="tijd-titel">{move || format!("Tijd voor {}", phase.get().label())}</h3>
                    <p class="muted small">{move || format!("Voorgesteld: {} minuten.", suggested())}</p>
                    <p
                        class="timer"
                        class:over=move || over.get()
                        class:off=move || current().is_none()
                        role="timer"
                        aria-atomic="true"
                    >
                        {move || match current() {
                            Some(t) => timer::timer_text(&t, clock.get()),
                            None => "De tijd staat nog niet aan.".to_string(),
                        }}
                    </p>
                    <p class="visually-hidden timer-spoken" role="status">{move || spoken.get()}</p>
                    <div class="button-row">
                        // One start/pause button that stays in place, so keyboard focus stays on it.
                        <button
                            type="button"
                            class="button small"
                            class:primary=move || current().is_none()
                            on:click=move |ev| {
                                if current().is_some_and(|t| t.is_running()) { pause(ev) } else { start(ev) }
                            }
                        >
                            {move || match current() {
                                Some(t) if t.is_running() => "Pauzeer de tijd",
                                Some(_) => "Laat de tijd verder lopen",
                                None => "Start de tijd",
                            }}
                        </button>
                        <Show when=move || current().is_some()>
                            <button type="button" class="button small" on:click=extend>"5 minuten erbij"</button>
                            <button type="button" class="button small" on:click=restart>"Begin de tijd opnieuw"</button>
                        </Show>
                    </div>
                    <p class="muted small">"De tijd telt niet mee in de score. Als de tijd om is, gebeurt er niets vanzelf."</p>
                </section>
                <NextPhase />
                <ReleaseHints />
                <section class="facilitator-block" aria-labelledby="vragen-titel">
                    <h3 id="vragen-titel">"Vragen om te stellen"</h3>
                    {move || {
                        let questions = questions_for(phase.get());
                        if questions.is_empty() {
                            view! { <p class="muted small">"Gebruik de vragen voor de nabespreking."</p> }.into_any()
                        } else {
                            view! { <ul>{questions.iter().map(|q| view! { <li>{*q}</li> }).collect_view()}</ul> }.into_any()
                        }
                    }}
                    <details class="debrief-questions">
                        <summary>"Vragen voor de nabespreking"</summary>
                        <ul>{discussion.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul>
                    </details>
                </section>
            </div>
        </section>
    }
}

/// Move the team to the next phase, through the engine (so its rules hold), after a check.
#[component]
fn NextPhase() -> impl IntoView {
    let game = Game::use_context();
    let confirm = RwSignal::new(false);
    let next = move || game.session.with(|s| s.phase.next());
    let blocked = move || {
        let session = game.session.get();
        game.scenario.with_value(|sc| session.can_advance(sc).err().map(|e| e.message()))
    };
    let go = move |_| {
        confirm.set(false);
        if let Some(next) = next() {
            game.send_and_say(Command::Advance, format!("Het team is nu in de fase {}.", next.label()));
        }
    };
    view! {
        <section class="facilitator-block" aria-labelledby="volgende-fase-titel">
            <h3 id="volgende-fase-titel">"Volgende fase"</h3>
            {move || match next() {
                None => view! { <p class="muted small">"Dit is de laatste fase."</p> }.into_any(),
                Some(next) => {
                    view! {
                        <Show
                            when=move || confirm.get()
                            fallback=move || {
                                view! {
                                    {move || blocked().map(|reason| view! { <p class="muted small" id="begeleider-reden">{reason}</p> })}
                                    <button
                                        type="button"
                                        id="begeleider-door"
                                        class="button small"
                                        aria-describedby=move || blocked().map(|_| "begeleider-reden")
                                        on:click=move |_| {
                                            confirm.set(true);
                                            focus_later("begeleider-door-ja".to_string());
                                        }
                                    >
                                        {format!("Zet het team door naar {}", next.label())}
                                    </button>
                                }
                            }
                        >
                            <div class="confirm" role="group" aria-labelledby="begeleider-door-vraag">
                                <p id="begeleider-door-vraag">
                                    {format!("Het team gaat naar {}. Is het team klaar?", next.label())}
                                </p>
                                <button type="button" id="begeleider-door-ja" class="button small primary" on:click=go>
                                    "Ja, ga door"
                                </button>
                                <button
                                    type="button"
                                    class="button small"
                                    on:click=move |_| {
                                        confirm.set(false);
                                        focus_later("begeleider-door".to_string());
                                    }
                                >
                                    "Nee"
                                </button>
                            </div>
                        </Show>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// The hints of this phase: which the team has, and a button to release the others.
#[component]
fn ReleaseHints() -> impl IntoView {
    let game = Game::use_context();
    let hints = move || {
        let session = game.session.get();
        game.scenario.with_value(|sc| {
            sc.hints
                .iter()
                .filter(|h| h.phase == session.phase)
                .enumerate()
                .map(|(i, h)| (i + 1, h.id.clone(), h.text.clone(), h.cost, session.hints_used.contains(&h.id)))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="facilitator-block" aria-labelledby="hints-vrijgeven-titel">
            <h3 id="hints-vrijgeven-titel" tabindex="-1">"Hints vrijgeven"</h3>
            {move || {
                let hints = hints();
                if hints.is_empty() {
                    return view! { <p class="muted small">"Deze fase heeft geen hints."</p> }.into_any();
                }
                view! {
                    <ol class="release-hints">
                        {hints
                            .into_iter()
                            .map(|(number, id, text, cost, used)| {
                                view! {
                                    <li>
                                        <p class="small">{text}</p>
                                        {if used {
                                            view! { <p class="small done">"Het team heeft deze hint."</p> }.into_any()
                                        } else {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="button small"
                                                    on:click=move |_| {
                                                        game.send_and_say(
                                                            Command::UseHint { hint: id.clone() },
                                                            format!(
                                                                "Hint {number} is vrijgegeven voor het team. Dat kost {cost} punten."
                                                            ),
                                                        );
                                                        // The button is gone now: continue at the list's heading.
                                                        focus_later("hints-vrijgeven-titel".to_string());
                                                    }
                                                >
                                                    {format!("Geef hint {number} vrij (kost {cost} punten)")}
                                                </button>
                                            }
                                                .into_any()
                                        }}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                    .into_any()
            }}
        </section>
    }
}
