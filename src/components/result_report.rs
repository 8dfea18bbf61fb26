//! A team's result as a page to put on the wall: scores, the bouwstenen
//! profile as a radar, the perspectiefcirkel, the solution and debrief, the
//! team's own answers and the actions per role. Renders a [`TeamResult`]
//! alone, so the live result screen and an earlier result look the same.
//! The actions are left to the caller (`actions`): ticking boxes in a game,
//! a plain list for an earlier result.

use leptos::prelude::*;

use crate::components::link_map::{LinkMap, MapLink};
use crate::components::radar::{Radar, Series};
use crate::components::timeline::CaseStoryTimeline;
use crate::domain::portrait::CardFace;
use crate::domain::results::TeamResult;
use crate::domain::scenario::Bouwsteen;
use crate::domain::timeline::CaseStory;

/// The whole result; `actions` is shown after the team's answers.
#[component]
pub fn ResultReport(
    result: TeamResult,
    actions: AnyView,
    /// Portraits for the link map, when the mystery is at hand.
    #[prop(optional)]
    faces: Vec<CardFace>,
    /// The whole case in time for the debrief, when the mystery is at hand.
    #[prop(optional)]
    story: CaseStory,
) -> impl IntoView {
    let r = result;
    let inv = r.investigation.clone();
    let sol = r.solution.clone();
    let refl = r.reflection.clone();
    let perspectives = r.perspectives_covered().iter().map(|p| p.label()).collect::<Vec<_>>().join(", ");
    // The reflection card lists the bouwstenen this mystery asks about, as before.
    let profile: Vec<(Bouwsteen, Option<u32>)> = refl
        .profile
        .iter()
        .filter(|p| refl.statements.iter().any(|s| s.bouwsteen == p.bouwsteen))
        .map(|p| (p.bouwsteen, p.value))
        .collect();
    let radar_values: [Option<f64>; 7] = Bouwsteen::ALL.map(|b| r.profile_value(b).map(f64::from));
    let series = vec![Series { label: r.team.name.clone(), values: radar_values, emphasis: true, muted: false }];
    // On paper every folded section is open: the print stylesheet shows the
    // contents (::details-content), and for browsers without that pseudo-element
    // "beforeprint" opens the sections themselves.
    let printing = RwSignal::new(false);
    let for_statements = r.clone();
    let handle = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
    on_cleanup(move || handle.remove());

    view! {
        <TeamFacts result=r.clone() />
        <div class="scores">
            <section class="score-card" aria-labelledby="score-onderzoek">
                <h2 id="score-onderzoek">"Onderzoek"</h2>
                <p class="score">
                    <span class="score-value">{inv.score}</span>
                    <span class="score-max">" van 100"</span>
                </p>
                <ul class="small">
                    {if inv.open_sorting {
                        view! { <li>"Eigen groepen gemaakt (de indeling telt niet mee)"</li> }.into_any()
                    } else {
                        view! { <li>{format!("{} van {} kaarten goed gesorteerd", inv.sorted_right, inv.sortable)}</li> }
                            .into_any()
                    }}
                    <li>{format!("{} van {} dwaalsporen aan de kant gelegd", inv.herrings_aside, inv.herrings)}</li>
                    {(inv.aside_wrong > 0)
                        .then(|| view! { <li>{format!("{} andere kaarten ook aan de kant gelegd", inv.aside_wrong)}</li> })}
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
                    <strong>{format!("Niveau {} van 4: {}", r.level().rank(), r.level().label())}</strong>
                </p>
                <p class="small">{r.level().explanation()}</p>
                {r.trainer
                    .clone()
                    .map(|t| {
                        let judged = if t.level == sol.level {
                            "De trainer bevestigde dit niveau.".to_string()
                        } else {
                            format!(
                                "Niveau volgens de trainer. De app gaf niveau {} ({}).",
                                sol.level.rank(),
                                sol.level.label(),
                            )
                        };
                        view! {
                            <p class="small trainer-verdict">
                                {judged}
                                {(!t.reason.is_empty()).then(|| format!(" Reden: {}", t.reason))}
                            </p>
                        }
                    })}
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
                            // A CSSOM property, not a style attribute: the CSP forbids inline style attributes.
                            let width = format!("{}%", value.unwrap_or(0));
                            view! {
                                <li>
                                    <span class="profile-label">{breakable(b.label())}</span>
                                    <span class="bar" aria-hidden="true">
                                        <span class="bar-fill" style:width=width></span>
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

        <TeamLinks result=r.clone() faces=faces />

        <div class="result-pictures">
            <section class="result-picture" aria-labelledby="profiel-titel">
                <h2 id="profiel-titel">"Profiel van de zeven bouwstenen"</h2>
                <p class="small">
                    "Zo sterk zien jullie je eigen gemeente. Een bouwsteen zonder stelling in dit mysterie staat op –."
                </p>
                <Radar id="profiel" title=format!("Bouwstenen-profiel van {}", r.team.name) series=series table=true />
            </section>
            <PerspectiveCircle result=r.clone() />
        </div>

        <Debrief result=r.clone() printing=printing story=story />

        <Fold id="antwoord" title="Jullie antwoord en reflectie" open_label="Lees jullie antwoord en reflectie" printing=printing>
            <h3>"Jullie antwoord"</h3>
            <blockquote class="team-answer">{sol.answer.clone()}</blockquote>
            <p class="small">"Gebruikte kaarten: " {sol.cited_clues.join(", ")}</p>
            <h3>"Jullie reflectie"</h3>
            <dl class="open-answers">
                {refl
                    .open_answers
                    .iter()
                    .map(|a| {
                        let answer =
                            if a.answer.trim().is_empty() { "(niet ingevuld)".to_string() } else { a.answer.clone() };
                        view! {
                            <dt>{a.question.clone()}</dt>
                            <dd>{answer}</dd>
                        }
                    })
                    .collect_view()}
            </dl>
            <Statements result=for_statements printing=printing />
        </Fold>

        {actions}

        {r.debrief
            .as_ref()
            .filter(|d| !d.sources.is_empty())
            .map(|d| {
                view! {
                    <h3>"Meer lezen in de handreiking"</h3>
                    <ul>
                        {d.sources.iter().map(|s| view! { <li>{format!("{} {}", s.section, s.title)}</li> }).collect_view()}
                    </ul>
                }
            })}
    }
}

/// A label with a soft hyphen inside its long compound word, so a narrow
/// column (the printed page) breaks "Samenwerkings-netwerk" at a sensible place.
fn breakable(label: &str) -> String {
    label.replacen("Samenwerkings", "Samenwerkings\u{00AD}", 1).replacen("uitvoerings", "uitvoerings\u{00AD}", 1)
}

/// Who played what, when: for the printed page.
#[component]
fn TeamFacts(result: TeamResult) -> impl IntoView {
    let team = result.team.clone();
    let members = (!team.members.is_empty()).then(|| team.members.join(", "));
    view! {
        <dl class="team-facts">
            <div>
                <dt>"Mysterie"</dt>
                <dd>{result.mystery.title.clone()}</dd>
            </div>
            <div>
                <dt>"Datum"</dt>
                <dd>{result.display_date()}</dd>
            </div>
            {members
                .map(|m| {
                    view! {
                        <div>
                            <dt>"Teamleden"</dt>
                            <dd>{m}</dd>
                        </div>
                    }
                })}
            {team
                .municipality
                .map(|m| {
                    view! {
                        <div>
                            <dt>"Gemeente"</dt>
                            <dd>{m}</dd>
                        </div>
                    }
                })}
            {team
                .organisation_type
                .map(|o| {
                    view! {
                        <div>
                            <dt>"Soort organisatie"</dt>
                            <dd>{o}</dd>
                        </div>
                    }
                })}
        </dl>
    }
}

/// The three sides of the perspectiefcirkel: does the answer hold on each?
#[component]
fn PerspectiveCircle(result: TeamResult) -> impl IntoView {
    let sides = result.solution.perspectives.clone();
    let held = sides.iter().filter(|p| p.covered).count();
    let summary = match held {
        3 => "Jullie oplossing houdt stand op alle drie de kanten.".to_string(),
        0 => "Jullie antwoord noemt nog geen kaart die vanuit een van de drie kanten kijkt.".to_string(),
        n => format!("Jullie oplossing houdt stand op {n} van de 3 kanten. Kijk ook naar de andere kant(en)."),
    };
    // Three 120° arcs, drawn as paths around the centre, coloured when covered.
    let arcs = sides
        .iter()
        .enumerate()
        .map(|(i, side)| {
            let start = -90.0 + 120.0 * i as f64 + 2.0;
            let end = start + 116.0;
            let (r_out, r_in) = (60.0, 34.0);
            let at = |deg: f64, r: f64| {
                let a = deg.to_radians();
                (r * a.cos(), r * a.sin())
            };
            let (x1, y1) = at(start, r_out);
            let (x2, y2) = at(end, r_out);
            let (x3, y3) = at(end, r_in);
            let (x4, y4) = at(start, r_in);
            let d = format!(
                "M{x1:.1},{y1:.1} A{r_out},{r_out} 0 0 1 {x2:.1},{y2:.1} L{x3:.1},{y3:.1} A{r_in},{r_in} 0 0 0 {x4:.1},{y4:.1} Z"
            );
            let class = format!("circle-side side-{} {}", side.perspective.as_str(), if side.covered { "covered" } else { "open" });
            view! { <path class=class d=d /> }
        })
        .collect_view();
    view! {
        <section class="result-picture perspectives" aria-labelledby="perspectief-titel">
            <h2 id="perspectief-titel">"De perspectiefcirkel"</h2>
            <p>{summary}</p>
            <svg class="circle-picture" viewBox="-64 -64 128 128" width="128" height="128" aria-hidden="true">
                {arcs}
            </svg>
            <ul class="perspective-list">
                {sides
                    .into_iter()
                    .map(|side| {
                        let mark = if side.covered { "✓" } else { "✗" };
                        let status = if side.covered { "houdt stand" } else { "nog niet bekeken" };
                        let detail = if side.clues.is_empty() {
                            "Geen van jullie kaarten kijkt vanuit deze kant.".to_string()
                        } else {
                            format!("Kaarten: {}", side.clues.join(", "))
                        };
                        let chip = format!(
                            "perspective-mark side-{} {}",
                            side.perspective.as_str(),
                            if side.covered { "covered" } else { "open" },
                        );
                        view! {
                            <li class=if side.covered { "covered" } else { "open" }>
                                <span class=chip aria-hidden="true">{mark}</span>
                                <strong>{format!("{}: {status}", side.perspective.label())}</strong>
                                <span class="small">{detail}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// The solution and what really happened (absent in results that came through
/// a link), each folded: the team opens what it wants to read.
#[component]
fn Debrief(result: TeamResult, printing: RwSignal<bool>, story: CaseStory) -> impl IntoView {
    let Some(d) = result.debrief.clone() else {
        return view! {
            <p class="muted">"Bij een resultaat uit een link staat het verhaal achter het mysterie er niet bij."</p>
        }
        .into_any();
    };
    view! {
        <Fold id="oplossing" title="De oplossing" open_label="Lees de oplossing" printing=printing>
            <p>{d.solution_summary.clone()}</p>
            <h3>"De kernaanwijzingen"</h3>
            <ul class="key-list">
                {d
                    .key_clues
                    .iter()
                    .map(|k| view! { <li>{format!("{} – {}", k.title, if k.found { "gevonden" } else { "gemist" })}</li> })
                    .collect_view()}
            </ul>
            <section aria-labelledby="model-keten">
                <h3 id="model-keten">"Hoe het samenhangt"</h3>
                <ul>
                    {d
                        .chains
                        .iter()
                        .map(|c| {
                            view! {
                                <li>
                                    <strong>{format!("{} → {}", c.from, c.to)}</strong>
                                    ": "
                                    {c.why.clone()}
                                    {c.linked.then(|| view! { <span class="small muted">" (dit verband legden jullie)"</span> })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        </Fold>
        <Fold id="echt-gebeurd" title="Wat er echt gebeurde" open_label="Lees wat er echt gebeurde" printing=printing>
            {d.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            <CaseStoryTimeline story=story />
            <h3>"Om samen over te praten"</h3>
            <ul>{d.discussion_questions.iter().map(|q| view! { <li>{q.clone()}</li> }).collect_view()}</ul>
        </Fold>
    }
    .into_any()
}

/// Which folds of a report are open, kept by a page that draws its report
/// again (the live result, when the trainer's judgement changes), so a team
/// does not lose the section it was reading.
#[derive(Clone, Copy)]
pub struct OpenFolds(pub RwSignal<Vec<&'static str>>);

/// A long text folded under its heading: the heading stays on the page (and in
/// the headings list of a screen reader), the text opens with one click.
/// Printing opens it (see `printing` and style/print.css).
#[component]
fn Fold(
    id: &'static str,
    title: &'static str,
    open_label: &'static str,
    printing: RwSignal<bool>,
    children: Children,
) -> impl IntoView {
    let heading = format!("{id}-titel");
    let labelled_by = heading.clone();
    let kept = use_context::<OpenFolds>();
    let was_open = kept.is_some_and(|k| k.0.with_untracked(|open| open.contains(&id)));
    let on_toggle = move |ev: leptos::ev::Event| {
        let open = event_target::<web_sys::HtmlElement>(&ev).has_attribute("open");
        if let Some(k) = kept {
            k.0.update(|folds| {
                folds.retain(|f| *f != id);
                if open {
                    folds.push(id);
                }
            });
        }
    };
    view! {
        <section class="result-fold" id=format!("deel-{id}") aria-labelledby=labelled_by>
            <h2 id=heading>{title}</h2>
            <details prop:open=move || was_open || printing.get() on:toggle=on_toggle>
                <summary>{open_label}</summary>
                <div class="fold-body">{children()}</div>
            </details>
        </section>
    }
}

/// The team's own links, as a list and as a link map.
#[component]
fn TeamLinks(result: TeamResult, faces: Vec<CardFace>) -> impl IntoView {
    let links = result.solution.links.clone();
    let map: Vec<MapLink> =
        links.iter().map(|l| MapLink { from: l.from.clone(), to: l.to.clone(), why: l.why.clone() }).collect();
    view! {
        <section class="team-links" aria-labelledby="team-verbanden">
            <h2 id="team-verbanden">"Jullie verbanden"</h2>
            {if links.is_empty() {
                view! { <p class="muted">"Jullie legden geen verbanden."</p> }.into_any()
            } else {
                view! {
                    <ul id="resultaat-verbanden" aria-label="Jullie verbanden als lijst">
                        {links
                            .into_iter()
                            .map(|l| {
                                view! {
                                    <li>
                                        {format!("{} → {}", l.from, l.to)}
                                        {(!l.why.is_empty()).then(|| view! { <span class="link-why">{format!(": {}", l.why)}</span> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <LinkMap
                        id="resultaat-kaart"
                        links=Signal::stored(map)
                        list_id="resultaat-verbanden"
                        faces=faces
                    />
                }
                    .into_any()
            }}
        </section>
    }
}

/// The team's answers to the statements, in a table.
#[component]
fn Statements(result: TeamResult, printing: RwSignal<bool>) -> impl IntoView {
    const SCALE: [&str; 5] = ["Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens"];
    let statements = result.reflection.statements.clone();
    (!statements.is_empty()).then(|| {
        view! {
            <details class="statement-answers" prop:open=move || printing.get()>
                <summary>"Jullie antwoorden op de stellingen"</summary>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">"Stelling"</th>
                            <th scope="col">"Bouwsteen"</th>
                            <th scope="col">"Jullie antwoord"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {statements
                            .into_iter()
                            .map(|s| {
                                let answer = s
                                    .value
                                    .and_then(|v| SCALE.get(usize::from(v).wrapping_sub(1)))
                                    .copied()
                                    .unwrap_or("niet ingevuld");
                                view! {
                                    <tr>
                                        <td>{s.text}</td>
                                        <td>{s.bouwsteen.label()}</td>
                                        <td>{answer}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </details>
        }
    })
}

/// The actions per role as a plain list, chosen ones marked (an earlier result).
#[component]
pub fn ActionsList(result: TeamResult) -> impl IntoView {
    let chosen = result.chosen_actions().count();
    view! {
        <h2>"Wat kunnen jullie nu doen?"</h2>
        <p>
            {if chosen == 0 {
                "Het team koos nog geen acties.".to_string()
            } else {
                format!("Het team koos {chosen} actie(s); die zijn gemarkeerd met ‘Gekozen’.")
            }}
        </p>
        <div class="role-actions">
            {result
                .actions
                .into_iter()
                .map(|ra| {
                    view! {
                        <section class="role" aria-label=ra.role.label()>
                            <h3>{ra.role.label()}</h3>
                            <ul>
                                {ra
                                    .actions
                                    .into_iter()
                                    .map(|a| {
                                        view! {
                                            <li class:chosen=a.chosen>
                                                {a.chosen.then(|| view! { <strong class="chosen-mark">"Gekozen: "</strong> })}
                                                {a.text}
                                                " "
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
    }
}
