//! Renderers of a [`Body`]: plain text ([`text()`]), CommonMark with GFM tables ([`markdown()`]) and
//! a clean HTML fragment ([`html()`]).
//!
//! The three renderers share one reading of a block's inline runs, the *line model* below: the runs
//! are cut into lines at [`Inline::LineBreak`], every line is trimmed at its two edges (so a `<br>`
//! never leaves a leading or trailing space), empty runs are dropped, runs of consecutive empty
//! lines collapse into one, and empty lines at the start or end of a block disappear. An empty line
//! that remains (two `<br>` in a row in the page) marks a paragraph gap: flowing blocks (paragraphs,
//! quoted paragraphs) render it as a paragraph break, single-line-ish blocks (headings, list items,
//! captions) drop it.
//!
//! Links and images are filtered here too, so that all formats agree: only `http`, `https` and
//! `mailto` links are links (anything else, `javascript:` included, is plain text), and only
//! `http` and `https` images are images. Table rows whose cells are all blank are skipped.

use crate::article::{Body, Inline, TableRow};

mod html;
mod markdown;
mod text;

/// The body as plain text: blocks separated by one blank line, no trailing newline.
pub(crate) fn text(body: &Body) -> String {
    text::render(body)
}

/// The start of [`text()`]: at least its first `min_bytes` bytes (all of it when shorter),
/// rendering no more blocks than that takes.
pub(crate) fn text_prefix(body: &Body, min_bytes: usize) -> String {
    text::render_blocks_prefix(&body.blocks, min_bytes)
}

/// Some of a body's blocks as plain text, as [`text::render_blocks`] renders them.
pub(crate) fn text_of_blocks(blocks: &[crate::article::Block]) -> String {
    text::render_blocks(blocks)
}

/// The body as CommonMark (with GFM pipe tables): blocks separated by one blank line, no trailing
/// newline.
pub(crate) fn markdown(body: &Body) -> String {
    markdown::render(body)
}

/// The body as a clean HTML fragment: structural tags only, one block per line.
pub(crate) fn html(body: &Body) -> String {
    html::render(body)
}

/// How a [`Run`] is marked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style<'a> {
    /// Plain text.
    Plain,
    /// Emphasised text.
    Emphasis,
    /// Strong text.
    Strong,
    /// Inline code.
    Code,
    /// A link whose target passed [`safe_link`] (unsafe links are turned into [`Style::Plain`]).
    Link {
        /// The trimmed, vetted target.
        href: &'a str,
    },
}

/// One inline run of a line, borrowed from the [`Inline`] it comes from, with its text trimmed
/// where it touches a line edge. Never empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run<'a> {
    /// The markup of the run.
    style: Style<'a>,
    /// The run's text.
    text: &'a str,
}

/// One line of a block: the runs between two line breaks. Empty for a paragraph gap.
type Line<'a> = Vec<Run<'a>>;

/// Cuts a block's inline content into lines (see the module header for the rules).
fn lines(content: &[Inline]) -> Vec<Line<'_>> {
    let mut out: Vec<Line<'_>> = Vec::new();
    // Each line is sized to its runs (a paragraph of 200,000 `<br>` lines of one run each
    // would otherwise hold room for four runs per line).
    let runs_before_break = |rest: &[Inline]| {
        rest.iter()
            .take_while(|r| !matches!(r, Inline::LineBreak))
            .count()
    };
    let mut current: Line<'_> = Vec::with_capacity(runs_before_break(content));
    for (k, inline) in content.iter().enumerate() {
        let (style, text) = match inline {
            Inline::LineBreak => {
                let next =
                    Vec::with_capacity(runs_before_break(content.get(k + 1..).unwrap_or(&[])));
                push_line(&mut out, std::mem::replace(&mut current, next));
                continue;
            }
            Inline::Text { text } => (Style::Plain, text),
            Inline::Emphasis { text } => (Style::Emphasis, text),
            Inline::Strong { text } => (Style::Strong, text),
            Inline::Code { text } => (Style::Code, text),
            Inline::Link { text, href } => match safe_link(href) {
                // A link whose text is only whitespace shows nothing to click: keep the space.
                Some(href) if !text.trim().is_empty() => (Style::Link { href }, text),
                _ => (Style::Plain, text),
            },
        };
        if !text.is_empty() {
            current.push(Run {
                style,
                text: text.as_str(),
            });
        }
    }
    push_line(&mut out, current);
    while out.last().is_some_and(Vec::is_empty) {
        out.pop();
    }
    out
}

/// Trims `line` at its edges and appends it to `out`, unless it is an empty line at the start or
/// right after another empty line.
fn push_line<'a>(out: &mut Vec<Line<'a>>, mut line: Line<'a>) {
    while let Some(last) = line.last_mut() {
        last.text = last.text.trim_end();
        if !last.text.is_empty() {
            break;
        }
        line.pop();
    }
    let mut blank_lead = 0;
    for run in line.iter_mut() {
        run.text = run.text.trim_start();
        if !run.text.is_empty() {
            break;
        }
        blank_lead += 1;
    }
    line.drain(..blank_lead);
    if line.is_empty() && out.last().is_none_or(Vec::is_empty) {
        return;
    }
    out.push(line);
}

/// The lines of `content` grouped into paragraphs (split at the empty lines). Every group is
/// non-empty and every line in it is non-empty.
fn paragraphs<'l, 'a>(lines: &'l [Line<'a>]) -> impl Iterator<Item = &'l [Line<'a>]> {
    lines.split(Vec::is_empty).filter(|group| !group.is_empty())
}

/// URL schemes that may become links: the web and e-mail. Everything else (`javascript:`,
/// `data:`, `vbscript:`, `file:`, relative references) is rendered as plain text.
const LINK_SCHEMES: &[&str] = &["http://", "https://", "mailto:"];

/// URL schemes that may become images: the web only (`data:` images can carry scripts in SVG).
const IMAGE_SCHEMES: &[&str] = &["http://", "https://"];

/// The trimmed `url` if it starts with one of `schemes` (ASCII case-insensitive) and has
/// something after it. The check is on the literal prefix, so an obfuscated scheme such as
/// `java\tscript:` fails it.
fn vetted<'a>(url: &'a str, schemes: &[&str]) -> Option<&'a str> {
    let url = url.trim();
    schemes
        .iter()
        .any(|scheme| {
            url.len() > scheme.len()
                && url
                    .get(..scheme.len())
                    .is_some_and(|prefix| prefix.eq_ignore_ascii_case(scheme))
        })
        .then_some(url)
}

/// The link target to emit for `href`, or `None` if the link must be rendered as plain text.
fn safe_link(href: &str) -> Option<&str> {
    vetted(href, LINK_SCHEMES)
}

/// The image source to emit for `url`, or `None` if the image must be left out.
fn safe_image(url: &str) -> Option<&str> {
    vetted(url, IMAGE_SCHEMES)
}

/// A table cell's text on one line: whitespace runs (newlines, tabs) collapsed to one space,
/// edges trimmed.
fn cell_text(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    for word in cell.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether every cell of `row` is blank (layout spacer rows); such rows are not rendered.
fn is_blank_row(row: &TableRow) -> bool {
    row.cells.iter().all(|cell| cell.trim().is_empty())
}

/// A body with one block of every kind, shared by the renderers' tests.
#[cfg(test)]
fn sample_body() -> Body {
    use crate::article::{Block, Image};

    let mut image = Image::new("https://example.com/a.jpg");
    image.alt = Some("Flooded street".to_string());
    Body::new(vec![
        Block::Heading {
            level: 2,
            content: vec![
                Inline::plain("Storm "),
                Inline::Emphasis {
                    text: "update".to_string(),
                },
            ],
        },
        Block::Paragraph {
            content: vec![
                Inline::plain("Rain fell on "),
                Inline::Strong {
                    text: "Monday".to_string(),
                },
                Inline::plain(", officials said. See "),
                Inline::Link {
                    text: "the report".to_string(),
                    href: "https://example.com/r?a=1&b=2".to_string(),
                },
                Inline::plain("."),
                Inline::LineBreak,
                Inline::plain(" Crews use "),
                Inline::Code {
                    text: "pump_v2".to_string(),
                },
                Inline::plain(" units."),
            ],
        },
        Block::List {
            ordered: false,
            items: vec![
                vec![Inline::plain("Roads closed")],
                vec![Inline::plain("Schools shut")],
            ],
        },
        Block::List {
            ordered: true,
            items: vec![vec![Inline::plain("First")], vec![Inline::plain("Second")]],
        },
        Block::Quote {
            paragraphs: vec![
                vec![Inline::plain("We are ready.")],
                vec![Inline::plain("Stay home.")],
            ],
        },
        Block::Preformatted {
            text: "let x = 1;\n  y()".to_string(),
        },
        Block::Table {
            rows: vec![
                TableRow::new(true, vec!["City".to_string(), "Rain".to_string()]),
                TableRow::new(false, vec!["Oslo".to_string(), "12 mm".to_string()]),
            ],
        },
        Block::Figure {
            image: Some(image),
            caption: vec![Inline::plain("A flooded street.")],
        },
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each line as its runs' texts joined by `|`.
    fn texts(lines: &[Line<'_>]) -> Vec<String> {
        lines
            .iter()
            .map(|line| {
                line.iter()
                    .map(|run| run.text)
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect()
    }

    #[test]
    fn lines_are_trimmed_at_breaks_and_gaps_collapse() {
        let content = vec![
            Inline::LineBreak,
            Inline::plain("  Rain "),
            Inline::plain(" "),
            Inline::LineBreak,
            Inline::plain(" "),
            Inline::LineBreak,
            Inline::LineBreak,
            Inline::Strong {
                text: " Wind".to_string(),
            },
            Inline::plain(" and "),
            Inline::plain("sun "),
            Inline::LineBreak,
        ];
        let lines = lines(&content);
        assert_eq!(texts(&lines), vec!["Rain", "", "Wind| and |sun"]);
        assert_eq!(paragraphs(&lines).count(), 2);
    }

    #[test]
    fn only_web_and_mail_links_survive() {
        assert_eq!(
            safe_link(" https://example.com/x "),
            Some("https://example.com/x")
        );
        assert_eq!(
            safe_link("MAILTO:desk@example.com"),
            Some("MAILTO:desk@example.com")
        );
        assert_eq!(safe_link("javascript:alert(1)"), None);
        assert_eq!(safe_link("java\tscript:alert(1)"), None);
        assert_eq!(safe_link("/relative/path"), None);
        assert_eq!(safe_link("http://"), None);
        assert_eq!(safe_image("mailto:desk@example.com"), None);
        assert_eq!(safe_image("data:image/svg+xml,<svg>"), None);
        assert_eq!(
            safe_image("http://example.com/a.png"),
            Some("http://example.com/a.png")
        );
    }

    #[test]
    fn unsafe_links_become_plain_runs() {
        let content = vec![Inline::Link {
            text: "click".to_string(),
            href: "javascript:alert(1)".to_string(),
        }];
        let lines = lines(&content);
        assert_eq!(
            lines,
            vec![vec![Run {
                style: Style::Plain,
                text: "click"
            }]]
        );
    }

    #[test]
    fn cells_are_put_on_one_line() {
        assert_eq!(cell_text(" 12\n mm\t(avg) "), "12 mm (avg)");
        assert!(is_blank_row(&TableRow::new(
            false,
            vec![" ".into(), String::new()]
        )));
    }
}
