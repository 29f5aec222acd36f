//! Node scoring: which element holds the article.
//!
//! Each paragraph-like element with enough text scores `1 + commas + min(chars / 100, 3)`; the
//! score goes to its parent in full, to its grandparent by half, and to the two levels above
//! that by a third of the level (a bounded walk of four parents, not an ancestor scan). A
//! candidate starts from a weight for its tag and its class and id words, and its total is scaled
//! by the share of its text that is not link text.

use crate::dom::{Dom, NodeIdx, Tag};
use crate::noise::Marks;

use super::stats::NodeStats;

/// Shortest paragraph that scores, in visible characters.
const MIN_PARAGRAPH_CHARS: u32 = 20;

/// Visible characters from which a candidate's tag and class weight count in full (100 let a
/// rating line under an `accordion-content` class beat a recipe's method; 200 costs two pages).
const FULL_WEIGHT_CHARS: f32 = 150.0;

/// Parent levels a paragraph's score reaches (Readability uses 5; 4 measured +0.0024
/// readability shingle F1 and -0.0015 trafilatura snippet F1; 3 costs trafilatura more).
const LEVELS: usize = 4;

/// Class and id words of content containers (`+25`). `text` and `page` stay although utility CSS
/// uses them (`text-2xl`): on the corpus they are evidence of content more often than not.
const POSITIVE_WORDS: &[&str] = &[
    "article",
    "articlebody",
    "body",
    "content",
    "entry",
    "hentry",
    "main",
    "page",
    "post",
    "text",
    "blog",
    "story",
    "prose",
    "news",
    "single",
    "detail",
    "inhalt",
    "artikel",
    "texte",
    "contenu",
    "cuerpo",
    "contenido",
    "corpo",
    "testo",
    "tresc",
];

/// Class and id words of page chrome (`-25`).
const NEGATIVE_WORDS: &[&str] = &[
    "hidden",
    "banner",
    "combx",
    "comment",
    "comments",
    "com",
    "contact",
    "foot",
    "footer",
    "footnote",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "tool",
    "widget",
    "nav",
    "menu",
    "ad",
    "ads",
    "teaser",
    "recommend",
    "popular",
    "more",
    "list",
    "links",
    "card",
    "caption",
    "credit",
    "byline",
    "author",
    "date",
    "subscribe",
    "newsletter",
    // Sliders and carousels rotate teasers, quotes and pictures, not the article.
    "slider",
    "slides",
    "carousel",
    "testimonial",
    "testimonials",
];

/// A scored element.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    /// The element.
    pub node: NodeIdx,
    /// Its final score.
    pub score: f32,
}

/// Score every element; returns the per-node scores (0 for non-candidates) and the candidates
/// sorted best first.
pub(crate) fn score(
    dom: &Dom<'_>,
    marks: &Marks,
    stats: &[NodeStats],
) -> (Vec<f32>, Vec<Candidate>) {
    let n = dom.len() as usize;
    let mut raw = vec![0f32; n];
    let mut touched = vec![false; n];
    let mut touched_list: Vec<NodeIdx> = Vec::new();
    let mut lower = String::new();
    for i in marks.kept(dom) {
        // The text length first: it is read from the small stats array, and most nodes are
        // too short, so their arena entry is not read.
        let s = &stats[i as usize];
        if s.chars < MIN_PARAGRAPH_CHARS || !is_paragraph(dom, stats, i) {
            continue;
        }
        let points = 1.0 + s.commas as f32 + (s.chars as f32 / 100.0).min(3.0);
        let mut node = i;
        for level in 0..LEVELS {
            let Some(p) = dom.parent(node) else { break };
            if dom.element(p).is_none() {
                break;
            }
            let pu = p as usize;
            if !touched[pu] {
                touched[pu] = true;
                touched_list.push(p);
                // Class names are evidence about a node with text; on a node with a line or
                // two (utility classes like `text-2xl`) they would outweigh the article.
                let evidence = (stats[pu].chars as f32 / FULL_WEIGHT_CHARS).min(1.0).sqrt();
                raw[pu] += base_weight(dom, p, &mut lower) * evidence;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            raw[pu] += points / divider;
            node = p;
        }
    }
    let mut scores = vec![0f32; n];
    let mut candidates: Vec<Candidate> = touched_list
        .into_iter()
        .map(|c| {
            let cu = c as usize;
            let s = raw[cu] * (1.0 - stats[cu].link_density());
            scores[cu] = s;
            Candidate { node: c, score: s }
        })
        .collect();
    candidates.sort_by(|a, b| b.score.total_cmp(&a.score));
    (scores, candidates)
}

/// Elements whose own text is a paragraph: `<p>`, `<pre>`, `<td>`, and containers with text
/// but no block below them; and a run of text loose in a container that also holds blocks
/// (`<div><div class="photo">..</div>Text<br>More text</div>`: paragraphs written with `<br>`).
pub(crate) fn is_paragraph(dom: &Dom<'_>, stats: &[NodeStats], i: NodeIdx) -> bool {
    if dom.text_node(i).is_some() {
        return dom.parent(i).is_some_and(|p| {
            matches!(
                dom.tag(p),
                Some(Tag::Div | Tag::Section | Tag::Article | Tag::Main | Tag::Td)
            ) && stats[p as usize].has_block
        });
    }
    match dom.tag(i) {
        Some(Tag::P | Tag::Pre | Tag::Td | Tag::Blockquote) => true,
        Some(Tag::Div | Tag::Section | Tag::Article | Tag::Span | Tag::Font | Tag::Center) => {
            !stats[i as usize].has_block
                && dom.parent(i).is_some_and(|p| dom.tag(p) != Some(Tag::P))
        }
        _ => false,
    }
}

/// The starting weight of a candidate: its tag, and its class and id words.
fn base_weight(dom: &Dom<'_>, i: NodeIdx, lower: &mut String) -> f32 {
    let Some(el) = dom.element(i) else { return 0.0 };
    let tag_weight = match el.tag {
        Tag::Div | Tag::Article | Tag::Main => 5.0,
        Tag::Pre | Tag::Td | Tag::Blockquote => 3.0,
        Tag::Address | Tag::Ol | Tag::Ul | Tag::Dl | Tag::Dd | Tag::Dt | Tag::Li | Tag::Form => {
            -3.0
        }
        Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 | Tag::Th => -5.0,
        _ => 0.0,
    };
    // Class and id as read when the arena was built.
    let (class, id) = dom.names(el);
    tag_weight + class_weight(class, id, lower)
}

/// [`NEGATIVE_WORDS`] and [`POSITIVE_WORDS`] by word, built once: (in the negative table, in
/// the positive table), one hash look-up per word instead of a scan of both tables.
static WORD_WEIGHTS: std::sync::LazyLock<
    std::collections::HashMap<&'static str, (bool, bool), crate::fast_hash::FastHash>,
> = std::sync::LazyLock::new(|| {
    let mut map: std::collections::HashMap<&'static str, (bool, bool), _> =
        std::collections::HashMap::default();
    for &w in NEGATIVE_WORDS {
        map.entry(w).or_insert((false, false)).0 = true;
    }
    for &w in POSITIVE_WORDS {
        map.entry(w).or_insert((false, false)).1 = true;
    }
    map
});

/// `+25` for content words in the class and in the id, `-25` for chrome words, each at most
/// once per attribute. `lower`: a buffer kept between calls, each word lower-cased into it.
pub(crate) fn class_weight(class: Option<&str>, id: Option<&str>, lower: &mut String) -> f32 {
    let mut weight = 0.0;
    for attr in [class, id].into_iter().flatten() {
        let (mut negative, mut positive) = (false, false);
        for w in attr
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            lower.clear();
            if w.is_ascii() {
                lower.push_str(w);
                lower.make_ascii_lowercase();
            } else {
                lower.push_str(&w.to_lowercase());
            }
            if let Some(&(neg, pos)) = WORD_WEIGHTS.get(lower.as_str()) {
                negative |= neg;
                positive |= pos;
            }
        }
        if negative {
            weight -= 25.0;
        }
        if positive {
            weight += 25.0;
        }
    }
    weight
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_written_with_br_in_a_container_with_blocks_scores() {
        let text = "After heavy downpours on Monday, Tuesday morning was met with strong, cold winds that brought early winter temperatures, officials said.";
        let page = format!(
            r#"<html><body><div class="body_txt"><div class="img_box"><img src="/a.jpg">
            <p class="cap">Photo : YONHAP News</p></div>{t}<br><br>{t}<br><br>{t}</div>
            <div class="aside"><p>Other news: the market, the weather, and more, in a few lines here.</p></div>
            </body></html>"#,
            t = text
        );
        let html = crate::tree::Document::parse_document(&page);
        let dom = Dom::build(&html, None);
        let marks = crate::noise::mark(&dom, None, &[], &[]);
        let stats = super::super::stats::compute(&dom, &marks);
        let (_, candidates) = score(&dom, &marks, &stats);
        let best = candidates.first().expect("a candidate");
        let class = dom.element(best.node).and_then(|e| e.class());
        assert_eq!(class, Some("body_txt"), "{candidates:?}");
    }

    /// A line or two under a "content" class (a rating widget repeated over a gallery) must
    /// not outscore a recipe's method written as one block of text with `<br>` breaks.
    #[test]
    fn a_class_name_on_a_short_line_does_not_beat_the_text() {
        let step = "Den Kuchen bei 175 Grad Ober- und Unterhitze etwa 80 Minuten backen, dann \
                    auskühlen lassen.";
        // 42 visible characters, 13 of them a link.
        let rating = r#"<div class="accordion-content"><div><a href="/login">Jetzt anmelden</a>
            und das Bild bewerten bitte sehr!!</div></div>"#;
        let page = format!(
            r#"<html><body><div class="gallery">{rating}{rating}{rating}</div>
            <article class="box"><h2>Zubereitung</h2><div class="box">{step}<br><br>{step}<br>
            <br>{step}<br><br>{step}</div></article></body></html>"#
        );
        let html = crate::tree::Document::parse_document(&page);
        let dom = Dom::build(&html, None);
        let marks = crate::noise::mark(&dom, None, &[], &[]);
        let stats = super::super::stats::compute(&dom, &marks);
        let (_, candidates) = score(&dom, &marks, &stats);
        let best = candidates.first().expect("a candidate");
        assert_eq!(dom.tag(best.node), Some(Tag::Article), "{candidates:?}");
    }

    #[test]
    fn class_words_weigh_both_ways() {
        let mut w = String::new();
        assert_eq!(class_weight(Some("entry-content"), None, &mut w), 25.0);
        assert_eq!(class_weight(Some("sidebar"), Some("main"), &mut w), 0.0);
        assert_eq!(class_weight(Some("related-list"), None, &mut w), -25.0);
        assert_eq!(class_weight(None, None, &mut w), 0.0);
        // Every word of each table weighs as the table says, in any case.
        for &word in POSITIVE_WORDS {
            let want = if NEGATIVE_WORDS.contains(&word) {
                0.0
            } else {
                25.0
            };
            assert_eq!(
                class_weight(Some(&word.to_uppercase()), None, &mut w),
                want,
                "{word}"
            );
        }
        for &word in NEGATIVE_WORDS {
            let want = if POSITIVE_WORDS.contains(&word) {
                0.0
            } else {
                -25.0
            };
            assert_eq!(class_weight(None, Some(word), &mut w), want, "{word}");
        }
        assert_eq!(
            class_weight(Some("testimonial-slider flexslider"), None, &mut w),
            -25.0
        );
        assert_eq!(class_weight(Some("slides"), None, &mut w), -25.0);
    }
}
