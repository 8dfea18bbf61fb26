//! Importing mystery files: chosen with the file picker or dropped on the
//! zone, many at once. Each file gets its own report. Nothing is stored unless
//! the file is sound and its id is free, or the trainer chooses what to do
//! (open a faulty file as a draft, add it as a copy, replace an own one).

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{Studio, Undo};
use crate::components::file_drop::FileDrop;
use crate::components::files;
use crate::components::focus::focus_later;
use crate::domain::scenario::Scenario;
use crate::domain::studio::edit;
use crate::domain::studio::transfer::{self, Imported, Placement};
use crate::domain::text::shown_title;
use crate::domain::validate::{self, Problem};
use crate::route::Route;
use crate::studio_store;

/// What became of one file, and what the trainer can still choose.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// Stored (or handled after a choice); the message says how.
    Done(String),
    /// Not readable at all; nothing stored.
    Refused(Problem),
    /// Readable, but with errors: stored only on "Toch openen om te herstellen".
    Faulty { scenario: Scenario, problems: Vec<Problem> },
    /// Sound, but its id is a bundled mystery's (`own_key` None) or an own one's.
    Taken { scenario: Scenario, own_key: Option<String>, other_title: String },
}

#[derive(Debug, Clone, PartialEq)]
struct Report {
    /// Unique within the page, for element ids.
    n: usize,
    file: String,
    outcome: Outcome,
    /// A note that goes with any outcome, e.g. the file was migrated.
    note: Option<String>,
}

/// Read one file: the size first (a huge file is never read), then the text.
async fn read(file: &web_sys::File) -> Result<Imported, Problem> {
    transfer::check_size(file.size())?;
    let text = files::read_text(file).await.map_err(|m| Problem::error("", m))?;
    transfer::import(&text)
}

/// What to do with a readable file, given the ids in use now (the rule is
/// `transfer::placement`, tested natively).
fn classify(studio: Studio, imported: Imported) -> Outcome {
    let bundled: Vec<(String, String)> =
        studio.bundled.with_untracked(|b| b.iter().map(|e| (e.id.clone(), e.title.clone())).collect());
    let own: Vec<(String, String, String)> = studio_store::list()
        .mysteries
        .into_iter()
        .map(|m| (m.key, m.scenario.id, shown_title(&m.scenario.title)))
        .collect();
    let scenario = match transfer::placement(&imported, &bundled, &own) {
        Placement::NeedsRepair => {
            return Outcome::Faulty { scenario: imported.scenario, problems: imported.problems };
        }
        Placement::TakenByBundled { title } => {
            return Outcome::Taken { scenario: imported.scenario, own_key: None, other_title: title };
        }
        Placement::TakenByOwn { key, title } => {
            return Outcome::Taken { scenario: imported.scenario, own_key: Some(key), other_title: title };
        }
        Placement::Free => imported.scenario,
    };
    match studio_store::create(scenario) {
        Ok(own) => {
            let warnings = validate::warnings(&imported.problems).count();
            let advice = if warnings > 0 {
                format!(" Er zijn {warnings} tip(s) om het beter te maken; je ziet ze in de editor.")
            } else {
                String::new()
            };
            Outcome::Done(format!(
                "Toegevoegd: ‘{}’ (id {}). Het is speelbaar.{advice}",
                shown_title(&own.scenario.title),
                own.scenario.id
            ))
        }
        Err(message) => Outcome::Refused(Problem::error("", message)),
    }
}

/// `scenario` with an id no bundled or own mystery uses (the same id if it is free).
fn with_free_id(studio: Studio, mut scenario: Scenario) -> Scenario {
    let taken = studio.taken_ids();
    if taken.contains(&scenario.id) {
        scenario.id = edit::unique_id(&scenario.id, |id| taken.iter().any(|t| t == id));
    }
    scenario
}

#[component]
pub(super) fn ImportPanel(studio: Studio) -> impl IntoView {
    let reports = RwSignal::new(Vec::<Report>::new());
    let counter = StoredValue::new(0usize);
    let summary = RwSignal::new(String::new());

    let import = move |list: Vec<web_sys::File>| {
        if list.is_empty() {
            return;
        }
        summary.set(format!("{} bestand(en) lezen…", list.len()));
        reports.set(Vec::new());
        spawn_local(async move {
            // The bundled ids must be known before deciding whether an id is taken.
            if studio.bundled.with_untracked(Vec::is_empty) {
                if let Ok(library) = crate::api::load_library().await {
                    let _ = studio.bundled.try_set(library.mysteries);
                }
            }
            let mut done = Vec::new();
            for file in list {
                let name = file.name();
                let (outcome, note) = match read(&file).await {
                    Err(problem) => (Outcome::Refused(problem), None),
                    Ok(imported) => {
                        let note = imported.migrated_from.map(|v| {
                            format!(
                                "Het bestand had formaatversie {v}. Het is omgezet naar de versie van deze app; het bestand zelf is niet veranderd."
                            )
                        });
                        (classify(studio, imported), note)
                    }
                };
                let n = counter.with_value(|c| *c);
                counter.set_value(n + 1);
                done.push(Report { n, file: name, outcome, note });
            }
            let stored = done.iter().filter(|r| matches!(r.outcome, Outcome::Done(_))).count();
            let waiting =
                done.iter().filter(|r| matches!(r.outcome, Outcome::Faulty { .. } | Outcome::Taken { .. })).count();
            let refused = done.len() - stored - waiting;
            let _ = summary.try_set(format!(
                "Klaar: {stored} toegevoegd, {waiting} wacht op je keuze, {refused} niet ingelezen. Hieronder staat per bestand wat er is gebeurd."
            ));
            studio.refresh();
            let _ = reports.try_set(done);
        });
    };

    // After a choice the report becomes a plain message.
    let settle = move |n: usize, message: String| {
        reports.update(|list| {
            if let Some(r) = list.iter_mut().find(|r| r.n == n) {
                r.outcome = Outcome::Done(message);
            }
        });
        studio.refresh();
        focus_later(format!("studio-import-{n}"));
    };

    view! {
        <div class="card studio-import">
            <h3 id="studio-import-titel">"Bestand importeren"</h3>
            <p>"Heb je een mysterie als bestand gekregen of eerder geëxporteerd? Lees het hier in."</p>
            <FileDrop
                input_id="studio-bestanden"
                label="Bestand importeren (.json)"
                help="Kies een of meer bestanden met de knop, of sleep ze naar dit vak. Een bestand mag hoogstens 2 MB zijn. Wat je al hebt, blijft altijd bewaard."
                on_files=Callback::new(import)
            />
            <p class="studio-import-summary" role="status">{move || summary.get()}</p>
            {move || {
                let list = reports.get();
                (!list.is_empty())
                    .then(|| {
                        view! {
                            <ul class="studio-reports" aria-label="Wat er met elk bestand gebeurde">
                                {list.into_iter().map(|r| view! { <ReportItem report=r studio=studio settle=settle /> }).collect_view()}
                            </ul>
                        }
                    })
            }}
        </div>
    }
}

#[component]
fn ReportItem(
    report: Report,
    studio: Studio,
    settle: impl Fn(usize, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let n = report.n;
    let file = report.file.clone();
    let (class, body) = match report.outcome {
        Outcome::Done(message) => ("studio-report ok", view! { <p>{message}</p> }.into_any()),
        Outcome::Refused(problem) => (
            "studio-report problem",
            view! {
                <p>
                    "Niet ingelezen. "
                    {problem.message.clone()}
                    {(!problem.path.is_empty()).then(|| view! { " (Waar: " <code>{problem.path.clone()}</code> ")" })}
                </p>
                <p class="hint-text">"Er is niets opgeslagen en niets veranderd."</p>
            }
            .into_any(),
        ),
        Outcome::Faulty { scenario, problems } => {
            let errors = validate::errors(&problems).count();
            let title = shown_title(&scenario.title);
            let scenario = StoredValue::new(scenario);
            let open = move |_| {
                let draft = with_free_id(studio, scenario.get_value());
                match studio_store::create(draft) {
                    Ok(own) => {
                        let _ = window().location().set_hash(&Route::StudioEdit(own.key).hash());
                    }
                    Err(message) => studio.fail(message),
                }
            };
            (
                "studio-report problem",
                view! {
                    <p>
                        {format!(
                            "‘{title}’ kan worden gelezen, maar is nog niet speelbaar: {errors} {}. Er is nog niets opgeslagen.",
                            if errors == 1 { "fout" } else { "fouten" },
                        )}
                    </p>
                    <ul class="studio-problems" aria-label=format!("Fouten in {file}")>
                        {problems
                            .iter()
                            .map(|p| {
                                view! {
                                    <li>
                                        <span class="studio-severity">{format!("{}: ", p.severity.label())}</span>
                                        {(!p.path.is_empty()).then(|| view! { <code>{p.path.clone()}</code> " – " })}
                                        {p.message.clone()}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <p class="studio-actions">
                        <button type="button" class="button small" on:click=open>
                            "Toch openen om te herstellen"
                        </button>
                    </p>
                    <p class="hint-text">
                        "Dan wordt het een concept in de studio. Spelen kan pas als de fouten zijn hersteld."
                    </p>
                }
                    .into_any(),
            )
        }
        Outcome::Taken { scenario, own_key, other_title } => {
            let title = shown_title(&scenario.title);
            let id = scenario.id.clone();
            let scenario = StoredValue::new(scenario);
            let as_copy = move |_| {
                let taken = studio.taken_ids();
                let copy = edit::copy_of(&scenario.get_value(), |id| taken.iter().any(|t| t == id));
                match studio_store::create(copy) {
                    Ok(own) => settle(
                        n,
                        format!(
                            "Als kopie toegevoegd: ‘{}’ met id {}.",
                            shown_title(&own.scenario.title),
                            own.scenario.id
                        ),
                    ),
                    Err(message) => studio.fail(message),
                }
            };
            let what = if own_key.is_some() {
                format!("Je hebt al een eigen mysterie met id {id}: ‘{other_title}’.")
            } else {
                format!("Er is al een meegeleverd mysterie met id {id}: ‘{other_title}’. Dat kun je niet vervangen.")
            };
            let replace = own_key.map(|old_key| {
                let replace = move |_| match studio_store::replace(&old_key, scenario.get_value()) {
                    Ok(own) => {
                        settle(
                            n,
                            format!(
                                "Vervangen: ‘{}’ is nu de versie uit het bestand. De oude versie staat bij Verwijderde mysteries.",
                                shown_title(&own.scenario.title)
                            ),
                        );
                        studio.say_undoable(
                            "Het mysterie is vervangen. Wil je de oude versie terug?",
                            Undo::Replace { new_key: own.key, old_key: old_key.clone() },
                        );
                    }
                    Err(message) => studio.fail(message),
                };
                view! {
                    <button type="button" class="button small" on:click=replace>
                        "Vervangen"
                    </button>
                }
            });
            (
                "studio-report problem",
                view! {
                    <p>{format!("‘{title}’ is in orde. ")} {what} " Er is nog niets opgeslagen."</p>
                    <p class="studio-actions">
                        <button type="button" class="button small" on:click=as_copy>
                            "Als kopie toevoegen"
                        </button>
                        {replace}
                    </p>
                }
                .into_any(),
            )
        }
    };
    view! {
        <li class=class id=format!("studio-import-{n}") tabindex="-1">
            <strong>{format!("{}: ", report.file)}</strong>
            {report.note.map(|note| view! { <p class="hint-text">{note}</p> })}
            {body}
        </li>
    }
}
