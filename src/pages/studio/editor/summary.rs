//! The top of the editor: whether the game can play the draft, and every
//! problem as a button that opens the item and moves focus to the field.

use leptos::prelude::*;

use super::fields::focus_path;
use super::state::{numbered, Editor};
use crate::domain::scenario::Scenario;
use crate::domain::studio::plain;

/// The number in `list[3]...` when `path` starts with `list[`.
fn index_in(path: &str, list: &str) -> Option<usize> {
    let rest = path.strip_prefix(list)?.strip_prefix('[')?;
    rest[..rest.find(']')?].parse().ok()
}

/// Where a problem is, in words a trainer recognises from the form.
pub fn place(s: &Scenario, path: &str) -> String {
    let head = path.split(['.', '[']).next().unwrap_or("");
    let item = |list: &str, noun: &str, name: &dyn Fn(usize) -> Option<String>| match index_in(path, list) {
        Some(i) => numbered(noun, i, &name(i).unwrap_or_default()),
        None => noun.to_string(),
    };
    match head {
        "" | "format_version" => "Het hele mysterie".to_string(),
        "id" | "title" | "summary" | "main_bouwsteen" | "bouwstenen" | "duration_minutes" | "group_size" => {
            "Algemeen".to_string()
        }
        "case" => "Casus".to_string(),
        "central_question" => "Centrale vraag".to_string(),
        "characters" => item("characters", "Persoon", &|i| s.characters.get(i).map(|c| c.name.clone())),
        "clues" => item("clues", "Aanwijzing", &|i| s.clues.get(i).map(|c| c.title.clone())),
        "categories" => item("categories", "Categorie", &|i| s.categories.get(i).map(|c| c.name.clone())),
        "solution" => {
            if let Some(j) = index_in(path, "solution.chains") {
                format!("Oplossing, verband {}", j + 1)
            } else if let Some(j) = index_in(path, "solution.concepts") {
                format!("Oplossing, begrip {}", j + 1)
            } else if path.starts_with("solution.key_clues") {
                "Oplossing, kernaanwijzingen".to_string()
            } else {
                "Oplossing".to_string()
            }
        }
        "hints" => item("hints", "Hint", &|_| None),
        "reflection" => {
            if let Some(i) = index_in(path, "reflection.statements") {
                format!("Stelling {}", i + 1)
            } else if let Some(i) = index_in(path, "reflection.questions") {
                format!("Open vraag {}", i + 1)
            } else {
                "Reflectie".to_string()
            }
        }
        "debrief" => "Nabespreking".to_string(),
        "role_actions" => match index_in(path, "role_actions").and_then(|i| s.role_actions.get(i)) {
            Some(block) => format!("Vervolgstappen voor {}", block.role.label().to_lowercase()),
            None => "Vervolgstappen".to_string(),
        },
        "sources" => item("sources", "Bron", &|_| None),
        "player_roles" => item("player_roles", "Spelersrol", &|i| s.player_roles.get(i).map(|r| r.name.clone())),
        "phase_minutes" => "Minuten per fase".to_string(),
        "session_plans" => item("session_plans", "Sessieplan", &|_| None),
        "facilitator" => {
            let parts = [
                ("facilitator.learning_goals", "Draaiboek, leerdoel"),
                ("facilitator.script", "Draaiboek, stap"),
                ("facilitator.probes", "Draaiboek, doorvraag"),
                ("facilitator.misconceptions", "Draaiboek, misvatting"),
                ("facilitator.example_answers", "Draaiboek, voorbeeldantwoord"),
            ];
            parts
                .iter()
                .find_map(|(list, noun)| index_in(path, list).map(|i| format!("{noun} {}", i + 1)))
                .unwrap_or_else(|| "Draaiboek".to_string())
        }
        other => other.to_string(),
    }
}

/// "Speelbaar" or "Nog niet speelbaar: N fouten", and the list of problems.
#[component]
pub fn ProblemSummary() -> impl IntoView {
    let editor = Editor::use_context();
    let counts = Memo::new(move |_| {
        editor.problems.with(|all| {
            let errors = all.iter().filter(|p| p.is_error()).count();
            (errors, all.len() - errors)
        })
    });
    let stale = Memo::new(move |_| editor.problems.with(|all| all.iter().any(plain::is_removed_card_mention)));
    let status = move || match counts.get().0 {
        0 if stale.get() => "Nog niet klaar: een tekst noemt een kaart die je hebt verwijderd".to_string(),
        0 => "Speelbaar".to_string(),
        1 => "Nog niet speelbaar: 1 fout".to_string(),
        n => format!("Nog niet speelbaar: {n} fouten"),
    };
    let tips = move || match counts.get().1 {
        0 => String::new(),
        1 => "Er is 1 tip om het mysterie beter te maken.".to_string(),
        n => format!("Er zijn {n} tips om het mysterie beter te maken."),
    };
    let items = Memo::new(move |_| {
        editor.problems.with(|all| {
            editor.read(|s| {
                all.iter()
                    .map(|p| {
                        let words = plain::plain(s, &p.message);
                        (
                            p.path.clone(),
                            p.is_error(),
                            format!("{}: {}", place(s, &p.path), words.text),
                            words.ids.join(", "),
                        )
                    })
                    .collect()
            })
        })
    });
    view! {
        <section class="editor-summary" aria-labelledby="editor-samenvatting">
            <h2 id="editor-samenvatting">"Kan het spel dit mysterie spelen?"</h2>
            <p class="editor-status" role="status">
                <strong
                    class:editor-ok=move || counts.get().0 == 0 && !stale.get()
                    class:editor-bad={move || counts.get().0 > 0 || stale.get()}
                >
                    {status}
                </strong>
                " "
                <span>{tips}</span>
            </p>
            <Show when=move || items.with(|i: &Vec<(String, bool, String, String)>| !i.is_empty())>
                <p class="hint-text">"Kies een punt om naar het veld te gaan."</p>
                <ol class="editor-problem-list">
                    <For each=move || items.get() key=|item| item.clone() let:item>
                        {
                            let path = item.0.clone();
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="editor-jump"
                                        class:editor-jump-error=item.1
                                        on:click=move |_| focus_path(editor, &path)
                                    >
                                        <span class="editor-tag">{if item.1 { "Fout: " } else { "Let op: " }}</span>
                                        {item.2}
                                        {(!item.3.is_empty())
                                            .then(|| view! { <small class="editor-ids">{format!(" (id: {})", item.3)}</small> })}
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ol>
            </Show>
        </section>
    }
}
