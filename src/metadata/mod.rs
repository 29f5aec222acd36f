//! Metadata, read from the whole page before any cleaning (bylines and dates live in the chrome).
//!
//! One walk (`scan`) collects every signal; the readers interpret them: JSON-LD (`json_ld`),
//! `<meta>`/`<link>` tags (`meta_tags`), microdata and the page itself (`page`: the headline
//! `<h1>`, byline and date elements, the standfirst). `read` then compares them per field, in
//! order of trust (structured data, then meta tags, then the page, then the URL), cleans the
//! values (`title`, `people`, `date`, `language`) and records the provenance of each.

pub(crate) mod date;
pub(crate) mod people;

pub(crate) mod authors;
mod clean;
mod editor;
mod json_ld;
pub(crate) mod language;
mod markers;
mod meta_tags;
mod next_data;
mod page;
mod scan;
mod source_name;
mod title;

use std::cell::OnceCell;

use crate::article::{
    Credit, CreditRole, DateTime, Field, Image, Person, Provenance, Signal, Source,
};
use crate::dom::{Dom, NodeIdx};
use crate::extractor::Limits;

pub(crate) use clean::fold;
#[cfg(feature = "fetch")]
pub(crate) use clean::raw as raw_value;
use clean::{looks_like_url, raw};
use json_ld::JsonLd;
use meta_tags::{Key, MetaTags};
use next_data::NextArticle;
pub(crate) use scan::running_prose_paragraph;
use scan::{Prop, Scan};
use source_name::Respelling;
use title::SiteNames;

/// Everything the metadata stage learned, with hints for the later stages.
#[derive(Debug, Default, Clone)]
pub(crate) struct Meta {
    /// The headline, site name stripped.
    pub title: Option<String>,
    /// The standfirst shown under the headline (never the meta description alone).
    pub subtitle: Option<String>,
    /// The people who wrote the article, in byline order; never the site itself.
    pub authors: Vec<Person>,
    /// The editor named by structured data.
    pub editor: Option<Person>,
    /// The publisher or site.
    pub source: Option<Source>,
    /// First publication.
    pub published: Option<DateTime>,
    /// Last modification, from its own signals (never swapped with `published`).
    pub modified: Option<DateTime>,
    /// Primary language subtag from markup, lower case.
    pub language: Option<String>,
    /// The canonical URL the page declares, absolute.
    pub canonical_url: Option<String>,
    /// The page's description (meta description, Open Graph, JSON-LD).
    pub description: Option<String>,
    /// The lead image, absolute URL.
    pub image: Option<Image>,
    /// Keywords and tags, deduplicated case-insensitively, at most 50.
    pub tags: Vec<String>,
    /// Where each field's value came from.
    pub provenance: Vec<Provenance>,
    /// JSON-LD `articleBody`, a body candidate to cross-check against the DOM.
    pub article_body: Option<String>,
    /// The element holding the headline (usually the `<h1>`), so the body can start after it.
    pub title_node: Option<NodeIdx>,
    /// Elements read as metadata (bylines, datelines) that the body must not repeat. The
    /// standfirst's element is not among them: it stays in the body when it sits inside the
    /// chosen content (a lead paragraph).
    pub consumed: Vec<NodeIdx>,
    /// JSON-LD `isAccessibleForFree`: `Some(false)` marks a paywalled article, whose page may
    /// hold only a teaser.
    pub accessible_for_free: Option<bool>,
    /// Class names of the elements JSON-LD `hasPart` marks as the walled article text: content,
    /// however paywall-like their class reads.
    pub walled_classes: Vec<String>,
    /// Credits other than the writers' that the byline element states beside them: the
    /// photographer ("Story by X • Photos by Y", "Фото: Y"), the agency ("Par X (avec AFP)"),
    /// the translator; and the contributors JSON-LD names.
    pub byline_credits: Vec<crate::article::Credit>,
}

/// Most tags kept.
const MAX_TAGS: usize = 50;

/// Longest tag kept, in characters.
const MAX_TAG_CHARS: usize = 100;

/// Read the page's metadata.
pub(crate) fn read(dom: &Dom<'_>, limits: &Limits) -> Meta {
    people::forget_names();
    let max = limits.max_field_chars;
    let scan = scan::scan(dom, limits.max_json_ld_bytes);
    let ld = json_ld::read(&scan.json_ld, limits.max_json_ld_bytes, max);
    let tags = &scan.meta;
    let mut meta = Meta {
        article_body: ld.article_body.clone(),
        accessible_for_free: ld.accessible_for_free,
        walled_classes: ld.walled_classes.clone(),
        ..Meta::default()
    };

    let doc_title = scan.title.map(|t| dom.clean_text(t));
    let micro_publisher = microdata_publisher(dom, &scan, max);
    let site_names = read_source(
        dom,
        &ld,
        tags,
        doc_title.as_deref(),
        micro_publisher.as_deref(),
        &mut meta,
        max,
    );
    read_title(dom, &scan, &ld, &site_names, &mut meta, max);
    read_description(dom, &scan, &ld, &mut meta, max);
    read_subtitle(dom, &scan, &ld, &mut meta, max);
    // The Next.js page state: parsed at most once, and only when a field still lacks a value.
    let state_titles = page_titles(&scan, &meta, doc_title.as_deref());
    let state_cell: OnceCell<Option<NextArticle>> = OnceCell::new();
    let state = || {
        state_cell
            .get_or_init(|| read_next_data(dom, &scan, &state_titles, limits))
            .as_ref()
    };
    let lang = declared_language(dom, &scan, &ld).map(|(code, _, _)| code);
    let byline = page::byline(dom, &scan, meta.title_node, lang.as_deref());
    // A blogger publishing under their own name is the author, not only the site.
    let mut author_sites: Vec<String> = site_names
        .iter()
        .filter(|n| !(ld.publisher_is_person && ld.publisher_name.as_ref() == Some(*n)))
        .cloned()
        .collect();
    // A page naming its site only at the end of `<title>` names it there all the same.
    if site_names.is_empty() {
        author_sites.extend(doc_title.as_deref().and_then(authors::title_site));
    }
    authors::read(
        dom,
        &scan,
        &ld,
        &author_sites,
        &byline,
        lang.as_deref(),
        &mut meta,
    );
    if meta.authors.is_empty() {
        authors_from_state(dom, state, &author_sites, &mut meta);
    }
    contributor_credits(&ld, &site_names, &mut meta);
    read_editor(dom, &scan, &ld, &mut meta);
    read_dates(
        dom,
        &scan,
        &ld,
        byline.nodes.first().copied(),
        lang.as_deref(),
        state,
        &mut meta,
    );
    read_language(dom, &scan, &ld, &mut meta);
    read_canonical(dom, &ld, tags, &mut meta);
    read_image(dom, &scan, &ld, tags, &mut meta);
    read_tags(dom, &scan, &ld, tags, &mut meta);
    if let Some(raw_value) = &ld.accessible_raw {
        note(
            &mut meta,
            Field::AccessibleForFree,
            Signal::JsonLd,
            raw_value,
        );
    } else {
        microdata_accessible_for_free(dom, &scan, &mut meta);
    }
    meta
}

/// Microdata `isAccessibleForFree` (`<meta itemprop="isAccessibleForFree" content="false">`),
/// for a page without JSON-LD saying it.
fn microdata_accessible_for_free(dom: &Dom<'_>, scan: &Scan<'_>, meta: &mut Meta) {
    let Some(raw_value) = scan
        .microdata
        .iter()
        .find(|m| m.kind == Prop::AccessibleForFree)
        .and_then(|m| page::prop_value(dom, m.idx))
    else {
        return;
    };
    let value = raw_value.trim();
    // "False", or the schema.org enumeration member "https://schema.org/False".
    let word = value.rsplit(['/', ':']).next().unwrap_or(value);
    let free = if word.eq_ignore_ascii_case("true") {
        true
    } else if word.eq_ignore_ascii_case("false") {
        false
    } else {
        return;
    };
    meta.accessible_for_free = Some(free);
    note(meta, Field::AccessibleForFree, Signal::Microdata, value);
}

/// The page's own titles, to recognise the article in its page state by: the headline chosen,
/// `og:title` and `<title>`.
fn page_titles(scan: &Scan<'_>, meta: &Meta, doc_title: Option<&str>) -> Vec<String> {
    if scan.next_data.is_none() {
        return Vec::new();
    }
    [
        meta.title.as_deref(),
        scan.meta.first(Key::OgTitle),
        doc_title,
    ]
    .into_iter()
    .flatten()
    .map(str::to_string)
    .collect()
}

/// The article in the page's Next.js state (`next_data`), when the page has one.
fn read_next_data(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    titles: &[String],
    limits: &Limits,
) -> Option<NextArticle> {
    let script = scan.next_data?;
    let mut texts = dom.children(script).filter_map(|c| dom.text_node(c));
    let first = texts.next()?;
    let owned;
    let text = match texts.next() {
        // The parser splits long texts into several nodes.
        Some(second) => {
            owned = [first, second].into_iter().chain(texts).collect::<String>();
            owned.as_str()
        }
        None => first,
    };
    let titles: Vec<&str> = titles.iter().map(String::as_str).collect();
    next_data::read(
        text,
        &titles,
        limits.max_json_ld_bytes,
        limits.max_field_chars,
    )
}

/// The writers the page state names, when no other signal named any: people only (an
/// organisation given as author is not a writer the page shows), never the site itself.
fn authors_from_state<'s>(
    dom: &Dom<'_>,
    state: impl Fn() -> Option<&'s NextArticle>,
    site_names: &[String],
    meta: &mut Meta,
) {
    let Some(article) = state() else {
        return;
    };
    let sites: Vec<String> = site_names.iter().map(|s| fold(s)).collect();
    let authors: Vec<Person> = article
        .authors
        .iter()
        .filter(|a| !a.organisation && !sites.contains(&fold(&a.name)))
        .filter_map(|a| {
            let mut p = Person::new(people::clean_name(&a.name)?);
            p.url = a.url.as_deref().and_then(|u| dom.resolve(u));
            Some(p)
        })
        .collect();
    if authors.is_empty() {
        return;
    }
    note(
        meta,
        Field::Authors,
        Signal::PageState,
        article.authors_raw.as_deref().unwrap_or_default(),
    );
    meta.authors = authors;
}

/// JSON-LD `contributor`s as credits, never as authors: a person contributed reporting
/// (`AdditionalReporting`, as a "Contributing:" line credits it), an organisation material
/// (`Agency`). Names that are already authors or credits, and the site itself, are left out.
fn contributor_credits(ld: &JsonLd, site_names: &[String], meta: &mut Meta) {
    let sites: Vec<String> = site_names.iter().map(|s| fold(s)).collect();
    for c in &ld.contributors {
        let f = fold(&c.name);
        if f.is_empty()
            || sites.contains(&f)
            || meta.authors.iter().any(|a| fold(&a.name) == f)
            || meta.byline_credits.iter().any(|k| fold(&k.name) == f)
        {
            continue;
        }
        let credit = if c.organisation {
            Credit::new(CreditRole::Agency, c.name.clone())
        } else {
            match people::clean_name(&c.name) {
                Some(name) => Credit::new(CreditRole::AdditionalReporting, name),
                None => continue,
            }
        };
        meta.byline_credits.push(credit);
    }
}

/// Record where a field's value came from.
fn note(meta: &mut Meta, field: Field, signal: Signal, raw_value: &str) {
    meta.provenance.push(Provenance {
        field,
        signal,
        raw: raw(raw_value),
    });
}

/// The source (publisher or site); returns every site name the page states, for the title.
fn read_source(
    dom: &Dom<'_>,
    ld: &JsonLd,
    tags: &MetaTags<'_>,
    doc_title: Option<&str>,
    micro_publisher: Option<&str>,
    meta: &mut Meta,
    max: usize,
) -> Vec<String> {
    let candidates: [(Option<String>, Signal); 5] = [
        (
            tags.first(Key::OgSiteName)
                .and_then(|s| clean::field(s, max)),
            Signal::Meta,
        ),
        (ld.publisher_name.clone(), Signal::JsonLd),
        (ld.website_name.clone(), Signal::JsonLd),
        (
            tags.first(Key::ApplicationName)
                .and_then(|s| clean::field(s, max)),
            Signal::Meta,
        ),
        (
            tags.first(Key::DcPublisher)
                .and_then(|s| clean::field(s, max)),
            Signal::Meta,
        ),
    ];
    let names: Vec<String> = candidates
        .iter()
        .filter_map(|(n, _)| n.clone())
        .filter(|n| !looks_like_url(n) || n.contains('.'))
        .collect();
    // The first name, unless a later one is the site's host name and the first is not (an
    // `og:site_name` of "U.S." or "Opinion" is a section; the publisher says "Reuters").
    let host = dom
        .page_url
        .as_ref()
        .and_then(|u| u.host_str())
        .and_then(title::host_label);
    let names_host = |n: &str| {
        let f = fold(n);
        host.as_deref()
            .is_some_and(|h| f.len() >= 3 && (f.contains(h) || h.contains(f.as_str())))
    };
    let present = || {
        candidates
            .iter()
            .filter_map(|(n, s)| n.as_ref().map(|n| (n, *s)))
    };
    let first = present().next();
    let chosen = match first {
        Some((n, _)) if !names_host(n) => present().find(|(n, _)| names_host(n)).or(first),
        _ => first,
    };
    // The same name better spelt by another signal (the microdata publisher among them) or at
    // the end of `<title>`: "NOS" for "nos.nl", "Telex" for "telex", "Tuổi Trẻ Online" for
    // "TUOI TRE ONLINE", "Ouest-Gazette" for "Ouest-Gazette.fr".
    let title_site = doc_title.and_then(title::last_segment);
    let page_host = dom.page_url.as_ref().and_then(|u| u.host_str());
    let chosen = chosen.map(|(name, signal)| {
        let spelt = present()
            .map(|(n, s)| (n.as_str(), s))
            .chain(micro_publisher.map(|t| (t, Signal::Microdata)))
            .chain(title_site.map(|t| (t, Signal::Dom)))
            .find(
                |&(alt, s)| match source_name::respelling(name, alt, page_host) {
                    Some(Respelling::SameName) => true,
                    // A `<title>` may end with a section: the page must name its site so too.
                    Some(Respelling::NameForHost) => {
                        s != Signal::Dom || page::site_named_on_page(dom, alt)
                    }
                    // "WIRED" is the brand's casing; the publisher's record may say "PCMag".
                    Some(Respelling::CaseOfCapitals) => s == Signal::JsonLd,
                    None => false,
                },
            );
        match spelt {
            Some((alt, s)) => (alt.to_string(), s),
            None => (name.clone(), signal),
        }
    });
    if let Some((name, signal)) = &chosen {
        let signal = *signal;
        let mut name = without_tagline(name, host.as_deref());
        name = without_latin_alias(&name, host.as_deref());
        name = without_glued_tagline(&name, host.as_deref());
        // The name another signal gives before a tagline ("Aktuálně.cz - Víte, co se právě
        // děje" beside the JSON-LD publisher "Aktuálně.cz").
        if let Some(head) = tagline_head(&name)
            && present().any(|(n, _)| fold(n) == fold(head))
        {
            name = head.trim().to_string();
        }
        let name = &name;
        let url = ld
            .publisher_url
            .as_deref()
            .or(ld.website_url.as_deref())
            .and_then(|u| dom.resolve(u))
            .or_else(|| site_origin(dom));
        meta.source = Some(Source {
            name: name.clone(),
            url,
        });
        note(meta, Field::Source, signal, name);
    }
    names
}

/// Nodes searched inside a microdata publisher for its `name`.
const PUBLISHER_NODES: NodeIdx = 40;

/// The name of the microdata publisher (`<div itemprop="publisher" itemscope><meta
/// itemprop="name" content="...">`).
fn microdata_publisher(dom: &Dom<'_>, scan: &Scan<'_>, max: usize) -> Option<String> {
    let m = scan.microdata.iter().find(|m| m.kind == Prop::Publisher)?;
    let end = dom.end(m.idx).min(m.idx.saturating_add(PUBLISHER_NODES));
    (m.idx + 1..end)
        .find(|&k| {
            dom.element(k)
                .and_then(|e| e.attr("itemprop"))
                .is_some_and(|p| p.split_ascii_whitespace().any(|t| t == "name"))
        })
        .and_then(|k| page::prop_value(dom, k))
        .and_then(|s| clean::field(&s, max))
}

/// Separators between a site's name and the tagline some sites add to it
/// ("LinkNaija | Nigeria's popular news platform").
const TAGLINE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", ": "];

/// Fewest words of a tagline cut from a site name.
const MIN_TAGLINE_WORDS: usize = 2;

/// A site name without the tagline written after it, when the part before the separator is
/// the host's name and the part after it a phrase of its own.
fn without_tagline(name: &str, host: Option<&str>) -> String {
    let Some(host) = host.filter(|h| h.len() >= 3) else {
        return name.to_string();
    };
    // The first separator of the name.
    let Some((pos, sep)) = TAGLINE_SEPARATORS
        .iter()
        .filter_map(|sep| name.find(sep).map(|p| (p, *sep)))
        .min_by_key(|(p, _)| *p)
    else {
        return name.to_string();
    };
    let (head, tail) = (
        name.get(..pos).unwrap_or(""),
        name.get(pos + sep.len()..).unwrap_or(""),
    );
    // Host names drop the diacritics ("Aktuálně.cz" on aktualne.cz).
    let f = fold(head);
    let f = clean::unaccented(&f);
    if (f == host || f.starts_with(host) || (f.len() >= 4 && host.contains(f.as_ref())))
        && tail.split_whitespace().count() >= MIN_TAGLINE_WORDS
    {
        return head.trim().to_string();
    }
    name.to_string()
}

/// A site name in its own script without the one-word Latin alias written after a bar
/// ("خبرگزاری تسنیم | Tasnim", "新华网 | Xinhua" on xinhuanet): the alias is the host's name,
/// the name before the bar the one the page reads in.
fn without_latin_alias(name: &str, host: Option<&str>) -> String {
    let Some(host) = host.filter(|h| h.len() >= 3) else {
        return name.to_string();
    };
    let Some((head, alias)) = name.split_once(" | ") else {
        return name.to_string();
    };
    let (head, alias) = (head.trim(), alias.trim());
    let alias_fold = fold(alias);
    let latin_alias = !alias.contains(char::is_whitespace)
        && alias.chars().all(|c| c.is_ascii_alphanumeric())
        && alias_fold.len() >= 3
        && host.contains(alias_fold.as_str());
    let own_script = !head.is_empty() && !head.chars().any(|c| c.is_ascii_alphabetic());
    if latin_alias && own_script {
        head.to_string()
    } else {
        name.to_string()
    }
}

/// A site name whose first word is the site's host form followed by a tagline with no separator
/// ("Semana.com Últimas Noticias de Colombia y el Mundo" on semana.com): the host form.
fn without_glued_tagline(name: &str, host: Option<&str>) -> String {
    let Some(host) = host.filter(|h| h.len() >= 3) else {
        return name.to_string();
    };
    let mut words = name.split_whitespace();
    let Some(first) = words.next() else {
        return name.to_string();
    };
    let rest = words.count();
    // (`first` holds no space; its label is not empty as the host has three letters or more.)
    let host_form = source_name::is_host_form(first)
        && first
            .rsplit_once('.')
            .is_some_and(|(label, _)| clean::unaccented(&fold(label)) == host);
    if host_form && rest >= MIN_TAGLINE_WORDS {
        first.to_string()
    } else {
        name.to_string()
    }
}

/// The part of a site name before its first tagline separator, when a tagline of words
/// follows it.
fn tagline_head(name: &str) -> Option<&str> {
    let (pos, sep) = TAGLINE_SEPARATORS
        .iter()
        .filter_map(|sep| name.find(sep).map(|p| (p, *sep)))
        .min_by_key(|(p, _)| *p)?;
    let tail = name.get(pos + sep.len()..)?;
    let head = name.get(..pos)?;
    (tail.split_whitespace().count() >= MIN_TAGLINE_WORDS && !head.trim().is_empty())
        .then_some(head)
}

/// Whether the page names its site `name`: a link home that says it, or a copyright line.
pub(crate) fn names_the_site(dom: &Dom<'_>, name: &str) -> bool {
    page::site_named_on_page(dom, name)
}

/// The origin (`https://host/`) of the page.
fn site_origin(dom: &Dom<'_>) -> Option<String> {
    let url = dom.page_url.as_ref()?;
    let host = url.host_str()?;
    Some(format!("{}://{}/", url.scheme(), host))
}

/// The headline: structured titles compared with the `<h1>` and `<title>`, the site name
/// stripped.
fn read_title(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    ld: &JsonLd,
    site_names: &[String],
    meta: &mut Meta,
    max: usize,
) {
    let tags = &scan.meta;
    let from_meta = |k: Key| {
        tags.first(k)
            .and_then(|s| clean::field(s, max))
            .map(|s| (s, Signal::Meta))
    };
    let microdata_headline = scan
        .microdata
        .iter()
        .find(|m| m.kind == Prop::Headline)
        .and_then(|m| page::prop_value(dom, m.idx))
        .and_then(|s| clean::field(&s, max))
        .map(|s| (s, Signal::Microdata));
    let parsely_page_title = tags
        .parsely_page()
        .and_then(|p| p.title)
        .and_then(|s| clean::field(&s, max))
        .map(|s| (s, Signal::Meta));
    // Structured titles in order of trust.
    let structured: Vec<(String, Signal)> = [
        ld.headline
            .clone()
            .filter(|_| ld.is_article)
            .map(|s| (s, Signal::JsonLd)),
        from_meta(Key::OgTitle),
        from_meta(Key::TwitterTitle),
        microdata_headline,
        from_meta(Key::ParselyTitle),
        parsely_page_title,
        from_meta(Key::SailthruTitle),
        from_meta(Key::DcTitle),
        from_meta(Key::CitationTitle),
        ld.headline
            .clone()
            .filter(|_| !ld.is_article)
            .map(|s| (s, Signal::JsonLd)),
        from_meta(Key::Title),
    ]
    .into_iter()
    .flatten()
    .collect();
    let host = dom.page_url.as_ref().and_then(|u| u.host_str());
    // A masthead heading that links home names the site too.
    let mut names: Vec<String> = site_names.to_vec();
    names.extend(
        scan.h1s
            .iter()
            .filter(|h| page::links_home(dom, h.idx))
            .map(|h| dom.clean_text(h.idx)),
    );
    let doc_title = scan
        .title
        .map(|t| dom.clean_text(t))
        .and_then(|s| clean::field(&s, max));
    // A page that names its site nowhere in its metadata may open `<title>` with it, as a
    // breadcrumb ("The Millbrook Sentinel :: Local News :: Headline"): the first segment, when
    // it is the host's name, or a name of several words the page's home link or copyright
    // line confirms (a one-word "News" may be a menu's link home).
    let title_site = if site_names.is_empty() {
        let host_only = SiteNames::new(&[], host);
        doc_title
            .as_deref()
            .and_then(title::first_segment)
            .filter(|first| {
                host_only.matches(first)
                    || (first.split_whitespace().count() >= 2
                        && page::site_named_on_page(dom, first))
            })
            .map(str::to_string)
    } else {
        None
    };
    names.extend(title_site.clone());
    let sites = SiteNames::new(&names, host);
    let site_folds: Vec<String> = site_names.iter().map(|s| fold(s)).collect();
    // A structured title that is only the site name says nothing about the article.
    let structured: Vec<(String, Signal)> = structured
        .into_iter()
        .filter(|(s, _)| {
            let f = fold(s);
            !f.is_empty() && !site_folds.contains(&f)
        })
        .collect();
    // The page's titles, to recognise the headline element by (the structured titles as
    // written and without the site name, `<title>`), and their parts, to cut a kicker out of it.
    let doc_stripped = doc_title.as_ref().map(|t| {
        if let Some(h) = title::breadcrumb_headline(t, &sites) {
            return h;
        }
        let stripped = title::strip_site(t, &sites);
        if stripped == t.trim() {
            title::strip_unknown_site(t)
        } else {
            stripped
        }
    });
    let mut titles: Vec<String> = Vec::new();
    for (s, _) in &structured {
        titles.push(s.clone());
        titles.push(title::strip_site(s, &sites));
    }
    titles.extend(doc_title.iter().cloned());
    let mut wordings = titles.clone();
    for t in titles.iter().chain(doc_stripped.as_ref()) {
        wordings.extend(title::segments_of(t));
    }
    let title_strs: Vec<&str> = titles.iter().map(String::as_str).collect();
    let wording_strs: Vec<&str> = wordings.iter().map(String::as_str).collect();
    let h1 = page::headline(
        dom,
        scan,
        &title_strs,
        &wording_strs,
        doc_stripped.as_deref(),
        site_names,
        max,
    );

    // The visible headline wins when another source confirms it is the headline (sites often
    // give search engines a different wording); else the most trusted structured title; else
    // `<title>`, which names the page even when the only `<h1>` is chrome.
    let structured: Vec<(String, Signal, &str)> = structured
        .iter()
        .map(|(s, signal)| (title::strip_site(s, &sites), *signal, s.as_str()))
        .collect();
    let confirmed_h1 = h1.as_ref().filter(|(_, h)| {
        structured.iter().any(|(s, _, _)| {
            title::similar(s, h) || title::h1_within(s, h) || title::truncated_form_of(s, h)
        }) || doc_title
            .as_ref()
            .is_some_and(|t| title::similar(t, h) || title::h1_within(t, h))
    });
    // Else an `<h1>` inside the article that shares a word with one of the page's titles: the
    // visible headline, worded differently from what search engines are given. Where the
    // article holds several `<h1>`s (heading its sections: "\"Downtown\" Montauk" in a post
    // titled "Das vielleicht schönste Ende der Welt: Montauk"), one word in common is chance:
    // it takes two.
    let article_h1s = scan.h1s.iter().filter(|x| x.in_article && !x.chrome);
    let article_h1 = h1.as_ref().filter(|(idx, h)| {
        let in_article = article_h1s.clone().any(|x| x.idx == *idx);
        let wanted = if article_h1s.clone().nth(1).is_some() {
            2
        } else {
            1
        };
        in_article
            && structured
                .iter()
                .map(|(s, _, _)| s.as_str())
                .chain(doc_title.as_deref())
                .any(|s| title::shared_words(s, h) >= wanted)
    });
    let confirmed_h1 = confirmed_h1.or(article_h1);
    // No `<h1>`: an `<h2>`/`<h3>` that is one part of a title cut by separators ("Headline |
    // Section | Forum | Site") is the visible headline.
    let subhead = if h1.is_none() {
        page::subhead_headline(dom, scan, &titles)
    } else {
        None
    };
    let chosen: Option<(String, Signal, String)> = if let Some((_, h)) = confirmed_h1 {
        // A structured title that goes on after the `<h1>` with a clause of its own, not the
        // site's name ("Leasing oder Finanzierung – was lohnt sich mehr?"): the whole headline.
        // Not when a structured title is the `<h1>` itself.
        let extended = structured
            .iter()
            .all(|(s, _, _)| fold(s) != fold(h))
            .then(|| {
                structured
                    .iter()
                    .find(|(s, _, _)| title::extends_with_clause(s, h, &sites))
            })
            .flatten();
        // The same words in structured data: credit the more trusted signal.
        let same = structured
            .iter()
            .find(|(s, _, _)| fold(s) == fold(h))
            .map(|(_, signal, raw_value)| (*signal, (*raw_value).to_string()));
        if let Some((s, signal, raw_value)) = extended {
            Some((s.clone(), *signal, (*raw_value).to_string()))
        } else {
            let (signal, raw_value) = same.unwrap_or((Signal::Dom, h.clone()));
            // The reader sees the `<h1>` whole: only the site's own name is cut from it. One
            // set in capitals is written as its structured twin writes it.
            let h = title::cased_wording(h, structured.iter().map(|(s, _, _)| s.as_str()));
            Some((title::strip_site_shown(h, &sites), signal, raw_value))
        }
    } else if let Some((_, h)) = &subhead {
        Some((h.clone(), Signal::Dom, h.clone()))
    } else if let Some(h) = structured
        .is_empty()
        .then(|| page::hatom_entry_title(dom, max))
        .flatten()
    {
        // No structured title and no headline element: the hAtom `entry-title` names the
        // entry where `<title>` may name only the site ("News from The Associated Press").
        Some((h.clone(), Signal::Dom, h))
    } else if let Some((s, signal, raw_value)) = structured.first() {
        // A value cut at an unescaped quotation mark: the `<title>` has it whole.
        match &doc_stripped {
            Some(t) if title::cut_at_quote(s, t) => Some((t.clone(), Signal::Dom, t.clone())),
            _ => Some((s.clone(), *signal, (*raw_value).to_string())),
        }
    } else if let (Some(t), Some(raw_value)) = (doc_stripped, &doc_title) {
        Some((t, Signal::Dom, raw_value.clone()))
    } else {
        h1.as_ref()
            .map(|(_, h)| (title::strip_site(h, &sites), Signal::Dom, h.clone()))
    };
    if let Some((t, signal, raw_value)) = chosen
        .map(|(t, signal, raw_value)| (title::trim_dangling_separators(&t), signal, raw_value))
        && !t.is_empty()
    {
        meta.title = Some(t);
        note(meta, Field::Title, signal, &raw_value);
    }
    // A page that names its site nowhere else names it at the end of `<title>`: taken when it
    // is the host's name, or when the page's home link or copyright line says it too.
    if meta.source.is_none()
        && let Some(name) = doc_title
            .as_deref()
            .and_then(|t| title::site_segment(t, &sites))
            .filter(|n| {
                sites.matches(n)
                    || title::named_like_cjk_site(n)
                    || page::site_named_on_page(dom, n)
            })
            .or(title_site)
    {
        note(meta, Field::Source, Signal::Dom, &name);
        meta.source = Some(Source {
            name,
            url: site_origin(dom),
        });
    }
    // Else the masthead's logo linking home names the site in its `alt`, when a copyright
    // line or the host says the same name.
    if meta.source.is_none()
        && let Some(name) = page::home_logo_name(dom)
            .filter(|n| sites.matches_exactly(n) || page::copyright_names(dom, n))
    {
        note(meta, Field::Source, Signal::Dom, &name);
        meta.source = Some(Source {
            name,
            url: site_origin(dom),
        });
    }
    meta.title_node = h1.or(subhead).map(|(idx, _)| idx).or_else(|| {
        // No <h1>: the headline may stand in an <h2> or <h3>.
        let t = meta.title.as_deref()?;
        scan.subheads
            .iter()
            .copied()
            .find(|&i| title::similar(&dom.clean_text(i), t))
    });
}

/// The description: meta description, Open Graph, Twitter, Dublin Core, JSON-LD, microdata.
fn read_description(dom: &Dom<'_>, scan: &Scan<'_>, ld: &JsonLd, meta: &mut Meta, max: usize) {
    let tags = &scan.meta;
    let found = [
        Key::Description,
        Key::OgDescription,
        Key::TwitterDescription,
        Key::DcDescription,
    ]
    .iter()
    .find_map(|k| {
        tags.first(*k)
            .and_then(|s| clean::field(s, max))
            .map(|s| (s, Signal::Meta))
    })
    .or_else(|| ld.description.clone().map(|s| (s, Signal::JsonLd)))
    .or_else(|| {
        scan.microdata
            .iter()
            .find(|m| m.kind == Prop::Description)
            .and_then(|m| page::prop_value(dom, m.idx))
            .and_then(|s| clean::field(&s, max))
            .map(|s| (s, Signal::Microdata))
    });
    if let Some((d, signal)) = found {
        note(meta, Field::Description, signal, &d);
        meta.description = Some(d);
    }
}

/// The standfirst: from the page near the headline, else microdata, else JSON-LD.
fn read_subtitle(dom: &Dom<'_>, scan: &Scan<'_>, ld: &JsonLd, meta: &mut Meta, max: usize) {
    let title_text = meta.title.clone().unwrap_or_default();
    if let Some(t) = meta.title_node
        && let Some(s) = page::subtitle(dom, scan, t, &title_text, meta.description.as_deref(), max)
    {
        note(meta, Field::Subtitle, s.signal, &s.text);
        meta.subtitle = Some(s.text);
        return;
    }
    let title_fold = fold(&title_text);
    if let Some(m) = scan
        .microdata
        .iter()
        .find(|m| m.kind == Prop::AlternativeHeadline)
        && let Some(s) = page::prop_value(dom, m.idx).and_then(|s| clean::field(&s, max))
        && fold(&s) != title_fold
    {
        note(meta, Field::Subtitle, Signal::Microdata, &s);
        meta.subtitle = Some(s);
        return;
    }
    if let Some(s) = &ld.alternative_headline
        && fold(s) != title_fold
    {
        note(meta, Field::Subtitle, Signal::JsonLd, s);
        meta.subtitle = Some(s.clone());
    }
}

/// Longest text of a `<time>` element taken out of the body as the shown publication date.
const MAX_TIME_TEXT_CHARS: usize = 60;

/// `<time datetime>` elements near the headline that show the publication date in words the
/// date parser does not read ("۲۵ رمضان ۱۴۴۷", a lunar Hijri date; "vor 2 Stunden"): the body
/// must not repeat them.
fn consume_time_elements(dom: &Dom<'_>, scan: &Scan<'_>, meta: &mut Meta, published: &DateTime) {
    let Some(title) = meta.title_node else {
        return;
    };
    let near = title..title.saturating_add(TIME_ELEMENTS_AFTER_TITLE);
    for m in scan.dates.iter().filter(|m| near.contains(&m.idx)) {
        let Some(el) = dom
            .element(m.idx)
            .filter(|e| e.tag == crate::dom::Tag::Time)
        else {
            continue;
        };
        let same_day = el
            .attr("datetime")
            .and_then(date::parse_date)
            .is_some_and(|t| date::days_between(&t, published) == 0);
        // A text the date parser reads is handled as a date line already.
        let text = dom.text(m.idx);
        if same_day
            && text.chars().count() <= MAX_TIME_TEXT_CHARS
            && date::parse_date(&text).is_none()
        {
            meta.consumed.push(m.idx);
        }
    }
}

/// Nodes after the headline within which a `<time>` showing the publication date is taken
/// out of the body.
const TIME_ELEMENTS_AFTER_TITLE: NodeIdx = 400;

/// Nodes after the headline within which an element marked as a date by its class, showing a
/// time of day the date parser cannot date ("Vandaag, 09:41", "Update: 11:20"), is taken out
/// of the body: the metadata line under the headline, not the body's tables.
const CLOCK_LINES_AFTER_TITLE: NodeIdx = 40;

/// Longest text of such a date line, in characters.
const MAX_CLOCK_LINE_CHARS: usize = 40;

/// Whether a short text shows a time of day ("09:41", "11.20 Uhr" is not needed: a colon
/// between two digit pairs).
fn shows_clock_time(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(4).any(|w| {
        w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
    })
}

/// Relative date lines marked by class under the headline ("Vandaag, 09:41", "Gestern,
/// 18:30", "Update: 11:20"): the body must not open with them.
fn consume_clock_lines(dom: &Dom<'_>, scan: &Scan<'_>, meta: &mut Meta) {
    let Some(title) = meta.title_node else {
        return;
    };
    let near = dom.end(title)..dom.end(title).saturating_add(CLOCK_LINES_AFTER_TITLE);
    for m in scan
        .dates
        .iter()
        .filter(|m| near.contains(&m.idx) && m.kind.0 == scan::DateVia::Class)
    {
        if dom.end(m.idx).saturating_sub(m.idx) > INSIDE_CLOCK_LINE {
            continue;
        }
        let text = dom.text(m.idx);
        let text = text.trim();
        if !text.is_empty()
            && text.chars().count() <= MAX_CLOCK_LINE_CHARS
            && shows_clock_time(text)
            && !meta.consumed.contains(&m.idx)
        {
            meta.consumed.push(m.idx);
        }
    }
}

/// Most nodes inside a date line taken out by [`consume_clock_lines`].
const INSIDE_CLOCK_LINE: NodeIdx = 8;

/// The editor: JSON-LD `editor`, else an editing credit printed near the headline (the
/// "Editing by" line closing the body is the attribution stage's).
fn read_editor(dom: &Dom<'_>, scan: &Scan<'_>, ld: &JsonLd, meta: &mut Meta) {
    if let Some(e) = &ld.editor {
        let mut p = Person::new(e.name.clone());
        p.url = e.url.as_deref().and_then(|u| dom.resolve(u));
        note(meta, Field::Editor, Signal::JsonLd, &e.name);
        meta.editor = Some(p);
        // The same credit printed by the headline ("Edited By: Jane Doe" in the byline row)
        // is not body text either.
        if let Some(found) = meta.title_node.and_then(|t| editor::near_headline(dom, t))
            && fold(&found.name) == fold(&e.name)
        {
            meta.consumed.extend(found.element);
            // A credit line of its own (which the attribution stage would have read from the
            // body) leaves the body as an editing credit.
            if found.element.is_none()
                && let Some(el) = found.credit_element
            {
                meta.consumed.push(el);
                let credit = crate::article::Credit::new(
                    crate::article::CreditRole::Editing,
                    found.name.clone(),
                );
                if !meta.byline_credits.contains(&credit) {
                    meta.byline_credits.push(credit);
                }
            }
        }
    } else if let Some((raw, name)) = scan
        .meta
        .first(Key::Editor)
        .and_then(|raw| people::clean_name(raw).map(|n| (raw, n)))
        .filter(|(_, n)| !people::is_organisation(n))
    {
        // The editor a CMS states in a meta tag ("dtk:editor").
        note(meta, Field::Editor, Signal::Meta, raw);
        meta.editor = Some(Person::new(name));
    } else if let Some(found) = meta.title_node.and_then(|t| editor::near_headline(dom, t)) {
        note(meta, Field::Editor, Signal::Dom, &found.raw);
        meta.editor = Some(Person::new(found.name));
        meta.consumed.extend(found.element);
    } else if let Some(found) = meta
        .title
        .as_deref()
        .is_some_and(|t| t.chars().any(title::is_cjk))
        .then(|| editor::responsible_editor(dom))
        .flatten()
    {
        // Only on pages headlined in Chinese script: the pass reads every short text node.
        note(meta, Field::Editor, Signal::Dom, &found.raw);
        meta.editor = Some(Person::new(found.name));
    } else if let Some(found) = editor::labelled_box(dom, scan.editor_boxes.as_deref()) {
        // A box marked as the editor's, label and name in elements of their own.
        note(meta, Field::Editor, Signal::Dom, &found.raw);
        meta.editor = Some(Person::new(found.name));
    }
}

/// Published and modified dates, each from its own signals (never swapped).
fn read_dates<'s>(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    ld: &JsonLd,
    byline: Option<NodeIdx>,
    lang: Option<&str>,
    state: impl Fn() -> Option<&'s NextArticle>,
    meta: &mut Meta,
) {
    let tags = &scan.meta;
    let parsely_date = tags.parsely_page().and_then(|p| p.pub_date);
    let published_sources: Vec<(Option<&str>, Signal)> = vec![
        (ld.date_published.as_deref(), Signal::JsonLd),
        (tags.first(Key::Published), Signal::Meta),
        (tags.first(Key::ParselyDate), Signal::Meta),
        (parsely_date.as_deref(), Signal::Meta),
        (tags.first(Key::SailthruDate), Signal::Meta),
        (tags.first(Key::DcDate), Signal::Meta),
        (tags.first(Key::CitationDate), Signal::Meta),
        (tags.first(Key::Date), Signal::Meta),
        (ld.date_created.as_deref(), Signal::JsonLd),
    ];
    let modified_sources: Vec<(Option<&str>, Signal)> = vec![
        (ld.date_modified.as_deref(), Signal::JsonLd),
        (tags.first(Key::Modified), Signal::Meta),
        (tags.first(Key::DcModified), Signal::Meta),
    ];
    let first_parsed = |sources: &[(Option<&str>, Signal)]| {
        sources.iter().find_map(|(v, signal)| {
            let v = (*v)?;
            date::parse_date(v).map(|d| (d, *signal, v.to_string()))
        })
    };
    let (page_published, page_modified) = page::dates(dom, scan, meta.title_node, byline);

    let shown = meta.title_node.and_then(|t| page::shown_date(dom, scan, t));
    // A plain `WebPage` (no article object) dated only in JSON-LD, while the page prints that
    // date nowhere: the CMS's record of the page, not a publication date readers see.
    let bare_web_page = !ld.is_article && ld.main_type.as_deref() == Some("WebPage");
    let structured = published_sources
        .iter()
        .filter_map(|(v, signal)| {
            let v = (*v)?;
            date::parse_date(v).map(|d| (d, *signal, v.to_string()))
        })
        // On a bare web page, a meta tag's date is the same CMS record as the JSON-LD's.
        .find(|(d, _, _)| !bare_web_page || prints_date(dom, d))
        .map(|(d, signal, raw_value)| (settle_structured(dom, d, &raw_value), signal, raw_value));
    let url_date = dom.page_url.as_ref().and_then(|url| {
        date::date_from_url(url.as_str()).map(|d| (d, Signal::Url, url.to_string()))
    });
    // An update line is the date only when the URL holds none.
    let page_published = page_published.filter(|p| !p.update || url_date.is_none());
    // The page's marked date element (class, `<time>`, `itemprop`), when it shows a date.
    let marked = page_published
        .as_ref()
        .and_then(|p| p.node.map(|n| (n, p.date)))
        .filter(|(n, _)| scan.dates.iter().any(|m| m.idx == *n));
    // A stated date the page prints nowhere, while its `<time>` element shows another day
    // (`<time datetime="2022-01-25">25.01.2022</time>` against an `article:published_time` ten
    // days earlier), not as an update: readers see the element's date, the stated one is a
    // draft's.
    let shown_time = marked.filter(|(n, _)| {
        let parent = dom.parent(*n).unwrap_or(*n);
        dom.tag(*n) == Some(crate::dom::Tag::Time) && !date::names_update(&dom.text(parent))
    });
    // Another stated date of the element's day (`article:published_time` beside a JSON-LD
    // `datePublished` that repeats the modified date) takes its place: it has the time of day
    // and the offset that the element may leave out.
    let structured = match (structured, shown_time) {
        (Some(s), Some((_, shown)))
            if date::days_between(&s.0, &shown).abs() > 1
                && !prints_date(dom, &s.0)
                && prints_exact_date(dom, &shown) =>
        {
            published_sources
                .iter()
                .filter_map(|(v, signal)| {
                    let v = (*v)?;
                    date::parse_date(v).map(|d| (d, *signal, v.to_string()))
                })
                .find(|(d, _, _)| d.time_known && date::days_between(d, &shown) == 0)
        }
        (s, _) => s,
    };
    let published = structured.or_else(|| {
        page_published.as_ref().map(|p| {
            if let Some(n) = p.node {
                meta.consumed.push(n);
            }
            (p.date, p.signal, p.raw.clone())
        })
    });
    // Nothing marked: the page state's record of the article, a CMS's publication date (its
    // creation time only when the page prints that date).
    let published = published.or_else(|| {
        let article = state()?;
        let (d, raw_value) = article.published.clone();
        if article.record_date && !prints_date(dom, &d) {
            return None;
        }
        Some((
            settle_structured(dom, d, &raw_value),
            Signal::PageState,
            raw_value,
        ))
    });
    // No full date under the headline: one written without a year ("14. März, 08:30 Uhr"),
    // dated by the publication or modification date the page states elsewhere.
    let shown = shown.or_else(|| {
        let reference = published
            .as_ref()
            .map(|p| p.0)
            .or_else(|| first_parsed(&modified_sources).map(|m| m.0))?;
        page::shown_yearless_date(dom, scan, meta.title_node?, &reference)
    });
    // The date line shown with the headline is what readers take as the article's date: it
    // wins over a stated value that falls on another calendar day (a UTC instant past local
    // midnight, a first draft), unless it is the same date written month first, an update
    // ("Updated ..."), or a day apart with no time of day to show it is a zone shift. A date
    // element the page marks, showing the same day before that line, is the date readers see
    // first: it stays (the line below it is the body's, a photo's "Datum: 31/08/2019").
    let stated_modified = first_parsed(&modified_sources).map(|m| m.0);
    let shown_first = |p: &DateTime, s: &page::PageDate| {
        marked
            .zip(s.node)
            .is_some_and(|((m, d), n)| m < n && date::days_between(&d, p) == 0)
    };
    let published = match (published, shown) {
        (Some(p), Some(s))
            if shown_overrides(&p.0, &s)
                && !same_minute(&s.date, stated_modified.as_ref())
                && !shown_first(&p.0, &s) =>
        {
            Some((s.date, s.signal, s.raw))
        }
        (None, Some(s)) if !s.update || url_date.is_none() => Some((s.date, s.signal, s.raw)),
        (p, _) => p,
    };
    // A UTC instant one day off the date in the URL: the URL holds the publisher's local
    // calendar date (a story published at 21:30 in New York is 01:30 UTC the next day).
    let published = match (published, url_date.clone()) {
        (Some(p), Some(u))
            if p.0.time_known
                && p.0.offset_minutes == Some(0)
                && date::days_between(&p.0, &u.0).abs() == 1 =>
        {
            Some(u)
        }
        (p, _) => p,
    };
    // A numeric date read day first whose other reading is the URL's date ("06/12/2026" on
    // /2026/06/12/): the site writes month first.
    let published = match (published, url_date.as_ref()) {
        (Some((d, signal, raw_value)), Some(u))
            if d.year == u.0.year
                && d.month == u.0.day
                && d.day == u.0.month
                && date::reads_either_way(&raw_value) =>
        {
            let swapped = DateTime {
                month: d.day,
                day: d.month,
                ..d
            };
            Some((swapped, signal, raw_value))
        }
        (p, _) => p,
    };
    // A numeric date shown on an English page with a United States time zone ("Posted:
    // 03/04/2026 / 06:12 PM CST"): written month first, as the United States write dates.
    let published = match published {
        Some((d, signal @ (Signal::Dom | Signal::Text), raw_value))
            if written_month_first(&raw_value, lang) =>
        {
            let swapped = DateTime {
                month: d.day,
                day: d.month,
                ..d
            };
            Some((swapped, signal, raw_value))
        }
        p => p,
    };
    let published = published.or(url_date);
    let published = published.or_else(|| first_date_line(dom, scan, meta.title_node));
    // A zone abbreviation of several countries ("IST", "CST", "BST") is the page's country's.
    let host = dom.page_url.as_ref().and_then(|u| u.host_str());
    let published = published
        .map(|(d, signal, raw)| (date::zone_of_the_page(d, &raw, lang, host), signal, raw));
    if let Some((d, signal, raw_value)) = published {
        note(meta, Field::Published, signal, &raw_value);
        consume_time_elements(dom, scan, meta, &d);
        consume_clock_lines(dom, scan, meta);
        meta.published = Some(d);
    }
    let stated = first_parsed(&modified_sources);
    // Nothing states or marks the update: the date the page labels as the update. It is never
    // before the publication (an update line of the site's clock or of another story).
    let page_modified = page_modified.or_else(|| {
        if stated.is_some() {
            return None;
        }
        page::shown_update(dom, scan, meta.title_node, byline).filter(|p| {
            meta.published
                .as_ref()
                .is_none_or(|d| date::days_between(d, &p.date) >= 0)
        })
    });
    let modified = stated.or_else(|| {
        page_modified.as_ref().map(|p| {
            if let Some(n) = p.node {
                meta.consumed.push(n);
            }
            (p.date, p.signal, p.raw.clone())
        })
    });
    let modified = modified.or_else(|| {
        let (d, raw_value) = state()?.modified.clone()?;
        Some((d, Signal::PageState, raw_value))
    });
    if let Some((d, signal, raw_value)) = modified {
        note(meta, Field::Modified, signal, &raw_value);
        meta.modified = Some(date::zone_of_the_page(d, &raw_value, lang, host));
    }
}

/// Time zone abbreviations of the United States, whose pages write numeric dates month first.
const US_ZONES: &[&str] = &[
    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "ET", "CT",
    "MT", "PT",
];

/// Whether a shown date line is written month first: a slashed numeric date that reads
/// either way, on a page in English, with a United States time zone in the line.
fn written_month_first(raw_value: &str, lang: Option<&str>) -> bool {
    lang == Some("en")
        && raw_value.contains('/')
        && date::reads_either_way(raw_value)
        && raw_value
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| US_ZONES.contains(&w))
}

/// A structured publication date as readers see it: a numeric date both of whose readings
/// are possible ("11/01/2026", written month first by many CMSs) is read the other way round
/// when the page prints only that other reading.
fn settle_structured(dom: &Dom<'_>, d: DateTime, raw_value: &str) -> DateTime {
    let d = local_midnight(dom, d);
    let ambiguous = d.day <= 12 && d.month <= 12 && d.day != d.month;
    let numeric = raw_value
        .trim_start()
        .starts_with(|c: char| c.is_ascii_digit())
        && raw_value.contains(['/', '.'])
        && !raw_value
            .trim_start()
            .get(..4)
            .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()));
    if !ambiguous || !numeric {
        return d;
    }
    let swapped = DateTime {
        month: d.day,
        day: d.month,
        ..d
    };
    if prints_exact_date(dom, &swapped) && !prints_exact_date(dom, &d) {
        swapped
    } else {
        d
    }
}

/// UTC hours at which a CMS that stores a bare date as local midnight writes it, for the UTC
/// offsets of Europe and Africa (+02:00 and +01:00): "2026-03-13T23:00:00.000Z" is 14 March in
/// Berlin.
const LOCAL_MIDNIGHT_UTC_HOURS: [u8; 2] = [22, 23];

/// A UTC instant at exactly 22:00 or 23:00 (`LOCAL_MIDNIGHT_UTC_HOURS`) is a date stored as
/// local midnight east of Greenwich: shown at that offset, it falls on the next calendar day,
/// which is the date the publisher meant. Kept as it is when the page prints its UTC date and
/// not the next one.
fn local_midnight(dom: &Dom<'_>, d: DateTime) -> DateTime {
    if !(d.time_known && d.offset_minutes == Some(0) && d.second == 0) {
        return d;
    }
    let offset = (24 * 60 - i16::from(d.hour) * 60 - i16::from(d.minute)) % (24 * 60);
    let Some(local) = date::at_offset(&d, offset) else {
        return d;
    };
    let is_local = if d.minute == 0 && LOCAL_MIDNIGHT_UTC_HOURS.contains(&d.hour) {
        !prints_exact_date(dom, &d) || prints_exact_date(dom, &local)
    } else {
        // Further east (Asia and Oceania: 18:30 UTC is midnight in India, 16:00 in China), only
        // when the page prints the local date and not the UTC one: an afternoon instant in UTC
        // is as likely a real time of publication.
        d.minute % 15 == 0
            && EAST_MIDNIGHT_UTC_HOURS.contains(&d.hour)
            && prints_exact_date(dom, &local)
            && !prints_exact_date(dom, &d)
    };
    if is_local { local } else { d }
}

/// UTC hours at which local midnight falls from UTC+03:00 to UTC+12:00 (Moscow to Auckland),
/// for the bare dates of publishers east of Europe; see [`local_midnight`].
const EAST_MIDNIGHT_UTC_HOURS: std::ops::RangeInclusive<u8> = 12..=21;

/// UTC hours before which an instant is still the previous evening in the Americas (UTC-3 to
/// UTC-10).
const WEST_EVENING_UTC_HOURS: u8 = 10;

/// Whether a stated UTC instant and a shown date one day before it are the same moment seen
/// from the publisher's zone west of Greenwich: 00:25 UTC is 21:25 the evening before in Buenos
/// Aires. (A shown date one day after a UTC evening instant is not taken without a time: page
/// headers print today's date.)
fn zone_shift(stated: &DateTime, days: i64) -> bool {
    stated.time_known
        && stated.offset_minutes == Some(0)
        && days == -1
        && stated.hour < WEST_EVENING_UTC_HOURS
}

/// Whether the date line shown with the headline replaces a stated publication date: it names
/// another day, not only the same date read with day and month swapped (a numeric date is read
/// day first unless impossible); it is not an update line; and when it is one day off it shows
/// a time of day, or the stated value is a UTC morning instant that a zone of the Americas puts
/// on the shown day before (`zone_shift`): a zone shift is then certain, not a guess.
fn shown_overrides(stated: &DateTime, shown: &page::PageDate) -> bool {
    let s = &shown.date;
    let days = date::days_between(stated, s);
    // A year read from the stated date itself: trusted only to move it by a day.
    if shown.yearless && days.abs() > 1 {
        return false;
    }
    let swapped = stated.year == s.year && stated.month == s.day && stated.day == s.month;
    days != 0
        && !swapped
        && !shown.update
        && (days.abs() > 1 || s.time_known || zone_shift(stated, days))
}

/// Whether a shown date with a time of day is the stated modification to the minute
/// (`dateModified` 10:05, "نوێکراوەتەوە: 14-03-2026 10:05"): the page shows its update, in
/// whatever words, and that is no reason to move the stated publication.
fn same_minute(shown: &DateTime, modified: Option<&DateTime>) -> bool {
    modified.is_some_and(|m| {
        shown.time_known
            && m.time_known
            && date::days_between(shown, m) == 0
            && shown.hour == m.hour
            && shown.minute == m.minute
    })
}

/// The language the markup states: `<html lang>`, `Content-Language`, `og:locale`, Dublin Core,
/// JSON-LD `inLanguage`, microdata.
fn read_language(dom: &Dom<'_>, scan: &Scan<'_>, ld: &JsonLd, meta: &mut Meta) {
    if let Some((code, signal, raw_value)) = declared_language(dom, scan, ld) {
        note(meta, Field::Language, signal, &raw_value);
        meta.language = Some(code);
    }
}

/// The language the page declares: its primary subtag, the signal, and the raw value.
fn declared_language(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    ld: &JsonLd,
) -> Option<(String, Signal, String)> {
    let tags = &scan.meta;
    let microdata = scan
        .microdata
        .iter()
        .find(|m| m.kind == Prop::InLanguage)
        .and_then(|m| page::prop_value(dom, m.idx));
    let candidates: [(Option<&str>, Signal); 7] = [
        (scan.html_lang, Signal::Dom),
        // `<html>` without `lang`, the `<body>` or `<article>` stating it (a template that
        // marks only the story's element).
        (scan.body_lang, Signal::Dom),
        (tags.first(Key::ContentLanguage), Signal::Meta),
        (tags.first(Key::OgLocale), Signal::Meta),
        (tags.first(Key::DcLanguage), Signal::Meta),
        (ld.language.as_deref(), Signal::JsonLd),
        (microdata.as_deref(), Signal::Microdata),
    ];
    // The first that names a language, unless it is a template's default English and a later
    // one names another: a theme's hard-coded `lang="en"` over the site's own `og:locale` or
    // `inLanguage` (15 corpus pages, all German, Spanish or French sites).
    let mut found = candidates.into_iter().filter_map(|(v, signal)| {
        // Content-Language may list several: "en, fr".
        let v = v?.split(',').next()?;
        language::primary_subtag(v).map(|code| (code, signal, v.to_string()))
    });
    let first = found.next()?;
    if language::is_template_default(&first.0) {
        return found.find(|c| c.0 != first.0).or(Some(first));
    }
    Some(first)
}

/// The canonical URL: `link rel=canonical`, `og:url`, JSON-LD `url`; absolute.
fn read_canonical(dom: &Dom<'_>, ld: &JsonLd, tags: &MetaTags<'_>, meta: &mut Meta) {
    let candidates = [
        (tags.canonical, Signal::Meta),
        (tags.first(Key::OgUrl), Signal::Meta),
        (ld.url.as_deref(), Signal::JsonLd),
    ];
    for (v, signal) in candidates {
        let Some(v) = v else { continue };
        if let Some(url) = dom.resolve(v).filter(|u| u.starts_with("http")) {
            note(meta, Field::CanonicalUrl, signal, v);
            meta.canonical_url = Some(url);
            return;
        }
    }
}

/// The lead image: Open Graph, Twitter card, JSON-LD, microdata; absolute.
fn read_image(dom: &Dom<'_>, scan: &Scan<'_>, ld: &JsonLd, tags: &MetaTags<'_>, meta: &mut Meta) {
    let microdata = scan
        .microdata
        .iter()
        .find(|m| m.kind == Prop::Image)
        .and_then(|m| page::prop_value(dom, m.idx));
    let candidates = [
        (tags.first(Key::OgImage), Signal::Meta),
        (tags.first(Key::OgImageSecure), Signal::Meta),
        (tags.first(Key::TwitterImage), Signal::Meta),
        (ld.image.as_deref(), Signal::JsonLd),
        (microdata.as_deref(), Signal::Microdata),
    ];
    for (v, signal) in candidates {
        let Some(v) = v else { continue };
        if let Some(url) = dom.resolve(v).filter(|u| u.starts_with("http")) {
            note(meta, Field::Image, signal, v);
            let alt = tags
                .first(Key::OgImageAlt)
                .or_else(|| tags.first(Key::TwitterImageAlt))
                .and_then(|a| clean::field(a, MAX_TAG_CHARS * 5));
            meta.image = Some(Image { url, alt });
            return;
        }
    }
}

/// Tags and keywords from every convention, split on commas, deduplicated case-insensitively.
fn read_tags(dom: &Dom<'_>, scan: &Scan<'_>, ld: &JsonLd, tags: &MetaTags<'_>, meta: &mut Meta) {
    let mut out: Vec<String> = Vec::new();
    let mut folded: Vec<String> = Vec::new();
    let mut first_signal: Option<(Signal, String)> = None;
    let mut add = |value: &str, signal: Signal| {
        for t in value.split([',', ';']) {
            if out.len() >= MAX_TAGS {
                return;
            }
            let t = t.trim().trim_matches(['"', '\'', '#']).trim();
            if t.is_empty() || t.chars().count() > MAX_TAG_CHARS {
                continue;
            }
            let f = t.to_lowercase();
            if folded.contains(&f) {
                continue;
            }
            folded.push(f);
            out.push(t.to_string());
            if first_signal.is_none() {
                first_signal = Some((signal, value.to_string()));
            }
        }
    };
    for k in &ld.keywords {
        add(k, Signal::JsonLd);
    }
    for k in [
        Key::ArticleTag,
        Key::NewsKeywords,
        Key::Keywords,
        Key::ParselyTags,
        Key::SailthruTags,
        Key::DcSubject,
    ] {
        for v in tags.all(k) {
            add(v, Signal::Meta);
        }
    }
    if let Some(p) = tags.parsely_page() {
        for t in &p.tags {
            add(t, Signal::Meta);
        }
    }
    for m in scan.microdata.iter().filter(|m| m.kind == Prop::Keywords) {
        if let Some(v) = page::prop_value(dom, m.idx) {
            add(&v, Signal::Microdata);
        }
    }
    if let Some((signal, raw_value)) = first_signal {
        note(meta, Field::Tags, signal, &raw_value);
    }
    meta.tags = out;
}

#[cfg(test)]
mod tests;

/// Longest text node searched by [`prints_date`], in characters.
const PRINTED_DATE_CHARS: usize = 120;

/// Whether some visible text of the page states date `d` (or the day before or after, as
/// time zones shift it).
fn prints_date(dom: &Dom<'_>, d: &DateTime) -> bool {
    prints_date_within(dom, d, 1)
}

/// Whether some visible text of the page states calendar date `d` exactly.
fn prints_exact_date(dom: &Dom<'_>, d: &DateTime) -> bool {
    prints_date_within(dom, d, 0)
}

/// Whether some visible text of the page states a date at most `days` from `d`.
fn prints_date_within(dom: &Dom<'_>, d: &DateTime, days: i64) -> bool {
    let mut i = 0;
    while i < dom.len() {
        if dom.tag(i).is_some_and(|t| t.is_never_content()) {
            i = dom.end(i);
            continue;
        }
        if let Some(t) = dom.text_node(i) {
            let t = t.trim();
            if t.len() <= PRINTED_DATE_CHARS * 4
                && t.chars().count() <= PRINTED_DATE_CHARS
                && date::has_digit(t)
                && date::parse_date(t).is_some_and(|p| date::days_between(d, &p).abs() <= days)
            {
                return true;
            }
        }
        i += 1;
    }
    false
}

/// Nodes before the headline searched by [`first_date_line`].
const DATE_LINE_BEFORE_TITLE: NodeIdx = 400;

/// Nodes after the headline's end searched by [`first_date_line`]: farther down are comments,
/// teaser lists and footers, whose dates are not the article's.
const DATE_LINE_AFTER_TITLE: NodeIdx = 500;

/// Last resort for the publication date: the first visible date line of the page
/// (`page::date_line_at`: "am 29.12.2010, 13:36 Uhr", "Freitag, 5. Juni 2015"), as pages
/// without markup print it near the headline; within a window around the headline when there
/// is one. Dates mentioned in sentences, in links, in comments and sidebars, and the dates of
/// a listing's teasers (`page::in_listing`) are not date lines.
fn first_date_line(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    title: Option<NodeIdx>,
) -> Option<(DateTime, Signal, String)> {
    let listing = page::repeated_date_classes(dom, scan);
    let (start, end) = match title {
        Some(t) => (
            t.saturating_sub(DATE_LINE_BEFORE_TITLE),
            dom.len()
                .min(dom.end(t).saturating_add(DATE_LINE_AFTER_TITLE)),
        ),
        None => (0, dom.len()),
    };
    let mut i = start;
    while i < end {
        if dom.tag(i).is_some_and(|t| t.is_never_content()) {
            i = dom.end(i);
            continue;
        }
        if let Some((d, t)) = page::date_line_at(dom, i)
            && !page::in_listing(dom, &listing, i, title)
        {
            return Some((d, Signal::Text, t.to_string()));
        }
        i += 1;
    }
    None
}

/// Tests of the source name.
#[cfg(test)]
mod source_tests {
    use super::*;

    #[test]
    fn a_tagline_goes_when_another_signal_names_the_site_without_it() {
        use crate::tree::Document as Html;
        let page = |publisher: &str| {
            let html = Html::parse_document(&format!(
                r#"<html><head><meta property="og:site_name" content="Aktuálně.cz - Víte, co
                se právě děje"><script type="application/ld+json">{{"@type":"NewsArticle",
                "publisher":{{"@type":"Organization","name":"{publisher}"}}}}</script></head>
                <body><h1>Vláda schválila rozpočet</h1><p>Vláda ve středu schválila návrh
                rozpočtu na příští rok.</p></body></html>"#
            ));
            // A host that does not spell the name (a mirror, a syndication copy).
            let dom = Dom::build(&html, url::Url::parse("https://example.org/a").ok());
            read(&dom, &Limits::default()).source.map(|s| s.name)
        };
        assert_eq!(page("Aktuálně.cz").as_deref(), Some("Aktuálně.cz"));
        assert_eq!(
            page("Economia").as_deref(),
            Some("Aktuálně.cz - Víte, co se právě děje")
        );
    }

    #[test]
    fn the_microdata_publisher_respells_a_host_form_site_name() {
        use crate::tree::Document as Html;
        let page = |publisher: &str| {
            let html = Html::parse_document(&format!(
                r#"<html><head><meta property="og:site_name" content="Ouest-Gazette.fr"></head>
                <body><article itemscope itemtype="https://schema.org/NewsArticle">{publisher}
                <h1 itemprop="headline">Rennes. Le marché des Lices rouvre samedi</h1>
                <p>Après trois semaines de travaux, les commerçants retrouvent leurs places.</p>
                </article></body></html>"#
            ));
            let dom = Dom::build(
                &html,
                url::Url::parse("https://www.ouest-gazette.fr/bretagne/rennes/a").ok(),
            );
            read(&dom, &Limits::default()).source.map(|s| s.name)
        };
        let org = r#"<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
            <meta itemprop="name" content="Ouest-Gazette"></div>"#;
        assert_eq!(page(org).as_deref(), Some("Ouest-Gazette"));
        // Another name is no respelling: the stated site name stays.
        let other = org.replace("Ouest-Gazette", "SIPA Médias");
        assert_eq!(page(&other).as_deref(), Some("Ouest-Gazette.fr"));
        assert_eq!(page("").as_deref(), Some("Ouest-Gazette.fr"));
    }

    #[test]
    fn a_latin_alias_after_a_name_in_another_script_is_cut() {
        assert_eq!(
            without_latin_alias("خبرگزاری تسنیم | Tasnim", Some("tasnimnews")),
            "خبرگزاری تسنیم"
        );
        // Not the host's name, a Latin name before the bar, or more words after it.
        assert_eq!(
            without_latin_alias("خبرگزاری تسنیم | Tasnim", Some("example")),
            "خبرگزاری تسنیم | Tasnim"
        );
        assert_eq!(
            without_latin_alias("Tasnim | Tasnim", Some("tasnimnews")),
            "Tasnim | Tasnim"
        );
        assert_eq!(
            without_latin_alias("خبرگزاری تسنیم | Tasnim News", Some("tasnimnews")),
            "خبرگزاری تسنیم | Tasnim News"
        );
    }

    #[test]
    fn a_tagline_glued_after_the_host_form_is_cut() {
        assert_eq!(
            without_glued_tagline(
                "Semana.com Últimas Noticias de Colombia y el Mundo",
                Some("semana")
            ),
            "Semana.com"
        );
        // Another host, one word after it, or a name that is no host form: kept whole.
        assert_eq!(
            without_glued_tagline("Semana.com Últimas Noticias", Some("example")),
            "Semana.com Últimas Noticias"
        );
        assert_eq!(
            without_glued_tagline("Semana.com Colombia", Some("semana")),
            "Semana.com Colombia"
        );
        assert_eq!(
            without_glued_tagline("Revista Semana de Colombia", Some("semana")),
            "Revista Semana de Colombia"
        );
    }

    #[test]
    fn a_tagline_after_the_site_name_is_cut() {
        let host = Some("linknaija");
        assert_eq!(
            without_tagline("LinkNaija | Nigeria's popular news platform", host),
            "LinkNaija"
        );
        assert_eq!(
            without_tagline(
                "Herz und Blut - Interior | Design | Travel Blog",
                Some("herzundblut")
            ),
            "Herz und Blut"
        );
        // Not the host's name before the separator, or a one-word tail: kept whole.
        assert_eq!(
            without_tagline("Die Zeit | Online", Some("zeit")),
            "Die Zeit | Online"
        );
        assert_eq!(
            without_tagline("LinkNaija | News", host),
            "LinkNaija | News"
        );
        // The host writes the name without its diacritics.
        assert_eq!(
            without_tagline("Aktuálně.cz - Víte, co se právě děje", Some("aktualne")),
            "Aktuálně.cz"
        );
    }
}

/// Tests of the published date as `read_dates` chooses it on whole pages.
#[cfg(test)]
mod date_choice_tests {
    use crate::tree::Document as Html;
    use url::Url;

    use super::*;

    fn published(html: &str) -> (Option<String>, Option<Signal>) {
        let html = Html::parse_document(html);
        let dom = Dom::build(&html, Url::parse("https://news.example/a/floods").ok());
        let m = read(&dom, &Limits::default());
        let signal = m
            .provenance
            .iter()
            .find(|p| p.field == Field::Published)
            .map(|p| p.signal);
        (m.published.map(|d| d.date_string()), signal)
    }

    fn article(ld_date: &str, under_headline: &str) -> String {
        format!(
            r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle",
            "headline":"Floods close schools","datePublished":"{ld_date}"}}</script></head>
            <body><article><h1>Floods close schools</h1>{under_headline}
            <p>Schools across the region stayed shut on Monday after a weekend of heavy rain
            flooded roads and cut power to thousands of homes, officials said.</p>
            </article></body></html>"#
        )
    }

    #[test]
    fn a_relative_date_line_under_the_headline_is_not_body_text() {
        let html = article(
            "2026-03-14T09:41:00+01:00",
            r#"<div class="metadata"><span class="date">Vandaag, 09:41</span>
            <span class="updated">Update: 11:20</span></div>"#,
        );
        let html = Html::parse_document(&html);
        let dom = Dom::build(&html, Url::parse("https://news.example/a/floods").ok());
        let m = read(&dom, &Limits::default());
        let texts: Vec<String> = m
            .consumed
            .iter()
            .map(|&i| dom.text(i).trim().to_string())
            .collect();
        assert!(texts.iter().any(|t| t == "Vandaag, 09:41"), "{texts:?}");
        assert!(texts.iter().any(|t| t == "Update: 11:20"), "{texts:?}");
        // A table cell marked "data" far from a clock time stays.
        assert!(!shows_clock_time("12.5"));
        assert!(shows_clock_time("Gestern, 18:30"));
    }

    #[test]
    fn the_local_date_shown_under_the_headline_beats_a_utc_instant() {
        let html = article(
            "2026-03-14T23:30:00Z",
            r#"<p class="meta"><span>15.03.2026, 00:30 Uhr</span></p>"#,
        );
        assert_eq!(
            published(&html),
            (Some("2026-03-15".into()), Some(Signal::Dom))
        );
    }

    #[test]
    fn a_shown_date_one_day_off_without_a_time_does_not_override() {
        let html = article(
            "2026-03-14T23:30:00Z",
            r#"<p class="meta"><span>15 March 2026</span></p>"#,
        );
        assert_eq!(published(&html).0.as_deref(), Some("2026-03-14"));
    }

    #[test]
    fn the_shown_date_beats_a_stale_structured_date() {
        let html = article(
            "2025-11-22T18:42:22+01:00",
            r#"<div class="byline">Von Jane Doe <time class="pubdate">1. Januar 2026</time></div>"#,
        );
        assert_eq!(published(&html).0.as_deref(), Some("2026-01-01"));
    }

    #[test]
    fn an_update_line_does_not_override_the_publication() {
        let html = article(
            "2026-03-14T08:00:00-04:00",
            r#"<p><span>Updated <time datetime="2026-07-24T18:15:58+00:00">Jul 24, 2026, 2:15pm EDT</time></span></p>"#,
        );
        assert_eq!(published(&html).0.as_deref(), Some("2026-03-14"));
        let html = article(
            "2026-03-14T08:00:00+01:00",
            r#"<p class="meta">Aktualisiert: 20.03.2026, 10:27</p>"#,
        );
        assert_eq!(published(&html).0.as_deref(), Some("2026-03-14"));
    }

    #[test]
    fn the_stated_modification_shown_under_the_headline_does_not_override() {
        // Faroese "Dagført" (updated) is in no table: the line equals `dateModified` to the
        // minute, so it is the update the page states.
        let html = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
            "headline":"Floods close schools","datePublished":"2026-03-13T18:40:00+00:00",
            "dateModified":"2026-03-14T10:05:00+00:00"}</script></head>
            <body><article><h1>Floods close schools</h1><p class="meta">Dagført: 14.03.2026
            10:05</p><p>Schools across the region stayed shut on Monday after a weekend of
            heavy rain flooded roads and cut power to thousands of homes, officials said.</p>
            </article></body></html>"#;
        assert_eq!(published(html).0.as_deref(), Some("2026-03-13"));
        // Another time that day is a date line of its own, and it wins as before.
        let html = html.replace("10:05</p>", "09:30</p>");
        assert_eq!(published(&html).0.as_deref(), Some("2026-03-14"));
    }

    #[test]
    fn a_shown_date_element_beats_a_stated_date_printed_nowhere() {
        let page = |meta_date: &str, extra: &str| {
            format!(
                r#"<html><head><meta property="article:published_time" content="{meta_date}">
                </head><body><article><h1>Floods close schools</h1>{extra}
                <nav><ul><li><a href="/a">Umwelt</a></li><li><a href="/b">Klima</a></li>
                <li><a href="/c">Bergsport</a></li><li><a href="/d">Sicherheit</a></li></ul></nav>
                <div class="m-metadata"><span class="label"><time datetime="2022-01-25">25.01.2022</time>
                </span></div><p>Schools across the region stayed shut on Monday after a weekend
                of heavy rain flooded roads and cut power to thousands of homes.</p>
                </article></body></html>"#
            )
        };
        assert_eq!(
            published(&page("2022-01-15", "")).0.as_deref(),
            Some("2022-01-25")
        );
        // The stated date printed somewhere on the page stays.
        let printed = "<p class=\"kicker\">Stand: 15.01.2022</p>";
        assert_eq!(
            published(&page("2022-01-15", printed)).0.as_deref(),
            Some("2022-01-15")
        );
        // A day apart (a time zone): the stated date stays.
        assert_eq!(
            published(&page("2022-01-24T23:30:00Z", "")).0.as_deref(),
            Some("2022-01-24")
        );
    }

    #[test]
    fn the_same_date_written_month_first_keeps_the_structured_value() {
        let html = article(
            "2026-11-01T09:00:00+01:00",
            r#"<div><span>11/01/2026</span></div>"#,
        );
        assert_eq!(
            published(&html),
            (Some("2026-11-01".into()), Some(Signal::JsonLd))
        );
    }

    #[test]
    fn dates_in_links_prose_hidden_elements_and_comments_are_not_shown_dates() {
        for under in [
            r#"<ul class="teasers"><li><a href="/b">Storm hits coast 02.01.2026</a></li></ul>"#,
            r#"<p>Am 14. Juni 2005 hielt der Verband seine erste Tagung zu Hochwasser ab, in Bonn und Köln.</p>"#,
            r#"<p>Die Anstalt vom <em>26.05.2015</em> zeigte es.</p>"#,
            r#"<span class="visually-hidden">02.01.2026</span>"#,
            r#"<div class="comment-list"><span>02.01.2026, 15:57</span></div>"#,
            r#"<p><time datetime="2026-01-01 17:00">Friday 2 January 2026</time></p>"#,
        ] {
            let html = article("2026-03-14T08:00:00+01:00", under);
            assert_eq!(
                published(&html).0.as_deref(),
                Some("2026-03-14"),
                "under the headline: {under}"
            );
        }
        // A hidden field label does not hide the field.
        let html = article(
            "2026-03-14T08:00:00+01:00",
            r#"<div class="field field--label-hidden"><div>Mittwoch, 18.03.2026 - 14:30</div></div>"#,
        );
        assert_eq!(published(&html).0.as_deref(), Some("2026-03-18"));
    }

    #[test]
    fn a_web_page_dated_only_in_json_ld_has_no_publication_date() {
        let page = |body: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"WebPage",
                "name":"Privatkredit","datePublished":"2019-11-14T13:51:06+00:00"}}</script>
                </head><body><h1>Privatkredit</h1><p>Ein Kredit für alles, was Sie sich
                wünschen, mit festen Raten und ohne Überraschungen.</p>{body}</body></html>"#
            )
        };
        assert_eq!(published(&page("")).0, None);
        let dated = page("<footer><p>Stand: 14.11.2019</p></footer>");
        assert_eq!(published(&dated).0.as_deref(), Some("2019-11-14"));
    }

    #[test]
    fn the_last_resort_takes_a_date_line_not_a_mention() {
        // A blog without markup: the date header above the post.
        let html = r#"<html><body><div class="date-outer"><h2 class="date-header">
            <span>Samstag, 5. Oktober 2013</span></h2><div class="post"><h3>Ein Interview</h3>
            <p>Heute habe ich ein Interview mit einer Autorin gefuehrt, die viel zu erzaehlen hat.</p>
            </div></div></body></html>"#;
        assert_eq!(published(html).0.as_deref(), Some("2013-10-05"));
        // No headline at all: the first date line of the page.
        let html = r#"<html><body><div class="post-meta">Freitag, 5. Juni 2015</div>
            <p>Heute habe ich ein Interview mit einer Autorin gefuehrt, die viel zu erzaehlen hat.</p>
            </body></html>"#;
        assert_eq!(
            published(html),
            (Some("2015-06-05".into()), Some(Signal::Text))
        );
        // Dates that are not the page's: an event, an access date, a comment, a footer's
        // modification, a range.
        for line in [
            "<p>Kinostart: 02. April 2015 im Verleih der Constantin Film</p>",
            "<li>. Abgerufen am 09.11.2022:</li>",
            r#"<div class="comments"><p class="comment-date">02.12.2022, 15:57:32</p></div>"#,
            "<p>Letzte Änderung 14.02.2019</p>",
            "<div>14 Oct 2014 - 10 Aug 2017</div>",
        ] {
            let html = format!(
                "<html><body><h1>Ein Rezept</h1><p>Man nehme Mehl, Zucker und Eier und \
                 verruehre alles zu einem glatten Teig.</p>{line}</body></html>"
            );
            assert_eq!(published(&html).0, None, "line: {line}");
        }
    }

    /// A Next.js page whose state holds the story: `fields` are the story object's keys.
    fn next_page(head: &str, fields: &str, shown: &str) -> String {
        format!(
            r#"<html lang="en"><head><title>Metro route opens in April - Daily Planet</title>
            <meta property="og:site_name" content="Daily Planet">{head}</head><body>
            <div id="__next"><article><h1>Metro route opens in April</h1>
            <div class="story-meta"><span>Ahmedabad</span><span>2 hours ago</span>{shown}</div>
            <p>The second phase of the metro opens to passengers in the first week of April,
            after the final trial run on Saturday, officials said.</p></article></div>
            <script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{
            "story":{{"headline":"Metro route opens in April",{fields}}},
            "related":[{{"headline":"Bus fares stay the same","pubDate":"2026-01-02T08:00:00Z",
            "author":"Ravi Shah"}}]}}}},"page":"/[...slug]","buildId":"x1"}}</script>
            </body></html>"#
        )
    }

    #[test]
    fn the_next_js_state_dates_and_signs_a_story_nothing_else_does() {
        let fields = r#""pubDate":"2026-03-14T09:12:00+05:30","modDate":"2026-03-14T11:40:00+05:30",
            "author":[{"name":"Jignesh Patel","slug":"jignesh-patel"}]"#;
        let html = Html::parse_document(&next_page("", fields, ""));
        let dom = Dom::build(&html, Url::parse("https://news.example/a/metro").ok());
        let m = read(&dom, &Limits::default());
        let signal = |f: Field| m.provenance.iter().find(|p| p.field == f).map(|p| p.signal);
        assert_eq!(
            m.published.map(|d| d.date_string()).as_deref(),
            Some("2026-03-14")
        );
        assert_eq!(signal(Field::Published), Some(Signal::PageState));
        assert_eq!(m.modified.map(|d| d.minute), Some(40));
        let names: Vec<&str> = m.authors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Jignesh Patel"]);
        assert_eq!(signal(Field::Authors), Some(Signal::PageState));
        // A JSON-LD date and a byline element come first.
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle",
            "headline":"Metro route opens in April","datePublished":"2026-03-13T20:00:00+05:30"}
            </script>"#;
        let byline = r#"<span class="byline">By Asha Mehta</span>"#;
        let html = Html::parse_document(&next_page(ld, fields, byline));
        let dom = Dom::build(&html, Url::parse("https://news.example/a/metro").ok());
        let m = read(&dom, &Limits::default());
        assert_eq!(
            m.published.map(|d| d.date_string()).as_deref(),
            Some("2026-03-13")
        );
        let names: Vec<&str> = m.authors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Asha Mehta"]);
    }

    #[test]
    fn a_next_js_record_creation_dates_only_what_the_page_prints() {
        let fields = r#""createdAt":"2019-01-28T14:39:24.515Z","updatedAt":"2020-02-10T11:15:15Z""#;
        assert_eq!(published(&next_page("", fields, "")).0, None);
        let shown = "<span>28.01.2019</span>";
        assert_eq!(
            published(&next_page("", fields, shown)),
            (Some("2019-01-28".into()), Some(Signal::Dom))
        );
    }

    /// A blog post whose date element has `class`, its date in a link to the month's archive,
    /// and a photo's data list in the text.
    fn blog_post(class: &str, url: &str) -> Option<String> {
        let html = Html::parse_document(&format!(
            r#"<html><body><article class="post hentry"><h1 class="entry-title">Plejaden, M45</h1>
            <span class="{class}"><a href="https://astro.example/2019/09/">September 17, 2019</a></span>
            <span class="author vcard">Helmut Rubik</span>
            <div class="entry-content"><p>Nun nicht im Staub, sondern in voller Pracht: die
            Plejaden mit dem Teleobjektiv, in drei Stunden Belichtung.</p>
            <ul><li>Datum: 31/08/2019</li><li>Uhrzeit: ab Mitternacht</li></ul></div>
            </article></body></html>"#
        ));
        let dom = Dom::build(&html, Url::parse(url).ok());
        read(&dom, &Limits::default())
            .published
            .map(|d| d.date_string())
    }

    #[test]
    fn a_marked_date_shown_first_is_not_overridden_by_a_later_line() {
        let url = "https://astro.example/plejaden/";
        assert_eq!(
            blog_post("entry-meta-date updated", url).as_deref(),
            Some("2019-09-17")
        );
        // Unmarked, the first date line under the headline is the date.
        assert_eq!(blog_post("meta", url).as_deref(), Some("2019-08-31"));
    }

    #[test]
    fn a_us_date_line_with_its_time_zone_is_month_first() {
        let page = |lang: &str, line: &str| {
            let html = format!(
                r#"<html lang="{lang}"><body><article><h1>County approves plan to replace lead
                water lines</h1><div class="article-dates"><p class="article-date">{line}</p></div>
                <p>County commissioners voted unanimously Tuesday to spend $12 million replacing
                about 3,000 lead water service lines.</p></article></body></html>"#
            );
            published(&html).0
        };
        let us = "Posted: 03/04/2026 / 06:12 PM CST";
        assert_eq!(page("en-US", us).as_deref(), Some("2026-03-04"));
        // Without a United States zone, or in another language: day first as before.
        let plain = "Posted: 03/04/2026 / 06:12 PM";
        assert_eq!(page("en-US", plain).as_deref(), Some("2026-04-03"));
        assert_eq!(page("es", us).as_deref(), Some("2026-04-03"));
        // A day over 12 reads one way only.
        let late = "Posted: 03/14/2026 / 06:12 PM CST";
        assert_eq!(page("en-US", late).as_deref(), Some("2026-03-14"));
    }

    #[test]
    fn a_paragraph_opening_with_its_dateline() {
        let html = r#"<html><body><h1>Gedenken an queere Opfer</h1><div class="text">
            <p>27.1.2022 - Bei der Erinnerung an die Verfolgten des NS-Regimes in Deutschland
            waren queere Opfer oft vergessen worden, sagte die Stiftung am Donnerstag in Berlin
            vor Vertreterinnen und Vertretern von Verbaenden und Gedenkstaetten.</p></div>
            </body></html>"#;
        assert_eq!(published(html).0.as_deref(), Some("2022-01-27"));
    }
}

/// Tests of the credits structured data gives beside the authors.
#[cfg(test)]
mod contributor_tests {
    use crate::tree::Document as Html;
    use url::Url;

    use super::*;

    #[test]
    fn contributors_are_credited_not_authors() {
        let html = Html::parse_document(
            r#"<html><head><meta property="og:site_name" content="NBC News">
            <script type="application/ld+json">{"@context":"https://schema.org",
            "@type":"NewsArticle","headline":"Impeachment vote fails",
            "author":[{"@type":"Person","name":"Stella Kim"},{"@type":"Person","name":"Jennifer Jett"}],
            "contributor":[{"@type":"Person","name":"Abigail Williams","jobTitle":"Associate Producer"},
              {"@type":"Person","name":"Stella Kim"},{"@type":"Organization","name":"NBC News"},
              {"@type":"Organization","name":"Reuters"}]}</script></head>
            <body><article><h1>Impeachment vote fails</h1><p>Lawmakers of the ruling party
            walked out before the vote, leaving the motion short of the majority it needed.</p>
            </article></body></html>"#,
        );
        let dom = Dom::build(&html, Url::parse("https://www.nbcnews.example/a/vote").ok());
        let m = read(&dom, &Limits::default());
        let authors: Vec<&str> = m.authors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(authors, ["Stella Kim", "Jennifer Jett"]);
        // An author listed again and the site itself are no extra credit.
        assert_eq!(
            m.byline_credits,
            [
                Credit::new(CreditRole::AdditionalReporting, "Abigail Williams"),
                Credit::new(CreditRole::Agency, "Reuters"),
            ]
        );
    }
}
