//! The page state a Next.js site ships for its client (`<script id="__NEXT_DATA__"
//! type="application/json">`): many news sites built on it put the article's headline, dates
//! and authors only there, in their CMS's own field names. A low-priority source, read only
//! for the fields nothing better gave.
//!
//! The JSON is parsed only when its nesting is within [`MAX_NESTING`] (serde_json recurses per
//! level) and walked with an explicit stack under a node budget. The article is the object
//! that has a headline the page's own titles confirm and a publication date; related
//! articles, teasers and menus carry other headlines.

use serde_json::{Map, Value};

use super::clean::{decode_entities, fold, json_field, looks_like_url};
use super::date;
use super::json_ld::{Agent, MAX_AUTHORS, nesting_depth, object_bound};
use super::title;
use crate::article::DateTime;

/// Deepest nesting of the state parsed: Next.js states of news sites nest up to about 30
/// levels (27 on the corpus, rich-text bodies); deeper texts are skipped. serde_json recurses
/// once per level, about 2 KB of stack each in a debug build: 40 levels fit a 256 KiB thread.
const MAX_NESTING: usize = 40;

/// Most JSON values visited in one state.
const MAX_VALUES: usize = 200_000;

/// Most objects in a state parsed (counted before parsing as its `{` bytes): serde_json takes
/// about 600 bytes for a small object, so a state of 1 MB of `{"a":1}` took 85 MB. States of
/// news sites hold up to about 3,200 (eurosport.de, 320 KB).
const MAX_OBJECTS: usize = 30_000;

/// Keys of the article's headline, in order of preference.
const HEADLINE_KEYS: &[&str] = &["headline", "title", "heading", "headLine"];

/// Keys of the first publication, in order of preference: the explicit names CMSs use.
const PUBLISHED_KEYS: &[&str] = &[
    "datePublished",
    "publishedAt",
    "published_at",
    "publishDate",
    "publish_date",
    "publishedDate",
    "published_date",
    "publishedOn",
    "pubDate",
    "pub_date",
    "publicationDate",
    "publication_date",
    "firstPublished",
    "firstPublishedAt",
    "first_published_at",
    "firstPublishDate",
    "published",
];

/// Keys of the record's creation, and a bare `date` (publication on most CMSs, the update on a
/// few): read when no publication key is there. Every record of a CMS has them, product and
/// service pages too, so they date an article only when the page prints the same date.
const RECORD_KEYS: &[&str] = &["dateCreated", "createdAt", "created_at", "created", "date"];

/// Keys of the last modification, in order of preference.
const MODIFIED_KEYS: &[&str] = &[
    "dateModified",
    "modifiedAt",
    "modified_at",
    "updatedAt",
    "updated_at",
    "lastModified",
    "last_modified",
    "lastUpdated",
    "lastUpdatedAt",
    "lastUpdatedTime",
    "modDate",
    "mod_date",
    "updateDate",
    "update_date",
    "modified",
    "updated",
];

/// Keys of an object grouping an item's dates (`"date": {"published": ..., "updated": ...}`).
const DATE_GROUP_KEYS: &[&str] = &["date", "dates"];

/// Keys of the writers: a name string, a person object, or a list of them.
const AUTHOR_KEYS: &[&str] = &["authors", "author", "byline", "bylines", "writers"];

/// Keys of a person object's whole name, in order of preference.
const NAME_KEYS: &[&str] = &[
    "name",
    "displayName",
    "display_name",
    "fullName",
    "full_name",
    "title",
];

/// Keys of a person's given and family names, written apart.
const NAME_PART_KEYS: &[(&str, &str)] = &[
    ("firstName", "lastName"),
    ("first_name", "last_name"),
    ("givenName", "familyName"),
];

/// The article as the page state describes it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NextArticle {
    /// The headline, decoded and collapsed.
    pub headline: String,
    /// First publication, with the raw value.
    pub published: (DateTime, String),
    /// Whether the publication date is only the record's creation or a bare `date`
    /// ([`RECORD_KEYS`]), which the page must print to be believed.
    pub record_date: bool,
    /// Last modification, with the raw value.
    pub modified: Option<(DateTime, String)>,
    /// The writers, split into single names.
    pub authors: Vec<Agent>,
    /// The raw author value, for provenance.
    pub authors_raw: Option<String>,
}

/// Read the article from the text of a `__NEXT_DATA__` script: the object with a publication
/// date whose headline is similar to one of the page's `titles` (its headline, `og:title`,
/// `<title>`), the shallowest first. None when the text is over `max_bytes`, too deep, not
/// JSON, or holds no such object.
pub(crate) fn read(
    text: &str,
    titles: &[&str],
    max_bytes: usize,
    max_chars: usize,
) -> Option<NextArticle> {
    let text = text.trim();
    if text.is_empty() || text.len() > max_bytes || titles.is_empty() {
        return None;
    }
    if nesting_depth(text) > MAX_NESTING || object_bound(text) > MAX_OBJECTS {
        return None;
    }
    let root: Value = serde_json::from_str(text).ok()?;
    let folded: Vec<String> = titles.iter().map(|t| fold(t)).collect();
    // The shallowest confirmed object, the first in document order among equals.
    let mut best: Option<(u32, NextArticle)> = None;
    let mut stack: Vec<(&Value, u32)> = vec![(&root, 0)];
    let mut budget = MAX_VALUES;
    while let Some((value, depth)) = stack.pop() {
        if budget == 0 {
            break;
        }
        budget -= 1;
        match value {
            Value::Array(items) => stack.extend(items.iter().rev().map(|v| (v, depth + 1))),
            Value::Object(map) => {
                if best.as_ref().is_none_or(|(d, _)| depth < *d)
                    && let Some(found) = article(map, titles, &folded, max_chars)
                {
                    best = Some((depth, found));
                }
                let start = stack.len();
                stack.extend(
                    map.values()
                        .filter(|c| matches!(c, Value::Array(_) | Value::Object(_)))
                        .map(|c| (c, depth + 1)),
                );
                if let Some(pushed) = stack.get_mut(start..) {
                    pushed.reverse();
                }
            }
            _ => {}
        }
    }
    best.map(|(_, a)| a)
}

/// The article an object describes, when it has a headline similar to one of the page's
/// titles and a readable publication date.
fn article(
    map: &Map<String, Value>,
    titles: &[&str],
    folded: &[String],
    max_chars: usize,
) -> Option<NextArticle> {
    let headline = HEADLINE_KEYS
        .iter()
        .filter_map(|k| map.get(*k).and_then(Value::as_str))
        .find_map(|s| json_field(s, max_chars))?;
    let fh = fold(&headline);
    let confirmed = titles
        .iter()
        .zip(folded)
        .any(|(t, ft)| title::similar_folded(&headline, &fh, t, ft));
    if !confirmed {
        return None;
    }
    let (published, record_date) = dated(map, PUBLISHED_KEYS)
        .map(|d| (d, false))
        .or_else(|| dated(map, RECORD_KEYS).map(|d| (d, true)))?;
    let modified = dated(map, MODIFIED_KEYS);
    let (authors, authors_raw) = AUTHOR_KEYS
        .iter()
        .filter_map(|k| map.get(*k))
        .map(|v| (agents(v, max_chars), v))
        .find(|(a, _)| !a.is_empty())
        .map(|(a, v)| (a, Some(super::json_ld::compact_raw(v))))
        .unwrap_or_default();
    Some(NextArticle {
        headline,
        published,
        record_date,
        modified,
        authors,
        authors_raw,
    })
}

/// The first of `keys` whose value is a readable date (a string, or a number read as a Unix
/// time), looking also inside a group of dates (`"date": {"published": ...}`).
fn dated(map: &Map<String, Value>, keys: &[&str]) -> Option<(DateTime, String)> {
    let direct = |m: &Map<String, Value>| {
        keys.iter().find_map(|k| {
            let raw = match m.get(*k)? {
                Value::String(s) => s.trim().to_string(),
                Value::Number(n) => n.to_string(),
                _ => return None,
            };
            date::parse_date(&raw).map(|d| (d, raw))
        })
    };
    direct(map).or_else(|| {
        DATE_GROUP_KEYS
            .iter()
            .filter_map(|k| map.get(*k).and_then(Value::as_object))
            .find_map(direct)
    })
}

/// The writers a value names: a string, a person object, or a list of them; each split into
/// single names, organisations marked.
fn agents(v: &Value, max_chars: usize) -> Vec<Agent> {
    let items: &[Value] = match v {
        Value::Array(a) => a,
        other => std::slice::from_ref(other),
    };
    let mut out: Vec<Agent> = Vec::new();
    for item in items.iter().take(MAX_AUTHORS) {
        let (name, url) = match item {
            Value::String(s) => (decode_entities(s).into_owned(), None),
            Value::Object(m) => {
                let Some(name) = person_name(m) else {
                    continue;
                };
                let url = ["url", "link", "href"]
                    .iter()
                    .filter_map(|k| m.get(*k).and_then(Value::as_str))
                    .find(|u| looks_like_url(u))
                    .map(str::to_string);
                (name, url)
            }
            _ => continue,
        };
        Agent::push_named(&mut out, &name, url, false, max_chars);
    }
    out
}

/// A person object's name: whole, or given and family names joined.
fn person_name(m: &Map<String, Value>) -> Option<String> {
    let whole = NAME_KEYS
        .iter()
        .filter_map(|k| m.get(*k).and_then(Value::as_str))
        .find(|s| !s.trim().is_empty());
    if let Some(n) = whole {
        return Some(decode_entities(n.trim()).into_owned());
    }
    NAME_PART_KEYS.iter().find_map(|(given, family)| {
        let g = m.get(*given).and_then(Value::as_str).unwrap_or("").trim();
        let f = m.get(*family).and_then(Value::as_str).unwrap_or("").trim();
        (!g.is_empty() && !f.is_empty()).then(|| decode_entities(&format!("{g} {f}")).into_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_state(json: &str, titles: &[&str]) -> Option<NextArticle> {
        read(json, titles, 1 << 20, 1000)
    }

    fn names(a: &NextArticle) -> Vec<&str> {
        a.authors.iter().map(|x| x.name.as_str()).collect()
    }

    #[test]
    fn the_story_whose_headline_the_page_shows() {
        let json = r#"{"props":{"pageProps":{"story":{"storyId":"13489211",
            "headline":"Ahmedabad metro's Gandhinagar route opens in April",
            "synopsis":"Trial run completed on the 21 km route",
            "pubDate":"2026-03-14T09:12:00+05:30","modDate":"2026-03-14T09:40:00+05:30",
            "author":[{"name":"Jignesh Patel","slug":"jignesh-patel"}]},
            "related":[{"headline":"BRTS fares stay the same","pubDate":"2026-03-10T08:00:00+05:30",
            "author":"Ravi Shah"}]}},"page":"/[...slug]","buildId":"db-7f3e"}"#;
        let a = read_state(
            json,
            &["Ahmedabad metro's Gandhinagar route opens in April - Divya Bhaskar"],
        )
        .expect("the story");
        assert_eq!(
            a.headline,
            "Ahmedabad metro's Gandhinagar route opens in April"
        );
        let (d, raw) = &a.published;
        assert_eq!(d.date_string(), "2026-03-14");
        assert_eq!(raw, "2026-03-14T09:12:00+05:30");
        assert_eq!(
            a.modified.as_ref().map(|(d, _)| d.to_rfc3339()).as_deref(),
            Some("2026-03-14T09:40:00+05:30")
        );
        assert_eq!(names(&a), ["Jignesh Patel"]);
        // The page shows another headline: the related story is not taken for it.
        let other = read_state(json, &["BRTS fares stay the same"]).expect("related");
        assert_eq!(names(&other), ["Ravi Shah"]);
        assert!(read_state(json, &["Water cuts in Ahmedabad on Sunday"]).is_none());
    }

    #[test]
    fn the_shallowest_object_and_explicit_keys_first() {
        // A CMS record with the article's data and its first block repeating the headline
        // with the block's own creation time.
        let json = r#"{"props":{"pageProps":{"data":{"documentBlocks":[
            {"headline":"Europe's top athletes fit for Munich 2022","createdAt":"2022-02-03T15:58:43+01:00"}],
            "title":"Europe's top athletes fit for Munich 2022","createdAt":"2022-02-01T10:00:00+01:00",
            "publicationDate":"2022-01-31T14:27:32+01:00","updatedAt":"2022-02-02T16:36:51+01:00"}}}}"#;
        let a = read_state(json, &["Europe's top athletes fit for Munich 2022"]).unwrap();
        assert_eq!(a.published.0.date_string(), "2022-01-31");
        assert!(!a.record_date);
        assert_eq!(a.modified.as_ref().unwrap().0.date_string(), "2022-02-02");
        // Only the record's creation: marked so.
        let json = json.replace("publicationDate", "pageViews");
        let a = read_state(&json, &["Europe's top athletes fit for Munich 2022"]).unwrap();
        assert_eq!(a.published.0.date_string(), "2022-02-01");
        assert!(a.record_date);
        assert!(a.authors.is_empty());
    }

    #[test]
    fn grouped_dates_unix_times_and_name_parts() {
        let json = r#"{"props":{"initialState":{"article":{"stream":[{
            "headline":"'Parasite' scores historic upset at SAG awards, boosting Oscar chances",
            "date":{"published":"2020-01-19T12:25:36Z","updated":"2020-01-20T09:49:32Z"},
            "authors":[{"firstName":"Jill","lastName":"Serjeant"},{"name":"Reuters"}]}]}}}}"#;
        let a = read_state(
            json,
            &["'Parasite' scores historic upset at SAG awards, boosting Oscar chances | Reuters"],
        )
        .unwrap();
        assert_eq!(a.published.0.date_string(), "2020-01-19");
        assert_eq!(a.modified.as_ref().unwrap().0.date_string(), "2020-01-20");
        assert_eq!(names(&a), ["Jill Serjeant", "Reuters"]);
        assert!(a.authors[1].organisation && !a.authors[0].organisation);
        // Milliseconds since 1970, as JavaScript writes them.
        let json =
            r#"{"post":{"title":"Rain closes the schools again","publishedAt":1773480720000}}"#;
        let a = read_state(json, &["Rain closes the schools again"]).unwrap();
        assert_eq!(a.published.0.date_string(), "2026-03-14");
    }

    #[test]
    fn no_date_no_article_and_hostile_states_are_refused() {
        let titles = ["Rain closes the schools again"];
        // A headline without any date: a menu entry, a teaser.
        assert!(read_state(r#"{"title":"Rain closes the schools again"}"#, &titles).is_none());
        // A date that does not read as one.
        assert!(
            read_state(
                r#"{"title":"Rain closes the schools again","date":"soon"}"#,
                &titles
            )
            .is_none()
        );
        // Not JSON, too deep, over the byte limit.
        assert!(read_state("{\"title\": ", &titles).is_none());
        let deep = format!(
            "{}{{\"title\":\"Rain closes the schools again\",\"date\":\"2026-03-14\"}}{}",
            "[".repeat(100),
            "]".repeat(100)
        );
        assert!(read_state(&deep, &titles).is_none());
        let ok = r#"{"title":"Rain closes the schools again","date":"2026-03-14"}"#;
        assert!(read_state(ok, &titles).is_some());
        assert!(read(ok, &titles, 10, 1000).is_none());
    }
}
