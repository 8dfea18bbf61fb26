//! Dealing the clue cards among a team's members (src/domain/deal.rs): the same
//! seed always gives the same deal, every card goes to exactly one member,
//! counts are fair in total and per round, pinned cards go to a member with
//! that role, and member links round-trip.

use std::collections::BTreeMap;

use mysterie::domain::deal::{
    assign, deal, from_base36, to_base36, Card, DealSetup, LinkError, MemberLink, SplitMix64, MAX_MEMBERS,
};
use mysterie::domain::scenario::{PlayerRole, Scenario};

fn scenario(json: &str) -> Scenario {
    serde_json::from_str(json).expect("the fixture is a valid scenario")
}

/// The real bundled mystery: 23 clues over three rounds.
fn bundled() -> Scenario {
    scenario(include_str!("../mysteries/de-brief-die-niemand-begreep.json"))
}

fn no_roles(n: usize) -> Vec<Option<String>> {
    vec![None; n]
}

fn role(id: &str) -> Option<String> {
    Some(id.to_string())
}

/// Cards over `rounds` rounds with these sizes, none pinned.
fn cards_with_rounds(sizes: &[usize]) -> Vec<Card<'static>> {
    sizes
        .iter()
        .enumerate()
        .flat_map(|(r, n)| std::iter::repeat_n(Card { round: r as u32 + 1, pinned_to: None }, *n))
        .collect()
}

fn spread(values: impl IntoIterator<Item = usize>) -> usize {
    let values: Vec<usize> = values.into_iter().collect();
    values.iter().max().unwrap_or(&0) - values.iter().min().unwrap_or(&0)
}

/// Counts per member, in total and per round.
fn counts(cards: &[Card], owners: &[usize], members: usize) -> (Vec<usize>, BTreeMap<u32, Vec<usize>>) {
    let mut total = vec![0; members];
    let mut per_round: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (card, owner) in cards.iter().zip(owners) {
        total[*owner] += 1;
        per_round.entry(card.round).or_insert_with(|| vec![0; members])[*owner] += 1;
    }
    (total, per_round)
}

// ---------------------------------------------------------------- the PRNG

#[test]
fn splitmix64_gives_the_published_sequence() {
    // Reference values of splitmix64 with seed 1234567 (from the original C code).
    let mut rng = SplitMix64::new(1234567);
    let first: Vec<u64> = (0..3).map(|_| rng.next_u64()).collect();
    assert_eq!(first, vec![6457827717110365317, 3203168211198807973, 9817491932198370423]);
}

#[test]
fn shuffle_keeps_every_item() {
    let mut rng = SplitMix64::new(7);
    let mut items: Vec<u32> = (0..50).collect();
    rng.shuffle(&mut items);
    assert_ne!(items, (0..50).collect::<Vec<_>>(), "50 items rarely stay in order");
    items.sort_unstable();
    assert_eq!(items, (0..50).collect::<Vec<_>>());
}

// ---------------------------------------------------------------- the deal

#[test]
fn the_same_seed_gives_the_same_deal() {
    let s = bundled();
    for members in 1..=6 {
        for seed in [0, 1, 42, 123_456_789, u32::MAX] {
            assert_eq!(deal(&s, seed, &no_roles(members)), deal(&s, seed, &no_roles(members)));
        }
    }
}

#[test]
fn the_deal_is_fixed_across_versions() {
    // A member's phone and the team screen may run different builds: a change
    // to the algorithm must be deliberate. Rounds of 8, 9 and 6 cards, 4 members.
    let owners = assign(&cards_with_rounds(&[8, 9, 6]), 42, &no_roles(4));
    assert_eq!(owners, PINNED_DEAL.to_vec(), "the deal for seed 42 changed to {owners:?}");
}

const PINNED_DEAL: [usize; 23] = [2, 3, 1, 2, 0, 1, 0, 3, 2, 1, 2, 0, 3, 0, 3, 1, 0, 2, 1, 3, 3, 0, 2];

#[test]
fn different_seeds_give_different_deals() {
    let s = bundled();
    let deals: std::collections::BTreeSet<Vec<Vec<String>>> =
        (0..50).map(|seed| deal(&s, seed, &no_roles(4))).collect();
    assert!(deals.len() > 40, "only {} different deals out of 50 seeds", deals.len());
}

#[test]
fn every_card_goes_to_exactly_one_member_in_scenario_order() {
    let s = bundled();
    for members in 1..=8 {
        let hands = deal(&s, 99, &no_roles(members));
        assert_eq!(hands.len(), members);
        let mut all: Vec<&String> = hands.iter().flatten().collect();
        assert_eq!(all.len(), s.clues.len());
        all.sort();
        all.dedup();
        assert_eq!(all.len(), s.clues.len(), "no card twice");
        for hand in &hands {
            let positions: Vec<usize> =
                hand.iter().map(|id| s.clues.iter().position(|c| &c.id == id).expect("a real clue")).collect();
            assert!(positions.windows(2).all(|w| w[0] < w[1]), "each hand in scenario order: {hand:?}");
        }
    }
}

#[test]
fn the_deal_is_fair_in_total_and_per_round_for_many_seeds_and_team_sizes() {
    let shapes: [&[usize]; 6] = [&[23], &[8, 9, 6], &[5, 2], &[1, 1, 1], &[12, 0, 3, 7], &[2, 9, 4, 4, 1]];
    for shape in shapes {
        let cards = cards_with_rounds(shape);
        for members in 1..=MAX_MEMBERS {
            for seed in 0..200u32 {
                let owners = assign(&cards, seed.wrapping_mul(2_654_435_761), &no_roles(members));
                assert_eq!(owners.len(), cards.len());
                assert!(owners.iter().all(|m| *m < members));
                let (total, per_round) = counts(&cards, &owners, members);
                assert!(spread(total.clone()) <= 1, "shape {shape:?}, {members} members, seed {seed}: {total:?}");
                for (round, c) in per_round {
                    assert!(
                        spread(c.clone()) <= 1,
                        "round {round} of {shape:?}, {members} members, seed {seed}: {c:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn everyone_gets_cards_in_every_round_with_enough_cards() {
    let s = bundled();
    let rounds = s.rounds();
    let smallest = (1..=rounds).map(|r| s.clues.iter().filter(|c| c.unlock.round == r).count()).min().unwrap_or(0);
    assert!(smallest >= 3, "the bundled mystery has at least three cards in every round");
    for members in 1..=smallest {
        for seed in 0..100 {
            let hands = deal(&s, seed, &no_roles(members));
            for (m, hand) in hands.iter().enumerate() {
                for round in 1..=rounds {
                    let here = hand.iter().filter(|id| s.clue(id).is_some_and(|c| c.unlock.round == round)).count();
                    assert!(here >= 1, "member {m} has no card in round {round} (seed {seed}, {members} members)");
                }
            }
        }
    }
}

#[test]
fn who_gets_the_extra_cards_varies_with_the_seed() {
    // Seven cards for three members: someone gets three. Not always the same one.
    let cards = cards_with_rounds(&[7]);
    let mut lucky = std::collections::BTreeSet::new();
    for seed in 0..30 {
        let (total, _) = counts(&cards, &assign(&cards, seed, &no_roles(3)), 3);
        lucky.insert(total.iter().position(|n| *n == 3).expect("one member has three"));
    }
    assert_eq!(lucky.len(), 3, "every member sometimes gets the extra card");
}

#[test]
fn no_members_means_no_hands() {
    assert_eq!(deal(&bundled(), 1, &[]), Vec::<Vec<String>>::new());
    assert!(assign(&cards_with_rounds(&[3]), 1, &[]).is_empty());
}

// ---------------------------------------------------------------- pinned cards

/// The bundled mystery with two player roles and some cards pinned to them.
fn with_pins(pins: &[(&str, &str)]) -> Scenario {
    let mut s = bundled();
    s.player_roles = vec![
        PlayerRole { id: "inwoner".into(), name: "Inwoner".into() },
        PlayerRole { id: "uitvoerder".into(), name: "Uitvoerder".into() },
    ];
    for (clue, to) in pins {
        s.clues.iter_mut().find(|c| c.id == *clue).expect("a real clue").deal_to = Some(to.to_string());
    }
    s
}

#[test]
fn pinned_cards_go_to_a_member_with_that_role() {
    let pins = [
        ("anja-brief-in-de-la", "inwoner"),
        ("anja-onbekend-nummer", "inwoner"),
        ("kcc-terugbelverzoek", "uitvoerder"),
        ("consulent-afgeschermd-nummer", "uitvoerder"),
        ("petra-op-de-laatste-dag", "uitvoerder"),
    ];
    let s = with_pins(&pins);
    let teams = [
        vec![role("inwoner"), None, role("uitvoerder"), None],
        vec![None, role("uitvoerder"), role("inwoner")],
        vec![role("uitvoerder"), role("uitvoerder"), role("inwoner"), role("inwoner"), None],
    ];
    for roles in teams {
        for seed in 0..200 {
            let hands = deal(&s, seed, &roles);
            for (clue, to) in pins {
                let holder = hands.iter().position(|h| h.iter().any(|c| c == clue)).expect("dealt");
                assert_eq!(
                    roles[holder].as_deref(),
                    Some(to),
                    "{clue} went to member {holder} ({roles:?}, seed {seed})"
                );
            }
            assert_eq!(hands.iter().map(Vec::len).sum::<usize>(), s.clues.len());
        }
    }
}

#[test]
fn pinned_cards_are_shared_among_members_with_the_role() {
    let ids: Vec<String> = bundled().clues.iter().take(8).map(|c| c.id.clone()).collect();
    let pins: Vec<(&str, &str)> = ids.iter().map(|id| (id.as_str(), "inwoner")).collect();
    let s = with_pins(&pins);
    let roles = vec![role("inwoner"), role("inwoner"), None, None];
    let hands = deal(&s, 5, &roles);
    let pinned_of = |m: usize| hands[m].iter().filter(|c| pins.iter().any(|(p, _)| p == c)).count();
    assert_eq!((pinned_of(0), pinned_of(1)), (4, 4), "{hands:?}");
}

#[test]
fn a_pin_to_a_role_nobody_has_is_dealt_normally_and_fairly() {
    let pins = [("brief-van-3-juni", "uitvoerder"), ("bezwaartermijn", "uitvoerder"), ("huur-van-juli", "uitvoerder")];
    let s = with_pins(&pins);
    for members in 1..=6 {
        let mut roles = no_roles(members);
        roles[0] = role("inwoner");
        for seed in 0..100 {
            let hands = deal(&s, seed, &roles);
            assert!(spread(hands.iter().map(Vec::len)) <= 1, "{members} members, seed {seed}");
        }
    }
}

#[test]
fn free_cards_even_out_around_the_pinned_ones() {
    // One card per round pinned to the inwoner: the others still differ by at
    // most one per round, and the inwoner gets no more than a fair share plus the pins.
    let s = with_pins(&[
        ("anja-brief-in-de-la", "inwoner"),
        ("anja-onbekend-nummer", "inwoner"),
        ("huur-van-juli", "inwoner"),
    ]);
    let roles = vec![role("inwoner"), None, None, None];
    for seed in 0..200 {
        let hands = deal(&s, seed, &roles);
        for round in 1..=3 {
            let here: Vec<usize> = hands
                .iter()
                .map(|h| h.iter().filter(|id| s.clue(id).is_some_and(|c| c.unlock.round == round)).count())
                .collect();
            assert!(spread(here.clone()) <= 1, "round {round}, seed {seed}: {here:?}");
        }
        assert!(
            spread(hands.iter().map(Vec::len)) <= 2,
            "seed {seed}: {:?}",
            hands.iter().map(Vec::len).collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_setup_finds_who_holds_a_card() {
    let s = bundled();
    let setup = DealSetup { seed: 42, roles: no_roles(4) };
    let hands = setup.hands(&s);
    for (m, hand) in hands.iter().enumerate() {
        for clue in hand {
            assert_eq!(setup.holder(&s, clue), Some(m));
        }
    }
    assert_eq!(setup.holder(&s, "geen-kaart"), None);
}

// ---------------------------------------------------------------- member links

#[test]
fn base36_round_trips_and_refuses_junk() {
    for n in [0, 1, 35, 36, 1295, 1296, 123_456_789, u32::MAX] {
        assert_eq!(from_base36(&to_base36(n)), Some(n), "{n}");
    }
    assert_eq!(to_base36(u32::MAX), "1z141z3");
    for bad in ["", "00", "01", "ABC", "a-b", "1z141z4", "zzzzzzz", "12345678"] {
        assert_eq!(from_base36(bad), None, "{bad:?}");
    }
}

#[test]
fn a_member_link_carries_the_mystery_the_deal_and_the_member() {
    let setup = DealSetup { seed: 123_456, roles: no_roles(4) };
    let link = MemberLink::new("de-brief-die-niemand-begreep", &setup, 1);
    assert_eq!(link.path(), "speler/de-brief-die-niemand-begreep/2n9c/2/4");
    let rest = link.path().strip_prefix("speler/").unwrap().to_string();
    assert_eq!(MemberLink::parse(&rest), Ok(link.clone()));
    // Same hand as the team screen deals to member 2.
    assert_eq!(link.hand(&bundled()), setup.hands(&bundled())[1]);
}

#[test]
fn a_member_link_with_roles_round_trips() {
    let setup = DealSetup { seed: 7, roles: vec![role("inwoner"), None, role("uitvoerder")] };
    let link = MemberLink::new("m", &setup, 2);
    assert_eq!(link.path(), "speler/m/7/3/3/inwoner,,uitvoerder");
    assert_eq!(MemberLink::parse("m/7/3/3/inwoner,,uitvoerder"), Ok(link));
    assert_eq!(MemberLink::parse("m/7/3/3/inwoner,,uitvoerder/").map(|l| l.member), Ok(2));
}

#[test]
fn a_broken_member_link_says_what_is_wrong() {
    let cases = [
        ("m/7/1", LinkError::Shape),
        ("m/7/1/2/,/x", LinkError::TooLong),
        ("M/7/1/2", LinkError::Mystery),
        ("m/7!/1/2", LinkError::Seed),
        ("m//1/2", LinkError::Seed),
        ("m/7/0/2", LinkError::Member),
        ("m/7/3/2", LinkError::Member),
        ("m/7/1/0", LinkError::Member),
        ("m/7/01/2", LinkError::Member),
        ("m/7/1/99", LinkError::Member),
        ("m/7/1/2/a", LinkError::Roles),
        ("m/7/1/2/a,B", LinkError::Roles),
    ];
    for (rest, want) in cases {
        assert_eq!(MemberLink::parse(rest), Err(want.clone()), "{rest}");
        let message = want.message();
        assert!(message.starts_with("Deze link naar je kaarten werkt niet."), "{message}");
        assert!(message.contains("QR-code"), "{message}");
    }
}

#[test]
fn a_link_never_contains_a_name() {
    // Names stay on the team screen: the link has only the mystery id, numbers and role ids.
    let setup = DealSetup { seed: 1, roles: no_roles(3) };
    let path = MemberLink::new("mysterie", &setup, 0).path();
    assert!(path.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'/' || b == b'-' || b == b','));
}

/// A member's phone reads only the deck of a mystery file (scenario::Deck);
/// for every bundled mystery it deals and shows exactly what the whole
/// scenario does.
#[test]
fn a_phone_reading_only_the_deck_gets_the_same_cards() {
    use mysterie::domain::scenario::{CardSet, Deck};
    use mysterie::domain::session::member::member_cards;
    use mysterie::domain::validate::{read_scenario, read_scenario_as};

    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/mysteries");
    let mut read = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".json") || name.contains("schema") || name == "index.json" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let whole = read_scenario(&text).unwrap();
        let (deck, _) = read_scenario_as::<Deck>(&text).unwrap();
        assert_eq!((deck.id.as_str(), deck.title.as_str()), (whole.id.as_str(), whole.title.as_str()));
        assert_eq!(CardSet::rounds(&deck), whole.rounds(), "{name}");
        let roles = no_roles(4);
        let hands = deal(&whole, 7, &roles);
        assert_eq!(deal(&deck, 7, &roles), hands, "{name}");
        for hand in &hands {
            assert_eq!(member_cards(&deck, hand), member_cards(&whole, hand), "{name}");
        }
        read += 1;
    }
    assert!(read >= 10, "read the bundled mysteries ({read})");
}
