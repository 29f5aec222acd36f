//! [`Extractor`]: the configured pipeline, its [`Limits`] and [`Options`].

use url::Url;

use crate::article::Article;
use crate::dom::Dom;
use crate::error::Error;
use crate::report::Report;
use crate::{assemble, attribution, decode, extract, metadata, noise, parse};

/// Resource limits. Every input either stays within them or is refused with the [`Error`] that
/// names the limit.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Largest input accepted, in bytes, checked before decoding. Default: 20 MiB.
    pub max_input_bytes: usize,
    /// Deepest element nesting accepted, checked while parsing. Default: 1024 (real pages
    /// rarely pass 100; html5ever's cost grows with the square of the depth).
    pub max_depth: usize,
    /// Most nodes (elements, text, comments) accepted, checked while parsing. Default: 2,000,000.
    pub max_nodes: usize,
    /// Longest metadata value kept (title, subtitle, author, editor, description), in characters;
    /// longer values are dropped as not being what they claim. Default: 1,000.
    pub max_field_chars: usize,
    /// Largest JSON-LD block read, in bytes; larger blocks are skipped. Default: 1 MiB.
    pub max_json_ld_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_input_bytes: 20 * 1024 * 1024,
            max_depth: 1024,
            max_nodes: 2_000_000,
            max_field_chars: 1000,
            max_json_ld_bytes: 1024 * 1024,
        }
    }
}

/// What the extraction keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Keep tables that belong to the article. Default: true.
    pub tables: bool,
    /// Keep figures (images with captions) that belong to the article. Default: true.
    pub figures: bool,
    /// Keep links as [`Inline::Link`](crate::Inline::Link) (otherwise plain text). Default: true.
    pub links: bool,
    /// Move credit lines ("Edited by ...", "Reporting by ...") out of the body into
    /// [`Article::credits`]. Default: true.
    pub attribution: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            tables: true,
            figures: true,
            links: true,
            attribution: true,
        }
    }
}

/// A configured extractor: cheap to clone, `Send + Sync`, reusable across threads.
///
/// ```
/// let extractor = newsprint::Extractor::builder().max_input_bytes(1 << 20).tables(false).build();
/// let html = "<html><head><title>Rain due - The Daily</title></head><body><article>\
///     <h1>Rain due</h1><p>Heavy rain is expected on Tuesday across the north of the \
///     country, forecasters said, with flooding likely in low-lying areas near rivers.</p>\
///     </article></body></html>";
/// let article = extractor.extract(html, Some("https://daily.example/rain")).unwrap();
/// assert_eq!(article.title.as_deref(), Some("Rain due"));
/// assert!(article.text().starts_with("Heavy rain is expected"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    limits: Limits,
    options: Options,
}

impl Extractor {
    /// An extractor with the default [`Limits`] and [`Options`].
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder starting from the defaults.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// The options in force.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Extract the article from a page given as text. `url` is the page's address, used to
    /// resolve relative links and as the default canonical URL.
    ///
    /// # Errors
    /// [`Error::InputTooLarge`], [`Error::TooDeep`], [`Error::TooManyNodes`] when the page is
    /// over a limit, [`Error::TooManyNames`] when it uses more custom names than any real page;
    /// [`Error::InvalidUrl`] when `url` is not an absolute URL.
    pub fn extract(&self, html: &str, url: Option<&str>) -> Result<Article, Error> {
        self.check_size(html.len())?;
        let url = parse_url(url)?;
        self.run(html, url)
    }

    /// Extract the article from raw bytes, decoding them first: byte order mark, then the
    /// `<meta>` charset, then a statistical detector.
    ///
    /// # Errors
    /// As [`Extractor::extract`], and [`Error::NotHtml`] for binary input.
    pub fn extract_bytes(&self, bytes: &[u8], url: Option<&str>) -> Result<Article, Error> {
        self.extract_bytes_with_charset(bytes, url, None)
    }

    /// As [`Extractor::extract_bytes`], with the charset the transport declared (the HTTP
    /// `Content-Type` charset), which outranks the page's own `<meta>` but not a byte order mark.
    ///
    /// # Errors
    /// As [`Extractor::extract_bytes`].
    pub fn extract_bytes_with_charset(
        &self,
        bytes: &[u8],
        url: Option<&str>,
        charset: Option<&str>,
    ) -> Result<Article, Error> {
        self.check_size(bytes.len())?;
        let url = parse_url(url)?;
        let text = decode::decode(bytes, charset, url.as_ref())?;
        self.run(&text, url)
    }

    fn check_size(&self, size: usize) -> Result<(), Error> {
        if size > self.limits.max_input_bytes {
            return Err(Error::InputTooLarge {
                size,
                limit: self.limits.max_input_bytes,
            });
        }
        Ok(())
    }

    /// Extract as [`Extractor::extract_bytes`] does, and say why the body came out as it did:
    /// the winning candidate and its score, the runners-up, and what was dropped by which rule.
    ///
    /// ```
    /// let html = "<body><div class='entry-content'><p>Heavy rain is expected on Tuesday across \
    ///     the north, forecasters said, with flooding likely near rivers.</p>\
    ///     <p>- Advertisement -</p></div></body>";
    /// let (article, report) = newsprint::Extractor::new().explain(html.as_bytes(), None).unwrap();
    /// assert!(article.text().starts_with("Heavy rain"));
    /// assert!(report.dropped_blocks.iter().any(|d| d.rule == "ad-label"));
    /// println!("{report}");
    /// ```
    ///
    /// # Errors
    /// As [`Extractor::extract_bytes`].
    pub fn explain(&self, bytes: &[u8], url: Option<&str>) -> Result<(Article, Report), Error> {
        self.check_size(bytes.len())?;
        let url = parse_url(url)?;
        let text = decode::decode(bytes, None, url.as_ref())?;
        let mut report = Report::default();
        let article = self.pipeline(&text, url, Some(&mut report))?;
        Ok((article, report))
    }

    fn run(&self, text: &str, url: Option<Url>) -> Result<Article, Error> {
        self.pipeline(text, url, None)
    }

    fn pipeline(
        &self,
        text: &str,
        url: Option<Url>,
        report: Option<&mut Report>,
    ) -> Result<Article, Error> {
        let html = parse::parse(text, self.limits.max_depth, self.limits.max_nodes)?;
        let dom = Dom::build(&html, url);
        let meta = metadata::read(&dom, &self.limits);
        let marks = noise::mark(&dom, meta.title_node, &meta.consumed, &meta.walled_classes);
        let (selection, stats) = extract::select(&dom, &marks, &meta);
        // Only the failure report reads the node statistics after the selection: without one
        // they go before the body is built (20 bytes a node, 3.6x a page of one-word
        // paragraphs).
        let stats = if report.is_some() {
            stats
        } else {
            drop(stats);
            Vec::new()
        };
        let (mut blocks, dropped) = extract::blocks(
            &dom,
            &marks,
            &stats,
            &selection,
            &self.options,
            &meta,
            &self.limits,
        );
        if let Some(report) = report {
            *report = extract::report(&dom, &meta, &marks, &stats, &selection, dropped);
        }
        let credits = if self.options.attribution {
            attribution::take(&mut blocks)
        } else {
            Vec::new()
        };
        Ok(assemble::article(&dom, meta, blocks, credits))
    }
}

fn parse_url(url: Option<&str>) -> Result<Option<Url>, Error> {
    url.map(|u| {
        Url::parse(u.trim()).map_err(|e| Error::InvalidUrl {
            url: u.to_string(),
            reason: e.to_string(),
        })
    })
    .transpose()
}

/// Builds an [`Extractor`]; every setting starts at its documented default.
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    limits: Limits,
    options: Options,
}

impl ExtractorBuilder {
    /// Replace all limits at once.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Replace all options at once.
    pub fn options(mut self, options: Options) -> Self {
        self.options = options;
        self
    }

    /// See [`Limits::max_input_bytes`].
    pub fn max_input_bytes(mut self, bytes: usize) -> Self {
        self.limits.max_input_bytes = bytes;
        self
    }

    /// See [`Limits::max_depth`].
    pub fn max_depth(mut self, depth: usize) -> Self {
        self.limits.max_depth = depth;
        self
    }

    /// See [`Limits::max_nodes`].
    pub fn max_nodes(mut self, nodes: usize) -> Self {
        self.limits.max_nodes = nodes;
        self
    }

    /// See [`Limits::max_field_chars`].
    pub fn max_field_chars(mut self, chars: usize) -> Self {
        self.limits.max_field_chars = chars;
        self
    }

    /// See [`Limits::max_json_ld_bytes`].
    pub fn max_json_ld_bytes(mut self, bytes: usize) -> Self {
        self.limits.max_json_ld_bytes = bytes;
        self
    }

    /// See [`Options::tables`].
    pub fn tables(mut self, keep: bool) -> Self {
        self.options.tables = keep;
        self
    }

    /// See [`Options::figures`].
    pub fn figures(mut self, keep: bool) -> Self {
        self.options.figures = keep;
        self
    }

    /// See [`Options::links`].
    pub fn links(mut self, keep: bool) -> Self {
        self.options.links = keep;
        self
    }

    /// See [`Options::attribution`].
    pub fn attribution(mut self, move_out_of_body: bool) -> Self {
        self.options.attribution = move_out_of_body;
        self
    }

    /// The configured extractor.
    pub fn build(self) -> Extractor {
        Extractor {
            limits: self.limits,
            options: self.options,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_sync_clone() {
        fn check<T: Send + Sync + Clone>() {}
        check::<Extractor>();
        check::<Article>();
    }

    #[test]
    fn oversized_input_is_refused_before_parsing() {
        let ex = Extractor::builder().max_input_bytes(10).build();
        assert_eq!(
            ex.extract("<p>eleven b</p>", None),
            Err(Error::InputTooLarge {
                size: 15,
                limit: 10
            })
        );
    }

    #[test]
    fn a_relative_url_is_refused() {
        assert!(matches!(
            Extractor::new().extract("<p>x</p>", Some("/relative")),
            Err(Error::InvalidUrl { .. })
        ));
    }
}
