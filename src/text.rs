//! Text helpers shared by the stages.

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

#[cfg(test)]
mod tests {
    use super::*;

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
