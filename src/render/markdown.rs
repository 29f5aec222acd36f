//! Markdown rendering of a [`Body`]: CommonMark, plus GFM pipe tables.
//!
//! Text runs are escaped only where a character would change the meaning: emphasis, code, link
//! and escape characters anywhere (`*`, `` ` ``, `[`, `]`, `\`, `~`, `_` unless inside a word),
//! `<` that would open raw HTML or an autolink, `&` that would read as an entity, and the block
//! markers a line may start with (`#`, `>`, `-`, `+`, `=`, `1.`, `1)`). Ordinary punctuation is
//! left alone. Hard line breaks are a backslash before the newline (it survives trailing-space
//! trimming); a run of breaks in a paragraph becomes a paragraph break.

use super::{Line, Run, Style, cell_text, is_blank_row, lines, paragraphs, safe_image};
use crate::article::{Block, Body, Image, Inline, TableRow};

/// Renders `body` as Markdown, blocks separated by `"\n\n"`, without a trailing newline.
pub(super) fn render(body: &Body) -> String {
    let mut out = String::new();
    // The marker of the last list written, if the last block was a list: two lists in a row with
    // the same marker would merge into one, so the next one uses the other marker.
    let mut last_list: Option<(bool, bool)> = None;
    for block in &body.blocks {
        let start = out.len();
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let content_start = out.len();
        let mut this_list = None;
        match block {
            Block::Heading { level, content } => write_heading(&mut out, *level, content),
            Block::Paragraph { content } => write_flow(&mut out, &lines(content), ""),
            Block::List { ordered, items } => {
                let alternate = last_list.is_some_and(|(o, alt)| o == *ordered && !alt);
                write_list(&mut out, *ordered, alternate, items);
                this_list = Some((*ordered, alternate));
            }
            Block::Quote { paragraphs } => write_quote(&mut out, paragraphs),
            Block::Preformatted { text } => write_code_block(&mut out, text),
            Block::Table { rows } => write_table(&mut out, rows),
            Block::Figure { image, caption } => write_figure(&mut out, image.as_ref(), caption),
        }
        if out.len() == content_start {
            // The block rendered to nothing: take back its separator, keep the previous list
            // marker state.
            out.truncate(start);
        } else {
            last_list = this_list;
        }
    }
    out
}

/// `# heading`, the lines of a multi-line heading joined by a space (ATX headings are one line).
fn write_heading(out: &mut String, level: u8, content: &[Inline]) {
    let lines = lines(content);
    if lines.iter().all(Vec::is_empty) {
        return;
    }
    for _ in 0..level.clamp(1, 6) {
        out.push('#');
    }
    out.push(' ');
    let text_start = out.len();
    for line in lines.iter().filter(|line| !line.is_empty()) {
        if out.len() > text_start {
            out.push(' ');
        }
        write_line(out, line, false);
    }
    // A trailing `#` run after a space would be read as the optional closing sequence: escape it.
    let written = out.get(text_start..).unwrap_or_default();
    let kept = written.trim_end_matches('#');
    if kept.len() < written.len() && (kept.is_empty() || kept.ends_with(' ')) {
        out.insert(text_start + kept.len(), '\\');
    }
}

/// Paragraph text: each group of lines is a paragraph (groups separated by a blank line, or by
/// `continuation` followed by a blank line inside a container), lines joined by hard breaks.
fn write_flow(out: &mut String, lines: &[Line<'_>], continuation: &str) {
    for (i, group) in paragraphs(lines).enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(continuation.trim_end());
            out.push('\n');
            out.push_str(continuation);
        }
        write_hard_lines(out, group, continuation);
    }
}

/// Writes non-empty `lines` joined by hard breaks, `continuation` starting every line but the
/// first (the caller wrote the first line's prefix).
fn write_hard_lines<'a>(
    out: &mut String,
    lines: impl IntoIterator<Item = &'a Line<'a>>,
    continuation: &str,
) {
    for (i, line) in lines.into_iter().enumerate() {
        if i > 0 {
            out.push_str("\\\n");
            out.push_str(continuation);
        }
        write_line(out, line, true);
    }
}

/// `- item` or `1. item` lines; `alternate` switches to `*` or `1)` so that the list does not
/// merge with a list of the same kind right before it. Empty items are skipped.
fn write_list(out: &mut String, ordered: bool, alternate: bool, items: &[Vec<Inline>]) {
    let mut number = 0usize;
    for item in items {
        let lines = lines(item);
        if lines.iter().all(Vec::is_empty) {
            continue;
        }
        if number > 0 {
            out.push('\n');
        }
        number += 1;
        let marker = match (ordered, alternate) {
            (false, false) => "- ".to_string(),
            (false, true) => "* ".to_string(),
            (true, false) => format!("{number}. "),
            (true, true) => format!("{number}) "),
        };
        out.push_str(&marker);
        let continuation = " ".repeat(marker.len());
        write_hard_lines(
            out,
            lines.iter().filter(|line| !line.is_empty()),
            &continuation,
        );
    }
}

/// `> ` before every line, a `>` line between the quoted paragraphs.
fn write_quote(out: &mut String, paragraphs: &[Vec<Inline>]) {
    let mut first = true;
    for paragraph in paragraphs {
        let lines = lines(paragraph);
        if lines.iter().all(Vec::is_empty) {
            continue;
        }
        if !first {
            out.push_str("\n>\n");
        }
        first = false;
        out.push_str("> ");
        write_flow(out, &lines, "> ");
    }
}

/// A fenced code block, its fence one backtick longer than any backtick run inside (at least
/// three). Trailing line ends of the text are dropped; a blank text writes nothing.
fn write_code_block(out: &mut String, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    let fence = "`".repeat(longest_backtick_run(text).max(2) + 1);
    out.push_str(&fence);
    out.push('\n');
    out.push_str(text.trim_end_matches(['\n', '\r']));
    out.push('\n');
    out.push_str(&fence);
}

/// Widest table whose short rows are padded with empty cells. A GFM reader fills a short row in
/// itself, so the padding only shows in the text; past this width it is left out, since it grows
/// with rows times columns: a table of one 20,000-cell row and 20,000 one-cell rows (a 1 MB
/// page) rendered to 1 GB.
const MAX_PADDED_COLUMNS: usize = 64;

/// A GFM pipe table. The header is the first row marked as one, or the first row if none is;
/// it is padded to the widest row, and so are short rows of tables up to [`MAX_PADDED_COLUMNS`]
/// wide; blank rows are skipped.
fn write_table(out: &mut String, rows: &[TableRow]) {
    let rows: Vec<&TableRow> = rows.iter().filter(|row| !is_blank_row(row)).collect();
    let columns = rows.iter().map(|row| row.cells.len()).max().unwrap_or(0);
    if columns == 0 {
        return;
    }
    let header = rows.iter().position(|row| row.header).unwrap_or(0);
    if let Some(row) = rows.get(header) {
        write_table_row(out, row, columns);
    }
    out.push('\n');
    out.push('|');
    for _ in 0..columns {
        out.push_str(" --- |");
    }
    for (i, row) in rows.iter().enumerate() {
        if i != header {
            out.push('\n');
            let pad_to = if columns <= MAX_PADDED_COLUMNS {
                columns
            } else {
                row.cells.len()
            };
            write_table_row(out, row, pad_to);
        }
    }
}

/// `| a | b |`, padded with empty cells to `columns`.
fn write_table_row(out: &mut String, row: &TableRow, columns: usize) {
    out.push('|');
    for i in 0..columns {
        let cell = row
            .cells
            .get(i)
            .map(|cell| cell_text(cell))
            .unwrap_or_default();
        if !cell.is_empty() {
            out.push(' ');
            escape_text(out, &cell, false, true);
        }
        out.push_str(" |");
    }
}

/// `![alt](url)`, then the caption on the next line as an emphasised paragraph. The image line is
/// left out without a usable image; nothing is written without image and caption.
fn write_figure(out: &mut String, image: Option<&Image>, caption: &[Inline]) {
    let image = image.and_then(|image| Some((safe_image(&image.url)?, image.alt.as_deref())));
    if let Some((url, alt)) = image {
        out.push_str("![");
        escape_text(out, &cell_text(alt.unwrap_or_default()), false, false);
        out.push_str("](");
        write_destination(out, url);
        out.push(')');
    }
    let lines = lines(caption);
    if lines.iter().all(Vec::is_empty) {
        return;
    }
    if image.is_some() {
        out.push('\n');
    }
    // `_` rather than `*` around the caption, so that emphasis or strong runs inside it do not
    // run into the caption's own delimiters.
    out.push('_');
    write_hard_lines(out, lines.iter().filter(|line| !line.is_empty()), "");
    out.push('_');
}

/// Writes one line's runs. `line_start`: the line starts a line of a block where block markers
/// count (false in a heading, whose content is inline only).
fn write_line(out: &mut String, line: &[Run<'_>], line_start: bool) {
    for (i, run) in line.iter().enumerate() {
        match run.style {
            Style::Plain => escape_text(out, run.text, line_start && i == 0, false),
            Style::Emphasis => write_delimited(out, run.text, "*"),
            Style::Strong => write_delimited(out, run.text, "**"),
            Style::Code => write_code_span(out, run.text),
            Style::Link { href } => {
                let (lead, core, trail) = split_edges(run.text);
                push_space(out, lead);
                if out.ends_with('!') {
                    // `!` right before `[` would make the link an image. (`!` is one byte and
                    // is never escaped by `escape_text`, so this one is bare.)
                    out.insert(out.len() - 1, '\\');
                }
                out.push('[');
                escape_text(out, core, false, false);
                out.push_str("](");
                write_destination(out, href);
                out.push(')');
                push_space(out, trail);
            }
        }
    }
}

/// `*text*` or `**text**`, with the run's edge whitespace moved outside the delimiters (a
/// delimiter next to a space does not open or close emphasis).
fn write_delimited(out: &mut String, text: &str, delimiter: &str) {
    let (lead, core, trail) = split_edges(text);
    push_space(out, lead);
    if !core.is_empty() {
        out.push_str(delimiter);
        escape_text(out, core, false, false);
        out.push_str(delimiter);
    }
    push_space(out, trail);
}

/// A code span, fenced with more backticks than any run inside and padded with a space where the
/// code starts or ends with a backtick. Edge whitespace goes outside.
fn write_code_span(out: &mut String, text: &str) {
    let (lead, core, trail) = split_edges(text);
    push_space(out, lead);
    if !core.is_empty() {
        let fence = "`".repeat(longest_backtick_run(core) + 1);
        out.push_str(&fence);
        let pad = core.starts_with('`') || core.ends_with('`');
        if pad {
            out.push(' ');
        }
        for c in core.chars() {
            out.push(if matches!(c, '\n' | '\r') { ' ' } else { c });
        }
        if pad {
            out.push(' ');
        }
        out.push_str(&fence);
    }
    push_space(out, trail);
}

/// Splits `text` into leading whitespace, core and trailing whitespace.
fn split_edges(text: &str) -> (&str, &str, &str) {
    let core = text.trim();
    let lead = text.len() - text.trim_start().len();
    let lead_ws = text.get(..lead).unwrap_or_default();
    let trail_ws = text.get(lead + core.len()..).unwrap_or_default();
    (lead_ws, core, trail_ws)
}

/// Writes one space if `whitespace` is not empty.
fn push_space(out: &mut String, whitespace: &str) {
    if !whitespace.is_empty() {
        out.push(' ');
    }
}

/// The length of the longest run of backticks in `text`.
fn longest_backtick_run(text: &str) -> usize {
    let mut longest = 0;
    let mut current = 0;
    for byte in text.bytes() {
        if byte == b'`' {
            current += 1;
            longest = longest.max(current);
        } else {
            current = 0;
        }
    }
    longest
}

/// A link or image destination: spaces, `<`, `>` and control characters percent-encoded,
/// parentheses, backslashes and entity-like `&` backslash-escaped (so the URL reads back exactly).
fn write_destination(out: &mut String, url: &str) {
    for (i, c) in url.char_indices() {
        match c {
            ' ' => out.push_str("%20"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '(' | ')' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '&' if looks_like_entity(url.get(i + 1..).unwrap_or_default()) => out.push_str("\\&"),
            c if c.is_ascii_control() => {
                out.push_str(&format!("%{:02X}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
}

/// Writes `text` with the Markdown-significant characters escaped. `line_start`: the text begins a
/// line, so block markers must be escaped too. `in_cell`: the text is a table cell, so `|` must be
/// escaped. Newlines become spaces (a run is one line).
fn escape_text(out: &mut String, text: &str, line_start: bool, in_cell: bool) {
    let marker = if line_start { block_marker(text) } else { None };
    let mut prev = out.chars().next_back();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let escape = marker == Some(i)
            || match c {
                '\\' | '`' | '*' | '[' | ']' | '~' => true,
                // Inside a word `_` cannot open or close emphasis (`snake_case` stays as is).
                '_' => {
                    !(prev.is_some_and(char::is_alphanumeric)
                        && next.is_some_and(char::is_alphanumeric))
                }
                // `<b>`, `</p>`, `<!--`, `<?`, `<http://...>`: raw HTML or an autolink.
                '<' => {
                    next.is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?'))
                }
                '&' => looks_like_entity(text.get(i + 1..).unwrap_or_default()),
                '|' => in_cell,
                _ => false,
            };
        if escape {
            out.push('\\');
        }
        out.push(if matches!(c, '\n' | '\r') { ' ' } else { c });
        prev = Some(c);
    }
}

/// The byte offset of the character to escape when `text` starts a line and would otherwise be
/// read as a block marker: an ATX heading (`# `), a quote (`>`), a bullet (`- `, `+ `), a thematic
/// break or setext underline (`---`, `===`), an ordered item (`1. `, `1) `). `*`, `_`, `` ` `` and
/// `~` are escaped everywhere and need no case here.
fn block_marker(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let first = *bytes.first()?;
    let blank_at = |i: usize| bytes.get(i).is_none_or(u8::is_ascii_whitespace);
    let only = |mark: u8| bytes.iter().all(|&b| b == mark || b.is_ascii_whitespace());
    match first {
        b'#' => {
            let hashes = bytes.iter().take_while(|&&b| b == b'#').count();
            (hashes <= 6 && blank_at(hashes)).then_some(0)
        }
        b'>' => Some(0),
        b'+' => blank_at(1).then_some(0),
        b'-' => (blank_at(1) || only(b'-')).then_some(0),
        b'=' => only(b'=').then_some(0),
        b'0'..=b'9' => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            (digits <= 9 && matches!(bytes.get(digits), Some(b'.' | b')')) && blank_at(digits + 1))
                .then_some(digits)
        }
        _ => None,
    }
}

/// Whether `rest` (the text after a `&`) would make the `&` an entity or numeric character
/// reference: `name;`, `#123;`, `#x1F;`.
fn looks_like_entity(rest: &str) -> bool {
    let body_len = rest
        .bytes()
        .take(33)
        .take_while(|&b| b.is_ascii_alphanumeric() || b == b'#')
        .count();
    body_len > 0 && rest.as_bytes().get(body_len) == Some(&b';')
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
            "## Storm *update*\n\n\
             Rain fell on **Monday**, officials said. See [the report](https://example.com/r?a=1&b=2).\\\n\
             Crews use `pump_v2` units.\n\n\
             - Roads closed\n- Schools shut\n\n\
             1. First\n2. Second\n\n\
             > We are ready.\n>\n> Stay home.\n\n\
             ```\nlet x = 1;\n  y()\n```\n\n\
             | City | Rain |\n| --- | --- |\n| Oslo | 12 mm |\n\n\
             ![Flooded street](https://example.com/a.jpg)\n_A flooded street._"
        );
    }

    #[test]
    fn empty_body_is_empty() {
        assert_eq!(render(&Body::default()), "");
    }

    #[test]
    fn text_that_looks_like_markup_is_escaped() {
        assert_eq!(
            render(&paragraph(vec![Inline::plain("*not emphasis*")])),
            "\\*not emphasis\\*"
        );
        assert_eq!(
            render(&paragraph(vec![Inline::plain("# not a heading")])),
            "\\# not a heading"
        );
        assert_eq!(
            render(&paragraph(vec![
                Inline::plain("1. not a list"),
                Inline::LineBreak,
                Inline::plain("- nor this"),
                Inline::LineBreak,
                Inline::plain("> nor a quote"),
                Inline::LineBreak,
                Inline::plain("---"),
            ])),
            "1\\. not a list\\\n\\- nor this\\\n\\> nor a quote\\\n\\---"
        );
        assert_eq!(
            render(&paragraph(vec![Inline::plain(
                "[link](x) `tick` a\\b <script> AT&amp;T ~~old~~ _x_"
            )])),
            "\\[link\\](x) \\`tick\\` a\\\\b \\<script> AT\\&amp;T \\~\\~old\\~\\~ \\_x\\_"
        );
    }

    #[test]
    fn ordinary_punctuation_is_not_escaped() {
        let text = "Yes. Wait, really! 3 < 4 & 5 > 2; #hashtag, 2024 was dry (mostly), snake_case.";
        assert_eq!(render(&paragraph(vec![Inline::plain(text)])), text);
        assert_eq!(
            render(&paragraph(vec![Inline::plain("#1 in the charts")])),
            "#1 in the charts"
        );
    }

    #[test]
    fn inline_markup_keeps_spaces_outside_delimiters() {
        let body = paragraph(vec![
            Inline::plain("A"),
            Inline::Emphasis {
                text: " big ".to_string(),
            },
            Inline::plain("and"),
            Inline::Strong {
                text: " bold*ish ".to_string(),
            },
            Inline::plain("day, run "),
            Inline::Code {
                text: "a `b` c".to_string(),
            },
            Inline::plain(" or "),
            Inline::Code {
                text: "`x".to_string(),
            },
        ]);
        assert_eq!(
            render(&body),
            "A *big* and **bold\\*ish** day, run ``a `b` c`` or `` `x ``"
        );
    }

    #[test]
    fn link_destinations_are_escaped_and_unsafe_links_are_text() {
        let body = paragraph(vec![
            Inline::Link {
                text: "Wiki".to_string(),
                href: "https://en.example.org/wiki/Foo_(bar) baz<1>&amp;x".to_string(),
            },
            Inline::plain(" and "),
            Inline::Link {
                text: "[bad]".to_string(),
                href: "javascript:alert(1)".to_string(),
            },
            Inline::plain(" Wow!"),
            Inline::Link {
                text: "Pics".to_string(),
                href: "https://example.com/pics".to_string(),
            },
        ]);
        assert_eq!(
            render(&body),
            "[Wiki](https://en.example.org/wiki/Foo_\\(bar\\)%20baz%3C1%3E\\&amp;x) and \\[bad\\] \
             Wow\\![Pics](https://example.com/pics)"
        );
    }

    #[test]
    fn code_block_fence_outgrows_backtick_runs() {
        let body = Body::new(vec![Block::Preformatted {
            text: "```\nx\n````\n\n".to_string(),
        }]);
        assert_eq!(render(&body), "`````\n```\nx\n````\n`````");
    }

    #[test]
    fn table_without_header_uses_first_row_and_escapes_pipes() {
        let body = Body::new(vec![Block::Table {
            rows: vec![
                TableRow::new(false, vec!["a|b".to_string(), "c".to_string()]),
                TableRow::new(false, vec![String::new(), String::new()]),
                TableRow::new(false, vec!["*d*".to_string()]),
            ],
        }]);
        assert_eq!(render(&body), "| a\\|b | c |\n| --- | --- |\n| \\*d\\* | |");
    }

    #[test]
    fn short_rows_of_very_wide_tables_are_not_padded() {
        let wide = TableRow::new(true, vec!["c".to_string(); MAX_PADDED_COLUMNS + 1]);
        let short = TableRow::new(false, vec!["x".to_string()]);
        let body = Body::new(vec![Block::Table {
            rows: vec![wide, short.clone(), short],
        }]);
        let out = render(&body);
        assert!(out.ends_with("\n| x |\n| x |"), "{out}");
        assert!(
            out.starts_with(&"| c ".repeat(MAX_PADDED_COLUMNS + 1)),
            "{out}"
        );
    }

    #[test]
    fn adjacent_lists_of_one_kind_do_not_merge() {
        let list = |ordered| Block::List {
            ordered,
            items: vec![
                vec![Inline::plain("a")],
                vec![],
                vec![Inline::plain("b"), Inline::LineBreak, Inline::plain("c")],
            ],
        };
        let body = Body::new(vec![
            list(false),
            list(false),
            list(true),
            list(true),
            list(true),
        ]);
        assert_eq!(
            render(&body),
            "- a\n- b\\\n  c\n\n* a\n* b\\\n  c\n\n\
             1. a\n2. b\\\n   c\n\n1) a\n2) b\\\n   c\n\n1. a\n2. b\\\n   c"
        );
    }

    #[test]
    fn quote_paragraphs_and_breaks_keep_the_prefix() {
        let body = Body::new(vec![Block::Quote {
            paragraphs: vec![
                vec![
                    Inline::plain("One"),
                    Inline::LineBreak,
                    Inline::plain("# two"),
                    Inline::LineBreak,
                    Inline::LineBreak,
                    Inline::plain("three"),
                ],
                vec![Inline::plain(" ")],
                vec![Inline::plain("four")],
            ],
        }]);
        assert_eq!(render(&body), "> One\\\n> \\# two\n>\n> three\n>\n> four");
    }

    #[test]
    fn headings_escape_a_closing_sequence() {
        let heading = |text: &str| Block::Heading {
            level: 9,
            content: vec![Inline::plain(text)],
        };
        let body = Body::new(vec![
            heading("Rank #"),
            heading("C#"),
            heading(""),
            heading("1. Intro"),
        ]);
        assert_eq!(
            render(&body),
            "###### Rank \\#\n\n###### C#\n\n###### 1. Intro"
        );
    }

    #[test]
    fn figures_without_image_or_caption() {
        let mut data = Image::new("data:image/png;base64,AAAA");
        data.alt = Some("x".to_string());
        let body = Body::new(vec![
            Block::Figure {
                image: Some(data),
                caption: vec![Inline::plain("Only the caption")],
            },
            Block::Figure {
                image: Some(Image::new("https://example.com/b c.png")),
                caption: Vec::new(),
            },
            Block::Figure {
                image: None,
                caption: Vec::new(),
            },
        ]);
        assert_eq!(
            render(&body),
            "_Only the caption_\n\n![](https://example.com/b%20c.png)"
        );
    }
}
