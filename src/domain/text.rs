//! Small text helpers shared by the domain: one slugifier for ids and file
//! names (validation's id suggestions, result file names), and the words the
//! Dutch messages of the readers and the rules are made of: a quoted value, a
//! list of values, a file size, a JSON enum name; and the title a screen
//! shows for a mystery that has none yet.

use serde::Serialize;
use serde_json::Value;

/// The title to show for a mystery: its own, or "Mysterie zonder titel" when
/// it is empty (a new one in the studio, a library entry without one).
pub fn shown_title(title: &str) -> String {
    if title.trim().is_empty() {
        "Mysterie zonder titel".to_string()
    } else {
        title.to_string()
    }
}

/// Lowercase ASCII letters and digits; every other run becomes one `-`;
/// accents are dropped to their base letter (é → e, ç → c, ñ → n). No `-` at
/// either end; at most `max` characters. Empty when nothing usable is left.
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= max {
            out.truncate(max);
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

/// ‘a’, ‘b’, ‘c’: at most five, then "en nog N".
pub fn quote_list(values: &[&str]) -> String {
    const SHOWN: usize = 5;
    let mut out: Vec<String> = values.iter().take(SHOWN).map(|v| quote(v)).collect();
    if values.len() > SHOWN {
        out.push(format!("en nog {}", values.len() - SHOWN));
    }
    out.join(", ")
}

/// ‘value’, shortened when long.
pub fn quote(value: &str) -> String {
    format!("‘{}’", shorten(value))
}

pub fn shorten(value: &str) -> String {
    const MAX: usize = 60;
    if value.chars().count() > MAX {
        let mut out: String = value.chars().take(MAX).collect();
        out.push('…');
        out
    } else {
        value.to_string()
    }
}

pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// How a value of a unit enum is spelled in JSON.
pub fn json_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(name)) => name,
        _ => String::new(),
    }
}

/// A file size in Dutch: "1,5 MB", "300 KB".
pub fn human_size(bytes: usize) -> String {
    const KB: usize = 1024;
    const MB: usize = 1024 * 1024;
    let (unit, name) = if bytes >= MB { (MB, "MB") } else { (KB, "KB") };
    let tenths = bytes.saturating_mul(10).saturating_add(unit / 2) / unit;
    if tenths.is_multiple_of(10) {
        format!("{} {name}", tenths / 10)
    } else {
        format!("{},{} {name}", tenths / 10, tenths % 10)
    }
}

/// The size of something that is over `limit`, in words that never read as
/// the limit itself: rounded, 2,097,211 bytes would be "2 MB" next to a limit
/// of "2 MB"; this says "iets meer dan 2 MB" then.
pub fn size_over_limit(bytes: usize, limit: usize) -> String {
    let shown = human_size(bytes);
    if bytes > limit && shown == human_size(limit) {
        format!("iets meer dan {shown}")
    } else {
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_slug_for_ids_and_file_names() {
        assert_eq!(slug("Team Oost (Zaandam)", 40), "team-oost-zaandam");
        assert_eq!(slug("Café Één — ñ ç", 40), "cafe-een-n-c");
        assert_eq!(slug("--Al  te   veel--", 40), "al-te-veel");
        assert_eq!(slug("abcdefgh", 4), "abcd");
        assert_eq!(slug("!!!", 40), "");
    }

    #[test]
    fn quotes_shorten_long_values_and_lists_stop_at_five() {
        assert_eq!(quote("brief"), "‘brief’");
        assert_eq!(quote(&"a".repeat(61)), format!("‘{}…’", "a".repeat(60)));
        assert_eq!(quote_list(&["a", "b"]), "‘a’, ‘b’");
        assert_eq!(quote_list(&["a", "b", "c", "d", "e", "f", "g"]), "‘a’, ‘b’, ‘c’, ‘d’, ‘e’, en nog 2");
        assert_eq!(capitalise("één"), "Één");
    }

    #[test]
    fn sizes_over_a_limit_never_read_as_the_limit() {
        assert_eq!(human_size(300 * 1024), "300 KB");
        assert_eq!(human_size(1536 * 1024), "1,5 MB");
        assert_eq!(size_over_limit(2 * 1024 * 1024 + 1, 2 * 1024 * 1024), "iets meer dan 2 MB");
        assert_eq!(size_over_limit(3 * 1024 * 1024, 2 * 1024 * 1024), "3 MB");
    }
}
