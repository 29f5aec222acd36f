//! Meta + body + credits -> Article.

use crate::article::{Article, Block, Body, Credit};
use crate::dom::Dom;
use crate::metadata::Meta;

pub(crate) fn article(
    dom: &Dom<'_>,
    meta: Meta,
    blocks: Vec<Block>,
    credits: Vec<Credit>,
) -> Article {
    Article {
        title: meta.title,
        subtitle: meta.subtitle,
        body: Body::new(blocks),
        authors: meta.authors,
        editor: meta.editor,
        source: meta.source,
        credits,
        published: meta.published,
        modified: meta.modified,
        language: meta.language,
        url: dom.page_url.as_ref().map(|u| u.to_string()),
        canonical_url: meta.canonical_url,
        description: meta.description,
        image: meta.image,
        tags: meta.tags,
        provenance: meta.provenance,
    }
}
