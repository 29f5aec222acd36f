//! The page as a flat, pre-order arena over the parsed [`Document`].
//!
//! Every later stage works on [`Dom`]: nodes in document order, each knowing its parent and the
//! end of its subtree, so that
//! - the descendants of node `i` are exactly the indices `i + 1 .. end(i)`;
//! - children are found by hopping from `i + 1` over each child's subtree;
//! - an inherited fact (inside a `<nav>`, hidden) is computed in one forward pass as
//!   `flag[i] = flag[parent(i)] || own(i)`, and a subtree sum in one backward pass.
//!
//! No walk in the crate recurses over the DOM and none asks a node for its ancestors.

use std::sync::LazyLock;

use html5ever::LocalName;
use url::Url;

use crate::tree::{AttrNames, AttrsOf, Document, Element, Kind};

/// Index of a node in [`Dom::nodes`].
pub(crate) type NodeIdx = u32;

/// Parent of the document node.
pub(crate) const NO_PARENT: NodeIdx = u32::MAX;

/// The parsed page.
pub(crate) struct Dom<'a> {
    /// All nodes in document order; index 0 is the document.
    pub nodes: Vec<DomNode<'a>>,
    /// The base for relative URLs: `<base href>` resolved against the page URL, else the page URL.
    pub base_url: Option<Url>,
    /// The page URL as given by the caller.
    pub page_url: Option<Url>,
    /// The `class` and `id` of the elements that have one, read when the arena was built
    /// ([`Dom::names`]); kept apart so the arena stays small for the passes that do not ask.
    names: Vec<Names<'a>>,
    /// The names of the elements whose tag is [`Tag::Other`], by index, in document order
    /// ([`Dom::element_name`]).
    other_names: Vec<(NodeIdx, &'a str)>,
    /// The elements that carry an `itemprop` attribute, in document order
    /// ([`Dom::itemprop_elements`]): most pages have few or none, so the passes that look for
    /// microdata read this list instead of the whole arena.
    itemprops: Vec<NodeIdx>,
}

/// An element's `class` and `id` attributes.
#[derive(Clone, Copy, Default)]
struct Names<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
}

/// [`ElementData::names`] of an element without `class` and `id`.
const NO_NAMES: u32 = u32::MAX;

/// One node of the arena.
pub(crate) struct DomNode<'a> {
    /// Index of the parent, [`NO_PARENT`] for the document.
    pub parent: NodeIdx,
    /// One past the last descendant.
    pub end: NodeIdx,
    /// What the node is.
    pub data: NodeData<'a>,
    /// For a text node outside scripts and styles: its visible characters (whitespace
    /// excluded), counted once here for every later stage.
    pub chars: u32,
    /// For such a text node: its commas of any script (`,` `，` `、` `،`).
    pub commas: u32,
    /// Whether the node is an `<a>` or inside one (inherited in the same pass).
    pub in_link: bool,
}

/// The kinds of node the pipeline cares about.
pub(crate) enum NodeData<'a> {
    /// The document root.
    Document,
    /// An element.
    Element(ElementData<'a>),
    /// A text node.
    Text(&'a str),
    /// Comments, doctypes, processing instructions.
    Other,
}

/// An element: its tag, the attributes later stages ask of every element (read once, when the
/// arena is built, so no stage goes back to the attribute lists for them), and a view of
/// all its attributes.
pub(crate) struct ElementData<'a> {
    /// The tag, classified.
    pub tag: Tag,
    /// Facts about its attributes ([`AttrFlags`]).
    flags: AttrFlags,
    /// Index of its `class` and `id` in [`Dom::names`], [`NO_NAMES`] without them.
    names: u32,
    /// Its attributes, sorted by name.
    attrs: AttrsOf<'a>,
}

/// Bit set of facts about an element's attributes, recorded while the arena is built.
#[derive(Clone, Copy, Default)]
struct AttrFlags(u16);

impl AttrFlags {
    /// `hidden` is present.
    const HIDDEN: u16 = 1;
    /// The first `aria-hidden` is `true` (trimmed, any case).
    const ARIA_HIDDEN: u16 = 1 << 1;
    /// The first `aria-modal` is `true` (trimmed, any case).
    const ARIA_MODAL: u16 = 1 << 2;
    /// `style` is present.
    const STYLE: u16 = 1 << 3;
    /// `role` is present.
    const ROLE: u16 = 1 << 4;
    /// `itemprop` is present.
    const ITEMPROP: u16 = 1 << 5;
    /// `rel` is present.
    const REL: u16 = 1 << 6;
    /// The naming values are more than the first `class` and `id`: a naming attribute of
    /// [`NAMING_EXTRA`] is present, or `class` or `id` is repeated (in another namespace).
    const NAMING_LIST: u16 = 1 << 7;
    /// `id` comes before `class` in the attribute list.
    const ID_FIRST: u16 = 1 << 8;
    /// `aria-hidden` was seen.
    const ARIA_HIDDEN_SEEN: u16 = 1 << 9;
    /// `aria-modal` was seen.
    const ARIA_MODAL_SEEN: u16 = 1 << 10;
    /// `class` is present.
    const CLASS: u16 = 1 << 11;
    /// `id` is present.
    const ID: u16 = 1 << 12;
    /// `property` (RDFa) is present.
    const PROPERTY: u16 = 1 << 13;

    fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }
}

/// Attributes whose values name what an element is the way class names do
/// (`data-area="article_footer"`, `data-component="related-articles"`: component and test
/// names of script-built sites), `class` and `id` first.
pub(crate) const NAMING_ATTRS: &[&str] = &[
    "class",
    "id",
    "data-area",
    "data-component",
    "data-module",
    "data-testid",
    "data-block",
    "data-qa",
];

/// [`NAMING_ATTRS`] besides `class` and `id`: when one is present, [`Dom::naming_values`] reads
/// the attribute list.
const NAMING_EXTRA: &[&str] = NAMING_ATTRS.split_at(2).1;

impl<'a> ElementData<'a> {
    /// Classify `el` and read its attribute list once, in order; its `class` and `id` go to
    /// `names`.
    fn new(el: &Element, attrs: AttrsOf<'a>, names: &mut Vec<Names<'a>>) -> ElementData<'a> {
        use html5ever::local_name;
        let mut flags = 0u16;
        let mut class = None;
        let mut id = None;
        // The first attribute of each name counts, as for [`ElementData::attr`].
        for (local, attr) in attrs.names() {
            if *local == local_name!("class") {
                match class {
                    None => class = Some(attr.value()),
                    Some(_) => flags |= AttrFlags::NAMING_LIST,
                }
            } else if *local == local_name!("id") {
                match id {
                    None => {
                        id = Some(attr.value());
                        if class.is_none() {
                            flags |= AttrFlags::ID_FIRST;
                        }
                    }
                    Some(_) => flags |= AttrFlags::NAMING_LIST,
                }
            } else if *local == local_name!("style") {
                flags |= AttrFlags::STYLE;
            } else if *local == local_name!("role") {
                flags |= AttrFlags::ROLE;
            } else if *local == local_name!("itemprop") {
                flags |= AttrFlags::ITEMPROP;
            } else if *local == local_name!("rel") {
                flags |= AttrFlags::REL;
            } else if *local == local_name!("property") {
                flags |= AttrFlags::PROPERTY;
            } else if *local == local_name!("hidden") {
                flags |= AttrFlags::HIDDEN;
            } else if *local == local_name!("aria-hidden") {
                if flags & AttrFlags::ARIA_HIDDEN_SEEN == 0 && is_true(attr.value()) {
                    flags |= AttrFlags::ARIA_HIDDEN;
                }
                flags |= AttrFlags::ARIA_HIDDEN_SEEN;
            } else if *local == local_name!("aria-modal") {
                if flags & AttrFlags::ARIA_MODAL_SEEN == 0 && is_true(attr.value()) {
                    flags |= AttrFlags::ARIA_MODAL;
                }
                flags |= AttrFlags::ARIA_MODAL_SEEN;
            } else if local.starts_with("data-") && NAMING_EXTRA.contains(&&**local) {
                flags |= AttrFlags::NAMING_LIST;
            }
        }
        let names = if class.is_some() || id.is_some() {
            if class.is_some() {
                flags |= AttrFlags::CLASS;
            }
            if id.is_some() {
                flags |= AttrFlags::ID;
            }
            names.push(Names { class, id });
            u32::try_from(names.len() - 1).unwrap_or(NO_NAMES)
        } else {
            NO_NAMES
        };
        ElementData {
            tag: Tag::classify(&el.name.local),
            flags: AttrFlags(flags),
            names,
            attrs,
        }
    }

    /// The value of an attribute (local name, any namespace).
    pub fn attr(&self, name: &str) -> Option<&'a str> {
        self.attrs
            .names()
            .find(|(n, _)| &***n == name)
            .map(|(_, a)| a.value())
    }

    /// Whether the attribute is present.
    pub fn has_attr(&self, name: &str) -> bool {
        self.attrs.names().any(|(n, _)| &**n == name)
    }

    /// The `id` attribute ([`Dom::names`] has it without reading the attribute list).
    pub fn id(&self) -> Option<&'a str> {
        if self.flags.has(AttrFlags::ID) {
            self.attr("id")
        } else {
            None
        }
    }

    /// The raw `class` attribute ([`Dom::names`] has it without reading the attribute list).
    pub fn class(&self) -> Option<&'a str> {
        if self.flags.has(AttrFlags::CLASS) {
            self.attr("class")
        } else {
            None
        }
    }

    /// The `style` attribute.
    pub fn style(&self) -> Option<&'a str> {
        if self.flags.has(AttrFlags::STYLE) {
            self.attr("style")
        } else {
            None
        }
    }

    /// The `role` attribute.
    pub fn role(&self) -> Option<&'a str> {
        if self.flags.has(AttrFlags::ROLE) {
            self.attr("role")
        } else {
            None
        }
    }

    /// The `itemprop` attribute.
    pub fn itemprop(&self) -> Option<&'a str> {
        if self.flags.has(AttrFlags::ITEMPROP) {
            self.attr("itemprop")
        } else {
            None
        }
    }

    /// Whether the `hidden` attribute is present.
    pub fn is_hidden(&self) -> bool {
        self.flags.has(AttrFlags::HIDDEN)
    }

    /// Whether `aria-hidden` is `true` (trimmed, any case).
    pub fn is_aria_hidden(&self) -> bool {
        self.flags.has(AttrFlags::ARIA_HIDDEN)
    }

    /// Whether `aria-modal` is `true` (trimmed, any case).
    pub fn is_aria_modal(&self) -> bool {
        self.flags.has(AttrFlags::ARIA_MODAL)
    }

    /// Whether [`Dom::names`] are all this element has of
    /// `class`, `id`, `itemprop`, `property`, `rel`, `role` and the names of [`NAMING_EXTRA`]:
    /// when not, a stage that wants those reads [`ElementData::attrs`].
    pub fn names_only_class_and_id(&self) -> bool {
        !self.flags.has(
            AttrFlags::NAMING_LIST
                | AttrFlags::ITEMPROP
                | AttrFlags::PROPERTY
                | AttrFlags::REL
                | AttrFlags::ROLE,
        )
    }

    /// All attributes as (local name, value).
    pub fn attrs(&self) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        self.attrs.iter().map(|(n, v)| (&**n, v))
    }
}

/// Whether an attribute value says `true` (trimmed, any case).
fn is_true(value: &str) -> bool {
    value.trim().eq_ignore_ascii_case("true")
}

/// The naming attribute values of an element ([`Dom::naming_values`]).
#[derive(Clone)]
pub(crate) enum NamingValues<'a> {
    /// The cached `class` and `id`, in list order.
    Pair(std::array::IntoIter<Option<&'a str>, 2>),
    /// The attribute list, filtered by the names asked for.
    List(AttrNames<'a>, &'static [&'static str]),
}

impl<'a> Iterator for NamingValues<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self {
            NamingValues::Pair(it) => it.flatten().next(),
            NamingValues::List(it, names) => {
                it.find_map(|(n, a)| names.contains(&&**n).then(|| a.value()))
            }
        }
    }
}

macro_rules! tags {
    ($($variant:ident = $name:literal),* $(,)?) => {
        /// Element names the pipeline distinguishes; everything else is [`Tag::Other`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub(crate) enum Tag {
            $(
                #[doc = concat!("`<", $name, ">`")]
                $variant,
            )*
            /// Any other element.
            Other,
        }

        impl Tag {
            /// Every classified tag with its name.
            const NAMED: &[(&str, Tag)] = &[$(($name, Tag::$variant),)*];

            /// The element name of a classified tag (empty for [`Tag::Other`]).
            fn name(self) -> &'static str {
                match self {
                    $(Tag::$variant => $name,)*
                    Tag::Other => "",
                }
            }

            /// The tag of an element name, by its string (what [`Tag::classify`] must agree with).
            #[cfg(test)]
            fn classify_str(name: &str) -> Tag {
                match name {
                    $($name => Tag::$variant,)*
                    _ => Tag::Other,
                }
            }
        }
    };
}

tags! {
    A = "a", Abbr = "abbr", Address = "address", Article = "article", Aside = "aside",
    Audio = "audio", B = "b", Base = "base", Blockquote = "blockquote", Body = "body", Br = "br",
    Button = "button", Canvas = "canvas", Caption = "caption", Center = "center", Cite = "cite",
    Code = "code", Dd = "dd", Del = "del", Details = "details", Dialog = "dialog", Div = "div",
    Dl = "dl", Dt = "dt", Em = "em", Embed = "embed", Fieldset = "fieldset",
    Figcaption = "figcaption", Figure = "figure", Font = "font", Footer = "footer", Form = "form",
    H1 = "h1", H2 = "h2", H3 = "h3", H4 = "h4", H5 = "h5", H6 = "h6", Head = "head",
    Header = "header", Hr = "hr", Html = "html", I = "i", Iframe = "iframe", Img = "img",
    Input = "input", Ins = "ins", Kbd = "kbd", Label = "label", Legend = "legend", Li = "li",
    Link = "link", Main = "main", Mark = "mark", Menu = "menu", Meta = "meta", Nav = "nav",
    Noscript = "noscript", Object = "object", Ol = "ol", Option = "option", P = "p",
    Picture = "picture", Pre = "pre", Q = "q", Rp = "rp", Rt = "rt", S = "s", Samp = "samp",
    Script = "script",
    Section = "section", Select = "select", Small = "small", Source = "source", Span = "span",
    Strong = "strong", Style = "style", Sub = "sub", Summary = "summary", Sup = "sup",
    Svg = "svg", Table = "table", Tbody = "tbody", Td = "td", Template = "template",
    Textarea = "textarea", Tfoot = "tfoot", Th = "th", Thead = "thead", Time = "time",
    Title = "title", Tr = "tr", Tt = "tt", U = "u", Ul = "ul", Var = "var", Video = "video",
    Wbr = "wbr",
}

/// The tags by their name's atom: html5ever's element names are atoms (interned strings) whose
/// data is the same for equal names, so a name is looked up by that data instead of being
/// compared with every tag name (see [`Tag::classify`]).
struct TagTable {
    /// Open addressing, [`TAG_SLOTS`] slots: (atom data, tag), data 0 for an empty slot (an
    /// atom's data is never 0).
    slots: Vec<(u64, Tag)>,
    /// The atoms of the tag names, held so that a dynamic one (none today: the names are
    /// inline or static atoms) keeps its data while the table lives.
    _atoms: Vec<LocalName>,
}

/// Slots of [`TagTable`]: a power of two, five times the tags, so probes stay short.
const TAG_SLOTS: usize = 512;

impl TagTable {
    /// The first slot of an atom's data.
    fn home(data: u64) -> usize {
        // The top 9 bits of a multiplicative hash: below `TAG_SLOTS`.
        (data.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - TAG_SLOTS.trailing_zeros())) as usize
    }

    fn get(&self, data: u64) -> Tag {
        let home = TagTable::home(data);
        for k in 0..TAG_SLOTS {
            match self.slots.get((home + k) % TAG_SLOTS) {
                Some(&(d, tag)) if d == data => return tag,
                Some(&(0, _)) | None => return Tag::Other,
                Some(_) => {}
            }
        }
        Tag::Other
    }
}

static TAG_TABLE: LazyLock<TagTable> = LazyLock::new(|| {
    let mut slots = vec![(0u64, Tag::Other); TAG_SLOTS];
    let mut atoms = Vec::with_capacity(Tag::NAMED.len());
    for &(name, tag) in Tag::NAMED {
        let atom = LocalName::from(name);
        let data = atom.unsafe_data();
        let home = TagTable::home(data);
        // The table has room for every tag (`NAMED` is far shorter than `TAG_SLOTS`).
        if let Some(slot) = (0..TAG_SLOTS)
            .map(|k| (home + k) % TAG_SLOTS)
            .find(|&i| slots.get(i).is_some_and(|s| s.0 == 0 || s.0 == data))
            .and_then(|i| slots.get_mut(i))
        {
            *slot = (data, tag);
        }
        atoms.push(atom);
    }
    TagTable {
        slots,
        _atoms: atoms,
    }
});

impl Tag {
    /// The tag of an element name, looked up by the name's atom in [`TAG_TABLE`]: equal names
    /// are the same atom with the same data, so a name not in the table is no tag of ours.
    fn classify(name: &LocalName) -> Tag {
        TAG_TABLE.get(name.unsafe_data())
    }
}

impl Tag {
    /// The heading level of `<h1>`..`<h6>`.
    pub fn heading_level(self) -> Option<u8> {
        match self {
            Tag::H1 => Some(1),
            Tag::H2 => Some(2),
            Tag::H3 => Some(3),
            Tag::H4 => Some(4),
            Tag::H5 => Some(5),
            Tag::H6 => Some(6),
            _ => None,
        }
    }

    /// Elements that start a new block of text (as opposed to inline runs).
    pub fn is_block(self) -> bool {
        matches!(
            self,
            Tag::Address
                | Tag::Article
                | Tag::Aside
                | Tag::Blockquote
                | Tag::Body
                | Tag::Caption
                | Tag::Center
                | Tag::Dd
                | Tag::Details
                | Tag::Dialog
                | Tag::Div
                | Tag::Dl
                | Tag::Dt
                | Tag::Fieldset
                | Tag::Figcaption
                | Tag::Figure
                | Tag::Footer
                | Tag::Form
                | Tag::H1
                | Tag::H2
                | Tag::H3
                | Tag::H4
                | Tag::H5
                | Tag::H6
                | Tag::Header
                | Tag::Hr
                | Tag::Html
                | Tag::Legend
                | Tag::Li
                | Tag::Main
                | Tag::Menu
                | Tag::Nav
                | Tag::Ol
                | Tag::P
                | Tag::Pre
                | Tag::Section
                | Tag::Summary
                | Tag::Table
                | Tag::Tbody
                | Tag::Td
                | Tag::Tfoot
                | Tag::Th
                | Tag::Thead
                | Tag::Tr
                | Tag::Ul
        )
    }

    /// Elements whose content is never article text.
    pub fn is_never_content(self) -> bool {
        matches!(
            self,
            Tag::Script
                | Tag::Style
                // Ruby annotations: the reading aid over the text, not the text itself.
                | Tag::Rt
                | Tag::Rp
                | Tag::Noscript
                | Tag::Template
                | Tag::Head
                | Tag::Title
                | Tag::Meta
                | Tag::Link
                | Tag::Base
                | Tag::Iframe
                | Tag::Object
                | Tag::Embed
                | Tag::Canvas
                | Tag::Svg
                | Tag::Select
                | Tag::Option
                | Tag::Textarea
                | Tag::Input
                | Tag::Button
        )
    }
}

impl<'a> Dom<'a> {
    /// Flatten `doc` into the arena and settle the base URL.
    pub fn build(doc: &'a Document, page_url: Option<Url>) -> Dom<'a> {
        let mut nodes: Vec<DomNode<'a>> = Vec::with_capacity(doc.len());
        // A walk over the tree's sibling and parent links (no recursion): each node is opened in
        // document order and closed after its subtree, which fixes its `end`.
        let mut open: Vec<NodeIdx> = Vec::new();
        let mut names = Vec::new();
        let mut other_names = Vec::new();
        let mut itemprops = Vec::new();
        // The first `<base>` element with an `href` (the one [`Dom::find_base`] reads).
        let mut base_href: Option<&'a str> = None;
        let mut node = 0;
        'walk: loop {
            // Each node is visited once: a walk longer than the tree would be a cycle.
            if nodes.len() >= doc.len() {
                break;
            }
            let idx = nodes.len() as NodeIdx;
            let data = match doc.kind(node) {
                Some(Kind::Document | Kind::Fragment) => NodeData::Document,
                Some(Kind::Element(el)) => {
                    let data = ElementData::new(el, doc.attrs(el), &mut names);
                    if data.tag == Tag::Other {
                        other_names.push((idx, &*el.name.local));
                    }
                    if data.flags.has(AttrFlags::ITEMPROP) {
                        itemprops.push(idx);
                    }
                    if data.tag == Tag::Base && base_href.is_none() {
                        base_href = data.attr("href");
                    }
                    NodeData::Element(data)
                }
                Some(Kind::Text(t)) => NodeData::Text(doc.text(t)),
                Some(Kind::Other) | None => NodeData::Other,
            };
            let parent = open.last().copied().unwrap_or(NO_PARENT);
            let (chars, commas) = match data {
                NodeData::Text(t)
                    if !nodes.get(parent as usize).is_some_and(
                        |p| matches!(&p.data, NodeData::Element(e) if e.tag.is_never_content()),
                    ) =>
                {
                    count_text(t)
                }
                _ => (0, 0),
            };
            let in_link = nodes.get(parent as usize).is_some_and(|p| p.in_link)
                || matches!(&data, NodeData::Element(e) if e.tag == Tag::A);
            nodes.push(DomNode {
                parent,
                end: idx + 1,
                data,
                chars,
                commas,
                in_link,
            });
            open.push(idx);
            if let Some(child) = doc.first_child(node) {
                node = child;
                continue;
            }
            // Close the node, and its ancestors up to the first one with a next sibling.
            loop {
                let end = nodes.len() as NodeIdx;
                if let Some(closed) = open.pop().and_then(|i| nodes.get_mut(i as usize)) {
                    closed.end = end;
                }
                if open.is_empty() {
                    break 'walk;
                }
                if let Some(sibling) = doc.next_sibling(node) {
                    node = sibling;
                    break;
                }
                match doc.parent(node) {
                    Some(p) => node = p,
                    None => break 'walk,
                }
            }
        }
        // A tree whose links went wrong (none does) ends its open nodes where the walk stopped.
        let end = nodes.len() as NodeIdx;
        for i in open {
            if let Some(n) = nodes.get_mut(i as usize) {
                n.end = end;
            }
        }
        let mut dom = Dom {
            nodes,
            base_url: None,
            page_url,
            names,
            other_names,
            itemprops,
        };
        dom.base_url = dom.find_base(base_href);
        dom
    }

    /// The base URL: `href`, the first `<base href>` of the page (found while building), resolved
    /// against the page URL, else the page URL.
    fn find_base(&self, href: Option<&str>) -> Option<Url> {
        let href = href.map(str::trim).filter(|h| !h.is_empty());
        match (href, &self.page_url) {
            (Some(h), Some(page)) => page.join(h).ok().or_else(|| Some(page.clone())),
            (Some(h), None) => Url::parse(h).ok(),
            (None, page) => page.clone(),
        }
    }

    /// The local name of element `i` as written (lower case for HTML elements); empty for
    /// any other node.
    pub fn element_name(&self, i: NodeIdx) -> &'a str {
        match self.tag(i) {
            Some(Tag::Other) => self
                .other_names
                .binary_search_by_key(&i, |&(k, _)| k)
                .ok()
                .and_then(|k| self.other_names.get(k))
                .map_or("", |&(_, name)| name),
            Some(tag) => tag.name(),
            None => "",
        }
    }

    /// The `class` and `id` of an element of this page, as read when the arena was built.
    pub fn names(&self, el: &ElementData<'a>) -> (Option<&'a str>, Option<&'a str>) {
        let names = self
            .names
            .get(el.names as usize)
            .copied()
            .unwrap_or_default();
        (names.class, names.id)
    }

    /// The values of an element's naming attributes ([`NAMING_ATTRS`]), in attribute-list
    /// order. Without such attributes besides `class` and `id`, only the values read when the
    /// arena was built are used.
    pub fn naming_values(&self, el: &ElementData<'a>) -> NamingValues<'a> {
        if el.flags.has(AttrFlags::NAMING_LIST) {
            return NamingValues::List(el.attrs.names(), NAMING_ATTRS);
        }
        let (class, id) = self.names(el);
        if el.flags.has(AttrFlags::ID_FIRST) {
            NamingValues::Pair([id, class].into_iter())
        } else {
            NamingValues::Pair([class, id].into_iter())
        }
    }

    /// The elements that carry an `itemprop` attribute, in document order.
    pub fn itemprop_elements(&self) -> &[NodeIdx] {
        &self.itemprops
    }

    /// Number of nodes.
    pub fn len(&self) -> NodeIdx {
        self.nodes.len() as NodeIdx
    }

    /// The node at `i`.
    pub fn node(&self, i: NodeIdx) -> &DomNode<'a> {
        &self.nodes[i as usize]
    }

    /// The element at `i`, if it is one.
    pub fn element(&self, i: NodeIdx) -> Option<&ElementData<'a>> {
        match &self.nodes[i as usize].data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The tag of the element at `i`.
    pub fn tag(&self, i: NodeIdx) -> Option<Tag> {
        self.element(i).map(|e| e.tag)
    }

    /// The text of the text node at `i`.
    pub fn text_node(&self, i: NodeIdx) -> Option<&'a str> {
        match self.nodes[i as usize].data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }

    /// Parent index, or `None` for the document.
    pub fn parent(&self, i: NodeIdx) -> Option<NodeIdx> {
        let p = self.nodes[i as usize].parent;
        (p != NO_PARENT).then_some(p)
    }

    /// One past the last descendant of `i`.
    pub fn end(&self, i: NodeIdx) -> NodeIdx {
        self.nodes[i as usize].end
    }

    /// Whether `d` is `a` or inside it.
    pub fn contains(&self, a: NodeIdx, d: NodeIdx) -> bool {
        a <= d && d < self.end(a)
    }

    /// The children of `i`, in order.
    pub fn children(&self, i: NodeIdx) -> Children<'_, 'a> {
        Children {
            dom: self,
            next: i + 1,
            end: self.end(i),
        }
    }

    /// The concatenated text of every text node under `i` (raw, whitespace as written), skipping
    /// subtrees of elements that are never content (scripts, styles...).
    pub fn text(&self, i: NodeIdx) -> String {
        let mut out = String::new();
        for t in self.text_parts(i) {
            out.push_str(t);
        }
        out
    }

    /// The text nodes [`Dom::text`] joins, in document order: those under `i`, outside the
    /// never-content elements (scripts, styles, templates) inside it.
    pub(crate) fn text_parts(&self, i: NodeIdx) -> impl Iterator<Item = &'a str> + '_ {
        let end = self.end(i);
        let mut j = i;
        std::iter::from_fn(move || {
            while j < end {
                let k = j;
                j += 1;
                match &self.nodes.get(k as usize)?.data {
                    NodeData::Text(t) => return Some(*t),
                    NodeData::Element(e) if k != i && e.tag.is_never_content() => {
                        j = self.end(k);
                    }
                    _ => {}
                }
            }
            None
        })
    }

    /// [`Dom::text`] with whitespace collapsed and trimmed.
    pub fn clean_text(&self, i: NodeIdx) -> String {
        collapse_whitespace(&self.text(i))
    }

    /// Resolve a URL found in the page against the base URL; `None` for `javascript:` and
    /// `data:` URLs and for values that do not parse.
    pub fn resolve(&self, href: &str) -> Option<String> {
        let href = href.trim();
        if href.is_empty() {
            return None;
        }
        let lower = href.get(..11).unwrap_or(href).to_ascii_lowercase();
        if lower.starts_with("javascript:") || lower.starts_with("data:") {
            return None;
        }
        match &self.base_url {
            Some(base) => base.join(href).ok().map(String::from),
            None => Url::parse(href).ok().map(String::from),
        }
    }
}

/// Iterator over the children of a node.
pub(crate) struct Children<'d, 'a> {
    dom: &'d Dom<'a>,
    next: NodeIdx,
    end: NodeIdx,
}

impl Iterator for Children<'_, '_> {
    type Item = NodeIdx;

    fn next(&mut self) -> Option<NodeIdx> {
        if self.next >= self.end {
            return None;
        }
        let i = self.next;
        self.next = self.dom.end(i);
        Some(i)
    }
}

/// Visible characters and commas of any script (`,` `，` `、` `،`) of a text. ASCII text is
/// counted bytewise, in byte-wide counters over runs of 255 bytes (which vectorise).
pub(crate) fn count_text(text: &str) -> (u32, u32) {
    if text.is_ascii() {
        let (mut spaces, mut commas) = (0usize, 0usize);
        for run in text.as_bytes().chunks(255) {
            let (mut s, mut c) = (0u8, 0u8);
            for &b in run {
                // `u8::is_ascii_whitespace`: no vertical tab, unlike `char::is_whitespace`.
                s += u8::from(matches!(b, b'\t' | b'\n' | 0x0C | b'\r' | b' '));
                c += u8::from(b == b',');
            }
            spaces += usize::from(s);
            commas += usize::from(c);
        }
        // `spaces` counts bytes of `text`, so it is at most its length.
        let chars = text.len() - spaces;
        return (
            u32::try_from(chars).unwrap_or(u32::MAX),
            u32::try_from(commas).unwrap_or(u32::MAX),
        );
    }
    let (chars, commas) = non_ascii_counts(text);
    (
        u32::try_from(chars).unwrap_or(u32::MAX),
        u32::try_from(commas).unwrap_or(u32::MAX),
    )
}

/// Visible characters (not `char::is_whitespace`) and commas of any script of a text that is
/// not all ASCII.
///
/// Counted bytewise, in byte-wide counters over runs of 255 bytes (range compares, which
/// vectorise): the bytes that start a character, ASCII whitespace and commas, and whether the
/// text holds a lead byte of one of the other whitespace characters or commas (U+0085, U+00A0:
/// `C2`; `،`: `D8`; U+1680: `E1`; U+2000..U+205F: `E2`; U+3000 and `、`: `E3`; `，`: `EF`),
/// which are then decoded one by one.
fn non_ascii_counts(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let (mut starts, mut white, mut commas, mut special) = (0usize, 0usize, 0usize, false);
    for run in bytes.chunks(255) {
        let (mut st, mut sp, mut c, mut sx) = (0u8, 0u8, 0u8, 0u8);
        for &b in run {
            // Not a continuation byte (0x80..=0xBF).
            st += u8::from((b as i8) >= -0x40);
            // `\t` `\n` vertical tab, form feed, `\r`, space.
            sp += u8::from(b.wrapping_sub(9) < 5) + u8::from(b == b' ');
            c += u8::from(b == b',');
            sx |= u8::from(b == 0xC2)
                | u8::from(b == 0xD8)
                | u8::from(b.wrapping_sub(0xE1) < 3)
                | u8::from(b == 0xEF);
        }
        starts += usize::from(st);
        white += usize::from(sp);
        commas += usize::from(c);
        special |= sx != 0;
    }
    if special {
        // The lead bytes found with `memchr`'s vectorised search, the bytes after compared.
        let leads = memchr::memchr3_iter(0xC2, 0xE2, 0xE3, bytes)
            .chain(memchr::memchr3_iter(0xD8, 0xE1, 0xEF, bytes));
        for i in leads {
            match special_char(bytes, i) {
                Special::White => white += 1,
                Special::Comma => commas += 1,
                Special::Neither => {}
            }
        }
    }
    // Each whitespace character counted starts one of the characters counted.
    (starts.saturating_sub(white), commas)
}

/// What [`non_ascii_counts`] finds at a lead byte.
enum Special {
    /// A whitespace character of `char::is_whitespace`.
    White,
    /// `，` `、` `،`.
    Comma,
    /// Any other character.
    Neither,
}

/// The character starting at byte `i` of `bytes`, by its UTF-8 bytes: one of the whitespace
/// characters beyond ASCII, one of the commas beyond ASCII, or neither.
fn special_char(bytes: &[u8], i: usize) -> Special {
    match (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)) {
        // U+0085, U+00A0.
        (Some(0xC2), Some(0x85 | 0xA0), _)
        // U+1680.
        | (Some(0xE1), Some(0x9A), Some(0x80))
        // U+2000..=U+200A, U+2028, U+2029, U+202F.
        | (Some(0xE2), Some(0x80), Some(0x80..=0x8A | 0xA8 | 0xA9 | 0xAF))
        // U+205F.
        | (Some(0xE2), Some(0x81), Some(0x9F))
        // U+3000.
        | (Some(0xE3), Some(0x80), Some(0x80)) => Special::White,
        // `،` U+060C, `、` U+3001, `，` U+FF0C.
        (Some(0xD8), Some(0x8C), _)
        | (Some(0xE3), Some(0x80), Some(0x81))
        | (Some(0xEF), Some(0xBC), Some(0x8C)) => Special::Comma,
        _ => Special::Neither,
    }
}

/// Visible characters of a text: everything but whitespace (NBSP is whitespace). ASCII text,
/// the common case, is counted bytewise.
pub(crate) fn visible_chars(text: &str) -> usize {
    if text.is_ascii() {
        text.bytes().filter(|b| !b.is_ascii_whitespace()).count()
    } else {
        non_ascii_counts(text).0
    }
}

/// Collapse every run of whitespace (NBSP included) into one space and trim.
///
/// A text already collapsed (words separated by single spaces, as the body's blocks are
/// built) is copied whole once [`is_collapsed`] has checked it. Any other text: one pass over
/// the bytes copying each run of other characters whole: ASCII whitespace is found bytewise,
/// and only the lead bytes of the other whitespace characters of `char::is_whitespace`
/// (U+0085, U+00A0: `C2`; U+1680: `E1`; U+2000..U+205F: `E2`; U+3000: `E3`) are decoded to
/// check.
pub(crate) fn collapse_whitespace(s: &str) -> String {
    if is_collapsed(s) {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    // Start of the current run of non-whitespace, and the scan position: both on char
    // boundaries whenever a run is copied (after a whitespace character, or at one).
    let mut run = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let space = match b {
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => 1,
            0xC2 | 0xE1 | 0xE2 | 0xE3 => s
                .get(i..)
                .and_then(|rest| rest.chars().next())
                .filter(|c| c.is_whitespace())
                .map_or(0, char::len_utf8),
            _ => 0,
        };
        if space == 0 {
            i += 1;
            continue;
        }
        push_run(&mut out, s.get(run..i).unwrap_or_default());
        i += space;
        run = i;
    }
    push_run(&mut out, s.get(run..).unwrap_or_default());
    out
}

/// Whether [`collapse_whitespace`] leaves `s` as it is: no whitespace but single spaces
/// between other characters. Checked bytewise in runs of 255 bytes (which vectorise): no
/// ASCII whitespace but the space, and the lead bytes of the other whitespace characters
/// (see [`collapse_whitespace`]) only where they start another character; then no two spaces
/// in a row and none at either end.
fn is_collapsed(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut leads = false;
    for run in bytes.chunks(255) {
        let (mut ctrl, mut lead) = (0u8, 0u8);
        for &b in run {
            // `\t` `\n` vertical tab, form feed, `\r`.
            ctrl |= u8::from(b.wrapping_sub(9) < 5);
            lead |= u8::from(b == 0xC2) | u8::from(b.wrapping_sub(0xE1) < 3);
        }
        if ctrl != 0 {
            return false;
        }
        leads |= lead != 0;
    }
    if bytes.first() == Some(&b' ')
        || bytes.last() == Some(&b' ')
        || memchr::memmem::find(bytes, b"  ").is_some()
    {
        return false;
    }
    !leads
        || !memchr::memchr3_iter(0xC2, 0xE2, 0xE3, bytes)
            .chain(memchr::memchr_iter(0xE1, bytes))
            .any(|i| matches!(special_char(bytes, i), Special::White))
}

/// Append a run of non-whitespace to a collapsed text, after a space unless it is the first.
fn push_run(out: &mut String, run: &str) {
    if run.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(run);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dom_of(html: &Document) -> Dom<'_> {
        Dom::build(html, Url::parse("https://example.com/news/a.html").ok())
    }

    #[test]
    fn ruby_readings_are_not_text() {
        let html = Document::parse_document(
            "<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby></p>",
        );
        let dom = dom_of(&html);
        let p = (0..dom.len())
            .find(|&i| dom.tag(i) == Some(Tag::P))
            .unwrap();
        assert_eq!(dom.text(p), "子どもへの体罰");
    }

    #[test]
    fn arena_is_preorder_with_subtree_ends() {
        let html = Document::parse_document("<div><p>a<b>b</b></p><p>c</p></div>");
        let dom = dom_of(&html);
        let div = (0..dom.len())
            .find(|&i| dom.tag(i) == Some(Tag::Div))
            .unwrap();
        let ps: Vec<_> = dom.children(div).collect();
        assert_eq!(ps.len(), 2);
        assert_eq!(dom.clean_text(ps[0]), "ab");
        assert_eq!(dom.clean_text(div), "abc");
        assert!(dom.contains(div, ps[1]));
        assert_eq!(dom.end(div), dom.end(ps[1]));
        assert_eq!(dom.parent(ps[1]), Some(div));
    }

    #[test]
    fn arena_of_a_real_page_keeps_document_order_and_nesting() {
        let page = include_str!("../tests/fixtures/reuters-style-en/page.html");
        let html = Document::parse_document(page);
        let dom = dom_of(&html);
        assert!(dom.len() > 100);
        assert_eq!(dom.end(0), dom.len());
        for i in 1..dom.len() {
            let p = dom.parent(i).unwrap();
            assert!(
                p < i && i < dom.end(i) && dom.end(i) <= dom.end(p),
                "node {i}"
            );
            assert!(
                dom.children(p).any(|c| c == i),
                "node {i} among its parent's children"
            );
        }
        // Text nodes in arena order are the document's text in order, but for the scripts and
        // styles whose text the tree drops.
        let arena: String = (0..dom.len()).filter_map(|i| dom.text_node(i)).collect();
        let parsed = scraper::Html::parse_document(page);
        let scraper: String = parsed
            .root_element()
            .descendants()
            .filter(|n| {
                !n.parent()
                    .and_then(|p| p.value().as_element())
                    .is_some_and(|e| {
                        crate::tree::text_unread(&e.name, e.attr("type"), e.attr("id"))
                    })
            })
            .filter_map(|n| n.value().as_text().map(|t| &**t))
            .collect();
        assert!(scraper.len() > 1000);
        assert!(arena.contains(&scraper));
    }

    #[test]
    fn base_href_is_resolved_against_the_page() {
        let html = Document::parse_document(
            r#"<head><base href="/static/"></head><body><a href="x.html">x</a></body>"#,
        );
        let dom = dom_of(&html);
        assert_eq!(
            dom.resolve("x.html").as_deref(),
            Some("https://example.com/static/x.html")
        );
        assert_eq!(dom.resolve("javascript:void(0)"), None);
    }

    #[test]
    fn text_skips_scripts() {
        let html = Document::parse_document("<p>one<script>var x;</script> two</p>");
        let dom = dom_of(&html);
        let p = (0..dom.len())
            .find(|&i| dom.tag(i) == Some(Tag::P))
            .unwrap();
        assert_eq!(dom.clean_text(p), "one two");
    }

    #[test]
    fn every_tag_is_classified_from_its_atom() {
        for &(name, tag) in Tag::NAMED {
            assert_eq!(Tag::classify(&LocalName::from(name)), tag, "{name}");
            assert_eq!(Tag::classify_str(name), tag, "{name}");
        }
        // Static names that are not ours, inline and dynamic atoms.
        for other in [
            "path",
            "g",
            "x",
            "my-widget",
            "amp-story-grid-layer",
            "DIV",
            "foreignObject",
        ] {
            assert_eq!(
                Tag::classify(&LocalName::from(other)),
                Tag::Other,
                "{other}"
            );
        }
    }

    #[test]
    fn text_counts_match_a_char_walk() {
        for t in [
            "",
            " a, b,\tc\n",
            "\u{b}x\u{b}",
            "naïve, café\u{a0}au lait",
            "子ども、体罰，x ، y",
            "   ",
        ] {
            let chars = t
                .chars()
                .filter(|c| !c.is_whitespace() || (*c == '\u{b}' && t.is_ascii()))
                .count();
            let commas = t
                .chars()
                .filter(|c| matches!(c, ',' | '，' | '、' | '،'))
                .count();
            assert_eq!(count_text(t), (chars as u32, commas as u32), "{t:?}");
        }
    }

    #[test]
    fn special_chars_are_the_whitespace_and_commas_beyond_ascii() {
        let ranges = [0x80..0x800u32, 0x1000..0x4000, 0xFF00..0x10000];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let got = match special_char(bytes, 0) {
                Special::White => 'w',
                Special::Comma => 'c',
                Special::Neither => '-',
            };
            let want = if c.is_whitespace() {
                'w'
            } else if matches!(c, '，' | '、' | '،') {
                'c'
            } else {
                '-'
            };
            assert_eq!(got, want, "{c:?}");
        }
    }

    #[test]
    fn counts_match_the_char_definition_on_every_space_and_comma() {
        let mut specials: Vec<char> = (0..=0x3000u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace() || matches!(c, ',' | '，' | '、' | '،'))
            .collect();
        specials.extend([
            '，', '\u{ff0d}', '\u{2060}', '\u{1681}', '\u{c0}', '\u{c2a0}',
        ]);
        for c in specials {
            for t in [
                format!("é{c}"),
                format!("a{c}bü"),
                format!("é{c}{c}字 {c}"),
                format!("\u{b}{c}x\u{e9}\u{c}"),
            ] {
                let chars = t.chars().filter(|c| !c.is_whitespace()).count();
                let commas = t
                    .chars()
                    .filter(|c| matches!(c, ',' | '，' | '、' | '،'))
                    .count();
                assert_eq!(non_ascii_counts(&t), (chars, commas), "{t:?}");
                assert_eq!(visible_chars(&t), chars, "{t:?}");
            }
        }
        let long = "Zürich, 3\u{a0}000 Menschen、 ".repeat(40);
        let chars = long.chars().filter(|c| !c.is_whitespace()).count();
        assert_eq!(count_text(&long), (chars as u32, 80));
    }

    /// The definition [`collapse_whitespace`] implements, char by char.
    fn collapse_by_chars(s: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for c in s.chars() {
            if c.is_whitespace() {
                pending_space = !out.is_empty();
            } else {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn collapse_matches_the_char_definition() {
        let spaces: Vec<char> = (0..=0x3000u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        let mut cases = vec![
            String::new(),
            " ".into(),
            "a".into(),
            "  a  b  ".into(),
            "£ é\u{a0}\u{a0}ü\u{2009}‐\u{3000}字\u{85}x\u{1680}y\u{202f}z\u{205f}".into(),
            "\u{a3}\u{e1}\u{2010}\u{3001}\u{1681}\u{2060}".into(),
        ];
        for c in &spaces {
            cases.push(format!("{c}a{c}{c}b\u{e9}{c}"));
            cases.push(format!("a b{c} c d {c}e f{c}{c} g h \u{e9} {c}"));
            cases.push(format!("a {c}b {c}"));
        }
        cases.push("one two  three four \tfive six ".into());
        cases.push(" a b ".into());
        cases.push("a b".into());
        cases.push("a ".into());
        cases.push("l\u{2019}\u{e9}t\u{e9} \u{ab} x \u{bb} \u{5b57} \u{1681} \u{2010}".into());
        cases.push("a\u{a0}b".into());
        cases.push("a\u{3000}b c".into());
        for case in &cases {
            assert_eq!(
                collapse_whitespace(case),
                collapse_by_chars(case),
                "{case:?}"
            );
        }
    }

    #[test]
    fn whitespace_collapses_nbsp() {
        assert_eq!(collapse_whitespace("  a\u{a0}\u{a0}b \n c "), "a b c");
    }

    #[test]
    fn ascii_collapse_matches_char_whitespace() {
        // Vertical tab is whitespace for `char::is_whitespace`, as on the general path.
        assert_eq!(collapse_whitespace(" a\u{b}\u{c}b\t\r\n c  "), "a b c");
        assert_eq!(collapse_whitespace(" \t\n"), "");
        let mixed = " a\u{b}é b ";
        assert_eq!(collapse_whitespace(mixed), "a é b");
    }
}
