//! Samen spelen: dealing the clue cards among the members of a team, as the
//! cards are dealt in the paper version, and the member links that carry a deal.
//!
//! The deal is a pure function of the scenario, a seed and the members' roles,
//! so a member's phone can compute its own hand from the link alone: no server,
//! no account, no names sent anywhere.
//!
//! Fair means: member card counts differ by at most one, in total and within
//! every round (so everyone has cards in every round where there are enough).
//! A clue with `deal_to` goes to a member with that role (the one with the
//! fewest cards in that round); when no member has the role it is dealt like
//! any other card. Pinned cards count towards their member's share, so pins can
//! make a deal less even; the other cards still go to whoever has the fewest.

use serde::{Deserialize, Serialize};

use super::scenario::CardSet;

/// Most members a team can deal among (longer lists are refused by the start form).
pub const MAX_MEMBERS: usize = 20;

/// What the team screen keeps to deal the same cards again after a reload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DealSetup {
    pub seed: u32,
    /// One entry per member, in the order of `team.members`: a `player_roles` id or nothing.
    pub roles: Vec<Option<String>>,
}

/// A small, fast, well-known PRNG (splitmix64). Written out so the deal is the
/// same on every platform and in every version, without a crate.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0). The tiny modulo bias does not matter for dealing cards.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// Fisher–Yates shuffle.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// One card to deal: its round and, when pinned, the role it must go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Card<'a> {
    pub round: u32,
    pub pinned_to: Option<&'a str>,
}

/// The member (index into `roles`) that gets each card, in the order of `cards`.
/// Empty when there are no members.
pub fn assign(cards: &[Card], seed: u32, roles: &[Option<String>]) -> Vec<usize> {
    let members = roles.len();
    if members == 0 {
        return Vec::new();
    }
    // Mix the seed so that seeds 0, 1, 2 ... give unrelated deals.
    let mut rng = SplitMix64::new(u64::from(seed) ^ 0x6D79_7374_6572_6965);
    let has_role = |member: usize, role: &str| roles[member].as_deref() == Some(role);
    let mut owner = vec![0usize; cards.len()];
    let mut totals = vec![0usize; members];

    let mut rounds: Vec<u32> = cards.iter().map(|c| c.round).collect();
    rounds.sort_unstable();
    rounds.dedup();
    for round in rounds {
        let mut in_round = vec![0usize; members];
        // Who wins a tie this round: a fresh random order of the members.
        let mut order: Vec<usize> = (0..members).collect();
        rng.shuffle(&mut order);
        let mut rank = vec![0usize; members];
        for (position, member) in order.iter().enumerate() {
            rank[*member] = position;
        }
        let mut give = |card: usize, candidates: &mut dyn Iterator<Item = usize>, in_round: &mut Vec<usize>| {
            if let Some(member) = candidates.min_by_key(|m| (in_round[*m], totals[*m], rank[*m])) {
                owner[card] = member;
                in_round[member] += 1;
                totals[member] += 1;
            }
        };

        let here: Vec<usize> = (0..cards.len()).filter(|i| cards[*i].round == round).collect();
        let pin_of = |i: usize| cards[i].pinned_to.filter(|role| (0..members).any(|m| has_role(m, role)));
        // Pinned cards first, so the free cards can even out around them.
        for &card in here.iter().filter(|i| pin_of(**i).is_some()) {
            let role = pin_of(card).unwrap_or_default();
            give(card, &mut (0..members).filter(|m| has_role(*m, role)), &mut in_round);
        }
        let mut free: Vec<usize> = here.iter().copied().filter(|i| pin_of(*i).is_none()).collect();
        rng.shuffle(&mut free);
        for card in free {
            give(card, &mut (0..members), &mut in_round);
        }
    }
    owner
}

/// Each member's hand: clue ids in scenario order. One hand per entry of `roles`.
pub fn deal(scenario: &(impl CardSet + ?Sized), seed: u32, roles: &[Option<String>]) -> Vec<Vec<String>> {
    let cards: Vec<Card> = scenario
        .clues()
        .iter()
        .map(|c| Card { round: c.unlock.round, pinned_to: c.deal_to.as_deref().filter(|r| !r.is_empty()) })
        .collect();
    let owners = assign(&cards, seed, roles);
    let mut hands = vec![Vec::new(); roles.len()];
    for (clue, member) in scenario.clues().iter().zip(owners) {
        hands[member].push(clue.id.clone());
    }
    hands
}

impl DealSetup {
    /// The hands of this deal, one per member.
    pub fn hands(&self, scenario: &(impl CardSet + ?Sized)) -> Vec<Vec<String>> {
        deal(scenario, self.seed, &self.roles)
    }

    /// The member holding `clue`, if it was dealt.
    pub fn holder(&self, scenario: &(impl CardSet + ?Sized), clue: &str) -> Option<usize> {
        self.hands(scenario).iter().position(|hand| hand.iter().any(|c| c == clue))
    }
}

// ---------------------------------------------------------------------------
// Member links: `speler/<mystery>/<seed>/<member>/<count>[/<roles>]`.

/// Everything a member's device needs to show that member's cards. No names:
/// a member is a number, "speler 2 van 4".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberLink {
    pub mystery: String,
    pub seed: u32,
    /// 0-based here; 1-based in the link, as people count.
    pub member: usize,
    /// One entry per member (so its length is the member count).
    pub roles: Vec<Option<String>>,
    /// Name, team and (for an own mystery) the cards themselves: an optional
    /// last part `~…` (see `domain::session::member`).
    pub extra: Option<super::session::member::MemberExtra>,
}

/// Why a member link cannot be used. [`LinkError::message`] says it in Dutch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Too few parts.
    Shape,
    /// More parts than a member link has.
    TooLong,
    Mystery,
    Seed,
    Member,
    Roles,
    /// The `~` part cannot be read.
    Extra,
}

impl LinkError {
    pub fn message(&self) -> String {
        let what = match self {
            LinkError::Shape => "Er ontbreekt een stuk van de link.",
            LinkError::TooLong => "Er staat meer in de link dan er hoort: misschien is er iets achter geplakt.",
            LinkError::Mystery => "De naam van het mysterie in de link klopt niet.",
            LinkError::Seed => "De code van het schudden in de link klopt niet.",
            LinkError::Member => "Het spelernummer in de link klopt niet.",
            LinkError::Roles => "De rollen in de link kloppen niet.",
            LinkError::Extra => "Het laatste stuk van de link (naam en kaarten) is beschadigd.",
        };
        format!("Deze link naar je kaarten werkt niet. {what} Scan de QR-code op het teamscherm opnieuw.")
    }
}

impl MemberLink {
    /// The link for member `member` (0-based) of a dealt team.
    pub fn new(mystery: &str, setup: &DealSetup, member: usize) -> MemberLink {
        MemberLink { mystery: mystery.to_string(), seed: setup.seed, member, roles: setup.roles.clone(), extra: None }
    }

    /// The route path (without `#/`).
    pub fn path(&self) -> String {
        let mut path =
            format!("speler/{}/{}/{}/{}", self.mystery, to_base36(self.seed), self.member + 1, self.roles.len());
        if self.roles.iter().any(Option::is_some) {
            path.push('/');
            path.push_str(&self.roles.iter().map(|r| r.as_deref().unwrap_or("")).collect::<Vec<_>>().join(","));
        }
        if let Some(extra) = &self.extra {
            path.push('/');
            path.push_str(&super::session::member::encode_extra(extra));
        }
        path
    }

    /// Read what follows `speler/` in the route.
    pub fn parse(rest: &str) -> Result<MemberLink, LinkError> {
        let mut parts: Vec<&str> = rest.trim_end_matches('/').split('/').collect();
        let extra = match parts.last() {
            Some(last) if last.starts_with('~') => {
                let extra = super::session::member::decode_extra(last).ok_or(LinkError::Extra)?;
                parts.pop();
                Some(extra)
            }
            _ => None,
        };
        if parts.len() < 4 {
            return Err(LinkError::Shape);
        }
        if parts.len() > 5 {
            return Err(LinkError::TooLong);
        }
        let mystery = parts[0];
        if !is_id(mystery) {
            return Err(LinkError::Mystery);
        }
        let seed = from_base36(parts[1]).ok_or(LinkError::Seed)?;
        let count: usize = number(parts[3]).filter(|n| (1..=MAX_MEMBERS).contains(n)).ok_or(LinkError::Member)?;
        let member: usize = number(parts[2]).filter(|n| (1..=count).contains(n)).ok_or(LinkError::Member)?;
        let roles = match parts.get(4) {
            None => vec![None; count],
            Some(list) => {
                let roles: Vec<Option<String>> =
                    list.split(',').map(|r| (!r.is_empty()).then(|| r.to_string())).collect();
                if roles.len() != count || roles.iter().flatten().any(|r| !is_id(r)) {
                    return Err(LinkError::Roles);
                }
                roles
            }
        };
        Ok(MemberLink { mystery: mystery.to_string(), seed, member: member - 1, roles, extra })
    }

    /// This member's hand.
    pub fn hand(&self, scenario: &(impl CardSet + ?Sized)) -> Vec<String> {
        deal(scenario, self.seed, &self.roles).into_iter().nth(self.member).unwrap_or_default()
    }
}

/// Ids in links: 1–64 of `a-z`, `0-9`, `-` (as the scenario format demands).
fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A plain decimal number without sign or leading zero.
fn number(s: &str) -> Option<usize> {
    if s.is_empty() || s.len() > 3 || s.starts_with('0') || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Seeds are written in base 36 (`0-9a-z`) to keep links short (also used
/// for the studio's storage keys).
pub fn to_base36(n: impl Into<u64>) -> String {
    let mut n: u64 = n.into();
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

pub fn from_base36(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 7 || (s.len() > 1 && s.starts_with('0')) {
        return None;
    }
    s.bytes().try_fold(0u32, |n, b| {
        let digit = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'z' => b - b'a' + 10,
            _ => return None,
        };
        n.checked_mul(36)?.checked_add(u32::from(digit))
    })
}
