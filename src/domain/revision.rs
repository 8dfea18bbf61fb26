//! Revisions of what the app keeps in localStorage (saved game, result lists,
//! own mysteries), so two tabs of the same browser never overwrite a newer
//! save with an older one (issue #17).
//!
//! Every stored envelope is a JSON object; the storage layer adds one field,
//! `"revision": n`, counting the writes of that key. A tab remembers the
//! revision it last read or wrote and writes only when the stored one is not
//! newer; otherwise it follows the newer state (or asks). The field is added
//! and removed here, around the envelope, so the envelope formats themselves
//! (`saved`, `results::encode_list`, `studio::own`) stay as they are.
//! Envelopes saved before revisions existed have none: they read as
//! revision 0 and load unchanged.

use serde_json::Value;

/// The field name in the stored envelope.
pub const FIELD: &str = "revision";

/// The revision of a stored text: 0 when it has none (saved before
/// revisions existed) or is not a JSON object.
pub fn of(text: &str) -> u64 {
    // Fast path: [`stamp`] puts the revision first, so most saves need no parse.
    if let Some(rest) = text.strip_prefix(&format!("{{\"{FIELD}\":")) {
        let digits: &str = &rest[..rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len())];
        if rest[digits.len()..].starts_with(',') {
            if let Ok(n) = digits.parse() {
                return n;
            }
        }
    }
    serde_json::from_str::<Value>(text).ok().and_then(|v| v.get(FIELD).and_then(Value::as_u64)).unwrap_or(0)
}

/// The envelope `text` (a JSON object) with `"revision": revision` added in
/// front. Text that is not a non-empty JSON object is returned as it is.
pub fn stamp(text: &str, revision: u64) -> String {
    match text.strip_prefix('{') {
        Some(rest) if !rest.trim_start().starts_with('}') => format!("{{\"{FIELD}\":{revision},{rest}"),
        _ => text.to_string(),
    }
}

/// The revision and the envelope without it, ready for the envelope's own
/// decoder (which refuses unknown fields). Text that is not a JSON object with
/// a revision is returned unchanged, with revision 0.
pub fn split(text: &str) -> (u64, String) {
    let Ok(Value::Object(mut object)) = serde_json::from_str::<Value>(text) else { return (0, text.to_string()) };
    match object.remove(FIELD) {
        Some(value) => (value.as_u64().unwrap_or(0), Value::Object(object).to_string()),
        None => (0, text.to_string()),
    }
}

/// Whether a tab that last saw revision `known` may write over the stored
/// revision `stored`: only when nothing newer was written meanwhile.
pub fn may_write(known: u64, stored: u64) -> bool {
    stored <= known
}
