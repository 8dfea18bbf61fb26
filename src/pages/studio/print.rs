//! `#/afdrukken/<id>`: a mystery as a card set on A4 for play on paper. On
//! screen a preview with a print button; on paper (style/print.css) a cover
//! sheet, the clue cards to cut out, the facilitator's key on its own pages and
//! the debrief. Player cards never show how much a clue matters.

use leptos::prelude::*;

use crate::api::{self, Found};
use crate::components::document_text::{document_class, CardText};
use crate::components::files;
use crate::components::load::{load, loaded};
use crate::components::portrait::PortraitBadge;
use crate::domain::portrait::portraits;
use crate::domain::scenario::{Clue, Phase, QuestionTopic, Relevance, Scenario};
use crate::domain::scoring::SoloLevel;
use crate::domain::validate;
use crate::route::Route;

#[component]
pub fn PrintPage(id: String) -> impl IntoView {
    let found = load(async move { api::find_mystery(&id).await });
    loaded(found, "Mysterie laden…", |found| view! { <CardSet found=found /> }.into_any())
}

/// "Kaart 3": numbers follow the order of the clues in the file, as in the game.
fn number_of(s: &Scenario, clue_id: &str) -> usize {
    s.clues.iter().position(|c| c.id == clue_id).map_or(0, |i| i + 1)
}

/// "Kaart 3: De brief", or the bare id when the clue does not exist (a draft).
fn clue_ref(s: &Scenario, clue_id: &str) -> String {
    match s.clue(clue_id) {
        Some(c) => format!("Kaart {}: {}", number_of(s, clue_id), c.title),
        None => format!("onbekende kaart ‘{clue_id}’"),
    }
}

/// Who speaks or sends a clue: "Naam · rol, organisatie".
fn who(s: &Scenario, clue: &Clue) -> Option<String> {
    let person = clue.speaker.as_deref().and_then(|id| s.character(id))?;
    let organisation = person.organisation.as_ref().map(|o| format!(", {o}")).unwrap_or_default();
    Some(format!("{} · {}{organisation}", person.name, person.role))
}

#[component]
fn CardSet(found: Found) -> impl IntoView {
    let errors = validate::errors(&found.problems).count();
    let back = match &found.own_key {
        Some(_) => (Route::Studio.href(), "Terug naar de Trainersstudio"),
        None => (Route::Play(found.scenario.id.clone()).href(), "Terug naar het mysterie"),
    };
    let s = found.scenario;
    let title = crate::domain::text::shown_title(&s.title);
    view! {
        <div class="page print-set">
            <div class="print-toolbar no-print">
                <h1>{format!("Afdrukken: {title}")}</h1>
                <p class="lead">
                    "Zo ziet de kaartenset eruit op papier (A4). Druk hem af en knip de kaarten los. "
                    "De sleutel en de nabespreking staan op aparte bladzijden: die zijn alleen voor de begeleider."
                </p>
                {(errors > 0)
                    .then(|| {
                        view! {
                            <p class="notice problem studio-print-draft">
                                {format!(
                                    "Let op: dit mysterie heeft nog {errors} {}. Sommige kaarten of de sleutel kloppen misschien niet.",
                                    if errors == 1 { "fout" } else { "fouten" },
                                )}
                            </p>
                        }
                    })}
                <p class="print-actions">
                    <button type="button" class="button primary" on:click=move |_| files::print()>
                        "Afdrukken"
                    </button>
                    <a class="button" href=back.0>{back.1}</a>
                    <a class="button" href=Route::Paper(s.id.clone()).href()>"Antwoordblad van een team invoeren"</a>
                </p>
            </div>
            <Cover s=s.clone() title=title.clone() />
            <Cards s=s.clone() />
            <AnswerSheet s=s.clone() />
            <Key s=s.clone() />
            {(s.facilitator.is_some() || !s.session_plans.is_empty())
                .then(|| view! { <FacilitatorSheet s=s.clone() /> })}
            <Debrief s=s />
        </div>
    }
}

#[component]
fn Cover(s: Scenario, title: String) -> impl IntoView {
    view! {
        <section class="print-sheet print-cover" aria-labelledby="print-voorblad">
            <p class="print-label">"Mysterie Rechtsbescherming · voorblad voor het team"</p>
            <h2 id="print-voorblad">{title}</h2>
            <p class="print-summary">{s.summary.clone()}</p>
            <p>
                {format!(
                    "Duur: ongeveer {} minuten. Speel met {} tot {} personen.",
                    s.duration_minutes,
                    s.group_size.min,
                    s.group_size.max,
                )}
            </p>
            <h3>{if s.case.title.trim().is_empty() { "De zaak".to_string() } else { s.case.title.clone() }}</h3>
            {s.case.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            <div class="print-question">
                <h3>"De centrale vraag"</h3>
                <p>{s.central_question.clone()}</p>
            </div>
            <h3>"Wie komen er in voor?"</h3>
            <ul class="print-people">
                {s
                    .characters
                    .iter()
                    .map(|c| {
                        let organisation = c.organisation.as_ref().map(|o| format!(", {o}")).unwrap_or_default();
                        view! {
                            <li>
                                <strong>{c.name.clone()}</strong>
                                {format!(" · {}{organisation} ({})", c.role, c.kind.label().to_lowercase())}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h3>"Zo spelen jullie op papier"</h3>
            <ol>
                <li>"Leg de kaarten van ronde 1 omgekeerd op tafel. Draai ze om en lees ze om de beurt voor."</li>
                <li>"Pak pas daarna de kaarten van de volgende ronde. Op een kaart staat of hij later pas mag."</li>
                <li>"Leg de kaarten in groepen, leg dwaalsporen aan de kant en zoek verbanden."</li>
                <li>"Beantwoord samen de centrale vraag, in eigen woorden."</li>
            </ol>
        </section>
    }
}

/// The team's answer sheet: groups, key cards, links with a why, the cards
/// the answer rests on, the explanation and the reflection scale. The trainer
/// types it in afterwards (`#/papier/<id>`), giving the same result file.
#[component]
fn AnswerSheet(s: Scenario) -> impl IntoView {
    let open = s.sorting.is_open();
    let lines = |n: usize| (0..n).map(|_| view! { <div class="write-line"></div> }).collect_view();
    view! {
        <section class="print-sheet print-answer" aria-labelledby="print-antwoordblad">
            <p class="print-label">"Mysterie Rechtsbescherming · antwoordblad voor het team"</p>
            <h2 id="print-antwoordblad">{format!("Antwoordblad: {}", s.title)}</h2>
            <p>"Teamnaam:" {lines(1)}</p>
            <p>"Gemeente en soort organisatie (mag leeg):" {lines(1)}</p>
            <h3>"1. Onze groepen"</h3>
            {if open {
                view! {
                    <p class="small">
                        "Maak zelf groepen. Schrijf per groep een naam en de nummers van de kaarten die erin liggen."
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <p class="small">
                        {format!(
                            "Leg de kaarten in deze groepen: {}. Schrijf per groep de kaartnummers.",
                            s.categories.iter().map(|c| c.name.clone()).collect::<Vec<_>>().join(", "),
                        )}
                    </p>
                }
                    .into_any()
            }}
            <table class="answer-table">
                <thead>
                    <tr>
                        <th scope="col">"Groep"</th>
                        <th scope="col">"Kaartnummers"</th>
                    </tr>
                </thead>
                <tbody>
                    {(0..5).map(|_| view! { <tr><td></td><td></td></tr> }).collect_view()}
                </tbody>
            </table>
            <p>"Aan de kant (dwaalsporen), kaartnummers:" {lines(1)}</p>
            <h3>"2. Kernkaarten"</h3>
            <p class="small">"De kaarten waar het om draait, kaartnummers:"</p>
            {lines(1)}
            <h3>"3. Verbanden"</h3>
            <p class="small">"Welke kaart leidt tot welke, en waarom? Eén verband per regel: kaart … leidt tot kaart …, omdat …"</p>
            <table class="answer-table">
                <thead>
                    <tr>
                        <th scope="col">"Kaart"</th>
                        <th scope="col">"leidt tot kaart"</th>
                        <th scope="col">"omdat"</th>
                    </tr>
                </thead>
                <tbody>
                    {(0..6).map(|_| view! { <tr><td></td><td></td><td></td></tr> }).collect_view()}
                </tbody>
            </table>
            <h3>"4. Ons antwoord op de centrale vraag"</h3>
            <p class="print-question">{s.central_question.clone()}</p>
            <p>"Kaarten waarop ons antwoord steunt, kaartnummers:" {lines(1)}</p>
            <p class="small">"Onze uitleg in eigen woorden, in hele zinnen (minstens 12 woorden):"</p>
            {lines(7)}
            <h3>"5. Stellingen over onze eigen gemeente"</h3>
            <p class="small">"Zet een kruisje: 1 = helemaal oneens, 5 = helemaal eens."</p>
            <table class="answer-table scale">
                <thead>
                    <tr>
                        <th scope="col">"Stelling"</th>
                        {(1..=5).map(|n| view! { <th scope="col">{n}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {s
                        .reflection
                        .statements
                        .iter()
                        .map(|st| {
                            view! {
                                <tr>
                                    <td>{st.text.clone()}</td>
                                    {(1..=5).map(|_| view! { <td class="box">"☐"</td> }).collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            {s
                .reflection
                .questions
                .iter()
                .map(|q| {
                    view! {
                        <p>{q.text.clone()}</p>
                        {lines(2)}
                    }
                })
                .collect_view()}
        </section>
    }
}

#[component]
fn Cards(s: Scenario) -> impl IntoView {
    let total = s.clues.len();
    let faces = portraits(&s.characters);
    let cards = s
        .clues
        .iter()
        .enumerate()
        .map(|(i, clue)| {
            let heading = format!("printkaart-{}", i + 1);
            let labelled_by = heading.clone();
            let after = (!clue.unlock.after.is_empty()).then(|| {
                let list: Vec<String> =
                    clue.unlock.after.iter().map(|a| format!("kaart {}", number_of(&s, a))).collect();
                format!("Pas omdraaien na {}.", list.join(" en "))
            });
            let kind_class = clue.kind.as_str();
            view! {
                <li class="print-card-cell">
                    <article class=format!("print-card {kind_class}") aria-labelledby=labelled_by>
                        <p class="print-card-top">
                            <span>{clue.kind.label()}</span>
                            <span>{format!("Ronde {}", clue.unlock.round)}</span>
                        </p>
                        <h3 id=heading>{clue.title.clone()}</h3>
                        {who(&s, clue)
                            .map(|w| {
                                let face = clue
                                    .speaker
                                    .as_deref()
                                    .and_then(|id| faces.iter().find(|p| p.character == id))
                                    .cloned();
                                view! {
                                    <div class="clue-person">
                                        {face.map(|p| view! { <PortraitBadge portrait=p size=30 /> })}
                                        <p class="print-card-who">{w}</p>
                                    </div>
                                }
                            })}
                        <div class=format!("print-card-text {}", document_class(clue))>
                            <CardText clue=clue.clone() />
                        </div>
                        {after.map(|a| view! { <p class="print-card-after">{a}</p> })}
                        <p class="print-card-number">{format!("Kaart {} van {total}", i + 1)}</p>
                    </article>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="print-sheet print-cards" aria-labelledby="print-kaarten">
            <h2 id="print-kaarten">{format!("Aanwijzingskaarten ({total})")}</h2>
            <p class="print-hint">"Knip langs de stippellijnen. Elke kaart heeft rechtsonder een nummer."</p>
            <ul class="print-card-grid" aria-label="Kaarten om uit te knippen">
                {cards}
            </ul>
        </section>
    }
}

#[component]
fn Key(s: Scenario) -> impl IntoView {
    let by_relevance = |r: Relevance| -> Vec<String> {
        s.clues.iter().filter(|c| c.relevance == r).map(|c| clue_ref(&s, &c.id)).collect()
    };
    let herrings = by_relevance(Relevance::RedHerring);
    let ambiguous = by_relevance(Relevance::Ambiguous);
    let list =
        |items: Vec<String>| view! { <ul>{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> };
    let table_rows = s
        .clues
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let group = c
                .category
                .as_deref()
                .map(|id| s.category(id).map_or_else(|| format!("onbekend (‘{id}’)"), |g| g.name.clone()))
                .unwrap_or_else(|| "aan de kant".to_string());
            view! {
                <tr>
                    <td>{i + 1}</td>
                    <td>{c.title.clone()}</td>
                    <td>{c.relevance.label()}</td>
                    <td>{group}</td>
                    <td>{c.unlock.round}</td>
                </tr>
            }
        })
        .collect_view();
    let categories = s
        .categories
        .iter()
        .map(|g| {
            let members: Vec<String> = s
                .clues
                .iter()
                .filter(|c| c.category.as_deref() == Some(g.id.as_str()))
                .map(|c| clue_ref(&s, &c.id))
                .collect();
            view! {
                <li>
                    <strong>{g.name.clone()}</strong>
                    {(!g.description.is_empty()).then(|| format!(" – {}", g.description))}
                    {list(members)}
                </li>
            }
        })
        .collect_view();
    let key_clues: Vec<String> = s.solution.key_clues.iter().map(|id| clue_ref(&s, id)).collect();
    let chains = s
        .solution
        .chains
        .iter()
        .map(|ch| {
            view! {
                <li>
                    <strong>{format!("{} → {}", clue_ref(&s, &ch.from), clue_ref(&s, &ch.to))}</strong>
                    <br />
                    <span>{ch.why.clone()}</span>
                </li>
            }
        })
        .collect_view();
    let concepts = s
        .solution
        .concepts
        .iter()
        .map(|c| view! { <li><strong>{c.label.clone()}</strong>{format!(": {}", c.words.join(", "))}</li> })
        .collect_view();
    let hints = s
        .hints
        .iter()
        .map(|h| {
            view! {
                <li>
                    <strong>{format!("{} (kost {} punten)", h.phase.label(), h.cost)}</strong>
                    ": "
                    {h.text.clone()}
                </li>
            }
        })
        .collect_view();
    let has_concepts = !s.solution.concepts.is_empty();
    let has_hints = !s.hints.is_empty();
    let has_herrings = !herrings.is_empty();
    let has_ambiguous = !ambiguous.is_empty();
    view! {
        <section class="print-sheet print-key" aria-labelledby="print-sleutel">
            <p class="print-label">"Alleen voor de begeleider – niet aan spelers geven"</p>
            <h2 id="print-sleutel">"Sleutel voor de begeleider"</h2>
            <h3>"Het antwoord"</h3>
            <p>{s.solution.summary.clone()}</p>
            <h3>"Alle kaarten"</h3>
            <table class="print-table">
                <thead>
                    <tr>
                        <th scope="col">"Kaart"</th>
                        <th scope="col">"Titel"</th>
                        <th scope="col">"Belang"</th>
                        <th scope="col">"Groep"</th>
                        <th scope="col">"Ronde"</th>
                    </tr>
                </thead>
                <tbody>{table_rows}</tbody>
            </table>
            <h3>"Groepen en de kaarten die erbij horen"</h3>
            <ul class="print-groups">{categories}</ul>
            <h3>"Kernaanwijzingen"</h3>
            {list(key_clues)}
            {has_herrings
                .then(|| view! { <h3>"Dwaalsporen: deze horen aan de kant"</h3> {list(herrings)} })}
            {has_ambiguous
                .then(|| view! { <h3>"Twijfelkaarten: goed voor een gesprek, tellen niet mee"</h3> {list(ambiguous)} })}
            <h3>"Verbanden: dit leidt tot dat"</h3>
            <ul class="print-chains">{chains}</ul>
            {has_concepts
                .then(|| {
                    view! {
                        <h3>"Begrippen die een goede uitleg noemt"</h3>
                        <ul>{concepts}</ul>
                    }
                })}
            {has_hints.then(|| view! { <h3>"Hints"</h3> <ul>{hints}</ul> })}
            <h3>"Hoe diep is het antwoord?"</h3>
            <p>"De app geeft het antwoord een niveau (SOLO). Op papier kun je dezelfde trap gebruiken:"</p>
            <ol class="print-solo">
                {SoloLevel::ALL
                    .iter()
                    .map(|l| view! { <li><strong>{l.label()}</strong>{format!(": {}", l.explanation())}</li> })
                    .collect_view()}
            </ol>
        </section>
    }
}

/// "Niveau 2 · Losse aanwijzingen", or the bare number for a level outside 1–4 (a draft).
fn level_label(level: u8) -> String {
    match SoloLevel::ALL.get(usize::from(level)) {
        Some(l) => format!("Niveau {level} · {}", l.label()),
        None => format!("Niveau {level}"),
    }
}

/// The trainer's sheet: learning goals, session plans, the script per phase,
/// probe questions for the ambiguous cards, misconceptions and an example
/// answer per SOLO level. On its own pages, after the key.
#[component]
fn FacilitatorSheet(s: Scenario) -> impl IntoView {
    let sheet = s.facilitator.clone().unwrap_or_default();
    let plans = s.session_plans.clone();
    let has_plans = !plans.is_empty();
    let plan_head =
        plans.iter().map(|p| view! { <th scope="col">{format!("{} minuten", p.minutes)}</th> }).collect_view();
    let plan_rows = Phase::ALL
        .iter()
        .map(|&phase| {
            let cells = plans
                .iter()
                .map(|p| view! { <td>{p.phases.get(phase).map_or_else(|| "–".to_string(), |m| format!("{m} min"))}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{phase.label()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let goals = sheet.learning_goals.iter().map(|g| view! { <li>{g.clone()}</li> }).collect_view();
    let script = sheet
        .script
        .iter()
        .map(|step| view! { <li><strong>{format!("{}: ", step.phase.label())}</strong>{step.text.clone()}</li> })
        .collect_view();
    let probes = sheet
        .probes
        .iter()
        .map(|p| view! { <li><strong>{clue_ref(&s, &p.clue)}</strong><br /><span>{p.question.clone()}</span></li> })
        .collect_view();
    let misconceptions = sheet
        .misconceptions
        .iter()
        .map(|m| {
            view! {
                <li>
                    <strong>{format!("‘{}’", m.belief)}</strong>
                    <br />
                    <span>{m.response.clone()}</span>
                </li>
            }
        })
        .collect_view();
    let mut answers = sheet.example_answers.clone();
    answers.sort_by_key(|a| a.level);
    let answers = answers
        .iter()
        .map(|a| view! { <li><strong>{level_label(a.level)}</strong><br /><span>{a.text.clone()}</span></li> })
        .collect_view();
    let has = |n: usize| n > 0;
    let (n_goals, n_script, n_probes, n_mis, n_answers) = (
        sheet.learning_goals.len(),
        sheet.script.len(),
        sheet.probes.len(),
        sheet.misconceptions.len(),
        sheet.example_answers.len(),
    );
    view! {
        <section class="print-sheet print-key print-facilitator" aria-labelledby="print-draaiboek">
            <p class="print-label">"Alleen voor de begeleider – niet aan spelers geven"</p>
            <h2 id="print-draaiboek">"Draaiboek voor de begeleider"</h2>
            {has(n_goals).then(|| view! { <h3>"Leerdoelen"</h3> <ul>{goals}</ul> })}
            {has_plans
                .then(|| {
                    view! {
                        <h3>"Tijd per fase"</h3>
                        <table class="print-table">
                            <thead>
                                <tr>
                                    <th scope="col">"Fase"</th>
                                    {plan_head}
                                </tr>
                            </thead>
                            <tbody>{plan_rows}</tbody>
                        </table>
                    }
                })}
            {has(n_script).then(|| view! { <h3>"Zo leid je de sessie"</h3> <ol>{script}</ol> })}
            {has(n_probes)
                .then(|| view! { <h3>"Doorvragen bij de twijfelkaarten"</h3> <ul class="print-chains">{probes}</ul> })}
            {has(n_mis)
                .then(|| {
                    view! { <h3>"Misvattingen en wat je dan zegt"</h3> <ul class="print-chains">{misconceptions}</ul> }
                })}
            {has(n_answers)
                .then(|| {
                    view! { <h3>"Voorbeeldantwoorden per niveau"</h3> <ul class="print-chains">{answers}</ul> }
                })}
        </section>
    }
}

#[component]
fn Debrief(s: Scenario) -> impl IntoView {
    let questions = |topic: QuestionTopic| -> Vec<String> {
        s.reflection.questions.iter().filter(|q| q.topic == topic).map(|q| q.text.clone()).collect()
    };
    let items = |v: Vec<String>| v.into_iter().map(|t| view! { <li>{t}</li> }).collect_view();
    let phase_note = Phase::Reflecteren.label();
    view! {
        <section class="print-sheet print-debrief" aria-labelledby="print-nabespreking">
            <p class="print-label">"Voor de begeleider"</p>
            <h2 id="print-nabespreking">"Nabespreking"</h2>
            <h3>"Wat er echt gebeurde"</h3>
            {s.debrief.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            <h3>"Vragen voor het gesprek"</h3>
            <ol>{items(s.debrief.discussion_questions.clone())}</ol>
            <h3>{format!("{phase_note}: stellingen over jullie eigen gemeente")}</h3>
            <p>"Geef elke stelling een cijfer: 1 = helemaal oneens, 3 = neutraal, 5 = helemaal eens."</p>
            <ol>
                {s
                    .reflection
                    .statements
                    .iter()
                    .map(|st| {
                        view! {
                            <li>
                                {st.text.clone()}
                                <span class="print-muted">{format!(" ({})", st.bouwsteen.label())}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <h3>"Vragen over jullie praktijk"</h3>
            <ol>{items(questions(QuestionTopic::Praktijk))}</ol>
            <h3>"Vragen over hoe jullie samenwerkten"</h3>
            <ol>{items(questions(QuestionTopic::Samenwerking))}</ol>
            <h3>"Volgende stappen per rol"</h3>
            <ul>
                {s
                    .role_actions
                    .iter()
                    .map(|r| {
                        view! {
                            <li>
                                <strong>{r.role.label()}</strong>
                                <ul>{items(r.actions.iter().map(|a| a.text.clone()).collect())}</ul>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {(!s.sources.is_empty())
                .then(|| {
                    view! {
                        <h3>"Bronnen in de handreiking"</h3>
                        <ul>
                            {items(s.sources.iter().map(|src| format!("{} {}", src.section, src.title)).collect())}
                        </ul>
                    }
                })}
        </section>
    }
}
