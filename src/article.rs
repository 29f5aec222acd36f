//! The typed output: [`Article`] and the values it is made of.
//!
//! Every type here is owned (no borrowed DOM, no scraper or html5ever types), `Send + Sync`, and
//! `#[non_exhaustive]` so that fields can be added without breaking callers. With the `serde`
//! feature every type is `Serialize` and `Deserialize`.

use std::fmt;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::render;

/// A news article extracted from one page.
///
/// Every field is best effort: a field the page does not state is `None` or empty, never a guess
/// dressed up as a fact (the site name is not returned as an author, the meta description is not
/// returned as a subtitle unless the page shows it as one).
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Article {
    /// The headline, with the site name stripped wherever it stood.
    pub title: Option<String>,
    /// The dek or standfirst shown under the headline.
    pub subtitle: Option<String>,
    /// The article text as structured blocks, without the page's chrome.
    pub body: Body,
    /// The people who wrote the article, in byline order.
    pub authors: Vec<Person>,
    /// The editor, from "Edited by ..." lines or structured data.
    pub editor: Option<Person>,
    /// The publisher or site.
    pub source: Option<Source>,
    /// Role-labelled attribution lines ("Reporting by ...", "Photo: ...").
    pub credits: Vec<Credit>,
    /// First publication.
    pub published: Option<DateTime>,
    /// Last modification, kept apart from `published`.
    pub modified: Option<DateTime>,
    /// Primary language subtag, lower case (`"en"`, `"fr"`, `"zh"`).
    pub language: Option<String>,
    /// The URL the page was given with (after `<base href>` is not applied: this is the page's own URL).
    pub url: Option<String>,
    /// The canonical URL the page declares (`rel=canonical`, `og:url`), absolute.
    pub canonical_url: Option<String>,
    /// The page's description (meta description, `og:description`).
    pub description: Option<String>,
    /// The lead image, absolute URL.
    pub image: Option<Image>,
    /// Keywords and tags, deduplicated, in page order.
    pub tags: Vec<String>,
    /// Whether the article is free to read, as its structured data states
    /// (`isAccessibleForFree`): `Some(false)` marks a paywalled article, whose page may hold only
    /// the opening paragraphs. `None` when the page does not say.
    ///
    /// ```
    /// let html = r#"<head><script type="application/ld+json">
    ///   {"@type": "NewsArticle", "headline": "Rates rise", "isAccessibleForFree": false}
    /// </script></head><body><h1>Rates rise</h1><p>The first paragraph.</p></body>"#;
    /// let article = newsprint::extract(html, None).unwrap();
    /// assert_eq!(article.accessible_for_free, Some(false));
    /// let how = article.provenance_of(newsprint::Field::AccessibleForFree).unwrap();
    /// assert_eq!((how.signal, how.raw.as_str()), (newsprint::Signal::JsonLd, "false"));
    /// ```
    pub accessible_for_free: Option<bool>,
    /// Where each metadata field came from.
    pub provenance: Vec<Provenance>,
}

impl Article {
    /// The body as plain text: blocks separated by a blank line.
    pub fn text(&self) -> String {
        render::text(&self.body)
    }

    /// The body as Markdown.
    pub fn markdown(&self) -> String {
        render::markdown(&self.body)
    }

    /// The body as clean HTML: structural tags only, absolute links, no scripts, styles, classes
    /// or event attributes.
    pub fn html(&self) -> String {
        render::html(&self.body)
    }

    /// The provenance of one field, if recorded.
    ///
    /// ```
    /// use newsprint::{Field, Signal};
    /// let html = r#"<head><meta property="og:title" content="Rain due"></head><p>x</p>"#;
    /// let article = newsprint::extract(html, None).unwrap();
    /// assert_eq!(article.provenance_of(Field::Title).map(|p| p.signal), Some(Signal::Meta));
    /// ```
    pub fn provenance_of(&self, field: Field) -> Option<&Provenance> {
        self.provenance.iter().find(|p| p.field == field)
    }
}

/// The article text as a list of blocks.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Body {
    /// The blocks in reading order.
    pub blocks: Vec<Block>,
}

impl Body {
    /// A body made of these blocks.
    pub fn new(blocks: Vec<Block>) -> Self {
        Self { blocks }
    }

    /// Whether the body has no blocks.
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }
}

/// One block of the body.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Block {
    /// A section heading, level 1 to 6.
    Heading {
        /// 1 to 6, as in `<h1>`..`<h6>`.
        level: u8,
        /// The heading's text.
        content: Vec<Inline>,
    },
    /// A paragraph.
    Paragraph {
        /// The paragraph's text.
        content: Vec<Inline>,
    },
    /// A bulleted or numbered list.
    List {
        /// Numbered (`<ol>`) or bulleted (`<ul>`).
        ordered: bool,
        /// One entry per item.
        items: Vec<Vec<Inline>>,
    },
    /// A block quotation, one entry per paragraph.
    Quote {
        /// The quoted paragraphs.
        paragraphs: Vec<Vec<Inline>>,
    },
    /// Preformatted text or code, whitespace kept.
    Preformatted {
        /// The text as it stood.
        text: String,
    },
    /// A table of text cells.
    Table {
        /// Rows of cells; header rows are marked.
        rows: Vec<TableRow>,
    },
    /// An image or media element with its caption.
    Figure {
        /// The image, if it has a usable source.
        image: Option<Image>,
        /// The caption and credit.
        caption: Vec<Inline>,
    },
}

/// One row of a [`Block::Table`].
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct TableRow {
    /// Whether every cell is a header cell (`<th>`) or the row sits in `<thead>`.
    pub header: bool,
    /// The cells' text.
    pub cells: Vec<String>,
}

impl TableRow {
    /// A row of these cells.
    pub fn new(header: bool, cells: Vec<String>) -> Self {
        Self { header, cells }
    }
}

/// A run of text inside a block.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Inline {
    /// Plain text.
    Text {
        /// The text, whitespace collapsed.
        text: String,
    },
    /// Emphasised text (`<em>`, `<i>`).
    Emphasis {
        /// The text.
        text: String,
    },
    /// Strong text (`<strong>`, `<b>`).
    Strong {
        /// The text.
        text: String,
    },
    /// Inline code.
    Code {
        /// The text.
        text: String,
    },
    /// A hyperlink with an absolute URL.
    Link {
        /// The link text.
        text: String,
        /// Absolute URL.
        href: String,
    },
    /// A hard line break (`<br>`).
    LineBreak,
}

impl Inline {
    /// The text of this run (`"\n"` for a line break).
    pub fn text(&self) -> &str {
        match self {
            Inline::Text { text }
            | Inline::Emphasis { text }
            | Inline::Strong { text }
            | Inline::Code { text }
            | Inline::Link { text, .. } => text,
            Inline::LineBreak => "\n",
        }
    }

    /// A plain text run.
    pub fn plain(text: impl Into<String>) -> Self {
        Inline::Text { text: text.into() }
    }
}

/// A person named by the page: an author or an editor.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Person {
    /// The name as written, without "By" or roles.
    pub name: String,
    /// A profile page, absolute.
    pub url: Option<String>,
}

impl Person {
    /// A person with a name and no URL.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            url: None,
        }
    }

    /// The same person with a profile URL.
    pub fn with_url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }
}

/// The publisher or site an article comes from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Source {
    /// The publisher's name ("Axadle Times International").
    pub name: String,
    /// The publisher's home page, absolute.
    pub url: Option<String>,
}

impl Source {
    /// A source with a name and no URL.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            url: None,
        }
    }
}

/// An image: the lead image of the article or the image of a figure.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Image {
    /// Absolute URL.
    pub url: String,
    /// Alternative text.
    pub alt: Option<String>,
}

impl Image {
    /// An image with this URL and no alternative text.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            alt: None,
        }
    }
}

/// One role-labelled attribution: "Reporting by X" is `Credit { role: Reporting, name: "X" }`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Credit {
    /// What the person or organisation did.
    pub role: CreditRole,
    /// Who: a person, a desk or an agency.
    pub name: String,
}

impl Credit {
    /// A credit of this role to this name.
    pub fn new(role: CreditRole, name: impl Into<String>) -> Self {
        Self {
            role,
            name: name.into(),
        }
    }
}

/// The role of a [`Credit`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CreditRole {
    /// "Reporting by", "Reportage", "Berichterstattung".
    Reporting,
    /// "Additional reporting by".
    AdditionalReporting,
    /// "Writing by", "Written by".
    Writing,
    /// "Edited by", "Editing by", "Édité par", "Redaktion".
    Editing,
    /// "Source:", "Quelle:", a desk line ("X – Monitoring."), "(Reuters)".
    Source,
    /// A news agency credited for material: "With AFP", "Mit Material von dpa".
    Agency,
    /// "Photo:", "Foto:", "Image:".
    Photo,
    /// "Translated by", "Traduit par".
    Translation,
}

impl CreditRole {
    /// The role as a stable snake_case label (`"reporting"`, `"additional_reporting"`, ...), as the
    /// extract example's JSON writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            CreditRole::Reporting => "reporting",
            CreditRole::AdditionalReporting => "additional_reporting",
            CreditRole::Writing => "writing",
            CreditRole::Editing => "editing",
            CreditRole::Source => "source",
            CreditRole::Agency => "agency",
            CreditRole::Photo => "photo",
            CreditRole::Translation => "translation",
        }
    }
}

impl fmt::Display for CreditRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A calendar date and time of day with an optional UTC offset, as a page states it.
///
/// A date without a time has `hour`, `minute` and `second` zero and `time_known` false; a time
/// without a zone has `offset_minutes` `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct DateTime {
    /// Year, e.g. 2026.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of month, 1 to 31.
    pub day: u8,
    /// Hour, 0 to 23.
    pub hour: u8,
    /// Minute, 0 to 59.
    pub minute: u8,
    /// Second, 0 to 60.
    pub second: u8,
    /// Whether the page gave a time of day.
    pub time_known: bool,
    /// Offset from UTC in minutes, when the page gave one.
    pub offset_minutes: Option<i16>,
}

impl DateTime {
    /// A date with no time of day. Returns `None` when the date does not exist
    /// (month 13, February 30...).
    ///
    /// ```
    /// let d = newsprint::DateTime::from_ymd(2026, 3, 14).unwrap();
    /// assert_eq!(d.date_string(), "2026-03-14");
    /// assert!(newsprint::DateTime::from_ymd(2026, 2, 30).is_none());
    /// ```
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Self {
            year,
            month,
            day,
            hour: 0,
            minute: 0,
            second: 0,
            time_known: false,
            offset_minutes: None,
        })
    }

    /// The same date with a time of day. Returns `None` for an impossible time.
    pub fn with_time(mut self, hour: u8, minute: u8, second: u8) -> Option<Self> {
        if hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        self.hour = hour;
        self.minute = minute;
        self.second = second;
        self.time_known = true;
        Some(self)
    }

    /// The same date and time with a UTC offset in minutes (within ±18 hours).
    pub fn with_offset(mut self, offset_minutes: i16) -> Option<Self> {
        if offset_minutes.abs() > 18 * 60 {
            return None;
        }
        self.offset_minutes = Some(offset_minutes);
        Some(self)
    }

    /// `YYYY-MM-DD`.
    pub fn date_string(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// RFC 3339. A missing time is written as midnight and a missing offset as `Z`; use
    /// `time_known` and `offset_minutes` to tell stated values from these defaults.
    ///
    /// ```
    /// let d = newsprint::DateTime::from_ymd(2026, 3, 14).unwrap()
    ///     .with_time(8, 30, 0).unwrap()
    ///     .with_offset(-300).unwrap();
    /// assert_eq!(d.to_rfc3339(), "2026-03-14T08:30:00-05:00");
    /// ```
    pub fn to_rfc3339(&self) -> String {
        let zone = match self.offset_minutes {
            None | Some(0) => "Z".to_string(),
            Some(m) => {
                let sign = if m < 0 { '-' } else { '+' };
                let m = m.unsigned_abs();
                format!("{sign}{:02}:{:02}", m / 60, m % 60)
            }
        };
        format!(
            "{}T{:02}:{:02}:{:02}{zone}",
            self.date_string(),
            self.hour,
            self.minute,
            self.second
        )
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// Where a metadata field's value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Provenance {
    /// The field the value fills.
    pub field: Field,
    /// The kind of signal.
    pub signal: Signal,
    /// The raw string the value was read from (capped).
    pub raw: String,
}

/// A metadata field of [`Article`], as named in [`Provenance`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Field {
    /// [`Article::title`].
    Title,
    /// [`Article::subtitle`].
    Subtitle,
    /// [`Article::authors`].
    Authors,
    /// [`Article::editor`].
    Editor,
    /// [`Article::source`].
    Source,
    /// [`Article::published`].
    Published,
    /// [`Article::modified`].
    Modified,
    /// [`Article::language`].
    Language,
    /// [`Article::canonical_url`].
    CanonicalUrl,
    /// [`Article::description`].
    Description,
    /// [`Article::image`].
    Image,
    /// [`Article::tags`].
    Tags,
    /// [`Article::accessible_for_free`].
    AccessibleForFree,
}

impl Field {
    /// The field's name as in the extract example's JSON (`"title"`, `"canonical_url"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Subtitle => "subtitle",
            Field::Authors => "authors",
            Field::Editor => "editor",
            Field::Source => "source",
            Field::Published => "published",
            Field::Modified => "modified",
            Field::Language => "language",
            Field::CanonicalUrl => "canonical_url",
            Field::Description => "description",
            Field::Image => "image",
            Field::Tags => "tags",
            Field::AccessibleForFree => "accessible_for_free",
        }
    }
}

/// The kind of signal a metadata value was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Signal {
    /// A JSON-LD block.
    JsonLd,
    /// Microdata (`itemprop`).
    Microdata,
    /// A `<meta>` or `<link>` tag.
    Meta,
    /// An element of the page (`<h1>`, a byline, `<time>`).
    Dom,
    /// A line of the body text (an "Edited by" line).
    Text,
    /// The page URL.
    Url,
    /// Detected from the body text.
    Detected,
    /// The page state a JavaScript framework ships for its client (Next.js `__NEXT_DATA__`):
    /// structured, but the CMS's own field names rather than a standard vocabulary.
    PageState,
    /// An HTTP response header of a fetched page (`Content-Language`).
    Header,
}

impl Signal {
    /// The signal's name as in the extract example's JSON (`"json_ld"`, `"meta"`, `"dom"`, ...),
    /// the same as its serde name.
    ///
    /// ```
    /// assert_eq!(newsprint::Signal::JsonLd.as_str(), "json_ld");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Signal::JsonLd => "json_ld",
            Signal::Microdata => "microdata",
            Signal::Meta => "meta",
            Signal::Dom => "dom",
            Signal::Text => "text",
            Signal::Url => "url",
            Signal::Detected => "detected",
            Signal::PageState => "page_state",
            Signal::Header => "header",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_dates_are_refused() {
        assert!(DateTime::from_ymd(2024, 2, 29).is_some());
        assert!(DateTime::from_ymd(2023, 2, 29).is_none());
        assert!(DateTime::from_ymd(2026, 13, 1).is_none());
        assert!(DateTime::from_ymd(2026, 4, 31).is_none());
    }

    #[test]
    fn rfc3339_writes_offsets() {
        let d = DateTime::from_ymd(2026, 8, 2)
            .and_then(|d| d.with_time(23, 5, 9))
            .and_then(|d| d.with_offset(330))
            .unwrap();
        assert_eq!(d.to_rfc3339(), "2026-08-02T23:05:09+05:30");
        let utc = DateTime::from_ymd(2026, 8, 2).unwrap();
        assert_eq!(utc.to_rfc3339(), "2026-08-02T00:00:00Z");
    }

    #[test]
    fn credit_roles_have_stable_labels() {
        assert_eq!(
            CreditRole::AdditionalReporting.as_str(),
            "additional_reporting"
        );
        assert_eq!(CreditRole::Editing.to_string(), "editing");
    }
}
