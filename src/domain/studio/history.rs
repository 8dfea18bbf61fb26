//! Undo and redo for the editor: whole snapshots of the draft.
//!
//! A scenario is tens of kilobytes, so a hundred snapshots cost a few
//! megabytes at most, and snapshots cannot drift from the state they restore
//! (unlike inverse operations). Typing in one field is one undo step: edits
//! with the same `tag` in a row merge until [`History::seal`] is called (the
//! editor seals when a field loses focus).

/// Undo steps kept; the oldest go first.
pub const LIMIT: usize = 100;

#[derive(Debug, Clone, PartialEq)]
pub struct History<T> {
    past: Vec<T>,
    present: T,
    future: Vec<T>,
    /// The tag of the last edit while it may still merge with the next one.
    open_tag: Option<String>,
}

impl<T: Clone + PartialEq> History<T> {
    pub fn new(present: T) -> Self {
        History { past: Vec::new(), present, future: Vec::new(), open_tag: None }
    }

    pub fn present(&self) -> &T {
        &self.present
    }

    /// Change the present with `change`. Returns whether anything changed;
    /// a change that leaves the value equal adds no undo step.
    ///
    /// An empty `tag` never merges. A non-empty tag equal to the previous
    /// edit's tag (with no [`seal`](History::seal), undo or redo in between)
    /// merges into that edit's undo step.
    pub fn edit(&mut self, tag: &str, change: impl FnOnce(&mut T)) -> bool {
        let mut next = self.present.clone();
        change(&mut next);
        if next == self.present {
            return false;
        }
        let merges = !tag.is_empty() && self.open_tag.as_deref() == Some(tag);
        if !merges {
            self.past.push(std::mem::replace(&mut self.present, next));
            if self.past.len() > LIMIT {
                self.past.remove(0);
            }
        } else {
            self.present = next;
        }
        self.future.clear();
        self.open_tag = (!tag.is_empty()).then(|| tag.to_string());
        true
    }

    /// Replace the present as one undo step (for example after an import).
    pub fn replace(&mut self, value: T) -> bool {
        self.edit("", move |present| *present = value)
    }

    /// End merging: the next edit starts a new undo step.
    pub fn seal(&mut self) {
        self.open_tag = None;
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.past.pop() else { return false };
        self.future.push(std::mem::replace(&mut self.present, previous));
        self.open_tag = None;
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(next) = self.future.pop() else { return false };
        self.past.push(std::mem::replace(&mut self.present, next));
        self.open_tag = None;
        true
    }

    /// Number of undo steps available.
    pub fn undo_steps(&self) -> usize {
        self.past.len()
    }

    /// Number of redo steps available.
    pub fn redo_steps(&self) -> usize {
        self.future.len()
    }
}
