//! Tests of `read` on whole pages.

use crate::tree::Document as Html;
use url::Url;

use super::*;

fn read_page(html: &str, url: &str) -> Meta {
    let html = Html::parse_document(html);
    let dom = Dom::build(&html, Url::parse(url).ok());
    read(&dom, &Limits::default())
}

fn names(m: &Meta) -> Vec<&str> {
    m.authors.iter().map(|p| p.name.as_str()).collect()
}

fn signal(m: &Meta, field: Field) -> Option<Signal> {
    m.provenance
        .iter()
        .find(|p| p.field == field)
        .map(|p| p.signal)
}

#[test]
fn json_ld_graph_fills_the_article_fields() {
    let m = read_page(
        r#"<html><head><title>Floods close schools - Daily Planet</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"NewsMediaOrganization","@id":"https://planet.example/#org","name":"Daily Planet",
           "url":"https://planet.example/"},
          {"@type":"NewsArticle","headline":"Floods close schools","description":"Schools shut.",
           "datePublished":"2024-03-01T09:00:00+01:00","dateModified":"2024-03-02T10:00:00+01:00",
           "author":[{"@type":"Person","name":"Jane Doe","url":"/staff/jane"},{"@type":"Person","name":"John Roe"}],
           "editor":{"@type":"Person","name":"Ali Musa"},
           "publisher":{"@id":"https://planet.example/#org"},"inLanguage":"en-US",
           "keywords":["Floods","schools"],"image":{"@type":"ImageObject","url":"/img/floods.jpg"},
           "articleBody":"Schools across the region stayed shut.","isAccessibleForFree":true}]}
        </script></head><body><h1>Floods close schools</h1><p>Text.</p></body></html>"#,
        "https://planet.example/news/floods",
    );
    assert_eq!(m.title.as_deref(), Some("Floods close schools"));
    assert_eq!(signal(&m, Field::Title), Some(Signal::JsonLd));
    assert_eq!(names(&m), ["Jane Doe", "John Roe"]);
    assert_eq!(
        m.authors[0].url.as_deref(),
        Some("https://planet.example/staff/jane")
    );
    assert_eq!(m.editor.as_ref().map(|e| e.name.as_str()), Some("Ali Musa"));
    assert_eq!(signal(&m, Field::Editor), Some(Signal::JsonLd));
    let source = m.source.as_ref().unwrap();
    assert_eq!(source.name, "Daily Planet");
    assert_eq!(source.url.as_deref(), Some("https://planet.example/"));
    assert_eq!(
        m.published.map(|d| d.to_rfc3339()).as_deref(),
        Some("2024-03-01T09:00:00+01:00")
    );
    assert_eq!(
        m.modified.map(|d| d.date_string()).as_deref(),
        Some("2024-03-02")
    );
    assert_eq!(m.language.as_deref(), Some("en"));
    assert_eq!(m.tags, ["Floods", "schools"]);
    assert_eq!(
        m.image.as_ref().map(|i| i.url.as_str()),
        Some("https://planet.example/img/floods.jpg")
    );
    assert_eq!(m.description.as_deref(), Some("Schools shut."));
    assert_eq!(
        m.article_body.as_deref(),
        Some("Schools across the region stayed shut.")
    );
    assert_eq!(m.accessible_for_free, Some(true));
    assert!(m.title_node.is_some());
}

#[test]
fn meta_only_page() {
    let m = read_page(
        r#"<html><head>
        <meta property="og:title" content="Rain due on Tuesday">
        <meta property="og:site_name" content="The Weather Desk">
        <meta property="og:url" content="https://weather.example/rain">
        <meta property="og:image" content="//cdn.weather.example/rain.jpg">
        <meta property="og:locale" content="fr_FR">
        <meta name="description" content="Heavy rain expected.">
        <meta property="article:published_time" content="2024-05-06T07:00:00Z">
        <meta property="article:modified_time" content="2024-05-06T09:30:00Z">
        <meta property="article:author" content="https://www.facebook.com/weatherdesk">
        <meta name="author" content="Marie Curie">
        <meta property="article:tag" content="rain"><meta name="keywords" content="Rain, weather , forecast">
        </head><body><p>Text</p></body></html>"#,
        "https://weather.example/rain?utm=x",
    );
    assert_eq!(m.title.as_deref(), Some("Rain due on Tuesday"));
    assert_eq!(signal(&m, Field::Title), Some(Signal::Meta));
    assert_eq!(names(&m), ["Marie Curie"]);
    assert_eq!(signal(&m, Field::Authors), Some(Signal::Meta));
    assert_eq!(
        m.source.as_ref().map(|s| s.name.as_str()),
        Some("The Weather Desk")
    );
    assert_eq!(
        m.canonical_url.as_deref(),
        Some("https://weather.example/rain")
    );
    assert_eq!(
        m.image.as_ref().map(|i| i.url.as_str()),
        Some("https://cdn.weather.example/rain.jpg")
    );
    assert_eq!(m.language.as_deref(), Some("fr"));
    assert_eq!(m.description.as_deref(), Some("Heavy rain expected."));
    assert_eq!(m.published.map(|d| d.hour), Some(7));
    assert_eq!(m.modified.map(|d| d.minute), Some(30));
    assert_eq!(m.tags, ["rain", "weather", "forecast"]);
    assert_eq!(
        m.subtitle, None,
        "the meta description alone is not a subtitle"
    );
}

#[test]
fn title_site_suffix_stripped_with_og_site_name() {
    let m = read_page(
        r#"<head><meta property="og:title" content="Floods close schools | Daily Planet">
        <meta property="og:site_name" content="Daily Planet"></head><body><p>x</p></body>"#,
        "https://planet.example/a",
    );
    assert_eq!(m.title.as_deref(), Some("Floods close schools"));
}

#[test]
fn the_home_logo_names_the_site_when_the_copyright_line_confirms_it() {
    let page = |alt: &str, footer: &str| {
        read_page(
            &format!(
                r#"<html><head><title>Metro hattı için ihale tarihi belli oldu</title></head>
                <body><header><a href="https://www.egepostasi.example/" class="logo"><img src="/logo.png" alt="{alt}"></a>
                <a href="/gundem">Gündem</a></header>
                <h1>Metro hattı için ihale tarihi belli oldu</h1><p>Text.</p>
                <footer><p>{footer}</p></footer></body></html>"#
            ),
            "https://www.egepostasi.example/izmir/metro-h48812.html",
        )
    };
    let source = |m: &Meta| m.source.as_ref().map(|s| s.name.clone());
    let confirmed = page(
        "Ege Postası",
        "Copyright © 2026 Ege Postası - Tüm hakları saklıdır.",
    );
    assert_eq!(source(&confirmed).as_deref(), Some("Ege Postası"));
    // A "logo" word beside the name is not part of it.
    let worded = page("Ege Postası Logo", "© 2026 Ege Postası");
    assert_eq!(source(&worded).as_deref(), Some("Ege Postası"));
    // The host spells it too.
    let hosted = page("Ege Postası", "Tüm hakları saklıdır.");
    assert_eq!(source(&hosted).as_deref(), Some("Ege Postası"));
    // Unconfirmed, or a generic alt: no source.
    assert_eq!(source(&page("Körfez Haber", "Tüm hakları saklıdır.")), None);
    assert_eq!(source(&page("logo", "© 2026 logo")), None);
    // The site's title as the text of a link home marked so.
    let titled = read_page(
        r#"<html><head><title>Council approves new cycle lanes</title></head><body>
        <header><p class="site-title"><a href="/" rel="home">Riverside Gazette</a></p>
        <nav><a href="/">Home</a></nav></header><h1>Council approves new cycle lanes</h1>
        <p>Text.</p><footer><p>© 2026 Riverside Gazette</p></footer></body></html>"#,
        "https://www.gazette.example/news/lanes",
    );
    assert_eq!(
        titled.source.as_ref().map(|s| s.name.as_str()),
        Some("Riverside Gazette")
    );
    // A plain link home in the menu names no site.
    let menu = read_page(
        r#"<html><head><title>Council approves new cycle lanes</title></head><body>
        <nav><a href="/">Riverside Gazette</a></nav><h1>Council approves new cycle lanes</h1>
        <p>Text.</p><footer><p>© 2026 Riverside Gazette</p></footer></body></html>"#,
        "https://www.gazette.example/news/lanes",
    );
    assert_eq!(menu.source, None);
}

#[test]
fn title_site_prefix_stripped() {
    let m = read_page(
        r#"<head><title>Daily Planet | Floods close schools</title>
        <meta name="application-name" content="Daily Planet"></head><body><p>x</p></body>"#,
        "https://planet.example/a",
    );
    assert_eq!(m.title.as_deref(), Some("Floods close schools"));
    assert_eq!(
        m.source.as_ref().map(|s| s.name.as_str()),
        Some("Daily Planet")
    );
}

#[test]
fn title_from_h1_when_title_has_extra_segments() {
    let m = read_page(
        r#"<head><title>Floods close schools | World | Planet News Online</title></head>
        <body><div class="logo">Planet</div><h1>Floods close schools</h1><p>x</p></body>"#,
        "https://planet.example/a",
    );
    assert_eq!(m.title.as_deref(), Some("Floods close schools"));
    assert_eq!(signal(&m, Field::Title), Some(Signal::Dom));
    let m = read_page(
        r#"<head><meta property="og:title" content="Floods close schools - World - Planet"></head>
        <body><h1>Floods close schools</h1><p>x</p></body>"#,
        "https://planet.example/a",
    );
    assert_eq!(m.title.as_deref(), Some("Floods close schools"));
}

#[test]
fn title_never_empty_and_unknown_site_dropped_from_title_element() {
    let m = read_page(
        r#"<head><title>Schools shut across the north | Planet</title></head><body><p>x</p></body>"#,
        "https://other.example/a",
    );
    assert_eq!(m.title.as_deref(), Some("Schools shut across the north"));
    let m = read_page(
        r#"<head><title>Planet</title><meta property="og:site_name" content="Planet"></head>"#,
        "https://other.example/a",
    );
    assert_eq!(m.title.as_deref(), Some("Planet"));
}

#[test]
fn a_shown_headline_keeps_a_segment_that_only_resembles_the_site() {
    // og:site_name "Welpen" is not "Welpen kaufen"; the `<h1>` shows both halves.
    let m = read_page(
        r#"<head><title>Welpen kaufen – Tipps zu jeder Hunderasse | Welpenkaufen24</title>
        <meta property="og:site_name" content="Welpen">
        <meta property="og:title" content="Welpen kaufen – Tipps zu jeder Hunderasse"></head>
        <body><article><h1 class="entry-title">Welpen kaufen &#8211; Tipps zu jeder Hunderasse</h1>
        <p>Wer einen Welpen kaufen möchte, sollte sich Zeit nehmen.</p></article></body>"#,
        "https://www.welpenkaufen24.de/welpen-kaufen/",
    );
    assert_eq!(
        m.title.as_deref(),
        Some("Welpen kaufen – Tipps zu jeder Hunderasse")
    );
    // A speaker's name that begins with the host's letters ("GdP-Vize" on gdp.de).
    let m = read_page(
        r#"<head><title>GdP-Vize Klemmer: Mangelnde Wertschätzung für die Beschäftigten - Gewerkschaft der Polizei</title>
        <meta name="application-name" content="GdP">
        <meta property="og:title" content="GdP-Vize Klemmer: Mangelnde Wertschätzung für die Beschäftigten"></head>
        <body><main><h1>GdP-Vize Klemmer: Mangelnde Wertschätzung für die Beschäftigten</h1>
        <p>Berlin. Die Gewerkschaft der Polizei kritisiert die Tarifrunde.</p></main></body>"#,
        "https://www.gdp.de/gdp/gdp.nsf/id/DE_Wertschaetzung",
    );
    assert_eq!(
        m.title.as_deref(),
        Some("GdP-Vize Klemmer: Mangelnde Wertschätzung für die Beschäftigten")
    );
    // The site's own name is still cut from the `<h1>`.
    let m = read_page(
        r#"<head><meta property="og:site_name" content="Daily Planet">
        <meta property="og:title" content="Floods close schools | Daily Planet"></head>
        <body><h1>Floods close schools | Daily Planet</h1><p>Text.</p></body>"#,
        "https://planet.example/news/floods",
    );
    assert_eq!(m.title.as_deref(), Some("Floods close schools"));
}

#[test]
fn a_question_after_the_shown_headline_belongs_to_it() {
    let m = read_page(
        r#"<head><title>Leasing oder Finanzierung » Der große Vergleich | FINANZCHECK.de</title>
        <meta property="og:site_name" content="Finanzcheck.de">
        <meta property="og:title" content="Leasing oder Finanzierung » Der große Vergleich | FINANZCHECK.de">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
        "headline":"Leasing oder Finanzierung – was lohnt sich mehr?",
        "publisher":{"@type":"Organization","name":"Finanzcheck"}}</script></head>
        <body><article><h1>Leasing oder Finanzierung</h1>
        <p>Wer ein neues Auto braucht, steht vor der Wahl.</p></article></body>"#,
        "https://www.finanzcheck.de/ratgeber/leasing-oder-finanzierung/",
    );
    assert_eq!(
        m.title.as_deref(),
        Some("Leasing oder Finanzierung – was lohnt sich mehr?")
    );
    // A section name after the separator is not a clause of the headline.
    let m = read_page(
        r#"<head><meta property="og:title" content="Floods close schools - World News"></head>
        <body><article><h1>Floods close schools</h1><p>Text.</p></article></body>"#,
        "https://planet.example/news/floods",
    );
    assert_eq!(m.title.as_deref(), Some("Floods close schools"));
}

#[test]
fn section_headings_of_the_article_are_not_its_headline() {
    // Four `<h1>`s head the sections of a blog post; the structured titles agree on the
    // headline, which shares only the word "Montauk" with one section heading.
    let m = read_page(
        r#"<head><title>BeFifty - Der Blog für Frauen über 40 und über 50</title>
        <meta property="og:site_name" content="BeFifty">
        <meta property="og:title" content="Das vielleicht schönste Ende der Welt: Montauk ">
        <meta name="twitter:title" content="Das vielleicht schönste Ende der Welt: Montauk "></head>
        <body><article><p>Endlich wieder reisen.</p><h1>Wann, wenn nicht jetzt...</h1><p>Text.</p>
        <h1>"Downtown" Montauk</h1><p>Text.</p><h1>Tipps für die Unterkunft:</h1><p>Text.</p>
        </article></body>"#,
        "https://befifty.de/montauk/",
    );
    assert_eq!(
        m.title.as_deref(),
        Some("Das vielleicht schönste Ende der Welt: Montauk")
    );
}

#[test]
fn the_heading_that_is_the_stripped_title_beats_the_one_naming_the_site() {
    let m = read_page(
        r#"<head><title>Evolve: Shared Mutable History — evolve extension for Mercurial</title></head>
        <body><div class="header"><h1>evolve extension for Mercurial</h1></div>
        <div class="body"><h1>Evolve: Shared Mutable History</h1><p>Once changesets are
        exchanged, editing them gets harder.</p></div></body>"#,
        "https://www.mercurial-scm.org/doc/evolve/sharing.html",
    );
    assert_eq!(m.title.as_deref(), Some("Evolve: Shared Mutable History"));
}

#[test]
fn a_closing_parenthesis_the_visible_heading_leaves_out_is_dropped() {
    let m = read_page(
        r#"<head><title>Der historische Purzelbaum (2021/5): alacarte</title>
        <meta property="og:site_name" content="alacarte">
        <meta property="og:title" content="Der historische Purzelbaum (2021/5)"></head>
        <body><div class="ce-bodytext"><header><h2>Der historische Purzelbaum</h2></header>
        <p>Auf dem Weg durch zwei bedeutende deutsche Städte.</p></div></body>"#,
        "https://www.alacarte.at/reisen/der-historische-purzelbaum-20215/",
    );
    assert_eq!(m.title.as_deref(), Some("Der historische Purzelbaum"));
}

#[test]
fn a_date_between_headline_and_unknown_site_is_cut() {
    let m = read_page(
        r#"<head><title>У місті відкрили новий спортмайданчик - 14 Березня 2026 - Красилів Інфо</title></head>
        <body><table class="eBlock"><tr><td class="eTitle">У місті відкрили новий спортмайданчик</td></tr>
        <tr><td class="eMessage">У суботу в мікрорайоні відкрили майданчик.</td></tr></table></body>"#,
        "https://krasyliv-info.example/news/sportmajdanchyk/2026-03-14-1834",
    );
    assert_eq!(
        m.title.as_deref(),
        Some("У місті відкрили новий спортмайданчик")
    );
}

#[test]
fn byline_element_with_two_authors() {
    let m = read_page(
        r#"<html><body><article><h1>Floods close schools</h1>
        <div class="byline">By Jane Doe and John Roe</div>
        <p>Schools across the region stayed shut.</p></article></body></html>"#,
        "https://planet.example/a",
    );
    assert_eq!(names(&m), ["Jane Doe", "John Roe"]);
    assert_eq!(signal(&m, Field::Authors), Some(Signal::Dom));
    assert_eq!(m.consumed.len(), 1, "the byline element is consumed");
}

#[test]
fn structured_organisation_gives_way_to_a_person_in_the_byline() {
    let m = read_page(
        r#"<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
        "author":{"@type":"Organization","name":"Daily Planet"}}</script>
        <meta property="og:site_name" content="Daily Planet"></head>
        <body><h1>H</h1><span class="author-name">Jane Doe</span></body>"#,
        "https://planet.example/a",
    );
    assert_eq!(names(&m), ["Jane Doe"]);
    let m = read_page(
        r#"<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
        "author":{"@type":"Person","name":"Daily Planet"},
        "publisher":{"@type":"Organization","name":"Daily Planet"}}</script></head><body><h1>H</h1></body>"#,
        "https://planet.example/a",
    );
    assert!(
        m.authors.is_empty(),
        "the site is the source, not an author"
    );
    assert_eq!(
        m.source.as_ref().map(|s| s.name.as_str()),
        Some("Daily Planet")
    );
    let m = read_page(
        r#"<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
        "author":{"@type":"Organization","name":"Reuters"}}</script></head><body><h1>H</h1>
        <p class="source">Reuters</p><p>Text.</p></body>"#,
        "https://planet.example/a",
    );
    assert_eq!(
        names(&m),
        ["Reuters"],
        "an agency the page shows is kept when no person is named"
    );
    // An organisation only structured data names, shown nowhere, is no author: a
    // syndicated story's agency in JSON-LD, the editor in the visible byline.
    let m = read_page(
        r#"<head><meta name="author" content="Press Trust of India">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
        "author":{"@type":"Organization","name":"Press Trust of India"},
        "editor":{"@type":"Person","name":"Meenakshi Rao"}}</script></head><body><h1>H</h1>
        <nav class="pst-by"><ul><li>Edited by <a href="/author/meenakshi-rao">Meenakshi
        Rao</a></li></ul></nav><p>Text.</p><p><i>(This story is published from a syndicated
        feed.)</i></p></body>"#,
        "https://www.ndtv.example/cities/a-1",
    );
    assert!(m.authors.is_empty(), "{:?}", names(&m));
}

#[test]
fn a_stated_date_of_the_shown_day_replaces_the_one_printed_nowhere() {
    // JSON-LD `datePublished` repeats the modification (16th, printed only as "Ενημερώθηκε"
    // in another form); the `<time>` shows the 14th without an offset, which
    // `article:published_time` gives.
    let m = read_page(
        r#"<html lang="el"><head><title>Νέος σταθμός του μετρό - Πρώτο Νέο</title>
        <meta property="article:published_time" content="2026-03-14T09:30:00+02:00">
        <meta property="article:modified_time" content="2026-03-16T08:00:00+02:00">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Νέος σταθμός του μετρό","datePublished":"2026-03-16T08:00:00+02:00",
        "dateModified":"2026-03-16T08:00:00+02:00"}</script></head>
        <body><article><h1>Νέος σταθμός του μετρό</h1>
        <div class="time"><time datetime="2026-03-14T09:30">14.03.2026 | 09:30</time></div>
        <p>Τον Μάιο αναμένεται να δοθεί στο επιβατικό κοινό ο νέος σταθμός.</p></article></body></html>"#,
        "https://www.protoneo.example/greece/1412345/neos-stathmos/",
    );
    assert_eq!(
        m.published.map(|d| d.to_rfc3339()).as_deref(),
        Some("2026-03-14T09:30:00+02:00")
    );
    assert_eq!(signal(&m, Field::Published), Some(Signal::Meta));
}

#[test]
fn time_element_dates() {
    let m = read_page(
        r#"<body><h1>Floods close schools</h1><div class="meta">
        <time datetime="2024-03-01T08:00:00Z" pubdate>1 March</time>
        <time class="updated" datetime="2024-03-02T08:00:00Z">2 March</time></div><p>x</p></body>"#,
        "https://planet.example/a",
    );
    assert_eq!(
        m.published.map(|d| d.date_string()).as_deref(),
        Some("2024-03-01")
    );
    assert_eq!(
        m.modified.map(|d| d.date_string()).as_deref(),
        Some("2024-03-02")
    );
    assert_eq!(signal(&m, Field::Published), Some(Signal::Dom));
}

#[test]
fn url_date_is_the_last_resort() {
    let m = read_page(
        "<body><p>x</p></body>",
        "https://planet.example/2023/11/05/floods",
    );
    assert_eq!(
        m.published.map(|d| d.date_string()).as_deref(),
        Some("2023-11-05")
    );
    assert_eq!(signal(&m, Field::Published), Some(Signal::Url));
}

#[test]
fn subtitle_under_h1_is_read_and_the_date_line_consumed() {
    let m = read_page(
        r#"<head><title>Mali Military Faces Coordinated Attacks Across Multiple Towns - Axadle Times International</title>
        <meta property="og:site_name" content="Axadle Times International">
        <meta name="description" content="Mali army reports coordinated strikes on its positions across seven towns"></head>
        <body><header class="td-post-title">
        <h1 class="entry-title">Mali Military Faces Coordinated Attacks Across Multiple Towns</h1>
        <p class="td-post-sub-title">Mali army reports coordinated strikes on its positions across seven towns</p>
        <div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date"
         datetime="2024-07-02T10:15:00+00:00">July 2, 2024</time></span></div></header>
        <div class="td-post-content"><p>In the early hours of Tuesday...</p></div></body>"#,
        "https://axadletimes.example/mali-military/",
    );
    assert_eq!(
        m.title.as_deref(),
        Some("Mali Military Faces Coordinated Attacks Across Multiple Towns")
    );
    assert_eq!(
        m.subtitle.as_deref(),
        Some("Mali army reports coordinated strikes on its positions across seven towns")
    );
    assert_eq!(
        m.source.as_ref().map(|s| s.name.as_str()),
        Some("Axadle Times International")
    );
    assert!(!m.consumed.is_empty(), "the date line is consumed");
    assert!(m.published.is_some() || m.modified.is_some());
}

#[test]
fn language_from_html_lang() {
    let m = read_page(
        r#"<html lang="en-GB"><head><meta property="og:locale" content="en_GB"></head><body></body></html>"#,
        "https://planet.example/a",
    );
    assert_eq!(m.language.as_deref(), Some("en"));
    assert_eq!(signal(&m, Field::Language), Some(Signal::Dom));
    // A theme's hard-coded English gives way to the site's own locale.
    let m = read_page(
        r#"<html lang="en-US"><head><meta property="og:locale" content="de_DE"></head><body></body></html>"#,
        "https://planet.example/a",
    );
    assert_eq!(m.language.as_deref(), Some("de"));
    assert_eq!(signal(&m, Field::Language), Some(Signal::Meta));
    // Another language stated first stands against a later English.
    let m = read_page(
        r#"<html lang="tl"><head><meta property="og:locale" content="en_US"></head><body></body></html>"#,
        "https://planet.example/a",
    );
    assert_eq!(m.language.as_deref(), Some("tl"));
    let m = read_page(
        r#"<html lang="{{lang}}"><head><meta http-equiv="content-language" content="pt-BR"></head></html>"#,
        "https://planet.example/a",
    );
    assert_eq!(m.language.as_deref(), Some("pt"));
}

#[test]
fn microdata_article() {
    let m = read_page(
        r#"<body><div itemscope itemtype="https://schema.org/NewsArticle">
        <h1 itemprop="headline">Floods close schools</h1>
        <span itemprop="author" itemscope itemtype="https://schema.org/Person">By
          <span itemprop="name">Jane Doe</span></span>
        <meta itemprop="datePublished" content="2024-03-01">
        <div itemprop="articleBody"><p>x</p></div></div></body>"#,
        "https://planet.example/a",
    );
    assert_eq!(m.title.as_deref(), Some("Floods close schools"));
    assert_eq!(signal(&m, Field::Title), Some(Signal::Microdata));
    assert_eq!(names(&m), ["Jane Doe"]);
    assert_eq!(signal(&m, Field::Authors), Some(Signal::Microdata));
    assert_eq!(
        m.published.map(|d| d.date_string()).as_deref(),
        Some("2024-03-01")
    );
    assert_eq!(signal(&m, Field::Published), Some(Signal::Microdata));
}

#[test]
fn broken_json_ld_block_is_skipped_and_next_read() {
    let m = read_page(
        r#"<head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
        <script type="application/ld+json">
        <!--
        {"@type": "NewsArticle", "headline": "Second block", "author": "Jane Doe",}
        -->
        </script></head><body><p>x</p></body>"#,
        "https://planet.example/a",
    );
    assert_eq!(m.title.as_deref(), Some("Second block"));
    assert_eq!(names(&m), ["Jane Doe"]);
}

#[test]
fn tags_are_merged_and_deduplicated() {
    let m = read_page(
        r#"<head><script type="application/ld+json">{"@type":"Article","headline":"H","keywords":"Rain, Floods"}</script>
        <meta property="article:tag" content="floods"><meta name="news_keywords" content="Schools; rain">
        <meta name="parsely-tags" content="weather"></head>"#,
        "https://planet.example/a",
    );
    assert_eq!(m.tags, ["Rain", "Floods", "Schools", "weather"]);
    assert_eq!(signal(&m, Field::Tags), Some(Signal::JsonLd));
}

#[test]
fn caps_hold_on_hostile_pages() {
    let long = "x".repeat(5000);
    let many_tags: String = (0..500).map(|i| format!("tag{i},")).collect();
    let page = format!(
        r#"<head><meta property="og:title" content="{long}"><title>Short title here</title>
        <meta name="keywords" content="{many_tags}"></head><body></body>"#
    );
    let m = read_page(&page, "https://planet.example/a");
    assert_eq!(m.title.as_deref(), Some("Short title here"));
    assert_eq!(m.tags.len(), 50);
    let raw_len = m.provenance.iter().map(|p| p.raw.chars().count()).max();
    assert!(raw_len.unwrap_or(0) <= clean::RAW_CHARS);
}

#[test]
fn byline_written_as_text_after_the_headline() {
    let m = read_page(
        r#"<body><h1>Floods close schools</h1>
        <div class="meta"><span>By</span><span><a href="/staff/jane">Jane Doe</a></span>
        <span>March 3, 2024</span></div><p>Schools across the region stayed shut.</p></body>"#,
        "https://planet.example/a",
    );
    assert_eq!(names(&m), ["Jane Doe"]);
    assert_eq!(
        m.published.map(|d| d.date_string()).as_deref(),
        Some("2024-03-03")
    );
    let m = read_page(
        r#"<body><h1>Grenzen setzen</h1><p><i>von Daniela Obers</i></p><p>Text.</p></body>"#,
        "https://mind.example/a",
    );
    assert_eq!(names(&m), ["Daniela Obers"]);
}

#[test]
fn kicker_inside_the_h1_is_not_part_of_the_title() {
    let m = read_page(
        r#"<head><meta property="og:title" content="Daten von Rheinmetall gehackt | News"></head>
        <body><h1><span class="seitenkopf__topline">Interne Unterlagen im Netz</span>
        <span class="seitenkopf__headline">Daten von Rheinmetall gehackt</span></h1></body>"#,
        "https://news.example/a",
    );
    assert_eq!(m.title.as_deref(), Some("Daten von Rheinmetall gehackt"));
    let m = read_page(
        r#"<body><h1><span class="kicker">Investitionen</span> Cyber-Angriffe: Budget erhöhen</h1></body>"#,
        "https://news.example/a",
    );
    assert_eq!(m.title.as_deref(), Some("Cyber-Angriffe: Budget erhöhen"));
    // A line the template classes "subtitle" inside the `<h1>`, which the structured title
    // joins to the headline with a dash: not glued to it.
    let m = read_page(
        r#"<head><script type="application/ld+json">{"@context":"https://schema.org",
        "@type":"NewsArticle","headline":"Olympische Spiele in Paris - Getränke per Schiff ins Stadtzentrum"}
        </script></head><body><article><h1>
        <span class="subtitle">Olympische Spiele in Paris</span>
        Getränke per Schiff ins Stadtzentrum </h1><p>Text.</p></article></body>"#,
        "https://www.lebensmittelpraxis.de/handel-aktuell/stadtzentrum.html",
    );
    assert_eq!(
        m.title.as_deref(),
        Some("Getränke per Schiff ins Stadtzentrum")
    );
}

#[test]
fn of_two_h1_lines_found_in_titles_the_longer_is_the_headline() {
    // og:title gives the kicker, JSON-LD the headline: the headline line wins.
    let m = read_page(
        r#"<head><meta property="og:title" content="Wurmkiste  | selbst.de">
        <meta property="og:site_name" content="selbst.de">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
        "headline":"Wurmkiste selber bauen"}</script></head>
        <body><article><h1><span>Wurmkiste</span><span>Wurmkiste selber bauen</span></h1>
        <p>Mit einer Wurmkiste wird aus Küchenabfällen wertvoller Humus.</p></article></body>"#,
        "https://www.selbst.de/garten/wurmkiste-selber-bauen.html",
    );
    assert_eq!(m.title.as_deref(), Some("Wurmkiste selber bauen"));
    // The `<title>` cut by separators gives the kicker whole and the headline's opening words.
    let m = read_page(
        r#"<head><title>Initiative EnergieEffizienz - kostenloser Stromcheck | Ökologisch Bauen</title></head>
        <body><article><h1><span>Initiative EnergieEffizienz</span>
        <span>Kostenloser Stromcheck für private Haushalte</span></h1>
        <p>Die Initiative bietet privaten Haushalten einen kostenlosen Stromcheck an.</p></article></body>"#,
        "https://www.oekologisch-bauen.info/energieeffizienz/stromcheck/",
    );
    assert_eq!(
        m.title.as_deref(),
        Some("Kostenloser Stromcheck für private Haushalte")
    );
}

#[test]
fn kicker_is_cut_even_when_the_title_element_repeats_it() {
    // `<title>` holds "Kicker: Headline", which folds to the h1's whole text; the kicker still
    // is not the headline.
    let m = read_page(
        r#"<head><title>Die Zukunft der Arbeit - "Wir dekorieren die Liegestühle um" | Radio</title></head>
        <body><h1><span class="overline">Die Zukunft der Arbeit</span>"Wir dekorieren die Liegestühle um"</h1></body>"#,
        "https://radio.example/a",
    );
    assert_eq!(
        m.title.as_deref(),
        Some(r#""Wir dekorieren die Liegestühle um""#)
    );
    // A `<small>` line over a `<br>`, inside a wrapper span.
    let m = read_page(
        r#"<head><meta property="og:title" content="Einheit der Woche | Lagen-Pyramide mit GA2 - SWIM"></head>
        <body><h1><span class="post-title"><small>Einheit der Woche</small><br>Lagen-Pyramide mit GA2</span></h1></body>"#,
        "https://swim.example/a",
    );
    assert_eq!(m.title.as_deref(), Some("Lagen-Pyramide mit GA2"));
}

#[test]
fn headline_lines_are_spaced_and_screen_reader_text_left_out() {
    let m = read_page(
        r#"<body><h1><span class="visuallyhidden">Headline:</span> Energiewende und Wandel</h1></body>"#,
        "https://institut.example/a",
    );
    assert_eq!(m.title.as_deref(), Some("Energiewende und Wandel"));
    let m = read_page(
        r#"<head><meta property="og:title" content="Why collaborative thinking beats individual smarts"></head>
        <body><h1><span class="sub">Open Progress</span><br><span class="head">Why collaborative thinking beats individual smarts</span></h1></body>"#,
        "https://paper.example/a",
    );
    assert_eq!(
        m.title.as_deref(),
        Some("Why collaborative thinking beats individual smarts")
    );
}

#[test]
fn soft_hyphens_are_removed_from_the_title() {
    let m = read_page(
        "<body><h1>Er\u{ad}in\u{ad}ne\u{ad}rung an die Op\u{ad}fer</h1></body>",
        "https://news.example/a",
    );
    assert_eq!(m.title.as_deref(), Some("Erinnerung an die Opfer"));
}

#[test]
fn headline_in_an_h2_when_the_page_has_no_h1() {
    let m = read_page(
        r#"<head><meta property="og:title" content="Floods close schools"></head>
        <body><div class="post"><h2>Floods close schools</h2><p>Text.</p></div></body>"#,
        "https://news.example/a",
    );
    assert!(m.title_node.is_some());
    assert_eq!(m.title.as_deref(), Some("Floods close schools"));
}

#[test]
fn a_blogger_publishing_under_their_name_stays_the_author() {
    let m = read_page(
        r##"<head><script type="application/ld+json">{"@graph":[
          {"@type":"BlogPosting","headline":"Fish and pain","author":{"@id":"#me"},"publisher":{"@id":"#me"}},
          {"@type":["Person","Organization"],"@id":"#me","name":"Christoph Hein"}]}</script></head>
        <body><h1>Fish and pain</h1></body>"##,
        "https://angeln.example/fish",
    );
    assert_eq!(names(&m), ["Christoph Hein"]);
}

#[test]
fn organisation_with_address_and_placeholders_are_not_people() {
    let m = read_page(
        r#"<head><meta name="author" content="Olympia-Verlag GmbH, Nürnberg, Germany"></head>
        <body><h1>H</h1><div class="source">Olympia-Verlag GmbH</div><p>Text.</p>
        <footer><p>© Olympia-Verlag GmbH</p></footer></body>"#,
        "https://alpin.example/a",
    );
    assert_eq!(names(&m), ["Olympia-Verlag GmbH"]);
    // Shown nowhere on the page but its copyright line: no author.
    let m = read_page(
        r#"<head><meta name="author" content="Olympia-Verlag GmbH, Nürnberg, Germany"></head>
        <body><h1>H</h1><p>Text.</p><footer><p>© Olympia-Verlag GmbH</p></footer></body>"#,
        "https://alpin.example/a",
    );
    assert!(m.authors.is_empty());
    let m = read_page(
        r#"<head><meta name="author" content="admin"></head><body></body>"#,
        "https://blog.example/a",
    );
    assert!(m.authors.is_empty());
}

#[test]
fn structured_title_cut_at_an_unescaped_quote_gives_way_to_the_title_element() {
    let m = read_page(
        r#"<head><title>Senador republicano califica a Biden de "incapacitado"</title>
        <meta property="og:title" content="Senador republicano califica a Biden de "incapacitado"">
        </head><body><p>Texto.</p></body>"#,
        "https://diario.example/a",
    );
    assert_eq!(
        m.title.as_deref(),
        Some(r#"Senador republicano califica a Biden de "incapacitado""#)
    );
}

#[test]
fn the_article_h1_is_the_headline_when_search_engines_get_another_wording() {
    let page = r#"<head><meta property="og:title" content="Zaubernuss im Winter | Gartenjournal">
        <meta property="og:site_name" content="Gartenjournal"></head>
        <body><header><a class="logo">Gartenjournal</a></header>
        <article><h1>Wie pflege ich meine Zaubernuss im Winter?</h1><p>Text.</p></article></body>"#;
    let m = read_page(page, "https://garten.example/a");
    assert_eq!(
        m.title.as_deref(),
        Some("Wie pflege ich meine Zaubernuss im Winter?")
    );
    // An h1 outside the article, or sharing no word, does not replace the structured title.
    let m = read_page(
        &page
            .replace("<article>", "<div>")
            .replace("</article>", "</div>"),
        "https://garten.example/a",
    );
    assert_eq!(m.title.as_deref(), Some("Zaubernuss im Winter"));
}

#[test]
fn a_masthead_heading_linking_home_is_the_site_not_the_headline() {
    let m = read_page(
        r#"<head><title>Four Years Remaining » Blog Archive » Interning of Small Integers</title></head>
        <body><div id="header"><h1><a href="https://fouryears.example/">Four Years Remaining</a></h1></div>
        <div class="post"><h2><a href="/2019/10/interning/" rel="bookmark">Interning of Small Integers</a></h2>
        <p>Text.</p></div></body>"#,
        "https://fouryears.example/2019/10/interning/",
    );
    assert_eq!(m.title.as_deref(), Some("Interning of Small Integers"));
    // Archived copies link to the archived home page.
    let m = read_page(
        r#"<head><title>Was ist Virales Marketing? | DimidoBlog</title></head>
        <body><h1><a href="https://web.archive.org/web/2008/http://www.dimido.example/">DimidoBlog</a></h1>
        <p>Text.</p></body>"#,
        "https://web.archive.org/web/2008/http://www.dimido.example/2008/07/marketing/",
    );
    assert_eq!(m.title.as_deref(), Some("Was ist Virales Marketing?"));
}

#[test]
fn a_section_in_og_site_name_gives_way_to_the_publisher_named_like_the_host() {
    let m = read_page(
        r#"<head><meta property="og:site_name" content="U.S.">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Rain due",
        "publisher":{"@type":"Organization","name":"Daily Planet"}}</script></head>
        <body><h1>Rain due</h1></body>"#,
        "https://www.dailyplanet.example/article/rain",
    );
    assert_eq!(
        m.source.as_ref().map(|s| s.name.as_str()),
        Some("Daily Planet")
    );
    // When no name matches the host, the first one stands.
    let m = read_page(
        r#"<head><meta property="og:site_name" content="The Planet"></head><body><h1>Rain</h1></body>"#,
        "https://www.dailyplanet.example/article/rain",
    );
    assert_eq!(
        m.source.as_ref().map(|s| s.name.as_str()),
        Some("The Planet")
    );
}

#[test]
fn a_page_without_a_site_name_is_named_by_the_end_of_its_title() {
    // The host names it.
    let m = read_page(
        r#"<head><title>Hükümet yeni destek paketi açıkladı - Sabah</title></head>
        <body><h1>Hükümet yeni destek paketi açıkladı</h1></body>"#,
        "https://www.sabah.com.tr/ekonomi/paket",
    );
    assert_eq!(m.source.as_ref().map(|s| s.name.as_str()), Some("Sabah"));
    assert_eq!(signal(&m, Field::Source), Some(Signal::Dom));
    // The home link names it.
    let page = |home: &str| {
        format!(
            r#"<head><title>国务院常务会议部署稳就业举措_新华网</title></head>
            <body><div class="header">{home}</div><h1>国务院常务会议部署稳就业举措</h1></body>"#
        )
    };
    let m = read_page(
        &page(r#"<a href="/"><img src="/logo.png" alt="新华网"></a>"#),
        "http://www.news.example/2026-03/14/c_1.htm",
    );
    assert_eq!(m.source.as_ref().map(|s| s.name.as_str()), Some("新华网"));
    assert_eq!(m.title.as_deref(), Some("国务院常务会议部署稳就业举措"));
    // Named like a site ("…网", web): the site, with nothing else to confirm it.
    let m = read_page(&page(""), "http://www.news.example/2026-03/14/c_1.htm");
    assert_eq!(m.source.as_ref().map(|s| s.name.as_str()), Some("新华网"));
    // Nothing confirms the segment (it may be a section): no source.
    let m = read_page(
        r#"<head><title>国务院常务会议部署稳就业举措_国内新闻</title></head>
        <body><h1>国务院常务会议部署稳就业举措</h1></body>"#,
        "http://www.news.example/2026-03/14/c_1.htm",
    );
    assert_eq!(m.source, None);
}

#[test]
fn an_h2_that_is_the_headline_part_of_the_title_is_the_headline() {
    let m = read_page(
        r#"<head><title>kein App Store mehr über Mobile Daten mit iOS 13 ? | iPhone | Forum | MacTechNews.de</title></head>
        <body><h1></h1><h2 class="Title">kein App Store mehr über Mobile Daten mit iOS 13 ?</h2>
        <p>Seit dem Update lädt der App Store nichts mehr über das Mobilfunknetz.</p>
        <h2 class="Title">Kommentare</h2></body>"#,
        "https://www.mactechnews.de/forum/discussion/App-Store.html",
    );
    assert_eq!(
        m.title.as_deref(),
        Some("kein App Store mehr über Mobile Daten mit iOS 13 ?")
    );
}

#[test]
fn an_h1_in_the_logo_is_the_site_not_the_headline() {
    let m = read_page(
        r#"<head><title>新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::</title></head>
        <body><h1 class="topbar__logo__title">痞客邦 PIXNET</h1>
        <h2>新竹尖石_美樹營地賞楓 (2)</h2><p>text</p></body>"#,
        "https://stevenhgm.pixnet.net/blog/post/39926056",
    );
    assert_ne!(m.title.as_deref(), Some("痞客邦 PIXNET"));
}

/// The published date and its signal, read from a page at `url`.
fn published_at(html: &str, url: &str) -> (Option<String>, Option<Signal>) {
    let m = read_page(html, url);
    (
        m.published.map(|d| d.date_string()),
        signal(&m, Field::Published),
    )
}

/// A page with a headline, `above` before it, `below` after it, and a paragraph of prose.
fn dated_page(head: &str, above: &str, below: &str) -> String {
    format!(
        r#"<html><head>{head}</head><body>{above}<h1>Floods close schools</h1>{below}
        <p>Schools across the region stayed shut on Monday after a weekend of heavy rain
        flooded roads and cut power to thousands of homes, officials said.</p></body></html>"#
    )
}

#[test]
fn a_bare_web_page_meta_date_is_the_same_cms_record_as_its_json_ld() {
    let html = dated_page(
        r#"<script type="application/ld+json">{"@type":"WebPage","name":"About",
        "datePublished":"2018-06-07T10:13:17+00:00"}</script>
        <meta property="article:published_time" content="2018-06-07T10:13:17+00:00">"#,
        "",
        "",
    );
    assert_eq!(published_at(&html, "https://x.example/about/").0, None);
}

#[test]
fn print_only_headers_and_availability_labels_give_no_date() {
    // The date a page was printed, in a print-only header above the headline.
    let html = dated_page(
        r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods close schools",
        "datePublished":"2026-12-26T10:33:00+01:00"}</script>"#,
        r#"<header class="print-header"><span class="date">02.01.27</span></header>"#,
        "",
    );
    assert_eq!(
        published_at(&html, "https://x.example/a").0.as_deref(),
        Some("2026-12-26")
    );
    // "Video verfügbar bis:" labels the end of availability, not the publication.
    let html = dated_page(
        "",
        "",
        r#"<p class="available"><strong>Video verfügbar bis:</strong><br>14.10.2027 ∙ 14:00 Uhr</p>"#,
    );
    assert_eq!(published_at(&html, "https://x.example/a").0, None);
}

#[test]
fn a_layout_class_ending_in_hidden_does_not_hide_the_date_line() {
    let html = format!(
        r#"<html><body><main class="tw-overflow-hidden">{}</main></body></html>"#,
        r#"<h1>Floods close schools</h1><p class="meta"><br class="md:tw-hidden"> 1. Februar 2026 , Jane Doe</p>
        <p>Schools across the region stayed shut on Monday after a weekend of heavy rain.</p>"#
    );
    assert_eq!(
        published_at(&html, "https://x.example/a").0.as_deref(),
        Some("2026-02-01")
    );
}

#[test]
fn an_emphasised_date_alone_in_its_paragraph_is_a_date_line() {
    let html = dated_page("", "", r#"<p class="MsoNormal"><em>10.11.2026</em></p>"#);
    assert_eq!(
        published_at(&html, "https://x.example/a").0.as_deref(),
        Some("2026-11-10")
    );
    // A bold heading with words before its date is not.
    let html = dated_page(
        "",
        "",
        r#"<p><strong>Point d'étape au 12 janvier 2026 à 11h :</strong></p>"#,
    );
    assert_eq!(published_at(&html, "https://x.example/a").0, None);
}

#[test]
fn teaser_dates_and_item_dates_belong_to_their_items() {
    // A slider of teasers above the article repeats its date class on every teaser; the same
    // class right above the headline dates the article.
    let teasers: String = [
        "01. Juli 2026",
        "25. Juni 2026",
        "18. Juni 2026",
        "11. Juni 2026",
    ]
    .iter()
    .map(|d| {
        format!(
            r#"<div class="teaser"><a href="/t">Other story</a><p>Its teaser text.</p>
                <footer><span class="teaser__date">{d}</span></footer></div>"#
        )
    })
    .collect();
    let share: String = ["Facebook", "X", "Mail", "Print", "Copy"]
        .iter()
        .map(|n| format!(r#"<a href="/share"><span>{n}</span></a>"#))
        .collect();
    let page = |own: &str| {
        format!(
            r#"<html><body><article>{teasers}<div class="share">{share}</div>
            <div class="info">{own}</div><h1>Floods close schools</h1>
            <p>Schools across the region stayed shut on Monday after a weekend of heavy rain.</p>
            </article></body></html>"#
        )
    };
    assert_eq!(published_at(&page(""), "https://x.example/a").0, None);
    assert_eq!(
        published_at(
            &page(r#"<span class="teaser__date">02. November 2026</span>"#),
            "https://x.example/a"
        )
        .0
        .as_deref(),
        Some("2026-11-02")
    );
    // The microdata of the item holding the headline, far above it, is the article's.
    let nav: String = (0..60)
        .map(|i| format!("<li><a href=\"/s{i}\">Section {i}</a></li>"))
        .collect();
    let html = format!(
        r#"<html><body><div itemscope itemtype="http://schema.org/Article">
        <meta itemprop="datePublished" content="2026-01-21">
        <div class="card"><span class="card-date">01.09.2004</span></div><nav><ul>{nav}</ul></nav>
        <main><h1>Floods close schools</h1>
        <p>Schools across the region stayed shut on Monday after a weekend of heavy rain.</p>
        </main></div></body></html>"#
    );
    assert_eq!(
        published_at(&html, "https://x.example/a"),
        (Some("2026-01-21".into()), Some(Signal::Microdata))
    );
}

#[test]
fn a_date_split_over_elements_and_ids_in_date_elements() {
    let html = dated_page(
        "",
        "",
        r#"<div class="date"><span class="month">Apr</span> <span class="day">04</span><span class="year">2026</span></div>"#,
    );
    assert_eq!(
        published_at(&html, "https://x.example/a").0.as_deref(),
        Some("2026-04-04")
    );
    // An article number in a date-classed element is not a Unix time.
    let html = dated_page("", "", r#"<div class="update-info">1000017279</div>"#);
    assert_eq!(published_at(&html, "https://x.example/a").0, None);
}

#[test]
fn the_url_date_settles_a_utc_instant_one_day_off() {
    let head = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods close schools",
        "datePublished":"2026-11-09T05:30:59Z"}</script>"#;
    let html = dated_page(head, "", "");
    assert_eq!(
        published_at(&html, "https://news.example/2026/11/08/floods/"),
        (Some("2026-11-08".into()), Some(Signal::Url))
    );
    // Without a URL date, or with a stated offset, the structured value stands.
    assert_eq!(
        published_at(&html, "https://news.example/floods/")
            .0
            .as_deref(),
        Some("2026-11-09")
    );
}

#[test]
fn a_month_first_meta_date_is_read_as_the_page_prints_it() {
    let html = dated_page(
        r#"<meta name="date" content="11/01/2026 12:43:42">"#,
        "",
        r#"<p>Schools across the region stayed shut on Monday, officials said in a statement.</p>
        <p>Erstellt am: 01.11.2026</p>"#,
    );
    assert_eq!(
        published_at(&html, "https://x.example/a").0.as_deref(),
        Some("2026-11-01")
    );
}

#[test]
fn a_yearless_date_line_under_the_headline_moves_a_utc_instant_by_its_day() {
    let head = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods close schools",
        "datePublished":"2026-05-04T00:25:56Z"}</script>"#;
    let html = dated_page(head, "", r#"<p class="meta">3 de mayo, 21:25</p>"#);
    assert_eq!(
        published_at(&html, "https://x.example/a").0.as_deref(),
        Some("2026-05-03")
    );
    // Farther off, the yearless line does not override.
    let html = dated_page(head, "", r#"<p class="meta">20 de abril, 21:25</p>"#);
    assert_eq!(
        published_at(&html, "https://x.example/a").0.as_deref(),
        Some("2026-05-04")
    );
}

#[test]
fn sentences_and_dated_list_entries_under_the_headline_are_not_date_lines() {
    let head = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods close schools",
        "datePublished":"2026-02-04T13:15:08+00:00"}</script>"#;
    let html = dated_page(
        head,
        "",
        r#"<p><span>vom 24.01.2026, das den fehlbaren Beamten nur wegen einer einfachen Verletzung verurteilt hatte.</span></p>
        <ul><li>07.06.2026: Bank sagt Deutschland wird nicht Europameister</li></ul>"#,
    );
    assert_eq!(
        published_at(&html, "https://x.example/a").0.as_deref(),
        Some("2026-02-04")
    );
}

#[test]
fn an_hatom_entry_title_names_a_page_without_headline_markup() {
    let m = read_page(
        r#"<head><title>News from The Associated Press</title></head><body>
        <div class="timestamp updated">Jun 13, 4:03 PM EDT</div>
        <p class="body"><span class="headline entry-title">Father of gunman known for rambling videos</span>
        <span class="byline">By <span class="author vcard"><span class="fn">JANE DOE</span></span></span></p>
        <p>The father of the gunman who killed 49 people posted rambling videos on political issues.</p></body>"#,
        "https://hosted.news.example/dynamic/stories/A/AP_SHOOTING",
    );
    assert_eq!(
        m.title.as_deref(),
        Some("Father of gunman known for rambling videos")
    );
    // A structured title wins over it.
    let m = read_page(
        r#"<head><meta property="og:title" content="Gunman's father posted videos"></head><body>
        <span class="entry-title">Father of gunman known for rambling videos</span></body>"#,
        "https://hosted.news.example/a",
    );
    assert_eq!(m.title.as_deref(), Some("Gunman's father posted videos"));
}

#[test]
fn the_editor_credited_beside_the_byline() {
    let m = read_page(
        r#"<head><title>Floods close schools</title></head><body><article>
        <h1>Floods close schools</h1>
        <div class="byline">Written by <a href="/author/jane">Jane Doe</a> | Edited by
        <a href="/author/ali">Ali Musa</a> | Updated: March 14, 2026 8:30 am IST</div>
        <p>Schools across the region stayed shut on Tuesday after the river burst its banks.</p>
        </article></body>"#,
        "https://news.example/floods",
    );
    assert_eq!(m.editor.as_ref().map(|p| p.name.as_str()), Some("Ali Musa"));
    assert_eq!(signal(&m, Field::Editor), Some(Signal::Dom));
    assert_eq!(names(&m), ["Jane Doe"]);
    // Chinese sites print it beside the source line.
    let m = read_page(
        r#"<body><article><h1>国务院常务会议部署稳就业举措</h1>
        <div class="info"><span>来源：新华网</span> <span class="editor">责任编辑：王小明</span></div>
        <p>国务院常务会议今天召开，会议部署了一系列稳定就业的政策措施。</p></article></body>"#,
        "https://news.example/a",
    );
    assert_eq!(m.editor.as_ref().map(|p| p.name.as_str()), Some("王小明"));
    // Or in a line of its own after the article, past its prose.
    let prose = "<p>国务院常务会议今天召开，会议部署了一系列稳定就业的政策措施，要求各地抓好落实，确保就业形势总体稳定，并加大对重点群体的帮扶力度。</p>".repeat(4);
    let m = read_page(
        &format!(
            r#"<body><article><h1>国务院常务会议部署稳就业举措</h1>{prose}</article>
            <div><span class="editor">【责任编辑:张樵苏 】</span></div></body>"#
        ),
        "https://news.example/a",
    );
    assert_eq!(m.editor.as_ref().map(|p| p.name.as_str()), Some("张樵苏"));
    // A sentence about editing names no editor.
    let m = read_page(
        r#"<body><article><h1>The cut</h1><p>The film was edited by hand over three weeks.</p>
        </article></body>"#,
        "https://news.example/b",
    );
    assert_eq!(m.editor, None);
}

#[test]
fn an_update_line_with_the_first_publication_gives_the_publication() {
    let html = dated_page(
        "",
        "",
        r#"<p class="meta">Aktualisiert am 16.03.2026, 10:00 Uhr | Erstellt am 14.03.2026</p>"#,
    );
    assert_eq!(
        published_at(&html, "https://x.example/a").0.as_deref(),
        Some("2026-03-14")
    );
    // An update line alone gives way to the date in the URL.
    let html = dated_page("", "", r#"<p class="meta">Updated March 16, 2026</p>"#);
    assert_eq!(
        published_at(&html, "https://x.example/2026/03/14/floods")
            .0
            .as_deref(),
        Some("2026-03-14")
    );
}

#[test]
fn of_two_labelled_date_lines_shown_together_the_earlier_is_the_publication() {
    let at = |below: &str| {
        published_at(&dated_page("", "", below), "https://x.example/a")
            .0
            .unwrap_or_default()
    };
    // Labels in no table: Icelandic in two divs, Luxembourgish in two spans of one element,
    // Kurmanji with each label in an element of its own.
    assert_eq!(
        at(
            r#"<div class="article-dates"><div>Uppfært 14. mars 2026 kl. 15:40</div>
        <div>Birt 13. mars 2026 kl. 22:10</div></div>"#
        ),
        "2026-03-13"
    );
    assert_eq!(
        at(
            r#"<div class="article-dates"><span>Aktualiséiert: 14.03.2026 10:05</span>
        <span>Publizéiert: 13.03.2026 18:40</span></div>"#
        ),
        "2026-03-13"
    );
    assert_eq!(
        at(r#"<p><b>Nûkirin</b> 14-03-2026 10:05 <br><b>Weşandin</b> 13-03-2026 18:40</p>"#),
        "2026-03-13"
    );
    // Publication first, then the update: unchanged.
    assert_eq!(
        at(r#"<p><span>Birt 13. mars 2026</span> <span>Uppfært 14. mars 2026</span></p>"#),
        "2026-03-13"
    );
    // A date line and the next story's teaser are not shown together.
    assert_eq!(
        at(
            r#"<p>Birt 14. mars 2026</p><p>Schools across the region stayed shut on Monday
        after a weekend of heavy rain.</p><p>Birt 13. mars 2026</p>"#
        ),
        "2026-03-14"
    );
    // A validity date ("in force since") is not a publication.
    assert_eq!(
        at(
            r#"<span class="heading__meta">Stand - 12.11.2021<br> (Unverändert gültig seit:
        05.11.2021)</span>"#
        ),
        "2021-11-12"
    );
}

#[test]
fn a_bold_lead_paragraph_opening_with_place_and_date_beats_an_events_list() {
    let html = dated_page(
        "",
        "",
        r#"<div class="text"><strong>Karlsruhe, (12.11.2021). Traditionell gedenken
        evangelische Christinnen und Christen am Ewigkeitssonntag ihrer verstorbenen
        Angehörigen und Freunde in den Gottesdiensten ihrer Gemeinden.</strong></div>
        <div class="termine"><div>Sa.&nbsp;13.11.2021<br><a href="/termin/1">Erlebnisraum
        Kirche</a></div><div>So.&nbsp;14.11.2021<br><a href="/termin/2">Gospelgottesdienst</a>
        </div></div>"#,
    );
    assert_eq!(
        published_at(&html, "https://x.example/detail/nachricht/id/35204")
            .0
            .as_deref(),
        Some("2021-11-12")
    );
}

#[test]
fn a_bold_date_opening_its_paragraph_is_a_date_line_and_one_inside_prose_is_not() {
    let html = dated_page(
        "",
        "",
        r#"<p><b>10.11.2026</b> – Berlin. Der Bundestag hat am Dienstag nach langer Debatte
        ein Gesetz beschlossen, das den Schulen in den betroffenen Regionen helfen soll.</p>"#,
    );
    assert_eq!(
        published_at(&html, "https://x.example/a").0.as_deref(),
        Some("2026-11-10")
    );
    let html = dated_page(
        "",
        "",
        r#"<p>Der Vertrag vom <b>10.11.2026</b> regelt, wie die Schulen in den betroffenen
        Regionen unterstützt werden, und gilt zunächst für zwei Jahre.</p>"#,
    );
    assert_eq!(published_at(&html, "https://x.example/a").0, None);
}

#[test]
fn a_paragraph_whose_first_text_is_a_separated_date_line() {
    let html = dated_page(
        "",
        "",
        r#"<div class="teaser-text"><p>Pressemitteilung vom 25. Januar 2026 | Berlin<strong> </strong>– Die
        künftige Zusammenarbeit mit dem Welternährungsprogramm soll die Versorgung in den Krisenregionen
        sichern, sagte die Ministerin am Dienstag in Berlin vor Journalisten und Vertretern der Verbände.</p></div>"#,
    );
    assert_eq!(
        published_at(&html, "https://x.example/a").0.as_deref(),
        Some("2026-01-25")
    );
    // A sentence that opens with a date and runs on inside the paragraph is not one.
    let html = dated_page(
        "",
        "",
        r#"<p>Am 25. Januar 2026 <a href="/r">hielt</a> die Ministerin eine lange Rede über die
        künftige Zusammenarbeit mit dem Welternährungsprogramm und die Versorgung in den
        Krisenregionen, vor Journalisten und Vertretern der Verbände in Berlin, und sie
        kündigte an, dass die Mittel im kommenden Jahr noch einmal deutlich steigen sollen.</p>"#,
    );
    assert_eq!(published_at(&html, "https://x.example/a").0, None);
}

#[test]
fn screen_reader_labels_and_role_lines_are_not_names() {
    let m = read_page(
        r#"<body><article><h1>Floods close schools across the north</h1>
        <div class="byline"><ul>
          <li><span class="visually-hidden">Author,</span><span class="name">Jane Doe</span></li>
          <li><span class="visually-hidden">Role,</span><span class="byline-role">BBC News</span></li>
        </ul></div>
        <p>Schools across the region stayed shut on Tuesday after the river burst its banks.</p>
        </article></body>"#,
        "https://news.example/floods",
    );
    assert_eq!(names(&m), ["Jane Doe"]);
}

#[test]
fn a_time_element_showing_the_date_in_unread_words_leaves_the_body() {
    let page = |shown: &str| {
        format!(
            r#"<head><meta property="article:published_time" content="2026-03-14T09:15:00Z"></head>
            <body><article><h1>کمبود آب در مشهد</h1><time datetime="2026-03-14">{shown}</time>
            <p>شرکت آب و فاضلاب مشهد اعلام کرده است که از هفته آینده فشار آب کاهش می‌یابد.</p>
            </article></body>"#
        )
    };
    // A lunar Hijri date, which the date parser does not read.
    let m = read_page(&page("۲۵ رمضان ۱۴۴۷"), "https://news.example/a");
    assert_eq!(m.consumed.len(), 1);
    // A date the parser reads is left to the date-line rules.
    let m = read_page(&page("14 March 2026"), "https://news.example/a");
    assert!(m.consumed.is_empty());
}

#[test]
fn author_link_after_an_editing_label_is_not_an_author() {
    let html = r#"<html><head><title>Coastal road opens in June</title></head><body>
        <h1>Coastal road opens in June</h1>
        <nav class="pst-by"><ul><li>Edited by <a href="/author/meenakshi-rao">Meenakshi Rao</a></li>
        <li>India News</li></ul></nav>
        <p>The northern stretch of the coastal road will open to traffic by June, the civic body
        said on Friday, after the last girder was lowered into place over the creek.</p></body></html>"#;
    let m = read_page(html, "https://news.example/india/coastal-road-123");
    assert!(names(&m).is_empty(), "{:?}", names(&m));
    // The same link after a writing label is the author.
    let html = html.replace("Edited by", "Written by");
    let m = read_page(&html, "https://news.example/india/coastal-road-123");
    assert_eq!(names(&m), ["Meenakshi Rao"]);
    // A joint label that credits the writer too ("Text & Fotos:") names the author.
    let html = html.replace("Written by", "Text &amp; Fotos:");
    let m = read_page(&html, "https://news.example/india/coastal-road-123");
    assert_eq!(names(&m), ["Meenakshi Rao"]);
}

#[test]
fn a_utc_instant_at_local_midnight_is_the_next_day() {
    // A bare date stored as midnight in Berlin, written in UTC.
    let head = r#"<meta property="article:published_time" content="2026-11-06T23:00:00.000Z">"#;
    let html = dated_page(head, "", "");
    assert_eq!(
        published_at(&html, "https://news.example/floods")
            .0
            .as_deref(),
        Some("2026-11-07")
    );
    // Another time of day, or a page printing the UTC date, keeps the UTC date.
    let head = r#"<meta property="article:published_time" content="2026-11-06T23:14:05Z">"#;
    let html = dated_page(head, "", "");
    assert_eq!(
        published_at(&html, "https://news.example/floods")
            .0
            .as_deref(),
        Some("2026-11-06")
    );
    let head = r#"<meta property="article:published_time" content="2026-11-06T23:00:00Z">"#;
    let html = dated_page(head, "", "<footer><p>6 November 2026</p></footer>");
    assert_eq!(
        published_at(&html, "https://news.example/floods")
            .0
            .as_deref(),
        Some("2026-11-06")
    );
}

#[test]
fn a_utc_instant_at_midnight_in_asia_is_the_printed_local_date() {
    // A bare date stored as midnight in India (+05:30) and in China (+08:00), written in UTC;
    // the page prints the local date.
    for (stamp, shown) in [
        ("2026-11-06T18:30:00Z", "7 November 2026"),
        ("2026-11-06T16:00:00.000Z", "2026年11月7日"),
    ] {
        let head = format!(r#"<meta property="article:published_time" content="{stamp}">"#);
        let html = dated_page(&head, "", &format!("<footer><p>{shown}</p></footer>"));
        assert_eq!(
            published_at(&html, "https://news.example/floods")
                .0
                .as_deref(),
            Some("2026-11-07"),
            "{stamp}"
        );
        // Without the local date printed, an afternoon instant in UTC is a time of day.
        let html = dated_page(&head, "", "");
        assert_eq!(
            published_at(&html, "https://news.example/floods")
                .0
                .as_deref(),
            Some("2026-11-06"),
            "{stamp}"
        );
    }
}

#[test]
fn a_shown_date_a_day_before_a_utc_morning_instant_is_the_local_date() {
    // Published at 21:25 in Buenos Aires, stated as 00:25 UTC the next day.
    let head = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods close schools",
        "datePublished":"Wed, 04 May 2022 00:25:56 GMT"}</script>"#;
    let html = dated_page(head, "", "<p>3 de mayo de 2022</p>");
    assert_eq!(
        published_at(&html, "https://news.example/floods")
            .0
            .as_deref(),
        Some("2022-05-03")
    );
    // A UTC evening instant is not moved to the day before by a date line without a time.
    let head = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods close schools",
        "datePublished":"2022-05-04T18:25:56Z"}</script>"#;
    let html = dated_page(head, "", "<p>3 de mayo de 2022</p>");
    assert_eq!(
        published_at(&html, "https://news.example/floods")
            .0
            .as_deref(),
        Some("2022-05-04")
    );
}

#[test]
fn a_numeric_date_whose_other_reading_is_the_url_date_is_read_month_first() {
    let html = dated_page(
        "",
        "",
        r#"<p class="date">Posted 06/12/2026 at 8:30 pm</p>"#,
    );
    assert_eq!(
        published_at(&html, "https://news.example/2026/06/12/floods/")
            .0
            .as_deref(),
        Some("2026-06-12")
    );
    // Read day first otherwise, and always when dotted.
    assert_eq!(
        published_at(&html, "https://news.example/floods/")
            .0
            .as_deref(),
        Some("2026-12-06")
    );
    let html = dated_page("", "", r#"<p class="date">06.12.2026</p>"#);
    assert_eq!(
        published_at(&html, "https://news.example/2026/06/12/floods/")
            .0
            .as_deref(),
        Some("2026-12-06")
    );
}

#[test]
fn date_lines_in_other_scripts_under_the_headline() {
    for (line, want) in [
        // Persian digits and a Solar Hijri date.
        ("<p>شنبه ۲۳ اسفند ۱۴۰۴ - ۰۸:۳۰</p>", "2026-03-14"),
        // Vietnamese, with its zone in parentheses.
        ("<p>Thứ bảy, 14/3/2026, 08:30 (GMT+7)</p>", "2026-03-14"),
        // Thai, Buddhist era.
        ("<p>14 มี.ค. 2569 เวลา 08:30 น.</p>", "2026-03-14"),
        // Korean, afternoon mark before the time.
        ("<p>입력 2026. 3. 14. 오후 8:30</p>", "2026-03-14"),
    ] {
        let html = dated_page("", "", line);
        assert_eq!(
            published_at(&html, "https://news.example/floods"),
            (Some(want.into()), Some(Signal::Dom)),
            "{line}"
        );
    }
}

#[test]
fn a_brand_in_capitals_keeps_its_casing_and_a_lower_case_name_takes_capitals() {
    let page = |site: &str, title_site: &str| {
        format!(
            r#"<head><title>The best laptops of the year | {title_site}</title>
            <meta property="og:site_name" content="{site}"></head>
            <body><h1>The best laptops of the year</h1><p>Text.</p></body>"#
        )
    };
    let m = read_page(
        &page("WIRED", "Wired"),
        "https://www.wired.com/story/laptops/",
    );
    assert_eq!(m.source.as_ref().map(|s| s.name.as_str()), Some("WIRED"));
    assert_eq!(m.title.as_deref(), Some("The best laptops of the year"));
    let m = read_page(
        &page("telex", "Telex"),
        "https://telex.hu/gazdasag/2026/03/14/x",
    );
    assert_eq!(m.source.as_ref().map(|s| s.name.as_str()), Some("Telex"));
    // The publisher's own record spells the name in mixed case: it wins.
    let m = read_page(
        r#"<head><title>Next-gen platters | PCMAG</title>
        <meta property="og:site_name" content="PCMAG"><script type="application/ld+json">
        {"@type":"NewsArticle","headline":"Next-gen platters",
        "publisher":{"@type":"Organization","name":"PCMag"}}</script></head>
        <body><h1>Next-gen platters</h1><p>Text.</p></body>"#,
        "https://www.pcmag.com/news/platters",
    );
    assert_eq!(m.source.as_ref().map(|s| s.name.as_str()), Some("PCMag"));
}

#[test]
fn a_swahili_na_opens_a_byline_on_swahili_pages_and_stays_a_korean_surname() {
    let page = |lang: &str, byline: &str| {
        format!(
            r#"<html lang="{lang}"><head><title>Reli mpya</title></head><body><h1>Reli mpya
            kwenda Kigoma</h1><p class="byline">{byline}</p><p>Serikali imetangaza ujenzi.</p>
            </body></html>"#
        )
    };
    let m = read_page(
        &page("sw", "Na <strong>Juma Hassan</strong>"),
        "https://www.mwananchi.example/habari/reli",
    );
    assert_eq!(names(&m), ["Juma Hassan"]);
    let m = read_page(
        &page("en", "Na Yeon-ju"),
        "https://www.koreaherald.example/view/1",
    );
    assert_eq!(names(&m), ["Na Yeon-ju"]);
}

#[test]
fn a_breadcrumb_inside_the_byline_box_names_no_author() {
    let page = |writer: &str| {
        format!(
            r#"<head><title>Hyundai Ioniq 5 im Test</title></head><body><h1>Hyundai Ioniq 5
            im Test</h1><div class="article-author vcard"><time datetime="2021-11-04">4.
            November 2021</time><div class="article-author-text">von <address
            class="article-author-name author"><a class="url fn n" rel="author"
            href="/impressum.html">{writer}</a></address></div><ul class="article-breadcrumbs"
            itemscope itemtype="http://schema.org/BreadcrumbList">in Rubrik: <li
            itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a
            itemprop="item" href="/Hyundai.html"><span itemprop="name">Hyundai</span></a></li>
            </ul></div><p>Der Test beginnt.</p></body>"#
        )
    };
    let url = "https://www.auto-motor.at/Hyundai/test.html";
    let m = read_page(&page("Jane Doe"), url);
    assert_eq!(names(&m), ["Jane Doe"]);
    // The newsroom named like the site is the source; the section is no author either.
    let m = read_page(&page("auto-motor.at Redaktion"), url);
    assert!(!names(&m).contains(&"Hyundai"), "{:?}", names(&m));
}

#[test]
fn the_masthead_editor_in_the_site_footer_is_not_the_article_editor() {
    let page = |footer: &str| {
        format!(
            r#"<head><title>Nova bolnišnica v Ljubljani</title></head><body><article>
            <h1>Nova bolnišnica v Ljubljani</h1><div class="author">Piše: Ana Kovač</div>
            <p>Vlada je potrdila gradnjo nove bolnišnice, ki bo sprejela prve bolnike leta 2029.</p>
            <p>Minister je dejal, da bo gradnja stala 300 milijonov evrov.</p></article>
            {footer}</body>"#
        )
    };
    let m = read_page(
        &page("<footer><p>Urednik: Gregor Knafelj</p><p>© 2026 Delo</p></footer>"),
        "https://www.delo.example/novice/bolnisnica",
    );
    assert_eq!(m.editor, None);
    let m = read_page(
        &page(r#"<div class="impressum"><p>Odgovorni urednik: Gregor Knafelj</p></div>"#),
        "https://www.delo.example/novice/bolnisnica",
    );
    assert_eq!(m.editor, None);
    // The article's own footer still credits its editor.
    let m = read_page(
        r#"<body><article><h1>Nova bolnišnica</h1><p>Vlada je potrdila gradnjo.</p>
        <footer><p>Urednik: Gregor Knafelj</p></footer></article></body>"#,
        "https://www.delo.example/novice/bolnisnica",
    );
    assert_eq!(
        m.editor.as_ref().map(|p| p.name.as_str()),
        Some("Gregor Knafelj")
    );
}

#[test]
fn a_lone_by_reads_three_linked_names_and_the_aside_after_them() {
    let m = read_page(
        r#"<html lang="fr"><head><title>Grève</title></head><body><article>
        <h1>Grève des contrôleurs</h1>
        <p class="signature">Par <a href="/auteur/a">Marie Dupont</a>,
        <a href="/auteur/b">Pierre Martin</a> et <a href="/auteur/c">Claire Roux</a> (avec AFP)</p>
        <p>Des centaines de vols ont été annulés samedi dans les aéroports du sud.</p>
        </article></body></html>"#,
        "https://news.example/societe/greve",
    );
    assert_eq!(names(&m), ["Marie Dupont", "Pierre Martin", "Claire Roux"]);
    assert_eq!(
        m.byline_credits,
        [crate::article::Credit::new(
            crate::article::CreditRole::Agency,
            "AFP"
        )]
    );
}

#[test]
fn the_editor_a_cms_states_in_a_meta_tag() {
    let page = |editor: &str| {
        format!(
            r#"<html><head><meta name="dtk:author" content="Andi Firmansyah">
            <meta name="dtk:editor" content="{editor}"></head><body><article><h1>Banjir
            rendam Jakarta Utara</h1><p>Hujan deras sejak dini hari membuat ratusan rumah
            terendam banjir. (afn/rns)</p></article></body></html>"#
        )
    };
    let m = read_page(&page("Rina Kusumawati"), "https://news.detik.example/d-1/");
    assert_eq!(
        m.editor.as_ref().map(|e| e.name.as_str()),
        Some("Rina Kusumawati")
    );
    assert_eq!(signal(&m, Field::Editor), Some(Signal::Meta));
    // An organisation in the tag is no editor.
    let m = read_page(
        &page("Redaksi detikNews"),
        "https://news.detik.example/d-1/",
    );
    assert!(m.editor.is_none());
}

#[test]
fn a_sentence_heading_right_after_the_headline_is_the_standfirst() {
    let page = |after_h1: &str| {
        let html = format!(
            r#"<html><head><title>Kolkata gets 20 electric ferries on the river</title></head>
            <body><main><article class="articlecontent"><h1>Kolkata gets 20 electric ferries on
            the river</h1>{after_h1}<div class="sharebox"><a>Share</a></div>
            <p>The state transport department will run the first five ferries between Howrah and
            Babughat from April, officials said on Saturday, with fares unchanged.</p>
            <p>The remaining fifteen boats will join the fleet before the monsoon.</p>
            </article></main></body></html>"#
        );
        read_page(&html, "https://news.example/kolkata/ferries").subtitle
    };
    assert_eq!(
        page(r#"<h2 class="mt-12">First five ferries from April, fares will not rise</h2>"#)
            .as_deref(),
        Some("First five ferries from April, fares will not rise")
    );
    // A section heading, a label: not a standfirst.
    assert_eq!(page("<h2>Background</h2>"), None);
    assert_eq!(
        page("<h3>What the new fleet means for commuters:</h3>"),
        None
    );
    // Chinese, written without spaces.
    let html = r#"<html><head><title>我国首个深远海漂浮式风电场全容量并网--科技--人民新闻网</title>
        </head><body><div class="rm_txt_con cf"><h3 class="pre">海上风电迈向深蓝</h3>
        <h1>我国首个深远海漂浮式风电场全容量并网</h1><h4 class="sub">年发电量可满足约50万户家庭用电需求</h4>
        <p class="sou1">本报记者 陈晨</p><div class="rm_txt_con cf"><p>3月13日，我国首个深远海漂浮式风电场在海南文昌海域实现全容量并网发电。该风电场离岸距离约100公里。</p></div>
        </div></body></html>"#;
    let m = read_page(html, "https://www.renmin.example/n1/2026/0314/c1004-1.html");
    assert_eq!(
        m.subtitle.as_deref(),
        Some("年发电量可满足约50万户家庭用电需求")
    );
    assert_eq!(
        m.title.as_deref(),
        Some("我国首个深远海漂浮式风电场全容量并网")
    );
}

#[test]
fn the_structured_editor_printed_in_the_byline_row_leaves_the_body() {
    let html = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
        "headline":"Science park for Lucknow","editor":{"@type":"Person","name":"Shilpa Srivastava"}}
        </script></head><body><article><h1>Science park for Lucknow</h1><div class="articleBy"><span
        class="authorName">By <a href="/author/anil-kumar-tiwari">Anil Kumar Tiwari</a></span> <span
        class="editedBy">Edited By: Shilpa Srivastava</span></div><p>The state approved the park
        on Saturday, and building starts in the spring.</p></article></body></html>"#;
    let html_doc = Html::parse_document(html);
    let dom = Dom::build(&html_doc, Url::parse("https://news.example/a").ok());
    let m = read(&dom, &Limits::default());
    assert_eq!(
        m.editor.as_ref().map(|e| e.name.as_str()),
        Some("Shilpa Srivastava")
    );
    let consumed_text: Vec<String> = m.consumed.iter().map(|&i| dom.clean_text(i)).collect();
    assert!(
        consumed_text
            .iter()
            .any(|t| t == "Edited By: Shilpa Srivastava"),
        "{consumed_text:?}"
    );
}

#[test]
fn an_update_line_fills_the_modified_date() {
    let page = |lines: &str| {
        read_page(
            &format!(
                r#"<html><head><title>Toll cut</title></head><body><article>
                <h1>Toll cut in the tunnel</h1><div class="info">{lines}</div>
                <p>The toll for private cars was cut from 200 to 150 taka on Saturday, the bridge authority said.</p>
                </article></body></html>"#
            ),
            "https://news.example/a/1",
        )
    };
    let day = |d: Option<DateTime>| d.map(|d| d.date_string());
    let m = page(
        r#"<span class="time">প্রকাশ: ১৪ মার্চ ২০২৬, ১০:৩০</span> <span class="time">আপডেট: ১৫ মার্চ ২০২৬, ০৮:১৫</span>"#,
    );
    assert_eq!(day(m.published).as_deref(), Some("2026-03-14"));
    assert_eq!(day(m.modified).as_deref(), Some("2026-03-15"));
    let m = page("<ul><li>입력 2026.03.14 10:12</li><li>수정 2026.03.14 15:40</li></ul>");
    assert_eq!(day(m.published).as_deref(), Some("2026-03-14"));
    assert_eq!(m.modified.map(|d| d.hour), Some(15));
    // No update line: no modified date; an "update" before the publication is another date's.
    let m = page("<span>14 March 2026</span>");
    assert_eq!(day(m.published).as_deref(), Some("2026-03-14"));
    assert_eq!(m.modified, None);
    let m = page(
        r#"<meta property="article:published_time" content="2026-03-14T10:00:00Z"><p>Updated 2 March 2026</p>"#,
    );
    assert_eq!(day(m.published).as_deref(), Some("2026-03-14"));
    assert_eq!(m.modified, None);
}

#[test]
fn a_desk_byline_yields_to_a_persons_byline_line() {
    let page = |credit: &str| {
        read_page(
            &format!(
                r#"<html><head><title>Lungomare</title></head><body><article>
                <h1>Bari, al via i lavori per il nuovo lungomare sud</h1>
                <dl><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Scritto da: <span itemprop="name">{credit}</span></dd></dl>
                <div><p><em>di Francesca Lorusso e Marco De Santis</em></p>
                <p>Sono partiti questa mattina i lavori per il nuovo lungomare sud di Bari, che collegherà il quartiere di Torre a Mare al centro.</p></div>
                </article></body></html>"#
            ),
            "https://puglia.example/bari/1",
        )
    };
    assert_eq!(
        names(&page("Redazione")),
        ["Francesca Lorusso", "Marco De Santis"]
    );
    // A person in the byline element stays the author.
    assert_eq!(names(&page("Giulia Ferri")), ["Giulia Ferri"]);
}

#[test]
fn the_lang_of_body_or_article_stands_in_for_a_missing_html_lang() {
    let lang = |html: &str| read_page(html, "https://news.example/a/1").language;
    assert_eq!(
        lang(r#"<html><head><title>T</title></head><body><article lang="ca"><h1>Girona</h1></article></body></html>"#).as_deref(),
        Some("ca")
    );
    assert_eq!(
        lang(r#"<html><head><title>T</title></head><body lang="hr"><h1>Split</h1></body></html>"#)
            .as_deref(),
        Some("hr")
    );
    // The `<html lang>` a page states stays its language.
    assert_eq!(
        lang(r#"<html lang="fr"><head><title>T</title></head><body><article lang="ca"><h1>Girona</h1></article></body></html>"#).as_deref(),
        Some("fr")
    );
}

#[test]
fn a_byline_run_into_its_date_labels_gives_the_writer_and_both_dates() {
    let page = |meta: &str| {
        format!(
            r#"<head><title>La ligne 4 desservira l’aéroport</title></head><body><article>
            <h1>La ligne 4 desservira l’aéroport</h1><div class="article-meta">{meta}</div>
            <p>Le conseil métropolitain a adopté vendredi le tracé définitif de la ligne 4.</p>
            <p>Les travaux doivent commencer l’an prochain pour une mise en service en 2028.</p>
            </article></body>"#
        )
    };
    let url = "https://nice.example/transports/ligne-4";
    let m = read_page(
        &page(
            "Par Christophe Cirone Publié le 14/03/2026 à 08:30, mis à jour le 15/03/2026 à 11:00",
        ),
        url,
    );
    assert_eq!(names(&m), ["Christophe Cirone"]);
    assert_eq!(
        m.published.map(|d| d.date_string()).as_deref(),
        Some("2026-03-14")
    );
    assert_eq!(
        m.modified.map(|d| d.date_string()).as_deref(),
        Some("2026-03-15")
    );
    // A long line that opens with no byline is not cut at "publié" into one.
    let m = read_page(
        &page(
            "Selon le rapport de la métropole publié le 14/03/2026 à 08:30, les travaux dureront",
        ),
        url,
    );
    assert!(names(&m).is_empty(), "{:?}", names(&m));
}

#[test]
fn a_site_named_only_by_the_title_is_no_author() {
    let page = |author: &str| {
        format!(
            r#"<html><head><title>全国春季农业生产进度过六成_新闻频道_央视网(cctv.com)</title>
            <meta name="author" content="{author}"></head><body><div class="text">
            <p>农业农村部最新农情调度显示，全国春播粮食已完成意向面积的六成以上。</p></div></body></html>"#
        )
    };
    let m = read_page(&page("央视网"), "https://news.cctv.example/a.shtml");
    assert_eq!(m.title.as_deref(), Some("全国春季农业生产进度过六成"));
    assert_eq!(m.source.as_ref().map(|s| s.name.as_str()), Some("央视网"));
    assert!(m.authors.is_empty());
    // A person in the same meta stays the author.
    let m = read_page(&page("林海"), "https://news.cctv.example/a.shtml");
    assert_eq!(names(&m), ["林海"]);
}
