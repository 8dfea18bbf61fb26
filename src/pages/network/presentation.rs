//! The presentation mode of the network view: one chart or list at a time,
//! for the beamer.

use leptos::prelude::*;

use super::charts::{profile_series, team_over_mean};
use super::Shown;
use crate::components::focus::focus_later;
use crate::components::radar::Radar;
use crate::domain::network::{self, Slide, Summary};
use crate::domain::results::TeamResult;

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
                let questions = network::open_answers(&list);
                let slide = deck.with(|d| d.get(at.get()).copied());
                let title = network::slide_title(slide, &names, &questions);
                let body = match slide {
                    None => view! { <p>"Geen teams bij deze keuze."</p> }.into_any(),
                    Some(Slide::Profiles) => view! { <ProfilesSlide list=list names=names summary=s /> }.into_any(),
                    Some(Slide::Team(i)) => {
                        view! { <TeamSlide team=list[i].clone() name=names[i].clone() summary=s /> }.into_any()
                    }
                    Some(Slide::PerBouwsteen) => view! { <PerBouwsteenSlide summary=s /> }.into_any(),
                    Some(Slide::Question(q)) => {
                        view! { <QuestionSlide question=questions.into_iter().nth(q) /> }.into_any()
                    }
                    Some(Slide::Actions) => view! { <ActionsSlide summary=s /> }.into_any(),
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

/// Every team's profile with the group mean.
#[component]
fn ProfilesSlide(list: Vec<TeamResult>, names: Vec<String>, summary: Summary) -> impl IntoView {
    view! {
        <Radar
            id="dia-radar"
            title=format!("Bouwstenen-profiel per team ({} teams)", list.len())
            series=profile_series(&list, &names, &summary, None)
            table=true
        />
    }
}

/// One team over the group mean.
#[component]
fn TeamSlide(team: TeamResult, name: String, summary: Summary) -> impl IntoView {
    view! {
        <Radar
            id="dia-team"
            title=format!("{name} tegen het gemiddelde")
            series=team_over_mean(&team, &name, &summary)
            table=true
        />
    }
}

/// Mean, spread and range per bouwsteen, one line each.
#[component]
fn PerBouwsteenSlide(summary: Summary) -> impl IntoView {
    view! {
        <ul class="presentation-list">
            {summary
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
}

/// One open question with every team's answer.
#[component]
fn QuestionSlide(question: Option<network::OpenQuestion>) -> impl IntoView {
    view! {
        <ul class="open-answer-list">
            {question
                .map(|q| q.answers)
                .unwrap_or_default()
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
}

/// The chosen actions, each with its bouwsteen and the teams that chose it.
#[component]
fn ActionsSlide(summary: Summary) -> impl IntoView {
    view! {
        <ul class="presentation-list">
            {summary
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
}
