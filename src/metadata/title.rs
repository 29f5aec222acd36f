//! The headline: choosing among the structured titles, the `<h1>` and `<title>`, and stripping
//! the site name wherever it stands ("Title | Site", "Site - Title", "Title – Site").

use super::clean::fold;

/// Separators between a headline and the site name (or section) in titles, tried in order.
/// Each is written with its spaces: a hyphen inside a word is not a separator. Hebrew titles
/// may set the site off with a spaced maqaf ("כותרת ־ אתר").
const SEPARATORS: &[&str] = &[
    " | ", " │ ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " • ", " / ", " ~ ", " > ",
    " ־ ", ": ",
];

/// Separators that, when the site name is unknown, still mark a trailing site or section name
/// in a `<title>` ("Headline | Section | Site").
const SITE_SEPARATORS: &[&str] = &[
    " | ", " │ ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " • ", " ־ ",
];

/// Folded title segments that blog themes put between the site name and the post title
/// ("Site » Blog Archive » Post").
const ARCHIVE_SEGMENTS: &[&str] = &["blogarchive", "blogarchiv", "archive", "archiv"];

/// Shortest host label matched against a later word of a segment ("ประชาไท Prachatai.com"):
/// shorter labels ("bbc", "ft") are words of headlines too.
const MIN_HOST_WORD_LABEL: usize = 5;

/// Most words of a segment taken for a site name when no site name is known.
const MAX_SITE_WORDS: usize = 4;

/// Fewest words left for a headline after an unknown site segment is cut.
const MIN_HEADLINE_WORDS: usize = 3;

/// Names a title segment may be: the site's names and the page's host label.
pub(crate) struct SiteNames {
    folded: Vec<String>,
    host_label: Option<String>,
}

impl SiteNames {
    /// The known names (`og:site_name`, publisher, application name...) and the page host.
    pub fn new(names: &[String], host: Option<&str>) -> Self {
        let mut folded: Vec<String> = names
            .iter()
            .map(|n| fold(n))
            .filter(|n| !n.is_empty())
            .collect();
        folded.dedup();
        let host_label = host.and_then(host_label).filter(|l| l.len() >= 3);
        Self { folded, host_label }
    }

    /// Whether a segment is one of the names the page gives its site (not the host).
    pub fn matches_named(&self, segment: &str) -> bool {
        let f = fold(segment);
        !f.is_empty()
            && self.folded.iter().any(|n| {
                if *n == f {
                    return true;
                }
                let (short, long) = if n.len() < f.len() { (n, &f) } else { (&f, n) };
                short.len() >= 4 && short.len() * 2 >= long.len() && long.contains(short.as_str())
            })
    }

    /// Whether a segment is exactly one of the site's names: a name the page gives its site, the
    /// host's label, or the host written as a domain ("FINANZCHECK.de"). Not the looser likeness
    /// of [`Self::matches`]: a visible headline that shows a segment keeps it unless it is the
    /// site itself ("Welpen kaufen – Tipps zu jeder Hunderasse" on a site named "Welpen",
    /// "GdP-Vize Klemmer: ..." on gdp.de).
    pub fn matches_exactly(&self, segment: &str) -> bool {
        let f = fold(segment);
        if f.is_empty() {
            return false;
        }
        if ARCHIVE_SEGMENTS.contains(&f.as_str()) || self.folded.contains(&f) {
            return true;
        }
        let Some(label) = &self.host_label else {
            return false;
        };
        let s = segment.trim();
        host_spellings(&f).iter().any(|f| *f == *label)
            || (!s.contains(char::is_whitespace)
                && s.contains('.')
                && f.starts_with(label.as_str()))
            || (label.len() >= MIN_HOST_WORD_LABEL && local_name_and_domain(segment, label))
    }

    /// Whether a title segment is the site's name (or a blog theme's archive label).
    pub fn matches(&self, segment: &str) -> bool {
        let f = fold(segment);
        if f.is_empty() {
            return false;
        }
        if ARCHIVE_SEGMENTS.contains(&f.as_str()) {
            return true;
        }
        if self.matches_named(segment) {
            return true;
        }
        // "Example.com", "EXAMPLE News" on example.com: a short segment built on the host label;
        // "ประชาไท Prachatai.com": the name in the local script beside the host's. Hosts spell
        // letters with accents plainly, German umlauts as two letters ("Nalas Löwenseiten" on
        // nalas-loewenseiten.info, "Aktuálně" on aktualne.cz).
        let words = segment.split_whitespace().count();
        match &self.host_label {
            Some(label) if words <= MAX_SITE_WORDS => {
                host_spellings(&f).iter().any(|f| {
                    *f == *label
                        || f.starts_with(label.as_str())
                        || (f.len() >= 4 && label.contains(f.as_ref()))
                }) || (label.len() >= MIN_HOST_WORD_LABEL && local_name_and_domain(segment, label))
            }
            _ => false,
        }
    }
}

/// German umlauts and sharp s as host names write them ("löwenseiten" → "loewenseiten").
const HOST_DIGRAPHS: &[(char, &str)] = &[('ä', "ae"), ('ö', "oe"), ('ü', "ue"), ('ß', "ss")];

/// The ways a host name may spell a folded site name: as it is, without accents, and with
/// German umlauts as two letters.
fn host_spellings(folded: &str) -> Vec<std::borrow::Cow<'_, str>> {
    use std::borrow::Cow;
    if folded.is_ascii() {
        return vec![Cow::Borrowed(folded)];
    }
    let mut out = vec![Cow::Borrowed(folded)];
    if folded.contains(|c| HOST_DIGRAPHS.iter().any(|(u, _)| *u == c)) {
        let mut digraphs = String::with_capacity(folded.len() + 4);
        for c in folded.chars() {
            match HOST_DIGRAPHS.iter().find(|(u, _)| *u == c) {
                Some((_, two)) => digraphs.push_str(two),
                None => digraphs.push(c),
            }
        }
        out.push(Cow::Owned(digraphs));
    }
    out.push(super::clean::unaccented(folded));
    out
}

/// Whether a segment is a site's name in a local script followed by its domain ("ประชาไท
/// Prachatai.com"): the last word is the host's label with its domain ending, the words
/// before it hold no Latin lower-case letters (not "Rezept von Backen.de").
fn local_name_and_domain(segment: &str, label: &str) -> bool {
    let mut words: Vec<&str> = segment.split_whitespace().collect();
    let Some(last) = words.pop() else {
        return false;
    };
    !words.is_empty()
        && last.contains('.')
        && fold(last).starts_with(label)
        && words
            .iter()
            .all(|w| !w.chars().any(|c| c.is_ascii_lowercase()))
}

/// The registrable label of a host: `www.theguardian.com` -> `theguardian`,
/// `news.bbc.co.uk` -> `bbc`.
pub(crate) fn host_label(host: &str) -> Option<String> {
    let labels: Vec<&str> = host
        .trim_end_matches('.')
        .split('.')
        .filter(|l| !l.is_empty())
        .collect();
    let n = labels.len();
    if n < 2 {
        return None;
    }
    let second = labels.get(n - 2).copied().unwrap_or("");
    // Two-part public suffixes: co.uk, com.au, org.br...
    let label = if n >= 3 && matches!(second, "co" | "com" | "org" | "net" | "gov" | "ac" | "gob") {
        labels.get(n - 3).copied().unwrap_or(second)
    } else {
        second
    };
    let f = fold(label);
    (!f.is_empty()).then_some(f)
}

/// Remove the site name from the start or end of a title, as often as it appears (a title can
/// carry it twice: "Site - Section - Headline | Site"). Never returns an empty string.
pub(crate) fn strip_site(title: &str, sites: &SiteNames) -> String {
    let stripped = strip_site_with(title, |s| sites.matches(s));
    if stripped == title.trim() {
        return stripped;
    }
    without_section(&stripped).to_string()
}

/// Separators that set a section name off a headline in a title once its site is cut ("Sucesos
/// | Headline", "Headline | Politik"); not dashes nor colons, which headlines hold themselves
/// ("Brexit - what now?").
const SECTION_SEPARATORS: &[&str] = &[" | ", " │ ", " :: ", " » ", " « ", " · ", " • "];

/// Most words of a section name cut from a title.
const MAX_SECTION_WORDS: usize = 2;

/// A title whose site was cut, without the section name left beside the headline at one of
/// [`SECTION_SEPARATORS`] ("Sucesos | Detenido un hombre por robar en doce viviendas" gives the
/// headline): the title is two segments, one of at most two words, the other a headline of a
/// few words.
fn without_section(t: &str) -> &str {
    for sep in SECTION_SEPARATORS {
        if t.matches(sep).count() != 1 {
            continue;
        }
        let Some((a, b)) = split_first(t, sep) else {
            continue;
        };
        let (wa, wb) = (a.split_whitespace().count(), b.split_whitespace().count());
        if (1..=MAX_SECTION_WORDS).contains(&wa) && wb >= MIN_HEADLINE_WORDS {
            return b;
        }
        if (1..=MAX_SECTION_WORDS).contains(&wb) && wa >= MIN_HEADLINE_WORDS {
            return a;
        }
    }
    t
}

/// [`strip_site`] of a headline the page shows (its `<h1>`): only a segment that is exactly a
/// name of the site (or a date) is cut, since the reader sees the rest as part of the headline.
pub(crate) fn strip_site_shown(title: &str, sites: &SiteNames) -> String {
    strip_site_with(title, |s| sites.matches_exactly(s))
}

/// [`strip_site`] with `is_site` telling which segments are the site's name.
fn strip_site_with(title: &str, is_site: impl Fn(&str) -> bool) -> String {
    let mut t = title.trim();
    for _ in 0..4 {
        let mut changed = false;
        for sep in SEPARATORS {
            if let Some((head, tail)) = split_last(t, sep)
                && !head.is_empty()
                && (is_site(tail) || is_date_segment(tail, head))
            {
                t = head;
                changed = true;
                break;
            }
            if let Some((head, tail)) = split_first(t, sep)
                && !tail.is_empty()
                && (is_site(head) || is_date_segment(head, tail))
            {
                t = tail;
                changed = true;
                break;
            }
        }
        if !changed {
            break;
        }
    }
    cut_at_site_within(t, &is_site).unwrap_or(t).to_string()
}

/// Most title segments looked at for a site name standing in the middle.
const MAX_SEGMENTS: usize = 8;

/// "Headline : Site | Tagline | Founded 2005": a title whose site name stands in the middle,
/// followed by the site's taglines, cut before the site name. Taken only when a headline of a
/// few words stays before it; the segments are split at the first separator (of
/// [`SITE_SEPARATORS`], or `" : "`) that the title holds twice.
fn cut_at_site_within<'t>(t: &'t str, is_site: &impl Fn(&str) -> bool) -> Option<&'t str> {
    // Every separator position, in order.
    let mut cuts: Vec<(usize, usize)> = SITE_SEPARATORS
        .iter()
        .chain([" : "].iter())
        .filter(|sep| crate::text::may_contain(t, sep))
        .flat_map(|sep| t.match_indices(*sep).map(|(at, m)| (at, at + m.len())))
        .collect();
    if cuts.len() < 2 || cuts.len() > MAX_SEGMENTS {
        return None;
    }
    cuts.sort_unstable();
    // The segment after cut k runs to cut k + 1; the last one is the end (already tested by
    // strip_site), so only the middle ones count.
    for pair in cuts.windows(2) {
        let [(start, seg_from), (seg_to, _)] = pair else {
            continue;
        };
        let (Some(head), Some(segment)) = (t.get(..*start), t.get(*seg_from..*seg_to)) else {
            continue;
        };
        let head = head.trim();
        if is_site(segment) {
            return (head.split_whitespace().count() >= MIN_HEADLINE_WORDS).then_some(head);
        }
    }
    None
}

/// Longest title segment, in characters, read as a bare date ("23.01.2022 - Headline").
const MAX_DATE_SEGMENT_CHARS: usize = 30;

/// Whether a title segment is only a date, beside a `rest` that is a headline of its own (not
/// the other end of a range: "Wochenbericht 14. - 20. Januar 2022").
fn is_date_segment(segment: &str, rest: &str) -> bool {
    let s = segment.trim();
    let rest = rest.trim().trim_end_matches('.');
    rest.split_whitespace().count() >= MIN_HEADLINE_WORDS
        && !rest.ends_with(|c: char| c.is_ascii_digit())
        && s.chars().count() <= MAX_DATE_SEGMENT_CHARS
        && s.split_whitespace().count() <= 4
        && s.chars().any(|c| c.is_ascii_digit())
        && super::date::parse_date(s).is_some()
}

/// Characters of a separator left dangling at either end of a title once the site name was
/// cut out of a template ("Über André Loibl |", "mediaarchitecture.de //").
/// Not colons (a label-like "Wait:" or "::" ends some titles as written) nor guillemets, which
/// are French quotation marks.
const DANGLING: &[char] = &['|', '│', '-', '–', '—', '/', '·', '•', '~', '>'];

/// A title without a separator dangling at its start or end (after a space, or alone):
/// "Über André Loibl |" is "Über André Loibl". A separator glued to a word ("C++ -", "…:") is
/// cut only when spaced from it.
pub(crate) fn trim_dangling_separators(title: &str) -> String {
    let mut t = title.trim();
    for _ in 0..4 {
        let before = t;
        if let Some((head, last)) = t.rsplit_once(' ')
            && !last.is_empty()
            && last.chars().all(|c| DANGLING.contains(&c))
            && !head.trim().is_empty()
        {
            t = head.trim_end();
        }
        if let Some((first, tail)) = t.split_once(' ')
            && !first.is_empty()
            && first.chars().all(|c| DANGLING.contains(&c))
            && !tail.trim().is_empty()
        {
            t = tail.trim_start();
        }
        if t == before {
            break;
        }
    }
    t.to_string()
}

/// When `title` is `h1` with something before or after it across a separator, the `<h1>`:
/// "Floods close schools | World | Daily Planet" with h1 "Floods close schools".
pub(crate) fn h1_within(title: &str, h1: &str) -> bool {
    let (ft, fh) = (fold(title), fold(h1));
    if fh.is_empty() || ft == fh || !ft.contains(fh.as_str()) {
        return false;
    }
    if cjk_h1_within(title, h1) {
        return true;
    }
    let t = title.trim();
    let h = h1.trim();
    SEPARATORS.iter().any(|sep| {
        t.strip_prefix(h)
            .is_some_and(|rest| rest.starts_with(sep.trim_start()) || rest.starts_with(sep))
            || t.strip_suffix(h)
                .is_some_and(|rest| rest.ends_with(sep.trim_end()) || rest.ends_with(sep))
            || segments(t, sep).any(|s| fold(s) == fh)
    })
}

fn segments<'t>(t: &'t str, sep: &'t str) -> impl Iterator<Item = &'t str> {
    t.split(sep).map(str::trim)
}

/// The segments of a title across every separator it uses ("A | B - C" gives A, B, C, "B - C",
/// "A | B"), for recognising which part is the headline.
pub(crate) fn segments_of(title: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for sep in SEPARATORS {
        if find_short(title, sep).is_some() {
            for s in segments(title, sep) {
                if !s.is_empty() && !out.iter().any(|o| o == s) {
                    out.push(s.to_string());
                }
            }
        }
    }
    out
}

/// The first of [`SITE_SEPARATORS`], in that table's order, that `title` contains.
fn site_separator(title: &str) -> Option<&'static str> {
    SITE_SEPARATORS
        .iter()
        .copied()
        .find(|sep| find_short(title, sep).is_some())
}

/// The longest segment of a title cut at the first of [`SITE_SEPARATORS`] (in that table's
/// order) that it contains ("Headline | Section | Site" gives "Headline"); `None` when it
/// contains none.
pub(crate) fn longest_segment(title: &str) -> Option<String> {
    let sep = site_separator(title)?;
    segments(title, sep)
        .max_by_key(|s| s.chars().count())
        .map(str::to_string)
}

/// Fewest letters of a headline in capitals that [`cased_wording`] rewrites ("USA" alone is
/// a word, not a headline set in capitals).
const MIN_CAPITALS_LETTERS: usize = 8;

/// Whether a text is written in capitals: enough letters, none of them lower case, several
/// upper case ("PREFEITURA ANUNCIA MUTIRÃO"; not "iPhone 17", nor a script without case).
fn in_capitals(s: &str) -> bool {
    let mut upper = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        upper += usize::from(c.is_uppercase());
    }
    upper >= MIN_CAPITALS_LETTERS
}

/// The headline `h1` as its other wordings write it: a headline the page sets in capitals
/// ("PREFEITURA ANUNCIA MUTIRÃO DE CIRURGIAS") takes the casing of a structured title with the
/// same letters and digits ("Prefeitura anuncia mutirão de cirurgias"), the sentence as
/// written, of which the capitals are the page's typography. A headline in mixed case, or
/// without such a twin, is returned as it is.
pub(crate) fn cased_wording<'a>(h1: &'a str, others: impl IntoIterator<Item = &'a str>) -> &'a str {
    if !in_capitals(h1) {
        return h1;
    }
    let fh = caseless_letters(h1);
    others
        .into_iter()
        .find(|o| o.chars().any(char::is_lowercase) && caseless_letters(o) == fh)
        .unwrap_or(h1)
}

/// Greek vowels with tonos or dialytika and the final sigma, as capitals write them (without
/// accents: "ΣΕΙΣΜΟΣ" for "Σεισμός").
const GREEK_PLAIN: &[(&str, char)] = &[
    ("άἀἁ", 'α'),
    ("έ", 'ε'),
    ("ή", 'η'),
    ("ίϊΐ", 'ι'),
    ("ό", 'ο'),
    ("ύϋΰ", 'υ'),
    ("ώ", 'ω'),
    ("ς", 'σ'),
];

/// The letters and digits of a text as capitals spell them: [`fold`]ed, without Latin
/// diacritics nor Greek accents ("Intempéries : l’Hérault" and "INTEMPERIES : L’HERAULT" give
/// the same), for [`cased_wording`].
fn caseless_letters(s: &str) -> String {
    super::clean::unaccented(&fold(s))
        .chars()
        .map(|c| {
            GREEK_PLAIN
                .iter()
                .find(|(set, _)| set.contains(c))
                .map_or(c, |(_, plain)| *plain)
        })
        .collect()
}

/// Least share of the longer title's words the two titles must have in common to be two
/// wordings of one headline.
const SIMILAR_SHARE: f64 = 0.5;

/// Whether two titles are wordings of the same headline: equal when folded, or sharing at least
/// half of the longer one's words ("Klimaschutz: Bohren, bis es heiß wird" and "Bohren, bis es
/// heiß wird"; not "Cup-Vorschau" and "Cup-Vorschau: Stans freut sich auf ein Bruderduell").
pub(crate) fn similar(a: &str, b: &str) -> bool {
    similar_folded(a, &fold(a), b, &fold(b))
}

/// [`similar`] of `a` and `b` whose [`fold`]s `fa` and `fb` the caller has.
pub(crate) fn similar_folded(a: &str, fa: &str, b: &str, fb: &str) -> bool {
    if fa.is_empty() || fb.is_empty() {
        return false;
    }
    if fa == fb {
        return true;
    }
    similar_words(fa, fb, &similar_words_of(a), &similar_words_of(b))
}

/// The words of a title as [`similar_folded`] compares them: lower case, sorted, distinct.
pub(crate) type SimilarWords<'a> = Vec<std::borrow::Cow<'a, str>>;

/// The [`SimilarWords`] of `s`.
pub(crate) fn similar_words_of(s: &str) -> SimilarWords<'_> {
    let mut w: SimilarWords<'_> = lower_words_cow(s, 1).collect();
    w.sort_unstable();
    w.dedup();
    w
}

/// [`similar_folded`] of `a` and `b`, with the words of `b` split once in `wb` for a `b`
/// compared with many texts.
pub(crate) fn similar_folded_to<'b>(
    a: &str,
    fa: &str,
    b: &'b str,
    fb: &str,
    wb: &std::cell::OnceCell<SimilarWords<'b>>,
) -> bool {
    if fa.is_empty() || fb.is_empty() {
        return false;
    }
    if fa == fb {
        return true;
    }
    let wb = wb.get_or_init(|| similar_words_of(b));
    // The words of `a` are read until they are too many: with more than `wb.len()` /
    // SIMILAR_SHARE distinct words (and two or more), too small a share of them can be shared
    // (a long block beside a short description).
    let mut seen: std::collections::HashSet<std::borrow::Cow<'_, str>, crate::fast_hash::FastHash> =
        std::collections::HashSet::default();
    for w in lower_words_cow(a, 1) {
        seen.insert(w);
        if seen.len() >= 2 && (wb.len() as f64) < SIMILAR_SHARE * seen.len() as f64 {
            return false;
        }
    }
    let mut wa: SimilarWords<'_> = seen.into_iter().collect();
    wa.sort_unstable();
    similar_words(fa, fb, &wa, wb)
}

/// The end of [`similar_folded`]: folds `fa` and `fb` differ and neither is empty; `wa` and
/// `wb` are their texts' [`SimilarWords`].
fn similar_words(
    fa: &str,
    fb: &str,
    wa: &[std::borrow::Cow<'_, str>],
    wb: &[std::borrow::Cow<'_, str>],
) -> bool {
    let longer = wa.len().max(wb.len());
    if longer == 0 {
        return false;
    }
    let shared = wa.iter().filter(|w| wb.binary_search(w).is_ok()).count();
    // Titles without spaces (Chinese, Japanese): compare the folded strings instead.
    if longer == 1 {
        let (short, long) = if fa.len() <= fb.len() {
            (fa, fb)
        } else {
            (fb, fa)
        };
        return long.contains(short) && short.len() * 2 >= long.len();
    }
    shared >= 2 && shared as f64 >= SIMILAR_SHARE * longer as f64
}

/// Shortest word, in characters, that counts for [`shared_words`] (leaves out most articles
/// and prepositions).
const MIN_SHARED_WORD_CHARS: usize = 4;

/// How many distinct words of four or more letters two titles have in common, ignoring case.
pub(crate) fn shared_words(a: &str, b: &str) -> usize {
    let wb: Vec<String> = lower_words(b, MIN_SHARED_WORD_CHARS).collect();
    let mut shared: Vec<String> = lower_words(a, MIN_SHARED_WORD_CHARS)
        .filter(|w| wb.contains(w))
        .collect();
    shared.sort_unstable();
    shared.dedup();
    shared.len()
}

/// The words of a title (runs of letters and digits) of at least `min_chars` characters, lower
/// case.
fn lower_words(s: &str, min_chars: usize) -> impl Iterator<Item = String> + '_ {
    lower_words_cow(s, min_chars).map(std::borrow::Cow::into_owned)
}

/// [`lower_words`], borrowing the words that are lower-case ASCII already.
fn lower_words_cow(
    s: &str,
    min_chars: usize,
) -> impl Iterator<Item = std::borrow::Cow<'_, str>> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(move |w| !w.is_empty() && w.chars().count() >= min_chars)
        .map(crate::text::lowercase_cow)
}

/// Separators Chinese and Japanese titles write without spaces ("标题_新华网", "标题-新华网",
/// "見出し｜毎日新聞", and the bar-shaped ideograph 丨 in "标题丨界面新闻").
const CJK_SEPARATORS: &[char] = &['_', '-', '|', '｜', '－', '—', '–', '＿', '丨'];

/// The dashes among [`CJK_SEPARATORS`].
const CJK_DASHES: &[char] = &['-', '－', '—', '–'];

/// How the names of Chinese and Japanese news sites end: "网" (web), "新闻"/"新聞" (news),
/// "报"/"日报" (paper), "电视台" (TV station), "通信" (agency), "ニュース" (news).
const CJK_SITE_ENDINGS: &[&str] = &[
    "网",
    "網",
    "新闻",
    "新聞",
    "报",
    "報",
    "电视台",
    "電視台",
    "通信",
    "ニュース",
    "频道",
    "頻道",
    "デジタル",
];

/// Longest trailing segment of a Chinese or Japanese title, in characters, taken for a site
/// or channel name ("新华网", "探索者", "腾讯网").
const MAX_CJK_SITE_CHARS: usize = 12;

/// Fewest characters of a Chinese or Japanese headline left after a site segment is cut.
const MIN_CJK_HEADLINE_CHARS: usize = 4;

/// Whether a character is a Chinese, Japanese or Korean letter.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK Extension A
        | 0x4E00..=0x9FFF // CJK Unified Ideographs
        | 0xAC00..=0xD7AF // Hangul syllables
        | 0xF900..=0xFAFF) // CJK Compatibility Ideographs
}

/// A Chinese or Japanese title without its trailing site and channel segments, which these
/// titles join without spaces ("宇航员在太空中喝酒会怎么样？后果很严重_探索者_光明网" gives the
/// headline). Titles without such letters come back unchanged.
fn strip_cjk_site(title: &str) -> &str {
    let mut t = title.trim();
    if !t.chars().any(is_cjk) {
        return t;
    }
    for _ in 0..3 {
        let Some(pos) = t.rfind(CJK_SEPARATORS) else {
            break;
        };
        let sep_len = t
            .get(pos..)
            .and_then(|r| r.chars().next())
            .map_or(1, char::len_utf8);
        let tail = without_bracketed_host(t.get(pos + sep_len..).unwrap_or("").trim());
        let tail_chars = tail.chars().count();
        // A dash also joins the two halves of a headline ("新型コロナ-東京で500人感染"): it
        // sets off a site only when the tail is named like one ("-新华网"). A doubled dash
        // never joins ("标题--科技--人民网", People's Daily): it sets off a channel too.
        let dash = t.get(pos..).is_some_and(|r| r.starts_with(CJK_DASHES));
        let before = t.get(..pos).unwrap_or("");
        let doubled = dash && before.ends_with(CJK_DASHES);
        let head = if doubled {
            before.trim_end_matches(CJK_DASHES)
        } else {
            before
        }
        .trim();
        let site_like = !dash || doubled || CJK_SITE_ENDINGS.iter().any(|e| tail.ends_with(e));
        if site_like
            && (1..=MAX_CJK_SITE_CHARS).contains(&tail_chars)
            && head.chars().filter(|&c| is_cjk(c)).count() >= MIN_CJK_HEADLINE_CHARS
        {
            t = head;
        } else {
            break;
        }
    }
    t
}

/// A site segment without the host it carries in brackets ("央视网(cctv.com)", "Site [site.de]"
/// give the name); any other segment comes back unchanged.
pub(crate) fn without_bracketed_host(segment: &str) -> &str {
    let s = segment.trim();
    for (open, close) in [('(', ')'), ('（', '）'), ('[', ']')] {
        let Some(inner_end) = s.strip_suffix(close) else {
            continue;
        };
        let Some(at) = inner_end.rfind(open) else {
            continue;
        };
        let (name, host) = (
            inner_end.get(..at).unwrap_or("").trim(),
            inner_end.get(at + open.len_utf8()..).unwrap_or(""),
        );
        if super::source_name::is_host_form(host) && !name.is_empty() {
            return name;
        }
    }
    s
}

/// Whether `title` is `h1` followed by site segments joined without spaces, as Chinese and
/// Japanese titles write them ("标题_新华网" with h1 "标题").
fn cjk_h1_within(title: &str, h1: &str) -> bool {
    let h = h1.trim();
    !h.is_empty() && h.chars().any(is_cjk) && strip_cjk_site(title) == h
}

/// The site's name as a `<title>` ends with it, for pages that state it nowhere else: the
/// last segment when it names the host ("Headline | Hürriyet" on hurriyet.com.tr), else the
/// last segment [`strip_unknown_site`] would cut ("Headline | Daily Planet", "标题_新华网").
pub(crate) fn site_segment(title: &str, sites: &SiteNames) -> Option<String> {
    let t = title.trim();
    let cjk = strip_cjk_site(t);
    if cjk.len() < t.len() {
        // The last segment of the ones cut: the site, after any channel.
        let pos = t.rfind(CJK_SEPARATORS)?;
        let tail = t.get(pos..)?.trim_start_matches(CJK_SEPARATORS).trim();
        let tail = without_bracketed_host(tail);
        return (!tail.is_empty()).then(|| tail.to_string());
    }
    for sep in SITE_SEPARATORS {
        let Some((head, tail)) = split_last(t, sep) else {
            continue;
        };
        let named = sites.matches(tail) || cuts_unknown_site(head, tail);
        if !tail.is_empty() && named && !is_date_segment(tail, head) {
            return Some(tail.to_string());
        }
    }
    // Japanese titles set the site off with a full-width colon ("見出し：AFPBB News"); the
    // colon also opens a headline ("動画：…"), so only a segment naming the site is cut.
    let (_, tail) = split_last(t, "：")?;
    (!tail.is_empty() && sites.matches(tail)).then(|| tail.to_string())
}

/// Whether a name is written like a Chinese news site's ("中国日报网", "新华网", "人民日报"): the last segment of a `<title>` so named is the site even when the page
/// names it nowhere else.
pub(crate) fn named_like_cjk_site(name: &str) -> bool {
    let n = name.trim();
    n.chars().any(is_cjk)
        && n.chars().count() <= MAX_CJK_SITE_CHARS
        && CJK_SITE_NAME_ENDINGS.iter().any(|e| n.ends_with(e))
}

/// The endings of [`CJK_SITE_ENDINGS`] that name a site, never a section: "网" (web), "日报"
/// (daily), "电视台" (TV station). Not "新闻"/"新聞" ("国际新闻" is a section) nor "频道".
const CJK_SITE_NAME_ENDINGS: &[&str] = &["网", "網", "日报", "日報", "电视台", "電視台"];

/// The first byte of `needle` that is not a space, and its offset: the byte searched for by
/// [`find_short`] and [`rfind_short`] ("|" of " | " is rare in a title, the space is not).
fn key_byte(needle: &[u8]) -> Option<(usize, u8)> {
    needle
        .iter()
        .position(|&b| b != b' ')
        .or_else(|| (!needle.is_empty()).then_some(0))
        .and_then(|k| needle.get(k).map(|&b| (k, b)))
}

/// Where `needle` first occurs in `hay` (as [`str::find`]), without building a `str` searcher
/// per call: titles are short and searched for every separator many times. A byte match of a
/// UTF-8 needle starts on a char boundary.
fn find_short(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((k, key)) = key_byte(n) else {
        return Some(0);
    };
    memchr::memchr_iter(key, h)
        .filter_map(|p| p.checked_sub(k))
        .find(|&i| h.get(i..i + n.len()) == Some(n))
}

/// Where `needle` last occurs in `hay` (as [`str::rfind`]), without building a `str` searcher
/// per call (see [`find_short`]).
fn rfind_short(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((k, key)) = key_byte(n) else {
        return Some(hay.len());
    };
    memchr::memrchr_iter(key, h)
        .filter_map(|p| p.checked_sub(k))
        .find(|&i| h.get(i..i + n.len()) == Some(n))
}

/// `t` split at its last `sep`, both sides trimmed.
fn split_last<'t>(t: &'t str, sep: &str) -> Option<(&'t str, &'t str)> {
    let pos = rfind_short(t, sep)?;
    Some((
        t.get(..pos).unwrap_or("").trim(),
        t.get(pos + sep.len()..).unwrap_or("").trim(),
    ))
}

/// The first part of a `<title>` written as a breadcrumb of three parts or more ("Site ::
/// Section :: Headline" gives "Site"), when it is short enough to be a site's name. (Of two
/// parts, either may be the site.)
pub(crate) fn first_segment(title: &str) -> Option<&str> {
    let sep = site_separator(title)?;
    if title.matches(sep).count() < 2 {
        return None;
    }
    title
        .split(sep)
        .next()
        .map(str::trim)
        .filter(|s| !s.is_empty() && s.split_whitespace().count() <= MAX_SITE_WORDS)
}

/// The headline of a `<title>` written as a breadcrumb, the site first and the headline last
/// ("The Millbrook Sentinel :: Local News :: Library to stay open"): three segments or more at
/// one separator, the first naming the site, the last a headline of a few words.
pub(crate) fn breadcrumb_headline(title: &str, sites: &SiteNames) -> Option<String> {
    let sep = site_separator(title)?;
    let parts: Vec<&str> = segments(title, sep).collect();
    let (first, last) = (parts.first()?, parts.last()?);
    (parts.len() >= 3
        && sites.matches(first)
        && last.split_whitespace().count() >= MIN_HEADLINE_WORDS)
        .then(|| last.to_string())
}

/// The part of a `<title>` after its last site separator ("Headline | Site" gives "Site").
pub(crate) fn last_segment(title: &str) -> Option<&str> {
    SITE_SEPARATORS
        .iter()
        .filter_map(|sep| rfind_short(title, sep).map(|at| at + sep.len()))
        .max()
        .and_then(|from| title.get(from..))
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// `t` split at its first `sep`, both sides trimmed.
fn split_first<'t>(t: &'t str, sep: &str) -> Option<(&'t str, &'t str)> {
    let pos = find_short(t, sep)?;
    Some((
        t.get(..pos).unwrap_or("").trim(),
        t.get(pos + sep.len()..).unwrap_or("").trim(),
    ))
}

/// Whether a trailing `tail` may be cut as a site nobody named: a few words, leaving a
/// headline of a few words in `head`, and not the rest of the headline's sentence (see
/// [`continues_headline`]).
fn cuts_unknown_site(head: &str, tail: &str) -> bool {
    tail.split_whitespace().count() <= MAX_SITE_WORDS
        && head.split_whitespace().count() >= MIN_HEADLINE_WORDS
        && !continues_headline(tail)
}

/// Fewest words of a trailing segment in lower case for it to read as a clause.
const MIN_CLAUSE_WORDS: usize = 3;

/// Whether a title's trailing segment goes on with the headline rather than naming a site: a
/// question or an exclamation ("Leasing oder Finanzierung – was lohnt sich mehr?"), or a
/// clause of a few words all in lower case ("– so einfach geht's"); a site's name has a
/// capital ("evolve extension for Mercurial") or is written as a domain ("golem.de"), or is
/// short ("heise online").
fn continues_headline(tail: &str) -> bool {
    let t = tail.trim();
    if t.ends_with(['?', '!', '？', '！']) {
        return true;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    words.len() >= MIN_CLAUSE_WORDS
        && !t.contains('.')
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_lowercase))
}

/// A `<title>` with no known site name and no `<h1>` to compare with: drop a short trailing
/// segment after a site separator when a headline of a few words stays ("Headline | Site").
pub(crate) fn strip_unknown_site(title: &str) -> String {
    let t = title.trim();
    let cjk = strip_cjk_site(t);
    if cjk.len() < t.len() {
        return cjk.to_string();
    }
    for sep in SITE_SEPARATORS {
        if let Some((head, tail)) = split_last(t, sep)
            && cuts_unknown_site(head, tail)
        {
            // uCoz and similar templates put the date between the headline and the site
            // ("Headline - 14 Березня 2026 - Site").
            return match split_last(head, sep) {
                Some((headline, date)) if is_date_segment(date, headline) => headline,
                _ => head,
            }
            .to_string();
        }
    }
    t.to_string()
}

/// Fewest words of a clause after a separator that extends a shorter headline ("Leasing oder
/// Finanzierung – der Vergleich der Kosten für private und gewerbliche Kunden" against the
/// `<h1>` "Leasing oder Finanzierung"); fewer is a call to read on ("– Erfahre mehr zu den
/// Risiken"). A question extends it at any length.
const MIN_EXTENDING_CLAUSE_WORDS: usize = 7;

/// Whether a structured title is the headline `h1` followed by a separator and a clause of its
/// own that is not the site's name: a question ("Leasing oder Finanzierung – was lohnt sich
/// mehr?") or a clause of several words. Such a title is the whole headline, of which the page
/// shows the first part in large type.
pub(crate) fn extends_with_clause(structured: &str, h1: &str, sites: &SiteNames) -> bool {
    let (s, h) = (structured.trim(), h1.trim());
    if h.is_empty() || s.len() <= h.len() {
        return false;
    }
    let Some(head) = s.get(..h.len()) else {
        return false;
    };
    if fold(head) != fold(h) {
        return false;
    }
    let rest = s.get(h.len()..).unwrap_or("");
    let Some(tail) = [" – ", " - ", " — ", ": "]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))
        .map(str::trim)
    else {
        return false;
    };
    let words = tail.split_whitespace().count();
    words >= 2
        && !sites.matches(tail)
        && !SEPARATORS.iter().any(|sep| tail.contains(sep))
        && (tail.ends_with(['?', '？', '¿']) || words >= MIN_EXTENDING_CLAUSE_WORDS)
}

/// A title without a trailing parenthesis ("Der historische Purzelbaum (2021/5)" gives "Der
/// historische Purzelbaum"): an issue number or a note that the page's own heading may leave
/// out. `None` when the title does not end with one.
pub(crate) fn without_trailing_parenthesis(title: &str) -> Option<&str> {
    let t = title.trim().strip_suffix(')')?;
    let open = t.rfind(" (")?;
    let inner = t.get(open + 2..)?;
    let head = t.get(..open)?.trim();
    (!inner.contains(['(', ')']) && !head.is_empty()).then_some(head)
}

/// Whether a structured title was cut at a quotation mark that its publisher did not escape
/// (`content="Senator calls Biden "unfit""` reads "Senator calls Biden"), and `longer` is the
/// whole of it.
pub(crate) fn cut_at_quote(cut: &str, longer: &str) -> bool {
    let (c, l) = (cut.trim(), longer.trim());
    l.len() > c.len()
        && l.starts_with(c)
        && l.get(c.len()..).is_some_and(|rest| {
            rest.trim_start()
                .starts_with(['"', '“', '„', '«', '»', '\''])
        })
}

/// Whether a structured headline was cut short ("Floods close schools across the…") and the
/// `<h1>` is the whole of it.
pub(crate) fn truncated_form_of(headline: &str, h1: &str) -> bool {
    let h = headline.trim();
    let stem = h
        .strip_suffix('…')
        .or_else(|| h.strip_suffix("..."))
        .map(str::trim_end);
    match stem {
        Some(stem) => {
            let (fs, fh) = (fold(stem), fold(h1));
            fs.len() >= 10 && fh.len() > fs.len() && fh.starts_with(fs.as_str())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_to_a_text_compared_many_times_is_similar() {
        let texts = [
            "Klimaschutz: Bohren, bis es heiß wird",
            "Bohren, bis es heiß wird",
            "Cup-Vorschau",
            "Cup-Vorschau: Stans freut sich auf ein Bruderduell",
            "Stans freut sich auf ein Bruderduell im Cup, und die ganze Gemeinde fiebert mit, \
             denn der Verein spielt zum ersten Mal seit Jahren wieder vor vollem Haus",
            "东京奥运会开幕",
            "东京奥运会",
            "",
            "a b",
        ];
        for a in texts {
            for b in texts {
                let cell = std::cell::OnceCell::new();
                assert_eq!(
                    similar_folded_to(a, &fold(a), b, &fold(b), &cell),
                    similar(a, b),
                    "{a:?} / {b:?}"
                );
            }
        }
    }

    #[test]
    fn short_searches_agree_with_str() {
        let hays = [
            "A - B - C",
            " - - ",
            "Título – Sitio – Más",
            "x",
            "",
            "ab|ab | ab | ",
            "   ",
        ];
        let needles = [" - ", " – ", " | ", "x", "ab", "", "–", " ", "  ", ": "];
        for h in hays {
            for n in needles {
                assert_eq!(find_short(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(rfind_short(h, n), h.rfind(n), "{h:?} {n:?}");
            }
        }
    }

    fn sites(names: &[&str], host: Option<&str>) -> SiteNames {
        let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        SiteNames::new(&names, host)
    }

    #[test]
    fn a_date_segment_is_stripped() {
        let s = sites(&[], None);
        assert_eq!(
            strip_site("23.01.2022 - Wierer darf noch jubeln", &s),
            "Wierer darf noch jubeln"
        );
        assert_eq!(
            strip_site("Wochenbericht 14. - 20. Januar 2022", &s),
            "Wochenbericht 14. - 20. Januar 2022"
        );
        assert_eq!(
            strip_site("Budget 2026 - What changes in March", &s),
            "Budget 2026 - What changes in March"
        );
    }

    #[test]
    fn site_segments_in_local_scripts_and_after_full_width_colons() {
        let thai = sites(&[], Some("prachatai.com"));
        assert_eq!(
            site_segment("ผล DNA ยืนยัน ศพลอยแม่น้ำโขง | ประชาไท Prachatai.com", &thai).as_deref(),
            Some("ประชาไท Prachatai.com")
        );
        assert!(thai.matches("ประชาไท Prachatai.com"));
        // A phrase before the domain is not a name in another script.
        let de = sites(&[], Some("www.backen.de"));
        assert!(!de.matches("Rezept von Backen.de"));
        let ja = sites(&[], Some("www.afpbb.com"));
        assert_eq!(
            site_segment(
                "動画：ナイジェリアで自爆攻撃、31人死亡　写真1枚　国際ニュース：AFPBB News",
                &ja
            )
            .as_deref(),
            Some("AFPBB News")
        );
        // A colon inside the headline is not a site separator.
        assert_eq!(site_segment("習近平：改革を堅持", &ja), None);
        assert!(named_like_cjk_site("中国日报网"));
        assert!(!named_like_cjk_site("中美合作共赢"));
        assert!(!named_like_cjk_site("Daily Planet"));
    }

    #[test]
    fn spaced_maqaf_and_bar_ideograph_set_off_the_site() {
        let none = sites(&[], None);
        // Hebrew: a spaced maqaf before the site; one glued inside a word is a hyphen.
        assert_eq!(
            site_segment("המשטרה עצרה חשוד בהצתת רכבים בחיפה ־ חדשות המפרץ", &none).as_deref(),
            Some("חדשות המפרץ")
        );
        assert_eq!(
            strip_unknown_site("תלמידי בית־ספר יסודי יצאו לטיול שנתי בגליל"),
            "תלמידי בית־ספר יסודי יצאו לטיול שנתי בגליל"
        );
        // Chinese: 丨 as a bar before the site.
        assert_eq!(
            strip_unknown_site("多地发布高温红色预警 电网负荷再创新高丨华东观察"),
            "多地发布高温红色预警 电网负荷再创新高"
        );
        assert_eq!(
            site_segment("多地发布高温红色预警 电网负荷再创新高丨华东观察", &none).as_deref(),
            Some("华东观察")
        );
        // Too short a headline before it: kept whole.
        assert_eq!(strip_unknown_site("天气丨华东观察"), "天气丨华东观察");
    }

    #[test]
    fn a_headline_in_capitals_takes_its_twin_s_casing() {
        let h1 = "PREFEITURA ANUNCIA MUTIRÃO DE CIRURGIAS ATÉ DEZEMBRO";
        let og = "Prefeitura anuncia mutirão de cirurgias até dezembro";
        assert_eq!(cased_wording(h1, [og]), og);
        // Another wording, a twin in capitals too, or a headline in mixed case: kept.
        assert_eq!(
            cased_wording(h1, ["Prefeitura anuncia mutirão de cirurgias"]),
            h1
        );
        assert_eq!(cased_wording(h1, [h1]), h1);
        let mixed = "NASA plans a new Moon landing";
        assert_eq!(
            cased_wording(mixed, ["Nasa plans a new moon landing"]),
            mixed
        );
        // Too few letters to be a headline set in capitals.
        assert_eq!(cased_wording("NATO", ["Nato"]), "NATO");
        // Capitals drop the accents (French, Greek); other letters still differ.
        let fr = "Intempéries : l’Hérault en vigilance rouge";
        assert_eq!(
            cased_wording("INTEMPERIES : L’HERAULT EN VIGILANCE ROUGE", [fr]),
            fr
        );
        let el = "Σεισμός 5,2 Ρίχτερ ανοιχτά της Κρήτης";
        assert_eq!(
            cased_wording("ΣΕΙΣΜΟΣ 5,2 ΡΙΧΤΕΡ ΑΝΟΙΧΤΑ ΤΗΣ ΚΡΗΤΗΣ", [el]),
            el
        );
        assert_eq!(
            cased_wording("INTEMPERIES : L’AUDE EN VIGILANCE ROUGE", [fr]),
            "INTEMPERIES : L’AUDE EN VIGILANCE ROUGE"
        );
    }

    #[test]
    fn a_section_beside_the_headline_goes_with_the_site() {
        let s = sites(&["Diario Costa"], None);
        let headline = "Detenido un hombre por robar en doce viviendas";
        assert_eq!(
            strip_site(&format!("Sucesos | {headline} | Diario Costa"), &s),
            headline
        );
        assert_eq!(
            strip_site(&format!("{headline} | Sucesos | Diario Costa"), &s),
            headline
        );
        // No site cut, a dash, or a segment of three words: kept.
        assert_eq!(
            strip_site(&format!("Sucesos | {headline}"), &s),
            format!("Sucesos | {headline}")
        );
        assert_eq!(
            strip_site("Brexit - what now? | Diario Costa", &s),
            "Brexit - what now?"
        );
        assert_eq!(
            strip_site(
                "Madrid Central Norte | Las multas vuelven en enero | Diario Costa",
                &s
            ),
            "Madrid Central Norte | Las multas vuelven en enero"
        );
    }

    #[test]
    fn separators_left_dangling_are_trimmed() {
        assert_eq!(
            trim_dangling_separators("Über André Loibl |"),
            "Über André Loibl"
        );
        assert_eq!(
            trim_dangling_separators("mediaarchitecture.de //"),
            "mediaarchitecture.de"
        );
        assert_eq!(trim_dangling_separators("| Die Events"), "Die Events");
        assert_eq!(trim_dangling_separators("« Il y a »"), "« Il y a »");
        // Separators inside the title, glued ones and a lone one stay.
        assert_eq!(
            trim_dangling_separators("Rain - and more rain"),
            "Rain - and more rain"
        );
        assert_eq!(trim_dangling_separators("Why C++ -"), "Why C++");
        assert_eq!(trim_dangling_separators("Wait:"), "Wait:");
        assert_eq!(trim_dangling_separators("|"), "|");
    }

    #[test]
    fn the_longest_segment_of_a_title() {
        assert_eq!(
            longest_segment("kein App Store mehr mit iOS 13 ? | iPhone | Forum | MacTechNews.de")
                .as_deref(),
            Some("kein App Store mehr mit iOS 13 ?")
        );
        assert_eq!(
            longest_segment("Site - Ein langer Titel hier").as_deref(),
            Some("Ein langer Titel hier")
        );
        assert_eq!(longest_segment("Kolumne: Ohne Trenner"), None);
    }

    #[test]
    fn chinese_and_japanese_site_segments() {
        assert_eq!(
            strip_unknown_site("宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网"),
            "宇航员在太空中喝酒会怎么样？后果很严重"
        );
        assert_eq!(
            strip_unknown_site("武汉的声音：有英勇的你，才有英雄的城！-新华网"),
            "武汉的声音：有英勇的你，才有英雄的城！"
        );
        assert_eq!(
            strip_unknown_site("政府、中小企業支援の新経済対策を発表｜毎日新聞"),
            "政府、中小企業支援の新経済対策を発表"
        );
        // People's Daily doubles its dashes, before the channel too.
        assert_eq!(
            strip_unknown_site("我国首个深远海漂浮式风电场全容量并网--科技--人民新闻网"),
            "我国首个深远海漂浮式风电场全容量并网"
        );
        // A single dash before a channel named like no site stays.
        assert_eq!(
            strip_unknown_site("我国首个深远海漂浮式风电场全容量并网-科技"),
            "我国首个深远海漂浮式风电场全容量并网-科技"
        );
        // Too short a headline would stay: the title is kept whole.
        assert_eq!(strip_unknown_site("新闻_新华网"), "新闻_新华网");
        // A dash inside a headline is not a site separator.
        assert_eq!(
            strip_unknown_site("新型コロナ-東京で新たに500人感染"),
            "新型コロナ-東京で新たに500人感染"
        );
        assert_eq!(
            strip_unknown_site("习近平会见美国总统-双方同意加强合作"),
            "习近平会见美国总统-双方同意加强合作"
        );
        // Latin titles are not cut at an unspaced hyphen.
        assert_eq!(strip_unknown_site("Covid-19 vaccines"), "Covid-19 vaccines");
        assert!(h1_within(
            "国务院常务会议部署稳就业举措_新华网",
            "国务院常务会议部署稳就业举措"
        ));
    }

    #[test]
    fn a_site_segment_carrying_its_host_in_brackets_is_the_site() {
        let none = sites(&[], None);
        assert_eq!(without_bracketed_host("央视网(cctv.com)"), "央视网");
        assert_eq!(
            without_bracketed_host("Daily Planet [planet.de]"),
            "Daily Planet"
        );
        assert_eq!(
            without_bracketed_host("Bericht (Teil 2)"),
            "Bericht (Teil 2)"
        );
        assert_eq!(without_bracketed_host("(cctv.com)"), "(cctv.com)");
        assert_eq!(
            strip_unknown_site("全国春季农业生产进度过六成_新闻频道_央视网(cctv.com)"),
            "全国春季农业生产进度过六成"
        );
        assert_eq!(
            site_segment(
                "全国春季农业生产进度过六成_新闻频道_央视网(cctv.com)",
                &none
            )
            .as_deref(),
            Some("央视网")
        );
        // A bracket that holds no host leaves the title whole.
        assert_eq!(
            strip_unknown_site("全国春季农业生产进度过六成_新闻频道_央视网(中央电视台官方网站)"),
            "全国春季农业生产进度过六成_新闻频道_央视网(中央电视台官方网站)"
        );
    }

    #[test]
    fn the_site_segment_of_a_title() {
        let none = sites(&[], None);
        assert_eq!(
            site_segment("Floods close schools in the north | Daily Planet", &none).as_deref(),
            Some("Daily Planet")
        );
        assert_eq!(
            site_segment("国务院常务会议部署稳就业举措_新华网", &none).as_deref(),
            Some("新华网")
        );
        let host = sites(&[], Some("www.hurriyet.com.tr"));
        assert_eq!(
            site_segment("Yeni destek paketi - Hürriyet", &host).as_deref(),
            Some("Hürriyet")
        );
        assert_eq!(site_segment("A headline without a site", &none), None);
    }

    #[test]
    fn a_site_named_with_umlauts_or_accents_matches_its_host() {
        let s = sites(&[], Some("www.nalas-loewenseiten.info"));
        assert!(s.matches("Nalas Löwenseiten"));
        assert_eq!(strip_site("Lexikon « Nalas Löwenseiten", &s), "Lexikon");
        let s = sites(&[], Some("zpravy.aktualne.cz"));
        assert!(s.matches("Aktuálně"));
        assert!(s.matches_exactly("Aktuálně"));
        let s = sites(&[], Some("www.sueddeutsche.de"));
        assert!(s.matches("Süddeutsche Zeitung"));
        assert!(!s.matches("Südtirol"));
    }

    #[test]
    fn a_question_or_a_clause_is_no_unknown_site() {
        assert_eq!(
            strip_unknown_site("Leasing oder Finanzierung – was lohnt sich mehr?"),
            "Leasing oder Finanzierung – was lohnt sich mehr?"
        );
        assert_eq!(
            strip_unknown_site("Jetzt Produkttester werden - so einfach geht es"),
            "Jetzt Produkttester werden - so einfach geht es"
        );
        assert_eq!(
            strip_unknown_site("Floods close schools across the north - heise online"),
            "Floods close schools across the north"
        );
        assert_eq!(
            strip_unknown_site("Floods close schools across the north | Daily Planet"),
            "Floods close schools across the north"
        );
    }

    #[test]
    fn titles_sharing_words() {
        assert_eq!(
            shared_words(
                "Zaubernuss im Winter",
                "Wie pflege ich meine Zaubernuss im Winter?"
            ),
            2
        );
        assert_eq!(
            shared_words("Krimiblog-Archiv", "Das Musikvideo der Welt"),
            0
        );
        assert_eq!(shared_words("In the end", "At the end"), 0); // short words do not count
        assert_eq!(shared_words("Montauk, Montauk!", "Downtown Montauk"), 1); // once each
    }

    #[test]
    fn a_clause_extends_the_headline_only_when_a_question_or_long() {
        let s = sites(&["Finanzcheck.de"], Some("www.finanzcheck.de"));
        let h1 = "Leasing oder Finanzierung";
        assert!(extends_with_clause(
            "Leasing oder Finanzierung – was lohnt sich mehr?",
            h1,
            &s
        ));
        assert!(!extends_with_clause(
            "Leasing oder Finanzierung – Erfahre mehr zu den Risiken",
            h1,
            &s
        ));
        assert!(!extends_with_clause(
            "Leasing oder Finanzierung | FINANZCHECK.de",
            h1,
            &s
        ));
        assert!(!extends_with_clause(
            "Leasing oder Finanzierung » Der große Vergleich | FINANZCHECK.de",
            h1,
            &s
        ));
    }

    #[test]
    fn a_trailing_parenthesis_comes_off() {
        assert_eq!(
            without_trailing_parenthesis("Der historische Purzelbaum (2021/5)"),
            Some("Der historische Purzelbaum")
        );
        assert_eq!(without_trailing_parenthesis("Without one"), None);
        assert_eq!(without_trailing_parenthesis("(Only a note)"), None);
    }

    #[test]
    fn a_shown_headline_loses_only_the_exact_site_name() {
        let s = sites(&["Welpen"], Some("www.gdp.de"));
        assert_eq!(
            strip_site_shown("Welpen kaufen – Tipps zu jeder Hunderasse", &s),
            "Welpen kaufen – Tipps zu jeder Hunderasse"
        );
        assert_eq!(
            strip_site_shown("GdP-Vize Klemmer: Mangelnde Wertschätzung", &s),
            "GdP-Vize Klemmer: Mangelnde Wertschätzung"
        );
        assert_eq!(
            strip_site_shown("Headline text here | GDP.de", &s),
            "Headline text here"
        );
        assert_eq!(
            strip_site_shown("Welpen | Headline text here", &s),
            "Headline text here"
        );
        // The looser likeness still cuts a `<title>`.
        assert_eq!(
            strip_site("GdP-Vize Klemmer: Mangelnde Wertschätzung", &s),
            "Mangelnde Wertschätzung"
        );
    }

    #[test]
    fn a_title_cut_at_an_unescaped_quote_is_recognised() {
        let whole = r#"Senador republicano califica a Biden de "incapacitado""#;
        assert!(cut_at_quote(
            "Senador republicano califica a Biden de",
            whole
        ));
        assert!(!cut_at_quote(whole, whole));
        assert!(!cut_at_quote(
            "Senador republicano",
            "Senador republicano califica"
        ));
    }

    #[test]
    fn site_name_in_the_middle_cuts_the_taglines_after_it() {
        let s = sites(&["Krimiblog-Archiv"], None);
        assert_eq!(
            strip_site(
                "Das vermutlich beste Video der Welt : Krimiblog-Archiv | Ermittlungen zum Verfall eines Genres | Gegründet 2005",
                &s
            ),
            "Das vermutlich beste Video der Welt"
        );
        // Too little headline before the name: not cut.
        assert_eq!(
            strip_site("Krimis | Krimiblog-Archiv | Gegründet 2005 | Blog", &s),
            "Krimis | Krimiblog-Archiv | Gegründet 2005 | Blog"
        );
        // No site name among the segments: left as it is.
        assert_eq!(
            strip_site("Floods close schools | World | Europe | Weather", &s),
            "Floods close schools | World | Europe | Weather"
        );
    }

    #[test]
    fn breadcrumb_titles_give_their_last_segment() {
        let s = sites(&["The Millbrook Sentinel"], None);
        let t = "The Millbrook Sentinel :: Local News :: Library to stay open Sundays";
        assert_eq!(first_segment(t), Some("The Millbrook Sentinel"));
        assert_eq!(first_segment("Mozilla - Wikipedia"), None);
        assert_eq!(
            breadcrumb_headline(t, &s).as_deref(),
            Some("Library to stay open Sundays")
        );
        // The site last, or two segments only: not a breadcrumb.
        assert_eq!(
            breadcrumb_headline("Local News :: Library open :: The Millbrook Sentinel", &s),
            None
        );
        assert_eq!(
            breadcrumb_headline("The Millbrook Sentinel :: Library to stay open", &s),
            None
        );
    }

    #[test]
    fn site_suffix_and_prefix_are_stripped() {
        let s = sites(&["Daily Planet"], None);
        assert_eq!(
            strip_site("Floods close schools | Daily Planet", &s),
            "Floods close schools"
        );
        assert_eq!(
            strip_site("Daily Planet - Floods close schools", &s),
            "Floods close schools"
        );
        assert_eq!(
            strip_site("Floods close schools – The Daily Planet", &s),
            "Floods close schools"
        );
        assert_eq!(
            strip_site("Floods close schools :: Daily Planet", &s),
            "Floods close schools"
        );
        assert_eq!(
            strip_site("Floods close schools « Daily Planet", &s),
            "Floods close schools"
        );
        assert_eq!(strip_site("Daily Planet", &s), "Daily Planet");
        // A hyphen inside the headline is not a separator.
        assert_eq!(
            strip_site("Anti-war march | Daily Planet", &s),
            "Anti-war march"
        );
    }

    #[test]
    fn host_label_stands_in_for_an_unknown_site_name() {
        let s = sites(&[], Some("www.theguardian.com"));
        assert_eq!(strip_site("Rain due | The Guardian", &s), "Rain due");
        let s = sites(&[], Some("www.bbc.co.uk"));
        assert_eq!(strip_site("Rain due - BBC News", &s), "Rain due");
        let s = sites(&[], Some("example.com"));
        assert_eq!(strip_site("Rain due | Example.com", &s), "Rain due");
    }

    #[test]
    fn h1_inside_a_longer_title() {
        assert!(h1_within(
            "Floods close schools | World | Daily Planet",
            "Floods close schools"
        ));
        assert!(h1_within(
            "Daily Planet: Floods close schools",
            "Floods close schools"
        ));
        assert!(!h1_within("Floods close schools", "Floods close schools"));
        assert!(!h1_within(
            "Why floods close schools early",
            "floods close schools"
        ));
    }

    #[test]
    fn similar_wordings() {
        assert!(similar(
            "Klimaschutz: Bohren, bis es heiß wird",
            "Bohren, bis es heiß wird"
        ));
        assert!(similar(
            "New York ramps up mass burials amid virus outbreak",
            "Coronavirus: New York ramps up mass burials amid outbreak"
        ));
        assert!(!similar(
            "Cup-Vorschau",
            "Cup-Vorschau: Beim BSV Stans freut man sich auf ein Bruderduell"
        ));
        assert!(!similar(
            "Allergies Health Center",
            "Babies who eat peanuts early may avoid allergy"
        ));
    }

    #[test]
    fn unknown_site_segment() {
        assert_eq!(
            strip_unknown_site("Floods close schools | Planet"),
            "Floods close schools"
        );
        assert_eq!(strip_unknown_site("Rain - live"), "Rain - live");
    }

    #[test]
    fn truncated_headline() {
        assert!(truncated_form_of(
            "Floods close schools across the…",
            "Floods close schools across the north"
        ));
        assert!(!truncated_form_of("Floods", "Floods close schools"));
    }
}
