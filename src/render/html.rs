//! Clean HTML rendering of a [`Body`].
//!
//! The fragment uses structural tags only (`h1`-`h6`, `p`, `ul`/`ol`/`li`, `blockquote`, `pre`,
//! `table`/`thead`/`tbody`/`tr`/`th`/`td`, `figure`/`img`/`figcaption`, `em`, `strong`, `code`,
//! `a`, `br`) and three attributes (`href`, `src`, `alt`): no classes, styles, ids or event
//! handlers. Text escapes `&`, `<` and `>`; attribute values also escape `"`. Links other than
//! `http`, `https` and `mailto` are plain text, images other than `http` and `https` are left out.
//! Each block is written on one line (a `<pre>` keeps its own newlines).

use super::{Line, Style, is_blank_row, lines, paragraphs, safe_image};
use crate::article::{Block, Body, Image, Inline, TableRow};

/// Renders `body` as an HTML fragment, blocks separated by `"\n"`, without a trailing newline.
pub(super) fn render(body: &Body) -> String {
    let mut out = String::new();
    for block in &body.blocks {
        let start = out.len();
        if !out.is_empty() {
            out.push('\n');
        }
        let content_start = out.len();
        match block {
            Block::Heading { level, content } => write_heading(&mut out, *level, content),
            Block::Paragraph { content } => write_paragraphs(&mut out, &lines(content), "\n"),
            Block::List { ordered, items } => write_list(&mut out, *ordered, items),
            Block::Quote { paragraphs } => write_quote(&mut out, paragraphs),
            Block::Preformatted { text } => write_pre(&mut out, text),
            Block::Table { rows } => write_table(&mut out, rows),
            Block::Figure { image, caption } => write_figure(&mut out, image.as_ref(), caption),
        }
        if out.len() == content_start {
            // The block rendered to nothing: take back its separator.
            out.truncate(start);
        }
    }
    out
}

/// `<hN>`, its lines joined by `<br>`; nothing for an empty heading.
fn write_heading(out: &mut String, level: u8, content: &[Inline]) {
    let lines = lines(content);
    if lines.iter().all(Vec::is_empty) {
        return;
    }
    let level = level.clamp(1, 6);
    out.push_str(&format!("<h{level}>"));
    write_broken_lines(out, lines.iter().filter(|line| !line.is_empty()));
    out.push_str(&format!("</h{level}>"));
}

/// One `<p>` per group of lines (a run of `<br>` in the page splits paragraphs), separated by
/// `separator`.
fn write_paragraphs(out: &mut String, lines: &[Line<'_>], separator: &str) {
    for (i, group) in paragraphs(lines).enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str("<p>");
        write_broken_lines(out, group);
        out.push_str("</p>");
    }
}

/// `<ul>` or `<ol>` with one `<li>` per non-empty item; nothing if every item is empty.
fn write_list(out: &mut String, ordered: bool, items: &[Vec<Inline>]) {
    let tag = if ordered { "ol" } else { "ul" };
    let mut open = false;
    for item in items {
        let lines = lines(item);
        if lines.iter().all(Vec::is_empty) {
            continue;
        }
        if !open {
            out.push_str(&format!("<{tag}>"));
            open = true;
        }
        out.push_str("<li>");
        write_broken_lines(out, lines.iter().filter(|line| !line.is_empty()));
        out.push_str("</li>");
    }
    if open {
        out.push_str(&format!("</{tag}>"));
    }
}

/// `<blockquote>` with one `<p>` per quoted paragraph; nothing if they are all empty.
fn write_quote(out: &mut String, paragraphs: &[Vec<Inline>]) {
    let mut open = false;
    for paragraph in paragraphs {
        let lines = lines(paragraph);
        if lines.iter().all(Vec::is_empty) {
            continue;
        }
        if !open {
            out.push_str("<blockquote>");
            open = true;
        }
        write_paragraphs(out, &lines, "");
    }
    if open {
        out.push_str("</blockquote>");
    }
}

/// `<pre>` with the text as it stood, minus trailing line ends. A text that starts with a newline
/// gets one more, because an HTML parser drops the newline right after `<pre>`.
fn write_pre(out: &mut String, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    out.push_str("<pre>");
    if text.starts_with(['\n', '\r']) {
        out.push('\n');
    }
    escape_text(out, text.trim_end_matches(['\n', '\r']), true);
    out.push_str("</pre>");
}

/// `<table>`: the leading header rows in `<thead>` as `<th>`, the rest in `<tbody>` (a header row
/// further down keeps `<th>` cells). Blank rows are skipped; nothing if no row is left.
fn write_table(out: &mut String, rows: &[TableRow]) {
    let rows: Vec<&TableRow> = rows.iter().filter(|row| !is_blank_row(row)).collect();
    if rows.is_empty() {
        return;
    }
    let head = rows.iter().take_while(|row| row.header).count();
    out.push_str("<table>");
    let (head_rows, body_rows) = rows.split_at(head);
    if !head_rows.is_empty() {
        out.push_str("<thead>");
        head_rows.iter().for_each(|row| write_table_row(out, row));
        out.push_str("</thead>");
    }
    if !body_rows.is_empty() {
        out.push_str("<tbody>");
        body_rows.iter().for_each(|row| write_table_row(out, row));
        out.push_str("</tbody>");
    }
    out.push_str("</table>");
}

/// `<tr>` with `<th>` cells for a header row, `<td>` otherwise.
fn write_table_row(out: &mut String, row: &TableRow) {
    let tag = if row.header { "th" } else { "td" };
    out.push_str("<tr>");
    for cell in &row.cells {
        out.push_str(&format!("<{tag}>"));
        escape_text(out, cell.trim(), false);
        out.push_str(&format!("</{tag}>"));
    }
    out.push_str("</tr>");
}

/// `<figure>` with the `<img>` (if its source is usable) and the `<figcaption>` (if any); nothing
/// without either.
fn write_figure(out: &mut String, image: Option<&Image>, caption: &[Inline]) {
    let image = image.and_then(|image| Some((safe_image(&image.url)?, image.alt.as_deref())));
    let lines = lines(caption);
    let has_caption = lines.iter().any(|line| !line.is_empty());
    if image.is_none() && !has_caption {
        return;
    }
    out.push_str("<figure>");
    if let Some((src, alt)) = image {
        out.push_str("<img src=\"");
        escape_attribute(out, src);
        out.push_str("\" alt=\"");
        escape_attribute(out, alt.unwrap_or_default().trim());
        out.push_str("\">");
    }
    if has_caption {
        out.push_str("<figcaption>");
        write_broken_lines(out, lines.iter().filter(|line| !line.is_empty()));
        out.push_str("</figcaption>");
    }
    out.push_str("</figure>");
}

/// Writes non-empty `lines` joined by `<br>`.
fn write_broken_lines<'a>(out: &mut String, lines: impl IntoIterator<Item = &'a Line<'a>>) {
    for (i, line) in lines.into_iter().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        write_line(out, line);
    }
}

/// Writes one line's runs with their inline tags.
fn write_line(out: &mut String, line: &Line<'_>) {
    for run in line {
        let tag = match run.style {
            Style::Plain => {
                escape_text(out, run.text, false);
                continue;
            }
            Style::Link { href } => {
                out.push_str("<a href=\"");
                escape_attribute(out, href);
                out.push_str("\">");
                escape_text(out, run.text, false);
                out.push_str("</a>");
                continue;
            }
            Style::Emphasis => "em",
            Style::Strong => "strong",
            Style::Code => "code",
        };
        out.push_str(&format!("<{tag}>"));
        escape_text(out, run.text, false);
        out.push_str(&format!("</{tag}>"));
    }
}

/// Writes `text` with `&`, `<` and `>` escaped. Unless `keep_newlines`, line ends become spaces
/// (a block is one line).
fn escape_text(out: &mut String, text: &str, keep_newlines: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' | '\r' if !keep_newlines => out.push(' '),
            c => out.push(c),
        }
    }
}

/// Writes an attribute value with `&`, `<`, `>` and `"` escaped and control characters dropped.
fn escape_attribute(out: &mut String, value: &str) {
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample_body;

    /// A body of one paragraph made of `content`.
    fn paragraph(content: Vec<Inline>) -> Body {
        Body::new(vec![Block::Paragraph { content }])
    }

    #[test]
    fn every_block_kind() {
        assert_eq!(
            render(&sample_body()),
            "<h2>Storm <em>update</em></h2>\n\
             <p>Rain fell on <strong>Monday</strong>, officials said. See \
             <a href=\"https://example.com/r?a=1&amp;b=2\">the report</a>.<br>\
             Crews use <code>pump_v2</code> units.</p>\n\
             <ul><li>Roads closed</li><li>Schools shut</li></ul>\n\
             <ol><li>First</li><li>Second</li></ol>\n\
             <blockquote><p>We are ready.</p><p>Stay home.</p></blockquote>\n\
             <pre>let x = 1;\n  y()</pre>\n\
             <table><thead><tr><th>City</th><th>Rain</th></tr></thead>\
             <tbody><tr><td>Oslo</td><td>12 mm</td></tr></tbody></table>\n\
             <figure><img src=\"https://example.com/a.jpg\" alt=\"Flooded street\">\
             <figcaption>A flooded street.</figcaption></figure>"
        );
    }

    #[test]
    fn empty_body_is_empty() {
        assert_eq!(render(&Body::default()), "");
    }

    #[test]
    fn markup_in_text_is_escaped() {
        let body = paragraph(vec![
            Inline::plain("<script>alert('x')</script> & "),
            Inline::Code {
                text: "a<b>".to_string(),
            },
        ]);
        assert_eq!(
            render(&body),
            "<p>&lt;script&gt;alert('x')&lt;/script&gt; &amp; <code>a&lt;b&gt;</code></p>"
        );
    }

    #[test]
    fn unsafe_links_are_text_and_hrefs_are_quoted() {
        let body = paragraph(vec![
            Inline::Link {
                text: "Click".to_string(),
                href: "javascript:alert(1)".to_string(),
            },
            Inline::plain(" "),
            Inline::Link {
                text: "home".to_string(),
                href: "/home".to_string(),
            },
            Inline::plain(" "),
            Inline::Link {
                text: "quote".to_string(),
                href: "https://example.com/?q=\"x\"&a=<b>".to_string(),
            },
            Inline::plain(" "),
            Inline::Link {
                text: "mail".to_string(),
                href: "mailto:desk@example.com".to_string(),
            },
        ]);
        assert_eq!(
            render(&body),
            "<p>Click home \
             <a href=\"https://example.com/?q=&quot;x&quot;&amp;a=&lt;b&gt;\">quote</a> \
             <a href=\"mailto:desk@example.com\">mail</a></p>"
        );
    }

    #[test]
    fn figures_drop_unsafe_images_and_empty_figures() {
        let body = Body::new(vec![
            Block::Figure {
                image: Some(Image::new("data:image/svg+xml,<svg onload=alert(1)>")),
                caption: vec![Inline::plain("Photo: AP")],
            },
            Block::Figure {
                image: Some(Image::new("javascript:alert(1)")),
                caption: Vec::new(),
            },
            Block::Figure {
                image: Some(Image::new("https://example.com/a.jpg?w=1&h=2")),
                caption: Vec::new(),
            },
        ]);
        assert_eq!(
            render(&body),
            "<figure><figcaption>Photo: AP</figcaption></figure>\n\
             <figure><img src=\"https://example.com/a.jpg?w=1&amp;h=2\" alt=\"\"></figure>"
        );
    }

    #[test]
    fn breaks_and_paragraph_gaps() {
        let body = paragraph(vec![
            Inline::plain("One"),
            Inline::LineBreak,
            Inline::plain("two"),
            Inline::LineBreak,
            Inline::LineBreak,
            Inline::plain("three"),
            Inline::LineBreak,
        ]);
        assert_eq!(render(&body), "<p>One<br>two</p>\n<p>three</p>");
    }

    #[test]
    fn tables_without_header_and_with_late_header_rows() {
        let body = Body::new(vec![Block::Table {
            rows: vec![
                TableRow::new(false, vec!["a".to_string(), "b & c".to_string()]),
                TableRow::new(false, vec![" ".to_string()]),
                TableRow::new(true, vec!["Total".to_string()]),
            ],
        }]);
        assert_eq!(
            render(&body),
            "<table><tbody><tr><td>a</td><td>b &amp; c</td></tr>\
             <tr><th>Total</th></tr></tbody></table>"
        );
    }

    #[test]
    fn pre_keeps_its_text_and_a_leading_newline() {
        let body = Body::new(vec![
            Block::Preformatted {
                text: "\n  if a < b {\n  }\n".to_string(),
            },
            Block::Preformatted {
                text: " \n".to_string(),
            },
        ]);
        assert_eq!(render(&body), "<pre>\n\n  if a &lt; b {\n  }</pre>");
    }
}
