//! The article's authors: author values as pages state them turned into names (split on the
//! byline conventions by `people::split_authors`, CMS placeholder accounts dropped, an
//! organisation followed by its address kept whole), and the choice among the sources.

use crate::article::{Field, Person, Signal};
use crate::dom::Dom;

use super::clean::{fold, looks_like_url};
use super::json_ld::JsonLd;
use super::meta_tags::{Key, MetaTags};
use super::scan::Scan;
use super::title::SiteNames;
use super::{Meta, note, page, people};

/// Account names content systems put in author fields when nobody signed the article.
const PLACEHOLDERS: &[&str] = &[
    "admin",
    "administrator",
    "administrador",
    "super user",
    "superuser",
    "site admin",
    "siteadmin",
    "webmaster",
    "root",
    "user",
    "guest",
    "default",
    "unknown",
    "anonymous",
    "wordpress",
    "editor",
    "author",
    // Empty values of author fields ("No Author", "n/a", "none").
    "no author",
    "n/a",
    "none",
    "null",
    "undefined",
    "unbekannt",
    "inconnu",
    "desconocido",
];

/// Openers of a copyright notice put in an author field ("Copyright Example GmbH - all rights
/// reserved", "© Example"): the rights holder, not a writer.
const COPYRIGHT_OPENERS: &[&str] = &["©", "(c)", "copyright"];

/// Whether a name is a CMS placeholder account, not a byline.
pub(crate) fn is_placeholder(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    PLACEHOLDERS.contains(&lower.as_str())
}

/// The names in one author value, each with whether it is an organisation.
pub(crate) fn names(raw: &str) -> Vec<(String, bool)> {
    let raw = raw.trim();
    let lower = raw.to_lowercase();
    if COPYRIGHT_OPENERS.iter().any(|o| lower.starts_with(o)) {
        return Vec::new();
    }
    if let Some((first, _)) = raw.split_once(',') {
        let first = first.trim();
        let domain = !first.contains(' ') && first.contains('.') && first.len() > 3;
        if domain || people::is_organisation(first) {
            return people::clean_name(first)
                .filter(|n| !is_placeholder(n))
                .map(|n| vec![(n, true)])
                .unwrap_or_default();
        }
    }
    people::split_authors_or_handles(raw)
        .into_iter()
        .filter(|n| !is_placeholder(n))
        .map(|n| {
            let org = people::is_organisation(&n);
            (n, org)
        })
        .collect()
}

/// One source's list of authors: (name, profile URL, organisation).
type AuthorList = Vec<(String, Option<String>, bool)>;

/// The article's authors: JSON-LD, else meta tags, else byline elements; people before organisations; never
/// the site itself (the site is the source, not an author).
pub(super) fn read(
    dom: &Dom<'_>,
    scan: &Scan<'_>,
    ld: &JsonLd,
    site_names: &[String],
    byline: &page::Byline,
    meta: &mut Meta,
) {
    let tags = &scan.meta;
    let mut found: Vec<(AuthorList, Signal, String)> = Vec::new();
    if !ld.authors.is_empty() {
        let list = ld
            .authors
            .iter()
            .map(|a| {
                let url = a.url.as_deref().and_then(|u| dom.resolve(u));
                (a.name.clone(), url, a.organisation)
            })
            .collect();
        found.push((
            list,
            Signal::JsonLd,
            ld.authors_raw.clone().unwrap_or_default(),
        ));
    }
    if let Some((list, raw_value)) = meta_authors(tags) {
        found.push((list, Signal::Meta, raw_value));
    }
    if let Some(signal) = byline.signal
        && !byline.people.is_empty()
    {
        let list = byline
            .people
            .iter()
            .map(|(n, u)| (n.clone(), u.clone(), people::is_organisation(n)))
            .collect();
        found.push((list, signal, byline.raw.clone()));
    }

    let host = dom.page_url.as_ref().and_then(|u| u.host_str());
    let sites = SiteNames::new(site_names, host);
    // The site's own name is the source, not an author. A name that only resembles the host
    // ("Haki Benita" on hakibenita.com) is the blogger, unless it is an organisation or a
    // domain.
    // A person's name that is also the site's name (a blogger's own site, "Jane Doe | Blog")
    // stays the author when no other author is named.
    let mut blogger: Option<(AuthorList, Signal, String)> = None;
    for (list, signal, raw_value) in &mut found {
        let mut removed: AuthorList = Vec::new();
        list.retain(|entry| {
            let (n, _, org) = entry;
            let host_like = *org || n.contains('.') || !n.trim().contains(' ');
            let site = sites.matches_named(n) || (host_like && sites.matches(n));
            if site && !host_like {
                removed.push(entry.clone());
            }
            !site
        });
        if blogger.is_none() && !removed.is_empty() {
            blogger = Some((removed, *signal, raw_value.clone()));
        }
    }
    if found.iter().all(|(l, _, _)| l.is_empty())
        && let Some(entry) = blogger
    {
        found.push(entry);
    }
    // A user name in structured data ("jdoe42", a CMS login) is the author only when the page
    // shows it in a byline too; the byline's own user names are what the reader sees.
    for (list, signal, _) in &mut found {
        if matches!(signal, Signal::JsonLd | Signal::Meta) {
            list.retain(|(n, _, _)| {
                people::clean_name(n).is_some()
                    || byline.people.iter().any(|(b, _)| fold(b) == fold(n))
            });
        }
    }
    // The first source naming a person wins; else the first naming an organisation (an
    // agency).
    let has_person = |list: &AuthorList| list.iter().any(|(_, _, org)| !org);
    let pick = found
        .iter()
        .position(|(l, _, _)| has_person(l))
        .or_else(|| found.iter().position(|(l, _, _)| !l.is_empty()));
    let Some((list, signal, raw_value)) = pick.and_then(|k| found.get(k)) else {
        return;
    };
    // People first, then the agencies and desks credited with them ("Jane Doe; dpa").
    let ordered = list
        .iter()
        .filter(|(_, _, org)| !org)
        .chain(list.iter().filter(|(_, _, org)| *org));
    let mut authors: Vec<Person> = Vec::new();
    for (name, url, _) in ordered {
        if authors.iter().any(|p| fold(&p.name) == fold(name)) {
            continue;
        }
        let mut person = Person::new(fuller_name(name, &found).unwrap_or_else(|| name.clone()));
        person.url = url.clone();
        authors.push(person);
    }
    // A single author named by meta or microdata takes the page's `rel=author` link.
    if authors.len() == 1
        && let Some(p) = authors.first_mut()
        && p.url.is_none()
        && let [href] = tags.author_links.as_slice()
    {
        p.url = dom.resolve(href);
    }
    if authors.is_empty() {
        return;
    }
    note(meta, Field::Authors, *signal, raw_value);
    // The byline element the names were read from, or one repeating them, is not body text.
    let repeated = byline
        .people
        .iter()
        .any(|(n, _)| authors.iter().any(|a| fold(&a.name) == fold(n)));
    if repeated {
        meta.consumed.extend(byline.nodes.iter().copied());
    }
    meta.authors = authors;
}

/// Most words in a fuller name taken from another source.
const MAX_FULLER_WORDS: usize = 4;

/// The full name another source gives for a one-word name ("Todd" in structured data, "Todd
/// Bates" in the byline): the first person's name that starts with the word.
fn fuller_name(name: &str, found: &[(AuthorList, Signal, String)]) -> Option<String> {
    if name.contains(char::is_whitespace) {
        return None;
    }
    let word = name.to_lowercase();
    found
        .iter()
        .flat_map(|(list, _, _)| list.iter())
        .filter(|(_, _, org)| !org)
        .map(|(n, _, _)| n)
        .find(|n| {
            let count = n.split_whitespace().count();
            (2..=MAX_FULLER_WORDS).contains(&count)
                && n.split_whitespace().next().map(str::to_lowercase) == Some(word.clone())
        })
        .cloned()
}

/// Authors from meta tags: the first convention that names anyone.
fn meta_authors(tags: &MetaTags<'_>) -> Option<(AuthorList, String)> {
    let parsely_page_author = tags.parsely_page().and_then(|p| p.author);
    let sources: [Vec<String>; 8] = [
        tags.all(Key::ArticleAuthor).map(str::to_string).collect(),
        tags.all(Key::Author).map(str::to_string).collect(),
        tags.all(Key::ParselyAuthor).map(str::to_string).collect(),
        parsely_page_author.into_iter().collect(),
        tags.all(Key::SailthruAuthor).map(str::to_string).collect(),
        tags.all(Key::DcCreator).map(str::to_string).collect(),
        tags.all(Key::CitationAuthor).map(str::to_string).collect(),
        tags.all(Key::Byline).map(str::to_string).collect(),
    ];
    for values in sources {
        let mut list: AuthorList = Vec::new();
        for v in values.iter().take(20) {
            if looks_like_url(v) {
                continue;
            }
            for (n, org) in names(v) {
                if !list.iter().any(|(m, _, _)| m.eq_ignore_ascii_case(&n)) {
                    list.push((n, None, org));
                }
            }
        }
        if !list.is_empty() {
            return Some((list, values.join("; ")));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisation_with_address_is_one_name() {
        let n = names("Olympia-Verlag GmbH, Nürnberg, Germany");
        assert_eq!(n.len(), 1);
        assert!(n[0].1);
        assert_eq!(names("hessenschau.de, Frankfurt, Germany").len(), 1);
    }

    fn read_page(html: &str) -> Vec<String> {
        let html = scraper::Html::parse_document(html);
        let dom = Dom::build(&html, url::Url::parse("https://news.example/a/b").ok());
        let meta = crate::metadata::read(&dom, &crate::Limits::default());
        meta.authors.into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn copyright_notices_and_empty_values_are_not_authors() {
        assert!(names("Copyright Example GmbH & Co. KG - all rights reserved").is_empty());
        assert!(names("© Example Media").is_empty());
        assert!(names("No Author").is_empty());
        assert_eq!(names("gizzmo"), [("gizzmo".to_string(), false)]);
    }

    #[test]
    fn a_structured_user_name_needs_a_visible_byline() {
        let hidden = r#"<html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"jdoe42"}}
            </script></head><body><h1>H</h1><p>Text.</p></body></html>"#;
        assert!(read_page(hidden).is_empty());
        let shown = r#"<html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"jdoe42"}}
            </script></head><body><h1>H</h1><p class="meta">Posted by
            <span class="author vcard"><a class="url fn n" href="/author/jdoe42/">jdoe42</a></span>
            </p><p>Text.</p></body></html>"#;
        assert_eq!(read_page(shown), ["jdoe42"]);
    }

    #[test]
    fn a_one_word_name_takes_the_full_name_another_source_gives() {
        let html = r#"<html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Todd"}}
            </script></head><body><h1>H</h1><p class="byline">By Todd Bates</p>
            <p>Text.</p></body></html>"#;
        assert_eq!(read_page(html), ["Todd Bates"]);
    }

    #[test]
    fn agencies_credited_with_people_follow_them() {
        let html = r#"<html><head><meta name="author" content="dpa; Jane Doe"></head>
            <body><h1>H</h1><p>Text.</p></body></html>"#;
        assert_eq!(read_page(html), ["Jane Doe", "dpa"]);
    }

    #[test]
    fn a_blogger_named_as_the_site_is_still_the_author() {
        let html = r#"<html><head><title>A post | Jane Doe</title>
            <meta property="og:site_name" content="Jane Doe">
            <meta name="author" content="Jane Doe"></head>
            <body><h1>A post</h1><p>Text.</p></body></html>"#;
        assert_eq!(read_page(html), ["Jane Doe"]);
        let org = r#"<html><head><title>A post | Daily Planet</title>
            <meta property="og:site_name" content="Daily Planet">
            <meta name="author" content="Daily Planet"></head>
            <body><h1>A post</h1><p>Text.</p></body></html>"#;
        assert!(read_page(org).is_empty());
    }

    #[test]
    fn people_are_split_and_placeholders_dropped() {
        let n = names("Jane Doe, John Roe");
        assert_eq!(
            n,
            [
                ("Jane Doe".to_string(), false),
                ("John Roe".to_string(), false)
            ]
        );
        assert!(names("admin").is_empty());
        assert!(names("Super User").is_empty());
    }
}
