//! One pass over the whole page collecting every metadata signal: `<meta>`/`<link>` tags,
//! JSON-LD texts, `<title>`, `<h1>`s, byline and date elements, and microdata properties.
//!
//! Inherited facts (inside `<head>`, `<svg>`, an `<article>`, a comment or sidebar region) are
//! tracked as "inside until node N": subtrees nest, so one end index per fact is enough.

use crate::dom::{Dom, NodeIdx, Tag};

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::clean::fold;
use super::markers::{self, DateKind, TokenMarks};
use super::meta_tags::MetaTags;
use crate::fast_hash::FastHash;

/// Most distinct class tokens, and most distinct class, id and test-id values, remembered per
/// page (bounds the caches on hostile pages).
const MAX_CACHED_TOKENS: usize = 10_000;

/// Most elements of each kind recorded (h1s, bylines, dates, microdata properties).
const MAX_MARKS: usize = 64;

/// How a byline element was marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BylineVia {
    /// `itemprop=author` or `itemprop=creator`.
    Itemprop,
    /// `<a rel=author>`.
    Rel,
    /// A class or id token (`byline`, `author-name`, ...).
    Class,
}

/// How a date element was marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateVia {
    /// `itemprop=datePublished|dateCreated|dateModified`.
    Itemprop,
    /// A `<time>` element.
    Time,
    /// A class or id token (`entry-date`, `published`, ...).
    Class,
}

/// Microdata properties read as metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prop {
    /// `headline`.
    Headline,
    /// `alternativeHeadline`.
    AlternativeHeadline,
    /// `description`.
    Description,
    /// `image`.
    Image,
    /// `inLanguage`.
    InLanguage,
    /// `keywords`.
    Keywords,
    /// `publisher`: the item naming the site (its `name` inside).
    Publisher,
    /// `isAccessibleForFree`: `false` on a paywalled article.
    AccessibleForFree,
}

/// An element recorded by the walk.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mark<K> {
    /// The element.
    pub idx: NodeIdx,
    /// What it was recorded as.
    pub kind: K,
    /// Inside an `<article>`, `<main>` or `role=main`.
    pub in_article: bool,
}

/// An `<h1>`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Heading {
    /// The element.
    pub idx: NodeIdx,
    /// Inside an `<article>`, `<main>` or `role=main`.
    pub in_article: bool,
    /// Inside a navigation, sidebar, comment region, or marked as the site logo.
    pub chrome: bool,
}

/// What the walk made of one class, id or test-id value.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ValueMarks {
    /// Its tokens' marks merged ([`value_marks`]).
    pub marks: TokenMarks,
    /// How many tokens it has (counted up to 255).
    pub tokens: u8,
    /// The position of its first token that marks other content (counted up to 255).
    pub first_other: Option<u8>,
}

/// Everything the walk collected.
#[derive(Debug, Default)]
pub(crate) struct Scan<'a> {
    /// `<html lang>` (or `xml:lang`).
    pub html_lang: Option<&'a str>,
    /// The `lang` of `<body>` or of the first `<article>` that states one, for pages whose
    /// `<html>` states none.
    pub body_lang: Option<&'a str>,
    /// The document's `<title>` element (not an SVG title).
    pub title: Option<NodeIdx>,
    /// `<meta>` and `<link>` tags.
    pub meta: MetaTags<'a>,
    /// JSON-LD script texts, each within the byte limit.
    pub json_ld: Vec<String>,
    /// The Next.js page state script (`<script id="__NEXT_DATA__">`), read only when needed.
    pub next_data: Option<NodeIdx>,
    /// `<h1>` elements.
    pub h1s: Vec<Heading>,
    /// `<h2>` and `<h3>` elements outside the chrome (a headline where the page has no `<h1>`).
    pub subheads: Vec<NodeIdx>,
    /// Byline elements outside comment and sidebar regions.
    pub bylines: Vec<Mark<BylineVia>>,
    /// Date elements outside comment and sidebar regions, with the kind they claim.
    pub dates: Vec<Mark<(DateVia, DateKind)>>,
    /// Microdata properties outside comment and sidebar regions.
    pub microdata: Vec<Mark<Prop>>,
    /// Elements marked as a subtitle by class or id (standfirst candidates).
    pub subtitles: Vec<NodeIdx>,
    /// The marks of the class, id and test-id tokens the walk classified (at most
    /// [`MAX_CACHED_TOKENS`]), for later passes over the same elements.
    pub tokens: HashMap<&'a str, TokenMarks, FastHash>,
    /// The marks of the class, id and test-id values the walk read (at most
    /// [`MAX_CACHED_TOKENS`]), for later passes over the same elements.
    pub values: HashMap<&'a str, ValueMarks, FastHash>,
    /// Elements whose class marks a box crediting the editor
    /// ([`super::editor::marks_editor_box`]), outside never-content elements, in page order;
    /// `None` when the page has more than [`MAX_MARKS`] of them.
    pub editor_boxes: Option<Vec<NodeIdx>>,
}

/// Shortest folded headline compared with the page's titles by [`names_the_page`].
const MIN_HEADLINE_FOLD: usize = 10;

/// Whether `<h1>` `h` is the page's headline: its text is within `<title>` or `og:title`
/// (both stand in the head, read before the body).
fn names_the_page(dom: &Dom<'_>, out: &Scan<'_>, h: NodeIdx) -> bool {
    let f = fold(&dom.text(h));
    if f.len() < MIN_HEADLINE_FOLD {
        return false;
    }
    let title = out.title.map(|t| fold(&dom.text(t)));
    let og = out.meta.first(super::meta_tags::Key::OgTitle).map(fold);
    [title, og].into_iter().flatten().any(|t| t.contains(&f))
}

/// An element's `lang` (or `xml:lang`), trimmed, when not empty.
fn lang_of<'a>(el: &crate::dom::ElementData<'a>) -> Option<&'a str> {
    el.attr("lang")
        .or_else(|| el.attr("xml:lang"))
        .map(str::trim)
        .filter(|l| !l.is_empty())
}

/// Walk the page once.
pub(crate) fn scan<'a>(dom: &Dom<'a>, max_json_ld_bytes: usize) -> Scan<'a> {
    let mut out = Scan::default();
    let len = dom.len();
    let mut svg_until: NodeIdx = 0;
    let mut article_until: NodeIdx = 0;
    let mut chrome_until: NodeIdx = 0;
    let mut figure_until: NodeIdx = 0;
    // The end of a box crediting a picture or stating rights: no byline inside.
    let mut credit_until: NodeIdx = 0;
    // The region a class named as other content ("sidebar", "related") made chrome: its end,
    // and where the chrome ended before it.
    let mut class_chrome: Option<(NodeIdx, NodeIdx)> = None;
    let mut lower = String::new();
    // Room for the distinct tokens and values of a page of this size (see `noise::mark`).
    let room = (len as usize / crate::noise::CLASS_ROOM_NODES)
        .clamp(crate::noise::MIN_CLASS_ROOM, crate::noise::MAX_CLASS_ROOM);
    let mut cache: HashMap<&'a str, TokenMarks, FastHash> =
        HashMap::with_capacity_and_hasher(room, FastHash::default());
    let mut values: HashMap<&'a str, ValueMarks, FastHash> =
        HashMap::with_capacity_and_hasher(room, FastHash::default());
    // The end of the never-content element the walk is in (no editor box inside).
    let mut never_until: NodeIdx = 0;
    let mut editor_boxes = Some(Vec::new());
    let mut i: NodeIdx = 0;
    while i < len {
        let Some(el) = dom.element(i) else {
            i += 1;
            continue;
        };
        let end = dom.end(i);
        let in_article = i < article_until;
        let tag = el.tag;
        match tag {
            Tag::Html if out.html_lang.is_none() => out.html_lang = lang_of(el),
            Tag::Title if out.title.is_none() && i >= svg_until => out.title = Some(i),
            Tag::Meta => out.meta.push_meta(el),
            Tag::Link => out.meta.push_link(el),
            Tag::Script => {
                if el
                    .attr("type")
                    .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
                {
                    read_script(dom, i, max_json_ld_bytes, &mut out.json_ld);
                } else if out.next_data.is_none() && el.attr("id") == Some("__NEXT_DATA__") {
                    out.next_data = Some(i);
                }
                i = end;
                continue;
            }
            Tag::Style | Tag::Template | Tag::Noscript => {
                i = end;
                continue;
            }
            Tag::Svg => svg_until = svg_until.max(end),
            Tag::Article | Tag::Main => {
                article_until = article_until.max(end);
                if tag == Tag::Article && out.body_lang.is_none() {
                    out.body_lang = lang_of(el);
                }
            }
            Tag::Body if out.body_lang.is_none() => out.body_lang = lang_of(el),
            Tag::Nav => chrome_until = chrome_until.max(end),
            Tag::Figure | Tag::Figcaption => figure_until = figure_until.max(end),
            // Inside an article, an aside or footer often holds the article's own byline.
            Tag::Aside | Tag::Footer if !in_article => chrome_until = chrome_until.max(end),
            _ => {}
        }

        if tag.is_never_content() {
            never_until = never_until.max(end);
        }
        // Class and id were read when the arena was built; the list is read again only for
        // elements that have one of the rarer names.
        let (mut class, mut id) = dom.names(el);
        // The class read when the arena was built, as the editor's box is looked for.
        let built_class = class;
        let mut itemprop = None;
        // RDFa: `property` names (`og:title`, `dc:date`, RDFa Lite's `author`).
        let mut property = None;
        let mut rel = None;
        let mut role = None;
        let mut test_id = None;
        if !el.names_only_class_and_id() {
            for (name, value) in el.attrs() {
                match name {
                    "class" => class = Some(value),
                    "id" => id = Some(value),
                    // Component names of React and Vue sites ("prism-byline", "ArticleByline").
                    "data-testid" | "data-component" => test_id = Some(value),
                    "itemprop" => itemprop = Some(value),
                    "property" if tag != Tag::Meta => property = Some(value),
                    "rel" => rel = Some(value),
                    "role" => role = Some(value),
                    _ => {}
                }
            }
        }
        match role.map(str::trim) {
            Some("main") => article_until = article_until.max(end),
            Some("navigation" | "complementary") => chrome_until = chrome_until.max(end),
            Some("contentinfo") if !in_article => chrome_until = chrome_until.max(end),
            _ => {}
        }

        // Class and id tokens: pages repeat the same classes on thousands of elements, so each
        // distinct token is classified once (lower-cased into a reused buffer) and cached.
        let structural = matches!(tag, Tag::Html | Tag::Body | Tag::Article | Tag::Main);
        let mut byline_class = false;
        let mut date_class: Option<DateKind> = None;
        let mut subtitle_class = false;
        let mut logo = false;
        // Whether the class value marks an editor's box.
        let mut class_box = false;
        // Whole values repeat even more than tokens: each distinct value is read once, its
        // tokens' marks merged (what the loop below makes of the tokens one by one).
        for value in [class, id, test_id].into_iter().flatten() {
            // (One probe of the map for a value met before and for a new one.)
            let room_left = values.len() < MAX_CACHED_TOKENS;
            let marks = match values.entry(value) {
                Entry::Occupied(known) => known.get().marks,
                Entry::Vacant(slot) => {
                    let m = value_marks(value, &mut cache, &mut lower);
                    if room_left {
                        slot.insert(m);
                    }
                    m.marks
                }
            };
            // (The same slice: a pointer comparison, no string one.)
            class_box |= marks.editor_box && class.is_some_and(|c| std::ptr::eq(value, c));
            if !structural && marks.other_content {
                if i >= chrome_until && class_chrome.is_none() {
                    class_chrome = Some((end, chrome_until));
                }
                chrome_until = chrome_until.max(end);
            }
            byline_class |= marks.byline;
            if marks.credit_box {
                credit_until = credit_until.max(end);
            }
            if date_class.is_none() {
                date_class = marks.date;
            }
            subtitle_class |= marks.subtitle;
            logo |= marks.logo;
        }
        // (The class read again from the attribute list is the one read when the arena was
        // built: read here only if it were not.)
        let class_box = match (built_class, class) {
            // (The same slice: a pointer comparison, no string one.)
            (Some(b), Some(c)) if std::ptr::eq(b, c) => class_box,
            (Some(b), _) => super::editor::marks_editor_box(b),
            (None, _) => false,
        };
        if class_box
            && i >= never_until
            && let Some(boxes) = &mut editor_boxes
        {
            if boxes.len() < MAX_MARKS {
                boxes.push(i);
            } else {
                editor_boxes = None;
            }
        }
        if class_chrome.is_some_and(|(region_end, _)| i >= region_end) {
            class_chrome = None;
        }
        // A region named like a sidebar ("sidebar-1") that holds the headline `<h1>` is the
        // page's main column: the mark is lifted from the headline on.
        if tag == Tag::H1
            && !logo
            && let Some((_, before)) = class_chrome
            && i < chrome_until
            && !super::page::links_home(dom, i)
            && names_the_page(dom, &out, i)
        {
            chrome_until = before;
            class_chrome = None;
        }
        let chrome = i < chrome_until;

        if tag == Tag::H1 && out.h1s.len() < MAX_MARKS {
            out.h1s.push(Heading {
                idx: i,
                in_article,
                chrome: chrome || logo,
            });
        }
        if chrome || structural {
            i += 1;
            continue;
        }
        if matches!(tag, Tag::H2 | Tag::H3) && out.subheads.len() < MAX_MARKS {
            out.subheads.push(i);
        }

        // Microdata, and RDFa (its prefixed names as meta tags, its schema.org terms as
        // microdata: `property="schema:author"`, `property="datePublished"`).
        if property.is_some() {
            out.meta.push_rdfa(el);
        }
        let mut byline_prop = false;
        let mut date_prop: Option<DateKind> = None;
        if let Some(props) = itemprop.or(property) {
            for p in props.split_ascii_whitespace() {
                let prop = match p.strip_prefix("schema:").unwrap_or(p) {
                    "author" | "creator" => {
                        byline_prop = true;
                        None
                    }
                    "datePublished" | "dateCreated" => {
                        date_prop = Some(DateKind::Published);
                        None
                    }
                    "dateModified" => {
                        date_prop = Some(DateKind::Modified);
                        None
                    }
                    "headline" => Some(Prop::Headline),
                    "alternativeHeadline" => Some(Prop::AlternativeHeadline),
                    "description" => Some(Prop::Description),
                    "image" => Some(Prop::Image),
                    "inLanguage" => Some(Prop::InLanguage),
                    "keywords" => Some(Prop::Keywords),
                    "publisher" => Some(Prop::Publisher),
                    "isAccessibleForFree" => Some(Prop::AccessibleForFree),
                    _ => None,
                };
                if let Some(prop) = prop
                    && out.microdata.len() < MAX_MARKS
                {
                    out.microdata.push(Mark {
                        idx: i,
                        kind: prop,
                        in_article,
                    });
                }
            }
        }
        let rel_author = tag == Tag::A
            && rel.is_some_and(|r| {
                r.split_ascii_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("author"))
            });
        let via = if byline_prop {
            Some(BylineVia::Itemprop)
        } else if rel_author {
            Some(BylineVia::Rel)
        } else if byline_class
            && !matches!(tag, Tag::Meta | Tag::Link | Tag::Img)
            // A name inside a sentence is a person the story mentions, unless the paragraph
            // is a byline already ("By Jane Doe and John Smith, Staff Writers.").
            && running_prose_paragraph(dom, i)
                .is_none_or(|p| out.bylines.last().is_some_and(|m| dom.contains(p, m.idx)))
        {
            Some(BylineVia::Class)
        } else {
            None
        };
        if let Some(via) = via
            && out.bylines.len() < MAX_MARKS
            && i >= credit_until
        {
            out.bylines.push(Mark {
                idx: i,
                kind: via,
                in_article,
            });
        }

        let date = match (date_prop, tag, date_class) {
            (Some(kind), _, _) => Some((DateVia::Itemprop, kind)),
            (None, Tag::Time, class_kind) => {
                let kind = if el.has_attr("pubdate") {
                    DateKind::Published
                } else {
                    class_kind.unwrap_or(DateKind::Unknown)
                };
                Some((DateVia::Time, kind))
            }
            (None, _, Some(kind)) if !matches!(tag, Tag::Meta | Tag::Link) => {
                Some((DateVia::Class, kind))
            }
            _ => None,
        };
        if let Some(d) = date
            && out.dates.len() < MAX_MARKS
        {
            out.dates.push(Mark {
                idx: i,
                kind: d,
                in_article,
            });
        }
        // A caption is never the standfirst.
        if subtitle_class
            && out.subtitles.len() < MAX_MARKS
            && !tag.is_never_content()
            && i >= figure_until
        {
            out.subtitles.push(i);
        }
        i += 1;
    }
    out.tokens = cache;
    out.values = values;
    out.editor_boxes = editor_boxes;
    out
}

/// The marks of a class, id or test-id value: its tokens' marks merged, each flag set when a
/// token sets it and the date kind of the first token that names one (what the walk makes of
/// the tokens one by one); its tokens counted, and where the first marking other content
/// stands. Tokens are classified through `cache`.
fn value_marks<'a>(
    value: &'a str,
    cache: &mut HashMap<&'a str, TokenMarks, FastHash>,
    lower: &mut String,
) -> ValueMarks {
    let mut all = TokenMarks::default();
    let mut tokens: u8 = 0;
    let mut first_other = None;
    for token in value.split_ascii_whitespace() {
        let room_left = cache.len() < MAX_CACHED_TOKENS;
        let m = match cache.entry(token) {
            Entry::Occupied(known) => *known.get(),
            Entry::Vacant(slot) => {
                markers::lower_token(token, lower);
                let mut m = markers::classify(lower);
                // A token split at its camelCase humps is not split so for the editor's box.
                if lower.len() != token.len() {
                    m.editor_box = super::editor::marks_editor_box(token);
                }
                if room_left {
                    slot.insert(m);
                }
                m
            }
        };
        if m.other_content && first_other.is_none() {
            first_other = Some(tokens);
        }
        tokens = tokens.saturating_add(1);
        all.byline |= m.byline;
        if all.date.is_none() {
            all.date = m.date;
        }
        all.subtitle |= m.subtitle;
        all.other_content |= m.other_content;
        all.logo |= m.logo;
        all.credit_box |= m.credit_box;
        all.editor_box |= m.editor_box;
    }
    ValueMarks {
        marks: all,
        tokens,
        first_other,
    }
}

/// Append the text of a JSON-LD `<script>` when it is within the byte limit.
fn read_script(dom: &Dom<'_>, i: NodeIdx, max_bytes: usize, out: &mut Vec<String>) {
    let texts = || dom.children(i).filter_map(|c| dom.text_node(c));
    let size: usize = texts().map(str::len).sum();
    if size == 0 || size > max_bytes || out.len() >= MAX_MARKS {
        return;
    }
    out.push(texts().collect());
}

/// Levels above an inline element searched for the paragraph it runs in.
const PROSE_PARAGRAPH_LEVELS: usize = 2;

/// Most nodes of a paragraph read by [`running_prose_paragraph`].
const PROSE_PARAGRAPH_NODES: NodeIdx = 200;

/// Fewest words on each side of an element for it to sit inside a sentence.
const PROSE_WORDS_AROUND: usize = 2;

/// The `<p>` (parent or grandparent) in whose sentence the inline element `i` runs: words
/// before and after it, and a sentence end after it
/// (`<p>Der neue Roman von <span class="author">Juli Zeh</span> erscheint im Mai.</p>`). A
/// byline-classed name there is a person the story mentions, not its byline ("Von
/// <span class="author">Anna Berger</span>" has one word before it and none after).
pub(crate) fn running_prose_paragraph(dom: &Dom<'_>, i: NodeIdx) -> Option<NodeIdx> {
    if dom.tag(i).is_none_or(|t| t.is_block()) {
        return None;
    }
    let mut p = i;
    let mut found = false;
    for _ in 0..PROSE_PARAGRAPH_LEVELS {
        let Some(up) = dom.parent(p) else { break };
        p = up;
        if dom.tag(p) == Some(Tag::P) {
            found = true;
            break;
        }
    }
    let end = dom.end(p);
    if !found || end.saturating_sub(p) > PROSE_PARAGRAPH_NODES {
        return None;
    }
    let (inner_end, mut before, mut after, mut sentence_end) = (dom.end(i), 0, 0, false);
    for k in p + 1..end {
        if (i..inner_end).contains(&k) {
            continue;
        }
        let Some(t) = dom.text_node(k) else { continue };
        let words = t
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic));
        if k < i {
            before += words.count();
        } else {
            after += words.count();
            // A letter closed by a full stop, question or exclamation mark ends a sentence
            // (not the dots of a date, "14.03.2026").
            let mut prev = ' ';
            for c in t.chars() {
                sentence_end |= matches!(c, '.' | '!' | '?' | '…') && prev.is_alphabetic();
                prev = c;
            }
        }
    }
    (before >= PROSE_WORDS_AROUND && after >= PROSE_WORDS_AROUND && sentence_end).then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::Document as Html;

    #[test]
    fn a_byline_class_inside_a_sentence_is_not_a_byline() {
        let html = Html::parse_document(
            r#"<html><body><article><h1>Die Bücher des Frühjahrs</h1>
            <p class="byline">Von <span class="author">Anna Berger</span></p>
            <p>Von <span class="author">Max Müller</span> und <span class="author">Eva Kurz</span>, Berlin, 14.03.2026</p>
            <p>Der neue Roman von <span class="author">Juli Zeh</span> erscheint im Mai.</p>
            <p>By <span class="author">Jane Doe</span> and <span class="author">John Smith</span>, Staff Writers.</p>
            </article></body></html>"#,
        );
        let dom = Dom::build(&html, None);
        let s = scan(&dom, 1 << 20);
        let names: Vec<String> = s.bylines.iter().map(|m| dom.clean_text(m.idx)).collect();
        assert_eq!(
            names,
            [
                "Von Anna Berger",
                "Anna Berger",
                "Max Müller",
                "Eva Kurz",
                "Jane Doe",
                "John Smith"
            ]
        );
    }

    #[test]
    fn a_sidebar_named_column_holding_the_headline_is_the_main_column() {
        let page = |h1: &str| {
            Html::parse_document(&format!(
                r#"<html><head><title>Ha Noi tests a bus lane on Nguyen Trai street - VnExpress</title></head>
                <body><div class="sidebar-1"><span class="date">Friday</span><h1>{h1}</h1>
                <p class="description">Electric buses get their own lane for three months.</p>
                <span class="author">Nguyen Lan</span></div>
                <div class="sidebar-2"><span class="author">Other Author</span></div></body></html>"#
            ))
        };
        let html = page("Ha Noi tests a bus lane on Nguyen Trai street");
        let dom = Dom::build(&html, None);
        let s = scan(&dom, 1 << 20);
        assert!(!s.h1s[0].chrome);
        assert_eq!(s.subtitles.len(), 1);
        // The byline after the headline counts; the second sidebar stays chrome.
        assert_eq!(s.bylines.len(), 1);
        // An `<h1>` that is not the page's headline leaves the sidebar chrome.
        let html = page("Most read");
        let dom = Dom::build(&html, None);
        let s = scan(&dom, 1 << 20);
        assert!(s.h1s[0].chrome);
        assert!(s.subtitles.is_empty() && s.bylines.is_empty());
    }

    #[test]
    fn one_pass_collects_signals_outside_chrome() {
        let html = Html::parse_document(
            r#"<html lang="en-GB"><head><title>T</title>
            <script type="application/ld+json">{"@type":"Article"}</script></head><body>
            <header><h1 class="site-title">Site</h1></header>
            <svg><title>icon</title></svg>
            <article><h1>Headline</h1><p class="dek">Dek</p>
              <span class="byline">By <a rel="author" href="/j">Jane</a></span>
              <time datetime="2024-01-02" class="updated">Jan 2</time></article>
            <aside><span class="author">Other Author</span></aside>
            <div class="comments"><span class="comment-date">x</span><div class="byline">Commenter</div></div>
            </body></html>"#,
        );
        let dom = Dom::build(&html, None);
        let s = scan(&dom, 1 << 20);
        assert_eq!(s.html_lang, Some("en-GB"));
        assert_eq!(s.title.map(|t| dom.clean_text(t)).as_deref(), Some("T"));
        assert_eq!(s.json_ld, [r#"{"@type":"Article"}"#]);
        assert_eq!(s.h1s.len(), 2);
        assert!(s.h1s[0].chrome && !s.h1s[0].in_article);
        assert!(!s.h1s[1].chrome && s.h1s[1].in_article);
        let bylines: Vec<_> = s
            .bylines
            .iter()
            .map(|b| (dom.clean_text(b.idx), b.kind))
            .collect();
        assert_eq!(
            bylines,
            [
                ("By Jane".to_string(), BylineVia::Class),
                ("Jane".to_string(), BylineVia::Rel)
            ]
        );
        assert_eq!(s.dates.len(), 1);
        assert_eq!(s.dates[0].kind, (DateVia::Time, DateKind::Modified));
        assert_eq!(s.subtitles.len(), 1);
    }

    /// The metadata `read` makes of a page.
    fn read_page(html: &str) -> crate::metadata::Meta {
        let html = Html::parse_document(html);
        let dom = Dom::build(
            &html,
            url::Url::parse("https://harbour.example/news/ferry").ok(),
        );
        crate::metadata::read(&dom, &crate::extractor::Limits::default())
    }

    #[test]
    fn rdfa_on_the_articles_own_elements_is_read() {
        use crate::article::{Field, Signal};
        // Drupal's RDFa: the node's title and creation instant on hidden or visible spans, the
        // shown date without its offset.
        let m = read_page(
            r#"<html lang="en" prefix="dc: http://purl.org/dc/terms/ og: http://ogp.me/ns#">
            <head><title>Ferry fares rise in May | Harbour Post</title></head><body>
            <div id="header"><a href="/" class="logo">Harbour Post</a></div>
            <div id="node-4512" class="node node-article" about="/news/ferry" typeof="sioc:Item foaf:Document">
              <h1>Ferry fares rise in May</h1>
              <span property="dc:title" content="Ferry fares rise in May" class="rdf-meta element-hidden"></span>
              <div class="submitted"><span property="dc:date dc:created" content="2026-03-14T08:30:00+01:00"
                datatype="xsd:dateTime">Sat, 14/03/2026 - 08:30</span></div>
              <div class="content"><p>The ferry company will raise its fares by a tenth in May, it said on Friday.</p></div>
            </div></body></html>"#,
        );
        let published = m.published.map(|d| d.to_rfc3339());
        assert_eq!(published.as_deref(), Some("2026-03-14T08:30:00+01:00"));
        let how = m.provenance.iter().find(|p| p.field == Field::Published);
        assert_eq!(how.map(|p| p.signal), Some(Signal::Meta));
        // RDFa Lite's schema.org terms are microdata: headline, author, dates.
        let m = read_page(
            r#"<html lang="en"><head><title>Harbour Post</title></head><body>
            <nav><a href="/">Home</a></nav>
            <article vocab="https://schema.org/" typeof="NewsArticle">
              <h2 property="headline">Night ferries return to the islands</h2>
              <p>By <span property="author" typeof="Person"><span property="name">Lena Ortiz</span></span>,
              <span property="schema:dateCreated" content="2026-03-14T06:12:00+00:00">this morning</span></p>
              <p>The night ferries will sail again from June, the operator said.</p>
            </article></body></html>"#,
        );
        assert_eq!(
            m.title.as_deref(),
            Some("Night ferries return to the islands")
        );
        let authors: Vec<&str> = m.authors.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(authors, ["Lena Ortiz"]);
        let published = m.published.map(|d| d.to_rfc3339());
        assert_eq!(published.as_deref(), Some("2026-03-14T06:12:00Z"));
        let how = m.provenance.iter().find(|p| p.field == Field::Published);
        assert_eq!(how.map(|p| p.signal), Some(Signal::Microdata));
    }

    #[test]
    fn published_and_modified_come_from_their_own_signals_never_swapped() {
        // A CMS that stamps the import date as the modification: earlier than the publication,
        // and still the modification; each keeps its offset.
        let m = read_page(
            r#"<html lang="en"><head><title>Ferry fares rise in May | Harbour Post</title>
            <meta property="article:published_time" content="2026-03-14T08:30:00+05:30">
            <meta property="article:modified_time" content="2026-03-10T07:00:00-04:00">
            </head><body><article><h1>Ferry fares rise in May</h1>
            <p>The ferry company will raise its fares by a tenth in May, it said on Friday.</p>
            </article></body></html>"#,
        );
        let published = m.published.map(|d| d.to_rfc3339());
        let modified = m.modified.map(|d| d.to_rfc3339());
        assert_eq!(published.as_deref(), Some("2026-03-14T08:30:00+05:30"));
        assert_eq!(modified.as_deref(), Some("2026-03-10T07:00:00-04:00"));
    }

    #[test]
    fn microdata_says_whether_the_article_is_free() {
        use crate::article::{Field, Signal};
        let page = |flag: &str| {
            read_page(&format!(
                r#"<html lang="en"><head><title>Ferry fares rise in May</title></head><body>
                <article itemscope itemtype="https://schema.org/NewsArticle">
                <meta itemprop="isAccessibleForFree" content="{flag}">
                <h1 itemprop="headline">Ferry fares rise in May</h1>
                <p>The ferry company will raise its fares by a tenth in May, it said.</p>
                <div class="paywall"><p>Subscribe to read the rest.</p></div></article></body></html>"#
            ))
        };
        let m = page("false");
        assert_eq!(m.accessible_for_free, Some(false));
        let how = m
            .provenance
            .iter()
            .find(|p| p.field == Field::AccessibleForFree);
        assert_eq!(
            how.map(|p| (p.signal, p.raw.as_str())),
            Some((Signal::Microdata, "false"))
        );
        assert_eq!(page("True").accessible_for_free, Some(true));
        assert_eq!(page("maybe").accessible_for_free, None);
    }

    #[test]
    fn a_picture_licence_box_holds_no_byline() {
        let html = Html::parse_document(
            r#"<html><body><article><h1>Clickbait</h1><div class="img-holder"><img src="a.jpg">
            <div class="license-info"><span class="author-name"><a class="license-author"
            href="https://commons.example/File:a.jpg">Nenad Stojkovic</a></span></div></div>
            <div class="second-author"><p>Autor <span>Mark Newton</span></p></div>
            <p>Text.</p></article></body></html>"#,
        );
        let dom = Dom::build(&html, None);
        let s = scan(&dom, 1 << 20);
        let bylines: Vec<String> = s.bylines.iter().map(|b| dom.clean_text(b.idx)).collect();
        assert_eq!(bylines, ["Autor Mark Newton"]);
    }

    #[test]
    fn oversized_json_ld_is_not_read() {
        let html = Html::parse_document(
            r#"<script type="application/ld+json">{"@type":"Article","headline":"long enough"}</script>"#,
        );
        let dom = Dom::build(&html, None);
        assert!(scan(&dom, 10).json_ld.is_empty());
        assert_eq!(scan(&dom, 1000).json_ld.len(), 1);
    }
}
