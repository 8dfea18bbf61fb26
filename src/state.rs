//! The game context shared by the play components: the scenario, the session
//! signal, and the one place where commands are applied and saved.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::game::{Command, Session};
use crate::domain::scenario::{Clue, Scenario};
use crate::domain::scoring::{self, Outcome};
use crate::storage;

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
}

impl Game {
    pub fn provide(scenario: Scenario, session: Session) -> Game {
        let clue_index = scenario.clues.iter().enumerate().map(|(i, c)| (c.id.clone(), i)).collect();
        let game = Game {
            scenario: StoredValue::new(scenario),
            clue_index: StoredValue::new(clue_index),
            session: RwSignal::new(session),
            notice: RwSignal::new(None),
        };
        provide_context(game);
        game.save();
        game
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
                self.save();
                true
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

    fn save(&self) {
        if let Err(message) = self.session.with_untracked(storage::save) {
            self.notice.set(Some(Notice::Problem(message)));
        }
        // Samen spelen: the projector window follows every saved change.
        self.session.with_untracked(crate::sync::post);
    }

    /// Samen spelen: change what is no game rule (the facilitator's timer and
    /// panel) and save it like every command.
    pub fn change(&self, change: impl FnOnce(&mut Session)) {
        self.session.update(change);
        self.save();
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
