//! Guarded parse: html5ever through scraper's tree, with the nesting depth and node count counted
//! while the tree is built.
//!
//! html5ever's tree builder has no depth cap and is quadratic in nesting depth (100,000 nested
//! `<div>` take seconds). [`GuardedSink`] wraps scraper's sink, records each node's depth as it is
//! appended, and raises a flag at the first element over a limit; the driver feeds the input in
//! chunks and stops at the next chunk boundary once the flag is up, so a hostile document costs
//! at most one chunk of extra work.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::hash::{Hash, Hasher};

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, Tracer, TreeSink};
use html5ever::{Attribute, QualName};
use scraper::{Html, HtmlTreeSink};

use crate::Error;

/// Bytes of text fed to the parser between two checks of the guard.
const CHUNK: usize = 4 * 1024;

/// Handles the tree builder may hold besides the stack of open elements, over `max_depth`:
/// the document, the `<head>` and `<form>` pointers, and the active formatting elements a real
/// page leaves open (a handful; html5ever keeps at most three identical ones).
const BUILDER_SLACK: usize = 64;

/// What stopped a parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trip {
    Depth,
    Nodes,
}

/// Parse `text` as an HTML document, refusing documents nested deeper than `max_depth` elements
/// or holding more than `max_nodes` nodes.
pub(crate) fn parse(text: &str, max_depth: usize, max_nodes: usize) -> Result<Html, Error> {
    let sink = GuardedSink {
        inner: HtmlTreeSink::new(Html::new_document()),
        depth: RefCell::new(DepthMap::new(text.len() / BYTES_PER_NODE, max_nodes)),
        nodes: Cell::new(0),
        max_depth: u32::try_from(max_depth).unwrap_or(u32::MAX),
        max_nodes,
        trip: Cell::new(None),
    };
    let mut parser = html5ever::parse_document(sink, html5ever::ParseOpts::default());
    let trimmed = trim_attribute_floods(text, MAX_ATTRIBUTES);
    let mut rest: &str = &trimmed;
    while !rest.is_empty() {
        let cut = floor_char_boundary(rest, CHUNK.min(rest.len()));
        let (chunk, tail) = rest.split_at(cut);
        parser.process(StrTendril::from_slice(chunk));
        rest = tail;
        // The depth recorded per node goes stale when the adoption agency algorithm moves a
        // subtree (`<a><b><div></a>` repeated nests 4 deeper per repeat while every recorded
        // depth stays small), so also bound what html5ever's cost grows with: its stack of open
        // elements and list of active formatting elements, counted once per chunk.
        let held = HandleCount(Cell::new(0));
        parser.tokenizer.sink.trace_handles(&held);
        if held.0.get() > max_depth.saturating_add(BUILDER_SLACK) {
            let sink = &parser.tokenizer.sink.sink;
            if sink.trip.get().is_none() {
                sink.trip.set(Some(Trip::Depth));
            }
        }
        if let Some(trip) = parser.tokenizer.sink.sink.trip.get() {
            return Err(match trip {
                Trip::Depth => Error::TooDeep { limit: max_depth },
                Trip::Nodes => Error::TooManyNodes { limit: max_nodes },
            });
        }
    }
    let guarded = parser.finish();
    Ok(guarded)
}

/// Attributes kept on one tag. html5ever checks each new attribute name against every earlier
/// one of its tag, so a tag of n attributes costs n²/2 comparisons: 100,000 attributes take
/// seconds, a 20 MB tag hours. No real page comes near this; the rest of such a tag is dropped.
const MAX_ATTRIBUTES: usize = 4096;

/// `text` with every start tag that has more than `limit` attributes cut after its `limit`th
/// (best effort: tags are found the way the tokenizer finds them in ordinary markup, `<` and a
/// letter up to the `>` outside quoted values; an attribute starts after whitespace or `/`,
/// with or without a value). Borrows when nothing is cut, which is always the case on real
/// pages.
fn trim_attribute_floods(text: &str, limit: usize) -> std::borrow::Cow<'_, str> {
    trim_attribute_floods_with(text, limit, true)
}

/// [`trim_attribute_floods`]; `skip_short`: find each tag's end with [`tag_end`] first and count
/// the attributes only of a tag long enough to hold more than `limit` (the tests compare with
/// counting every tag).
fn trim_attribute_floods_with(
    text: &str,
    limit: usize,
    skip_short: bool,
) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    // A tag of more than `limit` attributes is more than `2 * limit` bytes long: a page that
    // short is spared the scan.
    if bytes.len() <= 2 * limit {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(p) = find_byte(text, i, b'<') {
        let start = i + p;
        i = start + 1;
        if !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        if skip_short {
            // Each attribute counted below is a byte after a separator byte, both in the tag:
            // a tag of at most `2 * limit` bytes has at most `limit` attributes.
            let end = tag_end(text, i);
            if end - i <= 2 * limit {
                i = end;
                if i >= bytes.len() {
                    break;
                }
                continue;
            }
        }
        // Inside a start tag: count attribute names (a byte that follows a separator),
        // skipping quoted values; remember the separator before each name.
        let mut j = i;
        let mut attributes = 0usize;
        let mut cut = None;
        let mut after_separator = false;
        while j < bytes.len() && bytes[j] != b'>' {
            let b = bytes[j];
            if is_separator(b) {
                after_separator = true;
            } else {
                if after_separator && b != b'=' {
                    attributes += 1;
                    if attributes > limit && cut.is_none() {
                        // The byte before sits on ASCII (a separator): a char boundary.
                        cut = Some(j - 1);
                    }
                }
                after_separator = false;
                if b == b'=' {
                    // Skip a quoted value.
                    let mut k = j + 1;
                    while k < bytes.len() && bytes[k].is_ascii_whitespace() {
                        k += 1;
                    }
                    if let Some(&q @ (b'"' | b'\'')) = bytes.get(k) {
                        j = find_byte(text, k + 1, q).map_or(bytes.len(), |e| k + 1 + e);
                    }
                }
            }
            j += 1;
        }
        if let Some(c) = cut {
            // `c` and `j` sit on ASCII bytes (a separator, `>` or the end): char boundaries.
            out.push_str(&text[copied..c]);
            copied = j.min(bytes.len());
        }
        i = j.min(bytes.len());
        if i >= bytes.len() {
            break;
        }
    }
    if copied == 0 {
        return std::borrow::Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    std::borrow::Cow::Owned(out)
}

/// Where the attribute count of [`trim_attribute_floods`] stops on a tag whose name starts at
/// `from`: the first `>` outside quoted values, or the end of the text. A quote opens a value
/// when the last byte before it other than ASCII whitespace, since the previous value, is `=`;
/// the bytes between are found with `memchr` instead of one by one.
fn tag_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut p = from;
    loop {
        let Some(q) = bytes
            .get(p..)
            .and_then(|rest| memchr::memchr3(b'>', b'"', b'\'', rest))
            .map(|off| p + off)
        else {
            return bytes.len();
        };
        let Some(&b) = bytes.get(q) else {
            return bytes.len();
        };
        if b == b'>' {
            return q;
        }
        let opens_value = bytes
            .get(p..q)
            .and_then(|before| before.iter().rev().find(|c| !c.is_ascii_whitespace()))
            == Some(&b'=');
        p = if opens_value {
            match find_byte(text, q + 1, b) {
                Some(e) => q + 1 + e + 1,
                None => return bytes.len(),
            }
        } else {
            q + 1
        };
    }
}

/// Whether a byte separates attributes in a start tag: ASCII whitespace, or `/` (which the
/// tokenizer reads as the start of a self-closing `/>` and, when no `>` follows, as a
/// separator: `<p a/b/c>` has three attributes).
fn is_separator(b: u8) -> bool {
    b.is_ascii_whitespace() || b == b'/'
}

/// Offset from `from` of the first `needle` in `text[from..]` (bytes; `None` past the end),
/// found with `memchr`'s vectorised search.
fn find_byte(text: &str, from: usize, needle: u8) -> Option<usize> {
    memchr::memchr(needle, text.as_bytes().get(from..)?)
}

/// The largest index `<= at` that is a char boundary of `s` (and > 0 when `s` is not empty and
/// `at` > 0, so the loop above always advances).
fn floor_char_boundary(s: &str, at: usize) -> usize {
    let mut i = at;
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    if i == 0 && !s.is_empty() {
        // `at` fell inside the first character: take that whole character.
        i = s.char_indices().nth(1).map_or(s.len(), |(j, _)| j);
    }
    i
}

/// Counts the handles the tree builder holds (see [`BUILDER_SLACK`]).
struct HandleCount(Cell<usize>);

impl Tracer for HandleCount {
    type Handle = ego_tree::NodeId;

    fn trace_handle(&self, _node: &ego_tree::NodeId) {
        self.0.set(self.0.get() + 1);
    }
}

/// Depth per node, indexed by the number behind scraper's node ids ([`id_number`]); nodes never
/// appended (and ids past [`DepthMap::cap`]) read as depth 0.
struct DepthMap {
    depths: Vec<u32>,
    /// Largest id number stored: the node limit plus the nodes one chunk can add past it before
    /// the guard stops the parse, so the vector stays bounded by the limit.
    cap: usize,
}

impl DepthMap {
    fn new(expected_nodes: usize, max_nodes: usize) -> DepthMap {
        let cap = max_nodes.saturating_add(CHUNK.saturating_mul(2));
        DepthMap {
            depths: Vec::with_capacity(expected_nodes.min(cap)),
            cap,
        }
    }

    fn get(&self, id: &ego_tree::NodeId) -> u32 {
        self.depths.get(id_number(id)).copied().unwrap_or(0)
    }

    fn insert(&mut self, id: &ego_tree::NodeId, depth: u32) {
        let n = id_number(id);
        if n > self.cap {
            return;
        }
        if n >= self.depths.len() {
            self.depths.resize(n + 1, 0);
        }
        if let Some(d) = self.depths.get_mut(n) {
            *d = depth;
        }
    }
}

/// Average bytes of markup per element on real pages (about 80 to 150 on the corpus), low
/// enough that the depth map rarely grows while a page is parsed.
const BYTES_PER_NODE: usize = 64;

/// The number behind a node id. ego_tree numbers its nodes densely from 1 in creation order
/// (one more than the index in its node vector) and hashes an id as that `usize`, which is the
/// one way it exposes it: the id is hashed into [`IdNumber`], which keeps the value written.
fn id_number(id: &ego_tree::NodeId) -> usize {
    let mut n = IdNumber(0);
    id.hash(&mut n);
    n.0
}

/// A "hasher" that keeps the last `usize` written (see [`id_number`]). Should a future
/// ego_tree hash ids as bytes, they are folded into one number, still distinct per id, and a
/// number past [`DepthMap::cap`] is simply not stored.
struct IdNumber(usize);

impl Hasher for IdNumber {
    fn finish(&self) -> u64 {
        self.0 as u64
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.wrapping_shl(8) | usize::from(b);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = n;
    }
}

/// scraper's tree sink with depth and node counting.
struct GuardedSink {
    inner: HtmlTreeSink,
    /// Depth of every node that has been appended somewhere (the document is depth 0).
    depth: RefCell<DepthMap>,
    nodes: Cell<usize>,
    max_depth: u32,
    max_nodes: usize,
    trip: Cell<Option<Trip>>,
}

impl GuardedSink {
    fn depth_of(&self, node: &ego_tree::NodeId) -> u32 {
        self.depth.borrow().get(node)
    }

    fn note_child(&self, parent_depth: u32, child: &NodeOrText<ego_tree::NodeId>) {
        if let NodeOrText::AppendNode(id) = child {
            let d = parent_depth.saturating_add(1);
            self.depth.borrow_mut().insert(id, d);
            if d > self.max_depth && self.trip.get().is_none() {
                self.trip.set(Some(Trip::Depth));
            }
        }
    }

    fn count_node(&self) {
        let n = self.nodes.get() + 1;
        self.nodes.set(n);
        if n > self.max_nodes && self.trip.get().is_none() {
            self.trip.set(Some(Trip::Nodes));
        }
    }
}

impl TreeSink for GuardedSink {
    type Output = Html;
    type Handle = ego_tree::NodeId;
    type ElemName<'a> = <HtmlTreeSink as TreeSink>::ElemName<'a>;

    fn finish(self) -> Html {
        self.inner.finish()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Self::Handle {
        self.inner.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a Self::Handle) -> Self::ElemName<'a> {
        self.inner.elem_name(target)
    }

    fn create_element(
        &self,
        name: QualName,
        attrs: Vec<Attribute>,
        flags: ElementFlags,
    ) -> Self::Handle {
        self.count_node();
        self.inner.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> Self::Handle {
        self.count_node();
        self.inner.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Self::Handle {
        self.count_node();
        self.inner.create_pi(target, data)
    }

    fn append(&self, parent: &Self::Handle, child: NodeOrText<Self::Handle>) {
        // Text nodes have no recorded depth: look the parent up for elements only.
        match child {
            NodeOrText::AppendText(_) => self.count_node(),
            NodeOrText::AppendNode(_) => self.note_child(self.depth_of(parent), &child),
        }
        self.inner.append(parent, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &Self::Handle,
        prev_element: &Self::Handle,
        child: NodeOrText<Self::Handle>,
    ) {
        let d = self.depth_of(element).max(self.depth_of(prev_element));
        self.note_child(d, &child);
        self.inner
            .append_based_on_parent_node(element, prev_element, child);
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.inner
            .append_doctype_to_document(name, public_id, system_id);
    }

    fn get_template_contents(&self, target: &Self::Handle) -> Self::Handle {
        self.inner.get_template_contents(target)
    }

    fn same_node(&self, x: &Self::Handle, y: &Self::Handle) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode);
    }

    fn append_before_sibling(&self, sibling: &Self::Handle, new_node: NodeOrText<Self::Handle>) {
        // The new node becomes a sibling: same depth as `sibling`, i.e. its parent's depth + 1.
        let d = self.depth_of(sibling).saturating_sub(1);
        self.note_child(d, &new_node);
        self.inner.append_before_sibling(sibling, new_node);
    }

    fn add_attrs_if_missing(&self, target: &Self::Handle, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs);
    }

    fn remove_from_parent(&self, target: &Self::Handle) {
        self.inner.remove_from_parent(target);
    }

    fn reparent_children(&self, node: &Self::Handle, new_parent: &Self::Handle) {
        // Children keep their recorded depth; reparenting happens in the adoption agency
        // algorithm, which moves nodes within a bounded window of the open-element stack.
        self.inner.reparent_children(node, new_parent);
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn skipping_short_tags_cuts_what_counting_every_tag_cuts() {
        // Pseudo-random markup over the bytes that matter to the scan, at limits small enough
        // for many tags to be counted.
        let alphabet = b"<<>\"'= /ab\nc=";
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for round in 0..3000 {
            let len = 10 + round % 90;
            let page: String = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    char::from(alphabet[(state % alphabet.len() as u64) as usize])
                })
                .collect();
            for limit in 1..4 {
                assert_eq!(
                    trim_attribute_floods_with(&page, limit, true),
                    trim_attribute_floods_with(&page, limit, false),
                    "{page:?} {limit}"
                );
            }
        }
    }
    use super::*;

    #[test]
    fn parses_a_small_document() {
        let html = parse("<p>Hello <b>world</b></p>", 100, 1000).unwrap();
        let text: String = html.root_element().text().collect();
        assert_eq!(text, "Hello world");
    }

    #[test]
    fn refuses_deep_nesting_at_the_limit() {
        let deep = "<div>".repeat(300);
        assert_eq!(
            parse(&deep, 256, 1_000_000),
            Err(Error::TooDeep { limit: 256 }).map(|_: ()| unreachable!())
        );
        let shallow = "<div>".repeat(200);
        assert!(parse(&shallow, 256, 1_000_000).is_ok());
    }

    #[test]
    fn refuses_nesting_built_by_the_adoption_agency() {
        // Each `</a>` moves the `<div>` under a clone of `<b>` and the div's children under a
        // new `<a>`: the tree nests 4 deeper per repeat though no element is appended deep.
        let html = "<a><b><div></a>".repeat(2_000);
        assert!(matches!(
            parse(&html, 256, 1_000_000),
            Err(Error::TooDeep { limit: 256 })
        ));
        assert!(parse(&"<a><b><div></a>".repeat(40), 256, 1_000_000).is_ok());
    }

    #[test]
    fn attribute_floods_are_cut_and_ordinary_tags_kept() {
        let mut tag = String::from("<div class=\"x\"");
        for i in 0..50 {
            tag.push_str(&format!(" data-{i}=\"a > b = c\""));
        }
        tag.push_str("><p>after</p>");
        let cut = trim_attribute_floods(&tag, 10);
        assert!(cut.len() < tag.len());
        assert!(cut.contains(" data-8=") && !cut.contains("data-11="));
        assert!(cut.ends_with("><p>after</p>"));
        let page = "<p class=\"a\" id=\"b\">x = y</p><script>if (a<b) { c = d; }</script>";
        assert!(matches!(
            trim_attribute_floods(page, 10),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn floods_of_attributes_without_values_are_cut() {
        let mut tag = String::from("<p");
        for i in 0..700 {
            tag.push_str(&format!(" a{i}"));
        }
        tag.push_str(">x</p>");
        let cut = trim_attribute_floods(&tag, 600);
        assert!(cut.contains(" a599") && !cut.contains(" a600"));
        assert!(cut.ends_with(">x</p>"));
        // Slashes separate attributes too.
        let slashed = format!("<p {}>x</p>", "a/".repeat(700));
        let cut = trim_attribute_floods(&slashed, 600);
        assert!(cut.len() < slashed.len() && cut.ends_with(">x</p>"));
        // Text full of spaces outside tags is no flood.
        let prose = format!("<p class=\"a\">{}</p>", "word ".repeat(5000));
        assert!(matches!(
            trim_attribute_floods(&prose, 600),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn many_ordinary_tags_over_the_page_count_are_kept() {
        // More `=` in the page than the limit, none of them in one tag: the full scan runs and
        // borrows. Non-ASCII text and values keep the searches on char boundaries.
        let page = "<p class=\"é\" data-x='ü > ö' id=b>naïve = ok</p>".repeat(100);
        assert!(matches!(
            trim_attribute_floods(&page, 10),
            std::borrow::Cow::Borrowed(_)
        ));
        // A tag over the limit is still cut when its `=` span many of the counting chunks.
        let mut tag = String::from("<p");
        for i in 0..700 {
            tag.push_str(&format!(" a{i}=\"é\""));
        }
        tag.push_str(">x</p>");
        let cut = trim_attribute_floods(&tag, 600);
        assert!(cut.contains(" a599=") && !cut.contains(" a600="));
        assert!(cut.ends_with(">x</p>"));
    }

    #[test]
    fn byte_search_finds_the_first_match() {
        let text = "abc<défg<hijklmnopq\"rs<";
        for from in 0..=text.len() + 1 {
            let want = text
                .as_bytes()
                .get(from..)
                .and_then(|r| r.iter().position(|&b| b == b'<'));
            assert_eq!(find_byte(text, from, b'<'), want, "from {from}");
            let want = text
                .as_bytes()
                .get(from..)
                .and_then(|r| r.iter().position(|&b| b == b'"'));
            assert_eq!(find_byte(text, from, b'"'), want, "from {from}");
        }
        // High bytes next to the needle do not fool the zero-byte test.
        assert_eq!(find_byte("\u{ff}\u{100}\u{80}<", 0, b'<'), Some(6));
        assert_eq!(find_byte("<\u{3c0}", 1, b'<'), None);
    }

    #[test]
    fn refuses_too_many_nodes() {
        let wide = "<p>x</p>".repeat(1000);
        assert!(matches!(
            parse(&wide, 256, 500),
            Err(Error::TooManyNodes { limit: 500 })
        ));
    }

    #[test]
    fn chunking_never_splits_a_character() {
        let text = format!("<p>{}</p>", "é".repeat(CHUNK));
        let html = parse(&text, 100, 1000).unwrap();
        let got: String = html.root_element().text().collect();
        assert_eq!(got.chars().count(), CHUNK);
    }
}
