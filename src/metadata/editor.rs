//! The editor: structured data first (JSON-LD `editor`), else an editing credit printed near
//! the headline, where news sites put it beside the byline ("Written by Jane Doe | Edited by
//! Ali Musa", "Edited By: Ali Musa", "【责任编辑：王小明】"). Credits printed at the end of the
//! body ("Editing by ...") are read by the attribution stage.

use crate::attribution;
use crate::dom::{Dom, NodeIdx, Tag, collapse_whitespace};

/// Nodes after the headline searched for an editing credit.
const NEAR_HEADLINE: NodeIdx = 300;

/// Longest text node looked at, in bytes: longer is prose.
const MAX_TEXT_BYTES: usize = 300;

/// Text nodes of prose (over [`MAX_TEXT_BYTES`]) after which the search stops: the body has
/// begun, and the byline area is behind.
const PROSE_TEXTS: usize = 3;

/// Inline wrappers climbed from a text node to the line that holds it.
const LINE_LEVELS: usize = 3;

/// Longest line read as a credit line, in bytes.
const MAX_LINE_BYTES: usize = 400;

/// Longest line taken out of the body once read, in characters: a short credit line of its own,
/// never a paragraph that happens to name an editor.
const MAX_CONSUMED_CHARS: usize = 160;

/// An editing credit found near the headline.
pub(crate) struct EditorLine {
    /// The editor's name (the first one credited).
    pub name: String,
    /// The line it was read from, as printed.
    pub raw: String,
    /// The line's element, for the body to leave out: a short line that mixes the credit with
    /// other things (a byline). A line of credits only is left to the attribution stage, which
    /// reads all of its credits ("Reporting by X; Editing by Y").
    pub element: Option<NodeIdx>,
    /// The element holding the credit alone ("<span>Edited By: Ali Musa</span>"), whether or
    /// not the attribution stage would read it.
    pub credit_element: Option<NodeIdx>,
}

/// Most nodes between the start of the headline's container and the headline for the lines
/// above it to be searched too.
const ABOVE_HEADLINE: NodeIdx = 40;

/// The first editing credit in the lines after the headline `title`, before the body's prose;
/// or in the lines above it in its own container, where some templates print the date line
/// ("05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)" over the `<h1>`).
pub(crate) fn near_headline(dom: &Dom<'_>, title: NodeIdx) -> Option<EditorLine> {
    let end = dom.len().min(title.saturating_add(NEAR_HEADLINE));
    let mut prose = 0;
    let mut j = dom
        .parent(title)
        .filter(|&p| {
            title.saturating_sub(p) <= ABOVE_HEADLINE
                && !matches!(dom.tag(p), Some(Tag::Body | Tag::Html))
        })
        .unwrap_or(title);
    while j < end && prose < PROSE_TEXTS {
        if let Some(e) = dom.element(j) {
            // The site's footer (outside any article) names the masthead's editors.
            if e.tag == Tag::Footer && !inside_article(dom, j) {
                break;
            }
            if e.tag.is_never_content() {
                j = dom.end(j);
                continue;
            }
        }
        let Some(text) = dom.text_node(j) else {
            j += 1;
            continue;
        };
        if text.len() > MAX_TEXT_BYTES {
            prose += 1;
            j += 1;
            continue;
        }
        // Indentation between tags holds no editing phrase: spared the automaton.
        if text.trim_ascii().is_empty() || !attribution::may_credit_editing(text) {
            j += 1;
            continue;
        }
        // A credit stands on a short line: a paragraph of prose names no editor.
        let line_el = line_of(dom, j);
        let Some(line) = line_el.and_then(|el| short_text(dom, el)) else {
            j += 1;
            continue;
        };
        // The text itself ("Edited By: Ali Musa" in its own span), else its whole line
        // ("Edited by <a>Ali Musa</a>").
        let own = collapse_whitespace(text);
        if let Some(name) = first_editor(&own) {
            let credit_element = dom
                .parent(j)
                .filter(|&p| short_text(dom, p).is_some_and(|t| t == own));
            let element = credit_element.filter(|_| attribution::parse_line(&own).is_none());
            return Some(EditorLine {
                name,
                raw: own,
                element,
                credit_element,
            });
        }
        // The inline element holding the label and the name ("<span>संपादक: <a>X</a></span>")
        // inside a longer line: its own text, so that the line's next item (the update time)
        // does not run into the name.
        if let Some(wrapper) = dom.parent(j).filter(|&p| Some(p) != line_el)
            && let Some(wrapped) = short_text(dom, wrapper)
            && wrapped != own
            && let Some(name) = first_editor(&wrapped)
        {
            return Some(EditorLine {
                name,
                raw: wrapped,
                element: None,
                credit_element: Some(wrapper),
            });
        }
        if let Some(name) = first_editor(&line) {
            let element = line_el.filter(|_| {
                line.chars().count() <= MAX_CONSUMED_CHARS
                    && attribution::parse_line(&line).is_none()
            });
            return Some(EditorLine {
                name,
                raw: line,
                element,
                credit_element: None,
            });
        }
        j += 1;
    }
    None
}

/// The article's editor credited by a line: the first name an editing phrase gives, except
/// that a responsible editor comes first ("编辑：孙丽 责任编辑：刘亮": the desk editor, then the
/// responsible one, who answers for the article).
fn first_editor(line: &str) -> Option<String> {
    RESPONSIBLE_EDITOR_LABELS
        .iter()
        .filter_map(|l| line.find(l))
        .min()
        .and_then(|at| line.get(at..))
        .and_then(|from| attribution::editors_in_line(from).into_iter().next())
        .or_else(|| attribution::editors_in_line(line).into_iter().next())
}

/// Most ancestors climbed to find an enclosing `<article>`.
const ARTICLE_ANCESTORS: usize = 32;

/// Whether element `i` stands inside an `<article>` (an article's own footer, not the site's).
fn inside_article(dom: &Dom<'_>, i: NodeIdx) -> bool {
    let mut at = dom.parent(i);
    for _ in 0..ARTICLE_ANCESTORS {
        match at {
            Some(p) if dom.tag(p) == Some(Tag::Article) => return true,
            Some(p) => at = dom.parent(p),
            None => return false,
        }
    }
    false
}

/// The responsible-editor labels Chinese news pages print in a line of their own after the
/// article ("【责任编辑:张樵苏 】", "\[责任编辑:肖春芳\]"): they name the article's editor wherever
/// they stand, as no other content carries them.
const RESPONSIBLE_EDITOR_LABELS: &[&str] = &["责任编辑", "責任編輯"];

/// Longest text node read as a responsible-editor line, in bytes.
const MAX_RESPONSIBLE_LINE_BYTES: usize = 120;

/// The editor named by a responsible-editor line anywhere on the page, outside scripts.
pub(crate) fn responsible_editor(dom: &Dom<'_>) -> Option<EditorLine> {
    let mut j = 0;
    while j < dom.len() {
        if dom.element(j).is_some_and(|e| e.tag.is_never_content()) {
            j = dom.end(j);
            continue;
        }
        if let Some(text) = dom.text_node(j)
            && text.len() <= MAX_RESPONSIBLE_LINE_BYTES
            && RESPONSIBLE_EDITOR_LABELS.iter().any(|l| text.contains(l))
        {
            let own = collapse_whitespace(text);
            if let Some(name) = first_editor(&own) {
                return Some(EditorLine {
                    name,
                    raw: own,
                    element: None,
                    credit_element: None,
                });
            }
        }
        j += 1;
    }
    None
}

/// Most nodes in a line's element: more is a block of content, not a credit line.
const MAX_LINE_NODES: NodeIdx = 60;

/// The text of element `el`, whitespace collapsed, when it is a short line (at most
/// [`MAX_LINE_NODES`] nodes and [`MAX_LINE_BYTES`] bytes); a larger element is not copied.
fn short_text(dom: &Dom<'_>, el: NodeIdx) -> Option<String> {
    if dom.end(el).saturating_sub(el) > MAX_LINE_NODES {
        return None;
    }
    let text = collapse_whitespace(&dom.text(el));
    (text.len() <= MAX_LINE_BYTES).then_some(text)
}

/// The element holding text node `j`'s line: its nearest block ancestor, climbing inline
/// wrappers (`<span>`, `<a>`, `<em>`) at most [`LINE_LEVELS`] times.
fn line_of(dom: &Dom<'_>, j: NodeIdx) -> Option<NodeIdx> {
    let mut cur = dom.parent(j)?;
    for _ in 0..LINE_LEVELS {
        if dom.tag(cur).is_some_and(|t| t.is_block()) {
            return Some(cur);
        }
        cur = dom.parent(cur)?;
    }
    dom.tag(cur).is_some_and(|t| t.is_block()).then_some(cur)
}

/// Class-token parts of a box that credits the article's editor ("article__editor").
pub(crate) const EDITOR_BOX_PARTS: &[&str] = &["editor", "redaktor", "redactor"];

/// Labels printed alone, in an element of their own, before the editor's name in such a box
/// ("<span>Редактор</span> <span>Наталья Орлова</span>", RBC), lower case, without a colon.
const EDITOR_BOX_LABELS: &[&str] = &[
    "editor",
    "edited by",
    "редактор",
    "редакторка",
    "redaktor",
    "redaktorka",
    "editör",
    "编辑",
    "責任編輯",
    "责任编辑",
    "編輯",
];

/// Most text nodes in an editor box: the label and the name's parts.
const MAX_BOX_TEXTS: usize = 4;

/// The editor named in a box marked as the editor's, whose label stands in an element of its
/// own with no colon and the name in the next ("<div class="article__editor"><span>Редактор
/// </span> <span>Наталья Орлова</span></div>"): the label alone, then one person's name.
///
/// `boxes`: the elements whose class [`marks_editor_box`], outside never-content elements, in
/// page order, as the metadata walk collected them; `None` walks the whole page for them.
pub(crate) fn labelled_box(dom: &Dom<'_>, boxes: Option<&[NodeIdx]>) -> Option<EditorLine> {
    let Some(boxes) = boxes else {
        return labelled_box_walk(dom);
    };
    // The end of the last box read: a box inside it was read with it.
    let mut read_until: NodeIdx = 0;
    for &j in boxes {
        if j < read_until || dom.end(j).saturating_sub(j) > MAX_LINE_NODES {
            continue;
        }
        if let Some(found) = read_box(dom, j) {
            return Some(found);
        }
        read_until = dom.end(j).max(j + 1);
    }
    None
}

/// [`labelled_box`] without the walk's list: every element outside never-content ones is
/// looked at.
fn labelled_box_walk(dom: &Dom<'_>) -> Option<EditorLine> {
    let mut j = 0;
    while j < dom.len() {
        let Some(e) = dom.element(j) else {
            j += 1;
            continue;
        };
        if e.tag.is_never_content() {
            j = dom.end(j).max(j + 1);
            continue;
        }
        let marked = dom.names(e).0.is_some_and(marks_editor_box);
        if !marked || dom.end(j).saturating_sub(j) > MAX_LINE_NODES {
            j += 1;
            continue;
        }
        if let Some(found) = read_box(dom, j) {
            return Some(found);
        }
        j = dom.end(j).max(j + 1);
    }
    None
}

/// Whether a class value marks a box crediting the editor: a token with a part of
/// [`EDITOR_BOX_PARTS`] (in any ASCII case) between its `-` and `_`.
pub(crate) fn marks_editor_box(class: &str) -> bool {
    // A class without "tor" in any case holds no part of `EDITOR_BOX_PARTS` (all end so) and
    // is passed over before it is split.
    holds_tor(class)
        && class.split_ascii_whitespace().any(|token| {
            token
                .split(['-', '_'])
                .any(|p| EDITOR_BOX_PARTS.iter().any(|k| p.eq_ignore_ascii_case(k)))
        })
}

/// The editor named in the editor's box `j` (of at most [`MAX_LINE_NODES`] nodes): its first
/// text a label of [`EDITOR_BOX_LABELS`], the rest one person's name.
fn read_box(dom: &Dom<'_>, j: NodeIdx) -> Option<EditorLine> {
    let texts: Vec<String> = (j + 1..dom.end(j))
        .filter_map(|k| dom.text_node(k))
        .map(collapse_whitespace)
        .filter(|t| !t.is_empty())
        .take(MAX_BOX_TEXTS + 1)
        .collect();
    let [label, rest @ ..] = texts.as_slice() else {
        return None;
    };
    if rest.is_empty() || texts.len() > MAX_BOX_TEXTS {
        return None;
    }
    let label = label.trim_end_matches([':', '：']).trim().to_lowercase();
    let raw = rest.join(" ");
    if !EDITOR_BOX_LABELS.contains(&label.as_str()) {
        return None;
    }
    let name = crate::metadata::people::clean_name(&raw)
        .filter(|n| !crate::metadata::people::is_organisation(n))?;
    Some(EditorLine {
        name,
        raw,
        element: Some(j),
        credit_element: None,
    })
}

/// Whether `class` holds "tor" in any ASCII case (each part of [`EDITOR_BOX_PARTS`] ends so,
/// and a part equal to one in any ASCII case holds it too).
fn holds_tor(class: &str) -> bool {
    // One pass over the bytes, the last two kept: `| 0x20` lower-cases the ASCII letters and
    // maps no other byte to "t", "o" or "r".
    let (mut before, mut last) = (0u8, 0u8);
    for &b in class.as_bytes() {
        let b = b | 0x20;
        if b == b'r' && last == b'o' && before == b't' {
            return true;
        }
        (before, last) = (last, b);
    }
    false
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_editor_box_part_passes_the_quick_class_test() {
        for part in super::EDITOR_BOX_PARTS {
            assert!(super::holds_tor(part), "{part}");
            assert!(super::holds_tor(&part.to_ascii_uppercase()), "{part}");
        }
        assert!(!super::holds_tor("article__author to r"));
    }

    #[test]
    fn the_walks_list_of_editor_boxes_finds_what_the_whole_walk_finds() {
        use crate::dom::Dom;
        use crate::tree::Document as Html;
        let boxed = |class: &str| {
            format!(
                "<div class=\"{class}\"><span>Редактор</span> <span>Наталья Орлова</span></div>"
            )
        };
        let big: String = (0..70).map(|_| "<i>x</i>").collect();
        let pages = [
            boxed("article__editor"),
            boxed("articleEditor"),
            boxed("article-eDiToR"),
            boxed("EDITOR box"),
            boxed("news_redaktor"),
            boxed("creditor"),
            format!("<div id=\"editor\">{}</div>", boxed("x")),
            format!("<button>{}</button>{}", boxed("editor"), boxed("x editor")),
            format!("<svg>{}</svg>", boxed("editor")),
            format!("<div class=\"editor\">{big}{}</div>", boxed("by-editor")),
            format!(
                "<div class=\"editor\"><p>Фото</p><p>Иван Петров</p>{}</div>{}",
                boxed("editor"),
                boxed("editor-2")
            ),
        ];
        let mut found = 0;
        for body in &pages {
            let html = Html::parse_document(&format!(
                "<html><head><title>T</title></head><body><h1>T</h1>{body}</body></html>"
            ));
            let dom = Dom::build(&html, None);
            let scan = crate::metadata::scan::scan(&dom, 1 << 20);
            let listed = super::labelled_box(&dom, scan.editor_boxes.as_deref());
            let walked = super::labelled_box(&dom, None);
            let key =
                |e: &Option<super::EditorLine>| e.as_ref().map(|e| (e.name.clone(), e.element));
            assert_eq!(key(&listed), key(&walked), "{body}");
            found += usize::from(walked.is_some());
        }
        // Both ways find the box in most pages, and miss it in some.
        assert!((5..pages.len()).contains(&found), "{found}");
    }

    fn editor_of(html: &str) -> Option<String> {
        crate::extract(html, None)
            .expect("extracts")
            .editor
            .map(|p| p.name)
    }

    const BODY: &str = "<p>Правительство утвердило новый порядок выдачи льготных кредитов малому \
        бизнесу, сообщили в министерстве экономического развития во вторник вечером.</p><p>Новые \
        правила начнут действовать с первого апреля и затронут около ста тысяч компаний.</p>";

    #[test]
    fn a_label_and_a_name_in_elements_of_their_own_in_an_editor_box() {
        let html = format!(
            "<html><body><article><h1>Льготные кредиты</h1>{BODY}<div \
             class=\"article__editor\"><span>Редактор</span> <span>Наталья \
             Орлова</span></div></article></body></html>"
        );
        assert_eq!(editor_of(&html).as_deref(), Some("Наталья Орлова"));
        // Not without the box's mark, nor with another label, nor with prose.
        let unmarked = html.replace("article__editor", "article__note");
        assert_eq!(editor_of(&unmarked), None);
        let other = html.replace("Редактор", "Фото");
        assert_eq!(editor_of(&other), None);
        let prose = html.replace(
            "Наталья Орлова</span>",
            "Наталья Орлова рассказала о планах на следующий год</span>",
        );
        assert_eq!(editor_of(&prose), None);
    }

    #[test]
    fn the_responsible_editor_is_the_editor_of_a_two_editor_line() {
        let page = |line: &str| {
            format!(
                "<html><body><h1>春耕生产进度过六成</h1><div><p>农业农村部最新农情调度显示，全国春播粮食已完成\
                 意向面积的六成以上，进度快于去年同期。</p><p>各地加强田间管理，抓好病虫害防治，确保春耕\
                 生产顺利进行。</p></div><div class=\"zebian\"><p>{line}</p></div></body></html>"
            )
        };
        assert_eq!(
            editor_of(&page("编辑：孙丽 责任编辑：刘亮")).as_deref(),
            Some("刘亮")
        );
        // The responsible editor alone, as before.
        assert_eq!(editor_of(&page("责任编辑：刘亮")).as_deref(), Some("刘亮"));
    }

    #[test]
    fn an_editor_span_in_a_byline_row_ends_at_its_span() {
        let page = |row: &str| {
            format!(
                "<html><body><article><h1>Льготные кредиты</h1><div class=\"byline\">{row}</div>\
                 {BODY}</article></body></html>"
            )
        };
        // The row's next item (the update time) is no part of the name.
        let html = page(
            "<span>Ravi Kumar</span> <span class=\"ed\">Edited by: <a>Sunita Verma</a></span> \
             <div class=\"time\">Updated Sat, 14 Mar 2026 12:40 PM IST</div>",
        );
        assert_eq!(editor_of(&html).as_deref(), Some("Sunita Verma"));
        // A label written straight in the row reads the row, as before.
        let html = page("Ravi Kumar | Edited by <a>Sunita Verma</a>");
        assert_eq!(editor_of(&html).as_deref(), Some("Sunita Verma"));
    }

    #[test]
    fn an_editing_credit_on_the_date_line_above_the_headline() {
        let html = "<html><body><div class=\"news-single-item\"><div \
             class=\"news-single-timedata\">05.02.2020 <span>-&nbsp;Redaktion: Eberhard Fuhr \
             (Pressesprecher des EJW)</span></div><h1>Faire Lieferketten</h1><div \
             class=\"contentWrap\"><p>In Baden-Württemberg hat sich eine Initiative aus \
             Jugendverbänden und Eine-Welt-Organisationen zusammengetan, um die Initiative \
             Lieferkettengesetz zu unterstützen.</p><p>Sie möchten junge Menschen ermutigen, \
             gemeinsam Aktionen zur Unterstützung dieser Initiative zu planen.</p></div></div>\
             </body></html>";
        assert_eq!(editor_of(html).as_deref(), Some("Eberhard Fuhr"));
        // Not from a line of the page above the headline's own container.
        let outside = html.replace(
            "<div class=\"news-single-item\">",
            "<nav>Redaktion: Eberhard Fuhr</nav><div class=\"news-single-item\">",
        );
        let outside = outside.replace(
            "-&nbsp;Redaktion: Eberhard Fuhr (Pressesprecher des EJW)",
            "",
        );
        assert_eq!(editor_of(&outside), None);
    }
}
