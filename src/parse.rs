//! Guarded parse: html5ever building this crate's [`Document`], with the nesting depth and node
//! count counted while the tree is built.
//!
//! html5ever's tree builder has no depth cap and is quadratic in nesting depth (100,000 nested
//! `<div>` take seconds). [`GuardedSink`] records each node's depth as it is appended, and
//! raises a flag at the first element over a limit; the driver feeds the input in chunks and
//! stops at the next chunk boundary once the flag is up, so a hostile document costs at most one
//! chunk of extra work. The same flag goes up past [`MAX_NAMES`] distinct element and attribute
//! names that html5ever keeps in its global name table.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, Tracer, TreeSink};
use html5ever::{Attribute, LocalName, QualName};

use crate::Error;
use crate::fast_hash::FastHash;
use crate::tree::{self, Document, NodeId};

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
    /// Over the limit of names in all ([`MAX_NAMES`]) or in one bucket ([`MAX_NAMES_PER_BUCKET`]).
    Names(usize),
}

/// Most distinct element and attribute names a document may use among those html5ever keeps in
/// its process-wide table (string_cache's dynamic atoms: names of more than 7 bytes that HTML,
/// SVG and MathML do not define, such as custom elements and `data-*` attributes). The table
/// hashes into 4,096 buckets of linked lists, so each further name costs a walk over the names
/// before it: 400,000 distinct names (9 MB of `<x123456-y>` tags) took 5 s in release, 20 MB
/// would take half a minute. The busiest of 1,120 real pages uses about 1,100.
const MAX_NAMES: usize = 10_000;

/// Buckets of html5ever's name table (string_cache's `NB_BUCKETS`): a name goes to the bucket
/// of the low 12 bits of its hash.
const NAME_BUCKETS: usize = 4096;

/// Most distinct names of [`MAX_NAMES`] a document may put in one bucket of the table. The
/// table's hash is fixed and public, so names can be crafted to share a bucket, and every use
/// of one walks the others: 9,000 such names, then one of them used 700,000 times (an 11 MB
/// page), took 12 s in release. 10,000 ordinary names fill no bucket past about 15.
const MAX_NAMES_PER_BUCKET: u16 = 64;

/// Parse `text` as an HTML document, refusing documents nested deeper than `max_depth` elements
/// or holding more than `max_nodes` nodes.
pub(crate) fn parse(text: &str, max_depth: usize, max_nodes: usize) -> Result<Document, Error> {
    // Room for the nodes a page of this size usually has, bounded by the node limit and the
    // nodes one chunk can add past it before the guard stops the parse.
    let expected = (text.len() / BYTES_PER_NODE).min(max_nodes.saturating_add(CHUNK * 2));
    let sink = GuardedSink {
        doc: RefCell::new(Document::with_capacity(
            expected,
            text.len() / BYTES_PER_TEXT_BYTE,
            text.len() / BYTES_PER_VALUE_BYTE,
        )),
        nodes: Cell::new(0),
        names: RefCell::default(),
        name_buckets: RefCell::default(),
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
                Trip::Names(limit) => Error::TooManyNames { limit },
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
    let find = Finders::new();
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(p) = find.byte(text, i, b'<') {
        let start = i + p;
        i = start + 1;
        if !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        if skip_short {
            // Each attribute counted below is a byte after a separator byte, both in the tag:
            // a tag of at most `2 * limit` bytes has at most `limit` attributes.
            let end = tag_end(&find, text, i);
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
                        j = find.byte(text, k + 1, q).map_or(bytes.len(), |e| k + 1 + e);
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
fn tag_end(find: &Finders, text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut p = from;
    loop {
        let Some(q) = bytes
            .get(p..)
            .and_then(|rest| find.tag_stop(rest))
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
            match find.byte(text, q + 1, b) {
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

/// The byte searches of [`trim_attribute_floods`]: memchr's vectorised (AVX2) searchers for
/// the bytes it looks for, built once per scan and called directly where the CPU has AVX2.
/// `memchr::memchr` and `memchr3` pick the CPU's routine anew on every call, a third to a half
/// of the cost of a search on the short stretches between and inside tags; they serve where
/// AVX2 is missing.
struct Finders {
    #[cfg(target_arch = "x86_64")]
    avx2: Option<Avx2Finders>,
}

/// The searchers of [`Finders`]: `<`, `"`, `'`, and the three bytes [`tag_end`] stops at.
#[cfg(target_arch = "x86_64")]
struct Avx2Finders {
    lt: memchr::arch::x86_64::avx2::memchr::One,
    double: memchr::arch::x86_64::avx2::memchr::One,
    single: memchr::arch::x86_64::avx2::memchr::One,
    tag_stop: memchr::arch::x86_64::avx2::memchr::Three,
}

impl Finders {
    fn new() -> Finders {
        #[cfg(target_arch = "x86_64")]
        {
            use memchr::arch::x86_64::avx2::memchr::{One, Three};
            let avx2 = (|| {
                Some(Avx2Finders {
                    lt: One::new(b'<')?,
                    double: One::new(b'"')?,
                    single: One::new(b'\'')?,
                    tag_stop: Three::new(b'>', b'"', b'\'')?,
                })
            })();
            Finders { avx2 }
        }
        #[cfg(not(target_arch = "x86_64"))]
        Finders {}
    }

    /// Offset from `from` of the first `needle` in `text[from..]` (bytes; `None` past the end).
    fn byte(&self, text: &str, from: usize, needle: u8) -> Option<usize> {
        let hay = text.as_bytes().get(from..)?;
        #[cfg(target_arch = "x86_64")]
        if let Some(f) = &self.avx2 {
            match needle {
                b'<' => return f.lt.find(hay),
                b'"' => return f.double.find(hay),
                b'\'' => return f.single.find(hay),
                _ => {}
            }
        }
        memchr::memchr(needle, hay)
    }

    /// Offset of the first `>`, `"` or `'` in `hay`.
    fn tag_stop(&self, hay: &[u8]) -> Option<usize> {
        // A value's closing quote is often right before the tag's `>`.
        if let Some(b'>' | b'"' | b'\'') = hay.first() {
            return Some(0);
        }
        #[cfg(target_arch = "x86_64")]
        if let Some(f) = &self.avx2 {
            return f.tag_stop.find(hay);
        }
        memchr::memchr3(b'>', b'"', b'\'', hay)
    }
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
    type Handle = NodeId;

    fn trace_handle(&self, _node: &NodeId) {
        self.0.set(self.0.get() + 1);
    }
}

/// Average bytes of markup per node on real pages, low enough that the node vector rarely
/// grows while a page is parsed.
const BYTES_PER_NODE: usize = 64;

/// Bytes of page per byte of text kept (the text of JavaScript and CSS is not,
/// [`tree::text_unread`]) on a real page, the text buffer's first allocation: on a quarter of
/// the corpus, text is a fifth of the page at the median, a third at the 75th percentile, half
/// at the 90th; a page that has more grows the buffer (a copy of the text so far).
const BYTES_PER_TEXT_BYTE: usize = 4;

/// Bytes of page per byte of attribute values, the first allocation of their buffer: values
/// are a third of the page at the median (a quarter at the 25th percentile, half at the 90th).
const BYTES_PER_VALUE_BYTE: usize = 3;

/// The tree sink: builds a [`Document`], records each node's depth as it is appended and
/// counts the nodes.
struct GuardedSink {
    /// The tree. Borrowed mutably only inside the methods below, none of which calls out while
    /// the borrow lasts, so the `RefCell` never finds a conflicting borrow.
    doc: RefCell<Document>,
    nodes: Cell<usize>,
    /// The distinct names of [`MAX_NAMES`] seen so far.
    names: RefCell<std::collections::HashSet<LocalName, FastHash>>,
    /// How many of them each bucket of the name table holds (allocated with the first).
    name_buckets: RefCell<Vec<u16>>,
    max_depth: u32,
    max_nodes: usize,
    trip: Cell<Option<Trip>>,
}

impl GuardedSink {
    /// Run `f` on the tree. The tree builder never holds an element name (the one borrow
    /// handed out) across a call that changes the tree, so the borrow always succeeds; were it
    /// ever refused, the change would be skipped rather than panic.
    fn with<T: Default>(&self, f: impl FnOnce(&mut Document) -> T) -> T {
        self.doc
            .try_borrow_mut()
            .map(|mut d| f(&mut d))
            .unwrap_or_default()
    }

    /// The depth recorded for `node` (0 when none is).
    fn depth_of(&self, node: NodeId) -> u32 {
        self.doc.try_borrow().map_or(0, |d| d.depth(node))
    }

    /// Record the depth of `child` (an element appended under a node of `parent_depth`) and
    /// raise the depth flag when it is over the limit.
    fn note_child(&self, parent_depth: u32, child: &NodeOrText<NodeId>) {
        if let NodeOrText::AppendNode(id) = child {
            let d = parent_depth.saturating_add(1);
            self.with(|doc| {
                if let Some(n) = doc.node_mut(*id) {
                    n.depth = d;
                }
                // A template's contents hang under a fragment, its first child: the fragment
                // takes the template's depth, so that the depth goes on counting inside.
                if let Some(contents) = doc
                    .first_child(*id)
                    .filter(|&c| matches!(doc.kind(c), Some(tree::Kind::Fragment)))
                    && let Some(f) = doc.node_mut(contents)
                {
                    f.depth = d;
                }
            });
            if d > self.max_depth && self.trip.get().is_none() {
                self.trip.set(Some(Trip::Depth));
            }
        }
    }

    /// Count one more node, raising the node flag past the limit.
    fn count_node(&self) {
        self.count_nodes(1);
    }

    /// Count `k` more nodes.
    fn count_nodes(&self, k: usize) {
        let n = self.nodes.get().saturating_add(k);
        self.nodes.set(n);
        if n > self.max_nodes && self.trip.get().is_none() {
            self.trip.set(Some(Trip::Nodes));
        }
    }

    /// Note the names of an element or of the attributes it is given, raising the names flag
    /// past [`MAX_NAMES`] distinct ones kept in html5ever's global table, or past
    /// [`MAX_NAMES_PER_BUCKET`] of them in one bucket of it.
    #[inline(never)]
    fn note_names<'n>(&self, names: impl Iterator<Item = &'n LocalName>) {
        let (Ok(mut seen), Ok(mut buckets)) = (
            self.names.try_borrow_mut(),
            self.name_buckets.try_borrow_mut(),
        ) else {
            return;
        };
        if buckets.is_empty() {
            buckets.resize(NAME_BUCKETS, 0);
        }
        for name in names.filter(|n| n.is_dynamic()) {
            if seen.contains(name) {
                continue;
            }
            seen.insert(name.clone());
            // The modulo keeps the index in range; it is the mask string_cache applies.
            let bucket = (name.get_hash() % NAME_BUCKETS as u64) as usize;
            if let Some(count) = buckets.get_mut(bucket) {
                *count = count.saturating_add(1);
                if *count > MAX_NAMES_PER_BUCKET && self.trip.get().is_none() {
                    self.trip
                        .set(Some(Trip::Names(usize::from(MAX_NAMES_PER_BUCKET))));
                }
            }
        }
        if seen.len() > MAX_NAMES && self.trip.get().is_none() {
            self.trip.set(Some(Trip::Names(MAX_NAMES)));
        }
    }

    /// Insert `child` before `sibling` (scraper's `append_before_sibling`: a node is taken out
    /// of the tree first, even when `sibling` has no parent to insert it under).
    fn insert_before(&self, sibling: NodeId, child: NodeOrText<NodeId>) {
        // Text inserted here (foster parented before a table) may make a node: it counts like
        // text appended.
        if matches!(child, NodeOrText::AppendText(_)) {
            self.count_node();
        }
        self.with(|doc| match child {
            NodeOrText::AppendNode(id) => {
                doc.detach(id);
                doc.insert_before(sibling, id);
            }
            NodeOrText::AppendText(text) => doc.insert_text_before(sibling, &text),
        });
    }
}

impl TreeSink for GuardedSink {
    type Output = Document;
    type Handle = NodeId;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Document {
        let mut doc = self.doc.into_inner();
        doc.finish();
        doc
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        // The tree is borrowed mutably only within this sink's own methods (see
        // [`GuardedSink::doc`]), never while html5ever asks for a name.
        Ref::map(self.doc.borrow(), |d| d.name(*target))
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> NodeId {
        if name.local.is_dynamic() || attrs.iter().any(|a| a.name.local.is_dynamic()) {
            self.note_names(
                std::iter::once(&name.local).chain(attrs.iter().map(|a| &a.name.local)),
            );
        }
        // A template makes two nodes: the element and the fragment of its contents.
        let (id, made) = self.with(|doc| {
            let before = doc.len();
            let id = doc.create_element(name, attrs);
            (id, doc.len() - before)
        });
        self.count_nodes(made.max(1));
        id
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.count_node();
        self.with(Document::create_other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.count_node();
        self.with(Document::create_other)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        // Text nodes have no recorded depth: look the parent up for elements only.
        match child {
            NodeOrText::AppendText(text) => {
                self.count_node();
                self.with(|doc| doc.append_text(*parent, &text));
            }
            NodeOrText::AppendNode(id) => {
                self.note_child(self.depth_of(*parent), &child);
                self.with(|doc| doc.append(*parent, id));
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let d = self.depth_of(*element).max(self.depth_of(*prev_element));
        self.note_child(d, &child);
        let has_parent = self
            .doc
            .try_borrow()
            .is_ok_and(|doc| doc.parent(*element).is_some());
        if has_parent {
            self.insert_before(*element, child);
        } else {
            match child {
                NodeOrText::AppendText(text) => {
                    self.count_node();
                    self.with(|doc| doc.append_text(*prev_element, &text));
                }
                NodeOrText::AppendNode(id) => self.with(|doc| doc.append(*prev_element, id)),
            }
        }
    }

    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public: StrTendril,
        _system: StrTendril,
    ) {
        self.with(|doc| {
            let id = doc.create_other();
            doc.append(0, id);
        });
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.doc
            .try_borrow()
            .map_or(tree::NONE, |doc| doc.template_contents(*target))
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        // The new node becomes a sibling: same depth as `sibling`, i.e. its parent's depth + 1.
        let d = self.depth_of(*sibling).saturating_sub(1);
        self.note_child(d, &new_node);
        self.insert_before(*sibling, new_node);
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        self.note_names(attrs.iter().map(|a| &a.name.local));
        self.with(|doc| doc.add_attrs_if_missing(*target, attrs));
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.with(|doc| doc.detach(*target));
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        // Children keep their recorded depth; reparenting happens in the adoption agency
        // algorithm, which moves nodes within a bounded window of the open-element stack.
        self.with(|doc| doc.reparent_children(*node, *new_parent));
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

    /// The text of every text node, in document order.
    fn all_text(doc: &Document) -> String {
        let dom = crate::dom::Dom::build(doc, None);
        (0..dom.len()).filter_map(|i| dom.text_node(i)).collect()
    }

    #[test]
    fn parses_a_small_document() {
        let doc = parse("<p>Hello <b>world</b></p>", 100, 1000).unwrap();
        assert_eq!(all_text(&doc), "Hello world");
    }

    #[test]
    fn refuses_deep_nesting_at_the_limit() {
        let deep = "<div>".repeat(300);
        assert!(matches!(
            parse(&deep, 256, 1_000_000),
            Err(Error::TooDeep { limit: 256 })
        ));
        let shallow = "<div>".repeat(200);
        assert!(parse(&shallow, 256, 1_000_000).is_ok());
    }

    #[test]
    fn refuses_deep_nesting_inside_templates() {
        // A template's contents hang under a fragment: the depth goes on counting there.
        let deep = "<template><div>".repeat(30);
        assert!(matches!(
            parse(&deep, 10, 1_000_000),
            Err(Error::TooDeep { limit: 10 })
        ));
        assert!(parse(&"<template><div>".repeat(3), 10, 1_000_000).is_ok());
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
        let find = Finders::new();
        // Short and long (past one 32-byte vector) texts, the needles at every distance.
        let short = "abc<défg<hijklmnopq\"rs<";
        let long = format!(
            "{}'{}>{}\"<x",
            "é".repeat(40),
            "a b=c ".repeat(9),
            "z".repeat(70)
        );
        for text in [short, long.as_str()] {
            let first = |from: usize, set: &[u8]| {
                text.as_bytes()
                    .get(from..)
                    .and_then(|r| r.iter().position(|b| set.contains(b)))
            };
            for from in 0..=text.len() + 1 {
                for needle in [b'<', b'"', b'\'', b'x'] {
                    assert_eq!(
                        find.byte(text, from, needle),
                        first(from, &[needle]),
                        "from {from}"
                    );
                }
                assert_eq!(
                    text.as_bytes().get(from..).and_then(|h| find.tag_stop(h)),
                    first(from, b">\"'"),
                    "from {from}"
                );
            }
        }
        // High bytes next to the needle do not fool the zero-byte test.
        assert_eq!(find.byte("\u{ff}\u{100}\u{80}<", 0, b'<'), Some(6));
        assert_eq!(find.byte("<\u{3c0}", 1, b'<'), None);
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
        let doc = parse(&text, 100, 1000).unwrap();
        let got = all_text(&doc);
        assert_eq!(got.chars().count(), CHUNK);
    }
}
