//! Credit lines. (stub: being written)

use crate::article::{Block, Credit};

/// Remove credit lines from the start and end of the body and return them.
pub(crate) fn take(_blocks: &mut Vec<Block>) -> Vec<Credit> {
    Vec::new()
}
