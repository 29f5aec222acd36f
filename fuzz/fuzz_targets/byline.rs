//! Fuzz target: the bytes are lines of text set between a headline and the article's
//! paragraphs, where bylines, date lines and credit lines sit, so every input goes through the
//! text rules of src/metadata/people.rs, page.rs, date.rs and src/attribution.rs without having
//! to spell markup. Each line's first byte picks its element (a plain paragraph, a `byline`
//! block, a `rel="author"` link, a `<time>`, ...); the rest of the line is text, escaped, so it
//! never becomes markup. Use `-dict=fuzz/byline.dict`.

#![no_main]

use std::fmt::Write;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use newsprint::Extractor;

/// The default limits.
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// Most lines used: more add no new shapes.
const MAX_LINES: usize = 64;

/// Element around a line, picked by its first byte: (open, close).
const WRAPPERS: &[(&str, &str)] = &[
    ("<p>", "</p>"),
    ("<div class=\"byline\">", "</div>"),
    ("<span class=\"author\">", "</span>"),
    ("<a rel=\"author\" href=\"/authors/x\">", "</a>"),
    ("<time>", "</time>"),
    ("<time datetime=\"2024-05-01T10:00:00Z\">", "</time>"),
    ("<p class=\"dateline\">", "</p>"),
    ("<div class=\"meta\"><span>", "</span></div>"),
    ("<address>", "</address>"),
    ("<small>", "</small>"),
    ("<p><em>", "</em></p>"),
    ("<div class=\"credits\">", "</div>"),
    ("", ""),
    ("<br>", ""),
];

/// The page before the lines.
const HEAD: &str = "<!DOCTYPE html><html><head><title>Floods close schools</title></head>\
<body><article><h1>Floods close schools</h1>";

/// The page after the lines: the story, then a trailing credit line as many sites print one.
const TAIL: &str = "<p>Schools across the region stayed shut on Monday after a weekend of \
heavy rain flooded roads and cut power to thousands of homes, officials said.</p>\
<p>Forecasters expect more rain on Wednesday, and the river is still rising in the east.</p>\
<p>Edited by Ali Musa</p></article></body></html>";

/// Append `text` to `out` with `&`, `<` and `>` escaped.
fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let mut page = String::with_capacity(HEAD.len() + TAIL.len() + data.len() * 2);
    page.push_str(HEAD);
    for line in data.split(|&b| b == b'\n').take(MAX_LINES) {
        let Some((&pick, rest)) = line.split_first() else {
            continue;
        };
        let (open, close) = WRAPPERS[usize::from(pick) % WRAPPERS.len()];
        page.push_str(open);
        push_escaped(&mut page, &String::from_utf8_lossy(rest));
        page.push_str(close);
    }
    let _ = write!(page, "{TAIL}");
    let _ = EXTRACTOR.extract(&page, Some("https://planet.example/2024/05/01/floods"));
});
