//! Pages for the benchmarks and the throughput example: the evaluation corpus (read from disk at
//! start) and synthetic pages of a chosen size built from a real page's structure.
//!
//! Shared by `benches/extract.rs`, `benches/stages.rs` and `examples/throughput.rs` through
//! `#[path]`; each uses part of it.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One page: its file name, raw bytes and decoded text.
pub struct Page {
    /// File name, for messages.
    pub name: String,
    /// The bytes as stored (decompressed).
    pub bytes: Vec<u8>,
    /// The bytes as text: UTF-8 when valid, else decoded in the encoding the detector picks.
    pub text: String,
}

/// The corpus folder: `$NEWSPRINT_CORPUS`, else `../shared/corpus` beside the crate.
pub fn corpus_dir() -> PathBuf {
    match std::env::var_os("NEWSPRINT_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
    }
}

/// Every `.html` and `.html.gz` file under `dir` (recursively), sorted by path.
pub fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                stack.push(path);
            } else if name.ends_with(".html") || name.ends_with(".html.gz") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Read one page, decompressing `.gz` files.
pub fn read_page(path: &Path) -> std::io::Result<Page> {
    let raw = std::fs::read(path)?;
    let bytes = if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::with_capacity(raw.len() * 5);
        flate2::read::GzDecoder::new(&raw[..]).read_to_end(&mut out)?;
        out
    } else {
        raw
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = to_text(&bytes);
    Ok(Page { name, bytes, text })
}

/// The pages of the corpus's `readability/` and `trafilatura/` sets, every `every`-th page of
/// each set (1 = all); `None` with a message when the corpus is missing.
pub fn corpus(every: usize) -> Option<Vec<Page>> {
    let dir = corpus_dir();
    let mut pages = Vec::new();
    for set in ["readability", "trafilatura"] {
        let files = html_files(&dir.join(set));
        for path in files.iter().step_by(every.max(1)) {
            match read_page(path) {
                Ok(page) => pages.push(page),
                Err(e) => eprintln!("skipping {}: {e}", path.display()),
            }
        }
    }
    if pages.is_empty() {
        eprintln!(
            "no corpus pages under {} (set NEWSPRINT_CORPUS to the corpus folder): \
             skipping the corpus benchmarks",
            dir.display()
        );
        return None;
    }
    Some(pages)
}

/// Decode bytes for the parse-only baseline and for `extract`: UTF-8 when valid, else the
/// encoding the detector guesses (as newsprint's own decoder would for a page with no charset).
pub fn to_text(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
            encoding.decode_without_bom_handling(bytes).0.into_owned()
        }
    }
}

/// The page the synthetic pages are built from: a realistic news page (head, header and
/// navigation, article with figure, byline, ads and related links, footer), shipped with the
/// crate's fixtures so the synthetic benchmarks run without the corpus.
pub const TEMPLATE: &str = include_str!("../../tests/fixtures/reuters-style-en/page.html");

/// How a synthetic page grows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// The template's whole `<body>` content repeated: many articles with their chrome in one
    /// page, as an infinite-scroll page is.
    Feed,
    /// The template's article paragraphs (with the promo box, ad slot and read-more list between
    /// them) repeated inside the one article: a very long article, as a live blog is.
    LongArticle,
}

impl Shape {
    /// Name for benchmark ids.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Feed => "feed",
            Shape::LongArticle => "long-article",
        }
    }
}

/// A page of about `size` bytes (never less) built from [`TEMPLATE`] grown as `shape` says.
pub fn synthetic(size: usize, shape: Shape) -> String {
    let (head, unit, tail) = split_template(shape);
    let mut page = String::with_capacity(size + head.len() + tail.len() + unit.len());
    page.push_str(head);
    let mut copies = 0usize;
    while page.len() + tail.len() < size || copies == 0 {
        page.push_str(unit);
        copies += 1;
    }
    page.push_str(tail);
    page
}

/// Cut the template into (before, repeated unit, after) for `shape`.
fn split_template(shape: Shape) -> (&'static str, &'static str, &'static str) {
    let t = TEMPLATE;
    if shape == Shape::LongArticle {
        // The run of body paragraphs, cut at line starts: from the first paragraph's line to
        // the end of the last paragraph's line. Each line of the run is a complete element.
        let first = t
            .find("data-testid=\"paragraph-0\"")
            .map(|i| line_start(t, i));
        let last = t.rfind("data-testid=\"paragraph-").map(|i| line_end(t, i));
        if let (Some(a), Some(b)) = (first, last) {
            let unit = &t[a..b];
            if a < b && unit.matches("<div").count() == unit.matches("</div>").count() {
                return (&t[..a], unit, &t[b..]);
            }
        }
    }
    let open = t
        .find("<body")
        .and_then(|i| t[i..].find('>').map(|j| i + j + 1));
    let close = t.rfind("</body>");
    match (open, close) {
        (Some(a), Some(b)) if a < b => (&t[..a], &t[a..b], &t[b..]),
        _ => ("", t, ""),
    }
}

fn line_start(s: &str, i: usize) -> usize {
    s[..i].rfind('\n').map_or(0, |j| j + 1)
}

fn line_end(s: &str, i: usize) -> usize {
    s[i..].find('\n').map_or(s.len(), |j| i + j + 1)
}

/// Total size of the pages in bytes.
pub fn total_bytes(pages: &[Page]) -> u64 {
    pages.iter().map(|p| p.bytes.len() as u64).sum()
}
