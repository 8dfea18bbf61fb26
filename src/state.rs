//! The game context shared by the play components: the scenario, the session
//! signal, and the one place where commands are applied and saved.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::game::{Command, Session};
use crate::domain::scenario::{Clue, Scenario};
use crate::domain::scoring::{self, Outcome};
use crate::domain::storage_usage;
use crate::storage::{self, SaveError};

/// A message for the team, read out by screen readers.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Something happened (polite live region).
    Info(String),
    /// A command was refused or saving failed (assertive live region).
    Problem(String),
}

#[derive(Clone, Copy)]
pub struct Game {
    pub scenario: StoredValue<Scenario>,
    /// Clue id -> position in `scenario.clues`: lookups per card stay O(1),
    /// so rendering n cards is linear, not quadratic (docs/performance.md).
    clue_index: StoredValue<HashMap<String, usize>>,
    pub session: RwSignal<Session>,
    pub notice: RwSignal<Option<Notice>>,
    /// Why the last save failed, until a save works again. Its own alert
    /// (`NoticeArea`), never the shared notice slot, so a confirmation of the
    /// next step cannot wipe it (issue #17).
    pub save_problem: RwSignal<Option<String>>,
}

impl Game {
    pub fn provide(scenario: Scenario, session: Session) -> Game {
        let clue_index = scenario.clues.iter().enumerate().map(|(i, c)| (c.id.clone(), i)).collect();
        let game = Game {
            scenario: StoredValue::new(scenario),
            clue_index: StoredValue::new(clue_index),
            session: RwSignal::new(session),
            notice: RwSignal::new(None),
            save_problem: RwSignal::new(None),
        };
        provide_context(game);
        let _ = game.save();
        game.follow_other_tabs();
        game
    }

    /// Another tab or window of this browser saved this game: show its newer
    /// state here too (the `storage` event fires in every other tab).
    fn follow_other_tabs(&self) {
        let game = *self;
        let key = game.scenario.with_value(|sc| storage::game_key(&sc.id));
        let handle = window_event_listener(leptos::ev::storage, move |event: web_sys::StorageEvent| {
            if event.key().as_deref() != Some(key.as_str()) {
                return;
            }
            let Some(text) = event.new_value() else { return };
            if let Some(newer) = game.scenario.with_value(|sc| storage::follow(sc, &text)) {
                game.session.set(newer);
                game.save_problem.set(None);
                game.notice.set(Some(Notice::Info(
                    "Dit spel is net in een ander tabblad of venster veranderd. Je ziet nu de nieuwste stand."
                        .to_string(),
                )));
            }
        });
        on_cleanup(move || handle.remove());
    }

    pub fn use_context() -> Game {
        expect_context::<Game>()
    }

    /// Apply a command through the engine; refused commands leave the session
    /// untouched and tell the team why. Every accepted command is saved at once.
    pub fn send(&self, command: Command) -> bool {
        let scenario = self.scenario;
        let mut result = Ok(());
        self.session.maybe_update(|session| {
            result = scenario.with_value(|sc| session.apply(sc, command));
            result.is_ok()
        });
        match result {
            Ok(()) => {
                self.follow_phase_timer();
                // false when another tab had saved newer state, which is shown now instead.
                self.save()
            }
            Err(error) => {
                self.notice.set(Some(Notice::Problem(error.message())));
                false
            }
        }
    }

    /// Like [`Game::send`], with a confirmation for screen readers on success.
    pub fn send_and_say(&self, command: Command, said: impl Into<String>) {
        if self.send(command) {
            self.notice.set(Some(Notice::Info(said.into())));
        }
    }

    /// Save the session. A failure stays in `save_problem` until a save
    /// works again; a newer save from another tab is followed, never
    /// overwritten (then this returns false: the step was not kept).
    pub fn save(&self) -> bool {
        let result = self.session.with_untracked(|s| self.scenario.with_value(|sc| storage::save(s, sc)));
        match result {
            Ok(()) => {
                if self.save_problem.get_untracked().is_some() {
                    self.save_problem.set(None);
                    self.notice.set(Some(Notice::Info("Opslaan lukt weer: alles is bewaard.".to_string())));
                }
            }
            Err(SaveError::Full) => self.save_problem.set(Some(storage_usage::FULL.to_string())),
            Err(SaveError::Unavailable(message)) => self.save_problem.set(Some(message)),
            Err(SaveError::Newer(newer)) => {
                self.session.set(*newer);
                self.save_problem.set(None);
                self.notice.set(Some(Notice::Problem(
                    "Dit spel is intussen in een ander tabblad of venster veranderd. Je ziet nu die nieuwste stand; \
                     je laatste stap hier is niet bewaard. Doe die zo nodig opnieuw."
                        .to_string(),
                )));
                return false;
            }
        }
        // Samen spelen: the projector window follows every saved change.
        self.session.with_untracked(crate::sync::post);
        true
    }

    /// Samen spelen: change what is no game rule (the facilitator's timer and
    /// panel) and save it like every command.
    pub fn change(&self, change: impl FnOnce(&mut Session)) {
        self.session.update(change);
        let _ = self.save();
    }

    /// Samen spelen: a running phase timer moves on with the team.
    fn follow_phase_timer(&self) {
        let (scenario, now) = (self.scenario, crate::sync::now());
        self.session.maybe_update(|s| {
            let before = s.timer.clone();
            scenario.with_value(|sc| crate::domain::timer::follow_phase(&mut s.timer, sc, s.phase, now));
            s.timer != before
        });
    }

    pub fn outcome(&self) -> Outcome {
        let session = self.session.get();
        self.scenario.with_value(|sc| scoring::score(sc, &session))
    }

    /// Call `f` with the scenario and the clue with this id, if there is one.
    pub fn with_clue<R>(&self, id: &str, f: impl FnOnce(&Scenario, &Clue) -> R) -> Option<R> {
        let index = self.clue_index.with_value(|index| index.get(id).copied())?;
        self.scenario.with_value(|sc| sc.clues.get(index).filter(|c| c.id == id).map(|c| f(sc, c)))
    }

    /// The card number of a clue: its place in the mystery, from 1, as on the paper cards.
    pub fn clue_number(&self, id: &str) -> usize {
        self.clue_index.with_value(|index| index.get(id).copied().unwrap_or(0)) + 1
    }

    /// The title of a clue, for lists and links.
    pub fn clue_title(&self, id: &str) -> String {
        self.with_clue(id, |_, c| c.title.clone()).unwrap_or_else(|| id.to_string())
    }
}
