//! Fuzz target: arbitrary bytes through `Extractor::explain`, which runs the pipeline with a
//! report (candidates, scores, dropped blocks and their rules) and formats the report: the
//! recording paths the plain extraction skips. Small limits, as `extract_bytes`.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use newsprint::Extractor;

/// Small limits, so the fuzzer spends its time on structure rather than on size.
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| {
    Extractor::builder()
        .max_input_bytes(1 << 20)
        .max_depth(256)
        .max_nodes(100_000)
        .build()
});

fuzz_target!(|data: &[u8]| {
    if let Ok((_, report)) = EXTRACTOR.explain(data, Some("https://example.com/a")) {
        let _ = report.to_string();
    }
});
