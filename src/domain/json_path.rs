//! Which field of a JSON text is at a given position, as a path such as
//! `clues[3].speaker`.
//!
//! serde_json reports a misfit (unknown field, wrong type, missing field) with
//! a line and column but no path. Walking the text up to that position gives
//! the path for free, without a path-tracking deserializer: that would compile
//! every `Deserialize` impl a second time into the wasm.

/// The place in the JSON structure at a position.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// Path of the innermost object or array that holds the position ("" at the top).
    pub container: String,
    /// The last key (object) or index (array) read inside that container, if any.
    pub item: Option<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Key(String),
    Index(usize),
}

impl Location {
    /// The path including the current item, e.g. `clues[3].speaker`.
    pub fn full(&self) -> String {
        match &self.item {
            None => self.container.clone(),
            Some(item) => append(&self.container, item),
        }
    }
}

fn append(path: &str, item: &Item) -> String {
    match item {
        Item::Key(key) if path.is_empty() => key.clone(),
        Item::Key(key) => format!("{path}.{key}"),
        Item::Index(index) => format!("{path}[{index}]"),
    }
}

/// The byte offset of serde_json's 1-based `line` and `column` in `text`.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start =
        if line <= 1 { 0 } else { text.match_indices('\n').nth(line - 2).map(|(i, _)| i + 1).unwrap_or(text.len()) };
    (line_start + column).min(text.len())
}

/// `prefix.field`, or just `field` at the top.
pub fn join(prefix: &str, field: &str) -> String {
    match (prefix.is_empty(), field.is_empty()) {
        (true, _) => field.to_string(),
        (_, true) => prefix.to_string(),
        _ if field.starts_with('[') => format!("{prefix}{field}"),
        _ => format!("{prefix}.{field}"),
    }
}

enum Frame {
    Object { key: Option<String>, expect_key: bool },
    Array { index: Option<usize> },
}

/// Walk well-formed JSON `text` up to byte `offset` and say where it is.
/// Never panics; malformed text just gives a less precise location.
pub fn locate(text: &str, offset: usize) -> Location {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        let b = bytes[i];
        match b {
            b' ' | b'\t' | b'\n' | b'\r' | b':' => i += 1,
            b',' => {
                if let Some(Frame::Object { expect_key, .. }) = stack.last_mut() {
                    *expect_key = true;
                }
                i += 1;
            }
            b'}' | b']' => {
                stack.pop();
                i += 1;
            }
            _ => {
                // A value starts here, or an object key.
                let is_key = matches!(stack.last(), Some(Frame::Object { expect_key: true, .. }));
                if !is_key {
                    if let Some(Frame::Array { index }) = stack.last_mut() {
                        *index = Some(index.map_or(0, |n| n + 1));
                    }
                }
                match b {
                    b'{' => {
                        stack.push(Frame::Object { key: None, expect_key: true });
                        i += 1;
                    }
                    b'[' => {
                        stack.push(Frame::Array { index: None });
                        i += 1;
                    }
                    b'"' => {
                        let (string, next) = read_string(bytes, i);
                        if is_key {
                            if let Some(Frame::Object { key, expect_key }) = stack.last_mut() {
                                *key = Some(string);
                                *expect_key = false;
                            }
                        }
                        i = next;
                    }
                    _ => {
                        // Number, true, false, null: up to the next delimiter.
                        while i < bytes.len() && !matches!(bytes[i], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                        {
                            i += 1;
                        }
                    }
                }
            }
        }
    }
    let mut container = String::new();
    let mut item = None;
    for (depth, frame) in stack.iter().enumerate() {
        let current = match frame {
            Frame::Object { key, .. } => key.clone().map(Item::Key),
            Frame::Array { index } => index.map(Item::Index),
        };
        if depth + 1 == stack.len() {
            item = current;
        } else if let Some(current) = current {
            container = append(&container, &current);
        }
    }
    Location { container, item }
}

/// Read the string starting at the quote at `start`; returns it (escapes kept
/// simple: `\x` becomes `x`, which is enough for field names) and the index after it.
fn read_string(bytes: &[u8], start: usize) -> (String, usize) {
    let mut out = Vec::new();
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return (String::from_utf8_lossy(&out).into_owned(), i + 1),
            b'\\' if i + 1 < bytes.len() => {
                out.push(bytes[i + 1]);
                i += 2;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    (String::from_utf8_lossy(&out).into_owned(), i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The location just after `marker`, where serde_json reports a misfit value.
    fn at(text: &str, marker: &str) -> Location {
        locate(text, text.find(marker).expect("marker in text") + marker.len())
    }

    #[test]
    fn finds_key_inside_nested_arrays_and_objects() {
        let text = r#"{"a": 1, "clues": [{"id": "x"}, {"id": "y", "speaker": "zz"}]}"#;
        let loc = at(text, r#""zz""#);
        assert_eq!(loc.container, "clues[1]");
        assert_eq!(loc.full(), "clues[1].speaker");
    }

    #[test]
    fn position_after_a_value_keeps_its_key() {
        let text = r#"{"clues": [{"relevance": "wrong"}]}"#;
        let end = text.find("wrong").unwrap() + "wrong\"".len();
        assert_eq!(locate(text, end).full(), "clues[0].relevance");
    }

    #[test]
    fn array_elements_are_counted() {
        let text = r#"{"tags": ["a", "b", 3]}"#;
        assert_eq!(at(text, "3").full(), "tags[2]");
    }

    #[test]
    fn closed_containers_are_left() {
        let text = r#"{"a": {"b": [1, 2]}, "c": {"d": true}}"#;
        let loc = at(text, "true");
        assert_eq!(loc.container, "c");
        assert_eq!(loc.full(), "c.d");
    }

    #[test]
    fn escaped_quotes_do_not_end_a_string() {
        let text = r#"{"t": "say \"hi\", ok", "u": [0]}"#;
        assert_eq!(at(text, "[0").full(), "u[0]");
    }

    #[test]
    fn offsets_follow_serde_json_lines_and_columns() {
        let text = "{\n  \"a\": 1,\n  \"b\": x\n}";
        let err = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        let offset = offset_of(text, err.line(), err.column());
        assert_eq!(&text[offset - 1..offset], "x");
    }

    #[test]
    fn join_puts_a_field_or_an_index_after_a_path() {
        assert_eq!(join("", "title"), "title");
        assert_eq!(join("clues[3]", "speaker"), "clues[3].speaker");
        assert_eq!(join("clues", "[3]"), "clues[3]");
        assert_eq!(join("team", ""), "team");
    }

    #[test]
    fn nonsense_never_panics() {
        for text in ["", "{", "[[[", "\"abc", "{\"a\":", "}}]]", "{\"a\\", "é\"ü"] {
            for offset in 0..=text.len() + 2 {
                let _ = locate(text, offset);
            }
        }
        assert_eq!(offset_of("abc", 9, 9), 3);
    }
}
