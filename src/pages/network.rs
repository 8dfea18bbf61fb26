//! The learning-network view: results of many teams side by side. Results come
//! in as files (chosen or dropped, many at once) or as result links; they are
//! kept in this browser only. All maths lives in `domain::network`.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

use crate::components::file_drop::FileDrop;
use crate::components::files;
use crate::components::focus::focus_later;
use crate::components::radar::{Radar, Series};
use crate::components::share::{PRIVACY, PRIVACY_CONTENTS};
use crate::components::storage_help::StorageHelp;
use crate::domain::network::{self, format_decimal, Filter, Stats};
use crate::domain::read;
use crate::domain::results::{self, Incoming, LinkRead, TeamResult};
use crate::domain::scenario::{Bouwsteen, Perspective};
use crate::domain::storage_usage;
use crate::domain::validate::Problem;
use crate::results_store::{self, StoreError};
use crate::route::Route;

/// What happened to one file or link.
#[derive(Debug, Clone, PartialEq)]
struct Report {
    source: String,
    ok: bool,
    message: String,
    /// The id of the result added, so the report can be shown anonymised.
    id: Option<String>,
}

/// What opening a result link left for the network view: its report, a
/// result that waits for the user's choice, and the list when it could not
/// be saved.
#[derive(Default)]
struct Flash {
    reports: Vec<Report>,
    waiting: Vec<TeamResult>,
    unsaved: Option<(Vec<TeamResult>, String)>,
}

/// Add the result of a link to the stored network list (once, when the page
/// opens) and say what happened.
fn add_from_link(payload: &str) -> Flash {
    let mut set = results_store::network().results;
    let mut waiting = Vec::new();
    let before = set.clone();
    let mut reports = vec![add(&mut set, &mut waiting, "Link", results::read_link_payload(payload))];
    let mut unsaved = None;
    if set != before {
        match results_store::save_network(&set) {
            Ok(()) => {}
            Err(StoreError::Failed(message)) => {
                mark_unsaved(&mut reports, &message);
                unsaved = Some((set, message));
            }
            Err(StoreError::Newer(_)) => mark_unsaved(&mut reports, results_store::NEWER),
        }
    }
    Flash { reports, waiting, unsaved }
}

/// Put one result in the stored set; the report says what happened. A
/// different result with an id already in the set goes to `waiting`: the user
/// decides whether it replaces the stored one.
fn add(
    set: &mut Vec<TeamResult>,
    waiting: &mut Vec<TeamResult>,
    source: &str,
    parsed: Result<LinkRead, Problem>,
) -> Report {
    match parsed {
        Ok(LinkRead { result, warning }) => {
            let label = format!("{} – {}", result.team.name, result.mystery.title);
            let id = result.id.clone();
            let warning = warning.map(|w| format!(" {w}")).unwrap_or_default();
            let (ok, message) = match results::merge_incoming(set, result.clone()) {
                Incoming::Added => (true, format!("Toegevoegd: {label}.{warning}")),
                Incoming::Unchanged => (true, format!("Stond er al: {label}. Er is niets veranderd.{warning}")),
                Incoming::Differs => {
                    waiting.retain(|w| w.id != result.id);
                    waiting.push(result);
                    (
                        false,
                        format!(
                            "Er staat al een ander resultaat van dit spel in het overzicht: {label}. Kies hieronder of je het wilt vervangen.{warning}"
                        ),
                    )
                }
            };
            Report { source: source.to_string(), ok, message, id: Some(id) }
        }
        Err(problem) => Report { source: source.to_string(), ok: false, message: problem.describe(), id: None },
    }
}

/// After a failed save nothing of this round was kept: say so per file.
fn mark_unsaved(reports: &mut [Report], why: &str) {
    for report in reports.iter_mut().filter(|r| r.ok) {
        report.ok = false;
        report.message = format!("Niet bewaard: {why}");
    }
}

#[component]
pub fn NetworkPage(#[prop(optional)] link: Option<String>) -> impl IntoView {
    let flash = link.as_deref().map(add_from_link).unwrap_or_default();
    if link.is_some() {
        // After the page is shown: put the network view's own address in the
        // address bar (no navigation), so a reload or Back does not add the
        // result again.
        Effect::new(move |_| {
            if let Ok(history) = window().history() {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&Route::Network.href()));
            }
        });
    }
    view! { <Network flash=flash /> }
}

#[component]
fn Network(flash: Flash) -> impl IntoView {
    let loaded = results_store::network();
    let set = RwSignal::new(flash.unsaved.as_ref().map_or(loaded.results, |(list, _)| list.clone()));
    let problem = RwSignal::new(loaded.problem);
    // A failed save: the list shown but not stored, and why. Its own alert,
    // with what to do, until saving works again (issue #17).
    let unsaved = RwSignal::new(flash.unsaved.as_ref().map(|(list, _)| list.clone()));
    let save_failed = RwSignal::new(flash.unsaved.map(|(_, message)| message));
    let reports = RwSignal::new(flash.reports);
    let waiting = RwSignal::new(flash.waiting);
    // Coming from a result link: start at the top, where the report is.
    if reports.with_untracked(|r| !r.is_empty()) {
        focus_later("netwerk-titel".to_string());
    }
    let status = RwSignal::new(reports.with_untracked(|r| summary_of(r)));
    let filter = RwSignal::new(Filter::default());
    let anonymous = RwSignal::new(false);
    let confirm_clear = RwSignal::new(false);
    let highlight = RwSignal::new(None::<usize>);
    let presenting = RwSignal::new(false);
    let group_by = RwSignal::new(network::GroupBy::Nothing);

    // Another tab changed the stored list: follow it (unless this tab holds
    // results it could not save; those are saved over it on the next try).
    let handle = window_event_listener(leptos::ev::storage, move |event: web_sys::StorageEvent| {
        if event.key().as_deref() != Some(results_store::NETWORK_KEY) {
            return;
        }
        let Some(text) = event.new_value() else { return };
        if let Some(list) = results_store::follow(results_store::NETWORK_KEY, &text) {
            if unsaved.with_untracked(Option::is_none) {
                set.set(list);
                status.set(
                    "Het overzicht is net in een ander tabblad veranderd. Je ziet nu de nieuwste stand.".to_string(),
                );
            }
        }
    });
    on_cleanup(move || handle.remove());

    // What a change starts from: the list this tab could not save, or else
    // the stored list (read again, so another tab's change is kept).
    let base = move || unsaved.get_untracked().unwrap_or_else(|| results_store::network().results);
    // Store a changed list. False when it was not stored: full (the list
    // stays shown, with the alert) or a newer list from another tab (shown instead).
    let commit = move |next: Vec<TeamResult>| -> bool {
        match results_store::save_network(&next) {
            Ok(()) => {
                set.set(next);
                unsaved.set(None);
                save_failed.set(None);
                true
            }
            Err(StoreError::Failed(message)) => {
                set.set(next.clone());
                unsaved.set(Some(next));
                save_failed.set(Some(message));
                false
            }
            Err(StoreError::Newer(list)) => {
                set.set(list);
                status.set(results_store::NEWER.to_string());
                false
            }
        }
    };
    let retry = move |_: ()| {
        if let Some(list) = unsaved.get_untracked() {
            if commit(list) {
                status.set("Opslaan lukt weer: het overzicht is bewaard.".to_string());
            }
        }
    };

    // Anonymise over the whole set first, so "Team 3" stays team 3 whatever
    // the filter. Everything below renders from `all` (never from `set`), so
    // with "Namen weghalen" on no part of the page sees a real name.
    let all = Memo::new(move |_| {
        let all = set.get();
        if anonymous.get() {
            network::anonymise(&all)
        } else {
            all
        }
    });
    let shown = Memo::new(move |_| {
        all.with(|all| filter.with(|f| f.apply(all)).into_iter().map(|i| all[i].clone()).collect::<Vec<_>>())
    });
    let summary = Memo::new(move |_| shown.with(|s| network::summarise(s)));

    let import = move |list: Vec<web_sys::File>| {
        if list.is_empty() {
            return;
        }
        status.set(format!("{} bestand(en) lezen…", list.len()));
        spawn_local(async move {
            let mut current = base();
            let before = current.clone();
            let mut pending = waiting.get_untracked();
            let mut done = Vec::new();
            for file in list {
                let name = file.name();
                // The size step of the reading path, before the file is read at all.
                let parsed = if let Err(problem) = read::size(file.size() as usize, &read::RESULT) {
                    Err(problem)
                } else {
                    match files::read_text(&file).await {
                        Ok(text) => results::parse_result(&text),
                        Err(message) => Err(Problem::error("", message)),
                    }
                };
                let parsed = parsed.map(|result| LinkRead { result, warning: None });
                done.push(add(&mut current, &mut pending, &name, parsed));
            }
            if (current != before || unsaved.with_untracked(Option::is_some)) && !commit(current) {
                let why = save_failed.get_untracked().unwrap_or_else(|| results_store::NEWER.to_string());
                mark_unsaved(&mut done, &why);
            }
            waiting.set(pending);
            status.set(summary_of(&done));
            reports.set(done);
        });
    };

    let remove = move |id: String| {
        let mut next = base();
        next.retain(|r| r.id != id);
        if commit(next) {
            status.set("Het resultaat is uit het overzicht gehaald.".to_string());
            focus_later("netwerk-beheer".to_string());
        }
    };
    let clear = move |_| {
        if commit(Vec::new()) {
            confirm_clear.set(false);
            reports.set(Vec::new());
            status.set("Het overzicht is leeg gemaakt.".to_string());
            focus_later("netwerk-titel".to_string());
        }
    };
    let decide = move |id: String, replace: bool| {
        let Some(incoming) = waiting.with_untracked(|w| w.iter().find(|r| r.id == id).cloned()) else { return };
        if replace {
            let mut next = base();
            results::upsert(&mut next, incoming);
            if !commit(next) {
                return;
            }
            status.set("Het resultaat is vervangen door de nieuwe versie.".to_string());
        } else {
            status.set("Het resultaat dat er al stond, is gebleven.".to_string());
        }
        waiting.update(|w| w.retain(|r| r.id != id));
        focus_later("toevoegen-titel".to_string());
    };
    let export_csv = move |_| {
        let list = shown.get_untracked();
        let name = format!("netwerk-resultaten-{}.csv", files::now_iso().get(..10).unwrap_or("vandaag"));
        match files::download(&name, "text/csv;charset=utf-8", &results::to_csv(&list)) {
            Ok(()) => status.set(format!("Het bestand {name} staat in je downloads.")),
            Err(message) => status.set(message),
        }
    };

    view! {
        <div class="page network">
            <h1 id="netwerk-titel" tabindex="-1">"Lerend netwerk: resultaten vergelijken"</h1>
            <p class="lead">
                "Zet de resultaten van teams naast elkaar: uit verschillende sessies, gemeenten en organisaties. "
                "Zo zien jullie samen welke bouwstenen sterk zijn en waar het beter kan."
            </p>
            <p class="privacy">{PRIVACY}</p>
            <p class="small">
                {PRIVACY_CONTENTS}
                " Wat je hier toevoegt, blijft in deze browser. Met ‘Namen weghalen’ aan laat het overzicht geen namen van teams, teamleden of gemeenten zien."
            </p>
            {move || problem.get().map(|p| view! { <p class="notice problem" role="alert">{p}</p> })}
            <div class="save-problem" role="alert" class:empty=move || save_failed.with(Option::is_none)>
                <Show when=move || save_failed.with(Option::is_some)>
                    <p class="notice problem">{move || save_failed.get().unwrap_or_default()}</p>
                    <Show when=move || save_failed.with(|m| m.as_deref() == Some(storage_usage::FULL))>
                        <StorageHelp keep=results_store::NETWORK_KEY retry=Callback::new(retry) />
                    </Show>
                </Show>
            </div>

            <section class="import" aria-labelledby="toevoegen-titel">
                <h2 id="toevoegen-titel" tabindex="-1">"Resultaten toevoegen"</h2>
                <FileDrop
                    input_id="resultaat-bestanden"
                    label="Kies resultaat-bestanden (.json)"
                    help="Je kunt meer bestanden tegelijk kiezen, of ze hierheen slepen. Een team kan ook een link sturen: open die link in deze browser. Een bestand mag hoogstens 1 MB zijn."
                    on_files=Callback::new(import)
                />
                <p class="share-status" role="status">{move || status.get()}</p>
                <Waiting waiting=waiting set=set anonymous=anonymous decide=Callback::new(move |(id, replace)| decide(id, replace)) />
                {move || {
                    let list = reports.get();
                    let list = if anonymous.get() { all.with(|all| anonymous_reports(&list, all)) } else { list };
                    (!list.is_empty())
                        .then(|| {
                            view! {
                                <ul class="file-reports" aria-label="Wat er met elk bestand gebeurde">
                                    {list
                                        .into_iter()
                                        .map(|r| {
                                            view! {
                                                <li class=if r.ok { "ok" } else { "problem" }>
                                                    <strong>{format!("{}: ", r.source)}</strong>
                                                    {if r.ok { "" } else { "Niet gelukt. " }}
                                                    {r.message}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                        })
                }}
            </section>

            {move || {
                if set.with(Vec::is_empty) {
                    view! {
                        <p class="empty-network">
                            "Er staan nog geen resultaten in dit overzicht. Voeg bestanden toe, open een link van een team, of zet een resultaat uit "
                            <a href=Route::Results.href()>"Eerdere resultaten"</a>
                            " erin."
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <Choices all=all filter=filter anonymous=anonymous />
                        <section class="meeting" aria-labelledby="bespreken-titel">
                            <h2 id="bespreken-titel">"Bespreken"</h2>
                            <p>
                                "Laat op de beamer één grafiek of lijst tegelijk zien, met grote letters en zonder menu. "
                                "Blader met de pijltjestoetsen; Esc stopt. "
                                {move || {
                                    if anonymous.get() {
                                        "Zonder namen, want ‘Namen weghalen’ staat aan."
                                    } else {
                                        "Let op: ‘Namen weghalen’ staat uit, dus de namen van teams en gemeenten zijn te zien."
                                    }
                                }}
                            </p>
                            <button
                                type="button"
                                id="presenteren"
                                class="button primary"
                                on:click=move |_| {
                                    presenting.set(true);
                                    focus_later("presentatie".to_string());
                                }
                            >
                                "Presenteren"
                            </button>
                        </section>
                        <Overview shown=shown summary=summary highlight=highlight group_by=group_by />
                        <section class="export" aria-labelledby="export-titel">
                            <h2 id="export-titel">"Bewaren"</h2>
                            <p>
                                "Download de teams die je nu ziet als tabel voor Excel, of druk het overzicht af (of bewaar het als pdf). "
                                {move || if anonymous.get() { "Zonder namen, want ‘Namen weghalen’ staat aan." } else { "" }}
                            </p>
                            <div class="share-buttons">
                                <button type="button" class="button" on:click=export_csv>"Download tabel (CSV)"</button>
                                <button type="button" class="button" on:click=move |_| files::print()>
                                    "Afdrukken of pdf"
                                </button>
                            </div>
                        </section>
                        {move || {
                            presenting
                                .get()
                                .then(|| view! { <Presentation shown=shown summary=summary presenting=presenting /> })
                        }}
                        <Manage all=all remove=Callback::new(remove) confirm_clear=confirm_clear clear=Callback::new(clear) />
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// The import reports with nothing that names a team: the file name (which
/// the app makes from the team name) becomes "Bestand n", and the team its
/// anonymous label from `all` (the anonymised set).
fn anonymous_reports(reports: &[Report], all: &[TeamResult]) -> Vec<Report> {
    let names = network::labels(all);
    reports
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let label =
                r.id.as_ref()
                    .and_then(|id| all.iter().position(|x| x.id == *id))
                    .map(|at| format!("{} – {}", names[at], all[at].mystery.title));
            Report {
                source: if r.source == "Link" { "Link".to_string() } else { format!("Bestand {}", i + 1) },
                message: match (r.ok, label) {
                    (true, Some(label)) => format!("Toegevoegd of bijgewerkt: {label}."),
                    (true, None) => "Toegevoegd.".to_string(),
                    (false, _) => r.message.clone(),
                },
                ..r.clone()
            }
        })
        .collect()
}

/// Results that differ from a stored one with the same id: replace or keep.
#[component]
fn Waiting(
    waiting: RwSignal<Vec<TeamResult>>,
    set: RwSignal<Vec<TeamResult>>,
    anonymous: RwSignal<bool>,
    decide: Callback<(String, bool)>,
) -> impl IntoView {
    move || {
        waiting
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, incoming)| {
                let stored = set.with(|s| s.iter().find(|r| r.id == incoming.id).cloned());
                let question_id = format!("vervangen-vraag-{i}");
                let (keep_id, replace_id) = (incoming.id.clone(), incoming.id.clone());
                let describe = |r: &TeamResult| {
                    format!(
                        "onderzoek {} %, oplossing {} %, opgeslagen op {}",
                        r.investigation.score,
                        r.solution.score,
                        r.display_date()
                    )
                };
                let question = format!(
                    "{} – {}: er staat al een resultaat van dit spel in het overzicht ({}). Het nieuwe is anders ({}). Vervangen?",
                    // "Namen weghalen" hides the team here too.
                    if anonymous.get() { "Een team".to_string() } else { incoming.team.name.clone() },
                    incoming.mystery.title,
                    stored.as_ref().map(describe).unwrap_or_default(),
                    describe(&incoming)
                );
                let labelled_by = question_id.clone();
                view! {
                    <div class="confirm" role="group" aria-labelledby=labelled_by>
                        <p id=question_id>{question}</p>
                        <button type="button" class="button primary" on:click=move |_| decide.run((replace_id.clone(), true))>
                            "Vervang door het nieuwe"
                        </button>
                        <button type="button" class="button" on:click=move |_| decide.run((keep_id.clone(), false))>
                            "Houd wat er stond"
                        </button>
                    </div>
                }
            })
            .collect_view()
    }
}

/// "2 bestanden toegevoegd, 1 niet gelukt."
fn summary_of(reports: &[Report]) -> String {
    let ok = reports.iter().filter(|r| r.ok).count();
    let failed = reports.len() - ok;
    match (ok, failed) {
        (0, 0) => String::new(),
        (ok, 0) => format!("{ok} resultaat/resultaten toegevoegd."),
        (0, failed) => format!("Niet gelukt: {failed} bestand(en) of link. Zie de melding hieronder."),
        (ok, failed) => format!("{ok} toegevoegd, {failed} niet gelukt. Zie de meldingen hieronder."),
    }
}

/// Filters and the anonymise switch.
#[component]
fn Choices(all: Memo<Vec<TeamResult>>, filter: RwSignal<Filter>, anonymous: RwSignal<bool>) -> impl IntoView {
    let options = Memo::new(move |_| all.with(|s| network::filter_options(s)));
    let select = move |id: &'static str,
                       label: &'static str,
                       all: &'static str,
                       values: Vec<(String, String)>,
                       get: fn(&Filter) -> Option<String>,
                       put: fn(&mut Filter, Option<String>)| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select
                    id=id
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        filter.update(|f| put(f, (!value.is_empty()).then_some(value)));
                    }
                >
                    <option value="" selected=move || filter.with(|f| get(f).is_none())>{all}</option>
                    {values
                        .into_iter()
                        .map(|(value, text)| {
                            let v = value.clone();
                            view! {
                                <option value=value selected=move || filter.with(|f| get(f).as_deref() == Some(v.as_str()))>
                                    {text}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <section class="choices" aria-labelledby="kiezen-titel">
            <h2 id="kiezen-titel">"Welke teams?"</h2>
            <div class="filter-fields">
                {move || {
                    let o = options.get();
                    let pairs = |list: Vec<String>| list.into_iter().map(|v| (v.clone(), v)).collect::<Vec<_>>();
                    view! {
                        {select("filter-mysterie", "Mysterie", "Alle mysteries", o.mysteries, |f| f.mystery.clone(), |f, v| f.mystery = v)}
                        {select(
                            "filter-gemeente",
                            "Gemeente",
                            "Alle gemeenten",
                            pairs(o.municipalities),
                            |f| f.municipality.clone(),
                            |f, v| f.municipality = v,
                        )}
                        {select(
                            "filter-organisatie",
                            "Soort organisatie",
                            "Alle soorten",
                            pairs(o.organisation_types),
                            |f| f.organisation_type.clone(),
                            |f, v| f.organisation_type = v,
                        )}
                        {select("filter-datum", "Datum", "Alle datums", o.dates, |f| f.date.clone(), |f, v| f.date = v)}
                        {(!o.sessions.is_empty())
                            .then(|| {
                                select(
                                    "filter-sessie",
                                    "Sessie",
                                    "Alle sessies",
                                    o.sessions,
                                    |f| f.session.clone(),
                                    |f, v| f.session = v,
                                )
                            })}
                    }
                }}
            </div>
            <div class="check anonymous">
                <input
                    id="anoniem"
                    type="checkbox"
                    aria-describedby="anoniem-uitleg"
                    prop:checked=move || anonymous.get()
                    on:change=move |ev| {
                        // The place and organisation lists change their words: start those afresh.
                        filter.update(|f| {
                            f.municipality = None;
                            f.organisation_type = None;
                        });
                        anonymous.set(event_target_checked(&ev));
                    }
                />
                <label for="anoniem">"Namen weghalen (anoniem)"</label>
            </div>
            <p class="hint-text" id="anoniem-uitleg">
                "Teamnamen worden ‘Team 1’, ‘Team 2’ enzovoort, gemeenten ‘Gemeente A’, ‘Gemeente B’ enzovoort, en namen van teamleden verdwijnen. "
                "Ook in de grafieken, de lijsten, de antwoorden, de download en op papier. "
                "Andere namen die teams zelf in hun antwoorden schreven (van een inwoner of een straat) kent de app niet: lees de antwoorden na voor je ze laat zien."
            </p>
        </section>
    }
}

/// A table heading that may break inside its long compound words, so the
/// team table fits a 1280 px screen: "Samenwerkings|netwerk".
fn breakable(label: &'static str) -> impl IntoView {
    let parts: Vec<&str> = ["Samenwerkings", "uitvoerings", "Perspec"]
        .iter()
        .find_map(|head| label.find(head).map(|at| vec![&label[..at + head.len()], &label[at + head.len()..]]))
        .unwrap_or_else(|| vec![label]);
    let last = parts.len() - 1;
    parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| view! { {part}{(i < last).then(|| view! { <wbr /> })} })
        .collect_view()
}

/// The group mean per bouwsteen as a chart line.
fn mean_series(s: &network::Summary, muted: bool) -> Series {
    let means: Vec<Option<f64>> = s.per_bouwsteen.iter().map(|b| b.stats.map(|st| st.mean)).collect();
    Series { label: "Gemiddelde".to_string(), values: std::array::from_fn(|i| means[i]), emphasis: !muted, muted }
}

fn team_values(r: &TeamResult) -> [Option<f64>; 7] {
    Bouwsteen::ALL.map(|b| r.profile_value(b).map(f64::from))
}

/// Every team's line and the mean (with more than one team). With `focus`,
/// that team keeps its colour and the others turn grey, so it reads over the group.
fn profile_series(list: &[TeamResult], names: &[String], s: &network::Summary, focus: Option<usize>) -> Vec<Series> {
    let mut series: Vec<Series> = list
        .iter()
        .zip(names)
        .enumerate()
        .map(|(i, (r, label))| Series {
            label: label.clone(),
            values: team_values(r),
            emphasis: false,
            muted: focus.is_some_and(|f| f != i),
        })
        .collect();
    if list.len() > 1 {
        series.push(mean_series(s, false));
    }
    series
}

/// One team's line over the group mean (grey, dashed).
fn team_over_mean(r: &TeamResult, name: &str, s: &network::Summary) -> Vec<Series> {
    vec![
        mean_series(s, true),
        Series { label: name.to_string(), values: team_values(r), emphasis: false, muted: false },
    ]
}

fn stat_cells(stats: Option<Stats>) -> (String, String, String, String) {
    match stats {
        None => ("–".into(), "–".into(), "–".into(), "0".into()),
        Some(s) => (
            format_decimal(s.mean, 1),
            format_decimal(s.spread, 1),
            format!("{}–{}", format_decimal(s.min, 0), format_decimal(s.max, 0)),
            s.n.to_string(),
        ),
    }
}

/// The chart, the tables, and the actions for the teams shown.
#[component]
fn Overview(
    shown: Memo<Vec<TeamResult>>,
    summary: Memo<network::Summary>,
    highlight: RwSignal<Option<usize>>,
    group_by: RwSignal<network::GroupBy>,
) -> impl IntoView {
    move || {
        let list = shown.get();
        let s = summary.get();
        if list.is_empty() {
            return view! {
                <p class="empty-network" role="status">"Geen teams bij deze keuze. Kies ‘Alle’ bij een van de lijsten."</p>
            }
            .into_any();
        }
        let names = network::labels(&list);
        let teams = list.len();
        let count = if s.teams == 1 { "1 team".to_string() } else { format!("{} teams", s.teams) };
        let names_of = |list: &[Bouwsteen]| list.iter().map(|b| b.label()).collect::<Vec<_>>().join(" en ");
        let extremes = if s.strongest.is_empty() {
            "Er is nog niet genoeg verschil tussen de bouwstenen om een sterkste en zwakste te noemen.".to_string()
        } else {
            format!("Sterkst: {}. Zwakst: {}.", names_of(&s.strongest), names_of(&s.weakest))
        };
        let scores = |label: &str, st: Option<Stats>| {
            st.map(|st| {
                format!(
                    "{label}: gemiddeld {} van 100 (spreiding {}).",
                    format_decimal(st.mean, 1),
                    format_decimal(st.spread, 1)
                )
            })
        };

        view! {
            <section class="overview" aria-labelledby="overzicht-titel">
                <h2 id="overzicht-titel">{format!("Overzicht: {count}")}</h2>
                <p class="extremes">
                    <strong>{extremes}</strong>
                </p>
                <p class="small">
                    {[scores("Onderzoek", s.investigation), scores("Oplossing", s.solution)]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" ")}
                </p>
                <p class="small levels-summary">{levels_line(&s)}</p>
                {(teams > 1)
                    .then(|| {
                        view! {
                            <div class="field chart-focus">
                                <label for="grafiek-team">"Eén team uitlichten in de grafiek"</label>
                                <select
                                    id="grafiek-team"
                                    on:change=move |ev| highlight.set(event_target_value(&ev).parse::<usize>().ok())
                                >
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
                    })}
                {
                    let (list, names, s) = (list.clone(), names.clone(), s.clone());
                    move || {
                        let focus = highlight.get().filter(|&i| i < list.len());
                        view! {
                            <Radar
                                id="netwerk-radar"
                                title=format!("Bouwstenen-profiel per team ({count})")
                                series=profile_series(&list, &names, &s, focus)
                                described_by="netwerk-teams"
                            />
                        }
                    }
                }
                {(teams > 1)
                    .then(|| {
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
                                                    series=team_over_mean(&list[i], name, &s)
                                                    described_by="netwerk-teams"
                                                    compact=true
                                                />
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })}

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
                                                <span class="level-cell">{level_cell(r)}</span>
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
                            {s
                                .per_bouwsteen
                                .iter()
                                .map(|b| {
                                    let (mean, spread, range, n) = stat_cells(b.stats);
                                    let mark = if s.strongest.contains(&b.bouwsteen) {
                                        " (sterkst)"
                                    } else if s.weakest.contains(&b.bouwsteen) {
                                        " (zwakst)"
                                    } else {
                                        ""
                                    };
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

                <h3 id="groepen-titel">"Per groep"</h3>
                <div class="field">
                    <label for="groeperen">"Groeperen"</label>
                    <select id="groeperen" on:change=move |ev| group_by.set(network::GroupBy::from_key(&event_target_value(&ev)))>
                        {network::GroupBy::ALL
                            .into_iter()
                            .map(|g| view! { <option value=g.key() selected=move || group_by.get() == g>{g.label()}</option> })
                            .collect_view()}
                    </select>
                </div>
                {
                    let list = list.clone();
                    move || {
                        let by = group_by.get();
                        (by != network::GroupBy::Nothing)
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
                                                                    .map(|b| view! { <td>{stat_cells(b.stats).0}</td> })
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
                    }
                }

                <h3>"De perspectiefcirkel"</h3>
                <ul class="perspective-counts">
                    {s
                        .perspectives
                        .iter()
                        .map(|(p, n)| view! { <li>{format!("{}: {n} van {} teams", p.label(), s.teams)}</li> })
                        .collect_view()}
                </ul>
                <p class="small muted">{perspective_note(&s.perspectives, s.teams)}</p>

                <h3>"Actiepunten per bouwsteen"</h3>
                {if s.actions.is_empty() {
                    view! { <p>"De teams hebben nog geen acties gekozen."</p> }.into_any()
                } else {
                    view! {
                        <div class="action-groups">
                            {s
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

                <OpenAnswers questions=network::open_answers(&list) />
            </section>
        }
        .into_any()
    }
}

/// The level of a team in the table: the trainer's where present, marked so.
fn level_cell(r: &TeamResult) -> String {
    let level = r.level();
    match &r.trainer {
        Some(t) if t.level != r.solution.level => {
            format!("{}: {} (trainer, app: {})", level.rank(), level.label(), r.solution.level.rank())
        }
        Some(_) => format!("{}: {} (bevestigd)", level.rank(), level.label()),
        None => format!("{}: {}", level.rank(), level.label()),
    }
}

/// How many teams reached each SOLO level.
fn levels_line(s: &network::Summary) -> String {
    let parts: Vec<String> = crate::domain::scoring::SoloLevel::ALL
        .iter()
        .zip(s.levels)
        .filter(|(_, n)| *n > 0)
        .map(|(level, n)| format!("niveau {} ({}): {n}", level.rank(), level.label().to_lowercase()))
        .collect();
    let judged = match s.judged {
        0 => String::new(),
        1 => " Bij 1 team heeft een trainer het niveau beoordeeld.".to_string(),
        n => format!(" Bij {n} teams heeft een trainer het niveau beoordeeld."),
    };
    format!("Diepgang van de antwoorden: {}.{judged}", parts.join(", "))
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

fn perspective_note(counts: &[(Perspective, usize)], teams: usize) -> String {
    let missing: Vec<&str> = counts.iter().filter(|(_, n)| *n < teams).map(|(p, _)| p.label()).collect();
    if missing.is_empty() {
        "Alle teams keken vanuit alle drie de kanten.".to_string()
    } else {
        format!("Niet elk team keek vanuit: {}.", missing.join(", "))
    }
}

/// The results in the set, each removable, and emptying the whole set.
#[component]
fn Manage(
    all: Memo<Vec<TeamResult>>,
    remove: Callback<String>,
    confirm_clear: RwSignal<bool>,
    clear: Callback<leptos::ev::MouseEvent>,
) -> impl IntoView {
    view! {
        <section class="manage" aria-labelledby="netwerk-beheer">
            <h2 id="netwerk-beheer" tabindex="-1">"Resultaten in dit overzicht"</h2>
            <ul class="manage-list">
                {move || {
                    let list = all.get();
                    let names = network::labels(&list);
                    list.into_iter()
                        .zip(names)
                        .map(|(r, label)| {
                            let id = r.id.clone();
                            let name = format!("{label} – {} ({})", r.mystery.title, r.display_date());
                            view! {
                                <li>
                                    <span>{name.clone()}</span>
                                    <button
                                        type="button"
                                        class="button small"
                                        aria-label=format!("Haal weg: {name}")
                                        on:click=move |_| remove.run(id.clone())
                                    >
                                        "Haal weg"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <Show
                when=move || confirm_clear.get()
                fallback=move || {
                    view! {
                        <button type="button" class="button" on:click=move |_| {
                            confirm_clear.set(true);
                            focus_later("leegmaken-ja".to_string());
                        }>"Maak het overzicht leeg"</button>
                    }
                }
            >
                <div class="confirm" role="group" aria-labelledby="leegmaken-vraag">
                    <p id="leegmaken-vraag">
                        "Alle resultaten uit dit overzicht halen? De bestanden zelf en de eerdere resultaten van dit apparaat blijven bestaan."
                    </p>
                    <button type="button" id="leegmaken-ja" class="button primary" on:click=move |ev| clear.run(ev)>
                        "Ja, maak leeg"
                    </button>
                    <button type="button" class="button" on:click=move |_| confirm_clear.set(false)>"Nee"</button>
                </div>
            </Show>
        </section>
    }
}

/// The presentation mode: one chart or list at a time, large type, no app
/// navigation (the stylesheet hides everything else while it is open).
#[component]
fn Presentation(
    shown: Memo<Vec<TeamResult>>,
    summary: Memo<network::Summary>,
    presenting: RwSignal<bool>,
) -> impl IntoView {
    let at = RwSignal::new(0usize);
    let deck = Memo::new(move |_| {
        let list = shown.get();
        let s = summary.get();
        let questions = network::open_answers(&list);
        network::slides(list.len(), questions.len(), !s.actions.is_empty())
    });
    let total = move || deck.with(Vec::len);
    let go = move |step: isize| {
        let last = total().saturating_sub(1);
        at.update(|i| *i = i.saturating_add_signed(step).min(last));
    };
    let stop = move || {
        presenting.set(false);
        focus_later("presenteren".to_string());
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowRight" | "PageDown" => {
            ev.prevent_default();
            go(1);
        }
        "ArrowLeft" | "PageUp" => {
            ev.prevent_default();
            go(-1);
        }
        "Escape" => stop(),
        _ => {}
    };
    view! {
        <div class="presentation" id="presentatie" tabindex="-1" on:keydown=on_keydown>
            <h1 class="visually-hidden">"Presentatie: resultaten van het lerend netwerk"</h1>
            <div class="presentation-bar">
                <p class="presentation-count" role="status">
                    {move || format!("Scherm {} van {}", (at.get() + 1).min(total()), total())}
                </p>
                <button type="button" class="button" disabled=move || { at.get() == 0 } on:click=move |_| go(-1)>
                    "Vorige"
                </button>
                <button type="button" class="button primary" disabled=move || { at.get() + 1 >= total() } on:click=move |_| go(1)>
                    "Volgende"
                </button>
                <button type="button" class="button" on:click=move |_| stop()>"Stop presentatie"</button>
            </div>
            {move || {
                let list = shown.get();
                let s = summary.get();
                let names = network::labels(&list);
                let slide = deck.with(|d| d.get(at.get()).copied());
                let (title, body) = match slide {
                    None => ("Geen teams".to_string(), view! { <p>"Geen teams bij deze keuze."</p> }.into_any()),
                    Some(network::Slide::Profiles) => (
                        "Bouwstenen-profiel van alle teams".to_string(),
                        view! {
                            <Radar
                                id="dia-radar"
                                title=format!("Bouwstenen-profiel per team ({} teams)", list.len())
                                series=profile_series(&list, &names, &s, None)
                                table=true
                            />
                        }
                            .into_any(),
                    ),
                    Some(network::Slide::Team(i)) => (
                        format!("{} tegen het gemiddelde", names[i]),
                        view! {
                            <Radar
                                id="dia-team"
                                title=format!("{} tegen het gemiddelde", names[i])
                                series=team_over_mean(&list[i], &names[i], &s)
                                table=true
                            />
                        }
                            .into_any(),
                    ),
                    Some(network::Slide::PerBouwsteen) => (
                        "Per bouwsteen".to_string(),
                        view! {
                            <ul class="presentation-list">
                                {s
                                    .per_bouwsteen
                                    .iter()
                                    .map(|b| {
                                        let (mean, spread, range, n) = stat_cells(b.stats);
                                        view! {
                                            <li>
                                                <strong>{b.bouwsteen.label()}</strong>
                                                {format!(": gemiddeld {mean}, spreiding {spread}, {range} ({n} teams)")}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any(),
                    ),
                    Some(network::Slide::Question(q)) => {
                        let question = network::open_answers(&list).swap_remove(q);
                        (
                            question.question.clone(),
                            view! {
                                <ul class="open-answer-list">
                                    {question
                                        .answers
                                        .into_iter()
                                        .map(|(team, answer)| {
                                            view! {
                                                <li class="open-answer">
                                                    <strong class="open-answer-team">{team}</strong>
                                                    <p>{if answer.is_empty() { "(geen antwoord)".to_string() } else { answer }}</p>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any(),
                        )
                    }
                    Some(network::Slide::Actions) => (
                        "Gekozen acties".to_string(),
                        view! {
                            <ul class="presentation-list">
                                {s
                                    .actions
                                    .iter()
                                    .flat_map(|group| {
                                        group.actions.iter().map(move |a| {
                                            view! {
                                                <li>
                                                    <strong>{format!("{}: ", group.bouwsteen.label())}</strong>
                                                    {a.text.clone()}
                                                    <span class="muted">{format!(" ({})", a.teams.join(", "))}</span>
                                                </li>
                                            }
                                        })
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any(),
                    ),
                };
                view! {
                    <section class="slide" aria-labelledby="dia-titel">
                        <h2 id="dia-titel">{title}</h2>
                        {body}
                    </section>
                }
            }}
        </div>
    }
}
