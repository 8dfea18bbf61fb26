//! The session link: everything a screen needs to join a session, in one short
//! code after `#/sessie/`. Version 1, as bytes (see `code.rs`), base 32, with a
//! CRC-32 so a damaged, cut-off or foreign code is refused, never half-used:
//!
//! ```text
//! "S" version=1 session:u32 seat:u8 teams:u8 start_s:number plan:6×number
//!     mystery:text team_name:text events:list  crc32
//! ```
//!
//! `seat` 0 is the room (console and projector), 1..=teams a team. Events are
//! (kind, seconds after the start[, minutes]); pause and extend reach a team
//! screen only when it opens a newer code (the console's QR codes always show
//! the newest); teams that do not rescan follow the room timer on the beamer.

use super::clock::{plan_problem, ClockEvent, Plan, MAX_PHASE_MINUTES};
use super::code::{from_base32, to_base32, Damage, Reader, Writer};

/// The only session-link version this build reads and writes.
pub const SESSION_LINK_VERSION: u8 = 1;
/// The first character of every session code.
pub const SESSION_MARK: char = 'S';
/// The first character of every result code (so one is never taken for the other).
pub const RESULT_MARK: char = 'R';
/// Most teams in one session.
pub const MAX_TEAMS: u8 = 12;
/// Longest team name carried (bytes).
pub const MAX_TEAM_NAME: usize = 40;
/// Most console events one code carries.
pub const MAX_EVENTS: usize = 200;

/// One screen's seat in a session: the room or a team.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seat {
    Room,
    /// 1-based team number.
    Team(u8),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionLink {
    /// Random, chosen by the console; names the session in storage and in result codes.
    pub session: u32,
    pub seat: Seat,
    pub teams: u8,
    /// Start time, ms since the epoch (whole seconds).
    pub start: u64,
    pub plan: Plan,
    pub mystery: String,
    /// The team's name (empty for the room).
    pub team_name: String,
    pub events: Vec<ClockEvent>,
}

/// Why a session code cannot be used. [`CodeError::message`] says it in Dutch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeError {
    Empty,
    /// A character that no code has.
    Character(char),
    /// A result code where a session code belongs, or the other way round.
    WrongKind {
        expected: char,
    },
    TooShort,
    /// The checksum does not match: a typing error, a damaged or changed code.
    Damaged,
    /// Made by a newer version of the app.
    Version(u8),
    /// The bytes do not read as this kind of code.
    Shape,
    /// A result code of another session.
    OtherSession,
    /// A result code of another mystery.
    OtherMystery,
}

impl CodeError {
    pub fn message(&self) -> String {
        match self {
            CodeError::Empty => "Er is geen code ingevuld.".to_string(),
            CodeError::Character(c) => format!(
                "De code bevat het teken ‘{c}’. Een code heeft alleen cijfers en hoofdletters. Kijk of hij goed is overgenomen."
            ),
            CodeError::WrongKind { expected: 'S' } => {
                "Dit is geen sessiecode. Is het misschien een resultaatcode? Die plak je op de trainersconsole.".to_string()
            }
            CodeError::WrongKind { .. } => {
                "Dit is geen resultaatcode. Neem de code over die op het resultaatscherm van het team staat.".to_string()
            }
            CodeError::TooShort => "De code is te kort. Er ontbreekt een stuk: neem hem opnieuw helemaal over.".to_string(),
            CodeError::Damaged => {
                "De code klopt niet: er is een teken veranderd of er ontbreekt een stuk. Scan of kopieer hem opnieuw."
                    .to_string()
            }
            CodeError::Version(v) => format!(
                "Deze code is gemaakt met een nieuwere versie van de app (versie {v}). Laad de app opnieuw en probeer het nog eens."
            ),
            CodeError::Shape => "Deze code kan niet worden gelezen. Vraag de trainer om een nieuwe code.".to_string(),
            CodeError::OtherSession => {
                "Deze resultaatcode hoort bij een andere sessie. Er is niets bewaard. Controleer of het team de QR-code van deze sessie heeft gescand."
                    .to_string()
            }
            CodeError::OtherMystery => {
                "Deze resultaatcode hoort bij een ander mysterie dan deze sessie. Er is niets bewaard.".to_string()
            }
        }
    }
}

impl From<Damage> for CodeError {
    fn from(d: Damage) -> Self {
        match d {
            Damage::TooShort => CodeError::TooShort,
            Damage::Checksum => CodeError::Damaged,
        }
    }
}

/// The bytes of a code text with mark `mark`: checks mark and characters.
pub(super) fn code_bytes(text: &str, mark: char) -> Result<Vec<u8>, CodeError> {
    // A whole link pasted: take what follows the last slash.
    let text = text.trim();
    let text = text.rsplit('/').next().unwrap_or(text).trim();
    let mut chars = text.chars();
    let first = chars.next().ok_or(CodeError::Empty)?;
    if !first.eq_ignore_ascii_case(&mark) {
        return Err(if first.is_ascii_alphanumeric() {
            CodeError::WrongKind { expected: mark }
        } else {
            CodeError::Character(first)
        });
    }
    from_base32(chars.as_str()).map_err(CodeError::Character)
}

impl SessionLink {
    /// The link for another seat of the same session.
    pub fn for_seat(&self, seat: Seat, team_name: &str) -> SessionLink {
        SessionLink { seat, team_name: team_name.to_string(), ..self.clone() }
    }

    /// The code: "S" and base 32.
    pub fn code(&self) -> String {
        let mut w = Writer::new();
        w.byte(SESSION_LINK_VERSION);
        w.number(u64::from(self.session));
        w.byte(match self.seat {
            Seat::Room => 0,
            Seat::Team(n) => n,
        });
        w.byte(self.teams);
        w.number(self.start / 1000);
        for minutes in self.plan {
            w.number(u64::from(minutes));
        }
        w.text(&self.mystery, 64);
        w.text(&self.team_name, MAX_TEAM_NAME);
        let events = &self.events[..self.events.len().min(MAX_EVENTS)];
        w.number(events.len() as u64);
        for event in events {
            let (kind, at) = match event {
                ClockEvent::Pause { at } => (0, at),
                ClockEvent::Resume { at } => (1, at),
                ClockEvent::Extend { at, .. } => (2, at),
                ClockEvent::NextPhase { at } => (3, at),
            };
            w.byte(kind);
            w.number(at / 1000);
            if let ClockEvent::Extend { minutes, .. } = event {
                w.number(u64::from(*minutes));
            }
        }
        format!("{SESSION_MARK}{}", to_base32(&w.finish()))
    }

    /// The route path (without `#/`).
    pub fn path(&self) -> String {
        format!("sessie/{}", self.code())
    }

    /// Read a session code (or a whole link ending in one).
    pub fn parse(text: &str) -> Result<SessionLink, CodeError> {
        let bytes = code_bytes(text, SESSION_MARK)?;
        let mut r = Reader::open(&bytes)?;
        let version = r.byte().ok_or(CodeError::Shape)?;
        if version != SESSION_LINK_VERSION {
            return Err(CodeError::Version(version));
        }
        let link = read_body(&mut r).ok_or(CodeError::Shape)?;
        if !r.at_end() {
            return Err(CodeError::Shape);
        }
        Ok(link)
    }
}

fn read_body(r: &mut Reader) -> Option<SessionLink> {
    let session = r.small(u32::MAX)?;
    let seat = r.byte()?;
    let teams = r.byte().filter(|t| (1..=MAX_TEAMS).contains(t))?;
    let seat = match seat {
        0 => Seat::Room,
        n if n <= teams => Seat::Team(n),
        _ => return None,
    };
    let start = r.number()?.checked_mul(1000)?;
    let mut plan = [0u32; 6];
    for minutes in &mut plan {
        *minutes = r.small(MAX_PHASE_MINUTES)?;
    }
    if plan_problem(&plan).is_some() {
        return None;
    }
    let mystery = r
        .text(64)
        .filter(|m| !m.is_empty() && m.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))?;
    let team_name = r.text(MAX_TEAM_NAME)?;
    let count = usize::try_from(r.number()?).ok().filter(|n| *n <= MAX_EVENTS)?;
    let mut events = Vec::with_capacity(count);
    for _ in 0..count {
        let kind = r.byte()?;
        let at = r.number()?.checked_mul(1000)?;
        events.push(match kind {
            0 => ClockEvent::Pause { at },
            1 => ClockEvent::Resume { at },
            2 => ClockEvent::Extend { at, minutes: r.small(MAX_PHASE_MINUTES)? },
            3 => ClockEvent::NextPhase { at },
            _ => return None,
        });
    }
    Some(SessionLink { session, seat, teams, start, plan, mystery, team_name, events })
}
