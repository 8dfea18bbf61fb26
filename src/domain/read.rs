//! The one way a file is read, whatever its kind: a mystery, the library
//! index, a results file (or link), a saved game, a studio draft. Each step
//! stops at its first failure with one Dutch [`Problem`] that has the JSON
//! path of the field at fault where there is one:
//!
//! 1. [`size`]: the size limit of the kind, before anything else;
//! 2. [`text`]: a byte order mark dropped, an empty file refused;
//! 3. [`json`]: the JSON syntax, with line, column and what is probably wrong;
//! 4. the kind's own marker and version (`format_version`, `format`,
//!    `saved_version`), then [`migrate_with`] for an older version;
//! 5. [`shape`]: serde into the type, its error translated into Dutch with the
//!    path (found from serde_json's line and column by `json_path`) and, for a
//!    choice field, the allowed words from [`choices_for`];
//! 6. the rules: `validate` for a mystery and the library, the ranges of a
//!    result, the fit with its mystery for a saved game.
//!
//! Paths look like `clues[7].speaker`: field names as in the JSON file and
//! 0-based list positions. An empty path means the whole file. Nothing here
//! panics, whatever the input (tests/robustness.rs).

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::game_file::MAX_GAME_FILE_BYTES;
use super::json_path::{self, join};
use super::results::{SolutionLevel, MAX_RESULT_BYTES};
use super::scenario::{
    Bouwsteen, CharacterKind, ClueKind, Perspective, Phase, QuestionTopic, Relevance, Role, Sorting, FORMAT_VERSION,
};
use super::text::{capitalise, human_size, quote, shorten, size_over_limit};
use super::validate::Problem;

/// Largest scenario file we accept (bytes). Real mysteries are 20–80 KB.
pub const MAX_SCENARIO_BYTES: usize = 2 * 1024 * 1024;

/// What the reader needs to know about a kind of file to speak about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileKind {
    /// The file as the subject of a sentence: "Het mysterie".
    pub the: &'static str,
    /// Largest file of this kind (bytes).
    pub max_bytes: usize,
    /// What to do when the file is too large.
    pub too_large: &'static str,
    /// Said after "empty" and "not JSON" for files the app writes itself
    /// ("Kies het bestand dat de app heeft gemaakt."); empty for files people write.
    pub advice: &'static str,
    /// Where every field of this kind is explained.
    pub docs: &'static str,
}

/// A mystery file (also a studio draft, and what a member's phone reads of it).
pub const SCENARIO: FileKind = FileKind {
    the: "Het mysterie",
    max_bytes: MAX_SCENARIO_BYTES,
    too_large: "Is dit het goede bestand? Een mysterie is meestal 20 tot 80 KB. Is het goed, maak dan de teksten korter of verdeel het mysterie over twee bestanden.",
    advice: "",
    docs: "docs/scenario-format.md",
};

/// The library index, `mysteries/index.json`.
pub const LIBRARY: FileKind = FileKind { the: "De bibliotheek (index.json)", ..SCENARIO };

/// A saved game: the envelope in the browser's storage, or a game downloaded
/// as a file (`spel-….json`).
pub const SAVED_GAME: FileKind = FileKind {
    the: "Het bewaarde spel",
    max_bytes: MAX_GAME_FILE_BYTES,
    too_large: "Kies het bestand dat de app heeft gemaakt: het begint met ‘spel-’.",
    advice: "Kies het bestand dat begint met ‘spel-’.",
    docs: "docs/storage.md",
};

/// A trainer's own mystery as the studio stores it in the browser: an
/// envelope around a mystery, which is read as [`SCENARIO`].
pub const STUDIO_DRAFT: FileKind =
    FileKind { the: "Het eigen mysterie", max_bytes: usize::MAX, too_large: "", advice: "", docs: "docs/studio.md" };

/// A results file, or the JSON inside a result link.
pub const RESULT: FileKind = FileKind {
    the: "Het resultaat",
    max_bytes: MAX_RESULT_BYTES,
    too_large: "Kies het resultaat-bestand dat de app heeft gemaakt.",
    advice:
        "Misschien is het beschadigd of niet helemaal opgeslagen. Kies het resultaat-bestand dat de app heeft gemaakt.",
    docs: "docs/results-format.md",
};

/// Step 1, the size limit: a file over `kind.max_bytes` is refused before
/// anything else is done with it.
pub fn size(bytes: usize, kind: &FileKind) -> Result<(), Problem> {
    if bytes > kind.max_bytes {
        return Err(Problem::error(
            "",
            format!(
                "{} is te groot: {} ({bytes} bytes). De grens is {} ({} bytes). {}",
                kind.the,
                size_over_limit(bytes, kind.max_bytes),
                human_size(kind.max_bytes),
                kind.max_bytes,
                kind.too_large
            ),
        ));
    }
    Ok(())
}

/// Steps 1 and 2, the text: the size limit, a byte order mark dropped, and
/// an empty file refused. (A file the browser reads is decoded as UTF-8 on
/// the way in; a link is checked for UTF-8 where it is unpacked.)
pub fn text<'a>(text: &'a str, kind: &FileKind) -> Result<&'a str, Problem> {
    size(text.len(), kind)?;
    // Some editors (Kladblok) put a byte order mark before the text.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Problem::error(
            "",
            format!("{} is leeg. Het bestand moet een JSON-object bevatten: {{ … }}.{}", kind.the, advice(kind)),
        ));
    }
    Ok(text)
}

/// " Kies het bestand …" after a message, for files the app writes itself.
fn advice(kind: &FileKind) -> String {
    if kind.advice.is_empty() {
        String::new()
    } else {
        format!(" {}", kind.advice)
    }
}

/// Step 3, the JSON syntax: a mistake is told with its line and column and
/// what it probably is, in words a trainer knows.
pub fn json(text: &str, kind: &FileKind) -> Result<Value, Problem> {
    serde_json::from_str::<Value>(text).map_err(|e| {
        let raw = strip_position(&e.to_string());
        Problem::error(
            "",
            format!(
                "Het bestand is geen geldige JSON. De fout zit op regel {}, kolom {}: {}{}",
                e.line(),
                e.column(),
                explain_syntax(&raw),
                advice(kind)
            ),
        )
    })
}

fn explain_syntax(raw: &str) -> String {
    let explanation = if raw.starts_with("EOF while parsing") {
        "het bestand houdt te vroeg op. Misschien mist er aan het eind een }, ] of \"."
    } else if raw.starts_with("trailing comma") {
        "er staat een komma vlak voor een } of ]. Haal die komma weg."
    } else if raw.starts_with("key must be a string") {
        "een veldnaam moet tussen dubbele aanhalingstekens staan, zoals \"title\"."
    } else if raw.starts_with("expected `:`") {
        "na een veldnaam hoort een dubbele punt (:)."
    } else if raw.starts_with("expected `,` or `}`") {
        "hier mist een komma tussen twee velden, of een } aan het eind van een object."
    } else if raw.starts_with("expected `,` or `]`") {
        "hier mist een komma tussen twee waarden in een lijst, of een ] aan het eind van de lijst."
    } else if raw.starts_with("expected ident") {
        "hier staat een woord dat JSON niet kent. Zet tekst tussen dubbele aanhalingstekens. Alleen true, false en null mogen zonder."
    } else if raw.starts_with("expected value") {
        "hier hoort een waarde: tekst tussen dubbele aanhalingstekens, een getal, true, false, null, een lijst [ ] of een object { }."
    } else if raw.starts_with("control character") {
        "in een tekst staat een regeleinde of tab. Zet de tekst op één regel, of schrijf een nieuwe regel als \\n."
    } else if raw.starts_with("invalid escape") {
        "na een \\ in een tekst staat een teken dat niet mag. Schrijf \\\\ voor een backslash en \\\" voor een aanhalingsteken."
    } else if raw.starts_with("trailing characters") {
        "na het einde van de JSON staat nog tekst. Haal die weg."
    } else if raw.starts_with("invalid number") || raw.starts_with("number out of range") {
        "dit getal klopt niet. Schrijf een gewoon getal zonder voorloopnul, zoals 45."
    } else if raw.starts_with("recursion limit exceeded") {
        "het bestand is te diep genest: er staan te veel { en [ in elkaar."
    } else if raw.contains("unicode") || raw.contains("surrogate") || raw.contains("hex escape") {
        "een \\u-code in een tekst klopt niet. Schrijf het teken zelf in plaats van de code."
    } else {
        return format!("de JSON klopt hier niet ({raw}).");
    };
    explanation.to_string()
}

/// The `format_version` of a mystery or the library, as a number: missing,
/// not a number, or newer than this app reads is a problem.
pub fn format_version(value: &Value, what: &str) -> Result<u32, Problem> {
    let Some(object) = value.as_object() else {
        return Err(Problem::error(
            "",
            format!(
                "{what} moet één JSON-object zijn: het bestand begint met {{ en eindigt met }}. Nu staat er {}.",
                describe_value(value)
            ),
        ));
    };
    let Some(version) = object.get("format_version") else {
        return Err(Problem::error(
            "format_version",
            format!(
                "Het veld format_version ontbreekt. Zet bovenaan in het bestand: \"format_version\": {FORMAT_VERSION},"
            ),
        ));
    };
    match version.as_u64() {
        None => Err(Problem::error(
            "format_version",
            format!(
                "format_version moet een heel getal zijn, zoals {FORMAT_VERSION}. Nu staat er {}.",
                describe_value(version)
            ),
        )),
        Some(v) if v > u64::from(FORMAT_VERSION) => Err(version_problem(u32::try_from(v).unwrap_or(u32::MAX), what)),
        Some(v) => Ok(u32::try_from(v).unwrap_or(u32::MAX)),
    }
}

/// A `format_version` this app cannot read (newer, or one that never existed).
pub fn version_problem(version: u32, what: &str) -> Problem {
    let message = if version > FORMAT_VERSION {
        format!(
            "{what} heeft formaatversie {version}, maar deze app kan alleen versie {FORMAT_VERSION} lezen. \
             Het bestand is gemaakt voor een nieuwere versie van de app: maak de app bij (update)."
        )
    } else {
        format!(
            "{what} heeft formaatversie {version}. Die versie bestaat niet. \
             Deze app leest versie {FORMAT_VERSION}: zet \"format_version\": {FORMAT_VERSION}."
        )
    };
    Problem::error("format_version", message)
}

/// One upgrade step: turns a file of version `from` into one of `from + 1`.
pub type MigrationStep = fn(Value) -> Result<Value, Problem>;

/// Step 4b, the migration: run `steps` one version at a time from `version`
/// up to `target`, setting `format_version` after each step. A version
/// without a step is a Dutch problem at `format_version`.
pub fn migrate_with(
    mut value: Value,
    mut version: u32,
    target: u32,
    steps: &[(u32, MigrationStep)],
) -> Result<Value, Problem> {
    while version < target {
        let Some((_, step)) = steps.iter().find(|(from, _)| *from == version) else {
            return Err(Problem::error(
                "format_version",
                format!(
                    "Dit mysterie heeft formaatversie {version}. Die versie kan deze app niet omzetten. \
                     Deze app leest versie {target}. Zet \"format_version\": {target} en controleer het bestand."
                ),
            ));
        };
        value = step(value)?;
        version += 1;
        match value.as_object_mut() {
            Some(object) => {
                object.insert("format_version".to_string(), Value::from(version));
            }
            None => return Err(Problem::error("", "Het omzetten naar een nieuwere formaatversie is mislukt.")),
        }
    }
    Ok(value)
}

/// Step 5, the shape: turn the JSON text into the Rust type, reporting the
/// first misfit in Dutch with its path. Reading the text (not a `Value`) also
/// catches a field written twice. `show_position` is false for migrated text,
/// whose lines are not the file's.
pub fn shape<T: DeserializeOwned>(text: &str, show_position: bool, kind: &FileKind) -> Result<T, Problem> {
    serde_json::from_str(text).map_err(|e| {
        let raw = strip_position(&e.to_string());
        let offset = json_path::offset_of(text, e.line(), e.column());
        let location = json_path::locate(text, offset);
        let position = show_position.then(|| (e.line(), e.column()));
        let path = if raw.starts_with("missing field ") {
            // Reported just after the object's closing brace: the object is the last item read.
            if text[..offset].trim_end().ends_with('}') {
                location.full()
            } else {
                location.container.clone()
            }
        } else if raw.starts_with("duplicate field ") {
            location.container.clone()
        } else {
            location.full()
        };
        if raw == "expected value" {
            // The text is valid JSON, so this is serde_json's word for "not a
            // choice word": a number, null, list or object where a word belongs.
            // serde_json's column points at the peeked character, just before `offset`.
            let rest = text.get(offset.saturating_sub(1)..).unwrap_or_default();
            return choice_problem(&path, rest, position, kind);
        }
        shape_problem(&path, &raw, position, kind)
    })
}

/// A choice field (kind, relevance, bouwsteen, ...) holds something that is not a word.
fn choice_problem(path: &str, rest: &str, position: Option<(usize, usize)>, kind: &FileKind) -> Problem {
    let rest = rest.trim_start();
    let found = match rest.chars().next() {
        Some('{') => "een object { … }".to_string(),
        Some('[') => "een lijst [ … ]".to_string(),
        _ => {
            let token: String =
                rest.chars().take_while(|c| !matches!(c, ',' | '}' | ']') && !c.is_whitespace()).collect();
            serde_json::from_str::<Value>(&token).map(|v| describe_value(&v)).unwrap_or(token)
        }
    };
    let choices = match choices_for(path) {
        Some(words) => format!("een van deze woorden: {}", words.join(", ")),
        None => format!("een woord uit de lijst in {}", kind.docs),
    };
    let mut message = format!("Hier staat {found}, maar hier hoort {choices}, tussen dubbele aanhalingstekens.");
    if let Some((line, column)) = position {
        message = format!("{message} (regel {line}, kolom {column})");
    }
    Problem::error(path, message)
}

/// The one answer to "which words are allowed here": the words of the choice
/// field at `path`, from the types themselves, for every file kind (a field
/// name means the same enum in a mystery and in a result).
pub fn choices_for(path: &str) -> Option<Vec<String>> {
    fn words<T: Serialize>(all: &[T]) -> Vec<String> {
        all.iter().filter_map(|v| serde_json::to_value(v).ok()?.as_str().map(str::to_string)).collect()
    }
    let field = path.rsplit('.').next().unwrap_or(path);
    let field = field.split('[').next().unwrap_or(field);
    Some(match field {
        "kind" if path.starts_with("characters") => words(&[CharacterKind::Inwoner, CharacterKind::Uitvoerder]),
        "kind" if path.starts_with("clues") => words(&[ClueKind::Voice, ClueKind::Document, ClueKind::Fact]),
        "relevance" => words(&[Relevance::Key, Relevance::Supporting, Relevance::RedHerring, Relevance::Ambiguous]),
        "main_bouwsteen" | "bouwsteen" | "bouwstenen" => words(&Bouwsteen::ALL),
        "perspectives" | "perspective" => words(&Perspective::ALL),
        "phase" => words(&Phase::ALL),
        "topic" => words(&[QuestionTopic::Praktijk, QuestionTopic::Samenwerking]),
        "role" => words(&Role::ALL),
        "sorting" => words(&Sorting::ALL),
        "level" if path.starts_with("solution") || path.starts_with("trainer") => words(&SolutionLevel::ALL),
        _ => return None,
    })
}

/// Remove serde_json's " at line 3 column 5".
fn strip_position(raw: &str) -> String {
    match raw.rfind(" at line ") {
        Some(i) => raw[..i].to_string(),
        None => raw.to_string(),
    }
}

/// Translate serde's message into Dutch, with the path of the field at fault.
fn shape_problem(path: &str, raw: &str, position: Option<(usize, usize)>, kind: &FileKind) -> Problem {
    let ticked = backticked(raw);
    let (path, message) = if let Some(rest) = raw.strip_prefix("unknown field ") {
        let field = ticked.first().copied().unwrap_or_default();
        let path =
            if path == field || path.ends_with(&format!(".{field}")) { path.to_string() } else { join(path, field) };
        let allowed = if rest.contains("there are no fields") {
            "Hier horen geen velden.".to_string()
        } else {
            format!("Toegestane velden hier: {}.", ticked.get(1..).unwrap_or_default().join(", "))
        };
        (
            path,
            format!(
                "Het veld {} kent deze app niet. {allowed} Controleer de spelling (kleine letters, _ in plaats van een spatie) of haal het veld weg.",
                quote(field)
            ),
        )
    } else if raw.starts_with("missing field ") {
        let field = ticked.first().copied().unwrap_or_default();
        (
            join(path, field),
            format!("Het veld {} ontbreekt. Voeg het toe; in {} staat wat erin hoort.", quote(field), kind.docs),
        )
    } else if raw.starts_with("duplicate field ") {
        let field = ticked.first().copied().unwrap_or_default();
        (
            join(path, field),
            format!(
                "Het veld {} staat hier twee keer. Haal er één weg, anders is niet duidelijk welke geldt.",
                quote(field)
            ),
        )
    } else if raw.starts_with("unknown variant ") {
        let value = ticked.first().copied().unwrap_or_default();
        // The one list of allowed words; serde's own list only for a field it lacks.
        let allowed = choices_for(path)
            .unwrap_or_else(|| ticked.get(1..).unwrap_or_default().iter().map(|w| w.to_string()).collect())
            .join(", ");
        (path.to_string(), format!("{} is hier geen toegestane waarde. Kies een van: {allowed}.", quote(value)))
    } else if let Some(rest) = raw.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        (
            path.to_string(),
            format!("Hier staat {}, maar hier hoort {}.", dutch_unexpected(found), dutch_expected(expected, path)),
        )
    } else if let Some(rest) = raw.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let message = match expected {
            "u8" | "u16" | "u32" | "u64" if found.starts_with("integer `-") => format!(
                "{} kan hier niet. Hier hoort een heel getal van 0 of meer.",
                capitalise(&dutch_unexpected(found))
            ),
            "u8" | "u16" | "u32" | "u64" => {
                format!("{} is te groot. Kies een kleiner getal.", capitalise(&dutch_unexpected(found)))
            }
            _ => format!(
                "{} kan hier niet. Hier hoort {}.",
                capitalise(&dutch_unexpected(found)),
                dutch_expected(expected, path)
            ),
        };
        (path.to_string(), message)
    } else if raw.starts_with("invalid length ") {
        (path.to_string(), "Hier hoort een object met velden tussen { en }, geen lijst.".to_string())
    } else {
        (path.to_string(), format!("Dit deel van het bestand klopt niet ({raw}). Vergelijk het met {}.", kind.docs))
    };
    let message = match position {
        Some((line, column)) => format!("{message} (regel {line}, kolom {column})"),
        None => message,
    };
    Problem::error(path, message)
}

/// The parts of `s` between backticks.
fn backticked(s: &str) -> Vec<&str> {
    s.split('`').skip(1).step_by(2).collect()
}

fn dutch_unexpected(found: &str) -> String {
    if let Some(s) = found.strip_prefix("string ") {
        format!("de tekst {}", shorten(s))
    } else if let Some(n) = found.strip_prefix("integer ") {
        format!("het getal {}", n.trim_matches('`'))
    } else if let Some(n) = found.strip_prefix("floating point ") {
        format!("het kommagetal {}", n.trim_matches('`'))
    } else if let Some(b) = found.strip_prefix("boolean ") {
        format!("de waarde {}", b.trim_matches('`'))
    } else {
        match found {
            "null" | "unit value" | "Option value" => "null (leeg)".to_string(),
            "map" => "een object { … }".to_string(),
            "sequence" => "een lijst [ … ]".to_string(),
            other => other.to_string(),
        }
    }
}

fn dutch_expected(expected: &str, path: &str) -> String {
    match expected {
        "a string" => "een tekst tussen dubbele aanhalingstekens".to_string(),
        "u8" | "u16" | "u32" | "u64" => "een heel getal van 0 of meer, zonder aanhalingstekens".to_string(),
        "a boolean" => "true of false, zonder aanhalingstekens".to_string(),
        "a sequence" => "een lijst tussen [ en ]".to_string(),
        "string or map" | "variant identifier" => match choices_for(path) {
            Some(values) => format!("een van deze woorden, tussen aanhalingstekens: {}", values.join(", ")),
            None => "een woord tussen aanhalingstekens".to_string(),
        },
        e if e.starts_with("struct ") => "een object met velden tussen { en }".to_string(),
        e if e.starts_with("enum ") => match choices_for(path) {
            Some(values) => format!("een van deze woorden, tussen aanhalingstekens: {}", values.join(", ")),
            None => "een woord tussen aanhalingstekens".to_string(),
        },
        other => other.to_string(),
    }
}

/// A JSON value in Dutch words: "het getal 3", "een lijst [ … ]".
pub fn describe_value(value: &Value) -> String {
    match value {
        Value::Null => "null (leeg)".to_string(),
        Value::Bool(b) => format!("de waarde {b}"),
        Value::Number(n) => format!("het getal {n}"),
        Value::String(s) => format!("de tekst {}", quote(s)),
        Value::Array(_) => "een lijst [ … ]".to_string(),
        Value::Object(_) => "een object { … }".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::results::TeamResult;
    use crate::domain::scenario::Scenario;

    #[test]
    fn every_kind_has_the_same_size_step() {
        for kind in [SCENARIO, LIBRARY, RESULT, SAVED_GAME] {
            assert_eq!(size(kind.max_bytes, &kind), Ok(()));
            let message = size(kind.max_bytes + 1, &kind).unwrap_err().message;
            assert!(message.starts_with(&format!("{} is te groot: iets meer dan", kind.the)), "{message}");
            assert!(message.ends_with(kind.too_large), "{message}");
        }
        assert_eq!(size(usize::MAX, &STUDIO_DRAFT), Ok(()));
    }

    #[test]
    fn text_drops_a_byte_order_mark_and_refuses_an_empty_file() {
        assert_eq!(text("\u{feff}{}", &SCENARIO), Ok("{}"));
        let message = text("\u{feff}  \n", &RESULT).unwrap_err().message;
        assert!(message.starts_with("Het resultaat is leeg.") && message.ends_with(RESULT.advice), "{message}");
        assert_eq!(
            text(" ", &SCENARIO).unwrap_err().message,
            "Het mysterie is leeg. Het bestand moet een JSON-object bevatten: { … }."
        );
    }

    #[test]
    fn json_mistakes_have_a_line_a_column_and_an_explanation() {
        let message = json("{\n  \"a\": 1,\n}", &SCENARIO).unwrap_err().message;
        assert!(message.contains("regel 3, kolom 1: er staat een komma vlak voor een } of ]"), "{message}");
    }

    #[test]
    fn a_misfit_has_its_path_and_the_docs_of_its_kind() {
        let text = r#"{"format_version": 1, "mysteries": [], "extra": true}"#;
        let problem = shape::<crate::domain::scenario::Library>(text, true, &LIBRARY).unwrap_err();
        assert_eq!(problem.path, "extra");
        assert!(problem.message.contains("kent deze app niet") && problem.message.contains("regel 1"), "{problem:?}");

        let problem = shape::<TeamResult>("{}", true, &RESULT).unwrap_err();
        assert_eq!(problem.path, "format");
        assert!(problem.message.contains("docs/results-format.md"), "{problem:?}");
    }

    #[test]
    fn one_answer_for_the_allowed_words() {
        let words = |path: &str| choices_for(path).unwrap_or_default().join(", ");
        assert_eq!(words("clues[2].kind"), "voice, document, fact");
        assert_eq!(words("characters[0].kind"), "inwoner, uitvoerder");
        assert_eq!(words("clues[0].perspectives[1]"), "juridisch, financieel, sociaal");
        assert_eq!(words("solution.perspectives[0].perspective"), "juridisch, financieel, sociaal");
        assert_eq!(words("sorting"), "open, guided");
        assert!(words("trainer.level").starts_with("prestructureel, "));
        assert_eq!(choices_for("facilitator.example_answers[0].level"), None);
        assert_eq!(choices_for("title"), None);
        // The same words serde accepts: each one reads, and serde knows no other.
        fn same_as_serde<T: serde::de::DeserializeOwned>(path: &str) {
            let words = choices_for(path).unwrap_or_default();
            for word in &words {
                assert!(serde_json::from_value::<T>(Value::String(word.clone())).is_ok(), "{path}: {word}");
            }
            let error = serde_json::from_value::<T>(Value::String("?".into())).err().map(|e| e.to_string());
            let error = error.unwrap_or_default();
            let mut serde_words = backticked(&error).split_off(1);
            let mut ours: Vec<&str> = words.iter().map(String::as_str).collect();
            serde_words.sort_unstable();
            ours.sort_unstable();
            assert_eq!(ours, serde_words, "{path}");
        }
        same_as_serde::<ClueKind>("clues[0].kind");
        same_as_serde::<CharacterKind>("characters[0].kind");
        same_as_serde::<Relevance>("clues[0].relevance");
        same_as_serde::<Bouwsteen>("bouwstenen[0]");
        same_as_serde::<Perspective>("clues[0].perspectives[0]");
        same_as_serde::<Phase>("hints[0].phase");
        same_as_serde::<QuestionTopic>("reflection.questions[0].topic");
        same_as_serde::<Role>("role_actions[0].role");
        same_as_serde::<Sorting>("sorting");
        same_as_serde::<SolutionLevel>("solution.level");
    }

    #[test]
    fn a_word_where_a_choice_belongs_lists_the_choices() {
        let mut value: Value = serde_json::from_str(include_str!("../../tests/fixtures/minimal.json")).unwrap();
        value["clues"][1]["relevance"] = "belangrijk".into();
        let problem = shape::<Scenario>(&serde_json::to_string_pretty(&value).unwrap(), true, &SCENARIO).unwrap_err();
        assert_eq!(problem.path, "clues[1].relevance");
        assert!(problem.message.contains("‘belangrijk’ is hier geen toegestane waarde"), "{problem:?}");
        value["clues"][1]["relevance"] = 3.into();
        let problem = shape::<Scenario>(&value.to_string(), false, &SCENARIO).unwrap_err();
        assert!(problem.message.contains("key, supporting, red_herring, ambiguous"), "{problem:?}");
    }
}
