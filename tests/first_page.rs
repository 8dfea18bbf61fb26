//! The static first page in `index.html` (src/first_page.rs) is kept in step
//! with `mysteries/index.json`: `UPDATE_INDEX=1 cargo test --test first_page`
//! rewrites the block between the markers; without it this test fails when the
//! block is stale. (After changing mystery files, run
//! `UPDATE_INDEX=1 cargo test --test mysteries` first: it rewrites index.json.)

use std::path::PathBuf;

use mysterie::domain::scenario::{Bouwsteen, GroupSize, Library, LibraryEntry};
use mysterie::domain::validate::parse_library;
use mysterie::first_page::{self, card, escape_attr, escape_text, replace_block, static_app, END, START};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn index_html_holds_the_library_of_index_json() {
    let index = std::fs::read_to_string(root().join("mysteries/index.json")).expect("index.json");
    let library = parse_library(&index).unwrap_or_else(|p| panic!("index.json does not parse: {p:?}"));
    let path = root().join("index.html");
    let html = std::fs::read_to_string(&path).expect("index.html");
    let expected = replace_block(&html, &static_app(&library))
        .unwrap_or_else(|| panic!("index.html lacks the markers `{START}` … `{END}`"));
    if std::env::var("UPDATE_INDEX").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &expected).expect("write index.html");
        return;
    }
    assert!(
        html == expected,
        "the static library in index.html is out of date with mysteries/index.json. \
         Run `UPDATE_INDEX=1 cargo test --test first_page` and commit the result."
    );
}

fn entry(id: &str, title: &str) -> LibraryEntry {
    LibraryEntry {
        id: id.to_string(),
        file: format!("{id}.json"),
        title: title.to_string(),
        summary: "Een <b>samenvatting</b> & meer".to_string(),
        main_bouwsteen: Bouwsteen::Toegang,
        bouwstenen: vec![Bouwsteen::Aanbod, Bouwsteen::Toegang, Bouwsteen::Bereik],
        duration_minutes: 45,
        group_size: GroupSize { min: 3, max: 6 },
        core: false,
    }
}

#[test]
fn text_and_attributes_are_escaped() {
    assert_eq!(escape_text("<script>&</script>"), "&lt;script&gt;&amp;&lt;/script&gt;");
    assert_eq!(escape_attr("a\"b'c<d>&"), "a&quot;b&#39;c&lt;d&gt;&amp;");
    let html = card(&entry("x\"><script>", "Titel met <i>markup</i> & \"quotes\""));
    assert!(!html.contains("<script>"), "{html}");
    assert!(!html.contains("<i>"), "{html}");
    assert!(!html.contains("<b>"), "{html}");
    assert!(html.contains("Titel met &lt;i&gt;markup&lt;/i&gt; &amp; \"quotes\"</h2>"), "{html}");
    assert!(html
        .contains("aria-label=\"Speel dit mysterie: Titel met &lt;i&gt;markup&lt;/i&gt; &amp; &quot;quotes&quot;\""));
    assert!(html.contains("href=\"./#/mysterie/x&quot;&gt;&lt;script&gt;\""), "{html}");
}

#[test]
fn a_card_has_the_main_bouwsteen_first_and_the_facts() {
    let mut e = entry("de-zaak", "De zaak");
    e.core = true;
    let html = card(&e);
    let main = html.find("tag bouwsteen-toegang tag-main").expect("main tag");
    let first_other = html.find("tag bouwsteen-aanbod").expect("other tag");
    assert!(main < first_other, "main bouwsteen first: {html}");
    assert!(html.find("bouwsteen-aanbod").unwrap() < html.find("bouwsteen-bereik").unwrap(), "file order kept");
    assert!(html.contains("Toegang<span class=\"visually-hidden\"> (hoofdthema)</span>"));
    assert!(html.contains("<p class=\"core-mark\">Kernset: goed om mee te beginnen</p>"));
    assert!(html.contains("<dd>ongeveer 45 minuten</dd>"));
    assert!(html.contains("<dd>3 tot 6 spelers</dd>"));
    assert!(html.contains("<a class=\"button primary\" href=\"./#/mysterie/de-zaak\""));
    assert!(!html.contains("> <"), "no whitespace between elements");
}

#[test]
fn an_empty_library_says_so_and_the_block_replaces_only_between_markers() {
    let empty = Library { format_version: 1, mysteries: vec![] };
    assert!(first_page::library_page(&empty).contains("Er staan nog geen mysteries in de bibliotheek."));
    let html = format!("<body>\n{START}\nold\n{END}\n</body>");
    let new = replace_block(&html, "new").unwrap();
    assert_eq!(new, format!("<body>\n{START}\nnew\n{END}\n</body>"));
    assert_eq!(replace_block(&new, "new").unwrap(), new, "stable");
    assert!(replace_block("<body></body>", "x").is_none());
}
