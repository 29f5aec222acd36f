//! Bytes to text: find the encoding of a page and decode it to UTF-8.
//!
//! The order follows the WHATWG HTML standard ("determining the character encoding"), with the
//! few departures an extractor needs, all decoding done by `encoding_rs`:
//!
//! 1. **Not HTML.** Before anything else, input that starts with the signature of another format
//!    (PNG, JPEG, GIF, WebP, PDF, gzip, zstd, bzip2, xz, ZIP) is refused with
//!    [`Error::NotHtml`]. After the BOM check (so UTF-16 with a BOM passes), input whose first
//!    [`SNIFF_LEN`] bytes are more than 1 in [`CONTROL_SHARE`] control bytes is refused as
//!    `"binary data"` (unless the caller declared UTF-16, which is full of NULs). Empty input is
//!    not an error.
//! 2. **Byte order mark** (UTF-8, UTF-16LE, UTF-16BE): always obeyed, and stripped.
//! 3. **Transport charset**: the `charset` of the HTTP `Content-Type`, given by the caller.
//! 4. **`<meta>` prescan** of the first [`PRESCAN_LEN`] bytes, as the HTML standard's "prescan a
//!    byte stream to determine its encoding" (comments skipped, `charset` and
//!    `http-equiv`/`content` forms, UTF-16 labels mean UTF-8, `x-user-defined` means
//!    windows-1252).
//! 5. **Detection**: UTF-8 when the bytes are (mostly) valid UTF-8, otherwise the `chardetng`
//!    detector, told the top-level domain of the page URL.
//!
//! Departures from a browser, for pages whose declaration is wrong (common on real sites, and
//! a browser user would see mojibake where we must return text):
//! - A declared UTF-8 (transport or meta) is not obeyed when the bytes are not mostly valid
//!   UTF-8; the next step decides.
//! - A declared ASCII-compatible legacy encoding (windows-1252, `Shift_JIS`, ...) is not obeyed
//!   when the bytes hold valid multi-byte UTF-8 (a stale `<meta>` left after a move to UTF-8):
//!   legacy text essentially never forms valid UTF-8 sequences.
//! - Labels of the `replacement` encoding (`iso-2022-kr`, `hz-gb-2312`, ...), which a browser
//!   decodes to a single U+FFFD, are ignored like unknown labels.
//!
//! Decoding replaces malformed sequences with U+FFFD; it never fails.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, REPLACEMENT, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252, X_USER_DEFINED};
use url::Url;

use crate::Error;

/// Which step of the algorithm chose the encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EncodingSource {
    /// A byte order mark at the start of the input.
    Bom,
    /// The charset given by the caller (HTTP `Content-Type`).
    Transport,
    /// A `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 1024 bytes.
    Meta,
    /// The `chardetng` detector, on bytes that are not valid UTF-8.
    Detector,
    /// Nothing usable was declared and the bytes are (mostly) valid UTF-8, or pure ASCII.
    Utf8Default,
}

/// How many bytes the `<meta>` prescan reads (the HTML standard's 1024).
const PRESCAN_LEN: usize = 1024;

/// How many leading bytes the control-byte check samples.
const SNIFF_LEN: usize = 4096;

/// Input is binary when more than 1 in `CONTROL_SHARE` sampled bytes is a control byte. Text in
/// any ASCII-compatible encoding has essentially none; random or compressed data has about 1 in
/// 10 (27 of the 256 byte values), so 1 in 20 leaves a margin on both sides.
const CONTROL_SHARE: usize = 20;

/// At most this many bytes go to the detector (its guess is settled long before).
const DETECTOR_WINDOW: usize = 64 * 1024;

/// ASCII context kept before the first non-ASCII byte when the detector window skips a long
/// ASCII head (scripts and styles) to reach the text that tells encodings apart.
const DETECTOR_LEAD_IN: usize = 1024;

/// In bytes that are not valid UTF-8, valid multi-byte sequences must outnumber malformed ones
/// by this factor for the bytes to count as UTF-8 with a few broken spots (a UTF-8 page with a
/// pasted windows-1252 quote, a truncated file). Legacy-encoded text almost never forms valid
/// multi-byte sequences, so its ratio is far below 1.
const MOSTLY_UTF8_RATIO: usize = 2;

/// Signatures ("magic numbers") at offset 0 of formats that get served or saved in place of a
/// page, with the kind reported in [`Error::NotHtml`]. bzip2 and WebP need more than a prefix and
/// are checked in [`signature`].
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    // A body saved without undoing its Content-Encoding.
    (b"\x1f\x8b", "gzip data"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"\xfd7zXZ\x00", "xz data"),
    // Local file header, empty archive, spanned archive.
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
];

/// The encoding of the page and what chose it, plus what [`decode`] needs to avoid work.
struct Choice<'a> {
    /// The chosen encoding.
    encoding: &'static Encoding,
    /// The step that chose it.
    source: EncodingSource,
    /// The bytes to decode: the input without its BOM.
    body: &'a [u8],
    /// `body` as text, when the encoding is UTF-8 and `body` is valid (no decoding needed).
    text: Option<&'a str>,
}

/// How the input looks as UTF-8.
enum Utf8Shape<'a> {
    /// Valid UTF-8, all ASCII: the same text in every ASCII-compatible encoding.
    Ascii(&'a str),
    /// Valid UTF-8 with at least one multi-byte sequence.
    Utf8(&'a str),
    /// Not valid, but valid multi-byte sequences dominate (see [`MOSTLY_UTF8_RATIO`]).
    Mostly,
    /// Not UTF-8.
    Invalid,
}

/// Which encoding the bytes are in, and what told us.
///
/// `transport` is the charset label of the HTTP `Content-Type` when known; `url` is the page
/// address, whose top-level domain guides the detector.
///
/// # Errors
/// [`Error::NotHtml`] when the bytes are another format or binary data.
// For the `fetch` feature's report and tests: the pipeline itself calls `decode`.
#[cfg_attr(not(any(test, feature = "fetch")), allow(dead_code))]
pub(crate) fn detect(
    bytes: &[u8],
    transport: Option<&str>,
    url: Option<&Url>,
) -> Result<(&'static Encoding, EncodingSource), Error> {
    choose(bytes, transport, url).map(|c| (c.encoding, c.source))
}

/// Decode `bytes` to UTF-8 text, finding the encoding as the module documentation describes.
///
/// Malformed sequences become U+FFFD. Valid UTF-8 input is copied once, into the result.
///
/// # Errors
/// [`Error::NotHtml`] when the bytes are another format or binary data.
pub(crate) fn decode(
    bytes: &[u8],
    transport: Option<&str>,
    url: Option<&Url>,
) -> Result<String, Error> {
    let choice = choose(bytes, transport, url)?;
    if let Some(text) = choice.text {
        return Ok(text.to_owned());
    }
    // The BOM, if any, is already cut from `body`: a second one would be content (U+FEFF).
    let (text, _had_errors) = choice.encoding.decode_without_bom_handling(choice.body);
    Ok(text.into_owned())
}

/// The whole algorithm; see the module documentation.
fn choose<'a>(
    bytes: &'a [u8],
    transport: Option<&str>,
    url: Option<&Url>,
) -> Result<Choice<'a>, Error> {
    if let Some(kind) = signature(bytes) {
        return Err(Error::NotHtml { kind });
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        let text = if encoding == UTF_8 {
            std::str::from_utf8(body).ok()
        } else {
            None
        };
        return Ok(Choice {
            encoding,
            source: EncodingSource::Bom,
            body,
            text,
        });
    }

    let transport = transport
        .and_then(|label| encoding_for_label(label.trim().trim_matches(['"', '\'']).as_bytes()));
    let declared_utf16 = transport.is_some_and(|e| e == UTF_16LE || e == UTF_16BE);
    if !declared_utf16 && mostly_control(bytes) {
        return Err(Error::NotHtml {
            kind: "binary data",
        });
    }

    let shape = utf8_shape(bytes);
    let declared = transport
        .filter(|&e| fits(e, &shape))
        .map(|e| (e, EncodingSource::Transport))
        .or_else(|| {
            prescan(bytes)
                .filter(|&e| fits(e, &shape))
                .map(|e| (e, EncodingSource::Meta))
        });
    let (encoding, source) = match (declared, &shape) {
        (Some(declared), _) => declared,
        (None, Utf8Shape::Invalid) => (guess(bytes, url), EncodingSource::Detector),
        (None, _) => (UTF_8, EncodingSource::Utf8Default),
    };
    let text = match shape {
        Utf8Shape::Ascii(text) | Utf8Shape::Utf8(text) if encoding == UTF_8 => Some(text),
        _ => None,
    };
    Ok(Choice {
        encoding,
        source,
        body: bytes,
        text,
    })
}

/// The kind of non-HTML format whose signature starts `bytes`, if any.
fn signature(bytes: &[u8]) -> Option<&'static str> {
    if let Some(&(_, kind)) = SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
    {
        return Some(kind);
    }
    // "BZh", block size '1'..='9', then the magic of the first block (pi) or of the end of an
    // empty stream (sqrt pi).
    if bytes.starts_with(b"BZh")
        && bytes.get(3).is_some_and(|b| (b'1'..=b'9').contains(b))
        && bytes
            .get(4..10)
            .is_some_and(|m| m == b"\x31\x41\x59\x26\x53\x59" || m == b"\x17\x72\x45\x38\x50\x90")
    {
        return Some("bzip2 data");
    }
    // RIFF container (4-byte size) holding WebP.
    if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return Some("WebP image");
    }
    None
}

/// Whether the first [`SNIFF_LEN`] bytes hold more than 1 in [`CONTROL_SHARE`] control bytes:
/// NUL and C0 controls except tab, line feed, form feed, carriage return and escape (ISO-2022-JP
/// text switches character sets with escape sequences).
fn mostly_control(bytes: &[u8]) -> bool {
    let sample = bytes.get(..SNIFF_LEN).unwrap_or(bytes);
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0c | b'\r' | 0x1b))
        .count();
    controls * CONTROL_SHARE > sample.len()
}

/// Classify `bytes` as UTF-8: one validation pass when valid, one pass over the valid runs
/// between malformed sequences otherwise.
fn utf8_shape(bytes: &[u8]) -> Utf8Shape<'_> {
    let mut rest = bytes;
    let mut multibyte = 0usize;
    let mut malformed = 0usize;
    // Each round consumes at least one byte (a malformed sequence) or ends.
    loop {
        match std::str::from_utf8(rest) {
            Ok(text) if malformed == 0 => {
                // First round: `rest` is all of `bytes`.
                return if text.is_ascii() {
                    Utf8Shape::Ascii(text)
                } else {
                    Utf8Shape::Utf8(text)
                };
            }
            Ok(text) => {
                multibyte += lead_bytes(text.as_bytes());
                break;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                multibyte += lead_bytes(valid);
                malformed += 1;
                match e.error_len() {
                    Some(len) => rest = after.get(len..).unwrap_or_default(),
                    // A sequence truncated by the end of the input.
                    None => break,
                }
            }
        }
    }
    if multibyte >= MOSTLY_UTF8_RATIO * malformed {
        Utf8Shape::Mostly
    } else {
        Utf8Shape::Invalid
    }
}

/// Number of multi-byte characters in valid UTF-8 `bytes` (their lead bytes, 0xC0 and up).
fn lead_bytes(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b >= 0xc0).count()
}

/// Whether a declared `encoding` is believable for bytes of this `shape`.
fn fits(encoding: &'static Encoding, shape: &Utf8Shape<'_>) -> bool {
    if encoding == UTF_8 {
        !matches!(shape, Utf8Shape::Invalid)
    } else if encoding.is_ascii_compatible() {
        // Valid multi-byte UTF-8 under a legacy label is a stale label.
        matches!(shape, Utf8Shape::Ascii(_) | Utf8Shape::Invalid)
    } else {
        // UTF-16 and ISO-2022-JP: their bytes are unlike UTF-8 anyway.
        true
    }
}

/// The encoding a label names ("get an encoding"), ignoring the `replacement` encoding.
fn encoding_for_label(label: &[u8]) -> Option<&'static Encoding> {
    Encoding::for_label(label).filter(|&e| e != REPLACEMENT)
}

/// The `chardetng` guess for bytes that are not valid UTF-8, told the URL's top-level domain.
fn guess(bytes: &[u8], url: Option<&Url>) -> &'static Encoding {
    let first_non_ascii = bytes.iter().position(|b| !b.is_ascii()).unwrap_or(0);
    // Everything before `first_non_ascii` is ASCII, so any start there is a character boundary.
    let start = first_non_ascii.saturating_sub(DETECTOR_LEAD_IN);
    let end = start.saturating_add(DETECTOR_WINDOW).min(bytes.len());
    let window = bytes.get(start..end).unwrap_or(bytes);
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(window, end == bytes.len());
    detector.guess(top_level_domain(url), Utf8Detection::Allow)
}

/// The last label of the URL's domain, when it is lower-case ASCII letters, digits and hyphens
/// (IDNA hosts are already Punycode). `chardetng` panics on anything else, so anything else
/// (opaque hosts of non-special schemes, IP addresses) gives `None`.
fn top_level_domain(url: Option<&Url>) -> Option<&[u8]> {
    let domain = url?.domain()?;
    let tld = domain.trim_end_matches('.').rsplit('.').next()?;
    let plain = !tld.is_empty()
        && tld
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    plain.then_some(tld.as_bytes())
}

/// ASCII whitespace as the HTML standard defines it.
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0c | b'\r' | b' ')
}

/// Position of the first occurrence of `needle` in `haystack`, ASCII case-insensitive.
fn find_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// "Prescan a byte stream to determine its encoding" over the first [`PRESCAN_LEN`] bytes.
///
/// Reaching the end of those bytes anywhere inside a construct ends the prescan without a
/// result. Every step moves `pos` forward, and the input is at most 1024 bytes.
fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let s = bytes.get(..PRESCAN_LEN).unwrap_or(bytes);
    let mut pos = 0;
    while let Some(rest) = s.get(pos..).filter(|r| !r.is_empty()) {
        if rest.starts_with(b"<!--") {
            // The first '>' preceded by "--", where the "--" may be the one of "<!--".
            pos += 2 + find_ci(rest.get(2..)?, b"-->")? + 2;
        } else if rest
            .get(..5)
            .is_some_and(|t| t.eq_ignore_ascii_case(b"<meta"))
            && rest.get(5).is_some_and(|&b| is_space(b) || b == b'/')
        {
            let (found, end) = meta(s, pos + 6)?;
            if found.is_some() {
                return found;
            }
            pos = end;
        } else if rest.first() == Some(&b'<')
            && rest
                .get(1..)
                .and_then(|t| t.strip_prefix(b"/").or(Some(t)))
                .and_then(|t| t.first())
                .is_some_and(u8::is_ascii_alphabetic)
        {
            // Any other tag: skip its name, then its attributes (a quoted value can hold "<meta").
            pos += rest.iter().position(|&b| is_space(b) || b == b'>')?;
            loop {
                match attribute(s, pos)? {
                    (Some(_), next) => pos = next,
                    (None, end) => break pos = end,
                }
            }
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            pos += rest.iter().position(|&b| b == b'>')?;
        }
        // "Next byte".
        pos += 1;
    }
    None
}

/// The attributes of a `<meta>` whose attributes start at `pos`: the encoding it declares (if
/// it is a declaration the prescan obeys) and the position of the `>` that ends it. `None` at
/// the end of the input.
fn meta(s: &[u8], mut pos: usize) -> Option<(Option<&'static Encoding>, usize)> {
    // Only the first of duplicate attributes counts; only these three names matter.
    let (mut seen_http_equiv, mut seen_content, mut seen_charset) = (false, false, false);
    let mut got_pragma = false;
    // `None`: no declaration yet; `Some(true)`: a `content` one, valid with http-equiv only.
    let mut need_pragma = None;
    // Outer `None`: not set; `Some(None)`: set to an unknown label.
    let mut charset: Option<Option<&'static Encoding>> = None;
    let end = loop {
        let ((name, value), next) = match attribute(s, pos)? {
            (Some(attribute), next) => (attribute, next),
            (None, end) => break end,
        };
        pos = next;
        if name.eq_ignore_ascii_case(b"http-equiv") && !seen_http_equiv {
            seen_http_equiv = true;
            got_pragma |= value.eq_ignore_ascii_case(b"content-type");
        } else if name.eq_ignore_ascii_case(b"content") && !seen_content {
            seen_content = true;
            if charset.is_none() {
                if let Some(encoding) = charset_from_content(value) {
                    charset = Some(Some(encoding));
                    need_pragma = Some(true);
                }
            }
        } else if name.eq_ignore_ascii_case(b"charset") && !seen_charset {
            seen_charset = true;
            charset = Some(encoding_for_label(value));
            need_pragma = Some(false);
        }
    };
    let obeyed = match need_pragma {
        Some(need) if got_pragma || !need => charset.flatten(),
        _ => None,
    };
    let encoding = obeyed.map(|e| {
        if e == UTF_16LE || e == UTF_16BE {
            UTF_8
        } else if e == X_USER_DEFINED {
            WINDOWS_1252
        } else {
            e
        }
    });
    Some((encoding, end))
}

/// An attribute name and value, as slices of the input (compare them ASCII case-insensitively).
type Attribute<'a> = (&'a [u8], &'a [u8]);

/// "Get an attribute" at `pos`: the attribute (or `None` at the `>` that ends the tag) and the
/// position after it. `None` at the end of the input.
fn attribute(s: &[u8], mut pos: usize) -> Option<(Option<Attribute<'_>>, usize)> {
    while matches!(*s.get(pos)?, b if is_space(b) || b == b'/') {
        pos += 1;
    }
    if *s.get(pos)? == b'>' {
        return Some((None, pos));
    }
    // The name: the first byte is part of it even when it is '='.
    let start = pos;
    pos += 1;
    let name_end = loop {
        match *s.get(pos)? {
            b'=' => break pos,
            b if is_space(b) => break pos,
            b'/' | b'>' => return Some((Some((s.get(start..pos)?, &[][..])), pos)),
            _ => pos += 1,
        }
    };
    let name = s.get(start..name_end)?;
    while is_space(*s.get(pos)?) {
        pos += 1;
    }
    if *s.get(pos)? != b'=' {
        return Some((Some((name, b"")), pos));
    }
    pos += 1;
    while is_space(*s.get(pos)?) {
        pos += 1;
    }
    match *s.get(pos)? {
        quote @ (b'"' | b'\'') => {
            let value_start = pos + 1;
            let len = s.get(value_start..)?.iter().position(|&b| b == quote)?;
            Some((
                Some((name, s.get(value_start..value_start + len)?)),
                value_start + len + 1,
            ))
        }
        b'>' => Some((Some((name, b"")), pos)),
        _ => {
            let value_start = pos;
            pos += 1;
            while !matches!(*s.get(pos)?, b if is_space(b) || b == b'>') {
                pos += 1;
            }
            Some((Some((name, s.get(value_start..pos)?)), pos))
        }
    }
}

/// "Extract a character encoding from a meta element": the label after `charset=` in a
/// `content` value such as `text/html; charset=windows-1251`.
fn charset_from_content(value: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    loop {
        pos += find_ci(value.get(pos..)?, b"charset")? + b"charset".len();
        while value.get(pos).is_some_and(|&b| is_space(b)) {
            pos += 1;
        }
        if value.get(pos) != Some(&b'=') {
            // Not "charset=": look for a later "charset".
            continue;
        }
        pos += 1;
        while value.get(pos).is_some_and(|&b| is_space(b)) {
            pos += 1;
        }
        let rest = value.get(pos..)?;
        let label = if let quote @ (b'"' | b'\'') = *rest.first()? {
            let inner = rest.get(1..)?;
            inner.get(..inner.iter().position(|&b| b == quote)?)?
        } else {
            let end = rest
                .iter()
                .position(|&b| is_space(b) || b == b';')
                .unwrap_or(rest.len());
            rest.get(..end)?
        };
        return encoding_for_label(label);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{GBK, ISO_2022_JP, KOI8_R, SHIFT_JIS, WINDOWS_1251};

    const RUSSIAN: &str = "Школы по всему региону оставались закрытыми в понедельник после \
        выходных с сильными дождями. Синоптики ожидают новых дождей в среду, а уровень воды в \
        реке продолжает расти, сообщили чиновники.";
    const JAPANESE: &str = "東京都は月曜日、大雨の影響で多くの学校が休校になったと発表した。\
        気象庁によると、水曜日にもさらに雨が降る見込みだという。";

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    /// A small page: `head` markup, then `body` markup.
    fn page(head: &str, body: &str) -> String {
        format!(
            "<!DOCTYPE html>\n<html><head>{head}<title>News</title></head>\n\
             <body><article><p>{body}</p></article></body></html>\n"
        )
    }

    /// `text` in `encoding`, which must represent all of it.
    fn encoded(encoding: &'static Encoding, text: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(
            !unmappable,
            "{} cannot encode the test text",
            encoding.name()
        );
        bytes.into_owned()
    }

    fn detected(
        bytes: &[u8],
        transport: Option<&str>,
        url: Option<&Url>,
    ) -> (&'static str, EncodingSource) {
        let (encoding, source) = detect(bytes, transport, url).unwrap();
        (encoding.name(), source)
    }

    fn not_html(bytes: &[u8]) -> &'static str {
        match decode(bytes, None, None) {
            Err(Error::NotHtml { kind }) => kind,
            other => panic!("expected NotHtml, got {other:?}"),
        }
    }

    #[test]
    fn undeclared_windows_1251_on_ru_domain() {
        let html = page("", RUSSIAN);
        let bytes = encoded(WINDOWS_1251, &html);
        let ru = url("https://example.ru/news/1");
        assert_eq!(
            detected(&bytes, None, Some(&ru)),
            ("windows-1251", EncodingSource::Detector)
        );
        let text = decode(&bytes, None, Some(&ru)).unwrap();
        assert_eq!(text, html);
        assert!(text.contains("Синоптики ожидают новых дождей в среду"));
    }

    #[test]
    fn shift_jis_with_meta_charset() {
        let html = page(r#"<meta charset="Shift_JIS">"#, JAPANESE);
        let bytes = encoded(SHIFT_JIS, &html);
        assert_eq!(
            detected(&bytes, None, None),
            ("Shift_JIS", EncodingSource::Meta)
        );
        assert!(decode(&bytes, None, None).unwrap().contains(JAPANESE));
    }

    #[test]
    fn iso_8859_1_page_decodes_as_windows_1252() {
        let text = "Les écoles sont restées fermées à Genève; Müller, señor, 20 °C.";
        let html = page("<meta charset=iso-8859-1>", text);
        let bytes = encoded(WINDOWS_1252, &html);
        // The Encoding Standard maps the iso-8859-1 label to windows-1252.
        assert_eq!(
            detected(&bytes, None, None),
            ("windows-1252", EncodingSource::Meta)
        );
        assert_eq!(decode(&bytes, None, None).unwrap(), html);
    }

    #[test]
    fn windows_1252_quotes_and_euro() {
        let body = b"<p>\x93Floods\x94 cost \x8020m, the mayor\x92s office said.</p>";
        let declared = [b"<meta charset=\"windows-1252\">".as_slice(), body].concat();
        let expected =
            "<p>\u{201c}Floods\u{201d} cost \u{20ac}20m, the mayor\u{2019}s office said.</p>";
        let text = decode(&declared, None, None).unwrap();
        assert!(text.ends_with(expected), "{text}");
        // Undeclared, the detector finds it too.
        let com = url("https://planet.example.com/");
        assert_eq!(
            detected(body, None, Some(&com)),
            ("windows-1252", EncodingSource::Detector)
        );
        assert_eq!(decode(body, None, Some(&com)).unwrap(), expected);
    }

    #[test]
    fn utf8_bom_beats_meta_and_is_stripped() {
        let html = page("<meta charset=windows-1252>", "Café “crème” 5 €");
        let bytes = [b"\xef\xbb\xbf".as_slice(), html.as_bytes()].concat();
        assert_eq!(
            detected(&bytes, Some("windows-1251"), None),
            ("UTF-8", EncodingSource::Bom)
        );
        assert_eq!(decode(&bytes, None, None).unwrap(), html);
    }

    #[test]
    fn utf16_bom_pages() {
        let html = page("<meta charset=windows-1252>", RUSSIAN);
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(html.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(detected(&le, None, None), ("UTF-16LE", EncodingSource::Bom));
        assert_eq!(decode(&le, None, None).unwrap(), html);
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain(html.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be, None, None).unwrap(), html);
    }

    #[test]
    fn utf16_declared_by_transport_is_not_binary() {
        let html = page("", "Schools closed on Monday.");
        let le: Vec<u8> = html.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&le, Some("utf-16le"), None).unwrap(), html);
        // Undeclared, half its bytes are NUL.
        assert_eq!(not_html(&le), "binary data");
    }

    #[test]
    fn meta_after_1024_bytes_is_not_obeyed() {
        let script = format!("<script>var config = \"{}\";</script>", "x".repeat(1100));
        let late = page(&format!("{script}<meta charset=windows-1251>"), RUSSIAN);
        let bytes = encoded(WINDOWS_1251, &late);
        assert_eq!(detected(&bytes, None, None).1, EncodingSource::Detector);
        let early = page(&format!("<meta charset=windows-1251>{script}"), RUSSIAN);
        let bytes = encoded(WINDOWS_1251, &early);
        assert_eq!(
            detected(&bytes, None, None),
            ("windows-1251", EncodingSource::Meta)
        );
    }

    #[test]
    fn utf16_meta_means_utf8() {
        for label in ["utf-16", "UTF-16BE", "utf-16le"] {
            let html = page(&format!("<meta charset=\"{label}\">"), "Café crème");
            assert_eq!(
                detected(html.as_bytes(), None, None),
                ("UTF-8", EncodingSource::Meta),
                "{label}"
            );
            assert_eq!(decode(html.as_bytes(), None, None).unwrap(), html);
        }
    }

    #[test]
    fn x_user_defined_meta_means_windows_1252() {
        assert_eq!(
            prescan(b"<meta charset=x-user-defined>"),
            Some(WINDOWS_1252)
        );
    }

    #[test]
    fn unknown_and_replacement_labels_are_ignored() {
        let html = page("<meta charset=\"no-such-charset\">", "Café crème");
        assert_eq!(
            detected(html.as_bytes(), None, None),
            ("UTF-8", EncodingSource::Utf8Default)
        );
        // iso-2022-kr names the replacement encoding, which would decode to one U+FFFD.
        let html = page("<meta charset=iso-2022-kr>", "Schools closed.");
        assert_eq!(decode(html.as_bytes(), None, None).unwrap(), html);
        // A later, valid declaration still counts.
        let html = page("<meta charset=bogus><meta charset=windows-1251>", RUSSIAN);
        let bytes = encoded(WINDOWS_1251, &html);
        assert_eq!(
            detected(&bytes, None, None),
            ("windows-1251", EncodingSource::Meta)
        );
    }

    #[test]
    fn http_equiv_form() {
        let html = page(
            "<META CONTENT='text/html; Charset=windows-1251' HTTP-EQUIV=\"Content-Type\">",
            RUSSIAN,
        );
        let bytes = encoded(WINDOWS_1251, &html);
        assert_eq!(
            detected(&bytes, None, None),
            ("windows-1251", EncodingSource::Meta)
        );
        assert_eq!(decode(&bytes, None, None).unwrap(), html);
        // `content` without http-equiv="Content-Type" is not a declaration.
        let html = page(
            "<meta name=description content=\"text/html; charset=koi8-r\">",
            RUSSIAN,
        );
        let bytes = encoded(WINDOWS_1251, &html);
        let ru = url("https://example.ru/");
        assert_eq!(
            detected(&bytes, None, Some(&ru)),
            ("windows-1251", EncodingSource::Detector)
        );
    }

    #[test]
    fn prescan_follows_the_standard() {
        let cases: &[(&[u8], Option<&'static Encoding>)] = &[
            (b"<meta charset = \"windows-1251\" >", Some(WINDOWS_1251)),
            (b"<meta/charset=koi8-r>", Some(KOI8_R)),
            (b"<meta\tcharset='gbk'/>", Some(GBK)),
            (
                b"<meta http-equiv=content-type content=\"text/html;charset='gbk'\">",
                Some(GBK),
            ),
            (
                b"<meta content=\"text/html; charset =  koi8-r; x=y\" http-equiv=Content-Type>",
                Some(KOI8_R),
            ),
            // "charset" not followed by '=' is skipped; the next one counts.
            (
                b"<meta http-equiv=content-type content=\"charsetx; charset=gbk\">",
                Some(GBK),
            ),
            // Only the first of duplicate attributes counts.
            (b"<meta charset=koi8-r charset=windows-1251>", Some(KOI8_R)),
            // A charset attribute overrides content and needs no pragma.
            (
                b"<meta content=\"charset=gbk\" charset=\"koi8-r\">",
                Some(KOI8_R),
            ),
            // Comments are skipped, and "<!-->" is a whole comment.
            (
                b"<!-- <meta charset=koi8-r> --><meta charset=shift_jis>",
                Some(SHIFT_JIS),
            ),
            (b"<!--><meta charset=windows-1251>", Some(WINDOWS_1251)),
            // Attribute values of other tags are skipped.
            (b"<a title=\"<meta charset=koi8-r>\">x</a>", None),
            (b"<metadata charset=gbk>", None),
            (
                b"<?xml version=\"1.0\" encoding=\"gbk\"?><meta charset=koi8-r>",
                Some(KOI8_R),
            ),
            // Cut by the end of the input.
            (b"<meta charset=\"windows-1251", None),
            (b"<meta charset=windows-1251", None),
            (b"<!-- <meta charset=koi8-r>", None),
            (b"", None),
        ];
        for (input, expected) in cases {
            assert_eq!(
                prescan(input).map(Encoding::name),
                expected.map(Encoding::name),
                "{}",
                String::from_utf8_lossy(input)
            );
        }
    }

    #[test]
    fn transport_beats_meta() {
        let html = page("<meta charset=koi8-r>", RUSSIAN);
        let bytes = encoded(WINDOWS_1251, &html);
        assert_eq!(
            detected(&bytes, Some("windows-1251"), None),
            ("windows-1251", EncodingSource::Transport)
        );
        assert_eq!(decode(&bytes, Some("\"CP1251\""), None).unwrap(), html);
        // An unknown transport label leaves the meta in charge.
        assert_eq!(
            detected(&bytes, Some("no-such-charset"), None),
            ("KOI8-R", EncodingSource::Meta)
        );
    }

    #[test]
    fn iso_2022_jp_meta_is_obeyed() {
        let html = page("<meta charset=iso-2022-jp>", JAPANESE);
        let bytes = encoded(ISO_2022_JP, &html);
        assert!(bytes.is_ascii());
        assert_eq!(
            detected(&bytes, None, None),
            ("ISO-2022-JP", EncodingSource::Meta)
        );
        assert_eq!(decode(&bytes, None, None).unwrap(), html);
    }

    #[test]
    fn false_utf8_declaration_goes_to_detector() {
        let ru = url("https://example.ru/");
        let html = page("<meta charset=utf-8>", RUSSIAN);
        let bytes = encoded(WINDOWS_1251, &html);
        assert_eq!(
            detected(&bytes, None, Some(&ru)),
            ("windows-1251", EncodingSource::Detector)
        );
        assert_eq!(decode(&bytes, None, Some(&ru)).unwrap(), html);
        let plain = encoded(WINDOWS_1251, &page("", RUSSIAN));
        assert_eq!(
            detected(&plain, Some("utf-8"), Some(&ru)),
            ("windows-1251", EncodingSource::Detector)
        );
    }

    #[test]
    fn stale_legacy_declaration_on_utf8_bytes() {
        let html = page(
            "<meta charset=iso-8859-1>",
            "Les écoles sont restées fermées.",
        );
        assert_eq!(
            detected(html.as_bytes(), None, None),
            ("UTF-8", EncodingSource::Utf8Default)
        );
        assert_eq!(decode(html.as_bytes(), None, None).unwrap(), html);
        // On pure ASCII a legacy declaration is harmless and kept.
        let ascii = page("<meta charset=iso-8859-1>", "Schools closed.");
        assert_eq!(
            detected(ascii.as_bytes(), None, None),
            ("windows-1252", EncodingSource::Meta)
        );
    }

    #[test]
    fn invalid_and_truncated_utf8_become_replacement_characters() {
        let bytes =
            b"<p>Cr\xc3\xa8me br\xc3\xbbl\xc3\xa9e, d\xc3\xa9j\xc3\xa0 \xff vu</p><p>end \xe2\x82";
        assert_eq!(
            detected(bytes, None, None),
            ("UTF-8", EncodingSource::Utf8Default)
        );
        assert_eq!(
            decode(bytes, Some("utf-8"), None).unwrap(),
            "<p>Crème brûlée, déjà \u{fffd} vu</p><p>end \u{fffd}"
        );
        // Behind a BOM, even mostly broken bytes are UTF-8.
        assert_eq!(
            decode(b"\xef\xbb\xbfa\xffb\xc3", None, None).unwrap(),
            "a\u{fffd}b\u{fffd}"
        );
    }

    #[test]
    fn binary_signatures_are_refused() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut gz, page("", "Schools closed.").as_bytes()).unwrap();
        let gzip = gz.finish().unwrap();
        let cases: &[(&[u8], &str)] = &[
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", "PNG image"),
            (b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01", "JPEG image"),
            (b"GIF89a\x01\0\x01\0\x80\0\0", "GIF image"),
            (b"GIF87a\x01\0\x01\0", "GIF image"),
            (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
            (&gzip, "gzip data"),
            (b"\x28\xb5\x2f\xfd\x24\x05\x29\0\0<html>", "zstd data"),
            (b"PK\x03\x04\x14\0\0\0\x08\0", "ZIP archive"),
            (b"PK\x05\x06\0\0\0\0", "ZIP archive"),
            (b"RIFF\x24\0\0\0WEBPVP8 \x18\0\0\0", "WebP image"),
            (b"BZh91AY&SY\x0e\x09\xe2\xdf", "bzip2 data"),
            (b"\xfd7zXZ\0\0\x04\xe6\xd6\xb4\x46", "xz data"),
        ];
        for (bytes, kind) in cases {
            assert_eq!(not_html(bytes), *kind);
            assert!(detect(bytes, Some("utf-8"), None).is_err());
        }
        // Text that merely starts like a signature is not refused.
        assert!(decode(b"BZh9 is not bzip2", None, None).is_ok());
        assert!(decode(b"RIFFRAFF and other words", None, None).is_ok());
    }

    #[test]
    fn control_bytes_are_refused() {
        let mut nul = b"<html><body>".to_vec();
        nul.resize(2000, 0);
        assert_eq!(not_html(&nul), "binary data");
        // Pseudo-random bytes, as in compressed data without a signature.
        let mut state = 0x2545_f491_u32;
        let noise: Vec<u8> = (0..8192)
            .map(|_| {
                state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                (state >> 24) as u8
            })
            .collect();
        assert_eq!(not_html(&noise), "binary data");
        // A few stray controls in a real page are fine (and kept).
        let html = page(
            "",
            &format!("Schools\u{0} closed\u{b}. {}", "More text. ".repeat(50)),
        );
        assert_eq!(decode(html.as_bytes(), None, None).unwrap(), html);
    }

    #[test]
    fn empty_and_whitespace_input() {
        assert_eq!(decode(b"", None, None).unwrap(), "");
        assert_eq!(
            detected(b"", None, None),
            ("UTF-8", EncodingSource::Utf8Default)
        );
        assert_eq!(decode(b" \r\n\t ", None, None).unwrap(), " \r\n\t ");
    }

    #[test]
    fn top_level_domains_for_the_detector() {
        let tld = |s: &str| top_level_domain(Some(&url(s))).map(<[u8]>::to_vec);
        assert_eq!(tld("https://News.Example.RU./a"), Some(b"ru".to_vec()));
        assert_eq!(tld("https://пример.рф/"), Some(b"xn--p1ai".to_vec()));
        assert_eq!(tld("http://127.0.0.1/"), None);
        assert_eq!(tld("http://[::1]/"), None);
        assert_eq!(tld("foo://Example.RU/x"), None);
        // None of these make the detector panic.
        let bytes = encoded(WINDOWS_1251, &page("", RUSSIAN));
        for u in [
            "foo://Example.RU/x",
            "http://127.0.0.1/",
            "file:///tmp/a.html",
        ] {
            assert!(
                decode(&bytes, None, Some(&url(u)))
                    .unwrap()
                    .contains(RUSSIAN)
            );
        }
    }
}
