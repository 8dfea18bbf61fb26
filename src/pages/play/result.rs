use leptos::prelude::*;

use super::PhaseHeading;
use crate::domain::scoring::Outcome;
use crate::route::Route;
use crate::state::Game;

/// Scores, the real story (debrief) and what to do next.
#[component]
pub fn ResultPhase(on_restart: Callback<()>) -> impl IntoView {
    let game = Game::use_context();
    let Outcome { investigation: inv, solution: sol, reflection: refl, next_steps } = game.outcome();
    let (scenario, session) = (game.scenario.get_value(), game.session.get_untracked());
    let confirm_restart = RwSignal::new(false);

    let profile = refl.per_bouwsteen.clone();
    let key_clues = scenario.solution.key_clues.clone();
    let perspectives = sol.perspectives.iter().map(|p| p.label()).collect::<Vec<_>>().join(", ");

    view! {
        <section class="phase result">
            <PhaseHeading text="Resultaat" />
            <p class="lead">{format!("Goed gedaan, team {}. Dit is jullie resultaat.", session.team.name)}</p>
            <div class="scores">
                <section class="score-card" aria-labelledby="score-onderzoek">
                    <h2 id="score-onderzoek">"Onderzoek"</h2>
                    <p class="score">
                        <span class="score-value">{inv.score}</span>
                        <span class="score-max">" van 100"</span>
                    </p>
                    <ul class="small">
                        <li>{format!("{} van {} kaarten goed gesorteerd", inv.sorted_right, inv.sortable)}</li>
                        <li>{format!("{} van {} dwaalsporen aan de kant gelegd", inv.herrings_aside, inv.herrings)}</li>
                        <li>{format!("{} van {} kernaanwijzingen gevonden", inv.key_found, inv.key_total)}</li>
                        <li>{format!("{} van {} verbanden gelegd", inv.chains_found, inv.chains_total)}</li>
                        <li>{format!("{} van {} kaarten omgedraaid", inv.clues_revealed, inv.clues_total)}</li>
                        {(inv.hint_cost > 0).then(|| view! { <li>{format!("Hints kostten {} punten", inv.hint_cost)}</li> })}
                    </ul>
                </section>
                <section class="score-card" aria-labelledby="score-oplossing">
                    <h2 id="score-oplossing">"Oplossing"</h2>
                    <p class="score">
                        <span class="score-value">{sol.score}</span>
                        <span class="score-max">" van 100"</span>
                    </p>
                    <p>
                        <strong>{format!("Niveau {} van 4: {}", sol.level.rank(), sol.level.label())}</strong>
                    </p>
                    <p class="small">{sol.level.explanation()}</p>
                    <ul class="small">
                        <li>{format!("{} kernaanwijzingen in jullie antwoord", sol.key_cited)}</li>
                        <li>
                            {format!(
                                "Perspectieven: {}",
                                if perspectives.is_empty() { "nog geen".to_string() } else { perspectives },
                            )}
                        </li>
                        <li>
                            {format!(
                                "{} van {} kernbegrippen in jullie uitleg{}",
                                sol.concepts_named.len(),
                                sol.concepts_total,
                                if sol.concepts_named.is_empty() {
                                    String::new()
                                } else {
                                    format!(": {}", sol.concepts_named.join(", "))
                                },
                            )}
                        </li>
                        {(sol.herrings_cited > 0)
                            .then(|| view! { <li>{format!("{} dwaalsporen in het antwoord", sol.herrings_cited)}</li> })}
                    </ul>
                </section>
                <section class="score-card" aria-labelledby="score-reflectie">
                    <h2 id="score-reflectie">"Reflectie"</h2>
                    <p class="small">"Hoe sterk jullie je eigen gemeente zien, per bouwsteen (0 tot 100)."</p>
                    <ul class="profile">
                        {profile
                            .into_iter()
                            .map(|(b, value)| {
                                let width = format!("width: {}%", value.unwrap_or(0));
                                view! {
                                    <li>
                                        <span class="profile-label">{b.label()}</span>
                                        <span class="bar" aria-hidden="true">
                                            <span class="bar-fill" style=width></span>
                                        </span>
                                        <span class="profile-value">
                                            {value.map(|v| v.to_string()).unwrap_or_else(|| "–".into())}
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <p class="small">
                        {format!(
                            "{} van {} stellingen en {} van {} open vragen beantwoord.",
                            refl.statements_answered,
                            refl.statements_total,
                            refl.questions_answered,
                            refl.questions_total,
                        )}
                    </p>
                </section>
            </div>

            <h2>"De oplossing"</h2>
            <p>{scenario.solution.summary.clone()}</p>
            <h3>"De kernaanwijzingen"</h3>
            <ul class="key-list">
                {key_clues
                    .into_iter()
                    .map(|id| {
                        let found = session.board.key.contains(&id) || session.answer.clues.contains(&id);
                        view! {
                            <li>
                                {game.clue_title(&id)}
                                {if found { " – gevonden" } else { " – gemist" }}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h3>"Hoe het samenhangt"</h3>
            <ul>
                {scenario
                    .solution
                    .chains
                    .iter()
                    .map(|c| {
                        view! {
                            <li>
                                <strong>{format!("{} → {}", game.clue_title(&c.from), game.clue_title(&c.to))}</strong>
                                ": "
                                {c.why.clone()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>

            <h2>"Wat er echt gebeurde"</h2>
            {scenario.debrief.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            <h3>"Om samen over te praten"</h3>
            <ul>{scenario.debrief.discussion_questions.iter().map(|q| view! { <li>{q.clone()}</li> }).collect_view()}</ul>

            <h2>"Jullie antwoord"</h2>
            <blockquote class="team-answer">{session.answer.text.clone()}</blockquote>
            <p class="small">
                "Gebruikte kaarten: "
                {session.answer.clues.iter().map(|id| game.clue_title(id)).collect::<Vec<_>>().join(", ")}
            </p>
            <h3>"Jullie reflectie"</h3>
            <dl class="open-answers">
                {scenario
                    .reflection
                    .questions
                    .iter()
                    .map(|q| {
                        let answer = session.reflection.open.get(&q.id).cloned().filter(|a| !a.trim().is_empty());
                        view! {
                            <dt>{q.text.clone()}</dt>
                            <dd>{answer.unwrap_or_else(|| "(niet ingevuld)".into())}</dd>
                        }
                    })
                    .collect_view()}
            </dl>

            <h2>"Wat kunnen jullie nu doen?"</h2>
            <p>"Acties per rol. Acties voor de bouwstenen die jullie het zwakst vinden, staan bovenaan."</p>
            <div class="role-actions">
                {next_steps
                    .into_iter()
                    .map(|(role, actions)| {
                        view! {
                            <section class="role" aria-label=role.label()>
                                <h3>{role.label()}</h3>
                                <ul>
                                    {actions
                                        .into_iter()
                                        .map(|a| {
                                            view! {
                                                <li>
                                                    {a.text}
                                                    <span class="tag small">{a.bouwsteen.label()}</span>
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
            {(!scenario.sources.is_empty())
                .then(|| {
                    view! {
                        <h3>"Meer lezen in de handreiking"</h3>
                        <ul>
                            {scenario
                                .sources
                                .iter()
                                .map(|s| view! { <li>{format!("{} {}", s.section, s.title)}</li> })
                                .collect_view()}
                        </ul>
                    }
                })}

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
