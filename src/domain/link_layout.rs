//! Where the cards and arrows of a link map go: a layered drawing of the
//! team's links ("dit leidt tot dat"), computed without any web dependency so
//! it is tested natively. The component `components::link_map` draws it.
//!
//! Layers: a card's column is the length of the longest chain of links that
//! leads to it (cards nothing leads to stand in column 0). A link that would
//! close a circle does not push a card further right. Within a column cards
//! keep the order in which they first appear in the links.

use std::collections::BTreeMap;

/// Width and height of one card on the map, and the space between them.
pub const NODE_WIDTH: u32 = 168;
pub const NODE_HEIGHT: u32 = 52;
pub const COLUMN_GAP: u32 = 56;
pub const ROW_GAP: u32 = 16;
/// Space around the drawing.
pub const MARGIN: u32 = 8;

/// One card on the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The card's key as given (a clue id or a title).
    pub key: String,
    pub column: u32,
    pub row: u32,
    /// Top-left corner.
    pub x: u32,
    pub y: u32,
}

/// One arrow: indexes into [`Layout::nodes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    pub width: u32,
    pub height: u32,
}

impl Layout {
    /// Where an arrow starts and ends: the middle of the right side of its
    /// source and of the left side of its target (or the other way round when
    /// the target stands further left), as (x1, y1, x2, y2).
    pub fn arrow(&self, edge: Edge) -> (u32, u32, u32, u32) {
        let (a, b) = (&self.nodes[edge.from], &self.nodes[edge.to]);
        let (ay, by) = (a.y + NODE_HEIGHT / 2, b.y + NODE_HEIGHT / 2);
        if a.column < b.column {
            (a.x + NODE_WIDTH, ay, b.x, by)
        } else if a.column > b.column {
            (a.x, ay, b.x + NODE_WIDTH, by)
        } else if a.row < b.row {
            (a.x + NODE_WIDTH / 2, a.y + NODE_HEIGHT, b.x + NODE_WIDTH / 2, b.y)
        } else {
            (a.x + NODE_WIDTH / 2, a.y, b.x + NODE_WIDTH / 2, b.y + NODE_HEIGHT)
        }
    }

    /// The keys of the cards `node` leads to and of the cards that lead to it.
    pub fn neighbours(&self, node: usize) -> (Vec<&str>, Vec<&str>) {
        let to = self.edges.iter().filter(|e| e.from == node).map(|e| self.nodes[e.to].key.as_str()).collect();
        let from = self.edges.iter().filter(|e| e.to == node).map(|e| self.nodes[e.from].key.as_str()).collect();
        (to, from)
    }
}

/// Lay out `links` (from, to). Links to itself and repeated links are dropped.
pub fn layout<S: AsRef<str>>(links: &[(S, S)]) -> Layout {
    let mut keys: Vec<String> = Vec::new();
    let index = |key: &str, keys: &mut Vec<String>| match keys.iter().position(|k| k == key) {
        Some(i) => i,
        None => {
            keys.push(key.to_string());
            keys.len() - 1
        }
    };
    let mut edges: Vec<Edge> = Vec::new();
    for (from, to) in links {
        let (from, to) = (from.as_ref(), to.as_ref());
        if from == to {
            continue;
        }
        let edge = Edge { from: index(from, &mut keys), to: index(to, &mut keys) };
        if !edges.contains(&edge) {
            edges.push(edge);
        }
    }
    let n = keys.len();
    // Longest path, with edges that close a circle ignored: relax at most n
    // times; an edge whose target would pass n - 1 is on a circle.
    let mut column = vec![0u32; n];
    for _ in 0..n {
        let mut changed = false;
        for e in &edges {
            let want = column[e.from] + 1;
            if want > column[e.to] && (want as usize) < n {
                column[e.to] = want;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // Compact: columns without cards close up.
    let mut used: Vec<u32> = column.clone();
    used.sort_unstable();
    used.dedup();
    let compact: BTreeMap<u32, u32> = used.iter().enumerate().map(|(i, c)| (*c, i as u32)).collect();
    let mut rows: BTreeMap<u32, u32> = BTreeMap::new();
    let nodes: Vec<Node> = keys
        .into_iter()
        .enumerate()
        .map(|(i, key)| {
            let column = compact[&column[i]];
            let row = rows.entry(column).or_insert(0);
            let node = Node {
                key,
                column,
                row: *row,
                x: MARGIN + column * (NODE_WIDTH + COLUMN_GAP),
                y: MARGIN + *row * (NODE_HEIGHT + ROW_GAP),
            };
            *row += 1;
            node
        })
        .collect();
    let columns = rows.len() as u32;
    let most_rows = rows.values().copied().max().unwrap_or(0);
    let width = if columns == 0 { 0 } else { 2 * MARGIN + columns * NODE_WIDTH + (columns - 1) * COLUMN_GAP };
    let height = if most_rows == 0 { 0 } else { 2 * MARGIN + most_rows * NODE_HEIGHT + (most_rows - 1) * ROW_GAP };
    Layout { nodes, edges, width, height }
}

/// Split a card title into at most two lines of about `width` characters for
/// the map; a longer title ends in "…" (the full title is in the label).
pub fn wrap_title(title: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = vec![String::new()];
    for word in title.split_whitespace() {
        let line = lines.last_mut().map(|l| l.chars().count()).unwrap_or(0);
        if line > 0 && line + 1 + word.chars().count() > width {
            if lines.len() == 2 {
                let last = lines.last_mut().expect("two lines");
                let keep: String = last.chars().take(width.saturating_sub(1)).collect();
                *last = format!("{}…", keep.trim_end());
                return lines;
            }
            lines.push(String::new());
        }
        let current = lines.last_mut().expect("a line");
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    for line in &mut lines {
        if line.chars().count() > width {
            let keep: String = line.chars().take(width.saturating_sub(1)).collect();
            *line = format!("{keep}…");
        }
    }
    lines
}
