//! Markup conventions that mark metadata elements in the page itself: the class and id tokens of
//! bylines, dates, standfirsts, and of the regions (comments, sidebars, related lists) whose
//! bylines and dates belong to other articles.
//!
//! Tokens are matched lower case, whole or by their `-`/`_` separated parts, never as bare
//! substrings of short words (so `leaderboard` is not a `lead`).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::fast_hash::FastHash;

/// What a date element says it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateKind {
    /// First publication.
    Published,
    /// Last update.
    Modified,
    /// A date of the article, role unstated.
    Unknown,
}

/// Parts of a class token that make it a byline: `byline`, `author-name`, `post-author`,
/// `c-byline__author`, `autor` (de/es/pl/pt), `auteur` (fr), `autore` (it).
const BYLINE_PARTS: &[&str] = &[
    "byline",
    "byl",
    "author",
    "authors",
    "autor",
    "autores",
    "autore",
    "auteur",
    "auteurs",
    "writer",
    "writers",
    "contributor",
    "contributors",
    "reporter",
    "journalist",
    // Indonesian and Malay: writer, journalist ("penulis", "wartawan", Tribun/Kompas bylines).
    "penulis",
    "wartawan",
];

/// Parts before a last part "by" that make it no byline: a tool or a listing ("powered-by",
/// "sort-by"), a sponsor ("sponsored-by", "brought-to-you-by"), or a credit other than the
/// writer's ("edited-by", "reviewed-by", "translated-by"). A byline named for its "by"
/// ("gnt_ar_by", "story-by") has none of these before it.
#[rustfmt::skip]
const NOT_BY_PREFIXES: &[&str] = &[
    "powered", "sort", "order", "filter", "group", "made", "built", "designed", "hosted", "site",
    "created", "developed", "sponsored", "presented", "supported", "funded", "brought", "you",
    "edited", "reviewed", "checked", "translated",
];

/// Substrings of a part that make it a byline even when glued (`authorname`, `postauthor`).
const BYLINE_GLUED: &[&str] = &["byline", "author"];

/// Parts that make an author-ish token something else: the author's photo, bio, social links,
/// job title, or the date beside the name; or an author box of comments.
const NOT_BYLINE_PARTS: &[&str] = &[
    "bio",
    "biography",
    "avatar",
    "image",
    "img",
    "photo",
    "pic",
    "picture",
    "thumb",
    "thumbnail",
    "description",
    "desc",
    "social",
    "follow",
    "twitter",
    "facebook",
    "email",
    "mail",
    "more",
    "title",
    "role",
    "position",
    "job",
    "date",
    "time",
    "comment",
    "comments",
    "reply",
    "count",
    "icon",
    "label",
    // The place the writer files from ("writer-place", "author-location", "byline-city"),
    // printed beside the name.
    "place",
    "location",
    "city",
    // ... in Spanish, Portuguese, French, Italian ("nota-ciudad", Milenio-style bylines)
    "ciudad",
    "cidade",
    "ville",
    "citta",
    "lugar",
    "dateline",
    // The column or series a byline sits under ("byline-column": "Deal Professor").
    "column",
    "kicker",
    "authority",
    "authorize",
    "authorized",
    // The author of a picture under its licence ("license-author": a Creative Commons credit).
    "license",
    "licence",
    "lizenz",
    "copyright",
];

/// First parts of a token that mark a box crediting a picture or stating rights
/// ("license-info", "copyright-notice"): an author named inside it took the picture or holds
/// the rights, and wrote nothing of the article.
const CREDIT_BOX_PARTS: &[&str] = &["license", "licence", "lizenz", "copyright"];

/// Parts of a token that mark the publication date: `entry-date`, `post-date`, `published`,
/// `pubdate`, `timestamp`, `meta-date`, `article__date`, `dateline`, `fecha` (es), `datum`
/// (de/nl), `data` (it/pt/pl).
const DATE_PARTS: &[&str] = &[
    "date",
    "dates",
    "published",
    "publish",
    "pubdate",
    "timestamp",
    "datetime",
    "dateline",
    "posted",
    "fecha",
    "datum",
    "data",
    "time",
];

/// Glued date names (`postdate`, `entryDate` lower-cased).
const DATE_GLUED: &[&str] = &[
    "postdate",
    "entrydate",
    "articledate",
    "newsdate",
    "storydate",
    "itemdate",
    "createdate",
    "datecreated",
];

/// Parts that mark the last update: `updated`, `date-modified`, `last-modified`.
const MODIFIED_PARTS: &[&str] = &["updated", "update", "modified", "lastmod", "aktualisiert"];

/// Parts that make a date-ish token something else: reading time, the clock of a live page, a
/// date picker, an "update" button.
const NOT_DATE_PARTS: &[&str] = &[
    "read",
    "reading",
    "readtime",
    "picker",
    "input",
    "range",
    "format",
    "zone",
    "btn",
    "button",
    "icon",
    "label",
    "count",
    "countdown",
    "duration",
];

/// Parts of a token that mark a standfirst under the headline: `subtitle`, `sub-title`, `dek`,
/// `standfirst`, `lead`, `summary`, `teaser`, `intro`, `excerpt`, `strapline`, `chapo` (fr),
/// `entradilla` (es), `vorspann` (de), `preamble` and `ingress` (Nordic), `perex` (cs, sk).
const SUBTITLE_PARTS: &[&str] = &[
    "subtitle",
    "subtitulo",
    "subheadline",
    "subhead",
    "subheading",
    "dek",
    "deck",
    "standfirst",
    "lead",
    "lede",
    "summary",
    "teaser",
    "intro",
    "excerpt",
    "description",
    "strapline",
    "abstract",
    "chapo",
    "chapeau",
    "entradilla",
    "sumario",
    "vorspann",
    "descr",
    // Turkish news sites' "spot" (the standfirst), Indian sites' "synopsis", Portuguese "linha
    // fina", Dutch "intro" (above), Polish "lead" (above).
    "spot",
    "synopsis",
    "linhafina",
    // Swedish CMSs' "preamble", Norwegian, Danish, Swedish and Finland-Swedish "ingress",
    // Danish "manchet", Czech and Slovak "perex", Italian "sottotitolo" and "catenaccio",
    // Argentine and Chilean "bajada" and "copete", South Slavic "podnaslov".
    "preamble",
    "ingress",
    "manchet",
    "perex",
    "sottotitolo",
    "catenaccio",
    "bajada",
    "copete",
    "podnaslov",
];

/// Glued forms of the same (`articlesubtitle`); split ones (`sub-title`) are matched part by
/// part.
const SUBTITLE_GLUED: &[&str] = &["subtitle", "subheadline", "standfirst", "strapline"];

/// Parts that make a standfirst-ish token something else (a summary box of links, a teaser
/// image, a lead-in ad).
const NOT_SUBTITLE_PARTS: &[&str] = &[
    "image", "img", "photo", "media", "video", "ad", "ads", "link", "links", "list", "more",
    "meta", "info", "byline", "author", "date", "caption", "credit", "footer", "picture", "figure",
    "gallery", "slide", "review", "reviews", "rating", "ratings",
];

/// First parts of a token that mark a region whose bylines and dates belong to other content:
/// comment threads, sidebars and widgets, related and popular lists.
const OTHER_CONTENT_PARTS: &[&str] = &[
    "comment",
    "comments",
    "commentlist",
    "related",
    "sidebar",
    "widget",
    "recommended",
    "popular",
    "trending",
    "newsletter",
];

/// The class token of any widget box, the article's own included (Blogger's posts stand in a
/// "widget Blog" box): not a sidebar mark by itself.
const BARE_WIDGET: &str = "widget";

/// Path segments of an author's page ("/author/jane-doe/", "/autoren/jane-doe", "/auteur/...")
/// that a byline's name links to, lower case.
const AUTHOR_PATH_SEGMENTS: &[&str] = &[
    "author",
    "authors",
    "autor",
    "autoren",
    "autorin",
    "autorinnen",
    "auteur",
    "auteurs",
    "autore",
    "autori",
    "autores",
    "redakteur",
    "redakteure",
    "journalist",
    "journalisten",
    "columnist",
    "columnists",
    "writer",
    "writers",
    "contributor",
    "contributors",
    "autorzy",
    "forfatter",
    "forfattere",
    "skribent",
    "kolumnist",
    "periodista",
    "giornalista",
    "jornalista",
    "redacteur",
    "yazar",
    "yazarlar",
    "avtor",
    "avtorji",
    "penulis",
    "szerzo",
];

/// Most path segments of a link looked at.
const MAX_PATH_SEGMENTS: usize = 12;

/// Whether a link leads to an author's page: a path segment naming authors followed by the
/// author's slug ("/author/jane-doe/"), or WordPress's `?author=14`.
pub(crate) fn is_author_link(href: &str) -> bool {
    let (path, query) = href.split_once('?').unwrap_or((href, ""));
    let path = path.split('#').next().unwrap_or(path);
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    let mut segments = path.split('/').skip(1).take(MAX_PATH_SEGMENTS).peekable();
    while let Some(seg) = segments.next() {
        let author = AUTHOR_PATH_SEGMENTS
            .iter()
            .any(|a| seg.eq_ignore_ascii_case(a));
        if author && segments.peek().is_some_and(|slug| !slug.is_empty()) {
            return true;
        }
    }
    query.split('&').take(MAX_PATH_SEGMENTS).any(|kv| {
        kv.split_once('=')
            .is_some_and(|(k, v)| k == "author" && !v.is_empty())
    })
}

/// Tokens that mark the site's logo heading (an `<h1>` holding the site name, not a headline).
const LOGO_PARTS: &[&str] = &["logo", "brand", "branding", "masthead", "site", "blog"];

/// What one class or id token marks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct TokenMarks {
    /// A byline element.
    pub byline: bool,
    /// A date element, and the kind of date.
    pub date: Option<DateKind>,
    /// A standfirst element.
    pub subtitle: bool,
    /// A region of other content (comments, sidebar, related list).
    pub other_content: bool,
    /// The site's logo or name.
    pub logo: bool,
    /// A box crediting a picture or stating rights (`CREDIT_BOX_PARTS`).
    pub credit_box: bool,
    /// A part names the editor's box ([`super::editor::EDITOR_BOX_PARTS`]): for a token
    /// without camelCase humps, what [`super::editor::marks_editor_box`] says of it.
    pub editor_box: bool,
}

const BYLINE: u16 = 1;
const NOT_BYLINE: u16 = 1 << 1;
const DATE: u16 = 1 << 2;
const PUBLISHED: u16 = 1 << 3;
const MODIFIED: u16 = 1 << 4;
const NOT_DATE: u16 = 1 << 5;
const SUBTITLE: u16 = 1 << 6;
const NOT_SUBTITLE: u16 = 1 << 7;
const OTHER_CONTENT: u16 = 1 << 8;
const LOGO: u16 = 1 << 9;
const CREDIT_BOX: u16 = 1 << 10;
const EDITOR_BOX: u16 = 1 << 11;

/// Date parts that name the publication itself.
const PUBLISHED_PARTS: &[&str] = &["published", "publish", "pubdate"];

/// Every table above folded into one map from part to flags, built once.
static PART_FLAGS: LazyLock<HashMap<&'static str, u16, FastHash>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, u16, FastHash> = HashMap::default();
    let tables: [(&[&'static str], u16); 13] = [
        (BYLINE_PARTS, BYLINE),
        (NOT_BYLINE_PARTS, NOT_BYLINE),
        (DATE_PARTS, DATE),
        (PUBLISHED_PARTS, PUBLISHED | DATE),
        (MODIFIED_PARTS, MODIFIED),
        (NOT_DATE_PARTS, NOT_DATE),
        (SUBTITLE_PARTS, SUBTITLE),
        (NOT_SUBTITLE_PARTS, NOT_SUBTITLE),
        (OTHER_CONTENT_PARTS, OTHER_CONTENT),
        (LOGO_PARTS, LOGO),
        (DATE_GLUED, DATE),
        (CREDIT_BOX_PARTS, CREDIT_BOX),
        (super::editor::EDITOR_BOX_PARTS, EDITOR_BOX),
    ];
    for (table, flag) in tables {
        for part in table {
            *map.entry(*part).or_insert(0) |= flag;
        }
    }
    map
});

/// Shortest part worth searching for glued names (`authorname`, `datepublished`).
const MIN_GLUED_PART: usize = 6;

/// Classify one lower-case class or id token: one map lookup per part, substring searches only
/// for long parts the map does not know.
/// Write `token` lower-cased into `out` for [`classify`], with a `-` where a lower-case ASCII
/// letter meets an upper-case one, so that camelCase names split into their words
/// ("storyLead" -> "story-lead", "articleByline" -> "article-byline").
pub(crate) fn lower_token(token: &str, out: &mut String) {
    out.clear();
    let bytes = token.as_bytes();
    // Most tokens are written in lower case: without an ASCII capital there is no hump and
    // nothing to lower, the token is copied as it is. (A fold, not `any`: it runs over all
    // bytes without a branch per byte, which the compiler turns into wide comparisons.)
    if !bytes
        .iter()
        .fold(false, |up, b| up | b.is_ascii_uppercase())
    {
        out.push_str(token);
        return;
    }
    let mut start = 0;
    for i in 1..bytes.len() {
        let hump = bytes.get(i - 1).is_some_and(u8::is_ascii_lowercase)
            && bytes.get(i).is_some_and(u8::is_ascii_uppercase);
        // `i` is a char boundary: the byte there is ASCII.
        if hump && let Some(word) = token.get(start..i) {
            out.push_str(word);
            out.push('-');
            start = i;
        }
    }
    out.push_str(token.get(start..).unwrap_or(""));
    out.make_ascii_lowercase();
}

/// [`classify`] of a class or id token as written (any case).
pub(crate) fn classify_raw(token: &str) -> TokenMarks {
    let mut lower = String::with_capacity(token.len() + 4);
    lower_token(token, &mut lower);
    classify(&lower)
}

pub(crate) fn classify(token: &str) -> TokenMarks {
    let mut flags: u16 = 0;
    let mut first: u16 = 0;
    let mut second: Option<&str> = None;
    let mut prev: Option<&str> = None;
    let mut names_logo = false;
    let mut all = parts(token).enumerate().peekable();
    while let Some((k, part)) = all.next() {
        let last = all.peek().is_none();
        let f = PART_FLAGS.get(part).copied().unwrap_or(0);
        names_logo |= part == "logo";
        if k == 0 {
            first = f;
        } else if k == 1 {
            second = Some(part);
        }
        flags |= f;
        // (The editor's box is no table of these marks: its parts are searched as others.)
        if f & !EDITOR_BOX == 0 && part.len() >= MIN_GLUED_PART {
            flags |= glued(part);
        }
        // Names split over two parts: "by-line", "sub-title", "sub-headline".
        match (prev, part) {
            (Some("by"), "line") => flags |= BYLINE,
            // A token named for the byline's "by" as its last part ("gnt_ar_by", Gannett's
            // USA TODAY network; "story-by"), unless it names something done by a tool.
            (prev_part, "by")
                if last && !prev_part.is_some_and(|p| NOT_BY_PREFIXES.contains(&p)) =>
            {
                flags |= BYLINE;
            }
            (
                Some("sub"),
                "title" | "headline" | "heading" | "head" | "titulo" | "titel" | "titre",
            ) => flags |= SUBTITLE,
            // Portuguese "linha fina" (the standfirst of Brazilian dailies): "linha-fina".
            (Some("linha"), "fina") => flags |= SUBTITLE,
            // Drupal core's node author field ("field--name-uid", the user who wrote the
            // node, printed in `node__meta`); "field--name-field-author" has its "author".
            (Some("name"), "uid") => flags |= BYLINE,
            _ => {}
        }
        prev = Some(part);
    }
    let date = if flags & NOT_DATE != 0 {
        None
    } else if flags & MODIFIED != 0 {
        Some(DateKind::Modified)
    } else if flags & PUBLISHED != 0 {
        Some(DateKind::Published)
    } else if flags & DATE != 0 {
        Some(DateKind::Unknown)
    } else {
        None
    };
    TokenMarks {
        byline: flags & BYLINE != 0 && flags & NOT_BYLINE == 0,
        date,
        subtitle: flags & SUBTITLE != 0 && flags & NOT_SUBTITLE == 0,
        // A bare "widget" names a box of any kind (Blogger's posts are "widget Blog"); a
        // named one ("widget_recent_entries", "widget-area") is a sidebar's.
        other_content: first & OTHER_CONTENT != 0 && token != BARE_WIDGET,
        credit_box: first & CREDIT_BOX != 0,
        editor_box: flags & EDITOR_BOX != 0,
        // "site-title", "site-name", "logo", "blog-title", "topbar__logo__title"; not
        // "site-content".
        logo: names_logo
            || first & LOGO != 0
                && matches!(second, None | Some("title" | "name" | "logo" | "header")),
    }
}

/// Flags of a part that glues words together (`authorname`, `postauthor`, `datepublished`,
/// `articlesubtitle`).
fn glued(part: &str) -> u16 {
    // Parts are short: a plain window comparison costs less than setting up `str::contains`.
    // (`windows` needs a length above 0; the empty string is in every part.)
    // The first bytes are compared before the whole window (a call to `memcmp`).
    let has = |g: &str| {
        let g = g.as_bytes();
        g.is_empty()
            || part
                .as_bytes()
                .windows(g.len())
                .any(|w| w.first() == g.first() && w == g)
    };
    let mut f = 0;
    if BYLINE_GLUED.iter().any(|g| has(g)) {
        f |= if has("authori") { NOT_BYLINE } else { BYLINE };
    }
    if has("modified") || has("updated") {
        f |= MODIFIED;
    } else if has("published") || has("pubdate") {
        f |= PUBLISHED;
    }
    if SUBTITLE_GLUED.iter().any(|g| has(g)) {
        f |= SUBTITLE;
    }
    f
}

/// Whether a class or id token marks a byline element.
#[cfg(test)]
fn is_byline_token(token: &str) -> bool {
    classify(token).byline
}

/// The kind of date a class or id token marks, if it marks one.
#[cfg(test)]
fn date_token(token: &str) -> Option<DateKind> {
    classify(token).date
}

/// Whether a class or id token marks a subtitle (dek, standfirst) element.
#[cfg(test)]
fn is_subtitle_token(token: &str) -> bool {
    classify(token).subtitle
}

/// Whether a class or id token marks a region of other content.
#[cfg(test)]
fn is_other_content_token(token: &str) -> bool {
    classify(token).other_content
}

/// Whether a class or id token marks the site's logo or name.
#[cfg(test)]
fn is_logo_token(token: &str) -> bool {
    classify(token).logo
}

/// The `-`/`_`-separated parts of a token (BEM `__` and `--` give empty parts, skipped).
fn parts(token: &str) -> impl Iterator<Item = &str> {
    // Split bytewise: `-` and `_` are ASCII, so every cut falls on a character boundary.
    let bytes = token.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        while start <= bytes.len() {
            let end = bytes
                .get(start..)
                .and_then(|rest| rest.iter().position(|&b| b == b'-' || b == b'_'))
                .map_or(bytes.len(), |p| start + p);
            let part = token.get(start..end);
            start = end + 1;
            if let Some(p) = part.filter(|p| !p.is_empty()) {
                return Some(p);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_split_as_str_split_does() {
        for token in [
            "",
            "-",
            "a",
            "by-line",
            "__x--y__",
            "sub_title-é-",
            "-a_b-",
            "ñ_ü",
        ] {
            let expected: Vec<&str> = token.split(['-', '_']).filter(|p| !p.is_empty()).collect();
            assert_eq!(parts(token).collect::<Vec<_>>(), expected, "{token:?}");
        }
    }

    #[test]
    fn author_page_links() {
        assert!(is_author_link("https://news.example/author/jane-doe/"));
        assert!(is_author_link("/autoren/jane-doe"));
        assert!(is_author_link("/de/auteur/jean-dupont?ref=x"));
        assert!(is_author_link("https://blog.example/?author=14"));
        // Author pages in more languages (Turkish, Slovenian, Indonesian, Danish, Polish).
        assert!(is_author_link("/yazar/selin-kaya"));
        assert!(is_author_link("https://novice.example/avtor/ana-novak"));
        assert!(is_author_link("/penulis/dewi-anggraini"));
        assert!(is_author_link("/forfatter/mette-jensen/"));
        assert!(is_author_link("/autorzy/anna-kowalska"));
        // The list of all writers ("Yazarlar" in the menu), a post about writers.
        assert!(!is_author_link("/yazarlar"));
        assert!(!is_author_link("/yazar/"));
        assert!(!is_author_link("/kultur/penulis-muda-berbakat"));
        // The list of all authors, a section about authors, a post that mentions them.
        assert!(!is_author_link("https://news.example/author/"));
        assert!(!is_author_link("https://news.example/our-authors/"));
        assert!(!is_author_link("https://author.example/2026/03/post"));
        assert!(!is_author_link("/news/authority-report"));
    }

    #[test]
    fn byline_tokens() {
        for t in [
            "byline",
            "c-byline__author",
            "author-name",
            "post-author",
            "entry-author",
            "authorname",
            "autor",
            "auteur",
            "article__byline",
            "td-post-author-name",
            "by-line",
            "gnt_ar_by",
            "story-by",
            "penulis",
            "field--name-uid",
            "field--name-field-author",
        ] {
            assert!(is_byline_token(t), "{t}");
        }
        for t in [
            "author-bio",
            "author-avatar",
            "author-title",
            "comment-author",
            "authority",
            "byline-date",
            "byline-column",
            "license-author",
            "article-body",
            "writer-place",
            "author-location",
            "nota-ciudad",
            "powered-by",
            "sort-by",
            "sponsored-by",
            "brought-to-you-by",
            "reviewed-by",
            "by-the-numbers",
        ] {
            assert!(!is_byline_token(t), "{t}");
        }
    }

    #[test]
    fn camel_case_tokens_split_into_words() {
        let mut lower = String::new();
        lower_token("storyLead", &mut lower);
        assert_eq!(lower, "story-lead");
        assert!(classify_raw("storyLead").subtitle);
        assert!(classify_raw("SubTitulo").subtitle);
        assert!(classify_raw("articleByline").byline);
        assert!(classify_raw("relatedArticle").other_content);
        // Capitals in a row stay one word; a review summary is no standfirst.
        lower_token("URLBox", &mut lower);
        assert_eq!(lower, "urlbox");
        // Only ASCII letters change case or split, as before the speed-up.
        lower_token("téteÀBlocÉcrit", &mut lower);
        assert_eq!(lower, "téteÀblocÉcrit");
        lower_token("ÉteBar", &mut lower);
        assert_eq!(lower, "Éte-bar");
        assert!(!classify_raw("recipeReviewSummary").subtitle);
    }

    #[test]
    fn date_tokens() {
        assert_eq!(date_token("entry-date"), Some(DateKind::Unknown));
        assert_eq!(date_token("published"), Some(DateKind::Published));
        assert_eq!(date_token("datepublished"), Some(DateKind::Published));
        assert_eq!(date_token("date-modified"), Some(DateKind::Modified));
        assert_eq!(date_token("updated"), Some(DateKind::Modified));
        assert_eq!(date_token("reading-time"), None);
        assert_eq!(date_token("update-button"), None);
        assert_eq!(date_token("validate"), None);
    }

    #[test]
    fn subtitle_tokens() {
        for t in [
            "td-post-sub-title",
            "dek",
            "standfirst",
            "article-summary",
            "articlesubtitle",
            "linha-fina",
            "linhafina",
            "article__preamble",
            "ingress",
            "article-ingress",
            "perex",
            "bajada",
        ] {
            assert!(is_subtitle_token(t), "{t}");
        }
        for t in [
            "leaderboard",
            "summary-list",
            "lead-image",
            "title",
            "linha",
            "fina",
            "ingress-image",
            "preamble-photo",
        ] {
            assert!(!is_subtitle_token(t), "{t}");
        }
    }

    #[test]
    fn region_and_logo_tokens() {
        assert!(is_other_content_token("comments-area"));
        assert!(is_other_content_token("related-posts"));
        assert!(!is_other_content_token("has-sidebar"));
        // Blogger's post box ("widget Blog") is not a sidebar; a named widget is.
        assert!(!is_other_content_token("widget"));
        assert!(is_other_content_token("widget_recent_entries"));
        assert!(is_logo_token("site-title"));
        assert!(is_logo_token("logo"));
        assert!(is_logo_token("topbar__logo__title"));
        assert!(!is_logo_token("site-content"));
    }
}
