//! JSON-LD (`<script type="application/ld+json">`): the schema.org objects a page describes itself
//! with, read in every shape real sites publish (several blocks, `@graph`, arrays, nested
//! `mainEntity`, `@id` references) and tolerating their broken JSON.
//!
//! Parsing never recurses over untrusted data beyond serde_json's own depth limit (a block over it
//! fails to parse and is skipped); the value tree is walked with an explicit stack and a budget.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::authors;
use super::clean::{decode_entities, json_field, looks_like_url};

/// Types of the object that is the article itself (schema.org `Article` and its subtypes, and
/// the posting types news and blog platforms use). Compared after any `schema:` prefix.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "SatiricalArticle",
    "AdvertiserContentArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "Report",
    "ScholarlyArticle",
    "MedicalScholarlyArticle",
    "TechArticle",
    "Review",
    "CriticReview",
    // A fact-check's own object (its `datePublished` and `author`, never the nested
    // `itemReviewed` claim's).
    "ClaimReview",
];

/// Other creative works that are the main content of a page (recipe and how-to sites): read
/// when no article object exists.
const WORK_TYPES: &[&str] = &["Recipe", "HowTo"];

/// Types of a page object: a fallback for the article's fields when no article object exists,
/// and for the dates, URL and language sites put only on the page (Yoast's graph).
const PAGE_TYPES: &[&str] = &[
    "WebPage",
    "ItemPage",
    "AboutPage",
    "MedicalWebPage",
    "QAPage",
];

/// Types of an organisation that can be the publisher.
const ORGANISATION_TYPES: &[&str] = &[
    "Organization",
    "NewsMediaOrganization",
    "Corporation",
    "EducationalOrganization",
    "GovernmentOrganization",
    "NGO",
    "LocalBusiness",
];

/// Most JSON values visited over all blocks of a page.
const MAX_VALUES: usize = 200_000;

/// Most JSON values parsed from all the blocks of a page, counted before parsing by
/// [`json_size`]. serde_json's `Value` takes 32 bytes a value and about 600 for a small object (a
/// B-tree node), 80x the text of `{"a":1}`, and every block of a page is held at once: 18 blocks
/// of 1 MB of such objects, each under the size limit, took 1.6 GB. A block that would take the
/// page over this or [`MAX_PARSED_OBJECTS`] is skipped. The busiest of 1,120 real pages has fewer
/// than 800 values and 200 objects in all its blocks.
const MAX_PARSED_VALUES: usize = 50_000;

/// Most JSON objects parsed from all the blocks of a page (see [`MAX_PARSED_VALUES`]).
const MAX_PARSED_OBJECTS: usize = 5_000;

/// Most authors read from one object.
pub(super) const MAX_AUTHORS: usize = 20;

/// Most keywords read from one object.
const MAX_KEYWORDS: usize = 100;

/// A person or organisation named as an author, as structured data gives it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Agent {
    /// The name, cleaned.
    pub name: String,
    /// A profile URL, as written (resolved later).
    pub url: Option<String>,
    /// Whether the object's `@type` says it is an organisation.
    pub organisation: bool,
}

impl Agent {
    /// Adds to `out` the people a name value written in structured data names (`name`: up to
    /// `max_chars`, no URL; split into single names by [`authors::names`], each an organisation
    /// when `organisation` or the name says so), leaving out names already there and stopping at
    /// [`MAX_AUTHORS`]. The profile `url` goes only with a value naming one agent.
    pub(super) fn push_named(
        out: &mut Vec<Agent>,
        name: &str,
        url: Option<String>,
        organisation: bool,
        max_chars: usize,
    ) {
        if name.trim().is_empty() || name.chars().count() > max_chars || looks_like_url(name) {
            return;
        }
        let names = authors::names(name);
        let single = names.len() == 1;
        for (n, org) in names {
            if out.len() >= MAX_AUTHORS {
                break;
            }
            if out.iter().any(|a| a.name.eq_ignore_ascii_case(&n)) {
                continue;
            }
            out.push(Agent {
                name: n,
                url: if single { url.clone() } else { None },
                organisation: organisation || org,
            });
        }
    }
}

/// What the page's JSON-LD says, strings decoded and capped; dates and URLs still raw.
#[derive(Debug, Default, Clone)]
pub(crate) struct JsonLd {
    /// `@type` of the object read as the article (after any prefix).
    pub main_type: Option<String>,
    /// Whether the main object is an article type (not only a page).
    pub is_article: bool,
    /// `headline`, else `name`.
    pub headline: Option<String>,
    /// `name` of the page object, often "Headline - Site".
    pub page_name: Option<String>,
    /// `alternativeHeadline`.
    pub alternative_headline: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `author` (else `creator`), split into single names.
    pub authors: Vec<Agent>,
    /// The raw author value, for provenance.
    pub authors_raw: Option<String>,
    /// `editor`.
    pub editor: Option<Agent>,
    /// `contributor`: people and organisations credited beside the authors, never authors.
    pub contributors: Vec<Agent>,
    /// `publisher` name.
    pub publisher_name: Option<String>,
    /// `publisher` URL.
    pub publisher_url: Option<String>,
    /// Whether the publisher is a person (a blogger publishing under their own name).
    pub publisher_is_person: bool,
    /// `publisher.logo` URL.
    pub publisher_logo: Option<String>,
    /// `name` of the `WebSite` object.
    pub website_name: Option<String>,
    /// `url` of the `WebSite` object.
    pub website_url: Option<String>,
    /// `datePublished`.
    pub date_published: Option<String>,
    /// `dateCreated`.
    pub date_created: Option<String>,
    /// `dateModified`.
    pub date_modified: Option<String>,
    /// `inLanguage`.
    pub language: Option<String>,
    /// `keywords`, split on commas.
    pub keywords: Vec<String>,
    /// `image` (or `thumbnailUrl`) URL.
    pub image: Option<String>,
    /// `articleBody`.
    pub article_body: Option<String>,
    /// `isAccessibleForFree`.
    pub accessible_for_free: Option<bool>,
    /// The raw `isAccessibleForFree` value, for provenance.
    pub accessible_raw: Option<String>,
    /// The class names of the walled text: Google's paywalled-content markup names the elements
    /// holding the article's text for subscribers in `hasPart` (`{"@type": "WebPageElement",
    /// "isAccessibleForFree": false, "cssSelector": ".paywall"}`). Only selectors of one class
    /// (`.name`) are kept.
    pub walled_classes: Vec<String>,
    /// `url`, else `mainEntityOfPage`.
    pub url: Option<String>,
}

/// A schema.org boolean, as sites write it: `false`, `"False"`, `"true"`, and the schema.org
/// enumeration members `"https://schema.org/False"`, `"schema:True"`.
fn flag(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) if strip_prefix(s).eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if strip_prefix(s).eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

/// Most walled-content selectors read from one `hasPart`.
const MAX_WALLED_CLASSES: usize = 8;

/// The one-class selectors (`.paywall`, `".a, .b"` gives both) of the `hasPart` parts marked
/// not free (`isAccessibleForFree: false`); `has_part` is one part or a list of them.
fn walled_classes(has_part: &Value) -> Vec<String> {
    let parts: &[Value] = match has_part {
        Value::Array(a) => a,
        other => std::slice::from_ref(other),
    };
    let mut out = Vec::new();
    for part in parts.iter().take(MAX_WALLED_CLASSES) {
        let Value::Object(m) = part else { continue };
        if m.get("isAccessibleForFree").and_then(flag) != Some(false) {
            continue;
        }
        let selectors: &[Value] = match m.get("cssSelector") {
            Some(Value::Array(a)) => a,
            Some(v) => std::slice::from_ref(v),
            None => continue,
        };
        for selector in selectors.iter().filter_map(Value::as_str) {
            for one in selector.split(',') {
                let Some(name) = one.trim().strip_prefix('.') else {
                    continue;
                };
                let simple = !name.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
                if simple && out.len() < MAX_WALLED_CLASSES && !out.iter().any(|o| o == name) {
                    out.push(name.to_string());
                }
            }
        }
    }
    out
}

/// One typed object found in the blocks.
struct Found<'v> {
    map: &'v Map<String, Value>,
    /// Object nesting below the top level (`@graph` and `mainEntity` do not count).
    depth: u32,
}

/// Read every JSON-LD block of a page. Blocks over `max_bytes` or that cannot be parsed even
/// after repair are skipped.
pub(crate) fn read(blocks: &[String], max_bytes: usize, max_chars: usize) -> JsonLd {
    let (mut values_left, mut objects_left) = (MAX_PARSED_VALUES, MAX_PARSED_OBJECTS);
    let values: Vec<Value> = blocks
        .iter()
        .filter(|b| b.len() <= max_bytes)
        .filter(|b| {
            let (values, objects) = json_size(b);
            let fits = values <= values_left && objects <= objects_left;
            if fits {
                values_left -= values;
                objects_left -= objects;
            }
            fits
        })
        .flat_map(|b| parse_block(b))
        .collect();
    let mut found: Vec<Found<'_>> = Vec::new();
    let mut ids: HashMap<&str, &Value> = HashMap::new();
    collect(&values, &mut found, &mut ids);
    extract(&found, &ids, max_chars)
}

/// Walk the values with an explicit stack, collecting typed objects and the `@id` index.
fn collect<'v>(
    values: &'v [Value],
    found: &mut Vec<Found<'v>>,
    ids: &mut HashMap<&'v str, &'v Value>,
) {
    let mut stack: Vec<(&'v Value, u32)> = values.iter().rev().map(|v| (v, 0)).collect();
    let mut budget = MAX_VALUES;
    while let Some((value, depth)) = stack.pop() {
        if budget == 0 {
            break;
        }
        budget -= 1;
        match value {
            Value::Array(items) => stack.extend(items.iter().rev().map(|v| (v, depth))),
            Value::Object(map) => {
                if map.contains_key("@type") {
                    found.push(Found { map, depth });
                }
                if let Some(id) = map.get("@id").and_then(Value::as_str)
                    && map.len() > 1
                {
                    // The typed object, not an earlier reference that also names it (Yoast's
                    // `"author": {"name": ..., "@id": ...}` before the Person in the graph).
                    let typed = map.contains_key("@type");
                    ids.entry(id)
                        .and_modify(|v| {
                            if typed && v.get("@type").is_none() {
                                *v = value;
                            }
                        })
                        .or_insert(value);
                }
                let start = stack.len();
                for (key, child) in map {
                    if !matches!(child, Value::Array(_) | Value::Object(_)) {
                        continue;
                    }
                    let d = if key == "@graph" || key == "mainEntity" {
                        depth
                    } else {
                        depth.saturating_add(1)
                    };
                    stack.push((child, d));
                }
                if let Some(pushed) = stack.get_mut(start..) {
                    pushed.reverse();
                }
            }
            _ => {}
        }
    }
}

/// A type name without its `schema:` or URL prefix.
fn strip_prefix(t: &str) -> &str {
    let t = t.trim();
    t.rsplit(['/', ':', '#']).next().unwrap_or(t)
}

/// The `@type` names of an object, without `schema:` or URL prefixes.
fn types(map: &Map<String, Value>) -> Vec<&str> {
    match map.get("@type") {
        Some(Value::String(t)) => vec![strip_prefix(t)],
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .map(strip_prefix)
            .collect(),
        _ => Vec::new(),
    }
}

fn has_type(map: &Map<String, Value>, table: &[&str]) -> bool {
    types(map).iter().any(|t| table.contains(t))
}

/// Fill the facts from the collected objects.
fn extract(found: &[Found<'_>], ids: &HashMap<&str, &Value>, max_chars: usize) -> JsonLd {
    let mut out = JsonLd::default();
    // The article: the shallowest article-typed object, preferring one with a headline.
    let article = found
        .iter()
        .enumerate()
        .filter(|(_, f)| has_type(f.map, ARTICLE_TYPES))
        .min_by_key(|(order, f)| {
            let no_headline = !["headline", "name"]
                .iter()
                .any(|k| f.map.get(*k).is_some_and(|v| !v.is_null()));
            (f.depth, no_headline, *order)
        })
        .map(|(_, f)| f);
    let work = found
        .iter()
        .filter(|f| has_type(f.map, WORK_TYPES))
        .min_by_key(|f| f.depth);
    // A review nested in a recipe (its `reviews`) is not the page's article: the shallower
    // work is.
    let article = match (article, work) {
        (Some(a), Some(w)) if w.depth < a.depth => Some(w),
        (a, w) => a.or(w),
    }
    .map(|f| f.map);
    let page = found
        .iter()
        .filter(|f| has_type(f.map, PAGE_TYPES))
        .min_by_key(|f| f.depth)
        .map(|f| f.map);
    let main = article.or(page);
    let Some(main) = main else {
        read_site(found, ids, &mut out, max_chars);
        return out;
    };
    out.is_article = article.is_some();
    out.main_type = types(main).first().map(|t| (*t).to_string());
    // The page object adds what the article object lacks.
    let fallback = if article.is_some() { page } else { None };
    let get = |key: &str| -> Option<&Value> {
        main.get(key)
            .filter(|v| !is_empty(v))
            .or_else(|| fallback.and_then(|p| p.get(key)).filter(|v| !is_empty(v)))
    };

    out.headline = main
        .get("headline")
        .and_then(first_str)
        .and_then(|s| json_field(s, max_chars))
        .or_else(|| {
            out.is_article
                .then(|| main.get("name").and_then(first_str))
                .flatten()
                .and_then(|s| json_field(s, max_chars))
        });
    out.page_name = page
        .and_then(|p| p.get("name"))
        .and_then(first_str)
        .and_then(|s| json_field(s, max_chars));
    if !out.is_article && out.headline.is_none() {
        out.headline = out.page_name.clone();
    }
    out.alternative_headline = main
        .get("alternativeHeadline")
        .and_then(first_str)
        .and_then(|s| json_field(s, max_chars));
    out.description = get("description")
        .and_then(first_str)
        .and_then(|s| json_field(s, max_chars));

    let author_value = main
        .get("author")
        .filter(|v| !is_empty(v))
        .or_else(|| main.get("creator").filter(|v| !is_empty(v)));
    if let Some(v) = author_value {
        out.authors = agents(v, ids, max_chars);
        out.authors_raw = Some(compact_raw(v));
    }
    out.contributors = main
        .get("contributor")
        .map(|v| agents(v, ids, max_chars))
        .unwrap_or_default();
    out.editor = main
        .get("editor")
        .and_then(|v| agents(v, ids, max_chars).into_iter().next());

    if let Some(publisher) = main.get("publisher").map(|v| resolve(v, ids)) {
        match publisher {
            Value::Object(p) => {
                out.publisher_name = name_of(p).and_then(|s| json_field(s, max_chars));
                out.publisher_is_person = types(p).contains(&"Person");
                out.publisher_url = p.get("url").and_then(first_str).map(str::to_string);
                out.publisher_logo = p.get("logo").and_then(|l| image_url(l, ids));
            }
            Value::String(s) if !looks_like_url(s) => {
                out.publisher_name = json_field(s, max_chars);
            }
            _ => {}
        }
    }
    read_site(found, ids, &mut out, max_chars);

    let date = |key: &str| get(key).and_then(first_str).map(|s| s.trim().to_string());
    out.date_published = date("datePublished");
    out.date_created = date("dateCreated");
    out.date_modified = date("dateModified");
    out.language = get("inLanguage").and_then(|v| match resolve(v, ids) {
        Value::Object(m) => m
            .get("alternateName")
            .or_else(|| m.get("name"))
            .and_then(first_str)
            .map(str::to_string),
        other => first_str(other).map(str::to_string),
    });
    if let Some(k) = main.get("keywords") {
        out.keywords = keywords(k);
    }
    out.image = get("image")
        .and_then(|v| image_url(v, ids))
        .or_else(|| get("thumbnailUrl").and_then(|v| image_url(v, ids)))
        .or_else(|| get("primaryImageOfPage").and_then(|v| image_url(v, ids)));
    out.article_body = main
        .get("articleBody")
        .and_then(Value::as_str)
        .map(|s| decode_entities(s.trim()).into_owned())
        .filter(|s| !s.is_empty())
        .or_else(|| how_to_body(main));
    if let Some(v) = main.get("isAccessibleForFree") {
        out.accessible_for_free = flag(v);
        out.accessible_raw = out.accessible_for_free.map(|_| compact_raw(v));
    }
    out.walled_classes = main.get("hasPart").map(walled_classes).unwrap_or_default();
    out.url = main
        .get("url")
        .and_then(first_str)
        .or_else(|| match main.get("mainEntityOfPage") {
            Some(Value::String(s)) => Some(s.as_str()),
            Some(Value::Object(m)) => m
                .get("@id")
                .or_else(|| m.get("url"))
                .and_then(Value::as_str),
            _ => None,
        })
        .or_else(|| fallback.and_then(|p| p.get("url")).and_then(first_str))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    out
}

/// The text of a how-to as its body, when it has no `articleBody`: its `description` (the
/// introduction) and the text of its `step`s (`HowToStep`, their `HowToDirection`s and
/// `HowToSection`s), one paragraph each. A page whose script renders the steps from this
/// object has them nowhere else.
fn how_to_body(main: &Map<String, Value>) -> Option<String> {
    if !has_type(main, &["HowTo"]) {
        return None;
    }
    let mut parts: Vec<&str> = Vec::new();
    if let Some(d) = main.get("description").and_then(first_str) {
        parts.push(d);
    }
    if let Some(steps) = main.get("step") {
        step_texts(steps, &mut parts, 0);
    }
    let body = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let body = decode_entities(&body).into_owned();
    (!body.is_empty()).then_some(body)
}

/// Deepest nesting of how-to sections, steps and directions read.
const MAX_STEP_DEPTH: usize = 4;

/// The texts of a how-to's steps, in order: a step given as a string, a step's `text`, or the
/// texts of the items it lists (a section's steps, a step's directions and tips).
fn step_texts<'a>(v: &'a Value, out: &mut Vec<&'a str>, depth: usize) {
    if depth > MAX_STEP_DEPTH {
        return;
    }
    match v {
        Value::String(s) => out.push(s),
        Value::Array(items) => {
            for item in items {
                step_texts(item, out, depth + 1);
            }
        }
        Value::Object(m) => {
            if let Some(t) = m.get("text").and_then(Value::as_str) {
                out.push(t);
            } else if let Some(items) = m.get("itemListElement") {
                step_texts(items, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// The `WebSite` name and URL, and an organisation as publisher when the article named none.
fn read_site(found: &[Found<'_>], ids: &HashMap<&str, &Value>, out: &mut JsonLd, max_chars: usize) {
    if let Some(site) = found
        .iter()
        .filter(|f| f.depth <= 1 && has_type(f.map, &["WebSite"]))
        .min_by_key(|f| f.depth)
    {
        out.website_name = name_of(site.map).and_then(|s| json_field(s, max_chars));
        out.website_url = site.map.get("url").and_then(first_str).map(str::to_string);
        if out.publisher_name.is_none()
            && let Some(Value::Object(p)) = site.map.get("publisher").map(|v| resolve(v, ids))
        {
            out.publisher_name = name_of(p).and_then(|s| json_field(s, max_chars));
            out.publisher_url = p.get("url").and_then(first_str).map(str::to_string);
        }
    }
    if out.publisher_name.is_none()
        && let Some(org) = found
            .iter()
            // Top-level only: a nested organisation is an author, a brand, a sponsor.
            .filter(|f| f.depth == 0 && has_type(f.map, ORGANISATION_TYPES))
            .min_by_key(|f| f.depth)
    {
        out.publisher_name = name_of(org.map).and_then(|s| json_field(s, max_chars));
        out.publisher_url = org.map.get("url").and_then(first_str).map(str::to_string);
        if out.publisher_logo.is_none() {
            out.publisher_logo = org.map.get("logo").and_then(|l| image_url(l, ids));
        }
    }
}

/// Follow an `{"@id": ...}` reference to the full object, when the page has it.
fn resolve<'v>(v: &'v Value, ids: &HashMap<&str, &'v Value>) -> &'v Value {
    if let Value::Object(m) = v
        && m.len() == 1
        && let Some(id) = m.get("@id").and_then(Value::as_str)
        && let Some(full) = ids.get(id)
    {
        return full;
    }
    v
}

/// The object behind a value: itself, or the object its `@id` reference names when the value
/// itself has no name.
fn resolve_map<'v>(v: &'v Value, ids: &HashMap<&str, &'v Value>) -> Option<&'v Map<String, Value>> {
    let m = v.as_object()?;
    if !m.contains_key("name")
        && let Some(full) = referenced(m, ids)
    {
        return Some(full);
    }
    Some(m)
}

/// The object an object's `@id` names in the page's graph, when it is one.
fn referenced<'v>(
    m: &Map<String, Value>,
    ids: &HashMap<&str, &'v Value>,
) -> Option<&'v Map<String, Value>> {
    let id = m.get("@id").and_then(Value::as_str)?;
    ids.get(id).and_then(|f| f.as_object())
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.is_empty(),
        _ => false,
    }
}

/// A string value, or the first string of an array (or its `@value`).
fn first_str(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) => Some(s.as_str()).filter(|s| !s.trim().is_empty()),
        Value::Array(a) => a.iter().find_map(|x| match x {
            Value::String(s) if !s.trim().is_empty() => Some(s.as_str()),
            _ => None,
        }),
        Value::Object(m) => m.get("@value").and_then(Value::as_str),
        _ => None,
    }
}

/// The name of an object: `name`, else `alternateName`.
fn name_of(m: &Map<String, Value>) -> Option<&str> {
    m.get("name")
        .and_then(first_str)
        .or_else(|| m.get("alternateName").and_then(first_str))
}

/// The authors (or editors) a value names: a string, an object, or a list of them.
fn agents(v: &Value, ids: &HashMap<&str, &Value>, max_chars: usize) -> Vec<Agent> {
    let mut out: Vec<Agent> = Vec::new();
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().take(MAX_AUTHORS).collect(),
        other => vec![other],
    };
    for item in items {
        let (name, url, organisation) = match item {
            Value::String(s) => {
                if looks_like_url(s) {
                    continue;
                }
                (decode_entities(s).into_owned(), None, false)
            }
            Value::Object(_) => {
                let Some(m) = resolve_map(item, ids) else {
                    continue;
                };
                let name = match name_of(m) {
                    Some(n) => decode_entities(n).into_owned(),
                    None => {
                        let given = m.get("givenName").and_then(first_str).unwrap_or("");
                        let family = m.get("familyName").and_then(first_str).unwrap_or("");
                        decode_entities(format!("{given} {family}").trim()).into_owned()
                    }
                };
                // A one-word name whose biography opens with the full one ("Stefanus" and
                // "Stefanus Stahl - Maschinenbauer, ...") is that full name.
                // (Yoast's reference names the person; the `@id` it points to holds the bio.)
                // (Only a one-word name is looked up: `full_name_from_bio` completes no other.)
                let one_word =
                    !name.trim().is_empty() && !name.trim().contains(char::is_whitespace);
                let name = if one_word {
                    let full = referenced(m, ids);
                    m.get("description")
                        .or_else(|| full.and_then(|f| f.get("description")))
                        .and_then(first_str)
                        .and_then(|bio| full_name_from_bio(&name, &decode_entities(bio)))
                        .unwrap_or(name)
                } else {
                    name
                };
                let url = m
                    .get("url")
                    .and_then(first_str)
                    .filter(|u| looks_like_url(u))
                    .map(str::to_string);
                // Typed both a person and an organisation: a blogger publishing under their
                // own name ("@type": ["Person", "Organization"]) is a person.
                let person = has_type(m, &["Person"]);
                (name, url, has_type(m, ORGANISATION_TYPES) && !person)
            }
            _ => continue,
        };
        Agent::push_named(&mut out, &name, url, organisation, max_chars);
    }
    out
}

/// Most words a biography adds to a one-word name in [`full_name_from_bio`].
const MAX_BIO_SURNAME_WORDS: usize = 2;

/// The full name a person's biography opens with, for a one-word `name` ("Stefanus Stahl -
/// Maschinenbauer, ..." for "Stefanus"): the name and the one or two capitalised words right
/// after it, up to a dash, a comma, a colon or a bracket (not a sentence: "Stefanus lives in
/// ..." gives nothing).
fn full_name_from_bio(name: &str, bio: &str) -> Option<String> {
    let name = name.trim();
    if name.is_empty() || name.contains(char::is_whitespace) {
        return None;
    }
    let rest = bio.trim_start().strip_prefix(name)?;
    if !rest.starts_with(' ') {
        return None;
    }
    let head = rest
        .split([',', ':', '–', '—', '(', '|'])
        .next()?
        .split(" - ")
        .next()?;
    let words: Vec<&str> = head.split_whitespace().collect();
    let capitalised = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'')
    };
    ((1..=MAX_BIO_SURNAME_WORDS).contains(&words.len()) && words.iter().all(capitalised))
        .then(|| format!("{name} {}", words.join(" ")))
}

/// The URL of an image value: a string, an `ImageObject` (`url`, `contentUrl`), or a list.
fn image_url(v: &Value, ids: &HashMap<&str, &Value>) -> Option<String> {
    let first = match v {
        Value::Array(a) => a.first()?,
        other => other,
    };
    match first {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Object(_) => {
            let mut m = resolve_map(first, ids)?;
            if !m.contains_key("url")
                && !m.contains_key("contentUrl")
                && let Some(full) = referenced(m, ids)
            {
                m = full;
            }
            m.get("url")
                .or_else(|| m.get("contentUrl"))
                .and_then(first_str)
                .map(|s| s.trim().to_string())
        }
        _ => None,
    }
}

/// Keywords: a comma-separated string or a list of strings (each possibly comma-separated).
fn keywords(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |s: &str| {
        for k in decode_entities(s).split([',', ';']) {
            let k = k.trim();
            if !k.is_empty() && out.len() < MAX_KEYWORDS {
                out.push(k.to_string());
            }
        }
    };
    match v {
        Value::String(s) => push(s),
        Value::Array(a) => a.iter().filter_map(Value::as_str).for_each(&mut push),
        _ => {}
    }
    out
}

/// A short raw form of a value for provenance: the string itself, or its compact JSON, capped
/// at [`RAW_CHARS`](super::clean::RAW_CHARS) characters. The JSON is written only up to the
/// cap: an author object may hold a whole biography, or a hostile page megabytes.
pub(super) fn compact_raw(v: &Value) -> String {
    match v {
        Value::String(s) => super::clean::raw(s),
        other => {
            // Each character takes at most 4 bytes: the cap in bytes holds the cap in chars.
            let mut out = Capped {
                buf: Vec::new(),
                left: super::clean::RAW_CHARS * 4,
            };
            // Stopped at the cap by `Capped` on purpose: what was written is kept.
            let _ = serde_json::to_writer(&mut out, other);
            super::clean::raw(&String::from_utf8_lossy(&out.buf))
        }
    }
}

/// A writer that takes bytes up to a limit, then refuses more.
struct Capped {
    /// The bytes taken.
    buf: Vec<u8>,
    /// Bytes still taken.
    left: usize,
}

impl std::io::Write for Capped {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            return Err(std::io::Error::other("raw value cap reached"));
        }
        let n = bytes.len().min(self.left);
        self.buf
            .extend_from_slice(bytes.get(..n).unwrap_or_default());
        self.left -= n;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Parse one block into its top-level values, repairing the common breakage when the block as
/// written does not parse.
fn parse_block(raw: &str) -> Vec<Value> {
    let text = strip_wrappers(raw);
    if text.is_empty() {
        return Vec::new();
    }
    let (values, complete) = parse_stream(text);
    if complete {
        return values;
    }
    // A block escaped for HTML as a whole: `{&quot;@context&quot;: ...}`.
    let decoded = match (text.find("&quot;"), text.find('"')) {
        (Some(e), Some(q)) if e < q => decode_entities(text),
        (Some(_), None) => decode_entities(text),
        _ => std::borrow::Cow::Borrowed(text),
    };
    let repaired = repair(&decoded);
    let (fixed, _) = parse_stream(&repaired);
    if fixed.len() >= values.len() {
        fixed
    } else {
        values
    }
}

/// Every top-level value of a text of concatenated JSON values; the flag tells whether the whole
/// text parsed.
fn parse_stream(text: &str) -> (Vec<Value>, bool) {
    let mut values = Vec::new();
    // serde_json recurses once per level (up to 128 levels, about 2 KB of stack each in a debug
    // build): measure the nesting first and leave deeper blocks unread. Real JSON-LD nests less
    // than a dozen levels.
    if nesting_depth(text) > MAX_NESTING {
        return (values, false);
    }
    for item in serde_json::Deserializer::from_str(text).into_iter::<Value>() {
        match item {
            Ok(v) => values.push(v),
            Err(_) => return (values, false),
        }
    }
    (values, true)
}

/// Deepest nesting of arrays and objects read; deeper blocks are skipped.
const MAX_NESTING: usize = 32;

/// The deepest nesting of `[`/`{` in `text`, outside strings (one pass, no allocation).
pub(super) fn nesting_depth(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        match b {
            // A string is skipped to its closing quote, its escapes with the byte they escape:
            // a vectorised search over the text of JSON-LD (headlines, descriptions, article
            // bodies), where a byte-by-byte walk cost most of the reading before the parse.
            b'"' => loop {
                let Some(k) = bytes.get(i..).and_then(|r| memchr::memchr2(b'"', b'\\', r)) else {
                    // An unclosed string runs to the end: nothing after it nests.
                    i = bytes.len();
                    break;
                };
                let at = i + k;
                if bytes.get(at) == Some(&b'\\') {
                    i = at + 2;
                } else {
                    i = at + 1;
                    break;
                }
            },
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Upper bounds on the values and on the objects a JSON text parses into: its `[`, `{` and `,`
/// bytes, and its `{` bytes (inside strings too; vectorised searches, no allocation).
pub(super) fn json_size(text: &str) -> (usize, usize) {
    (
        memchr::memchr3_iter(b'{', b'[', b',', text.as_bytes()).count(),
        object_bound(text),
    )
}

/// Upper bound on the objects a JSON text parses into: its `{` bytes (inside strings too).
pub(super) fn object_bound(text: &str) -> usize {
    memchr::memchr_iter(b'{', text.as_bytes()).count()
}

/// HTML comment and CDATA wrappers that CMSs put around script content.
const WRAPPERS: &[(&str, &str)] = &[
    ("<!--", "-->"),
    ("//<![CDATA[", "//]]>"),
    ("/*<![CDATA[*/", "/*]]>*/"),
    ("<![CDATA[", "]]>"),
];

fn strip_wrappers(raw: &str) -> &str {
    // A byte order mark left by an included file is no JSON.
    let mut text = raw.trim().trim_start_matches('\u{feff}').trim_start();
    // Each pass strips one layer; real pages nest at most two.
    for _ in 0..4 {
        let before = text.len();
        for (open, close) in WRAPPERS {
            if let Some(rest) = text.strip_prefix(open) {
                text = rest.trim_start();
            }
            if let Some(rest) = text.strip_suffix(close) {
                text = rest.trim_end();
            }
        }
        text = text.trim_end_matches(';').trim();
        if text.len() == before {
            break;
        }
    }
    text
}

/// Repair broken JSON in one pass, aware of strings: drop `//` and `/* */` comments, trailing
/// commas, and commas or semicolons between top-level values; escape raw control characters in
/// strings, and quotes that do not end their string (`"headline":"The "best" tram"`); read
/// single-quoted strings (`"headline": 'Text'`); drop invalid escapes (`\'`); close what a
/// block cut short left open.
fn repair(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    // The quote that opened the string being read: `"`, or `'` as some CMSs write values
    // (`"headline": 'Text'`), turned into `"` in the output.
    let mut quote = '"';
    // Whether a quote of the string being read was taken for its text: a string left open at
    // the end is then the guess's doing, not a cut.
    let mut guessed_quote = false;
    // The closing brackets of the arrays and objects open at this point.
    let mut open: Vec<char> = Vec::new();
    // Byte position in `out` of a comma that may turn out to be trailing.
    let mut pending_comma: Option<usize> = None;
    while let Some(c) = chars.next() {
        if in_string {
            match c {
                c if c == quote && ends_string(chars.clone()) => {
                    in_string = false;
                    out.push('"');
                }
                '"' => {
                    // (In a single-quoted string, a double quote is text for sure.)
                    guessed_quote |= quote == '"';
                    out.push_str("\\\"");
                }
                // An apostrophe inside a single-quoted string ('L'Oréal'); in a double-quoted
                // one it is plain text.
                '\'' => {
                    guessed_quote |= quote == '\'';
                    out.push(c);
                }
                '\\' => match chars.next() {
                    Some(e @ ('"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't' | 'u')) => {
                        out.push('\\');
                        out.push(e);
                    }
                    Some('\n') => out.push_str("\\n"),
                    Some(other) => out.push(other),
                    None => {}
                },
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if (c as u32) < 0x20 => {}
                c => out.push(c),
            }
            continue;
        }
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        break;
                    }
                }
                out.push('\n');
                continue;
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for n in chars.by_ref() {
                    if prev == '*' && n == '/' {
                        break;
                    }
                    prev = n;
                }
                out.push(' ');
                continue;
            }
            c if c.is_whitespace() => {
                out.push(c);
                continue;
            }
            _ => {}
        }
        // A significant character: settle a pending comma first.
        if let Some(pos) = pending_comma.take()
            && matches!(c, '}' | ']')
        {
            out.replace_range(pos..pos + 1, " ");
        }
        match c {
            '"' | '\'' => {
                in_string = true;
                quote = c;
                guessed_quote = false;
                out.push('"');
            }
            // Deeper than a block is read (`parse_stream` refuses it): nothing to repair.
            '{' | '[' if open.len() >= MAX_NESTING => return String::new(),
            '{' => {
                open.push('}');
                out.push(c);
            }
            '[' => {
                open.push(']');
                out.push(c);
            }
            '}' | ']' => {
                open.pop();
                out.push(c);
            }
            ',' if !open.is_empty() => {
                pending_comma = Some(out.len());
                out.push(c);
            }
            // Between top-level values: a separator JSON does not have.
            ',' | ';' if open.is_empty() => out.push('\n'),
            c => out.push(c),
        }
    }
    // A block cut short (a truncated `articleBody`, a template that forgot its last brace):
    // close the string, drop a dangling comma or colon's want of a value, close what is open.
    let guessed_open_string = in_string && guessed_quote;
    if !open.is_empty() && !guessed_open_string {
        if in_string {
            out.push('"');
        }
        if let Some(pos) = pending_comma {
            out.replace_range(pos..pos + 1, " ");
        }
        if out.trim_end().ends_with(':') {
            out.push_str("null");
        }
        while let Some(close) = open.pop() {
            out.push(close);
        }
    }
    out
}

/// Whether the quote before `rest` ends its string: what follows it is the end, a colon or a
/// comma followed by what may start a JSON value (or a single-quoted string), or a closing
/// bracket. A quote followed by
/// words (`"The "best" tram"`) is part of the text.
fn ends_string(mut rest: impl Iterator<Item = char>) -> bool {
    let mut significant = rest.by_ref().skip_while(|c| c.is_whitespace());
    match significant.next() {
        None | Some('}' | ']') => true,
        Some(',' | ':') => {
            let next: String = significant
                .skip_while(|c| c.is_whitespace())
                .take(5)
                .collect();
            match next.chars().next() {
                None => true,
                Some('"' | '\'' | '{' | '[' | ']' | '}' | '-') => true,
                Some(c) if c.is_ascii_digit() => true,
                // A literal, or a comment (`"a", // note`).
                Some(_) => ["true", "false", "null", "//", "/*"]
                    .iter()
                    .any(|w| next.starts_with(w)),
            }
        }
        // A comment after the value.
        Some('/') => true,
        Some(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_word_name_takes_the_full_name_its_biography_opens_with() {
        let full = |name: &str, bio: &str| full_name_from_bio(name, bio);
        assert_eq!(
            full("Stefanus", "Stefanus Stahl - Maschinenbauer, Abenteurer").as_deref(),
            Some("Stefanus Stahl")
        );
        assert_eq!(
            full("Marie", "Marie de Vries, journaliste").as_deref(),
            None,
            "a lower-case particle is not read"
        );
        assert_eq!(
            full("Ana", "Ana Ruiz Soto: periodista").as_deref(),
            Some("Ana Ruiz Soto")
        );
        // A sentence, a full name already, another name: nothing.
        assert_eq!(
            full("Stefanus", "Stefanus lives in Freiburg, rides daily"),
            None
        );
        assert_eq!(full("Jane Doe", "Jane Doe Smith - writer"), None);
        assert_eq!(full("Jane", "Janet Doe - writer"), None);
        assert_eq!(
            full("Jane", "Jane Writes About Bikes And Trails, daily"),
            None
        );
    }

    #[test]
    fn a_named_reference_before_the_person_resolves_to_the_typed_person() {
        let graph = |bio: &str| {
            read_one(&format!(
                r#"{{"@context":"https://schema.org","@graph":[{{"@type":"Article","headline":"A headline",
                "author":{{"name":"Jonas","@id":"https://x.example/#p"}}}},{{"@type":"Person",
                "@id":"https://x.example/#p","name":"Jonas","description":"{bio}"}}]}}"#
            ))
            .authors
            .into_iter()
            .map(|a| a.name)
            .collect::<Vec<_>>()
        };
        assert_eq!(graph("Jonas Brehmer - Radmechaniker"), ["Jonas Brehmer"]);
        assert_eq!(graph("Fährt seit 2009 Enduro."), ["Jonas"]);
    }

    #[test]
    fn the_raw_form_of_a_large_value_is_capped_while_written() {
        let bio = "x".repeat(100_000);
        let v: Value =
            serde_json::json!({"@type": "Person", "name": "Jane Doe", "description": bio});
        let raw = compact_raw(&v);
        assert_eq!(raw.chars().count(), super::super::clean::RAW_CHARS);
        assert!(raw.starts_with(r#"{"@type":"Person""#), "{raw}");
        let v = Value::String("é".repeat(1000));
        assert_eq!(
            compact_raw(&v).chars().count(),
            super::super::clean::RAW_CHARS
        );
        assert_eq!(
            compact_raw(&serde_json::json!(["Jane Doe"])),
            r#"["Jane Doe"]"#
        );
    }

    #[test]
    fn nesting_is_measured_outside_strings() {
        assert_eq!(nesting_depth(r#"{"a": [1, {"b": "[[[{{{"}]}"#), 3);
        assert_eq!(nesting_depth(r#"{"a": "\"[["}"#), 1);
        // An escaped backslash closes no string; an escape at the very end, an unclosed string.
        assert_eq!(nesting_depth(r#"{"a": "\\", "b": [{}]}"#), 3);
        assert_eq!(nesting_depth(r#"[{"a": "x\"#), 2);
        assert_eq!(nesting_depth(r#"[{"a": "[{[{"#), 2);
        let deep = "{\"a\":".repeat(100);
        assert!(parse_stream(&deep).0.is_empty());
    }

    fn read_one(block: &str) -> JsonLd {
        read(&[block.to_string()], 1 << 20, 1000)
    }

    fn names(j: &JsonLd) -> Vec<&str> {
        j.authors.iter().map(|a| a.name.as_str()).collect()
    }

    #[test]
    fn walled_parts_name_their_classes() {
        let j = read_one(
            r#"{"@type":"NewsArticle","headline":"H","isAccessibleForFree":"False",
               "hasPart":[{"@type":"WebPageElement","isAccessibleForFree":"False",
                           "cssSelector":".js-paywall, .premium-text"},
                          {"@type":"WebPageElement","isAccessibleForFree":true,
                           "cssSelector":".teaser"},
                          {"@type":"WebPageElement","isAccessibleForFree":false,
                           "cssSelector":"main .article-page"}]}"#,
        );
        // The free part and the descendant selector (no single class) are left out.
        assert_eq!(j.walled_classes, ["js-paywall", "premium-text"]);
        assert_eq!(j.accessible_for_free, Some(false));
    }

    #[test]
    fn a_recipe_is_not_replaced_by_its_reviews() {
        let j = read_one(
            r#"{"@context":"http://schema.org","@type":"Recipe","name":"Mandarinen-Kuchen",
               "author":{"@type":"Person","name":"jesusfreak"},"datePublished":"2006-10-10",
               "reviews":[{"@type":"Review","reviewBody":"War super lecker.",
                 "author":{"@type":"Person","name":"Leserin"},"datePublished":"2020-04-12"}]}"#,
        );
        assert_eq!(j.main_type.as_deref(), Some("Recipe"));
        assert_eq!(j.date_published.as_deref(), Some("2006-10-10"));
        assert_eq!(names(&j), ["jesusfreak"]);
    }

    #[test]
    fn graph_with_article_and_organisation() {
        let j = read_one(
            r#"{"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"https://news.example/#org","name":"Daily Planet",
               "url":"https://news.example/","logo":{"@type":"ImageObject","url":"https://news.example/logo.png"}},
              {"@type":"WebSite","@id":"https://news.example/#site","name":"Daily Planet Online"},
              {"@type":"WebPage","@id":"https://news.example/a#page","name":"Floods close schools - Daily Planet",
               "datePublished":"2024-03-01T08:00:00+00:00","inLanguage":"en-GB","url":"https://news.example/a"},
              {"@type":"NewsArticle","headline":"Floods close schools","datePublished":"2024-03-01T09:00:00Z",
               "dateModified":"2024-03-02T10:00:00Z","author":{"@id":"https://news.example/#/person/1"},
               "publisher":{"@id":"https://news.example/#org"},"keywords":"floods, schools,weather",
               "image":["https://news.example/a.jpg"],"isAccessibleForFree":"False"},
              {"@type":"Person","@id":"https://news.example/#/person/1","name":"Jane Doe",
               "url":"https://news.example/author/jane"}
            ]}"#,
        );
        assert!(j.is_article);
        assert_eq!(j.main_type.as_deref(), Some("NewsArticle"));
        assert_eq!(j.headline.as_deref(), Some("Floods close schools"));
        assert_eq!(names(&j), ["Jane Doe"]);
        assert_eq!(
            j.authors[0].url.as_deref(),
            Some("https://news.example/author/jane")
        );
        assert_eq!(j.publisher_name.as_deref(), Some("Daily Planet"));
        assert_eq!(
            j.publisher_logo.as_deref(),
            Some("https://news.example/logo.png")
        );
        assert_eq!(j.website_name.as_deref(), Some("Daily Planet Online"));
        assert_eq!(j.date_published.as_deref(), Some("2024-03-01T09:00:00Z"));
        assert_eq!(j.date_modified.as_deref(), Some("2024-03-02T10:00:00Z"));
        // Only on the page object: taken from there.
        assert_eq!(j.language.as_deref(), Some("en-GB"));
        assert_eq!(j.url.as_deref(), Some("https://news.example/a"));
        assert_eq!(j.keywords, ["floods", "schools", "weather"]);
        assert_eq!(j.image.as_deref(), Some("https://news.example/a.jpg"));
        assert_eq!(j.accessible_for_free, Some(false));
    }

    #[test]
    fn author_lists_and_name_strings() {
        let j = read_one(
            r#"[{"@type":["NewsArticle"],"headline":"H","author":[
                {"@type":"Person","name":"Jane Doe"},
                {"@type":"Person","name":"John Roe and Ann Poe"},
                "https://www.facebook.com/someone",
                {"@type":"Organization","name":"Reuters"}],
               "editor":{"@type":"Person","name":"Ali Musa"}}]"#,
        );
        assert_eq!(names(&j), ["Jane Doe", "John Roe", "Ann Poe", "Reuters"]);
        assert!(j.authors[3].organisation);
        assert!(!j.authors[0].organisation);
        assert_eq!(j.editor.as_ref().map(|e| e.name.as_str()), Some("Ali Musa"));
    }

    #[test]
    fn contributors_are_read_apart_from_authors() {
        let j = read_one(
            r#"{"@type":"NewsArticle","headline":"H",
               "author":[{"@type":"Person","name":"Stella Kim"}],
               "contributor":[{"@context":"https://schema.org/","@type":"Person",
                 "name":"Abigail Williams","jobTitle":"Associate Producer"},
                 {"@type":"Organization","name":"Associated Press"}]}"#,
        );
        assert_eq!(names(&j), ["Stella Kim"]);
        let contributors: Vec<(&str, bool)> = j
            .contributors
            .iter()
            .map(|a| (a.name.as_str(), a.organisation))
            .collect();
        assert_eq!(
            contributors,
            [("Abigail Williams", false), ("Associated Press", true)]
        );
        // A page with contributors only still has no author.
        let j =
            read_one(r#"{"@type":"NewsArticle","headline":"H","contributor":"Abigail Williams"}"#);
        assert!(j.authors.is_empty());
        assert_eq!(j.contributors.len(), 1);
    }

    #[test]
    fn main_entity_of_a_web_page() {
        let j = read_one(
            r#"{"@type":"WebPage","name":"Page","mainEntity":{"@type":"BlogPosting",
               "headline":"Post title","author":"Jane Doe","mainEntityOfPage":{"@id":"https://b.example/p"}},
               "hasPart":{"@type":"Article","headline":"Another"}}"#,
        );
        assert_eq!(j.headline.as_deref(), Some("Post title"));
        assert_eq!(j.url.as_deref(), Some("https://b.example/p"));
        assert_eq!(names(&j), ["Jane Doe"]);
    }

    #[test]
    fn trailing_commas_comments_and_raw_newlines_are_repaired() {
        let j = read_one(
            "{\"@type\": \"NewsArticle\", // the article\n \"headline\": \"Line one\nline two\",\n \
             \"keywords\": [\"a\", \"b\",],\n \"author\": {\"name\": \"Jane Doe\",},\n}",
        );
        assert_eq!(j.headline.as_deref(), Some("Line one line two"));
        assert_eq!(j.keywords, ["a", "b"]);
        assert_eq!(names(&j), ["Jane Doe"]);
    }

    #[test]
    fn unescaped_quotes_a_byte_order_mark_and_a_cut_end_are_repaired() {
        // Quotes a plugin left unescaped inside the headline; the author and date still read.
        let j = read_one(
            r#"{"@type":"NewsArticle","headline":"The "best" tram: a "new" line, at last",
                "author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2026-03-14"}"#,
        );
        assert_eq!(
            j.headline.as_deref(),
            Some(r#"The "best" tram: a "new" line, at last"#)
        );
        assert_eq!(names(&j), ["Jane Doe"]);
        assert_eq!(j.date_published.as_deref(), Some("2026-03-14"));
        // A byte order mark from an included file, and a closing semicolon.
        let j = read_one("\u{feff}\n{\"@type\":\"NewsArticle\",\"headline\":\"Marked\"};");
        assert_eq!(j.headline.as_deref(), Some("Marked"));
        // A block cut inside its article body keeps the fields before the cut.
        let j = read_one(
            r#"{"@type":"NewsArticle","headline":"Cut short","author":[{"@type":"Person",
                "name":"Jane Doe"}],"datePublished":"2026-03-14","articleBody":"The council vo"#,
        );
        assert_eq!(j.headline.as_deref(), Some("Cut short"));
        assert_eq!(names(&j), ["Jane Doe"]);
        // A template that forgot its last brace, after a value or a key's colon.
        let j = read_one(r#"{"@type":"Article","headline":"Open", "keywords":["a","b"],"#);
        assert_eq!(j.keywords, ["a", "b"]);
        let j = read_one(r#"{"@type":"Article","headline":"Open", "image":"#);
        assert_eq!(j.headline.as_deref(), Some("Open"));
        // Values in single quotes (a Polish trade site's template), with an apostrophe and a
        // double quote inside, and a trailing comma.
        let j = read_one(
            "{\"@type\": \"NewsArticle\", \"headline\": 'L'Oréal names a \"new\" head',\n              \"author\": {\"@type\": 'Person', \"name\": 'Jan Kowalski'},\n              \"datePublished\": '2021-05-12',\n \"image\": ['https://m.example/a.png',],\n}",
        );
        assert_eq!(j.headline.as_deref(), Some("L'Oréal names a \"new\" head"));
        assert_eq!(names(&j), ["Jan Kowalski"]);
        assert_eq!(j.date_published.as_deref(), Some("2021-05-12"));
        assert_eq!(j.image.as_deref(), Some("https://m.example/a.png"));
        // A schema.org enumeration member for the paywall flag.
        let j = read_one(
            r#"{"@type":"NewsArticle","headline":"H","isAccessibleForFree":"https://schema.org/False"}"#,
        );
        assert_eq!(j.accessible_for_free, Some(false));
        assert_eq!(
            j.accessible_raw.as_deref(),
            Some("https://schema.org/False")
        );
    }

    #[test]
    fn every_article_type_is_the_article_over_its_page() {
        // schema.org's Article subtypes and the posting types, written out (not read from the
        // table) so that a misspelt row fails; alone and in `@type` lists.
        for t in [
            "Article",
            "NewsArticle",
            "ReportageNewsArticle",
            "AnalysisNewsArticle",
            "OpinionNewsArticle",
            "BackgroundNewsArticle",
            "ReviewNewsArticle",
            "AskPublicNewsArticle",
            "SatiricalArticle",
            "BlogPosting",
            "LiveBlogPosting",
            "SocialMediaPosting",
            "Report",
            "ScholarlyArticle",
            "TechArticle",
            "https://schema.org/NewsArticle",
            "schema:BlogPosting",
        ] {
            for ty in [format!("{t:?}"), format!(r#"["CreativeWork",{t:?}]"#)] {
                let j = read_one(&format!(
                    r#"[{{"@type":"WebPage","name":"Page - Site","datePublished":"2020-01-01"}},
                        {{"@type":{ty},"headline":"Story","datePublished":"2026-03-14",
                          "author":{{"@type":"Person","name":"Jane Doe"}}}}]"#
                ));
                assert!(j.is_article, "{ty}");
                assert_eq!(j.headline.as_deref(), Some("Story"), "{ty}");
                assert_eq!(j.date_published.as_deref(), Some("2026-03-14"), "{ty}");
                assert_eq!(names(&j), ["Jane Doe"], "{ty}");
            }
        }
    }

    #[test]
    fn each_field_in_the_shapes_sites_write_it() {
        let one = |fields: &str| {
            read_one(&format!(
                r#"{{"@type":"NewsArticle","headline":"H",{fields}}}"#
            ))
        };
        // inLanguage: a code, or a Language object.
        assert_eq!(
            one(r#""inLanguage":"de-AT""#).language.as_deref(),
            Some("de-AT")
        );
        let j = one(r#""inLanguage":{"@type":"Language","name":"Deutsch","alternateName":"de"}"#);
        assert_eq!(j.language.as_deref(), Some("de"));
        // image: a URL, an ImageObject (url or contentUrl), a list of either.
        for image in [
            r#""https://m.example/a.jpg""#,
            r#"{"@type":"ImageObject","url":"https://m.example/a.jpg","width":1200}"#,
            r#"{"@type":"ImageObject","contentUrl":"https://m.example/a.jpg"}"#,
            r#"["https://m.example/a.jpg","https://m.example/a-4x3.jpg"]"#,
            r#"[{"@type":"ImageObject","url":"https://m.example/a.jpg"}]"#,
        ] {
            let j = one(&format!(r#""image":{image}"#));
            assert_eq!(
                j.image.as_deref(),
                Some("https://m.example/a.jpg"),
                "{image}"
            );
        }
        // keywords: a comma-separated string or a list.
        assert_eq!(
            one(r#""keywords":"trams, transport""#).keywords,
            ["trams", "transport"]
        );
        assert_eq!(
            one(r#""keywords":["trams","transport"]"#).keywords,
            ["trams", "transport"]
        );
        // isAccessibleForFree: a boolean or a string in any case.
        for (v, free) in [
            ("false", false),
            (r#""False""#, false),
            (r#""true""#, true),
            ("true", true),
        ] {
            let j = one(&format!(r#""isAccessibleForFree":{v}"#));
            assert_eq!(j.accessible_for_free, Some(free), "{v}");
        }
        // The publisher's name and URL; the editor alone or in a list.
        let j = one(
            r#""publisher":{"@type":"NewsMediaOrganization","name":"Harbour Post","url":"https://harbour.example/"},
               "editor":[{"@type":"Person","name":"Karl Brandt"}]"#,
        );
        assert_eq!(j.publisher_name.as_deref(), Some("Harbour Post"));
        assert_eq!(j.publisher_url.as_deref(), Some("https://harbour.example/"));
        assert_eq!(j.editor.map(|e| e.name).as_deref(), Some("Karl Brandt"));
        // alternativeHeadline and description apart.
        let j =
            one(r#""alternativeHeadline":"Two years of hearings end","description":"The vote.""#);
        assert_eq!(
            j.alternative_headline.as_deref(),
            Some("Two years of hearings end")
        );
        assert_eq!(j.description.as_deref(), Some("The vote."));
    }

    #[test]
    fn a_cut_body_with_an_apostrophe_is_still_closed() {
        // An apostrophe in a double-quoted string is text, no guessed quote: the block cut
        // inside that string is closed like any other.
        let j = read_one(
            r#"{"@type":"NewsArticle","headline":"Cut short","author":{"@type":"Person",
                "name":"Jane Doe"},"articleBody":"The council's vo"#,
        );
        assert_eq!(j.headline.as_deref(), Some("Cut short"));
        assert_eq!(names(&j), ["Jane Doe"]);
    }

    #[test]
    fn a_quote_ends_its_string_only_before_json() {
        assert!(ends_string(", \"b\": 1".chars()));
        assert!(ends_string(" }".chars()));
        assert!(ends_string(": [".chars()));
        assert!(ends_string(", true]".chars()));
        assert!(ends_string("".chars()));
        assert!(!ends_string(" tram line".chars()));
        assert!(!ends_string(", then it left".chars()));
        assert!(!ends_string(": a new line".chars()));
    }

    #[test]
    fn cdata_and_entities() {
        let j = read_one(
            "//<![CDATA[\n{\"@type\":\"Article\",\"headline\":\"Tom &amp; Jerry&#39;s &quot;war&quot;\"}\n//]]>",
        );
        assert_eq!(j.headline.as_deref(), Some("Tom & Jerry's \"war\""));
        let j = read_one(
            "{&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;Encoded&quot;}",
        );
        assert_eq!(j.headline.as_deref(), Some("Encoded"));
    }

    #[test]
    fn concatenated_objects() {
        let j = read_one(
            r#"{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"Second"}"#,
        );
        assert_eq!(j.headline.as_deref(), Some("Second"));
        assert_eq!(j.website_name.as_deref(), Some("Site"));
    }

    #[test]
    fn broken_block_is_skipped_and_next_block_read() {
        let j = read(
            &[
                // (Two values without a comma: no repair makes this one object.)
                r#"{"@type":"NewsArticle","headline":"Broken" "url" 7}"#.to_string(),
                r#"{"@type":"NewsArticle","headline":"Good"}"#.to_string(),
            ],
            1 << 20,
            1000,
        );
        assert_eq!(j.headline.as_deref(), Some("Good"));
    }

    #[test]
    fn oversized_and_deep_blocks_are_skipped() {
        let big = format!(r#"{{"@type":"Article","headline":"{}"}}"#, "x".repeat(200));
        assert_eq!(read(&[big], 100, 1000).headline, None);
        let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
        let j = read(
            &[
                deep,
                r#"{"@type":"Article","headline":"After"}"#.to_string(),
            ],
            1 << 20,
            1000,
        );
        assert_eq!(j.headline.as_deref(), Some("After"));
    }

    #[test]
    fn publisher_from_website_or_organisation_when_article_has_none() {
        let j = read_one(
            r#"[{"@type":"NewsMediaOrganization","name":"Axadle Times International","url":"https://axadletimes.example/"},
                {"@type":"Article","headline":"H"}]"#,
        );
        assert_eq!(
            j.publisher_name.as_deref(),
            Some("Axadle Times International")
        );
    }
}
