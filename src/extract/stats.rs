//! Text statistics per node, over what the noise stage kept, in one backward pass.

use crate::dom::{Dom, NodeData, Tag};
use crate::noise::Marks;

/// Counts for one node's kept subtree.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct NodeStats {
    /// Visible characters (whitespace excluded).
    pub chars: u32,
    /// Visible characters inside links.
    pub link_chars: u32,
    /// Visible characters inside links to named places on the same page (a table of
    /// contents), which [`NodeStats::link_chars`] counts too.
    pub fragment_link_chars: u32,
    /// Commas of any script (`,` `，` `、` `،`).
    pub commas: u32,
    /// Whether a block-level element sits anywhere below.
    pub has_block: bool,
}

impl NodeStats {
    /// Share of the characters inside links, 0 when there is no text.
    pub(crate) fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }

    /// Share of the characters inside links to other pages: links to places on the same
    /// page (a table of contents heading the article's first section) do not count.
    pub(crate) fn outward_link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars.saturating_sub(self.fragment_link_chars) as f32 / self.chars as f32
        }
    }
}

/// Stats for every node; dropped nodes count zero.
pub(crate) fn compute(dom: &Dom<'_>, marks: &Marks) -> Vec<NodeStats> {
    let n = dom.len() as usize;
    let mut stats = vec![NodeStats::default(); n];
    for i in (0..dom.len()).rev() {
        let iu = i as usize;
        if marks.is_dropped(i) {
            stats[iu] = NodeStats::default();
            continue;
        }
        match &dom.node(i).data {
            NodeData::Text(_) => {
                let node = dom.node(i);
                stats[iu].chars += node.chars;
                stats[iu].commas += node.commas;
                if node.in_link {
                    stats[iu].link_chars += node.chars;
                }
            }
            NodeData::Element(e) if e.tag.is_block() => {
                // Reported to the parent below.
            }
            // A link to a place on the same page (a table of contents' `#section`) leads
            // nowhere else: its text reads as the article's.
            NodeData::Element(e) if e.tag == Tag::A && is_fragment_link(e.attr("href")) => {
                stats[iu].fragment_link_chars = stats[iu].link_chars;
            }
            _ => {}
        }
        if let Some(p) = dom.parent(i) {
            let s = stats[iu];
            let is_block = dom.tag(i).is_some_and(Tag::is_block);
            let ps = &mut stats[p as usize];
            ps.chars += s.chars;
            ps.link_chars += s.link_chars;
            ps.fragment_link_chars += s.fragment_link_chars;
            ps.commas += s.commas;
            ps.has_block |= s.has_block || is_block;
        }
    }
    stats
}

/// Whether an `href` points to a named place on the same page (`#symptoms`), not to another
/// page, nor to nothing (`#`, `#!`, which scripts use for menus and buttons).
fn is_fragment_link(href: Option<&str>) -> bool {
    href.map(str::trim)
        .and_then(|h| h.strip_prefix('#'))
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use crate::dom::{Dom, Tag};

    /// A table of contents' links to the sections of the same page are links, but not links
    /// away; links to other pages, and script links to nothing (`#`), are links away.
    #[test]
    fn links_within_the_page_are_not_link_text() {
        let html = crate::tree::Document::parse_document(
            r##"<html><body><div class="toc"><a href="#symptoms">What are the symptoms?</a>
            <a href="#spread">How does it spread?</a></div><div class="box"><a href="/news">All
            the news</a> <a href="#">Open the menu</a></div></body></html>"##,
        );
        let dom = Dom::build(&html, None);
        let marks = crate::noise::mark(&dom, None, &[], &[]);
        let stats = super::compute(&dom, &marks);
        let div = |class: &str| {
            (0..dom.len())
                .find(|&i| {
                    dom.tag(i) == Some(Tag::Div)
                        && dom.element(i).and_then(|e| e.class()) == Some(class)
                })
                .expect(class)
        };
        let toc = &stats[div("toc") as usize];
        assert!(toc.chars > 0);
        assert_eq!(toc.link_chars, toc.chars);
        assert_eq!(toc.outward_link_density(), 0.0);
        let nav = &stats[div("box") as usize];
        assert!(nav.chars > 0);
        assert_eq!(nav.link_chars, nav.chars);
        assert_eq!(nav.outward_link_density(), 1.0);
    }

    #[test]
    fn fragment_links_are_named_places() {
        assert!(super::is_fragment_link(Some("#symptome")));
        assert!(super::is_fragment_link(Some(" #2-section ")));
        assert!(!super::is_fragment_link(Some("#")));
        assert!(!super::is_fragment_link(Some("#!/menu")));
        assert!(!super::is_fragment_link(Some("/page#part")));
        assert!(!super::is_fragment_link(None));
    }
}
