//! The presentation mode of the network view: one chart or list at a time,
//! for the beamer.

use leptos::prelude::*;

use super::charts::{profile_series, team_over_mean};
use super::Shown;
use crate::components::focus::focus_later;
use crate::components::radar::Radar;
use crate::domain::network;

/// The presentation mode: one chart or list at a time, large type, no app
/// navigation (the stylesheet hides everything else while it is open).
#[component]
pub(super) fn Presentation(shown: Shown, presenting: RwSignal<bool>) -> impl IntoView {
    let Shown { teams: shown, summary, .. } = shown;
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
                                        let (mean, spread, range, n) = network::stat_cells(b.stats);
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
