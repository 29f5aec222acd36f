//! The chosen subtrees as blocks: headings, paragraphs, lists, quotes, preformatted text,
//! tables and figures, with inline emphasis, code and absolute links.
//!
//! One linear walk over each root's arena range with a stack of open elements (their end index
//! and what leaving them means): entering or leaving a block element ends the pending paragraph;
//! headings, lists, tables, quotes and figures are read whole by [`Builder::inline_of`] and
//! skipped over.

use crate::article::{Block, Image, Inline, TableRow};
use crate::dom::{Dom, NodeData, NodeIdx, Tag, collapse_whitespace};
use crate::extractor::Options;
use crate::metadata::Meta;
use crate::noise::Marks;

/// The byte length of the whitespace character (as `char::is_whitespace` has it) starting at
/// byte `i` of `text`, if there is one. Bytewise for ASCII; only the lead bytes of Unicode's
/// other whitespace (U+0085, U+00A0, U+1680, U+2000..U+205F, U+3000) are decoded.
fn space_at(text: &str, i: usize) -> Option<usize> {
    /// Tab, line feed, vertical tab, form feed, carriage return and space.
    const ASCII_SPACES: u64 = 1 << 9 | 1 << 10 | 1 << 11 | 1 << 12 | 1 << 13 | 1 << 32;
    let b = *text.as_bytes().get(i)?;
    match b {
        0..=32 => (ASCII_SPACES >> b & 1 == 1).then_some(1),
        0xC2 | 0xE1 | 0xE2 | 0xE3 => {
            let c = text.get(i..)?.chars().next()?;
            c.is_whitespace().then(|| c.len_utf8())
        }
        _ => None,
    }
}

/// A block with the counts the filters need.
#[derive(Debug, Clone)]
pub(crate) struct BuiltBlock {
    pub block: Block,
    /// Visible characters.
    pub chars: usize,
    /// Visible characters inside links.
    pub link_chars: usize,
}

/// Most blocks in one chunk of [`Built`].
pub(crate) const CHUNK_BLOCKS: usize = 1024;

/// The blocks built, in document order, in chunks of at most [`CHUNK_BLOCKS`]: the filter
/// moves the blocks it keeps into a vector of its own while it reads these, and each chunk is
/// freed as soon as it is read, so that a page of a million short paragraphs never holds both
/// vectors whole.
#[derive(Debug, Default)]
pub(crate) struct Built {
    chunks: Vec<Vec<BuiltBlock>>,
    len: usize,
}

impl Built {
    /// Append a block.
    pub(crate) fn push(&mut self, block: BuiltBlock) {
        match self.chunks.last_mut() {
            Some(chunk) if chunk.len() < CHUNK_BLOCKS => chunk.push(block),
            // The first chunk grows as a vector does (most pages have a few dozen blocks);
            // the next ones are full-sized.
            last => {
                let mut chunk = if last.is_some() {
                    Vec::with_capacity(CHUNK_BLOCKS)
                } else {
                    Vec::new()
                };
                chunk.push(block);
                self.chunks.push(chunk);
            }
        }
        self.len += 1;
    }

    /// Number of blocks.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The blocks in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &BuiltBlock> {
        self.chunks.iter().flatten()
    }
}

impl IntoIterator for Built {
    type Item = BuiltBlock;
    /// A chunk's memory is freed when its last block has been taken.
    type IntoIter = std::iter::Flatten<std::vec::IntoIter<Vec<BuiltBlock>>>;

    fn into_iter(self) -> Self::IntoIter {
        self.chunks.into_iter().flatten()
    }
}

impl From<Vec<BuiltBlock>> for Built {
    fn from(blocks: Vec<BuiltBlock>) -> Built {
        let len = blocks.len();
        Built {
            chunks: vec![blocks],
            len,
        }
    }
}

/// Inline style of a run.
#[derive(Debug, Clone, PartialEq)]
enum Style {
    Plain,
    Emphasis,
    Strong,
    Code,
    Link(String),
}

/// What leaving an open element means.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Exit {
    /// A block element: end the pending paragraph.
    Block,
    /// An inline style element: restore the previous style.
    Style,
}

/// Runs of inline content being gathered.
#[derive(Debug, Default)]
struct Inlines {
    runs: Vec<Inline>,
    chars: usize,
    link_chars: usize,
    /// Whitespace was seen after the last visible character.
    pending_space: bool,
}

impl Inlines {
    fn is_empty(&self) -> bool {
        self.chars == 0
    }

    fn push_text(&mut self, text: &str, style: &Style) {
        let mut piece = String::new();
        let link = matches!(style, Style::Link(_));
        let ascii = text.is_ascii();
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut i = 0;
        while i < n {
            // A run of whitespace.
            let mut ws = false;
            while let Some(len) = space_at(text, i) {
                i += len;
                ws = true;
            }
            if ws {
                self.pending_space = true;
            }
            if i >= n {
                break;
            }
            // A span of words separated by single spaces, as it would be collapsed: copied
            // as one slice.
            let start = i;
            let mut spaces = 0;
            loop {
                // Only ASCII controls, the space and lead bytes can start whitespace.
                while let Some(&b) = bytes.get(i) {
                    if (b <= b' ' || b >= 0xC2) && space_at(text, i).is_some() {
                        break;
                    }
                    i += 1;
                }
                let single_space =
                    bytes.get(i) == Some(&b' ') && i + 1 < n && space_at(text, i + 1).is_none();
                if !single_space {
                    break;
                }
                i += 1;
                spaces += 1;
            }
            // `start` and `i` are on character boundaries: each is the end of the text or
            // the start of a whitespace character or the first character after one.
            let span = text.get(start..i).unwrap_or_default();
            if self.pending_space {
                if self.chars > 0 || !piece.is_empty() {
                    piece.push(' ');
                }
                self.pending_space = false;
            }
            piece.push_str(span);
            let chars = if ascii {
                span.len()
            } else {
                span.chars().count()
            } - spaces;
            self.chars += chars;
            if link {
                self.link_chars += chars;
            }
        }
        if !piece.is_empty() {
            self.push_run(piece, style);
        }
    }

    fn push_run(&mut self, piece: String, style: &Style) {
        // A leading space belongs outside styled runs.
        let (space, piece) = match piece.strip_prefix(' ') {
            Some(rest) if *style != Style::Plain => (true, rest.to_string()),
            _ => (false, piece),
        };
        if space {
            self.append(" ".to_string(), &Style::Plain);
        }
        self.append(piece, style);
    }

    fn append(&mut self, piece: String, style: &Style) {
        if let Some(last) = self.runs.last_mut() {
            let merged = match (last, style) {
                (Inline::Text { text }, Style::Plain)
                | (Inline::Emphasis { text }, Style::Emphasis)
                | (Inline::Strong { text }, Style::Strong)
                | (Inline::Code { text }, Style::Code) => {
                    text.push_str(&piece);
                    true
                }
                (Inline::Link { text, href }, Style::Link(h)) if href == h => {
                    text.push_str(&piece);
                    true
                }
                _ => false,
            };
            if merged {
                return;
            }
        }
        // Most paragraphs hold one run ("<p>word</p>", a list of short items): the first run
        // gets a slot of its own rather than `Vec`'s first growth to four (192 bytes per block
        // on a page of a million one-word paragraphs); a second run grows it as usual.
        if self.runs.capacity() == 0 {
            self.runs.reserve_exact(1);
        }
        self.runs.push(match style {
            Style::Plain => Inline::Text { text: piece },
            Style::Emphasis => Inline::Emphasis { text: piece },
            Style::Strong => Inline::Strong { text: piece },
            Style::Code => Inline::Code { text: piece },
            Style::Link(href) => Inline::Link {
                text: piece,
                href: href.clone(),
            },
        });
    }

    fn push_break(&mut self) {
        if self.chars > 0 && !matches!(self.runs.last(), Some(Inline::LineBreak)) {
            self.runs.push(Inline::LineBreak);
        }
        self.pending_space = false;
    }

    /// The runs, with trailing line breaks removed.
    fn finish(mut self) -> Vec<Inline> {
        while matches!(self.runs.last(), Some(Inline::LineBreak)) {
            self.runs.pop();
        }
        // The runs are the article's: no growth slack for as long as it lives (up to half the
        // runs of a paragraph of 200,000 `<br>` lines).
        self.runs.shrink_to_fit();
        self.runs
    }
}

/// Build the blocks of `roots`.
pub(crate) fn build(
    dom: &Dom<'_>,
    marks: &Marks,
    roots: &[NodeIdx],
    skip: &[NodeIdx],
    options: &Options,
    meta: &Meta,
) -> Built {
    let mut b = Builder {
        dom,
        marks,
        options,
        meta,
        roots,
        skip,
        kicker: kicker_range(dom, meta),
        out: Built::default(),
        para: Inlines::default(),
    };
    for &root in roots {
        b.walk(root);
    }
    b.out
}

struct Builder<'d, 'a> {
    dom: &'d Dom<'a>,
    marks: &'d Marks,
    options: &'d Options,
    meta: &'d Meta,
    /// The selection's roots: a header holding one of them (the lead) is walked.
    roots: &'d [NodeIdx],
    /// Subtrees left out of the body (sorted).
    skip: &'d [NodeIdx],
    /// The nodes of the article header before the headline (see [`kicker_range`]).
    kicker: Option<(NodeIdx, NodeIdx)>,
    out: Built,
    para: Inlines,
}

/// Most visible characters of an element named a header ([`is_header_class`]) that the body
/// skips: headline, standfirst, byline and date, not the story.
const HEADER_MAX_CHARS: usize = 1200;
/// A sentence of at least this many visible characters in a header is its lead (or a
/// standfirst the corpora's labels keep: "der cremigste Kuchen den ich kenne!").
const HEADER_PROSE_CHARS: usize = 30;

/// A `<header>` holding the headline and this many paragraphs of prose holds the story, not
/// only its lead.
const HEADER_STORY_PARAGRAPHS: usize = 3;

/// Most nodes of a `<header>` read for [`HEADER_STORY_PARAGRAPHS`] (each header around the
/// headline is read once: nested headers must not cost their depth times the page).
const HEADER_STORY_MAX_NODES: NodeIdx = 4_000;

/// Most nodes after the headline read for the lead of a skipped `<header>`.
const HEADER_LEAD_MAX_NODES: NodeIdx = 60;
/// A header lead has at most one link character in this many (a lead, not a link list).
const HEADER_LEAD_LINK_SHARE: usize = 5;

/// Whether a class names the article's header (`article__header`, `liveblog-header`,
/// `storyHeader`): a word, or the end of a word, "header".
fn is_header_class(class: Option<&str>) -> bool {
    class.is_some_and(|c| {
        c.split(|ch: char| !ch.is_ascii_alphanumeric()).any(|w| {
            w.len() >= 6
                && w.get(w.len() - 6..)
                    .is_some_and(|end| end.eq_ignore_ascii_case("header"))
        })
    })
}

/// The header element is looked for among this many ancestors of the headline.
const KICKER_MAX_DEPTH: usize = 4;

/// The range between a header element holding the headline (a `<header>` or an element named
/// a header, [`is_header_class`]) and the headline: the nodes there are section labels and
/// kickers ("Kotimaa", "Liikenne"), not text.
fn kicker_range(dom: &Dom<'_>, meta: &Meta) -> Option<(NodeIdx, NodeIdx)> {
    let title = meta.title_node?;
    let mut at = title;
    for _ in 0..KICKER_MAX_DEPTH {
        at = dom.parent(at)?;
        let el = dom.element(at)?;
        if el.tag == Tag::Header || is_header_class(el.class()) {
            return Some((at, title));
        }
    }
    label_siblings_before(dom, title)
}

/// Most nodes between the headline's parent and the headline read for [`label_siblings_before`].
const KICKER_MAX_NODES: NodeIdx = 40;
/// Most visible characters of the labels before a headline ("Transport", "Innlent").
const KICKER_MAX_CHARS: usize = 60;

/// The headline's parent and the headline, when what precedes the headline in its parent is a
/// label's worth of text in no paragraph and no picture: a section kicker (`<span
/// class=article-category>Transport</span><h1>...`) of an article header with no header
/// name, which the body walks for the standfirst under the headline.
fn label_siblings_before(dom: &Dom<'_>, title: NodeIdx) -> Option<(NodeIdx, NodeIdx)> {
    let parent = dom.parent(title)?;
    if matches!(dom.tag(parent), None | Some(Tag::Body | Tag::Html))
        || title - parent > KICKER_MAX_NODES
    {
        return None;
    }
    let mut chars = 0;
    for j in parent + 1..title {
        match &dom.node(j).data {
            NodeData::Text(t) => chars += crate::dom::visible_chars(t),
            NodeData::Element(el)
                if matches!(
                    el.tag,
                    Tag::P | Tag::Figure | Tag::Img | Tag::Picture | Tag::Video
                ) =>
            {
                return None;
            }
            _ => {}
        }
    }
    (chars > 0 && chars <= KICKER_MAX_CHARS).then_some((parent, title))
}

impl Builder<'_, '_> {
    /// Nodes the body must not repeat: dropped chrome (which includes the headline and what
    /// metadata consumed), and the article header holding the headline.
    fn skipped(&self, i: NodeIdx) -> bool {
        if self.marks.is_dropped(i) || self.skip.binary_search(&i).is_ok() {
            return true;
        }
        // Section and tag labels above the headline in the article header.
        if let Some((header, title)) = self.kicker
            && i > header
            && self.dom.end(i) <= title
        {
            return true;
        }
        let Some(el) = self.dom.element(i) else {
            return false;
        };
        if !self
            .meta
            .title_node
            .is_some_and(|t| self.dom.contains(i, t))
        {
            return false;
        }
        el.tag == Tag::Header && !self.holds_story(i)
            || (is_header_class(el.class())
                && !self.roots.iter().any(|&r| r > i && r < self.dom.end(i))
                && self.is_small(i))
    }

    /// Whether a header-named element holds only header matter: at most [`HEADER_MAX_CHARS`]
    /// visible characters (not a wrapper of the whole story that happens to be named so), and
    /// no lead (a `<p>`, an element with a lead class word or a run of text holding a sentence
    /// of [`HEADER_PROSE_CHARS`]), which the body keeps as its first paragraph, and no picture;
    /// a standfirst of bullet points is header matter.
    fn is_small(&self, i: NodeIdx) -> bool {
        let dom = self.dom;
        let mut chars = 0;
        let mut j = i + 1;
        while j < dom.end(i) {
            if self.marks.is_dropped(j) || Some(j) == self.meta.title_node {
                j = dom.end(j);
                continue;
            }
            match &dom.node(j).data {
                NodeData::Text(t) => {
                    let n = crate::dom::visible_chars(t);
                    chars += n;
                    if chars > HEADER_MAX_CHARS
                        || n >= HEADER_PROSE_CHARS && super::filter::ends_sentence(t)
                    {
                        return false;
                    }
                }
                // A picture and its caption are the article's, whatever holds them.
                NodeData::Element(el) if matches!(el.tag, Tag::Figure | Tag::Img) => {
                    return false;
                }
                NodeData::Element(el) if el.tag == Tag::P || super::is_lead_class(el.class()) => {
                    let text = dom.text(j);
                    if crate::dom::visible_chars(&text) >= HEADER_PROSE_CHARS
                        && super::filter::ends_sentence(&text)
                    {
                        return false;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        true
    }

    /// Whether a `<header>` holding the headline also holds the story's text: at least
    /// [`HEADER_STORY_PARAGRAPHS`] paragraphs of prose (a page built of sections, each a
    /// `<header>` with a title and its paragraphs), not a lead, a byline and a date.
    fn holds_story(&self, header: NodeIdx) -> bool {
        let dom = self.dom;
        let mut paragraphs = 0;
        let mut j = header + 1;
        let end = dom
            .end(header)
            .min(j.saturating_add(HEADER_STORY_MAX_NODES));
        while j < end {
            if self.marks.is_dropped(j) {
                j = dom.end(j);
                continue;
            }
            if dom.tag(j) == Some(Tag::P) {
                let text = dom.text(j);
                if crate::dom::visible_chars(&text) >= HEADER_PROSE_CHARS
                    && super::filter::ends_sentence(&text)
                {
                    paragraphs += 1;
                    if paragraphs >= HEADER_STORY_PARAGRAPHS {
                        return true;
                    }
                }
                j = dom.end(j);
                continue;
            }
            j += 1;
        }
        false
    }

    /// The lead of a skipped `<header>` holding the headline: the first `<p>` or element with
    /// a lead class word ([`super::is_lead_class`]) after the headline, holding a sentence of
    /// prose with few links (`<header><h1>..</h1><p class="lead">..</p><p>By ..</p></header>`).
    /// Only the first [`HEADER_LEAD_MAX_NODES`] nodes after the headline are read.
    fn header_lead(&self, header: NodeIdx) -> Option<Inlines> {
        let dom = self.dom;
        let title = self.meta.title_node?;
        if dom.tag(header) != Some(Tag::Header) || !dom.contains(header, title) {
            return None;
        }
        let end = dom.end(header).min(dom.end(title) + HEADER_LEAD_MAX_NODES);
        let mut j = dom.end(title);
        while j < end {
            if self.marks.is_dropped(j) {
                j = dom.end(j);
                continue;
            }
            let Some(el) = dom.element(j) else {
                j += 1;
                continue;
            };
            if el.tag == Tag::P || super::is_lead_class(el.class()) {
                let inl = self.inline_of(j, false);
                if (HEADER_PROSE_CHARS..=HEADER_MAX_CHARS).contains(&inl.chars)
                    && inl.link_chars * HEADER_LEAD_LINK_SHARE <= inl.chars
                    && super::filter::ends_sentence(&dom.text(j))
                {
                    return Some(inl);
                }
                j = dom.end(j);
                continue;
            }
            j += 1;
        }
        None
    }

    fn walk(&mut self, root: NodeIdx) {
        let dom = self.dom;
        let end = dom.end(root);
        let mut open: Vec<(NodeIdx, Exit)> = Vec::new();
        let mut styles: Vec<Style> = vec![Style::Plain];
        let mut i = root;
        while i < end {
            self.close(&mut open, &mut styles, i);
            if self.skipped(i) {
                // The article's `<header>` goes, but the lead under its headline is the
                // body's first paragraph (both corpora label the standfirst as body).
                if let Some(lead) = self.header_lead(i) {
                    self.flush();
                    self.para = lead;
                    self.flush();
                }
                i = dom.end(i);
                continue;
            }
            match &dom.node(i).data {
                NodeData::Text(t) => {
                    let style = styles.last().unwrap_or(&Style::Plain).clone();
                    self.para.push_text(t, &style);
                    i += 1;
                }
                NodeData::Element(el) => {
                    let tag = el.tag;
                    if let Some(level) = tag.heading_level() {
                        self.flush();
                        let content = self.inline_of(i, false);
                        self.push(Block::Heading {
                            level,
                            content: content.finish(),
                        });
                        i = dom.end(i);
                        continue;
                    }
                    match tag {
                        Tag::Ul | Tag::Ol | Tag::Menu | Tag::Dl => {
                            self.flush();
                            self.list(i, tag == Tag::Ol);
                            i = dom.end(i);
                        }
                        Tag::Table if self.is_data_table(i) => {
                            self.flush();
                            if self.options.tables {
                                self.table(i);
                            }
                            i = dom.end(i);
                        }
                        Tag::Pre => {
                            self.flush();
                            let text = dom.text(i);
                            let text = text.trim_matches('\n').trim_end();
                            if !text.trim().is_empty() {
                                self.push(Block::Preformatted {
                                    text: text.to_string(),
                                });
                            }
                            i = dom.end(i);
                        }
                        Tag::Blockquote => {
                            self.flush();
                            self.quote(i);
                            i = dom.end(i);
                        }
                        // A `<figure>` holding a table (WordPress's `figure.wp-block-table`)
                        // is walked as a block: its caption is read by the `Figcaption` arm.
                        Tag::Figure if !holds_structure(dom, i) => {
                            self.flush();
                            self.figure(i);
                            i = dom.end(i);
                        }
                        // A caption whose picture's wrapper is no `<figure>` (a
                        // `div.visual__image` holding an `img` and a `figcaption`) is a
                        // figure's caption all the same: its picture credit is read as one.
                        Tag::Figcaption => {
                            self.flush();
                            let caption = self.inline_of(i, false);
                            if self.options.figures && !caption.is_empty() {
                                let (chars, link_chars) = (caption.chars, caption.link_chars);
                                self.out.push(BuiltBlock {
                                    block: Block::Figure {
                                        image: None,
                                        caption: caption.finish(),
                                    },
                                    chars,
                                    link_chars,
                                });
                            }
                            i = dom.end(i);
                        }
                        Tag::Img => {
                            if self.options.figures {
                                if let Some(image) = self.image(i) {
                                    self.flush();
                                    self.push(Block::Figure {
                                        image: Some(image),
                                        caption: Vec::new(),
                                    });
                                }
                            }
                            i = dom.end(i);
                        }
                        Tag::Br => {
                            self.para.push_break();
                            i += 1;
                        }
                        Tag::Hr => {
                            self.flush();
                            i += 1;
                        }
                        _ => {
                            if let Some(style) = self.style_of(i, tag) {
                                styles.push(style);
                                open.push((dom.end(i), Exit::Style));
                            } else if tag.is_block() {
                                self.flush();
                                open.push((dom.end(i), Exit::Block));
                            }
                            i += 1;
                        }
                    }
                }
                _ => i += 1,
            }
        }
        self.close(&mut open, &mut styles, NodeIdx::MAX);
        self.flush();
    }

    /// Leave every open element that ends at or before `i`.
    fn close(&mut self, open: &mut Vec<(NodeIdx, Exit)>, styles: &mut Vec<Style>, i: NodeIdx) {
        while let Some(&(end, exit)) = open.last() {
            if end > i {
                break;
            }
            open.pop();
            match exit {
                Exit::Block => self.flush(),
                Exit::Style => {
                    if styles.len() > 1 {
                        styles.pop();
                    }
                }
            }
        }
    }

    /// The inline style an element starts, if any.
    fn style_of(&self, i: NodeIdx, tag: Tag) -> Option<Style> {
        match tag {
            Tag::Em | Tag::I | Tag::Cite => Some(Style::Emphasis),
            Tag::Strong | Tag::B => Some(Style::Strong),
            Tag::Code | Tag::Kbd | Tag::Samp | Tag::Tt | Tag::Var => Some(Style::Code),
            Tag::A if self.options.links => {
                let href = self.dom.element(i)?.attr("href")?;
                if href.trim_start().starts_with('#') {
                    return None;
                }
                self.dom.resolve(href).map(Style::Link)
            }
            _ => None,
        }
    }

    /// The inline content of a whole subtree; blocks inside are separated by spaces (or line
    /// breaks when `breaks` is set).
    fn inline_of(&self, root: NodeIdx, breaks: bool) -> Inlines {
        let dom = self.dom;
        let mut out = Inlines::default();
        let mut styles: Vec<(NodeIdx, Style)> = Vec::new();
        let end = dom.end(root);
        let mut i = root + 1;
        while i < end {
            while styles.last().is_some_and(|&(e, _)| e <= i) {
                styles.pop();
            }
            if self.skipped(i) {
                i = dom.end(i);
                continue;
            }
            match &dom.node(i).data {
                NodeData::Text(t) => {
                    let style = styles.last().map_or(Style::Plain, |(_, s)| s.clone());
                    out.push_text(t, &style);
                }
                NodeData::Element(el) => {
                    if el.tag == Tag::Br {
                        if breaks {
                            out.push_break();
                        } else {
                            out.pending_space = true;
                        }
                    } else if let Some(style) = self.style_of(i, el.tag) {
                        styles.push((dom.end(i), style));
                    } else if el.tag.is_block() {
                        if breaks && matches!(el.tag, Tag::P | Tag::Div) && !out.is_empty() {
                            out.push_break();
                        } else {
                            out.pending_space = true;
                        }
                    }
                }
                _ => {}
            }
            i += 1;
        }
        out
    }

    fn list(&mut self, i: NodeIdx, ordered: bool) {
        let dom = self.dom;
        let mut items = Vec::new();
        for child in dom.children(i) {
            if self.skipped(child) {
                continue;
            }
            let inl = match dom.tag(child) {
                Some(_) => self.inline_of(child, true),
                None => {
                    let mut inl = Inlines::default();
                    if let Some(t) = dom.text_node(child) {
                        inl.push_text(t, &Style::Plain);
                    }
                    inl
                }
            };
            items.push(inl);
        }
        if let Some((items, chars, link_chars)) = gather(items) {
            self.out.push(BuiltBlock {
                block: Block::List { ordered, items },
                chars,
                link_chars,
            });
        }
    }

    fn quote(&mut self, i: NodeIdx) {
        let dom = self.dom;
        let block_children: Vec<NodeIdx> = dom
            .children(i)
            .filter(|&c| dom.tag(c).is_some_and(Tag::is_block))
            .collect();
        let parts: Vec<Inlines> = if block_children.is_empty() {
            vec![self.inline_of(i, true)]
        } else {
            block_children
                .into_iter()
                .filter(|&c| !self.skipped(c))
                .map(|c| self.inline_of(c, true))
                .collect()
        };
        if let Some((paragraphs, chars, link_chars)) = gather(parts) {
            self.out.push(BuiltBlock {
                block: Block::Quote { paragraphs },
                chars,
                link_chars,
            });
        }
    }

    fn figure(&mut self, i: NodeIdx) {
        let dom = self.dom;
        let end = dom.end(i);
        let mut image = None;
        let mut caption = Inlines::default();
        let mut j = i + 1;
        while j < end {
            if self.skipped(j) {
                j = dom.end(j);
                continue;
            }
            match dom.tag(j) {
                Some(Tag::Img) if image.is_none() => image = self.image(j),
                Some(Tag::Figcaption) => {
                    caption = self.inline_of(j, false);
                    j = dom.end(j);
                    continue;
                }
                _ => {}
            }
            j += 1;
        }
        if !self.options.figures || (image.is_none() && caption.is_empty()) {
            return;
        }
        let (chars, link_chars) = (caption.chars, caption.link_chars);
        self.out.push(BuiltBlock {
            block: Block::Figure {
                image,
                caption: caption.finish(),
            },
            chars,
            link_chars,
        });
    }

    /// An image with a usable source: `src`, else the lazy-loading attributes, else the first
    /// `srcset` candidate; tracking pixels (width or height under 50) are skipped.
    fn image(&self, i: NodeIdx) -> Option<Image> {
        let el = self.dom.element(i)?;
        let tiny = ["width", "height"].iter().any(|a| {
            el.attr(a)
                .and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok())
                .is_some_and(|v| v < 50)
        });
        if tiny {
            return None;
        }
        let src = [
            "data-src",
            "data-lazy-src",
            "data-original",
            "data-url",
            "src",
        ]
        .iter()
        .filter_map(|a| el.attr(a))
        .map(str::trim)
        .find(|s| !s.is_empty() && !s.starts_with("data:"))
        .or_else(|| {
            el.attr("srcset")
                .or_else(|| el.attr("data-srcset"))
                .and_then(|s| s.split(',').next())
                .and_then(|s| s.split_whitespace().next())
        })?;
        let url = self.dom.resolve(src)?;
        let alt = el
            .attr("alt")
            .map(collapse_whitespace)
            .filter(|a| !a.is_empty());
        Some(Image { url, alt })
    }

    /// A table of data rather than of layout: no nested table and no cell holding a long text.
    fn is_data_table(&self, i: NodeIdx) -> bool {
        let dom = self.dom;
        let end = dom.end(i);
        let mut j = i + 1;
        let mut cells = 0usize;
        while j < end {
            match dom.tag(j) {
                Some(Tag::Table) => return false,
                Some(Tag::Td | Tag::Th) => {
                    cells += 1;
                    if dom.text(j).len() > 600 {
                        return false;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        cells > 0
    }

    fn table(&mut self, i: NodeIdx) {
        let dom = self.dom;
        let end = dom.end(i);
        let mut rows = Vec::new();
        let mut chars = 0;
        let mut in_head_until = 0;
        let mut j = i + 1;
        while j < end {
            if self.skipped(j) {
                j = dom.end(j);
                continue;
            }
            match dom.tag(j) {
                Some(Tag::Thead) => in_head_until = dom.end(j),
                Some(Tag::Tr) => {
                    let mut cells = Vec::new();
                    let mut all_th = true;
                    for c in dom.children(j) {
                        if let Some(t @ (Tag::Td | Tag::Th)) = dom.tag(c) {
                            all_th &= t == Tag::Th;
                            let text = if self.skipped(c) {
                                String::new()
                            } else {
                                collapse_whitespace(&self.inline_text(c))
                            };
                            chars += crate::dom::visible_chars(&text);
                            cells.push(text);
                        }
                    }
                    if cells.iter().any(|c| !c.is_empty()) {
                        rows.push(TableRow::new(j < in_head_until || all_th, cells));
                    }
                    j = dom.end(j);
                    continue;
                }
                _ => {}
            }
            j += 1;
        }
        if !rows.is_empty() {
            self.out.push(BuiltBlock {
                block: Block::Table { rows },
                chars,
                link_chars: 0,
            });
        }
    }

    /// Plain text of a subtree, skipping dropped nodes.
    fn inline_text(&self, root: NodeIdx) -> String {
        self.inline_of(root, false)
            .finish()
            .iter()
            .map(Inline::text)
            .collect()
    }

    fn push(&mut self, block: Block) {
        let (chars, link_chars) = counts(&block);
        if chars == 0 && !matches!(block, Block::Figure { image: Some(_), .. }) {
            return;
        }
        self.out.push(BuiltBlock {
            block,
            chars,
            link_chars,
        });
    }

    /// End the pending paragraph.
    fn flush(&mut self) {
        if self.para.is_empty() {
            self.para = Inlines::default();
            return;
        }
        let para = std::mem::take(&mut self.para);
        let (chars, link_chars) = (para.chars, para.link_chars);
        self.out.push(BuiltBlock {
            block: Block::Paragraph {
                content: para.finish(),
            },
            chars,
            link_chars,
        });
    }
}

/// The non-empty runs of list items or quoted paragraphs, with their summed visible and link
/// characters; `None` when all are empty.
fn gather(parts: Vec<Inlines>) -> Option<(Vec<Vec<Inline>>, usize, usize)> {
    let (mut chars, mut link_chars) = (0, 0);
    let mut kept = Vec::with_capacity(parts.len());
    for p in parts.into_iter().filter(|p| !p.is_empty()) {
        chars += p.chars;
        link_chars += p.link_chars;
        kept.push(p.finish());
    }
    (!kept.is_empty()).then_some((kept, chars, link_chars))
}

/// Visible and link characters of a heading or paragraph built elsewhere.
fn counts(block: &Block) -> (usize, usize) {
    let runs: &[Inline] = match block {
        Block::Heading { content, .. } | Block::Paragraph { content } => content,
        Block::Preformatted { text } => {
            return (crate::dom::visible_chars(text), 0);
        }
        _ => return (0, 0),
    };
    let mut chars = 0;
    let mut links = 0;
    for r in runs {
        let n = r.text().chars().filter(|c| !c.is_whitespace()).count();
        chars += n;
        if matches!(r, Inline::Link { .. }) {
            links += n;
        }
    }
    (chars, links)
}

/// Most nodes of a `<figure>` read by [`holds_structure`].
const FIGURE_SCAN_NODES: NodeIdx = 400;

/// Whether the `<figure>` `i` holds a table or preformatted text among its first
/// [`FIGURE_SCAN_NODES`] nodes: content of its own, not a picture and its caption. (A list
/// in a figure is a gallery's slides, `figure.wp-block-gallery > ul`; a quote in one is a
/// pull quote repeating the text or an embedded post, `figure > blockquote.instagram-media`.)
fn holds_structure(dom: &Dom<'_>, i: NodeIdx) -> bool {
    let end = dom.end(i).min(i.saturating_add(FIGURE_SCAN_NODES));
    (i + 1..end).any(|j| matches!(dom.tag(j), Some(Tag::Table | Tag::Pre)))
}

#[cfg(test)]
mod push_text_tests {
    use super::*;

    /// A paragraph of one word, as the builder makes it.
    fn word(k: usize) -> BuiltBlock {
        let mut inl = Inlines::default();
        inl.push_text(&format!("w{k}"), &Style::Plain);
        let chars = inl.chars;
        BuiltBlock {
            block: Block::Paragraph {
                content: inl.finish(),
            },
            chars,
            link_chars: 0,
        }
    }

    #[test]
    fn built_blocks_keep_their_order_across_chunks() {
        let mut built = Built::default();
        let n = 2 * CHUNK_BLOCKS + 3;
        for k in 0..n {
            built.push(word(k));
        }
        assert_eq!(built.len(), n);
        assert_eq!(built.chunks.len(), 3);
        assert!(built.chunks.iter().all(|c| c.len() <= CHUNK_BLOCKS));
        let texts = |blocks: Vec<&Block>| -> Vec<String> {
            blocks
                .into_iter()
                .map(|b| match b {
                    Block::Paragraph { content } => content.iter().map(Inline::text).collect(),
                    _ => String::new(),
                })
                .collect()
        };
        let expected: Vec<String> = (0..n).map(|k| format!("w{k}")).collect();
        assert_eq!(texts(built.iter().map(|b| &b.block).collect()), expected);
        let owned: Vec<BuiltBlock> = built.into_iter().collect();
        assert_eq!(texts(owned.iter().map(|b| &b.block).collect()), expected);
    }

    /// A paragraph of one run holds room for that run only.
    #[test]
    fn one_run_paragraphs_hold_no_slack() {
        let Block::Paragraph { content } = word(7).block else {
            panic!("a paragraph");
        };
        assert_eq!((content.len(), content.capacity()), (1, 1));
    }

    /// The runs and counts of `texts` pushed in turn, with their styles.
    fn pushed(texts: &[(&str, Style)]) -> (Vec<Inline>, usize, usize) {
        let mut inl = Inlines::default();
        for (t, s) in texts {
            inl.push_text(t, s);
        }
        (inl.runs, inl.chars, inl.link_chars)
    }

    #[test]
    fn whitespace_collapses_across_texts_and_styles() {
        let link = Style::Link("https://example.com/".into());
        let (runs, chars, link_chars) = pushed(&[
            ("  Le\u{a0}président\u{b}a dit ", Style::Plain),
            (" \n ", Style::Plain),
            ("lire\t la suite ", link.clone()),
            ("", Style::Emphasis),
            ("fin.  ", Style::Strong),
            ("x", Style::Plain),
        ]);
        assert_eq!(
            runs,
            vec![
                Inline::Text {
                    text: "Le président a dit ".into()
                },
                Inline::Link {
                    text: "lire la suite".into(),
                    href: "https://example.com/".into()
                },
                Inline::Text { text: " ".into() },
                Inline::Strong {
                    text: "fin.".into()
                },
                Inline::Text { text: " x".into() },
            ]
        );
        assert_eq!(chars, "Leprésidentaditlirelasuitefin.x".chars().count());
        assert_eq!(link_chars, "lirelasuite".len());
    }

    #[test]
    fn space_at_is_char_is_whitespace() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut buf);
            let expected = c.is_whitespace().then(|| c.len_utf8());
            assert_eq!(space_at(s, 0), expected, "{:?}", c);
        }
    }

    /// The runs of [`pushed`] computed character by character, as the collapsing is defined.
    fn pushed_by_char(texts: &[(&str, Style)]) -> (Vec<Inline>, usize, usize) {
        let mut inl = Inlines::default();
        for (text, style) in texts {
            let mut piece = String::new();
            for c in text.chars() {
                if c.is_whitespace() {
                    inl.pending_space = true;
                    continue;
                }
                if inl.pending_space {
                    if inl.chars > 0 || !piece.is_empty() {
                        piece.push(' ');
                    }
                    inl.pending_space = false;
                }
                piece.push(c);
                inl.chars += 1;
                if matches!(style, Style::Link(_)) {
                    inl.link_chars += 1;
                }
            }
            if !piece.is_empty() {
                inl.push_run(piece, style);
            }
        }
        (inl.runs, inl.chars, inl.link_chars)
    }

    #[test]
    fn spans_collapse_like_characters() {
        let alphabet = [
            'a', 'é', ' ', ' ', '\t', '\n', '\u{a0}', '\u{3000}', '\u{b}', '—', '\u{1c}',
        ];
        let styles = [
            Style::Plain,
            Style::Strong,
            Style::Link("https://example.com/".into()),
        ];
        let mut seed = 0x2545_f491_u32;
        let mut next = |m: usize| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) as usize % m
        };
        for _ in 0..2000 {
            let texts: Vec<(String, Style)> = (0..1 + next(3))
                .map(|_| {
                    let text = (0..next(12))
                        .map(|_| alphabet[next(alphabet.len())])
                        .collect();
                    (text, styles[next(styles.len())].clone())
                })
                .collect();
            let texts: Vec<(&str, Style)> =
                texts.iter().map(|(t, s)| (t.as_str(), s.clone())).collect();
            assert_eq!(pushed(&texts), pushed_by_char(&texts), "{texts:?}");
        }
    }

    #[test]
    fn whitespace_only_text_adds_nothing() {
        let (runs, chars, _) = pushed(&[(" \u{b}\r\n", Style::Plain), ("\u{3000}", Style::Plain)]);
        assert!(runs.is_empty());
        assert_eq!(chars, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WordPress writes every table block as `figure.wp-block-table > table + figcaption`: the
    /// table is read with its cells and the caption stays a caption; a picture's figure is
    /// still a picture and its caption.
    #[test]
    fn a_figure_holding_a_table_is_read_as_a_table() {
        let page = r#"<html><body><article><p>O PS venceu as eleições intercalares.</p>
            <figure class="wp-block-table"><table><thead><tr><th>Partido</th><th>Votos</th>
            </tr></thead><tbody><tr><td>PS</td><td>41,2%</td></tr><tr><td>CDU</td>
            <td>32,5%</td></tr></tbody></table><figcaption>Resultados provisórios</figcaption>
            </figure><figure><img src="https://example.pt/a.jpg" alt=""><figcaption>A sede do partido.
            </figcaption></figure></article></body></html>"#;
        let html = crate::tree::Document::parse_document(page);
        let dom = Dom::build(&html, None);
        let marks = crate::noise::mark(&dom, None, &[], &[]);
        let root = (0..dom.len())
            .find(|&i| dom.tag(i) == Some(Tag::Article))
            .expect("article");
        let built = build(
            &dom,
            &marks,
            &[root],
            &[],
            &Options::default(),
            &Meta::default(),
        );
        let kinds: Vec<&str> = built
            .iter()
            .map(|b| match &b.block {
                Block::Paragraph { .. } => "p",
                Block::Table { .. } => "table",
                Block::Figure { image: None, .. } => "caption",
                Block::Figure { .. } => "figure",
                _ => "other",
            })
            .collect();
        assert_eq!(kinds, ["p", "table", "caption", "figure"]);
    }
}
