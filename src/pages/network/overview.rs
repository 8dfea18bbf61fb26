//! The overview of the teams shown: the summary in words, the charts, the
//! tables per team, per bouwsteen and per group, the perspectiefcirkel, the
//! chosen actions and the open answers. Each part is its own component; the
//! words come from `domain::network`.

use leptos::prelude::*;

use super::charts::{breakable, profile_series, team_over_mean};
use super::Shown;
use crate::components::radar::Radar;
use crate::domain::network::{self, GroupBy, Summary};
use crate::domain::results::TeamResult;
use crate::domain::scenario::Bouwsteen;

/// The chart, the tables, and the lists for the teams shown.
#[component]
pub(super) fn Overview(shown: Shown, highlight: RwSignal<Option<usize>>, group_by: RwSignal<GroupBy>) -> impl IntoView {
    move || {
        let list = shown.teams.get();
        let s = shown.summary.get();
        if list.is_empty() {
            return view! {
                <p class="empty-network" role="status">"Geen teams bij deze keuze. Kies ‘Alle’ bij een van de lijsten."</p>
            }
            .into_any();
        }
        let names = network::labels(&list);
        let count = network::team_count(s.teams);
        let several = list.len() > 1;
        view! {
            <section class="overview" aria-labelledby="overzicht-titel">
                <h2 id="overzicht-titel">{format!("Overzicht: {count}")}</h2>
                <SummaryLines summary=s.clone() />
                {several.then(|| view! { <ChartFocus names=names.clone() highlight=highlight /> })}
                <ProfileChart list=list.clone() names=names.clone() summary=s.clone() count=count highlight=highlight />
                {several.then(|| view! { <SmallMultiples list=list.clone() names=names.clone() summary=s.clone() /> })}
                <TeamsTable list=list.clone() names=names />
                <BouwsteenTable summary=s.clone() />
                <GroupTable list=list.clone() group_by=group_by />
                <Perspectives summary=s.clone() />
                <ActionGroups summary=s />
                <OpenAnswers questions=network::open_answers(&list) />
            </section>
        }
        .into_any()
    }
}

/// The strongest and weakest bouwstenen, the mean scores and the SOLO levels.
#[component]
fn SummaryLines(summary: Summary) -> impl IntoView {
    view! {
        <p class="extremes">
            <strong>{network::extremes_line(&summary)}</strong>
        </p>
        <p class="small">{network::scores_line(&summary)}</p>
        <p class="small levels-summary">{network::levels_line(&summary)}</p>
    }
}

/// Choosing one team to stand out in the big chart.
#[component]
fn ChartFocus(names: Vec<String>, highlight: RwSignal<Option<usize>>) -> impl IntoView {
    view! {
        <div class="field chart-focus">
            <label for="grafiek-team">"Eén team uitlichten in de grafiek"</label>
            <select id="grafiek-team" on:change=move |ev| highlight.set(event_target_value(&ev).parse::<usize>().ok())>
                <option value="" selected=move || highlight.get().is_none()>"Geen: alle teams even sterk"</option>
                {names
                    .iter()
                    .enumerate()
                    .map(|(i, name)| {
                        view! {
                            <option value=i.to_string() selected=move || highlight.get() == Some(i)>
                                {name.clone()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Every team's profile (and the mean) in one chart.
#[component]
fn ProfileChart(
    list: Vec<TeamResult>,
    names: Vec<String>,
    summary: Summary,
    count: String,
    highlight: RwSignal<Option<usize>>,
) -> impl IntoView {
    move || {
        let focus = highlight.get().filter(|&i| i < list.len());
        view! {
            <Radar
                id="netwerk-radar"
                title=format!("Bouwstenen-profiel per team ({count})")
                series=profile_series(&list, &names, &summary, focus)
                described_by="netwerk-teams"
            />
        }
    }
}

/// A small chart per team over the group mean.
#[component]
fn SmallMultiples(list: Vec<TeamResult>, names: Vec<String>, summary: Summary) -> impl IntoView {
    view! {
        <h3 id="per-team-grafiek-titel">"Elk team tegen het gemiddelde"</h3>
        <p class="small muted">
            "Per team een kleine grafiek: de dikke lijn is het team, de grijze stippellijn het gemiddelde van alle teams hier. "
            "De bouwstenen staan in dezelfde volgorde als in de grote grafiek, met de klok mee vanaf boven: "
            {Bouwsteen::ALL.iter().map(|b| b.label()).collect::<Vec<_>>().join(", ")}
            "."
        </p>
        <ul class="small-multiples" aria-labelledby="per-team-grafiek-titel">
            {names
                .iter()
                .enumerate()
                .map(|(i, name)| {
                    view! {
                        <li>
                            <Radar
                                id=format!("netwerk-team-{i}")
                                title=format!("{name} tegen het gemiddelde")
                                series=team_over_mean(&list[i], name, &summary)
                                described_by="netwerk-teams"
                                compact=true
                            />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// Scores, level, perspectives and profile per team.
#[component]
fn TeamsTable(list: Vec<TeamResult>, names: Vec<String>) -> impl IntoView {
    view! {
        <h3 id="teams-titel">"Per team"</h3>
        <div class="table-scroll" role="region" aria-labelledby="teams-titel" tabindex="0">
            <table id="netwerk-teams" class="teams-table">
                <caption class="visually-hidden">"Scores en bouwstenen-profiel per team (0 tot 100)"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Team"</th>
                        <th scope="col">"Mysterie"</th>
                        <th scope="col">"Soort organisatie"</th>
                        <th scope="col">"Onderzoek"</th>
                        // The level shares the solution's column, so the table still fits 1280 px.
                        <th scope="col">"Oplossing en niveau"</th>
                        <th scope="col">{breakable("Perspectieven")}</th>
                        {Bouwsteen::ALL.iter().map(|b| view! { <th scope="col">{breakable(b.label())}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {list
                        .iter()
                        .zip(names)
                        .map(|(r, name)| {
                            let covered = r.perspectives_covered().len();
                            view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td>{r.mystery.title.clone()}</td>
                                    <td>{r.team.organisation_type.clone().unwrap_or_else(|| "–".into())}</td>
                                    <td>{r.investigation.score}</td>
                                    <td>
                                        {r.solution.score}
                                        <span class="level-cell">{network::level_cell(r)}</span>
                                    </td>
                                    <td>{format!("{covered} van 3")}</td>
                                    {Bouwsteen::ALL
                                        .iter()
                                        .map(|&b| {
                                            view! {
                                                <td>{r.profile_value(b).map(|v| v.to_string()).unwrap_or_else(|| "–".into())}</td>
                                            }
                                        })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Mean, spread and range per bouwsteen.
#[component]
fn BouwsteenTable(summary: Summary) -> impl IntoView {
    view! {
        <h3 id="bouwstenen-titel">"Per bouwsteen"</h3>
        <p class="small">
            "Gemiddelde van de teams die over deze bouwsteen een stelling beantwoordden. "
            "Spreiding is de standaardafwijking: hoe groter, hoe meer de teams verschillen."
        </p>
        <div class="table-scroll" role="region" aria-labelledby="bouwstenen-titel" tabindex="0">
            <table class="stats-table">
                <thead>
                    <tr>
                        <th scope="col">"Bouwsteen"</th>
                        <th scope="col">"Gemiddelde"</th>
                        <th scope="col">"Spreiding"</th>
                        <th scope="col">"Laagste–hoogste"</th>
                        <th scope="col">"Aantal teams"</th>
                    </tr>
                </thead>
                <tbody>
                    {summary
                        .per_bouwsteen
                        .iter()
                        .map(|b| {
                            let (mean, spread, range, n) = network::stat_cells(b.stats);
                            let mark = network::strength_mark(&summary, b.bouwsteen);
                            view! {
                                <tr>
                                    <th scope="row">{format!("{}{mark}", b.bouwsteen.label())}</th>
                                    <td>{mean}</td>
                                    <td>{spread}</td>
                                    <td>{range}</td>
                                    <td>{n}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The mean per bouwsteen per group of teams (by date, municipality or session).
#[component]
fn GroupTable(list: Vec<TeamResult>, group_by: RwSignal<GroupBy>) -> impl IntoView {
    view! {
        <h3 id="groepen-titel">"Per groep"</h3>
        <div class="field">
            <label for="groeperen">"Groeperen"</label>
            <select id="groeperen" on:change=move |ev| group_by.set(GroupBy::from_key(&event_target_value(&ev)))>
                {GroupBy::ALL
                    .into_iter()
                    .map(|g| view! { <option value=g.key() selected=move || group_by.get() == g>{g.label()}</option> })
                    .collect_view()}
            </select>
        </div>
        {move || {
            let by = group_by.get();
            (by != GroupBy::Nothing)
                .then(|| {
                    let groups = network::groups(&list, by);
                    view! {
                        <div class="table-scroll" role="region" aria-labelledby="groepen-titel" tabindex="0">
                            <table id="netwerk-groepen" class="stats-table">
                                <caption class="visually-hidden">
                                    {format!("Gemiddelde per bouwsteen, {}", by.label().to_lowercase())}
                                </caption>
                                <thead>
                                    <tr>
                                        <th scope="col">"Groep"</th>
                                        <th scope="col">"Teams"</th>
                                        {Bouwsteen::ALL
                                            .iter()
                                            .map(|b| view! { <th scope="col">{breakable(b.label())}</th> })
                                            .collect_view()}
                                    </tr>
                                </thead>
                                <tbody>
                                    {groups
                                        .into_iter()
                                        .map(|g| {
                                            view! {
                                                <tr>
                                                    <th scope="row">{g.label}</th>
                                                    <td>{g.summary.teams}</td>
                                                    {g
                                                        .summary
                                                        .per_bouwsteen
                                                        .iter()
                                                        .map(|b| view! { <td>{network::stat_cells(b.stats).0}</td> })
                                                        .collect_view()}
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                })
        }}
    }
}

/// How many teams looked from each side of the perspectiefcirkel.
#[component]
fn Perspectives(summary: Summary) -> impl IntoView {
    view! {
        <h3>"De perspectiefcirkel"</h3>
        <ul class="perspective-counts">
            {summary
                .perspectives
                .iter()
                .map(|(p, n)| view! { <li>{format!("{}: {n} van {} teams", p.label(), summary.teams)}</li> })
                .collect_view()}
        </ul>
        <p class="small muted">{network::perspective_note(&summary.perspectives, summary.teams)}</p>
    }
}

/// The actions the teams chose, per bouwsteen.
#[component]
fn ActionGroups(summary: Summary) -> impl IntoView {
    view! {
        <h3>"Actiepunten per bouwsteen"</h3>
        {if summary.actions.is_empty() {
            view! { <p>"De teams hebben nog geen acties gekozen."</p> }.into_any()
        } else {
            view! {
                <div class="action-groups">
                    {summary
                        .actions
                        .iter()
                        .map(|group| {
                            view! {
                                <section class="action-group" aria-label=group.bouwsteen.label()>
                                    <h4>{group.bouwsteen.label()}</h4>
                                    <ul>
                                        {group
                                            .actions
                                            .iter()
                                            .map(|a| {
                                                view! {
                                                    <li>
                                                        {a.text.clone()}
                                                        <span class="small muted">
                                                            {format!(" ({}; gekozen door {})", a.role.label(), a.teams.join(", "))}
                                                        </span>
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
                .into_any()
        }}
    }
}

/// The teams' open reflection answers, per question, side by side.
#[component]
fn OpenAnswers(questions: Vec<network::OpenQuestion>) -> impl IntoView {
    view! {
        <h3 id="open-antwoorden-titel">"Open antwoorden per vraag"</h3>
        {if questions.is_empty() {
            view! { <p>"In deze mysteries staan geen open vragen."</p> }.into_any()
        } else {
            questions
                .into_iter()
                .enumerate()
                .map(|(i, q)| {
                    let heading = format!("open-vraag-{i}");
                    let labelled = heading.clone();
                    let answered = q.answers.iter().filter(|(_, a)| !a.is_empty()).count();
                    view! {
                        <section class="open-question" aria-labelledby=labelled>
                            <h4 id=heading>{q.question.clone()}</h4>
                            <p class="small muted">
                                {format!("{} · {answered} van {} teams gaven antwoord", q.topic_label(), q.answers.len())}
                            </p>
                            <ul class="open-answer-list">
                                {q
                                    .answers
                                    .into_iter()
                                    .map(|(team, answer)| {
                                        let empty = answer.is_empty();
                                        view! {
                                            <li class="open-answer">
                                                <strong class="open-answer-team">{team}</strong>
                                                <p class:muted=empty>
                                                    {if empty { "(geen antwoord)".to_string() } else { answer }}
                                                </p>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })
                .collect_view()
                .into_any()
        }}
    }
}
