//! Download a page over HTTP(S) and extract it, safely: the `fetch` feature.
//!
//! A library that follows URLs given by users must not hang, must not fill memory, and must not
//! be turned against the user's own network. [`Fetcher`] downloads with reqwest (rustls, HTTP/1.1,
//! no system proxy) under timeouts, a redirect limit, a body cap counted on decompressed bytes,
//! a content-type check made before the body is read, and an address guard (`guard`) applied
//! at every redirect hop and at connect time. The bytes then go through
//! [`Extractor::extract_bytes_with_charset`] with the final URL and the HTTP charset; the
//! `Content-Language` header names the article's language when the page leaves it unknown.
//!
//! The redirects are followed here, not by reqwest, so that each hop's scheme and address are
//! checked before it is requested.

#[cfg(feature = "blocking")]
mod blocking;
mod body;
mod error;
mod guard;

use std::error::Error as StdError;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, CONTENT_LANGUAGE, CONTENT_TYPE, HeaderMap, HeaderValue, LOCATION};
use url::Url;

use crate::decode;
use crate::{Article, Extractor};

#[cfg(feature = "blocking")]
pub use blocking::BlockingFetcher;
pub use error::{FetchError, TimeoutKind};

/// Default for [`FetcherBuilder::connect_timeout`].
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default for [`FetcherBuilder::read_timeout`].
const READ_TIMEOUT: Duration = Duration::from_secs(15);
/// Default for [`FetcherBuilder::timeout`].
const TOTAL_TIMEOUT: Duration = Duration::from_secs(30);
/// Default for [`FetcherBuilder::max_redirects`].
const MAX_REDIRECTS: usize = 5;
/// Default for [`FetcherBuilder::max_body_bytes`]: the extractor's default input limit.
const MAX_BODY_BYTES: usize = 20 * 1024 * 1024;
/// Default for [`FetcherBuilder::content_types`].
const CONTENT_TYPES: &[&str] = &["text/html", "application/xhtml+xml"];
/// The default `User-Agent`: the crate and its version, so that site operators can tell what
/// is fetching.
const USER_AGENT: &str = concat!(
    "newsprint/",
    env!("CARGO_PKG_VERSION"),
    " (article extractor; +https://crates.io/crates/newsprint)"
);
/// Redirect statuses whose `Location` is followed (300 and 304 are not redirects to follow).
const REDIRECT_STATUSES: &[u16] = &[301, 302, 303, 307, 308];
/// Largest initial buffer reserved from a declared `Content-Length` (the rest grows as read).
const MAX_PREALLOC: usize = 1024 * 1024;
/// Most error sources inspected when mapping a transport error (the chain is a few links long).
const MAX_SOURCE_DEPTH: usize = 16;

/// An extracted article and what was fetched to get it.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Fetched {
    /// The article, extracted with the final URL as its page URL (the base for relative links
    /// and the default canonical URL).
    pub article: Article,
    /// The URL after redirects.
    pub final_url: String,
    /// The final response's status code (2xx).
    pub status: u16,
    /// The response's `Content-Type` header, when sent.
    pub content_type: Option<String>,
    /// The encoding the page was decoded with (an Encoding Standard name such as `"UTF-8"` or
    /// `"windows-1252"`), chosen from the byte order mark, the `Content-Type` charset, the
    /// page's `<meta>` and detection, in that order.
    pub charset: &'static str,
    /// Bytes of body read, after decompression.
    pub bytes_read: u64,
    /// Redirects followed.
    pub redirects: usize,
    /// Time from the first request to the end of the body (extraction not included).
    pub elapsed: Duration,
}

/// Downloads pages and extracts them, with safe defaults. Cheap to clone (the connection pool
/// is shared), `Send + Sync`.
///
/// ```no_run
/// # async fn run() -> Result<(), newsprint::FetchError> {
/// let fetcher = newsprint::Fetcher::new()?;
/// let fetched = fetcher.fetch("https://news.example/2024/05/floods").await?;
/// println!("{} ({}, {} bytes)", fetched.final_url, fetched.charset, fetched.bytes_read);
/// println!("{}", fetched.article.title.as_deref().unwrap_or(""));
/// println!("{}", fetched.article.text());
/// # Ok(()) }
/// ```
///
/// `fetch` needs a tokio runtime with the time and I/O drivers (`#[tokio::main]`, or
/// `tokio::runtime::Builder::new_current_thread().enable_all().build()?.block_on(...)`); the
/// `blocking` feature adds `BlockingFetcher`, which owns one. The extraction runs on the
/// calling task (CPU work, milliseconds per page).
///
/// # Defaults
///
/// | setting | default | why |
/// | --- | --- | --- |
/// | [`connect_timeout`](FetcherBuilder::connect_timeout) | 10 s | a host that takes longer to accept is down or filtered |
/// | [`read_timeout`](FetcherBuilder::read_timeout) | 15 s | slow servers pause between writes; longer silence is a stall |
/// | [`timeout`](FetcherBuilder::timeout) | 30 s | bounds a server that trickles bytes just under the read timeout |
/// | [`max_redirects`](FetcherBuilder::max_redirects) | 5 | real chains (http to https, www, consent, trailing slash) are 1-3 hops |
/// | [`max_body_bytes`](FetcherBuilder::max_body_bytes) | 20 MiB, decompressed | the extractor's input limit; article pages are well under 5 MiB |
/// | [`content_types`](FetcherBuilder::content_types) | `text/html`, `application/xhtml+xml` | anything else is not a page to extract; a missing type is sniffed |
/// | [`allow_private_networks`](FetcherBuilder::allow_private_networks) | `false` | URLs from users or pages must not reach the local network |
/// | [`user_agent`](FetcherBuilder::user_agent) | `newsprint/VERSION (...)` | site operators can see what fetches and block or contact it |
#[derive(Debug, Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    settings: Arc<Settings>,
    extractor: Extractor,
}

/// What [`FetcherBuilder`] sets, beyond what the HTTP client holds.
#[derive(Debug, Clone)]
struct Settings {
    connect_timeout: Duration,
    read_timeout: Duration,
    total_timeout: Duration,
    max_redirects: usize,
    max_body_bytes: usize,
    /// Accepted media types, lowercased; empty accepts any.
    content_types: Vec<String>,
    allow_private_networks: bool,
    user_agent: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            connect_timeout: CONNECT_TIMEOUT,
            read_timeout: READ_TIMEOUT,
            total_timeout: TOTAL_TIMEOUT,
            max_redirects: MAX_REDIRECTS,
            max_body_bytes: MAX_BODY_BYTES,
            content_types: CONTENT_TYPES.iter().map(|t| (*t).to_string()).collect(),
            allow_private_networks: false,
            user_agent: USER_AGENT.to_string(),
        }
    }
}

/// Settings for a [`Fetcher`]; every setting has a safe default (see [`Fetcher`]).
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct FetcherBuilder {
    settings: Settings,
    extractor: Extractor,
}

impl FetcherBuilder {
    /// Longest wait for the TCP connection and TLS handshake of one request. Default: 10 s.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.settings.connect_timeout = timeout;
        self
    }

    /// Longest silence while waiting for response bytes (headers or body). Default: 15 s.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.settings.read_timeout = timeout;
        self
    }

    /// Longest time for a whole fetch: every redirect hop and the body. Default: 30 s.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.settings.total_timeout = timeout;
        self
    }

    /// Most redirects followed; one more is [`FetchError::TooManyRedirects`]. Default: 5.
    pub fn max_redirects(mut self, redirects: usize) -> Self {
        self.settings.max_redirects = redirects;
        self
    }

    /// Largest body read, counted after decompression while streaming (so a small compressed
    /// body that expands without end stops here). Default: 20 MiB. The extractor's own
    /// [`Limits::max_input_bytes`](crate::Limits::max_input_bytes) still applies after.
    pub fn max_body_bytes(mut self, bytes: usize) -> Self {
        self.settings.max_body_bytes = bytes;
        self
    }

    /// The media types accepted (compared without parameters, ignoring case), also sent in the
    /// `Accept` header. An empty list accepts every type (binary bodies are still refused by the
    /// extractor). A response without `Content-Type` is accepted when its first bytes look like
    /// HTML. Default: `text/html`, `application/xhtml+xml`.
    pub fn content_types<I, S>(mut self, types: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.settings.content_types = types
            .into_iter()
            .map(|t| t.into().trim().to_ascii_lowercase())
            .collect();
        self
    }

    /// Allow hosts that are not globally routable: loopback, private, link-local, carrier-grade
    /// NAT, unique local and the other special-purpose ranges. Default: `false`, and they are
    /// refused with [`FetchError::BlockedAddress`] before any connection. Turn it on for tests
    /// against a local server and for intranet use, never for URLs from untrusted sources.
    pub fn allow_private_networks(mut self, allow: bool) -> Self {
        self.settings.allow_private_networks = allow;
        self
    }

    /// The `User-Agent` header. Default: `newsprint/VERSION (article extractor; +URL)`.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.settings.user_agent = user_agent.into();
        self
    }

    /// The extractor the fetched pages go through. Default: [`Extractor::new`].
    pub fn extractor(mut self, extractor: Extractor) -> Self {
        self.extractor = extractor;
        self
    }

    /// Build the fetcher.
    ///
    /// # Errors
    /// [`FetchError::Setup`] when the HTTP client cannot be built (TLS initialisation, or a
    /// `User-Agent` that is not a valid header value).
    pub fn build(self) -> Result<Fetcher, FetchError> {
        let s = &self.settings;
        let setup = |reason: String| FetchError::Setup { reason };
        let mut headers = HeaderMap::new();
        let accept = accept_header(&s.content_types);
        headers.insert(
            ACCEPT,
            HeaderValue::from_str(&accept).map_err(|e| setup(format!("Accept header: {e}")))?,
        );
        let mut client = reqwest::Client::builder()
            .user_agent(
                HeaderValue::from_str(&s.user_agent)
                    .map_err(|e| setup(format!("User-Agent: {e}")))?,
            )
            .default_headers(headers)
            // Redirects are followed by `Fetcher::download`, which checks every hop.
            .redirect(reqwest::redirect::Policy::none())
            // A proxy would resolve names itself, out of the guard's sight.
            .no_proxy()
            .referer(false)
            .connect_timeout(s.connect_timeout)
            .read_timeout(s.read_timeout);
        if !s.allow_private_networks {
            client = client.dns_resolver(Arc::new(guard::GuardedResolver));
        }
        let client = client.build().map_err(|e| setup(e.to_string()))?;
        Ok(Fetcher {
            client,
            settings: Arc::new(self.settings),
            extractor: self.extractor,
        })
    }
}

/// The `Accept` header for the accepted types: each of them, then anything at a low weight (a
/// strict list makes some servers answer 406 where they would serve the page).
fn accept_header(types: &[String]) -> String {
    let mut accept = types.join(", ");
    if !accept.is_empty() {
        accept.push_str(", ");
    }
    accept.push_str("*/*;q=0.1");
    accept
}

/// A downloaded response body and what came with it.
struct Download {
    status: u16,
    content_type: Option<String>,
    /// The `Content-Language` header.
    content_language: Option<String>,
    body: Vec<u8>,
    redirects: usize,
}

impl Fetcher {
    /// A fetcher with the default settings (see [`Fetcher`]).
    ///
    /// # Errors
    /// See [`FetcherBuilder::build`].
    pub fn new() -> Result<Self, FetchError> {
        Self::builder().build()
    }

    /// A builder starting from the defaults.
    pub fn builder() -> FetcherBuilder {
        FetcherBuilder::default()
    }

    /// The extractor fetched pages go through.
    pub fn extractor(&self) -> &Extractor {
        &self.extractor
    }

    /// Download `url` (following up to [`max_redirects`](FetcherBuilder::max_redirects)
    /// redirects, each checked by the address guard) and extract the article.
    ///
    /// # Errors
    /// Every [`FetchError`] but `Setup`: a URL that is not http(s) or does not parse, a blocked
    /// address, a timeout, too many redirects, a non-2xx status, a refused content type, a body
    /// over the cap, a transport failure, or the extractor's error.
    pub async fn fetch(&self, url: &str) -> Result<Fetched, FetchError> {
        let mut current = Url::parse(url.trim()).map_err(|e| FetchError::InvalidUrl {
            url: url.to_string(),
            reason: e.to_string(),
        })?;
        let start = Instant::now();
        let limit = self.settings.total_timeout;
        let download = tokio::time::timeout(limit, self.download(&mut current)).await;
        let elapsed = start.elapsed();
        let download = download.map_err(|_| FetchError::Timeout {
            url: current.to_string(),
            kind: TimeoutKind::Total,
            limit,
        })??;
        let charset = download
            .content_type
            .as_deref()
            .and_then(body::charset_param);
        let extract_error = |source| FetchError::Extract {
            url: current.to_string(),
            source,
        };
        let mut article = self
            .extractor
            .extract_bytes_with_charset(&download.body, Some(current.as_str()), charset)
            .map_err(extract_error)?;
        if let Some(header) = download.content_language.as_deref() {
            language_from_header(&mut article, header);
        }
        // The same choice the extraction made (it cannot fail where the extraction succeeded).
        let (encoding, _source) =
            decode::detect(&download.body, charset, Some(&current)).map_err(extract_error)?;
        Ok(Fetched {
            article,
            final_url: current.to_string(),
            status: download.status,
            content_type: download.content_type,
            charset: encoding.name(),
            bytes_read: download.body.len() as u64,
            redirects: download.redirects,
            elapsed,
        })
    }

    /// Request `current`, following redirects (updating `current` to each hop), and read the
    /// final body. Bounded: at most `max_redirects + 1` requests.
    async fn download(&self, current: &mut Url) -> Result<Download, FetchError> {
        let mut redirects = 0usize;
        loop {
            self.check_url(current)?;
            let response = self
                .client
                .get(current.clone())
                .send()
                .await
                .map_err(|e| self.transport_error(e, current))?;
            let status = response.status().as_u16();
            if REDIRECT_STATUSES.contains(&status) {
                if let Some(location) = response.headers().get(LOCATION) {
                    if redirects >= self.settings.max_redirects {
                        return Err(FetchError::TooManyRedirects {
                            url: current.to_string(),
                            limit: self.settings.max_redirects,
                        });
                    }
                    *current = next_hop(current, location.as_bytes())?;
                    redirects += 1;
                    continue;
                }
            }
            if !(200..300).contains(&status) {
                return Err(FetchError::Status {
                    url: current.to_string(),
                    status,
                });
            }
            let content_type = header_text(response.headers(), CONTENT_TYPE);
            let sniff = match &content_type {
                Some(ct) => {
                    if !self.accepts(ct) {
                        return Err(FetchError::UnsupportedContentType {
                            url: current.to_string(),
                            content_type: ct.clone(),
                        });
                    }
                    false
                }
                None => !self.settings.content_types.is_empty(),
            };
            let content_language = header_text(response.headers(), CONTENT_LANGUAGE);
            let body = self.read_body(response, current, sniff).await?;
            return Ok(Download {
                status,
                content_type,
                content_language,
                body,
                redirects,
            });
        }
    }

    /// Whether a declared `Content-Type` is accepted.
    fn accepts(&self, content_type: &str) -> bool {
        let types = &self.settings.content_types;
        types.is_empty() || types.contains(&body::essence(content_type))
    }

    /// The scheme and address checks made before each request.
    fn check_url(&self, url: &Url) -> Result<(), FetchError> {
        check_scheme(url)?;
        if self.settings.allow_private_networks {
            return Ok(());
        }
        guard::check_host(url).map_err(|b| blocked(url, b))
    }

    /// Map a reqwest error: a refusal by the guard's resolver, a timeout, or a transport error
    /// keeping reqwest's error as its source.
    fn transport_error(&self, err: reqwest::Error, url: &Url) -> FetchError {
        let mut source: Option<&(dyn StdError + 'static)> = err.source();
        for _ in 0..MAX_SOURCE_DEPTH {
            let Some(e) = source else { break };
            if let Some(b) = e.downcast_ref::<guard::Blocked>() {
                return blocked(url, b.clone());
            }
            source = e.source();
        }
        if err.is_timeout() {
            let (kind, limit) = if err.is_connect() {
                (TimeoutKind::Connect, self.settings.connect_timeout)
            } else {
                (TimeoutKind::Read, self.settings.read_timeout)
            };
            return FetchError::Timeout {
                url: url.to_string(),
                kind,
                limit,
            };
        }
        FetchError::Transport {
            url: url.to_string(),
            source: Box::new(err.without_url()),
        }
    }
}

/// [`FetchError::BlockedAddress`] for `url`.
fn blocked(url: &Url, b: guard::Blocked) -> FetchError {
    FetchError::BlockedAddress {
        url: url.to_string(),
        address: b.address,
        reason: b.reason,
    }
}

/// Only http and https are fetched (no `file:`, `ftp:`, `data:`, ...).
fn check_scheme(url: &Url) -> Result<(), FetchError> {
    match url.scheme() {
        "http" | "https" => Ok(()),
        _ => Err(FetchError::UnsupportedScheme {
            url: url.to_string(),
        }),
    }
}

/// The URL a redirect's `Location` points to, resolved against the current URL, with its
/// scheme checked (the address is checked by the next turn of the loop, before the request).
fn next_hop(current: &Url, location: &[u8]) -> Result<Url, FetchError> {
    let location = String::from_utf8_lossy(location);
    let next = current
        .join(location.trim())
        .map_err(|e| FetchError::InvalidUrl {
            url: location.to_string(),
            reason: format!("redirect from {current}: {e}"),
        })?;
    check_scheme(&next)?;
    Ok(next)
}

/// A response header's value as text (lossy UTF-8), trimmed; None when absent or blank.
fn header_text(headers: &HeaderMap, name: reqwest::header::HeaderName) -> Option<String> {
    headers
        .get(name)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).trim().to_string())
        .filter(|v| !v.is_empty())
}

/// The language of the HTTP `Content-Language` header (its first tag, primary subtag), for an
/// article whose page neither declares a language nor has text the detector is sure of: the
/// page's own markup and its body come first, the server's setting after them.
fn language_from_header(article: &mut crate::Article, header: &str) {
    if article.language.is_some() {
        return;
    }
    let Some(code) = header
        .split(',')
        .next()
        .and_then(crate::metadata::language::primary_subtag)
    else {
        return;
    };
    article.provenance.push(crate::Provenance {
        field: crate::Field::Language,
        signal: crate::Signal::Header,
        raw: crate::metadata::raw_value(header),
    });
    article.language = Some(code);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The checks one redirect hop goes through, without any request.
    fn hop(from: &str, location: &str, allow_private: bool) -> Result<Url, FetchError> {
        let fetcher = Fetcher::builder()
            .allow_private_networks(allow_private)
            .build()
            .unwrap();
        let next = next_hop(&Url::parse(from).unwrap(), location.as_bytes())?;
        fetcher.check_url(&next)?;
        Ok(next)
    }

    #[test]
    fn redirect_hops_to_internal_addresses_refused() {
        let from = "https://news.example/story";
        for (location, address, why) in [
            (
                "http://169.254.169.254/latest/meta-data/",
                "169.254.169.254",
                "link-local",
            ),
            ("http://10.0.0.1/admin", "10.0.0.1", "private"),
            ("http://100.64.0.1/", "100.64.0.1", "carrier-grade NAT"),
            ("http://[fd00::1]/", "fd00::1", "unique local"),
            (
                "http://[::ffff:127.0.0.1]:8080/",
                "::ffff:127.0.0.1",
                "loopback",
            ),
            ("//localhost/x", "localhost", "loopback"),
        ] {
            match hop(from, location, false) {
                Err(FetchError::BlockedAddress {
                    address: a, reason, ..
                }) => {
                    assert_eq!((a.as_str(), reason), (address, why), "{location}");
                }
                other => panic!("{location}: {other:?}"),
            }
        }
        // The same hops pass with the guard off.
        assert!(hop(from, "http://10.0.0.1/admin", true).is_ok());
        // Relative and public redirects pass with the guard on.
        assert_eq!(
            hop(from, "/amp/story?x=1", false).unwrap().as_str(),
            "https://news.example/amp/story?x=1"
        );
        assert!(hop(from, "https://93.184.216.34/", false).is_ok());
    }

    #[test]
    fn redirect_hops_to_other_schemes_refused() {
        for location in [
            "file:///etc/passwd",
            "ftp://news.example/",
            "data:text/html,hi",
        ] {
            assert!(
                matches!(
                    hop("https://news.example/", location, true),
                    Err(FetchError::UnsupportedScheme { .. })
                ),
                "{location}"
            );
        }
        assert!(matches!(
            hop("https://news.example/", "http://[::1", true),
            Err(FetchError::InvalidUrl { .. })
        ));
    }

    #[tokio::test]
    async fn resolver_refusal_inside_the_client_maps_to_blocked_address() {
        // Past the URL check, straight to the client: its resolver refuses the name, so no
        // connection is attempted.
        let fetcher = Fetcher::new().unwrap();
        let url = Url::parse("http://localhost:9/").unwrap();
        let err = fetcher.client.get(url.clone()).send().await.unwrap_err();
        match fetcher.transport_error(err, &url) {
            FetchError::BlockedAddress {
                address, reason, ..
            } => assert_eq!((address.as_str(), reason), ("localhost", "loopback")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn accept_header_lists_the_accepted_types_first() {
        assert_eq!(
            accept_header(&Settings::default().content_types),
            "text/html, application/xhtml+xml, */*;q=0.1"
        );
        assert_eq!(accept_header(&[]), "*/*;q=0.1");
        assert!(USER_AGENT.starts_with(concat!("newsprint/", env!("CARGO_PKG_VERSION"))));
    }
}
