//! A member's cards on their own phone: what the card shows (number, kind,
//! title, who speaks, text, round, the unlock note of the paper card), built
//! from the scenario for a bundled mystery, or carried in the member link for
//! an own (studio) mystery that the phone has never seen.
//!
//! The link's extra part (`~` and URL-safe base64 of raw-DEFLATE JSON) also
//! carries the member's first name and team name, so the phone can say whose
//! cards these are. It never carries the solution: no relevance, categories
//! or key clues, only what the paper card shows. Each card carries its
//! speaker's portrait as initials, shape and hue (optional, so older links
//! still open).

use serde::{Deserialize, Serialize};

use super::super::portrait::{self, Portrait, Rgb, Shape};
use super::super::results::base64url;
use super::super::scenario::{CardSet, CharacterKind, Clue, ClueKind, Scenario};

/// Largest unpacked extra part we read (bytes).
const MAX_EXTRA_BYTES: usize = 256 * 1024;

/// One card as the member's phone shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberCard {
    /// "Kaart N": the scenario order, as on the team screen and the paper card.
    #[serde(rename = "n")]
    pub number: u32,
    #[serde(rename = "r")]
    pub round: u32,
    /// Kind label ("Stem", "Document", "Feit").
    #[serde(rename = "k")]
    pub kind: String,
    /// CSS class of the card's look.
    #[serde(rename = "c")]
    pub look: String,
    #[serde(rename = "t")]
    pub title: String,
    #[serde(rename = "w", default, skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    #[serde(rename = "x")]
    pub text: String,
    /// What is read aloud.
    #[serde(rename = "s")]
    pub spoken: String,
    /// Card numbers that must be turned over first (the paper card's note).
    #[serde(rename = "a", default, skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<u32>,
    /// A sound file next to the mystery files (bundled mysteries only).
    #[serde(skip)]
    pub audio: Option<String>,
    /// The speaker's portrait (absent in links made before portraits, and on
    /// cards without a speaker).
    #[serde(rename = "p", default, skip_serializing_if = "Option::is_none")]
    pub portrait: Option<MemberPortrait>,
}

/// What a member card needs to draw its speaker's portrait: the colour is
/// chosen among the whole cast, so the card carries the result, not the cast.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberPortrait {
    #[serde(rename = "i")]
    pub character: String,
    #[serde(rename = "n")]
    pub initials: String,
    /// An inwoner (round badge) or not (name badge).
    #[serde(rename = "w", default, skip_serializing_if = "std::ops::Not::not")]
    pub inwoner: bool,
    /// The badge colour and the ink, `rrggbb`: carried, not recomputed, so the
    /// phone needs none of the colour maths.
    #[serde(rename = "b")]
    pub background: String,
    #[serde(rename = "k")]
    pub ink: String,
    #[serde(rename = "h", default)]
    pub hue: u16,
    #[serde(rename = "a", default)]
    pub accent_angle: u16,
}

impl MemberPortrait {
    fn of(portrait: &Portrait) -> MemberPortrait {
        MemberPortrait {
            character: portrait.character.clone(),
            initials: portrait.initials.clone(),
            inwoner: portrait.shape == Shape::Round,
            background: portrait.background.hex()[1..].to_string(),
            ink: portrait.ink.hex()[1..].to_string(),
            hue: portrait.hue,
            accent_angle: portrait.accent_angle,
        }
    }

    /// The portrait to draw; the same as on the team screen. A colour that
    /// cannot be read falls back to the app's dark blue with white ink.
    pub fn portrait(&self) -> Portrait {
        let kind = if self.inwoner { CharacterKind::Inwoner } else { CharacterKind::Uitvoerder };
        Portrait {
            character: self.character.clone(),
            initials: self.initials.chars().take(2).collect(),
            shape: Shape::for_kind(kind),
            background: Rgb::from_hex(&self.background).unwrap_or(Rgb(0x1d, 0x4e, 0x5f)),
            ink: Rgb::from_hex(&self.ink).unwrap_or(Rgb(0xff, 0xff, 0xff)),
            hue: self.hue % 360,
            accent_angle: self.accent_angle % 360,
        }
    }
}

/// Everything a phone needs of an own mystery it has never seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberPack {
    #[serde(rename = "m")]
    pub title: String,
    #[serde(rename = "q")]
    pub question: String,
    #[serde(rename = "r")]
    pub rounds: u32,
    #[serde(rename = "c")]
    pub cards: Vec<MemberCard>,
}

/// The extra part of a member link.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberExtra {
    /// The member's name as typed on the team screen.
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(rename = "t", default, skip_serializing_if = "String::is_empty")]
    pub team: String,
    #[serde(rename = "k", default, skip_serializing_if = "Option::is_none")]
    pub pack: Option<MemberPack>,
}

/// The card look, as the team screen's card.
fn look(clue: &Clue, speaker: Option<CharacterKind>) -> &'static str {
    match (clue.kind, speaker) {
        (ClueKind::Voice, Some(CharacterKind::Inwoner)) => "voice-inwoner",
        (ClueKind::Voice, _) => "voice-uitvoerder",
        (ClueKind::Document, _) => "document",
        (ClueKind::Fact, _) => "fact",
    }
}

/// Who speaks, as shown on the card: "Sanne · inwoner (inwoner, Gemeente)".
pub fn who(scenario: &(impl CardSet + ?Sized), clue: &Clue) -> Option<String> {
    let person = clue.speaker.as_deref().and_then(|s| scenario.character(s))?;
    let organisation = person.organisation.as_ref().map(|o| format!(", {o}")).unwrap_or_default();
    Some(format!("{} · {} ({}{})", person.name, person.role, person.kind.label().to_lowercase(), organisation))
}

/// What is read aloud: title, who speaks, the text.
pub fn spoken_text(scenario: &(impl CardSet + ?Sized), clue: &Clue) -> String {
    let speaker = clue.speaker.as_deref().and_then(|s| scenario.character(s));
    match (clue.kind, speaker) {
        (ClueKind::Voice, Some(person)) => format!("{}. {} vertelt. {}", clue.title, person.name, clue.text),
        (_, Some(person)) => format!("{}. Van {}. {}", clue.title, person.name, clue.text),
        _ => format!("{}. {}", clue.title, clue.text),
    }
}

fn number_of(scenario: &(impl CardSet + ?Sized), id: &str) -> u32 {
    scenario.clues().iter().position(|c| c.id == id).map_or(0, |i| i as u32 + 1)
}

/// The cards of `hand` (clue ids), in scenario order.
pub fn member_cards(scenario: &(impl CardSet + ?Sized), hand: &[String]) -> Vec<MemberCard> {
    let cast = portrait::portraits(scenario.characters());
    scenario
        .clues()
        .iter()
        .filter(|c| hand.contains(&c.id))
        .map(|clue| {
            let kind = clue.speaker.as_deref().and_then(|s| scenario.character(s)).map(|p| p.kind);
            MemberCard {
                number: number_of(scenario, &clue.id),
                round: clue.unlock.round,
                kind: clue.kind.label().to_string(),
                look: look(clue, kind).to_string(),
                title: clue.title.clone(),
                who: who(scenario, clue),
                text: clue.text.clone(),
                spoken: spoken_text(scenario, clue),
                after: clue.unlock.after.iter().map(|a| number_of(scenario, a)).collect(),
                audio: clue.audio.as_ref().map(|f| format!("mysteries/{f}")),
                portrait: clue
                    .speaker
                    .as_deref()
                    .and_then(|s| cast.iter().find(|p| p.character == s))
                    .map(MemberPortrait::of),
            }
        })
        .collect()
}

/// The pack of an own mystery for one member.
pub fn pack(scenario: &Scenario, hand: &[String]) -> MemberPack {
    MemberPack {
        title: scenario.title.clone(),
        question: scenario.central_question.clone(),
        rounds: scenario.rounds(),
        cards: member_cards(scenario, hand),
    }
}

/// The unlock note of the paper card: "Pas omdraaien na kaart 3 en 5."
pub fn unlock_note(card: &MemberCard) -> Option<String> {
    let numbers: Vec<String> = card.after.iter().map(u32::to_string).collect();
    match numbers.as_slice() {
        [] => None,
        [one] => Some(format!("Pas omdraaien na kaart {one}.")),
        [rest @ .., last] => Some(format!("Pas omdraaien na kaart {} en {last}.", rest.join(", "))),
    }
}

/// The note on a later round's cards, hidden until tapped.
pub fn round_note(round: u32) -> String {
    format!("Ronde {round} — pas omdraaien als jullie team ronde {round} begint")
}

/// The extra part: `~` and base64url of raw DEFLATE of the JSON.
pub fn encode_extra(extra: &MemberExtra) -> String {
    let json = serde_json::to_string(extra).unwrap_or_default();
    format!("~{}", base64url::encode(&miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9)))
}

/// Read an extra part made by [`encode_extra`] (with or without the `~`).
pub fn decode_extra(text: &str) -> Option<MemberExtra> {
    let packed = base64url::decode(text.strip_prefix('~').unwrap_or(text))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_EXTRA_BYTES).ok()?;
    serde_json::from_slice(&json).ok()
}
