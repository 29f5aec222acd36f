//! Renderers of a [`Body`]. (stub: being written)

use crate::article::Body;

pub(crate) fn text(body: &Body) -> String {
    let _ = body;
    String::new()
}

pub(crate) fn markdown(body: &Body) -> String {
    let _ = body;
    String::new()
}

pub(crate) fn html(body: &Body) -> String {
    let _ = body;
    String::new()
}
