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
            _ => {}
        }
        if let Some(p) = dom.parent(i) {
            let s = stats[iu];
            let is_block = dom.tag(i).is_some_and(Tag::is_block);
            let ps = &mut stats[p as usize];
            ps.chars += s.chars;
            ps.link_chars += s.link_chars;
            ps.commas += s.commas;
            ps.has_block |= s.has_block || is_block;
        }
    }
    stats
}
