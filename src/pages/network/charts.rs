//! The chart lines of the network view (its radar charts) and table headings
//! that fit a 1280 px screen.

use leptos::prelude::*;

use crate::components::radar::Series;
use crate::domain::network;
use crate::domain::results::TeamResult;
use crate::domain::scenario::Bouwsteen;

/// A table heading that may break inside its long compound words, so the
/// team table fits a 1280 px screen: "Samenwerkings|netwerk".
pub(super) fn breakable(label: &'static str) -> impl IntoView {
    let parts: Vec<&str> = ["Samenwerkings", "uitvoerings", "Perspec"]
        .iter()
        .find_map(|head| label.find(head).map(|at| vec![&label[..at + head.len()], &label[at + head.len()..]]))
        .unwrap_or_else(|| vec![label]);
    let last = parts.len() - 1;
    parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| view! { {part}{(i < last).then(|| view! { <wbr /> })} })
        .collect_view()
}

/// The group mean per bouwsteen as a chart line.
pub(super) fn mean_series(s: &network::Summary, muted: bool) -> Series {
    let means: Vec<Option<f64>> = s.per_bouwsteen.iter().map(|b| b.stats.map(|st| st.mean)).collect();
    Series { label: "Gemiddelde".to_string(), values: std::array::from_fn(|i| means[i]), emphasis: !muted, muted }
}

pub(super) fn team_values(r: &TeamResult) -> [Option<f64>; 7] {
    Bouwsteen::ALL.map(|b| r.profile_value(b).map(f64::from))
}

/// Every team's line and the mean (with more than one team). With `focus`,
/// that team keeps its colour and the others turn grey, so it reads over the group.
pub(super) fn profile_series(
    list: &[TeamResult],
    names: &[String],
    s: &network::Summary,
    focus: Option<usize>,
) -> Vec<Series> {
    let mut series: Vec<Series> = list
        .iter()
        .zip(names)
        .enumerate()
        .map(|(i, (r, label))| Series {
            label: label.clone(),
            values: team_values(r),
            emphasis: false,
            muted: focus.is_some_and(|f| f != i),
        })
        .collect();
    if list.len() > 1 {
        series.push(mean_series(s, false));
    }
    series
}

/// One team's line over the group mean (grey, dashed).
pub(super) fn team_over_mean(r: &TeamResult, name: &str, s: &network::Summary) -> Vec<Series> {
    vec![
        mean_series(s, true),
        Series { label: name.to_string(), values: team_values(r), emphasis: false, muted: false },
    ]
}
