//! The crate's error type.

/// Why a page could not be turned into an [`Article`](crate::Article).
///
/// A page that parses but holds no article is not an error: it gives an `Article` with an empty
/// body. Errors are for input newsprint refuses to process.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`Limits::max_input_bytes`](crate::Limits::max_input_bytes).
    /// Raise the limit on the builder if such pages are expected.
    #[error(
        "input is {size} bytes, over the limit of {limit} bytes (raise Limits::max_input_bytes)"
    )]
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit it exceeded.
        limit: usize,
    },
    /// The document nests elements deeper than
    /// [`Limits::max_depth`](crate::Limits::max_depth); parsing stopped at the first element
    /// over the limit.
    #[error("document nests deeper than {limit} elements (raise Limits::max_depth)")]
    TooDeep {
        /// The limit it exceeded.
        limit: usize,
    },
    /// The document has more nodes than [`Limits::max_nodes`](crate::Limits::max_nodes).
    #[error("document has more than {limit} nodes (raise Limits::max_nodes)")]
    TooManyNodes {
        /// The limit it exceeded.
        limit: usize,
    },
    /// The document uses more distinct element and attribute names than any real page: more
    /// than 10,000 of the custom names (longer than 7 bytes, not defined by HTML, SVG or
    /// MathML) that html5ever interns in a process-wide table, whose cost grows with the square
    /// of their number, or more than 64 of them in one of the table's 4,096 hash buckets (names
    /// crafted to collide, each use of which walks the others). Parsing stopped at the first
    /// name over the limit.
    #[error(
        "document uses more than {limit} distinct custom element and attribute names (in all, or in one hash bucket)"
    )]
    TooManyNames {
        /// The limit it exceeded: 10,000 names in all, or 64 in one bucket.
        limit: usize,
    },
    /// The input is not HTML: its first bytes are the signature of another format, or it is
    /// mostly control bytes.
    #[error("input is not HTML: {kind}")]
    NotHtml {
        /// What the input looks like ("PNG image", "PDF document", "binary data").
        kind: &'static str,
    },
    /// The page URL given by the caller does not parse as an absolute URL.
    #[error("invalid page URL {url:?}: {reason}")]
    InvalidUrl {
        /// The URL as given.
        url: String,
        /// Why it was refused.
        reason: String,
    },
}
