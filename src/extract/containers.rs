//! Content containers by markup convention, and the JSON-LD `articleBody` cross-check.
//!
//! A convention container (schema.org `itemprop="articleBody"`, WordPress `.entry-content`,
//! Drupal `.field--name-body`, ...) is not trusted blindly: it wins only when it agrees with the
//! scores, i.e. it contains the best candidate without adding much text, or sits inside it and
//! keeps most of its text.

use std::collections::HashSet;

use crate::dom::{Dom, NodeIdx};
use crate::fast_hash::FastHash;
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

/// Whether a class or id token is one of the CMS content-container tokens (ignoring ASCII
/// case): one hash lookup of the token lower-cased into a stack buffer.
pub(crate) fn is_container_token(token: &str) -> bool {
    let set = &*CLASS_TOKEN_SET;
    let bytes = token.as_bytes();
    if bytes.len() > set.longest {
        return false;
    }
    let mut buf = [0u8; CLASS_TOKEN_BUF];
    match buf.get_mut(..bytes.len()) {
        Some(lower) => {
            lower.copy_from_slice(bytes);
            lower.make_ascii_lowercase();
            set.tokens.contains(&*lower)
        }
        None => CLASS_TOKENS.iter().any(|c| token.eq_ignore_ascii_case(c)),
    }
}

/// Room for the longest [`CLASS_TOKENS`] entry (a longer one falls back to comparing each).
const CLASS_TOKEN_BUF: usize = 64;

/// [`CLASS_TOKENS`] lower-cased, as a set, with the length of the longest.
struct ClassTokenSet {
    tokens: HashSet<Box<[u8]>, FastHash>,
    longest: usize,
}

static CLASS_TOKEN_SET: std::sync::LazyLock<ClassTokenSet> =
    std::sync::LazyLock::new(|| ClassTokenSet {
        tokens: CLASS_TOKENS
            .iter()
            .map(|t| t.to_ascii_lowercase().into_bytes().into_boxed_slice())
            .collect(),
        longest: CLASS_TOKENS.iter().map(|t| t.len()).max().unwrap_or(0),
    });

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
    for i in marks.kept(dom) {
        let chars = stats[i as usize].chars;
        // A node after `main` does not hold it: it agrees only with at least 0.7 of main's
        // characters (both cases below), which the small stats array tells without reading
        // the arena.
        if (i > main && (chars as f32) < main_chars * 0.7) || !is_container(dom, i) {
            continue;
        }
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
    if el.itemprop().is_some_and(|prop| {
        prop.split_ascii_whitespace()
            .any(|p| ITEMPROPS.iter().any(|k| k.eq_ignore_ascii_case(p)))
    }) {
        return true;
    }
    // Class and id as read when the arena was built.
    let (class, id) = dom.names(el);
    [class, id]
        .into_iter()
        .flatten()
        .flat_map(str::split_ascii_whitespace)
        .any(is_container_token)
}

/// Visible characters a same-convention fragment needs to join the body.
const FRAGMENT_MIN_CHARS: u32 = 100;
/// Link density above which a same-convention fragment is a teaser list, not article text.
const FRAGMENT_MAX_LINK_DENSITY: f32 = 0.3;
/// At most this many fragments join one body (bounds the work on hostile pages).
const MAX_FRAGMENTS: usize = 16;

/// The other fragments of a body split by the CMS: elements outside `main` that carry the same
/// content-container convention as `main` (the same `itemprop`, the same container class
/// token), that the noise stage kept, that hold prose rather than links, and that belong to the
/// same `<article>` as `main` (so the next story of an endless page does not join). Returned in
/// document order, outermost only; empty when `main` is not a convention container.
pub(crate) fn fragments(
    dom: &Dom<'_>,
    marks: &Marks,
    stats: &[NodeStats],
    main: NodeIdx,
) -> Vec<NodeIdx> {
    let mut out = Vec::new();
    let Some(el) = dom.element(main) else {
        return out;
    };
    // Entries the two tables share (`articlebody`) mean the same as an itemprop or a class.
    let keys = convention_keys(el);
    if keys.is_empty() {
        return out;
    }
    let story = enclosing_article(dom, main);
    let main_end = dom.end(main);
    // Kept story titles outside `main` (see `heading_between`).
    let mut headings: Vec<NodeIdx> = Vec::new();
    let mut i: NodeIdx = 0;
    while i < dom.len() && out.len() < MAX_FRAGMENTS {
        if marks.is_dropped(i) {
            i = dom.end(i);
            continue;
        }
        if i == main {
            i = main_end;
            continue;
        }
        let Some(e) = dom.element(i) else {
            i += 1;
            continue;
        };
        if is_story_title(dom, i) {
            headings.push(i);
        }
        let st = &stats[i as usize];
        if dom.contains(i, main) || st.chars < FRAGMENT_MIN_CHARS || !carries_key(dom, e, &keys) {
            i += 1;
            continue;
        }
        if st.link_density() < FRAGMENT_MAX_LINK_DENSITY && enclosing_article(dom, i) == story {
            out.push(i);
        }
        i = dom.end(i);
    }
    out.retain(|&f| !heading_between(dom, &headings, main, f));
    out
}

/// Whether one of `headings` (sorted kept story titles outside both nodes) lies between the
/// disjoint nodes `main` and `other`: a linked title between two blocks of one kind starts
/// another story (a blog index of posts), while the ads and wrappers between fragments carry
/// none.
pub(crate) fn heading_between(
    dom: &Dom<'_>,
    headings: &[NodeIdx],
    main: NodeIdx,
    other: NodeIdx,
) -> bool {
    let (from, to) = if other < main {
        (dom.end(other), main)
    } else {
        (dom.end(main), other)
    };
    let first = headings.partition_point(|&h| h < from);
    headings.get(first).is_some_and(|&h| h < to)
}

/// Kept story titles (see [`is_story_title`]) under `root`, in document order (at most
/// `limit`).
pub(crate) fn kept_headings(
    dom: &Dom<'_>,
    marks: &Marks,
    root: NodeIdx,
    limit: usize,
) -> Vec<NodeIdx> {
    let mut out = Vec::new();
    let end = dom.end(root);
    let mut i = root;
    while i < end && out.len() < limit {
        if marks.is_dropped(i) {
            i = dom.end(i);
            continue;
        }
        if is_story_title(dom, i) {
            out.push(i);
        }
        i += 1;
    }
    out
}

/// Whether `i` is the linked title of a story: an `h1`-`h3` holding a link, as the posts of a
/// blog index or a teaser list carry (an article's own subheadings rarely link).
fn is_story_title(dom: &Dom<'_>, i: NodeIdx) -> bool {
    if dom
        .tag(i)
        .and_then(crate::dom::Tag::heading_level)
        .is_none_or(|l| l > 3)
    {
        return false;
    }
    (i..dom.end(i)).any(|d| {
        dom.tag(d) == Some(crate::dom::Tag::A) && dom.element(d).is_some_and(|e| e.has_attr("href"))
    })
}

/// Whether the element carries one of `keys` (entries of the convention tables) as an
/// `itemprop` value or a class/id token, without allocating.
fn carries_key<'a>(dom: &Dom<'a>, el: &crate::dom::ElementData<'a>, keys: &[&str]) -> bool {
    // Class and id as read when the arena was built.
    let (class, id) = dom.names(el);
    el.itemprop()
        .into_iter()
        .chain(class)
        .chain(id)
        .flat_map(str::split_ascii_whitespace)
        .any(|t| keys.iter().any(|k| k.eq_ignore_ascii_case(t)))
}

/// The convention entries an element carries: entries of [`ITEMPROPS`] (its `itemprop`) and of
/// [`CLASS_TOKENS`] (its class and id tokens), matched without regard to ASCII case.
fn convention_keys(el: &crate::dom::ElementData<'_>) -> Vec<&'static str> {
    let mut keys = Vec::new();
    for p in el
        .attr("itemprop")
        .into_iter()
        .flat_map(str::split_ascii_whitespace)
    {
        if let Some(k) = ITEMPROPS.iter().find(|k| k.eq_ignore_ascii_case(p)) {
            keys.push(*k);
        }
    }
    for t in el
        .class()
        .into_iter()
        .chain(el.id())
        .flat_map(str::split_ascii_whitespace)
    {
        if let Some(k) = CLASS_TOKENS.iter().find(|k| k.eq_ignore_ascii_case(t)) {
            keys.push(*k);
        }
    }
    keys
}

/// schema.org `itemprop` values of a recipe's parts, which belong to its article wherever the
/// page's layout puts them.
const RECIPE_ITEMPROPS: &[&str] = &["recipeingredient", "ingredients", "recipeinstructions"];

/// Recipe parts looked at, at most.
const MAX_RECIPE_PARTS: usize = 256;

/// The recipe parts marked with schema.org microdata (ingredients, instructions) that the
/// selection does not hold yet: each part's list when it is a list item, else the part itself.
pub(crate) fn recipe_parts(
    dom: &Dom<'_>,
    marks: &Marks,
    stats: &[NodeStats],
    roots: &[NodeIdx],
) -> Vec<NodeIdx> {
    let mut out: Vec<NodeIdx> = Vec::new();
    let mut seen = 0;
    // Only elements with an `itemprop` can be parts: the arena lists them.
    for &i in dom.itemprop_elements() {
        let Some(prop) = dom.element(i).and_then(|e| e.itemprop()) else {
            continue;
        };
        if !RECIPE_ITEMPROPS
            .iter()
            .any(|p| prop.trim().eq_ignore_ascii_case(p))
        {
            continue;
        }
        seen += 1;
        if seen > MAX_RECIPE_PARTS {
            break;
        }
        let part = match dom.parent(i) {
            Some(p)
                if dom.tag(i) == Some(crate::dom::Tag::Li)
                    && matches!(dom.tag(p), Some(crate::dom::Tag::Ul | crate::dom::Tag::Ol)) =>
            {
                p
            }
            _ => i,
        };
        if marks.is_dropped(part)
            || stats[part as usize].chars == 0
            || roots.iter().chain(&out).any(|&r| dom.contains(r, part))
        {
            continue;
        }
        out.retain(|&o| !dom.contains(part, o));
        out.push(part);
    }
    out
}

/// The innermost `<article>` element holding `node`, if any.
pub(crate) fn enclosing_article(dom: &Dom<'_>, node: NodeIdx) -> Option<NodeIdx> {
    let mut p = dom.parent(node);
    while let Some(a) = p {
        if dom.tag(a) == Some(crate::dom::Tag::Article) {
            return Some(a);
        }
        p = dom.parent(a);
    }
    None
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
    // The words are hashed with the crate's hasher for short keys (the sets are only counted).
    let reference: HashSet<&str, FastHash> = article_body.split_whitespace().collect();
    if reference.len() < 50 {
        return None;
    }
    let coverage = |node: NodeIdx| -> f32 {
        let text = kept_text(dom, marks, node);
        let found = text
            .split_whitespace()
            .collect::<HashSet<_, FastHash>>()
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
    #[test]
    fn container_tokens_are_found_in_any_ascii_case() {
        use super::{CLASS_TOKENS, is_container_token};
        for &t in CLASS_TOKENS {
            assert!(is_container_token(t), "{t}");
            assert!(is_container_token(&t.to_ascii_uppercase()), "{t}");
            assert!(!is_container_token(&format!("{t}x")), "{t}");
        }
        for t in [
            "",
            "content",
            "Entry-Content-X",
            "ëntry-content",
            &"a".repeat(200),
        ] {
            assert_eq!(
                is_container_token(t),
                CLASS_TOKENS.iter().any(|c| t.eq_ignore_ascii_case(c)),
                "{t}"
            );
        }
    }
    /// A recipe page whose ingredient list sits in a tab apart from the method: the list
    /// marked with schema.org microdata joins the body.
    #[test]
    fn microdata_ingredients_join_the_recipe() {
        let step = |s: &str| {
            format!(
                "<p>{s} Keep the heat low and stir from time to time, so that nothing sticks to \
                 the bottom of the pan while the flavours come together.</p>"
            )
        };
        let method: String = [
            "Brown the chicken.",
            "Add the spices.",
            "Pour in the stock.",
        ]
        .iter()
        .map(|s| step(s))
        .collect();
        let page = format!(
            r#"<html><body><header><nav><a href="/">Home</a></nav></header>
            <h1>Chicken stew</h1><div class="tabs"><div id="tabs-1" class="panel">
            <ul><li itemprop="recipeIngredient">1 large whole chicken</li>
            <li itemprop="recipeIngredient">1 tablespoon ground cumin</li>
            <li itemprop="recipeIngredient">5 cups of water</li></ul></div></div>
            <div class="recipe-content">{method}</div>
            <footer><p>Copyright</p></footer></body></html>"#
        );
        let text = crate::extract(&page, None).expect("extracts").text();
        assert!(text.contains("Brown the chicken."), "{text}");
        assert!(text.contains("1 tablespoon ground cumin"), "{text}");
        assert!(!text.contains("Copyright"), "{text}");
    }

    /// A news page whose CMS splits the story in two `.story-body` blocks around an ad slot,
    /// followed by a blog-like list of other stories: both halves are the body, in order.
    #[test]
    fn a_body_split_around_an_ad_is_joined() {
        let para = |s: &str| {
            format!(
                "<p>{s} The merger still needs the approval of regulators in several countries, \
                 and lawyers on both sides expect the review to take most of next year.</p>"
            )
        };
        let first: String = ["Shareholders were told on Monday.", "The board met twice."]
            .iter()
            .map(|s| para(s))
            .collect();
        let second: String = [
            "Analysts were not surprised.",
            "Employees learned of it by email.",
            "The buyer declined to comment.",
            "Its shares rose in early trading.",
            "Rivals are expected to respond.",
        ]
        .iter()
        .map(|s| para(s))
        .collect();
        let page = format!(
            r#"<html><body><header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
            <article id="story"><h1>Company Sells Its Web Business</h1>
            <div class="story-wrap"><div class="story-body story-body-1">{first}</div></div>
            <div class="story-interrupter"><div class="ad"><p>Advertisement</p></div></div>
            <div class="story-wrap"><div class="story-body story-body-2">{second}</div></div>
            </article>
            <section class="more"><h2><a href="/other">Another story</a></h2>
            <div class="story-body"><p>A different article about the weather, which has enough
            words in it to look like prose but is not part of this story at all.</p></div></section>
            <footer><p>Copyright</p></footer></body></html>"#
        );
        let article = crate::extract(&page, None).expect("extracts");
        let text = article.text();
        let a = text.find("Shareholders were told on Monday.");
        let b = text.find("Rivals are expected to respond.");
        assert!(a.is_some() && b.is_some() && a < b, "{text}");
        assert!(!text.contains("weather"), "{text}");
    }

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
