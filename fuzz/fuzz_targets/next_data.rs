//! Fuzz target: the bytes are the text of a Next.js page state (`<script id="__NEXT_DATA__"
//! type="application/json">`) on a page with a headline but no byline and no date, so the
//! state is always parsed (src/metadata/next_data.rs reads it only for fields nothing better
//! gave): nesting check, the walk for the article object, its authors and dates. Use
//! `-dict=fuzz/json.dict`.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use newsprint::Extractor;

/// The default limits (state read up to the 1 MiB JSON-LD limit).
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// The page before the state: the title the state's headline must match to be the article.
const HEAD: &str = "<!DOCTYPE html><html lang=\"en\"><head><title>Floods close schools</title>\
</head><body><article><h1>Floods close schools</h1><p>Schools across the region stayed shut \
on Monday after a weekend of heavy rain flooded roads and cut power to thousands of homes, \
officials said.</p><p>Forecasters expect more rain on Wednesday.</p></article>\
<script id=\"__NEXT_DATA__\" type=\"application/json\">";

/// The page after the state.
const TAIL: &str = "</script></body></html>";

fuzz_target!(|data: &[u8]| {
    let json = String::from_utf8_lossy(data);
    let page = format!("{HEAD}{json}{TAIL}");
    let _ = EXTRACTOR.extract(&page, Some("https://planet.example/floods"));
});
