//! The link map: the team's cards and links ("dit leidt tot dat") drawn as a
//! diagram, as plain SVG. Each card is a keyboard stop whose name says what it
//! leads to and what leads to it, with the team's reasons; the page always
//! also has the links as a list (the text alternative), which `list_id` names.
//! The layout is `domain::link_layout`.

use leptos::prelude::*;

use crate::components::portrait::PortraitBadge;
use crate::domain::link_layout::{self, NODE_HEIGHT, NODE_WIDTH};
use crate::domain::portrait::CardFace;

/// One link to draw: card titles and the team's reason (may be empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapLink {
    pub from: String,
    pub to: String,
    pub why: String,
}

/// Characters per line of a card title on the map.
const LINE_CHARS: usize = 22;
/// The same next to a portrait.
const LINE_CHARS_WITH_FACE: usize = 18;
/// Size of a portrait on a card of the map, and its room at the left.
const FACE_SIZE: u32 = 26;
const FACE_ROOM: u32 = FACE_SIZE + 6;

/// The accessible name of one card: its title, what it leads to and what
/// leads to it, with the reasons the team gave.
fn node_label(title: &str, links: &[MapLink], person: Option<&str>) -> String {
    let with_why = |other: &str, why: &str| {
        if why.is_empty() {
            other.to_string()
        } else {
            format!("{other} (waarom: {why})")
        }
    };
    let to: Vec<String> = links.iter().filter(|l| l.from == title).map(|l| with_why(&l.to, &l.why)).collect();
    let from: Vec<String> = links.iter().filter(|l| l.to == title).map(|l| with_why(&l.from, &l.why)).collect();
    let mut label = format!("Kaart {title}.");
    if !to.is_empty() {
        label.push_str(&format!(" Leidt tot: {}.", to.join("; ")));
    }
    if !from.is_empty() {
        label.push_str(&format!(" Komt van: {}.", from.join("; ")));
    }
    if let Some(name) = person {
        label.push_str(&format!(" Persoon: {name}."));
    }
    label
}

/// The map. `id` must be unique on the page; `list_id` is the id of the list
/// with the same links (the text alternative).
#[component]
pub fn LinkMap(
    id: &'static str,
    #[prop(into)] links: Signal<Vec<MapLink>>,
    list_id: &'static str,
    /// The heading of the map.
    #[prop(default = "Verbandenkaart")]
    title: &'static str,
    /// Portraits of the people on the cards, by card title (decorative: the
    /// card's name on the map says who it is).
    #[prop(optional)]
    faces: Vec<CardFace>,
) -> impl IntoView {
    let faces = StoredValue::new(faces);
    let heading_id = format!("{id}-titel");
    let labelled = heading_id.clone();
    let marker_id = format!("{id}-pijl");
    let desc_id = format!("{id}-uitleg");
    let described = format!("{desc_id} {list_id}");
    let drawing = move || {
        let links = links.get();
        let pairs: Vec<(&str, &str)> = links.iter().map(|l| (l.from.as_str(), l.to.as_str())).collect();
        let map = link_layout::layout(&pairs);
        if map.nodes.is_empty() {
            return view! { <p class="muted">"Nog geen verbanden om te tekenen."</p> }.into_any();
        }
        let marker = format!("url(#{marker_id})");
        let edges = map
            .edges
            .iter()
            .map(|edge| {
                let (x1, y1, x2, y2) = map.arrow(*edge);
                let reasoned = links
                    .iter()
                    .any(|l| l.from == map.nodes[edge.from].key && l.to == map.nodes[edge.to].key && !l.why.is_empty());
                view! {
                    <line
                        class="map-edge"
                        class:reasoned=reasoned
                        x1=x1
                        y1=y1
                        x2=x2
                        y2=y2
                        marker-end=marker.clone()
                    />
                }
            })
            .collect_view();
        let nodes = map
            .nodes
            .iter()
            .map(|node| {
                let face = faces.with_value(|f| f.iter().find(|f| f.title == node.key).cloned());
                let label = node_label(&node.key, &links, face.as_ref().map(|f| f.name.as_str()));
                let (room, chars) = if face.is_some() { (FACE_ROOM, LINE_CHARS_WITH_FACE) } else { (0, LINE_CHARS) };
                let lines = link_layout::wrap_title(&node.key, chars);
                let count = lines.len() as u32;
                let centre = node.x + room + (NODE_WIDTH - room) / 2;
                let text = lines
                    .into_iter()
                    .enumerate()
                    .map(|(i, line)| {
                        let y = node.y + NODE_HEIGHT / 2 + 5 + 16 * i as u32 - 8 * (count - 1);
                        view! { <text class="map-text" x=centre y=y text-anchor="middle">{line}</text> }
                    })
                    .collect_view();
                let with_face = face.is_some();
                // An SVG attribute, not a style: the CSP allows no inline styles.
                let face = face.map(|f| {
                    let at = format!("translate({} {})", node.x + 5, node.y + (NODE_HEIGHT - FACE_SIZE) / 2);
                    view! {
                        <g class="map-face" transform=at>
                            <PortraitBadge portrait=f.portrait size=FACE_SIZE />
                        </g>
                    }
                });
                view! {
                    <g class="map-node" class:with-face=with_face tabindex="0" role="img" aria-label=label>
                        <rect x=node.x y=node.y width=NODE_WIDTH height=NODE_HEIGHT rx="6" />
                        {face}
                        {text}
                    </g>
                }
            })
            .collect_view();
        view! {
            <div class="map-scroll">
                <svg
                    class="link-map"
                    role="group"
                    aria-labelledby=labelled.clone()
                    aria-describedby=described.clone()
                    width=map.width
                    height=map.height
                    viewBox=format!("0 0 {} {}", map.width, map.height)
                >
                    <defs>
                        <marker
                            id=marker_id.clone()
                            viewBox="0 0 10 10"
                            refX="10"
                            refY="5"
                            markerWidth="8"
                            markerHeight="8"
                            orient="auto-start-reverse"
                        >
                            <path d="M 0 0 L 10 5 L 0 10 z" class="map-arrow" />
                        </marker>
                    </defs>
                    <g aria-hidden="true">{edges}</g>
                    {nodes}
                </svg>
            </div>
        }
        .into_any()
    };
    let section_labelled = heading_id.clone();
    view! {
        <section class="link-map-panel" aria-labelledby=section_labelled>
            <h3 id=heading_id>{title}</h3>
            <p id=desc_id class="small muted">
                "Elke kaart is een vak; een pijl betekent \"leidt tot\". Met Tab ga je langs de kaarten. "
                "Dezelfde verbanden staan ook in de lijst."
            </p>
            {drawing}
        </section>
    }
}
