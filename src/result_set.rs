//! The collected results of a page as one context, like `state::Game` for a
//! game: the list shown, what the page says about it, and the one place where
//! the list is changed and stored (`results_store`). The learning-network
//! view provides it once (`ResultSet::provide_network`) and its parts use it;
//! the results page provides it over the history (`ResultSet::provide_history`).
//! What the changes say is decided in `domain::result_set` (pure, tested natively).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::files;
use crate::components::focus::focus_later;
use crate::domain::result_set::{self, Report, LINK};
use crate::domain::results::{self, LinkRead, TeamResult};
use crate::domain::validate::Problem;
use crate::results_store::{self, StoreError, HISTORY_KEY, NETWORK_KEY};

/// What opening a result link left for the network view: its report, a
/// result that waits for the user's choice, and the list when it could not
/// be saved.
#[derive(Default)]
pub struct Flash {
    reports: Vec<Report>,
    waiting: Vec<TeamResult>,
    unsaved: Option<(Vec<TeamResult>, String)>,
}

impl Flash {
    /// Add the result of a link to the stored network list (once, when the
    /// page opens) and say what happened.
    pub fn from_link(payload: &str) -> Flash {
        let mut set = results_store::network().results;
        let mut waiting = Vec::new();
        let before = set.clone();
        let mut reports = vec![result_set::add(&mut set, &mut waiting, LINK, results::read_link_payload(payload))];
        let mut unsaved = None;
        if set != before {
            match results_store::save_network(&set) {
                Ok(()) => {}
                Err(StoreError::Failed(message)) => {
                    result_set::mark_unsaved(&mut reports, &message);
                    unsaved = Some((set, message));
                }
                Err(StoreError::Newer(_)) => result_set::mark_unsaved(&mut reports, results_store::NEWER),
            }
        }
        Flash { reports, waiting, unsaved }
    }
}

#[derive(Clone, Copy)]
pub struct ResultSet {
    /// The storage key of the list (`results_store::NETWORK_KEY` or `HISTORY_KEY`).
    key: &'static str,
    /// The results shown, in the order they were added.
    pub list: RwSignal<Vec<TeamResult>>,
    /// The stored list could not be read (it was set aside), or, on the
    /// results page, a change could not be stored.
    pub problem: RwSignal<Option<String>>,
    /// What the last step did (a polite live region).
    pub status: RwSignal<String>,
    /// Network view: a list shown but not stored, until saving works again.
    pub unsaved: RwSignal<Option<Vec<TeamResult>>>,
    /// Network view: why that list was not stored. Its own alert, with what
    /// to do, never the status line (issue #17).
    pub save_failed: RwSignal<Option<String>>,
    /// Network view: what happened to each file or link of the last import.
    pub reports: RwSignal<Vec<Report>>,
    /// Network view: incoming results that differ from a stored one with the
    /// same id, waiting for "replace" or "keep".
    pub waiting: RwSignal<Vec<TeamResult>>,
}

impl ResultSet {
    fn new(key: &'static str, list: Vec<TeamResult>, problem: Option<String>) -> ResultSet {
        ResultSet {
            key,
            list: RwSignal::new(list),
            problem: RwSignal::new(problem),
            status: RwSignal::new(String::new()),
            unsaved: RwSignal::new(None),
            save_failed: RwSignal::new(None),
            reports: RwSignal::new(Vec::new()),
            waiting: RwSignal::new(Vec::new()),
        }
    }

    /// The learning-network list, after what a result link (`flash`) did.
    /// Follows changes another tab stores.
    pub fn provide_network(flash: Flash) -> ResultSet {
        let loaded = results_store::network();
        let list = flash.unsaved.as_ref().map_or(loaded.results, |(list, _)| list.clone());
        let set = ResultSet::new(NETWORK_KEY, list, loaded.problem);
        set.unsaved.set(flash.unsaved.as_ref().map(|(list, _)| list.clone()));
        set.save_failed.set(flash.unsaved.map(|(_, message)| message));
        set.status.set(result_set::summary_of(&flash.reports));
        set.reports.set(flash.reports);
        set.waiting.set(flash.waiting);
        provide_context(set);
        set.follow_other_tabs();
        set
    }

    /// The results made on this device (the results page).
    pub fn provide_history() -> ResultSet {
        let loaded = results_store::history();
        let set = ResultSet::new(HISTORY_KEY, loaded.results, loaded.problem);
        provide_context(set);
        set
    }

    pub fn use_context() -> ResultSet {
        expect_context::<ResultSet>()
    }

    /// Another tab changed the stored list: follow it (unless this tab holds
    /// results it could not save; those are saved over it on the next try).
    fn follow_other_tabs(self) {
        let key = self.key;
        let handle = window_event_listener(leptos::ev::storage, move |event: web_sys::StorageEvent| {
            if event.key().as_deref() != Some(key) {
                return;
            }
            let Some(text) = event.new_value() else { return };
            if let Some(list) = results_store::follow(key, &text) {
                if self.unsaved.with_untracked(Option::is_none) {
                    self.list.set(list);
                    self.status.set(
                        "Het overzicht is net in een ander tabblad veranderd. Je ziet nu de nieuwste stand."
                            .to_string(),
                    );
                }
            }
        });
        on_cleanup(move || handle.remove());
    }

    // ------------------------------------------------------------ the network list

    /// What a change starts from: the list this tab could not save, or else
    /// the stored list (read again, so another tab's change is kept).
    fn base(self) -> Vec<TeamResult> {
        self.unsaved.get_untracked().unwrap_or_else(|| results_store::network().results)
    }

    /// Store a changed list. False when it was not stored: full (the list
    /// stays shown, with the alert) or a newer list from another tab (shown instead).
    fn commit(self, next: Vec<TeamResult>) -> bool {
        match results_store::save_network(&next) {
            Ok(()) => {
                self.list.set(next);
                self.unsaved.set(None);
                self.save_failed.set(None);
                true
            }
            Err(StoreError::Failed(message)) => {
                self.list.set(next.clone());
                self.unsaved.set(Some(next));
                self.save_failed.set(Some(message));
                false
            }
            Err(StoreError::Newer(list)) => {
                self.list.set(list);
                self.status.set(results_store::NEWER.to_string());
                false
            }
        }
    }

    /// Try again to store the list that could not be stored.
    pub fn retry(self) {
        if let Some(list) = self.unsaved.get_untracked() {
            if self.commit(list) {
                self.status.set("Opslaan lukt weer: het overzicht is bewaard.".to_string());
            }
        }
    }

    /// Read the chosen or dropped files into the list (the size checked
    /// before each is read) and report per file.
    pub fn import(self, list: Vec<web_sys::File>) {
        if list.is_empty() {
            return;
        }
        self.status.set(format!("{} bestand(en) lezen…", list.len()));
        spawn_local(async move {
            let mut current = self.base();
            let before = current.clone();
            let mut pending = self.waiting.get_untracked();
            let mut done = Vec::new();
            for file in list {
                let name = file.name();
                let parsed = match result_set::check_file_size(file.size()) {
                    Err(problem) => Err(problem),
                    Ok(()) => match files::read_text(&file).await {
                        Ok(text) => results::parse_result(&text),
                        Err(message) => Err(Problem::error("", message)),
                    },
                };
                let parsed = parsed.map(|result| LinkRead { result, warning: None });
                done.push(result_set::add(&mut current, &mut pending, &name, parsed));
            }
            if (current != before || self.unsaved.with_untracked(Option::is_some)) && !self.commit(current) {
                let why = self.save_failed.get_untracked().unwrap_or_else(|| results_store::NEWER.to_string());
                result_set::mark_unsaved(&mut done, &why);
            }
            self.waiting.set(pending);
            self.status.set(result_set::summary_of(&done));
            self.reports.set(done);
        });
    }

    /// Take one result out of the network list.
    pub fn remove(self, id: &str) {
        let mut next = self.base();
        next.retain(|r| r.id != id);
        if self.commit(next) {
            self.status.set("Het resultaat is uit het overzicht gehaald.".to_string());
            focus_later("netwerk-beheer".to_string());
        }
    }

    /// Empty the network list; false when that could not be stored.
    pub fn clear(self) -> bool {
        if !self.commit(Vec::new()) {
            return false;
        }
        self.reports.set(Vec::new());
        self.status.set("Het overzicht is leeg gemaakt.".to_string());
        focus_later("netwerk-titel".to_string());
        true
    }

    /// The user's answer for a waiting result: replace the stored one, or keep it.
    pub fn decide(self, id: &str, replace: bool) {
        let Some(incoming) = self.waiting.with_untracked(|w| w.iter().find(|r| r.id == id).cloned()) else { return };
        if replace {
            let mut next = self.base();
            results::upsert(&mut next, incoming);
            if !self.commit(next) {
                return;
            }
            self.status.set("Het resultaat is vervangen door de nieuwe versie.".to_string());
        } else {
            self.status.set("Het resultaat dat er al stond, is gebleven.".to_string());
        }
        self.waiting.update(|w| w.retain(|r| r.id != id));
        focus_later("toevoegen-titel".to_string());
    }

    // ------------------------------------------------------------ the history list

    /// Delete one result from the history (read again first, so a change
    /// made in another tab is kept). False when that could not be stored.
    pub fn remove_from_history(self, id: &str) -> bool {
        let mut next = results_store::history().results;
        next.retain(|r| r.id != id);
        match results_store::save_history(&next) {
            Ok(()) => {
                self.list.set(next);
                self.status.set("Het resultaat is verwijderd uit deze browser.".to_string());
                focus_later("resultaten-titel".to_string());
                true
            }
            Err(error) => {
                self.problem.set(Some(error.message()));
                false
            }
        }
    }

    /// Put an earlier result in the learning-network list (read again first,
    /// so a change made in another tab is kept).
    pub fn send_to_network(self, result: TeamResult) {
        let mut network = results_store::network().results;
        let said = match result_set::offer_to_network(&mut network, result) {
            Ok(said) => said,
            Err(why) => {
                self.status.set(why.to_string());
                return;
            }
        };
        match results_store::save_network(&network) {
            Ok(()) => self.status.set(said.to_string()),
            Err(error) => self.problem.set(Some(error.message())),
        }
    }
}
