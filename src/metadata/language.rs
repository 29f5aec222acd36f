//! The page's language: normalising the tags markup states (`<html lang>`, `og:locale`,
//! `Content-Language`, JSON-LD `inLanguage`) and detecting it from the body text when the markup
//! is silent.

use whatlang::Lang;

/// Tags that name no language (BCP 47 special codes), which a page's markup sometimes carries.
const NOT_A_LANGUAGE: &[&str] = &[
    "und", // undetermined
    "mul", // multiple languages
    "zxx", // no linguistic content
    "mis", // uncoded
    "xx",  // placeholder some CMS templates emit
];

/// Withdrawn ISO 639-1 codes still seen in the wild, mapped to their current code.
const RENAMED: &[(&str, &str)] = &[("iw", "he"), ("in", "id"), ("ji", "yi"), ("jw", "jv")];

/// Three-letter (ISO 639-2/3) codes of the common languages, mapped to their two-letter code,
/// for pages that write `lang="eng"` or `lang="fra"`.
const THREE_TO_TWO: &[(&str, &str)] = &[
    ("eng", "en"),
    ("fra", "fr"),
    ("fre", "fr"),
    ("deu", "de"),
    ("ger", "de"),
    ("spa", "es"),
    ("por", "pt"),
    ("ita", "it"),
    ("nld", "nl"),
    ("dut", "nl"),
    ("pol", "pl"),
    ("rus", "ru"),
    ("ukr", "uk"),
    ("ces", "cs"),
    ("cze", "cs"),
    ("swe", "sv"),
    ("dan", "da"),
    ("nor", "no"),
    ("nob", "nb"),
    ("fin", "fi"),
    ("tur", "tr"),
    ("ara", "ar"),
    ("heb", "he"),
    ("zho", "zh"),
    ("chi", "zh"),
    ("cmn", "zh"),
    ("jpn", "ja"),
    ("kor", "ko"),
    ("hin", "hi"),
    ("ell", "el"),
    ("gre", "el"),
    ("hun", "hu"),
    ("ron", "ro"),
    ("rum", "ro"),
    ("som", "so"),
];

/// The primary language subtag of a language tag, lower case: `"en-US"` -> `"en"`,
/// `"pt_BR"` -> `"pt"`, `"fra"` -> `"fr"`. `None` for values that are not a language tag
/// (`"und"`, `"{{lang}}"`, `"English"`).
pub(crate) fn primary_subtag(tag: &str) -> Option<String> {
    let tag = tag.trim();
    let primary = tag.split(['-', '_']).next().unwrap_or("").trim();
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    // The rest of the tag must look like subtags too ("en-US", "zh-Hant-TW"), not prose.
    let rest_ok = tag
        .split(['-', '_'])
        .skip(1)
        .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    if !rest_ok {
        return None;
    }
    let lower = primary.to_ascii_lowercase();
    if NOT_A_LANGUAGE.contains(&lower.as_str()) {
        return None;
    }
    if let Some((_, to)) = RENAMED.iter().find(|(from, _)| *from == lower) {
        return Some((*to).to_string());
    }
    // A three-letter code with a two-letter equivalent takes it; one without ("ckb", Central
    // Kurdish; "fil", "yue", "ceb") is the language's only code and is kept.
    if lower.len() == 3
        && let Some((_, to)) = THREE_TO_TWO.iter().find(|(from, _)| *from == lower)
    {
        return Some((*to).to_string());
    }
    Some(lower)
}

/// Fewest letters of text worth running the detector on: below this its guesses are noise.
const MIN_LETTERS: usize = 40;

/// Most bytes of text handed to the detector; its answer settles well before this.
const MAX_SAMPLE_BYTES: usize = 4096;

/// Least confidence (0 to 1) at which a detection is returned.
const MIN_CONFIDENCE: f64 = 0.5;

/// The language of `text` as an ISO 639-1 code, when the detector is sure of it.
///
/// Meant for the body text of pages whose markup states no language. Returns `None` for short
/// text and for unreliable or low-confidence detections.
pub(crate) fn detect_language(text: &str) -> Option<String> {
    let sample = prefix_at_char_boundary(text, MAX_SAMPLE_BYTES);
    if sample.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
        return None;
    }
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() || info.confidence() < MIN_CONFIDENCE {
        return None;
    }
    Some(iso_639_1(info.lang()).to_string())
}

/// Fewest letters of body text on which a detection may overrule the markup.
const MIN_OVERRULING_LETTERS: usize = 250;

/// Least confidence at which a detection overrules the markup.
const MIN_OVERRULING_CONFIDENCE: f64 = 0.9;

/// Bytes of body text the overruling detection reads.
const OVERRULING_SAMPLE_BYTES: usize = 1500;

/// The commonest English words: text where they are frequent is English, and the detector
/// (a few hundred microseconds) need not run to say so.
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "it", "as", "are",
];

/// Least share of words, in percent, that are [`ENGLISH_FUNCTION_WORDS`] in English text
/// (about a quarter in running prose).
const MIN_ENGLISH_FUNCTION_PERCENT: usize = 10;

/// Whether `text` is plainly English by its function words.
fn reads_as_english(text: &str) -> bool {
    let (mut words, mut function) = (0usize, 0usize);
    for w in text.split_whitespace() {
        words += 1;
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if ENGLISH_FUNCTION_WORDS
            .iter()
            .any(|f| w.eq_ignore_ascii_case(f))
        {
            function += 1;
        }
    }
    words > 0 && function * 100 >= words * MIN_ENGLISH_FUNCTION_PERCENT
}

/// Whether a primary language subtag (as [`primary_subtag`] gives it: `en` for `en-US` or
/// `en-GB`) is the English that site templates state by default, whatever the language the page
/// is written in.
pub(crate) fn is_template_default(code: &str) -> bool {
    code == "en"
}

/// The language of `text` when the detector is sure enough of it to overrule a template's
/// default `lang="en"`: a reliable detection of another language, with high confidence, on a
/// few paragraphs.
pub(crate) fn overruling_language(text: &str) -> Option<String> {
    let sample = prefix_at_char_boundary(text, OVERRULING_SAMPLE_BYTES);
    if sample.chars().filter(|c| c.is_alphabetic()).count() < MIN_OVERRULING_LETTERS
        || reads_as_english(sample)
    {
        return None;
    }
    let info = whatlang::detect(sample)?;
    let code = iso_639_1(info.lang());
    // Latin is the placeholder text of unfinished templates ("Lorem ipsum"), not a page's
    // language.
    (info.is_reliable()
        && info.confidence() >= MIN_OVERRULING_CONFIDENCE
        && !matches!(code, "en" | "la"))
    .then(|| code.to_string())
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
fn prefix_at_char_boundary(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while end > 0 && !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// The two-letter code of each language whatlang knows (it names them by ISO 639-3).
fn iso_639_1(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_default_gives_way_to_a_clear_detection() {
        let german = "Das Wendland ist eine schöne, aber sehr ländliche Region in einem östlichen \
            Zipfel von Niedersachsen, etwa eine Zugstunde von Hamburg entfernt. Ich bin von Berlin \
            mit dem Zug durch Brandenburg nach Salzwedel gefahren und habe mich dort abholen \
            lassen, weil am Wochenende kaum noch Busse fahren und die Dörfer weit auseinander \
            liegen.";
        assert_eq!(overruling_language(german).as_deref(), Some("de"));
        let english = "The river burst its banks overnight and schools across the region stayed \
            shut on Tuesday while engineers checked the buildings. The ministry said classes \
            would resume once every building had been inspected and declared safe for pupils \
            and staff, which could take until the end of the week.";
        assert_eq!(overruling_language(english), None);
        let lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod \
            tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis \
            nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis \
            aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat.";
        assert_eq!(overruling_language(lorem), None);
        // Too little text to overrule anything.
        assert_eq!(overruling_language("Guten Tag und willkommen"), None);
        assert!(is_template_default("en") && !is_template_default("de"));
    }

    #[test]
    fn region_and_script_subtags_are_dropped() {
        assert_eq!(primary_subtag("en-GB").as_deref(), Some("en"));
        assert_eq!(primary_subtag("pt_BR").as_deref(), Some("pt"));
        assert_eq!(primary_subtag(" DE ").as_deref(), Some("de"));
        assert_eq!(primary_subtag("zh-Hant-TW").as_deref(), Some("zh"));
        assert_eq!(primary_subtag("fra").as_deref(), Some("fr"));
        assert_eq!(primary_subtag("iw").as_deref(), Some("he"));
        // A language with a three-letter code only keeps it.
        assert_eq!(primary_subtag("ckb").as_deref(), Some("ckb"));
        assert_eq!(primary_subtag("fil-PH").as_deref(), Some("fil"));
    }

    #[test]
    fn junk_is_not_a_language() {
        for junk in [
            "",
            "und",
            "English",
            "{{lang}}",
            "e",
            "en-US-x-very-long-thing!",
            "12",
        ] {
            assert_eq!(primary_subtag(junk), None, "{junk}");
        }
    }

    #[test]
    fn detects_confident_languages_only() {
        let fr = "Le gouvernement a annoncé mardi une série de mesures pour soutenir les \
                  agriculteurs touchés par la sécheresse, qui dure depuis le début de l'été \
                  dans plusieurs régions du sud du pays.";
        assert_eq!(detect_language(fr).as_deref(), Some("fr"));
        let de = "Die Regierung hat am Dienstag neue Maßnahmen angekündigt, mit denen die \
                  Landwirte unterstützt werden sollen, die unter der anhaltenden Dürre leiden.";
        assert_eq!(detect_language(de).as_deref(), Some("de"));
        assert_eq!(detect_language("Breaking news"), None);
    }
}
