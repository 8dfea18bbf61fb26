//! Portraits (src/domain/portrait.rs): deterministic, one colour per person
//! within a mystery, inwoner and uitvoerder told apart by shape, and initials
//! readable on the badge (WCAG AA). A member card carries its speaker's
//! portrait (and older member links without it still read); the link map
//! finds the portrait of a card by its title.

use mysterie::domain::portrait::{card_faces, contrast, initials, portrait_of, portraits, Rgb, Shape, MIN_CONTRAST};
use mysterie::domain::scenario::{CharacterKind, Scenario};
use mysterie::domain::session::member::{self, MemberExtra};

fn bundled() -> Vec<Scenario> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir("mysteries").expect("mysteries/ exists") {
        let path = entry.expect("readable entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if !name.ends_with(".json") || name.starts_with("index") || name.contains("schema") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable mystery");
        out.push(serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}")));
    }
    assert!(out.len() >= 6, "the bundled mysteries are found");
    out
}

fn distance(a: Rgb, b: Rgb) -> f64 {
    let d = |x: u8, y: u8| f64::from(x) - f64::from(y);
    (d(a.0, b.0).powi(2) + d(a.1, b.1).powi(2) + d(a.2, b.2).powi(2)).sqrt()
}

#[test]
fn initials_skip_titles_and_tussenvoegsels() {
    assert_eq!(initials("Ruud Hendriks"), "RH");
    assert_eq!(initials("mr. Wouter Brandsma"), "WB");
    assert_eq!(initials("Marjolein de Boer"), "MB");
    assert_eq!(initials("Patrick van Leeuwen"), "PL");
    assert_eq!(initials("Hatice Yıldız"), "HY");
    assert_eq!(initials("Daniëlle Osei"), "DO");
    assert_eq!(initials("Cher"), "C");
    assert_eq!(initials("  "), "?");
}

#[test]
fn portraits_are_deterministic() {
    for scenario in bundled() {
        assert_eq!(portraits(&scenario.characters), portraits(&scenario.characters), "{}", scenario.id);
    }
}

#[test]
fn every_person_in_a_mystery_has_a_distinct_colour() {
    for scenario in bundled() {
        let all = portraits(&scenario.characters);
        assert_eq!(all.len(), scenario.characters.len());
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(a.hue, b.hue, "{}: {} and {} share a hue", scenario.id, a.character, b.character);
                assert!(
                    distance(a.background, b.background) >= 20.0,
                    "{}: {} {} and {} {} look alike",
                    scenario.id,
                    a.character,
                    a.background.hex(),
                    b.character,
                    b.background.hex()
                );
            }
        }
    }
}

#[test]
fn initials_reach_wcag_aa_on_every_badge() {
    for scenario in bundled() {
        for p in portraits(&scenario.characters) {
            let ratio = contrast(p.background, p.ink);
            assert!(ratio >= MIN_CONTRAST, "{}: {} has contrast {ratio:.2}", scenario.id, p.character);
        }
    }
    // Every hue the scheme can produce, not only the ones in use today.
    let cast: Vec<_> = (0..40)
        .map(|i| mysterie::domain::scenario::Character {
            id: format!("persoon-{i}"),
            name: format!("Persoon {i}"),
            kind: CharacterKind::Inwoner,
            role: "inwoner".into(),
            organisation: None,
            portrait_hue: None,
        })
        .collect();
    for p in portraits(&cast) {
        assert!(contrast(p.background, p.ink) >= MIN_CONTRAST, "hue {}", p.hue);
    }
}

#[test]
fn inwoners_and_uitvoerders_have_different_shapes() {
    for scenario in bundled() {
        for (person, p) in scenario.characters.iter().zip(portraits(&scenario.characters)) {
            let expected = match person.kind {
                CharacterKind::Inwoner => Shape::Round,
                CharacterKind::Uitvoerder => Shape::NameBadge,
            };
            assert_eq!(p.shape, expected, "{}: {}", scenario.id, person.id);
        }
    }
}

#[test]
fn adding_a_person_keeps_the_colours_of_the_others() {
    let scenario = bundled().into_iter().find(|s| s.characters.len() < 12).expect("a small cast");
    let before = portraits(&scenario.characters);
    let mut bigger = scenario.clone();
    let mut extra = bigger.characters[0].clone();
    extra.id = "nieuwe-persoon".into();
    extra.name = "Nieuwe Persoon".into();
    bigger.characters.push(extra);
    let after = portraits(&bigger.characters);
    assert_eq!(&after[..before.len()], &before[..]);
    assert!(portrait_of(&bigger, "nieuwe-persoon").is_some());
}

#[test]
fn contrast_matches_known_values() {
    assert!((contrast(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
    assert!((contrast(Rgb(255, 255, 255), Rgb(255, 255, 255)) - 1.0).abs() < 1e-9);
    assert_eq!(Rgb(29, 78, 95).hex(), "#1d4e5f");
}

#[test]
fn member_cards_draw_the_same_portrait_as_the_team_screen() {
    for s in bundled() {
        let all: Vec<String> = s.clues.iter().map(|c| c.id.clone()).collect();
        for (card, clue) in member::member_cards(&s, &all).iter().zip(&s.clues) {
            match clue.speaker.as_deref() {
                Some(speaker) => {
                    let carried = card.portrait.as_ref().unwrap_or_else(|| panic!("{}: a portrait", clue.id));
                    assert_eq!(Some(carried.portrait()), portrait_of(&s, speaker), "{}", clue.id);
                }
                None => assert_eq!(card.portrait, None, "{}", clue.id),
            }
        }
    }
}

#[test]
fn a_member_pack_without_portraits_still_reads() {
    // A pack as links carried it before portraits: no "p" on the cards.
    let old = r#"{"n":"Ans","t":"Team 2","k":{"m":"Eigen","q":"Wat nu?","r":1,"c":[
        {"n":1,"r":1,"k":"Stem","c":"voice-inwoner","t":"Een brief","w":"Ruud · inwoner (inwoner)","x":"Ik snap het niet.","s":"Een brief. Ruud vertelt. Ik snap het niet."}
    ]}}"#;
    let extra: MemberExtra = serde_json::from_str(old).expect("an old pack reads");
    let card = &extra.pack.expect("pack").cards[0];
    assert_eq!(card.portrait, None);
    assert_eq!(card.who.as_deref(), Some("Ruud · inwoner (inwoner)"));
    // And a new pack round-trips through the link's extra part with its portraits.
    let s = &bundled()[0];
    let all: Vec<String> = s.clues.iter().map(|c| c.id.clone()).collect();
    let extra = MemberExtra { name: "Ans".into(), team: String::new(), pack: Some(member::pack(s, &all)) };
    assert_eq!(member::decode_extra(&member::encode_extra(&extra)), Some(extra));
}

#[test]
fn the_link_map_finds_a_card_s_person_by_title() {
    for s in bundled() {
        let faces = card_faces(&s);
        let spoken = s.clues.iter().filter(|c| c.speaker.is_some()).count();
        assert_eq!(faces.len(), spoken, "{}: one face per card with a speaker", s.id);
        for face in &faces {
            let clue = s.clues.iter().find(|c| c.title == face.title).expect("a card with that title");
            let person = s.character(clue.speaker.as_deref().unwrap()).unwrap();
            assert_eq!(face.name, person.name);
            assert_eq!(Some(face.portrait.clone()), portrait_of(&s, &person.id));
        }
    }
}

/// The accent dot's table is the circle it stands for (radius 19 around
/// (24, 26)), to one decimal, for every angle a portrait can have.
#[test]
fn the_accent_dot_table_is_the_circle() {
    use mysterie::domain::portrait::accent_dot;
    for step in 0..8u16 {
        let angle = step * 45;
        let radians = f64::from(angle).to_radians();
        let (x, y) = accent_dot(angle);
        assert_eq!(x, format!("{:.1}", 24.0 + 19.0 * radians.cos()), "x at {angle}°");
        assert_eq!(y, format!("{:.1}", 26.0 + 19.0 * radians.sin()), "y at {angle}°");
    }
}

/// A member card carries its speaker's colours, read back exactly.
#[test]
fn a_member_card_carries_its_portrait_colours() {
    assert_eq!(Rgb::from_hex("1d4e5f"), Some(Rgb(0x1d, 0x4e, 0x5f)));
    assert_eq!(Rgb::from_hex("#ffffff"), Some(Rgb(255, 255, 255)));
    assert_eq!(Rgb::from_hex("zz4e5f"), None);
    assert_eq!(Rgb::from_hex("1d4e5"), None);
    for scenario in bundled() {
        for p in portraits(&scenario.characters) {
            assert_eq!(Rgb::from_hex(&p.background.hex()), Some(p.background));
            assert_eq!(Rgb::from_hex(&p.ink.hex()), Some(p.ink));
        }
    }
}

/// A colour chosen in the studio is the portrait's colour; every colour the
/// studio offers keeps the initials readable.
#[test]
fn a_chosen_colour_wins_and_every_offered_colour_is_readable() {
    use mysterie::domain::portrait::NAMED_HUES;
    let mut scenario = bundled().remove(0);
    let id = scenario.characters[0].id.clone();
    scenario.characters[0].portrait_hue = Some(270);
    let chosen = portrait_of(&scenario, &id).unwrap();
    assert_eq!(chosen.hue, 270);
    let others: Vec<_> = portraits(&scenario.characters).into_iter().skip(1).collect();
    let before: Vec<_> = {
        let mut s = scenario.clone();
        s.characters[0].portrait_hue = None;
        portraits(&s.characters).into_iter().skip(1).collect()
    };
    assert_eq!(others, before, "choosing one person's colour leaves the others as they were");
    for (hue, name) in NAMED_HUES {
        let mut s = scenario.clone();
        s.characters[0].portrait_hue = Some(hue);
        let p = portrait_of(&s, &id).unwrap();
        assert!(contrast(p.background, p.ink) >= MIN_CONTRAST, "{name}");
    }
}
