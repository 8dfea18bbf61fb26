//! Generic labelled inputs of the editor. Each field is bound to one place in
//! the draft through a [`Lens`] and shows the problems at its path right under
//! it (aria-invalid + aria-describedby). Values are read through closures, so
//! typing re-renders only what changed, never the whole form.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::Editor;
use crate::components::focus::focus_later;
use crate::domain::scenario::Scenario;
use crate::domain::studio::edit::{self, IdKind};
use crate::domain::studio::{own, plain};

/// Where a value lives in the draft: how to read it (None when the item is
/// gone, e.g. during a re-render after removing it) and how to write it.
pub struct Lens<T> {
    pub get: Getter<T>,
    pub set: Setter<T>,
}

pub type Getter<T> = Arc<dyn Fn(&Scenario) -> Option<T> + Send + Sync>;
pub type Setter<T> = Arc<dyn Fn(&mut Scenario, T) + Send + Sync>;

impl<T> Clone for Lens<T> {
    fn clone(&self) -> Self {
        Lens { get: self.get.clone(), set: self.set.clone() }
    }
}

impl<T: 'static> Lens<T> {
    pub fn new(
        get: impl Fn(&Scenario) -> Option<T> + Send + Sync + 'static,
        set: impl Fn(&mut Scenario, T) + Send + Sync + 'static,
    ) -> Self {
        Lens { get: Arc::new(get), set: Arc::new(set) }
    }
}

impl Lens<Option<String>> {
    /// An optional text as a plain text: empty means absent.
    pub fn or_empty(self) -> Lens<String> {
        let (get, set) = (self.get, self.set);
        Lens::new(
            move |s| get(s).map(Option::unwrap_or_default),
            move |s, v: String| set(s, (!v.trim().is_empty()).then_some(v)),
        )
    }
}

impl Lens<u32> {
    /// A required number as an optional one (for [`NumberField`]).
    pub fn some(self) -> Lens<Option<u32>> {
        let (get, set) = (self.get, self.set);
        Lens::new(move |s| get(s).map(Some), move |s, v: Option<u32>| v.into_iter().for_each(|v| set(s, v)))
    }
}

/// A choice from a fixed list (an enum) as the index in `all`, for [`SelectField`].
pub fn choice<E: Copy + PartialEq + Send + Sync + 'static>(lens: Lens<E>, all: &'static [E]) -> Lens<String> {
    let (get, set) = (lens.get, lens.set);
    Lens::new(
        move |s| get(s).and_then(|v| all.iter().position(|x| *x == v)).map(|i| i.to_string()),
        move |s, v: String| {
            if let Some(&x) = v.parse::<usize>().ok().and_then(|i| all.get(i)) {
                set(s, x)
            }
        },
    )
}

/// Labels for the options of a [`choice`] list, in the same order.
pub fn choice_options<E: Copy>(all: &[E], label: fn(E) -> &'static str) -> Vec<(String, String)> {
    all.iter().enumerate().map(|(i, x)| (i.to_string(), label(*x).to_string())).collect()
}

/// A set of enum values as one flag per value of `all` (for [`CheckGroup`]);
/// writing keeps the order of `all`.
pub fn flags<E: Copy + PartialEq + Send + Sync + 'static>(lens: Lens<Vec<E>>, all: &'static [E]) -> Lens<Vec<bool>> {
    let (get, set) = (lens.get, lens.set);
    Lens::new(
        move |s| get(s).map(|list| all.iter().map(|x| list.contains(x)).collect()),
        move |s, v: Vec<bool>| set(s, all.iter().zip(v).filter(|(_, on)| *on).map(|(x, _)| *x).collect()),
    )
}

/// `lens!(case.title)`: a field of the scenario. `lens!(clues[i].title)`: a
/// field of a list item. `lens!(case.paragraphs[i])`: a list item itself.
macro_rules! lens {
    ($($list:ident).+ [$i:expr] $(. $field:ident)+) => {{
        let i: usize = $i;
        $crate::pages::studio::editor::fields::Lens::new(
            move |s: &$crate::domain::scenario::Scenario| s.$($list).+.get(i).map(|x| x$(.$field)+.clone()),
            move |s: &mut $crate::domain::scenario::Scenario, v| {
                if let Some(x) = s.$($list).+.get_mut(i) {
                    x$(.$field)+ = v;
                }
            },
        )
    }};
    ($($list:ident).+ [$i:expr]) => {{
        let i: usize = $i;
        $crate::pages::studio::editor::fields::Lens::new(
            move |s: &$crate::domain::scenario::Scenario| s.$($list).+.get(i).cloned(),
            move |s: &mut $crate::domain::scenario::Scenario, v| {
                if let Some(x) = s.$($list).+.get_mut(i) {
                    *x = v;
                }
            },
        )
    }};
    ($($field:ident).+) => {
        $crate::pages::studio::editor::fields::Lens::new(
            |s: &$crate::domain::scenario::Scenario| Some(s.$($field).+.clone()),
            |s: &mut $crate::domain::scenario::Scenario, v| s.$($field).+ = v,
        )
    };
}
pub(crate) use lens;

/// How to render row `i` of a list (type-erased, so every list shares one `For`).
pub type RowFn = Arc<dyn Fn(usize) -> AnyView + Send + Sync>;

pub fn row(f: impl Fn(usize) -> AnyView + Send + Sync + 'static) -> RowFn {
    Arc::new(f)
}

/// The rows of a list, keyed by index: typing in a row re-renders nothing
/// here, only adding, removing or undoing changes the number of rows. One
/// non-generic component for every list keeps the wasm small.
#[component]
pub fn Rows(#[prop(into)] len: Signal<usize>, row: RowFn) -> impl IntoView {
    view! { <For each=move || 0..len.get() key=|i| *i children=move |i| row(i) /> }
}

/// The element id of the field at a problem path: `clues[2].speaker` -> `veld-clues-2-speaker`.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("veld");
    for part in path.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').filter(|p| !p.is_empty()) {
        id.push('-');
        id.push_str(part);
    }
    id
}

/// The problems at exactly `path`: (is error, message in the editor's words).
pub fn problems_memo(path: String) -> Memo<Vec<(bool, String)>> {
    let editor = Editor::use_context();
    Memo::new(move |_| {
        editor.problems.with(|all| {
            editor.read(|s| {
                own::problems_at(all, &path).map(|p| (p.is_error(), plain::plain(s, &p.message).text)).collect()
            })
        })
    })
}

/// The state every field shares: its problems, its ids and its aria attributes.
#[derive(Clone)]
pub struct FieldState {
    pub id: String,
    pub problems: Memo<Vec<(bool, String)>>,
    help_id: Option<String>,
    problems_id: String,
}

impl FieldState {
    pub fn new(path: &str, has_help: bool) -> FieldState {
        let id = field_id(path);
        FieldState {
            problems: problems_memo(path.to_string()),
            help_id: has_help.then(|| format!("{id}-uitleg")),
            problems_id: format!("{id}-fout"),
            id,
        }
    }

    pub fn invalid(&self) -> impl Fn() -> Option<&'static str> + Send + Sync + 'static {
        let problems = self.problems;
        move || problems.with(|p| p.iter().any(|(error, _)| *error)).then_some("true")
    }

    /// The help text and, when there are any, the problems.
    pub fn described_by(&self) -> impl Fn() -> Option<String> + Send + Sync + 'static {
        let (problems, help, own) = (self.problems, self.help_id.clone(), self.problems_id.clone());
        move || {
            let mut ids: Vec<&str> = help.iter().map(String::as_str).collect();
            if problems.with(|p| !p.is_empty()) {
                ids.push(&own);
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }

    pub fn help(&self, text: Option<&'static str>) -> impl IntoView {
        text.map(|t| view! { <p class="hint-text" id=self.help_id.clone()>{t}</p> })
    }

    pub fn problem_list(&self) -> impl IntoView {
        view! { <ProblemList id=self.problems_id.clone() problems=self.problems /> }
    }
}

/// The Dutch messages under a field or list.
#[component]
pub fn ProblemList(id: String, problems: Memo<Vec<(bool, String)>>) -> impl IntoView {
    view! {
        <div id=id class="editor-problems">
            <For each=move || problems.get() key=|p| p.clone() let:p>
                <p class=if p.0 { "editor-error" } else { "editor-warning" }>
                    <span class="editor-tag">{if p.0 { "Fout: " } else { "Let op: " }}</span>
                    {p.1}
                </p>
            </For>
        </div>
    }
}

/// Problems reported on a whole list or group (e.g. "too few clues"), with a
/// focusable anchor the summary can move focus to.
#[component]
pub fn ListProblems(#[prop(into)] path: String) -> impl IntoView {
    let id = field_id(&path);
    let problems = problems_memo(path);
    view! {
        <div class="editor-list-problems" id=id.clone() tabindex="-1">
            <ProblemList id=format!("{id}-fout") problems=problems />
        </div>
    }
}

/// The problems reported on an item as a whole (its container is the anchor).
#[component]
pub fn ItemProblems(#[prop(into)] path: String) -> impl IntoView {
    let id = format!("{}-fout", field_id(&path));
    view! { <ProblemList id=id problems=problems_memo(path) /> }
}

/// A text input (or a text area with `long`).
#[component]
pub fn TextField(
    #[prop(into)] path: String,
    #[prop(into)] label: String,
    lens: Lens<String>,
    #[prop(optional)] help: Option<&'static str>,
    #[prop(optional)] long: bool,
) -> impl IntoView {
    let editor = Editor::use_context();
    let state = FieldState::new(&path, help.is_some());
    let get = lens.get.clone();
    let value = move || editor.read(|s| get(s)).unwrap_or_default();
    let set = lens.set;
    let tag = path.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let set = set.clone();
        editor.edit(&tag, move |s| set(s, text));
    };
    let control = if long {
        view! {
            <textarea
                id=state.id.clone()
                rows="4"
                prop:value=value
                on:input=on_input
                on:blur=move |_| editor.seal()
                aria-invalid=state.invalid()
                aria-describedby=state.described_by()
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=state.id.clone()
                type="text"
                autocomplete="off"
                prop:value=value
                on:input=on_input
                on:blur=move |_| editor.seal()
                aria-invalid=state.invalid()
                aria-describedby=state.described_by()
            />
        }
        .into_any()
    };
    view! {
        <div class="field editor-field">
            <label for=state.id.clone()>{label}</label>
            {state.help(help)}
            {control}
            {state.problem_list()}
        </div>
    }
}

/// A whole number; empty means absent unless `required`. A text that is no
/// number stays in the box with a message and does not change the draft.
#[component]
pub fn NumberField(
    #[prop(into)] path: String,
    #[prop(into)] label: String,
    lens: Lens<Option<u32>>,
    #[prop(optional)] help: Option<&'static str>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let editor = Editor::use_context();
    let state = FieldState::new(&path, help.is_some());
    let draft = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        editor.epoch.track();
        draft.set(None);
    });
    let get = lens.get.clone();
    let value = move || {
        draft.get().unwrap_or_else(|| editor.read(|s| get(s)).flatten().map(|n| n.to_string()).unwrap_or_default())
    };
    let set = lens.set;
    let local_error = move || {
        draft.get().map(|text| {
            if text.trim().is_empty() {
                "Vul een getal in.".to_string()
            } else {
                format!("‘{}’ is geen heel getal. Vul alleen cijfers in, zoals 5.", text.trim())
            }
        })
    };
    let local_id = format!("{}-invoer", state.id);
    let described = {
        let base = state.described_by();
        let local_id = local_id.clone();
        move || {
            let mut ids: Vec<String> = base().into_iter().collect();
            if draft.with(Option::is_some) {
                ids.push(local_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = {
        let base = state.invalid();
        move || base().or(draft.with(Option::is_some).then_some("true"))
    };
    let tag = path.clone();
    view! {
        <div class="field editor-field editor-number">
            <label for=state.id.clone()>{label}</label>
            {state.help(help)}
            <input
                id=state.id.clone()
                type="text"
                inputmode="numeric"
                autocomplete="off"
                size="6"
                prop:value=value
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    let trimmed = text.trim();
                    let parsed = if trimmed.is_empty() && !required {
                        Some(None)
                    } else {
                        trimmed.parse::<u32>().ok().map(Some)
                    };
                    match parsed {
                        Some(v) => {
                            draft.set(None);
                            let set = set.clone();
                            editor.edit(&tag, move |s| set(s, v));
                        }
                        None => draft.set(Some(text)),
                    }
                }
                on:blur=move |_| editor.seal()
                aria-invalid=invalid
                aria-describedby=described
            />
            <p class="editor-error" id=local_id class:editor-hidden=move || draft.with(Option::is_none)>
                {local_error}
            </p>
            {state.problem_list()}
        </div>
    }
}

/// A select. `choices` are (value, label); `none` adds a first option with
/// value "" (no choice). A value that is not among the choices (a reference
/// to something that no longer exists) is shown as such, never hidden.
#[component]
pub fn SelectField(
    #[prop(into)] path: String,
    #[prop(into)] label: String,
    lens: Lens<String>,
    #[prop(into)] choices: Signal<Vec<(String, String)>>,
    #[prop(optional)] none: Option<&'static str>,
    #[prop(optional)] help: Option<&'static str>,
    /// Called instead of the lens's setter (e.g. relevance through edit::set_relevance).
    #[prop(optional)]
    on_pick: Option<Callback<String>>,
) -> impl IntoView {
    let editor = Editor::use_context();
    let state = FieldState::new(&path, help.is_some());
    let get = lens.get.clone();
    let current = Memo::new(move |_| editor.read(|s| get(s)).unwrap_or_default());
    let unknown = move || {
        let value = current.get();
        (!value.is_empty() && choices.with(|c| c.iter().all(|(v, _)| *v != value))).then_some(value)
    };
    let set = lens.set;
    view! {
        <div class="field editor-field">
            <label for=state.id.clone()>{label}</label>
            {state.help(help)}
            <select
                id=state.id.clone()
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    match on_pick {
                        Some(pick) => pick.run(value),
                        None => {
                            let set = set.clone();
                            editor.edit("", move |s| set(s, value));
                        }
                    }
                }
                aria-invalid=state.invalid()
                aria-describedby=state.described_by()
            >
                {none.map(|text| view! { <option value="" prop:selected=move || current.with(String::is_empty)>{text}</option> })}
                {move || {
                    unknown()
                        .map(|value| {
                            view! {
                                <option value=value.clone() prop:selected=true>
                                    {format!("‘{value}’ (bestaat niet)")}
                                </option>
                            }
                        })
                }}
                <For each=move || choices.get() key=|c| c.clone() let:choice>
                    {
                        let value = choice.0.clone();
                        view! {
                            <option value=choice.0 prop:selected=move || current.with(|c| *c == value)>{choice.1}</option>
                        }
                    }
                </For>
            </select>
            {state.problem_list()}
        </div>
    }
}

/// Checkboxes for a set of values (bouwstenen, perspectives) in a fieldset.
#[component]
pub fn CheckGroup(
    #[prop(into)] path: String,
    #[prop(into)] legend: String,
    lens: Lens<Vec<bool>>,
    labels: Vec<&'static str>,
    #[prop(optional)] help: Option<&'static str>,
) -> impl IntoView {
    let editor = Editor::use_context();
    let state = FieldState::new(&path, help.is_some());
    // The group shows the problems of its items too (`bouwstenen[2]`).
    let under = {
        let path = path.clone();
        Memo::new(move |_| -> Vec<(bool, String)> {
            editor.problems.with(|all| {
                editor.read(|s| {
                    own::problems_under(all, &path).map(|p| (p.is_error(), plain::plain(s, &p.message).text)).collect()
                })
            })
        })
    };
    let problems_id = format!("{}-fout", state.id);
    let help_id = help.map(|_| format!("{}-uitleg", state.id));
    let described = {
        let problems_id = problems_id.clone();
        let help_id = help_id.clone();
        move || {
            let mut ids: Vec<String> = help_id.iter().cloned().collect();
            if under.with(|p| !p.is_empty()) {
                ids.push(problems_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let id = state.id.clone();
    let boxes = labels
        .into_iter()
        .enumerate()
        .map(|(i, label)| {
            let get = lens.get.clone();
            let read = lens.get.clone();
            let set = lens.set.clone();
            let box_id = format!("{id}-{i}");
            let label_for = box_id.clone();
            view! {
                <label class="editor-check" for=label_for>
                    <input
                        type="checkbox"
                        id=box_id
                        prop:checked=move || editor.read(|s| read(s)).and_then(|f| f.get(i).copied()).unwrap_or(false)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let set = set.clone();
                            let get = get.clone();
                            editor.edit("", move |s| {
                                if let Some(mut f) = get(s) {
                                    if let Some(x) = f.get_mut(i) {
                                        *x = on;
                                    }
                                    set(s, f);
                                }
                            });
                        }
                    />
                    {label}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="editor-group" id=state.id.clone() tabindex="-1" aria-describedby=described>
            <legend>{legend}</legend>
            {help.map(|t| view! { <p class="hint-text" id=help_id.clone()>{t}</p> })}
            <div class="editor-checks">{boxes}</div>
            <ProblemList id=problems_id problems=under />
        </fieldset>
    }
}

/// One checkbox with its label.
#[component]
pub fn CheckField(
    #[prop(into)] path: String,
    #[prop(into)] label: String,
    lens: Lens<bool>,
    #[prop(optional)] help: Option<&'static str>,
) -> impl IntoView {
    let editor = Editor::use_context();
    let state = FieldState::new(&path, help.is_some());
    let get = lens.get.clone();
    let set = lens.set;
    view! {
        <div class="field editor-field">
            <label class="editor-check" for=state.id.clone()>
                <input
                    type="checkbox"
                    id=state.id.clone()
                    prop:checked=move || editor.read(|s| get(s)).unwrap_or(false)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let set = set.clone();
                        editor.edit("", move |s| set(s, on));
                    }
                    aria-describedby=state.described_by()
                />
                {label}
            </label>
            {state.help(help)}
            {state.problem_list()}
        </div>
    }
}

/// The id of a list item. It changes through edit::rename when the field is
/// left (`change`), so every reference follows; a refused id stays in the box
/// with the reason, and the draft keeps the old id.
#[component]
pub fn IdField(#[prop(into)] path: String, kind: IdKind, index: usize) -> impl IntoView {
    let editor = Editor::use_context();
    let help = Some("Een korte naam voor de app: kleine letters, cijfers en streepjes. Verwijzingen veranderen mee.");
    let state = FieldState::new(&path, true);
    let draft = RwSignal::new(None::<String>);
    let refused = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        editor.epoch.track();
        draft.set(None);
        refused.set(None);
    });
    let current = move || editor.read(|s| edit::ids(s, kind).get(index).map(|id| id.to_string())).unwrap_or_default();
    let refused_id = format!("{}-geweigerd", state.id);
    let described = {
        let base = state.described_by();
        let refused_id = refused_id.clone();
        move || {
            let mut ids: Vec<String> = base().into_iter().collect();
            if refused.with(Option::is_some) {
                ids.push(refused_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = {
        let base = state.invalid();
        move || base().or(refused.with(Option::is_some).then_some("true"))
    };
    view! {
        <div class="field editor-field editor-id">
            <label for=state.id.clone()>"Id"</label>
            {state.help(help)}
            <input
                id=state.id.clone()
                type="text"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || draft.get().unwrap_or_else(current)
                on:input=move |ev| draft.set(Some(event_target_value(&ev)))
                on:change=move |ev| {
                    let new = event_target_value(&ev).trim().to_string();
                    let old = editor.read_untracked(|s| edit::ids(s, kind).get(index).map(|id| id.to_string()));
                    let Some(old) = old else { return };
                    let mut result = Ok(0);
                    editor.edit("", |s| result = edit::rename(s, kind, &old, &new));
                    match result {
                        Ok(count) => {
                            draft.set(None);
                            refused.set(None);
                            if count > 0 {
                                let word = if count == 1 { "verwijzing" } else { "verwijzingen" };
                                editor.notes.set(vec![format!("Id veranderd in ‘{new}’. {count} {word} aangepast.").into()]);
                            }
                        }
                        Err(message) => refused.set(Some(message)),
                    }
                }
                aria-invalid=invalid
                aria-describedby=described
            />
            <p class="editor-error" id=refused_id class:editor-hidden=move || refused.with(Option::is_none)>
                <span class="editor-tag">"Fout: "</span>
                {move || refused.get().unwrap_or_default()}
            </p>
            {state.problem_list()}
        </div>
    }
}

/// Move up, move down and remove buttons for item `index` of `list`; focus
/// follows the item (or goes to the list's add button after removing).
#[component]
pub fn ItemButtons(
    #[prop(into)] list: String,
    index: usize,
    /// What the item is called in the button names, e.g. "aanwijzing 3".
    #[prop(into)]
    name: Signal<String>,
    #[prop(into)] len: Signal<usize>,
    on_move: Callback<isize>,
    on_remove: Callback<()>,
    /// `on_remove` may ask first: then it moves focus itself.
    #[prop(optional)]
    asks: bool,
) -> impl IntoView {
    let base = field_id(&format!("{list}[{index}]"));
    let target = |step: isize| field_id(&format!("{list}[{}]", index as isize + step));
    let (up_target, down_target) = (target(-1), target(1));
    let add_button = format!("{}-nieuw", field_id(&format!("{list}[]")));
    view! {
        <div class="editor-item-buttons">
            <button
                type="button"
                class="button small"
                id=format!("{base}-omhoog")
                aria-label=move || format!("{} omhoog", name.get())
                aria-disabled=move || (index == 0).then_some("true")
                on:click=move |_| {
                    if index > 0 {
                        on_move.run(-1);
                        focus_later(format!("{up_target}-omhoog"));
                    }
                }
            >
                "Omhoog"
            </button>
            <button
                type="button"
                class="button small"
                id=format!("{base}-omlaag")
                aria-label=move || format!("{} omlaag", name.get())
                aria-disabled=move || (index + 1 >= len.get()).then_some("true")
                on:click=move |_| {
                    if index + 1 < len.get_untracked() {
                        on_move.run(1);
                        focus_later(format!("{down_target}-omlaag"));
                    }
                }
            >
                "Omlaag"
            </button>
            <button
                type="button"
                class="button small editor-remove"
                aria-label=move || format!("{} verwijderen", name.get())
                on:click=move |_| {
                    on_remove.run(());
                    if !asks {
                        focus_later(add_button.clone());
                    }
                }
            >
                "Verwijderen"
            </button>
        </div>
    }
}

/// The "add" button of a list; its id is what focus returns to after removing.
#[component]
pub fn AddButton(#[prop(into)] list: String, #[prop(into)] label: String, on_add: Callback<()>) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button editor-add"
            id=format!("{}-nieuw", field_id(&format!("{list}[]")))
            on:click=move |_| on_add.run(())
        >
            {label}
        </button>
    }
}

/// A section of the editor with a heading that counts its problems.
#[component]
pub fn Section(
    id: &'static str,
    title: &'static str,
    /// The problem paths this section covers (prefixes).
    prefixes: &'static [&'static str],
    #[prop(optional)] intro: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let editor = Editor::use_context();
    let count = Memo::new(move |_| super::state::count_text(editor.count_under(prefixes)));
    let heading = format!("sectie-{id}");
    view! {
        <section class="editor-section" aria-labelledby=heading.clone()>
            <h2 id=heading.clone() tabindex="-1">
                {title}
                <span class="editor-count" class:editor-count-bad=move || !count.with(String::is_empty)>
                    {move || {
                        let text = count.get();
                        if text.is_empty() { String::new() } else { format!(" ({text})") }
                    }}
                </span>
            </h2>
            {intro.map(|t| view! { <p class="hint-text">{t}</p> })}
            {children()}
        </section>
    }
}

/// Focus the field of a problem path: opens the collapsed item that holds it,
/// then tries the path and each shorter prefix until an element exists.
pub fn focus_path(editor: Editor, path: &str) {
    if let Some(item) = collapsible_item(path) {
        editor.set_open(&item, true);
    }
    let mut candidates = vec![path.to_string()];
    let mut rest = path.to_string();
    while let Some(cut) = rest.rfind(['.', '[']) {
        rest.truncate(cut);
        candidates.push(rest.clone());
    }
    request_animation_frame(move || {
        let document = document();
        let found = candidates.iter().find_map(|p| document.get_element_by_id(&field_id(p)));
        let target = found.map(|e| e.id()).unwrap_or_else(|| "editor-titel".to_string());
        focus_later(target);
    });
}

/// `clues[3].speaker` -> `clues[3]`: the collapsible item a path is in.
pub fn collapsible_item(path: &str) -> Option<String> {
    let rest = path.strip_prefix("clues[")?;
    let end = rest.find(']')?;
    Some(format!("clues[{}]", &rest[..end]))
}

/// The fields of one item of an [`ItemList`], given its index and path.
pub type ItemFn = Arc<dyn Fn(usize, String) -> AnyView + Send + Sync>;

pub fn item(f: impl Fn(usize, String) -> AnyView + Send + Sync + 'static) -> ItemFn {
    Arc::new(f)
}

/// How an [`ItemList`] reads and changes its list in the draft.
#[derive(Clone, Copy)]
pub struct ListSpec {
    /// The list's problem path, e.g. `facilitator.script`.
    pub list: &'static str,
    /// What an item is called: "Stap" gives "Stap 1", "Stap 2" ...
    pub noun: &'static str,
    pub add_label: &'static str,
    pub len: fn(&Scenario) -> usize,
    /// Adds an item; returns its index.
    pub add: fn(&mut Scenario) -> usize,
    /// The field to focus after adding, after the item's path (`.text`, or "" for the item itself).
    pub focus: &'static str,
    pub move_item: fn(&mut Scenario, usize, isize),
    pub remove: fn(&mut Scenario, usize),
}

/// A list whose items are fieldsets: a legend with the item's name, the
/// problems of the item as a whole, its fields, buttons to move and remove
/// it, and a button to add one below the list. Non-generic, like [`Rows`].
#[component]
pub fn ItemList(
    spec: ListSpec,
    fields: ItemFn,
    /// The item's name when it says more than "noun n" (read from the draft).
    #[prop(optional)]
    name: Option<fn(&Scenario, usize) -> String>,
    /// Leave out the item's own problems (when a field has the item's path).
    #[prop(optional)]
    without_item_problems: bool,
) -> impl IntoView {
    let editor = Editor::use_context();
    let len = Memo::new(move |_| editor.read(spec.len));
    let rows = row(move |i: usize| {
        let p = format!("{}[{i}]", spec.list);
        let name = match name {
            Some(named) => Signal::derive(move || editor.read(|s| named(s, i))),
            None => Signal::stored(format!("{} {}", spec.noun, i + 1)),
        };
        view! {
            <fieldset class="editor-item" id=field_id(&p) tabindex="-1">
                <legend>{name}</legend>
                {(!without_item_problems).then(|| view! { <ItemProblems path=p.clone() /> })}
                {fields(i, p.clone())}
                <ItemButtons
                    list=spec.list
                    index=i
                    name=name
                    len=len
                    on_move=Callback::new(move |step| {
                        editor.edit("", |s| (spec.move_item)(s, i, step));
                    })
                    on_remove=Callback::new(move |_| {
                        editor.edit("", |s| (spec.remove)(s, i));
                    })
                />
            </fieldset>
        }
        .into_any()
    });
    view! {
        <ListProblems path=spec.list />
        <Rows len=len row=rows />
        <AddButton
            list=spec.list
            label=spec.add_label
            on_add=Callback::new(move |_| {
                let mut at = 0;
                editor.edit("", |s| at = (spec.add)(s));
                focus_later(field_id(&format!("{}[{at}]{}", spec.list, spec.focus)));
            })
        />
    }
}
