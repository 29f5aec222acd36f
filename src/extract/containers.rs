//! Content containers by markup convention, and the JSON-LD `articleBody` cross-check.
//!
//! A convention container (schema.org `itemprop="articleBody"`, WordPress `.entry-content`,
//! Drupal `.field--name-body`, ...) is not trusted blindly: it wins only when it agrees with the
//! scores, i.e. it contains the best candidate without adding much text, or sits inside it and
//! keeps most of its text.

use std::collections::HashSet;

use crate::dom::{Dom, NodeIdx};
use crate::noise::Marks;

use super::stats::NodeStats;

/// `itemprop` values of the article text.
const ITEMPROPS: &[&str] = &["articlebody", "articletext"];

/// Whole class or id tokens (lower case) of CMS content containers.
const CLASS_TOKENS: &[&str] = &[
    "entry-content",    // WordPress themes
    "post-content",     // WordPress, Jekyll, many blogs
    "td-post-content",  // Newspaper (WordPress theme)
    "jeg_post_content", // JNews (WordPress theme)
    "single-post-content",
    "post-entry",
    "post-body", // Blogger
    "post-body-inner",
    "article-body", // generic news CMSs
    "articlebody",
    "article-body__content",
    "article__body", // BEM-style news CMSs
    "article__content",
    "article-content",
    "article-text",
    "article_body",
    "articletext",
    "story-body", // BBC and many news CMSs
    "story-content",
    "story-text",
    "storycontent",
    "entry-body",
    "body-text",
    "c-entry-content",  // Vox Media
    "field--name-body", // Drupal 8+
    "field-name-body",  // Drupal 7
    "node__content",
    "gh-content",        // Ghost
    "post-full-content", // Ghost (Casper)
    "rich-text",
    "content-body",
    "news-content",
    "article-main",
    "main-content-body",
];

/// Visible characters a container must hold to override an unrelated scored node.
const WEAK_OVERRIDE_CHARS: f32 = 500.0;

/// Visible characters under which a scored node is a scrap that any container holding it may
/// replace.
const SCRAP_CHARS: f32 = 200.0;

/// A convention container that agrees with the scored `main`, if any.
pub(crate) fn find(
    dom: &Dom<'_>,
    marks: &Marks,
    stats: &[NodeStats],
    main: NodeIdx,
) -> Option<NodeIdx> {
    let main_chars = stats[main as usize].chars.max(1) as f32;
    let mut best: Option<(NodeIdx, u32)> = None;
    for i in 0..dom.len() {
        if marks.is_dropped(i) || !is_container(dom, i) {
            continue;
        }
        let chars = stats[i as usize].chars;
        let agrees = if dom.contains(i, main) {
            // Holds the scored node: take it when it adds at most half as much text again
            // (split content, a lead paragraph outside the scored node), or any amount when the
            // scored node is a scrap (an article of lists, which paragraph scores do not see).
            chars as f32 <= main_chars * 1.5
                || (main_chars < SCRAP_CHARS && chars as f32 >= WEAK_OVERRIDE_CHARS)
        } else if dom.contains(main, i) {
            // Inside the scored node: take it when it keeps most of the text (drops chrome).
            chars as f32 >= main_chars * 0.7
        } else {
            // Elsewhere: only when it holds far more text than a weak scored node (an article
            // of lists and short lines, which paragraph scores do not see).
            chars as f32 >= (main_chars * 2.0).max(WEAK_OVERRIDE_CHARS)
        };
        if agrees && best.is_none_or(|(_, c)| chars > c) {
            best = Some((i, chars));
        }
    }
    best.map(|(i, _)| i).filter(|&i| i != main)
}

fn is_container(dom: &Dom<'_>, i: NodeIdx) -> bool {
    let Some(el) = dom.element(i) else {
        return false;
    };
    if let Some(prop) = el.attr("itemprop") {
        if prop
            .split_ascii_whitespace()
            .any(|p| ITEMPROPS.contains(&p.to_ascii_lowercase().as_str()))
        {
            return true;
        }
    }
    el.class()
        .into_iter()
        .chain(el.id())
        .flat_map(str::split_ascii_whitespace)
        .any(|t| CLASS_TOKENS.contains(&t.to_ascii_lowercase().as_str()))
}

/// When structured data gives the article text, climb from `main` to the smallest ancestor (at
/// most four levels up) that covers it, if `main` itself covers too little of it.
pub(crate) fn by_article_body(
    dom: &Dom<'_>,
    marks: &Marks,
    stats: &[NodeStats],
    main: NodeIdx,
    article_body: &str,
) -> Option<NodeIdx> {
    let reference: HashSet<&str> = article_body.split_whitespace().collect();
    if reference.len() < 50 {
        return None;
    }
    let coverage = |node: NodeIdx| -> f32 {
        let text = kept_text(dom, marks, node);
        let found = text
            .split_whitespace()
            .collect::<HashSet<_>>()
            .intersection(&reference)
            .count();
        found as f32 / reference.len() as f32
    };
    if coverage(main) >= 0.6 {
        return None;
    }
    let mut node = main;
    for _ in 0..4 {
        let p = dom.parent(node)?;
        dom.element(p)?;
        // A parent with far more text than the reference is the page, not the article.
        if stats[p as usize].chars as usize > article_body.len() * 3 {
            return None;
        }
        if coverage(p) >= 0.8 {
            return Some(p);
        }
        node = p;
    }
    None
}

/// Text of the kept nodes under `root`, space separated.
fn kept_text(dom: &Dom<'_>, marks: &Marks, root: NodeIdx) -> String {
    let mut out = String::new();
    let end = dom.end(root);
    let mut i = root;
    while i < end {
        if marks.is_dropped(i) {
            i = dom.end(i);
            continue;
        }
        if let Some(t) = dom.text_node(i) {
            out.push_str(t);
            out.push(' ');
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    /// A newsletter-style post made of lists: no paragraph scores well, so the scored node is
    /// one list item; the `.entry-content` holding it is the article.
    #[test]
    fn a_container_replaces_a_scrap_of_a_list_article() {
        let items: String = (1..=12)
            .map(|n| {
                format!(
                    r#"<li>We landed <a href="/bug/{n}">Bug {n}00{n}</a>, which made the toolbar
                    flicker on start<ul><li><div class="wp-caption"><img src="/{n}.png">
                    <p class="wp-caption-text">Screenshot {n}</p></div></li></ul></li>"#
                )
            })
            .collect();
        let page = format!(
            r#"<html><body><header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
            <article><h1>These weeks in the browser</h1>
            <div class="entry-content"><h2>Highlights</h2><ul>{items}</ul>
            <h2>Friends of the team</h2><ul><li>Welcome to our new contributors this week!</li></ul>
            </div></article>
            <aside class="sidebar"><p>Archives</p></aside></body></html>"#
        );
        let article = crate::extract(&page, None).expect("extracts");
        let text = article.text();
        assert!(text.contains("Bug 1001, which made the toolbar"), "{text}");
        assert!(
            text.contains("Bug 120012, which made the toolbar"),
            "{text}"
        );
        assert!(text.contains("Welcome to our new contributors"), "{text}");
    }
}
