//! The byte layer shared by session links and result codes: a small writer and
//! reader (LEB128 numbers, length-prefixed UTF-8), CRC-32 (IEEE, as in zip and
//! PNG) and base 32 in Crockford's alphabet. Base 32 in capitals and digits
//! fits the QR code's compact alphanumeric mode and survives typing: `O` reads
//! as `0`, `I` and `L` as `1`, lower case as upper case, spaces and dashes are
//! ignored.

/// Crockford's base 32: digits and capitals without I, L, O, U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

pub use crate::domain::checksum::crc32;

pub fn to_base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buffer >> bits) & 31) as usize] as char);
        }
        buffer &= (1 << bits) - 1;
    }
    if bits > 0 {
        out.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// Why a text is no base 32: the first character that is not one of ours.
pub fn from_base32(text: &str) -> Result<Vec<u8>, char> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.chars() {
        let value = match c.to_ascii_uppercase() {
            ' ' | '-' | '\n' | '\r' | '\t' => continue,
            'O' => 0,
            'I' | 'L' => 1,
            c => ALPHABET.iter().position(|a| *a as char == c).ok_or(c)? as u32,
        };
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

/// Bytes under construction, ended by [`Writer::finish`] with a CRC-32.
#[derive(Debug, Default)]
pub struct Writer(Vec<u8>);

impl Writer {
    pub fn new() -> Writer {
        Writer(Vec::new())
    }

    pub fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    /// An unsigned number in LEB128: 7 bits per byte, small numbers in one byte.
    pub fn number(&mut self, mut n: u64) {
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.0.push(low);
                return;
            }
            self.0.push(low | 0x80);
        }
    }

    /// A text of at most `max` bytes (cut at a character boundary).
    pub fn text(&mut self, s: &str, max: usize) {
        let mut end = s.len().min(max);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        self.number(end as u64);
        self.0.extend_from_slice(&s.as_bytes()[..end]);
    }

    pub fn list(&mut self, items: &[u64]) {
        self.number(items.len() as u64);
        for &item in items {
            self.number(item);
        }
    }

    /// The bytes with their CRC-32 (big-endian) at the end.
    pub fn finish(mut self) -> Vec<u8> {
        let crc = crc32(&self.0);
        self.0.extend_from_slice(&crc.to_be_bytes());
        self.0
    }
}

/// Reading what a [`Writer`] wrote. Every read fails with `None` past the end.
#[derive(Debug)]
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

/// Why bytes could not be opened: too short for a checksum, or the checksum is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    TooShort,
    Checksum,
}

impl<'a> Reader<'a> {
    /// Check the CRC-32 at the end and read what precedes it.
    pub fn open(bytes: &'a [u8]) -> Result<Reader<'a>, Damage> {
        if bytes.len() < 5 {
            return Err(Damage::TooShort);
        }
        let (body, tail) = bytes.split_at(bytes.len() - 4);
        let crc = u32::from_be_bytes([tail[0], tail[1], tail[2], tail[3]]);
        if crc32(body) != crc {
            return Err(Damage::Checksum);
        }
        Ok(Reader { bytes: body, at: 0 })
    }

    pub fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    pub fn number(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    /// A number that must fit in `u32` and be at most `max`.
    pub fn small(&mut self, max: u32) -> Option<u32> {
        u32::try_from(self.number()?).ok().filter(|n| *n <= max)
    }

    pub fn text(&mut self, max: usize) -> Option<String> {
        let len = usize::try_from(self.number()?).ok().filter(|n| *n <= max)?;
        let end = self.at.checked_add(len)?;
        let slice = self.bytes.get(self.at..end)?;
        self.at = end;
        String::from_utf8(slice.to_vec()).ok()
    }

    pub fn list(&mut self, max_len: usize, max_item: u32) -> Option<Vec<u32>> {
        let len = usize::try_from(self.number()?).ok().filter(|n| *n <= max_len)?;
        (0..len).map(|_| self.small(max_item)).collect()
    }

    /// Whether everything was read (trailing bytes mean a code of another kind).
    pub fn at_end(&self) -> bool {
        self.at == self.bytes.len()
    }
}
