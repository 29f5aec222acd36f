//! Small string helpers shared by the metadata readers: entity decoding for JSON strings,
//! whitespace and length caps, and the folded form used to compare titles and names.

use std::borrow::Cow;

use crate::dom::collapse_whitespace;

/// Longest `Provenance::raw` kept, in characters.
pub(crate) const RAW_CHARS: usize = 200;

/// Named HTML entities that JSON strings on real pages still carry (the CMS escaped the text for
/// HTML before writing it into JSON). Attribute values never need this: html5ever decodes them.
const NAMED_ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("quot", '"'),
    ("apos", '\''),
    ("lt", '<'),
    ("gt", '>'),
    ("nbsp", '\u{a0}'),
    // Typographic punctuation of headlines and bylines.
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("middot", '·'),
    ("bull", '•'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    // Accented letters of the European languages, as older CMSs escape them.
    ("aacute", 'á'),
    ("agrave", 'à'),
    ("acirc", 'â'),
    ("auml", 'ä'),
    ("atilde", 'ã'),
    ("ccedil", 'ç'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("ecirc", 'ê'),
    ("euml", 'ë'),
    ("iacute", 'í'),
    ("icirc", 'î'),
    ("iuml", 'ï'),
    ("ntilde", 'ñ'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("ouml", 'ö'),
    ("otilde", 'õ'),
    ("uacute", 'ú'),
    ("ugrave", 'ù'),
    ("ucirc", 'û'),
    ("uuml", 'ü'),
    ("szlig", 'ß'),
    ("Eacute", 'É'),
    ("Agrave", 'À'),
    ("Auml", 'Ä'),
    ("Ouml", 'Ö'),
    ("Uuml", 'Ü'),
];

/// Decode the HTML character references in a string read from JSON: the named ones above and
/// every numeric one (`&#39;`, `&#x27;`). Unknown references are left as they are. One pass, so
/// `&amp;quot;` becomes `&quot;`, not `"`.
pub(crate) fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        let after = rest.get(amp + 1..).unwrap_or("");
        match decode_reference(after) {
            Some((c, used)) => {
                out.push(c);
                rest = after.get(used..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Decode the reference at the start of `s` (just after the `&`): the character and the number
/// of bytes it used, `;` included.
fn decode_reference(s: &str) -> Option<(char, usize)> {
    // The longest reference we know is 8 bytes before its ';'.
    let semi = s.get(..s.len().min(10))?.find(';')?;
    let name = s.get(..semi)?;
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        char::from_u32(code).filter(|c| *c != '\0')?
    } else {
        NAMED_ENTITIES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| *c)?
    };
    Some((c, semi + 1))
}

/// Characters that shape text without being seen (soft hyphens, zero-width spaces, the word
/// joiner, the byte order mark): CMSs put them in headlines for hyphenation.
///
/// The zero-width non-joiner and joiner (U+200C, U+200D) are not among them: Persian and the
/// Indic scripts spell words with them ("سهمیه‌بندی"), and emoji sequences are joined by them.
const INVISIBLE: &[char] = &['\u{ad}', '\u{200b}', '\u{2060}', '\u{feff}'];

/// Whether `s` holds one of the [`INVISIBLE`] characters: each starts with one of the bytes
/// `C2`, `E2`, `EF` (never inside another character), found by `memchr`; only the characters
/// there are decoded.
fn has_invisible(s: &str) -> bool {
    memchr::memchr3_iter(0xC2, 0xE2, 0xEF, s.as_bytes()).any(|i| {
        s.get(i..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| INVISIBLE.contains(&c))
    })
}

/// `s` with whitespace collapsed and invisible characters removed.
pub(crate) fn visible(s: &str) -> String {
    if has_invisible(s) {
        collapse_whitespace(&s.replace(INVISIBLE, ""))
    } else {
        collapse_whitespace(s)
    }
}

/// A value fit for a metadata field: entity-free text with whitespace collapsed, non-empty and at
/// most `max_chars` characters (longer values are not what they claim to be).
pub(crate) fn field(s: &str, max_chars: usize) -> Option<String> {
    let s = visible(s);
    if s.is_empty() || s.chars().count() > max_chars {
        return None;
    }
    Some(s)
}

/// [`field`] for a string read from JSON, decoding its character references first.
pub(crate) fn json_field(s: &str, max_chars: usize) -> Option<String> {
    field(&decode_entities(s), max_chars)
}

/// The raw value for a [`Provenance`](crate::Provenance), capped at [`RAW_CHARS`].
pub(crate) fn raw(s: &str) -> String {
    let s = s.trim();
    match s.char_indices().nth(RAW_CHARS) {
        Some((cut, _)) => s.get(..cut).unwrap_or(s).to_string(),
        None => s.to_string(),
    }
}

/// The comparison form of a title or name: lower case letters and digits only.
pub(crate) fn fold(s: &str) -> String {
    if s.is_ascii() {
        // ASCII letters and digits are its alphanumeric characters, and ASCII lower-cases
        // byte for byte.
        let bytes: Vec<u8> = s
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| b.to_ascii_lowercase())
            .collect();
        return String::from_utf8(bytes).unwrap_or_default();
    }
    // Room for the common case (lower case takes as many bytes); ASCII characters are judged
    // and lower-cased without the Unicode tables.
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`] of `s` appended to `out`. Folding goes character by character, so the fold of a
/// text is the folds of its parts one after the other.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
}

/// Latin letters with diacritics and the plain letter each is written with in host names
/// ("Aktuálně" on aktualne.cz, "Libération" on liberation.fr), lower case.
const ACCENTED: &[(&str, char)] = &[
    ("àáâãäåāăą", 'a'),
    ("çćĉċč", 'c'),
    ("ďđ", 'd'),
    ("èéêëēĕėęě", 'e'),
    ("ĝğġģ", 'g'),
    ("ĥħ", 'h'),
    ("ìíîïĩīĭįı", 'i'),
    ("ĵ", 'j'),
    ("ķ", 'k'),
    ("ĺļľŀł", 'l'),
    ("ñńņňŉ", 'n'),
    ("òóôõöøōŏő", 'o'),
    ("ŕŗř", 'r'),
    ("śŝşšș", 's'),
    ("ţťŧț", 't'),
    ("ùúûüũūŭůűų", 'u'),
    ("ŵ", 'w'),
    ("ýÿŷ", 'y'),
    ("źżž", 'z'),
];

/// A folded (lower-case) string with the diacritics of Latin letters removed, as host names
/// write them ("aktuálně" gives "aktualne"); other characters stay.
pub(crate) fn unaccented(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| {
                ACCENTED
                    .iter()
                    .find(|(set, _)| set.contains(c))
                    .map_or(c, |(_, plain)| *plain)
            })
            .collect(),
    )
}

/// Whether a value is a URL rather than a name (`article:author` often holds a profile URL).
pub(crate) fn looks_like_url(s: &str) -> bool {
    let s = s.trim_start();
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("//")
        || lower.starts_with("www.")
        || (s.starts_with('/') && !s.contains(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decode_once() {
        assert_eq!(
            decode_entities("Tom &amp; Jerry&#39;s &quot;caf&eacute;&quot; &#x27;x&#x27;"),
            "Tom & Jerry's \"café\" 'x'"
        );
        assert_eq!(decode_entities("&amp;quot;"), "&quot;");
        assert_eq!(
            decode_entities("AT&T & co &unknown;"),
            "AT&T & co &unknown;"
        );
        assert_eq!(decode_entities("a&#0;b"), "a&#0;b");
    }

    #[test]
    fn fields_are_collapsed_and_capped() {
        assert_eq!(field("  a \n b ", 10).as_deref(), Some("a b"));
        assert_eq!(field("   ", 10), None);
        assert_eq!(field("abcdef", 5), None);
        assert_eq!(raw(&"x".repeat(300)).len(), RAW_CHARS);
    }

    #[test]
    fn diacritics_are_removed_as_hosts_write_names() {
        assert_eq!(unaccented("aktuálněcz"), "aktualnecz");
        assert_eq!(unaccented("libération"), "liberation");
        assert_eq!(unaccented("łódź"), "lodz");
        // Other scripts stay.
        assert_eq!(unaccented("новости"), "новости");
    }

    #[test]
    fn urls_are_told_from_names() {
        assert!(looks_like_url("https://www.facebook.com/jane"));
        assert!(looks_like_url("/author/jane-doe"));
        assert!(!looks_like_url("Jane Doe"));
        assert_eq!(fold("Rain, due — Today!"), "raindueToday".to_lowercase());
    }

    #[test]
    fn fast_paths_match_their_definitions() {
        let by_chars = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        let cases = [
            "",
            "Rain, due Today!",
            "A-1 b_2 C\t3\u{b}",
            "Zürich İstanbul ΣΟΦΙΑ",
            "soft\u{ad}hyphen zero\u{200b}width joiner\u{2060}bom\u{feff}",
            "“quoted” — dash \u{a0}nbsp ©",
            "\u{ad}",
            "x\u{feff}",
        ];
        for case in cases {
            assert_eq!(fold(case), by_chars(case), "{case:?}");
            assert_eq!(has_invisible(case), case.contains(INVISIBLE), "{case:?}");
        }
        assert_eq!(visible(" a\u{ad}b \u{200b} c "), "ab c");
    }
}
