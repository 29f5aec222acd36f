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
];

/// Whether a name is a CMS placeholder account, not a byline.
pub(crate) fn is_placeholder(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    PLACEHOLDERS.contains(&lower.as_str())
}

/// The names in one author value, each with whether it is an organisation.
pub(crate) fn names(raw: &str) -> Vec<(String, bool)> {
    let raw = raw.trim();
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
    people::split_authors(raw)
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
    for (list, _, _) in &mut found {
        list.retain(|(n, _, org)| {
            let host_like = *org || n.contains('.') || !n.trim().contains(' ');
            !(sites.matches_named(n) || (host_like && sites.matches(n)))
        });
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
    let people_named = has_person(list);
    let mut authors: Vec<Person> = Vec::new();
    for (name, url, org) in list {
        if people_named && *org {
            continue;
        }
        if authors.iter().any(|p| fold(&p.name) == fold(name)) {
            continue;
        }
        let mut person = Person::new(name.clone());
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
