//! The response body: the content-type check, HTML sniffing for a missing type, and the capped
//! streaming read.

use url::Url;

use super::{FetchError, Fetcher, MAX_PREALLOC};

/// How many leading bytes are sniffed when the response has no `Content-Type`.
pub(crate) const SNIFF_LEN: usize = 512;

/// Tags that mark the start of an HTML document when the server sent no `Content-Type`: the
/// WHATWG MIME Sniffing standard's "identify an unknown MIME type" patterns for `text/html`
/// (each must be followed by a space or `>`), plus the XML declaration that starts an XHTML page.
/// Compared ignoring ASCII case, after leading whitespace.
const HTML_STARTS: &[&[u8]] = &[
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<script",
    b"<iframe",
    b"<h1",
    b"<div",
    b"<font",
    b"<table",
    b"<a",
    b"<style",
    b"<title",
    b"<b",
    b"<body",
    b"<br",
    b"<p",
    b"<!--",
    b"<?xml",
    // Not in the standard's list but the usual first tag of a fragment served bare.
    b"<meta",
];

/// The media type of a `Content-Type` value, lowercased, without parameters
/// (`"Text/HTML; charset=UTF-8"` gives `"text/html"`).
pub(crate) fn essence(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The `charset` parameter of a `Content-Type` value, unquoted, when present and non-empty.
pub(crate) fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let value = value.trim();
        let value = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .unwrap_or(value)
            .trim();
        (!value.is_empty()).then_some(value)
    })
}

/// Whether the first bytes of a body with no declared type look like HTML: after an optional
/// UTF-8 byte order mark and whitespace, one of [`HTML_STARTS`] followed by a space, `>` or
/// (for `<!--`) anything.
pub(crate) fn looks_like_html(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        .unwrap_or(head.len());
    let rest = head.get(start..).unwrap_or_default();
    HTML_STARTS.iter().any(|pattern| {
        let Some(prefix) = rest.get(..pattern.len()) else {
            return false;
        };
        if !prefix.eq_ignore_ascii_case(pattern) {
            return false;
        }
        if pattern.starts_with(b"<!--") || pattern.starts_with(b"<?") {
            return true;
        }
        // The tag name must end here: `<b>` or `<br ` but not `<base` for `<b`.
        matches!(
            rest.get(pattern.len()),
            Some(b' ' | b'>' | b'\t' | b'\n' | b'\r' | b'/')
        )
    })
}

impl Fetcher {
    /// Read the body, decompressed, stopping at the cap; with `sniff`, refuse it as soon as its
    /// first [`SNIFF_LEN`] bytes (or all of it, if shorter) do not look like HTML.
    pub(super) async fn read_body(
        &self,
        mut response: reqwest::Response,
        url: &Url,
        sniff: bool,
    ) -> Result<Vec<u8>, FetchError> {
        let cap = self.settings.max_body_bytes;
        let too_large = || FetchError::BodyTooLarge {
            url: url.to_string(),
            limit: cap,
        };
        // A declared (decompressed) length over the cap is refused without reading.
        let declared = response
            .content_length()
            .map(|n| usize::try_from(n).unwrap_or(usize::MAX));
        if declared.is_some_and(|n| n > cap) {
            return Err(too_large());
        }
        let mut body = Vec::with_capacity(declared.unwrap_or(0).min(MAX_PREALLOC));
        let mut sniffed = !sniff;
        // Each turn appends a non-empty chunk or ends, and the cap bounds the total.
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| self.transport_error(e, url))?
        {
            let needed = body.len().saturating_add(chunk.len());
            if needed > cap {
                return Err(too_large());
            }
            // Grow by doubling, but never past the cap (plain doubling could reach twice it).
            if needed > body.capacity() {
                let target = needed.max(body.capacity().saturating_mul(2)).min(cap);
                body.reserve_exact(target.saturating_sub(body.len()));
            }
            body.extend_from_slice(&chunk);
            if !sniffed && body.len() >= SNIFF_LEN {
                self.check_sniffed(&body, url)?;
                sniffed = true;
            }
        }
        if !sniffed {
            self.check_sniffed(&body, url)?;
        }
        Ok(body)
    }

    /// Refuse an untyped body that does not start like HTML.
    fn check_sniffed(&self, body: &[u8], url: &Url) -> Result<(), FetchError> {
        let head = body.get(..SNIFF_LEN).unwrap_or(body);
        if looks_like_html(head) {
            return Ok(());
        }
        Err(FetchError::UnsupportedContentType {
            url: url.to_string(),
            content_type: "(none)".to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_type_and_charset_read_from_the_header() {
        assert_eq!(essence("Text/HTML; charset=UTF-8"), "text/html");
        assert_eq!(essence("application/xhtml+xml"), "application/xhtml+xml");
        assert_eq!(
            charset_param("text/html; charset=windows-1252"),
            Some("windows-1252")
        );
        assert_eq!(
            charset_param("text/html;CHARSET=\"ISO-8859-1\""),
            Some("ISO-8859-1")
        );
        assert_eq!(
            charset_param("text/html; q=1; charset = utf-8 "),
            Some("utf-8")
        );
        assert_eq!(charset_param("text/html; charset="), None);
        assert_eq!(charset_param("text/html"), None);
    }

    #[test]
    fn html_sniffed_from_its_first_tag() {
        assert!(looks_like_html(b"<!DOCTYPE html><html>"));
        assert!(looks_like_html(b"\xef\xbb\xbf\n  <html lang=en>"));
        assert!(looks_like_html(b"<p>Hello"));
        assert!(looks_like_html(b"<!-- generated -->"));
        assert!(looks_like_html(b"<?xml version=\"1.0\"?><html xmlns="));
        assert!(!looks_like_html(b"\x89PNG\r\n\x1a\n"));
        assert!(!looks_like_html(b"{\"json\": true}"));
        assert!(!looks_like_html(b"plain text"));
        assert!(!looks_like_html(b"<base href=x>"));
        assert!(!looks_like_html(b""));
    }
}
