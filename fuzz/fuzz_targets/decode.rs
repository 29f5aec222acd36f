//! Fuzz target: the decoder (src/decode.rs). The first byte picks a transport charset (none,
//! or a label from [`LABELS`], right, wrong or unknown), the second a `<meta>` declaration put
//! in front of the bytes (none, `<meta charset>`, `http-equiv` or an XML declaration, with a
//! label from the same list); the rest are the page's bytes, through
//! `Extractor::extract_bytes_with_charset`. Byte order marks, binary signatures and the
//! statistical detector come from the bytes themselves.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use newsprint::Extractor;

/// Small limits, as the `extract_bytes` target: decoding is the point, not tree size.
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| {
    Extractor::builder()
        .max_input_bytes(1 << 20)
        .max_depth(256)
        .max_nodes(100_000)
        .build()
});

/// Charset labels: common, multi-byte, UTF-16, legacy, replacement, odd spellings, unknown.
const LABELS: &[&str] = &[
    "utf-8",
    "UTF8",
    "windows-1251",
    "iso-8859-1",
    "latin1",
    "shift_jis",
    "euc-jp",
    "iso-2022-jp",
    "gbk",
    "gb18030",
    "big5",
    "euc-kr",
    "utf-16",
    "utf-16le",
    "utf-16be",
    "koi8-r",
    "windows-874",
    "x-user-defined",
    "iso-2022-kr",
    "replacement",
    " \"utf-8\" ",
    "utf-7",
    "",
    "bogus-charset",
];

fuzz_target!(|data: &[u8]| {
    let [transport, declared, page @ ..] = data else {
        return;
    };
    let label = |b: u8| LABELS[usize::from(b) % LABELS.len()];
    // Values past the list's length mean "no transport charset".
    let charset = (usize::from(*transport) < LABELS.len()).then(|| label(*transport));
    let decl = label(*declared);
    let prefix = match declared % 4 {
        0 => String::new(),
        1 => format!("<meta charset=\"{decl}\">"),
        2 => format!("<meta http-equiv=\"Content-Type\" content=\"text/html; charset={decl}\">"),
        _ => format!("<?xml version=\"1.0\" encoding=\"{decl}\"?>"),
    };
    let mut bytes = prefix.into_bytes();
    bytes.extend_from_slice(page);
    let _ = EXTRACTOR.extract_bytes_with_charset(&bytes, Some("https://example.com/a"), charset);
});
