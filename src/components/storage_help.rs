//! The storage-full help (issue #17): what takes how much room in this
//! browser, each group with a button that downloads it as a backup file and
//! then removes it, and a button to try saving again. Grouping and sizes live
//! in `domain::storage_usage`.

use leptos::prelude::*;

use crate::components::files;
use crate::domain::storage_usage::{self, Kind};
use crate::storage;

#[component]
pub fn StorageHelp(
    /// The key the page is trying to save: not offered for removal.
    #[prop(into)]
    keep: String,
    /// Try the failed save again (after room was made, or by hand).
    retry: Callback<()>,
) -> impl IntoView {
    let refresh = RwSignal::new(0u32);
    let status = RwSignal::new(String::new());
    let keep = StoredValue::new(keep);
    let groups = move || {
        refresh.track();
        keep.with_value(|k| storage_usage::groups(&storage::usage(), Some(k)))
    };
    let free = move |kind: Kind, keys: Vec<String>| {
        let texts = storage::texts(&keys);
        let date = files::now_iso().get(..10).unwrap_or("vandaag").to_string();
        let name = format!("mysterie-reservekopie-{}-{date}.json", kind.file_word());
        match files::download(&name, "application/json", &storage_usage::backup(&texts)) {
            Ok(()) => {
                storage::remove(&keys);
                status.set(format!(
                    "{} staat nu als bestand {name} in je downloads en is uit de browser gehaald.",
                    kind.label()
                ));
                refresh.update(|n| *n += 1);
                retry.run(());
            }
            Err(message) => status.set(format!("{message} Er is niets weggehaald.")),
        }
    };
    view! {
        <div class="storage-help">
            <p>"Dit staat in de opslag van deze browser, het grootste eerst:"</p>
            <ul>
                {move || {
                    groups()
                        .into_iter()
                        .map(|group| {
                            let kind = group.kind;
                            let keys = group.keys.clone();
                            view! {
                                <li>
                                    <span>{group.describe()}</span>
                                    {kind.page().map(|route| view! { " " <a href=route.href()>"Bekijken"</a> })}
                                    {(kind != Kind::Other)
                                        .then(|| {
                                            view! {
                                                " "
                                                <button
                                                    type="button"
                                                    class="button small"
                                                    aria-label=format!("Bewaar als bestand en haal weg: {}", kind.label())
                                                    on:click=move |_| free(kind, keys.clone())
                                                >
                                                    "Bewaar als bestand en haal weg"
                                                </button>
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <p class="small">
                "Weghalen kan ook per resultaat of mysterie: kijk bij Eerdere resultaten, het lerend netwerk of de studio. "
                "Daar kun je ook eerst een bestand downloaden."
            </p>
            <button type="button" class="button" on:click=move |_| retry.run(())>"Probeer opnieuw op te slaan"</button>
            <p role="status">{move || status.get()}</p>
        </div>
    }
}
