//! Boilerplate removal: which parts of the page are chrome, and why.
//!
//! The rules are data, in two tables:
//! - [`markup`]: what an element's own tag, role, hidden state, id and class tokens say;
//! - [`phrases`]: what a line of text says ("- Advertisement -", "Lire aussi :", a cookie
//!   prompt), applied to blocks by the extract stage.
//!
//! [`mark`] runs one forward pass over the DOM arena: an element is marked by the first rule
//! that matches it, and everything inside a marked element is dropped with it. Rules match the
//! element itself, never descendant selectors.

mod markup;
pub(crate) mod phrases;

pub(crate) use markup::{HIDDEN_CLASSES, is_screen_reader_class};

use std::collections::HashMap;

use crate::dom::{Dom, NodeData, NodeIdx, Tag};
use crate::fast_hash::FastHash;

/// Why a node was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Rule {
    /// Scripts, styles, forms controls, embedded frames and other never-text elements.
    NeverContent,
    /// `hidden`, `aria-hidden`, `display:none`, hidden classes.
    Hidden,
    /// Ad slots and their containers.
    Ad,
    /// An ad label line ("- Advertisement -").
    AdLabel,
    /// Cookie and consent banners.
    Consent,
    /// Navigation, page headers and footers, sidebars, breadcrumbs.
    Navigation,
    /// Share and social bars.
    Social,
    /// Newsletter and subscribe prompts.
    Newsletter,
    /// Paywall prompts.
    Paywall,
    /// Related, recommended and most-read lists, "Read more" lines.
    Related,
    /// Comments and comment forms.
    Comments,
    /// Tag lists.
    Tags,
    /// Byline and date lines (read as metadata).
    Byline,
    /// Author boxes.
    AuthorBox,
    /// Previous/next links and pagination.
    PrevNext,
    /// Dialogs, modals and fixed overlays.
    Popup,
    /// Forms.
    Form,
    /// Short lines of chrome text (share labels, list headings).
    Boilerplate,
    /// Blocks dominated by links.
    LinkDense,
    /// Picture credits ("Foto: X", "© Getty Images") standing alone.
    Credit,
    /// The headline, subtitle or another element read as metadata.
    Metadata,
}

impl Rule {
    /// A short name for reports.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Rule::NeverContent => "never-content",
            Rule::Hidden => "hidden",
            Rule::Ad => "ad",
            Rule::AdLabel => "ad-label",
            Rule::Consent => "consent",
            Rule::Navigation => "navigation",
            Rule::Social => "social",
            Rule::Newsletter => "newsletter",
            Rule::Paywall => "paywall",
            Rule::Related => "related",
            Rule::Comments => "comments",
            Rule::Tags => "tags",
            Rule::Byline => "byline",
            Rule::AuthorBox => "author-box",
            Rule::PrevNext => "prev-next",
            Rule::Popup => "popup",
            Rule::Form => "form",
            Rule::Boilerplate => "boilerplate",
            Rule::LinkDense => "link-dense",
            Rule::Credit => "credit",
            Rule::Metadata => "metadata",
        }
    }

    /// Rules that do not drop an element holding long prose with few links.
    fn yields_to_prose(self) -> bool {
        !matches!(
            self,
            Rule::NeverContent | Rule::Consent | Rule::Comments | Rule::Hidden | Rule::Metadata
        )
    }

    /// Rules a content container may override: a layout wrapper with `sidebar` or `widget` in
    /// its class that holds the article is not a sidebar.
    fn is_weak(self) -> bool {
        matches!(
            self,
            Rule::Navigation | Rule::Hidden | Rule::Popup | Rule::Byline
        )
    }
}

/// The result of [`mark`].
pub(crate) struct Marks {
    /// The rule that dropped the subtree rooted here.
    pub rule: Vec<Option<Rule>>,
    /// Whether the node is dropped (itself or inside a dropped subtree).
    pub dropped: Vec<bool>,
}

impl Marks {
    /// Whether node `i` is dropped.
    pub(crate) fn is_dropped(&self, i: NodeIdx) -> bool {
        self.dropped[i as usize]
    }

    /// The nodes of `dom` that are not dropped, in document order. A dropped node's subtree is
    /// passed over in one step: everything inside a dropped node is dropped with it ([`mark`]
    /// is the only writer of `Marks`).
    pub(crate) fn kept<'a>(&'a self, dom: &'a Dom<'_>) -> impl Iterator<Item = NodeIdx> + 'a {
        let mut next: NodeIdx = 0;
        std::iter::from_fn(move || {
            while next < dom.len() {
                let i = next;
                next += 1;
                if !self.is_dropped(i) {
                    return Some(i);
                }
                next = dom.end(i).max(next);
            }
            None
        })
    }
}

/// Mark the page's chrome. `headline` is the headline element: an element containing it is the
/// article's container, not chrome, and is only dropped by strong rules. The headline itself and
/// the `consumed` elements (bylines and date lines, read as metadata) are dropped
/// as [`Rule::Metadata`] so the body does not repeat them.
pub(crate) fn mark(
    dom: &Dom<'_>,
    headline: Option<NodeIdx>,
    consumed: &[NodeIdx],
    walled_classes: &[String],
) -> Marks {
    let protect = headline;
    let n = dom.len() as usize;
    let (text_len, link_len) = text_and_link_len(dom);
    let page_text = text_len.first().copied().unwrap_or(0).max(1);
    let mut rule: Vec<Option<Rule>> = vec![None; n];
    let mut dropped = vec![false; n];
    // Inside an <article>, <main> or role=main: headers and footers there belong to content.
    let mut in_content = vec![false; n];
    // Room for the distinct tokens and class values a page of this size has, so that the maps
    // seldom grow while the page is walked.
    let room = (n / CLASS_ROOM_NODES).clamp(MIN_CLASS_ROOM, MAX_CLASS_ROOM);
    let mut tokens = TokenCache {
        verdicts: HashMap::with_capacity_and_hasher(room, FastHash::default()),
        list: Vec::new(),
    };
    // Pages repeat the same class values on many elements: judge each value once.
    let mut by_class: HashMap<&str, Option<Rule>, FastHash> =
        HashMap::with_capacity_and_hasher(room, FastHash::default());
    let mut next: NodeIdx = 0;
    while next < dom.len() {
        let i = next;
        next += 1;
        let iu = i as usize;
        let parent_in_content = dom.parent(i).is_some_and(|p| in_content[p as usize]);
        if let Some(p) = dom.parent(i) {
            if dropped[p as usize] {
                // The rest of the dropped parent's subtree goes with it, unread.
                let end = dom.end(p);
                for d in dropped.get_mut(iu..end as usize).into_iter().flatten() {
                    *d = true;
                }
                next = end.max(next);
                continue;
            }
        }
        let Some(el) = dom.element(i) else { continue };
        in_content[iu] = parent_in_content
            || matches!(el.tag, Tag::Article | Tag::Main)
            || el
                .role()
                .is_some_and(|r| r.trim().eq_ignore_ascii_case("main"));
        // Metadata lines are short: an element read as a byline that holds more text is a
        // wrapper of the article (a byline written inline in the story's container). A name
        // inside a sentence of a paragraph stays in the sentence, whatever metadata read in it
        // (`<p>Der neue Roman von <span itemprop="author">Juli Zeh</span> erscheint im Mai.</p>`),
        // unless the paragraph holds another name read ("By Jane Doe and John Smith, Staff
        // Writers.").
        let metadata_line = headline == Some(i)
            || consumed.contains(&i)
                && text_len[iu] <= MAX_METADATA_CHARS
                && crate::metadata::running_prose_paragraph(dom, i)
                    .is_none_or(|p| consumed.iter().any(|&c| c != i && dom.contains(p, c)));
        if metadata_line {
            rule[iu] = Some(Rule::Metadata);
            dropped[iu] = true;
            continue;
        }
        // A page header or footer is links and a little text; a <header> or <footer> inside
        // the content, or one holding prose, is part of the content (HTML5 sections have them).
        let page_band = matches!(el.tag, Tag::Header | Tag::Footer)
            && !parent_in_content
            && (link_len[iu] * 10 >= text_len[iu] * 3 || text_len[iu] < 200);
        let found = if page_band {
            Some(Rule::Navigation)
        } else {
            element_rule(dom, i, el, &mut tokens, &mut by_class)
        };
        // A link's class describes the link (`class="popup"` opens a note, `class="share"`
        // inside a share bar is caught with its bar); its text is judged by the link-density
        // rules, so only hiding removes a link by its markup alone.
        let found = found.filter(|&r| el.tag != Tag::A || r == Rule::Hidden);
        // A run of text inside a paragraph is the paragraph's text whatever its class says
        // (`<p><span class="dateline">KOBE – </span>A total of ...`).
        let found = found.filter(|&r| {
            r == Rule::Hidden
                || !(el.tag == Tag::Span
                    && dom.parent(i).is_some_and(|p| dom.tag(p) == Some(Tag::P)))
        });
        let Some(found) = found else {
            continue;
        };
        // The page's structured data names this element as the walled article text (Google's
        // paywalled-content markup): a paywall class on it marks content, not a prompt.
        if found == Rule::Paywall && is_walled_text(el.class(), walled_classes) {
            continue;
        }
        // Guard: an element holding the headline or most of the page's text is a layout wrapper
        // whatever its classes say, unless a strong rule (a consent platform, comments) matched.
        let holds_article =
            protect.is_some_and(|t| dom.contains(i, t)) || text_len[iu] * 10 >= page_text * 6;
        let never_article = matches!(found, Rule::NeverContent | Rule::Consent | Rule::Comments);
        if holds_article && !never_article && (found.is_weak() || text_len[iu] > 2000) {
            continue;
        }
        // Share bars, ad slots, teasers and prompts are short or link-heavy; an element named
        // like one that holds long prose with few links is content with an unlucky class
        // (`entry share`, `content-behind-paywall`).
        // Teasers and lists of other stories link to them: text without a link under a
        // `teaser` class is the article's own lead (or a recipe's steps).
        if found == Rule::Related && link_len[iu] == 0 && text_len[iu] > 0 {
            continue;
        }
        // The same walled text when the page's structured data does not name it: paragraphs
        // of sentences without links under the paywall class are that text, not the prompt.
        if found == Rule::Paywall
            && link_len[iu] == 0
            && holds_walled_paragraphs(dom, i, text_len[iu])
        {
            continue;
        }
        let prose = text_len[iu] >= PROSE_CHARS && link_len[iu] * 5 < text_len[iu];
        // Teasers of other stories carry their excerpts, which read as prose; their linked
        // headlines give them away (`div.view-related` > `article` > `h2 > a` + `p`).
        let teasers = found == Rule::Related && holds_linked_heading(dom, i);
        // A writer's bio is prose by nature ("X ist Lehrer in Freiburg und bloggt ..."): an
        // author box yields only to prose longer than a bio (a theme's `author-description`
        // around the story's text).
        let bio = found == Rule::AuthorBox && text_len[iu] < AUTHOR_BIO_CHARS;
        if prose && !bio && found.yields_to_prose() && !is_tag_rule(el.tag) && !teasers {
            continue;
        }
        // A shop's order form around the product (its description, price, variants, "add to
        // cart"): prose that asks the reader to type nothing is the page's content; its
        // controls go on their own.
        if el.tag == Tag::Form && prose && !asks_for_text(dom, i) {
            continue;
        }
        rule[iu] = Some(found);
        dropped[iu] = true;
        // A sign-up form for e-mail addresses: the short box around it (its heading and pitch,
        // "Get The Circuit Daily / The most important stories ...") is a newsletter box,
        // whatever its classes say (utility classes: `mt-10 rounded-lg border p-6`). The box
        // was walked already (pre-order): its nodes are marked now.
        if el.tag == Tag::Form
            && let Some(b) = newsletter_box(dom, i, &text_len, &link_len, protect)
        {
            rule[b as usize] = Some(Rule::Newsletter);
            let end = dom.end(b).min(i);
            for d in dropped
                .get_mut(b as usize..end as usize)
                .into_iter()
                .flatten()
            {
                *d = true;
            }
        }
    }
    Marks { rule, dropped }
}

/// Whether a form asks the reader to write: a text area (a comment, a review, a message) or
/// a field for an e-mail address, a password or a search.
fn asks_for_text(dom: &Dom<'_>, form: NodeIdx) -> bool {
    (form + 1..dom.end(form)).any(|k| {
        dom.element(k).is_some_and(|e| match e.tag {
            Tag::Textarea => true,
            Tag::Input => e.attr("type").is_some_and(|t| {
                let t = t.trim();
                ["email", "password", "search"]
                    .iter()
                    .any(|w| t.eq_ignore_ascii_case(w))
            }),
            _ => false,
        })
    })
}

/// Most nodes of a sign-up form of [`newsletter_box`].
const SIGNUP_FORM_MAX_NODES: NodeIdx = 200;
/// Most levels above a sign-up form that [`newsletter_box`] climbs.
const SIGNUP_BOX_LEVELS: usize = 3;
/// Most visible characters of a newsletter box around a sign-up form.
const SIGNUP_BOX_CHARS: usize = 300;

/// The box around the sign-up form `form`, if it is one: a form of at most
/// [`SIGNUP_FORM_MAX_NODES`] nodes with an `<input type="email">` and no `<textarea>` (a
/// comment or review form). The box is the highest of
/// its [`SIGNUP_BOX_LEVELS`] nearest ancestors that holds at most [`SIGNUP_BOX_CHARS`] visible
/// characters, fewer than half in links, and not the headline; `None` when the form stands
/// in no such box (it goes alone, as every form does).
fn newsletter_box(
    dom: &Dom<'_>,
    form: NodeIdx,
    text_len: &[usize],
    link_len: &[usize],
    headline: Option<NodeIdx>,
) -> Option<NodeIdx> {
    let end = dom.end(form);
    if end - form > SIGNUP_FORM_MAX_NODES {
        return None;
    }
    let mut email = false;
    for k in form + 1..end {
        let Some(e) = dom.element(k) else { continue };
        match e.tag {
            // A comment or review form asks for a text too; a sign-up form only for the address.
            Tag::Textarea => return None,
            Tag::Input => {
                email |= e
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("email"));
            }
            _ => {}
        }
    }
    if !email {
        return None;
    }
    let mut best = None;
    let mut at = form;
    for _ in 0..SIGNUP_BOX_LEVELS {
        let Some(p) = dom.parent(at) else { break };
        let pu = p as usize;
        let text = text_len.get(pu).copied().unwrap_or(usize::MAX);
        let links = link_len.get(pu).copied().unwrap_or(0);
        if text > SIGNUP_BOX_CHARS
            || 2 * links >= text.max(1)
            || headline.is_some_and(|h| dom.contains(p, h))
            || matches!(
                dom.tag(p),
                None | Some(Tag::Body | Tag::Html | Tag::Main | Tag::Article)
            )
        {
            break;
        }
        best = Some(p);
        at = p;
    }
    best
}

/// Most nodes of an element read by [`holds_linked_heading`].
const LINKED_HEADING_MAX_NODES: NodeIdx = 2000;

/// Whether an element holds a heading that is a link, or holds one (`<h2><a href>..</a></h2>`,
/// `<a href><h3>..</h3></a>`): the title of a teaser pointing to another page. Only the first
/// [`LINKED_HEADING_MAX_NODES`] nodes are read.
fn holds_linked_heading(dom: &Dom<'_>, i: NodeIdx) -> bool {
    let end = dom.end(i).min(i.saturating_add(LINKED_HEADING_MAX_NODES));
    // The end of the innermost open link, if any.
    let mut link_end: NodeIdx = 0;
    for j in i + 1..end {
        let Some(el) = dom.element(j) else { continue };
        if el.tag == Tag::A && el.attr("href").is_some() {
            link_end = link_end.max(dom.end(j));
        } else if el.tag.heading_level().is_some() {
            if j < link_end {
                return true;
            }
            let inner = dom.end(j);
            if (j + 1..inner).any(|k| {
                dom.element(k)
                    .is_some_and(|e| e.tag == Tag::A && e.attr("href").is_some())
            }) {
                return true;
            }
        }
    }
    false
}

/// Whether a `class` attribute holds one of `walled_classes` (JSON-LD `hasPart` selectors).
fn is_walled_text(class: Option<&str>, walled_classes: &[String]) -> bool {
    !walled_classes.is_empty()
        && class.is_some_and(|c| {
            c.split_ascii_whitespace()
                .any(|t| walled_classes.iter().any(|w| w == t))
        })
}

/// The most visible characters an element read as metadata (byline, date line, standfirst)
/// may hold and still be dropped from the body.
const MAX_METADATA_CHARS: usize = 400;

/// Elements long enough (visible characters) to be prose when few of them are links.
const PROSE_CHARS: usize = 500;

/// Longest text, in characters, of a writer's bio: a paragraph or two. An author box that long
/// goes though it holds prose; a bio closing the body under its label goes (`extract::filter`).
pub(crate) const AUTHOR_BIO_CHARS: usize = 1200;

/// Fewest visible characters of the walled text of [`holds_walled_paragraphs`].
const WALLED_MIN_CHARS: usize = 100;
/// Most child nodes of an element read by [`holds_walled_paragraphs`].
const WALLED_MAX_CHILDREN: usize = 200;

/// Whether an element named a paywall holds the walled article text: at least two `<p>`
/// children and nothing else but whitespace, each paragraph ending a sentence in any script,
/// none of them a prompt of the phrase tables ("Subscribe to continue reading."), and at least
/// [`WALLED_MIN_CHARS`] of text.
fn holds_walled_paragraphs(dom: &Dom<'_>, i: NodeIdx, text_len: usize) -> bool {
    if text_len < WALLED_MIN_CHARS {
        return false;
    }
    let mut paragraphs = 0;
    for (k, c) in dom.children(i).enumerate() {
        if k >= WALLED_MAX_CHILDREN {
            return false;
        }
        match dom.tag(c) {
            None if dom.text_node(c).is_none_or(|t| t.trim().is_empty()) => {}
            Some(Tag::P) => {
                let text = dom.text(c);
                let ends = crate::text::trim_closers(&text)
                    .chars()
                    .next_back()
                    .is_some_and(crate::text::is_sentence_end);
                if !ends || phrases::classify_block(&text, 0.0).is_some() {
                    return false;
                }
                paragraphs += 1;
            }
            _ => return false,
        }
    }
    paragraphs >= 2
}

/// Elements whose tag alone is the rule (their classes are not consulted).
fn is_tag_rule(tag: Tag) -> bool {
    matches!(tag, Tag::Nav | Tag::Aside | Tag::Dialog | Tag::Form) || tag.is_never_content()
}

/// The rule an element's own markup matches.
fn element_rule<'a>(
    dom: &Dom<'a>,
    i: NodeIdx,
    el: &crate::dom::ElementData<'a>,
    tokens: &mut TokenCache<'a>,
    by_class: &mut HashMap<&'a str, Option<Rule>, FastHash>,
) -> Option<Rule> {
    let tag = el.tag;
    if tag.is_never_content() {
        return Some(Rule::NeverContent);
    }
    match tag {
        Tag::Nav | Tag::Aside => return Some(Rule::Navigation),
        Tag::Dialog => return Some(Rule::Popup),
        // Controls: what a button says ("Bild anzeigen", "Rezept drucken") is an action.
        Tag::Form | Tag::Button => return Some(Rule::Form),
        Tag::Html | Tag::Body | Tag::Main => return None,
        _ => {}
    }
    // Attribute facts and values read once when the arena was built.
    if el.is_hidden() || el.is_aria_hidden() {
        return Some(Rule::Hidden);
    }
    if el.is_aria_modal() {
        return Some(Rule::Popup);
    }
    if let Some(style) = el.style() {
        if let Some(r) = style_rule(style) {
            return Some(r);
        }
    }
    if let Some(role) = el.role() {
        let role = role.trim().to_ascii_lowercase();
        if let Some(&(_, r)) = markup::ROLES.iter().find(|(name, _)| *name == role) {
            return Some(r);
        }
    }
    // A section heading's id is its anchor (`<h3 id="nav_nur_die_folie__1">Nur die Folie
    // bleibt zurück`): it restates the heading's words, whatever its prefix says.
    if let Some(id) = dom.names(el).1 {
        if tag.heading_level().is_some_and(|l| l >= 2) && is_heading_anchor(dom, i, id) {
            return class_rule(naming_values(dom, el).filter(|v| *v != id), tokens);
        }
    }
    let mut names = naming_values(dom, el);
    match (names.next(), names.next()) {
        (None, _) => None,
        // Only a class (the common case): the verdict depends on its value alone.
        (Some(class), None) if dom.names(el).0 == Some(class) => *by_class
            .entry(class)
            .or_insert_with(|| class_rule(std::iter::once(class), tokens)),
        _ => class_rule(naming_values(dom, el), tokens),
    }
}

/// Most characters of a heading's text read by [`is_heading_anchor`].
const ANCHOR_HEADING_MAX_CHARS: usize = 400;

/// Whether `id` on the heading `i` is an anchor made of the heading's own words: its words
/// (split on every non-alphanumeric character, numbers left out) after the first each begin a
/// word of the heading, and at least one does (`nav_schredder_statt__0` on "Schredder statt
/// Ofen", `toc-die-folie` on "Die Folie"). A lone word counts when the heading has it
/// (`id="summary"` on "Summary").
fn is_heading_anchor(dom: &Dom<'_>, i: NodeIdx, id: &str) -> bool {
    let text = dom.text(i);
    if text.len() > ANCHOR_HEADING_MAX_CHARS {
        return false;
    }
    let text = text.to_lowercase();
    let heading: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let id = id.to_ascii_lowercase();
    let words: Vec<&str> = id
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !w.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let in_heading = |w: &&str| heading.iter().any(|h| h.starts_with(*w));
    match words.as_slice() {
        [] => false,
        [only] => in_heading(only),
        [first, rest @ ..] => {
            rest.iter().all(in_heading) && (rest.iter().any(|w| w.len() > 2) || in_heading(first))
        }
    }
}

/// The values of the attributes that name the element ([`crate::dom::NAMING_ATTRS`]).
fn naming_values<'a>(
    dom: &Dom<'a>,
    el: &crate::dom::ElementData<'a>,
) -> impl Iterator<Item = &'a str> + Clone {
    dom.naming_values(el)
}

/// `display:none`, `visibility:hidden`; fixed-position bars are popups.
fn style_rule(style: &str) -> Option<Rule> {
    let compact: String = if style.is_ascii() {
        // Byte for byte: the ASCII whitespace of `char::is_whitespace` is tab to carriage
        // return and space.
        let bytes: Vec<u8> = style
            .bytes()
            .filter(|b| !matches!(b, b'\t'..=b'\r' | b' '))
            .map(|b| b.to_ascii_lowercase())
            .collect();
        String::from_utf8(bytes).unwrap_or_default()
    } else {
        style
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    if compact.contains("display:none") || compact.contains("visibility:hidden") {
        return Some(Rule::Hidden);
    }
    if compact.contains("position:fixed") {
        return Some(Rule::Popup);
    }
    None
}

/// The rule the naming tokens (class, id, `data-area`...) match, if any, unless content words
/// cancel a weak one.
fn class_rule<'a>(
    values: impl Iterator<Item = &'a str> + Clone,
    cache: &mut TokenCache<'a>,
) -> Option<Rule> {
    cache.list.clear();
    for token in values.flat_map(str::split_ascii_whitespace) {
        let verdict = cache.verdict(token);
        cache.list.push(verdict);
    }
    let verdicts = &cache.list;
    // A WordPress post element lists its taxonomy terms as classes (`autor-jane`,
    // `internet-comentarios`): they say what the post is about, not what the element is.
    if verdicts.iter().any(|v| v.post_marker) {
        return None;
    }
    // The article container of a CMS convention (`entry-content`) is not chrome whatever its
    // other classes say (`entry-content entry-content-read-more`: text behind a "read more").
    if verdicts.iter().any(|v| v.container) {
        return None;
    }
    let mut found: Option<Rule> = None;
    let mut content = false;
    for v in verdicts {
        if v.hidden {
            found = found.or(Some(Rule::Hidden));
        }
        if let Some(r) = v.platform {
            return Some(r);
        }
        if v.taxonomy {
            continue;
        }
        content |= v.content;
        found = match found {
            None => v.from_none,
            Some(r) => v.pair.or(Some(r)),
        };
    }
    match found {
        Some(r) if content && r.is_weak() => None,
        other => other,
    }
}

/// What one naming token says, on its own ([`token_verdict`]).
#[derive(Clone, Copy, Default)]
struct TokenVerdict {
    /// One of [`markup::POST_MARKERS`].
    post_marker: bool,
    /// A content container's token ([`crate::extract::is_container_token`]).
    container: bool,
    /// One of [`markup::HIDDEN_CLASSES`].
    hidden: bool,
    /// The rule of a platform prefix ([`markup::token_rule`]).
    platform: Option<Rule>,
    /// A taxonomy slug ([`markup::TAXONOMY_PREFIXES`]): its words are not read.
    taxonomy: bool,
    /// One of its words is in [`markup::CONTENT_WORDS`].
    content: bool,
    /// The rule its words give when no earlier token gave one.
    from_none: Option<Rule>,
    /// The rule of its last pair of words ([`markup::WORD_PAIRS`]), which replaces an earlier
    /// token's rule.
    pair: Option<Rule>,
}

/// Nodes of a page per distinct class token or value it has, about (the maps of
/// [`mark`] are sized from it, between [`MIN_CLASS_ROOM`] and [`MAX_CLASS_ROOM`]).
pub(crate) const CLASS_ROOM_NODES: usize = 16;

/// Fewest entries the class maps are made with.
pub(crate) const MIN_CLASS_ROOM: usize = 64;

/// Most entries the class maps are made with (they grow past it on a page that needs more).
pub(crate) const MAX_CLASS_ROOM: usize = 1024;

/// The verdicts of the naming tokens seen on a page, each judged once.
#[derive(Default)]
struct TokenCache<'a> {
    verdicts: HashMap<&'a str, TokenVerdict, FastHash>,
    /// The verdicts of the element being judged, in token order.
    list: Vec<TokenVerdict>,
}

impl<'a> TokenCache<'a> {
    fn verdict(&mut self, token: &'a str) -> TokenVerdict {
        *self
            .verdicts
            .entry(token)
            .or_insert_with(|| token_verdict(token))
    }
}

/// The prefix of Drupal's field wrapper classes, before the field's machine name.
const DRUPAL_FIELD_NAME: &str = "field--name-";

/// Judge one naming token: the tables, and its words (split on every non-alphanumeric
/// character, lower case) in order, each word's rule taken only when nothing came before it in
/// the token and the word before is no modifier, and a pair of words overriding.
fn token_verdict(raw: &str) -> TokenVerdict {
    let mut v = TokenVerdict {
        post_marker: markup::POST_MARKERS
            .iter()
            .any(|m| raw.eq_ignore_ascii_case(m)),
        container: crate::extract::is_container_token(raw),
        ..TokenVerdict::default()
    };
    let token: std::borrow::Cow<'_, str> = if raw.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(raw.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(raw)
    };
    let token = &*token;
    v.hidden = markup::HIDDEN_CLASSES.contains(&token);
    v.platform = markup::token_rule(token);
    if v.platform.is_some() {
        return v;
    }
    v.taxonomy = markup::TAXONOMY_PREFIXES
        .iter()
        .any(|p| token.starts_with(p));
    if v.taxonomy {
        return v;
    }
    // In BEM names (`block__element--modifier`) the modifier describes a state or what the
    // element holds (`o-section--has-ads`, `TestReport__Section--Ads`): only the block and
    // element parts name what it is.
    // Drupal names a field's wrapper by the field in the modifier (`field--name-field-tags`,
    // `field--name-field-related-articles`): that name says what the element is.
    let named = match token.strip_prefix(DRUPAL_FIELD_NAME) {
        Some(field) => field,
        None => token
            .as_bytes()
            .windows(2)
            .position(|w| w == b"--")
            .and_then(|at| token.get(..at))
            .unwrap_or(token),
    };
    let mut words = named
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    let mut from_none: Option<Rule> = None;
    let mut previous_modifies = false;
    // A live event's commentary (`live-match-comments`, `live-comment-body`: the minute by
    // minute of a match) is the story, not the readers' comments.
    let mut live = false;
    while let Some(w) = words.next() {
        let facts = markup::word_facts(w);
        v.content |= facts.content;
        if from_none.is_none()
            && !previous_modifies
            && !(live && facts.rule == Some(Rule::Comments))
        {
            from_none = facts.rule;
        }
        live |= w == "live";
        previous_modifies = facts.modifier;
        if facts.pair_first {
            if let Some(&next) = words.peek() {
                if let Some(&(_, _, r)) = markup::WORD_PAIRS
                    .iter()
                    .find(|(a, b, _)| *a == w && *b == next)
                {
                    from_none = Some(r);
                    v.pair = Some(r);
                }
            }
        }
    }
    v.from_none = from_none;
    v
}

/// [`visible_text_len`] and the linked text length of each node, in one backward pass.
fn text_and_link_len(dom: &Dom<'_>) -> (Vec<usize>, Vec<usize>) {
    let n = dom.len() as usize;
    let mut text = vec![0usize; n];
    let mut link = vec![0usize; n];
    for i in (0..dom.len()).rev() {
        let iu = i as usize;
        let node = dom.node(i);
        let parent = dom.parent(i).map(|p| p as usize);
        // As in the two-pass `link_text_len` the tests compare with.
        if node.in_link && matches!(node.data, NodeData::Text(_)) {
            link[iu] += node.chars as usize;
        }
        if let Some(p) = parent {
            link[p] += link[iu];
        }
        // As in [`visible_text_len`].
        let own = match &node.data {
            NodeData::Text(_) => node.chars as usize,
            NodeData::Element(e) if e.tag.is_never_content() => {
                text[iu] = 0;
                continue;
            }
            _ => 0,
        };
        text[iu] += own;
        if let Some(p) = parent {
            text[p] += text[iu];
        }
    }
    (text, link)
}

/// Visible characters inside links under each node, in one backward pass over the counts and
/// link flags the DOM stage recorded.
#[cfg(test)]
fn link_text_len(dom: &Dom<'_>) -> Vec<usize> {
    let mut len = vec![0usize; dom.len() as usize];
    for i in (0..dom.len()).rev() {
        let iu = i as usize;
        let node = dom.node(i);
        if node.in_link && matches!(node.data, NodeData::Text(_)) {
            len[iu] += node.chars as usize;
        }
        if let Some(p) = dom.parent(i) {
            len[p as usize] += len[iu];
        }
    }
    len
}

/// Visible characters (not whitespace, not inside never-content elements) under each node, in
/// one backward pass.
pub(crate) fn visible_text_len(dom: &Dom<'_>) -> Vec<usize> {
    let n = dom.len() as usize;
    let mut len = vec![0usize; n];
    for i in (0..dom.len()).rev() {
        let iu = i as usize;
        let node = dom.node(i);
        let own = match &node.data {
            // Counted once by the DOM stage; script and style text counts zero there.
            NodeData::Text(_) => node.chars as usize,
            NodeData::Element(e) if e.tag.is_never_content() => {
                len[iu] = 0;
                continue;
            }
            _ => 0,
        };
        len[iu] += own;
        if let Some(p) = dom.parent(i) {
            len[p as usize] += len[iu];
        }
    }
    len
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::Document as Html;

    #[test]
    fn one_pass_counts_what_the_two_passes_count() {
        let page = r#"<html><head><style>p { color: red }</style></head><body>
            <div class="a"><p>Some <a href="/x">linked <b>text</b></a> and more.</p>
            <noscript><p>Enable <a href="/js">scripts</a></p></noscript>
            <script>var x = "<a>no</a>";</script><a href="/y"><span>Caption</span>
            <noscript>inside</noscript></a></div><p>Tail, with commas, here.</p></body></html>"#;
        let doc = Html::parse_document(page);
        let dom = Dom::build(&doc, None);
        let (text, link) = text_and_link_len(&dom);
        assert_eq!(text, visible_text_len(&dom));
        assert_eq!(link, link_text_len(&dom));
        assert!(link.first().is_some_and(|&l| l > 0));
    }

    fn marked_text(html: &str) -> String {
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc, None);
        let marks = mark(&dom, None, &[], &[]);
        (0..dom.len())
            .filter(|&i| !marks.is_dropped(i))
            .filter_map(|i| dom.text_node(i))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A byline element read as metadata is dropped from the body, unless it runs inside a
    /// sentence of a paragraph.
    #[test]
    fn a_consumed_name_inside_a_sentence_stays() {
        let doc = Html::parse_document(
            r#"<article><h1>Die Bücher des Frühjahrs</h1><p class="byline">Von
            <span itemprop="author">Anna Berger</span></p><p>Der neue Roman von
            <span itemprop="author">Juli Zeh</span> erscheint im Mai.</p><p>By
            <span itemprop="author">Jane Doe</span> and <span itemprop="author">John Smith</span>,
            Staff Writers.</p></article>"#,
        );
        let dom = Dom::build(&doc, None);
        let names: Vec<NodeIdx> = (0..dom.len())
            .filter(|&i| {
                dom.element(i)
                    .is_some_and(|e| e.itemprop() == Some("author"))
            })
            .collect();
        let marks = mark(&dom, None, &names, &[]);
        let text = (0..dom.len())
            .filter(|&i| !marks.is_dropped(i))
            .filter_map(|i| dom.text_node(i))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains("Juli Zeh"), "{text}");
        assert!(!text.contains("Anna Berger"), "{text}");
        assert!(!text.contains("John Smith"), "{text}");
    }

    /// A newsletter box with utility classes only (Tailwind): the e-mail field gives it away,
    /// with its heading and pitch; the story's paragraphs beside it stay.
    #[test]
    fn a_box_around_an_email_field_is_a_signup_box() {
        let text = marked_text(
            r#"<article><h1>Sodium batteries</h1><div class="prose">
            <p>Three startups are racing to build batteries from sodium as lithium prices swing,
            and two of them opened factories this year.</p></div>
            <div class="mt-10 rounded-lg border p-6"><p class="font-semibold">Get The Circuit
            Daily</p><p class="text-sm">The most important stories in tech, every weekday.</p>
            <form><input type="email" placeholder="you@example.com"><button>Sign up</button>
            </form></div></article>"#,
        );
        assert!(text.contains("Three startups"), "{text}");
        assert!(!text.contains("Get The Circuit"), "{text}");
        assert!(!text.contains("every weekday"), "{text}");
        // A review form asks for an address too, with a text area: no sign-up box.
        let text = marked_text(
            r#"<article><div class="tab-content"><p>Write a review</p>
            <form class="review-form"><input type="email"><textarea></textarea></form>
            </div></article>"#,
        );
        assert!(text.contains("Write a review"), "{text}");
        // A search field is no sign-up box.
        let text = marked_text(
            r#"<article><div class="p-4"><p>Find a school near you</p>
            <input type="search"></div></article>"#,
        );
        assert!(text.contains("Find a school"), "{text}");
    }

    /// Local class names of ad slots are whole words: `pub` and `advt` slots go, a
    /// publication date (`pub-date`) and a `publisher` line are no ad.
    #[test]
    fn local_ad_class_words() {
        let text = marked_text(
            r#"<div class="pub"><span>Dokam-barotra</span></div>
            <div class="advt-section">ବିଜ୍ଞାପନ</div><div class="reklama">Mahabat</div>
            <div class="bloc-pub">Publicité</div>
            <p class="publisher">Published by the Courier</p>"#,
        );
        for gone in ["Dokam-barotra", "ବିଜ୍ଞାପନ", "Mahabat", "Publicité"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
        assert!(text.contains("Published by the Courier"), "{text}");
    }

    /// A CMS's closing author tagline (TownNews BLOX `asset-tagline`) is an author box; a
    /// site's motto (`site-tagline`) is no author box by this rule.
    #[test]
    fn an_asset_tagline_is_an_author_box() {
        let text = marked_text(
            r#"<div class="asset-body"><p>The county board approved the budget.</p>
            <div class="asset-tagline">Tyler Brandt covers county government for the Record.
            </div></div><p class="caption-tagline">A caption of the photo</p>"#,
        );
        assert!(text.contains("approved the budget"), "{text}");
        assert!(!text.contains("Tyler Brandt covers"), "{text}");
        assert!(text.contains("A caption of the photo"), "{text}");
    }

    #[test]
    fn walled_text_named_by_structured_data_is_content() {
        let page = r#"<article><p>Free opening paragraph.</p>
            <div class="js-paywall"><p>Walled paragraph for subscribers.</p></div></article>"#;
        let doc = Html::parse_document(page);
        let dom = Dom::build(&doc, None);
        let kept = |walled: &[String]| {
            let marks = mark(&dom, None, &[], walled);
            (0..dom.len())
                .filter(|&i| !marks.is_dropped(i))
                .filter_map(|i| dom.text_node(i))
                .collect::<String>()
        };
        // Without the JSON-LD `hasPart` selector the class reads as a paywall prompt.
        assert!(!kept(&[]).contains("Walled paragraph"));
        assert!(kept(&["js-paywall".to_string()]).contains("Walled paragraph"));
    }

    #[test]
    fn consent_platforms_are_dropped_by_markup() {
        let text = marked_text(
            r#"<div id="onetrust-banner-sdk">We use cookies</div>
               <div class="didomi-popup">Nous utilisons</div>
               <div id="CybotCookiebotDialog">Cookiebot</div>
               <div class="qc-cmp2-container">TCF</div>
               <div id="cookie-law-info-bar">This website uses cookies</div>
               <p>Article text stays.</p>"#,
        );
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>(),
            ["Article", "text", "stays."]
        );
    }

    /// A live match's minute-by-minute commentary, named `live-...-comment(s)`, is the story;
    /// the readers' comments below it still go.
    #[test]
    fn live_commentary_is_not_readers_comments() {
        let kept = marked_text(
            r#"<div class="live-match-comments"><div class="live-match-comment" data-time="95">
               <div class="live-match-comment-time">95'</div><div class="live-match-comment-body">
               C'est terminé au Moustoir !</div></div></div>
               <div class="comments"><div class="comment-body">Quel match nul.</div></div>
               <section class="match-comments">Premier !</section>"#,
        );
        assert!(kept.contains("terminé au Moustoir"), "{kept}");
        assert!(kept.contains("95'"), "{kept}");
        assert!(!kept.contains("Quel match nul"), "{kept}");
        assert!(!kept.contains("Premier"), "{kept}");
    }

    /// A shop's order form around the product's description (a quantity field, a choice, an
    /// "add to cart" button) keeps its prose; a form that asks for a text (a comment form with
    /// a long notice) goes whole, and so do the order form's controls.
    #[test]
    fn an_order_form_around_a_product_description_keeps_its_prose() {
        let prose = "Hochwertige Decke in besonders kuscheliger Doppelverarbeitung mit Namen und \
                     Wunschmotiv, aus robustem und pflegeleichtem Polarfleece gefertigt. ";
        let page = |controls: &str| {
            format!(
                r#"<div class="site">{side}</div><form method="post"><p>Preis: 36,00 EUR</p>
                <select name="farbe"><option>creme</option></select>
                <p>{prose}</p>{controls}<input type="submit" value="In den Warenkorb"></form>"#,
                side = "Andere Produkte aus unserem Sortiment. ".repeat(40),
                prose = prose.repeat(4),
            )
        };
        let kept = marked_text(&page(r#"<input type="text" name="amount" value="1">"#));
        assert!(kept.contains("kuscheliger Doppelverarbeitung"), "{kept}");
        assert!(kept.contains("Preis: 36,00 EUR"), "{kept}");
        assert!(!kept.contains("creme"), "{kept}");
        let kept = marked_text(&page(r#"<textarea name="comment"></textarea>"#));
        assert!(!kept.contains("kuscheliger Doppelverarbeitung"), "{kept}");
        assert!(!kept.contains("Preis: 36,00 EUR"), "{kept}");
    }

    /// A box around an e-mail sign-up form goes whole, whatever its classes; a form without an
    /// e-mail field goes alone, and a box holding the story's text stays.
    #[test]
    fn a_box_around_an_email_signup_form_is_a_newsletter_box() {
        let story = "<p>Analysts say the companies will need federal tax credits to compete.</p>";
        let text = marked_text(&format!(
            r#"<article><div class="prose">{story}</div>
               <div class="mt-10 rounded-lg border bg-gray-50 p-6"><p class="font-semibold">Get
               The Circuit Daily</p><p class="text-sm">The most important stories in tech, every
               weekday morning.</p><form><input type="email" placeholder="you@example.com">
               <button>Sign up</button></form></div></article>"#
        ));
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>().join(" "),
            "Analysts say the companies will need federal tax credits to compete."
        );
        // A review form asks for an address and a text: its box stays.
        let text = marked_text(
            r#"<div class="reviews"><h3>Bewertungen</h3><form><input type="email">
               <textarea></textarea></form></div><p>Body</p>"#,
        );
        assert!(text.contains("Bewertungen"));
        // A search form: its box stays.
        let text = marked_text(
            r#"<div class="box"><p>Find a school near you.</p><form><input type="search">
               </form></div><p>Body</p>"#,
        );
        assert_eq!(text.split_whitespace().count(), 6);
        // The form sits in the story's own container: only the form goes.
        let long = "The council voted on Monday to approve the budget for next year. ".repeat(6);
        let text = marked_text(&format!(
            r#"<div class="c"><p>{long}</p><form><input type="email"></form></div>"#
        ));
        assert!(text.contains("approve the budget"));
    }

    #[test]
    fn an_embed_blocked_until_consent_is_dropped() {
        let text = marked_text(
            r##"<p>Am Ufer entlang radeln.</p><div class="BorlabsCookie">
               <div class="_brlbs-content-blocker"><div class="_brlbs-default"><p>Klicken Sie
               auf den unteren Button, um den Inhalt von www.komoot.de zu laden.</p><p>
               <a class="_brlbs-btn" href="#">Inhalt laden</a></p></div></div></div>"##,
        );
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>(),
            ["Am", "Ufer", "entlang", "radeln."]
        );
    }

    #[test]
    fn a_dateline_opening_a_paragraph_stays_in_it() {
        let text = marked_text(
            r#"<div class="entry"><p><span class="dateline">KOBE – </span>A total of 6,000
               masks were lost.</p><p><span class="hidden">Skip</span>Second.</p>
               <div class="dateline">Kobe, March 3</div></div>"#,
        );
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>(),
            [
                "KOBE", "–", "A", "total", "of", "6,000", "masks", "were", "lost.", "Second."
            ]
        );
    }

    #[test]
    fn adobe_experience_manager_components_are_not_consent_prompts() {
        let rule = |v: &str| class_rule(std::iter::once(v), &mut TokenCache::default());
        assert_eq!(rule("cmp-container"), None);
        assert_eq!(rule("cmp-text"), None);
        assert_eq!(rule("cmp-banner"), Some(Rule::Consent));
        assert_eq!(rule("cmp-wrapper cmp-dark"), Some(Rule::Consent));
    }

    #[test]
    fn a_wordpress_embed_card_of_another_post_is_dropped() {
        let text = marked_text(
            r#"<p>Die Luftwaffe hat mit dem Training begonnen.</p>
               <blockquote class="wp-embedded-content" data-secret="x"><a
               href="https://example.org/h145">Erste H145 für die Bundeswehr</a></blockquote>"#,
        );
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>(),
            [
                "Die",
                "Luftwaffe",
                "hat",
                "mit",
                "dem",
                "Training",
                "begonnen."
            ]
        );
    }

    #[test]
    fn hidden_and_chrome_elements_are_dropped() {
        let text = marked_text(
            r#"<nav>Home</nav><div hidden>h1</div><div aria-hidden="true">h2</div>
               <div style="display: none">h3</div><div class="share-buttons">Share</div>
               <div class="related-posts"><a href="/x">Other story</a></div><div class="hidden-xs">Kept</div>
               <section id="comments">Comment</section><p>Body</p>"#,
        );
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>(),
            ["Kept", "Body"]
        );
        // MediaWiki's pointer to a section's main article.
        let text = marked_text(
            r#"<div role="note" class="hatnote navigation-not-searchable">Main article:
               <a href="/wiki/Firefox">Firefox</a></div><p>Body</p>"#,
        );
        assert_eq!(text.split_whitespace().collect::<Vec<_>>(), ["Body"]);
        // Ad slots named in other languages' words.
        let text = marked_text(
            r#"<div class="reklama">Mahabat</div><div class="advt-section">ବିଜ୍ଞାପନ</div>
               <p>Body</p>"#,
        );
        assert_eq!(text.split_whitespace().collect::<Vec<_>>(), ["Body"]);
    }

    #[test]
    fn a_heading_anchor_id_is_not_a_chrome_name() {
        let text = marked_text(
            r#"<h3 class="subheading" id="nav_schredder_statt__0">Schredder statt Ofen</h3>
               <h3 id="nav_nur_die_folie__1">Nur die Folie bleibt zurück</h3>
               <h3 id="navigation">Weitere Artikel</h3><div id="nav_top">Start</div>
               <p>Body</p>"#,
        );
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>(),
            [
                "Schredder",
                "statt",
                "Ofen",
                "Nur",
                "die",
                "Folie",
                "bleibt",
                "zurück",
                "Body"
            ]
        );
    }

    #[test]
    fn walled_text_under_a_paywall_class_stays_and_the_prompt_goes() {
        let text = marked_text(
            r#"<p>Open text.</p><div class="js-paywall">
               <p>Lekári stavbu vítajú, no pýtajú sa, kto bude v novej budove pracovať.</p>
               <p>Ministerstvo tvrdí, že pripraví aj štipendijný program pre študentov.</p>
               </div>"#,
        );
        assert!(
            text.contains("Lekári") && text.contains("Ministerstvo"),
            "{text}"
        );
        // The prompt: a paywall phrase, a link, a button, or a single line.
        for prompt in [
            r#"<div class="paywall"><p>This article is for subscribers only, and there is
               more of it.</p><p>Already a subscriber? Sign in to read the rest of it.</p></div>"#,
            r#"<div class="paywall"><p>Get unlimited access to all of our journalism today.</p>
               <p>Plans start at one euro per week, cancel at any time you like.</p>
               <button>Subscribe</button></div>"#,
            r#"<div class="paywall"><p>Get unlimited access to all of our journalism today, for
               one euro per week, and cancel at any time you like.</p></div>"#,
        ] {
            let text = marked_text(&format!("<p>Open text.</p>{prompt}"));
            assert_eq!(text.trim(), "Open text.", "{prompt}");
        }
    }

    #[test]
    fn content_words_cancel_weak_rules() {
        let rule = |v: &str| class_rule(std::iter::once(v), &mut TokenCache::default());
        assert_eq!(rule("sidebar-content"), None);
        assert_eq!(rule("sidebar"), Some(Rule::Navigation));
        assert_eq!(rule("article-comments"), Some(Rule::Comments));
        assert_eq!(rule("td-post-sharing-top"), Some(Rule::Social));
        assert_eq!(
            rule("article_footer"),
            None,
            "content word cancels a footer"
        );
        assert_eq!(rule("o-section--has-ads"), None, "a modifier, not an ad");
    }

    #[test]
    fn teasers_of_other_stories_go_and_an_unlinked_lead_stays() {
        let text = marked_text(
            r#"<p class="article-teaser">Die FINA hat die Weltmeisterschaft bestätigt.</p>
               <p>Body</p><div class="teaser"><a href="https://example.org/other">
               <h3>Other story</h3><div class="teaser__lead">Its lead</div></a></div>"#,
        );
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>(),
            [
                "Die",
                "FINA",
                "hat",
                "die",
                "Weltmeisterschaft",
                "bestätigt.",
                "Body"
            ]
        );
    }

    #[test]
    fn buttons_are_controls_not_text() {
        let text = marked_text(
            r#"<p>Den Teig rühren.</p><button>Rezept drucken</button>
               <span class="toggle" role="button">Bild anzeigen</span>"#,
        );
        assert_eq!(text.trim(), "Den Teig rühren.");
    }

    #[test]
    fn a_content_container_is_not_chrome_by_its_other_classes() {
        let rule = |v: &str| class_rule(std::iter::once(v), &mut TokenCache::default());
        assert_eq!(rule("entry-content entry-content-read-more"), None);
        assert_eq!(rule("entry-read-more"), Some(Rule::Related));
    }

    #[test]
    fn taxonomy_terms_on_a_wordpress_post_are_not_roles() {
        let rule = |v: &str| class_rule(std::iter::once(v), &mut TokenCache::default());
        assert_eq!(
            rule("post-12 post type-post status-publish hentry autor-jane internet-comentarios"),
            None
        );
        assert_eq!(rule("internet-comentarios"), Some(Rule::Comments));
    }

    /// Drupal's field wrappers say what they hold in the field name after `field--name-`
    /// (elsewhere a BEM modifier, which is not read).
    #[test]
    fn a_drupal_field_is_judged_by_its_name() {
        let rule = |v: &str| class_rule(std::iter::once(v), &mut TokenCache::default());
        assert_eq!(
            rule("field field--name-field-related-articles field--type-entity-reference"),
            Some(Rule::Related)
        );
        assert_eq!(rule("field field--name-field-tags"), Some(Rule::Tags));
        assert_eq!(
            rule("field field--name-body field--type-text-with-summary"),
            None
        );
        assert_eq!(rule("o-section--has-ads"), None);
        let text = marked_text(
            r#"<div class="field field--name-body"><p>Der Kontrolldienst prüfte 2021 rund
            300 Geschäfte.</p></div><div class="field field--name-field-related-articles">
            <article><h2><a href="/news/pelz">Pelzdeklaration: Kontrollen verschärft</a></h2>
            <p>Der Bund hat im vergangenen Jahr mehr Geschäfte geprüft.</p></article></div>"#,
        );
        assert!(text.contains("Kontrolldienst"), "{text}");
        assert!(!text.contains("Pelzdeklaration"), "{text}");
    }

    /// BBC's screen-reader label before a caption ("Media caption", "Image source") is
    /// hidden text.
    #[test]
    fn off_screen_labels_are_hidden() {
        let text = marked_text(
            r#"<figure><figcaption class="media-caption"><span class="off-screen">Media
            caption</span> <span class="media-caption__text">Mr Obama told the BBC that gun
            control was his biggest frustration</span></figcaption></figure>"#,
        );
        assert!(!text.contains("Media"), "{text}");
        assert!(text.contains("Mr Obama told the BBC"), "{text}");
        // The same class word at the end of a generated class name.
        let text = marked_text(
            r#"<figcaption><span class="ssrcss-1bmt9w7-VisuallyHidden">Image caption, </span>
            The operator runs up to 40 crossings a day</figcaption>"#,
        );
        assert!(!text.contains("Image caption"), "{text}");
        assert!(text.contains("The operator runs"), "{text}");
    }

    /// Related-stories blocks named in other languages or by CMS conventions.
    #[test]
    fn related_blocks_of_other_names_are_related() {
        let rule = |v: &str| class_rule(std::iter::once(v), &mut TokenCache::default());
        for class in [
            "moduleDefault relacionados",
            "article-mostviewed",
            "wp-block-mmo-recirculation-box",
            "news-list-view nextread",
            "box-lesetipps",
            "text-marginale linktipps content-wrapper",
            "articoli-correlati",
        ] {
            assert_eq!(rule(class), Some(Rule::Related), "{class}");
        }
        // A content container's own name is not overridden.
        assert_eq!(rule("entry-content relacionados"), None);
        // Call-to-action boxes and link boxes inside the text.
        assert_eq!(rule("cta-fandom-contributor"), Some(Rule::Ad));
        assert_eq!(rule("cta-box"), Some(Rule::Ad));
        assert_eq!(rule("linkbox_large"), Some(Rule::Related));
    }

    /// A related-stories block whose teasers carry long excerpts reads as prose, but its
    /// linked headlines make it a list of other stories; a `read-more` block of the article's
    /// own prose (no linked heading) stays.
    #[test]
    fn related_teasers_with_excerpts_are_dropped() {
        let excerpt = "Head coach of the senior men's football team says the absence of local \
                       competition is a hindrance to the team's preparation for the fixtures. ";
        let teaser = format!(
            r#"<div class="item"><h3><a href="/news/sport/x">Squad named for qualifiers</a></h3>
            <p>{excerpt}</p><span>Posted on March 6, 2021</span></div>"#
        );
        let text = marked_text(&format!(
            r#"<div class="story"><p>The Tridents have a month to prepare.</p></div>
            <div class="related-news">{teaser}{teaser}{teaser}{teaser}{teaser}</div>
            <div class="entry-read-more"><h3>The season so far</h3><p>{excerpt}{excerpt}</p></div>"#
        ));
        assert!(text.contains("a month to prepare"), "{text}");
        assert!(!text.contains("Squad named"), "{text}");
        assert!(text.contains("The season so far"), "{text}");
    }

    #[test]
    fn naming_attributes_beyond_class_and_id_are_read() {
        let text = marked_text(
            r#"<div data-qa="newsletter-signup">Sign up</div><div id="x" class="share">S</div>
               <div data-id="7" class="story">Kept</div><div role="main" aria-hidden="TRUE ">h</div>"#,
        );
        assert_eq!(text.split_whitespace().collect::<Vec<_>>(), ["Kept"]);
    }

    #[test]
    fn a_wrapper_holding_the_article_is_kept() {
        let body = "word ".repeat(500);
        let text = marked_text(&format!(
            r#"<div class="layout has-sidebar widget-area"><p>{body}</p></div><p>tail</p>"#
        ));
        assert!(text.contains("word"));
    }
}
