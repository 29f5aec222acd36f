//! Plain-text rendering of a [`Body`].
//!
//! Plain text is what scorers compare as bags of tokens, so it carries words only: no heading
//! marks, no list bullets, no table rules. Blocks are separated by one blank line; inside a block
//! a line break is a newline, a list item or table row is a line, table cells are separated by a
//! tab. Every line loses its trailing whitespace, and a block that renders to nothing (a figure
//! with neither caption nor text, an empty paragraph) leaves no blank block behind.

use super::{Line, cell_text, is_blank_row, lines};
use crate::article::{Block, Body};

/// Renders `body` as plain text, blocks separated by `"\n\n"`, without a trailing newline.
pub(super) fn render(body: &Body) -> String {
    render_blocks(&body.blocks)
}

/// Renders `blocks` as [`render`] renders a body of them.
pub(super) fn render_blocks(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut block = String::new();
    for item in blocks {
        block.clear();
        write_block(&mut block, item);
        append_block(&mut out, &block);
    }
    out
}

/// The start of what [`render_blocks`] renders for `blocks`: the blocks are rendered one by one
/// until the text is longer than `min_bytes` (or they run out), so its first `min_bytes` bytes
/// (at least) are those of the whole rendering.
pub(super) fn render_blocks_prefix(blocks: &[Block], min_bytes: usize) -> String {
    let mut out = String::new();
    let mut block = String::new();
    for item in blocks {
        if out.len() > min_bytes {
            break;
        }
        block.clear();
        write_block(&mut block, item);
        append_block(&mut out, &block);
    }
    out
}

/// Writes one block's text to `out`, before line trimming.
fn write_block(out: &mut String, block: &Block) {
    match block {
        Block::Heading { content, .. } => write_lines(out, &lines(content), false),
        Block::Paragraph { content } => write_lines(out, &lines(content), true),
        Block::Figure { caption, .. } => write_lines(out, &lines(caption), false),
        Block::List { items, .. } => {
            for item in items {
                let start = out.len();
                if !out.is_empty() {
                    out.push('\n');
                }
                let text_start = out.len();
                write_lines(out, &lines(item), false);
                if out.len() == text_start {
                    // An empty item: take back its separator.
                    out.truncate(start);
                }
            }
        }
        Block::Quote { paragraphs } => {
            for paragraph in paragraphs {
                let start = out.len();
                if !out.is_empty() {
                    out.push_str("\n\n");
                }
                let text_start = out.len();
                write_lines(out, &lines(paragraph), true);
                if out.len() == text_start {
                    out.truncate(start);
                }
            }
        }
        Block::Preformatted { text } => out.push_str(text),
        Block::Table { rows } => {
            for row in rows.iter().filter(|row| !is_blank_row(row)) {
                if !out.is_empty() {
                    out.push('\n');
                }
                for (i, cell) in row.cells.iter().enumerate() {
                    if i > 0 {
                        out.push('\t');
                    }
                    out.push_str(&cell_text(cell));
                }
            }
        }
    }
}

/// Writes `lines` separated by newlines. With `keep_gaps`, an empty line stays (a paragraph gap,
/// rendered as a blank line); without, it is dropped.
fn write_lines(out: &mut String, lines: &[Line<'_>], keep_gaps: bool) {
    let mut first = true;
    for line in lines {
        if line.is_empty() && !keep_gaps {
            continue;
        }
        if !first {
            out.push('\n');
        }
        first = false;
        for run in line {
            out.push_str(run.text);
        }
    }
}

/// Appends a rendered block to `out`: trailing whitespace cut from every line, blank lines at the
/// block's edges dropped, a blank line before it unless it is the first; nothing if it is blank.
fn append_block(out: &mut String, block: &str) {
    let mut block_lines: Vec<&str> = block.lines().map(str::trim_end).collect();
    while block_lines.last().is_some_and(|line| line.is_empty()) {
        block_lines.pop();
    }
    let lead = block_lines
        .iter()
        .take_while(|line| line.is_empty())
        .count();
    let Some(kept) = block_lines.get(lead..).filter(|kept| !kept.is_empty()) else {
        return;
    };
    if !out.is_empty() {
        out.push_str("\n\n");
    }
    for (i, line) in kept.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Image, Inline, TableRow};
    use crate::render::sample_body;

    #[test]
    fn every_block_kind() {
        assert_eq!(
            render(&sample_body()),
            "Storm update\n\n\
             Rain fell on Monday, officials said. See the report.\n\
             Crews use pump_v2 units.\n\n\
             Roads closed\nSchools shut\n\n\
             First\nSecond\n\n\
             We are ready.\n\nStay home.\n\n\
             let x = 1;\n  y()\n\n\
             City\tRain\nOslo\t12 mm\n\n\
             A flooded street."
        );
    }

    #[test]
    fn prefix_stops_once_long_enough_and_matches_the_whole() {
        let whole = render(&sample_body());
        let blocks = &sample_body().blocks;
        // "Storm update" is 12 bytes: over 5 after the first block, so only that one is rendered.
        assert_eq!(render_blocks_prefix(blocks, 5), "Storm update");
        for min in [0, 12, 13, 40, 100, whole.len(), whole.len() + 10] {
            let prefix = render_blocks_prefix(blocks, min);
            assert!(whole.starts_with(&prefix), "{min}: {prefix:?}");
            assert!(prefix.len() > min || prefix == whole, "{min}: {prefix:?}");
        }
        assert!(render_blocks_prefix(blocks, 40).len() < whole.len());
    }

    #[test]
    fn empty_body_is_empty() {
        assert_eq!(render(&Body::default()), "");
    }

    #[test]
    fn bare_figure_and_blank_blocks_leave_no_blank_block() {
        let body = Body::new(vec![
            Block::Paragraph {
                content: vec![Inline::plain("Before.")],
            },
            Block::Figure {
                image: None,
                caption: Vec::new(),
            },
            Block::Figure {
                image: Some(Image::new("https://example.com/a.jpg")),
                caption: vec![Inline::plain("  ")],
            },
            Block::Paragraph {
                content: vec![Inline::LineBreak, Inline::plain(" ")],
            },
            Block::Preformatted {
                text: "\n  \n".to_string(),
            },
            Block::List {
                ordered: false,
                items: vec![vec![], vec![Inline::plain(" ")]],
            },
            Block::Table {
                rows: vec![TableRow::new(false, vec![" ".to_string()])],
            },
            Block::Paragraph {
                content: vec![Inline::plain("After.")],
            },
        ]);
        assert_eq!(render(&body), "Before.\n\nAfter.");
    }

    #[test]
    fn runs_are_concatenated_and_lines_trimmed() {
        let body = Body::new(vec![
            Block::Paragraph {
                content: vec![
                    Inline::plain("Prices rose "),
                    Inline::Emphasis {
                        text: "sharply".to_string(),
                    },
                    Inline::plain(", by 3%.   "),
                    Inline::LineBreak,
                    Inline::LineBreak,
                    Inline::LineBreak,
                    Inline::plain("A new line."),
                ],
            },
            Block::Preformatted {
                text: "\ncode   \n\n  indented\n".to_string(),
            },
        ]);
        assert_eq!(
            render(&body),
            "Prices rose sharply, by 3%.\n\nA new line.\n\ncode\n\n  indented"
        );
    }

    #[test]
    fn list_items_skip_empty_entries_and_table_cells_use_tabs() {
        let body = Body::new(vec![
            Block::List {
                ordered: true,
                items: vec![
                    vec![Inline::plain("One")],
                    vec![Inline::LineBreak],
                    vec![
                        Inline::plain("Two"),
                        Inline::LineBreak,
                        Inline::plain("lines"),
                    ],
                ],
            },
            Block::Table {
                rows: vec![
                    TableRow::new(false, vec!["a\nb".to_string(), "c".to_string()]),
                    TableRow::new(false, vec![String::new(), String::new()]),
                    TableRow::new(false, vec!["d".to_string(), String::new()]),
                ],
            },
        ]);
        assert_eq!(render(&body), "One\nTwo\nlines\n\na b\tc\nd");
    }

    #[test]
    fn unsafe_link_keeps_its_text() {
        let body = Body::new(vec![Block::Paragraph {
            content: vec![
                Inline::plain("Read "),
                Inline::Link {
                    text: "this".to_string(),
                    href: "javascript:alert(1)".to_string(),
                },
            ],
        }]);
        assert_eq!(render(&body), "Read this");
    }
}
