//! The static first page: the library of the bundled mysteries as plain HTML
//! inside `index.html`, so the library is usable before the wasm (≈ 270 KB gzip)
//! has loaded. Native only: `tests/first_page.rs` writes the block between
//! [`START`] and [`END`] (`UPDATE_INDEX=1`) and fails when it is stale.
//!
//! The other bundles' pages (`spel.html`, `speler.html`, `zaal.html`,
//! `trainer.html`) are generated whole from `index.html`'s head by
//! [`bundle_page`] (`UPDATE_PAGES=1 cargo test --test first_page`), so the
//! Content-Security-Policy and the rest of the head are written once.
//!
//! The markup must equal what the app renders (src/app.rs for the shell,
//! src/pages/library.rs and src/components/bouwsteen_tags.rs for the cards):
//! web/boot.js swaps the static page for the app's once the app has its
//! library, and any difference would show as a jump. `tests/e2e/first-load.test.mjs`
//! compares both in the browser. No whitespace between elements, like the
//! app's DOM (inline-block tags would get gaps).

use std::fmt::Write;

use crate::domain::scenario::{Library, LibraryEntry};
use crate::route::{Bundle, Route};

/// The markers around the generated block in `index.html`.
pub const START: &str =
    "<!-- first-page:start (generated from mysteries/index.json: UPDATE_INDEX=1 cargo test --test first_page) -->";
pub const END: &str = "<!-- first-page:end -->";

/// Text for an HTML text node.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Text for a double-quoted HTML attribute value.
pub fn escape_attr(text: &str) -> String {
    escape_text(text).replace('"', "&quot;").replace('\'', "&#39;")
}

/// The whole static page body: skip link, header, the library, footer, and the
/// "Laden…" line that web/boot.js shows instead of the library for other routes.
pub fn static_app(library: &Library) -> String {
    let mut out = String::new();
    out.push_str("<div id=\"static-app\">");
    out.push_str("<a class=\"skip-link\" href=\"#inhoud\">Ga naar de inhoud</a>");
    out.push_str("<header class=\"site-header\">");
    let _ = write!(out, "<a class=\"brand\" href=\"{}\">", Route::Library.href());
    out.push_str("<span class=\"brand-mark\" aria-hidden=\"true\">?</span>");
    out.push_str("Mysterie Rechtsbescherming</a>");
    out.push_str("<nav class=\"site-nav\" aria-label=\"Hoofdmenu\">");
    for (route, label) in [
        (Route::Results, "Eerdere resultaten"),
        (Route::Studio, "Trainersstudio"),
        (Route::Sessions, "Sessie"),
        (Route::Network, "Lerend netwerk"),
    ] {
        let _ = write!(out, "<a href=\"{}\">{label}</a>", route.href());
    }
    out.push_str("</nav>");
    // The update notice's empty live region (src/components/update_notice.rs): no room, no text.
    out.push_str("<div class=\"update-notice empty\"><p role=\"status\"></p></div>");
    out.push_str("</header>\n");
    out.push_str("<main id=\"inhoud\" tabindex=\"-1\">");
    out.push_str("<p class=\"static-loading\" role=\"status\">Laden…</p>");
    out.push_str(&library_page(library));
    out.push_str("</main>\n");
    out.push_str("<footer class=\"site-footer\"><p>");
    out.push_str("Gebaseerd op de handreiking ‘Aan de slag met rechtsbescherming’. ");
    out.push_str("Alles wat jullie invullen blijft in deze browser.");
    let _ = write!(out, "</p><p><a href=\"{}\">Toegankelijkheid</a></p></footer>", Route::Accessibility.href());
    out.push_str("</div>");
    out
}

/// The library page as `LibraryPage` renders it once `index.json` is loaded.
pub fn library_page(library: &Library) -> String {
    let mut out = String::from("<div class=\"page library\"><h1>Kies een mysterie</h1><p class=\"lead\">");
    out.push_str("Speel met je team een mysterie over rechtsbescherming. Jullie lezen de ervaringen van ");
    out.push_str("inwoners en uitvoerders, zoeken samen uit wat er gebeurde en bedenken wat beter kan.</p>");
    if library.mysteries.is_empty() {
        out.push_str("<p>Er staan nog geen mysteries in de bibliotheek.</p>");
    } else {
        out.push_str("<ul class=\"mystery-list\" aria-label=\"Mysteries\">\n");
        for entry in &library.mysteries {
            out.push_str(&card(entry));
            out.push('\n');
        }
        out.push_str("</ul>");
    }
    out.push_str("</div>");
    out
}

/// One card, as `MysteryCard` renders it for a mystery without a saved game
/// (web/boot.js turns "Speel dit mysterie" into "Verder spelen" where there is one).
pub fn card(entry: &LibraryEntry) -> String {
    let id = escape_attr(&entry.id);
    let title = escape_text(&entry.title);
    let mut out = String::new();
    let _ = write!(out, "<li class=\"mystery-card\"><article aria-labelledby=\"mysterie-{id}\">");
    let _ = write!(out, "<h2 id=\"mysterie-{id}\">{title}</h2>");
    if entry.core {
        out.push_str("<p class=\"core-mark\">Kernset: goed om mee te beginnen</p>");
    }
    let _ = write!(out, "<p>{}</p>", escape_text(&entry.summary));
    // BouwsteenTags: the main one first (a stable sort keeps the others in file order).
    let mut tags = entry.bouwstenen.clone();
    tags.sort_by_key(|b| *b != entry.main_bouwsteen);
    out.push_str("<ul class=\"tags\" aria-label=\"Bouwstenen\">");
    for b in tags {
        if b == entry.main_bouwsteen {
            let _ = write!(
                out,
                "<li class=\"tag bouwsteen-{} tag-main\">{}<span class=\"visually-hidden\"> (hoofdthema)</span></li>",
                b.as_str(),
                escape_text(b.label())
            );
        } else {
            let _ = write!(out, "<li class=\"tag bouwsteen-{}\">{}</li>", b.as_str(), escape_text(b.label()));
        }
    }
    out.push_str("</ul>");
    let _ = write!(
        out,
        "<dl class=\"facts\"><div><dt>Duur</dt><dd>ongeveer {} minuten</dd></div>\
         <div><dt>Groep</dt><dd>{} tot {} spelers</dd></div></dl>",
        entry.duration_minutes, entry.group_size.min, entry.group_size.max
    );
    let _ = write!(
        out,
        "<a class=\"button primary\" href=\"{}\" aria-label=\"Speel dit mysterie: {}\">Speel dit mysterie</a>",
        escape_attr(&Route::Play(entry.id.clone()).href()),
        escape_attr(&entry.title)
    );
    out.push_str("</article></li>");
    out
}

/// `html` with the block between the markers replaced by `block` (markers kept),
/// or None when the markers are missing or out of order.
pub fn replace_block(html: &str, block: &str) -> Option<String> {
    let start = html.find(START)? + START.len();
    let end = start + html[start..].find(END)?;
    Some(format!("{}\n{block}\n{}", &html[..start], &html[end..]))
}

/// What differs between the bundles' pages: the title before the app's name,
/// the style sheets, and what the page is for (a comment in the page). The
/// index page's own are in index.html itself.
fn page_facts(bundle: Bundle) -> (&'static str, &'static [&'static str], &'static str) {
    const ALL_STYLES: &[&str] = &["main", "samen", "session", "results", "quality", "studio", "print"];
    match bundle {
        Bundle::Player => ("", ALL_STYLES, "the library and a team's start form"),
        Bundle::Game => ("Spel", ALL_STYLES, "a team's game"),
        Bundle::Member => ("Jouw kaarten", &["main", "samen", "session", "quality"], "a member's cards"),
        Bundle::Room => ("Sessie", ALL_STYLES, "a session for a room"),
        Bundle::Trainer => ("Trainer", ALL_STYLES, "studio, network view, results"),
    }
}

/// The whole HTML page of `bundle` (not the index page, which holds the
/// static library): `index_html`'s head with the bundle's title, binary and
/// style sheets (the files index.html copies into the build are copied once,
/// there), and a static shell that says "Laden…" until web/boot.js swaps in
/// the app. None when `index_html` lacks its head or its Trunk lines.
pub fn bundle_page(bundle: Bundle, index_html: &str) -> Option<String> {
    if bundle == Bundle::Player {
        return None;
    }
    let (title, styles, purpose) = page_facts(bundle);
    let head = &index_html[..index_html.find("</head>")?];
    let noscript = {
        let start = index_html.find("    <noscript>")?;
        let end = start + index_html[start..].find("</noscript>")? + "</noscript>".len();
        &index_html[start..end]
    };
    let mut out = String::new();
    let mut found_rust = false;
    for line in head.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("<title>") {
            let _ = writeln!(out, "    <title>{title} · Mysterie Rechtsbescherming</title>");
        } else if trimmed.starts_with("<link data-trunk rel=\"rust\"") {
            found_rust = true;
            let _ =
                writeln!(out, "    <link data-trunk rel=\"rust\" data-bin=\"{}\" data-wasm-opt=\"z\" />", bundle.bin());
            for style in styles {
                let _ = writeln!(out, "    <link data-trunk rel=\"css\" href=\"style/{style}.css\" />");
            }
        } else if !trimmed.starts_with("<link data-trunk rel=\"css\"")
            && !trimmed.starts_with("<link data-trunk rel=\"copy-")
        {
            out.push_str(line);
            out.push('\n');
        }
    }
    if !found_rust {
        return None;
    }
    let header_class = if bundle.has_navigation() { "site-header" } else { "site-header for-players" };
    out.push_str("</head>\n<body>\n");
    out.push_str(noscript);
    let _ = writeln!(
        out,
        "\n    <!-- Shown until web/boot.js swaps in the app of this page ({purpose}, src/bin/{}.rs). -->",
        bundle.bin()
    );
    let _ = writeln!(
        out,
        "    <div id=\"static-app\"><a class=\"skip-link\" href=\"#inhoud\">Ga naar de inhoud</a><header class=\"{header_class}\">\
         <a class=\"brand\" href=\"{}\"><span class=\"brand-mark\" aria-hidden=\"true\">?</span>Mysterie Rechtsbescherming</a></header>",
        Route::Library.href()
    );
    out.push_str(
        "<main id=\"inhoud\" tabindex=\"-1\"><p class=\"static-loading\" role=\"status\">Laden…</p></main></div>\n",
    );
    out.push_str("</body>\n</html>\n");
    Some(out)
}
