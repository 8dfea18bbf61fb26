//! Result links carry a CRC-32 (link version 2): a damaged link is refused
//! instead of being read as a different result with the same id, old
//! (version 1) links still read with a warning, and a result from outside
//! never silently replaces a different stored result with the same id.
//! Fixture: `tests/fixtures/result-link-v1.txt`, a real link made by the
//! version-1 encoder from the finished game of `tests/results.rs`.

use mysterie::domain::results::{
    self, crc32, from_link_payload, merge_incoming, read_link_payload, to_link_payload, Incoming, TeamResult,
    OLD_LINK_WARNING,
};

const V1_LINK: &str = include_str!("fixtures/result-link-v1.txt");
const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn real_result() -> TeamResult {
    from_link_payload(V1_LINK.trim()).expect("the fixture is a readable version-1 link")
}

#[test]
fn crc32_matches_the_standard_check_value() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
}

#[test]
fn an_old_link_still_reads_with_a_warning() {
    let read = read_link_payload(V1_LINK).expect("old links keep working");
    assert_eq!(read.warning.as_deref(), Some(OLD_LINK_WARNING));
    assert!(OLD_LINK_WARNING.contains("oudere versie"));
    assert_eq!(read.result.team.name, "Team Oost");
}

#[test]
fn a_new_link_reads_without_a_warning_and_gives_the_same_result() {
    let result = real_result();
    let link = to_link_payload(&result).unwrap();
    assert!(link.starts_with("2."), "{link:.10}");
    let read = read_link_payload(&link).unwrap();
    assert_eq!(read.warning, None);
    assert_eq!(read.result, result);
}

/// Every single-character change of a real link: each position, every other
/// character of the link alphabet. Each is refused or gives the identical
/// result (a change in the unused low bits of the last character).
#[test]
fn every_single_character_change_of_a_link_is_refused_or_harmless() {
    let link = to_link_payload(&real_result()).unwrap();
    let original = from_link_payload(&link).unwrap();
    let (mut refused, mut identical) = (0usize, 0usize);
    let bytes = link.as_bytes();
    for position in 0..bytes.len() {
        for replacement in ALPHABET.bytes().chain(*b".") {
            if replacement == bytes[position] {
                continue;
            }
            let mut changed = bytes.to_vec();
            changed[position] = replacement;
            let changed = String::from_utf8(changed).unwrap();
            match from_link_payload(&changed) {
                Err(problem) => {
                    assert!(!problem.message.is_empty());
                    refused += 1;
                }
                Ok(result) => {
                    assert_eq!(result, original, "position {position} became {}", char::from(replacement));
                    identical += 1;
                }
            }
        }
    }
    assert!(refused > 60 * bytes.len(), "refused {refused}, identical {identical}");
}

/// Deleting or doubling one character is refused too.
#[test]
fn a_link_with_one_character_missing_or_doubled_is_refused() {
    let link = to_link_payload(&real_result()).unwrap();
    for position in 2..link.len() {
        let missing = format!("{}{}", &link[..position], &link[position + 1..]);
        assert!(from_link_payload(&missing).is_err(), "without position {position}");
        let doubled = format!("{}{}", &link[..=position], &link[position..]);
        assert!(from_link_payload(&doubled).is_err(), "doubled position {position}");
    }
}

#[test]
fn an_empty_link_says_it_is_empty() {
    for empty in ["", "  "] {
        let problem = from_link_payload(empty).unwrap_err();
        assert!(problem.message.contains("Deze link is leeg"), "{}", problem.message);
    }
}

#[test]
fn an_incoming_result_never_silently_replaces_a_different_one() {
    let stored = real_result();
    let mut list = vec![stored.clone()];

    // The same result again (another first date, no debrief): nothing changes.
    let mut again = stored.clone();
    again.created = "2030-01-01T00:00:00+01:00".into();
    assert_eq!(merge_incoming(&mut list, again), Incoming::Unchanged);
    assert_eq!(list, vec![stored.clone()]);

    // A different result with the same id (a score from 25 to 15): kept out.
    let mut changed = stored.clone();
    changed.investigation.score = changed.investigation.score.wrapping_add(7) % 100;
    assert_eq!(merge_incoming(&mut list, changed.clone()), Incoming::Differs);
    assert_eq!(list, vec![stored.clone()]);
    // Only when the user says so, through upsert, which keeps the first date.
    assert!(!results::upsert(&mut list, changed.clone()));
    assert_eq!(list[0].investigation.score, changed.investigation.score);
    assert_eq!(list[0].created, stored.created);

    // Another game: added.
    let mut other = stored.clone();
    other.id = "0123456789abcdef".into();
    assert_eq!(merge_incoming(&mut list, other), Incoming::Added);
    assert_eq!(list.len(), 2);
}
