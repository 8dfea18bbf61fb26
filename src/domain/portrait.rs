//! Portraits for the people in a mystery: a friendly, abstract initials badge
//! derived from the scenario's character data, never a photo or a file.
//!
//! * Every person in a mystery gets their own colour: hues are spread over
//!   evenly spaced slots, each person prefers the slot their id hashes to and
//!   takes the next free one when it is taken (in the order of the cast), so
//!   colours within one mystery never repeat and stay the same between runs.
//! * Inwoners are a round badge, uitvoerders a rounded square with the clip
//!   of a name badge: recognisable at a glance, also in greyscale.
//! * The initials are white or dark ink, whichever reaches the WCAG AA
//!   contrast (4.5 : 1) on the badge colour; the badge is darkened until one
//!   of them does.
//!
//! The UI draws this description as SVG (src/components/portrait.rs).

use crate::domain::scenario::{Character, CharacterKind, Scenario};

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for SVG and CSS.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Read `rrggbb` (with or without `#`), as [`Rgb::hex`] writes it.
    pub fn from_hex(text: &str) -> Option<Rgb> {
        let digits = text.strip_prefix('#').unwrap_or(text);
        if digits.len() != 6 || !digits.is_ascii() {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&digits[i..i + 2], 16).ok();
        Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    /// Relative luminance as defined by WCAG 2.
    pub fn luminance(self) -> f64 {
        fn channel(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// The WCAG 2 contrast ratio of two colours (1 to 21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The minimum contrast for the initials: WCAG AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// Light ink for the initials.
pub const LIGHT_INK: Rgb = Rgb(255, 255, 255);
/// Dark ink for the initials (the app's `--ink`).
pub const DARK_INK: Rgb = Rgb(0x1b, 0x1f, 0x24);

/// The outline of the badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// An inwoner: a round badge.
    Round,
    /// An uitvoerder: a rounded square with the clip of a name badge.
    NameBadge,
}

impl Shape {
    pub fn for_kind(kind: CharacterKind) -> Shape {
        match kind {
            CharacterKind::Inwoner => Shape::Round,
            CharacterKind::Uitvoerder => Shape::NameBadge,
        }
    }

    /// For CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Shape::Round => "round",
            Shape::NameBadge => "badge",
        }
    }
}

/// Everything needed to draw one person's portrait.
#[derive(Debug, Clone, PartialEq)]
pub struct Portrait {
    pub character: String,
    /// One or two capital letters, e.g. "RH" for Ruud Hendriks.
    pub initials: String,
    pub shape: Shape,
    /// The badge colour.
    pub background: Rgb,
    /// The colour of the initials.
    pub ink: Rgb,
    /// Hue of the badge in degrees, kept for tests and the style guide.
    pub hue: u16,
    /// Where the small ring in the badge sits, in degrees: a second, calm
    /// variation next to the colour.
    pub accent_angle: u16,
}

/// Words in a name that do not give an initial: titles and tussenvoegsels.
const SKIPPED: [&str; 12] = ["mr.", "dr.", "drs.", "ir.", "mw.", "dhr.", "van", "de", "der", "den", "het", "ten"];

/// "Ruud Hendriks" → "RH", "mr. Wouter Brandsma" → "WB", "Marjolein de Boer" →
/// "MB", "Cher" → "C". Empty names give "?".
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !SKIPPED.contains(&w.to_lowercase().as_str()) && !w.starts_with('\''))
        .collect();
    let first_letter = |w: &str| w.chars().find(|c| c.is_alphabetic()).map(|c| c.to_uppercase().collect::<String>());
    let mut out = String::new();
    if let Some(first) = words.first().and_then(|w| first_letter(w)) {
        out.push_str(&first);
    }
    if words.len() > 1 {
        if let Some(last) = words.last().and_then(|w| first_letter(w)) {
            out.push_str(&last);
        }
    }
    if out.is_empty() {
        "?".to_string()
    } else {
        out
    }
}

/// FNV-1a: a small, stable hash (the same on every platform and run).
fn hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// HSL (hue in degrees, saturation and lightness 0–1) to sRGB.
fn hsl(h: f64, s: f64, l: f64) -> Rgb {
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let hp = (h.rem_euclid(360.0)) / 60.0;
    let x = c * (1.0 - (hp % 2.0 - 1.0).abs());
    let (r, g, b) = match hp as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let m = l - c / 2.0;
    let to = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    Rgb(to(r), to(g), to(b))
}

/// The badge colour and ink for a hue: a calm, muted tone, darkened until the
/// initials reach [`MIN_CONTRAST`].
fn colours(hue: f64) -> (Rgb, Rgb) {
    let mut lightness = 0.42;
    loop {
        let background = hsl(hue, 0.45, lightness);
        if contrast(background, LIGHT_INK) >= MIN_CONTRAST {
            return (background, LIGHT_INK);
        }
        if contrast(background, DARK_INK) >= MIN_CONTRAST {
            return (background, DARK_INK);
        }
        lightness -= 0.02;
    }
}

/// The colours a trainer can pick for a portrait in the studio: hue and its
/// Dutch name. Every one reaches [`MIN_CONTRAST`] (tests/portrait.rs).
pub const NAMED_HUES: [(u16, &str); 12] = [
    (0, "Rood"),
    (30, "Oranje"),
    (60, "Okergeel"),
    (90, "Olijfgroen"),
    (120, "Groen"),
    (150, "Zeegroen"),
    (180, "Blauwgroen"),
    (210, "Hemelsblauw"),
    (240, "Blauw"),
    (270, "Paars"),
    (300, "Violet"),
    (330, "Roze"),
];

/// Fewest hue slots: with fewer people the colours still lie far apart.
const MIN_SLOTS: usize = 12;

/// The portraits of the whole cast, in the order of `characters`.
pub fn portraits(characters: &[Character]) -> Vec<Portrait> {
    let slots = characters.len().max(MIN_SLOTS);
    let mut taken = vec![false; slots];
    characters
        .iter()
        .map(|person| {
            let h = hash(&person.id);
            let mut slot = (h % slots as u64) as usize;
            while taken[slot] {
                slot = (slot + 1) % slots;
            }
            taken[slot] = true;
            // A colour the trainer chose in the studio wins over the slot.
            let hue = person.portrait_hue.map_or((slot * 360 / slots) as u16, |chosen| chosen % 360);
            let (background, ink) = colours(f64::from(hue));
            Portrait {
                character: person.id.clone(),
                initials: initials(&person.name),
                shape: Shape::for_kind(person.kind),
                background,
                ink,
                hue,
                accent_angle: ((h >> 16) % 8 * 45) as u16,
            }
        })
        .collect()
}

/// The accent dot's centre for an accent angle (a multiple of 45°, see
/// [`portraits`]): on a circle of radius 19 around (24, 26), one decimal.
/// A table, so drawing a portrait needs no trigonometry or float formatting
/// (they would add ≈ 8 KB gzip to a member's phone, docs/performance.md).
pub fn accent_dot(angle: u16) -> (&'static str, &'static str) {
    const DOTS: [(&str, &str); 8] = [
        ("43.0", "26.0"),
        ("37.4", "39.4"),
        ("24.0", "45.0"),
        ("10.6", "39.4"),
        ("5.0", "26.0"),
        ("10.6", "12.6"),
        ("24.0", "7.0"),
        ("37.4", "12.6"),
    ];
    DOTS[usize::from((angle % 360 + 22) / 45 % 8)]
}

/// The portrait of one person in a mystery (their colour depends on the rest of the cast).
pub fn portrait_of(scenario: &Scenario, character: &str) -> Option<Portrait> {
    portraits(&scenario.characters).into_iter().find(|p| p.character == character)
}

/// A card with a person on it, for drawings that show cards by title (the
/// link map): the card's title, the person's name and portrait.
#[derive(Debug, Clone, PartialEq)]
pub struct CardFace {
    pub title: String,
    pub name: String,
    pub portrait: Portrait,
}

/// Every card with a speaker, in the order of the mystery, with that
/// speaker's portrait. Cards without a speaker (facts, most documents) are
/// left out.
pub fn card_faces(scenario: &Scenario) -> Vec<CardFace> {
    let cast = portraits(&scenario.characters);
    scenario
        .clues
        .iter()
        .filter_map(|clue| {
            let person = scenario.character(clue.speaker.as_deref()?)?;
            let portrait = cast.iter().find(|p| p.character == person.id)?.clone();
            Some(CardFace { title: clue.title.clone(), name: person.name.clone(), portrait })
        })
        .collect()
}
