//! Fuzz target: arbitrary bytes through `Extractor::extract_bytes` with the default limits
//! (20 MiB input, depth 1,024, 2,000,000 nodes), the configuration callers run: the paths the
//! small limits of `extract_bytes` refuse early (deep trees, many nodes) run to the end here.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use newsprint::Extractor;

/// The default extractor.
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

fuzz_target!(|data: &[u8]| {
    let _ = EXTRACTOR.extract_bytes(data, Some("https://example.com/a"));
});
