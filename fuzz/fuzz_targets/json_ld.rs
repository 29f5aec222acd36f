//! Fuzz target: the bytes are the text of a JSON-LD block (`<script type="application/ld+json">`)
//! in the head of a small news page, so every input reaches the JSON-LD reader
//! (src/metadata/json_ld.rs: nesting check, `@graph`, agents, dates, `hasPart` paywall classes)
//! rather than first having to build the markup around it. Use `-dict=fuzz/json.dict`.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use newsprint::Extractor;

/// The default limits: the JSON-LD limits (1 MiB block, 1,000-character fields) are the ones in force.
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// The page before the block: a document title and a site name the JSON-LD can compete with.
const HEAD: &str = "<!DOCTYPE html><html lang=\"en\"><head><title>Floods close schools - Daily Planet</title>\
<meta property=\"og:site_name\" content=\"Daily Planet\"><script type=\"application/ld+json\">";

/// The page after the block: a headline, a byline, a date line and two paragraphs.
const TAIL: &str = "</script></head><body><article><h1>Floods close schools</h1>\
<p class=\"byline\">By Ana Ruiz</p><p>Schools across the region stayed shut on Monday after \
a weekend of heavy rain flooded roads and cut power to thousands of homes, officials said.</p>\
<p>Forecasters expect more rain on Wednesday, and the river is still rising in the east.</p>\
</article></body></html>";

fuzz_target!(|data: &[u8]| {
    let json = String::from_utf8_lossy(data);
    let page = format!("{HEAD}{json}{TAIL}");
    let _ = EXTRACTOR.extract(&page, Some("https://planet.example/floods"));
});
