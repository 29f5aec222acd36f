//! The pipeline's stages as separate calls, for the per-stage benchmarks (`benches/stages.rs`).
//!
//! Compiled only with the hidden `bench-internals` feature and not part of the public API: the
//! wrappers chain the stages exactly as [`Extractor`](crate::Extractor) does (see `pipeline` in
//! `src/extractor.rs`), each taking the previous stage's output, so a benchmark can prepare the
//! inputs of one stage once and time that stage alone. The intermediate values are opaque.

use url::Url;

use crate::article::{Article, Block, Credit};
use crate::dom::Dom;
use crate::error::Error;
use crate::extractor::{Limits, Options};
use crate::{assemble, attribution, decode, extract, metadata, noise, parse};

/// A parsed document (the output of `parse`).
pub struct Parsed(crate::tree::Document);

/// The flat DOM arena over a [`Parsed`] document (the output of `dom`).
pub struct Page<'a>(Dom<'a>);

/// What the metadata stage read (the output of `metadata`).
#[derive(Clone)]
pub struct Meta(metadata::Meta);

/// The noise stage's marks (the output of `noise`).
pub struct Marks(noise::Marks);

/// The body builder, applied to the scoring stage's selection (the output of `select`).
type BuildBlocks = dyn Fn(&Dom<'_>, &noise::Marks, &Options, &metadata::Meta) -> Vec<Block>;

/// The scoring stage's selection and statistics (the output of `select`).
pub struct Selection(Box<BuildBlocks>);

/// Bytes to text: byte order mark, `<meta>` charset, detector.
///
/// # Errors
/// [`Error::NotHtml`] for binary input.
pub fn decode(bytes: &[u8]) -> Result<String, Error> {
    decode::decode(bytes, None, None)
}

/// The guarded html5ever parse, with the limits of `limits`.
///
/// # Errors
/// [`Error::TooDeep`], [`Error::TooManyNodes`] and [`Error::TooManyNames`].
pub fn parse(text: &str, limits: &Limits) -> Result<Parsed, Error> {
    parse::parse(text, limits.max_depth, limits.max_nodes).map(Parsed)
}

/// Flatten the parsed document into the arena. `url` is the page's absolute URL, if any (a
/// value that does not parse is ignored).
pub fn dom<'a>(parsed: &'a Parsed, url: Option<&str>) -> Page<'a> {
    let url = url.and_then(|u| Url::parse(u).ok());
    Page(Dom::build(&parsed.0, url))
}

/// Read the metadata.
pub fn metadata(page: &Page<'_>, limits: &Limits) -> Meta {
    Meta(metadata::read(&page.0, limits))
}

/// Mark the chrome, as the pipeline does.
pub fn noise(page: &Page<'_>, meta: &Meta) -> Marks {
    Marks(noise::mark(
        &page.0,
        meta.0.title_node,
        &meta.0.consumed,
        &meta.0.walled_classes,
    ))
}

/// Score the candidates and choose the content.
pub fn select(page: &Page<'_>, marks: &Marks, meta: &Meta) -> Selection {
    // The pipeline drops the node statistics before the body is built (only reports read
    // them), and so do the stages.
    let (selection, _) = extract::select(&page.0, &marks.0, &meta.0);
    Selection(Box::new(move |dom, marks, options, meta| {
        // The default limits, as `parse` and `metadata` are given in the benchmarks.
        extract::blocks(
            dom,
            marks,
            &[],
            &selection,
            options,
            meta,
            &Limits::default(),
        )
        .0
    }))
}

/// Build the body blocks from the selection.
pub fn blocks(
    page: &Page<'_>,
    marks: &Marks,
    selection: &Selection,
    options: &Options,
    meta: &Meta,
) -> Vec<Block> {
    (selection.0)(&page.0, &marks.0, options, &meta.0)
}

/// Move the credit lines out of the body.
pub fn attribution(blocks: &mut Vec<Block>) -> Vec<Credit> {
    attribution::take(blocks)
}

/// Assemble the article (this also detects the language when the markup states none).
pub fn assemble(page: &Page<'_>, meta: Meta, blocks: Vec<Block>, credits: Vec<Credit>) -> Article {
    assemble::article(&page.0, meta.0, blocks, credits)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stages chained by hand give the same article as the extractor.
    #[test]
    fn chained_stages_match_the_pipeline() {
        let html = include_str!("../tests/fixtures/reuters-style-en/page.html");
        let url = "https://www.reuters.example/world/article";
        let limits = Limits::default();
        let options = Options::default();
        let text = decode(html.as_bytes()).unwrap();
        let parsed = parse(&text, &limits).unwrap();
        let page = dom(&parsed, Some(url));
        let meta = metadata(&page, &limits);
        let marks = noise(&page, &meta);
        let selection = select(&page, &marks, &meta);
        let mut blocks = blocks(&page, &marks, &selection, &options, &meta);
        let credits = attribution(&mut blocks);
        let article = assemble(&page, meta, blocks, credits);
        let expected = crate::Extractor::new().extract(html, Some(url)).unwrap();
        assert_eq!(article, expected);
        assert!(!article.text().is_empty());
    }
}
