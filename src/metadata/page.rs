//! Metadata read from the page itself, around the headline: which `<h1>` is the headline, the
//! byline and date elements, the dateline, and the standfirst under the headline.

use crate::DateTime;
use crate::article::Signal;
use crate::dom::{Dom, NodeIdx, Tag, collapse_whitespace};

use super::authors;
use super::clean::{fold, raw, visible};
use super::date;
use super::markers::{DateKind, TokenMarks};
use super::people;
use super::scan::{BylineVia, DateVia, Mark, Prop, Scan, ValueMarks};
use super::title;
use crate::noise::{HIDDEN_CLASSES, is_screen_reader_class};

/// Nodes after the headline within which bylines, dates and the standfirst count as the
/// article's own ("near the headline").
const NEAR_TITLE: NodeIdx = 400;

/// Longest byline element text read, in characters: longer is an author box or a bio.
const MAX_BYLINE_CHARS: usize = 120;

/// Longest date element text read, in characters.
const MAX_DATE_CHARS: usize = 120;

/// Longest standfirst, in characters: longer is the first paragraphs of the body.
const MAX_SUBTITLE_CHARS: usize = 600;

/// Most nodes in a block looked at as (or for) the standfirst.
const MAX_SUBTITLE_NODES: NodeIdx = 200;

/// Shortest standfirst, in characters.
const MIN_SUBTITLE_CHARS: usize = 12;

/// Element siblings looked at after the headline (and after each of its wrappers).
const SIBLINGS_LOOKED_AT: usize = 4;

/// Wrapper levels climbed from the headline when looking for the standfirst.
const WRAPPERS_CLIMBED: usize = 3;

/// Nodes looked into inside a byline element for a nested `itemprop=name` or link.
const INSIDE_BYLINE: NodeIdx = 60;

/// The headline element: the `<h1>` whose text matches a structured title, else the first
/// `<h1>` inside the article, else the first `<h1>` of the page; never one in the page's chrome
/// or one that holds only the site name.
///
/// `titles` are the page's full titles (structured data, `<title>`); `wordings` adds their
/// parts, to cut a kicker out of the `<h1>` text.
pub(crate) fn headline(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    titles: &[&str],
    wordings: &[&str],
    doc_stripped: Option<&str>,
    site_names: &[String],
    max_chars: usize,
) -> Option<(NodeIdx, String)> {
    let sites: Vec<String> = site_names.iter().map(|s| fold(s)).collect();
    let candidates: Vec<(NodeIdx, bool, String)> = scan
        .h1s
        .iter()
        .filter(|h| !h.chrome && !links_home(dom, h.idx))
        .filter_map(|h| {
            let text = headline_words(dom, h.idx);
            let folded = fold(&text);
            let ok =
                !folded.is_empty() && text.chars().count() <= max_chars && !sites.contains(&folded);
            ok.then_some((h.idx, h.in_article, text))
        })
        .collect();
    let wanted: Vec<String> = titles
        .iter()
        .map(|t| fold(t))
        .filter(|t| !t.is_empty())
        .collect();
    // A heading that is a title before one that is only a part of a title: of "Evolve: Shared
    // Mutable History" and "evolve extension for Mercurial", both in the `<title>` "Evolve:
    // Shared Mutable History — evolve extension for Mercurial", the first is the `<title>`
    // without the site (`doc_stripped`, after the full titles: a stripped "News - Eawag" is
    // the section heading "News"); the second names the site.
    let exact = |list: &[String]| {
        candidates
            .iter()
            .find(|(_, _, text)| list.contains(&fold(text)))
    };
    let stripped: Vec<String> = doc_stripped.map(fold).into_iter().collect();
    let matching = exact(&wanted).or_else(|| exact(&stripped)).or_else(|| {
        candidates.iter().find(|(_, _, text)| {
            let f = fold(text);
            wanted
                .iter()
                .any(|w| f.len() >= 10 && (w.contains(&f) || f.contains(w.as_str())))
        })
    });
    matching
        .or_else(|| candidates.iter().find(|(_, in_article, _)| *in_article))
        .or_else(|| candidates.first())
        .map(|(idx, _, _)| (*idx, headline_text(dom, *idx, &wanted, wordings)))
}

/// Fewest words of an hAtom `entry-title` taken for the headline.
const MIN_ENTRY_TITLE_WORDS: usize = 3;

/// The text of the first element classed `entry-title` (the hAtom microformat's headline,
/// on a `<span>` or `<h2>` where the page has no `<h1>`), outside scripts and the chrome of
/// comments and sidebars; a few words at least, at most `max_chars`.
pub(crate) fn hatom_entry_title(dom: &Dom<'_>, max_chars: usize) -> Option<String> {
    let mut i = 0;
    while i < dom.len() {
        let Some(el) = dom.element(i) else {
            i += 1;
            continue;
        };
        if el.tag.is_never_content() {
            i = dom.end(i);
            continue;
        }
        let (class, _) = dom.names(el);
        if class.is_some_and(|c| c.split_ascii_whitespace().any(|t| t == "entry-title")) {
            let text = visible(&dom.text(i));
            let words = text.split_whitespace().count();
            return (words >= MIN_ENTRY_TITLE_WORDS && text.chars().count() <= max_chars)
                .then_some(text);
        }
        i += 1;
    }
    None
}

/// Fewest words of an `<h2>`/`<h3>` taken for the headline because it is one part of a title.
const MIN_SUBHEAD_HEADLINE_WORDS: usize = 3;

/// On a page with no headline `<h1>`: the first `<h2>`/`<h3>` outside the chrome whose text is
/// the longest part of a title cut by separators, or the title without a closing parenthesis,
/// and not itself a whole title ("Headline | Section | Forum | Site" with `<h2>Headline</h2>`).
/// Returns the heading and the part as the title writes it.
pub(crate) fn subhead_headline(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    titles: &[String],
) -> Option<(NodeIdx, String)> {
    let wholes: Vec<String> = titles.iter().map(|t| fold(t)).collect();
    // The longest part of a title cut by separators, or a title without its closing
    // parenthesis ("Der historische Purzelbaum (2021/5)" with `<h2>Der historische
    // Purzelbaum</h2>`).
    let parts: Vec<(String, String)> = titles
        .iter()
        .flat_map(|t| {
            [
                title::longest_segment(t),
                title::without_trailing_parenthesis(t).map(str::to_string),
            ]
        })
        .flatten()
        .filter(|p| p.split_whitespace().count() >= MIN_SUBHEAD_HEADLINE_WORDS)
        .map(|p| (fold(&p), p))
        .filter(|(f, _)| !f.is_empty() && !wholes.contains(f))
        .collect();
    if parts.is_empty() {
        return None;
    }
    scan.subheads.iter().find_map(|&i| {
        let f = fold(&headline_words(dom, i));
        parts
            .iter()
            .find(|(p, _)| *p == f)
            .map(|(_, written)| (i, written.clone()))
    })
}

/// Nodes looked into inside a heading for the link that holds its text.
const INSIDE_HEADING: NodeIdx = 12;

/// Whether a heading is the site's name linking home (`<h1><a href="/">Four Years
/// Remaining</a></h1>`, the blog-theme masthead): all its text inside one link to a site root.
pub(crate) fn links_home(dom: &Dom<'_>, h: NodeIdx) -> bool {
    let end = dom.end(h).min(h + INSIDE_HEADING);
    let Some(a) = (h + 1..end).find(|&j| dom.tag(j) == Some(Tag::A)) else {
        return false;
    };
    fold(&dom.text(a)) == fold(&dom.text(h)) && goes_home(dom, a)
}

/// Most bytes a text may hold beside a name it shows ("AFP/The Local", "Periodista Digital:
/// EFE"): a longer text is a sentence that mentions it.
const MAX_SHOWN_NAME_EXTRA_BYTES: usize = 40;

/// Whether the page shows `name` to its readers in a short text of its own (a byline, a source
/// box, an author link), outside scripts, picture captions and copyright lines (which name the
/// publisher, not a writer).
pub(crate) fn shows_name(dom: &Dom<'_>, name: &str) -> bool {
    let name = name.trim();
    if name.is_empty() {
        return false;
    }
    let longest = name.len() + MAX_SHOWN_NAME_EXTRA_BYTES;
    let mut i: NodeIdx = 0;
    while i < dom.len() {
        if let Some(e) = dom.element(i) {
            if e.tag.is_never_content() || matches!(e.tag, Tag::Figure | Tag::Figcaption) {
                i = dom.end(i).max(i + 1);
                continue;
            }
        } else if let Some(t) = dom.text_node(i) {
            let t = t.trim();
            if t.len() <= longest
                && t.contains(name)
                && !(t.contains('©') || t.contains("opyright") || t.contains("OPYRIGHT"))
            {
                return true;
            }
        }
        i += 1;
    }
    false
}

/// Whether link `a` goes to a page of the page's own host (a relative link does).
fn links_own_host(dom: &Dom<'_>, a: NodeIdx) -> bool {
    let page_host = dom.page_url.as_ref().and_then(|u| u.host_str());
    let Some(url) = dom
        .element(a)
        .and_then(|e| e.attr("href"))
        .and_then(|href| dom.resolve(href))
        .and_then(|u| url::Url::parse(&u).ok())
    else {
        return false;
    };
    let label = |h: &str| title::host_label(h);
    match (url.host_str(), page_host) {
        (Some(h), Some(p)) => h == p || label(h).is_some_and(|l| Some(l) == label(p)),
        // No page URL: a relative link resolves to nothing to compare; count it.
        (_, None) => true,
        _ => false,
    }
}

/// Whether link `a` goes to the site's home page.
fn goes_home(dom: &Dom<'_>, a: NodeIdx) -> bool {
    dom.element(a)
        .and_then(|e| e.attr("href"))
        .and_then(|href| dom.resolve(href))
        .is_some_and(|url| is_site_root(&url))
}

/// Whether a URL is a site's home page: no path beyond `/`, no query. A web-archive copy
/// (`https://web.archive.org/web/2008/http://example.com/`) is judged by the URL it archives.
fn is_site_root(url: &str) -> bool {
    let Ok(parsed) = url::Url::parse(url) else {
        return false;
    };
    let path = parsed.path();
    if let Some(at) = path.find("http://").or_else(|| path.find("https://")) {
        return path.get(at..).is_some_and(is_site_root);
    }
    (path.is_empty() || path == "/") && parsed.query().is_none()
}

/// Most links resolved when looking for the one to the home page (a hostile page may hold
/// millions).
const MAX_HOME_LINKS: usize = 1000;

/// Most bytes of a text node searched for a copyright line naming the site.
const MAX_COPYRIGHT_CHARS: usize = 300;

/// Searchers for "(c)opyright" and "(C)OPYRIGHT", built once (a search built per text node
/// cost more than the search).
static OPYRIGHT_LOWER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"opyright"));
/// See [`OPYRIGHT_LOWER`].
static OPYRIGHT_UPPER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"OPYRIGHT"));

/// Whether the page itself names its site `name`: a link to the site's home page that says it
/// (in its text, its `title` or an image's `alt`), or a copyright line ("© 2026 Daily Planet").
/// Confirms a site name read from the end of `<title>`, which may also be a section.
pub(crate) fn site_named_on_page(dom: &Dom<'_>, name: &str) -> bool {
    named_as_site(dom, name, false)
}

/// [`site_named_on_page`], counting only links to the home page of the page's own host: a
/// writer's name may link to the writer's own site ("<a href=//janedoe.blog.example/>Jane
/// Doe</a>").
pub(crate) fn own_site_named_on_page(dom: &Dom<'_>, name: &str) -> bool {
    named_as_site(dom, name, true)
}

/// [`site_named_on_page`], with home links to other hosts counted or not.
fn named_as_site(dom: &Dom<'_>, name: &str, own_host: bool) -> bool {
    let want = fold(name);
    if want.is_empty() {
        return false;
    }
    // Whether a folded text names the site.
    let says = |f: &str| {
        f == want || (f.len() >= want.len() && f.len() <= want.len() * 2 && f.contains(&want))
    };
    let mut folded = String::new();
    let mut links_left = MAX_HOME_LINKS;
    let mut i: NodeIdx = 0;
    while i < dom.len() {
        if let Some(t) = dom.text_node(i) {
            if copyright_line_names(t, &want) {
                return true;
            }
        } else if dom.tag(i) == Some(Tag::A) && links_left > 0 {
            links_left -= 1;
            if home_link_says(dom, i, &says, &mut folded) && (!own_host || links_own_host(dom, i)) {
                return true;
            }
        }
        i += 1;
    }
    false
}

/// Most links looked at, in page order, for the masthead's logo linking home.
const MAX_LOGO_LINKS: usize = 40;

/// Most words of a logo's `alt` read as the site's name.
const MAX_LOGO_NAME_WORDS: usize = 5;

/// Class-token parts that mark a link (or its parent) as the site's masthead name
/// (`<p class="site-title"><a href="/" rel="home">Site</a></p>`, `<a class="navbar-brand">`).
const BRAND_PARTS: &[&str] = &["logo", "brand", "sitename", "masthead", "branding"];

/// One-word link texts and alts that name the home page, not the site.
const HOME_WORDS: &[&str] = &[
    "home",
    "homepage",
    "startseite",
    "inicio",
    "accueil",
    "главная",
    "首页",
    "ana sayfa",
];

/// The site's name as the masthead writes it: the `alt` of the image that is the whole of a
/// link to the home page (`<a href="/"><img alt="Ege Postası"></a>`), or the text of a link
/// home marked as the site's title or brand (`rel="home"`, a `site-title` or `logo` class on
/// it or its parent), among the page's first links, without a "logo" word beside it. `None`
/// for a generic name ("logo", "Home") or one longer than a name. The caller confirms it (a
/// copyright line, the host).
pub(crate) fn home_logo_name(dom: &Dom<'_>) -> Option<String> {
    let marked = |k: NodeIdx| {
        dom.element(k).is_some_and(|e| {
            e.attr("rel")
                .is_some_and(|r| r.eq_ignore_ascii_case("home"))
                || class_has_part(e, BRAND_PARTS)
                || e.class().is_some_and(|c| {
                    c.split_ascii_whitespace()
                        .any(|t| t.eq_ignore_ascii_case("site-title"))
                })
        })
    };
    let mut links_left = MAX_LOGO_LINKS;
    let mut i: NodeIdx = 0;
    while i < dom.len() && links_left > 0 {
        if dom.tag(i) != Some(Tag::A) {
            i += 1;
            continue;
        }
        links_left -= 1;
        let end = dom.end(i).min(i + INSIDE_HEADING);
        let alt = (i + 1..end)
            .filter_map(|j| dom.element(j))
            .find(|e| e.tag == Tag::Img)
            .and_then(|e| e.attr("alt"))
            .map(str::to_string);
        let text = dom.text(i);
        let name = match alt {
            Some(alt) if text.trim().is_empty() => Some(alt),
            None if !text.trim().is_empty() && (marked(i) || dom.parent(i).is_some_and(marked)) => {
                Some(text)
            }
            _ => None,
        };
        if let Some(name) = name
            && goes_home(dom, i)
        {
            let words: Vec<&str> = name
                .split_whitespace()
                .filter(|w| !w.eq_ignore_ascii_case("logo"))
                .collect();
            let joined = words.join(" ");
            let generic = HOME_WORDS.iter().any(|g| joined.to_lowercase() == *g);
            return (!words.is_empty() && words.len() <= MAX_LOGO_NAME_WORDS && !generic)
                .then_some(joined);
        }
        i = end.max(i + 1);
    }
    None
}

/// Whether a copyright line of the page ("© 2026 Ege Postası - Tüm hakları saklıdır") names
/// `name`.
pub(crate) fn copyright_names(dom: &Dom<'_>, name: &str) -> bool {
    let want = fold(name);
    !want.is_empty()
        && (0..dom.len())
            .filter_map(|i| dom.text_node(i))
            .any(|t| copyright_line_names(t, &want))
}

/// Whether text `t` is a copyright line (short, with "©" or "copyright") whose folded text
/// holds `want`, a folded name.
fn copyright_line_names(t: &str, want: &str) -> bool {
    t.len() <= MAX_COPYRIGHT_CHARS
        && (t.contains('©')
            || OPYRIGHT_LOWER.find(t.as_bytes()).is_some()
            || OPYRIGHT_UPPER.find(t.as_bytes()).is_some())
        && fold(t).contains(want)
}

/// Whether link `a` goes to the site's home page and says what `says` looks for in a folded
/// text, in its text, its `title` or an image's `alt`. `folded`: a buffer for the link's text.
fn home_link_says(
    dom: &Dom<'_>,
    a: NodeIdx,
    says: &impl Fn(&str) -> bool,
    folded: &mut String,
) -> bool {
    let Some(el) = dom.element(a) else {
        return false;
    };
    let names_it = |s: &str| says(&fold(s));
    // What the link says is read before where it goes: resolving and parsing its URL costs
    // more, and most links say something else.
    let end = dom.end(a).min(a + INSIDE_HEADING);
    let says = (a + 1..end)
        .filter_map(|j| dom.element(j))
        .filter_map(|e| e.attr("alt"))
        .any(names_it)
        || {
            fold_text_into(dom, a, folded);
            says(folded)
        }
        || el.attr("title").is_some_and(names_it);
    says && goes_home(dom, a)
}

/// `fold(&dom.text(i))` written into `out`, without the text's copy: the texts under `i`, never-
/// content elements inside it skipped as [`Dom::text`] does, folded one by one.
fn fold_text_into(dom: &Dom<'_>, i: NodeIdx, out: &mut String) {
    out.clear();
    for t in dom.text_parts(i) {
        super::clean::fold_into(t, out);
    }
}

/// Class-token parts of a line set above or inside the headline that is not part of it: the
/// kicker ("Dachzeile", "Spitzmarke", "topline", "overline", "eyebrow"), or a second line
/// the template calls a subtitle (`<h1><span class="subtitle">Olympische Spiele in
/// Paris</span> Getränke per Schiff ins Stadtzentrum</h1>`).
const KICKER_PARTS: &[&str] = &[
    "kicker",
    "overline",
    "topline",
    "dachzeile",
    "spitzmarke",
    "roofline",
    "eyebrow",
    "supertitle",
    "superheadline",
    "pretitle",
    "overtitle",
    "rubric",
    "label",
    "flag",
    "category",
    "catchline",
    "subtitle",
    "subline",
];

/// Children of the headline element looked at for a kicker.
const HEADLINE_CHILDREN: usize = 8;

/// Wrapper levels descended inside the headline element to reach its lines
/// (`<h1><span class="title"><small>Kicker</small><br>Headline</span></h1>`).
const HEADLINE_WRAPPERS: usize = 3;

/// Whether an element's text is for screen readers only.
fn is_screen_reader_text(dom: &Dom<'_>, i: NodeIdx) -> bool {
    dom.element(i)
        .and_then(|e| e.class())
        .is_some_and(|class| class.split_ascii_whitespace().any(is_screen_reader_class))
}

/// Whether a line of the headline element is a kicker: marked so by a class token, or set in
/// `<small>`.
fn is_kicker(dom: &Dom<'_>, i: NodeIdx) -> bool {
    dom.element(i)
        .is_some_and(|e| e.tag == Tag::Small || class_has_part(e, KICKER_PARTS))
}

/// Whether one of the element's class tokens, split at `-` and `_`, has a part in `parts`
/// (ASCII case ignored): `topline` in "article-topline", `role` in "bbc-role".
fn class_has_part(el: &crate::dom::ElementData<'_>, parts: &[&str]) -> bool {
    el.class().is_some_and(|class| {
        class.split_ascii_whitespace().any(|token| {
            token
                .split(['-', '_'])
                .any(|p| parts.iter().any(|k| p.eq_ignore_ascii_case(k)))
        })
    })
}

/// The text of a headline element as a reader sees it: a space where a `<br>` or a block
/// breaks the line, screen-reader text and scripts left out, soft hyphens removed.
pub(crate) fn headline_words(dom: &Dom<'_>, i: NodeIdx) -> String {
    let mut out = String::new();
    let end = dom.end(i);
    let mut block_ends: Vec<NodeIdx> = Vec::new();
    let mut j = i;
    while j < end {
        while block_ends.last().is_some_and(|&e| e <= j) {
            block_ends.pop();
            out.push(' ');
        }
        if let Some(el) = dom.element(j) {
            if j != i && (el.tag.is_never_content() || is_screen_reader_text(dom, j)) {
                j = dom.end(j);
                continue;
            }
            if el.tag == Tag::Br || el.tag.is_block() {
                out.push(' ');
                if el.tag.is_block() {
                    block_ends.push(dom.end(j));
                }
            }
        } else if let Some(t) = dom.text_node(j) {
            out.push_str(t);
        }
        j += 1;
    }
    // The permalink anchor documentation generators put after a heading ("Evolve: Shared
    // Mutable History¶", Sphinx's `headerlink`) is no word of it.
    let words = visible(&out);
    match words.strip_suffix(PERMALINK_MARK) {
        Some(head) if !head.trim().is_empty() => head.trim_end().to_string(),
        _ => words,
    }
}

/// The pilcrow documentation generators link a heading's anchor with.
const PERMALINK_MARK: char = '¶';

/// The headline's own words when the `<h1>` also holds a kicker or a second line: the line that
/// another source gives as the whole title, else the lines not marked as kickers, else the line
/// matching a part of a title ("Kicker: Headline | Site"), else the whole text. `titles`: the
/// full titles, folded; `wordings`: their parts, as written.
fn headline_text(dom: &Dom<'_>, h1: NodeIdx, titles: &[String], wordings: &[&str]) -> String {
    let full = headline_words(dom, h1);
    let full_fold = fold(&full);
    let lines_of = |i: NodeIdx| -> Vec<NodeIdx> {
        dom.children(i)
            .filter(|&c| match dom.element(c) {
                Some(e) => {
                    e.tag != Tag::Br
                        && !e.tag.is_never_content()
                        && !is_screen_reader_text(dom, c)
                        && !fold(&dom.text(c)).is_empty()
                }
                None => dom.text_node(c).is_some_and(|t| !t.trim().is_empty()),
            })
            .take(HEADLINE_CHILDREN)
            .collect()
    };
    // Descend through wrappers that hold the whole headline.
    let mut lines = lines_of(h1);
    for _ in 0..HEADLINE_WRAPPERS {
        match lines.as_slice() {
            [only] if dom.element(*only).is_some() => lines = lines_of(*only),
            _ => break,
        }
    }
    if lines.len() < 2 {
        return full;
    }
    let line_texts: Vec<(NodeIdx, String)> = lines
        .iter()
        .map(|&c| {
            let t = match dom.text_node(c) {
                Some(t) => visible(t),
                None => headline_words(dom, c),
            };
            (c, t)
        })
        .collect();
    // The longest line that another source gives whole (`by_prefix`: or opens with, "Kostenloser
    // Stromcheck für private Haushalte" after the part "kostenloser Stromcheck" of "Initiative
    // EnergieEffizienz - kostenloser Stromcheck | Site"): of a kicker and a headline both in
    // some title ("Wurmkiste | selbst.de" and "Wurmkiste selber bauen"), the headline.
    let longest_match = |list: &[String], by_prefix: bool| {
        line_texts
            .iter()
            .filter(|(_, t)| {
                let f = fold(t);
                !f.is_empty()
                    && f.len() < full_fold.len()
                    && list.iter().any(|w| {
                        *w == f
                            || (by_prefix
                                && w.len() >= MIN_OPENING_LINE_BYTES
                                && f.starts_with(w.as_str()))
                    })
            })
            .max_by_key(|(_, t)| t.chars().count())
    };
    let shorter_match = |list: &[String]| longest_match(list, false);
    if let Some((_, t)) = shorter_match(titles) {
        return t.clone();
    }
    // A line that opens a title and makes most of it, set apart by a line break from another
    // line (the writer's: "編集委員　中沢克二"): the title adds only a credit ("（写真＝ロイター）").
    let broken = (h1..dom.end(h1)).any(|i| dom.tag(i) == Some(Tag::Br));
    if let Some((_, t)) = line_texts.iter().filter(|_| broken).find(|(_, t)| {
        let f = fold(t);
        f.len() < full_fold.len()
            && f.len() >= MIN_OPENING_LINE_BYTES
            && titles
                .iter()
                .any(|title| title.starts_with(f.as_str()) && f.len() * 4 >= title.len() * 3)
    }) {
        return t.clone();
    }
    if lines.iter().any(|&c| is_kicker(dom, c)) {
        let rest: Vec<&str> = line_texts
            .iter()
            .filter(|(c, _)| !is_kicker(dom, *c))
            .map(|(_, t)| t.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        let joined = collapse_whitespace(&rest.join(" "));
        if !joined.is_empty() {
            return joined;
        }
    }
    // (The parts are folded only here: most headlines are settled above.)
    let parts: Vec<String> = wordings
        .iter()
        .map(|t| fold(t))
        .filter(|t| !t.is_empty())
        .collect();
    if parts.contains(&full_fold) {
        return full;
    }
    match longest_match(&parts, true) {
        Some((_, t)) => t.clone(),
        None => full,
    }
}

/// Shortest folded `<h1>` line, in bytes, taken as the headline because a title opens with it.
const MIN_OPENING_LINE_BYTES: usize = 12;

/// Authors read from byline elements.
#[derive(Debug, Default)]
pub(crate) struct Byline {
    /// Names in byline order, with a profile URL when the element linked one.
    pub people: Vec<(String, Option<String>)>,
    /// `Microdata` for `itemprop=author`, else `Dom`.
    pub signal: Option<Signal>,
    /// The text the names came from.
    pub raw: String,
    /// The byline elements, for the body to skip.
    pub nodes: Vec<NodeIdx>,
}

/// A byline element's reading: its text, the link it holds, and the names in it.
struct Reading {
    mark: Mark<BylineVia>,
    text: String,
    href: Option<String>,
    names: Vec<String>,
}

/// The byline near the headline (else inside the article, else anywhere outside the chrome).
/// `lang`: the language the page declares, for the byline prefixes of one language.
pub(crate) fn byline(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    title: Option<NodeIdx>,
    lang: Option<&str>,
) -> Byline {
    let mut memo = NamesMemo::default();
    let (readings, credit_only): (Vec<Reading>, Vec<Reading>) = scan
        .bylines
        .iter()
        .filter_map(|m| read_byline(dom, scan, *m, lang, &mut memo))
        .partition(|r| !r.names.is_empty());
    let mut out = named_byline(dom, scan, readings, title);
    // A byline that names no person but credits an agency ("Par Le Francilien avec AFP": the
    // site's name and the wire), near the headline: its credits are read, though it names no
    // author.
    if out.raw.is_empty()
        && let Some(r) = credit_only
            .iter()
            .filter(|r| region_rank(r.mark.idx, r.mark.in_article, title) <= 1)
            .min_by_key(|r| r.mark.idx)
    {
        out.raw = raw(&r.text);
    }
    out
}

/// [`byline`] from the readings that name someone.
fn named_byline(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    readings: Vec<Reading>,
    title: Option<NodeIdx>,
) -> Byline {
    // An element whose reading holds another reading (a `byline` wrapper around `author`
    // links) gives way to the inner ones, which carry the links.
    let inner: Vec<&Reading> = readings
        .iter()
        .enumerate()
        .filter(|(k, r)| {
            !readings
                .get(k + 1..)
                .unwrap_or(&[])
                .iter()
                .take_while(|o| dom.contains(r.mark.idx, o.mark.idx))
                .any(|_| true)
        })
        .map(|(_, r)| r)
        .collect();
    let region = |r: &&Reading| region_rank(r.mark.idx, r.mark.in_article, title);
    let Some(first) = inner.iter().min_by_key(|r| (region(r), r.mark.idx)) else {
        return title
            .map(|t| prefixed_byline(dom, scan, t))
            .unwrap_or_default();
    };
    if region(first) > 1 && title.is_some_and(|t| first.mark.idx < t) {
        // Only a byline before the headline and outside any article: site chrome.
        return title
            .map(|t| prefixed_byline(dom, scan, t))
            .unwrap_or_default();
    }
    // A first reading of lone words with no author link ("અમદાવાદ · 2 કલાક પહેલા": a place
    // and a time in a byline box) yields to a reading just after it that links an author's
    // page ("લેખક: <a href=/author/...>").
    let author_link = |r: &Reading| {
        r.href
            .as_deref()
            .is_some_and(super::markers::is_author_link)
    };
    let first = if !author_link(first) && first.names.iter().all(|n| !n.contains(' ')) {
        inner
            .iter()
            .find(|r| {
                r.mark.idx > first.mark.idx
                    && r.mark.idx - first.mark.idx <= LINKED_BYLINE_AFTER
                    && author_link(r)
            })
            .unwrap_or(first)
    } else {
        first
    };
    let mut out = Byline {
        signal: Some(if first.mark.kind == BylineVia::Itemprop {
            Signal::Microdata
        } else {
            Signal::Dom
        }),
        ..Byline::default()
    };
    // The names listed together: readings of the same kind inside the same small block as the
    // first one (not the bylines of the next teaser in a list).
    let block = byline_block(dom, first.mark.idx);
    let group: Vec<&&Reading> = inner
        .iter()
        .filter(|r| {
            r.mark.kind == first.mark.kind
                && r.mark.idx >= first.mark.idx
                && dom.contains(block, r.mark.idx)
        })
        .collect();
    let mut raws: Vec<&str> = Vec::new();
    for (k, r) in group.iter().enumerate() {
        raws.push(&r.text);
        let single = r.names.len() == 1;
        // A part closed by a slash before another part of the byline ("Ciudad de México /"
        // then "Laura Sánchez", each in its own `author-name`): the dateline's place, which
        // the reporter files from, not a person.
        let place = r.text.trim_end().ends_with(['/', '／']) && k + 1 < group.len();
        for n in r.names.iter().filter(|_| !place) {
            if !out.people.iter().any(|(p, _)| p.eq_ignore_ascii_case(n)) {
                out.people
                    .push((n.clone(), if single { r.href.clone() } else { None }));
            }
        }
        out.nodes.push(r.mark.idx);
        // The wrappers of this reading (the whole "By ... and ..." line) are consumed too.
        for w in &readings {
            if w.mark.idx < r.mark.idx
                && dom.contains(w.mark.idx, r.mark.idx)
                && !out.nodes.contains(&w.mark.idx)
            {
                out.nodes.push(w.mark.idx);
            }
        }
    }
    out.raw = raw(&raws.join("; "));
    // A byline element naming only the newsroom ("Scritto da: Redazione", a CMS's account
    // for the desk) yields to a byline line under the headline naming a person ("di
    // Francesca Lorusso e Marco De Santis" opening the text). (Not an account's or a blog's
    // name: "IWB", "Der Spendenteddy" are who the site credits.)
    if !out.people.is_empty()
        && out.people.iter().all(|(n, _)| authors::is_desk(n))
        && let Some(t) = title
    {
        let line = prefixed_byline(dom, scan, t);
        if line.people.iter().any(|(n, _)| !people::is_organisation(n)) {
            return line;
        }
    }
    out
}

/// Nodes after a byline reading of lone words searched for one linking an author's page.
const LINKED_BYLINE_AFTER: NodeIdx = 24;

/// Levels climbed from a byline element to the block that lists its co-authors.
const BYLINE_BLOCK_LEVELS: usize = 3;

/// The largest ancestor of a byline element, up to a few levels, that is still small (a line
/// or a box of names, not a teaser list).
fn byline_block(dom: &Dom<'_>, idx: NodeIdx) -> NodeIdx {
    let mut block = idx;
    for _ in 0..BYLINE_BLOCK_LEVELS {
        match dom.parent(block) {
            Some(p) if dom.end(p) - p <= INSIDE_BYLINE && dom.tag(p).is_some() => block = p,
            _ => break,
        }
    }
    block
}

/// Nodes after the headline searched for a labelled byline when none stands near it.
const LABELLED_BYLINE_WINDOW: NodeIdx = 2500;

/// Nodes after the headline searched for a byline written as text.
const TEXT_BYLINE_WINDOW: NodeIdx = 150;

/// Longest text read as a byline written as text.
const MAX_TEXT_BYLINE_CHARS: usize = 80;

/// Characters of a date label run into a byline line ("zuletzt aktualisiert"), looked at past
/// [`MAX_TEXT_BYLINE_CHARS`].
const DATE_LABEL_CHARS: usize = 24;

/// A byline written as text near after the headline, when no element is marked as one: a
/// short text opening with "By", "Von", "Par", "Autor:" and naming a person.
/// `scan`: the page's scan, whose classified tokens and values are reused.
fn prefixed_byline(dom: &Dom<'_>, scan: &Scan<'_>, title: NodeIdx) -> Byline {
    let near = dom.len().min(title.saturating_add(TEXT_BYLINE_WINDOW));
    let found = prefixed_byline_in(dom, scan, dom.end(title), near, true);
    let far = dom.len().min(title.saturating_add(LABELLED_BYLINE_WINDOW));
    if found.signal.is_none() {
        let before = title.saturating_sub(NEAR_BEFORE_TITLE);
        let linked = author_link_byline(dom, scan, headline_block_start(dom, title, before), near);
        if linked.signal.is_some() {
            return linked;
        }
        let dated = dated_name_line(
            dom,
            scan,
            before,
            dom.len().min(dom.end(title) + DATED_LINE_AFTER),
        );
        if dated.signal.is_some() {
            return dated;
        }
        return prefixed_byline_in(dom, scan, near, far, false);
    }
    // A user account near the headline ("Gespeichert von jdoe") gives way to the full name
    // the article is signed with ("Ein Beitrag von Jane Doe").
    let accounts = found.people.iter().all(|(n, _)| people::is_account(n));
    if accounts {
        let signed = prefixed_byline_in(dom, scan, dom.end(title), far, false);
        if signed.people.iter().any(|(n, _)| n.contains(' ')) {
            return signed;
        }
    }
    found
}

/// Levels climbed from the headline to the block that holds the article's header line.
const HEADLINE_BLOCK_LEVELS: usize = 3;

/// Where the search for an author link before the headline starts: `before`, or farther back
/// (twice as far at most) to the start of the block a few levels around the headline, when that
/// block is not the whole page: a header line "<a href=/autor/..>Jane Doe</a> / 22.04.2020"
/// above the headline with a share bar and a read-aloud button between them.
fn headline_block_start(dom: &Dom<'_>, title: NodeIdx, before: NodeIdx) -> NodeIdx {
    let mut block = title;
    for _ in 0..HEADLINE_BLOCK_LEVELS {
        match dom.parent(block) {
            Some(p) if !matches!(dom.tag(p), None | Some(Tag::Body | Tag::Html)) => block = p,
            _ => break,
        }
    }
    before.min(block.max(title.saturating_sub(2 * NEAR_BEFORE_TITLE)))
}

/// Nodes after the headline's end searched for a line of a date and a writer's name.
const DATED_LINE_AFTER: NodeIdx = 30;

/// A line of its own near the headline that gives only a date and one person's full name
/// ("11.12.2019 - Jane Doe", "04.02.2022 | 13:10 Uhr | Jane Doe", "Jane Doe, 01.12.2021"),
/// between nodes `start` and `end`: content systems print the writer that way without
/// marking the element. Captions, sidebars and never-content elements are skipped.
fn dated_name_line(dom: &Dom<'_>, scan: &Scan<'_>, start: NodeIdx, end: NodeIdx) -> Byline {
    let mut other = OtherContent::new(scan);
    let mut j = start;
    while j < end {
        if let Some(e) = dom.element(j) {
            let caption = matches!(e.tag, Tag::Figure | Tag::Figcaption);
            if e.tag.is_never_content() || other.marks(dom, e) || caption || e.tag == Tag::A {
                j = dom.end(j);
                continue;
            }
            j += 1;
            continue;
        }
        let line = dom.text_node(j).map(str::trim).unwrap_or("");
        if !line.is_empty()
            && opens_its_element(dom, j)
            && let Some(name) = people::dated_line_writer(line)
            && let Some(p) = dom.parent(j)
            && dom.end(p) == j + 1
        {
            return Byline {
                people: vec![(name.to_string(), None)],
                signal: Some(Signal::Dom),
                raw: raw(line),
                nodes: vec![p],
            };
        }
        j += 1;
    }
    Byline::default()
}

/// A labelled signature anywhere in the article after the headline `title` ("Autorin: Jane
/// Doe", "Geschrieben von Jane Doe"), whatever byline elements the page has. `scan`: the
/// page's scan, whose classified tokens are reused.
pub(crate) fn signed_line(dom: &Dom<'_>, scan: &Scan<'_>, title: NodeIdx) -> Byline {
    let far = dom.len().min(title.saturating_add(LABELLED_BYLINE_WINDOW));
    let signed = prefixed_byline_in(dom, scan, dom.end(title), far, false);
    if signed.signal.is_some() {
        return signed;
    }
    bare_label_signature(dom, scan, title, far)
}

/// Stems of a class token that name the writer ("author-bio", "autor-box", "authorinfo").
const AUTHOR_BOX_STEMS: &[&str] = &["author", "autor", "auteur"];

/// Parts of a class token that make an author token a box about the writer.
const AUTHOR_BOX_PARTS: &[&str] = &["bio", "box", "info", "about", "card", "profile"];

/// Nodes of an author box read for the writer's name.
const AUTHOR_BOX_NODES: NodeIdx = 120;

/// Whether a class token marks a box about the writer ("author-bio", "about-author",
/// "autorbox", "author_info").
fn is_author_box_token(token: &str) -> bool {
    // (Most tokens hold no "aut": they are passed over without a lower-cased copy.)
    let b = token.as_bytes();
    let has = |needle: &str| {
        b.windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
    };
    has("aut")
        && AUTHOR_BOX_STEMS.iter().any(|s| has(s))
        && AUTHOR_BOX_PARTS.iter().any(|p| has(p))
        && !has("comment")
}

/// The writer an author box after the headline `title` names: the box's first heading or link
/// to an author page that holds one name, past a label ("Autor", "About the author"). The
/// fallback of a page that names its writer nowhere else (a theme's `author-bio` under the
/// text, an `author-info` widget beside it); comment threads, related lists and captions are
/// skipped.
pub(crate) fn author_box(dom: &Dom<'_>, scan: &Scan<'_>, title: NodeIdx) -> Byline {
    let far = dom.len().min(title.saturating_add(LABELLED_BYLINE_WINDOW));
    let mut other = OtherContent::new(scan);
    let mut j = dom.end(title);
    while j < far {
        let boxed = dom.element(j).is_some_and(|e| {
            dom.names(e)
                .0
                .is_some_and(|c| c.split_ascii_whitespace().any(is_author_box_token))
        });
        if boxed && !in_other_content(dom, &mut other, j, title) {
            let found = author_box_name(dom, j);
            if found.signal.is_some() {
                return found;
            }
            j = dom.end(j);
            continue;
        }
        j += 1;
    }
    Byline::default()
}

/// Most ancestors of a node climbed to see whether it stands in other content.
const OTHER_CONTENT_ANCESTORS: usize = 48;

/// Whether element `i` or one of its ancestors below those of the headline `title` is never
/// content, a caption, hidden, or marks other content (a comment thread, a sidebar, a related
/// list): checked for the rare candidate only, instead of judging every element of a walk.
fn in_other_content<'a>(
    dom: &Dom<'a>,
    other: &mut OtherContent<'a, '_>,
    i: NodeIdx,
    title: NodeIdx,
) -> bool {
    let mut at = Some(i);
    for _ in 0..OTHER_CONTENT_ANCESTORS {
        let Some(k) = at.filter(|&k| !dom.contains(k, title)) else {
            return false;
        };
        if let Some(e) = dom.element(k)
            && (e.tag.is_never_content()
                || matches!(e.tag, Tag::Figure | Tag::Figcaption)
                || is_hidden(e.style(), e.is_hidden())
                || other.marks(dom, e))
        {
            return true;
        }
        at = dom.parent(k);
    }
    false
}

/// [`author_box`]'s reading of the box at `b`.
fn author_box_name(dom: &Dom<'_>, b: NodeIdx) -> Byline {
    let end = dom.end(b).min(b.saturating_add(AUTHOR_BOX_NODES));
    let mut k = b + 1;
    while k < end {
        let Some(e) = dom.element(k) else {
            k += 1;
            continue;
        };
        let heading = e.tag.heading_level().is_some_and(|l| l >= 2);
        let linked = e.tag == Tag::A && e.attr("href").is_some_and(super::markers::is_author_link);
        if !heading && !linked {
            k += 1;
            continue;
        }
        let text = spaced_text(dom, k);
        let text = text.trim();
        if !text.is_empty()
            && text.chars().count() <= MAX_AUTHOR_LINK_CHARS
            && !people::is_author_label(text)
            && let [(name, _)] = authors::names(text).as_slice()
        {
            let href = dom
                .element(k)
                .filter(|e| e.tag == Tag::A)
                .or_else(|| {
                    (k + 1..dom.end(k)).find_map(|i| dom.element(i).filter(|e| e.tag == Tag::A))
                })
                .and_then(|a| a.attr("href"))
                .filter(|h| super::markers::is_author_link(h))
                .and_then(|h| dom.resolve(h));
            return Byline {
                people: vec![(name.clone(), href)],
                signal: Some(Signal::Dom),
                raw: raw(text),
                nodes: Vec::new(),
            };
        }
        k = dom.end(k);
    }
    Byline::default()
}

/// Capitalised labels that sign a line of their own without a colon ("Autoren Jane Doe und
/// John Roe" closing the article), as written.
#[rustfmt::skip]
const BARE_SIGNATURE_LABELS: &[&str] = &[
    "Autor", "Autorin", "Autoren", "Autorinnen", "Author", "Authors", "Auteur", "Auteurs",
    "Autore", "Autori", "Autora", "Autores", "Autorka", "Autorzy",
];

/// Lower-case words that join the names of a signature ("Jane Doe und John Roe").
const SIGNATURE_JOINERS: &[&str] = &["und", "and", "et", "e", "y", "i", "oraz", "en", "&"];

/// Most words after the label of a signature without a colon.
const MAX_SIGNATURE_WORDS: usize = 8;

/// A line of its own after the headline `title` (up to node `end`) that is only a capitalised label and people's
/// full names, every word capitalised but the joiners ("Autoren Jane Doe und John Roe",
/// "Autorin Jane Doe"): a signature the CMS prints without a colon. Not a sentence ("Autor
/// Thomas Mann schrieb ..."), not a caption, a comment or a book's details.
fn bare_label_signature(dom: &Dom<'_>, scan: &Scan<'_>, title: NodeIdx, end: NodeIdx) -> Byline {
    let mut other = OtherContent::new(scan);
    let mut j = dom.end(title);
    while j < end {
        if dom.element(j).is_some_and(|e| e.tag.is_never_content()) {
            j = dom.end(j);
            continue;
        }
        // Every label opens with "Aut" (checked before anything else: most texts do not).
        let Some(t) = dom
            .text_node(j)
            .map(crate::text::trim)
            .filter(|t| t.starts_with("Aut"))
        else {
            j += 1;
            continue;
        };
        let parent = dom.parent(j).filter(|&p| dom.end(p) == j + 1);
        if let Some(p) = parent
            && !more_chars_than(t, MAX_TEXT_BYLINE_CHARS)
            && let Some((label, rest)) = t.split_once(' ')
            && BARE_SIGNATURE_LABELS.contains(&label)
            && !in_book_details(dom, j)
            && !in_other_content(dom, &mut other, p, title)
        {
            let words: Vec<&str> = rest.split_whitespace().collect();
            let capitalised = (2..=MAX_SIGNATURE_WORDS).contains(&words.len())
                && words
                    .iter()
                    .all(|w| SIGNATURE_JOINERS.contains(w) || w.starts_with(char::is_uppercase));
            let names = if capitalised {
                authors::names(rest)
            } else {
                Vec::new()
            };
            if !names.is_empty() && names.iter().all(|(n, org)| !org && n.contains(' ')) {
                return Byline {
                    people: names.into_iter().map(|(n, _)| (n, None)).collect(),
                    signal: Some(Signal::Dom),
                    raw: raw(t),
                    nodes: vec![p],
                };
            }
        }
        j += 1;
    }
    Byline::default()
}

/// Most nodes in the line around an author link consumed with it.
const AUTHOR_LINK_LINE_NODES: NodeIdx = 8;

/// Longest link text read as an author's name.
const MAX_AUTHOR_LINK_CHARS: usize = 60;

/// Words before a link read for another credit's label.
const CREDIT_LABEL_WORDS: usize = 3;

/// Longest text before an author link read as a joint label ("Texte et photos :").
const MAX_JOINT_LABEL_BYTES: usize = 48;

/// Whether the text just before link `a` ends with the label of another credit: "Edited by
/// <a>X</a>", "Photos: <a>Y</a>" name no author.
fn follows_other_credit(dom: &Dom<'_>, a: NodeIdx) -> bool {
    let Some(before) = a.checked_sub(1).and_then(|p| dom.text_node(p)) else {
        return false;
    };
    // A joint label that credits the writer too ("Text & Fotos: <a>X</a>") names the author.
    let label = before.trim();
    if label.len() <= MAX_JOINT_LABEL_BYTES && people::is_joint_writer_label(label) {
        return false;
    }
    let words: Vec<&str> = before
        .split_whitespace()
        .rev()
        .take(CREDIT_LABEL_WORDS)
        .collect();
    (1..=words.len()).any(|n| {
        let label: Vec<&str> = words.iter().take(n).rev().copied().collect();
        people::starts_with_other_credit(&format!("{} X", label.join(" ")))
    })
}

/// A byline made of links to author pages ("<a href="/author/jane-doe/">Jane Doe</a>") near
/// after the headline, when no element is marked as a byline: the first such link, and the
/// others in the same small block (co-authors).
fn author_link_byline(dom: &Dom<'_>, scan: &Scan<'_>, start: NodeIdx, end: NodeIdx) -> Byline {
    let mut other = OtherContent::new(scan);
    let mut out = Byline::default();
    let mut block_end = end;
    let mut j = start;
    while j < end.min(block_end) {
        let Some(e) = dom.element(j) else {
            j += 1;
            continue;
        };
        let other_content = other.marks(dom, e);
        let caption = matches!(e.tag, Tag::Figure | Tag::Figcaption);
        let hidden = is_hidden(e.style(), e.is_hidden());
        if e.tag.is_never_content() || other_content || caption || hidden {
            j = dom.end(j);
            continue;
        }
        if e.tag != Tag::A
            || !e.attr("href").is_some_and(super::markers::is_author_link)
            || follows_other_credit(dom, j)
        {
            j += 1;
            continue;
        }
        // The name the link marks (`itemprop=name`) beside a picture and its credit, else
        // the link's text.
        let text = item_name(dom, j).unwrap_or_else(|| spaced_text(dom, j));
        let text = text.trim();
        let names = if text.chars().count() <= MAX_AUTHOR_LINK_CHARS {
            authors::names(text)
        } else {
            Vec::new()
        };
        if let [(name, _)] = names.as_slice() {
            if out.people.is_empty() {
                block_end = dom.end(byline_block(dom, j));
                out.signal = Some(Signal::Dom);
            }
            if !out.people.iter().any(|(p, _)| p.eq_ignore_ascii_case(name)) {
                let href = e.attr("href").and_then(|h| dom.resolve(h));
                out.people.push((name.clone(), href));
                // The line holding the link ("Von <a>Jane Doe</a>"), when it is that small.
                let line = dom
                    .parent(j)
                    .filter(|&p| dom.end(p) - p <= AUTHOR_LINK_LINE_NODES && dom.tag(p).is_some());
                out.nodes.push(line.unwrap_or(j));
                if !out.raw.is_empty() {
                    out.raw.push_str("; ");
                }
                out.raw.push_str(text);
            }
        }
        j = dom.end(j);
    }
    out.raw = raw(&out.raw);
    out
}

/// The text of the first `itemprop=name` element inside element `i` (a few nodes deep): the
/// name an author link or box marks beside its picture and the picture's credit.
fn item_name(dom: &Dom<'_>, i: NodeIdx) -> Option<String> {
    let end = dom.end(i).min(i.saturating_add(INSIDE_BYLINE));
    (i + 1..end).find_map(|k| {
        let e = dom.element(k)?;
        e.attr("itemprop")
            .is_some_and(|p| p.split_ascii_whitespace().any(|t| t == "name"))
            .then(|| {
                e.attr("content")
                    .map(str::to_string)
                    .unwrap_or_else(|| spaced_text(dom, k))
            })
    })
}

/// Separators that may stand before a byline's opener ("| By Jane Doe", "· von Jane Doe").
const LEADING_SEPARATORS: &[char] = &['|', '·', '•', '-', '–', '—', '/', ',', ';'];

/// Labels of a book's or product's details, lower case: "Autorin: Jane Doe" beside
/// "Verlag: ..." or "Seiten: 400" names the reviewed book's author, not the article's.
const BOOK_DETAIL_LABELS: &[&str] = &[
    "verlag",
    "publisher",
    "isbn",
    "seiten",
    "seitenzahl",
    "pages",
    "éditeur",
    "éditions",
    "editorial",
    "editora",
    "editore",
    "preis",
    "price",
    "prix",
    "precio",
    "übersetzer",
    "übersetzung",
    "translator",
    "traduction",
    "erscheinungsdatum",
    "erscheinungsjahr",
    "originaltitel",
    "genre",
];

/// Nodes before and after a labelled byline searched for a book's details.
const BOOK_DETAILS_WINDOW: NodeIdx = 16;

/// Whether the text at node `j` stands among a book's details ("Titel:", "Verlag:",
/// "Seiten:"): labelled lines of which one names the book's author.
fn in_book_details(dom: &Dom<'_>, j: NodeIdx) -> bool {
    let start = j.saturating_sub(BOOK_DETAILS_WINDOW);
    let end = dom.len().min(j.saturating_add(BOOK_DETAILS_WINDOW));
    (start..end).filter(|&k| k != j).any(|k| {
        dom.text_node(k).is_some_and(|t| {
            let t = t.trim_start();
            BOOK_DETAIL_LABELS.iter().any(|l| {
                t.get(..l.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(l) || h.to_lowercase() == *l)
                    && t.get(l.len()..)
                        .is_some_and(|rest| rest.trim_start().starts_with(':'))
            })
        })
    })
}

/// Whether text node `j` opens its element (no text before it in the parent): a line of its
/// own, not the middle of a sentence ("... a book written by <a>Jane Doe</a>").
fn opens_its_element(dom: &Dom<'_>, j: NodeIdx) -> bool {
    let Some(parent) = dom.parent(j) else {
        return true;
    };
    (parent + 1..j).all(|k| dom.text_node(k).is_none_or(|t| t.trim().is_empty()))
}

/// Whether an element's class or id marks other content (a sidebar, a comment thread), judged
/// once per distinct value or token: pages repeat them. Most values were read by the scan
/// already.
struct OtherContent<'a, 'k> {
    /// Tokens the scan classified.
    known: &'k Tokens<'k>,
    /// Values the scan read.
    values: &'k std::collections::HashMap<&'k str, ValueMarks, crate::fast_hash::FastHash>,
    /// Tokens classified here (those the scan skipped or did not cache).
    tokens: std::collections::HashMap<&'a str, bool, crate::fast_hash::FastHash>,
}

/// The scan's classified tokens ([`Scan::tokens`]).
type Tokens<'k> = std::collections::HashMap<&'k str, TokenMarks, crate::fast_hash::FastHash>;

/// Tokens of an element's class and id read for [`OtherContent::marks`].
const JUDGED_TOKENS: usize = 8;

impl<'a, 'k> OtherContent<'a, 'k> {
    /// A judge using the tokens and values the scan classified.
    fn new(scan: &'k Scan<'k>) -> Self {
        OtherContent {
            known: &scan.tokens,
            values: &scan.values,
            tokens: std::collections::HashMap::default(),
        }
    }

    /// Whether one of the first eight class and id tokens of `e` marks other content.
    fn marks(&mut self, dom: &Dom<'a>, e: &crate::dom::ElementData<'a>) -> bool {
        let (class, id) = dom.names(e);
        // Read from the values the scan read, where it read both: the class's tokens come
        // first, the id's after them.
        let mut before = 0;
        for value in [class, id].into_iter().flatten() {
            let Some(v) = self.values.get(value) else {
                return self.tokens_mark(class, id);
            };
            if v.first_other
                .is_some_and(|k| before + usize::from(k) < JUDGED_TOKENS)
            {
                return true;
            }
            before += usize::from(v.tokens);
        }
        false
    }

    /// [`OtherContent::marks`] read token by token.
    fn tokens_mark(&mut self, class: Option<&'a str>, id: Option<&'a str>) -> bool {
        class
            .into_iter()
            .chain(id)
            .flat_map(str::split_ascii_whitespace)
            .take(JUDGED_TOKENS)
            .any(|t| match self.known.get(t) {
                // The scan's marks are `classify_raw`'s: the token lower-cased and classified.
                Some(m) => m.other_content,
                None => *self
                    .tokens
                    .entry(t)
                    .or_insert_with(|| super::markers::classify_raw(t).other_content),
            })
    }
}

/// The first byline written as text between nodes `start` and `end` that opens with one of
/// the openers of `people` (`under_headline`: the line openers, else the signed ones); comment
/// threads, sidebars and related lists are skipped. `scan`: the page's scan, whose classified
/// tokens and values are reused.
fn prefixed_byline_in(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    start: NodeIdx,
    end: NodeIdx,
    under_headline: bool,
) -> Byline {
    // Under the headline a byline may stand inside a line of its own, opened by any opener;
    // elsewhere it must open its element with a signed one.
    let openers: &[people::Opener] = if under_headline {
        &people::LINE_OPENERS
    } else {
        &people::SIGNED_OPENERS
    };
    let mut other = OtherContent::new(scan);
    // Every way an opener matches below makes the lower-cased text start with the opener's
    // label: a text whose first letter opens no label is passed over before it is lower-cased.
    let mut label_firsts: Vec<char> = openers
        .iter()
        .filter_map(|o| o.label.chars().next())
        .collect();
    label_firsts.sort_unstable();
    label_firsts.dedup();
    let every_label_has_a_letter = openers.iter().all(|o| !o.label.is_empty());
    let mut j = start;
    while j < end {
        if let Some(e) = dom.element(j) {
            let other_content = other.marks(dom, e);
            // A caption's "By X" credits the picture, not the article.
            let caption = matches!(e.tag, Tag::Figure | Tag::Figcaption);
            if e.tag.is_never_content() || other_content || caption || is_teaser_card(dom, j) {
                j = dom.end(j);
                continue;
            }
        }
        let Some(t) = dom
            .text_node(j)
            .map(crate::text::trim)
            .filter(|t| !t.is_empty())
        else {
            j += 1;
            continue;
        };
        // A separator before the opener ("| By", "· von") sets it off the date beside it.
        let t = t.trim_start_matches(LEADING_SEPARATORS).trim_start();
        // A longer text is no byline (checked below): spare it the lower-casing. Unless under
        // the headline a date label ends the byline's part ("Par X Publié le 14/03/2026 à
        // 08:30, mis à jour le 15/03/2026 à 11:00"): that part is read.
        let t = if more_chars_than(t, MAX_TEXT_BYLINE_CHARS) {
            // (Only the text's opening can hold such a label: the rest is not searched.)
            let opening = t
                .char_indices()
                .nth(MAX_TEXT_BYLINE_CHARS + DATE_LABEL_CHARS)
                .and_then(|(at, _)| t.get(..at))
                .unwrap_or(t);
            match under_headline
                .then(|| people::before_tail_marker(opening))
                .flatten()
            {
                Some(head) if !more_chars_than(head, MAX_TEXT_BYLINE_CHARS) => head,
                _ => {
                    j += 1;
                    continue;
                }
            }
        } else {
            t
        };
        // Under the headline, the date the line opens with goes before its opener
        // ("September 15, 2020 by Jane Doe", "Veröffentlicht am 8. Februar 2022 von X",
        // "06.11.2023 13:30 von X"): WordPress themes print the post's date and writer so.
        let after_date = under_headline.then(|| after_opening_date(t)).flatten();
        let t = after_date.unwrap_or(t);
        // "Auteur(s) :", "Autor*innen:": the label without its plural or gender mark.
        let uninflected = people::without_label_inflection(t);
        let t = uninflected.as_deref().unwrap_or(t);
        // A Chinese reporter line with the outlet glued before "记者" ("澎湃新闻记者 X").
        if under_headline
            && opens_its_element(dom, j)
            && let Some(name) = people::outlet_reporter_name(t)
        {
            return Byline {
                people: vec![(name.to_string(), None)],
                signal: Some(Signal::Dom),
                raw: raw(t),
                nodes: dom.parent(j).into_iter().collect(),
            };
        }
        // The first character of the lower-cased text is the lower case of the first one.
        if every_label_has_a_letter
            && t.chars()
                .next()
                .and_then(|c| c.to_lowercase().next())
                .is_none_or(|f| label_firsts.binary_search(&f).is_err())
        {
            j += 1;
            continue;
        }
        let lower = t.to_lowercase();
        // The opener alone, the name in the next texts; "Written by:" with a colon of its own.
        // A label without its colon counts when capitalised as a label ("Autor" heading a
        // box), not as a word in a list ("..., author").
        let capitalised = t.starts_with(char::is_uppercase);
        let is_alone = |o: &people::Opener| {
            (lower == o.label && (!o.colon || capitalised))
                || lower
                    .strip_suffix(':')
                    .is_some_and(|b| b.trim_end() == o.label)
        };
        // Both ways make `lower` start with the label: a label opening with another byte is
        // passed over.
        let first_byte = lower.as_bytes().first();
        let opener = openers
            .iter()
            .filter(|o| {
                o.label
                    .as_bytes()
                    .first()
                    .is_none_or(|b| Some(b) == first_byte)
            })
            .find(|o| is_alone(o) || o.opens(&lower));
        if let Some(opener) = opener
            && !more_chars_than(t, MAX_TEXT_BYLINE_CHARS)
            && (under_headline || opens_its_element(dom, j))
            && !in_book_details(dom, j)
        {
            // "By" alone: the name follows in the next texts (a link, a span).
            let alone = is_alone(opener);
            let (text, last) = if alone {
                following_text(dom, j, end)
            } else {
                (t.to_string(), j)
            };
            let line = if alone { format!("{t} {text}") } else { text };
            let names = authors::names(&line);
            // A person; or an agency alone on its line under the headline ("Por Agencia EFE").
            let agency = under_headline
                && !alone
                && opens_its_element(dom, j)
                && names.iter().all(|(_, org)| *org);
            if line.chars().count() <= MAX_TEXT_BYLINE_CHARS
                && !names.is_empty()
                && (agency || names.iter().any(|(_, org)| !org))
            {
                let mut nodes = Vec::new();
                // A line opening with its date is left to the body's rules for date lines,
                // which take it whole with the element around it.
                if let Some(p) = dom.parent(j)
                    && dom.contains(p, last)
                    && after_date.is_none()
                {
                    nodes.push(p);
                }
                return Byline {
                    people: names.into_iter().map(|(n, _)| (n, None)).collect(),
                    signal: Some(Signal::Dom),
                    raw: raw(&line),
                    nodes,
                };
            }
        }
        j += 1;
    }
    Byline::default()
}

/// Whether `t` has more than `n` characters (`t.chars().count() > n`, counting no further than
/// needed).
fn more_chars_than(t: &str, n: usize) -> bool {
    t.len() > n && t.chars().nth(n).is_some()
}

/// Most words before the date of a "`<date> by <name>`" line ("Veröffentlicht am", "Posted
/// on").
const MAX_DATE_LEAD_WORDS: usize = 3;

/// Words that take a writer after a date in a line of their own: by (en, de, fr, es/pt, nl),
/// lower case. Not Italian "di": Indonesian and Malay "di" (at, in) opens the place after a
/// dateline's date ("Senin, 14 Maret 2026 di Jakarta").
const BY_AFTER_DATE: &[&str] = &["by", "von", "par", "por", "door"];

/// The part of `t` after the date it opens with, when that part opens with "by" and a name
/// ("September 15, 2020 by Jane Doe" -> "by Jane Doe"). At most a few words stand before the
/// date ("Posted on", "Veröffentlicht am").
fn after_opening_date(t: &str) -> Option<&str> {
    // Every date has a digit: most texts have none, and are spared the date search.
    if !date::has_digit(t) {
        return None;
    }
    let (start, end, _) = date::find_date(t)?;
    let lead = t.get(..start)?;
    if lead.split_whitespace().count() > MAX_DATE_LEAD_WORDS || lead.contains(['.', ':', '!']) {
        return None;
    }
    let rest = t
        .get(end..)?
        .trim_start()
        .trim_start_matches(LEADING_SEPARATORS)
        .trim_start();
    let word = rest.split_whitespace().next()?;
    BY_AFTER_DATE
        .iter()
        .any(|b| word.eq_ignore_ascii_case(b))
        .then_some(rest)
}

/// Most text nodes read after a lone "By": three linked names and the words between them
/// ("Par <a>A</a>, <a>B</a> et <a>C</a>") and an aside after them ("(avec AFP)").
const MAX_FOLLOWING_TEXTS: usize = 7;

/// Texts following node `j` on the same line (up to [`MAX_FOLLOWING_TEXTS`] non-empty text
/// nodes and [`MAX_TEXT_BYLINE_CHARS`] characters, stopping at a block boundary or a line
/// break): the names after a lone "By".
fn following_text(dom: &Dom<'_>, j: NodeIdx, end: NodeIdx) -> (String, NodeIdx) {
    let mut out = String::new();
    let mut last = j;
    let mut taken = 0;
    let mut k = j + 1;
    while k < end && taken < MAX_FOLLOWING_TEXTS {
        if let Some(e) = dom.element(k) {
            if taken > 0 && (e.tag.is_block() || e.tag == Tag::Br) {
                break;
            }
            if e.tag.is_never_content() {
                k = dom.end(k);
                continue;
            }
        }
        if let Some(t) = dom.text_node(k).map(str::trim).filter(|t| !t.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(t);
            last = k;
            taken += 1;
            if out.chars().count() > MAX_TEXT_BYLINE_CHARS {
                break;
            }
        }
        k += 1;
    }
    (out, last)
}

/// Nodes before the headline where a date or byline above it (with the kicker) still counts.
const NEAR_BEFORE_TITLE: NodeIdx = 40;

/// 0: near after the headline; 1: inside an article or just above the headline; 2: elsewhere.
fn region_rank(idx: NodeIdx, in_article: bool, title: Option<NodeIdx>) -> u8 {
    match title {
        Some(t) if idx > t && idx - t <= NEAR_TITLE => 0,
        Some(t) if idx < t && t - idx <= NEAR_BEFORE_TITLE => 1,
        _ if in_article => 1,
        _ => 2,
    }
}

/// Item types (the end of a schema.org `itemtype`) that name an author inside a byline box.
const AUTHOR_ITEM_TYPES: &[&str] = &["Person", "Organization", "NewsMediaOrganization"];

/// Most distinct byline texts remembered by a [`NamesMemo`].
const MAX_MEMO_TEXTS: usize = 64;

/// [`authors::names`] of a page's byline texts, each distinct text read once: pages repeat the
/// same byline on many teasers.
#[derive(Default)]
struct NamesMemo(
    std::collections::HashMap<String, Vec<(String, bool)>, crate::fast_hash::FastHash>,
);

impl NamesMemo {
    /// [`authors::names`] of `text`.
    fn names(&mut self, text: &str) -> Vec<(String, bool)> {
        if let Some(names) = self.0.get(text) {
            return names.clone();
        }
        let names = authors::names(text);
        if self.0.len() < MAX_MEMO_TEXTS {
            self.0.insert(text.to_string(), names.clone());
        }
        names
    }
}

/// Read one byline element: a nested `itemprop=name`, else its text; the names in it.
/// `memo`: the names of the texts read before.
fn read_byline(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    mark: Mark<BylineVia>,
    lang: Option<&str>,
    memo: &mut NamesMemo,
) -> Option<Reading> {
    let el = dom.element(mark.idx)?;
    let end = dom
        .end(mark.idx)
        .min(mark.idx.saturating_add(INSIDE_BYLINE));
    let mut text: Option<String> = el.attr("content").map(str::to_string);
    // A byline no reader sees (a `<meta>`, or an element hidden by its own markup) may carry a
    // CMS login instead of the name shown.
    let mut hidden = el.tag == Tag::Meta || is_hidden(el.attr("style"), el.has_attr("hidden"));
    let mut href = if el.tag == Tag::A {
        el.attr("href")
    } else {
        None
    };
    let mut links = 0;
    let mut j = mark.idx + 1;
    while j < end {
        let Some(inner) = dom.element(j) else {
            j += 1;
            continue;
        };
        // An item of another kind inside the byline box (a breadcrumb list, a picture) names
        // a section or an image, not the author.
        if inner
            .attr("itemtype")
            .is_some_and(|t| !AUTHOR_ITEM_TYPES.iter().any(|a| t.trim().ends_with(a)))
        {
            j = dom.end(j).max(j + 1);
            continue;
        }
        let at = j;
        j += 1;
        if text.is_none()
            && inner
                .attr("itemprop")
                .is_some_and(|p| p.split_ascii_whitespace().any(|t| t == "name"))
        {
            hidden |= inner.tag == Tag::Meta;
            text = Some(
                inner
                    .attr("content")
                    .map(str::to_string)
                    .unwrap_or_else(|| spaced_text(dom, at)),
            );
        }
        if inner.tag == Tag::A {
            links += 1;
            if links == 1 && href.is_none() {
                href = inner.attr("href");
            }
        }
    }
    if links > 1 && el.tag != Tag::A {
        href = None;
    }
    let text = text.unwrap_or_else(|| byline_text(dom, scan, mark.idx));
    let text = people::without_language_prefix(text.trim(), lang);
    let text = people::without_byline_label(text).to_string();
    if text.is_empty() || text.chars().count() > MAX_BYLINE_CHARS || reads_as_prose(&text) {
        return None;
    }
    if in_teaser_link(dom, mark.idx) {
        return None;
    }
    let names: Vec<String> = memo
        .names(&text)
        .into_iter()
        .map(|(n, _)| n)
        .filter(|n| !hidden || super::people::clean_name(n).is_some())
        .collect();
    // A reading without names is kept only for the agency it credits.
    if names.is_empty() && (hidden || !credits_agency(&text)) {
        return None;
    }
    Some(Reading {
        mark,
        text,
        href: href.and_then(|h| dom.resolve(h)),
        names,
    })
}

/// Whether a byline's text credits a wire agency in one of its parts ("avec AFP").
fn credits_agency(text: &str) -> bool {
    people::credit_segments(text).into_iter().any(|segment| {
        crate::attribution::parse_line(segment).is_some_and(|c| {
            c.iter()
                .any(|c| c.role == crate::article::CreditRole::Agency)
        })
    })
}

/// Levels climbed from a byline element to a link around it.
const TEASER_LINK_LEVELS: usize = 5;

/// Most visible characters a link around a byline holds beyond the byline itself and still
/// is the byline's own link (a linked name, "By Jane Doe, Staff Writer"), not a teaser card.
const MAX_LINK_EXTRA_CHARS: u32 = 40;

/// Whether byline element `idx` sits inside a link that holds a teaser of another article: a
/// heading or more text than a byline beside it ("<a href=/other-story><h3>Headline</h3>
/// <p>Teaser ...</p><span class=author>Von Jane Doe</span></a>"). That byline is the other
/// article's. A link to an author's page stays the author's.
fn in_teaser_link(dom: &Dom<'_>, idx: NodeIdx) -> bool {
    let chars_in = |from: NodeIdx, to: NodeIdx| -> u32 {
        (from..to)
            .map(|n| dom.nodes.get(n as usize).map_or(0, |x| x.chars))
            .sum()
    };
    let own = chars_in(idx, dom.end(idx).min(idx.saturating_add(INSIDE_BYLINE)));
    let mut at = idx;
    for _ in 0..TEASER_LINK_LEVELS {
        let Some(p) = dom.parent(at) else {
            return false;
        };
        at = p;
        let Some(e) = dom.element(p) else {
            return false;
        };
        if e.tag != Tag::A {
            continue;
        }
        if e.attr("href").is_some_and(super::markers::is_author_link) {
            return false;
        }
        // A link of more nodes than a byline and its wrappers need is a card of its own.
        let end = dom.end(p);
        if end - p > INSIDE_BYLINE.saturating_mul(2) {
            return true;
        }
        let heading = (p + 1..end).any(|n| dom.tag(n).is_some_and(|t| t.heading_level().is_some()));
        return heading || chars_in(p, end) > own.saturating_add(MAX_LINK_EXTRA_CHARS);
    }
    false
}

/// Whether element `a` is a link around another article's teaser: a link (not to an
/// author's page) holding a heading, as cards in a list of further articles do.
fn is_teaser_card(dom: &Dom<'_>, a: NodeIdx) -> bool {
    dom.element(a).is_some_and(|e| {
        // The heading inside is looked for first: reading the link costs more.
        e.tag == Tag::A
            && (a + 1..dom.end(a)).any(|n| dom.tag(n).is_some_and(|t| t.heading_level().is_some()))
            && !e.attr("href").is_some_and(super::markers::is_author_link)
    })
}

/// Fewest words in a text read as prose rather than a byline.
const MIN_PROSE_WORDS: usize = 8;

/// Whether a text is sentences rather than a byline: a lower-case word ending a sentence and
/// a capitalised one starting the next ("... and hit save. CTRL + SPACE ...").
fn reads_as_prose(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().take(40).collect();
    // One sentence of mostly lower-case words ending in a full stop: an author's bio ("Jane Doe
    // is a payroll specialist who writes about pay, pensions and benefits."), not a byline.
    let lower = words
        .iter()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    let sentence = text.trim_end().ends_with(['.', '!', '?'])
        && lower * PROSE_LOWER_SHARE_DEN >= words.len() * PROSE_LOWER_SHARE_NUM;
    words.len() >= MIN_PROSE_WORDS
        && (sentence
            || words.windows(2).any(|w| match w {
                [a, b] => {
                    let core = a.strip_suffix('.').unwrap_or("");
                    core.chars().count() >= 3
                        && core.chars().all(char::is_lowercase)
                        && b.chars().next().is_some_and(char::is_uppercase)
                }
                _ => false,
            }))
}

/// Share of lower-case words (numerator, denominator) that makes one sentence prose.
const PROSE_LOWER_SHARE_NUM: usize = 3;
/// See [`PROSE_LOWER_SHARE_NUM`].
const PROSE_LOWER_SHARE_DEN: usize = 5;

/// Whether an element's own markup hides it (`hidden`, `style="display: none"`,
/// `visibility: hidden`).
fn is_hidden(style: Option<&str>, hidden_attr: bool) -> bool {
    hidden_attr
        || style.is_some_and(|s| {
            let compact: String = s
                .chars()
                .filter(|c| !c.is_whitespace())
                .take(400)
                .collect::<String>()
                .to_ascii_lowercase();
            compact.contains("display:none") || compact.contains("visibility:hidden")
        })
}

/// A date read from the page.
#[derive(Debug, Clone)]
pub(crate) struct PageDate {
    /// The date.
    pub date: DateTime,
    /// `Microdata` for `itemprop`, else `Dom`.
    pub signal: Signal,
    /// The string it was parsed from.
    pub raw: String,
    /// The element, for the body to skip (the text node, for a line shown with the headline).
    pub node: Option<NodeIdx>,
    /// Whether the line says the date is an update ("Updated ...", "Aktualisiert: ...").
    pub update: bool,
    /// Whether the line gave no year (taken from another date of the page).
    pub yearless: bool,
}

/// The published and modified dates the page's elements state.
pub(crate) fn dates(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    title: Option<NodeIdx>,
    byline: Option<NodeIdx>,
) -> (Option<PageDate>, Option<PageDate>) {
    let mut order: Vec<&Mark<(DateVia, DateKind)>> = scan.dates.iter().collect();
    let via_rank = |v: DateVia| match v {
        DateVia::Itemprop => 0u8,
        DateVia::Time => 1,
        DateVia::Class => 2,
    };
    // Microdata of the item that holds the headline is the article's own statement, wherever
    // it stands.
    let in_headline_item = |m: &Mark<(DateVia, DateKind)>| {
        m.kind.0 == DateVia::Itemprop
            && title.is_some_and(|t| {
                item_scope(dom, m.idx).is_some_and(|scope| scope <= t && t < dom.end(scope))
            })
    };
    order.sort_by_cached_key(|m| {
        let (via, kind) = m.kind;
        let kind_rank = match kind {
            DateKind::Published => 0u8,
            DateKind::Unknown => 1,
            DateKind::Modified => 2,
        };
        let rank = if in_headline_item(m) {
            0
        } else {
            region_rank(m.idx, m.in_article, title)
        };
        (rank, kind_rank, via_rank(via), m.idx)
    });
    let read = |m: &Mark<(DateVia, DateKind)>| -> Option<PageDate> {
        let el = dom.element(m.idx)?;
        let machine = el.attr("datetime").or_else(|| el.attr("content"));
        let text = machine
            .map(str::to_string)
            .unwrap_or_else(|| dom.clean_text(m.idx));
        if text.is_empty() || text.chars().count() > MAX_DATE_CHARS {
            return None;
        }
        // Digits alone in visible text are an id or a count, not a Unix time; a range of
        // dates or hours is an event's.
        if machine.is_none()
            && (text.bytes().all(|b| b.is_ascii_digit()) || date::names_range(&text))
        {
            return None;
        }
        // A date split over elements reads with spaces between them:
        // `<span>Apr</span> <span>04</span><span>2013</span>`.
        let (date, text) = match date::parse_date(&text) {
            Some(d) => (d, text),
            None if machine.is_none() => {
                let spaced = spaced_text(dom, m.idx);
                match date::parse_date(&spaced) {
                    Some(d) => (d, spaced),
                    // A relative time ("3h", "2 hours ago") whose absolute date is only its
                    // tooltip: `<span class="byline-time" title="14/03/2026, 10:32:00">3h`
                    // (MSN's syndicated stories).
                    None => {
                        let tip = el
                            .attr("title")
                            .map(str::trim)
                            .filter(|t| !t.is_empty() && t.chars().count() <= MAX_DATE_CHARS)?;
                        (date::parse_date(tip)?, tip.to_string())
                    }
                }
            }
            None => return None,
        };
        // A date element showing the publication and the update ("Aktualiséiert: 14.03.2026
        // Publizéiert: 13.03.2026"): the earlier is the publication. One that shows only the
        // update ("Güncelleme: 14.03.2026") is one.
        let (date, update) = match machine {
            None => match date::earlier_labelled_date(&text) {
                Some(earlier) => (earlier, false),
                None => (date, date::names_update(&text)),
            },
            Some(_) => (date, false),
        };
        Some(PageDate {
            date,
            signal: if m.kind.0 == DateVia::Itemprop {
                Signal::Microdata
            } else {
                Signal::Dom
            },
            raw: raw(&text),
            node: Some(m.idx),
            update,
            yearless: false,
        })
    };
    // Elements far from the headline and outside any article are the site's clock or another
    // story's date: only taken when the page has no headline to measure from.
    // Microdata belongs to its item: usable anywhere when the item holds the headline. A date
    // class repeated on several elements is a listing's (teasers), unless under the headline
    // or right next to it.
    let listing = repeated_date_classes(dom, scan);
    let usable = |m: &&&Mark<(DateVia, DateKind)>| {
        if title.is_none() || in_headline_item(m) {
            return true;
        }
        let rank = region_rank(m.idx, m.in_article, title);
        let listed = m.kind.0 == DateVia::Class && in_listing_element(dom, &listing, m.idx, title);
        rank < 2 && !(listed && rank > 0)
    };
    // A date element labelled as the update gives way to a later one that is not
    // ("Güncelleme: 14.03.2026" above "Yayınlanma: 13.03.2026"), and to a plain date line under
    // the headline or on the byline's line ("Veröffentlicht am 13.03.2026"); it is kept,
    // flagged, when none is, before a date line that is itself an update.
    let mut shown_update = None;
    let published = order
        .iter()
        .filter(usable)
        .filter(|m| m.kind.1 != DateKind::Modified)
        .find_map(|m| {
            let d = read(m)?;
            if d.update {
                shown_update.get_or_insert(d);
                return None;
            }
            Some(d)
        })
        .or_else(|| title.and_then(|t| dateline(dom, dom.end(t), false)))
        // The date often shares the byline's line: "Jane Doe / 22.04.2020 / 06:15".
        .or_else(|| byline.and_then(|b| dateline(dom, dom.parent(b).unwrap_or(b), false)))
        .or_else(|| shown_update.take())
        .or_else(|| title.and_then(|t| dateline(dom, dom.end(t), true)))
        .or_else(|| byline.and_then(|b| dateline(dom, dom.parent(b).unwrap_or(b), true)));
    let modified = order
        .iter()
        .filter(usable)
        .filter(|m| m.kind.1 == DateKind::Modified)
        .find_map(|m| read(m));
    (published, modified)
}

/// The update the page shows when no element is marked as the update (for pages that state
/// no modified date either; the caller asks only then): a date element labelled as the update
/// ("আপডেট: ১৫ মার্চ ২০২৬", `Updated <time datetime=...>`), else an update line by the
/// headline or on the byline's line.
pub(crate) fn shown_update(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    title: Option<NodeIdx>,
    byline: Option<NodeIdx>,
) -> Option<PageDate> {
    let listing = repeated_date_classes(dom, scan);
    scan.dates
        .iter()
        // The elements `dates` reads: in the article or near the headline, not a teaser's.
        .filter(|m| {
            let rank = region_rank(m.idx, m.in_article, title);
            title.is_none()
                || (rank < 2 && !(rank > 0 && in_listing_element(dom, &listing, m.idx, title)))
        })
        .find_map(|m| labelled_update_element(dom, m.idx))
        .or_else(|| update_line(dom, &listing, title, byline))
}

/// Whether date element `i` has one of the `listing` date classes and does not stand right
/// next to the headline (a teaser's date).
fn in_listing_element(dom: &Dom<'_>, listing: &[&str], i: NodeIdx, title: Option<NodeIdx>) -> bool {
    !listing.is_empty()
        && !next_to_title(dom, i, title)
        && dom
            .element(i)
            .and_then(|e| e.class())
            .is_some_and(|c| listing.contains(&c))
}

/// The date element `i` shows as the update: its text labels its date so ("Aktualisiert:
/// 16.03.2026", "Publié le 14/03/2026, mis à jour le 16/03/2026"), or a short label before
/// it does (`Updated <time datetime="...">March 16</time>`).
fn labelled_update_element(dom: &Dom<'_>, i: NodeIdx) -> Option<PageDate> {
    let text = dom.clean_text(i);
    if text.is_empty() || text.chars().count() > MAX_DATE_CHARS {
        return None;
    }
    let labelled = date::may_name_update(&text)
        .then(|| date::labelled_update(&text))
        .flatten();
    let date = match labelled {
        Some(d) => d,
        None if label_names_update(dom, i) => {
            let machine = dom
                .element(i)
                .and_then(|e| e.attr("datetime").or_else(|| e.attr("content")));
            machine
                .and_then(date::parse_date)
                .or_else(|| date::parse_date(&text))?
        }
        None => return None,
    };
    Some(PageDate {
        date,
        signal: Signal::Dom,
        raw: raw(&text),
        node: None,
        update: true,
        yearless: false,
    })
}

/// The first date line labelled as the update just around the headline (as [`shown_date`]
/// looks) or on the byline's line: "Updated March 14, 2026 at 2:02 p.m.", "수정 2026.03.14
/// 15:40", "Publicado em 14/03/2026 ... Atualizado em 16/03/2026" (its second date). Not
/// taken out of the body.
fn update_line(
    dom: &Dom<'_>,
    listing: &[&str],
    title: Option<NodeIdx>,
    byline: Option<NodeIdx>,
) -> Option<PageDate> {
    let around_title = title.into_iter().flat_map(|t| {
        let end = dom.end(t);
        [
            t.saturating_sub(SHOWN_BEFORE_TITLE)..t,
            end..dom.len().min(end.saturating_add(SHOWN_AFTER_TITLE)),
        ]
    });
    let on_byline = byline.into_iter().map(|b| {
        let start = dom.parent(b).unwrap_or(b);
        start..dom.len().min(start.saturating_add(DATELINE_WINDOW))
    });
    // Only a text holding an update word, or a few nodes after one (its label in a node of
    // its own), is parsed for a date.
    for range in around_title.chain(on_byline) {
        let mut label_at: Option<NodeIdx> = None;
        for j in range {
            let Some(t) = dom.text_node(j) else {
                continue;
            };
            // A date line or its label is short; a label holds no digit, a date line one.
            let digit = date::has_digit(t);
            let short =
                t.len() <= MAX_DATE_LINE_CHARS * 4 && (digit || t.len() <= MAX_LABEL_CHARS * 4);
            if short && date::may_name_update(t) {
                label_at = Some(j);
            }
            if !digit {
                continue;
            }
            if label_at.is_none_or(|k| j - k > LABEL_NODES_BACK) {
                continue;
            }
            let Some((shown, text)) = date_line_at(dom, j) else {
                continue;
            };
            if in_listing(dom, listing, j, title) {
                continue;
            }
            let Some(date) =
                date::labelled_update(text).or_else(|| label_names_update(dom, j).then_some(shown))
            else {
                continue;
            };
            return Some(PageDate {
                date,
                signal: Signal::Dom,
                raw: raw(text),
                node: None,
                update: true,
                yearless: false,
            });
        }
    }
    None
}

/// Ancestors looked at for the `itemscope` a microdata property belongs to.
const ITEM_SCOPE_ANCESTORS: usize = 24;

/// The nearest element with `itemscope` at or above `i`.
fn item_scope(dom: &Dom<'_>, i: NodeIdx) -> Option<NodeIdx> {
    let mut k = i;
    for _ in 0..ITEM_SCOPE_ANCESTORS {
        if dom.element(k).is_some_and(|e| e.has_attr("itemscope")) {
            return Some(k);
        }
        k = dom.parent(k)?;
    }
    None
}

/// Date elements sharing one class value before it counts as a listing's (teasers, cards).
const LISTING_DATE_CLASS_REPEATS: usize = 3;

/// The class values (as written) that at least `LISTING_DATE_CLASS_REPEATS` date elements
/// marked by class share.
pub(crate) fn repeated_date_classes<'a>(dom: &Dom<'a>, scan: &Scan<'_>) -> Vec<&'a str> {
    let mut classes: Vec<&'a str> = scan
        .dates
        .iter()
        .filter(|m| m.kind.0 == DateVia::Class)
        .filter_map(|m| dom.element(m.idx).and_then(|e| e.class()))
        .collect();
    classes.sort_unstable();
    let mut out = Vec::new();
    for run in classes.chunk_by(|a, b| a == b) {
        if run.len() >= LISTING_DATE_CLASS_REPEATS
            && let Some(c) = run.first()
        {
            out.push(*c);
        }
    }
    out
}

/// Nodes from the headline within which a date of a listing's class is still the article's
/// own (sites reuse their teasers' date format next to the headline).
const NEAR_TITLE_LISTED: NodeIdx = 12;

/// Whether node `j` is right next to the headline `title` (`NEAR_TITLE_LISTED`).
fn next_to_title(dom: &Dom<'_>, j: NodeIdx, title: Option<NodeIdx>) -> bool {
    title.is_some_and(|t| {
        (j < t && t - j <= NEAR_TITLE_LISTED)
            || (j >= dom.end(t) && j - dom.end(t) <= NEAR_TITLE_LISTED)
    })
}

/// Whether text node `j` is the date of a listing: its element has one of the `listing` date
/// classes (`repeated_date_classes`), and it does not stand right next to the headline.
pub(crate) fn in_listing(
    dom: &Dom<'_>,
    listing: &[&str],
    j: NodeIdx,
    title: Option<NodeIdx>,
) -> bool {
    !listing.is_empty()
        && !next_to_title(dom, j, title)
        && dom
            .parent(j)
            .and_then(|p| dom.element(p))
            .and_then(|e| e.class())
            .is_some_and(|c| listing.contains(&c))
}

/// Nodes after the headline searched for a dateline ("March 3, 2024 at 10:02").
const DATELINE_WINDOW: NodeIdx = 80;

/// A short text from node `start` on (after the headline, or around the byline) that is (or
/// holds) a date. Lines that say the date is an update ("Aktualisiert: 14.03.2026") are
/// skipped unless `updates`.
fn dateline(dom: &Dom<'_>, start: NodeIdx, updates: bool) -> Option<PageDate> {
    let end = dom.len().min(start.saturating_add(DATELINE_WINDOW));
    let mut j = start;
    while j < end {
        if dom.element(j).is_some_and(|e| e.tag.is_never_content()) {
            j = dom.end(j);
            continue;
        }
        if let Some((date, t)) = date_line_at(dom, j) {
            // Of a published and an updated date shown together, the earlier is the
            // publication.
            let (date, update) = match earlier_shown_with(dom, j, None, &date, t) {
                Some(earlier) => (earlier, false),
                None => (date, date::names_update(t) || label_names_update(dom, j)),
            };
            if update && !updates {
                j += 1;
                continue;
            }
            return Some(PageDate {
                date,
                signal: Signal::Dom,
                raw: raw(t),
                node: None,
                update,
                yearless: false,
            });
        }
        j += 1;
    }
    None
}

/// Nodes after the headline's end searched for the date line the page shows under it.
const SHOWN_AFTER_TITLE: NodeIdx = 60;

/// Nodes before the headline searched for a date line above it (with the kicker).
const SHOWN_BEFORE_TITLE: NodeIdx = 30;

/// Longest text node read as a date line, in characters.
const MAX_DATE_LINE_CHARS: usize = 120;

/// Most visible characters in the element holding a date line: a longer one is prose that
/// mentions a date, not a line that states one.
const MAX_DATE_BLOCK_CHARS: u32 = 250;

/// Ancestors looked at above a date line (for a hidden element or a comment).
const DATE_LINE_ANCESTORS: usize = 12;

/// The date the page shows with its headline: the first date line in the few nodes just above
/// the headline (with the kicker) or just after it (the meta line under it). Readers take this
/// date as the article's; structured data may hold another (a first draft, a UTC instant that
/// falls on the next calendar day, a later update the page shows instead).
pub(crate) fn shown_date(dom: &Dom<'_>, scan: &Scan<'_>, title: NodeIdx) -> Option<PageDate> {
    shown_line(dom, scan, title, None)
}

/// The date the page shows with its headline written without a year ("14. März, 08:30 Uhr"),
/// in the same nodes as [`shown_date`]; the year is the one nearest to `reference`.
pub(crate) fn shown_yearless_date(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    title: NodeIdx,
    reference: &DateTime,
) -> Option<PageDate> {
    shown_line(dom, scan, title, Some(reference))
}

/// The first date line around the headline (a yearless one with `yearless`), skipping the
/// dates of a listing (teasers sharing one date class).
fn shown_line(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    title: NodeIdx,
    yearless: Option<&DateTime>,
) -> Option<PageDate> {
    let listing = repeated_date_classes(dom, scan);
    let title_end = dom.end(title);
    let before = title.saturating_sub(SHOWN_BEFORE_TITLE)..title;
    let after = title_end..dom.len().min(title_end.saturating_add(SHOWN_AFTER_TITLE));
    before.chain(after).find_map(|j| {
        let (date, text) = date_line_with(dom, j, yearless)?;
        if in_listing(dom, &listing, j, Some(title)) || names_claim(text) {
            return None;
        }
        let update = date::names_update(text) || label_names_update(dom, j);
        // "Aktualisiert am 16.03.2026 | Erstellt am 14.03.2026": the earlier date after the
        // update is the publication.
        let (date, update) = match date::date_after_update(text) {
            Some(earlier) if update && date::days_between(&earlier, &date) > 0 => (earlier, false),
            // "Uppfært 14. mars 2026" over "Birt 13. mars 2026": whatever the labels say, the
            // earlier of two labelled dates shown together is the publication.
            _ => match earlier_shown_with(dom, j, yearless, &date, text) {
                Some(earlier) => (earlier, false),
                None => (date, update),
            },
        };
        Some(PageDate {
            date,
            signal: Signal::Dom,
            raw: raw(text),
            node: Some(j),
            update,
            yearless: yearless.is_some(),
        })
    })
}

/// Phrases of a fact-check's statement box that date the claim checked, not the article
/// ("Facebook posts stated on March 9, 2026 in a post:", PolitiFact; "afirmó el 9 de marzo"),
/// lower case.
const CLAIM_DATE_PHRASES: &[&str] = &[
    "stated on",
    "said on",
    "claimed on",
    "afirmó el",
    "dijo el",
    "declaró el",
    "a déclaré le",
    "a affirmé le",
    "afirmou em",
    "disse em",
    "behauptete am",
];

/// Whether a date line dates a claim a fact-check reviews ([`CLAIM_DATE_PHRASES`]).
fn names_claim(text: &str) -> bool {
    text.len() <= MAX_CLAIM_LINE_BYTES && {
        let lower = text.to_lowercase();
        CLAIM_DATE_PHRASES.iter().any(|p| lower.contains(p))
    }
}

/// Longest date line read for a claim phrase, in bytes.
const MAX_CLAIM_LINE_BYTES: usize = 400;

/// Nodes looked at after a date line for a second date line shown with it.
const SHOWN_WITH_NODES: NodeIdx = 8;

/// The earlier date of two labelled date lines shown together, when the date line at text
/// node `j` (text `text`, date `date`) is the later one: its own text holds both
/// ("Aktualiséiert: 14.03.2026 Publizéiert: 13.03.2026", `date::earlier_labelled_date`), or the
/// next text is another labelled date line, its label possibly in an element of its own
/// (`<div>Uppfært 14. mars 2026</div><div>Birt 13. mars 2026</div>`). A page never shows an
/// update before its publication, so the earlier is the publication in any language.
fn earlier_shown_with(
    dom: &Dom<'_>,
    j: NodeIdx,
    yearless: Option<&DateTime>,
    date: &DateTime,
    text: &str,
) -> Option<DateTime> {
    if let Some(earlier) = date::earlier_labelled_date(text) {
        return Some(earlier);
    }
    if !labelled(dom, j, text) {
        return None;
    }
    let end = dom.len().min(j.saturating_add(SHOWN_WITH_NODES + 1));
    let mut label_seen = false;
    for k in j + 1..end {
        let Some(t) = dom.text_node(k).map(str::trim).filter(|t| !t.is_empty()) else {
            continue;
        };
        if let Some((other, t)) = date_line_with(dom, k, yearless) {
            return (labelled(dom, k, t) && date::days_between(&other, date) > 0).then_some(other);
        }
        // One short label in its own element may stand before the other date.
        if label_seen || date::has_digit(t) || t.chars().count() > MAX_LABEL_CHARS {
            return None;
        }
        label_seen = true;
    }
    None
}

/// Whether the date line at text node `j` (text `t`) has a label: words before its date, or a
/// short text without digits just before it in an element of its own.
fn labelled(dom: &Dom<'_>, j: NodeIdx, t: &str) -> bool {
    t.chars()
        .take_while(|c| !c.is_numeric())
        .any(char::is_alphabetic)
        || (j.saturating_sub(LABEL_NODES_BACK)..j)
            .rev()
            .filter_map(|k| dom.text_node(k).map(str::trim))
            .find(|t| !t.is_empty())
            .is_some_and(|t| t.chars().count() <= MAX_LABEL_CHARS && !date::has_digit(t))
}

/// Text nodes looked back at from a date for its label ("Updated" before `<time>`).
const LABEL_NODES_BACK: NodeIdx = 4;

/// Longest label text read before a date, in characters.
const MAX_LABEL_CHARS: usize = 40;

/// Whether the short text just before text node `j` (its label in a separate node:
/// `Updated <time>...</time>`) says the date is an update.
fn label_names_update(dom: &Dom<'_>, j: NodeIdx) -> bool {
    (j.saturating_sub(LABEL_NODES_BACK)..j)
        .rev()
        .filter_map(|k| dom.text_node(k).map(str::trim))
        .find(|t| !t.is_empty())
        .is_some_and(|t| t.chars().count() <= MAX_LABEL_CHARS && date::names_update(t))
}

/// The date of text node `j` when it is a visible date line: short, the date dominating it
/// (`date::dateline_date`), not a link (another story's date), not emphasis inside prose, not
/// in a hidden element or a comment, and in an element that holds little else.
pub(crate) fn date_line_at<'a>(dom: &Dom<'a>, j: NodeIdx) -> Option<(DateTime, &'a str)> {
    date_line_with(dom, j, None)
}

/// [`date_line_at`], or with `yearless` a date line written without a year, its year the one
/// nearest to that date.
fn date_line_with<'a>(
    dom: &Dom<'a>,
    j: NodeIdx,
    yearless: Option<&DateTime>,
) -> Option<(DateTime, &'a str)> {
    let t = crate::text::trim(dom.text_node(j)?);
    let node = dom.nodes.get(j as usize)?;
    // Text of scripts and styles counts no visible characters. (Read before the text is
    // searched for a digit: a node's facts cost less.)
    if node.chars == 0 || node.in_link {
        return None;
    }
    if t.is_empty() || !date::has_digit(t) {
        return None;
    }
    let parent = dom.parent(j)?;
    let parent_tag = dom.tag(parent)?;
    // Emphasis inside prose is a mention; emphasis that is all its block holds
    // (`<p><em>10.11.2026</em></p>`), or a bare date opening it (`<p><b>10.11.2026</b> –
    // Berlin. Der ...`), is the line's styling.
    let emphasis = matches!(parent_tag, Tag::Strong | Tag::Em | Tag::B | Tag::I);
    // (Whether an ancestor hides the line or makes it a comment is read last, once a date
    // line is found: the ancestors cost more than the text, and most texts are no date line.)
    if parent_tag.is_never_content()
        || (emphasis
            && !alone_in_block(dom, parent, node.chars)
            && !(date::is_bare_date(t) && opens_block(dom, parent, j)))
    {
        return None;
    }
    let short = t.len() <= MAX_DATE_LINE_CHARS * 4
        && t.chars().count() <= MAX_DATE_LINE_CHARS
        && subtree_chars_within(dom, parent, MAX_DATE_BLOCK_CHARS);
    if !short {
        // A paragraph that opens with its dateline: "27.1.2026 – Bei der ...", or whose first
        // text is a separated date line ("Pressemitteilung vom 25. Januar 2026 | Berlin").
        // (Or bold type that is all its block holds: a lead paragraph set in bold.)
        let block = parent_tag.is_block() || (emphasis && alone_in_block(dom, parent, node.chars));
        if !block || yearless.is_some() {
            return None;
        }
        let date = date::opening_dateline(t).or_else(|| {
            let first = j - parent <= BLOCK_OPENING_NODES
                && (parent + 1..j).all(|k| dom.nodes.get(k as usize).is_none_or(|n| n.chars == 0));
            first.then(|| date::separated_dateline(t)).flatten()
        })?;
        return (!hidden_or_comment(dom, parent)).then_some((date, t));
    }
    let date = match yearless {
        None => date::dateline_date(t)?,
        Some(reference) => date::yearless_dateline(t, reference)?,
    };
    // Emphasis holds a date line only as a bare date (or a place and a date): a bold line
    // with words before its date is a heading ("Stand am 12. Januar 2026:").
    if (emphasis && !date::opens_with_date(t)) || label_names_other_date(dom, j) {
        return None;
    }
    // A `<time>` whose zoneless machine value names another day than its text is not a clear
    // date line (with a zone, the instant may fall on another day than the local date shown).
    if let Some(el) = dom.element(parent)
        && el.tag == Tag::Time
        && let Some(machine) = el.attr("datetime").and_then(date::parse_date)
        && machine.offset_minutes.is_none()
        && date::days_between(&machine, &date) != 0
    {
        return None;
    }
    (!hidden_or_comment(dom, parent)).then_some((date, t))
}

/// Whether inline element `el` is the only visible text of the block holding it (`node_chars`
/// being its text's count).
fn alone_in_block(dom: &Dom<'_>, el: NodeIdx, node_chars: u32) -> bool {
    dom.parent(el).is_some_and(|block| {
        dom.tag(block).is_some_and(|t| t.is_block())
            && subtree_chars_within(dom, block, node_chars.saturating_add(2))
    })
}

/// Nodes looked at between a block and its first text.
const BLOCK_OPENING_NODES: NodeIdx = 8;

/// Whether text node `j` (in inline element `el`) is the first text of the block holding `el`.
fn opens_block(dom: &Dom<'_>, el: NodeIdx, j: NodeIdx) -> bool {
    let Some(block) = dom.parent(el) else {
        return false;
    };
    dom.tag(block).is_some_and(|t| t.is_block())
        && j.saturating_sub(block) <= BLOCK_OPENING_NODES
        && (block + 1..j).all(|k| dom.text_node(k).is_none_or(|t| t.trim().is_empty()))
}

/// Whether the short label just before text node `j`, in its own element (`<strong>Video
/// verfügbar bis:</strong> 14.10.2026`), names another date than the publication.
fn label_names_other_date(dom: &Dom<'_>, j: NodeIdx) -> bool {
    (j.saturating_sub(LABEL_NODES_BACK)..j)
        .rev()
        .filter_map(|k| dom.text_node(k).map(str::trim))
        .find(|t| !t.is_empty())
        .is_some_and(|t| {
            t.chars().count() <= MAX_LABEL_CHARS && !date::has_digit(t) && date::names_other_date(t)
        })
}

/// Whether the element or one of its ancestors is hidden or a comment.
fn hidden_or_comment(dom: &Dom<'_>, from: NodeIdx) -> bool {
    let mut k = from;
    // A class token lower-cased, reused.
    let mut lower = String::new();
    for _ in 0..DATE_LINE_ANCESTORS {
        let Some(el) = dom.element(k) else { break };
        // Class and id as the arena read them (the first of each, as `ElementData::class`
        // and `ElementData::id` give them).
        let (class, id) = dom.names(el);
        if hides(el, class, &mut lower) || in_comments(class, id) {
            return true;
        }
        match dom.parent(k) {
            Some(p) => k = p,
            None => break,
        }
    }
    false
}

/// Nodes allowed in a subtree beyond two per character of [`subtree_chars_within`]'s bound
/// (wrappers, empty elements).
const SUBTREE_NODE_SLACK: NodeIdx = 64;

/// Whether the visible characters under `i` are at most `max` (stops counting past it; a
/// subtree of more nodes than such text needs is not counted at all).
fn subtree_chars_within(dom: &Dom<'_>, i: NodeIdx, max: u32) -> bool {
    // Empty nodes add nothing: a node budget keeps a block of a million empty elements from
    // being walked once per date candidate in it.
    let budget = max.saturating_mul(2).saturating_add(SUBTREE_NODE_SLACK);
    if dom.end(i).saturating_sub(i) > budget {
        return false;
    }
    let mut chars: u32 = 0;
    for n in i..dom.end(i) {
        chars += dom.nodes.get(n as usize).map_or(0, |x| x.chars);
        if chars > max {
            return false;
        }
    }
    true
}

/// Classes of elements shown only on paper (a print header with the date the page was
/// printed, the page's URL): hidden on screen.
#[rustfmt::skip]
const PRINT_ONLY_CLASSES: &[&str] = &[
    "print-only", "printonly", "print-header", "print-footer", "print-info", "print-url",
    "print-date", "visible-print", "visible-print-block", "show-for-print", "only-print",
];

/// Whether an element hides itself: `hidden`, `aria-hidden`, `display:none`, a class that
/// hides it on every screen, keeps it for screen readers or for print. Tokens ending in
/// `-hidden` (`rich-snippet-hidden`) hide it too, but not `field--label-hidden`, which hides
/// only a field's label, nor `overflow-hidden`, which only clips. `class`: the element's
/// class; `lower`: a buffer for its tokens lower-cased.
fn hides(el: &crate::dom::ElementData<'_>, class: Option<&str>, lower: &mut String) -> bool {
    el.is_hidden()
        || el.is_aria_hidden()
        || el.style().is_some_and(|s| {
            s.replace(' ', "")
                .to_ascii_lowercase()
                .contains("display:none")
        })
        || class.is_some_and(|c| {
            c.split_ascii_whitespace().any(|t| {
                lower.clear();
                lower.push_str(t);
                lower.make_ascii_lowercase();
                let t = lower.as_str();
                HIDDEN_CLASSES.contains(&t)
                    || is_screen_reader_class(t)
                    || PRINT_ONLY_CLASSES.contains(&t)
                    || (t.ends_with("-hidden") && !t.contains("label") && !t.contains("overflow"))
            })
        })
}

/// Whether an element's class or id marks a comment (`comments`, `comment-body`,
/// `commentlist`): a reader's date, not the article's. Sidebars and widgets are not excluded
/// here: blog engines wrap the post itself in a "widget". (A token holds "comment" in any
/// ASCII case exactly when its value does: the word has no whitespace.)
fn in_comments(class: Option<&str>, id: Option<&str>) -> bool {
    [class, id].into_iter().flatten().any(|v| {
        v.as_bytes()
            .windows(b"comment".len())
            .any(|w| w.eq_ignore_ascii_case(b"comment"))
    })
}

/// Openers of lines that sit under a headline but are credits, not a standfirst.
const NOT_SUBTITLE_OPENERS: &[&str] = &[
    "foto:", "photo:", "bild:", "image:", "quelle:", "source:", "crédit", "credit", "©",
];

/// Words (lower case) of a reading-time line shown under the headline ("11 minute read",
/// "Lesezeit: 3 Min.", "5 min de lecture", "Tiempo de lectura: 4 minutos", "3分钟阅读"), which
/// CMSs mark like a standfirst (`headline__sub-description`).
#[rustfmt::skip]
const READING_TIME_WORDS: &[&str] = &[
    "read", "reading", "lesezeit", "lesedauer", "lecture", "lectura", "lettura", "leitura",
    "leestijd", "lästid", "lukuaika", "czytania", "čtení", "okuma", "чтения", "читання",
    "阅读", "閱讀", "読了", "읽기", "dakika", "menit", "membaca",
];

/// Most words of a reading-time line.
const MAX_READING_TIME_WORDS: usize = 6;

/// Whether a short line gives a reading time: a number and a reading word.
fn is_reading_time(text: &str) -> bool {
    if text.split_whitespace().count() > MAX_READING_TIME_WORDS
        || !text.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    let lower = text.to_lowercase();
    READING_TIME_WORDS.iter().any(|w| {
        lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word == *w || (!w.is_ascii() && word.contains(w)))
    })
}

/// Longest line that opens with a date and is still read as a date line, not a standfirst
/// opening with its dateline.
const MAX_DATE_LINE_SUBTITLE_CHARS: usize = 100;

/// Whether element `j` holds form controls (share, font-size and copy-link widgets): a
/// standfirst is text only. Only the first [`MAX_SUBTITLE_NODES`] nodes are looked at.
fn holds_controls(dom: &Dom<'_>, j: NodeIdx) -> bool {
    let end = dom.end(j).min(j.saturating_add(MAX_SUBTITLE_NODES));
    (j..end).any(|i| {
        dom.tag(i).is_some_and(|t| {
            matches!(
                t,
                Tag::Input | Tag::Button | Tag::Select | Tag::Label | Tag::Textarea
            )
        })
    })
}

/// Whether element `j` holds a text that is a date and nothing else ("09:31 August 20,
/// 2019"): the line of section, date and share buttons under a headline, not a standfirst.
/// Only the first [`MAX_SUBTITLE_NODES`] nodes are looked at.
fn holds_bare_date(dom: &Dom<'_>, j: NodeIdx) -> bool {
    let end = dom.end(j).min(j.saturating_add(MAX_SUBTITLE_NODES));
    (j..end).any(|i| {
        dom.text_node(i).is_some_and(|t| {
            let t = t.trim();
            t.len() <= MAX_DATE_CHARS * 4 && date::has_digit(t) && date::is_bare_date(t)
        })
    })
}

/// Whether the text of a standfirst candidate is something else shown under the headline: a
/// credit, a reading time, or a date line ("2018年6月18日 10:01 発信地：カノ").
fn not_a_standfirst(text: &str) -> bool {
    let lower = text.to_lowercase();
    NOT_SUBTITLE_OPENERS.iter().any(|o| lower.starts_with(o))
        || is_reading_time(text)
        || (text.chars().count() <= MAX_DATE_LINE_SUBTITLE_CHARS && date::opens_with_date(text))
}

/// The standfirst under the headline.
#[derive(Debug, Clone)]
pub(crate) struct Subtitle {
    /// Its text, whitespace collapsed.
    pub text: String,
    /// `Microdata` for `itemprop`, else `Dom`.
    pub signal: Signal,
}

/// The standfirst: an element just after the headline (or after its wrapper) marked as one by
/// class or `itemprop`, an `<h2>` right after the `<h1>` in the same header, or an element whose
/// text is the page's description.
pub(crate) fn subtitle(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    title: NodeIdx,
    title_text: &str,
    description: Option<&str>,
    max_chars: usize,
) -> Option<Subtitle> {
    let title_fold = fold(title_text);
    let description_fold = description
        .map(fold)
        .filter(|d| d.len() >= MIN_SUBTITLE_CHARS);
    // The description's words, split once for all the blocks compared with it.
    let description_words = std::cell::OnceCell::new();
    let max = MAX_SUBTITLE_CHARS.min(max_chars);
    let metadata_element = |j: NodeIdx| {
        scan.bylines.iter().any(|m| dom.contains(j, m.idx))
            || scan.dates.iter().any(|m| dom.contains(j, m.idx))
    };
    let accept = |j: NodeIdx, signal: Signal| -> Option<Subtitle> {
        let text = items_text(dom, j);
        let n = text.chars().count();
        if !(MIN_SUBTITLE_CHARS..=max).contains(&n) || fold(&text) == title_fold {
            return None;
        }
        if not_a_standfirst(&text) || holds_bare_date(dom, j) {
            return None;
        }
        if holds_controls(dom, j) {
            // A standfirst followed by a player or share widget in one wrapper: its paragraph.
            let p = dom
                .children(j)
                .find(|&c| dom.tag(c) == Some(Tag::P) && !holds_controls(dom, c))?;
            let text = text_of(dom, p);
            let n = text.chars().count();
            return ((MIN_SUBTITLE_CHARS..=max).contains(&n)
                && fold(&text) != title_fold
                && !not_a_standfirst(&text))
            .then_some(Subtitle { text, signal });
        }
        Some(Subtitle {
            text: lines_apart(dom, j, text),
            signal,
        })
    };
    let mut node = title;
    for level in 0..WRAPPERS_CLIMBED {
        let parent = dom.parent(node)?;
        let parent_tag = dom.tag(parent);
        let mut seen = 0;
        // Whether the last sibling looked at was the byline or date row.
        let mut after_meta = false;
        let mut sib = dom.end(node);
        let stop = dom.end(parent);
        while sib < stop && seen < SIBLINGS_LOOKED_AT {
            let next = dom.end(sib);
            let Some(el) = dom.element(sib) else {
                sib = next;
                continue;
            };
            if el.tag.is_never_content() || matches!(el.tag, Tag::Br | Tag::Hr) {
                sib = next;
                continue;
            }
            seen += 1;
            if next - sib > MAX_SUBTITLE_NODES {
                // A large block (the body's wrapper): the standfirst is not in it, and reading
                // its text would cost a pass over the page.
                if holds_text_run(dom, sib) {
                    return None;
                }
                sib = next;
                continue;
            }
            // Marked by itemprop, on the element or inside it.
            if let Some(m) = scan.microdata.iter().find(|m| {
                matches!(m.kind, Prop::AlternativeHeadline | Prop::Description)
                    && dom.contains(sib, m.idx)
            }) && let Some(s) = accept(m.idx, Signal::Microdata)
            {
                return Some(s);
            }
            // Marked by class or id, on the element or inside it.
            if let Some(&j) = scan.subtitles.iter().find(|&&j| dom.contains(sib, j))
                && !metadata_element(j)
                && let Some(s) = accept(j, Signal::Dom)
            {
                return Some(s);
            }
            // The first block right after the <h1> in the article's header: an <h2>, or a
            // paragraph of prose that is not the byline.
            if level == 0
                && seen == 1
                && matches!(parent_tag, Some(Tag::Header))
                && (el.tag == Tag::H2
                    || (matches!(el.tag, Tag::P | Tag::Div) && is_prose(dom, sib)))
                && !metadata_element(sib)
                && let Some(s) = accept(sib, Signal::Dom)
            {
                return Some(s);
            }
            // A paragraph of prose between the <h1> and the byline or date row, wherever the
            // three stand (`<h1>`, `<p class="e_a4">`, `<div>` of author and date: hashed class
            // names): the perex, which the body's first paragraph never precedes the byline as.
            if level == 0
                && seen == 1
                && el.tag == Tag::P
                && is_prose(dom, sib)
                && !metadata_element(sib)
                && next_element(dom, next, dom.end(parent)).is_some_and(&metadata_element)
                && let Some(s) = accept(sib, Signal::Dom)
            {
                return Some(s);
            }
            // A lower heading right after the <h1>, wherever the two stand (`<h1>` then `<h4
            // class="sub">`, `<article><h1/><h2 class="mt-12">`): the standfirst when it reads
            // as a sentence, not as the body's first section heading.
            if level == 0
                && seen == 1
                && matches!(el.tag, Tag::H2 | Tag::H3 | Tag::H4)
                && dom.tag(title) == Some(Tag::H1)
                && reads_as_sentence(&text_of(dom, sib))
                && !metadata_element(sib)
                && let Some(s) = accept(sib, Signal::Dom)
            {
                return Some(s);
            }
            // The description shown under the headline (but not the body's first paragraph).
            if let (Some(d), Some(dfold)) = (description, &description_fold)
                && !metadata_element(sib)
                && !starts_paragraph_run(dom, sib)
            {
                let text = text_of(dom, sib);
                let f = fold(&text);
                let same = f == *dfold
                    || (f.len() > dfold.len() / 2 && dfold.starts_with(&f))
                    || f.starts_with(dfold.as_str());
                // The body's wrapper, its first paragraph copied into the description: it goes
                // on well past it (a standfirst of a few short paragraphs is the description).
                let body = f.len() * 2 > dfold.len() * 3 && opens_with_paragraph_run(dom, sib);
                if (same || title::similar_folded_to(&text, &f, d, dfold, &description_words))
                    && !body
                    && let Some(s) = accept(sib, Signal::Dom)
                {
                    return Some(s);
                }
            }
            // A lone paragraph of prose between the byline or date row and the article's text
            // (`<h1>`, author and date `<div>`, `<div><p>lead</p></div>`, `<div>` of paragraphs):
            // the lead, printed under the row as Polish and Czech portals do.
            if level == 0
                && after_meta
                && lone_prose_paragraph(dom, sib)
                && !metadata_element(sib)
                && next_element(dom, next, dom.end(parent)).is_some_and(|n| holds_text_run(dom, n))
                && let Some(s) = accept(sib, Signal::Dom)
            {
                return Some(s);
            }
            // The article's text: the standfirst stands above it, so no block after it is one
            // (a donation "teaser" under the text).
            if holds_text_run(dom, sib) {
                return None;
            }
            after_meta = metadata_element(sib);
            sib = next;
        }
        if matches!(
            parent_tag,
            None | Some(Tag::Body | Tag::Html | Tag::Article | Tag::Main)
        ) {
            break;
        }
        node = parent;
    }
    None
}

/// Fewest words of a heading read as a standfirst sentence rather than a section heading.
const MIN_STANDFIRST_WORDS: usize = 6;

/// Fewest Chinese, Japanese or Korean characters of such a heading (scripts that put few or
/// no spaces between words).
const MIN_STANDFIRST_UNSPACED_CHARS: usize = 12;

/// Whether a heading's text reads as a sentence: enough words (or characters, in a script
/// without spaces), not a label ending in a colon.
fn reads_as_sentence(text: &str) -> bool {
    let t = text.trim();
    if t.ends_with([':', '：']) {
        return false;
    }
    let words = t.split_whitespace().count();
    words >= MIN_STANDFIRST_WORDS
        || t.chars().filter(|&c| title::is_cjk(c)).count() >= MIN_STANDFIRST_UNSPACED_CHARS
}

/// Shortest standfirst taken on position alone (the first block under the headline).
const MIN_PROSE_CHARS: usize = 40;

/// Whether an element holds a sentence of prose: long enough, not a byline line, not a row of
/// links.
fn is_prose(dom: &Dom<'_>, j: NodeIdx) -> bool {
    let text = text_of(dom, j);
    if text.chars().count() < MIN_PROSE_CHARS {
        return false;
    }
    let lower = text.to_lowercase();
    if people::LINE_OPENERS.iter().any(|o| o.opens(&lower)) {
        return false;
    }
    let end = dom.end(j);
    let link_chars: usize = (j..end)
        .filter(|&k| dom.tag(k) == Some(Tag::A))
        .map(|k| text_of(dom, k).chars().count())
        .sum();
    link_chars * 2 < text.chars().count()
}

/// Fewest prose paragraphs among a block's children that make it the article's text.
const MIN_TEXT_RUN_PARAGRAPHS: usize = 2;

/// Children of a block looked at for the article's text.
const TEXT_RUN_CHILDREN: usize = 12;

/// Whether element `j` holds the article's text: [`MIN_TEXT_RUN_PARAGRAPHS`] `<p>` children of
/// prose (at least [`MIN_PROSE_CHARS`] characters each) among its first
/// [`TEXT_RUN_CHILDREN`] children.
fn holds_text_run(dom: &Dom<'_>, j: NodeIdx) -> bool {
    dom.children(j)
        .take(TEXT_RUN_CHILDREN)
        .filter(|&c| {
            // (The nodes' visible character counts, not the text: no string is built.)
            dom.tag(c) == Some(Tag::P) && !subtree_chars_within(dom, c, MIN_PROSE_CHARS as u32 - 1)
        })
        .nth(MIN_TEXT_RUN_PARAGRAPHS - 1)
        .is_some()
}

/// Whether element `j` is one paragraph of prose: a `<p>`, or a block whose only element child
/// is one.
fn lone_prose_paragraph(dom: &Dom<'_>, j: NodeIdx) -> bool {
    let p = if dom.tag(j) == Some(Tag::P) {
        j
    } else {
        let mut kids = dom.children(j).filter(|&c| dom.element(c).is_some());
        match (kids.next(), kids.next()) {
            (Some(c), None) if dom.tag(c) == Some(Tag::P) => c,
            _ => return false,
        }
    };
    is_prose(dom, p)
}

/// The visible text under `i` with a space between list items and paragraphs, which the page
/// shows on lines of their own ("… en doce horas" / "Las clases …" in a summary list).
fn items_text(dom: &Dom<'_>, i: NodeIdx) -> String {
    let end = dom.end(i);
    let mut out = String::new();
    let mut j = i;
    while j < end {
        if let Some(t) = dom.text_node(j) {
            out.push_str(t);
        } else if let Some(el) = dom.element(j) {
            if j != i && el.tag.is_never_content() {
                j = dom.end(j);
                continue;
            }
            if matches!(el.tag, Tag::Li | Tag::P | Tag::Br) {
                out.push(' ');
            }
        }
        j += 1;
    }
    visible(&out)
}

/// The first element at or after node `from`, before `stop`, skipping text and comments.
fn next_element(dom: &Dom<'_>, from: NodeIdx, stop: NodeIdx) -> Option<NodeIdx> {
    let mut k = from;
    while k < stop {
        if dom.element(k).is_some_and(|e| !e.tag.is_never_content()) {
            return Some(k);
        }
        k = dom.end(k);
    }
    None
}

/// Whether `j` is a `<p>` followed by another `<p>`: the start of the body text, which a
/// description copied from the first paragraph must not take.
fn starts_paragraph_run(dom: &Dom<'_>, j: NodeIdx) -> bool {
    if dom.tag(j) != Some(Tag::P) {
        return false;
    }
    let Some(parent) = dom.parent(j) else {
        return false;
    };
    let mut k = dom.end(j);
    let stop = dom.end(parent);
    while k < stop {
        if let Some(el) = dom.element(k) {
            return el.tag == Tag::P;
        }
        k = dom.end(k);
    }
    false
}

/// The text of `j` with its paragraphs and lines apart, as [`headline_words`] reads a headline
/// ("zeige:<br>Wir" gives "zeige: Wir", `<p>…</p><p>…</p>` a space between): `text`, the
/// text of `j` as read, when that reading differs in more than spaces (it leaves out
/// screen-reader text).
fn lines_apart(dom: &Dom<'_>, j: NodeIdx, text: String) -> String {
    let spaced = headline_words(dom, j);
    if spaced != text && fold(&spaced) == fold(&text) {
        spaced
    } else {
        text
    }
}

/// Whether `j` is a wrapper whose first element is a [`starts_paragraph_run`] paragraph: the
/// body's wrapper when its text goes on past a description copied from its first paragraph.
fn opens_with_paragraph_run(dom: &Dom<'_>, j: NodeIdx) -> bool {
    dom.children(j)
        .find(|&c| dom.element(c).is_some())
        .is_some_and(|c| starts_paragraph_run(dom, c))
}

/// The visible text under `i`: whitespace collapsed, soft hyphens and zero-width characters
/// removed.
fn text_of(dom: &Dom<'_>, i: NodeIdx) -> String {
    visible(&dom.text(i))
}

/// Class-token parts of a line in a byline that gives the author's role or job, not a name
/// (`bbc-role`, `author-job-title`, `byline__designation`).
const ROLE_LINE_PARTS: &[&str] = &["role", "job", "jobtitle", "designation", "occupation"];

/// Class-token parts of an element in a byline that gives the place the writer files from,
/// not a name (`writer-place`, `author-location`, Milenio's `nota-ciudad` "Monterrey / date").
const PLACE_LINE_PARTS: &[&str] = &[
    "place", "location", "city", "ciudad", "cidade", "ville", "citta", "lugar",
];

/// Whether a byline's element is the line of the author's role or job, or of the place the
/// author files from, or the date beside the name (`<time>`, "timestamp", "date"): no part of
/// a name.
/// `scan`: the page's scan, whose read class values are reused.
fn is_role_line(scan: &Scan<'_>, el: &crate::dom::ElementData<'_>) -> bool {
    class_has_part(el, ROLE_LINE_PARTS)
        || class_has_part(el, PLACE_LINE_PARTS)
        || el.tag == Tag::Time
        || el
            .class()
            .is_some_and(|class| match scan.values.get(class) {
                // (A token marks a date exactly when the value's merged marks do.)
                Some(v) => v.marks.date.is_some(),
                None => class
                    .split_ascii_whitespace()
                    .any(|t| super::markers::classify_raw(t).date.is_some()),
            })
}

/// Most blocks of a byline box read as one person each.
const MAX_BYLINE_BLOCKS: usize = 6;

/// A byline element's text as a reader takes it: screen-reader labels ("Author,") and the line
/// of the author's role or job left out; the items of a byline list of two or more apart ("; ").
fn byline_text(dom: &Dom<'_>, scan: &Scan<'_>, i: NodeIdx) -> String {
    // The items of a list marked as the byline are separate names ("<ul class=byline><li>Jane
    // Doe</li><li>BBC News</li></ul>").
    let list = matches!(dom.tag(i), Some(Tag::Ul | Tag::Ol));
    let items = (i + 1..dom.end(i).min(i.saturating_add(INSIDE_BYLINE)))
        .filter(|&j| dom.tag(j) == Some(Tag::Li))
        .count();
    // So are the blocks of a byline box that holds one person per block, each name with its
    // role after it ("<div>Jane Doe <span>Reporter</span></div><div>John Roe
    // <span>Fotograf</span></div>"): the role goes, the name stays apart from the next.
    let blocks: Vec<NodeIdx> = dom
        .children(i)
        .filter(|&c| matches!(dom.tag(c), Some(Tag::Div | Tag::P)))
        .take(MAX_BYLINE_BLOCKS + 1)
        .collect();
    if !list && (2..=MAX_BYLINE_BLOCKS).contains(&blocks.len()) {
        let texts: Vec<String> = blocks
            .iter()
            .map(|&b| {
                let text = spaced_text_without(dom, b, |k, e| {
                    is_screen_reader_text(dom, k) || is_role_line(scan, e)
                });
                people::without_role_after(&text).to_string()
            })
            .filter(|t| !t.trim().is_empty())
            .collect();
        // Only when every block is one person's full name (not a name beside a widget, or a
        // testimonial's signature beside its text), or the name of an organisation beside
        // them (the outlet's line under the writer's, Gannett's "gnt_ar_by_pub": "The
        // Heartland Courier"), so long as one block names a person.
        // (Each text is split into names once.)
        let one_person = |n: &[(String, bool)]| matches!(n, [(n, false)] if n.contains(' '));
        let one_name =
            |n: &[(String, bool)]| one_person(n) || matches!(n, [(n, true)] if n.contains(' '));
        if texts.len() >= 2 {
            let mut names: Vec<Vec<(String, bool)>> = Vec::with_capacity(texts.len());
            let all_named = texts.iter().all(|t| {
                names.push(authors::names(t));
                names.last().is_some_and(|n| one_name(n))
            });
            if all_named && names.iter().any(|n| one_person(n)) {
                return texts.join("; ");
            }
        }
    }
    if list && items >= 2 {
        let mut out: Vec<String> = Vec::new();
        let mut j = i + 1;
        while j < dom.end(i) {
            if dom.tag(j) == Some(Tag::Li) {
                let text = spaced_text_without(dom, j, |k, e| {
                    is_screen_reader_text(dom, k) || is_role_line(scan, e)
                });
                if !text.trim().is_empty() {
                    out.push(text);
                }
                j = dom.end(j).max(j + 1);
            } else {
                j += 1;
            }
        }
        return out.join("; ");
    }
    spaced_text_without(dom, i, |j, e| {
        is_screen_reader_text(dom, j) || is_role_line(scan, e) || is_label_element(dom, j)
    })
}

/// Whether element `j` holds only a byline label, alone in its own text node (tagDiv's
/// `<div class="td-author-by">Yazar</div>` before the author link): the label, in any
/// language the tables know, is no part of the name.
fn is_label_element(dom: &Dom<'_>, j: NodeIdx) -> bool {
    dom.end(j) == j + 2 && dom.text_node(j + 1).is_some_and(people::is_author_label)
}

/// The text under `i` with a space between the texts of different elements, so that
/// `<span>By</span><a>Jane Doe</a>` reads "By Jane Doe" (bylines are built of such runs).
fn spaced_text(dom: &Dom<'_>, i: NodeIdx) -> String {
    spaced_text_without(dom, i, |_, _| false)
}

/// [`spaced_text`] leaving out, besides scripts and styles, the elements `skip` names.
fn spaced_text_without(
    dom: &Dom<'_>,
    i: NodeIdx,
    skip: impl Fn(NodeIdx, &crate::dom::ElementData<'_>) -> bool,
) -> String {
    let mut out = String::new();
    let end = dom.end(i);
    let mut j = i;
    while j < end {
        if j != i
            && dom
                .element(j)
                .is_some_and(|e| e.tag.is_never_content() || skip(j, e))
        {
            j = dom.end(j);
            continue;
        }
        if let Some(t) = dom.text_node(j) {
            out.push_str(t);
            out.push(' ');
        }
        j += 1;
    }
    visible(&out)
}

/// The value of a microdata property element: `content`, `datetime`, `href`/`src`, else text.
pub(crate) fn prop_value(dom: &Dom<'_>, idx: NodeIdx) -> Option<String> {
    let el = dom.element(idx)?;
    let attr = match el.tag {
        Tag::Meta => el.attr("content"),
        Tag::Time => el.attr("datetime"),
        Tag::A | Tag::Link => el.attr("href"),
        Tag::Img => el.attr("src"),
        _ => el.attr("content"),
    };
    let v = match attr {
        Some(a) => a.trim().to_string(),
        None => dom.clean_text(idx),
    };
    (!v.is_empty()).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::scan::scan;
    use crate::tree::Document as Html;

    fn with_page<R>(html: &str, f: impl FnOnce(&Dom<'_>, &Scan<'_>) -> R) -> R {
        let html = Html::parse_document(html);
        let dom = Dom::build(
            &html,
            url::Url::parse("https://news.example/2024/01/02/a").ok(),
        );
        let s = scan(&dom, 1 << 20);
        f(&dom, &s)
    }

    #[test]
    fn a_writer_line_under_a_break_in_the_h1_is_not_the_headline() {
        let h = |h1: &str| {
            with_page(
                &format!("<body><article>{h1}</article></body>"),
                |dom, s| {
                    let titles =
                        ["米朝首脳直通電話 習氏に挑むトランプ戦術の成否（写真＝ロイター）"];
                    headline(dom, s, &titles, &titles, None, &[], 1000).map(|(_, t)| t)
                },
            )
        };
        assert_eq!(
            h(
                r#"<h1><span>米朝首脳直通電話　習氏に挑むトランプ戦術の成否</span><br/>
                <span>編集委員　中沢克二</span></h1>"#
            )
            .as_deref(),
            Some("米朝首脳直通電話 習氏に挑むトランプ戦術の成否")
        );
        // Inline markup inside one line is not a second line.
        let titles = ["Meta-Programming In Emacs Using defadvice"];
        let t = with_page(
            "<body><article><h1>Meta-Programming In Emacs Using <code>defadvice</code></h1></article></body>",
            |dom, s| headline(dom, s, &titles, &titles, None, &[], 1000).map(|(_, t)| t),
        );
        assert_eq!(
            t.as_deref(),
            Some("Meta-Programming In Emacs Using defadvice")
        );
    }

    #[test]
    fn headline_matches_structured_title_over_logo_and_section_h1s() {
        with_page(
            r#"<body><header><h1 class="logo">Daily Planet</h1></header>
            <h1>World</h1><article><h1>Floods close schools</h1></article></body>"#,
            |dom, s| {
                let h = headline(
                    dom,
                    s,
                    &["Floods close schools | Daily Planet"],
                    &[],
                    None,
                    &[],
                    1000,
                );
                assert_eq!(h.map(|h| h.1).as_deref(), Some("Floods close schools"));
                let h = headline(dom, s, &[], &[], None, &[], 1000);
                assert_eq!(h.map(|h| h.1).as_deref(), Some("Floods close schools"));
            },
        );
    }

    #[test]
    fn byline_wrapper_gives_way_to_author_links() {
        with_page(
            r#"<body><article><h1>H</h1><div class="byline">By <a rel="author" href="/jane">Jane Doe</a>
            and <a rel="author" href="/john">John Roe</a></div><p>Body</p></article>
            <div class="related"><span class="author">Other Person</span></div></body>"#,
            |dom, s| {
                let title = s.h1s.first().map(|h| h.idx);
                let b = byline(dom, s, title, None);
                let names: Vec<_> = b.people.iter().map(|(n, _)| n.as_str()).collect();
                assert_eq!(names, ["Jane Doe", "John Roe"]);
                assert_eq!(b.people[0].1.as_deref(), Some("https://news.example/jane"));
                assert_eq!(b.signal, Some(Signal::Dom));
                assert_eq!(b.nodes.len(), 3);
            },
        );
    }

    #[test]
    fn a_label_element_and_a_place_before_a_slash_are_not_names() {
        let names = |html: &str| {
            with_page(html, |dom, s| {
                let title = s.h1s.first().map(|h| h.idx);
                let b = byline(dom, s, title, None);
                b.people.into_iter().map(|(n, _)| n).collect::<Vec<_>>()
            })
        };
        // tagDiv's label in the site's language, in an element of its own.
        for label in ["Yazar", "Penulis", "Autor", "Автор", "Author"] {
            let html = format!(
                r#"<body><article><h1>H</h1><div class="td-post-author-name"><div class="td-author-by">{label}</div> <a href="/author/x/">Mehmet Yılmaz</a></div><p>Body</p></article></body>"#
            );
            assert_eq!(names(&html), ["Mehmet Yılmaz"], "{label}");
        }
        // The dateline's place, closed by a slash, in the same class as the reporter's name.
        assert_eq!(
            names(
                r#"<body><article><h1>H</h1><div class="author"><span class="author-name">Ciudad de México /</span><span class="author-name">Laura Sánchez</span></div><p>Body</p></article></body>"#
            ),
            ["Laura Sánchez"]
        );
        // Drupal core's author field.
        assert_eq!(
            names(
                r#"<body><article><h1>H</h1><div class="node__meta"><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Мария Петрова</span></span></div><p>Body</p></article></body>"#
            ),
            ["Мария Петрова"]
        );
    }

    #[test]
    fn byline_class_text_with_two_names() {
        with_page(
            r#"<body><h1>H</h1><p class="article-byline">By Jane Doe and John Roe</p></body>"#,
            |dom, s| {
                let b = byline(dom, s, s.h1s.first().map(|h| h.idx), None);
                let names: Vec<_> = b.people.iter().map(|(n, _)| n.as_str()).collect();
                assert_eq!(names, ["Jane Doe", "John Roe"]);
            },
        );
    }

    #[test]
    fn site_roots() {
        assert!(is_site_root("https://example.com/"));
        assert!(is_site_root("https://example.com"));
        assert!(is_site_root(
            "https://web.archive.org/web/2014/http://www.example.de/"
        ));
        assert!(!is_site_root("https://example.com/2019/10/post/"));
        assert!(!is_site_root("https://example.com/?p=12"));
        assert!(!is_site_root(
            "https://web.archive.org/web/2014/http://www.example.de/post"
        ));
    }

    fn byline_names(html: &str) -> Vec<String> {
        with_page(html, |dom, s| {
            byline(dom, s, s.h1s.first().map(|h| h.idx), None)
                .people
                .into_iter()
                .map(|(n, _)| n)
                .collect()
        })
    }

    #[test]
    fn a_date_line_under_the_headline_names_its_writer_after_by() {
        let page = |line: &str| {
            format!(
                "<body><h1>Die Situation im Pocher-Haus eskaliert</h1><p>{line}</p>\
                 <p>Die Situation im Pocher-Haus ist angespannt, sagen Freunde.</p></body>"
            )
        };
        assert_eq!(
            byline_names(&page("06.11.2023 13:30 von Olga Berg")),
            ["Olga Berg"]
        );
        assert_eq!(
            byline_names(&page("Posted on September 15, 2020 by Jane Doe")),
            ["Jane Doe"]
        );
        // The place after an Indonesian dateline's date ("di": at, in) is no writer.
        assert!(byline_names(&page("Senin, 14 Maret 2026 di Jakarta Pusat")).is_empty());
        // A sentence that opens with a date names no writer.
        assert!(
            byline_names(&page("Am 14. März 2026 sprach der Minister vor der Presse")).is_empty()
        );
    }

    #[test]
    fn the_outlet_line_of_a_byline_box_is_apart_from_the_name() {
        let html = r#"<body><h1>State fair to add cashless payments</h1>
            <div class="gnt_ar_by"><div class="gnt_ar_by_a"><a href="/staff/2648/kayla-jennings/">Kayla
            Jennings</a></div><div class="gnt_ar_by_pub">The Heartland Courier</div></div>
            <p>The state fair will go cashless.</p></body>"#;
        assert_eq!(
            byline_names(html),
            ["Kayla Jennings", "The Heartland Courier"]
        );
        // The date beside the name is no part of it.
        let html = r#"<body><h1>Canicule : vigilance orange</h1><div class="author-infos"><span
            class="author">Par Jeanne Martin</span> <span class="timestamp">Le 14 mars 2026 à
            16h41</span></div><p>Météo-France a placé samedi...</p></body>"#;
        assert_eq!(byline_names(html), ["Jeanne Martin"]);
    }

    #[test]
    fn the_items_of_a_byline_list_are_apart() {
        let html = r#"<body><h1>Ìròyìn</h1><ul class="byline" role="list"><li><span
            class="visually-hidden">Òǹkọ̀wé,</span><span>Adéwálé Ọláòṣebìkan</span></li><li><span
            class="visually-hidden">Iṣẹ́,</span><span>BBC News Yorùbá</span></li></ul>
            <p>Text.</p></body>"#;
        let names = byline_names(html);
        assert_eq!(
            names.first().map(String::as_str),
            Some("Adéwálé Ọláòṣebìkan")
        );
        assert!(
            !names.iter().any(|n| n.contains("Ọláòṣebìkan BBC")),
            "{names:?}"
        );
    }

    #[test]
    fn a_place_in_a_byline_box_gives_way_to_the_linked_author() {
        let html = r#"<body><h1>અમદાવાદમાં નવી મેટ્રો લાઇન</h1><div class="db-byline"><span>અમદાવાદ
            </span><span>2 કલાક પહેલા</span></div><div class="db-author"><span>લેખક: </span><a
            href="/author/jignesh-patel/">જીજ્ઞેશ પટેલ</a></div><p>Text.</p></body>"#;
        assert_eq!(byline_names(html), ["જીજ્ઞેશ પટેલ"]);
    }

    #[test]
    fn hidden_bylines_give_no_user_names() {
        let hidden = r#"<body><h1>H</h1><div class="td-author-name vcard author" style="display: none">
            <span class="fn"><a href="/author/jdoe/">jdoe</a></span></div><p>Body</p></body>"#;
        assert!(byline_names(hidden).is_empty());
        let shown = r#"<body><h1>H</h1><span class="author vcard"><a class="url fn n"
            href="/author/jdoe/">jdoe</a></span><p>Body</p></body>"#;
        assert_eq!(byline_names(shown), ["jdoe"]);
        // A real name in a hidden author box still counts.
        let named =
            r#"<body><h1>H</h1><div class="author" style="display:none">Jane Doe</div></body>"#;
        assert_eq!(byline_names(named), ["Jane Doe"]);
    }

    #[test]
    fn bylines_of_teaser_cards_are_other_articles() {
        // A card linking another article: its byline names that article's writer.
        let card = r#"<body><h1>Viele Studierende suchen noch</h1><p class="info">Von <a
            href="/autor/lisa">Lisa Petrich</a></p><p>Body text.</p><ul><li><a class="media-box"
            href="/jung-cool-blasmusik"><div><span>Warum verbringen junge Menschen ihre Freizeit
            mit Blasmusik? Zwei junge Frauen erklären es.</span> <span
            class="media-box__article__autor">Von Clara Müller</span></div></a></li></ul></body>"#;
        assert_eq!(byline_names(card), ["Lisa Petrich"]);
        // A card with a heading and a "Von" line, no byline class: no signed line either.
        let listed = r#"<body><h1>Gender Diversity im Reallabor</h1><p>Body text.</p><div
            class="listing"><a href="/future-of-work/metaverse/"><h3>Auf ins Metaverse</h3><div
            class="teaser">Wie lässt sich das Metaverse nutzen?</div><div>Von <span>Jörn
            Mecher</span> am <span>08.12.2022</span></div></a></div></body>"#;
        assert!(byline_names(listed).is_empty());
        // A byline box that is one link to the author's page stays the byline.
        let own = r#"<body><h1>H</h1><a href="/authors/jane-doe"><span class="author">Jane
            Doe</span></a><p>Body.</p></body>"#;
        assert_eq!(byline_names(own), ["Jane Doe"]);
    }

    #[test]
    fn a_line_of_a_date_and_a_name_by_the_headline() {
        let under = r#"<body><div class="col"><h1>Variablen und ihr Zuhause</h1><p
            class="text-muted">11.12.2019 - Amelie Loevenich</p></div><p>Body text.</p></body>"#;
        assert_eq!(byline_names(under), ["Amelie Loevenich"]);
        let above = r#"<body><div><small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>
            <h1>Stellungnahme der FN</h1><p><strong>Warendorf (fn-press).</strong> Text.</p></div></body>"#;
        assert_eq!(byline_names(above), ["Uta Helkenberg"]);
        // A caption or a date beside a place names no writer.
        let caption = r#"<body><h1>H</h1><figure><figcaption>Jane Doe, 01.12.2021</figcaption>
            </figure><p class="date">Berlin, 01.12.2021</p><p>Body text.</p></body>"#;
        assert!(byline_names(caption).is_empty());
    }

    #[test]
    fn an_author_link_with_a_picture_credit_reads_its_marked_name() {
        let html = r#"<body><h1>Waldwege gesperrt</h1><div><a href="/autoren/kathrin-fuehres-684124"><span
            itemprop="image"><picture><img alt="Kathrin Führes" src="/k.jpg"></picture><span
            class="teaser-copyright">&copy; Kathrin Führes</span></span><div><span itemprop="name">
            Kathrin Führes </span></div></a><span>am</span><span>14.12.2021</span></div><p>Body
            text.</p></body>"#;
        assert_eq!(byline_names(html), ["Kathrin Führes"]);
    }

    #[test]
    fn a_byline_box_of_one_person_per_block() {
        let html = r#"<body><h1>Rekordmånga söker till polisutbildningen</h1><div
            class="hyperion-css-byline"><div><a href="/av/emma-lindqvist">Emma Lindqvist</a>
            <span>Reporter</span></div><div><a href="/av/oskar-nystrom">Oskar Nyström</a>
            <span>Fotograf</span></div></div><p>Body text.</p></body>"#;
        assert_eq!(byline_names(html), ["Emma Lindqvist", "Oskar Nyström"]);
        // A block that is no person's name keeps the box read as one text: a testimonial's
        // signature beside its note is no byline.
        let signed = r#"<body><h1>Autofinanzierung</h1><p>Body text.</p><div
            class="testimonial-author-info"><div>Credaris-Kundin A.K.</div><div>Credaris ist ein
            Partner-Service von comparis.ch</div></div></body>"#;
        assert!(byline_names(signed).is_empty());
    }

    #[test]
    fn the_place_beside_the_writer_is_no_second_writer() {
        let html = r#"<body><h1>کراچی میں بارش</h1><div class="author-name-wrap"><span
            class="writer">فیصل احمد</span> <span class="writer-place">کراچی</span></div><p>Body
            text.</p></body>"#;
        assert_eq!(byline_names(html), ["فیصل احمد"]);
    }

    #[test]
    fn the_city_inside_the_byline_is_no_part_of_the_name() {
        let html = r#"<body><h1>Monterrey amplía su red</h1><div class="nota-autor"><span>Por</span>
            <a href="/autor/ricardo-garza/">Ricardo Garza</a> <span class="nota-ciudad">Monterrey /
            14.03.2026 09:05:00</span></div><p>Body text.</p></body>"#;
        assert_eq!(byline_names(html), ["Ricardo Garza"]);
    }

    #[test]
    fn an_outlet_reporter_line_under_a_chinese_headline() {
        let html = r#"<body><h1>上海地铁19号线全线贯通</h1><div><div>澎湃新闻记者 周晓雯</div><div><span>2026-03-14
            15:06</span></div></div><p>3月14日，上海地铁19号线实现全线贯通，年内有望开通试运营。</p></body>"#;
        assert_eq!(byline_names(html), ["周晓雯"]);
    }

    #[test]
    fn our_reporter_line_under_a_chinese_headline() {
        let html = r#"<body><h1>我国首个深远海漂浮式风电场全容量并网</h1><h4
            class="sub">年发电量可满足约50万户家庭用电需求</h4><p class="sou1">本报记者 陈晨</p><div>2026年03月14日06:12
            | 来源：<a href="http://paper.example/">人民日报</a></div><p>3月13日，我国首个深远海漂浮式风电场实现全容量并网发电。</p></body>"#;
        assert_eq!(byline_names(html), ["陈晨"]);
    }

    #[test]
    fn prose_in_a_byline_element_is_not_a_byline() {
        let html = r#"<body><h1>H</h1><div class="author-box">Edit with Live CSS Save Write CSS
            OR LESS and hit save. CTRL + SPACE for auto-complete.</div></body>"#;
        assert!(byline_names(html).is_empty());
    }

    #[test]
    fn labelled_byline_text_after_the_headline_and_at_the_end() {
        let html = r#"<body><h1>H</h1><div class="metaInfo">Ein Artikel von <strong>Pamela Sladky</strong>
            | 27.01.2022 - 12:45</div><p>Body</p></body>"#;
        assert_eq!(byline_names(html), ["Pamela Sladky"]);
        let filler = "<p>Body text of the article, <b>with</b> <i>markup</i>.</p>".repeat(60);
        let end = format!(
            r#"<body><h1>H</h1>{filler}<p><strong>Autorin: Uta Staschewski, Projektleiterin in
            Tunesien.</strong></p></body>"#
        );
        assert_eq!(byline_names(&end), ["Uta Staschewski"]);
        // Far from the headline, "written by" inside a sentence is not a byline, nor a label
        // inside a comment thread.
        let sentence = format!(
            r#"<body><h1>H</h1>{filler}<p>A story from the book <i>Tales</i> written by
            <a href="/x">Vinoy Thomas</a>.</p><div class="comments"><p>Autor: Jane Doe</p></div></body>"#
        );
        assert!(byline_names(&sentence).is_empty());
    }

    #[test]
    fn time_elements_and_pubdate() {
        with_page(
            r#"<body><div class="clock"><time datetime="2030-05-05">Today</time></div>
            <h1>H</h1><time class="updated" datetime="2024-03-05T10:00:00Z">5 March</time>
            <time datetime="2024-03-04T09:00:00Z">4 March</time></body>"#,
            |dom, s| {
                let (p, m) = dates(dom, s, s.h1s.first().map(|h| h.idx), None);
                assert_eq!(
                    p.map(|d| d.date.date_string()).as_deref(),
                    Some("2024-03-04")
                );
                assert_eq!(
                    m.map(|d| d.date.date_string()).as_deref(),
                    Some("2024-03-05")
                );
            },
        );
    }

    #[test]
    fn a_date_element_showing_only_the_update_gives_way_to_the_dateline() {
        let published = |html: &str| {
            with_page(html, |dom, s| {
                let (p, _) = dates(dom, s, s.h1s.first().map(|h| h.idx), None);
                p.map(|d| (d.date.date_string(), d.update))
            })
        };
        assert_eq!(
            published(
                r#"<body><article><h1>Neue Regeln</h1><span class="date">Aktualisiert: 14.03.2026</span>
                <p>Veröffentlicht am 13.03.2026</p><p>Der Text beginnt hier und geht weiter.</p></article></body>"#
            ),
            Some(("2026-03-13".to_string(), false))
        );
        // A date line saying it is an update is skipped for a plain one further down.
        assert_eq!(
            published(
                r#"<body><article><h1>Neue Regeln</h1><div class="meta"><span>Aktualisiert am 14.03.2026</span>
                <a href="/politik">Politik</a><a href="/regeln">Regeln</a></div><ul><li>Teilen</li><li>Drucken</li></ul>
                <div><span>Veröffentlicht am 13.03.2026</span></div><p>Der Text beginnt hier und geht weiter.</p></article></body>"#
            ),
            Some(("2026-03-13".to_string(), false))
        );
        // With only update lines, the update element is kept, flagged.
        assert_eq!(
            published(
                r#"<body><article><h1>Neue Regeln</h1><span class="date">Aktualisiert: 14.03.2026</span>
                <p>Der Text beginnt hier und geht weiter.</p></article></body>"#
            ),
            Some(("2026-03-14".to_string(), true))
        );
    }

    #[test]
    fn dateline_text_near_headline() {
        with_page(
            r#"<body><h1>H</h1><div><span>March 3, 2024</span></div><p>Body text here.</p></body>"#,
            |dom, s| {
                let (p, _) = dates(dom, s, s.h1s.first().map(|h| h.idx), None);
                assert_eq!(
                    p.map(|d| d.date.date_string()).as_deref(),
                    Some("2024-03-03")
                );
            },
        );
    }

    #[test]
    fn subtitle_under_the_headline() {
        with_page(
            r#"<body><header class="td-post-title"><h1 class="entry-title">Mali military faces attacks</h1>
            <p class="td-post-sub-title">Mali army reports coordinated strikes across seven towns</p>
            </header><p>Body starts here and goes on.</p><p>More.</p></body>"#,
            |dom, s| {
                let t = s.h1s.first().map(|h| h.idx).unwrap();
                let sub = subtitle(dom, s, t, "Mali military faces attacks", None, 1000).unwrap();
                assert_eq!(
                    sub.text,
                    "Mali army reports coordinated strikes across seven towns"
                );
            },
        );
    }

    /// The standfirst `subtitle` finds on a page whose first `<h1>` is "Vláda schválila stavbu".
    fn subtitle_of(body: &str) -> Option<String> {
        with_page(
            &format!("<body><article>{body}</article></body>"),
            |dom, s| {
                let t = s.h1s[0].idx;
                subtitle(dom, s, t, "Vláda schválila stavbu", None, 1000).map(|x| x.text)
            },
        )
    }

    #[test]
    fn a_perex_before_the_byline_row_is_the_standfirst() {
        // Hashed class names: the paragraph between the headline and the author and date row.
        assert_eq!(
            subtitle_of(
                r#"<h1 class="e_a3">Vláda schválila stavbu</h1>
                <p class="e_a4">Stavba nového bloku má začít v roce 2029, rozhodla vláda v pondělí.</p>
                <div class="e_a5"><div class="author">Jan Novotný</div><time datetime="2026-03-09">9. 3. 2026</time></div>
                <div><p>Vláda v pondělí schválila smlouvu na stavbu nového bloku v Dukovanech.</p>
                <p>Podle ministra by měl blok začít vyrábět elektřinu v roce 2036.</p></div>"#
            )
            .as_deref(),
            Some("Stavba nového bloku má začít v roce 2029, rozhodla vláda v pondělí.")
        );
        // The body's first paragraph right after the headline, followed by more text: none.
        assert_eq!(
            subtitle_of(
                r#"<h1>Vláda schválila stavbu</h1>
                <p>Vláda v pondělí schválila smlouvu na stavbu nového bloku v Dukovanech.</p>
                <p>Podle ministra by měl blok začít vyrábět elektřinu v roce 2036.</p>"#
            ),
            None
        );
    }

    #[test]
    fn a_lone_lead_between_the_byline_row_and_the_text_is_the_standfirst() {
        let row = r#"<h1>Vláda schválila stavbu</h1>
            <div class="meta"><span class="author">oprac. Jan Novák</span><time datetime="2026-03-14">14-03-2026</time></div>"#;
        assert_eq!(
            subtitle_of(&format!(
                r#"{row}<div class="a5Ld"><p>Od června musí děti na koloběžkách jezdit s helmou, jinak hrozí pokuta.</p></div>
                <div><p>Novela zákona o silničním provozu vyšla ve Sbírce zákonů minulý týden.</p>
                <p>Povinnost se týká dětí do šestnácti let a platí od prvního června.</p></div>"#
            ))
            .as_deref(),
            Some("Od června musí děti na koloběžkách jezdit s helmou, jinak hrozí pokuta.")
        );
        // The text itself right after the row: its first paragraph is no standfirst.
        assert_eq!(
            subtitle_of(&format!(
                r#"{row}<div><p>Novela zákona o silničním provozu vyšla ve Sbírce zákonů minulý týden.</p>
                <p>Povinnost se týká dětí do šestnácti let a platí od prvního června.</p></div>
                <div><p>Další odstavec textu, který pokračuje o něco níže.</p></div>"#
            )),
            None
        );
    }

    #[test]
    fn a_standfirst_in_list_items_keeps_a_space_between_them() {
        assert_eq!(
            subtitle_of(
                r#"<h1>Vláda schválila stavbu</h1><div class="summary"><ul><li>Stavba má začít v roce 2029</li><li>Cena přesáhne 200 miliard</li></ul></div>"#
            )
            .as_deref(),
            Some("Stavba má začít v roce 2029 Cena přesáhne 200 miliard")
        );
        // Inline elements stay glued as written ("Vlá<b>da</b>").
        assert_eq!(
            subtitle_of(
                r#"<h1>Vláda schválila stavbu</h1><p class="perex">Stavba nového bloku má začít v roce 20<b>29</b>.</p>"#
            )
            .as_deref(),
            Some("Stavba nového bloku má začít v roce 2029.")
        );
    }

    #[test]
    fn a_teaser_after_the_text_is_no_standfirst() {
        let text = r#"<div class="body"><p>Ministerstvo oznámilo uzavření poslední soukromé školy.</p>
            <p>Rodiče žáků uvedli, že rozhodnutí napadnou u soudu.</p></div>"#;
        // A donation teaser under the text (class "teaser"): not the standfirst.
        assert_eq!(
            subtitle_of(&format!(
                r#"<div><h1>Vláda schválila stavbu</h1></div>{text}
                <div class="DonatesTeaser"><p>Podpořte nás, fungujeme díky vám.</p></div>"#
            )),
            None
        );
        // The same teaser class above the text is read.
        assert_eq!(
            subtitle_of(&format!(
                r#"<div><h1>Vláda schválila stavbu</h1></div>
                <div class="ArticleTeaser"><p>Stavba nového bloku má začít v roce 2029.</p></div>{text}"#
            ))
            .as_deref(),
            Some("Stavba nového bloku má začít v roce 2029.")
        );
    }

    #[test]
    fn a_description_copied_from_the_body_takes_no_wrapper_of_paragraphs() {
        let description = "Liên Bộ vừa điều chỉnh giá xăng dầu, giảm lần thứ ba liên tiếp.";
        let sub = |under: &str| {
            with_page(
                &format!(
                    r#"<body><div class="detail"><h1>Giá xăng giảm lần thứ ba</h1>{under}</div></body>"#
                ),
                |dom, s| {
                    let t = s.h1s[0].idx;
                    subtitle(
                        dom,
                        s,
                        t,
                        "Giá xăng giảm lần thứ ba",
                        Some(description),
                        1000,
                    )
                    .map(|x| x.text)
                },
            )
        };
        // The body's wrapper, opening with the paragraph the description copies: no subtitle.
        let body = format!(
            r#"<div class="detail-content"><p>{description}</p><p>Giá xăng RON95 giảm 520 đồng mỗi lít.</p></div>"#
        );
        assert_eq!(sub(&body), None);
        // A wrapper holding the description alone is the standfirst shown under the headline,
        // also when it sets it in several short paragraphs.
        let shown =
            format!(r#"<div class="box"><p>{description}</p></div><p>Body.</p><p>More.</p>"#);
        assert_eq!(sub(&shown).as_deref(), Some(description));
        let split = r#"<div class="title-text"><p>Liên Bộ vừa điều chỉnh giá xăng dầu,</p><p>giảm lần thứ ba liên tiếp.</p></div><p>Body.</p><p>More.</p>"#;
        // Its paragraphs apart, though the markup has no space between them.
        assert_eq!(sub(split).as_deref(), Some(description));
    }

    #[test]
    fn the_text_wrapper_starting_with_the_description_is_no_standfirst() {
        let sub = |html: &str| {
            with_page(html, |dom, s| {
                let t = s.h1s[0].idx;
                let d = "The rail operator said on Saturday that the new trains will enter service by the end of the year.";
                subtitle(dom, s, t, "New trains by year end", Some(d), 1000).map(|x| x.text)
            })
        };
        // The body's wrapper: its first paragraph repeats the description.
        assert_eq!(
            sub(
                r#"<body><div><h1>New trains by year end</h1><div class="paragraph">
            <p>The rail operator said on Saturday that the new trains will enter service by the end of the year, adding ten percent more commuter services.</p>
            <p>The remaining sets will follow after testing.</p></div></div></body>"#
            ),
            None
        );
        // The description shown alone under the headline stays the standfirst.
        assert_eq!(
            sub(r#"<body><div><h1>New trains by year end</h1><div class="summary-box">
            The rail operator said on Saturday that the new trains will enter service by the end of the year.</div>
            <p>Body starts here and goes on.</p><p>More.</p></div></body>"#)
            .as_deref(),
            Some("The rail operator said on Saturday that the new trains will enter service by the end of the year.")
        );
    }

    #[test]
    fn reading_times_date_lines_and_widgets_are_not_standfirsts() {
        let sub = |under: &str| {
            with_page(
                &format!(
                    r#"<body><header><h1>Floods close schools</h1>{under}</header>
                    <p>Schools across the region stayed shut on Monday after the storm.</p></body>"#
                ),
                |dom, s| {
                    let t = s.h1s[0].idx;
                    subtitle(dom, s, t, "Floods close schools", None, 1000).map(|x| x.text)
                },
            )
        };
        for under in [
            r#"<div class="headline__sub-description">11 minute read</div>"#,
            r#"<p class="article-summary">Lesezeit: 3 Min.</p>"#,
            r#"<p class="lead-info">2018年6月18日 10:01 発信地：カノ/ナイジェリア</p>"#,
            r#"<div class="info-box"><span><strong><a href="/nk">North Korea</a></strong>
               09:31 August 20, 2019</span><button>Share</button><div>URL is copied.</div>
               <label>ABCDEFG</label></div>"#,
        ] {
            assert_eq!(sub(under), None, "under the headline: {under}");
        }
        // A standfirst followed by an audio player in the same wrapper: its paragraph.
        assert_eq!(
            sub(
                r#"<div class="single_excerpt"><p>The storm closed every school in the valley
               for a second day.</p><button>Listen</button></div>"#
            )
            .as_deref(),
            Some("The storm closed every school in the valley for a second day.")
        );
        // A standfirst that mentions minutes and reading stays.
        assert!(sub(r#"<p class="dek">Officials say 40 minutes of warning saved lives as readers sent in photos of the flooding.</p>"#).is_some());
    }

    #[test]
    fn h2_in_header_and_description_match() {
        with_page(
            r#"<body><header><h1>Headline here</h1><h2>The dek of the story, in full</h2></header></body>"#,
            |dom, s| {
                let t = s.h1s[0].idx;
                let sub = subtitle(dom, s, t, "Headline here", None, 1000).unwrap();
                assert_eq!(sub.text, "The dek of the story, in full");
            },
        );
        with_page(
            r#"<body><div><h1>Headline here</h1></div><div><span>A summary shown on the page.</span></div>
            <p>First paragraph of body.</p><p>Second.</p></body>"#,
            |dom, s| {
                let t = s.h1s[0].idx;
                assert!(subtitle(dom, s, t, "Headline here", None, 1000).is_none());
                let sub = subtitle(
                    dom,
                    s,
                    t,
                    "Headline here",
                    Some("A summary shown on the page."),
                    1000,
                )
                .unwrap();
                assert_eq!(sub.text, "A summary shown on the page.");
            },
        );
        // The description copied from the first paragraph is not a subtitle.
        with_page(
            r#"<body><h1>Headline here</h1><p>First paragraph of the body.</p><p>Second one.</p></body>"#,
            |dom, s| {
                let t = s.h1s[0].idx;
                let d = Some("First paragraph of the body.");
                assert!(subtitle(dom, s, t, "Headline here", d, 1000).is_none());
            },
        );
    }
}

/// Dates of fact-check pages and of relative times with a tooltip, on whole pages.
#[cfg(test)]
mod claim_and_tooltip_tests {
    fn published(page: &str) -> Option<String> {
        let a = crate::extract(page, None).expect("extracts");
        a.published
            .map(|d| d.to_string().chars().take(10).collect())
    }

    const TEXT: &str = "<p>A post shared thousands of times claims that the city has outlawed backyard chickens, urging residents to act before the fines start.</p><p>We checked the council's agenda and the ordinance it adopted. The change concerns the permit fee, not the right to keep hens at home.</p><p>The amended ordinance raises the yearly permit fee and requires coops to sit further from a neighbour's property line.</p>";

    #[test]
    fn a_claims_date_above_the_headline_is_not_the_articles() {
        let page = format!(
            r#"<html><head><script type="application/ld+json">{{"@context":"https://schema.org","@type":"ClaimReview","datePublished":"2026-03-14","author":{{"@type":"Organization","name":"Checkpoint"}},"itemReviewed":{{"@type":"Claim","datePublished":"2026-03-09"}}}}</script></head><body><article>
            <div class="m-statement__meta"><a href="/p/">Facebook posts</a><div class="m-statement__desc">stated on March 9, 2026 in a post:</div></div>
            <div class="m-author"><span>By</span> <a href="/staff/dana/">Dana Whitfield</a> <span class="m-author__date">March 14, 2026</span></div>
            <h1>No, the city did not ban backyard chickens</h1>{TEXT}</article></body></html>"#
        );
        assert_eq!(published(&page).as_deref(), Some("2026-03-14"));
    }

    #[test]
    fn a_claim_review_alone_gives_its_own_date_not_the_claims() {
        let page = format!(
            r#"<html><head><script type="application/ld+json">{{"@context":"https://schema.org","@type":"ClaimReview","datePublished":"2026-03-14","author":{{"@type":"Organization","name":"Checkpoint"}},"itemReviewed":{{"@type":"Claim","datePublished":"2026-03-09"}}}}</script></head><body><article>
            <h1>No, the city did not ban backyard chickens</h1>{TEXT}</article></body></html>"#
        );
        assert_eq!(published(&page).as_deref(), Some("2026-03-14"));
    }

    #[test]
    fn a_relative_time_reads_its_tooltip() {
        let page = format!(
            r#"<html><body><article><h1>Council approves new cycle lanes</h1>
            <div class="byline"><span class="byline-author">Story by Freya Atkinson</span> <span class="byline-time" title="14/03/2026, 10:32:00">3h</span> <span class="read-time">2 min read</span></div>
            {TEXT}</article></body></html>"#
        );
        assert_eq!(published(&page).as_deref(), Some("2026-03-14"));
        // Without the tooltip, "3h" dates nothing.
        let bare = page.replace(r#" title="14/03/2026, 10:32:00""#, "");
        assert_eq!(published(&bare), None);
    }
}
