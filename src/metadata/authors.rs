//! The article's authors: author values as pages state them turned into names (split on the
//! byline conventions by `people::split_authors`, CMS placeholder accounts dropped, an
//! organisation followed by its address kept whole), and the choice among the sources.

use crate::article::{Credit, CreditRole, Field, Person, Signal};
use crate::dom::{Dom, NodeIdx};

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
    // The desk's abbreviation ("Red." for Redaktion, redakcja, redactie, redazione): no one.
    "red",
];

/// Openers of a copyright notice put in an author field ("Copyright Example GmbH - all rights
/// reserved", "© Example"): the rights holder, not a writer.
const COPYRIGHT_OPENERS: &[&str] = &["©", "(c)", "copyright"];

/// Parts of an account name that make it an administrator's login ("wordpressadmin",
/// "site_admin", "webmaster2"), not a writer's.
const ADMIN_ACCOUNT_PARTS: &[&str] = &["admin", "webmaster"];

/// Whether a name is a CMS placeholder account, not a byline.
pub(crate) fn is_placeholder(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    PLACEHOLDERS.contains(&lower.as_str())
        || (!lower.contains(' ') && ADMIN_ACCOUNT_PARTS.iter().any(|p| lower.contains(p)))
}

/// Longest label of a counter ("Comments (42)", "人氣(23925)").
const MAX_COUNTER_LABEL_CHARS: usize = 16;

/// Whether a value is a counter: a one-word label and a number in brackets ("Kommentare (3)",
/// "人氣(23925)"), which byline-like boxes show beside the author.
fn is_counter(raw: &str) -> bool {
    let Some(inner) = raw.strip_suffix(')').and_then(|r| r.rsplit_once('(')) else {
        return false;
    };
    let (label, number) = inner;
    let number = number.trim();
    !number.is_empty()
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
        && !label.trim().contains([' ', '(', ')'])
        && (1..=MAX_COUNTER_LABEL_CHARS).contains(&label.trim().chars().count())
}

/// Fewest names in a list read as tags or categories when most are single words.
const MIN_TAG_LIST: usize = 3;

/// Whether names read from one value are a list of tags or sections ("CSP / International /
/// Photovoltaik / Solarthermie"): three or more, most of them single words that are no
/// organisation. People are named with two words or more; a list of user names this long does
/// not stand in one byline.
fn is_tag_list(list: &[(String, bool)]) -> bool {
    let single = list
        .iter()
        .filter(|(n, org)| !org && !n.contains(' '))
        .count();
    single >= MIN_TAG_LIST && single * 2 > list.len()
}

/// Countries that close a postal address given as the author ("Example GmbH, Berlin,
/// Germany"), lower case: the value names one entity, the rest is where it sits.
#[rustfmt::skip]
const COUNTRIES: &[&str] = &[
    "germany", "deutschland", "austria", "österreich", "switzerland", "schweiz", "suisse",
    "svizzera", "france", "frankreich", "italy", "italia", "italien", "spain", "españa",
    "spanien", "usa", "u.s.a.", "us", "u.s.", "united states", "uk", "united kingdom",
    "great britain", "netherlands", "nederland", "niederlande", "belgium", "belgique", "belgië",
    "belgien", "poland", "polska", "polen", "canada", "australia", "india", "japan", "china",
    "brazil", "brasil", "mexico", "méxico", "argentina", "chile", "colombia", "peru", "perú",
    "luxembourg", "luxemburg", "liechtenstein", "denmark", "danmark", "sweden", "sverige",
    "norway", "norge", "ireland", "portugal", "czech republic", "česko", "hungary",
];

/// Longest author value kept whole as one organisation's name.
const MAX_ORG_VALUE_CHARS: usize = 100;

/// Most names read surname first from one value ("Doe, Jane; Roe, John").
const MAX_SURNAME_FIRST: usize = 12;

/// The names in one author value, each with whether it is an organisation.
pub(crate) fn names(raw: &str) -> Vec<(String, bool)> {
    let raw = raw.trim();
    let lower = raw.to_lowercase();
    if COPYRIGHT_OPENERS.iter().any(|o| lower.starts_with(o)) || is_counter(raw) {
        return Vec::new();
    }
    // A postal address: "Example GmbH, Frankfurt a. M., Germany" names the first part.
    if let Some((first, last)) = raw.split_once(',').zip(raw.rsplit_once(','))
        && COUNTRIES.contains(&last.1.trim().to_lowercase().as_str())
    {
        let first = first.0.trim();
        return people::clean_name(first)
            .filter(|n| !is_placeholder(n))
            .map(|n| {
                let org = people::is_organisation(&n) || !n.contains(' ');
                vec![(n, org)]
            })
            .unwrap_or_default();
    }
    if let Some(list) = surname_first(raw) {
        return list;
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
    let list: Vec<(String, bool)> = people::split_authors_or_handles(raw)
        .into_iter()
        .filter(|n| !is_placeholder(n) && !people::is_report_place_tag(n))
        .map(|n| {
            let org = people::is_organisation(&n);
            (n, org)
        })
        .collect();
    // One body's name cut at its "und"/"and"/comma ("Bundesministerium für Wirtschaft und
    // Klimaschutz" -> "Klimaschutz"): an organisation beside a lone word that is no person's
    // full name, with no list separator between them ("dpa & Jane" is a list) and no news
    // agency among them ("AFP/mkr"), is one organisation.
    if is_tag_list(&list) {
        return Vec::new();
    }
    let org = list.iter().any(|(_, org)| *org);
    // (A name of a script written without spaces, "林怡君", is a full name, no lone word.)
    let lone_word = list.iter().any(|(n, org)| !org && !named_in_full(n));
    if org
        && lone_word
        && !raw.contains([';', '|', ':', '&', '+', '·', '•'])
        && !list
            .iter()
            .any(|(n, _)| crate::attribution::names_agency(n))
        && !people::has_author_prefix(raw)
        && raw.chars().count() <= MAX_ORG_VALUE_CHARS
    {
        return vec![(raw.to_string(), true)];
    }
    list
}

/// Names written surname first ("Doe, Jane", "Doe, Jane; Roe, John") turned round ("Jane
/// Doe", "John Roe"); None unless every entry has that shape. Without semicolons only a
/// one-word surname counts ("Harm, Robert"), as "Jane Doe, John Roe" lists two people.
fn surname_first(raw: &str) -> Option<Vec<(String, bool)>> {
    if !raw.contains(';') {
        let (surname, _) = raw.split_once(',')?;
        if surname.split_whitespace().count() != 1 {
            return None;
        }
    }
    // One or two capitalised words, and the particles of a name ("Michiel de").
    let capitalised = |s: &str| {
        let words: Vec<&str> = s.split_whitespace().collect();
        let particles = words.iter().filter(|w| people::is_particle(w)).count();
        (1..=2).contains(&(words.len() - particles))
            && words.first().is_some_and(|w| !people::is_particle(w))
            && words.iter().all(|w| {
                (people::is_particle(w) || w.chars().next().is_some_and(char::is_uppercase))
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
            })
    };
    let mut out: Vec<(String, bool)> = Vec::new();
    for entry in raw.split(';').map(str::trim).filter(|e| !e.is_empty()) {
        let (surname, given) = entry.split_once(',')?;
        let (surname, given) = (surname.trim(), given.trim());
        if given.contains(',') || !capitalised(surname) || !capitalised(given) {
            return None;
        }
        let name = format!("{given} {surname}");
        if people::is_organisation(&name) || out.len() >= MAX_SURNAME_FIRST {
            return None;
        }
        // A role or a label after the comma ("Doe, Reporter") is no given name.
        let name = people::clean_name(&name)?;
        if !out.iter().any(|(n, _)| n.eq_ignore_ascii_case(&name)) {
            out.push((name, false));
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Role lines of a picture credit, as a list of the team prints them under a name.
const PICTURE_ROLES: &[&str] = &[
    "fotograf",
    "fotografin",
    "fotografer",
    "photographer",
    "photo",
    "photos",
    "foto",
    "fotos",
    "photographe",
    "fotógrafo",
    "fotógrafa",
    "fotografo",
    "fotografa",
    "kamera",
    "camera",
    "grafikk",
    "grafik",
    "graphics",
    "illustrasjon",
    "illustration",
    "illustrator",
    "video",
];

/// Text nodes after a name searched for its role line.
const ROLE_LINE_NODES: NodeIdx = 4;

/// The names of `names` that the page shows with a picture role right after them ("Erlend Vik
/// / Fotograf" in a team list).
fn shown_with_picture_role(dom: &Dom<'_>, names: &[&str]) -> Vec<String> {
    let longest = names.iter().map(|n| n.len()).max().unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    let mut last: Option<(usize, NodeIdx)> = None;
    for j in 0..dom.len() {
        let Some(text) = dom.text_node(j) else {
            continue;
        };
        let text = crate::text::trim(text);
        if text.is_empty() || text.len() > longest {
            continue;
        }
        if let Some(k) = names.iter().position(|n| n.trim() == text) {
            last = Some((k, j));
            continue;
        }
        if let Some((k, at)) = last
            && j - at <= ROLE_LINE_NODES
            && PICTURE_ROLES.contains(&text.to_lowercase().as_str())
            && let Some(name) = names.get(k)
        {
            out.push((*name).to_string());
            last = None;
        }
    }
    out
}

/// The people (not organisations) of one source's list, folded for comparison.
fn folded_people(l: &AuthorList) -> Vec<String> {
    l.iter()
        .filter(|(_, _, org)| !org)
        .map(|(n, _, _)| fold(n))
        .collect()
}

/// Most names of one structured list checked against the names the page gives its site (each
/// check walks the page).
const MAX_SITE_CHECKS: usize = 4;

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
    lang: Option<&str>,
    meta: &mut Meta,
) {
    let tags = &scan.meta;
    meta.byline_credits = byline_credits(&byline.raw);
    // With no byline, the date element under the headline anchors the info row ("<span
    // class="time">2026-03-14 10:15</span> <span>来源：澎湃新闻</span>").
    let date_row: Option<NodeIdx>;
    let anchors: &[NodeIdx] = if byline.nodes.is_empty() {
        date_row = date_under_headline(scan, meta.title_node);
        date_row.as_slice()
    } else {
        &byline.nodes
    };
    for c in row_source_credits(dom, anchors) {
        if !meta.byline_credits.contains(&c) {
            meta.byline_credits.push(c);
        }
    }
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
    if let Some((mut list, raw_value)) = meta_authors(tags, lang) {
        // A name that structured data types as an Organization is one in a meta tag too
        // ("OÖ Volksblatt" as Yoast's "Verfasst von").
        for (n, _, org) in &mut list {
            *org |= ld
                .authors
                .iter()
                .any(|a| a.organisation && fold(&a.name) == fold(n));
        }
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
            // (A dot before a letter, as in a domain: not an initial, "Bradley M. Kuhn".)
            let domain_dot = n
                .split('.')
                .skip(1)
                .any(|rest| rest.starts_with(char::is_alphanumeric));
            let host_like = *org || domain_dot || !n.trim().contains(' ');
            // The site's desk shown in the byline ("By Addis Standard Staff") is credited as
            // the writer, as the labelled corpora keep it: not the site.
            let shown_desk =
                matches!(signal, Signal::Dom | Signal::Microdata) && names_a_desk_of_the_site(n);
            let site = (sites.matches_named(n) || (host_like && sites.matches(n))) && !shown_desk;
            // A byline element the reader sees naming a one-word account that resembles the
            // host ("Limespacer" on limespace.de, "mywakenews"): the blogger's user name.
            let account = matches!(signal, Signal::Dom | Signal::Microdata)
                && !n.contains([' ', '.'])
                && !*org;
            if site && (!host_like || account) {
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
    // A name that structured data or a meta tag gives as author and that the page names as its
    // site (the link to its home page says it, its copyright line holds it) is the publisher,
    // when the byline the reader sees names a person: a portal's "<paper> | <portal>" meta
    // author (Naver's "연합뉴스 | 네이버"), a site typed as a Person.
    // (Each check walks the page: a name the byline shows too is the same person, unchecked.)
    let shown_people: Vec<String> = found
        .iter()
        .filter(|(_, signal, _)| matches!(signal, Signal::Dom | Signal::Microdata))
        .flat_map(|(l, _, _)| folded_people(l))
        .collect();
    if !shown_people.is_empty() {
        for (list, signal, _) in &mut found {
            if !matches!(signal, Signal::JsonLd | Signal::Meta) {
                continue;
            }
            for (n, _, org) in list.iter_mut().take(MAX_SITE_CHECKS) {
                if !*org && !shown_people.contains(&fold(n)) && page::own_site_named_on_page(dom, n)
                {
                    *org = true;
                }
            }
        }
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
    // A photographer listed among the authors (NRK lists the whole team, in JSON-LD and on
    // the page) whose visible role line under the name says so ("Fotograf") took the pictures.
    for (list, _, _) in &mut found {
        if list.iter().filter(|(_, _, org)| !org).count() >= 2 {
            let names: Vec<&str> = list.iter().map(|(n, _, _)| n.as_str()).collect();
            let pictures = shown_with_picture_role(dom, &names);
            list.retain(|(n, _, _)| !pictures.contains(n));
            // They are the photo credits.
            for name in pictures {
                if !meta.byline_credits.iter().any(|c| c.name == name) {
                    meta.byline_credits
                        .push(Credit::new(CreditRole::Photo, name));
                }
            }
        }
    }
    // The first source naming a person wins; else the first naming an organisation (an
    // agency).
    let has_person = |list: &AuthorList| list.iter().any(|(_, _, org)| !org);
    // No source names a person: a labelled signature in the article ("Auteur : Jane Doe",
    // "Autorin: Jane Doe") names the writer, though a byline element names the outlet.
    if !found.iter().any(|(l, _, _)| has_person(l))
        && let Some(title) = meta.title_node
    {
        let signed = page::signed_line(dom, scan, title);
        if signed
            .people
            .iter()
            .any(|(n, _)| !people::is_organisation(n))
        {
            let list = signed
                .people
                .iter()
                .map(|(n, u)| (n.clone(), u.clone(), people::is_organisation(n)))
                .collect();
            found.insert(0, (list, Signal::Dom, signed.raw.clone()));
        }
    }
    // Still no person: the author box under the text or beside it ("author-bio", "Autor"
    // heading and the name) names the writer.
    if !found.iter().any(|(l, _, _)| has_person(l))
        && let Some(title) = meta.title_node
    {
        let boxed = page::author_box(dom, scan, title);
        // (Not the site's own name: the box of a site that writes as itself.)
        let list: AuthorList = boxed
            .people
            .iter()
            .filter(|(n, _)| !sites.matches_named(n))
            .map(|(n, u)| (n.clone(), u.clone(), people::is_organisation(n)))
            .collect();
        if !list.is_empty() {
            found.push((list, Signal::Dom, boxed.raw.clone()));
        }
    }
    let mut pick = found
        .iter()
        .position(|(l, _, _)| has_person(l))
        .or_else(|| found.iter().position(|(l, _, _)| !l.is_empty()));
    // A later source that names every person of the chosen one and more (structured data
    // naming the first author only, the byline all of them) is the fuller list.
    if let Some(k) = pick
        && let Some((chosen, _, _)) = found.get(k)
    {
        let wanted = folded_people(chosen);
        // Each person of the fuller list is written as a full name ("Jane Doe", not
        // "Community" or "Übersetzt von: John Roe").
        let full_names = |l: &AuthorList| {
            l.iter().filter(|(_, _, org)| !org).all(|(n, _, _)| {
                n.contains(' ') && !n.contains(':') && people::clean_name(n).is_some()
            })
        };
        let fuller = found.iter().enumerate().skip(k + 1).find(|(_, (l, _, _))| {
            let have = folded_people(l);
            have.len() > wanted.len() && wanted.iter().all(|w| have.contains(w)) && full_names(l)
        });
        if let Some((j, _)) = fuller {
            pick = Some(j);
        }
    }
    // A meta `author` naming one person the visible byline does not, while the byline names
    // several (the producer who saved the page in the CMS, the writers who signed it): the
    // byline wins. A structured author yields so only to a byline whose every person links
    // to an author page (co-author plugins), not to a box of names the story is about.
    if let Some(k) = pick
        && let Some((chosen, stated_by @ (Signal::Meta | Signal::JsonLd), _)) = found.get(k)
    {
        let linked = |l: &AuthorList| {
            l.iter()
                .filter(|(_, _, org)| !org)
                .all(|(_, url, _)| url.as_deref().is_some_and(super::markers::is_author_link))
        };
        let stated = folded_people(chosen);
        let shown = found
            .iter()
            .enumerate()
            .skip(k + 1)
            .find(|(_, (l, signal, _))| {
                let shown = folded_people(l);
                matches!(signal, Signal::Dom | Signal::Microdata)
                    && stated.len() == 1
                    && shown.len() >= 2
                    && !shown.iter().any(|n| stated.contains(n))
                    && l.iter()
                        .filter(|(_, _, org)| !org)
                        .all(|(n, _, _)| n.contains(' ') && people::clean_name(n).is_some())
                    && (*stated_by == Signal::Meta || linked(l))
            });
        if let Some((j, _)) = shown {
            pick = Some(j);
        }
    }
    let Some((list, signal, raw_value)) = pick.and_then(|k| found.get(k)) else {
        return;
    };
    // An organisation that only structured data gives as author, and that the page never
    // shows its readers, is no writer: the page names nobody (an organisation given as author
    // is not a person; a syndicated story's agency in JSON-LD, a company in `meta author`).
    let shown =
        |n: &str| byline.people.iter().any(|(b, _)| fold(b) == fold(n)) || page::shows_name(dom, n);
    if matches!(signal, Signal::JsonLd | Signal::Meta)
        && list.iter().all(|(n, _, org)| *org && !shown(n))
    {
        return;
    }
    // People first, then the organisations credited with them ("dsw / dpa", "Jane Doe; NDR").
    // Beside a person named in full, a wire agency or the newsroom desk ("By Jane Doe | The
    // Associated Press", "Por Carla Souza, Redação, com agências") only says where the story
    // came through: the person wrote it.
    let full_person = list.iter().any(|(n, _, org)| !org && named_in_full(n));
    let ordered = list.iter().filter(|(_, _, org)| !org).chain(
        list.iter()
            .filter(|(n, _, org)| *org && !(full_person && is_agency_or_desk(n))),
    );
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

/// Longest site name read from the end of a `<title>` by [`title_site`], in characters.
const MAX_TITLE_SITE_CHARS: usize = 40;

/// The site a `<title>` names after its last separator ("Headline | Site"), or after the last
/// underscore of a Chinese portal's "Headline_Channel_Site网", without a host in brackets after
/// the name ("央视网(cctv.com)" is "央视网"). For a page that names its site nowhere else: a
/// `meta name="author"` holding this name is the site, not the writer.
pub(super) fn title_site(title: &str) -> Option<String> {
    let title = title.trim();
    let last = super::title::last_segment(title).or_else(|| {
        let (head, tail) = title.rsplit_once('_')?;
        (!head.trim().is_empty() && !tail.contains(char::is_whitespace)).then_some(tail)
    })?;
    let name = super::title::without_bracketed_host(last);
    (!name.is_empty() && name.chars().count() <= MAX_TITLE_SITE_CHARS).then(|| name.to_string())
}

/// Most nodes between the headline and the date element of its info row.
const DATE_ROW_NODES: NodeIdx = 40;

/// The first date element within [`DATE_ROW_NODES`] after the headline `title`.
fn date_under_headline(scan: &Scan<'_>, title: Option<NodeIdx>) -> Option<NodeIdx> {
    let title = title?;
    scan.dates
        .iter()
        .map(|m| m.idx)
        .find(|&i| i > title && i - title <= DATE_ROW_NODES)
}

/// Most characters of an info row's element read for a credit ("Źródło: PAP").
const MAX_ROW_ITEM_CHARS: usize = 80;

/// Most elements of an info row beside the byline.
const MAX_ROW_ITEMS: usize = 8;

/// The source and agency credits of the info row holding the byline element, stated by its
/// sibling elements ("<span>Autor: X</span> | <span>Data: ...</span> | <span>Źródło:
/// PAP</span>", "Forrás: MTI", "Kaynak: AA", "Nguồn: TTXVN"): each sibling a short element that
/// is one credit line by itself.
fn row_source_credits(dom: &Dom<'_>, nodes: &[NodeIdx]) -> Vec<Credit> {
    let mut out = Vec::new();
    let Some(&first) = nodes.first() else {
        return out;
    };
    let Some(row) = dom.parent(first) else {
        return out;
    };
    let items: Vec<NodeIdx> = dom
        .children(row)
        .filter(|&c| dom.element(c).is_some() && !nodes.contains(&c))
        .collect();
    if items.len() > MAX_ROW_ITEMS {
        return out;
    }
    for item in items {
        let text = dom.text(item);
        let text = text.trim();
        if text.is_empty() || text.chars().count() > MAX_ROW_ITEM_CHARS {
            continue;
        }
        let Some(credits) = crate::attribution::parse_line(text) else {
            continue;
        };
        for c in credits {
            if matches!(c.role, CreditRole::Source | CreditRole::Agency) && !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

/// The credits other than the writers' that a byline states beside them: photographers,
/// agencies and translators ("Story by X • Photos by Y", "Фото: Y", "Par X (avec AFP)"). The
/// writers themselves are the authors, not credits.
fn byline_credits(raw: &str) -> Vec<Credit> {
    let mut out: Vec<Credit> = Vec::new();
    for segment in people::credit_segments(raw) {
        let Some(credits) = crate::attribution::parse_line(segment) else {
            continue;
        };
        for c in credits {
            if matches!(
                c.role,
                CreditRole::Photo | CreditRole::Agency | CreditRole::Translation
            ) && !out.contains(&c)
            {
                out.push(c);
            }
        }
    }
    out
}

/// A newsroom desk credited as a whole ("Redação", "Da Redação", "La Rédaction", "Redaktion",
/// "Newsroom", "Web Desk"), lower case.
#[rustfmt::skip]
const DESK_NAMES: &[&str] = &[
    "redação", "redacao", "da redação", "da redacao", "redacción", "redaccion", "la redacción",
    "rédaction", "la rédaction", "redaction", "redaktion", "redazione", "la redazione",
    "redactie", "redakcja", "redakce", "redaksi", "newsroom", "news desk", "newsdesk", "desk",
    "web desk", "webdesk", "staff", "editorial", "редакция", "haber merkezi",
    // Catalan, Slovak, Croatian/Slovenian, Hungarian, Finnish, Norwegian
    "redacció", "la redacció", "redakcia", "redakcija", "szerkesztőség", "toimitus", "redaksjonen",
];

/// Whether a name is the newsroom desk credited as a whole ([`DESK_NAMES`]: "Redazione",
/// "La Rédaction", "Newsroom").
pub(super) fn is_desk(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    DESK_NAMES.contains(&lower.as_str())
        || lower
            .rsplit_once(' ')
            .is_some_and(|(_, last)| DESK_ENDINGS.contains(&last))
}

/// Last words of a desk credited by its beat ("Ekonomi Servisi", "Spor Servisi", "Haber
/// Masası": Turkish service, desk).
const DESK_ENDINGS: &[&str] = &["servisi", "masası"];

/// Whether a name is a desk of a site written with the site's name: more than one word, one of
/// them a desk word of [`DESK_NAMES`] ("Addis Standard Staff", "Redacción Semana",
/// "auto-motor.at Redaktion").
fn names_a_desk_of_the_site(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.len() >= 2
        && words
            .iter()
            .any(|w| DESK_NAMES.contains(w) || matches!(*w, "team" | "redaktionen"))
}

/// Whether an organisation credited beside a person is a wire agency ("AFP", "The Associated
/// Press", "agências") or the newsroom desk (`DESK_NAMES`).
fn is_agency_or_desk(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    crate::attribution::names_agency(name.trim())
        || is_desk(name)
        || names_a_desk_of_the_site(name)
        || lower
            .split_whitespace()
            .next_back()
            .is_some_and(|w| matches!(w, "agências" | "agencias" | "agencies" | "agenturen"))
}

/// Whether a person's name is written in full: two words or more ("Jane Doe"), or a name in a
/// script written without spaces between given name and surname ("张伟", "山田太郎").
pub(crate) fn named_in_full(name: &str) -> bool {
    name.split_whitespace().count() >= 2
        || name.chars().count() >= 2 && name.chars().all(is_han_kana_or_hangul)
}

/// Whether `c` is a Chinese character, Japanese kana or Korean Hangul syllable: scripts whose
/// full names are written without a space.
fn is_han_kana_or_hangul(c: char) -> bool {
    ('\u{3040}'..='\u{30FF}').contains(&c)
        || ('\u{3400}'..='\u{9FFF}').contains(&c)
        || ('\u{AC00}'..='\u{D7AF}').contains(&c)
}

/// Most words in a fuller name taken from another source.
const MAX_FULLER_WORDS: usize = 4;

/// The full name another source gives for a one-word name ("Todd" in structured data, "Todd
/// Bates" in the byline): the first person's name that starts with the word, or whose words
/// run together make the word, as a CMS login is written ("janedoe", "jane.doe", "jane_doe"
/// for "Jane Doe"; "jane.doe" for "Jane P. Doe", whose initial a login leaves out).
fn fuller_name(name: &str, found: &[(AuthorList, Signal, String)]) -> Option<String> {
    if name.contains(char::is_whitespace) {
        return None;
    }
    let word = name.to_lowercase();
    let login: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    let run_together = |n: &str, initials: bool| -> String {
        n.split_whitespace()
            .filter(|w| initials || w.trim_end_matches('.').chars().count() > 1)
            .flat_map(|w| w.chars().filter(|c| c.is_alphabetic()))
            .flat_map(char::to_lowercase)
            .collect()
    };
    found
        .iter()
        .flat_map(|(list, _, _)| list.iter())
        .filter(|(_, _, org)| !org)
        .map(|(n, _, _)| n)
        .find(|n| {
            let count = n.split_whitespace().count();
            (2..=MAX_FULLER_WORDS).contains(&count)
                && (n.split_whitespace().next().map(str::to_lowercase) == Some(word.clone())
                    || (login.chars().count() > count
                        && (run_together(n, true) == login || run_together(n, false) == login)))
        })
        .cloned()
}

/// Yoast SEO's Twitter card caption of the writer's name ("Written by"), as WordPress translates
/// it, lower case. Its other caption ("Est. reading time", "Geschätzte Lesezeit") is no name.
#[rustfmt::skip]
const WRITTEN_BY_CAPTIONS: &[&str] = &[
    "written by", "verfasst von", "geschrieben von", "écrit par", "escrito por", "scritto da",
    "geschreven door", "napisane przez", "skrevet af", "skrevet av", "skriven av", "skrivet av",
    "kirjoittanut", "автор", "написано", "napsal", "napísal", "yazan", "yazar", "scris de",
    "írta", "escrit per", "idatzi du", "napisao", "napisala", "написано от", "γράφτηκε από",
    "ditulis oleh", "được viết bởi", "נכתב על ידי", "كتب بواسطة", "作者", "執筆者", "작성자",
];

/// Whether a Twitter card caption names the writer ("Written by", "Verfasst von", "Автор").
fn is_written_by(caption: &str) -> bool {
    let lower = caption
        .trim()
        .trim_end_matches([':', '：'])
        .trim_end()
        .to_lowercase();
    WRITTEN_BY_CAPTIONS.contains(&lower.as_str())
}

/// Authors from meta tags: the first convention that names anyone (`lang`: the page's
/// declared language, for the byline prefixes of one language).
fn meta_authors(tags: &MetaTags<'_>, lang: Option<&str>) -> Option<(AuthorList, String)> {
    let parsely_page_author = tags.parsely_page().and_then(|p| p.author);
    let sources: [Vec<String>; 9] = [
        tags.all(Key::ArticleAuthor).map(str::to_string).collect(),
        tags.all(Key::Author).map(str::to_string).collect(),
        tags.all(Key::ParselyAuthor).map(str::to_string).collect(),
        parsely_page_author.into_iter().collect(),
        tags.all(Key::SailthruAuthor).map(str::to_string).collect(),
        tags.all(Key::DcCreator).map(str::to_string).collect(),
        tags.all(Key::CitationAuthor).map(str::to_string).collect(),
        tags.all(Key::Byline).map(str::to_string).collect(),
        tags.twitter_card_field(is_written_by)
            .map(str::to_string)
            .into_iter()
            .collect(),
    ];
    for values in sources {
        let mut list: AuthorList = Vec::new();
        for v in values.iter().take(20) {
            if looks_like_url(v) {
                continue;
            }
            for (n, org) in names(people::without_language_prefix(v, lang)) {
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
    fn the_date_row_under_the_headline_states_the_source_when_no_byline_does() {
        let page = |row: &str| {
            format!(
                "<html><body><div class=\"main\"><h1>长江流域启动春季禁渔巡查</h1>{row}<article>\
                 <p>3月14日，湖北、湖南、江西、安徽、江苏五省渔政部门在长江干流启动春季禁渔联合巡查，\
                 重点打击非法捕捞、电鱼等违法行为。</p><p>据介绍，此次巡查将持续到6月底，各地将出动\
                 执法船艇和无人机，对重点水域实行全天候监控。</p></article></div></body></html>"
            )
        };
        let sources = |html: &str| {
            crate::extract(html, None)
                .expect("extracts")
                .credits
                .into_iter()
                .filter(|c| c.role == CreditRole::Source)
                .map(|c| c.name)
                .collect::<Vec<_>>()
        };
        let row = "<div class=\"article-info\"><span class=\"time\">2026-03-14 10:15</span> \
                   <span>来源：<a href=\"/m\">澎湃新闻</a></span> <span>阅读 (1.2万)</span></div>";
        assert_eq!(sources(&page(row)), vec!["澎湃新闻"]);
        // Without the date element the row is not read (a 来源 line far from the headline
        // belongs to other content).
        let undated = row
            .replace(" class=\"time\"", "")
            .replace("2026-03-14 10:15", "");
        assert!(sources(&page(&undated)).is_empty());
    }

    #[test]
    fn a_desk_written_with_the_site_name_is_no_site() {
        assert!(names_a_desk_of_the_site("Addis Standard Staff"));
        assert!(names_a_desk_of_the_site("Redacción Semana"));
        assert!(names_a_desk_of_the_site("auto-motor.at Redaktion"));
        // The site's name alone, or a desk word alone, is not one.
        assert!(!names_a_desk_of_the_site("Addis Standard"));
        assert!(!names_a_desk_of_the_site("Staff"));
        assert!(!names_a_desk_of_the_site("Jane Doe"));
    }

    #[test]
    fn a_desk_named_by_its_beat_is_a_desk() {
        assert!(is_desk("Ekonomi Servisi"));
        assert!(is_desk("Haber Masası"));
        assert!(!is_desk("Ayşe Demir"));
        assert!(!is_desk("Servisi"));
    }

    #[test]
    fn desks_in_catalan_and_central_european_languages() {
        assert!(is_desk("Redacció"));
        assert!(is_desk("La Redacció"));
        assert!(is_desk("Szerkesztőség"));
        assert!(!is_desk("Joan Redó"));
    }

    #[test]
    fn names_the_page_gives_its_site_yield_to_the_reporter_shown() {
        // A portal's "<paper> | <portal>" meta author; the paper in the copyright line, the
        // portal in the link home; the reporter in the byline.
        let html = r#"<html lang="ko"><head><title>부산 북항 재개발 착공 : 네이벌 뉴스</title>
            <meta property="og:article:author" content="한빛일보 | 네이벌"></head><body>
            <header><a href="/">네이벌 뉴스</a></header><h2>부산 북항 재개발 착공</h2>
            <div class="media_end_head_journalist"><em>최민준 기자</em></div>
            <article><p>부산 북항 재개발 2단계 사업이 14일 착공식을 갖고 본격적인 공사에 들어갔다.</p>
            </article><p>Copyright ⓒ 한빛일보. All rights reserved.</p></body></html>"#;
        assert_eq!(read_page(html), ["최민준"]);
        // A writer's name linking to the writer's own site on another host is still a writer.
        let html = r#"<html><head><meta name="author" content="Patrick Allan"></head><body>
            <h1>How to stop buying things you do not need</h1>
            <div class="byline">By Jane Doe</div><p>We all buy things we do not need.</p>
            <aside>Written by <a href="https://patrickallan.blogs.example/">Patrick Allan</a>
            </aside></body></html>"#;
        assert_eq!(read_page(html), ["Patrick Allan"]);
        // The site typed as a Person in JSON-LD, the writer under a label.
        let html = r#"<html><head><meta property="og:site_name" content="Tribun Nusantara">
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person",
            "name":"Tribun Nusantara"}}</script></head><body><h1>Harga cabai rawit tembus Rp 90
            ribu</h1><div id="penulis">Penulis: <a href="/penulis/dewi-anggraini">Dewi
            Anggraini</a></div><p>Harga cabai rawit di Surabaya naik.</p></body></html>"#;
        assert_eq!(read_page(html), ["Dewi Anggraini"]);
    }

    #[test]
    fn labelled_writer_lines_under_the_headline_in_more_languages() {
        let page = |line: &str| {
            read_page(&format!(
                "<html><body><article><h1>Headline of the article here</h1><p>{line}</p>\
                 <p>{}</p></article></body></html>",
                "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do. ".repeat(4)
            ))
        };
        assert_eq!(page("Автор: Олена Петренко"), ["Олена Петренко"]);
        assert_eq!(page("Szerző: Kovács Anna"), ["Kovács Anna"]);
        assert_eq!(page("Yazar: Ayşe Yılmaz"), ["Ayşe Yılmaz"]);
        // The reporter beside the editor (Indonesian portals), the editor not an author.
        assert_eq!(
            page("Reporter: Budi Santoso | Editor: Rina Wati"),
            ["Budi Santoso"]
        );
        assert_eq!(
            page("Por Ana García | Editado por Luis Pérez"),
            ["Ana García"]
        );
        // Without its colon the label is a word of a sentence.
        assert!(page("Autore del libro è Marco Rossi").is_empty());
    }

    #[test]
    fn organisation_with_address_is_one_name() {
        let n = names("Olympia-Verlag GmbH, Nürnberg, Germany");
        assert_eq!(n.len(), 1);
        assert!(n[0].1);
        assert_eq!(names("hessenschau.de, Frankfurt, Germany").len(), 1);
    }

    fn read_page(html: &str) -> Vec<String> {
        let html = crate::tree::Document::parse_document(html);
        let dom = Dom::build(&html, url::Url::parse("https://news.example/a/b").ok());
        let meta = crate::metadata::read(&dom, &crate::Limits::default());
        meta.authors.into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn the_site_named_only_by_the_title_is_no_author() {
        assert_eq!(
            title_site("标题_财经频道_南海之声网").as_deref(),
            Some("南海之声网")
        );
        assert_eq!(
            title_site("标题_新闻频道_央视网(cctv.com)").as_deref(),
            Some("央视网")
        );
        assert_eq!(
            title_site("Ein Titel | Der Kurier").as_deref(),
            Some("Der Kurier")
        );
        assert_eq!(title_site("Nothing to cut here"), None);
        let page = |title: &str, author: &str| {
            read_page(&format!(
                "<html><head><title>{title}</title><meta name=\"author\" content=\"{author}\">\
                 </head><body><article><h1>Headline of the article here</h1>\
                 <p>Text of the article, long enough to be one.</p></article></body></html>"
            ))
        };
        // The meta author is the site the `<title>` ends with: nobody signed.
        assert!(page("新能源汽车下乡活动启动_财经频道_南海之声网", "南海之声网").is_empty());
        assert!(page("Stadtrat beschließt Haushalt | Kurier", "Kurier").is_empty());
        // Another name, or a blogger whose own name ends the title, stays the author.
        assert_eq!(
            page("新能源汽车下乡活动启动_财经频道_南海之声网", "林海"),
            ["林海"]
        );
        assert_eq!(
            page("My trip to Lisbon - Jane Doe", "Jane Doe"),
            ["Jane Doe"]
        );
        assert_eq!(
            page("My trip to Lisbon - Jane P. Doe (jdoe)", "Jane P. Doe"),
            ["Jane P. Doe"]
        );
    }

    #[test]
    fn yoast_twitter_card_caption_names_the_writer_in_its_language() {
        let page = |fields: &str| {
            read_page(&format!(
                "<html><head>{fields}</head><body><article><h1>Headline of the article here</h1>\
                 <p>{}</p></article></body></html>",
                "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do. ".repeat(4)
            ))
        };
        let field = |n: u8, label: &str, data: &str| {
            format!(
                r#"<meta name="twitter:label{n}" content="{label}"><meta name="twitter:data{n}" content="{data}">"#
            )
        };
        assert_eq!(
            page(&field(1, "Verfasst von", "Karin Vogt")),
            ["Karin Vogt"]
        );
        assert_eq!(
            page(
                &(field(1, "Durée de lecture estimée", "3 minutes")
                    + &field(2, "Écrit par", "Élodie Roux"))
            ),
            ["Élodie Roux"]
        );
        assert_eq!(
            page(&field(1, "Автор", "Олена Петренко")),
            ["Олена Петренко"]
        );
        // Only the writer's caption counts: the reading time and the tags are no names.
        assert!(page(&field(1, "Geschätzte Lesezeit", "3 Minuten")).is_empty());
        assert!(page(&field(2, "Filed under", "Iowa Caucus")).is_empty());
        // A name the structured data types as an Organization stays one: the page names nobody.
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","author":
            [{"@type":"Organization","name":"Tal Blatt"}]}</script>"#;
        assert!(page(&(field(1, "Verfasst von", "Tal Blatt") + ld)).is_empty());
    }

    #[test]
    fn an_author_link_in_the_header_line_above_the_headline_names_the_writer() {
        // The header line (author link, date, comment count) above the headline, a share bar and
        // a read-aloud button between them, all in the article's block.
        let filler = r#"<div class="share"><a href="https://www.facebook.com/sharer.php?u=x">
            <img src="fb.svg" alt=""></a> <a href="https://twitter.com/intent/tweet?url=x">
            <img src="tw.svg" alt=""></a> <a href="mailto:?subject=x"><img src="m.svg" alt="">
            </a></div> <div class="readspeaker"> <a class="play" href="//rs.example/x"> <span>
            <span><span>Vorlesen</span></span></span> <span></span> </a> </div>"#;
        let body = "<p>In diesen Wochen finden Hausbesitzer Post von ihrer Gemeinde.</p>".repeat(4);
        let page = |line: &str| {
            read_page(&format!(
                r##"<html><head><title>Worauf wartet die Politik bei der Grundsteuer? - Blatt</title></head><body><div class="top"><a href="/">Start</a></div><div class="post">
                <div class="meta">{line} / <a href="#posts" class="c"><img src="e.svg" alt="">
                <span>150</span></a> <span class="print"> / <a href="javascript:print()"><img
                src="p.svg" alt=""></a></span></div>{filler} <div class="text"><div
                id="main"><h2>Worauf wartet die Politik bei der Grundsteuer?</h2>{body}</div>
                </div></div></body></html>"##
            ))
        };
        assert_eq!(
            page(r#"<a href="/autor/frank_g">Gunter Frank</a>"#),
            ["Gunter Frank"]
        );
        // A link to another page there is no byline.
        assert!(page(r#"<a href="/thema/grundsteuer">Grundsteuer Aktuell</a>"#).is_empty());
        // An author page linked in the site's menu, outside the headline's block, is no byline.
        let html = format!(
            r#"<html><body><ul class="menu"><li><a href="/autor/frank_g">Gunter Frank</a></li>
            </ul>{filler}{filler}<div class="wrap"><article><header><h1>Worauf wartet die
            Politik bei der Grundsteuer?</h1></header>{body}</article></div></body></html>"#
        );
        assert!(read_page(&html).is_empty());
    }

    #[test]
    fn a_closing_signature_without_a_colon_names_the_writers() {
        let page = |end: &str| {
            read_page(&format!(
                "<html><body><article><h1>Nowe stawki za wywóz odpadów od kwietnia</h1>\
                 <p>{}</p>{end}</article></body></html>",
                "Rada Miasta przyjęła nowe stawki opłaty za gospodarowanie odpadami. ".repeat(4)
            ))
        };
        assert_eq!(
            page("<p>Autoren Jelko Berger und Jutta Klaus</p>"),
            ["Jelko Berger", "Jutta Klaus"]
        );
        assert_eq!(
            page("<p>Autorzy Anna Nowak i Piotr Zieliński</p>"),
            ["Anna Nowak", "Piotr Zieliński"]
        );
        assert_eq!(page("<p>Autorin Hanna Rieckmann</p>"), ["Hanna Rieckmann"]);
        // A sentence, an unnamed author, a picture's credit, a commenter: no signature.
        assert!(page("<p>Autor Thomas Mann schrieb die Buddenbrooks</p>").is_empty());
        assert!(page("<p>Autor unbekannt</p>").is_empty());
        assert!(page("<p>Autor Unbekannt</p>").is_empty());
        assert!(
            page("<figure><img src=a.jpg><figcaption>Autor Karl Weber</figcaption></figure>")
                .is_empty()
        );
        assert!(
            page(r#"<div class="comments"><p>Autor Karl Weber</p><p>Gut.</p></div>"#).is_empty()
        );
    }

    #[test]
    fn a_byline_label_with_its_plural_or_gender_mark_labels_the_writers() {
        let page = |line: &str| {
            read_page(&format!(
                "<html><head><title>Tribune : rendons aux bibliothèques leurs horaires</title>\
                 </head><body><h1>Tribune : rendons aux bibliothèques leurs horaires</h1>{line}\
                 <p>{}</p></body></html>",
                "Depuis trois ans, les médiathèques de quartier ferment à 18 heures. ".repeat(4)
            ))
        };
        assert_eq!(
            page(
                r#"<div class="l">Auteur(s) :</div><div class="a"><strong>Claire Vasseur</strong></div>"#
            ),
            ["Claire Vasseur"]
        );
        assert_eq!(
            page("<p>Autor*innen: Jana Berg und Tim Roth</p>"),
            ["Jana Berg", "Tim Roth"]
        );
        assert_eq!(
            page(r#"<span class="meta-authors">Autor/in: Jana Berg</span>"#),
            ["Jana Berg"]
        );
        // Another word with a gender mark labels no writer ("Leser*innen", readers).
        assert!(page("<p>Leser*innen: Jana Berg und Tim Roth</p>").is_empty());
    }

    #[test]
    fn an_author_box_after_the_text_names_the_writer_when_nothing_else_does() {
        let page = |after: &str| {
            read_page(&format!(
                "<html><head><title>Musik und Sport: So steigern Songs deine Leistung</title>\
                 </head><body><article><h1>Musik und Sport: So steigern Songs deine Leistung</h1>\
                 <p>{}</p></article>{after}</body></html>",
                "Wer beim Laufen Musik hört, hält oft länger durch als ohne Musik. ".repeat(4)
            ))
        };
        assert_eq!(
            page(
                r#"<div class="author-info"><h3 class="widget-title">Autor</h3><h4><a
                href="/author/jana-berg/">Jana Berg</a></h4><p>Jana schreibt über Sport.</p></div>"#
            ),
            ["Jana Berg"]
        );
        assert_eq!(
            page(
                r#"<div class="author-bio footer"><h3>Martin Junker</h3><h4>&nbsp;</h4><p><a
                href="/author/martin">Alles von Martin Junker</a></p></div>"#
            ),
            ["Martin Junker"]
        );
        // A commenter's box, a related post's writer: no byline of this article.
        assert!(
            page(
                r#"<div class="comments"><div class="comment-author-box"><h4>Jana Berg</h4></div>
                <p>Gut.</p></div>"#
            )
            .is_empty()
        );
        assert!(
            page(
                r#"<div class="related-posts"><div class="author-card"><h4>Jana Berg</h4></div>
                <a href="/x">Laufen im Winter</a></div>"#
            )
            .is_empty()
        );
        // A label alone names nobody.
        assert!(page(r#"<div class="author-box"><h3>Über den Autor</h3></div>"#).is_empty());
    }

    #[test]
    fn a_one_sentence_bio_in_an_author_element_is_no_byline() {
        let html = r#"<html><head><title>Salary sacrifice cars explained</title></head><body>
            <article><h1>Salary sacrifice cars explained</h1><p>Salary sacrifice car schemes have
            become one of the most popular workplace benefits in recent years.</p>
            <div class="author-box-content"><p>Rachel Osei is a chartered payroll specialist who
            writes about pay, pensions and employee benefits.</p></div></article></body></html>"#;
        assert!(read_page(html).is_empty());
    }

    fn byline_credits_of_page(html: &str) -> Vec<Credit> {
        let html = crate::tree::Document::parse_document(html);
        let dom = Dom::build(&html, url::Url::parse("https://news.example/a/b").ok());
        crate::metadata::read(&dom, &crate::Limits::default()).byline_credits
    }

    #[test]
    fn the_info_row_beside_the_byline_credits_its_source() {
        let page = |row: &str| {
            format!(
                r#"<html lang="pl"><body><article><h1>Nowa linia tramwajowa w Gorzowie</h1>
                <div class="article-meta">{row}</div><div class="content">
                <p>Miasto podpisało umowę na budowę nowej linii tramwajowej łączącej osiedle
                Górczyn z centrum. Pierwsze składy mają ruszyć w maju.</p></div></article>
                </body></html>"#
            )
        };
        let html = page(
            "<span>Autor: Anna Kowalska</span> | <span>Data: 14.03.2026 10:15</span> | \
             <span>Źródło: PAP</span>",
        );
        assert_eq!(
            byline_credits_of_page(&html),
            [Credit::new(CreditRole::Source, "PAP")]
        );
        // A row without a labelled source credits nothing.
        let html = page("<span>Autor: Anna Kowalska</span> | <span>Data: 14.03.2026 10:15</span>");
        assert_eq!(byline_credits_of_page(&html), []);
    }

    #[test]
    fn a_byline_credits_the_photographer_and_the_agency_beside_the_writers() {
        assert_eq!(
            byline_credits("Story by Dana Whitfield • Photos by Luis Ortega"),
            [Credit::new(CreditRole::Photo, "Luis Ortega")]
        );
        assert_eq!(
            byline_credits("Текст: Иван Петров Фото: Ольга Смирнова"),
            [Credit::new(CreditRole::Photo, "Ольга Смирнова")]
        );
        assert_eq!(
            byline_credits("Par Marie Dupont et Pierre Martin (avec AFP)"),
            [Credit::new(CreditRole::Agency, "AFP")]
        );
        assert!(byline_credits("By Jane Doe and John Roe, Metro Wire").is_empty());
    }

    #[test]
    fn copyright_notices_and_empty_values_are_not_authors() {
        assert!(names("Copyright Example GmbH & Co. KG - all rights reserved").is_empty());
        assert!(names("© Example Media").is_empty());
        assert!(names("No Author").is_empty());
        assert_eq!(names("gizzmo"), [("gizzmo".to_string(), false)]);
    }

    #[test]
    fn a_photographer_in_the_byline_box_is_a_photo_credit() {
        let html = r#"<html><body><article><h1>Rekordmånga söker</h1><div class="byline"><div><a
            href="/av/emma-lindqvist">Emma Lindqvist</a> <span>Reporter</span></div><div><a
            href="/av/oskar-nystrom">Oskar Nyström</a> <span>Fotograf</span></div></div><p>Nära
            14 000 personer har sökt till polisutbildningen.</p></article></body></html>"#;
        let doc = crate::tree::Document::parse_document(html);
        let dom = Dom::build(&doc, url::Url::parse("https://news.example/a/b").ok());
        let meta = crate::metadata::read(&dom, &crate::Limits::default());
        let names: Vec<_> = meta.authors.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Emma Lindqvist"]);
        assert_eq!(
            meta.byline_credits,
            [Credit::new(CreditRole::Photo, "Oskar Nyström")]
        );
    }

    #[test]
    fn a_structured_login_takes_the_name_the_byline_shows() {
        let page = |login: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">
                {{"@type":"Article","headline":"H","author":{{"@type":"Person","name":"{login}"}}}}
                </script></head><body><h1>Sportzentrum erweitert</h1><div
                class="single-post--header_author"><span>von</span> <a href="/x">Arian
                Schlichenmayer</a></div><p>Text.</p></body></html>"#
            )
        };
        for login in [
            "arianschlichenmayer",
            "arian.schlichenmayer",
            "arian_schlichenmayer",
        ] {
            assert_eq!(read_page(&page(login)), ["Arian Schlichenmayer"], "{login}");
        }
        let list = |n: &str| {
            (
                vec![(n.to_string(), None, false)],
                Signal::Dom,
                String::new(),
            )
        };
        assert_eq!(
            fuller_name("christian.stadtfeld", &[list("Christian P. Stadtfeld")]).as_deref(),
            Some("Christian P. Stadtfeld")
        );
        // Initials or another person's login spell no name.
        assert_eq!(fuller_name("cps", &[list("Christian P. Stadtfeld")]), None);
        assert_eq!(fuller_name("jdoe", &[list("Jane Doe")]), None);
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
    fn agencies_beside_a_person_named_in_full_are_dropped() {
        let html = r#"<html><head><meta name="author" content="dpa; Jane Doe"></head>
            <body><h1>H</h1><p>Text.</p></body></html>"#;
        assert_eq!(read_page(html), ["Jane Doe"]);
        // An agency alone stays the author.
        let alone = r#"<html><head><meta name="author" content="dpa"></head>
            <body><h1>H</h1><p class="byline">dpa</p><p>Text.</p></body></html>"#;
        assert_eq!(read_page(alone), ["dpa"]);
        let byline = r#"<html><head></head><body><h1>H</h1>
            <p class="byline">By MARIA LOPEZ | The Associated Press</p>
            <p>Text of the story, long enough to be one.</p></body></html>"#;
        assert_eq!(read_page(byline), ["Maria Lopez"]);
        let desk = r#"<html lang="pt"><head></head><body><h1>H</h1>
            <p class="byline">Por Carla Souza, Redação, com agências</p>
            <p>Texto da matéria.</p></body></html>"#;
        assert_eq!(read_page(desk), ["Carla Souza"]);
        // Another organisation (the producing broadcaster) stays credited after the people.
        let broadcaster = r#"<html><head><meta name="author" content="Jane Doe; John Roe; NDR">
            </head><body><h1>H</h1><p>Text.</p></body></html>"#;
        assert_eq!(read_page(broadcaster), ["Jane Doe", "John Roe", "NDR"]);
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
    fn a_body_named_with_a_conjunction_stays_whole() {
        assert_eq!(
            names("Bundesministerium für Wirtschaft und Klimaschutz"),
            [(
                "Bundesministerium für Wirtschaft und Klimaschutz".to_string(),
                true
            )]
        );
        assert_eq!(
            names("Bündnis 90/Die Grünen Bundestagsfraktion"),
            [("Bündnis 90/Die Grünen Bundestagsfraktion".to_string(), true)]
        );
        // A news agency and a tag, or names joined by "&", are a list.
        assert!(names("AFP/mkr").len() != 1 || names("AFP/mkr")[0].0 != "AFP/mkr");
        assert!(
            names("dpa & Schmidt")
                .iter()
                .all(|(n, _)| n != "dpa & Schmidt")
        );
        // A person beside an agency is still two names.
        assert_eq!(
            names("Jane Doe, Reuters"),
            [
                ("Jane Doe".to_string(), false),
                ("Reuters".to_string(), true)
            ]
        );
    }

    #[test]
    fn an_address_names_its_first_part_only() {
        assert_eq!(
            names("Kirche und Leben, Münster, Germany"),
            [("Kirche und Leben".to_string(), true)]
        );
        assert_eq!(
            names("Jane Doe, Berlin, Deutschland"),
            [("Jane Doe".to_string(), false)]
        );
    }

    #[test]
    fn names_written_surname_first_are_turned_round() {
        let n: Vec<String> = names("Kooman, F.; Jong, Michiel de")
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(n, ["F. Kooman", "Michiel de Jong"]);
        // Without semicolons a comma separates people.
        assert_eq!(names("Jane Doe, John Roe").len(), 2);
    }

    #[test]
    fn counters_tag_lists_and_admin_accounts_are_not_authors() {
        assert!(names("人氣(23925)").is_empty());
        assert!(names("Kommentare (3)").is_empty());
        assert!(names("01.12.2022 / CSP / International / Photovoltaik / Solarthermie").is_empty());
        assert!(names("wordpressadmin").is_empty());
        assert!(names("Gesponserte Inhalte").is_empty());
        // Two user names are still a byline.
        assert_eq!(names("gizzmo, delta201").len(), 2);
    }

    #[test]
    fn a_structured_user_name_with_digits_needs_a_visible_byline() {
        let html = r#"<html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"CC7567"}}
            </script></head><body><h1>H</h1><div class="author">James Akinaka</div>
            <p>Text.</p></body></html>"#;
        assert_eq!(read_page(html), ["James Akinaka"]);
    }

    #[test]
    fn the_byline_naming_every_structured_author_and_more_wins() {
        let html = r#"<html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Jane Doe"}}
            </script></head><body><h1>H</h1><p class="byline">By <a href="/author/jane-doe">Jane
            Doe</a> and <a href="/author/john-roe">John Roe</a></p><p>Text.</p></body></html>"#;
        assert_eq!(read_page(html), ["Jane Doe", "John Roe"]);
        // A byline adding a label, not a person, does not replace the structured list.
        let label = r#"<html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Jane Doe"}}
            </script></head><body><h1>H</h1><p class="byline"><a href="/a/jane-doe">Jane Doe</a>
            <a href="/community">Community</a></p><p>Text.</p></body></html>"#;
        assert_eq!(read_page(label), ["Jane Doe"]);
    }

    fn read_page_at(html: &str, url: &str) -> Vec<String> {
        let html = crate::tree::Document::parse_document(html);
        let dom = Dom::build(&html, url::Url::parse(url).ok());
        let meta = crate::metadata::read(&dom, &crate::Limits::default());
        meta.authors.into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn a_shown_account_named_like_the_site_is_the_author() {
        let html = r#"<html><head><title>Entlöten</title></head><body><h1>Entlöten</h1>
            <p class="post-byline">von <span class="vcard author"><span class="fn"><a
            href="https://www.limespace.de/author/limespacer/" rel="author">Limespacer</a></span>
            </span></p><p>Text.</p></body></html>"#;
        assert_eq!(
            read_page_at(html, "https://www.limespace.de/entloeten/"),
            ["Limespacer"]
        );
    }

    #[test]
    fn links_to_author_pages_are_a_byline() {
        let after = r#"<html><body><h1>Top 5 der Ämter</h1><div class="post-date-author">
            <time datetime="2022-02-08">8. Februar 2022</time> von
            <a href="https://news.example/autoren/jane-doe/">Jane Doe</a></div>
            <p>Text of the article.</p></body></html>"#;
        assert_eq!(read_page(after), ["Jane Doe"]);
        let before = r#"<html><body><div class="meta"><a href="/autor/doe_j">Jane Doe</a> /
            22.04.2020</div><h1>Bericht zur Lage</h1><p>Text of the article.</p></body></html>"#;
        assert_eq!(read_page(before), ["Jane Doe"]);
        // A link to an author's page inside a hidden box or a caption is not the byline.
        let caption = r#"<html><body><h1>H</h1><figure><img src="a.jpg"><figcaption>Photo:
            <a href="/author/john-roe">John Roe</a></figcaption></figure><p>Text.</p>
            </body></html>"#;
        assert!(read_page(caption).is_empty());
    }

    #[test]
    fn text_bylines_with_labels_and_separators() {
        let written = r#"<html><body><h1>H</h1><p><em>Written by: <a href="https://other.example/x">Julie
            Mollins</a></em></p><p>Text.</p></body></html>"#;
        assert_eq!(read_page(written), ["Julie Mollins"]);
        let screen_reader = r#"<html><body><h1>H</h1><div class="meta"><span>yas!</span>
            <span class="screen-reader-text">| By </span> <span>Cara Stiles</span></div>
            <p>Text.</p></body></html>"#;
        assert_eq!(read_page(screen_reader), ["Cara Stiles"]);
        let heading = r#"<html><body><h1>H</h1><h4>Autor</h4><p><a href="/profil/x">Nikolai
            Huke</a></p><p>Text.</p></body></html>"#;
        assert_eq!(read_page(heading), ["Nikolai Huke"]);
        let posted = r#"<html><body><h1>H</h1><div class="gallery-meta--author">Posted on
            September 21, 2020 by Adi Tzlil</div><p>Text.</p></body></html>"#;
        assert_eq!(read_page(posted), ["Adi Tzlil"]);
    }

    #[test]
    fn credits_of_pictures_books_and_lists_are_not_bylines() {
        let copyright = r#"<html><body><h1>H</h1><p><small>&copy; By Té y kriptonita (Own
            work)</small></p><p>Text.</p></body></html>"#;
        assert!(read_page(copyright).is_empty());
        let book = r#"<html><body><h1>Monatsrückblick</h1><p>Diesen Monat lese ich ein Buch.</p>
            <div><u>Titel:</u> The Casquette Girls</div><div><u>Seiten:</u> 400</div>
            <div><u>Autorin: </u>Alys Arden</div><div><u>Verlag: </u>Example</div></body></html>"#;
        assert!(read_page(book).is_empty());
        let signatories = r#"<html><body><h1>A Letter</h1><p><strong>Marie Arana</strong>,
            <span>author</span><br><strong>Margaret Atwood</strong></p></body></html>"#;
        assert!(read_page(signatories).is_empty());
    }

    #[test]
    fn an_account_near_the_headline_gives_way_to_the_signed_name() {
        let html = r#"<html><body><h1>Vegetarier zu sein</h1><div class="submitted">Gespeichert
            von human am 7. Juli 2019</div><p>Blog Beitrag von Margarita Koreneva</p>
            <p>Text.</p></body></html>"#;
        assert_eq!(read_page(html), ["Margarita Koreneva"]);
        let alone = r#"<html><body><h1>Faircoin</h1><div class="submitted">Gespeichert von
            <span class="username">rasos</span> am 24. Juli 2017</div><p>Text.</p></body></html>"#;
        assert_eq!(read_page(alone), ["rasos"]);
    }

    #[test]
    fn a_blogger_post_box_is_not_a_sidebar() {
        let html = r#"<html><body><div class="widget Blog" id="Blog1"><h3 class="post-title">
            Meta</h3><div class="post-header"><span class="post-author vcard">Posted by
            <span class="fn">T. V. Raman</span></span></div><div class="post-body">Text of the
            post.</div></div></body></html>"#;
        assert_eq!(read_page(html), ["T. V. Raman"]);
    }

    #[test]
    fn a_dated_byline_line_keeps_every_writer() {
        let html = r#"<html><body><h1>Council votes on the budget</h1><div class="byline">Jane
            Doe | John Roe | 14 March 2026</div><p>Text of the article.</p></body></html>"#;
        assert_eq!(read_page(html), ["Jane Doe", "John Roe"]);
        let place = r#"<html><body><h1>Council votes on the budget</h1><div class="byline">Jane
            Doe | Palma de Mallorca | 14/03/2026</div><p>Text of the article.</p></body></html>"#;
        assert_eq!(read_page(place), ["Jane Doe"]);
    }

    #[test]
    fn a_signature_names_the_writer_when_every_source_names_an_outlet() {
        let html = r#"<html><head><meta name="author" content="Afrique Media"></head><body>
            <div id="logo"><a href="/fr/">Afrique Media</a></div>
            <h1>Les éléphants de forêt</h1><div class="author">Afrique Media</div>
            <p>Le texte de l'article, assez long pour être lu comme de la prose.</p>
            <p>Auteur : Kossivi Tiassou </p> <p>Edition : M-A. Pioerron</p>
            <div class="related"><p>Environnement</p></div></body></html>"#;
        assert_eq!(read_page(html), ["Kossivi Tiassou"]);
    }

    #[test]
    fn linked_co_authors_beat_the_one_structured_producer() {
        let page = |links: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle",
                "headline":"Crash in Miami","author":{{"@type":"Person","name":"Kathleen Ditton"}}}}
                </script></head><body><h1>Crash in Miami</h1><div class="byline">By {links}</div>
                <p>Text of the article.</p></body></html>"#
            )
        };
        let linked = page(
            r#"<a href="/author/jessica-holly/" rel="author" class="author url fn">Jessica
            Holly</a>, <a href="/author/gail-levy/" rel="author" class="author url fn">Gail
            Levy</a>"#,
        );
        assert_eq!(read_page(&linked), ["Jessica Holly", "Gail Levy"]);
        // Names without author pages (the people a story is about) do not replace it.
        let tags = page(
            r#"<span class="author">Olivier Véran</span> <span class="author">Elon
            Musk</span>"#,
        );
        assert_eq!(read_page(&tags), ["Kathleen Ditton"]);
    }

    #[test]
    fn a_greek_genitive_before_a_body_is_no_byline() {
        let page = |line: &str| {
            format!(
                r#"<html><body><h1>Νέα μέτρα για τα νοσοκομεία</h1><div class="article-author">{line}
                </div><p>Κείμενο του άρθρου.</p></body></html>"#
            )
        };
        assert!(read_page(&page("Του Υπουργείου Υγείας")).is_empty());
        assert!(read_page(&page("Της Ελληνικής Αστυνομίας")).is_empty());
        assert_eq!(
            read_page(&page("Του Γιώργου Νικολάου")),
            ["Γιώργου Νικολάου"]
        );
        assert_eq!(
            read_page(&page("Των Γιώργου Νικολάου και Μαρίας Παπαδάκη")),
            ["Γιώργου Νικολάου", "Μαρίας Παπαδάκη"]
        );
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

    #[test]
    fn a_taiwanese_reporter_line_names_the_reporter() {
        // "Paper / reporter X / reporting from Taipei": the paper is an organisation, the
        // closing place tag no one, the reporter's name (no space in it) a full name.
        assert_eq!(
            names("聯合日報 / 記者 林怡君 ／台北即時報導"),
            [
                ("聯合日報".to_string(), true),
                ("林怡君".to_string(), false)
            ]
        );
        assert_eq!(
            names("記者 陳大文／北京报道"),
            [("陳大文".to_string(), false)]
        );
    }
}
