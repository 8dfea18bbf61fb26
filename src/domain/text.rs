//! Small text helpers shared by the domain: one slugifier for ids and file
//! names (validation's id suggestions, result file names), and the title a
//! screen shows for a mystery that has none yet.

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

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn one_slug_for_ids_and_file_names() {
        assert_eq!(slug("Team Oost (Zaandam)", 40), "team-oost-zaandam");
        assert_eq!(slug("Café Één — ñ ç", 40), "cafe-een-n-c");
        assert_eq!(slug("--Al  te   veel--", 40), "al-te-veel");
        assert_eq!(slug("abcdefgh", 4), "abcd");
        assert_eq!(slug("!!!", 40), "");
    }
}
