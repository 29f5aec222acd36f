//! Meta + body + credits -> [`Article`].
//!
//! The credit lines found in the body complete the metadata: the editor comes from structured
//! data first and an "Edited by" line second; the source is the publisher or site named by the
//! markup, else the desk line ("X – Monitoring."); the language falls back to detection on the
//! body text, which also overrules a template's default English.

use crate::article::{
    Article, Block, Body, Credit, CreditRole, Field, Person, Provenance, Signal, Source,
};
use crate::attribution;
use crate::dom::Dom;
use crate::metadata::{Meta, authors, fold, language, people};
use crate::render;

/// Blocks at the start of the body the language is detected on when it may overrule the
/// markup's: a few paragraphs settle it (the detection reads their prose lines only, so a
/// scoreboard or a list of captions opening the body does not starve it).
const OPENING_BLOCKS: usize = 24;

/// Dashes between a sign-off's name and its place.
const SIGN_OFF_DASHES: &[&str] = &[" – ", " — ", " - "];

/// Most words of the place in a sign-off.
const MAX_SIGN_OFF_PLACE_WORDS: usize = 3;

/// Removes the body's last paragraph when it is the site's sign-off with a place ("Geeska
/// Today – Muqdisho.": the source named as the page names it, a dash, a few capitalised words),
/// returning it as a source credit.
fn source_sign_off(blocks: &mut Vec<Block>, source: &str) -> Option<Credit> {
    let last = blocks.last()?;
    if !matches!(last, Block::Paragraph { .. }) {
        return None;
    }
    let text = render::text_of_blocks(std::slice::from_ref(last));
    let text = text.trim().trim_end_matches('.');
    let (head, place) = SIGN_OFF_DASHES.iter().find_map(|d| text.split_once(d))?;
    let words: Vec<&str> = place.split_whitespace().collect();
    let place_ok = (1..=MAX_SIGN_OFF_PLACE_WORDS).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if !place_ok || fold(head) != fold(source) {
        return None;
    }
    let credit = Credit::new(CreditRole::Source, head.trim());
    blocks.pop();
    Some(credit)
}

/// Build the article.
pub(crate) fn article(
    dom: &Dom<'_>,
    mut meta: Meta,
    mut blocks: Vec<Block>,
    mut credits: Vec<Credit>,
) -> Article {
    // The site's sign-off with the place it was written in closes the body ("Geeska Today –
    // Muqdisho."): a source line, after which the closing credits it hid are read.
    if let Some(source) = meta.source.as_ref()
        && let Some(credit) = source_sign_off(&mut blocks, &source.name)
    {
        let mut hidden = attribution::take(&mut blocks);
        hidden.push(credit);
        hidden.append(&mut credits);
        credits = hidden;
    }
    // The byline's own other credits (photographer, agency), after the body's.
    for c in std::mem::take(&mut meta.byline_credits) {
        if !credits.contains(&c) {
            credits.push(c);
        }
    }
    let body = Body::new(blocks);
    if meta.editor.is_none() {
        if let Some(c) = credits.iter().find(|c| c.role == CreditRole::Editing) {
            meta.editor = Some(Person::new(c.name.clone()));
            meta.provenance.push(provenance(Field::Editor, &c.name));
        }
    }
    // A person named only by a meta `author` tag whom the page credits as its editor
    // ("（编辑：严玉洁 王辉）", "【责任编辑：严玉洁】" with `<meta name="author" content="严玉洁">`):
    // the CMS filled the field with the editor's name; nobody signed the article.
    let from_meta_tag = meta
        .provenance
        .iter()
        .any(|p| p.field == Field::Authors && p.signal == Signal::Meta);
    let editor_names: Vec<String> = credits
        .iter()
        .filter(|c| c.role == CreditRole::Editing)
        .flat_map(|c| c.name.split_whitespace().map(str::to_string))
        .chain(meta.editor.iter().map(|e| e.name.clone()))
        .collect();
    if from_meta_tag
        && !meta.authors.is_empty()
        && meta.authors.iter().all(|a| editor_names.contains(&a.name))
    {
        meta.authors.clear();
        meta.provenance.retain(|p| p.field != Field::Authors);
    }
    // The writer signed under the article, or credited in the closing line, when the page
    // names no author elsewhere, or names only a user account ("human", "jdoe42": the CMS
    // login that saved the page) where the article is signed with a full name.
    let writers = || {
        credits
            .iter()
            .filter(|c| matches!(c.role, CreditRole::Writing | CreditRole::Reporting))
    };
    let only_accounts =
        !meta.authors.is_empty() && meta.authors.iter().all(|p| people::is_account(&p.name));
    // A wire story on a local site is signed by the agency ("By Reuters", a JSON-LD
    // Organization) and credits its reporters in the closing line ("Reporting by X in Y").
    // So is a story whose author is the publisher itself (the broadcaster its copyright line
    // names) while a closing "Autor: X" line names the writer.
    let source_name = meta.source.as_ref().map(|s| fold(&s.name));
    let only_outlets = || {
        !meta.authors.is_empty()
            && meta.authors.iter().all(|p| {
                attribution::names_agency(&p.name)
                    || source_name.as_deref() == Some(&fold(&p.name))
                    || crate::metadata::names_the_site(dom, &p.name)
            })
    };
    let signed_by_a_person = || {
        writers().any(|c| authors::named_in_full(&c.name) && !attribution::names_agency(&c.name))
    };
    // (The page scan in `only_outlets` runs only on the rare pages signed in a credit line.)
    if signed_by_a_person() && (only_accounts || only_outlets()) {
        meta.authors.clear();
        meta.provenance.retain(|p| p.field != Field::Authors);
    }
    if meta.authors.is_empty() {
        for c in writers() {
            meta.authors.push(Person::new(c.name.clone()));
            meta.provenance.push(provenance(Field::Authors, &c.name));
        }
    }
    if meta.source.is_none() {
        if let Some(c) = credits.iter().find(|c| c.role == CreditRole::Source) {
            meta.source = Some(Source::new(c.name.clone()));
            meta.provenance.push(provenance(Field::Source, &c.name));
        }
    }
    // Markup contradicted by the body's first paragraphs (a template's default `lang="en"`, a
    // script or letters the declared language does not have): the body's language overrules it.
    if let Some(declared) = meta.language.as_deref() {
        let opening = body.blocks.get(..OPENING_BLOCKS).unwrap_or(&body.blocks);
        if let Some(lang) =
            language::overruling_language(declared, &render::text_of_blocks(opening))
        {
            meta.provenance.retain(|p| p.field != Field::Language);
            meta.provenance.push(Provenance {
                field: Field::Language,
                signal: Signal::Detected,
                raw: lang.clone(),
            });
            meta.language = Some(lang);
        }
    }
    if meta.language.is_none() {
        // The detector reads only the start of the text: render no more than that.
        let text = render::text_prefix(&body, language::MAX_SAMPLE_BYTES);
        if let Some(lang) = language::detect_language(&text) {
            meta.provenance.push(Provenance {
                field: Field::Language,
                signal: Signal::Detected,
                raw: lang.clone(),
            });
            meta.language = Some(lang);
        }
    }
    // "王伟 陈静": on a Chinese page, names separated by a space are two people (a Japanese
    // page writes one name so: "高橋 健一"); the language is known only now.
    if meta.language.as_deref() == Some("zh") {
        let mut split = Vec::with_capacity(meta.authors.len());
        for person in std::mem::take(&mut meta.authors) {
            match people::chinese_names_listed(&person.name) {
                Some(names) => split.extend(names.into_iter().map(Person::new)),
                None => split.push(person),
            }
        }
        meta.authors = split;
    }
    Article {
        title: meta.title,
        subtitle: meta.subtitle,
        body,
        authors: meta.authors,
        editor: meta.editor,
        source: meta.source,
        credits,
        published: meta.published,
        modified: meta.modified,
        language: meta.language,
        url: dom.page_url.as_ref().map(|u| u.to_string()),
        canonical_url: meta.canonical_url,
        description: meta.description,
        image: meta.image,
        tags: meta.tags,
        accessible_for_free: meta.accessible_for_free,
        provenance: meta.provenance,
    }
}

/// A provenance record for a value read from the body's credit lines.
fn provenance(field: Field, raw: &str) -> Provenance {
    Provenance {
        field,
        signal: Signal::Text,
        raw: raw.chars().take(200).collect(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_editor_in_the_meta_author_tag_is_no_author() {
        let html = r#"<html><head><meta name="author" content="严玉洁"></head><body><article>
            <h1>外国专家：中美合作共赢符合国际社会利益</h1>
            <p>在美国旧金山举行的中美元首会晤吸引了全世界的目光。多名外国专家表示，中美合作共赢符合国际社会利益。</p>
            <p>美中合作基金会执行主席认为，共同繁荣还是互相毁灭，这是两国面临的抉择。</p>
            <p>（编辑：严玉洁 王辉）</p></article></body></html>"#;
        let a = crate::extract(html, None).expect("extracts");
        assert!(a.authors.is_empty(), "{:?}", a.authors);
        // A meta author the page does not credit as editor stays.
        let html = html.replace("（编辑：严玉洁 王辉）", "（编辑：王辉）");
        let a = crate::extract(&html, None).expect("extracts");
        assert_eq!(a.authors.len(), 1);
    }

    #[test]
    fn a_user_account_gives_way_to_the_writer_credited_under_the_article() {
        let page = |byline: &str| {
            format!(
                r#"<html><body><article><h1>Floods close schools</h1>
                <div class="submitted">Submitted by <span class="username">{byline}</span></div>
                <p>Schools across the region stayed shut on Tuesday after the river burst its banks overnight.</p>
                <p>The ministry said classes would resume once the buildings had been checked by engineers.</p>
                <p>(Reporting by Jane Doe in Lyon; Editing by Ali Musa)</p></article></body></html>"#
            )
        };
        let names = |html: &str| -> Vec<String> {
            let a = crate::extract(html, None).expect("extracts");
            a.authors.into_iter().map(|p| p.name).collect()
        };
        assert_eq!(names(&page("jdoe42")), ["Jane Doe"]);
        // A name the byline writes as a person's stays.
        assert_eq!(names(&page("John Roe")), ["John Roe"]);
    }
}

#[cfg(test)]
mod signed_by_the_publisher {
    /// A paragraph of article text.
    const TEXT: &str = "<p>The city council approved the plan for an underground garage on \
        Tuesday, after two years of debate about traffic, trees and the cost of the works.</p>\
        <p>Construction starts in May and should take eighteen months, the transport \
        department said, with the square closed to cars during the first phase.</p>";

    #[test]
    fn takes_the_writer_of_the_closing_line() {
        let html = format!(
            r#"<html><head><title>Garage approved</title>
            <meta name="author" content="Radio Television Example"></head><body>
            <article><h1>Garage approved</h1>{TEXT}{TEXT}{TEXT}
            <p>(Reporting by Jelena Markovic; Editing by Ana Lee)</p></article>
            <footer>© 2026 Radio Television Example</footer></body></html>"#
        );
        let a = crate::extract(&html, Some("https://www.rte.example/news/1")).unwrap();
        let names: Vec<&str> = a.authors.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Jelena Markovic"]);
        // A person in the meta tag stays the author.
        let html = html.replace("Radio Television Example\"", "Ana Petrovic\"");
        let a = crate::extract(&html, Some("https://www.rte.example/news/1")).unwrap();
        let names: Vec<&str> = a.authors.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Ana Petrovic"]);
    }

    #[test]
    fn a_chinese_reporter_in_the_dateline_beats_the_portal_as_author() {
        let html = r#"<html><head><title>国家铁路局：一季度旅客发送量同比增长8.6%_新闻中心_新浪潮网</title>
            <meta property="article:author" content="新浪潮网"></head><body><div class="top"><a
            href="https://news.xinlangchao.example/">新浪潮网</a> 新闻中心</div><article>
            <h1>国家铁路局：一季度旅客发送量同比增长8.6%</h1>
            <p>　　新华社北京3月14日电（记者刘洋）国家铁路局14日发布数据显示，今年一季度，全国铁路累计发送旅客11.2亿人次，同比增长8.6%，创历史同期新高。</p>
            <p>　　国家铁路局有关负责人介绍，一季度全国铁路完成固定资产投资1200亿元，多条高铁新线投入运营。</p>
            </article></body></html>"#;
        let a =
            crate::extract(html, Some("https://news.xinlangchao.example/c/doc-1.shtml")).unwrap();
        let names: Vec<&str> = a.authors.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["刘洋"]);
    }

    #[test]
    fn the_site_sign_off_with_a_place_closes_the_credits() {
        let html = format!(
            r#"<html><head><title>Biyo yari</title>
            <meta property="og:site_name" content="Geeska Today"></head><body>
            <article><h1>Biyo yari</h1>{TEXT}{TEXT}{TEXT}
            <p><em>Tifaftiray: Maxamed Cali Nuur</em></p><p>Geeska Today – Muqdisho.</p>
            </article></body></html>"#
        );
        let a = crate::extract(&html, Some("https://geeska.example/biyo")).unwrap();
        assert_eq!(
            a.editor.as_ref().map(|p| p.name.as_str()),
            Some("Maxamed Cali Nuur")
        );
        assert!(!a.text().contains("Muqdisho"));
        assert!(!a.text().contains("Tifaftiray"));
        // Another site's name, or a sentence, stays.
        let other = html.replace("Geeska Today – Muqdisho.", "Radio Dalsan – Muqdisho.");
        let a = crate::extract(&other, Some("https://geeska.example/biyo")).unwrap();
        assert!(a.text().contains("Radio Dalsan"));
    }
}

#[cfg(test)]
mod editing_credits {
    use crate::article::CreditRole;

    /// A paragraph of article text.
    const TEXT: &str = "<p>The city council approved the plan for an underground garage on \
        Tuesday, after two years of debate about traffic, trees and the cost of the works.</p>\
        <p>Construction starts in May and should take eighteen months, the transport \
        department said, with the square closed to cars during the first phase.</p>";

    /// The page with a byline for `writer` and `closing` as the article's last line.
    fn page(lang: &str, writer: &str, closing: &str) -> String {
        format!(
            r#"<html lang="{lang}"><head><title>Garage approved</title></head><body>
            <article><h1>Garage approved</h1><p class="byline">{writer}</p>{TEXT}{TEXT}{TEXT}
            <p>{closing}</p></article></body></html>"#
        )
    }

    /// What a page gives of its people and its text.
    struct Read {
        authors: Vec<String>,
        editor: Option<String>,
        credits: Vec<(CreditRole, String)>,
        text: String,
    }

    /// Authors, editor, the credits as (role, name), and the body text.
    fn read(html: &str) -> Read {
        let a = crate::extract(html, Some("https://news.example/city/garage")).expect("extracts");
        Read {
            text: a.text(),
            authors: a.authors.into_iter().map(|p| p.name).collect(),
            editor: a.editor.map(|p| p.name),
            credits: a.credits.into_iter().map(|c| (c.role, c.name)).collect(),
        }
    }

    #[test]
    fn reporting_and_editing_by_close_an_english_wire_story() {
        let Read {
            authors,
            editor,
            credits,
            text,
        } = read(&page(
            "en",
            "By Jane Doe",
            "(Reporting by Jelena Markovic; Editing by Ana Lee)",
        ));
        assert_eq!(authors, ["Jane Doe"]);
        assert_eq!(editor.as_deref(), Some("Ana Lee"));
        assert!(credits.contains(&(CreditRole::Editing, "Ana Lee".to_string())));
        assert!(credits.contains(&(CreditRole::Reporting, "Jelena Markovic".to_string())));
        assert!(!text.contains("Editing by"), "{text}");
    }

    #[test]
    fn edited_by_lands_in_the_editor_not_the_authors() {
        let Read {
            authors,
            editor,
            text,
            ..
        } = read(&page("en", "By Jane Doe", "Edited by Ana Lee"));
        assert_eq!(authors, ["Jane Doe"]);
        assert_eq!(editor.as_deref(), Some("Ana Lee"));
        assert!(!text.contains("Ana Lee"), "{text}");
    }

    #[test]
    fn german_redaktion_line_is_the_editor() {
        let Read {
            authors,
            editor,
            text,
            ..
        } = read(&page("de", "Von Jana Müller", "Redaktion: Peter Schmidt"));
        assert_eq!(authors, ["Jana Müller"]);
        assert_eq!(editor.as_deref(), Some("Peter Schmidt"));
        assert!(!text.contains("Peter Schmidt"), "{text}");
    }

    #[test]
    fn french_edite_par_is_the_editor() {
        let Read {
            authors,
            editor,
            text,
            ..
        } = read(&page(
            "fr",
            "Par Julie Martin",
            "(Reportage Julie Martin, avec Paul Durand; édité par Marc Lefèvre)",
        ));
        assert_eq!(authors, ["Julie Martin"]);
        assert_eq!(editor.as_deref(), Some("Marc Lefèvre"));
        assert!(!text.contains("Lefèvre"), "{text}");
    }

    #[test]
    fn italian_a_cura_di_portuguese_edicao_and_russian_redaktor_are_the_editor() {
        for (lang, writer, closing, name) in [
            (
                "it",
                "Di Marco Rossi",
                "A cura di Giulia Bianchi",
                "Giulia Bianchi",
            ),
            ("pt", "Por Ana Souza", "Edição: Pedro Lima", "Pedro Lima"),
            (
                "ru",
                "Иван Петров",
                "Редактор: Ольга Смирнова",
                "Ольга Смирнова",
            ),
        ] {
            let Read {
                authors,
                editor,
                text,
                ..
            } = read(&page(lang, writer, closing));
            assert!(!authors.iter().any(|a| a == name), "{lang}: {authors:?}");
            assert_eq!(editor.as_deref(), Some(name), "{lang}");
            assert!(!text.contains(name), "{lang}: {text}");
        }
    }

    #[test]
    fn spanish_editado_por_is_the_editor_and_redaccion_a_writer_credit() {
        let Read {
            authors,
            editor,
            text,
            ..
        } = read(&page(
            "es",
            "Por Lucía Gómez",
            "(Reporte de Lucía Gómez; editado en español por Carlos Ruiz)",
        ));
        assert_eq!(authors, ["Lucía Gómez"]);
        assert_eq!(editor.as_deref(), Some("Carlos Ruiz"));
        assert!(!text.contains("Carlos Ruiz"), "{text}");
        // "Redacción:" credits the writer: the author when no byline names one.
        let Read {
            authors,
            editor,
            text,
            ..
        } = read(&page("es", "", "Redacción: Lucía Gómez"));
        assert_eq!(authors, ["Lucía Gómez"]);
        assert_eq!(editor, None);
        assert!(!text.contains("Redacción"), "{text}");
    }
}
