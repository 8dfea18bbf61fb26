//! The link map's layout: columns follow the chains, circles do not run away,
//! every card once, arrows from side to side.

use mysterie::domain::link_layout::{layout, wrap_title, Edge, COLUMN_GAP, MARGIN, NODE_HEIGHT, NODE_WIDTH, ROW_GAP};

fn columns(links: &[(&str, &str)]) -> Vec<(String, u32, u32)> {
    layout(links).nodes.into_iter().map(|n| (n.key, n.column, n.row)).collect()
}

#[test]
fn no_links_draw_nothing() {
    let map = layout::<&str>(&[]);
    assert!(map.nodes.is_empty() && map.edges.is_empty());
    assert_eq!((map.width, map.height), (0, 0));
}

#[test]
fn a_chain_runs_left_to_right() {
    assert_eq!(
        columns(&[("brief", "loket"), ("loket", "termijn")]),
        [("brief".into(), 0, 0), ("loket".into(), 1, 0), ("termijn".into(), 2, 0)]
    );
    let map = layout(&[("brief", "loket"), ("loket", "termijn")]);
    assert_eq!(map.width, 2 * MARGIN + 3 * NODE_WIDTH + 2 * COLUMN_GAP);
    assert_eq!(map.height, 2 * MARGIN + NODE_HEIGHT);
    assert_eq!(
        map.arrow(Edge { from: 0, to: 1 }),
        (MARGIN + NODE_WIDTH, MARGIN + NODE_HEIGHT / 2, MARGIN + NODE_WIDTH + COLUMN_GAP, MARGIN + NODE_HEIGHT / 2)
    );
}

#[test]
fn a_card_stands_after_its_longest_chain_and_cards_share_a_column_in_order() {
    // a -> b -> d, a -> c, c -> d: d after b and c; b and c share column 1.
    assert_eq!(
        columns(&[("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")]),
        [("a".into(), 0, 0), ("b".into(), 1, 0), ("c".into(), 1, 1), ("d".into(), 2, 0)]
    );
    let map = layout(&[("a", "b"), ("a", "c")]);
    assert_eq!(map.height, 2 * MARGIN + 2 * NODE_HEIGHT + ROW_GAP);
}

#[test]
fn a_circle_stays_on_the_map_and_repeats_are_dropped() {
    let map = layout(&[("a", "b"), ("b", "c"), ("c", "a"), ("a", "b"), ("a", "a")]);
    assert_eq!(map.nodes.len(), 3);
    assert_eq!(map.edges.len(), 3);
    assert!(map.nodes.iter().all(|n| n.column < 3));
    let (to, from) = map.neighbours(0);
    assert_eq!((to, from), (vec!["b"], vec!["c"]));
    // Every arrow has two ends inside the drawing.
    for edge in &map.edges {
        let (x1, y1, x2, y2) = map.arrow(*edge);
        assert!(x1 <= map.width && x2 <= map.width && y1 <= map.height && y2 <= map.height);
    }
}

#[test]
fn two_way_links_and_back_links_point_the_right_way() {
    let map = layout(&[("a", "b"), ("b", "a")]);
    let (x1, _, x2, _) = map.arrow(Edge { from: 1, to: 0 });
    assert!(x1 > x2, "the arrow from b back to a points left");
}

#[test]
fn long_titles_wrap_on_two_lines() {
    assert_eq!(wrap_title("Brief van de gemeente", 20), ["Brief van de", "gemeente"].map(String::from));
    assert_eq!(wrap_title("Kort", 20), ["Kort"]);
    let lines = wrap_title("Een hele lange titel die echt niet op twee regels past bij deze breedte", 20);
    assert_eq!(lines.len(), 2);
    assert!(lines[1].ends_with('…') && lines.iter().all(|l| l.chars().count() <= 20), "{lines:?}");
    assert_eq!(wrap_title("Onuitsprekelijkheidsgevoelens", 10), ["Onuitspre…"]);
}
