//! Text helpers shared by the stages.

use std::borrow::Cow;

/// `s.trim()`, with the ASCII whitespace at both ends (indentation between tags: most text
/// nodes of a page are nothing else) stripped bytewise first.
pub(crate) fn trim(s: &str) -> &str {
    s.trim_ascii().trim()
}

/// [`lowercase`] of `s`, borrowing `s` when it is ASCII without capitals (which lower-cases
/// to itself): most words of real pages.
pub(crate) fn lowercase_cow(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(lowercase(s))
    }
}

/// Whether `s` may contain `needle`: it holds the first byte of `needle` that is no space (a
/// cheap test before a search; a needle of spaces only may always be there).
pub(crate) fn may_contain(s: &str, needle: &str) -> bool {
    needle
        .bytes()
        .find(|&b| b != b' ')
        .is_none_or(|b| s.as_bytes().contains(&b))
}

/// `s.to_lowercase()`, in fewer instructions on the text of real pages: runs of ASCII are
/// lower-cased as bytes, and characters of scripts without case (CJK, kana, Hangul, the
/// scripts from Hebrew to Myanmar) are copied without a table lookup. The result is the same
/// string as the standard library's (the tests compare every character); text holding a
/// capital sigma, whose lower case depends on the letters around it, goes to the standard
/// library.
pub(crate) fn lowercase(s: &str) -> String {
    if s.contains('Σ') {
        return s.to_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        // The ASCII run at the front, lower-cased in place after the copy.
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        if ascii > 0 {
            let (run, tail) = rest.split_at(ascii);
            let from = out.len();
            out.push_str(run);
            if let Some(copied) = out.get_mut(from..) {
                copied.make_ascii_lowercase();
            }
            rest = tail;
        }
        // Then the characters up to the next ASCII byte.
        let mut chars = rest.char_indices();
        let mut end = rest.len();
        for (i, c) in chars.by_ref() {
            if c.is_ascii() {
                end = i;
                break;
            }
            if is_caseless(c) {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
        }
        rest = rest.get(end..).unwrap_or_default();
    }
    out
}

/// Whether `c` is in a block of scripts that have no case: lower-casing leaves it as it is
/// (the tests check every character of these ranges).
fn is_caseless(c: char) -> bool {
    matches!(c,
        // Hebrew, Arabic, Syriac, Thaana, NKo, ..., Devanagari and the Indic scripts, Thai,
        // Lao, Tibetan, Myanmar.
        '\u{0590}'..='\u{109F}'
        // CJK punctuation, kana, Bopomofo, Hangul compatibility jamo, CJK strokes, enclosed
        // CJK, CJK compatibility, CJK unified ideographs (extension A and the main block),
        // Yi.
        | '\u{3000}'..='\u{A4CF}'
        // Hangul syllables.
        | '\u{AC00}'..='\u{D7A3}')
}

/// Full stops, per script: the marks that end a statement.
const FULL_STOPS: &[char] = &[
    '.',  // Latin, Cyrillic, Greek, Georgian, Hebrew, Arabic, most scripts of India
    '。', // CJK ideographic full stop
    '．', // fullwidth full stop (Japanese technical writing)
    '｡',  // halfwidth ideographic full stop
    '।',  // danda: Devanagari, Bengali, Gurmukhi, Odia (Hindi, Marathi, Nepali, Punjabi, ...)
    '॥',  // double danda: the end of a verse or a paragraph
    '۔',  // Urdu full stop
    '።',  // Ethiopic full stop (Amharic, Tigrinya)
    '။',  // Burmese section mark, the Burmese full stop
    '។',  // Khmer khan
    '៕',  // Khmer bariyoosan, the end of a text
    '։',  // Armenian full stop
    '།',  // Tibetan shad
    '༎',  // Tibetan nyis shad
    '᠃',  // Mongolian full stop (traditional script)
    '෴',  // Sinhala kunddaliya (Sinhala writes "." today)
];

/// Marks that end a sentence which is no statement: questions, exclamations, a trailing-off
/// ellipsis, per script.
const OTHER_SENTENCE_ENDS: &[char] = &[
    '!', '?', '…', // Latin and most scripts
    '！', '？', // fullwidth, CJK
    '؟',  // Arabic question mark (Arabic, Persian, Urdu, Pashto, Uyghur)
    '፧',  // Ethiopic question mark
    '‼', '⁇', '⁈', '⁉', // doubled marks
];

/// Closing quotes and brackets that may follow a sentence's last mark.
const CLOSERS: &[char] = &[
    '"', '\'', ')', ']', '*', // ASCII quotes, brackets, a closing emphasis mark
    '”', '’', '»', // English and French closing quotes
    '“', '‘', '«', '›', // German closing quotes („…“, ‚…‘, »…«, ›…‹)
    '」', '』', '）', // CJK closing quotes and bracket
];

/// Whether `c` is a full stop of some script ([`FULL_STOPS`]).
pub(crate) fn is_full_stop(c: char) -> bool {
    FULL_STOPS.contains(&c)
}

/// Whether `c` ends a sentence in some script: a full stop, a question or exclamation mark, an
/// ellipsis.
pub(crate) fn is_sentence_end(c: char) -> bool {
    is_full_stop(c) || OTHER_SENTENCE_ENDS.contains(&c)
}

/// `text` without trailing whitespace and the quotes and brackets that may close a sentence.
pub(crate) fn trim_closers(text: &str) -> &str {
    text.trim_end_matches(|c: char| c.is_whitespace() || CLOSERS.contains(&c))
}

/// Whether `c` is a letter of a script that writes no sentence punctuation at all: Thai and
/// Lao end a sentence with a space or the end of the paragraph, so a text ending in their
/// letters gives no evidence either way.
pub(crate) fn is_unpunctuated_script(c: char) -> bool {
    matches!(c, '\u{0E01}'..='\u{0E4E}' | '\u{0E81}'..='\u{0EDF}') && !c.is_numeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_is_str_trim() {
        for s in [
            "",
            " ",
            "\u{b} a \u{b}",
            "\n\t x y \r\n",
            "\u{a0} x\u{3000}",
            " \u{85}\u{a0}\t",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn full_stops_of_many_scripts_end_sentences() {
        for text in [
            "The plan was approved.",
            "परियोजना दो साल में पूरी होगी।",
            "ਟੀਚਾ ਮਿੱਥਿਆ ਗਿਆ ਹੈ।",
            "یہ منصوبہ دو سال میں مکمل ہوگا۔",
            "ፕሮጀክቱ በሁለት ዓመት ይጠናቀቃል።",
            "စီမံကိန်း ပြီးစီးမည်။",
            "គម្រោងនឹងបញ្ចប់។",
            "Նախագիծը կավարտվի երկու տարում։",
            "项目将在两年内完成。",
        ] {
            let last = trim_closers(text).chars().next_back();
            assert!(last.is_some_and(is_full_stop), "{text}");
        }
        for c in ['؟', '?', '！', '፧', '…'] {
            assert!(is_sentence_end(c) && !is_full_stop(c), "{c}");
        }
        for c in [',', ':', '،', 'a', '1', '၊'] {
            assert!(!is_sentence_end(c), "{c}");
        }
        assert_eq!(trim_closers("»Ja.« ”Yes.” (1)"), "»Ja.« ”Yes.” (1");
        assert_eq!(trim_closers("”Yes.”) "), "”Yes.");
    }

    #[test]
    fn thai_and_lao_letters_are_unpunctuated() {
        assert!("โครงการจะแล้วเสร็จ".chars().all(is_unpunctuated_script));
        assert!("ໂຄງການຈະສຳເລັດ".chars().all(is_unpunctuated_script));
        assert!(!is_unpunctuated_script('๑') && !is_unpunctuated_script('a'));
    }

    #[test]
    fn caseless_ranges_lower_case_to_themselves() {
        for c in (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|&c| is_caseless(c))
        {
            assert_eq!(c.to_lowercase().collect::<String>(), c.to_string(), "{c:?}");
        }
    }

    #[test]
    fn every_character_lower_cases_as_the_standard_library_does() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let text = format!("A{c}b{c}{c}Ä");
            assert_eq!(lowercase(&text), text.to_lowercase(), "{c:?}");
        }
    }

    #[test]
    fn mixed_text_lower_cases_as_the_standard_library_does() {
        for text in [
            "",
            "Hello World",
            "İLGİLİ HABER: Straße ÜBER Ärger",
            "ΟΔΥΣΣΕΥΣ ΚΑΙ ΣΕ",
            "新华社北京11月24日电 ABC 记者",
            "서울=연합뉴스 KIM 기자",
            "Ⅷ ǅ ẞ Ω K Å",
            "مرحبا WORLD שלום",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
    }
}
