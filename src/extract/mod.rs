//! Main-content selection and block building. (being written)

use crate::article::Block;
use crate::dom::{Dom, NodeIdx};
use crate::extractor::Options;
use crate::metadata::Meta;
use crate::noise::Marks;

pub(crate) struct Selection {
    pub root: NodeIdx,
}

pub(crate) fn select(_dom: &Dom<'_>, _marks: &Marks, _meta: &Meta) -> Selection {
    Selection { root: 0 }
}

pub(crate) fn blocks(
    _dom: &Dom<'_>,
    _marks: &Marks,
    _sel: &Selection,
    _options: &Options,
) -> Vec<Block> {
    Vec::new()
}
