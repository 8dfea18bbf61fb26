//! Validation of scenarios and of the library index: every rule a trainer can
//! break, each reported with the path of the field at fault and how to fix it,
//! in Dutch. The same rules serve the game, the Trainersstudio and the tests.
//!
//! Reading a file goes in steps, and each step stops at its first failure:
//! size limit, JSON syntax (with line and column), `format_version` (and a
//! migration of older versions, see [`migrate`]), the shape of every field
//! (with the path of the field, found from serde_json's line and column by `json_path`), and finally every
//! rule in [`validate`]. Nothing here panics, whatever the input.
//!
//! Paths look like `clues[7].speaker`: field names as in the JSON file and
//! 0-based list positions. An empty path means the whole file.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::hash::Hash;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::json_path;
use super::scenario::{
    Bouwsteen, CharacterKind, ClueKind, Library, LibraryEntry, Perspective, Phase, QuestionTopic, Relevance, Role,
    Scenario, FORMAT_VERSION,
};
use super::text;

/// Largest scenario file we accept (bytes). Real mysteries are 20–80 KB.
pub const MAX_SCENARIO_BYTES: usize = 2 * 1024 * 1024;
/// Ids of clues and characters: at most this many characters.
pub const MAX_ID_CHARS: usize = 64;
/// A text field longer than this (in characters) is an error: it cannot be
/// read in the game, and very long texts slow the phone down.
pub const MAX_TEXT_CHARS: usize = 5000;
/// A title or name (of the mystery, a clue, a character, a category, …)
/// longer than this (in characters) is an error.
pub const MAX_TITLE_CHARS: usize = 300;
/// `duration_minutes` must lie in this range.
pub const DURATION_MINUTES: std::ops::RangeInclusive<u32> = 10..=240;
/// Largest `group_size.max`.
pub const MAX_GROUP_SIZE: u32 = 12;
/// `unlock.round` must lie in this range.
pub const UNLOCK_ROUNDS: std::ops::RangeInclusive<u32> = 1..=10;
/// Fewer clues than this is an error.
pub const MIN_CLUES: usize = 3;
/// More clues than this is an error: the game stays quick on an old laptop or
/// a phone up to here (docs/performance.md), and no room plays more.
pub const MAX_CLUES: usize = 300;
/// Outside this range the number of clues gets a warning.
pub const USUAL_CLUES: std::ops::RangeInclusive<usize> = 15..=30;
pub const MIN_CATEGORIES: usize = 2;
pub const MIN_KEY_CLUES: usize = 2;
/// Highest `cost` of a hint.
pub const MAX_HINT_COST: u32 = 50;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The mystery cannot be played until this is fixed.
    Error,
    /// Advice for the trainer; the mystery can be played.
    Warning,
}

impl Severity {
    /// Dutch word to show next to a problem.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "Fout",
            Severity::Warning => "Let op",
        }
    }
}

/// One thing wrong with a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: a JSON path such as `clues[7].speaker`, or "" for the whole file.
    pub path: String,
    /// What is wrong and how to fix it, in Dutch (B1).
    pub message: String,
    pub severity: Severity,
}

impl Problem {
    /// A problem that makes the mystery unplayable.
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { path: path.into(), message: message.into(), severity: Severity::Error }
    }

    /// Advice for the trainer.
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { path: path.into(), message: message.into(), severity: Severity::Warning }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `"clues[7].speaker: message"`, or just the message for the whole file.
    pub fn describe(&self) -> String {
        if self.path.is_empty() {
            self.message.clone()
        } else {
            format!("{}: {}", self.path, self.message)
        }
    }

    /// The same problem with `prefix` put before its path, e.g. `mysteries[2]`
    /// before `title` gives `mysteries[2].title`.
    pub fn prefixed(mut self, prefix: &str) -> Problem {
        self.path = join(prefix, &self.path);
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

/// The problems that make a mystery unplayable.
pub fn errors(problems: &[Problem]) -> impl Iterator<Item = &Problem> + '_ {
    problems.iter().filter(|p| p.severity == Severity::Error)
}

/// The advice for the trainer.
pub fn warnings(problems: &[Problem]) -> impl Iterator<Item = &Problem> + '_ {
    problems.iter().filter(|p| p.severity == Severity::Warning)
}

pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(Problem::is_error)
}

/// Read a scenario file: size limit, JSON syntax (with line and column),
/// `format_version`, the shape of every field, then [`validate`].
///
/// `Err` holds only the errors (severity [`Severity::Error`]); warnings alone
/// give `Ok`. Use [`check_scenario`] to get the warnings as well.
pub fn parse_scenario(text: &str) -> Result<Scenario, Vec<Problem>> {
    match check_scenario(text) {
        (Some(scenario), _) => Ok(scenario),
        (None, problems) => Err(errors(&problems).cloned().collect()),
    }
}

/// Like [`parse_scenario`], but returns every problem, errors first, then
/// warnings. The scenario is `Some` exactly when there is no error.
pub fn check_scenario(text: &str) -> (Option<Scenario>, Vec<Problem>) {
    match read_scenario(text) {
        Err(problem) => (None, vec![problem]),
        Ok(scenario) => {
            let mut problems = validate(&scenario);
            problems.sort_by_key(|p| p.severity);
            if has_errors(&problems) {
                (None, problems)
            } else {
                (Some(scenario), problems)
            }
        }
    }
}

/// Everything before [`validate`]: size, JSON syntax, `format_version`
/// (migrating an older file) and the shape of every field. The first problem
/// stops the reading. The studio uses this to open a file that still has
/// validation errors, so the trainer can repair it.
pub fn read_scenario(text: &str) -> Result<Scenario, Problem> {
    read_scenario_from(text).map(|(scenario, _)| scenario)
}

/// Like [`read_scenario`], also telling the format version the file had
/// when it was older than [`FORMAT_VERSION`] and has been migrated.
pub fn read_scenario_from(text: &str) -> Result<(Scenario, Option<u32>), Problem> {
    read_scenario_as(text)
}

/// [`read_scenario_from`] into any type that reads a mystery file: the whole
/// [`Scenario`], or the fields a member's phone needs (`scenario::Deck`).
pub fn read_scenario_as<T: DeserializeOwned>(text: &str) -> Result<(T, Option<u32>), Problem> {
    let text = read_text(text, "Het mysterie")?;
    let value = read_json(text)?;
    let version = read_version(&value, "Dit mysterie")?;
    if version == FORMAT_VERSION {
        return read_shape(text, true).map(|s| (s, None));
    }
    // An older file: upgrade the JSON, then read the upgraded text.
    let migrated = migrate(value)?;
    read_shape(&migrated.to_string(), false).map(|s| (s, Some(version)))
}

/// One upgrade step: turns a scenario of format `from` into one of `from + 1`.
pub type MigrationStep = fn(Value) -> Result<Value, Problem>;

/// The upgrade steps of the scenario format, by the version they start from.
///
/// Format 1 is the first published version, so there is no step yet. When
/// version 2 arrives, add `(1, v1_to_v2)` here; [`migrate`] then reads every
/// version-1 file. The runner itself is tested with made-up steps
/// (tests/studio.rs) through [`migrate_with`].
pub const MIGRATIONS: &[(u32, MigrationStep)] = &[];

/// Bring a scenario in an older format up to [`FORMAT_VERSION`]. Checks the
/// `format_version` field: missing, not a number, or newer than this app can
/// read is a problem.
pub fn migrate(value: Value) -> Result<Value, Problem> {
    let version = read_version(&value, "Dit mysterie")?;
    migrate_with(value, version, FORMAT_VERSION, MIGRATIONS)
}

/// Run `steps` one version at a time from `version` up to `target`, setting
/// `format_version` after each step. A version without a step is a Dutch
/// problem at `format_version`.
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

/// Read `index.json`.
pub fn parse_library(text: &str) -> Result<Library, Vec<Problem>> {
    let library = read_library(text).map_err(|p| vec![p])?;
    let problems: Vec<Problem> = validate_library(&library).into_iter().filter(Problem::is_error).collect();
    if problems.is_empty() {
        Ok(library)
    } else {
        Err(problems)
    }
}

/// Everything of [`parse_library`] before its rules: size, JSON, version, shape.
pub fn read_library(text: &str) -> Result<Library, Problem> {
    let text = read_text(text, "De bibliotheek (index.json)")?;
    let value = read_json(text)?;
    let version = read_version(&value, "De bibliotheek (index.json)")?;
    if version != FORMAT_VERSION {
        return Err(version_problem(version, "De bibliotheek (index.json)"));
    }
    read_shape(text, true)
}

/// Every rule on a parsed library: format version, ids, file names, titles.
pub fn validate_library(library: &Library) -> Vec<Problem> {
    let mut c = Check::default();
    if library.format_version != FORMAT_VERSION {
        c.problems.push(version_problem(library.format_version, "De bibliotheek (index.json)"));
    }
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut files: HashMap<&str, usize> = HashMap::new();
    for (i, entry) in library.mysteries.iter().enumerate() {
        let p = format!("mysteries[{i}]");
        c.id(&format!("{p}.id"), &entry.id, "dit mysterie");
        if let Some(first) = first_seen(&mut ids, &entry.id, i) {
            c.error(
                format!("{p}.id"),
                format!(
                    "Id {} staat al in de bibliotheek (bij mysteries[{first}]). Geef elk mysterie een eigen id.",
                    quote(&entry.id)
                ),
            );
        }
        let file = entry.file.as_str();
        if file.trim().is_empty() {
            c.error(
                format!("{p}.file"),
                "De bestandsnaam is leeg. Vul de naam van het bestand in de map mysteries in, zoals ‘mijn-mysterie.json’.",
            );
        } else if file.contains('/') || file.contains('\\') || file.contains("..") {
            c.error(
                format!("{p}.file"),
                format!(
                    "Bestand {} mag geen map of ‘..’ bevatten. Schrijf alleen de naam van het bestand, zoals ‘{}.json’. \
                     Het bestand moet in de map mysteries staan.",
                    quote(file),
                    entry.id
                ),
            );
        } else if !file.ends_with(".json") || file == ".json" {
            c.error(
                format!("{p}.file"),
                format!("Bestand {} moet eindigen op .json, zoals ‘{}.json’.", quote(file), entry.id),
            );
        } else if matches!(file, "index.json" | "schema.json" | "index.schema.json") {
            c.error(
                format!("{p}.file"),
                format!("Bestand {} is geen mysterie. Vul de naam van een mysterie-bestand in.", quote(file)),
            );
        } else if let Some(first) = first_seen(&mut files, file, i) {
            c.error(
                format!("{p}.file"),
                format!(
                    "Bestand {} staat al in de bibliotheek (bij mysteries[{first}]). Noem elk bestand maar één keer.",
                    quote(file)
                ),
            );
        }
        if entry.title.trim().is_empty() {
            c.error(format!("{p}.title"), "De titel is leeg. Neem de titel (title) uit het mysterie-bestand over.");
        }
    }
    c.problems
}

/// Differences between an entry of `index.json` and the scenario in its file.
/// Paths are relative to the entry (`title`); use [`Problem::prefixed`] to
/// put `mysteries[N]` before them.
pub fn check_entry_matches(entry: &LibraryEntry, scenario: &Scenario) -> Vec<Problem> {
    let mut c = Check::default();
    let expected = LibraryEntry::for_scenario(scenario, &entry.file);
    let mut differ = |field: &str, index: String, file: String| {
        if index != file {
            c.error(
                field,
                format!(
                    "In index.json staat bij {field} {}, maar in het bestand {} staat {}. \
                     Maak ze gelijk: neem de waarde uit het bestand over in index.json.",
                    quote(&index),
                    quote(&entry.file),
                    quote(&file)
                ),
            );
        }
    };
    differ("id", entry.id.clone(), expected.id.clone());
    differ("title", entry.title.clone(), expected.title.clone());
    differ("summary", entry.summary.clone(), expected.summary.clone());
    differ("main_bouwsteen", entry.main_bouwsteen.as_str().into(), expected.main_bouwsteen.as_str().into());
    differ("bouwstenen", bouwsteen_list(&entry.bouwstenen), bouwsteen_list(&expected.bouwstenen));
    differ("duration_minutes", entry.duration_minutes.to_string(), expected.duration_minutes.to_string());
    let size = |g: &super::scenario::GroupSize| format!("min {}, max {}", g.min, g.max);
    differ("group_size", size(&entry.group_size), size(&expected.group_size));
    differ("core", entry.core.to_string(), expected.core.to_string());
    if entry.file != format!("{}.json", scenario.id) {
        c.error(
            "file",
            format!(
                "Het bestand heet {}, maar het mysterie heeft id {}. Geef het bestand dezelfde naam als het id: ‘{}.json’.",
                quote(&entry.file),
                quote(&scenario.id),
                scenario.id
            ),
        );
    }
    c.problems
}

/// Whether `id` is a valid clue or character id: 1–64 characters, only `a-z`,
/// `0-9` and `-`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `section` is a section number of the guide: digits and dots, like
/// "2.7" or "11".
pub fn is_valid_section(section: &str) -> bool {
    !section.is_empty() && section.split('.').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

// ---------------------------------------------------------------------------
// Reading: size, JSON syntax, version, shape.

fn read_text<'a>(text: &'a str, what: &str) -> Result<&'a str, Problem> {
    if text.len() > MAX_SCENARIO_BYTES {
        return Err(Problem::error(
            "",
            format!(
                "{what} is te groot: {} ({} bytes). De grens is {} ({} bytes). \
                 Maak de teksten korter of verdeel het mysterie over twee bestanden.",
                size_over_limit(text.len(), MAX_SCENARIO_BYTES),
                text.len(),
                human_size(MAX_SCENARIO_BYTES),
                MAX_SCENARIO_BYTES
            ),
        ));
    }
    // Some editors (Kladblok) put a byte order mark before the text.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Problem::error("", format!("{what} is leeg. Het bestand moet een JSON-object bevatten: {{ … }}.")));
    }
    Ok(text)
}

fn read_json(text: &str) -> Result<Value, Problem> {
    serde_json::from_str::<Value>(text).map_err(|e| {
        let raw = strip_position(&e.to_string());
        Problem::error(
            "",
            format!(
                "Het bestand is geen geldige JSON. De fout zit op regel {}, kolom {}: {}",
                e.line(),
                e.column(),
                explain_syntax(&raw)
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

/// The `format_version` of a file, as a number.
fn read_version(value: &Value, what: &str) -> Result<u32, Problem> {
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

fn version_problem(version: u32, what: &str) -> Problem {
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

/// Turn the JSON text into the Rust types, reporting the first misfit with its
/// path. Reading the text (not a `Value`) also catches a field written twice.
/// `show_position` is false for migrated text, whose lines are not the file's.
fn read_shape<T: DeserializeOwned>(text: &str, show_position: bool) -> Result<T, Problem> {
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
            return choice_problem(&path, rest, position);
        }
        shape_problem(&path, &raw, position)
    })
}

/// A choice field (kind, relevance, bouwsteen, ...) holds something that is not a word.
fn choice_problem(path: &str, rest: &str, position: Option<(usize, usize)>) -> Problem {
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
        None => "een woord uit de lijst in docs/scenario-format.md".to_string(),
    };
    let mut message = format!("Hier staat {found}, maar hier hoort {choices}, tussen dubbele aanhalingstekens.");
    if let Some((line, column)) = position {
        message = format!("{message} (regel {line}, kolom {column})");
    }
    Problem::error(path, message)
}

/// The allowed words of the choice field at `path`, from the types themselves.
fn choices_for(path: &str) -> Option<Vec<String>> {
    fn words<T: Serialize>(all: &[T]) -> Vec<String> {
        all.iter().filter_map(|v| serde_json::to_value(v).ok()?.as_str().map(str::to_string)).collect()
    }
    let field = path.rsplit('.').next().unwrap_or(path);
    let field = field.split('[').next().unwrap_or(field);
    Some(match field {
        "kind" if path.starts_with("characters") => words(&[CharacterKind::Inwoner, CharacterKind::Uitvoerder]),
        "kind" => words(&[ClueKind::Voice, ClueKind::Document, ClueKind::Fact]),
        "relevance" => words(&[Relevance::Key, Relevance::Supporting, Relevance::RedHerring, Relevance::Ambiguous]),
        "main_bouwsteen" | "bouwsteen" | "bouwstenen" => words(&Bouwsteen::ALL),
        "perspectives" => words(&Perspective::ALL),
        "phase" => words(&Phase::ALL),
        "topic" => words(&[QuestionTopic::Praktijk, QuestionTopic::Samenwerking]),
        "role" => words(&Role::ALL),
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
fn shape_problem(path: &str, raw: &str, position: Option<(usize, usize)>) -> Problem {
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
            format!(
                "Het veld {} ontbreekt. Voeg het toe; in docs/scenario-format.md staat wat erin hoort.",
                quote(field)
            ),
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
        let allowed = ticked.get(1..).unwrap_or_default().join(", ");
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
        (
            path.to_string(),
            format!("Dit deel van het bestand klopt niet ({raw}). Vergelijk het met docs/scenario-format.md."),
        )
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
        "string or map" | "variant identifier" => match allowed_values(path) {
            Some(values) => format!("een van deze woorden, tussen aanhalingstekens: {}", values.join(", ")),
            None => "een woord tussen aanhalingstekens".to_string(),
        },
        e if e.starts_with("struct ") => "een object met velden tussen { en }".to_string(),
        e if e.starts_with("enum ") => match allowed_values(path) {
            Some(values) => format!("een van deze woorden, tussen aanhalingstekens: {}", values.join(", ")),
            None => "een woord tussen aanhalingstekens".to_string(),
        },
        other => other.to_string(),
    }
}

/// The allowed words of the enum field at `path`, as written in JSON.
fn allowed_values(path: &str) -> Option<Vec<String>> {
    let last = path.rsplit('.').next().unwrap_or(path);
    let field = last.split('[').next().unwrap_or(last);
    match field {
        "main_bouwsteen" | "bouwstenen" | "bouwsteen" => Some(variants::<Bouwsteen>()),
        "perspectives" => Some(variants::<Perspective>()),
        "relevance" => Some(variants::<Relevance>()),
        "phase" => Some(variants::<Phase>()),
        "topic" => Some(variants::<QuestionTopic>()),
        "role" => Some(variants::<Role>()),
        "kind" if path.starts_with("characters") => Some(variants::<CharacterKind>()),
        "kind" if path.starts_with("clues") => Some(variants::<ClueKind>()),
        _ => None,
    }
}

/// The JSON spellings of the variants of a unit-only enum, as serde lists them.
fn variants<T: DeserializeOwned>() -> Vec<String> {
    match serde_json::from_value::<T>(Value::String(String::new())) {
        Ok(_) => Vec::new(),
        Err(e) => backticked(&e.to_string()).into_iter().skip(1).map(str::to_string).collect(),
    }
}

fn describe_value(value: &Value) -> String {
    match value {
        Value::Null => "null (leeg)".to_string(),
        Value::Bool(b) => format!("de waarde {b}"),
        Value::Number(n) => format!("het getal {n}"),
        Value::String(s) => format!("de tekst {}", quote(s)),
        Value::Array(_) => "een lijst [ … ]".to_string(),
        Value::Object(_) => "een object { … }".to_string(),
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

// ---------------------------------------------------------------------------
// The rules.

/// Every rule on a parsed scenario, in the order of the file. Empty when the
/// scenario is playable and needs no advice; see [`errors`] and [`warnings`].
pub fn validate(scenario: &Scenario) -> Vec<Problem> {
    let mut c = Check::default();
    let s = scenario;
    check_header(&mut c, s);
    check_characters(&mut c, s);
    check_clues(&mut c, s);
    check_unlock_cycles(&mut c, s);
    check_reachable(&mut c, s);
    check_categories(&mut c, s);
    check_solution(&mut c, s);
    check_hints(&mut c, s);
    check_reflection(&mut c, s);
    check_debrief(&mut c, s);
    check_role_actions(&mut c, s);
    check_sources(&mut c, s);
    check_text_lengths(&mut c, s);
    check_samen_spelen(&mut c, s);
    check_session_plans(&mut c, s);
    check_facilitator(&mut c, s);
    c.problems
}

#[derive(Default)]
struct Check {
    problems: Vec<Problem>,
}

impl Check {
    fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::error(path, message));
    }

    fn warning(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::warning(path, message));
    }

    /// An error when `value` is empty or only spaces.
    fn filled(&mut self, path: impl Into<String>, value: &str, message: impl Into<String>) {
        if value.trim().is_empty() {
            self.error(path, message);
        }
    }

    /// The id rules for clues and characters (and library entries).
    fn id(&mut self, path: &str, id: &str, what: &str) {
        if id.is_empty() {
            self.error(
                path,
                format!("Het id van {what} is leeg. Geef een id van kleine letters, cijfers en streepjes, zoals ‘brief-gemeente’."),
            );
        } else if id.len() > MAX_ID_CHARS {
            self.error(
                path,
                format!(
                    "Id {} is te lang ({} tekens). Gebruik hoogstens {MAX_ID_CHARS} tekens.",
                    quote(id),
                    id.chars().count()
                ),
            );
        } else if !is_valid_id(id) {
            self.error(
                path,
                format!(
                    "Id {} mag alleen kleine letters (a-z), cijfers en streepjes (-) bevatten: geen hoofdletters, spaties of accenten. \
                     Bijvoorbeeld: ‘{}’.",
                    quote(id),
                    suggest_id(id)
                ),
            );
        }
    }

    /// Ids that are not empty and unique within one list.
    fn unique_ids<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>, what: &str) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{list}[{i}].id");
            if id.trim().is_empty() {
                self.error(path, format!("Het id van {what} is leeg. Geef een kort id, zoals ‘{}’.", example_id(list)));
            } else if let Some(first) = first_seen(&mut seen, id, i) {
                self.error(
                    path,
                    format!(
                        "Id {} komt twee keer voor: ook bij {list}[{first}]. Geef elke {what} een eigen id.",
                        quote(id)
                    ),
                );
            }
        }
    }
}

fn example_id(list: &str) -> &'static str {
    match list {
        "categories" => "communicatie",
        "hints" => "hint-1",
        "reflection.statements" => "stelling-1",
        "reflection.questions" => "vraag-1",
        _ => "id-1",
    }
}

/// Records `id` at `index`; returns the index where it was seen before.
fn first_seen<'a>(seen: &mut HashMap<&'a str, usize>, id: &'a str, index: usize) -> Option<usize> {
    match seen.get(id) {
        Some(&first) => Some(first),
        None => {
            seen.insert(id, index);
            None
        }
    }
}

/// A valid id that looks like `id`, for the message.
fn suggest_id(id: &str) -> String {
    match text::slug(id, MAX_ID_CHARS) {
        suggestion if suggestion.is_empty() => "mijn-id".to_string(),
        suggestion => suggestion,
    }
}

fn check_header(c: &mut Check, s: &Scenario) {
    if s.format_version != FORMAT_VERSION {
        c.problems.push(version_problem(s.format_version, "Dit mysterie"));
    }
    c.id("id", &s.id, "het mysterie");
    c.filled("title", &s.title, "De titel (title) is leeg. Geef het mysterie een korte titel.");
    c.filled(
        "summary",
        &s.summary,
        "De samenvatting (summary) is leeg. Schrijf in één of twee zinnen waar het mysterie over gaat.",
    );
    c.filled(
        "central_question",
        &s.central_question,
        "De centrale vraag (central_question) is leeg. Schrijf de vraag op die het team moet beantwoorden.",
    );
    c.filled("case.title", &s.case.title, "De titel van de casus (case.title) is leeg. Vul een korte titel in.");
    if s.case.paragraphs.is_empty() {
        c.error(
            "case.paragraphs",
            "De casus heeft geen alinea's. Voeg minstens één alinea toe die vertelt wat er met de inwoner gebeurt.",
        );
    }
    for (i, paragraph) in s.case.paragraphs.iter().enumerate() {
        c.filled(format!("case.paragraphs[{i}]"), paragraph, "Deze alinea is leeg. Vul hem in of haal hem weg.");
    }

    if s.bouwstenen.is_empty() {
        c.error(
            "bouwstenen",
            format!(
                "De lijst bouwstenen is leeg. Zet er minstens de hoofdbouwsteen in: {}.",
                quote(s.main_bouwsteen.as_str())
            ),
        );
    } else if !s.bouwstenen.contains(&s.main_bouwsteen) {
        c.error(
            "bouwstenen",
            format!(
                "De hoofdbouwsteen {} (main_bouwsteen) staat niet in de lijst bouwstenen. Voeg hem toe aan de lijst.",
                quote(s.main_bouwsteen.as_str())
            ),
        );
    }
    duplicates(c, "bouwstenen", &s.bouwstenen, |b| b.as_str(), "Bouwsteen");

    if !DURATION_MINUTES.contains(&s.duration_minutes) {
        c.error(
            "duration_minutes",
            format!(
                "Een speelduur van {} minuten kan niet. Kies {} tot en met {} minuten.",
                s.duration_minutes,
                DURATION_MINUTES.start(),
                DURATION_MINUTES.end()
            ),
        );
    }
    let g = s.group_size;
    if g.min < 1 {
        c.error("group_size.min", format!("Een groep van {} personen kan niet. Zet min op 1 of meer.", g.min));
    }
    if g.max > MAX_GROUP_SIZE {
        c.error(
            "group_size.max",
            format!("Een groep van {} personen is te groot. Zet max op {MAX_GROUP_SIZE} of minder.", g.max),
        );
    }
    if g.min > g.max {
        c.error(
            "group_size",
            format!(
                "De kleinste groep (min {}) is groter dan de grootste groep (max {}). Maak min kleiner of gelijk aan max.",
                g.min, g.max
            ),
        );
    }
}

/// Errors for values that appear twice in a list, at the second one.
fn duplicates<T: Hash + Eq>(c: &mut Check, path: &str, list: &[T], name: impl Fn(&T) -> &str, what: &str) {
    let mut seen: HashSet<&T> = HashSet::new();
    for (i, item) in list.iter().enumerate() {
        if !seen.insert(item) {
            c.error(
                format!("{path}[{i}]"),
                format!("{what} {} staat twee keer in de lijst. Haal er één weg.", quote(name(item))),
            );
        }
    }
}

fn check_characters(c: &mut Check, s: &Scenario) {
    let speakers: HashSet<&str> = s.clues.iter().filter_map(|clue| clue.speaker.as_deref()).collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, ch) in s.characters.iter().enumerate() {
        let p = format!("characters[{i}]");
        c.id(&format!("{p}.id"), &ch.id, "deze persoon");
        if !ch.id.is_empty() {
            if let Some(first) = first_seen(&mut seen, &ch.id, i) {
                c.error(
                    format!("{p}.id"),
                    format!(
                        "Id {} is al gebruikt door characters[{first}]. Geef elke persoon een eigen id.",
                        quote(&ch.id)
                    ),
                );
            }
        }
        c.filled(
            format!("{p}.name"),
            &ch.name,
            format!("De naam van persoon {} is leeg. Vul een naam in, zoals ‘mevrouw Jansen’.", quote(&ch.id)),
        );
        c.filled(
            format!("{p}.role"),
            &ch.role,
            format!(
                "De rol van persoon {} is leeg. Schrijf kort wie dit is, zoals ‘schuldhulpverlener’ of ‘moeder van twee kinderen’.",
                quote(&ch.id)
            ),
        );
        if let Some(hue) = ch.portrait_hue.filter(|h| *h >= 360) {
            c.error(
                format!("{p}.portrait_hue"),
                format!(
                    "De kleur van het portret van {} is {hue}. Kies een kleur tussen 0 en 359 (graden op de kleurencirkel), \
                     of laat de app kiezen.",
                    quote(&ch.name)
                ),
            );
        }
        if ch.kind == CharacterKind::Uitvoerder && ch.organisation.as_deref().is_none_or(|o| o.trim().is_empty()) {
            c.error(
                format!("{p}.organisation"),
                format!(
                    "Persoon {} is een uitvoerder (kind: uitvoerder). Vul bij organisation in waar deze persoon werkt, zoals ‘Gemeente Rivierstad’.",
                    quote(&ch.id)
                ),
            );
        }
        if !speakers.contains(ch.id.as_str()) {
            c.warning(
                p,
                format!(
                    "Persoon {} zegt niets: deze persoon vertelt op geen enkele kaart (‘Wie vertelt dit?’). \
                     Laat de persoon iets zeggen of haal de persoon weg.",
                    quote(&ch.id)
                ),
            );
        }
    }
}

/// The word for a clue's relevance, as the editor's choices start.
fn relevance_word(r: Relevance) -> &'static str {
    match r {
        Relevance::Key => "kernaanwijzing",
        Relevance::Supporting => "achtergrond",
        Relevance::RedHerring => "dwaalspoor",
        Relevance::Ambiguous => "twijfelgeval",
    }
}

fn check_clues(c: &mut Check, s: &Scenario) {
    let index = clue_index(s);
    let characters: HashSet<&str> = s.characters.iter().map(|ch| ch.id.as_str()).collect();
    let categories: HashSet<&str> = s.categories.iter().map(|cat| cat.id.as_str()).collect();
    let bouwstenen: HashSet<Bouwsteen> = s.bouwstenen.iter().copied().collect();
    let n = s.clues.len();
    if n < MIN_CLUES {
        c.error(
            "clues",
            format!(
                "Dit mysterie heeft {n} aanwijzing(en). Er zijn er minstens {MIN_CLUES} nodig. Voeg aanwijzingen toe."
            ),
        );
    } else if n > MAX_CLUES {
        c.error(
            "clues",
            format!(
                "Dit mysterie heeft {n} aanwijzingen. Dat zijn er te veel om te spelen: hoogstens {MAX_CLUES}. Een mysterie heeft meestal {} tot {} aanwijzingen.",
                USUAL_CLUES.start(),
                USUAL_CLUES.end()
            ),
        );
    } else if !USUAL_CLUES.contains(&n) {
        let advice = if n < *USUAL_CLUES.start() {
            "Met minder aanwijzingen valt er weinig te zoeken en te ordenen."
        } else {
            "Met meer aanwijzingen wordt het spel lang en onoverzichtelijk."
        };
        c.warning(
            "clues",
            format!(
                "Dit mysterie heeft {n} aanwijzingen. Een mysterie heeft meestal {} tot {} aanwijzingen. {advice}",
                USUAL_CLUES.start(),
                USUAL_CLUES.end()
            ),
        );
    }

    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, clue) in s.clues.iter().enumerate() {
        let p = format!("clues[{i}]");
        let id = quote(&clue.id);
        c.id(&format!("{p}.id"), &clue.id, "deze aanwijzing");
        if !clue.id.is_empty() {
            if let Some(first) = first_seen(&mut seen, &clue.id, i) {
                c.error(
                    format!("{p}.id"),
                    format!("Id {id} is al gebruikt door clues[{first}]. Geef elke aanwijzing een eigen id."),
                );
            }
        }
        c.filled(
            format!("{p}.title"),
            &clue.title,
            format!("Aanwijzing {id} heeft geen titel. Geef de kaart een korte titel."),
        );
        c.filled(
            format!("{p}.text"),
            &clue.text,
            format!("Aanwijzing {id} heeft geen tekst. Schrijf wat er op de kaart staat."),
        );

        match clue.speaker.as_deref() {
            None if clue.kind == ClueKind::Voice => c.error(
                format!("{p}.speaker"),
                format!(
                    "Bij aanwijzing {id} staat niet wie het zegt. Deze kaart is een ervaring: iemand vertelt. \
                     Kies bij ‘Wie vertelt dit?’ een persoon."
                ),
            ),
            None => {}
            Some(speaker) if speaker.trim().is_empty() => c.error(
                format!("{p}.speaker"),
                format!(
                    "Bij aanwijzing {id} is ‘Wie vertelt dit?’ leeg. \
                     Kies een persoon uit de lijst personen, of kies ‘Niemand’."
                ),
            ),
            Some(speaker) if !characters.contains(speaker) => c.error(
                format!("{p}.speaker"),
                format!(
                    "Persoon {} bestaat niet. Kies bij ‘Wie vertelt dit?’ een persoon uit de lijst personen, of voeg deze persoon toe.",
                    quote(speaker)
                ),
            ),
            Some(_) => {}
        }

        if !UNLOCK_ROUNDS.contains(&clue.unlock.round) {
            c.error(
                format!("{p}.unlock.round"),
                format!(
                    "Ronde {} kan niet. Kies een ronde van {} tot en met {}. Ronde 1 is het begin van het spel.",
                    clue.unlock.round,
                    UNLOCK_ROUNDS.start(),
                    UNLOCK_ROUNDS.end()
                ),
            );
        }
        let mut seen_after: HashSet<&str> = HashSet::new();
        for (j, after) in clue.unlock.after.iter().enumerate() {
            let ap = format!("{p}.unlock.after[{j}]");
            let first_time = seen_after.insert(after);
            if *after == clue.id {
                c.error(
                    ap,
                    format!("Aanwijzing {id} wacht op zichzelf en komt zo nooit vrij. Haal {id} weg uit after."),
                );
            } else if !index.contains_key(after.as_str()) {
                c.error(
                    ap,
                    format!(
                        "Aanwijzing {} bestaat niet. Kies een id uit clues, of haal {} weg uit after.",
                        quote(after),
                        quote(after)
                    ),
                );
            } else if !first_time {
                c.error(ap, format!("Aanwijzing {} staat twee keer in after. Haal er één weg.", quote(after)));
            }
        }

        match (clue.relevance, clue.category.as_deref()) {
            (Relevance::RedHerring, Some(category)) => c.error(
                format!("{p}.category"),
                format!(
                    "Aanwijzing {id} is een dwaalspoor. Een dwaalspoor hoort in geen categorie: \
                     het team moet het apart leggen. Kies bij ‘Categorie’ voor ‘Geen categorie’ in plaats van categorie {}.",
                    quote(category)
                ),
            ),
            (Relevance::Key | Relevance::Supporting, None) => c.error(
                format!("{p}.category"),
                format!(
                    "Aanwijzing {id} heeft als belang {} en hoort daarom in een categorie. Kies bij ‘Categorie’ een categorie.",
                    quote(relevance_word(clue.relevance))
                ),
            ),
            (_, Some(category)) => {
                if !categories.contains(category) {
                    c.error(
                        format!("{p}.category"),
                        format!(
                            "Categorie {} bestaat niet. Kies een id uit de lijst categories of voeg deze categorie toe.",
                            quote(category)
                        ),
                    );
                }
            }
            (_, None) => {}
        }

        if clue.bouwstenen.is_empty() {
            c.error(
                format!("{p}.bouwstenen"),
                format!("Aanwijzing {id} heeft geen bouwsteen. Vul minstens één bouwsteen in."),
            );
        }
        duplicates(c, &format!("{p}.bouwstenen"), &clue.bouwstenen, |b| b.as_str(), "Bouwsteen");
        for (j, b) in clue.bouwstenen.iter().enumerate() {
            if !bouwstenen.contains(b) {
                c.error(
                    format!("{p}.bouwstenen[{j}]"),
                    format!(
                        "Bouwsteen {} staat niet in de lijst bouwstenen van het mysterie (bovenaan het bestand). \
                         Voeg hem daar toe of kies een andere bouwsteen.",
                        quote(b.as_str())
                    ),
                );
            }
        }
        if clue.perspectives.is_empty() {
            c.error(
                format!("{p}.perspectives"),
                format!(
                    "Aanwijzing {id} heeft geen perspectief. Kies minstens één uit: juridisch, financieel, sociaal."
                ),
            );
        }
        duplicates(c, &format!("{p}.perspectives"), &clue.perspectives, |v| v.as_str(), "Perspectief");

        if let Some(source) = clue.source.as_deref() {
            if !is_valid_section(source) {
                c.warning(
                    format!("{p}.source"),
                    format!(
                        "Bron {} is geen paragraafnummer. Schrijf alleen het nummer uit de handreiking, zoals ‘5.2’ of ‘11’.",
                        quote(source)
                    ),
                );
            }
        }
    }
}

/// The index of the first clue with each id.
fn clue_index(s: &Scenario) -> HashMap<&str, usize> {
    let mut index = HashMap::new();
    for (i, clue) in s.clues.iter().enumerate() {
        index.entry(clue.id.as_str()).or_insert(i);
    }
    index
}

/// Longest cycle shown in full in a message, and most cycles reported.
const MAX_CYCLE_SHOWN: usize = 12;
const MAX_CYCLES_REPORTED: usize = 20;

/// Cycles in `unlock.after`: clues that wait for each other never come free.
fn check_unlock_cycles(c: &mut Check, s: &Scenario) {
    let index = clue_index(s);
    let n = s.clues.len();
    // edges[i]: (position in after, clue waited for). Self-waits are reported elsewhere.
    let edges: Vec<Vec<(usize, usize)>> = s
        .clues
        .iter()
        .enumerate()
        .map(|(i, clue)| {
            let mut out: Vec<(usize, usize)> = Vec::new();
            let mut seen: HashSet<usize> = HashSet::new();
            for (j, after) in clue.unlock.after.iter().enumerate() {
                if let Some(&t) = index.get(after.as_str()) {
                    if t != i && seen.insert(t) {
                        out.push((j, t));
                    }
                }
            }
            out
        })
        .collect();

    // Iterative depth-first search; colour 0 = new, 1 = on the current path, 2 = done.
    let mut colour = vec![0u8; n];
    let mut position = vec![0usize; n];
    let mut reported: HashSet<Vec<usize>> = HashSet::new();
    let mut cycles: Vec<(usize, usize, Vec<usize>)> = Vec::new();
    for start in 0..n {
        if colour[start] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        colour[start] = 1;
        position[start] = 0;
        while let Some(top) = stack.last_mut() {
            let (u, next) = *top;
            if next >= edges[u].len() {
                colour[u] = 2;
                stack.pop();
                continue;
            }
            top.1 += 1;
            let (_, t) = edges[u][next];
            match colour[t] {
                0 => {
                    colour[t] = 1;
                    position[t] = stack.len();
                    stack.push((t, 0));
                }
                1 if cycles.len() < MAX_CYCLES_REPORTED => {
                    // Every node on the stack from t on follows the edge at its counter - 1.
                    let members: Vec<(usize, usize)> = stack[position[t]..]
                        .iter()
                        .map(|&(node, counter)| (node, edges[node][counter.saturating_sub(1)].0))
                        .collect();
                    let mut key: Vec<usize> = members.iter().map(|&(node, _)| node).collect();
                    key.sort_unstable();
                    if reported.insert(key) {
                        let first = members.iter().enumerate().min_by_key(|(_, &(node, _))| node).map_or(0, |(k, _)| k);
                        let mut order: Vec<usize> =
                            members[first..].iter().chain(&members[..first]).map(|&(node, _)| node).collect();
                        order.push(members[first].0);
                        cycles.push((members[first].0, members[first].1, order));
                    }
                }
                _ => {}
            }
        }
    }
    cycles.sort_by_key(|&(clue, after, _)| (clue, after));
    for (clue, after, order) in cycles {
        let names: Vec<&str> = order.iter().map(|&k| s.clues[k].id.as_str()).collect();
        let shown = if names.len() > MAX_CYCLE_SHOWN {
            format!("{} → … → {}", names[..MAX_CYCLE_SHOWN - 1].join(" → "), names[names.len() - 1])
        } else {
            names.join(" → ")
        };
        c.error(
            format!("clues[{clue}].unlock.after[{after}]"),
            format!(
                "Deze aanwijzingen wachten op elkaar in een kring: {shown} (→ betekent: wacht op). \
                 Daardoor komt geen van deze aanwijzingen ooit vrij. Laat één ervan niet meer op de volgende wachten."
            ),
        );
    }
}

/// Play the unlock rules: uncover everything that comes free, round by round
/// up to the last round. A clue that never comes free is an error.
fn check_reachable(c: &mut Check, s: &Scenario) {
    let revealed = simulate_unlocks(s);
    let index = clue_index(s);
    for (i, clue) in s.clues.iter().enumerate() {
        if revealed[i] {
            continue;
        }
        let id = quote(&clue.id);
        let mut missing: Vec<&str> = Vec::new();
        let mut waits_on_self = false;
        let mut never: Vec<&str> = Vec::new();
        let mut seen: HashSet<&str> = HashSet::new();
        for after in &clue.unlock.after {
            if !seen.insert(after) {
                continue;
            }
            match index.get(after.as_str()) {
                _ if *after == clue.id => waits_on_self = true,
                None => missing.push(after),
                Some(&t) if !revealed[t] => never.push(after),
                Some(_) => {}
            }
        }
        let reason = if waits_on_self {
            "want deze aanwijzing wacht op zichzelf".to_string()
        } else if !missing.is_empty() {
            format!("want deze aanwijzing wacht op {}, en die bestaat niet", quote_list(&missing))
        } else if !never.is_empty() {
            format!("want deze aanwijzing wacht op {}, en die komt zelf ook nooit vrij", quote_list(&never))
        } else {
            "want de rondes en after-lijsten laten dat niet toe".to_string()
        };
        let key = if clue.relevance == Relevance::Key {
            " Dit is een kernaanwijzing: zonder deze aanwijzing is het mysterie niet op te lossen."
        } else {
            ""
        };
        c.error(
            format!("clues[{i}].unlock"),
            format!("Aanwijzing {id} komt in het spel nooit vrij, {reason}.{key} Pas unlock.after aan."),
        );
    }
}

/// Which clues (by position) come free when a team uncovers everything it can,
/// round by round, as the game allows: a clue comes free from its round on,
/// once every clue in its `after` is uncovered.
fn simulate_unlocks(s: &Scenario) -> Vec<bool> {
    let index = clue_index(s);
    let n = s.clues.len();
    let mut unmet = vec![0usize; n];
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut by_round: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, clue) in s.clues.iter().enumerate() {
        let distinct: HashSet<&str> = clue.unlock.after.iter().map(String::as_str).collect();
        for after in distinct {
            unmet[i] += 1;
            // An unknown clue, or the clue itself, never counts as uncovered.
            if let Some(&t) = index.get(after) {
                if t != i {
                    dependents[t].push(i);
                }
            }
        }
        by_round.entry(clue.unlock.round).or_default().push(i);
    }
    let mut revealed = vec![false; n];
    for (&round, members) in &by_round {
        let mut queue: Vec<usize> = members.iter().copied().filter(|&i| unmet[i] == 0).collect();
        while let Some(i) = queue.pop() {
            if revealed[i] {
                continue;
            }
            revealed[i] = true;
            for &d in &dependents[i] {
                unmet[d] = unmet[d].saturating_sub(1);
                if unmet[d] == 0 && s.clues[d].unlock.round <= round && !revealed[d] {
                    queue.push(d);
                }
            }
        }
    }
    revealed
}

fn check_categories(c: &mut Check, s: &Scenario) {
    let used: HashSet<&str> = s.clues.iter().filter_map(|clue| clue.category.as_deref()).collect();
    let n = s.categories.len();
    if n < MIN_CATEGORIES {
        c.error(
            "categories",
            format!(
                "Er zijn {n} categorieën. Er zijn er minstens {MIN_CATEGORIES} nodig om te kunnen ordenen. Voeg een categorie toe."
            ),
        );
    }
    c.unique_ids("categories", s.categories.iter().map(|cat| cat.id.as_str()), "categorie");
    for (i, category) in s.categories.iter().enumerate() {
        let p = format!("categories[{i}]");
        c.filled(
            format!("{p}.name"),
            &category.name,
            format!("Categorie {} heeft geen naam. Vul een naam in die het team ziet.", quote(&category.id)),
        );
        if !used.contains(category.id.as_str()) {
            c.warning(
                p,
                format!(
                    "Geen enkele aanwijzing hoort in categorie {}. Kies deze categorie bij een aanwijzing, of haal de categorie weg.",
                    quote(&category.id)
                ),
            );
        }
    }
}

fn check_solution(c: &mut Check, s: &Scenario) {
    let index = clue_index(s);
    let clue = |id: &str| index.get(id).map(|&i| &s.clues[i]);
    let solution = &s.solution;
    c.filled(
        "solution.summary",
        &solution.summary,
        "Het antwoord op de centrale vraag is leeg. Schrijf het in een paar zinnen op.",
    );

    let keys = &solution.key_clues;
    let listed: HashSet<&str> = keys.iter().map(String::as_str).collect();
    let mut seen_keys: HashSet<&str> = HashSet::new();
    if keys.len() < MIN_KEY_CLUES {
        c.error(
            "solution.key_clues",
            format!(
                "De oplossing heeft {} {}. Er zijn er minstens {MIN_KEY_CLUES} nodig: het antwoord mag niet uit één aanwijzing komen.",
                keys.len(),
                if keys.len() == 1 { "kernaanwijzing" } else { "kernaanwijzingen" }
            ),
        );
    }
    for (j, key) in keys.iter().enumerate() {
        let p = format!("solution.key_clues[{j}]");
        let first_time = seen_keys.insert(key);
        match clue(key) {
            None => c.error(p, format!("Aanwijzing {} bestaat niet. Kies een id uit clues.", quote(key))),
            Some(_) if !first_time => c.error(
                p,
                format!("Aanwijzing {} staat twee keer bij de kernaanwijzingen. Haal er één weg.", quote(key)),
            ),
            Some(clue) if clue.relevance != Relevance::Key => c.error(
                p,
                format!(
                    "Aanwijzing {} staat bij de kernaanwijzingen, maar heeft als belang {}. \
                     Kies bij die aanwijzing als belang ‘kernaanwijzing’, of haal haar hier weg.",
                    quote(key),
                    quote(relevance_word(clue.relevance))
                ),
            ),
            Some(_) => {}
        }
    }
    for (i, clue) in s.clues.iter().enumerate() {
        if clue.relevance == Relevance::Key && !listed.contains(clue.id.as_str()) {
            c.error(
                format!("clues[{i}].relevance"),
                format!(
                    "Aanwijzing {} is een kernaanwijzing, maar staat niet bij de kernaanwijzingen van de oplossing. \
                     Zet haar daar bij, of kies een ander belang.",
                    quote(&clue.id)
                ),
            );
        }
    }

    if solution.chains.is_empty() {
        c.error(
            "solution.chains",
            "Er staan geen verbanden in de oplossing. Voeg er minstens één toe: welke aanwijzing leidt tot welke.",
        );
    }
    for (j, chain) in solution.chains.iter().enumerate() {
        let p = format!("solution.chains[{j}]");
        for (end, id) in [("from", &chain.from), ("to", &chain.to)] {
            match clue(id) {
                None => c.error(
                    format!("{p}.{end}"),
                    format!("Aanwijzing {} bestaat niet. Kies een id uit clues.", quote(id)),
                ),
                Some(clue) if clue.relevance == Relevance::RedHerring => c.error(
                    format!("{p}.{end}"),
                    format!(
                        "Aanwijzing {} is een dwaalspoor en hoort niet in een verband van de oplossing. \
                         Kies een andere aanwijzing, of geef deze een ander belang.",
                        quote(id)
                    ),
                ),
                Some(_) => {}
            }
        }
        if chain.from == chain.to {
            c.error(
                format!("{p}.to"),
                format!(
                    "Dit verband gaat van {} naar dezelfde aanwijzing. Kies bij to een andere aanwijzing.",
                    quote(&chain.from)
                ),
            );
        }
        if chain.why.trim().is_empty() {
            c.warning(
                format!("{p}.why"),
                format!(
                    "Er staat niet waarom {} tot {} leidt. Schrijf het kort op bij why: het team ziet dit bij de nabespreking.",
                    quote(&chain.from),
                    quote(&chain.to)
                ),
            );
        }
    }

    for (j, concept) in solution.concepts.iter().enumerate() {
        let p = format!("solution.concepts[{j}]");
        c.filled(format!("{p}.label"), &concept.label, "Dit begrip heeft geen naam (label). Vul een korte naam in.");
        if concept.words.iter().all(|w| w.trim().is_empty()) {
            c.error(
                format!("{p}.words"),
                format!(
                    "Begrip {} heeft geen woorden. Voeg minstens één woord toe waaraan de app het begrip herkent in de uitleg van het team.",
                    quote(&concept.label)
                ),
            );
        } else {
            for (k, word) in concept.words.iter().enumerate() {
                if word.trim().is_empty() {
                    c.warning(format!("{p}.words[{k}]"), "Dit woord is leeg. Haal het weg.");
                }
            }
        }
    }

    check_solo_reachable(c, s);
}

/// Advice when the key clues and chains cannot give the top SOLO level.
fn check_solo_reachable(c: &mut Check, s: &Scenario) {
    let index = clue_index(s);
    // Each listed key clue once, in list order.
    let mut positions: Vec<usize> = Vec::new();
    let mut seen: HashSet<usize> = HashSet::new();
    for id in &s.solution.key_clues {
        if let Some(&i) = index.get(id.as_str()) {
            if s.clues[i].relevance == Relevance::Key && seen.insert(i) {
                positions.push(i);
            }
        }
    }
    let key_clues: Vec<&super::scenario::Clue> = positions.iter().map(|&i| &s.clues[i]).collect();
    if key_clues.len() < MIN_KEY_CLUES {
        return; // Already an error.
    }
    let mut bouwstenen: Vec<Bouwsteen> = key_clues.iter().flat_map(|clue| clue.bouwstenen.iter().copied()).collect();
    bouwstenen.sort_unstable();
    bouwstenen.dedup();
    let missing: Vec<&str> = Perspective::ALL
        .iter()
        .filter(|p| !key_clues.iter().any(|clue| clue.perspectives.contains(p)))
        .map(|p| p.as_str())
        .collect();
    if bouwstenen.len() < 2 || !missing.is_empty() {
        let mut gaps: Vec<String> = Vec::new();
        if bouwstenen.len() < 2 {
            gaps.push(format!("ze gaan over {} bouwsteen, en er zijn er minstens 2 nodig", bouwstenen.len()));
        }
        if !missing.is_empty() {
            gaps.push(format!("het perspectief {} ontbreekt", missing.join(" en ")));
        }
        c.warning(
            "solution.key_clues",
            format!(
                "Met deze kernaanwijzingen kan een team het hoogste niveau (‘Breed verbonden verklaring’) niet halen: {}. \
                 Kies kernaanwijzingen die samen minstens 2 bouwstenen en alle drie perspectieven (juridisch, financieel, sociaal) raken.",
                gaps.join("; ")
            ),
        );
    }
    let key_ids: HashSet<&str> = key_clues.iter().map(|clue| clue.id.as_str()).collect();
    let is_key = |id: &str| key_ids.contains(id);
    if !s.solution.chains.is_empty()
        && !s.solution.chains.iter().any(|chain| chain.from != chain.to && is_key(&chain.from) && is_key(&chain.to))
    {
        c.warning(
            "solution.chains",
            "Geen enkel verband (chain) verbindt twee kernaanwijzingen. Een team haalt een hoog niveau pas als het \
             kernaanwijzingen met elkaar verbindt. Maak een chain van de ene kernaanwijzing naar de andere.",
        );
    }
}

fn check_hints(c: &mut Check, s: &Scenario) {
    c.unique_ids("hints", s.hints.iter().map(|h| h.id.as_str()), "hint");
    for (i, hint) in s.hints.iter().enumerate() {
        let p = format!("hints[{i}]");
        if !hint.phase.allows_hints() {
            c.error(
                format!("{p}.phase"),
                format!(
                    "Een hint kan alleen in de fase onderzoeken, ordenen of oplossen. Nu staat er {}. Kies een van die drie.",
                    quote(&json_name(&hint.phase))
                ),
            );
        }
        c.filled(
            format!("{p}.text"),
            &hint.text,
            format!("Hint {} heeft geen tekst. Schrijf de hint op.", quote(&hint.id)),
        );
        if hint.cost > MAX_HINT_COST {
            c.error(
                format!("{p}.cost"),
                format!(
                    "Hint {} kost {} punten. Dat is te veel: kies 0 tot en met {MAX_HINT_COST}.",
                    quote(&hint.id),
                    hint.cost
                ),
            );
        }
    }
}

fn check_reflection(c: &mut Check, s: &Scenario) {
    let r = &s.reflection;
    if r.statements.is_empty() {
        c.error(
            "reflection.statements",
            "Er zijn geen stellingen. Voeg minstens één stelling toe, zoals ‘In onze gemeente weten inwoners waar ze met een brief terechtkunnen.’",
        );
    }
    c.unique_ids("reflection.statements", r.statements.iter().map(|st| st.id.as_str()), "stelling");
    for (i, statement) in r.statements.iter().enumerate() {
        c.filled(
            format!("reflection.statements[{i}].text"),
            &statement.text,
            format!("Stelling {} heeft geen tekst. Schrijf de stelling op.", quote(&statement.id)),
        );
    }
    if r.questions.is_empty() {
        c.error(
            "reflection.questions",
            "Er zijn geen open vragen. Voeg minstens één vraag toe, zoals ‘Wat gaat goed in jullie praktijk?’",
        );
    }
    c.unique_ids("reflection.questions", r.questions.iter().map(|q| q.id.as_str()), "vraag");
    for (i, question) in r.questions.iter().enumerate() {
        c.filled(
            format!("reflection.questions[{i}].text"),
            &question.text,
            format!("Vraag {} heeft geen tekst. Schrijf de vraag op.", quote(&question.id)),
        );
    }
}

fn check_debrief(c: &mut Check, s: &Scenario) {
    let d = &s.debrief;
    if d.paragraphs.is_empty() {
        c.error(
            "debrief.paragraphs",
            "De nabespreking heeft geen alinea's. Voeg minstens één alinea toe over wat er echt gebeurde.",
        );
    }
    for (i, paragraph) in d.paragraphs.iter().enumerate() {
        c.filled(format!("debrief.paragraphs[{i}]"), paragraph, "Deze alinea is leeg. Vul hem in of haal hem weg.");
    }
    if d.discussion_questions.is_empty() {
        c.error(
            "debrief.discussion_questions",
            "Er zijn geen vragen voor het gesprek na afloop. Voeg minstens één vraag toe.",
        );
    }
    for (i, question) in d.discussion_questions.iter().enumerate() {
        c.filled(
            format!("debrief.discussion_questions[{i}]"),
            question,
            "Deze vraag is leeg. Vul hem in of haal hem weg.",
        );
    }
}

fn check_role_actions(c: &mut Check, s: &Scenario) {
    let mut seen: Vec<(Role, usize)> = Vec::new();
    for (i, ra) in s.role_actions.iter().enumerate() {
        let p = format!("role_actions[{i}]");
        let role = quote(&json_name(&ra.role));
        if let Some(&(_, first)) = seen.iter().find(|(r, _)| *r == ra.role) {
            c.error(
                format!("{p}.role"),
                format!("Rol {role} staat er twee keer (ook bij role_actions[{first}]). Zet alle acties voor deze rol in één blok."),
            );
        } else {
            seen.push((ra.role, i));
        }
        if ra.actions.is_empty() {
            c.error(format!("{p}.actions"), format!("Rol {role} heeft geen acties. Voeg minstens één actie toe."));
        }
        for (k, action) in ra.actions.iter().enumerate() {
            c.filled(
                format!("{p}.actions[{k}].text"),
                &action.text,
                "Deze actie heeft geen tekst. Schrijf op wat iemand in deze rol kan doen.",
            );
        }
    }
    for role in Role::ALL {
        if !seen.iter().any(|(r, _)| *r == role) {
            c.error(
                "role_actions",
                format!(
                    "De rol {} ontbreekt. Geef acties voor alle vier de rollen: uitvoeringsprofessional, beleidsmedewerker, leidinggevende en bestuurder.",
                    quote(&json_name(&role))
                ),
            );
        }
    }
}

fn check_sources(c: &mut Check, s: &Scenario) {
    for (i, source) in s.sources.iter().enumerate() {
        if !is_valid_section(&source.section) {
            c.error(
                format!("sources[{i}].section"),
                format!(
                    "Paragraaf {} klopt niet. Schrijf alleen het nummer uit de handreiking, met cijfers en punten, zoals ‘2.7’ of ‘11’.",
                    quote(&source.section)
                ),
            );
        }
        c.filled(
            format!("sources[{i}].title"),
            &source.title,
            "De titel van deze bron is leeg. Neem de titel van de paragraaf uit de handreiking over.",
        );
    }
}

/// An error for every text longer than [`MAX_TEXT_CHARS`], and for every
/// title or name longer than [`MAX_TITLE_CHARS`].
fn check_text_lengths(c: &mut Check, s: &Scenario) {
    fn walk(value: &Value, path: &str, c: &mut Check) {
        match value {
            Value::String(text) => {
                let chars = text.chars().count();
                let field = path.rsplit('.').next().unwrap_or(path);
                let is_title = matches!(field, "title" | "name" | "label");
                if is_title && chars > MAX_TITLE_CHARS {
                    c.error(
                        path,
                        format!(
                            "Deze titel of naam is {chars} tekens lang. Dat past niet op een kaart of in het spel: hoogstens {MAX_TITLE_CHARS} tekens. Maak hem korter."
                        ),
                    );
                } else if chars > MAX_TEXT_CHARS {
                    c.error(
                        path,
                        format!(
                            "Deze tekst is {chars} tekens lang. Dat is te lang om in het spel te lezen: hoogstens {MAX_TEXT_CHARS} tekens. Maak hem korter of verdeel hem over meer kaarten."
                        ),
                    );
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, &format!("{path}[{i}]"), c);
                }
            }
            Value::Object(fields) => {
                for (name, item) in fields {
                    walk(item, &join(path, name), c);
                }
            }
            _ => {}
        }
    }
    if let Ok(value) = serde_json::to_value(s) {
        walk(&value, "", c);
    }
}

// ---------------------------------------------------------------------------
// Small helpers.

/// `prefix.field`, or just `field` at the top.
fn join(prefix: &str, field: &str) -> String {
    match (prefix.is_empty(), field.is_empty()) {
        (true, _) => field.to_string(),
        (_, true) => prefix.to_string(),
        _ if field.starts_with('[') => format!("{prefix}{field}"),
        _ => format!("{prefix}.{field}"),
    }
}

/// ‘a’, ‘b’, ‘c’: at most five, then "en nog N".
fn quote_list(values: &[&str]) -> String {
    const SHOWN: usize = 5;
    let mut out: Vec<String> = values.iter().take(SHOWN).map(|v| quote(v)).collect();
    if values.len() > SHOWN {
        out.push(format!("en nog {}", values.len() - SHOWN));
    }
    out.join(", ")
}

/// ‘value’, shortened when long.
fn quote(value: &str) -> String {
    format!("‘{}’", shorten(value))
}

fn shorten(value: &str) -> String {
    const MAX: usize = 60;
    if value.chars().count() > MAX {
        let mut out: String = value.chars().take(MAX).collect();
        out.push('…');
        out
    } else {
        value.to_string()
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// How a value of a unit enum is spelled in JSON.
fn json_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(name)) => name,
        _ => String::new(),
    }
}

fn bouwsteen_list(list: &[Bouwsteen]) -> String {
    list.iter().map(|b| b.as_str()).collect::<Vec<_>>().join(", ")
}

// ---------------------------------------------------------------------------
// Samen spelen: player roles, cards dealt to a role, audio files, minutes per phase.

/// Sound files a browser can play, by extension.
pub const AUDIO_EXTENSIONS: [&str; 7] = ["mp3", "ogg", "oga", "opus", "m4a", "wav", "webm"];
/// Most minutes one phase can be given in `phase_minutes`.
pub const MAX_PHASE_MINUTES: u32 = 240;

/// Whether `file` is a safe file name inside `mysteries/`: letters, digits,
/// `-`, `_`, `.` and `/` between folder names; no `..`, no address, no leading
/// `/`; ending in a sound extension from [`AUDIO_EXTENSIONS`].
pub fn is_valid_audio_file(file: &str) -> bool {
    let safe_chars = file.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/'));
    let safe_parts = file.split('/').all(|part| !part.is_empty() && part != "." && part != "..");
    let extension = file.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase());
    !file.is_empty()
        && file.len() <= 200
        && safe_chars
        && safe_parts
        && extension.is_some_and(|ext| AUDIO_EXTENSIONS.contains(&ext.as_str()))
}

fn check_samen_spelen(c: &mut Check, s: &Scenario) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, role) in s.player_roles.iter().enumerate() {
        let p = format!("player_roles[{i}]");
        c.id(&format!("{p}.id"), &role.id, "deze rol");
        if !role.id.is_empty() {
            if let Some(first) = first_seen(&mut seen, &role.id, i) {
                c.error(
                    format!("{p}.id"),
                    format!(
                        "Id {} is al gebruikt door player_roles[{first}]. Geef elke rol een eigen id.",
                        quote(&role.id)
                    ),
                );
            }
        }
        c.filled(
            format!("{p}.name"),
            &role.name,
            format!("Rol {} heeft geen naam. Vul een naam in die spelers kiezen, zoals ‘Inwoner’.", quote(&role.id)),
        );
    }

    for (i, clue) in s.clues.iter().enumerate() {
        let p = format!("clues[{i}]");
        if let Some(role) = &clue.deal_to {
            if !s.player_roles.iter().any(|r| r.id == *role) {
                let known: Vec<&str> = s.player_roles.iter().map(|r| r.id.as_str()).collect();
                let fix = if known.is_empty() {
                    "Er staan nog geen rollen in player_roles. Voeg de rol daar toe, of haal deal_to weg.".to_string()
                } else {
                    format!("Kies een rol uit player_roles ({}), of haal deal_to weg.", quote_list(&known))
                };
                c.error(
                    format!("{p}.deal_to"),
                    format!(
                        "Kaart {} gaat naar rol {}, maar die rol bestaat niet. {fix}",
                        quote(&clue.id),
                        quote(role)
                    ),
                );
            }
        }
        if let Some(file) = &clue.audio {
            if !is_valid_audio_file(file) {
                c.error(
                    format!("{p}.audio"),
                    format!(
                        "Het geluidsbestand {} van kaart {} kan niet. Schrijf de naam van een bestand in de map mysteries, \
                         zoals ‘audio/brief.mp3’: zonder ‘..’, zonder adres en eindigend op {}.",
                        quote(file),
                        quote(&clue.id),
                        AUDIO_EXTENSIONS.join(", ")
                    ),
                );
            }
        }
    }

    let mut total = 0u32;
    for phase in Phase::ALL {
        let Some(minutes) = s.phase_minutes.get(phase) else { continue };
        let path = format!("phase_minutes.{}", json_name(&phase));
        if minutes == 0 {
            c.error(path, "0 minuten kan niet. Kies 1 minuut of meer, of haal deze fase weg uit phase_minutes.");
        } else if minutes > MAX_PHASE_MINUTES {
            c.error(
                path,
                format!("{minutes} minuten voor één fase is te veel. Kies hoogstens {MAX_PHASE_MINUTES} minuten."),
            );
        }
        total = total.saturating_add(minutes);
    }
    if total > s.duration_minutes && DURATION_MINUTES.contains(&s.duration_minutes) {
        c.warning(
            "phase_minutes",
            format!(
                "De minuten per fase zijn samen {total}. Dat is meer dan de speelduur (duration_minutes: {}). \
                 Maak de fases korter of maak de speelduur langer.",
                s.duration_minutes
            ),
        );
    }
}

// ---------------------------------------------------------------------------
// For the trainer: ready-made session plans and the facilitator sheet.

/// The SOLO levels an example answer can be written for (level 0 is "no explanation yet").
pub const EXAMPLE_ANSWER_LEVELS: std::ops::RangeInclusive<u8> = 1..=4;

fn check_session_plans(c: &mut Check, s: &Scenario) {
    let mut seen: HashMap<u32, usize> = HashMap::new();
    for (i, plan) in s.session_plans.iter().enumerate() {
        let p = format!("session_plans[{i}]");
        if !DURATION_MINUTES.contains(&plan.minutes) {
            c.error(
                format!("{p}.minutes"),
                format!(
                    "Een sessie van {} minuten kan niet. Kies {} tot en met {} minuten.",
                    plan.minutes,
                    DURATION_MINUTES.start(),
                    DURATION_MINUTES.end()
                ),
            );
        } else if let Some(first) = seen.get(&plan.minutes) {
            c.warning(
                format!("{p}.minutes"),
                format!(
                    "Er is al een sessieplan van {} minuten (session_plans[{first}]). Maak één plan per lengte.",
                    plan.minutes
                ),
            );
        } else {
            seen.insert(plan.minutes, i);
        }
        let mut total = 0u32;
        let mut missing = Vec::new();
        for phase in Phase::ALL {
            let path = format!("{p}.phases.{}", json_name(&phase));
            match plan.phases.get(phase) {
                None => missing.push(phase.label().to_lowercase()),
                Some(0) => c.error(path, "0 minuten kan niet. Geef elke fase minstens 1 minuut."),
                Some(m) if m > MAX_PHASE_MINUTES => c.error(
                    path,
                    format!("{m} minuten voor één fase is te veel. Kies hoogstens {MAX_PHASE_MINUTES} minuten."),
                ),
                Some(m) => total = total.saturating_add(m),
            }
        }
        if !missing.is_empty() {
            c.error(
                format!("{p}.phases"),
                format!(
                    "In dit sessieplan ontbreekt de tijd voor {}. Geef in een sessieplan elke fase minuten.",
                    missing.join(", ")
                ),
            );
        } else if total != plan.minutes && DURATION_MINUTES.contains(&plan.minutes) {
            c.error(
                format!("{p}.phases"),
                format!(
                    "De fases zijn samen {total} minuten, maar de sessie duurt {} minuten. \
                     Maak de fases samen precies zo lang als de sessie.",
                    plan.minutes
                ),
            );
        }
    }
}

fn check_facilitator(c: &mut Check, s: &Scenario) {
    let Some(f) = &s.facilitator else { return };

    if f.learning_goals.is_empty() {
        c.warning(
            "facilitator.learning_goals",
            "Er staan geen leerdoelen op het draaiboek. Schrijf in 2 tot 5 korte zinnen wat deelnemers leren.",
        );
    }
    for (i, goal) in f.learning_goals.iter().enumerate() {
        c.filled(
            format!("facilitator.learning_goals[{i}]"),
            goal,
            "Dit leerdoel is leeg. Schrijf het leerdoel op, of haal het weg.",
        );
    }

    if f.script.is_empty() {
        c.warning(
            "facilitator.script",
            "Het draaiboek heeft nog geen stappen. Schrijf per fase wat de trainer zegt en doet.",
        );
    }
    let mut previous: Option<(usize, Phase)> = None;
    for (i, step) in f.script.iter().enumerate() {
        let p = format!("facilitator.script[{i}]");
        c.filled(
            format!("{p}.text"),
            &step.text,
            format!(
                "Stap {} ({}) heeft geen tekst. Schrijf op wat de trainer zegt of doet.",
                i + 1,
                step.phase.label()
            ),
        );
        if let Some((j, before)) = previous {
            if step.phase < before {
                c.error(
                    format!("{p}.phase"),
                    format!(
                        "Stap {} gaat over {}, maar staat na stap {} over {}. Zet de stappen in de volgorde van \
                         het spel: {}.",
                        i + 1,
                        step.phase.label(),
                        j + 1,
                        before.label(),
                        Phase::ALL.iter().map(|p| p.label()).collect::<Vec<_>>().join(", ")
                    ),
                );
            }
        }
        if previous.is_none_or(|(_, before)| step.phase >= before) {
            previous = Some((i, step.phase));
        }
    }

    let mut probed: HashMap<&str, usize> = HashMap::new();
    for (i, probe) in f.probes.iter().enumerate() {
        let p = format!("facilitator.probes[{i}]");
        match s.clue(&probe.clue) {
            None => c.error(
                format!("{p}.clue"),
                if probe.clue.trim().is_empty() {
                    "Bij deze doorvraag staat geen kaart. Kies het id van een aanwijzing.".to_string()
                } else {
                    format!(
                        "Kaart {} bestaat niet. Kies het id van een aanwijzing uit de lijst (clues).",
                        quote(&probe.clue)
                    )
                },
            ),
            Some(clue) => {
                if let Some(first) = first_seen(&mut probed, &probe.clue, i) {
                    c.warning(
                        format!("{p}.clue"),
                        format!(
                            "Kaart {} heeft al een doorvraag (facilitator.probes[{first}]). Zet beide vragen in één doorvraag.",
                            quote(&clue.id)
                        ),
                    );
                }
            }
        }
        c.filled(
            format!("{p}.question"),
            &probe.question,
            format!("De doorvraag bij kaart {} is leeg. Schrijf de vraag op.", quote(&probe.clue)),
        );
    }
    for clue in s.clues.iter().filter(|clue| clue.relevance == Relevance::Ambiguous) {
        if !probed.contains_key(clue.id.as_str()) {
            c.warning(
                "facilitator.probes",
                format!(
                    "Twijfelkaart {} ({}) heeft geen doorvraag. Schrijf een vraag waarmee de trainer het gesprek \
                     over deze kaart opent.",
                    quote(&clue.id),
                    clue.title
                ),
            );
        }
    }

    for (i, m) in f.misconceptions.iter().enumerate() {
        let p = format!("facilitator.misconceptions[{i}]");
        c.filled(format!("{p}.belief"), &m.belief, "Deze misvatting is leeg. Schrijf op wat deelnemers vaak denken.");
        c.filled(
            format!("{p}.response"),
            &m.response,
            "Bij deze misvatting staat geen reactie. Schrijf op wat de trainer dan zegt of vraagt.",
        );
    }

    let mut levels: HashMap<u8, usize> = HashMap::new();
    for (i, answer) in f.example_answers.iter().enumerate() {
        let p = format!("facilitator.example_answers[{i}]");
        if !EXAMPLE_ANSWER_LEVELS.contains(&answer.level) {
            c.error(
                format!("{p}.level"),
                format!("Niveau {} bestaat niet. Een voorbeeldantwoord hoort bij niveau 1, 2, 3 of 4.", answer.level),
            );
        } else if let Some(first) = levels.get(&answer.level) {
            c.error(
                format!("{p}.level"),
                format!(
                    "Er is al een voorbeeldantwoord voor niveau {} (facilitator.example_answers[{first}]). \
                     Schrijf één voorbeeld per niveau.",
                    answer.level
                ),
            );
        } else {
            levels.insert(answer.level, i);
        }
        c.filled(
            format!("{p}.text"),
            &answer.text,
            format!("Het voorbeeldantwoord voor niveau {} is leeg. Schrijf het antwoord op.", answer.level),
        );
    }
    let missing: Vec<String> =
        EXAMPLE_ANSWER_LEVELS.filter(|l| !levels.contains_key(l)).map(|l| l.to_string()).collect();
    if !missing.is_empty() {
        c.warning(
            "facilitator.example_answers",
            format!(
                "Er ontbreekt een voorbeeldantwoord voor niveau {}. Schrijf bij elk niveau van 1 tot en met 4 \
                 één voorbeeld: dan kan de trainer een antwoord vergelijken.",
                missing.join(", ")
            ),
        );
    }
}
