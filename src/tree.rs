//! The document tree html5ever builds through [`crate::parse`]'s sink: nodes in a vector, in
//! creation order, linked by index to their parent, siblings and first and last child.
//!
//! It keeps what the pipeline reads and nothing else: element names and attributes, and text.
//! Comments, doctypes and processing instructions are nodes without content. The text of all
//! text nodes lives in one buffer: html5ever hands a text node over in many pieces (a piece per
//! line, per character reference), and each piece is appended to the buffer's end, where the
//! node's text already ends but in rare cases (foster parenting, the adoption agency algorithm),
//! which give that node a text of its own. [`crate::dom::Dom`] flattens the tree into document
//! order and borrows its elements and text.
//!
//! The text of scripts and style sheets that no stage reads (JavaScript, CSS: a third of a
//! typical page's bytes) is not kept: such an element gets one empty text node
//! ([`Text::Unread`]) where the parse gives it text, so the tree has the same nodes. What is
//! read is kept: JSON-LD, `__NEXT_DATA__` and every other script whose `type` is not
//! JavaScript ([`text_unread`]).
//!
//! The operations follow scraper's tree sink over ego_tree (scraper 0.29), which this tree
//! replaces: attributes sorted by name, adjacent text merged on append, template contents as a
//! fragment node, the first child of its template.
//!
//! Attributes live in one vector too, each element's in a range of it, in the order the
//! elements were created (document order, nearly): the passes over the page read them in
//! sequence instead of from one small allocation per element. Their values are copied into one
//! string as each element is created ([`AttrTable`]): html5ever's value buffers are freed at
//! once, while they are still in the cache, instead of one by one when the page is dropped, and
//! the values later passes read (class and id on every element) sit side by side in document
//! order instead of in a heap allocation each.

use html5ever::tendril::StrTendril;
use html5ever::{Attribute, LocalName, QualName, local_name, ns};

/// Index of a node in [`Document`]; the document itself is 0.
pub(crate) type NodeId = u32;

/// No node (a missing link).
pub(crate) const NONE: NodeId = u32::MAX;

/// The parsed page.
pub(crate) struct Document {
    nodes: Vec<Node>,
    /// The text of every text node whose text is a [`Text::Span`].
    text: String,
    /// The attributes of every element whose attributes are an [`Attrs::Range`], and the
    /// values of all.
    attrs: AttrTable,
    /// The attributes of the elements that got more after they were created
    /// ([`Attrs::Merged`]: `<html>` and `<body>` repeated).
    merged: Vec<Merged>,
    /// The name [`Document::name`] gives for a node that is no element (html5ever never asks).
    no_name: QualName,
}

/// One node and its links ([`NONE`] where there is none).
pub(crate) struct Node {
    parent: NodeId,
    prev: NodeId,
    next: NodeId,
    first: NodeId,
    last: NodeId,
    /// Depth under the document when the node was last appended (the parse guard's record).
    pub(crate) depth: u32,
    kind: Kind,
}

/// What a node is.
pub(crate) enum Kind {
    /// The document.
    Document,
    /// A template's contents.
    Fragment,
    /// An element.
    Element(Element),
    /// A text node.
    Text(Text),
    /// A comment, doctype or processing instruction.
    Other,
}

/// An element: its name and its attributes, sorted by name.
pub(crate) struct Element {
    /// The element's name.
    pub name: QualName,
    /// Where its attributes are ([`Document::attrs`]): sorted by name (as scraper keeps
    /// them), each name once.
    attrs: Attrs,
    /// Whether its text is dropped ([`text_unread`]).
    text_unread: bool,
}

/// Where an element's attributes are.
#[derive(Clone, Copy)]
enum Attrs {
    /// `len` attributes from `start` in [`AttrTable::list`].
    Range { start: u32, len: u32 },
    /// An entry of [`Document::merged`] (until the parse is over: [`Document::finish`] moves
    /// them to the table).
    Merged(u32),
}

/// The attributes of every element: their names and value ranges in one list, each element's
/// a range of it, and their values in one string.
pub(crate) struct AttrTable {
    list: Vec<Attr>,
    values: String,
}

/// An attribute: its local name (what every reader asks by; html5ever sorted the list by the
/// whole qualified name before it was dropped) and where its value is in [`AttrTable::values`].
pub(crate) struct Attr {
    name: LocalName,
    start: usize,
    end: usize,
}

/// The attributes of one element, in [`AttrTable`]: sorted by name, as scraper keeps them.
#[derive(Clone, Copy)]
pub(crate) struct AttrsOf<'a> {
    table: &'a AttrTable,
    start: u32,
    len: u32,
}

/// The attributes of an element that got more after it was created.
struct Merged {
    /// The element.
    node: NodeId,
    /// Sorted by name once the parse is over ([`Document::finish`]); while it lasts, the
    /// attributes added come after the others, in the order they came.
    attrs: Vec<Attr>,
    /// The names in `attrs`: each tag that adds attributes costs its own length, not the
    /// length of the list (repeated `<html>` or `<body>` tags of distinct names would make
    /// sorted insertion quadratic).
    names: std::collections::HashSet<LocalName>,
}

/// Where a text node's text is.
pub(crate) enum Text {
    /// A range of [`Document::text`].
    Span(usize, usize),
    /// Its own buffer (a text that grew after another text was appended to the shared buffer).
    Own(String),
    /// Text no stage reads, dropped ([`text_unread`]): empty.
    Unread,
}

/// Whether the text of an element named `name` is read by no stage, so that the tree need not
/// keep it: an HTML `<style>`, or an HTML `<script>` of JavaScript (no `type`, an empty one,
/// `module`, or one naming JavaScript or ECMAScript) whose `id` is not `__NEXT_DATA__`. The
/// stages read the text of scripts of other types (`application/ld+json`,
/// `application/json`, `text/template`); a stage that came to read JavaScript or CSS would
/// have to be kept here.
pub(crate) fn text_unread(name: &QualName, ty: Option<&str>, id: Option<&str>) -> bool {
    if name.ns != ns!(html) {
        return false;
    }
    if name.local == local_name!("style") {
        return true;
    }
    if name.local != local_name!("script") || id == Some("__NEXT_DATA__") {
        return false;
    }
    let Some(ty) = ty.map(str::trim) else {
        return true;
    };
    if ty.is_empty() || ty.eq_ignore_ascii_case("module") {
        return true;
    }
    let lower = ty.to_ascii_lowercase();
    lower.contains("javascript") || lower.contains("ecmascript")
}

/// Sort `attrs` by their qualified name, as scraper does. In HTML (every attribute without
/// prefix and namespace, nearly every element) that is the order of their local names, which
/// are compared by their first byte before a whole comparison of the names (the qualified
/// name's order compares prefix and namespace first, and each name through its atom).
fn sort_by_name(attrs: &mut [Attribute]) {
    if attrs.len() < 2 {
        return;
    }
    if attrs
        .iter()
        .all(|a| a.name.prefix.is_none() && a.name.ns == ns!())
    {
        attrs.sort_unstable_by(|a, b| {
            let (a, b): (&str, &str) = (&a.name.local, &b.name.local);
            match (a.as_bytes().first(), b.as_bytes().first()) {
                (Some(x), Some(y)) if x != y => x.cmp(y),
                _ => a.cmp(b),
            }
        });
    } else {
        attrs.sort_unstable_by(|a, b| a.name.cmp(&b.name));
    }
}

impl Document {
    /// A document with room for about `nodes` nodes, `text` bytes of text and `values` bytes
    /// of attribute values.
    pub(crate) fn with_capacity(nodes: usize, text: usize, values: usize) -> Document {
        let mut all = Vec::with_capacity(nodes.max(1));
        all.push(Node::new(Kind::Document));
        Document {
            nodes: all,
            text: String::with_capacity(text),
            // About one attribute per node.
            attrs: AttrTable {
                list: Vec::with_capacity(nodes),
                values: String::with_capacity(values),
            },
            merged: Vec::new(),
            no_name: QualName::new(None, ns!(), local_name!("")),
        }
    }

    /// Number of nodes ever created (appended or not).
    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    /// What node `id` is; `None` for an id that is no node.
    pub(crate) fn kind(&self, id: NodeId) -> Option<&Kind> {
        self.nodes.get(id as usize).map(|n| &n.kind)
    }

    /// The first child of `id`.
    pub(crate) fn first_child(&self, id: NodeId) -> Option<NodeId> {
        self.link(id, |n| n.first)
    }

    /// The next sibling of `id`.
    pub(crate) fn next_sibling(&self, id: NodeId) -> Option<NodeId> {
        self.link(id, |n| n.next)
    }

    /// The parent of `id`.
    pub(crate) fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.link(id, |n| n.parent)
    }

    /// The link `f` reads from node `id`; `None` for no node or a missing link.
    fn link(&self, id: NodeId, f: impl Fn(&Node) -> NodeId) -> Option<NodeId> {
        self.nodes.get(id as usize).map(f).filter(|&l| l != NONE)
    }

    /// The text of a text node.
    pub(crate) fn text<'a>(&'a self, text: &'a Text) -> &'a str {
        match text {
            Text::Span(start, end) => self.text.get(*start..*end).unwrap_or_default(),
            Text::Own(s) => s,
            Text::Unread => "",
        }
    }

    /// The attributes of `el`, an element of this document (none while the parse lasts for an
    /// element that got more attributes, see [`Document::finish`]).
    pub(crate) fn attrs(&self, el: &Element) -> AttrsOf<'_> {
        let (start, len) = match el.attrs {
            Attrs::Range { start, len } => (start, len),
            Attrs::Merged(_) => (0, 0),
        };
        AttrsOf {
            table: &self.attrs,
            start,
            len,
        }
    }

    /// The name of element `id` (an empty name for any other node).
    pub(crate) fn name(&self, id: NodeId) -> &QualName {
        match self.kind(id) {
            Some(Kind::Element(e)) => &e.name,
            _ => &self.no_name,
        }
    }

    /// The node `id`, to record its depth.
    pub(crate) fn node_mut(&mut self, id: NodeId) -> Option<&mut Node> {
        self.nodes.get_mut(id as usize)
    }

    /// The depth recorded for `id` (0 for a node never appended or no node).
    pub(crate) fn depth(&self, id: NodeId) -> u32 {
        self.nodes.get(id as usize).map_or(0, |n| n.depth)
    }

    /// Add a node, not yet in the tree; [`NONE`] when the ids are exhausted (the parse guard's
    /// node limit stops a parse long before).
    #[inline]
    fn create(&mut self, kind: Kind) -> NodeId {
        let Ok(id) = NodeId::try_from(self.nodes.len()) else {
            return NONE;
        };
        if id == NONE {
            return NONE;
        }
        self.nodes.push(Node::new(kind));
        id
    }

    /// Add an element, with a fragment for its contents when it is a template.
    pub(crate) fn create_element(&mut self, name: QualName, mut attrs: Vec<Attribute>) -> NodeId {
        let template = name.expanded() == html5ever::expanded_name!(html "template");
        let text_unread =
            (name.local == local_name!("script") || name.local == local_name!("style")) && {
                // The first of each local name, as the stages read attributes.
                let value = |local: LocalName| {
                    attrs
                        .iter()
                        .find(|a| a.name.local == local)
                        .map(|a| &*a.value)
                };
                text_unread(&name, value(local_name!("type")), value(local_name!("id")))
            };
        sort_by_name(&mut attrs);
        let attrs = self.attrs.push(attrs);
        let id = self.create(Kind::Element(Element {
            name,
            attrs,
            text_unread,
        }));
        if template {
            let contents = self.create(Kind::Fragment);
            self.append(id, contents);
        }
        id
    }

    /// Add a comment, doctype or processing instruction, not yet in the tree.
    pub(crate) fn create_other(&mut self) -> NodeId {
        self.create(Kind::Other)
    }

    /// A template's contents: its first child.
    pub(crate) fn template_contents(&self, id: NodeId) -> NodeId {
        self.first_child(id).unwrap_or(NONE)
    }

    /// Make `child` the last child of `parent` (taking it from where it was).
    pub(crate) fn append(&mut self, parent: NodeId, child: NodeId) {
        if parent == child || !self.exists(parent) || !self.exists(child) {
            return;
        }
        let last = self.get(parent, |n| n.last);
        if last == child {
            return;
        }
        self.detach(child);
        self.set(child, |n| {
            n.parent = parent;
            n.prev = last;
        });
        if last != NONE {
            self.set(last, |n| n.next = child);
        }
        self.set(parent, |n| {
            if n.first == NONE {
                n.first = child;
            }
            n.last = child;
        });
    }

    /// Append `text` to `parent`, merged into its last child when that is text; for an
    /// element whose text no stage reads, an empty text node ([`Text::Unread`]) takes it.
    pub(crate) fn append_text(&mut self, parent: NodeId, text: &StrTendril) {
        let Some(node) = self.nodes.get(parent as usize) else {
            return;
        };
        let last = node.last;
        if let Kind::Element(Element {
            text_unread: true, ..
        }) = node.kind
        {
            if !matches!(self.kind(last), Some(Kind::Text(_))) {
                let id = self.create(Kind::Text(Text::Unread));
                self.append(parent, id);
            }
            return;
        }
        if !self.extend_text(last, text) {
            let id = self.create_text(text);
            self.append(parent, id);
        }
    }

    /// Insert `new` just before `sibling` (taking it from where it was); nothing when
    /// `sibling` has no parent.
    pub(crate) fn insert_before(&mut self, sibling: NodeId, new: NodeId) {
        if sibling == new || !self.exists(sibling) || !self.exists(new) {
            return;
        }
        self.detach(new);
        let parent = self.get(sibling, |n| n.parent);
        if parent == NONE {
            return;
        }
        let prev = self.get(sibling, |n| n.prev);
        self.set(new, |n| {
            n.parent = parent;
            n.prev = prev;
            n.next = sibling;
        });
        if prev != NONE {
            self.set(prev, |n| n.next = new);
        }
        self.set(sibling, |n| n.prev = new);
        self.set(parent, |n| {
            if n.first == sibling {
                n.first = new;
            }
        });
    }

    /// Insert `text` just before `sibling`, merged into the previous sibling when that is text;
    /// nothing when `sibling` has no parent.
    pub(crate) fn insert_text_before(&mut self, sibling: NodeId, text: &StrTendril) {
        if self.parent(sibling).is_none() {
            return;
        }
        let prev = self.get(sibling, |n| n.prev);
        if !self.extend_text(prev, text) {
            let id = self.create_text(text);
            self.insert_before(sibling, id);
        }
    }

    /// Take `id` out of its parent's children.
    pub(crate) fn detach(&mut self, id: NodeId) {
        let (parent, prev, next) = match self.nodes.get_mut(id as usize) {
            Some(n) if n.parent != NONE => {
                let links = (n.parent, n.prev, n.next);
                n.parent = NONE;
                n.prev = NONE;
                n.next = NONE;
                links
            }
            _ => return,
        };
        if prev != NONE {
            self.set(prev, |n| n.next = next);
        }
        if next != NONE {
            self.set(next, |n| n.prev = prev);
        }
        self.set(parent, |n| {
            if n.first == id {
                n.first = next;
            }
            if n.last == id {
                n.last = prev;
            }
        });
    }

    /// Move every child of `from` to the end of `to`'s children.
    pub(crate) fn reparent_children(&mut self, from: NodeId, to: NodeId) {
        if from == to || !self.exists(from) || !self.exists(to) {
            return;
        }
        let (first, last) = (self.get(from, |n| n.first), self.get(from, |n| n.last));
        if first == NONE {
            return;
        }
        self.set(from, |n| {
            n.first = NONE;
            n.last = NONE;
        });
        let mut child = first;
        // Bounded by the number of nodes: each child is visited once along the sibling chain.
        for _ in 0..self.nodes.len() {
            let Some(n) = self.nodes.get_mut(child as usize) else {
                break;
            };
            n.parent = to;
            child = n.next;
            if child == NONE {
                break;
            }
        }
        let old_last = self.get(to, |n| n.last);
        if old_last == NONE {
            self.set(to, |n| {
                n.first = first;
                n.last = last;
            });
            return;
        }
        self.set(old_last, |n| n.next = first);
        self.set(first, |n| n.prev = old_last);
        self.set(to, |n| n.last = last);
    }

    /// Add each attribute of `attrs` that element `id` lacks. The element's attributes move to
    /// an entry of their own in [`Document::merged`] the first time; [`Document::finish`]
    /// sorts them by name.
    pub(crate) fn add_attrs_if_missing(&mut self, id: NodeId, attrs: Vec<Attribute>) {
        let Some(Node {
            kind: Kind::Element(el),
            ..
        }) = self.nodes.get_mut(id as usize)
        else {
            return;
        };
        let k = match el.attrs {
            Attrs::Merged(k) => k as usize,
            Attrs::Range { start, len } => {
                let start = start as usize;
                let own: Vec<Attr> = self
                    .attrs
                    .list
                    .get(start..start.saturating_add(len as usize))
                    .unwrap_or_default()
                    .iter()
                    .map(|a| Attr {
                        name: a.name.clone(),
                        start: a.start,
                        end: a.end,
                    })
                    .collect();
                let Ok(k) = u32::try_from(self.merged.len()) else {
                    return;
                };
                let names = own.iter().map(|a| a.name.clone()).collect();
                self.merged.push(Merged {
                    node: id,
                    attrs: own,
                    names,
                });
                el.attrs = Attrs::Merged(k);
                k as usize
            }
        };
        let Some(Merged {
            attrs: own, names, ..
        }) = self.merged.get_mut(k)
        else {
            return;
        };
        // `<html>` and `<body>` tags outside foreign content: every attribute name is a local
        // name without namespace, so the local name is the whole name.
        for attr in attrs {
            if names.insert(attr.name.local.clone()) {
                own.push(self.attrs.value(attr));
            }
        }
    }

    /// End of the parse: the attribute lists that got more attributes are sorted by name
    /// (each name is in a list once, so the order is the one sorted insertion gave) and
    /// moved to the table.
    pub(crate) fn finish(&mut self) {
        for mut m in std::mem::take(&mut self.merged) {
            m.attrs.sort_unstable_by(|a, b| a.name.cmp(&b.name));
            let range = self.attrs.append(m.attrs);
            if let Some(Node {
                kind: Kind::Element(el),
                ..
            }) = self.nodes.get_mut(m.node as usize)
            {
                el.attrs = range;
            }
        }
    }

    /// Add `text` to text node `id`; `false` when `id` is no text node.
    fn extend_text(&mut self, id: NodeId, text: &str) -> bool {
        let shared_len = self.text.len();
        let Some(Node {
            kind: Kind::Text(own),
            ..
        }) = self.nodes.get_mut(id as usize)
        else {
            return false;
        };
        match own {
            // The node's text ends the shared buffer: it grows there.
            Text::Span(_, end) if *end == shared_len => {
                self.text.push_str(text);
                *end = self.text.len();
            }
            Text::Span(start, end) => {
                let mut s = String::with_capacity((*end - *start + text.len()) * 2);
                s.push_str(self.text.get(*start..*end).unwrap_or_default());
                s.push_str(text);
                *own = Text::Own(s);
            }
            Text::Own(s) => s.push_str(text),
            // Text nobody reads stays unread.
            Text::Unread => {}
        }
        true
    }

    /// A new text node, not yet in the tree, its text at the end of the shared buffer.
    #[inline]
    fn create_text(&mut self, text: &str) -> NodeId {
        let start = self.text.len();
        self.text.push_str(text);
        self.create(Kind::Text(Text::Span(start, self.text.len())))
    }

    /// Whether `id` is a node of this document.
    fn exists(&self, id: NodeId) -> bool {
        (id as usize) < self.nodes.len()
    }

    /// A link of `id` ([`NONE`] when `id` is no node).
    fn get(&self, id: NodeId, f: impl FnOnce(&Node) -> NodeId) -> NodeId {
        self.nodes.get(id as usize).map_or(NONE, f)
    }

    /// Change node `id` with `f` (nothing when `id` is no node).
    fn set(&mut self, id: NodeId, f: impl FnOnce(&mut Node)) {
        if let Some(n) = self.nodes.get_mut(id as usize) {
            f(n);
        }
    }
}

impl AttrTable {
    /// Add the attributes of a new element (sorted by name), their values copied: where they
    /// are.
    fn push(&mut self, attrs: Vec<Attribute>) -> Attrs {
        let start = self.list.len();
        self.list.reserve(attrs.len());
        for attr in attrs {
            let a = self.value(attr);
            self.list.push(a);
        }
        self.range_from(start)
    }

    /// Add attributes whose values are already in the table: where they are.
    fn append(&mut self, attrs: Vec<Attr>) -> Attrs {
        let start = self.list.len();
        self.list.extend(attrs);
        self.range_from(start)
    }

    /// The attributes from `start` to the end of the list. The table holds fewer attributes
    /// than the input has bytes, so its indices fit in `u32` for any input below 4 GiB; past
    /// that (never reached: gigabytes of attributes, past any node limit) the element keeps
    /// none.
    fn range_from(&mut self, start: usize) -> Attrs {
        match (
            u32::try_from(start),
            u32::try_from(self.list.len().saturating_sub(start)),
        ) {
            (Ok(start), Ok(len)) => Attrs::Range { start, len },
            _ => Attrs::Range { start: 0, len: 0 },
        }
    }

    /// `attr` with its value copied into the table (html5ever's buffer freed).
    fn value(&mut self, attr: Attribute) -> Attr {
        let start = self.values.len();
        self.values.push_str(&attr.value);
        Attr {
            name: attr.name.local,
            start,
            end: self.values.len(),
        }
    }
}

impl<'a> AttrsOf<'a> {
    /// Every attribute as (local name, value), sorted by name.
    pub(crate) fn iter(self) -> impl Iterator<Item = (&'a LocalName, &'a str)> + Clone {
        self.names().map(|(n, a)| (n, a.value()))
    }

    /// The names of the attributes, sorted, each with its value unread.
    pub(crate) fn names(self) -> AttrNames<'a> {
        let start = self.start as usize;
        AttrNames {
            table: self.table,
            list: self
                .table
                .list
                .get(start..start.saturating_add(self.len as usize))
                .unwrap_or_default()
                .iter(),
        }
    }
}

/// The attributes of an element by name ([`AttrsOf::names`]).
#[derive(Clone)]
pub(crate) struct AttrNames<'a> {
    table: &'a AttrTable,
    list: std::slice::Iter<'a, Attr>,
}

impl<'a> Iterator for AttrNames<'a> {
    type Item = (&'a LocalName, AttrRef<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        let a = self.list.next()?;
        Some((&a.name, AttrRef(self.table, a)))
    }
}

/// One attribute, its value not read yet.
#[derive(Clone, Copy)]
pub(crate) struct AttrRef<'a>(&'a AttrTable, &'a Attr);

impl<'a> AttrRef<'a> {
    /// The value.
    pub(crate) fn value(self) -> &'a str {
        self.0
            .values
            .get(self.1.start..self.1.end)
            .unwrap_or_default()
    }
}

#[cfg(test)]
impl Document {
    /// Parse a whole page without limits (what tests use where scraper's
    /// `Html::parse_document` was used before).
    pub(crate) fn parse_document(html: &str) -> Document {
        crate::parse::parse(html, usize::MAX, usize::MAX)
            .expect("a parse without limits cannot hit one")
    }
}

impl Node {
    /// A node of `kind` with no links and no recorded depth.
    fn new(kind: Kind) -> Node {
        Node {
            parent: NONE,
            prev: NONE,
            next: NONE,
            first: NONE,
            last: NONE,
            depth: 0,
            kind,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree in document order, one line per node: kind, name and attributes, or text.
    fn lines(doc: &Document) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![(0, 0)];
        while let Some((id, depth)) = stack.pop() {
            let line = match doc.kind(id).unwrap() {
                Kind::Document => "#document".to_string(),
                Kind::Fragment => "#fragment".to_string(),
                Kind::Element(e) => {
                    let attrs: Vec<String> = doc
                        .attrs(e)
                        .iter()
                        .map(|(n, v)| format!("{}={v:?}", &**n))
                        .collect();
                    format!("<{}> {}", &*e.name.local, attrs.join(" "))
                }
                Kind::Text(t) => format!("{:?}", doc.text(t)),
                Kind::Other => "#other".to_string(),
            };
            out.push(format!("{}{line}", "  ".repeat(depth)));
            let mut children = Vec::new();
            let mut c = doc.first_child(id);
            while let Some(child) = c {
                children.push((child, depth + 1));
                c = doc.next_sibling(child);
            }
            stack.extend(children.into_iter().rev());
        }
        out
    }

    /// The same lines of scraper's tree.
    fn scraper_lines(html: &str) -> Vec<String> {
        use scraper::Node as S;
        let parsed = scraper::Html::parse_document(html);
        let mut out = Vec::new();
        let mut stack = vec![(parsed.tree.root(), 0)];
        while let Some((node, depth)) = stack.pop() {
            let line = match node.value() {
                S::Document => "#document".to_string(),
                S::Fragment => "#fragment".to_string(),
                S::Element(e) => {
                    let attrs: Vec<String> = e
                        .attrs
                        .iter()
                        .map(|(n, v)| format!("{}={:?}", &*n.local, &**v))
                        .collect();
                    format!("<{}> {}", &*e.name.local, attrs.join(" "))
                }
                // The text of scripts and styles no stage reads is not kept.
                S::Text(_)
                    if node.parent().is_some_and(|p| {
                        p.value()
                            .as_element()
                            .is_some_and(|e| text_unread(&e.name, e.attr("type"), e.attr("id")))
                    }) =>
                {
                    "\"\"".to_string()
                }
                S::Text(t) => format!("{:?}", &*t.text),
                _ => "#other".to_string(),
            };
            out.push(format!("{}{line}", "  ".repeat(depth)));
            let children: Vec<_> = node.children().map(|c| (c, depth + 1)).collect();
            stack.extend(children.into_iter().rev());
        }
        out
    }

    #[test]
    fn attributes_sort_as_their_qualified_names() {
        let html = |local: &str| Attribute {
            name: QualName::new(None, ns!(), LocalName::from(local)),
            value: StrTendril::from_slice(local),
        };
        let names = [
            "href",
            "class",
            "id",
            "data-id",
            "data",
            "data-x",
            "d",
            "é",
            "a-b",
            "a",
            "zz",
            "class-name",
            "ü-x",
            "data-component",
            "data-componentx",
            "b",
        ];
        let mut state: u64 = 0x1234_5678_9abc_def1;
        for round in 0..500 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut pick: Vec<&str> = names
                .iter()
                .enumerate()
                .filter(|(k, _)| state >> (k % 64) & 1 == 1)
                .map(|(_, n)| *n)
                .collect();
            let turn = round % pick.len().max(1);
            pick.rotate_left(turn);
            let mut attrs: Vec<Attribute> = pick.iter().map(|n| html(n)).collect();
            if round % 7 == 0 {
                // Foreign content: a prefixed attribute beside plain ones of the same name.
                attrs.push(Attribute {
                    name: QualName::new(
                        Some(html5ever::Prefix::from("xlink")),
                        ns!(xlink),
                        local_name!("href"),
                    ),
                    value: StrTendril::new(),
                });
            }
            let mut want = attrs.clone();
            want.sort_by(|a, b| a.name.cmp(&b.name));
            sort_by_name(&mut attrs);
            assert_eq!(attrs, want, "round {round}");
        }
    }

    #[test]
    fn trees_match_scrapers_on_markup_the_tree_builder_rearranges() {
        let cases = [
            // Foster parenting: text and elements inside a table go before it, merged.
            "<table>a<tr>b<td>c</td>d</tr>e<b>f</b>g</table>h",
            "<table><tr><td>x</td>y<td>x</td>y<td>x</td>y</tr></table>",
            // The adoption agency algorithm moves and clones formatting elements.
            "<p>a<b>b<i>c</p>d</i>e</b>f",
            "<a><b><div>x</a>y<a><b><div>z</a>",
            "<b><p>one</b>two</p>",
            // Attributes of repeated <html> and <body> tags are added when missing.
            "<html z=1 a=2><body c=3><p>x</p><html a=9 b=8><body d=4 c=5>",
            // Templates hold their contents in a fragment.
            "<template><p>t</p>u</template><p>v<template>w</template></p>",
            // Comments, doctype, text split by character references and lines.
            "<!doctype html><!-- c --><p>a &amp; b\nc\r\nd&lt;e</p><?pi x?>",
            // Head content after the body, select, frameset leftovers, noscript.
            "<body><p>x</p></body><title>late</title><select><option>1<option>2</select><noscript>n</noscript>",
            "<p>unclosed <table><tr><td>cell<p>para</table> tail",
            "<ul><li>a<li>b<ul><li>c</ul></ul><dl><dt>t<dd>d</dl>",
            "<svg><path d=1 /><foreignObject><p>x</p></foreignObject></svg><math><mi>y</mi></math>",
        ];
        for html in cases {
            let doc = Document::parse_document(html);
            assert_eq!(lines(&doc), scraper_lines(html), "{html}");
        }
        let page = include_str!("../tests/fixtures/reuters-style-en/page.html");
        assert_eq!(lines(&Document::parse_document(page)), scraper_lines(page));
    }

    #[test]
    fn only_the_text_of_scripts_and_styles_nobody_reads_is_dropped() {
        let html = r#"<head><style>p { color: red }</style>
            <script>var a = "<p>x</p>";</script><script type="module">import x;</script>
            <script type=" Text/JavaScript ">b()</script>
            <script type="application/ld+json">{"@type": "NewsArticle"}</script>
            <script id="__NEXT_DATA__" type="application/json">{"props": {}}</script>
            <script id="__NEXT_DATA__">{"props": 1}</script>
            <script type="text/template"><p>Body</p></script></head>
            <body><p>Text</p><svg><style>.a {}</style></svg></body>"#;
        let doc = Document::parse_document(html);
        let texts: Vec<String> = lines(&doc)
            .iter()
            .filter(|l| l.trim_start().starts_with('"') && l.trim() != "\"\\n            \"")
            .map(|l| l.trim().to_string())
            .collect();
        assert_eq!(
            texts,
            [
                r#""""#,
                r#""""#,
                r#""""#,
                r#""""#,
                r#""{\"@type\": \"NewsArticle\"}""#,
                r#""{\"props\": {}}""#,
                r#""{\"props\": 1}""#,
                r#""<p>Body</p>""#,
                r#""Text""#,
                r#"".a {}""#,
            ]
        );
        assert_eq!(lines(&doc), scraper_lines(html));
    }

    #[test]
    fn repeated_body_tags_add_only_the_names_missing_sorted_and_first_value_kept() {
        // Each tag adds a new name and repeats an old one with another value.
        let mut html = String::from("<body m=0><p>x</p>");
        for k in (1..300).rev() {
            html.push_str(&format!("<body a{k}={k} m={k}>"));
        }
        let doc = Document::parse_document(&html);
        assert_eq!(lines(&doc), scraper_lines(&html));
        let body = lines(&doc)
            .into_iter()
            .find(|l| l.contains("<body>"))
            .unwrap();
        assert!(body.contains("a1=\"1\" a10=\"10\" a100=\"100\""), "{body}");
        assert!(body.ends_with("m=\"0\""), "{body}");
    }

    #[test]
    fn text_appended_after_other_text_gets_its_own_buffer() {
        let mut doc = Document::with_capacity(4, 0, 0);
        let p = doc.create_element(QualName::new(None, ns!(html), local_name!("p")), vec![]);
        doc.append(0, p);
        doc.append_text(0, &StrTendril::from_slice("a"));
        doc.append_text(p, &StrTendril::from_slice("b"));
        // "a" no longer ends the shared buffer: it moves to a buffer of its own.
        doc.append_text(0, &StrTendril::from_slice("c"));
        // "b" does: it grows in place.
        doc.append_text(p, &StrTendril::from_slice("d"));
        doc.append_text(p, &StrTendril::from_slice("e"));
        doc.append_text(0, &StrTendril::from_slice("f"));
        assert_eq!(
            lines(&doc),
            ["#document", "  <p> ", "    \"bde\"", "  \"acf\""]
        );
        assert!(matches!(doc.kind(2), Some(Kind::Text(Text::Own(_)))));
        assert!(matches!(doc.kind(3), Some(Kind::Text(Text::Span(1, 4)))));
    }

    /// Pseudo-random tag soup over the tokens that make the tree builder move, clone, foster
    /// and merge nodes (formatting elements, tables, templates, foreign content, raw text):
    /// our tree must be scraper's, node for node. (200,000 rounds passed once; the test runs a
    /// sample.)
    #[test]
    fn random_tag_soup_matches_scraper() {
        let toks = [
            "<a>",
            "</a>",
            "<b>",
            "</b>",
            "<i>",
            "</i>",
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<table>",
            "</table>",
            "<tr>",
            "</tr>",
            "<td>",
            "</td>",
            "<th>",
            "<tbody>",
            "<template>",
            "</template>",
            "<select>",
            "<option>",
            "</select>",
            "<li>",
            "<ul>",
            "</ul>",
            "<form>",
            "</form>",
            "<html a=1>",
            "<body b=2 a=3>",
            "<head>",
            "</body>",
            "</html>",
            "<frameset>",
            "<svg>",
            "</svg>",
            "<math>",
            "<foreignObject>",
            "<title>",
            "</title>",
            "<script>",
            "</script>",
            "<style>",
            "<textarea>",
            "</textarea>",
            "<noscript>",
            "</noscript>",
            "<caption>",
            "<col>",
            "<colgroup>",
            "<h1>",
            "</h1>",
            "<h2>",
            "<nobr>",
            "</nobr>",
            "<font>",
            "</font>",
            "<s>",
            "<u>",
            "</u>",
            "<span>",
            "</span>",
            "<button>",
            "</button>",
            "<!-- c -->",
            "<!doctype html>",
            "x",
            "y ",
            " ",
            "\n",
            "&amp;",
            "z\r\n",
            "<br>",
            "</br>",
            "<img>",
            "<input>",
            "<hr>",
            "<plaintext>",
            "<xmp>",
            "<iframe>",
            "<object>",
            "</object>",
            "<applet>",
            "<marquee>",
            "<dd>",
            "<dt>",
            "<ruby>",
            "<rt>",
            "<rp>",
            "<frame>",
            "<image>",
            "<isindex>",
            "<keygen>",
            "<selectedcontent>",
            "<template shadowrootmode=open>",
            "<annotation-xml encoding=text/html>",
            "<mi>",
            "<mglyph>",
            "<desc>",
            "<table><tr><td>",
            "</td></tr></table>",
            "<p>a<b>b<i>c</p>",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for round in 0..4000 {
            let len = 3 + (next() % 40) as usize;
            let html: String = (0..len)
                .map(|_| toks[(next() % toks.len() as u64) as usize])
                .collect();
            let doc = Document::parse_document(&html);
            assert_eq!(lines(&doc), scraper_lines(&html), "round {round}: {html}");
        }
    }
}
