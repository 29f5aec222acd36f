//! Batch extraction: many pages on several threads with one shared [`Extractor`].
//!
//! An extraction is CPU-bound and independent of every other, and an [`Extractor`] is
//! `Send + Sync`, so a batch parallelises by handing pages to worker threads. The threads here
//! are scoped standard threads that take the next page from a shared counter, so a slow page
//! never holds up the pages behind it; the results come back in input order. (A rayon
//! `par_iter().map(|p| extractor.extract(..))` does the same with the same speed-up, measured
//! on the corpus; this helper needs no dependency.)

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use crate::article::Article;
use crate::error::Error;
use crate::extractor::Extractor;

/// One page of a batch: its HTML as text or as raw bytes, and its URL when known.
///
/// ```
/// use newsprint::Page;
/// let text = Page::text("<p>Hello</p>").url("https://news.example/a");
/// let bytes = Page::bytes(b"<p>Hello</p>").charset("windows-1252");
/// # let _ = (text, bytes);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page<'a> {
    input: Input<'a>,
    url: Option<&'a str>,
}

/// The two ways a page comes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Input<'a> {
    /// Already text: extracted with [`Extractor::extract`].
    Text(&'a str),
    /// Raw bytes, decoded first: extracted with [`Extractor::extract_bytes_with_charset`].
    Bytes {
        bytes: &'a [u8],
        charset: Option<&'a str>,
    },
}

impl<'a> Page<'a> {
    /// A page given as text.
    pub fn text(html: &'a str) -> Self {
        Page {
            input: Input::Text(html),
            url: None,
        }
    }

    /// A page given as raw bytes in any encoding (see [`Extractor::extract_bytes`]).
    pub fn bytes(html: &'a [u8]) -> Self {
        Page {
            input: Input::Bytes {
                bytes: html,
                charset: None,
            },
            url: None,
        }
    }

    /// The page's absolute URL (see [`Extractor::extract`]).
    pub fn url(mut self, url: &'a str) -> Self {
        self.url = Some(url);
        self
    }

    /// The charset the transport declared (see [`Extractor::extract_bytes_with_charset`]);
    /// ignored for a page given as text.
    pub fn charset(mut self, charset: &'a str) -> Self {
        if let Input::Bytes { bytes, .. } = self.input {
            self.input = Input::Bytes {
                bytes,
                charset: Some(charset),
            };
        }
        self
    }
}

impl<'a> From<&'a str> for Page<'a> {
    fn from(html: &'a str) -> Self {
        Page::text(html)
    }
}

impl<'a> From<&'a [u8]> for Page<'a> {
    fn from(html: &'a [u8]) -> Self {
        Page::bytes(html)
    }
}

impl Extractor {
    /// Extract one [`Page`] (as [`Extractor::extract`] or
    /// [`Extractor::extract_bytes_with_charset`], by how the page was given).
    ///
    /// # Errors
    /// As [`Extractor::extract_bytes`].
    pub fn extract_page(&self, page: &Page<'_>) -> Result<Article, Error> {
        match page.input {
            Input::Text(html) => self.extract(html, page.url),
            Input::Bytes { bytes, charset } => {
                self.extract_bytes_with_charset(bytes, page.url, charset)
            }
        }
    }

    /// Extract every page, in parallel on as many threads as the machine has cores; the
    /// results come back in input order, one per page.
    ///
    /// Peak memory is about one page's working set per thread plus the articles returned: for
    /// millions of pages, call this on chunks of a few thousand.
    ///
    /// ```
    /// use newsprint::{Extractor, Page};
    /// let pages = [
    ///     Page::text("<title>One</title><article><p>The first page of the batch.</p></article>"),
    ///     Page::bytes(b"<title>Two</title><article><p>The second page.</p></article>"),
    /// ];
    /// let articles = Extractor::new().extract_many(&pages);
    /// assert_eq!(articles.len(), 2);
    /// assert_eq!(articles[1].as_ref().unwrap().title.as_deref(), Some("Two"));
    /// ```
    pub fn extract_many(&self, pages: &[Page<'_>]) -> Vec<Result<Article, Error>> {
        let cores = thread::available_parallelism().map_or(1, NonZeroUsize::get);
        self.extract_many_with_threads(pages, cores)
    }

    /// As [`Extractor::extract_many`], on at most `threads` threads (the calling thread is one
    /// of them; `0` counts as `1`). If the system refuses to start a thread, the batch runs on
    /// the threads it has.
    ///
    /// A panic inside an extraction (a bug) is re-raised on the calling thread, as it would be
    /// by a loop over [`Extractor::extract_page`].
    pub fn extract_many_with_threads(
        &self,
        pages: &[Page<'_>],
        threads: usize,
    ) -> Vec<Result<Article, Error>> {
        let threads = threads.clamp(1, pages.len().max(1));
        if threads == 1 {
            return pages.iter().map(|p| self.extract_page(p)).collect();
        }
        let next = AtomicUsize::new(0);
        let work = || {
            let mut done = Vec::new();
            // Each page is taken once: the counter only grows, and ends the loop past the end.
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(page) = pages.get(i) else { break };
                done.push((i, self.extract_page(page)));
            }
            done
        };
        let mut results: Vec<(usize, Result<Article, Error>)> = Vec::with_capacity(pages.len());
        thread::scope(|scope| {
            let workers: Vec<_> = (1..threads)
                .filter_map(|_| thread::Builder::new().spawn_scoped(scope, work).ok())
                .collect();
            results.extend(work());
            for worker in workers {
                match worker.join() {
                    Ok(done) => results.extend(done),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
        });
        results.sort_unstable_by_key(|&(i, _)| i);
        results.into_iter().map(|(_, r)| r).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page_html(i: usize) -> String {
        format!(
            "<html><head><title>Story {i} - The Daily</title></head><body><article>\
             <h1>Story {i}</h1><p>Paragraph of story number {i}, long enough to be read as \
             the body of the article by the extractor, with a few more words.</p>\
             </article></body></html>"
        )
    }

    #[test]
    fn results_come_back_in_input_order() {
        let htmls: Vec<String> = (0..40).map(page_html).collect();
        let pages: Vec<Page<'_>> = htmls.iter().map(|h| Page::text(h)).collect();
        let ex = Extractor::new();
        let parallel = ex.extract_many_with_threads(&pages, 3);
        let serial: Vec<_> = pages.iter().map(|p| ex.extract_page(p)).collect();
        assert_eq!(parallel.len(), 40);
        assert_eq!(parallel, serial);
        for (i, r) in parallel.iter().enumerate() {
            let title = r.as_ref().ok().and_then(|a| a.title.clone());
            assert_eq!(title, Some(format!("Story {i}")));
        }
    }

    #[test]
    fn errors_stay_with_their_page() {
        let ex = Extractor::builder().max_input_bytes(200).build();
        let small = "<title>Short</title><p>Short page.</p>";
        let big = page_html(1);
        let pages = [
            Page::text(small),
            Page::text(&big),
            Page::bytes(small.as_bytes()).url("not a url"),
            Page::bytes(small.as_bytes()).charset("utf-8"),
        ];
        let out = ex.extract_many_with_threads(&pages, 2);
        assert!(out[0].is_ok());
        assert!(matches!(
            out[1],
            Err(Error::InputTooLarge { limit: 200, .. })
        ));
        assert!(matches!(out[2], Err(Error::InvalidUrl { .. })));
        assert_eq!(
            out[3].as_ref().ok().and_then(|a| a.title.as_deref()),
            Some("Short")
        );
    }

    #[test]
    fn zero_threads_and_empty_batches_work() {
        let ex = Extractor::new();
        assert!(ex.extract_many(&[]).is_empty());
        let html = page_html(7);
        let out = ex.extract_many_with_threads(&[Page::text(&html)], 0);
        assert_eq!(out.len(), 1);
        assert!(out[0].is_ok());
    }

    #[test]
    fn bytes_pages_are_decoded() {
        // "café" in windows-1252: the é is the single byte 0xE9.
        let bytes = b"<title>Caf\xe9</title><p>Un caf\xe9.</p>";
        let out = Extractor::new().extract_many(&[Page::bytes(bytes).charset("windows-1252")]);
        assert_eq!(
            out[0].as_ref().ok().and_then(|a| a.title.as_deref()),
            Some("Café")
        );
    }
}
