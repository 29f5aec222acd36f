//! [`FetchError`]: why a page could not be fetched or extracted.

use std::error::Error as StdError;
use std::time::Duration;

#[cfg(doc)]
use super::FetcherBuilder;
use crate::Error;

/// Which timeout expired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeoutKind {
    /// Establishing the TCP connection and TLS session ([`FetcherBuilder::connect_timeout`]).
    Connect,
    /// Waiting for the next bytes of the response ([`FetcherBuilder::read_timeout`]).
    Read,
    /// The whole fetch, redirects and body included ([`FetcherBuilder::timeout`]).
    Total,
}

impl std::fmt::Display for TimeoutKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TimeoutKind::Connect => "connect",
            TimeoutKind::Read => "read",
            TimeoutKind::Total => "total",
        })
    }
}

/// Why a page could not be fetched or extracted. reqwest's own error, when there is one, is
/// kept as the [`source`](std::error::Error::source) of [`FetchError::Transport`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FetchError {
    /// The URL does not parse, or a redirect's `Location` does not.
    #[error("invalid URL {url:?}: {reason}")]
    InvalidUrl {
        /// The URL or `Location` as given.
        url: String,
        /// Why it was refused.
        reason: String,
    },
    /// The URL's scheme is not `http` or `https` (also checked on every redirect).
    #[error("refused {url}: only http and https URLs are fetched")]
    UnsupportedScheme {
        /// The URL refused.
        url: String,
    },
    /// The host is, or resolves only to, an address that is not globally routable (loopback,
    /// private, link-local, carrier-grade NAT, multicast, ...). Refused before connecting; see
    /// [`FetcherBuilder::allow_private_networks`].
    #[error("refused {url}: {address} is a {reason} address (see allow_private_networks)")]
    BlockedAddress {
        /// The URL refused.
        url: String,
        /// The host or address, as written or resolved.
        address: String,
        /// What kind of address it is: "loopback", "private", "link-local", ...
        reason: &'static str,
    },
    /// A timeout expired.
    #[error("{url}: {kind} timeout after {limit:?}")]
    Timeout {
        /// The URL being fetched when it expired.
        url: String,
        /// Which timeout.
        kind: TimeoutKind,
        /// Its setting.
        limit: Duration,
    },
    /// More redirects than [`FetcherBuilder::max_redirects`] (a redirect loop ends here too).
    #[error("{url}: more than {limit} redirects")]
    TooManyRedirects {
        /// The URL that redirected once too often.
        url: String,
        /// The limit.
        limit: usize,
    },
    /// The final response's status is not 2xx.
    #[error("{url}: HTTP status {status}")]
    Status {
        /// The URL that answered.
        url: String,
        /// The status code.
        status: u16,
    },
    /// The response's `Content-Type` is not one of [`FetcherBuilder::content_types`], or a
    /// response without one does not start like HTML. Checked before the body is read.
    #[error("{url}: unsupported content type {content_type:?}")]
    UnsupportedContentType {
        /// The URL that answered.
        url: String,
        /// The declared type, or `"(none)"` when a response without one did not sniff as HTML.
        content_type: String,
    },
    /// The body (after decompression) is larger than [`FetcherBuilder::max_body_bytes`]:
    /// declared so by `Content-Length`, or found so while streaming, when reading stopped.
    #[error("{url}: body over the limit of {limit} bytes")]
    BodyTooLarge {
        /// The URL that answered.
        url: String,
        /// The limit.
        limit: usize,
    },
    /// The connection, TLS, DNS lookup or HTTP exchange failed (including a body shorter than
    /// its `Content-Length`). The underlying error is the source.
    #[error("{url}: request failed: {source}")]
    Transport {
        /// The URL being fetched.
        url: String,
        /// What failed.
        source: Box<dyn StdError + Send + Sync>,
    },
    /// The fetcher could not be set up: the HTTP client, or the runtime of a `BlockingFetcher`
    /// (which also refuses to block inside an async runtime with this error).
    #[error("cannot set up the fetcher: {reason}")]
    Setup {
        /// What failed.
        reason: String,
    },
    /// The page was downloaded but the extractor refused it.
    #[error("{url}: {source}")]
    Extract {
        /// The final URL.
        url: String,
        /// The extractor's error.
        source: Error,
    },
}
