//! What takes how much room in this browser's localStorage, for the message
//! when saving fails because the storage is full (issue #17): grouped in words
//! a trainer knows, largest first, with what can safely be removed.
//!
//! Browsers count localStorage in UTF-16 code units (2 bytes each) of keys and
//! values; most give a site 5 MB.

use crate::route::Route;

use super::text::human_size;

/// Every key (or key prefix) this app writes to the browser's localStorage,
/// in one place: the stores (src/storage.rs, src/results_store.rs,
/// src/studio_store.rs, src/session_store.rs, the member page) write under
/// them and [`Kind::of`] sorts them for the storage-full message.
pub mod keys {
    /// `mysterie.spel.<mystery id>`: a team's game in progress.
    pub const GAME_PREFIX: &str = "mysterie.spel.";
    /// This device's earlier results.
    pub const HISTORY: &str = "mysterie.resultaten";
    /// The results in the learning-network view.
    pub const NETWORK: &str = "mysterie.netwerk";
    /// `mysterie.eigen.<key>`: a trainer's own mystery.
    pub const OWN_PREFIX: &str = "mysterie.eigen.";
    /// `mysterie.verwijderd.<key>`: an own mystery deleted in the studio (undo).
    pub const DELETED_PREFIX: &str = "mysterie.verwijderd.";
    /// `mysterie.apart.<key without "mysterie.">.<time>`: a copy set aside.
    pub const ASIDE_PREFIX: &str = "mysterie.apart.";
    /// `mysterie.sessie.<id>`: a session's console state.
    pub const CONSOLE_PREFIX: &str = "mysterie.sessie.";
    /// `mysterie.sessieplek.<mystery id>`: which session seat this device's game belongs to.
    pub const SEAT_PREFIX: &str = "mysterie.sessieplek.";
    /// `mysterie.speler.<mystery>.<seed>.<member>`: the rounds a member opened on a phone.
    pub const MEMBER_PREFIX: &str = "mysterie.speler.";
}

/// What a stored key holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// `mysterie.spel.<id>`: a game in progress.
    Games,
    /// `mysterie.resultaten`: this device's earlier results.
    History,
    /// `mysterie.netwerk`: the results in the learning-network view.
    Network,
    /// `mysterie.eigen.<key>`: the trainer's own mysteries (drafts).
    Own,
    /// `mysterie.verwijderd.<key>`: own mysteries deleted in the studio.
    Deleted,
    /// `mysterie.apart.<…>`: copies set aside because they could not be read,
    /// and games ended with "Opnieuw spelen".
    SetAside,
    /// Anything else on this site.
    Other,
}

impl Kind {
    pub const ALL: [Kind; 7] =
        [Kind::Games, Kind::History, Kind::Network, Kind::Own, Kind::Deleted, Kind::SetAside, Kind::Other];

    /// The word in the name of a backup file of this kind
    /// (`mysterie-reservekopie-<word>-<date>.json`).
    pub fn file_word(self) -> &'static str {
        match self {
            Kind::Games => "spellen",
            Kind::History => "eerdere-resultaten",
            Kind::Network => "lerend-netwerk",
            Kind::Own => "eigen-mysteries",
            Kind::Deleted => "verwijderde-mysteries",
            Kind::SetAside => "apart-gezet",
            Kind::Other => "overig",
        }
    }

    pub fn of(key: &str) -> Kind {
        match key {
            keys::HISTORY => Kind::History,
            keys::NETWORK => Kind::Network,
            _ if key.starts_with(keys::GAME_PREFIX) => Kind::Games,
            _ if key.starts_with(keys::OWN_PREFIX) => Kind::Own,
            _ if key.starts_with(keys::DELETED_PREFIX) => Kind::Deleted,
            _ if key.starts_with(keys::ASIDE_PREFIX) => Kind::SetAside,
            _ => Kind::Other,
        }
    }

    /// The group's name in the message.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Games => "Spellen die nog bezig zijn",
            Kind::History => "Eerdere resultaten van dit apparaat",
            Kind::Network => "Resultaten in het lerend netwerk",
            Kind::Own => "Eigen mysteries in de studio",
            Kind::Deleted => "Verwijderde eigen mysteries",
            Kind::SetAside => "Apart gezette kopieën en afgesloten spellen",
            Kind::Other => "Overige gegevens van deze website",
        }
    }

    /// Where the trainer can look at this data one by one, if anywhere.
    pub fn page(self) -> Option<Route> {
        match self {
            Kind::History => Some(Route::Results),
            Kind::Network => Some(Route::Network),
            Kind::Own | Kind::Deleted => Some(Route::Studio),
            Kind::Games | Kind::SetAside | Kind::Other => None,
        }
    }
}

/// One group of keys and the room it takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub kind: Kind,
    pub keys: Vec<String>,
    /// Bytes as the browser counts them (2 per UTF-16 code unit).
    pub bytes: usize,
}

impl Group {
    /// "Eerdere resultaten van dit apparaat: 1,2 MB (3 items)".
    pub fn describe(&self) -> String {
        let items = if self.keys.len() == 1 { "1 item".to_string() } else { format!("{} items", self.keys.len()) };
        format!("{}: {} ({items})", self.kind.label(), human_size(self.bytes))
    }
}

/// Bytes a key and its value take, as browsers count them.
pub fn entry_bytes(key: &str, value: &str) -> usize {
    2 * (key.encode_utf16().count() + value.encode_utf16().count())
}

/// Group `(key, bytes)` entries, largest group first, leaving out `keep`
/// (the key the app is trying to save: it is not "in the way").
pub fn groups(entries: &[(String, usize)], keep: Option<&str>) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    for (key, bytes) in entries.iter().filter(|(k, _)| Some(k.as_str()) != keep) {
        let kind = Kind::of(key);
        match out.iter_mut().find(|g| g.kind == kind) {
            Some(group) => {
                group.keys.push(key.clone());
                group.bytes += bytes;
            }
            None => out.push(Group { kind, keys: vec![key.clone()], bytes: *bytes }),
        }
    }
    out.sort_by(|a, b| b.bytes.cmp(&a.bytes).then(a.kind.cmp(&b.kind)));
    out
}

/// A backup file of some keys: a JSON object key -> stored text, so nothing
/// removed to make room is lost.
pub fn backup(entries: &[(String, String)]) -> String {
    let map: serde_json::Map<String, serde_json::Value> =
        entries.iter().map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone()))).collect();
    serde_json::to_string_pretty(&serde_json::Value::Object(map)).unwrap_or_default()
}

/// The Dutch message when saving failed because the storage is full.
pub const FULL: &str = "Opslaan is mislukt: de opslag van deze browser is vol. \
     Wat jullie nu doen, is nog niet bewaard: als de pagina sluit of herlaadt, is het weg. \
     Maak ruimte door oude gegevens als bestand te bewaren en weg te halen (zie hieronder). \
     Daarna slaat de app alles weer op.";
