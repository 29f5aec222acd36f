//! # newsprint
//!
//! Turn the raw HTML of a news page into a clean, typed [`Article`]: title, subtitle, body
//! (structured [`Block`]s that render to plain text, Markdown and clean HTML), authors, editor,
//! source, credits, dates, language, canonical URL, lead image and tags, without the page's ads,
//! consent banners, navigation, share bars, "Read more" lists, comments and footers.
//!
//! ```
//! let html = r#"<html lang="en"><head><title>Floods close schools - Daily Planet</title>
//!   <meta property="og:site_name" content="Daily Planet"></head><body>
//!   <nav><a href="/">Home</a> <a href="/world">World</a></nav>
//!   <article><h1>Floods close schools</h1>
//!   <p>Schools across the region stayed shut on Monday after a weekend of heavy rain flooded
//!   roads and cut power to thousands of homes, officials said.</p>
//!   <p class="ad-label">- Advertisement -</p>
//!   <p>Forecasters expect more rain on Wednesday, and the river is still rising in the east,
//!   where emergency crews have spent the night moving families to higher ground.</p>
//!   <p>Edited by Ali Musa</p></article>
//!   <div class="cookie-notice">This website uses cookies. Accept</div></body></html>"#;
//!
//! let article = newsprint::extract(html, Some("https://planet.example/floods")).unwrap();
//! assert_eq!(article.title.as_deref(), Some("Floods close schools"));
//! assert_eq!(article.editor.as_ref().map(|p| p.name.as_str()), Some("Ali Musa"));
//! assert_eq!(article.source.as_ref().map(|s| s.name.as_str()), Some("Daily Planet"));
//! let text = article.text();
//! assert!(text.starts_with("Schools across the region"));
//! assert!(!text.contains("Advertisement") && !text.contains("cookies") && !text.contains("Edited"));
//! ```
//!
//! The pipeline, one module per stage: `decode` (bytes to text), `parse` (guarded html5ever
//! parse), `dom` (flat arena), `metadata` (read before cleaning), `noise` (boilerplate rules as
//! data), `extract` (scoring and selection, then blocks), `attribution` (credit lines), `assemble`
//! (the [`Article`]), `render` (text, Markdown, HTML).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod article;
mod assemble;
mod attribution;
mod batch;
mod decode;
mod dom;
mod error;
mod extract;
mod extractor;
mod fast_hash;
#[cfg(feature = "fetch")]
mod fetch;
mod metadata;
mod noise;
mod parse;
mod render;
mod report;
/// The pipeline stages as separate calls, for the per-stage benchmarks; not a public API.
#[cfg(feature = "bench-internals")]
#[doc(hidden)]
pub mod stages;
mod text;
mod tree;

pub use article::{
    Article, Block, Body, Credit, CreditRole, DateTime, Field, Image, Inline, Person, Provenance,
    Signal, Source, TableRow,
};
pub use batch::Page;
pub use error::Error;
#[cfg(feature = "blocking")]
pub use fetch::BlockingFetcher;
#[cfg(feature = "fetch")]
pub use fetch::{FetchError, Fetched, Fetcher, FetcherBuilder, TimeoutKind};

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
pub use extractor::{Extractor, ExtractorBuilder, Limits, Options};
pub use report::{CandidateReport, DroppedBlock, Report};

/// Extract the article from a page given as text, with the default [`Extractor`].
///
/// `url` is the page's address when known: relative links and images resolve against it (or
/// against the page's `<base href>`).
///
/// # Errors
/// See [`Extractor::extract`].
pub fn extract(html: &str, url: Option<&str>) -> Result<Article, Error> {
    Extractor::new().extract(html, url)
}

/// Extract the article from raw bytes in any encoding, with the default [`Extractor`].
///
/// # Errors
/// See [`Extractor::extract_bytes`].
pub fn extract_bytes(bytes: &[u8], url: Option<&str>) -> Result<Article, Error> {
    Extractor::new().extract_bytes(bytes, url)
}
