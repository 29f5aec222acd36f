//! [`BlockingFetcher`]: the async [`Fetcher`] driven by a runtime of its own.

use super::{FetchError, Fetched, Fetcher};

/// A [`Fetcher`] for code without an async runtime: it owns a single-thread tokio runtime and
/// blocks the calling thread for each fetch. `Send + Sync`; fetches from several threads at
/// once wait for one another's turn at the runtime's I/O driver, so for many pages in parallel
/// prefer the async [`Fetcher`].
///
/// ```no_run
/// let fetcher = newsprint::BlockingFetcher::new(newsprint::Fetcher::new()?)?;
/// let fetched = fetcher.fetch("https://news.example/2024/05/floods")?;
/// println!("{}", fetched.article.text());
/// # Ok::<(), newsprint::FetchError>(())
/// ```
#[derive(Debug)]
pub struct BlockingFetcher {
    fetcher: Fetcher,
    runtime: tokio::runtime::Runtime,
}

impl BlockingFetcher {
    /// Wrap `fetcher` with a runtime of its own.
    ///
    /// # Errors
    /// [`FetchError::Setup`] when the runtime cannot be started.
    pub fn new(fetcher: Fetcher) -> Result<Self, FetchError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| FetchError::Setup {
                reason: format!("tokio runtime: {e}"),
            })?;
        Ok(Self { fetcher, runtime })
    }

    /// The wrapped fetcher.
    pub fn fetcher(&self) -> &Fetcher {
        &self.fetcher
    }

    /// [`Fetcher::fetch`], blocking the calling thread until it ends.
    ///
    /// # Errors
    /// As [`Fetcher::fetch`], and [`FetchError::Setup`] when called from inside an async
    /// runtime (where blocking would stall it: use [`Fetcher::fetch`] there).
    pub fn fetch(&self, url: &str) -> Result<Fetched, FetchError> {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(FetchError::Setup {
                reason: "BlockingFetcher::fetch called inside an async runtime; \
                         use Fetcher::fetch there"
                    .to_string(),
            });
        }
        self.runtime.block_on(self.fetcher.fetch(url))
    }
}
