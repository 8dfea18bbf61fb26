//! A radar (spider) chart of the seven bouwstenen as plain SVG, with one line
//! per series. The SVG is a picture with a title and description; the values
//! are always also in a table (this component's, or one the page names), so
//! nothing is only visible in the drawing. Series differ in colour *and* in
//! dash pattern, so they can be told apart without colour too.

use leptos::prelude::*;

use crate::domain::network::format_decimal;
use crate::domain::scenario::Bouwsteen;

/// One line in the chart: a value 0–100 per bouwsteen (guide order), `None`
/// where there is no value (that axis is skipped).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Series {
    pub label: String,
    pub values: [Option<f64>; 7],
    /// Drawn thicker and filled (a single team, or the network mean).
    pub emphasis: bool,
    /// Drawn thin, grey and dashed: the background a highlighted team is read against.
    pub muted: bool,
}

/// Colours with at least 3:1 contrast on white (WCAG 1.4.11), and dash patterns.
const COLOURS: [&str; 8] = ["#1d4e5f", "#b3470f", "#6b2d8c", "#1f6b3a", "#a1161b", "#0b5cad", "#7a5a00", "#4a5260"];
const DASHES: [&str; 4] = ["", "6 4", "2 3", "10 3 2 3"];
const EMPHASIS_COLOUR: &str = "#1b1f24";
/// Muted lines: grey (4.8:1 on white), dashed.
const MUTED: (&str, &str) = ("#6b7280", "4 3");

const RADIUS: f64 = 110.0;

/// The colour and dash of the `i`-th plain series.
pub fn style_of(i: usize) -> (&'static str, &'static str) {
    (COLOURS[i % COLOURS.len()], DASHES[(i / COLOURS.len() + i) % DASHES.len()])
}

fn point(axis: usize, value: f64) -> (f64, f64) {
    let angle = -std::f64::consts::FRAC_PI_2 + axis as f64 * std::f64::consts::TAU / 7.0;
    let r = RADIUS * value.clamp(0.0, 100.0) / 100.0;
    (r * angle.cos(), r * angle.sin())
}

fn points(values: &[Option<f64>; 7]) -> Vec<(f64, f64)> {
    values.iter().enumerate().filter_map(|(i, v)| v.map(|v| point(i, v))).collect()
}

fn path_of(points: &[(f64, f64)]) -> String {
    points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ")
}

/// The chart. `id` must be unique on the page. With `table`, a data table with
/// the same values follows the drawing; otherwise `described_by` should name
/// the id of a table elsewhere on the page that has them.
#[component]
pub fn Radar(
    #[prop(into)] id: String,
    /// What the chart shows, for its title.
    title: String,
    series: Vec<Series>,
    #[prop(optional)] table: bool,
    #[prop(optional)] described_by: Option<&'static str>,
    /// A small chart in a row of many (small multiples): no axis words, no
    /// legend; the title is shown as its caption.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    // Leptos makes `<title>` an HTML element even inside <svg>, so the name is an aria-label.
    let desc_id = format!("{id}-grafiek-uitleg");
    let table_id = format!("{id}-tabel");
    let description = if table {
        "De waarden staan ook in de tabel onder de grafiek.".to_string()
    } else if described_by.is_some() {
        "De waarden staan ook in de tabel op deze pagina.".to_string()
    } else {
        String::new()
    };
    let description = format!(
        "Zeven assen, één per bouwsteen, van 0 in het midden tot 100 aan de rand. {}{description}",
        if series.len() > 1 { format!("{} lijnen. ", series.len()) } else { String::new() }
    );
    let described = match described_by {
        Some(other) => format!("{desc_id} {other}"),
        None => desc_id.clone(),
    };
    let multi = series.len() > 1;

    let rings = [25.0, 50.0, 75.0, 100.0]
        .into_iter()
        .map(|v| {
            let ring: Vec<(f64, f64)> = (0..7).map(|i| point(i, v)).collect();
            view! { <polygon class="radar-ring" points=path_of(&ring) /> }
        })
        .collect_view();
    let ring_labels = [50.0, 100.0]
        .into_iter()
        .map(|v| {
            let (x, y) = point(0, v);
            view! {
                <text class="radar-scale" x=format!("{:.1}", x + 4.0) y=format!("{:.1}", y + 4.0)>
                    {format!("{v}")}
                </text>
            }
        })
        .collect_view();
    let axes = Bouwsteen::ALL
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let (x, y) = point(i, 100.0);
            let (lx, ly) = point(i, 112.0);
            let anchor = if lx > 5.0 {
                "start"
            } else if lx < -5.0 {
                "end"
            } else {
                "middle"
            };
            // Below the centre the text hangs under its point; above, it sits on it.
            let dy = if ly > 5.0 {
                12.0
            } else if ly < -5.0 {
                -4.0
            } else {
                4.0
            };
            let mut words: Vec<String> = match b {
                Bouwsteen::LerendeUitvoeringspraktijk => vec!["Lerende".into(), "uitvoeringspraktijk".into()],
                _ => vec![b.label().into()],
            };
            // An axis no series has a value for is marked "(–)", so the line
            // cutting past it is not read as a low value.
            let missing = series.iter().all(|s| s.values[i].is_none());
            if missing {
                if let Some(last) = words.last_mut() {
                    last.push_str(" (–)");
                }
            }
            let class = if missing { "radar-label missing" } else { "radar-label" };
            let lines = words.len();
            let label = words
                .into_iter()
                .enumerate()
                .map(|(n, word)| {
                    let y = ly + dy - 13.0 * (lines - 1 - n) as f64;
                    view! {
                        <text class=class x=format!("{lx:.1}") y=format!("{y:.1}") text-anchor=anchor>
                            {word}
                        </text>
                    }
                })
                .collect_view();
            view! {
                <line class="radar-axis" x1="0" y1="0" x2=format!("{x:.1}") y2=format!("{y:.1}") />
                {(!compact).then_some(label)}
            }
        })
        .collect_view();

    let mut plain = 0;
    let lines = series
        .iter()
        .map(|s| {
            let (colour, dash) = if s.emphasis {
                (EMPHASIS_COLOUR, "")
            } else if s.muted {
                MUTED
            } else {
                plain += 1;
                style_of(plain - 1)
            };
            let pts = points(&s.values);
            let class = if s.emphasis {
                "radar-series emphasis"
            } else if s.muted {
                "radar-series muted"
            } else {
                "radar-series"
            };
            let shape = if pts.len() >= 3 {
                view! {
                    <polygon
                        class=class
                        points=path_of(&pts)
                        stroke=colour
                        stroke-dasharray=dash
                        fill=if s.emphasis && !multi { colour } else { "none" }
                    />
                }
                .into_any()
            } else {
                view! { <polyline class=class points=path_of(&pts) stroke=colour stroke-dasharray=dash fill="none" /> }
                    .into_any()
            };
            let dots = pts
                .iter()
                .map(|(x, y)| {
                    view! { <circle class="radar-dot" cx=format!("{x:.1}") cy=format!("{y:.1}") r="3.5" fill=colour /> }
                })
                .collect_view();
            view! { <g>{shape}{dots}</g> }
        })
        .collect_view();

    let mut plain = 0;
    let legend = (multi && !compact).then(|| {
        let items = series
            .iter()
            .map(|s| {
                let (colour, dash) = if s.emphasis {
                    (EMPHASIS_COLOUR, "")
                } else if s.muted {
                    MUTED
                } else {
                    plain += 1;
                    style_of(plain - 1)
                };
                let width = if s.emphasis {
                    "4"
                } else if s.muted {
                    "1.5"
                } else {
                    "2.5"
                };
                view! {
                    <li>
                        <svg class="legend-swatch" viewBox="0 0 36 12" width="36" height="12" aria-hidden="true">
                            <line x1="1" y1="6" x2="35" y2="6" stroke=colour stroke-width=width stroke-dasharray=dash />
                        </svg>
                        {s.label.clone()}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="radar-legend" aria-label="Lijnen in de grafiek">{items}</ul> }
    });

    let data_table = table.then(|| {
        let headers = series.iter().map(|s| view! { <th scope="col">{s.label.clone()}</th> }).collect_view();
        let rows = Bouwsteen::ALL
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let cells = series
                    .iter()
                    .map(|s| view! { <td>{s.values[i].map(|v| format_decimal(v, 0)).unwrap_or_else(|| "–".into())}</td> })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{b.label()}</th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        // Many series make the table wider than a phone (320 px): it scrolls
        // sideways inside a named region that takes keyboard focus (WCAG 1.4.10).
        let caption_id = format!("{table_id}-titel");
        let region_label = caption_id.clone();
        view! {
            <details class="radar-table">
                <summary>"Bekijk de waarden als tabel"</summary>
                <div class="table-scroll" role="region" aria-labelledby=region_label tabindex="0">
                    <table id=table_id.clone()>
                        <caption id=caption_id>{title.clone()}</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Bouwsteen"</th>
                                {headers}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <p class="small muted">"– betekent: geen antwoord, of geen stelling over deze bouwsteen."</p>
            </details>
        }
    });

    let caption = compact.then(|| view! { <figcaption>{title.clone()}</figcaption> });
    let (class, view_box) =
        if compact { ("radar-mini", "-120 -120 240 240") } else { ("radar-chart", "-250 -150 500 300") };
    let ring_labels = (!compact).then_some(ring_labels);
    view! {
        <figure class="radar">
            {caption}
            <svg class=class viewBox=view_box role="img" aria-label=title.clone() aria-describedby=described>
                <desc id=desc_id>{description}</desc>
                <g aria-hidden="true">{rings}{axes}{ring_labels}{lines}</g>
            </svg>
            {legend}
            {data_table}
        </figure>
    }
}
