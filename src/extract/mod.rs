//! Main-content extraction: choose the element(s) holding the article, then turn them into
//! blocks.
//!
//! - `stats`: text, link and comma counts per node over what the noise stage kept;
//! - `score`: paragraph scores carried up to their containers, weighted by class words and
//!   link density;
//! - `containers`: content containers of common CMSs, as data, compared with the best score;
//! - `blocks`: the chosen subtrees as headings, paragraphs, lists, quotes, tables and figures;
//! - `filter`: block-level rules (ad labels, "Read more" lines, link-dense lists).

mod blocks;
mod containers;
mod filter;
mod score;
mod stats;

use crate::article::Block;
use crate::dom::{Dom, NodeIdx, Tag};
use crate::extractor::Options;
use crate::metadata::Meta;
use crate::noise::{Marks, Rule};

pub(crate) use containers::is_container_token;
pub(crate) use score::Candidate;

/// The content chosen for the body, and why.
#[derive(Debug, Clone)]
pub(crate) struct Selection {
    /// Subtrees that make up the body, in document order.
    pub roots: Vec<NodeIdx>,
    /// The best-scored candidates, best first (at most five), for reports.
    pub candidates: Vec<Candidate>,
    /// How the main root was chosen.
    pub method: Method,
    /// Subtrees inside the roots that the body leaves out (sorted): an inline gallery that
    /// outweighs the article around it.
    pub skip: Vec<NodeIdx>,
}

/// How the main content element was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Method {
    /// The best-scored candidate.
    Score,
    /// A CMS content container that agreed with the scores.
    Container,
    /// The parent of the best candidate, which held more of the article.
    Parent,
    /// Nothing scored: the whole body.
    Fallback,
}

/// A block the body builder dropped, for reports.
#[derive(Debug, Clone)]
pub(crate) struct Dropped {
    /// The rule that dropped it.
    pub rule: Rule,
    /// The start of its text.
    pub preview: String,
}

/// Choose the content.
pub(crate) fn select(
    dom: &Dom<'_>,
    marks: &Marks,
    meta: &Meta,
) -> (Selection, Vec<stats::NodeStats>) {
    let stats = stats::compute(dom, marks);
    let (scores, candidates) = score::score(dom, marks, &stats);
    let top: Vec<Candidate> = candidates.iter().take(5).copied().collect();
    let Some(best) = candidates.first().copied() else {
        let root = body_or_root(dom);
        return (
            Selection {
                roots: vec![root],
                candidates: top,
                method: Method::Fallback,
                skip: Vec::new(),
            },
            stats,
        );
    };
    let mut method = Method::Score;
    // A near tie goes to the candidate with much more text.
    let best = larger_near_tie(dom, &stats, &candidates, best);
    // A feed of whole stories, one after another: the story under the page's headline is the
    // article, whichever story scores best.
    let story = headline_story(dom, &stats, &candidates, best, meta.title_node);
    let best = story.map_or(best, |(_, c)| c);
    let mut main = best.node;

    // Several close runners-up inside one ancestor (the sections of a how-to, the blocks of a
    // split article): the ancestor holding at least three of them is the article.
    if let Some(a) = common_ancestor(dom, &candidates, best) {
        main = a;
        method = Method::Parent;
    }

    // Climb while the parent holds the article better: the only child with text, or a parent
    // whose own score beats the child's (split content).
    while let Some(p) = dom.parent(main) {
        if matches!(dom.tag(p), None | Some(Tag::Body | Tag::Html)) {
            break;
        }
        let only_child = dom
            .children(p)
            .filter(|&c| c != main && stats[c as usize].chars > 0)
            .all(|c| dom.tag(c).is_none() && stats[c as usize].chars < 20);
        if only_child || scores[p as usize] > scores[main as usize] {
            main = p;
            method = Method::Parent;
        } else {
            break;
        }
    }

    // A data table that outscores the prose around it (a list of episodes, a recipe's
    // nutrition table): the article is the block holding the table and that prose.
    if let Some(a) = around_table(dom, &stats, main) {
        main = a;
        method = Method::Parent;
    }

    if let Some(c) = containers::find(dom, marks, &stats, main) {
        main = c;
        method = Method::Container;
    }

    // The climbs above must not reach back over the other stories of the feed.
    if let Some((story, _)) = story
        && !dom.contains(story, main)
    {
        main = story;
        method = Method::Parent;
    }

    if let Some(body) = meta.article_body.as_deref() {
        if let Some(better) = containers::by_article_body(dom, marks, &stats, main, body) {
            main = better;
            method = Method::Parent;
        }
    }

    let mut roots = with_siblings(
        dom,
        marks,
        &stats,
        &scores,
        main,
        story.and(meta.title_node),
    );
    // The lead paragraph standing between the headline and the body's container.
    if let Some(lead) = lead_before(dom, marks, &stats, meta.title_node, &roots) {
        roots.push(lead);
        roots.sort_unstable();
    }
    // A body the CMS split into several same-convention fragments around ads and wrappers.
    let mut fragments = containers::fragments(dom, marks, &stats, main);
    fragments.extend(containers::recipe_parts(dom, marks, &stats, &roots));
    if !fragments.is_empty() {
        for f in fragments {
            if !sel_covers(dom, &roots, f) {
                roots.push(f);
            }
        }
        roots.sort_unstable();
        let all = roots.clone();
        roots.retain(|&r| !all.iter().any(|&o| o != r && dom.contains(o, r)));
    }
    let skip = inline_galleries(dom, marks, &stats, &roots);
    (
        Selection {
            roots,
            candidates: top,
            method,
            skip,
        },
        stats,
    )
}

/// Class and id words of a picture gallery or slideshow.
const GALLERY_WORDS: &[&str] = &[
    "gallery",
    "slideshow",
    "carousel",
    "galerie", // German, French
    "diashow", // German
    "galeria", // Spanish, Portuguese, Polish
    "fotogaleria",
    "bildergalerie",
];

/// A gallery inside the body is left out when it holds at least this share of its root's
/// visible characters...
const GALLERY_MIN_SHARE: f32 = 0.5;
/// ... and the root keeps at least this many visible characters of its own (0.25 and 800 also
/// took a do-it-yourself page's gallery of its steps; these take one page of the corpus).
const GALLERY_REST_MIN_CHARS: u32 = 1500;
/// Most galleries looked for per page.
const MAX_GALLERIES: usize = 16;

/// Whether an element's class or id names a gallery ([`GALLERY_WORDS`]).
fn is_gallery(el: &crate::dom::ElementData<'_>) -> bool {
    [el.class(), el.id()]
        .into_iter()
        .flatten()
        .any(|v| has_word_of(v, GALLERY_WORDS))
}

/// Whether a class or id value holds one of `words` as a whole ASCII-alphanumeric part, in
/// any ASCII case ("c-article-lead" holds "lead").
fn has_word_of(value: &str, words: &[&str]) -> bool {
    value
        .split(|ch: char| !ch.is_ascii_alphanumeric())
        .any(|part| words.iter().any(|w| part.eq_ignore_ascii_case(w)))
}

/// Galleries inside the roots that outweigh the article around them (an inline "news in
/// pictures" slideshow of fifty captioned slides under a short story): their captions are
/// another piece of content, not the article's text.
fn inline_galleries(
    dom: &Dom<'_>,
    marks: &Marks,
    stats: &[stats::NodeStats],
    roots: &[NodeIdx],
) -> Vec<NodeIdx> {
    let mut out = Vec::new();
    for &r in roots {
        let total = stats[r as usize].chars;
        let mut i = r + 1;
        while i < dom.end(r) && out.len() < MAX_GALLERIES {
            let Some(el) = dom.element(i) else {
                i += 1;
                continue;
            };
            if marks.is_dropped(i) {
                i = dom.end(i);
                continue;
            }
            let chars = stats[i as usize].chars;
            if is_gallery(el) {
                if chars as f32 >= total as f32 * GALLERY_MIN_SHARE
                    && total.saturating_sub(chars) >= GALLERY_REST_MIN_CHARS
                {
                    out.push(i);
                }
                i = dom.end(i);
                continue;
            }
            i += 1;
        }
    }
    out.sort_unstable();
    out
}

/// The lead is looked for among at most this many nodes between the headline and the body...
const LEAD_MAX_GAP: NodeIdx = 100;
/// ... and has at least this many visible characters...
const LEAD_MIN_CHARS: u32 = 80;
/// ... at most this many...
const LEAD_MAX_CHARS: u32 = 1000;
/// ... and at most this link density.
const LEAD_MAX_LINK_DENSITY: f32 = 0.2;
/// A lead named so by its class, not a heading (a heading so named is the subtitle), needs no
/// closing full stop when it has this many visible characters (a standfirst whose sentence
/// ends without one).
const LEAD_NAMED_UNENDED_CHARS: u32 = 150;

/// Class words of an article's lead paragraph ("standfirst", German "Vorspann", French
/// "chapô", Spanish "entradilla", a `div.t-preface`, a Drupal `field-abstract`, TYPO3's
/// `ce-news--teaser`: an unlinked teaser is the article's own lead). Subtitle
/// words ("subtitle", "dek") are left out: a heading so named is the article's `subtitle`,
/// which the readability set's pages and the fixtures keep out of the body.
const LEAD_CLASS_WORDS: &[&str] = &[
    "lead",
    "intro",
    "excerpt",
    "standfirst",
    "summary",
    "leader",
    "vorspann",
    "chapo",
    "chapeau",
    "entradilla",
    "bajada",
    "sottotitolo",
    "preface",
    "abstract",
    "lede",
    "strapline",
    "teaser",
];

/// Whether a class has one of [`LEAD_CLASS_WORDS`] among its words.
pub(super) fn is_lead_class(class: Option<&str>) -> bool {
    class.is_some_and(|c| has_word_of(c, LEAD_CLASS_WORDS))
}

/// The lead paragraph of the article when it stands between the headline and the body's first
/// root, outside both (a `p.article-excerpt` in the article's header, a `div.dig-vorspann`): a
/// `<p>` or an element with a lead class word, holding a sentence of prose and few links.
fn lead_before(
    dom: &Dom<'_>,
    marks: &Marks,
    stats: &[stats::NodeStats],
    title: Option<NodeIdx>,
    roots: &[NodeIdx],
) -> Option<NodeIdx> {
    let title = title?;
    let first = roots.iter().copied().min()?;
    let from = dom.end(title);
    if first < from || first - from > LEAD_MAX_GAP {
        return None;
    }
    let mut i = from;
    while i < first {
        let el = dom.element(i);
        if marks.is_dropped(i) || el.is_some_and(|e| e.tag == Tag::Figure) {
            i = dom.end(i);
            continue;
        }
        let Some(el) = el else {
            i += 1;
            continue;
        };
        let st = &stats[i as usize];
        let named = is_lead_class(el.class());
        if (el.tag == Tag::P || named)
            && dom.end(i) <= first
            && (LEAD_MIN_CHARS..=LEAD_MAX_CHARS).contains(&st.chars)
            && st.link_density() <= LEAD_MAX_LINK_DENSITY
            && (named && el.tag.heading_level().is_none() && st.chars >= LEAD_NAMED_UNENDED_CHARS
                || filter::ends_sentence(&dom.text(i)))
        {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// A runner-up scoring at least this share of the best candidate is a near tie...
const NEAR_TIE_SHARE: f32 = 0.85;
/// ... or this share when it holds the best candidate: an article split into sections whose
/// best section sits in a wrapper of its own (an interview in an accordion panel, a body cut by
/// boxes) is the ancestor holding all of them (0.45 to 0.55 measured the same on both corpus
/// sets; 0.35 took a page's whole feed)...
const NEAR_TIE_ANCESTOR_SHARE: f32 = 0.5;
/// ... and wins it when it holds at least this many times the best one's text...
const NEAR_TIE_GROWTH: f32 = 2.0;
/// ... with at most this link density.
const NEAR_TIE_MAX_LINK_DENSITY: f32 = 0.25;

/// Among candidates scoring within a hair of the best one (or, for one holding the best one,
/// within [`NEAR_TIE_ANCESTOR_SHARE`]), the one holding much more text: a short lead block with
/// a strong class name must not beat the article text beside it, nor one section the article
/// around it.
fn larger_near_tie(
    dom: &Dom<'_>,
    stats: &[stats::NodeStats],
    candidates: &[Candidate],
    best: Candidate,
) -> Candidate {
    let chars = stats[best.node as usize].chars as f32;
    candidates
        .iter()
        .skip(1)
        .take(4)
        .filter(|c| {
            let share = if dom.contains(c.node, best.node) {
                NEAR_TIE_ANCESTOR_SHARE
            } else {
                NEAR_TIE_SHARE
            };
            c.score >= best.score * share
        })
        .filter(|c| {
            let st = &stats[c.node as usize];
            st.chars as f32 >= chars * NEAR_TIE_GROWTH
                && st.link_density() <= NEAR_TIE_MAX_LINK_DENSITY
        })
        .max_by_key(|c| stats[c.node as usize].chars)
        .copied()
        .unwrap_or(best)
}

/// A story under the headline must have at least this many visible characters to replace the
/// best candidate.
const HEADLINE_STORY_MIN_CHARS: u32 = 200;

/// When the page's headline stands in an `<article>` of a feed of full stories (an
/// endless-scroll page that preloads the next story), that `<article>` and the best candidate
/// inside it. A feed is either a best candidate standing in another story, or (for an `h1`
/// headline) a sibling `<article>` with an `h1` and a text of its own
/// ([`rival_story`]); then the climbs of [`select`] stop at the headline's story.
fn headline_story(
    dom: &Dom<'_>,
    stats: &[stats::NodeStats],
    candidates: &[Candidate],
    best: Candidate,
    title_node: Option<NodeIdx>,
) -> Option<(NodeIdx, Candidate)> {
    let title = title_node?;
    let story = containers::enclosing_article(dom, title)?;
    let tag = dom.tag(title)?;
    // A headline in a `h2` standing in one `<article>` of several is a section of one page
    // (Drupal's `article.paragraph` blocks, each with its `h2`); a feed gives each story its
    // `h1`.
    if dom.contains(story, best.node) {
        return (tag == Tag::H1 && rival_story(dom, stats, story, tag)).then_some((story, best));
    }
    if dom.contains(best.node, story) {
        if tag != Tag::H1 || !rival_story(dom, stats, story, tag) {
            return None;
        }
        let c = candidates.iter().copied().find(|c| {
            dom.contains(story, c.node) && stats[c.node as usize].chars >= HEADLINE_STORY_MIN_CHARS
        })?;
        return Some((story, c));
    }
    // The best candidate must stand in another story that has a headline of its own, of the
    // same tag: a feed, not a headline boxed apart from its text.
    let other = if dom.tag(best.node) == Some(Tag::Article) {
        best.node
    } else {
        containers::enclosing_article(dom, best.node)?
    };
    if dom.contains(story, other) || dom.contains(other, story) {
        return None;
    }
    if !(other..dom.end(other)).any(|i| dom.tag(i) == Some(tag)) {
        return None;
    }
    let c = candidates.iter().copied().find(|c| {
        dom.contains(story, c.node) && stats[c.node as usize].chars >= HEADLINE_STORY_MIN_CHARS
    })?;
    Some((story, c))
}

/// Whether a sibling of `story` is another story of a feed: an `<article>` holding a heading of
/// the headline's `tag` and at least [`HEADLINE_STORY_MIN_CHARS`] visible characters (the next
/// story an endless-scroll page preloads), not a teaser card with a smaller heading.
fn rival_story(dom: &Dom<'_>, stats: &[stats::NodeStats], story: NodeIdx, tag: Tag) -> bool {
    let Some(parent) = dom.parent(story) else {
        return false;
    };
    dom.children(parent).any(|s| {
        s != story
            && dom.tag(s) == Some(Tag::Article)
            && stats[s as usize].chars >= HEADLINE_STORY_MIN_CHARS
            && (s + 1..dom.end(s)).any(|d| dom.tag(d) == Some(tag))
    })
}

/// Runners-up scoring at least this share of the best one count as alternatives (Readability
/// uses 0.75; 0.6 measured better on both corpus sets, 0.5 no better).
const ALTERNATIVE_SHARE: f32 = 0.6;
/// An ancestor must hold this many alternatives (the best included) to be chosen; 2 merges
/// unrelated blocks (readability shingle F1 -0.007).
const MIN_ALTERNATIVES: usize = 3;

/// The lowest ancestor of the best candidate that contains at least [`MIN_ALTERNATIVES`] of the
/// close runners-up (Readability's rule for split articles).
fn common_ancestor(dom: &Dom<'_>, candidates: &[Candidate], best: Candidate) -> Option<NodeIdx> {
    let alternatives: Vec<NodeIdx> = candidates
        .iter()
        .skip(1)
        .take(4)
        .filter(|c| c.score >= best.score * ALTERNATIVE_SHARE)
        .map(|c| c.node)
        .filter(|&c| !dom.contains(best.node, c) && !dom.contains(c, best.node))
        .collect();
    if alternatives.len() + 1 < MIN_ALTERNATIVES {
        return None;
    }
    let mut node = best.node;
    while let Some(p) = dom.parent(node) {
        if matches!(dom.tag(p), None | Some(Tag::Body | Tag::Html)) {
            return None;
        }
        let held = alternatives.iter().filter(|&&c| dom.contains(p, c)).count();
        if held + 1 >= MIN_ALTERNATIVES {
            return Some(p);
        }
        node = p;
    }
    None
}

/// An ancestor of a winning table must hold this many times its text to be the article (1.1
/// and 1.5 measured the same on both corpus sets)...
const AROUND_TABLE_GROWTH: f32 = 1.1;
/// ... at most this link density...
const AROUND_TABLE_MAX_LINK_DENSITY: f32 = 0.35;
/// ... and sit at most this many levels above the table.
const AROUND_TABLE_LEVELS: usize = 3;

/// When `main` is a table or part of one, the nearest ancestor of the table that adds
/// substantial text without turning into link lists.
fn around_table(dom: &Dom<'_>, stats: &[stats::NodeStats], main: NodeIdx) -> Option<NodeIdx> {
    if !matches!(
        dom.tag(main),
        Some(Tag::Table | Tag::Tbody | Tag::Thead | Tag::Tr)
    ) {
        return None;
    }
    let mut table = main;
    while dom.tag(table) != Some(Tag::Table) {
        table = dom.parent(table)?;
    }
    let chars = stats[table as usize].chars as f32;
    let mut node = table;
    for _ in 0..AROUND_TABLE_LEVELS {
        let p = dom.parent(node)?;
        if matches!(
            dom.tag(p),
            None | Some(Tag::Body | Tag::Html | Tag::Td | Tag::Th)
        ) {
            return None;
        }
        let st = &stats[p as usize];
        if st.chars as f32 >= chars * AROUND_TABLE_GROWTH
            && st.link_density() < AROUND_TABLE_MAX_LINK_DENSITY
        {
            return Some(p);
        }
        node = p;
    }
    None
}

/// A sibling scoring at least this share of the main root's score belongs to the article
/// (Readability uses 0.2; 0.1 measured better on both corpus sets)...
const SIBLING_SHARE: f32 = 0.1;
/// ... and at least this score in absolute terms.
const SIBLING_MIN_SCORE: f32 = 5.0;

/// The main root and the siblings that belong with it: scored containers close to its score and
/// plain paragraphs of prose (articles split over several wrappers). `feed_title` is the
/// headline when the page is a feed of stories: siblings with another `h1` are other stories.
fn with_siblings(
    dom: &Dom<'_>,
    marks: &Marks,
    stats: &[stats::NodeStats],
    scores: &[f32],
    main: NodeIdx,
    feed_title: Option<NodeIdx>,
) -> Vec<NodeIdx> {
    let Some(parent) = dom.parent(main) else {
        return vec![main];
    };
    if matches!(dom.tag(parent), None | Some(Tag::Html)) {
        return vec![main];
    }
    let threshold = (scores[main as usize] * SIBLING_SHARE).max(SIBLING_MIN_SCORE);
    let main_class = dom
        .element(main)
        .and_then(|e| e.class())
        .map(str::trim)
        .filter(|c| !c.is_empty());
    // Kept headings under the parent, computed only when a sibling repeats main's class.
    let mut headings: Option<Vec<NodeIdx>> = None;
    let mut roots = Vec::new();
    for s in dom.children(parent) {
        if s == main {
            roots.push(s);
            continue;
        }
        if marks.is_dropped(s) || dom.element(s).is_none() {
            continue;
        }
        let st = &stats[s as usize];
        // A table of contents opening the first section links within the page, not away.
        let ld = st.outward_link_density();
        let plain_paragraph = dom.tag(s) == Some(Tag::P)
            && dom
                .element(s)
                .is_some_and(|e| score::class_weight(e.class(), e.id(), &mut String::new()) >= 0.0);
        let keep = scores[s as usize] >= threshold && ld < 0.3
            || plain_paragraph
                && (st.chars >= 70 && ld < 0.25
                    || st.chars > 0 && ld == 0.0 && filter::ends_sentence(&dom.clean_text(s)));
        // A sibling of main's own kind (same tag, same class): the next section of an article
        // built from repeated blocks, unless a title between them starts another story.
        let same_kind = !keep
            && main_class.is_some()
            && dom.tag(s) == dom.tag(main)
            && dom.element(s).and_then(|e| e.class()).map(str::trim) == main_class
            && st.chars >= SAME_KIND_MIN_CHARS
            && ld < 0.3
            && !containers::heading_between(
                dom,
                headings.get_or_insert_with(|| {
                    containers::kept_headings(dom, marks, parent, MAX_HEADINGS)
                }),
                main,
                s,
            );
        // In a feed, a block with a headline of its own is the next story.
        let other_story = || {
            feed_title
                .is_some_and(|t| (s..dom.end(s)).any(|d| dom.tag(d) == Some(Tag::H1) && d != t))
        };
        if (keep || same_kind) && !other_story() {
            roots.push(s);
        }
    }
    roots
}

/// Visible characters a sibling of main's own kind needs to join the body.
const SAME_KIND_MIN_CHARS: u32 = 100;
/// Headings looked at when deciding whether blocks of one kind belong to one story.
const MAX_HEADINGS: usize = 512;

/// Whether one of `roots` already holds `node`.
fn sel_covers(dom: &Dom<'_>, roots: &[NodeIdx], node: NodeIdx) -> bool {
    roots.iter().any(|&r| dom.contains(r, node))
}

fn body_or_root(dom: &Dom<'_>) -> NodeIdx {
    (0..dom.len())
        .find(|&i| dom.tag(i) == Some(Tag::Body))
        .unwrap_or(0)
}

/// Build the body blocks from the selection; also returns the blocks dropped and why.
pub(crate) fn blocks(
    dom: &Dom<'_>,
    marks: &Marks,
    stats: &[stats::NodeStats],
    sel: &Selection,
    options: &Options,
    meta: &Meta,
    limits: &crate::extractor::Limits,
) -> (Vec<Block>, Vec<Dropped>) {
    let built = blocks::build(dom, marks, &sel.roots, &sel.skip, options, meta);
    let _ = stats;
    let (kept, dropped) = filter::apply(built, meta);
    match meta.article_body.as_deref() {
        Some(body) if starved(&kept, body) => (article_body_blocks(body), dropped),
        _ => match template_body(dom, &kept)
            .and_then(|t| template_blocks(t, options, meta, limits, dom.page_url.clone()))
        {
            Some(body) if starved_by(&kept, &body) => (body, dropped),
            _ => (kept, dropped),
        },
    }
}

/// `type` values of `<script>` elements holding markup that a script renders later.
const TEMPLATE_TYPES: &[&str] = &["text/template", "text/x-template"];

/// The page's body is looked for in a template only when it holds fewer visible characters
/// than this.
const TEMPLATE_MAX_PAGE_CHARS: usize = 1000;

/// The markup of the article when the page ships it as a client-side template inside its
/// `articleBody` element (Blogger's `<div itemprop="articleBody">` holding a
/// `<script type="text/template">`), and the body built from the page is short.
fn template_body<'a>(dom: &Dom<'a>, kept: &[Block]) -> Option<&'a str> {
    if visible_chars_of(kept) >= TEMPLATE_MAX_PAGE_CHARS {
        return None;
    }
    let body = dom.itemprop_elements().iter().copied().find(|&i| {
        dom.element(i).and_then(|e| e.itemprop()).is_some_and(|p| {
            p.split_ascii_whitespace()
                .any(|w| w.eq_ignore_ascii_case("articleBody"))
        })
    })?;
    (body..dom.end(body)).find_map(|i| {
        let el = dom.element(i)?;
        let ty = el.attr("type")?.trim();
        if el.tag != Tag::Script || !TEMPLATE_TYPES.iter().any(|t| ty.eq_ignore_ascii_case(t)) {
            return None;
        }
        dom.children(i).find_map(|c| dom.text_node(c))
    })
}

/// The body blocks of a template's markup, built as the page's own are (chrome marked,
/// blocks filtered).
fn template_blocks(
    template: &str,
    options: &Options,
    meta: &Meta,
    limits: &crate::extractor::Limits,
    page_url: Option<url::Url>,
) -> Option<Vec<Block>> {
    // The caller's limits hold for the template's markup as for the page's.
    let html = crate::parse::parse(template, limits.max_depth, limits.max_nodes).ok()?;
    let dom = Dom::build(&html, page_url);
    let marks = crate::noise::mark(&dom, None, &[], &meta.walled_classes);
    // Node indices of the page's metadata mean nothing in the template's arena.
    let meta = Meta {
        title_node: None,
        ..meta.clone()
    };
    let built = blocks::build(&dom, &marks, &[body_or_root(&dom)], &[], options, &meta);
    Some(filter::apply(built, &meta).0)
}

/// Visible characters of a body.
fn visible_chars_of(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|b| crate::dom::visible_chars(&filter::block_text(b)))
        .sum()
}

/// Whether the page body is a scrap of `other`, by the rule of [`starved`].
fn starved_by(kept: &[Block], other: &[Block]) -> bool {
    let body = visible_chars_of(other);
    body >= STRUCTURED_BODY_MIN_CHARS && visible_chars_of(kept) * STRUCTURED_BODY_FACTOR < body
}

/// Structured data's `articleBody` replaces the body built from the page when it holds at
/// least this many visible characters...
const STRUCTURED_BODY_MIN_CHARS: usize = 500;
/// ... and this many times the page body's (a page whose text a script renders).
const STRUCTURED_BODY_FACTOR: usize = 3;

/// Whether the body built from the page is a scrap of the article its structured data gives.
fn starved(kept: &[Block], article_body: &str) -> bool {
    let body = crate::dom::visible_chars(article_body);
    if body < STRUCTURED_BODY_MIN_CHARS {
        return false;
    }
    let page: usize = kept
        .iter()
        .map(|b| crate::dom::visible_chars(&filter::block_text(b)))
        .sum();
    page * STRUCTURED_BODY_FACTOR < body
}

/// Paragraphs of a JSON-LD `articleBody`: one per line, markup tags removed.
fn article_body_blocks(article_body: &str) -> Vec<Block> {
    let mut plain = String::with_capacity(article_body.len());
    let mut tag: Option<String> = None;
    for c in article_body.chars() {
        match (c, tag.as_mut()) {
            ('<', None) => tag = Some(String::new()),
            // A block tag ends a line: `</p>`, `<br>` and their kind separate paragraphs; an
            // inline one (`<a href>`, `<strong>`) stands inside its sentence.
            ('>', Some(t)) => {
                if !is_inline_tag(t) {
                    plain.push('\n');
                }
                tag = None;
            }
            (_, Some(t)) => t.push(c),
            (_, None) => plain.push(c),
        }
    }
    plain
        .lines()
        .map(crate::dom::collapse_whitespace)
        .filter(|l| !l.is_empty())
        .map(|text| Block::Paragraph {
            content: vec![crate::article::Inline::Text { text }],
        })
        .collect()
}

/// Whether the inside of a markup tag (`a href="..."`, `/strong`) names an inline element.
fn is_inline_tag(inside: &str) -> bool {
    let name = inside.trim_start_matches('/');
    let end = name
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(name.len());
    let name = name.get(..end).unwrap_or_default().to_ascii_lowercase();
    matches!(
        name.as_str(),
        "a" | "abbr"
            | "b"
            | "cite"
            | "code"
            | "em"
            | "i"
            | "mark"
            | "q"
            | "s"
            | "small"
            | "span"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "u"
    )
}

/// The failure-analysis report of one extraction.
pub(crate) fn report(
    dom: &Dom<'_>,
    meta: &Meta,
    marks: &Marks,
    stats: &[stats::NodeStats],
    sel: &Selection,
    dropped: Vec<Dropped>,
) -> crate::report::Report {
    let mut noise: Vec<(String, usize)> = Vec::new();
    for rule in marks.rule.iter().flatten() {
        match noise.iter_mut().find(|(r, _)| r == rule.as_str()) {
            Some((_, n)) => *n += 1,
            None => noise.push((rule.as_str().to_string(), 1)),
        }
    }
    noise.sort_by_key(|entry| std::cmp::Reverse(entry.1));
    let text_len = crate::noise::visible_text_len(dom);
    let mut largest: Vec<(String, String, usize)> = (0..dom.len())
        .filter_map(|i| {
            let rule = marks.rule[i as usize]?;
            (rule != Rule::NeverContent).then(|| {
                (
                    rule.as_str().to_string(),
                    describe(dom, i),
                    text_len[i as usize],
                )
            })
        })
        .collect();
    largest.sort_by_key(|entry| std::cmp::Reverse(entry.2));
    largest.truncate(8);
    crate::report::Report {
        method: sel.method.as_str().to_string(),
        headline: meta.title_node.map(|t| describe(dom, t)),
        roots: sel.roots.iter().map(|&r| describe(dom, r)).collect(),
        candidates: sel
            .candidates
            .iter()
            .map(|c| crate::report::CandidateReport {
                element: describe(dom, c.node),
                score: c.score,
                chars: stats[c.node as usize].chars,
                link_density: stats[c.node as usize].link_density(),
            })
            .collect(),
        noise,
        largest_dropped: largest,
        dropped_blocks: dropped
            .into_iter()
            .map(|d| crate::report::DroppedBlock {
                rule: d.rule.as_str().to_string(),
                text: d.preview,
            })
            .collect(),
    }
}

/// `tag#id.class1.class2` for reports.
fn describe(dom: &Dom<'_>, i: NodeIdx) -> String {
    let Some(el) = dom.element(i) else {
        return "#document".to_string();
    };
    let mut s = dom.element_name(i).to_string();
    if let Some(id) = el.id() {
        s.push('#');
        s.push_str(id.trim());
    }
    for c in el.class().into_iter().flat_map(str::split_ascii_whitespace) {
        s.push('.');
        s.push_str(c);
    }
    s
}

impl Method {
    fn as_str(self) -> &'static str {
        match self {
            Method::Score => "score",
            Method::Container => "container",
            Method::Parent => "parent",
            Method::Fallback => "fallback",
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::dom::{Dom, Tag};

    /// The lead paragraph standing between the headline and the body's container (a CMS
    /// "stage" above the text) is found; a short line of links there is not, and nothing is
    /// looked for when the body's container holds the headline.
    #[test]
    fn the_lead_between_headline_and_body_is_found() {
        let para = "<p>Kinder von Beschäftigten haben bei Krankheit Anspruch auf Betreuung, und \
                    der Arbeitgeber muss den Mitarbeiter dafür von der Arbeit freistellen.</p>";
        let page = format!(
            r#"<html><body><div class="stage"><div class="stage-head"><h1>Kind krank: Wie
            viele Tage dürfen Eltern zu Hause bleiben?</h1></div>
            <p class="share"><a href="/share">Teilen</a> <a href="/print">Drucken</a></p>
            <div class="stage-body"><p>Wie viele Tage im Jahr dürfen Mitarbeiter zu Hause
            bleiben, wenn ihr Kind krank ist? Und wer zahlt in dieser Zeit das Gehalt?</p></div>
            </div><div class="basis"><div class="basis-text">{para}{para}{para}</div></div>
            </body></html>"#
        );
        let html = crate::tree::Document::parse_document(&page);
        let dom = Dom::build(&html, None);
        let find = |tag: Tag, class: Option<&str>| {
            (0..dom.len()).find(|&i| {
                dom.tag(i) == Some(tag)
                    && class.is_none_or(|c| dom.element(i).and_then(|e| e.class()) == Some(c))
            })
        };
        let h1 = find(Tag::H1, None);
        let body = find(Tag::Div, Some("basis-text")).expect("body");
        let stage = find(Tag::Div, Some("stage")).expect("stage");
        let marks = crate::noise::mark(&dom, h1, &[], &[]);
        let stats = super::stats::compute(&dom, &marks);
        let lead = super::lead_before(&dom, &marks, &stats, h1, &[body]).expect("a lead");
        assert!(
            dom.text(lead)
                .trim_start()
                .starts_with("Wie viele Tage im Jahr")
        );
        assert_eq!(dom.tag(lead), Some(Tag::P));
        assert_eq!(super::lead_before(&dom, &marks, &stats, h1, &[stage]), None);
    }

    /// A lead paragraph under the headline, marked up as a `div` with a preface class, is the
    /// article's lead; the byline line beside it is not.
    #[test]
    fn a_preface_under_the_headline_is_the_lead() {
        let para = "<p>Las autoridades confirmaron el ataque durante la madrugada, y los \
                    vecinos de la zona relataron que escucharon varias explosiones.</p>";
        let page = format!(
            r#"<html><body><div class="article-header-wrapper"><div class="article-header">
            <h1>El periodista ruso fue atacado en un tren</h1>
            <div class="t-preface">El periodista sostuvo que eso supondría el fin de
            la guerra, según dijo a la prensa en Moscú este jueves.</div>
            <div class="byline"><a href="/autor/x">Redacción</a></div></div></div>
            <div class="nd-body-article">{para}{para}{para}</div></body></html>"#
        );
        let text = crate::extract(&page, None).expect("extracts").text();
        assert!(text.starts_with("El periodista sostuvo"), "{text}");
        assert!(!text.contains("Redacción"), "{text}");
        // TYPO3's news teaser, unlinked, above the body text.
        let page = page.replace("t-preface", "ce-news--teaser");
        let text = crate::extract(&page, None).expect("extracts").text();
        assert!(text.starts_with("El periodista sostuvo"), "{text}");
    }

    /// An intro named so by its class opens the body although its sentence ends without a full
    /// stop; a subtitle heading so named does not (it is the article's subtitle).
    #[test]
    fn a_named_intro_without_a_full_stop_is_the_lead() {
        let para = "<p>Die Wahlbeteiligung lag bei knapp fünfzig Prozent, und in den großen \
                    Städten gewann die Opposition fast alle Bürgermeisterämter.</p>";
        let intro = "Die Lokalwahlen endeten nicht nur mit einem großen Sieg der Opposition, \
                     sondern beendeten auch die Karriere des Premierministers, der noch in der \
                     Wahlnacht seinen Rücktritt ankündigte";
        let paras = para.repeat(8);
        let page = |lead: &str| {
            format!(
                r#"<html><body><div class="c-page-intro"><div class="o-page-module">
                <h1 class="o-page-headline">Kommunalwahlen in Nordmazedonien</h1>{lead}
                <div class="c-page-intro__meta"><span>5. November 2021</span></div></div></div>
                <div class="portlet"><div class="c-page-main"><div class="c-page-main__text">
                {paras}</div></div><div class="marginal"><a href="/order">Bestellen</a></div>
                </div></body></html>"#
            )
        };
        let text = crate::extract(
            &page(&format!(r#"<div class="c-page-intro__copy">{intro}</div>"#)),
            None,
        )
        .expect("extracts")
        .text();
        assert!(text.starts_with("Die Lokalwahlen endeten"), "{text}");
        let text = crate::extract(
            &page(&format!(r#"<h2 class="com-subhead --bajada">{intro}</h2>"#)),
            None,
        )
        .expect("extracts")
        .text();
        assert!(text.starts_with("Die Wahlbeteiligung"), "{text}");
    }

    /// The standfirst inside the article's `<header>`, under the headline, opens the body;
    /// the rest of the header (kicker, byline, date) stays out.
    #[test]
    fn the_lead_inside_the_article_header_opens_the_body() {
        let para = "<p>Die Ministerin hörte sich die Sorgen der Landwirte an und versprach, \
                    die Vorschläge der Verbände bis zum Sommer zu prüfen.</p>";
        let page = |lead: &str| {
            format!(
                r#"<html><body><main><article><header class="m-intro-header">
                <span class="kicker">Agrarpolitik</span><h1>Ministerin trifft Bauernverband</h1>
                {lead}<p class="meta">Von Anna Berg | 12.01.2022</p>
                </header>{para}{para}{para}</article></main></body></html>"#
            )
        };
        let lead = r#"<p class="a-lead">In einem ersten Gespräch zeigte sich die Ministerin
            offen für die Anliegen der Betriebe.</p>"#;
        let text = crate::extract(&page(lead), None).expect("extracts").text();
        assert!(text.starts_with("In einem ersten Gespräch"), "{text}");
        for chrome in ["Agrarpolitik", "Anna Berg", "Ministerin trifft"] {
            assert!(!text.contains(chrome), "{chrome}: {text}");
        }
        // A header with no lead adds nothing: the body opens with the story.
        let text = crate::extract(&page(""), None).expect("extracts").text();
        assert!(text.starts_with("Die Ministerin hörte"), "{text}");
    }

    /// One magazine section: its paragraphs sit deep inside a content block, so only the
    /// block's inner wrappers are scored.
    fn section(sentences: &[&str]) -> String {
        let paras: String = sentences
            .iter()
            .map(|s| {
                format!(
                    "<p>{s} Her programs ran overnight on the department's computer, and the \
                     printouts she left behind were checked by hand the next morning.</p>"
                )
            })
            .collect();
        format!(
            r#"<div class="acf-content mt2"><section class="outer"><div class="container">
            <div class="post-section wysiwyg"><div class="post-text">{paras}</div></div>
            </div></section></div>"#
        )
    }

    /// A short lead block with a strong class beats the article text next to it by a hair:
    /// the near tie goes to the candidate with several times the text, unless that one is
    /// mostly links. A candidate holding the best one wins from further behind: the best
    /// section of an article whose other sections stand beside it.
    #[test]
    fn a_near_tie_goes_to_the_larger_text() {
        use super::stats::NodeStats;
        let html = crate::tree::Document::parse_document(
            r#"<html><body><div id="article"><div id="interview"><p>One.</p></div>
            <div id="section"><p>Two.</p></div></div><div id="aside"><p>Three.</p></div>
            <div id="links"><p>Four.</p></div><div id="other"><p>Five.</p></div></body></html>"#,
        );
        let dom = Dom::build(&html, None);
        let node = |id: &str| {
            (0..dom.len())
                .find(|&i| dom.element(i).and_then(|e| e.id()) == Some(id))
                .expect(id)
        };
        let (article, interview, section) = (node("article"), node("interview"), node("section"));
        let (aside, links, other) = (node("aside"), node("links"), node("other"));
        let mut stats = vec![NodeStats::default(); dom.len() as usize];
        let mut set = |n: crate::dom::NodeIdx, chars, link_chars| {
            stats[n as usize] = NodeStats {
                chars,
                link_chars,
                ..NodeStats::default()
            };
        };
        set(interview, 300, 0);
        set(section, 1400, 10);
        set(article, 1750, 10);
        set(aside, 1400, 10);
        set(links, 2000, 900);
        set(other, 1500, 0);
        let c = |node, score| super::Candidate { node, score };
        let best = c(interview, 35.0);
        let picked =
            super::larger_near_tie(&dom, &stats, &[best, c(aside, 33.0), c(links, 34.0)], best);
        assert_eq!(picked.node, aside);
        // A runner-up far behind does not win, however long...
        let picked = super::larger_near_tie(&dom, &stats, &[best, c(other, 20.0)], best);
        assert_eq!(picked.node, interview);
        // ... unless it holds the best candidate.
        let picked = super::larger_near_tie(&dom, &stats, &[best, c(article, 20.0)], best);
        assert_eq!(picked.node, article);
        let picked = super::larger_near_tie(&dom, &stats, &[best, c(article, 15.0)], best);
        assert_eq!(picked.node, interview);
    }

    /// A page whose script renders the story: the DOM holds a teaser line, the JSON-LD
    /// `articleBody` the whole text, which becomes the body.
    #[test]
    fn a_script_rendered_story_reads_its_structured_body() {
        let sentence = "The re-election was no easy feat, and her party spent months rebuilding \
                        its support among young voters in the south of the island.";
        let body = [sentence; 6].join("\\n");
        let page = format!(
            r#"<html><head><script type="application/ld+json">{{"@context":"https://schema.org",
            "@type":"NewsArticle","headline":"A hard-won victory","articleBody":"{body}"}}</script>
            </head><body><div id="app"><h1>A hard-won victory</h1>
            <p>Loading the story, please wait a moment.</p></div></body></html>"#
        );
        let article = crate::extract(&page, None).expect("extracts");
        let text = article.text();
        assert_eq!(text.matches("no easy feat").count(), 6, "{text}");
        assert!(!text.contains("Loading the story"), "{text}");
    }

    /// A how-to page whose script renders the steps: the JSON-LD `HowTo` holds the
    /// introduction and the steps (a direction inside a step, a step given as a string), which
    /// become the body; the steps' image URLs and the tool list do not.
    #[test]
    fn a_script_rendered_how_to_reads_its_steps() {
        let intro = "Whatever the size of your table, a round cloth softens the room and \
                     protects the wood from the marks of glasses, plates and hot dishes.";
        let step = "Measure the diameter of the table top, the length from edge to edge \
                    through its centre, then add twice the drop you want the cloth to have.";
        let page = format!(
            r#"<html><head><script type="application/ld+json">{{"@context":"https://schema.org",
            "@type":"HowTo","name":"How to sew a round tablecloth",
            "description":"<p>{intro}</p><p>{intro}</p>",
            "tool":[{{"@type":"HowToTool","name":"Scissors"}}],
            "step":[{{"@type":"HowToStep","name":"Step 1","itemListElement":{{
              "@type":"HowToDirection","text":"<p>{step} <a href='/x'>Read</a> on.</p>",
              "duringMedia":"https://example.com/step1.jpg"}}}},
            {{"@type":"HowToStep","text":"{step}"}}, "{step}"]}}</script>
            </head><body><div id="app"><h1>How to sew a round tablecloth</h1>
            <p>Please enable JavaScript.</p></div></body></html>"#
        );
        let article = crate::extract(&page, None).expect("extracts");
        let text = article.text();
        assert_eq!(text.matches("a round cloth softens").count(), 2, "{text}");
        assert_eq!(text.matches("Measure the diameter").count(), 3, "{text}");
        // A link inside a step's sentence stays in its line.
        assert!(text.contains("to have. Read on."), "{text}");
        assert!(!text.contains("step1.jpg"), "{text}");
        assert!(!text.contains("Scissors"), "{text}");
        assert!(!text.contains("enable JavaScript"), "{text}");
    }

    /// A Blogger post shipped as a client-side template inside its `articleBody` element: the
    /// template's paragraphs are the body, its byline is not, and the blog's description
    /// beside it is not.
    #[test]
    fn a_post_in_a_script_template_reads_the_template() {
        let para = "<p>Over the past few years we&#8217;ve seen threats on the web becoming \
                    increasingly sophisticated, and phishing sites rotate their domains very \
                    quickly to avoid being blocked by the lists.</p>";
        let page = format!(
            r#"<html><body><div class="header"><p>The latest news and insights from Google on
            security and safety on the Internet</p></div><div class="post" itemscope
            itemtype="http://schema.org/BlogPosting"><h2 class="title">Enhanced protection</h2>
            <div class="post-body"><div class="post-content" itemprop="articleBody">
            <script type='text/template'><span class="byline-author">Posted by Jane Doe,
            Safe Browsing team</span>{para}{para}{para}{para}</script>
            <noscript>{para}</noscript></div></div></div></body></html>"#
        );
        let text = crate::extract(&page, None).expect("extracts").text();
        assert_eq!(text.matches("threats on the web").count(), 4, "{text}");
        assert!(text.contains("we’ve seen"), "{text}");
        assert!(!text.contains("Posted by"), "{text}");
        assert!(!text.contains("insights from Google"), "{text}");
    }

    /// An inline "news in pictures" gallery of many captioned slides, longer than the story
    /// around it, is left out; the story's own picture and the story stay. A gallery that is
    /// most of a short page (the page is the gallery) stays.
    #[test]
    fn an_inline_gallery_outweighing_the_story_is_left_out() {
        let para = "<p>Hotel rooms are cleaned between stays, but the blankets and the covers on \
                    the bed are often washed far less than guests would expect, staff say.</p>";
        let slides: String = (1..=30)
            .map(|n| {
                format!(
                    "<li><h3>{n}/30 Markets in pictures</h3><p>Traders on the floor of the \
                     exchange watched the index fall for the {n}th day in a row, while \
                     analysts argued about the cause. (Getty Images)</p></li>"
                )
            })
            .collect();
        let page = |story: &str| {
            format!(
                r#"<html><body><nav><a href="/">Home</a></nav><main><article><h1>What hotel
                staff know</h1><div class="text-wrapper">{story}<figure><img src="/a.jpg">
                <figcaption>A hotel bed.</figcaption></figure><div class="widget
                type-gallery"><h2>Business news in pictures</h2><ul class="legends">{slides}
                </ul></div>{para}</div></article></main></body></html>"#
            )
        };
        let story = para.repeat(14);
        let text = crate::extract(&page(&story), None)
            .expect("extracts")
            .text();
        assert!(!text.contains("Markets in pictures"), "{text}");
        assert_eq!(
            text.matches("Hotel rooms are cleaned").count(),
            15,
            "{text}"
        );
        assert!(text.contains("A hotel bed."), "{text}");
        // A short intro over the gallery: the gallery is the page's content.
        let text = crate::extract(&page(para), None).expect("extracts").text();
        assert!(text.contains("30/30 Markets in pictures"), "{text}");
    }

    /// A page built of sections, each a `<header>` with a title and its paragraphs: the first
    /// section's `<header>` holds the headline and the story's opening paragraphs, which are
    /// the body's, not header matter.
    #[test]
    fn a_header_holding_the_story_is_walked() {
        let para = |s: &str| {
            format!(
                "<p>{s} The champion cleared the bar at his first attempt, and the crowd in \
                 the hall stood up long before the result was shown.</p>"
            )
        };
        let section = |title: &str, lines: &[&str]| {
            let paras: String = lines.iter().map(|l| para(l)).collect();
            format!(
                r#"<article class="ImageText_Container"><header class="ImageText_Description">
                {title}<div class="Richtext_Block">{paras}</div></header></article>"#
            )
        };
        let page = format!(
            r#"<html><body><header class="PageHeader"><nav><a href="/">Home</a></nav></header>
            <main>{}{}{}</main></body></html>"#,
            section(
                "<h1>Europe's best athletes on form</h1>",
                &[
                    "The season opened in Karlsruhe.",
                    "He jumped 6.02 metres.",
                    "It was a record."
                ]
            ),
            section(
                "",
                &["He returns to Berlin on Friday.", "The title is the aim."]
            ),
            section(
                "",
                &["The hurdler started well too.", "He ran 7.54 seconds."]
            ),
        );
        let text = crate::extract(&page, None).expect("extracts").text();
        for line in [
            "The season opened in Karlsruhe.",
            "He jumped 6.02 metres.",
            "He ran 7.54",
        ] {
            assert!(text.contains(line), "{line}: {text}");
        }
        assert!(!text.contains("Europe's best athletes"), "{text}");
    }

    /// An endless-scroll page of whole stories: the story under the page's headline is the
    /// body, although the longer story after it scores better.
    #[test]
    fn the_story_under_the_headline_wins_in_a_feed() {
        let para = |s: &str| {
            format!(
                "<p>{s} The organisers said the event would go ahead whatever the weather, and \
                 the police asked drivers to avoid the avenue during the morning.</p>"
            )
        };
        let first: String = [
            "The blessing of vehicles takes place on Saturday.",
            "Drivers of \
            all kinds are invited.",
        ]
        .iter()
        .map(|s| para(s))
        .collect();
        let second: String = (1..=12)
            .map(|n| {
                para(&format!(
                    "The prosecutor gave detail number {n} of the case."
                ))
            })
            .collect();
        let page = format!(
            r#"<html><head><title>Daily | Blessing of vehicles on Saturday</title></head><body>
            <main><article id="article-0" class="entry-main-content">
            <h1>Blessing of vehicles on Saturday</h1><div class="entry-text">{first}</div></article>
            <article id="article-1" class="entry-main-content">
            <h1>The prosecutor speaks about the case</h1><div class="entry-text">{second}</div>
            </article></main></body></html>"#
        );
        let text = crate::extract(&page, None).expect("extracts").text();
        assert!(
            text.contains("The blessing of vehicles takes place"),
            "{text}"
        );
        assert!(!text.contains("The prosecutor gave detail"), "{text}");
    }

    /// An endless-scroll page preloads the next story as a sibling `<article>` with its own
    /// `h1`: the story holding the page's headline is the body, even when the common ancestor
    /// rule would climb to the feed.
    #[test]
    fn the_preloaded_next_story_stays_out_of_the_feed() {
        let paras = |lead: &str, n: usize| -> String {
            (1..=n)
                .map(|k| {
                    format!(
                        "<p>{lead} detail {k}: officials said on Saturday that the work would                          be completed before the monsoon, and residents welcomed the news.</p>"
                    )
                })
                .collect()
        };
        let page = format!(
            r#"<html><head><title>Coastal road opens | Metro</title></head><body>
            <main id="story-feed"><article class="story">
            <h1 class="story__title">Coastal road opens</h1>
            <div class="story__body">{}</div></article>
            <div class="next-story-loader"><span>Next Story</span></div>
            <article class="story"><h1 class="story__title">Metro line trials next week</h1>
            <div class="story__body">{}</div></article></main></body></html>"#,
            paras("Coastal road", 4),
            paras("Metro trial", 4)
        );
        let text = crate::extract(&page, None).expect("extracts").text();
        assert!(text.contains("Coastal road detail 4"), "{text}");
        assert!(!text.contains("Metro trial detail"), "{text}");
        assert!(!text.contains("Next Story"), "{text}");
    }

    /// WordPress writes every table block as `figure.wp-block-table`: the table and its caption
    /// are read, not dropped as a picture without an image.
    #[test]
    fn a_table_in_a_figure_is_kept() {
        let page = r#"<html><head><title>Schools over capacity</title></head><body><article>
            <h1>Schools over capacity</h1>
            <p>Three of the district's elementary schools are over capacity this year, according
            to enrollment figures released by the district on Monday night.</p>
            <figure class="wp-block-table"><table><thead><tr><th>School</th><th>Capacity</th>
            <th>Enrolled</th></tr></thead><tbody><tr><td>Northgate Elementary</td><td>520</td>
            <td>688</td></tr><tr><td>Riverside Elementary</td><td>450</td><td>501</td></tr>
            </tbody></table><figcaption>Enrollment against capacity at three schools, fall term</figcaption></figure>
            <p>The board will discuss new portable classrooms at its next meeting, officials
            said, and parents have been invited to comment on the plans before then.</p>
            </article></body></html>"#;
        let article = crate::extract(page, None).expect("extracts");
        let table = article.body.blocks.iter().find_map(|b| match b {
            crate::article::Block::Table { rows } => Some(rows),
            _ => None,
        });
        let rows = table.expect("the table is a block");
        assert_eq!(rows.len(), 3);
        let text = article.text();
        assert!(text.contains("Northgate Elementary"), "{text}");
        assert!(
            text.contains("Enrollment against capacity at three schools"),
            "{text}"
        );
        assert!(text.contains("portable classrooms"), "{text}");
    }

    /// A pull quote (`figure.wp-block-pullquote`) repeats a sentence of the text: it stays out.
    #[test]
    fn a_pull_quote_figure_stays_out() {
        let page = r#"<html><head><title>Harbour plan</title></head><body><article>
            <h1>Harbour plan</h1>
            <p>The council approved the harbour plan on Tuesday. "This is the biggest change to
            the waterfront in fifty years," the mayor said after the vote in the town hall.</p>
            <figure class="wp-block-pullquote"><blockquote><p>The biggest change to the
            waterfront in fifty years</p><cite>The mayor</cite></blockquote></figure>
            <p>Work is due to start in the spring and should take two years, with the ferry
            terminal moving to the north quay while the old one is rebuilt.</p>
            </article></body></html>"#;
        let text = crate::extract(page, None).expect("extracts").text();
        assert!(text.contains("ferry terminal"), "{text}");
        assert_eq!(text.matches("biggest change").count(), 1, "{text}");
    }

    /// A list article whose long table of episodes outscores its prose: the block holding
    /// both is the body, not the table alone.
    #[test]
    fn a_winning_data_table_brings_its_prose() {
        let rows: String = (1..=30)
            .map(|n| {
                format!(
                    "<tr><td>{n}</td><td>Episode {n}, in which the crew travels to another \
                     century, meets its own ancestors, and must repair the machine.</td>\
                     <td>March {n}, 1990</td></tr>"
                )
            })
            .collect();
        let page = format!(
            r#"<html><body><header><nav><a href="/">Home</a></nav></header>
            <main><h1>Time travel in fiction</h1><div class="mw-parser-output">
            <p>Time travel is a common theme in fiction, and it has been shown in many forms,
            from novels to films, since the nineteenth century.</p>
            <p>Writers use it to explore paradoxes, history, and the consequences of change, and
            audiences have followed such stories for generations.</p>
            <h2>Television</h2>
            <table class="wikitable"><caption>Episodes with time travel</caption>
            <thead><tr><th>No.</th><th>Title</th><th>Aired</th></tr></thead><tbody>
            {rows}</tbody></table>
            <h2>Reception</h2>
            <p>Critics praised the genre for its inventiveness, although some found its rules
            confusing, and the debate continues among fans to this day.</p>
            <p>Several of the episodes were later released on video, and a few were remade for
            a new audience decades after they first aired.</p>
            </div></main><footer><p>Copyright</p></footer></body></html>"#
        );
        let article = crate::extract(&page, None).expect("extracts");
        let text = article.text();
        assert!(text.contains("Episode 30, in which"), "{text}");
        assert!(text.contains("Time travel is a common theme"), "{text}");
        assert!(text.contains("Critics praised the genre"), "{text}");
    }

    /// An article built from repeated content blocks with figures between them: every block
    /// of main's own kind is the body, while a same-class block after a new title is not.
    #[test]
    fn repeated_content_blocks_are_one_article() {
        let one = section(&[
            "The lab hired her in 1961.",
            "She learned to code on the job.",
            "Her name is in the acknowledgements.",
            "The weather model was small.",
            "Nobody expected chaos.",
            "The runs took all night.",
            "The tapes were kept.",
            "Lorenz checked them himself.",
            "The paper came out in 1963.",
            "It is still cited.",
        ]);
        let two = section(&["The second run differed.", "The rounding was to blame."]);
        let three = section(&["She later led a software team.", "The credit came late."]);
        let page = format!(
            r#"<html><body><header><nav><a href="/">Home</a></nav></header>
            <main><div class="post"><h1>The Hidden Heroines of Chaos</h1>
            {one}<figure><img src="/a.jpg"><figcaption>The printout.</figcaption></figure>
            {two}<figure><img src="/b.jpg"><figcaption>The lab.</figcaption></figure>{three}
            <h2><a href="/telescopes">Telescopes in the desert</a></h2><div class="acf-content mt2"><section class="outer">
            <div class="container"><div class="post-section wysiwyg"><div class="post-text">
            <p>An unrelated piece about telescopes, long enough to look like a paragraph of prose
            that someone might mistake for the article itself.</p></div></div></div></section>
            </div></div></main><footer><p>Copyright</p></footer></body></html>"#
        );
        let article = crate::extract(&page, None).expect("extracts");
        let text = article.text();
        assert!(text.contains("The lab hired her in 1961."), "{text}");
        assert!(text.contains("The rounding was to blame."), "{text}");
        assert!(text.contains("The credit came late."), "{text}");
        assert!(!text.contains("telescopes"), "{text}");
    }
}
