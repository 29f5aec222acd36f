//! Failure analysis: which content candidate won, with what score, and what was dropped by
//! which rule. Returned by [`Extractor::explain`](crate::Extractor::explain).

use std::fmt;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// Why the body came out as it did.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Report {
    /// How the main content element was chosen: `"score"`, `"container"`, `"parent"` or
    /// `"fallback"`.
    pub method: String,
    /// The element read as the headline, as a `tag#id.class` description.
    pub headline: Option<String>,
    /// The elements the body was read from, as `tag#id.class` descriptions.
    pub roots: Vec<String>,
    /// The best-scored candidates, best first.
    pub candidates: Vec<CandidateReport>,
    /// Page elements dropped as chrome, counted per rule, most frequent first.
    pub noise: Vec<(String, usize)>,
    /// The dropped elements holding the most text: (rule, element, visible characters).
    pub largest_dropped: Vec<(String, String, usize)>,
    /// Blocks of the chosen content dropped by the block rules, in order.
    pub dropped_blocks: Vec<DroppedBlock>,
}

/// A scored content candidate.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct CandidateReport {
    /// The element, as `tag#id.class`.
    pub element: String,
    /// Its score.
    pub score: f32,
    /// Visible characters it holds after noise removal.
    pub chars: u32,
    /// Share of those characters inside links.
    pub link_density: f32,
}

/// A block dropped from the chosen content.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct DroppedBlock {
    /// The rule that dropped it (`"ad-label"`, `"related"`, `"link-dense"`, ...).
    pub rule: String,
    /// The start of its text.
    pub text: String,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "method: {}", self.method)?;
        writeln!(f, "headline: {}", self.headline.as_deref().unwrap_or("-"))?;
        writeln!(f, "body read from: {}", self.roots.join(", "))?;
        writeln!(f, "candidates:")?;
        for c in &self.candidates {
            writeln!(
                f,
                "  {:>8.1}  {:>6} chars  links {:>4.2}  {}",
                c.score, c.chars, c.link_density, c.element
            )?;
        }
        writeln!(f, "noise dropped (elements per rule):")?;
        for (rule, n) in &self.noise {
            writeln!(f, "  {n:>5}  {rule}")?;
        }
        writeln!(f, "largest dropped elements:")?;
        for (rule, element, chars) in &self.largest_dropped {
            writeln!(f, "  {chars:>6} chars  [{rule}] {element}")?;
        }
        writeln!(f, "blocks dropped:")?;
        for d in &self.dropped_blocks {
            writeln!(f, "  [{}] {}", d.rule, d.text)?;
        }
        Ok(())
    }
}
