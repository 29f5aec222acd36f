//! Boilerplate rules. (being written)

use crate::dom::Dom;

/// Why a node was marked as noise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    NeverContent,
}

/// Per node: the rule that marked it, if any.
pub(crate) type Marks = Vec<Option<Rule>>;

pub(crate) fn mark(dom: &Dom<'_>) -> Marks {
    let mut marks = vec![None; dom.len() as usize];
    for i in 0..dom.len() {
        if dom.tag(i).is_some_and(|t| t.is_never_content()) {
            marks[i as usize] = Some(Rule::NeverContent);
        }
    }
    marks
}
