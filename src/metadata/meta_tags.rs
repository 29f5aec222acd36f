//! `<meta>` and `<link>` tags: Open Graph, `article:*`, Twitter cards, Dublin Core, Parse.ly,
//! Sailthru, Highwire `citation_*`, the classic `name=author|description|keywords|date` tags, and
//! `link rel=canonical|author`.
//!
//! The walk feeds every `<meta>` and `<link>` here in document order; values stay borrowed from
//! the DOM (html5ever has already decoded their entities).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use serde_json::Value;

use crate::dom::ElementData;

/// Longest `parsely-page` value parsed, in bytes.
const MAX_PARSELY_BYTES: usize = 64 * 1024;

/// Deepest nesting of a `parsely-page` value parsed.
const MAX_PARSELY_NESTING: usize = 8;

/// What a `<meta>` tag holds, by the convention its name follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key {
    /// Open Graph title.
    OgTitle,
    /// Open Graph site name.
    OgSiteName,
    /// Open Graph description.
    OgDescription,
    /// Open Graph image URL.
    OgImage,
    /// Open Graph image over HTTPS.
    OgImageSecure,
    /// Open Graph image alternative text.
    OgImageAlt,
    /// Open Graph canonical URL.
    OgUrl,
    /// Open Graph locale (`en_US`).
    OgLocale,
    /// `article:published_time` and its variants.
    Published,
    /// `article:modified_time`, `og:updated_time`.
    Modified,
    /// `article:author` (a name or, often, a profile URL).
    ArticleAuthor,
    /// `article:tag`.
    ArticleTag,
    /// `article:section`.
    Section,
    /// Twitter card title.
    TwitterTitle,
    /// Twitter card description.
    TwitterDescription,
    /// Twitter card image.
    TwitterImage,
    /// Twitter card image alternative text.
    TwitterImageAlt,
    /// Dublin Core title.
    DcTitle,
    /// Dublin Core creator.
    DcCreator,
    /// Dublin Core date (issued, created).
    DcDate,
    /// Dublin Core modification date.
    DcModified,
    /// Dublin Core language.
    DcLanguage,
    /// Dublin Core description.
    DcDescription,
    /// Dublin Core publisher.
    DcPublisher,
    /// Dublin Core subject (keywords).
    DcSubject,
    /// Parse.ly title.
    ParselyTitle,
    /// Parse.ly author.
    ParselyAuthor,
    /// Parse.ly publication date.
    ParselyDate,
    /// Parse.ly tags.
    ParselyTags,
    /// Parse.ly page JSON.
    ParselyPage,
    /// Sailthru title.
    SailthruTitle,
    /// Sailthru author.
    SailthruAuthor,
    /// Sailthru date.
    SailthruDate,
    /// Sailthru tags.
    SailthruTags,
    /// Highwire citation title.
    CitationTitle,
    /// Highwire citation author.
    CitationAuthor,
    /// Highwire citation date.
    CitationDate,
    /// `name=title`.
    Title,
    /// `name=author`.
    Author,
    /// `name=byline`, `name=byl` ("By Jane Doe").
    Byline,
    /// The editor a CMS names: `dtk:editor` (Detik), `content_editor` (Kompas),
    /// `article:editor`.
    Editor,
    /// `name=description`.
    Description,
    /// `name=keywords`.
    Keywords,
    /// `name=news_keywords`.
    NewsKeywords,
    /// `name=date`, `pubdate`, `publish-date`, ...
    Date,
    /// `name=application-name`.
    ApplicationName,
    /// `name=copyright`.
    Copyright,
    /// `http-equiv=content-language`, `name=language`.
    ContentLanguage,
    /// `twitter:labelN`: the caption of a Twitter card's Nth extra field (Yoast writes "Written
    /// by", translated, and "Est. reading time").
    TwitterLabel(u8),
    /// `twitter:dataN`: the value of a Twitter card's Nth extra field.
    TwitterData(u8),
}

/// Meta names (lower case) and the key each one fills. Several spellings of one convention map
/// to the same key; the first tag in the page wins within a key.
const KEYS: &[(&str, Key)] = &[
    // Open Graph.
    ("og:title", Key::OgTitle),
    ("og:site_name", Key::OgSiteName),
    ("og:description", Key::OgDescription),
    ("og:image", Key::OgImage),
    ("og:image:url", Key::OgImage),
    ("og:image:secure_url", Key::OgImageSecure),
    ("og:image:alt", Key::OgImageAlt),
    ("og:url", Key::OgUrl),
    ("og:locale", Key::OgLocale),
    ("og:updated_time", Key::Modified),
    // Open Graph article objects, and the spellings seen in the wild.
    ("article:published_time", Key::Published),
    ("article:published", Key::Published),
    ("og:article:published_time", Key::Published),
    ("og:published_time", Key::Published),
    ("article:modified_time", Key::Modified),
    ("article:modified", Key::Modified),
    ("og:article:modified_time", Key::Modified),
    ("article:updated_time", Key::Modified),
    ("article:author", Key::ArticleAuthor),
    ("og:article:author", Key::ArticleAuthor),
    ("article:tag", Key::ArticleTag),
    ("og:article:tag", Key::ArticleTag),
    ("article:section", Key::Section),
    // Twitter cards.
    ("twitter:title", Key::TwitterTitle),
    ("twitter:description", Key::TwitterDescription),
    ("twitter:image", Key::TwitterImage),
    ("twitter:image:src", Key::TwitterImage),
    ("twitter:image:alt", Key::TwitterImageAlt),
    // Dublin Core, in its `dc.` and `dcterms.` forms.
    ("dc.title", Key::DcTitle),
    ("dcterms.title", Key::DcTitle),
    ("dc.creator", Key::DcCreator),
    ("dc.creator.name", Key::DcCreator),
    ("dcterms.creator", Key::DcCreator),
    ("dc.date", Key::DcDate),
    ("dc.date.issued", Key::DcDate),
    ("dc.date.created", Key::DcDate),
    ("dcterms.date", Key::DcDate),
    ("dcterms.issued", Key::DcDate),
    ("dcterms.created", Key::DcDate),
    ("dc.date.modified", Key::DcModified),
    ("dcterms.modified", Key::DcModified),
    ("dc.language", Key::DcLanguage),
    ("dcterms.language", Key::DcLanguage),
    ("dc.description", Key::DcDescription),
    ("dcterms.description", Key::DcDescription),
    ("dcterms.abstract", Key::DcDescription),
    ("dc.publisher", Key::DcPublisher),
    ("dcterms.publisher", Key::DcPublisher),
    ("dc.subject", Key::DcSubject),
    ("dcterms.subject", Key::DcSubject),
    // Parse.ly analytics tags.
    ("parsely-title", Key::ParselyTitle),
    ("parsely-author", Key::ParselyAuthor),
    ("parsely-pub-date", Key::ParselyDate),
    ("parsely-tags", Key::ParselyTags),
    ("parsely-page", Key::ParselyPage),
    // Sailthru personalisation tags.
    ("sailthru.title", Key::SailthruTitle),
    ("sailthru.author", Key::SailthruAuthor),
    ("sailthru.date", Key::SailthruDate),
    ("sailthru.tags", Key::SailthruTags),
    // Highwire Press tags of scholarly and some news publishers.
    ("citation_title", Key::CitationTitle),
    ("citation_author", Key::CitationAuthor),
    ("citation_publication_date", Key::CitationDate),
    ("citation_date", Key::CitationDate),
    ("citation_online_date", Key::CitationDate),
    // Classic names.
    ("title", Key::Title),
    ("author", Key::Author),
    ("article.author", Key::Author),
    ("byline", Key::Byline),
    ("byl", Key::Byline),
    ("dtk:editor", Key::Editor),
    ("content_editor", Key::Editor),
    ("article:editor", Key::Editor),
    ("description", Key::Description),
    ("keywords", Key::Keywords),
    ("news_keywords", Key::NewsKeywords),
    ("date", Key::Date),
    ("pubdate", Key::Date),
    ("publishdate", Key::Date),
    ("publish-date", Key::Date),
    ("publish_date", Key::Date),
    ("published_time", Key::Date),
    ("published-date", Key::Date),
    ("publication_date", Key::Date),
    ("publication-date", Key::Date),
    ("original-publish-date", Key::Date),
    ("article.published", Key::Date),
    ("article_date_original", Key::Date),
    ("sort_date", Key::Date),
    ("cxenseparse:recs:publishtime", Key::Date),
    ("application-name", Key::ApplicationName),
    ("copyright", Key::Copyright),
    ("content-language", Key::ContentLanguage),
    ("language", Key::ContentLanguage),
];

/// Most `<meta>` values kept per page (pages with thousands are broken or hostile).
const MAX_ENTRIES: usize = 1000;

/// The `<meta>` and `<link>` tags of a page that name metadata.
#[derive(Debug, Default)]
pub(crate) struct MetaTags<'a> {
    /// (key, content) in document order.
    entries: Vec<(Key, &'a str)>,
    /// `link rel=canonical` href (first).
    pub canonical: Option<&'a str>,
    /// `link rel=author` hrefs.
    pub author_links: Vec<&'a str>,
}

/// What a `parsely-page` JSON value says.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct ParselyPage {
    /// `title`.
    pub title: Option<String>,
    /// `author`.
    pub author: Option<String>,
    /// `pub_date`.
    pub pub_date: Option<String>,
    /// `tags`.
    pub tags: Vec<String>,
}

impl<'a> MetaTags<'a> {
    /// Record a `<meta>` element: its `property`, `name` and `http-equiv` names (all of them:
    /// some pages write `name="og:title" property="og:title"`).
    pub fn push_meta(&mut self, el: &ElementData<'a>) {
        let Some(content) = el.attr("content").map(str::trim).filter(|c| !c.is_empty()) else {
            self.push_twitter_value(el);
            return;
        };
        if self.entries.len() >= MAX_ENTRIES {
            return;
        }
        let mut seen: Vec<Key> = Vec::new();
        // RDFa lets one `property` name several keys: `property="dc:title og:title"`.
        for attr in ["property", "name", "http-equiv"] {
            let Some(names) = el.attr(attr) else {
                continue;
            };
            for key in names.split_ascii_whitespace().filter_map(classify) {
                if !seen.contains(&key) && self.entries.len() < MAX_ENTRIES {
                    self.entries.push((key, content));
                    seen.push(key);
                }
            }
        }
    }

    /// Record an element other than `<meta>` that states a value in RDFa: its prefixed
    /// `property` names with a `content` value (`<span property="dc:title" content="...">`, as
    /// Drupal writes on the article, `<div property="og:title" content="...">`). Bare names
    /// (`property="title"`) are RDFa Lite's schema.org terms, read as microdata.
    pub fn push_rdfa(&mut self, el: &ElementData<'a>) {
        let (Some(names), Some(content)) = (el.attr("property"), el.attr("content")) else {
            return;
        };
        let content = content.trim();
        if content.is_empty() {
            return;
        }
        for key in names
            .split_ascii_whitespace()
            .filter(|n| n.contains(':'))
            .filter_map(classify)
        {
            if self.entries.len() >= MAX_ENTRIES {
                return;
            }
            if !self.entries.contains(&(key, content)) {
                self.entries.push((key, content));
            }
        }
    }

    /// Record a Twitter card's extra field written with `value` instead of `content`
    /// (`<meta name="twitter:data1" value="Jane Doe">`, as some themes and Medium write it).
    fn push_twitter_value(&mut self, el: &ElementData<'a>) {
        let Some(value) = el.attr("value").map(str::trim).filter(|c| !c.is_empty()) else {
            return;
        };
        if let Some(key) = el
            .attr("name")
            .and_then(classify)
            .filter(|k| matches!(k, Key::TwitterLabel(_) | Key::TwitterData(_)))
            && self.entries.len() < MAX_ENTRIES
        {
            self.entries.push((key, value));
        }
    }

    /// The value of the Twitter card field whose caption `wanted` accepts (Yoast's "Written by":
    /// `twitter:label1` "Verfasst von", `twitter:data1` "Jane Doe").
    pub fn twitter_card_field(&self, wanted: impl Fn(&str) -> bool) -> Option<&'a str> {
        let n = self.entries.iter().find_map(|(k, v)| match k {
            Key::TwitterLabel(n) if wanted(v) => Some(*n),
            _ => None,
        })?;
        self.first(Key::TwitterData(n))
    }

    /// Record a `<link>` element with `rel=canonical` or `rel=author`.
    pub fn push_link(&mut self, el: &ElementData<'a>) {
        let (Some(rel), Some(href)) = (el.attr("rel"), el.attr("href")) else {
            return;
        };
        let href = href.trim();
        if href.is_empty() {
            return;
        }
        for token in rel.split_ascii_whitespace() {
            if token.eq_ignore_ascii_case("canonical") && self.canonical.is_none() {
                self.canonical = Some(href);
            } else if token.eq_ignore_ascii_case("author") && self.author_links.len() < 20 {
                self.author_links.push(href);
            }
        }
    }

    /// The first value of a key.
    pub fn first(&self, key: Key) -> Option<&'a str> {
        self.entries
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
    }

    /// Every value of a key, in page order.
    pub fn all(&self, key: Key) -> impl Iterator<Item = &'a str> + '_ {
        self.entries
            .iter()
            .filter(move |(k, _)| *k == key)
            .map(|(_, v)| *v)
    }

    /// The `parsely-page` JSON, when present and valid.
    pub fn parsely_page(&self) -> Option<ParselyPage> {
        let raw = self.first(Key::ParselyPage)?;
        // serde_json recurses per level and spends about 600 bytes on a small object: a deep or
        // large value in the attribute overflowed a small stack or took 40x the page in heap.
        // Real ones are a few hundred bytes, a few levels deep.
        if raw.len() > MAX_PARSELY_BYTES || super::json_ld::nesting_depth(raw) > MAX_PARSELY_NESTING
        {
            return None;
        }
        let value: Value = serde_json::from_str(raw).ok()?;
        let obj = value.as_object()?;
        let s = |k: &str| {
            obj.get(k)
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let tags = match obj.get("tags") {
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(Value::as_str)
                .take(100)
                .map(str::to_string)
                .collect(),
            Some(Value::String(t)) => t.split(',').map(|x| x.trim().to_string()).collect(),
            _ => Vec::new(),
        };
        Some(ParselyPage {
            title: s("title"),
            author: s("author"),
            pub_date: s("pub_date"),
            tags,
        })
    }
}

/// The key of a meta name, case-insensitively.
fn classify(name: &str) -> Option<Key> {
    let name = name.trim();
    let lower: Cow<'_, str> = if name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    };
    if let Some(key) = KEY_MAP.get(lower.as_ref()) {
        return Some(*key);
    }
    if let Some(key) = twitter_field_key(&lower) {
        return Some(key);
    }
    // RDFa writes Dublin Core with a colon: `property="dc:title"`, `dcterms:created`.
    let (prefix, rest) = lower.split_once(':')?;
    if matches!(prefix, "dc" | "dcterms") {
        KEY_MAP.get(format!("{prefix}.{rest}").as_str()).copied()
    } else {
        None
    }
}

/// A Twitter card's extra field, `twitter:label1` .. `twitter:data9`.
fn twitter_field_key(lower: &str) -> Option<Key> {
    let rest = lower.strip_prefix("twitter:")?;
    let (label, n) = if let Some(n) = rest.strip_prefix("label") {
        (true, n)
    } else {
        (false, rest.strip_prefix("data")?)
    };
    let &[d @ b'1'..=b'9'] = n.as_bytes() else {
        return None;
    };
    let n = d - b'0';
    Some(if label {
        Key::TwitterLabel(n)
    } else {
        Key::TwitterData(n)
    })
}

/// [`KEYS`] as a map, built once.
static KEY_MAP: LazyLock<HashMap<&'static str, Key>> =
    LazyLock::new(|| KEYS.iter().copied().collect());

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::{Dom, Tag};
    use crate::tree::Document as Html;

    fn tags_of<'a>(dom: &Dom<'a>) -> MetaTags<'a> {
        let mut m = MetaTags::default();
        for i in 0..dom.len() {
            match (dom.tag(i), dom.element(i)) {
                (Some(Tag::Meta), Some(el)) => m.push_meta(el),
                (Some(Tag::Link), Some(el)) => m.push_link(el),
                _ => {}
            }
        }
        m
    }

    #[test]
    fn one_property_may_name_several_keys() {
        let html = Html::parse_document(
            r#"<head><meta property="x:title dc:title og:title" content="My title">
            <meta property="dc:creator twitter:site_name" content="Creator Name"></head>"#,
        );
        let dom = Dom::build(&html, None);
        let m = tags_of(&dom);
        assert_eq!(m.first(Key::DcTitle), Some("My title"));
        assert_eq!(m.first(Key::OgTitle), Some("My title"));
        assert_eq!(m.first(Key::DcCreator), Some("Creator Name"));
    }

    #[test]
    fn twitter_card_fields_pair_each_caption_with_its_value() {
        let html = Html::parse_document(
            r#"<head><meta name="twitter:label1" content="Est. reading time">
            <meta name="twitter:data1" content="4 minutes">
            <meta name="Twitter:Label2" content="Written by">
            <meta name="twitter:data2" content="Jane Doe">
            <meta name="twitter:label3" value="Filed under"><meta name="twitter:data3" value="Rain">
            <meta name="twitter:label10" content="Written by"></head>"#,
        );
        let dom = Dom::build(&html, None);
        let m = tags_of(&dom);
        assert_eq!(
            m.twitter_card_field(|c| c == "Written by"),
            Some("Jane Doe")
        );
        assert_eq!(
            m.twitter_card_field(|c| c == "Est. reading time"),
            Some("4 minutes")
        );
        // Some themes write `value` for `content`.
        assert_eq!(m.twitter_card_field(|c| c == "Filed under"), Some("Rain"));
        assert_eq!(m.twitter_card_field(|c| c == "Author"), None);
        assert_eq!(m.first(Key::TwitterData(1)), Some("4 minutes"));
    }

    #[test]
    fn conventions_are_classified_case_insensitively() {
        let html = Html::parse_document(
            r#"<head>
            <meta property="og:title" content="Rain due">
            <meta name="DC.Creator" content="Jane Doe">
            <meta name="DC.date.issued" content="2024-01-02">
            <meta http-equiv="Content-Language" content="de-AT">
            <meta property="article:tag" content="weather"><meta property="article:tag" content="rain">
            <meta name="parsely-page" content='{"title":"Rain due","author":"Jane Doe","pub_date":"2024-01-02T10:00:00Z","tags":["a","b"]}'>
            <meta name="description" content="  ">
            <link rel="canonical" href="/rain"><link rel="author" href="/jane">
            </head>"#,
        );
        let dom = Dom::build(&html, None);
        let m = tags_of(&dom);
        assert_eq!(m.first(Key::OgTitle), Some("Rain due"));
        assert_eq!(m.first(Key::DcCreator), Some("Jane Doe"));
        assert_eq!(m.first(Key::DcDate), Some("2024-01-02"));
        assert_eq!(m.first(Key::ContentLanguage), Some("de-AT"));
        assert_eq!(
            m.all(Key::ArticleTag).collect::<Vec<_>>(),
            ["weather", "rain"]
        );
        assert_eq!(m.first(Key::Description), None);
        assert_eq!(m.canonical, Some("/rain"));
        assert_eq!(m.author_links, ["/jane"]);
        let p = m.parsely_page().unwrap();
        assert_eq!(p.author.as_deref(), Some("Jane Doe"));
        assert_eq!(p.tags, ["a", "b"]);
    }

    #[test]
    fn every_meta_convention_fills_its_field_with_its_provenance() {
        use crate::article::{Field, Signal};
        let read = |head: &str| {
            let html = Html::parse_document(&format!(
                "<html><head>{head}</head><body><h1>Tram line extended</h1>\
                 <p>The council voted on Tuesday to extend the tram line north.</p></body></html>"
            ));
            let dom = Dom::build(&html, url::Url::parse("https://gazette.example/tram").ok());
            crate::metadata::read(&dom, &crate::extractor::Limits::default())
        };
        let raw = |m: &crate::metadata::Meta, f: Field| {
            m.provenance
                .iter()
                .find(|p| p.field == f)
                .map(|p| (p.signal, p.raw.clone()))
        };
        let day = |d: &Option<crate::article::DateTime>| d.as_ref().map(|d| d.date_string());
        let names = |m: &crate::metadata::Meta| -> Vec<String> {
            m.authors.iter().map(|p| p.name.clone()).collect()
        };
        // Sailthru.
        let m = read(
            r#"<meta name="sailthru.author" content="Maria Lopez">
            <meta name="sailthru.date" content="2026-03-14 08:30:00">
            <meta name="sailthru.tags" content="trams, transport">"#,
        );
        assert_eq!(names(&m), ["Maria Lopez"]);
        assert_eq!(day(&m.published).as_deref(), Some("2026-03-14"));
        assert_eq!(m.tags, ["trams", "transport"]);
        assert_eq!(
            raw(&m, Field::Published),
            Some((Signal::Meta, "2026-03-14 08:30:00".to_string()))
        );
        // Highwire citation tags: "Surname, Given" names, a slashed date.
        let m = read(
            r#"<meta name="citation_author" content="Lopez, Maria">
            <meta name="citation_author" content="Berg, Tom">
            <meta name="citation_publication_date" content="2026/03/14">"#,
        );
        assert_eq!(names(&m), ["Maria Lopez", "Tom Berg"]);
        assert_eq!(day(&m.published).as_deref(), Some("2026-03-14"));
        // Parse.ly's separate tags; Dublin Core terms in any case; a byline meta with "By".
        let m = read(
            r#"<meta name="parsely-author" content="Maria Lopez">
            <meta name="parsely-author" content="Tom Berg">
            <meta name="parsely-pub-date" content="2026-03-14T08:30:00Z">"#,
        );
        assert_eq!(names(&m), ["Maria Lopez", "Tom Berg"]);
        assert_eq!(day(&m.published).as_deref(), Some("2026-03-14"));
        let m = read(
            r#"<meta name="DCTERMS.creator" content="Maria Lopez">
            <meta name="dcterms.created" content="2026-03-14T08:30:00Z">
            <meta name="DC.Date.Modified" content="2026-03-15">"#,
        );
        assert_eq!(names(&m), ["Maria Lopez"]);
        assert_eq!(day(&m.published).as_deref(), Some("2026-03-14"));
        assert_eq!(day(&m.modified).as_deref(), Some("2026-03-15"));
        let m = read(r#"<meta name="byl" content="By Maria Lopez and Tom Berg">"#);
        assert_eq!(names(&m), ["Maria Lopez", "Tom Berg"]);
        assert_eq!(
            raw(&m, Field::Authors),
            Some((Signal::Meta, "By Maria Lopez and Tom Berg".to_string()))
        );
        // application-name as the source; og:locale and Content-Language as the language.
        let m = read(r#"<meta name="application-name" content="City Gazette">"#);
        assert_eq!(m.source.map(|s| s.name).as_deref(), Some("City Gazette"));
        let m = read(r#"<meta property="og:locale" content="de_AT">"#);
        assert_eq!(m.language.as_deref(), Some("de"));
        assert_eq!(
            raw(&m, Field::Language),
            Some((Signal::Meta, "de_AT".to_string()))
        );
        let m = read(r#"<meta http-equiv="content-language" content="fr-CA, en">"#);
        assert_eq!(m.language.as_deref(), Some("fr"));
    }
}
