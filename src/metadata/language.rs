//! The page's language: normalising the tags markup states (`<html lang>`, `og:locale`,
//! `Content-Language`, JSON-LD `inLanguage`) and detecting it from the body text when the markup
//! is silent.

use std::borrow::Cow;
use std::ops::ControlFlow;

use whatlang::Lang;

/// Tags that name no language (BCP 47 special codes), which a page's markup sometimes carries.
const NOT_A_LANGUAGE: &[&str] = &[
    "und", // undetermined
    "mul", // multiple languages
    "zxx", // no linguistic content
    "mis", // uncoded
    "xx",  // placeholder some CMS templates emit
];

/// The ISO 639-1 codes (with the withdrawn "in", "iw", "ji", "jw", "mo" that [`RENAMED`] maps,
/// and the deprecated "sh", Serbo-Croatian, that [`primary_subtag`] reads by its script): a
/// two-letter tag outside them ("zz", "xx", a country code as "uk"'s neighbour "gb") names no
/// language.
#[rustfmt::skip]
const ISO_639_1: &[&str] = &[
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg",
    "bh", "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv",
    "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi",
    "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr",
    "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "in", "io", "is", "it", "iu",
    "iw", "ja", "ji", "jv", "jw", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr",
    "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg",
    "mh", "mi", "mk", "ml", "mn", "mo", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl",
    "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt",
    "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "sh", "si", "sk", "sl", "sm",
    "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk",
    "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo",
    "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
];

/// Withdrawn ISO 639-1 codes still seen in the wild, mapped to their current code.
/// ("mo", Moldavian, is written Romanian.)
const RENAMED: &[(&str, &str)] = &[
    ("iw", "he"),
    ("in", "id"),
    ("ji", "yi"),
    ("jw", "jv"),
    ("mo", "ro"),
];

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
    if NOT_A_LANGUAGE.contains(&lower.as_str())
        || (lower.len() == 2 && !ISO_639_1.contains(&lower.as_str()))
    {
        return None;
    }
    // Serbo-Croatian in Cyrillic is Serbian (Croatian and Bosnian are written in Latin); in
    // Latin it may be any of the three and stays "sh".
    if lower == "sh"
        && tag
            .split(['-', '_'])
            .skip(1)
            .any(|s| s.eq_ignore_ascii_case("cyrl"))
    {
        return Some("sr".to_string());
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
pub(crate) const MAX_SAMPLE_BYTES: usize = 4096;

/// Least confidence (0 to 1) at which a detection is returned.
const MIN_CONFIDENCE: f64 = 0.5;

/// The language of `text` as an ISO 639-1 code, when the detector is sure of it.
///
/// Meant for the body text of pages whose markup states no language. Returns `None` for short
/// text and for unreliable or low-confidence detections, unless the letters or words of a
/// language the detector confuses with a neighbour settle it ([`close_pair`]).
pub(crate) fn detect_language(text: &str) -> Option<String> {
    let sample = prefix_at_char_boundary(text, MAX_SAMPLE_BYTES);
    // (Counted no further than the threshold.)
    let enough_letters = sample
        .chars()
        .filter(|c| c.is_alphabetic())
        .nth(MIN_LETTERS - 1)
        .is_some();
    if !enough_letters {
        return None;
    }
    if count_letters(sample)
        .main
        .is_some_and(|(s, _)| s == Script::Latin)
        && let Some(code) = unknown_to_detector(sample)
    {
        return Some(code.to_string());
    }
    let info = whatlang::detect(sample)?;
    let code = iso_639_1(info.lang());
    if let Some(settled) = close_pair(code, sample) {
        return Some(settled.to_string());
    }
    if !info.is_reliable() || info.confidence() < MIN_CONFIDENCE {
        return None;
    }
    Some(code.to_string())
}

/// Fewest letters of body text on which a detection may overrule the markup.
const MIN_OVERRULING_LETTERS: usize = 250;

/// Fewest letters of body text on which the absence of a language's hallmark letters
/// ([`HALLMARKS`]) says the text is not in that language.
const MIN_HALLMARK_LETTERS: usize = 400;

/// Least confidence at which a detection overrules the markup.
const MIN_OVERRULING_CONFIDENCE: f64 = 0.9;

/// Bytes of body text the overruling detection reads.
const OVERRULING_SAMPLE_BYTES: usize = 1500;

/// Fewest letters of a line of body text that counts as prose for the overruling sample:
/// shorter lines (scores, captions, list items, a label) say little about the language.
const MIN_PROSE_LINE_LETTERS: usize = 40;

/// Least share of a script's letters, in per mille, that must be foreign to the declared
/// language (letters its alphabet lacks) before the body overrules it: names and quoted words
/// from other languages stay well below.
const MIN_FOREIGN_PER_MILLE: usize = 5;

/// Fewest foreign letters that count, whatever the share.
const MIN_FOREIGN_LETTERS: usize = 4;

/// Most foreign letters per mille the detected language may itself show to be accepted in place
/// of the declared one: its alphabet must fit the text.
const MAX_FITTING_FOREIGN_PER_MILLE: usize = 2;

/// Least share, in percent, of a script's letters in all the letters of the sample for that
/// script to be the text's.
const MIN_SCRIPT_PERCENT: usize = 80;

/// The commonest English words: text where they are frequent is English, and the detector
/// (a few hundred microseconds) need not run to say so.
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "it", "as", "are",
];

/// Least share of words, in percent, that are [`ENGLISH_FUNCTION_WORDS`] in English text
/// (about a quarter in running prose).
const MIN_ENGLISH_FUNCTION_PERCENT: usize = 10;

/// The commonest short words of the languages whose sites most often carry English text under
/// their own `lang` (an English post or policy page on a German or French blog). Where they are
/// rarer than [`MAX_DECLARED_FUNCTION_PERCENT`] in text that reads as English, the text is not in
/// the declared language; where they are more frequent (a German intro before an English quote),
/// the markup stands.
#[rustfmt::skip]
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    ("de", &["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "auf", "für", "von", "sich", "den", "dem", "auch", "es", "zu"]),
    ("fr", &["le", "la", "les", "des", "et", "est", "une", "un", "du", "dans", "pour", "pas", "qui", "que", "sur", "au", "avec"]),
    ("es", &["el", "la", "los", "las", "y", "que", "del", "en", "un", "una", "por", "para", "con", "se", "es", "su"]),
    ("pt", &["o", "os", "as", "e", "que", "do", "da", "dos", "das", "em", "um", "uma", "para", "com", "não", "no", "na"]),
    ("it", &["il", "la", "le", "di", "e", "che", "della", "del", "un", "una", "per", "con", "non", "è", "sono", "gli"]),
    ("nl", &["de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "met", "voor", "zijn", "ook"]),
    ("pl", &["i", "w", "na", "nie", "się", "jest", "że", "z", "do", "to", "jak", "od", "po"]),
    ("sv", &["och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "inte"]),
    ("da", &["og", "at", "det", "som", "en", "på", "er", "af", "for", "med", "til", "den", "ikke"]),
    ("no", &["og", "at", "det", "som", "en", "på", "er", "av", "for", "med", "til", "den", "ikke"]),
    ("nb", &["og", "at", "det", "som", "en", "på", "er", "av", "for", "med", "til", "den", "ikke"]),
    ("fi", &["ja", "on", "ei", "että", "se", "oli", "mutta", "kun", "niin", "myös"]),
    ("cs", &["a", "se", "na", "je", "že", "v", "do", "to", "ve", "s", "z", "jako", "které"]),
    ("tr", &["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha"]),
    ("id", &["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "akan", "pada"]),
    ("ro", &["și", "în", "de", "la", "cu", "este", "că", "nu", "pe", "o", "un", "care"]),
    ("hu", &["a", "az", "és", "hogy", "nem", "is", "egy", "meg", "van", "csak"]),
];

/// Least share of words, in percent, that are [`ENGLISH_FUNCTION_WORDS`] in text taken to be
/// English against another language's markup: running prose has about a quarter, while lists of
/// error messages or code ("Strict Standards: Non-static method ... in /www/... on line 813")
/// that a broken page shows above its article have half as many.
const MIN_ENGLISH_INSTEAD_PERCENT: usize = 15;

/// Most share of words, in percent, of the declared language's [`FUNCTION_WORDS`] in text
/// that is taken to be English instead.
const MAX_DECLARED_FUNCTION_PERCENT: usize = 1;

/// The writing systems the overruling rules tell apart (by Unicode block).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    /// Latin letters.
    Latin,
    /// Cyrillic.
    Cyrillic,
    /// Arabic and its extensions (Persian, Urdu, Pashto, Kurdish...).
    Arabic,
    /// Hebrew (and Yiddish).
    Hebrew,
    /// Greek.
    Greek,
    /// Devanagari (Hindi, Marathi, Nepali).
    Devanagari,
    /// Bengali-Assamese.
    Bengali,
    /// Han ideographs and Japanese kana, counted together (Chinese and Japanese share the Han).
    Cjk,
    /// Hangul.
    Hangul,
    /// Thai.
    Thai,
    /// Georgian.
    Georgian,
    /// Armenian.
    Armenian,
    /// Tamil.
    Tamil,
    /// Any other script's letters (Ethiopic, Telugu, Khmer, Myanmar...): text in them is not
    /// in a language written in one of the scripts above.
    Other,
}

/// The script of a letter (`None` for what is not a letter).
fn script_of(c: char) -> Option<Script> {
    let s = match u32::from(c) {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x400..=0x52F => Script::Cyrillic,
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x590..=0x5FF => Script::Hebrew,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x900..=0x97F => Script::Devanagari,
        0x980..=0x9FF => Script::Bengali,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF => Script::Cjk,
        0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => Script::Hangul,
        0xE00..=0xE7F => Script::Thai,
        0x10A0..=0x10FF => Script::Georgian,
        0x530..=0x58F => Script::Armenian,
        0xB80..=0xBFF => Script::Tamil,
        _ => Script::Other,
    };
    c.is_alphabetic().then_some(s)
}

/// Languages written in one script only, with it (languages written in two, as Serbian,
/// Uzbek, Azerbaijani, Kazakh, Kurdish or Punjabi, are left out: their markup is never
/// contradicted by the script alone). A language missing here and from [`ALPHABETS`] is
/// taken to be written in Latin letters only when listed in [`LATIN_ONLY`].
#[rustfmt::skip]
const SCRIPTS: &[(&str, Script)] = &[
    ("ru", Script::Cyrillic), ("uk", Script::Cyrillic), ("bg", Script::Cyrillic),
    ("mk", Script::Cyrillic), ("be", Script::Cyrillic), ("ky", Script::Cyrillic),
    ("mn", Script::Cyrillic), ("tg", Script::Cyrillic), ("tt", Script::Cyrillic),
    ("ba", Script::Cyrillic),
    ("ar", Script::Arabic), ("fa", Script::Arabic), ("ur", Script::Arabic), ("ps", Script::Arabic),
    ("ckb", Script::Arabic), ("sd", Script::Arabic), ("ug", Script::Arabic),
    ("he", Script::Hebrew), ("yi", Script::Hebrew), ("el", Script::Greek),
    ("hi", Script::Devanagari), ("mr", Script::Devanagari), ("ne", Script::Devanagari),
    ("bn", Script::Bengali), ("as", Script::Bengali), ("zh", Script::Cjk), ("ja", Script::Cjk),
    ("ko", Script::Hangul), ("th", Script::Thai), ("ka", Script::Georgian),
    ("hy", Script::Armenian), ("ta", Script::Tamil),
];

/// Languages written in Latin letters only.
#[rustfmt::skip]
const LATIN_ONLY: &[&str] = &[
    "en", "de", "fr", "es", "pt", "it", "nl", "pl", "cs", "sk", "sl", "hr", "bs", "ro", "hu",
    "tr", "sv", "da", "no", "nb", "nn", "fi", "et", "lv", "lt", "is", "ga", "cy", "eu", "ca",
    "gl", "sq", "mt", "id", "ms", "tl", "fil", "sw", "ha", "yo", "ig", "so", "vi", "af", "lb",
];

/// Letters each language writes beyond its script's plain base (ASCII for Latin): for Latin
/// languages their letters with diacritics, for Cyrillic ones their whole alphabet. A letter
/// of the same script outside this set is foreign to the language. Languages of the other
/// scripts are not checked letter by letter.
#[rustfmt::skip]
const ALPHABETS: &[(&str, &str)] = &[
    ("en", ""),
    ("de", "äöüß"),
    ("fr", "àâæçéèêëîïôœùûüÿ"),
    ("es", "áéíóúüñ"),
    ("pt", "áâãàçéêíóôõúü"),
    ("it", "àèéìíîòóùú"),
    ("nl", "éëïóèüöáà"),
    ("ca", "àçéèíïóòúü"),
    ("gl", "áéíóúñü"),
    ("pl", "ąćęłńóśźż"),
    ("cs", "áčďéěíňóřšťúůýž"),
    ("sk", "áäčďéíĺľňóôŕšťúýž"),
    ("sl", "čšžćđ"),
    ("hr", "čćđšž"),
    ("bs", "čćđšž"),
    ("ro", "ăâîșşțţ"),
    ("hu", "áéíóöőúüű"),
    ("tr", "çğıöşüâîû"),
    ("sv", "åäöé"),
    ("da", "æøåé"),
    ("no", "æøåéóò"),
    ("nb", "æøåéóò"),
    ("fi", "äöå"),
    ("et", "äõöüšž"),
    ("id", "é"),
    ("ms", "é"),
    ("ru", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
    ("uk", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"),
    ("be", "абвгдеёжзійклмнопрстуўфхцчшыьэюя"),
    ("bg", "абвгдежзийклмнопрстуфхцчшщъьюя"),
    ("mk", "абвгдѓежзѕијклљмнњопрстќуфхцчџш"),
    // Arabic and Persian: the letters, hamza forms, tatweel and the vowel marks; Persian has
    // پ چ ژ گ and its own ک and ی where Arabic writes ك and ي.
    ("ar", "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيـًٌٍَُِّْٰ"),
    ("fa", "ءآأؤإئابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیةيكـًٌٍَُِّْٰ"),
];

/// Frequent letters a language cannot do without, within its script (about one letter in a
/// hundred or more in running text): a few paragraphs without any of them are not in that
/// language.
#[rustfmt::skip]
const HALLMARKS: &[(&str, &str)] = &[
    ("ru", "ыэ"), ("uk", "іїє"), ("be", "ўі"), ("bg", "ъ"), ("mk", "јѓќѕљњ"),
    ("de", "äöüß"), ("fr", "éèàçêù"), ("es", "áéíóúñ"), ("pt", "ãõçáéêó"), ("pl", "ąęłśżźćń"),
    ("cs", "ěřů"), ("tr", "ıışğç"), ("ro", "ăîâșşțţ"), ("hu", "őűöüáé"), ("sv", "åäö"),
    ("da", "æøå"), ("no", "æøå"), ("nb", "æøå"),
];

/// Whether `text` is plainly English by its function words.
fn reads_as_english(text: &str) -> bool {
    function_word_percent(text, ENGLISH_FUNCTION_WORDS) >= MIN_ENGLISH_FUNCTION_PERCENT
}

/// The share of `text`'s words, in percent, that are in `words` (compared in lower case).
fn function_word_percent(text: &str, words: &[&str]) -> usize {
    let [percent] = function_word_percents(text, [words]);
    percent
}

/// [`function_word_percent`] of `text` for several lists at once, its words split and trimmed
/// once.
fn function_word_percents<const N: usize>(text: &str, lists: [&[&str]; N]) -> [usize; N] {
    let mut all = 0usize;
    let mut function = [0usize; N];
    // The longest word of each list, in bytes: a longer ASCII word is none of them.
    let longest = lists.map(|words| words.iter().map(|f| f.len()).max().unwrap_or(0));
    for w in text.split_whitespace() {
        all += 1;
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        // An ASCII word lowers to ASCII: it can only be one of the ASCII words, compared
        // without the Unicode lower-casing (and without asking each word whether it is ASCII).
        let ascii = w.is_ascii();
        for ((count, words), max) in function.iter_mut().zip(lists).zip(longest) {
            let found = if ascii {
                w.len() <= max && words.iter().any(|f| w.eq_ignore_ascii_case(f))
            } else {
                words.iter().any(|f| {
                    !f.is_ascii()
                        && (w.eq_ignore_ascii_case(f)
                            || w.chars().flat_map(char::to_lowercase).eq(f.chars()))
                })
            };
            if found {
                *count += 1;
            }
        }
    }
    function.map(|f| (f * 100).checked_div(all).unwrap_or(0))
}

/// Whether a primary language subtag (as [`primary_subtag`] gives it: `en` for `en-US` or
/// `en-GB`) is the English that site templates state by default, whatever the language the page
/// is written in.
pub(crate) fn is_template_default(code: &str) -> bool {
    code == "en"
}

/// The prose of a body's text for the overruling detection: its lines of
/// [`MIN_PROSE_LINE_LETTERS`] letters or more (a scoreboard or a caption says little), up to
/// [`OVERRULING_SAMPLE_BYTES`]; the whole text when it has no such line.
fn prose_sample(text: &str) -> Cow<'_, str> {
    let mut out = String::new();
    for line in text.lines() {
        if out.len() >= OVERRULING_SAMPLE_BYTES {
            break;
        }
        // (Counted no further than the threshold.)
        if line
            .chars()
            .filter(|c| c.is_alphabetic())
            .nth(MIN_PROSE_LINE_LETTERS - 1)
            .is_some()
        {
            out.push_str(line);
            out.push('\n');
        }
    }
    if out.is_empty() {
        return Cow::Borrowed(prefix_at_char_boundary(text, OVERRULING_SAMPLE_BYTES));
    }
    let end = prefix_at_char_boundary(&out, OVERRULING_SAMPLE_BYTES).len();
    out.truncate(end);
    Cow::Owned(out)
}

/// Letter counts of a sample: per script, and the letters of one script foreign to a language.
struct Letters {
    /// All letters.
    total: usize,
    /// The most frequent script and its letter count.
    main: Option<(Script, usize)>,
}

/// Counts the letters of `text` per script.
fn count_letters(text: &str) -> Letters {
    let mut counts: [(Option<Script>, usize); 14] = [(None, 0); 14];
    let mut total = 0;
    for c in text.chars() {
        // ASCII, most of a Latin text, is told without the script's table.
        let s = if c.is_ascii() {
            if !c.is_ascii_alphabetic() {
                continue;
            }
            Script::Latin
        } else {
            let Some(s) = script_of(c) else { continue };
            s
        };
        total += 1;
        // A scan of a fixed array of 14 slots, one per script: the first slot that holds `s`
        // or is empty.
        if let Some(slot) = counts
            .iter_mut()
            .find(|(k, _)| k.is_none() || *k == Some(s))
        {
            *slot = (Some(s), slot.1 + 1);
        }
    }
    let main = counts
        .iter()
        .filter_map(|&(k, n)| k.map(|k| (k, n)))
        .max_by_key(|&(_, n)| n);
    Letters { total, main }
}

/// The script a language is written in, when it is written in one only.
fn script_of_language(code: &str) -> Option<Script> {
    if let Some(&(_, s)) = SCRIPTS.iter().find(|(c, _)| *c == code) {
        return Some(s);
    }
    LATIN_ONLY.contains(&code).then_some(Script::Latin)
}

/// Letters of `script` in `text` (lower case), and how many of them `code`'s alphabet lacks;
/// `None` when [`ALPHABETS`] does not list the language.
fn foreign_letters(text: &str, code: &str, script: Script) -> Option<(usize, usize)> {
    let &(_, alphabet) = ALPHABETS.iter().find(|(c, _)| *c == code)?;
    let (mut letters, mut foreign) = (0, 0);
    each_letter(text, script, |c| {
        letters += 1;
        let base = script == Script::Latin && c.is_ascii();
        if !base && !alphabet.contains(c) {
            foreign += 1;
        }
        ControlFlow::Continue(())
    });
    Some((letters, foreign))
}

/// Calls `f` on each letter of `script` in `text`, lower-cased, until it breaks. ASCII, most
/// of a Latin text, is read without the Unicode lower-casing and the script's table.
fn each_letter(text: &str, script: Script, mut f: impl FnMut(char) -> ControlFlow<()>) {
    for c in text.chars() {
        if c.is_ascii() {
            if script == Script::Latin
                && c.is_ascii_alphabetic()
                && f(c.to_ascii_lowercase()).is_break()
            {
                return;
            }
            continue;
        }
        for c in c.to_lowercase() {
            if script_of(c) == Some(script) && f(c).is_break() {
                return;
            }
        }
    }
}

/// Whether `text` has at least [`MIN_HALLMARK_LETTERS`] letters of the language's script and
/// none of its [`HALLMARKS`].
fn lacks_hallmarks(text: &str, code: &str, script: Script) -> bool {
    let Some(&(_, marks)) = HALLMARKS.iter().find(|(c, _)| *c == code) else {
        return false;
    };
    let (mut letters, mut marked) = (0, false);
    each_letter(text, script, |c| {
        if marks.contains(c) {
            marked = true;
            return ControlFlow::Break(());
        }
        letters += 1;
        ControlFlow::Continue(())
    });
    !marked && letters >= MIN_HALLMARK_LETTERS
}

/// The language of the body `text` when it overrules the `declared` one (a primary subtag),
/// on evidence the page's markup cannot stand against:
///
/// - a template's default English (`lang="en-US"` on a Spanish, Indonesian or Swahili
///   WordPress site): a reliable, confident detection of another language on a few paragraphs
///   of prose that does not read as English;
/// - a script the declared language is not written in (`lang="en"` or `lang="de"` on Arabic,
///   Cyrillic or Chinese text, `lang="ru"` on Latin text);
/// - letters the declared language does not have, at more than a name's share
///   (`lang="ru"` on Ukrainian text with its і, ї, є; `lang="cs"` on Slovak with its ľ, ô), or
///   none of the letters it cannot do without on enough text (`lang="ru"` on Bulgarian,
///   without ы or э), when the detection names a language whose alphabet fits the text;
/// - the distinctive letters or words of its close neighbour ([`close_pair`]: `lang="hr"` on
///   Serbian, `lang="fa"` on Pashto, `lang="es"` on Catalan), confirmed by the detection;
/// - text that reads as English where the declared language's commonest words are missing (an
///   English post on a German blog), for the languages [`FUNCTION_WORDS`] lists.
///
/// Otherwise the markup stands: a German page quoting English at length is still German.
pub(crate) fn overruling_language(declared: &str, text: &str) -> Option<String> {
    let sample = prose_sample(text);
    let sample = sample.as_ref();
    let letters = count_letters(sample);
    if letters.total < MIN_OVERRULING_LETTERS {
        return None;
    }
    let (main, main_count) = letters.main?;
    let one_script = main_count * 100 >= letters.total * MIN_SCRIPT_PERCENT;
    let declared_script = script_of_language(declared);
    let english_default = is_template_default(declared);
    let other_script = one_script && declared_script.is_some_and(|s| s != main);
    if main == Script::Latin && reads_as_english(sample) {
        // English under another Latin-script language's markup only where that language's
        // commonest words are missing; under a template's English, nothing to change.
        return match declared_script {
            _ if english_default => None,
            Some(Script::Latin) => english_instead(declared, sample),
            _ => other_script.then(|| "en".to_string()),
        };
    }
    // Read only where the template default and the script leave the question open: the letter
    // and word counts are the costly part of this check, and most pages stop above.
    let foreign = || {
        declared_script == Some(main)
            && (foreign_letters(sample, declared, main).is_some_and(|(n, f)| {
                f >= MIN_FOREIGN_LETTERS && f * 1000 >= n * MIN_FOREIGN_PER_MILLE
            }) || lacks_hallmarks(sample, declared, main)
                || close_pair(declared, sample).is_some_and(|c| c != declared))
    };
    if !english_default && !other_script && !foreign() {
        return None;
    }
    if main == Script::Latin
        && let Some(code) = unknown_to_detector(sample)
    {
        return (code != declared).then(|| code.to_string());
    }
    let info = whatlang::detect(sample)?;
    let detected = iso_639_1(info.lang());
    let settled = close_pair(detected, sample);
    let code = settled.unwrap_or(detected);
    let sure =
        settled.is_some() || (info.is_reliable() && info.confidence() >= MIN_OVERRULING_CONFIDENCE);
    // Latin is the placeholder text of unfinished templates ("Lorem ipsum"), not a page's
    // language.
    if !sure || code == declared || matches!(code, "en" | "la") {
        return None;
    }
    // Outside the template default, the detected language must be written in the text's script
    // and, where its alphabet is known, fit the text's letters.
    if !english_default {
        if script_of_language(code).is_some_and(|s| s != main) {
            return None;
        }
        if foreign_letters(sample, code, main)
            .is_some_and(|(n, f)| f * 1000 > n * MAX_FITTING_FOREIGN_PER_MILLE)
        {
            return None;
        }
    }
    Some(code.to_string())
}

/// English in place of a declared Latin-script language whose commonest words are missing from
/// text that reads as English.
fn english_instead(declared: &str, sample: &str) -> Option<String> {
    let &(_, words) = FUNCTION_WORDS.iter().find(|(c, _)| *c == declared)?;
    (function_word_percent(sample, words) < MAX_DECLARED_FUNCTION_PERCENT
        && function_word_percent(sample, ENGLISH_FUNCTION_WORDS) >= MIN_ENGLISH_INSTEAD_PERCENT)
        .then(|| "en".to_string())
}

/// The commonest words of news languages in Latin letters that the detector does not know
/// (it reads Swahili as Shona and Hausa as Indonesian): the grammatical words of each, none
/// shared between them.
#[rustfmt::skip]
const UNKNOWN_TO_DETECTOR: [(&str, &[&str]); 3] = [
    ("sw", &["ya", "wa", "kwa", "katika", "ni", "za", "kuwa", "hiyo", "huo", "hii", "pia", "lakini", "kwamba", "cha", "vya", "yake", "wake", "zao"]),
    ("ha", &["da", "ta", "wani", "wata", "domin", "cewa", "kuma", "wannan", "suka", "sun", "ba", "shi", "zai", "daga", "saboda", "yanzu", "amma"]),
    ("so", &["ayaa", "iyo", "oo", "ka", "ku", "waxaa", "uu", "ay", "ee", "sida", "soo", "wuxuu", "waxay"]),
];

/// Least share of words, in percent, that a language's [`UNKNOWN_TO_DETECTOR`] words make in
/// its text (they make about a fifth), more than twice any other's.
const MIN_UNKNOWN_PERCENT: usize = 12;

/// The language of Latin-script text whose grammatical words are those of a language the
/// detector does not know.
fn unknown_to_detector(text: &str) -> Option<&'static str> {
    let mut best: Option<(&'static str, usize)> = None;
    let mut second = 0;
    let percents = function_word_percents(text, UNKNOWN_TO_DETECTOR.map(|(_, words)| words));
    for (&(code, _), p) in UNKNOWN_TO_DETECTOR.iter().zip(percents) {
        match best {
            Some((_, b)) if p <= b => second = second.max(p),
            _ => {
                second = best.map_or(0, |(_, b)| b).max(second);
                best = Some((code, p));
            }
        }
    }
    let (code, p) = best?;
    (p >= MIN_UNKNOWN_PERCENT && p > second * 2).then_some(code)
}

/// Least count of a language's distinctive letters (or words) that settles a close pair.
const MIN_DISTINCTIVE: usize = 3;

/// Letters only some languages of a script use, checked in order (the first that shows at least
/// [`MIN_DISTINCTIVE`] times names the language): the detector, trained on fewer languages,
/// reads Kazakh as Belarusian or Russian and Pashto as Persian.
#[rustfmt::skip]
const DISTINCTIVE_LETTERS: &[(Script, &str, &str)] = &[
    // Tajik: ӣ, ӯ, ҳ, ҷ; Bashkir: ҙ, ҡ, ҫ; Kazakh: ұ, қ (checked after Tajik, which has қ
    // too); Tatar: җ, ә (after Kazakh and Bashkir, which have ә too).
    (Script::Cyrillic, "tg", "ӣӯҳҷ"),
    (Script::Cyrillic, "ba", "ҙҡҫ"),
    (Script::Cyrillic, "kk", "ұқ"),
    (Script::Cyrillic, "tt", "җә"),
    // Kyrgyz: ң (with ө, ү, and none of the Kazakh letters checked above).
    (Script::Cyrillic, "ky", "ң"),
    // Mongolian: ө, ү without ң.
    (Script::Cyrillic, "mn", "өү"),
    // Uyghur: ۈ, ۋ; Pashto: ټ, ډ, ړ, ږ, ښ, ګ, ڼ, ۍ; Sorani Kurdish: ڕ, ڵ, ێ; Sindhi: ڄ, ڃ, ڇ,
    // ڏ, ڙ, ٺ, ٻ.
    (Script::Arabic, "ug", "ۈۋ"),
    (Script::Arabic, "ps", "ټډړږښګڼۍ"),
    (Script::Arabic, "ckb", "ڕڵێ"),
    (Script::Arabic, "sd", "ڄڃڇڏڙٺٻ"),
];

/// A language of a close pair, with the words only it writes.
type Candidate = (&'static str, &'static [&'static str]);

/// Words only one language of a close pair writes (its commonest words or spellings), for
/// pairs the detector does not tell apart or does not know: the languages it may answer, and
/// each candidate's words. The candidate with at least [`MIN_DISTINCTIVE`] hits and more than
/// twice any other's wins. Words only, no names: a Croatian story from Sarajevo or an
/// Indonesian one on the ringgit names the neighbour's capital or currency again and again.
#[rustfmt::skip]
const DISTINCTIVE_WORDS: &[(&[&str], &[Candidate])] = &[
    // Hindi, Marathi and Nepali in Devanagari: auxiliaries and postpositions.
    (&["hi", "mr", "ne"], &[
        ("hi", &["है", "हैं", "और", "में", "की", "के", "से", "था", "थे", "गया", "किया", "लिए"]),
        ("mr", &["आहे", "आहेत", "आणि", "होते", "होता", "झाले", "केली", "केले", "नाही", "या", "हा", "ही"]),
        ("ne", &["छ", "छन्", "हो", "र", "गरेको", "भएको", "लागि", "पनि", "थियो", "गर्न", "भने", "गरे"]),
    ]),
    // Galician (which the detector does not know) and Catalan against Portuguese and Spanish.
    (&["pt", "es", "ca", "gl"], &[
        ("ca", &["amb", "els", "dels", "però", "també", "aquest", "aquesta", "seva", "seu", "perquè", "més", "molt", "són", "fins", "mateix"]),
        ("gl", &["unha", "unhas", "tamén", "máis", "polo", "pola", "polos", "polas", "coa", "coas", "xa", "dixo", "moi", "hai", "ata", "cando", "aínda", "nunha", "isto", "iso"]),
        ("pt", &["não", "uma", "umas", "pelo", "pela", "também", "mais", "já", "quando", "ainda", "são", "ao", "disse"]),
        ("es", &["los", "las", "también", "más", "ya", "cuando", "todavía", "dijo", "hay", "hasta", "pero", "muy", "sus", "según"]),
    ]),
    // Malay (which the detector does not know) against Indonesian.
    (&["id"], &[
        ("ms", &["kerana", "boleh", "sahaja", "selepas", "kerajaan", "baharu", "bahawa", "mengikut", "iaitu", "wang", "jambatan", "pemberita", "memberitahu"]),
        ("id", &["karena", "bisa", "setelah", "pemerintah", "bahwa", "yaitu", "uang", "jembatan", "wartawan", "mengatakan"]),
    ]),
    // Slovak against Czech: the same words spelt their own way ("podľa" and "podle", "ako" and
    // "jako", "bol" and "byl").
    (&["cs", "sk"], &[
        ("sk", &["ako", "podľa", "alebo", "ktoré", "ktorý", "ktorá", "bol", "bola", "boli", "tiež", "pred", "aj", "keď", "len", "veľmi", "ešte", "môže", "povedal"]),
        ("cs", &["jako", "podle", "nebo", "které", "který", "která", "byl", "byla", "byli", "také", "před", "když", "jen", "velmi", "ještě", "může", "řekl"]),
    ]),
    // Serbian in Latin letters (ekavian: "vreme", "pre", "deca") against Croatian (ijekavian:
    // "vrijeme", "prije", "djeca", and its own words and month names: "tjedan", "tisuća",
    // "rujna") and Bosnian (ijekavian with "sedmica", "hiljada", "historija", "porodica" and the
    // international month names). Ijekavian forms alone leave the detector's answer.
    (&["hr", "sr", "bs"], &[
        ("sr", &["pre", "posle", "vreme", "reč", "reči", "rečima", "deca", "dece", "mesto", "mesta", "mesec", "meseca", "nedelje", "nedelja", "sredu", "reka", "opština", "opštine", "uvek", "ko", "istorija"]),
        ("hr", &["tjedan", "tjedna", "tjedana", "tisuća", "tisuće", "obitelj", "obitelji", "tko", "povijest", "povijesti", "milijuna", "milijun", "siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"]),
        ("bs", &["ko", "sedmica", "sedmice", "sedmici", "hiljada", "hiljade", "porodica", "porodice", "porodici", "historija", "historije", "hljeb"]),
    ]),
];

/// The language a close pair's distinctive letters or words settle, for a `detected` language
/// the detector may have mistaken for its neighbour (or named without confidence); `None` when
/// nothing distinctive shows.
fn close_pair(detected: &str, text: &str) -> Option<&'static str> {
    let script = script_of_language(detected).or_else(|| {
        // Serbian may be written in either script: its letters say which.
        (detected == "sr").then(|| count_letters(text).main.map(|(s, _)| s))?
    })?;
    if DISTINCTIVE_LETTERS.iter().any(|&(s, _, _)| s == script) {
        let in_script = text
            .chars()
            .filter(|&c| script_of(c) == Some(script))
            .count();
        for &(s, code, letters) in DISTINCTIVE_LETTERS {
            if s == script && code != detected {
                let n = text.chars().filter(|c| letters.contains(*c)).count();
                if n >= MIN_DISTINCTIVE && n * 1000 >= in_script * MIN_FOREIGN_PER_MILLE {
                    return Some(code);
                }
            }
        }
    }
    if script == Script::Cyrillic {
        return None;
    }
    let &(_, candidates) = DISTINCTIVE_WORDS
        .iter()
        .find(|(answers, _)| answers.contains(&detected))?;
    let mut hits = [0usize; 4]; // no group has more than four candidates
    for w in text.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        let lower = w.to_lowercase();
        for (i, (_, words)) in candidates.iter().enumerate() {
            if words.contains(&lower.as_str())
                && let Some(h) = hits.get_mut(i)
            {
                *h += 1;
            }
        }
    }
    let (best, &n) = hits.iter().enumerate().max_by_key(|&(_, n)| *n)?;
    let clear = n >= MIN_DISTINCTIVE
        && hits
            .iter()
            .enumerate()
            .all(|(i, &m)| i == best || m * 2 < n);
    // A clear answer confirms the detector's own, when it was unsure, as well as corrects it.
    clear.then(|| candidates.get(best).map(|(c, _)| *c))?
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

    /// The same news story (a flood relief plan) written in each language of the close pairs.
    #[rustfmt::skip]
    const STORY: &[(&str, &str)] = &[
        ("ru", "Правительство России в среду утвердило новый план поддержки регионов, пострадавших от весеннего паводка. По словам министра, на восстановление дорог и мостов будет выделено более десяти миллиардов рублей. Жители затопленных сёл получат единовременные выплаты уже в этом месяце. Эксперты отмечают, что программа запоздала: вода сошла ещё две недели назад, а многие семьи до сих пор живут у родственников. Губернатор области заявил журналистам, что ремонт школ завершится к первому сентября."),
        ("uk", "Уряд України в середу ухвалив новий план підтримки регіонів, які постраждали від весняної повені. За словами міністра, на відновлення доріг і мостів буде виділено понад десять мільярдів гривень. Мешканці затоплених сіл отримають одноразові виплати вже цього місяця. Експерти зазначають, що програма запізнилася: вода зійшла ще два тижні тому, а багато родин досі живуть у родичів. Голова обласної адміністрації повідомив журналістам, що ремонт шкіл завершиться до першого вересня."),
        ("bg", "Правителството на България одобри в сряда нов план за подкрепа на регионите, засегнати от пролетните наводнения. По думите на министъра за възстановяването на пътищата и мостовете ще бъдат отпуснати над сто милиона лева. Жителите на наводнените села ще получат еднократни помощи още този месец. Експертите посочват, че програмата закъснява: водата се е оттеглила преди две седмици, а много семейства все още живеят при роднини. Областният управител каза пред журналисти, че ремонтът на училищата ще приключи до първи септември."),
        ("sr", "Влада Србије је у среду усвојила нови план подршке регионима који су погођени пролећним поплавама. Према речима министра, за обнову путева и мостова биће издвојено више од десет милијарди динара. Становници поплављених села добиће једнократну помоћ још овог месеца. Стручњаци истичу да је програм закаснио: вода се повукла пре две недеље, а многе породице и даље живе код рођака. Начелник округа рекао је новинарима да ће поправка школа бити завршена до првог септембра."),
        ("mk", "Владата на Македонија во средата усвои нов план за поддршка на регионите погодени од пролетните поплави. Според министерот, за обнова на патиштата и мостовите ќе бидат издвоени повеќе од милијарда денари. Жителите на поплавените села ќе добијат еднократна помош уште овој месец. Експертите посочуваат дека програмата доцни: водата се повлече пред две недели, а многу семејства сè уште живеат кај роднини. Градоначалникот изјави за новинарите дека поправката на училиштата ќе заврши до први септември."),
        ("be", "Урад Беларусі ў сераду зацвердзіў новы план падтрымкі рэгіёнаў, якія пацярпелі ад веснавой паводкі. Па словах міністра, на аднаўленне дарог і мастоў будзе выдзелена больш за сто мільёнаў рублёў. Жыхары затопленых вёсак атрымаюць аднаразовыя выплаты ўжо ў гэтым месяцы. Эксперты адзначаюць, што праграма спазнілася: вада сышла яшчэ два тыдні таму, а шмат сем'яў дагэтуль жывуць у сваякоў. Старшыня аблвыканкама паведаміў журналістам, што рамонт школ завершыцца да першага верасня."),
        ("kk", "Қазақстан үкіметі сәрсенбі күні көктемгі су тасқынынан зардап шеккен өңірлерді қолдаудың жаңа жоспарын бекітті. Министрдің айтуынша, жолдар мен көпірлерді қалпына келтіруге он миллиард теңгеден астам қаражат бөлінеді. Су астында қалған ауылдардың тұрғындары біржолғы төлемдерді осы айда алады. Сарапшылардың пікірінше, бағдарлама кешігіп қалды: су екі апта бұрын қайтқан, ал көптеген отбасылар әлі күнге дейін туыстарының үйінде тұрып жатыр. Облыс әкімі журналистерге мектептерді жөндеу жұмыстары бірінші қыркүйекке дейін аяқталатынын айтты."),
        ("ar", "وافقت الحكومة يوم الأربعاء على خطة جديدة لدعم المناطق المتضررة من فيضانات الربيع. وقال الوزير إن أكثر من عشرة مليارات سيتم تخصيصها لإعادة بناء الطرق والجسور. وسيحصل سكان القرى التي غمرتها المياه على مساعدات لمرة واحدة خلال هذا الشهر. ويرى الخبراء أن البرنامج جاء متأخرا، إذ انحسرت المياه قبل أسبوعين، ولا تزال عائلات كثيرة تقيم لدى أقاربها. وقال المحافظ للصحفيين إن ترميم المدارس سينتهي قبل بداية العام الدراسي في الأول من سبتمبر."),
        ("fa", "دولت روز چهارشنبه طرح تازه‌ای برای حمایت از مناطق آسیب‌دیده از سیل بهاری تصویب کرد. به گفته وزیر، بیش از ده هزار میلیارد ریال برای بازسازی جاده‌ها و پل‌ها اختصاص می‌یابد. ساکنان روستاهای سیل‌زده کمک‌های یک‌باره را همین ماه دریافت خواهند کرد. کارشناسان می‌گویند این برنامه دیر آمده است: آب دو هفته پیش فروکش کرد و بسیاری از خانواده‌ها هنوز نزد بستگان خود زندگی می‌کنند. استاندار به خبرنگاران گفت تعمیر مدارس تا اول شهریور به پایان می‌رسد."),
        ("ur", "حکومت نے بدھ کے روز موسم بہار کے سیلاب سے متاثرہ علاقوں کی مدد کے لیے ایک نئے منصوبے کی منظوری دی۔ وزیر کے مطابق سڑکوں اور پلوں کی بحالی کے لیے دس ارب روپے سے زیادہ مختص کیے جائیں گے۔ سیلاب زدہ دیہات کے رہائشیوں کو اسی مہینے یکمشت امداد ملے گی۔ ماہرین کا کہنا ہے کہ یہ پروگرام تاخیر سے آیا ہے کیونکہ پانی دو ہفتے پہلے اتر چکا تھا اور بہت سے خاندان اب بھی اپنے رشتہ داروں کے ہاں رہ رہے ہیں۔ کمشنر نے صحافیوں کو بتایا کہ اسکولوں کی مرمت یکم ستمبر تک مکمل ہو جائے گی۔"),
        ("ps", "حکومت د چهارشنبې په ورځ د پسرلني سېلابونو ځپلو سیمو د ملاتړ لپاره یو نوی پلان تصویب کړ. د وزیر په وینا، د سړکونو او پلونو د بیا رغونې لپاره له لسو میلیارده افغانیو زیات پیسې ځانګړې شوې دي. د سېلاب ځپلو کلیو اوسېدونکي به همدا میاشت یو ځل مرسته ترلاسه کړي. کارپوهان وايي چې دا پروګرام ناوخته راغلی دی، ځکه اوبه دوه اونۍ وړاندې ښکته شوې او ډېرې کورنۍ لا هم د خپلوانو کره اوسېږي. والي خبریالانو ته وویل چې د ښوونځیو ترمیم به د وږي تر لومړۍ نېټې بشپړ شي."),
        ("hi", "सरकार ने बुधवार को वसंत की बाढ़ से प्रभावित क्षेत्रों की मदद के लिए एक नई योजना को मंजूरी दी। मंत्री के अनुसार सड़कों और पुलों की मरम्मत के लिए दस अरब रुपये से अधिक आवंटित किए जाएंगे। बाढ़ में डूबे गांवों के निवासियों को इसी महीने एकमुश्त सहायता मिलेगी। विशेषज्ञों का कहना है कि यह कार्यक्रम देर से आया है, क्योंकि पानी दो सप्ताह पहले ही उतर चुका था और कई परिवार अब भी अपने रिश्तेदारों के घर रह रहे हैं। जिलाधिकारी ने पत्रकारों को बताया कि स्कूलों की मरम्मत एक सितंबर तक पूरी हो जाएगी।"),
        ("mr", "सरकारने बुधवारी वसंत ऋतूतील पुरामुळे प्रभावित झालेल्या भागांना मदत करण्यासाठी नवी योजना मंजूर केली. मंत्र्यांच्या म्हणण्यानुसार रस्ते आणि पुलांच्या दुरुस्तीसाठी दहा अब्ज रुपयांपेक्षा जास्त निधी दिला जाईल. पुरात बुडालेल्या गावांतील रहिवाशांना याच महिन्यात एकरकमी मदत मिळेल. तज्ज्ञांचे म्हणणे आहे की हा कार्यक्रम उशिरा आला आहे, कारण पाणी दोन आठवड्यांपूर्वीच ओसरले होते आणि अनेक कुटुंबे अजूनही नातेवाईकांकडे राहत आहेत. जिल्हाधिकाऱ्यांनी पत्रकारांना सांगितले की शाळांची दुरुस्ती एक सप्टेंबरपर्यंत पूर्ण होईल."),
        ("ne", "सरकारले बुधबार वसन्त ऋतुको बाढीबाट प्रभावित क्षेत्रलाई सहयोग गर्न नयाँ योजना स्वीकृत गरेको छ। मन्त्रीका अनुसार सडक र पुलको मर्मतका लागि दस अर्ब रुपैयाँभन्दा बढी रकम छुट्याइनेछ। बाढीले डुबेका गाउँका बासिन्दाले यही महिना एकमुष्ट सहायता पाउनेछन्। विज्ञहरूका अनुसार यो कार्यक्रम ढिलो आएको हो, किनकि पानी दुई हप्ताअघि नै घटिसकेको थियो र धेरै परिवार अझै पनि आफन्तकहाँ बसिरहेका छन्। प्रमुख जिल्ला अधिकारीले पत्रकारहरूलाई भने कि विद्यालयको मर्मत भदौ मसान्तसम्म सकिनेछ।"),
        ("es", "El Gobierno aprobó este miércoles un nuevo plan de ayudas para las regiones afectadas por las inundaciones de la primavera. Según el ministro, se destinarán más de diez mil millones de euros a la reconstrucción de carreteras y puentes. Los vecinos de los pueblos anegados recibirán un pago único este mismo mes. Los expertos señalan que el programa llega tarde: el agua se retiró hace dos semanas y muchas familias siguen viviendo en casa de sus familiares. El presidente de la diputación dijo a los periodistas que las obras en los colegios terminarán antes del inicio del curso en septiembre."),
        ("pt", "O Governo aprovou nesta quarta-feira um novo plano de apoio às regiões afetadas pelas cheias da primavera. Segundo o ministro, serão destinados mais de dez mil milhões de euros à reconstrução de estradas e pontes. Os moradores das aldeias inundadas vão receber um apoio único ainda este mês. Os especialistas afirmam que o programa chega tarde: a água recuou há duas semanas e muitas famílias continuam a viver em casa de familiares. O presidente da câmara disse aos jornalistas que as obras nas escolas ficarão concluídas antes do início do ano letivo, em setembro."),
        ("gl", "O Goberno aprobou este mércores un novo plan de axudas para as comarcas afectadas polas inundacións da primavera. Segundo o conselleiro, destinaranse máis de cen millóns de euros á reconstrución de estradas e pontes. Os veciños das aldeas asolagadas recibirán un pagamento único xa este mes. Os expertos sinalan que o programa chega tarde: a auga retirouse hai dúas semanas e moitas familias seguen a vivir na casa dos seus familiares. O presidente da Deputación dixo aos xornalistas que as obras nos colexios rematarán antes do comezo do curso en setembro."),
        ("ca", "El Govern va aprovar aquest dimecres un nou pla d'ajudes per a les comarques afectades per les inundacions de la primavera. Segons el conseller, es destinaran més de cent milions d'euros a la reconstrucció de carreteres i ponts. Els veïns dels pobles inundats rebran un pagament únic aquest mateix mes. Els experts assenyalen que el programa arriba tard: l'aigua es va retirar fa dues setmanes i moltes famílies encara viuen a casa dels seus familiars. El president de la Diputació va dir als periodistes que les obres a les escoles acabaran abans de l'inici del curs al setembre."),
        ("id", "Pemerintah pada hari Rabu menyetujui rencana baru untuk membantu daerah yang terdampak banjir pada musim hujan. Menurut menteri, lebih dari sepuluh triliun rupiah akan dialokasikan untuk memperbaiki jalan dan jembatan. Warga desa yang terendam banjir akan menerima bantuan tunai bulan ini juga. Para ahli mengatakan program tersebut terlambat karena air sudah surut dua minggu yang lalu dan banyak keluarga masih tinggal di rumah kerabat mereka. Bupati mengatakan kepada wartawan bahwa perbaikan sekolah akan selesai sebelum tahun ajaran baru dimulai pada bulan Juli."),
        ("ms", "Kerajaan pada hari Rabu meluluskan rancangan baharu untuk membantu kawasan yang terjejas akibat banjir monsun. Menurut menteri, lebih daripada satu bilion ringgit akan diperuntukkan bagi membaiki jalan raya dan jambatan. Penduduk kampung yang dilanda banjir akan menerima bantuan tunai pada bulan ini juga. Pakar berkata program tersebut agak lewat kerana air telah surut dua minggu lalu dan banyak keluarga masih tinggal di rumah saudara-mara mereka. Pegawai daerah memberitahu pemberita bahawa kerja-kerja membaiki sekolah dijangka siap sebelum sesi persekolahan bermula."),
        ("da", "Regeringen vedtog onsdag en ny plan for at støtte de områder, der blev ramt af forårets oversvømmelser. Ifølge ministeren vil der blive afsat mere end en milliard kroner til at genopbygge veje og broer. Beboerne i de oversvømmede landsbyer får en engangsydelse allerede i denne måned. Eksperter siger, at programmet kommer for sent: vandet trak sig tilbage for to uger siden, og mange familier bor stadig hos deres slægtninge. Borgmesteren sagde til journalisterne, at reparationen af skolerne vil være færdig inden den første september."),
        ("sv", "Regeringen antog på onsdagen en ny plan för att stödja de områden som drabbades av vårens översvämningar. Enligt ministern ska mer än en miljard kronor avsättas för att bygga upp vägar och broar. Invånarna i de översvämmade byarna får ett engångsbelopp redan den här månaden. Experter säger att programmet kommer för sent: vattnet drog sig tillbaka för två veckor sedan och många familjer bor fortfarande hos släktingar. Kommunalrådet sade till journalisterna att reparationen av skolorna ska vara klar före den första september."),
        ("cs", "Vláda ve středu schválila nový plán podpory regionů, které zasáhly jarní povodně. Podle ministra bude na obnovu silnic a mostů vyčleněno více než deset miliard korun. Obyvatelé zatopených vesnic dostanou jednorázovou pomoc ještě tento měsíc. Odborníci upozorňují, že program přichází pozdě: voda opadla už před dvěma týdny a mnoho rodin stále bydlí u příbuzných. Hejtman řekl novinářům, že oprava škol bude dokončena do prvního září."),
        ("sk", "Vláda v stredu schválila nový plán podpory regiónov, ktoré zasiahli jarné povodne. Podľa ministra bude na obnovu ciest a mostov vyčlenených viac ako desať miliónov eur. Obyvatelia zaplavených dedín dostanú jednorazovú pomoc ešte tento mesiac. Odborníci upozorňujú, že program prichádza neskoro: voda opadla už pred dvoma týždňami a mnohé rodiny stále bývajú u príbuzných. Predseda kraja povedal novinárom, že oprava škôl bude dokončená do prvého septembra."),
        ("hr", "Vlada je u srijedu usvojila novi plan potpore regijama koje su pogodile proljetne poplave. Prema riječima ministra, za obnovu cesta i mostova bit će izdvojeno više od sto milijuna eura. Stanovnici poplavljenih sela dobit će jednokratnu pomoć još ovog mjeseca. Stručnjaci ističu da je program zakasnio: voda se povukla prije dva tjedna, a mnoge obitelji i dalje žive kod rodbine. Župan je novinarima rekao da će popravak škola biti dovršen do prvog rujna."),
        ("sr-Latn", "Vlada Srbije je u sredu usvojila novi plan podrške regionima koji su pogođeni prolećnim poplavama. Prema rečima ministra, za obnovu puteva i mostova biće izdvojeno više od deset milijardi dinara. Stanovnici poplavljenih sela dobiće jednokratnu pomoć još ovog meseca. Stručnjaci ističu da je program zakasnio: voda se povukla pre dve nedelje, a mnoge porodice i dalje žive kod rođaka. Načelnik okruga rekao je novinarima da će popravka škola biti završena do prvog septembra."),
        ("en", "The government approved a new plan on Wednesday to support the regions hit by the spring floods. According to the minister, more than ten billion will be set aside to rebuild roads and bridges. Residents of the flooded villages will receive a one-off payment this month. Experts say the programme comes too late: the water receded two weeks ago and many families are still living with relatives. The governor told reporters that repairs to the schools would be finished by the first of September."),
        ("sw", "Serikali imeidhinisha Jumatano mpango mpya wa kusaidia maeneo yaliyoathiriwa na mafuriko ya msimu wa mvua. Kwa mujibu wa waziri, zaidi ya shilingi bilioni kumi zitatengwa kwa ajili ya kukarabati barabara na madaraja. Wakazi wa vijiji vilivyofurika watapokea msaada wa fedha mwezi huu. Wataalamu wanasema mpango huo umechelewa kwa sababu maji yalipungua wiki mbili zilizopita na familia nyingi bado zinaishi kwa ndugu zao. Mkuu wa mkoa aliwaambia waandishi wa habari kwamba ukarabati wa shule utakamilika kabla ya mwanzo wa muhula mpya."),
        ("ha", "Gwamnati ta amince da wani sabon shiri a ranar Laraba domin tallafa wa yankunan da ambaliyar ruwa ta shafa a lokacin damina. A cewar ministan, za a ware fiye da naira biliyan goma domin gyaran hanyoyi da gadoji. Mazauna kauyukan da ruwa ya mamaye za su karbi tallafin kudi a wannan watan. Masana sun ce shirin ya zo a makare saboda ruwan ya janye makonni biyu da suka wuce, kuma iyalai da dama har yanzu suna zaune a gidajen 'yan uwansu. Gwamnan ya shaida wa manema labarai cewa za a kammala gyaran makarantu kafin fara sabon zangon karatu."),
        ("so", "Dowladda ayaa maalintii Arbacada ansixisay qorshe cusub oo lagu taageerayo gobollada ay saameeyeen daadadka xilliga roobabka. Sida uu sheegay wasiirka, in ka badan toban bilyan oo shilin ayaa loo qoondeeyay dib u dhiska waddooyinka iyo buundooyinka. Dadka ku nool tuulooyinka ay daadadku fatahaadeen ayaa helaya gargaar lacageed bishan. Khubarada ayaa sheegay in barnaamijku uu soo daahay, maadaama biyuhu ay hoos u dhaceen laba toddobaad ka hor, qoysas badanna ay weli la deggan yihiin qaraabadooda. Guddoomiyaha gobolka ayaa u sheegay saxafiyiinta in dayactirka dugsiyada la dhammaystiri doono ka hor bilowga sannad dugsiyeedka."),
        ("am", "መንግሥት ረቡዕ ዕለት በክረምቱ ጎርፍ የተጎዱ አካባቢዎችን ለመደገፍ አዲስ እቅድ አጽድቋል። እንደ ሚኒስትሩ ገለጻ መንገዶችንና ድልድዮችን መልሶ ለመገንባት ከአሥር ቢሊዮን ብር በላይ ይመደባል። በጎርፍ የተጥለቀለቁ መንደሮች ነዋሪዎች በዚህ ወር የአንድ ጊዜ የገንዘብ ድጋፍ ያገኛሉ። ባለሙያዎች ፕሮግራሙ ዘግይቷል ይላሉ፤ ውኃው ከሁለት ሳምንት በፊት ቢቀንስም ብዙ ቤተሰቦች አሁንም በዘመዶቻቸው ቤት ይኖራሉ። የዞኑ አስተዳዳሪ ለጋዜጠኞች እንደተናገሩት የትምህርት ቤቶቹ ጥገና አዲሱ የትምህርት ዘመን ከመጀመሩ በፊት ይጠናቀቃል።"),
        ("tl", "Inaprubahan ng pamahalaan noong Miyerkules ang bagong plano upang tulungan ang mga lugar na tinamaan ng pagbaha ngayong tag-ulan. Ayon sa kalihim, mahigit sampung bilyong piso ang ilalaan para sa pagkukumpuni ng mga kalsada at tulay. Ang mga residente ng mga binahang baryo ay makatatanggap ng tulong pinansiyal ngayong buwan. Sinabi ng mga eksperto na huli na ang programa dahil humupa na ang tubig dalawang linggo na ang nakalipas at marami pa ring pamilya ang nakikitira sa kanilang mga kamag-anak. Sinabi ng gobernador sa mga mamamahayag na matatapos ang pagkukumpuni ng mga paaralan bago magsimula ang bagong taon ng pag-aaral."),
        ("vi", "Chính phủ hôm thứ Tư đã phê duyệt kế hoạch mới nhằm hỗ trợ các địa phương bị ảnh hưởng bởi lũ lụt trong mùa mưa. Theo bộ trưởng, hơn mười nghìn tỷ đồng sẽ được dành để sửa chữa đường sá và cầu cống. Người dân ở các làng bị ngập sẽ nhận được khoản hỗ trợ tiền mặt ngay trong tháng này. Các chuyên gia cho rằng chương trình đến muộn vì nước đã rút từ hai tuần trước và nhiều gia đình vẫn đang sống nhờ nhà người thân. Chủ tịch tỉnh cho biết với báo chí rằng việc sửa chữa trường học sẽ hoàn tất trước khi năm học mới bắt đầu."),
    ];

    /// The story in `code`'s language.
    fn story(code: &str) -> &'static str {
        STORY
            .iter()
            .find(|(c, _)| *c == code)
            .map_or("", |(_, t)| t)
    }

    #[test]
    fn close_pairs_are_told_apart() {
        // The detector alone reads Kazakh as Belarusian, Malay as Indonesian, Serbian in Latin
        // letters as Croatian, and is unsure of Pashto, Nepali and Galician.
        for (code, want) in [
            ("ru", "ru"),
            ("uk", "uk"),
            ("bg", "bg"),
            ("sr", "sr"),
            ("mk", "mk"),
            ("be", "be"),
            ("kk", "kk"),
            ("ar", "ar"),
            ("fa", "fa"),
            ("ur", "ur"),
            ("ps", "ps"),
            ("hi", "hi"),
            ("mr", "mr"),
            ("ne", "ne"),
            ("es", "es"),
            ("pt", "pt"),
            ("gl", "gl"),
            ("ca", "ca"),
            ("id", "id"),
            ("ms", "ms"),
            ("da", "da"),
            ("sv", "sv"),
            ("cs", "cs"),
            ("sk", "sk"),
            ("hr", "hr"),
            ("sr-Latn", "sr"),
            ("sw", "sw"),
            ("ha", "ha"),
            ("so", "so"),
            ("am", "am"),
        ] {
            assert_eq!(
                detect_language(story(code)).as_deref(),
                Some(want),
                "{code}"
            );
        }
    }

    #[test]
    fn contradicted_markup_gives_way() {
        for (declared, code, want) in [
            // A template's English.
            ("en", "es", "es"),
            ("en", "id", "id"),
            ("en", "ms", "ms"),
            ("en", "uk", "uk"),
            // ... over languages the detector does not know (it said Shona for Swahili,
            // Indonesian for Hausa) or whose script was not counted (Ethiopic).
            ("en", "sw", "sw"),
            ("en", "ha", "ha"),
            ("en", "so", "so"),
            ("en", "am", "am"),
            ("en", "tl", "tl"),
            ("en", "vi", "vi"),
            // Letters the declared language lacks, or lacks none of its own.
            ("ru", "uk", "uk"),
            ("uk", "ru", "ru"),
            ("ru", "bg", "bg"),
            ("ru", "kk", "kk"),
            ("pt", "es", "es"),
            // A close neighbour's words or letters.
            ("es", "ca", "ca"),
            ("es", "gl", "gl"),
            ("hr", "sr-Latn", "sr"),
            ("fa", "ps", "ps"),
            ("hi", "ne", "ne"),
            ("cs", "sk", "sk"),
            // Another script.
            ("ar", "fa", "fa"),
            ("ar", "ur", "ur"),
            ("fa", "ar", "ar"),
            ("ar", "en", "en"),
            ("ru", "en", "en"),
            ("zh", "en", "en"),
            ("de", "ru", "ru"),
            // English where the declared language's commonest words are missing.
            ("de", "en", "en"),
            ("fr", "en", "en"),
        ] {
            assert_eq!(
                overruling_language(declared, story(code)).as_deref(),
                Some(want),
                "{declared} on {code}"
            );
        }
        // Markup that agrees stands.
        for (declared, code) in [
            ("ru", "ru"),
            ("uk", "uk"),
            ("ar", "ar"),
            ("fa", "fa"),
            ("es", "es"),
            ("sk", "sk"),
            ("sr", "sr"),
        ] {
            assert_eq!(
                overruling_language(declared, story(code)),
                None,
                "{declared}"
            );
        }
    }

    /// A story naming the neighbour's capital again and again stays in its declared language:
    /// a name is no word of a language.
    #[test]
    fn place_names_do_not_settle_a_close_pair() {
        let croatian = "Premijer je u srijedu otputovao u Sarajevo, gdje se sastao s članovima \
            Predsjedništva. Susret u Sarajevu trajao je dva sata, a razgovaralo se o izbornom \
            zakonu i položaju Hrvata. Nakon sastanka premijer je rekao da su odnosi bolji nego \
            prije, ali da mnoga pitanja ostaju otvorena. Oporba je posjet ocijenila kao pokušaj \
            popravljanja slike uoči izbora. Iz Sarajeva je stigla poruka da je razgovor u \
            Sarajevu bio otvoren i koristan za obje strane.";
        assert_eq!(overruling_language("hr", croatian), None);
        // "sveta" is "holy" in Croatian too (Sveta Stolica, the Holy See), not only Serbian's
        // "of the world".
        let croatian = "Papa je u nedjelju predvodio svetu misu na Trgu svetoga Petra. Sveta \
            Stolica objavila je da će papa u svibnju posjetiti Hrvatsku. Kardinal je rekao da je \
            sveta misa u Mariji Bistrici vrhunac posjeta. Vjernici iz cijele zemlje već se \
            pripremaju, a biskupi su pozvali sve da sudjeluju. Sveta Stolica i Vlada dogovorili \
            su sigurnosne mjere, a gradonačelnik je rekao novinarima da će grad biti spreman na \
            vrijeme.";
        assert_eq!(overruling_language("hr", croatian), None);
        assert_eq!(detect_language(croatian).as_deref(), Some("hr"));
    }

    #[test]
    fn persian_typed_with_arabic_letters_stays_persian() {
        // Older Iranian sites write Persian with Arabic yeh and kaf: letters the Persian
        // alphabet table lacks, but the detection still says Persian.
        let arabic_typed = story("fa").replace('ی', "ي").replace('ک', "ك");
        assert_eq!(overruling_language("fa", &arabic_typed), None);
    }

    #[test]
    fn markup_stands_against_quotes_and_junk() {
        // A German introduction to a long English quote is a German page.
        let quoted = "So manch einer der Surfer kennt sie schon, die kompromisslos auf Wellenreiten \
            ausgelegten Boards und Kites von BWS. Gerade ist die neue Palette eingetroffen, und \
            wir haben sie am Wochenende auf der Ostsee getestet. Hier etwas O-Ton:\n\
            \"BWSurf is the only surf specific kite company in the world. As surfers, our passion \
            for riding waves drives us to design and manufacture purpose built equipment. We are \
            committed to creating the highest quality products on the market and always strive \
            to help you develop your skills in the water.\"";
        assert_eq!(overruling_language("de", quoted), None);
        // Error messages above a broken page's article are not English prose.
        let warnings = "Strict Standards: Non-static method nggGallery::get_option() should not be \
            called statically in /www/htdocs/w00a2/wp-content/plugins/nextgen-gallery/nggfunctions.php on line 813\n"
            .repeat(8);
        assert_eq!(overruling_language("de", &warnings), None);
        // A scoreboard opening the body leaves the prose to decide.
        let scores = format!("1\n\n243.8\n\n2\n\n238.7\n\n{}", story("ru"));
        assert_eq!(overruling_language("en", &scores).as_deref(), Some("ru"));
    }

    #[test]
    fn a_template_default_gives_way_to_a_clear_detection() {
        let german = "Das Wendland ist eine schöne, aber sehr ländliche Region in einem östlichen \
            Zipfel von Niedersachsen, etwa eine Zugstunde von Hamburg entfernt. Ich bin von Berlin \
            mit dem Zug durch Brandenburg nach Salzwedel gefahren und habe mich dort abholen \
            lassen, weil am Wochenende kaum noch Busse fahren und die Dörfer weit auseinander \
            liegen.";
        assert_eq!(overruling_language("en", german).as_deref(), Some("de"));
        let english = "The river burst its banks overnight and schools across the region stayed \
            shut on Tuesday while engineers checked the buildings. The ministry said classes \
            would resume once every building had been inspected and declared safe for pupils \
            and staff, which could take until the end of the week.";
        assert_eq!(overruling_language("en", english), None);
        let lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod \
            tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis \
            nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis \
            aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat.";
        assert_eq!(overruling_language("en", lorem), None);
        // Too little text to overrule anything.
        assert_eq!(overruling_language("en", "Guten Tag und willkommen"), None);
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
        // Withdrawn and deprecated codes pages still carry.
        assert_eq!(primary_subtag("in-ID").as_deref(), Some("id"));
        assert_eq!(primary_subtag("ji").as_deref(), Some("yi"));
        assert_eq!(primary_subtag("mo-MD").as_deref(), Some("ro"));
        assert_eq!(primary_subtag("sh").as_deref(), Some("sh"));
        assert_eq!(primary_subtag("sh-Latn-RS").as_deref(), Some("sh"));
        assert_eq!(primary_subtag("sh-Cyrl").as_deref(), Some("sr"));
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
            "zz",
            "x-default",
            "gb",
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
