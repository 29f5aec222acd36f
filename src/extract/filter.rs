//! Block-level rules: what the markup rules could not see, judged on each block's text.
//!
//! - the phrase tables of [`crate::noise::phrases`] (ad labels, share and list labels,
//!   "Read more" lines, paywall and consent prompts);
//! - link density: lists and short paragraphs that are mostly links point elsewhere;
//! - repeats of the metadata: the headline at the top of the body.

use crate::article::{Block, CreditRole, Inline};
use crate::metadata::Meta;
use crate::noise::{Rule, phrases};

use super::Dropped;
use super::blocks::BuiltBlock;

/// Link share above which a list is a list of other pages.
const LIST_LINK_DENSITY: f32 = 0.8;
/// Link share above which a short paragraph is a link line.
const PARAGRAPH_LINK_DENSITY: f32 = 0.75;
/// Paragraphs at most this long (visible characters) are link lines when half is link text
/// ("Normas › Más información").
const SHORT_LINE_CHARS: usize = 40;
/// Paragraphs at most this long (visible characters) can be link lines.
const LINK_LINE_CHARS: usize = 250;

/// Keep the blocks that pass every rule; report the others.
pub(crate) fn apply(built: Vec<BuiltBlock>, meta: &Meta) -> (Vec<Block>, Vec<Dropped>) {
    let total = built.len();
    let mut kept = Vec::with_capacity(built.len());
    let mut dropped = Vec::new();
    let title = meta.title.as_deref().map(phrases::normalise);
    for (k, b) in built.into_iter().enumerate() {
        let text = block_text(&b.block);
        let rule = judge(&b, &text, k, title.as_deref()).or_else(|| {
            // "Publiziert: 03.04.2020, 12:35" closing the article.
            (k + 2 >= total && is_date_line(&text, b.chars)).then_some(Rule::Byline)
        });
        match rule {
            Some(rule) => dropped.push(Dropped {
                rule,
                preview: text.chars().take(80).collect(),
            }),
            None => kept.push(b.block),
        }
    }
    // The article ends with its last sentence: a heading with nothing after it labelled a box
    // the rules removed, and a short line without closing punctuation after the text ("Mehr
    // aus dem Channel", "Teilnehmende Blogs:") is a label, a credit or a link of the page.
    while kept.len() > MIN_BLOCKS_FOR_TRAILING && kept.last().is_some_and(is_trailing_label) {
        if let Some(block) = kept.pop() {
            dropped.push(Dropped {
                rule: Rule::Boilerplate,
                preview: block_text(&block).chars().take(80).collect(),
            });
        }
    }
    (kept, dropped)
}

fn judge(b: &BuiltBlock, text: &str, position: usize, title: Option<&str>) -> Option<Rule> {
    let link_share = if b.chars == 0 {
        0.0
    } else {
        b.link_chars as f32 / b.chars as f32
    };
    match &b.block {
        Block::List { .. } if link_share > LIST_LINK_DENSITY => return Some(Rule::LinkDense),
        // An article's section headings are not links; a linked heading is a teaser.
        Block::Heading { .. } if link_share > 0.5 => return Some(Rule::LinkDense),
        Block::Paragraph { .. }
            if b.chars <= LINK_LINE_CHARS && link_share > PARAGRAPH_LINK_DENSITY
                || b.chars <= SHORT_LINE_CHARS && link_share >= 0.5 =>
        {
            return Some(Rule::LinkDense);
        }
        Block::Figure { .. } if is_picture_credit(text) => return Some(Rule::Credit),
        // A picture captioned "Reklama" / "Anzeige" is an advertisement.
        Block::Figure { .. } if phrases::classify_block(text, 0.0) == Some(Rule::AdLabel) => {
            return Some(Rule::AdLabel);
        }
        Block::Figure { .. } | Block::Table { .. } | Block::Preformatted { .. } => return None,
        _ => {}
    }
    if let Some(rule) = phrases::classify_block(text, link_share) {
        return Some(rule);
    }
    if is_picture_credit(text) {
        return Some(Rule::Credit);
    }
    if position < 4 {
        let line = phrases::normalise(text);
        if title == Some(line.as_str()) {
            return Some(Rule::Metadata);
        }
        if is_date_line(text, b.chars) {
            return Some(Rule::Byline);
        }
    }
    None
}

/// Bodies of at most this many blocks keep their last line whatever it is: they are too short to
/// tell a label from the text.
const MIN_BLOCKS_FOR_TRAILING: usize = 4;

/// Visible characters under which a closing line without final punctuation is a label.
const TRAILING_LABEL_CHARS: usize = 60;

/// Whether a block at the end of the body is a label rather than the article's last words.
fn is_trailing_label(block: &Block) -> bool {
    match block {
        Block::Heading { .. } => true,
        Block::Paragraph { content } => {
            let text: String = content.iter().map(Inline::text).collect();
            let text = text.trim();
            crate::dom::visible_chars(text) < TRAILING_LABEL_CHARS
                && !ends_sentence(text)
                // Credit lines ("Con información de EFE") are metadata the attribution stage
                // takes out.
                && crate::attribution::parse_line(text).is_none()
                && crate::attribution::signature_name(block).is_none()
        }
        _ => false,
    }
}

/// Whether text ends as a sentence does (closing quotes and brackets allowed).
pub(super) fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '”', '»', '’', '\'', ')', ']', '*']);
    t.ends_with(['.', '!', '?', '…', '。', '！', '？', ':', ';'])
}

/// A line that only credits a picture ("Foto: dpa", "Photo: AP / Jane Doe", "praca /
/// Shutterstock").
fn is_picture_credit(text: &str) -> bool {
    text.len() <= 200
        && (is_agency_credit(text)
            || has_credit_cue(text)
                && crate::attribution::parse_line(text)
                    .is_some_and(|credits| credits.iter().all(|c| c.role == CreditRole::Photo)))
}

/// Picture agencies and stock libraries, whose names only ever appear in picture credits.
const PICTURE_AGENCIES: &[&str] = &[
    "shutterstock",
    "istock",
    "getty images",
    "gettyimages",
    "thinkstock",
    "clipdealer",
    "fotolia",
    "adobe stock",
    "adobestock",
    "pixabay",
    "unsplash",
    "pexels",
    "picture alliance",
    "picture-alliance",
    "imago images",
    "depositphotos",
    "dreamstime",
    "alamy",
];

/// Longest line, in characters, read as a bare agency credit.
const AGENCY_CREDIT_CHARS: usize = 60;

/// A short line naming a picture agency that is not a sentence: "Bild: shutterstock",
/// "SilviaJansen/Gettyimages", "© Matthias Hangst/Getty Images".
fn is_agency_credit(text: &str) -> bool {
    let t = text.trim();
    if t.chars().count() > AGENCY_CREDIT_CHARS || t.ends_with(['.', '!', '?']) {
        return false;
    }
    let lower = t.to_lowercase();
    PICTURE_AGENCIES.iter().any(|a| lower.contains(a))
}

/// Words without which a line cannot be a picture credit: a label's colon, a copyright sign,
/// or "photo"-like words ("Photo by X", "Foto X").
const CREDIT_CUES: &[&str] = &["photo", "foto", "fot.", "bild", "image", "credit", "crédit"];

/// A cheap test that spares most blocks the credit parser.
fn has_credit_cue(text: &str) -> bool {
    if text.contains([':', '©']) {
        return true;
    }
    let lower = text.to_lowercase();
    CREDIT_CUES.iter().any(|c| lower.contains(c))
}

/// A short line at the top of the body that is mostly a date ("Barcelona - 14 de marzo de 2026 -
/// 10:15 CET"): the dateline of the page, read as metadata.
fn is_date_line(text: &str, chars: usize) -> bool {
    chars <= DATE_LINE_CHARS
        && text.split_whitespace().count() <= DATE_LINE_WORDS
        && crate::metadata::date::parse_date(text).is_some()
}

/// Date lines are at most this long (visible characters)...
const DATE_LINE_CHARS: usize = 80;
/// ... and this many words.
const DATE_LINE_WORDS: usize = 12;

/// The text of a block, for the phrase rules.
fn block_text(block: &Block) -> String {
    let runs = |r: &[Inline]| r.iter().map(Inline::text).collect::<String>();
    match block {
        Block::Heading { content, .. } | Block::Paragraph { content } => runs(content),
        Block::List { items, .. } => items.iter().map(|i| runs(i)).collect::<Vec<_>>().join("\n"),
        Block::Quote { paragraphs } => paragraphs
            .iter()
            .map(|p| runs(p))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Figure { caption, .. } => runs(caption),
        Block::Preformatted { text } => text.clone(),
        Block::Table { rows } => rows
            .iter()
            .map(|r| r.cells.join(" "))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_captioned_as_an_ad_is_dropped() {
        let page = r#"<html><body><article><h1>Gaz</h1>
            <p>Rosyjskie media biją na alarm, że Polska zamierza przywłaszczyć sobie część gazociągu Jamał, a Moskwa ma działać.</p>
            <figure><a href="https://shop.example/"><img src="/ad.jpg" alt="Reklama"></a><figcaption>Reklama</figcaption></figure>
            <p>Polska dywersyfikuje dostawy i oprócz rozbudowy terminala LNG w Świnoujściu, buduje kolejny w Gdańsku.</p>
            </article></body></html>"#;
        let text = crate::extract(page, None).expect("extracts").text();
        assert!(!text.contains("Reklama"), "{text}");
        assert!(text.contains("Polska dywersyfikuje"), "{text}");
    }

    #[test]
    fn bare_agency_credits_are_picture_credits() {
        for line in [
            "praca / ShutterStock",
            "SilviaJansen/Gettyimages",
            "© Matthias Hangst/Getty Images",
            "Stau © aremac / Clipdealer",
        ] {
            assert!(is_picture_credit(line), "{line}");
        }
        for line in [
            "Getty Images reported higher revenue this quarter than analysts had expected.",
            "The photographer sold the series to Getty Images in 2019, long before the trial began.",
        ] {
            assert!(!is_picture_credit(line), "{line}");
        }
    }
}
