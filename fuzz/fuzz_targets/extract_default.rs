//! Fuzz target: arbitrary bytes through `Extractor::extract_bytes` with the default limits
//! (20 MiB input, depth 1,024, 2,000,000 nodes), the configuration callers run: the paths the
//! small limits of `extract_bytes` refuse early (deep trees, many nodes) run to the end here,
//! and the article is rendered as text, Markdown and HTML.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use newsprint::Extractor;

/// The default extractor.
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

fuzz_target!(|data: &[u8]| {
    if let Ok(article) = EXTRACTOR.extract_bytes(data, Some("https://example.com/a")) {
        // The renderers and date formatting run on whatever the pipeline produced.
        let _ = (article.text(), article.markdown(), article.html());
        let _ = article
            .published
            .as_ref()
            .map(|d| (d.to_rfc3339(), d.date_string()));
    }
});
