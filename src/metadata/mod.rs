//! Metadata, read from the whole page before any cleaning (bylines and dates live in the chrome).
//!
//! Sources, in order of trust: JSON-LD (`json_ld`), microdata and `<meta>`/`<link>` tags
//! (`meta_tags`), then the page itself (`page`: `<h1>`, byline elements, `<time>`). `merge`
//! compares them per field and records the provenance of each value.

use crate::article::{DateTime, Image, Person, Provenance, Source};
use crate::dom::{Dom, NodeIdx};
use crate::extractor::Limits;

/// Everything the metadata stage learned, with hints for the later stages.
#[derive(Debug, Default, Clone)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub authors: Vec<Person>,
    pub editor: Option<Person>,
    pub source: Option<Source>,
    pub published: Option<DateTime>,
    pub modified: Option<DateTime>,
    /// Primary language subtag from markup, lower case.
    pub language: Option<String>,
    pub canonical_url: Option<String>,
    pub description: Option<String>,
    pub image: Option<Image>,
    pub tags: Vec<String>,
    pub provenance: Vec<Provenance>,
    /// JSON-LD `articleBody`, a body candidate to cross-check against the DOM.
    pub article_body: Option<String>,
    /// The element holding the headline (usually the `<h1>`), so the body can start after it.
    pub title_node: Option<NodeIdx>,
    /// Elements read as metadata (bylines, datelines, the standfirst) that the body must not
    /// repeat.
    pub consumed: Vec<NodeIdx>,
}

/// Read the page's metadata.
pub(crate) fn read(dom: &Dom<'_>, limits: &Limits) -> Meta {
    let _ = (dom, limits);
    Meta::default()
}
