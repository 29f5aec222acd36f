//! Fuzz target: arbitrary bytes through `Extractor::extract_bytes` with small limits. Every input
//! must give an `Article` or a typed `Error`; a panic, an abort (stack overflow), a timeout or an
//! out-of-memory is a bug.
//! The article is rendered as text, Markdown and HTML too.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use newsprint::Extractor;

/// Small limits, so the fuzzer spends its time on structure rather than on size, and reaches
/// every refusal path.
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| {
    Extractor::builder()
        .max_input_bytes(1 << 20)
        .max_depth(256)
        .max_nodes(100_000)
        .build()
});

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
