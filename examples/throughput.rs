//! Throughput and memory of the extraction over a folder of pages, against html5ever's bare
//! parse of the same pages measured in the same run.
//!
//! ```sh
//! cargo run --release --example throughput -- DIR [--threads N] [--repeat R]
//! cargo run --release --example throughput -- --synthetic 10000000 [--shape feed|long-article]
//! ```
//!
//! `DIR` holds `.html` or `.html.gz` pages (searched recursively), e.g. `../shared/corpus`.
//! With `--synthetic BYTES` the input is one synthetic page of that size instead (see
//! `benches/support`). The example prints, single-threaded and on `N` threads (default 2):
//! pages/s, MB/s, and the time relative to the parse-only baseline (`scraper::Html::parse_document`
//! on the same text, html5ever with scraper's default options); then the peak memory: the
//! process's high-water mark (`VmHWM`, which includes the pages loaded for the run) and the
//! heap each page needs while it is extracted, counted by the allocator, as a multiple of the
//! page's size. Times are the best of `R` rounds (default 1), each round timing every row in turn. `--profile extract` (or `parse`)
//! runs only the single-threaded extraction (or the bare parse), `R` times, for `perf record`.

#[path = "../benches/support/mod.rs"]
#[allow(dead_code)]
mod support;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use newsprint::{Extractor, Page};

/// The system allocator, counting the bytes live and their peak while [`TRACK`] is on (the
/// memory pass only, so the timed passes run uncounted).
struct Counting;

static TRACK: AtomicBool = AtomicBool::new(false);
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to `System` unchanged; the counters do not affect allocation.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's layout.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's layout.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with this layout (every allocation goes there).
        unsafe { System.dealloc(ptr, layout) };
        shrink(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded unchanged; `ptr` was allocated by `System` with `layout`.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            shrink(layout.size());
            grow(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn grow(size: usize) {
    if TRACK.load(Ordering::Relaxed) {
        let live = LIVE.fetch_add(size, Ordering::Relaxed) + size;
        PEAK.fetch_max(live, Ordering::Relaxed);
    }
}

fn shrink(size: usize) {
    if TRACK.load(Ordering::Relaxed) {
        // Blocks allocated before tracking started may be freed during it: saturate at 0.
        let _ = LIVE.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |l| {
            Some(l.saturating_sub(size))
        });
    }
}

/// Command-line settings.
struct Args {
    dir: Option<String>,
    threads: usize,
    repeat: usize,
    synthetic: Option<usize>,
    shape: support::Shape,
    /// `--profile extract|parse`: only the single-threaded extraction or parse, `repeat`
    /// times (for perf).
    profile: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        dir: None,
        threads: 2,
        repeat: 1,
        synthetic: None,
        shape: support::Shape::Feed,
        profile: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--threads" => args.threads = number(&value("--threads")?)?,
            "--repeat" => args.repeat = number(&value("--repeat")?)?.max(1),
            "--synthetic" => args.synthetic = Some(number(&value("--synthetic")?)?),
            "--shape" => {
                args.shape = match value("--shape")?.as_str() {
                    "feed" => support::Shape::Feed,
                    "long-article" => support::Shape::LongArticle,
                    other => return Err(format!("unknown shape {other:?}")),
                }
            }
            "--profile" => args.profile = Some(value("--profile")?),
            "-h" | "--help" => return Err(String::new()),
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}")),
            _ => args.dir = Some(arg),
        }
    }
    if args.dir.is_none() && args.synthetic.is_none() {
        return Err("give a folder of pages or --synthetic BYTES".into());
    }
    Ok(args)
}

fn number(s: &str) -> Result<usize, String> {
    s.parse().map_err(|_| format!("not a number: {s:?}"))
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!(
                "usage: throughput DIR [--threads N] [--repeat R] [--profile extract|parse]\n       \
                 throughput --synthetic BYTES [--shape feed|long-article] [--threads N]"
            );
            std::process::exit(2);
        }
    };
    let pages = load(&args);
    if pages.is_empty() {
        eprintln!("no .html or .html.gz pages found");
        std::process::exit(1);
    }
    let bytes = support::total_bytes(&pages);
    println!(
        "{} pages, {:.1} MB; VmHWM after loading: {}",
        pages.len(),
        mb(bytes),
        hwm_text()
    );
    let extractor = Extractor::new();
    let text_pages: Vec<Page<'_>> = pages.iter().map(|p| Page::text(&p.text)).collect();
    let byte_pages: Vec<Page<'_>> = pages.iter().map(|p| Page::bytes(&p.bytes)).collect();

    if let Some(what) = &args.profile {
        for _ in 0..args.repeat {
            if what == "parse" {
                for p in &pages {
                    black_box(scraper::Html::parse_document(&p.text));
                }
            } else {
                black_box(extractor.extract_many_with_threads(&text_pages, 1));
            }
        }
        return;
    }

    // Warm up caches, lazily compiled tables and the allocator.
    for p in pages.iter().take(20) {
        black_box(scraper::Html::parse_document(&p.text));
        black_box(extractor.extract(&p.text, None).ok());
    }

    // The rounds interleave the parse and the extraction, so that a slow spell of a shared
    // host weighs on both sides of the ratio alike; each side keeps its best round.
    let n = args.threads.max(1);
    let mut parse1 = Duration::MAX;
    let mut extract1 = Duration::MAX;
    let mut bytes1 = Duration::MAX;
    let mut parse_n = Duration::MAX;
    let mut extract_n = Duration::MAX;
    for _ in 0..args.repeat {
        parse1 = parse1.min(timed(|| {
            for p in &pages {
                black_box(scraper::Html::parse_document(&p.text));
            }
        }));
        extract1 = extract1.min(timed(|| {
            black_box(extractor.extract_many_with_threads(&text_pages, 1));
        }));
        bytes1 = bytes1.min(timed(|| {
            black_box(extractor.extract_many_with_threads(&byte_pages, 1));
        }));
        parse_n = parse_n.min(timed(|| parse_parallel(&pages, n)));
        extract_n = extract_n.min(timed(|| {
            black_box(extractor.extract_many_with_threads(&text_pages, n));
        }));
    }

    let count = pages.len();
    println!();
    println!(
        "{:<44} {:>9} {:>9} {:>9} {:>8}",
        "", "seconds", "pages/s", "MB/s", "x parse"
    );
    row(
        "parse only (html5ever via scraper), 1 thread",
        parse1,
        count,
        bytes,
        parse1,
    );
    row("extract (text), 1 thread", extract1, count, bytes, parse1);
    row(
        "extract_bytes (decode too), 1 thread",
        bytes1,
        count,
        bytes,
        parse1,
    );
    row(
        &format!("parse only, {n} threads"),
        parse_n,
        count,
        bytes,
        parse_n,
    );
    row(
        &format!("extract_many, {n} threads"),
        extract_n,
        count,
        bytes,
        parse_n,
    );
    println!(
        "\nextraction after the parse: {:.2}x the parse; {n}-thread speed-up: extract {:.2}x, \
         parse {:.2}x",
        secs(extract1) / secs(parse1) - 1.0,
        secs(extract1) / secs(extract_n),
        secs(parse1) / secs(parse_n),
    );

    memory(&extractor, &pages);
}

/// Read the pages the arguments name.
fn load(args: &Args) -> Vec<support::Page> {
    if let Some(size) = args.synthetic {
        let text = support::synthetic(size, args.shape);
        return vec![support::Page {
            name: format!("synthetic {} {} bytes", args.shape.name(), text.len()),
            bytes: text.clone().into_bytes(),
            text,
        }];
    }
    let dir = args.dir.as_deref().unwrap_or(".");
    support::html_files(std::path::Path::new(dir))
        .iter()
        .filter_map(|path| match support::read_page(path) {
            Ok(p) => Some(p),
            Err(e) => {
                eprintln!("skipping {}: {e}", path.display());
                None
            }
        })
        .collect()
}

/// Parse every page on `threads` threads, each taking the next page from a shared counter (the
/// machine's own scaling, for comparison with the extraction's).
fn parse_parallel(pages: &[support::Page], threads: usize) {
    let next = AtomicUsize::new(0);
    let work = || {
        while let Some(p) = pages.get(next.fetch_add(1, Ordering::Relaxed)) {
            black_box(scraper::Html::parse_document(&p.text));
        }
    };
    std::thread::scope(|s| {
        for _ in 1..threads {
            s.spawn(work);
        }
        work();
    });
}

/// How long `f` takes.
fn timed(f: impl FnOnce()) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

fn row(name: &str, time: Duration, pages: usize, bytes: u64, baseline: Duration) {
    let s = secs(time);
    println!(
        "{name:<44} {s:>9.3} {:>9.1} {:>9.1} {:>8.2}",
        pages as f64 / s,
        mb(bytes) / s,
        s / secs(baseline)
    );
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64().max(1e-9)
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

/// Pages at least this large (bytes) show the heap's growth with the page, not fixed costs.
const LARGE_PAGE: usize = 100_000;

/// Heap needed per page while it is extracted, as a multiple of its size, next to what the bare
/// parse of the same page needs; and the process peak.
fn memory(extractor: &Extractor, pages: &[support::Page]) {
    // (extraction peak / size, extraction peak, name, size, bare parse peak)
    let mut rows: Vec<(f64, usize, &str, usize, usize)> = Vec::with_capacity(pages.len());
    TRACK.store(true, Ordering::SeqCst);
    for p in pages {
        let peak = heap_peak(|| drop(black_box(extractor.extract(&p.text, None))));
        let parse = heap_peak(|| drop(black_box(scraper::Html::parse_document(&p.text))));
        let size = p.text.len().max(1);
        rows.push((peak as f64 / size as f64, peak, &p.name, size, parse));
    }
    TRACK.store(false, Ordering::SeqCst);
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    let line = |label: &str, (ratio, peak, name, size, parse): (f64, usize, &str, usize, usize)| {
        println!(
            "  {label:<9} {ratio:>6.1}x  ({:.2} MB for {name}, {:.2} MB; the bare parse: {:.2} MB)",
            mb(peak as u64),
            mb(size as u64),
            mb(parse as u64)
        );
    };
    println!("\nheap while extracting one page (single thread), as a multiple of the page size:");
    for (label, q) in [("median", 0.5), ("p90", 0.9), ("max", 1.0)] {
        line(label, rows[((rows.len() - 1) as f64 * q).round() as usize]);
    }
    // Small pages carry a fixed cost (tables, buffers) that says nothing about scaling.
    if let Some(&row) = rows.iter().rev().find(|r| r.3 >= LARGE_PAGE) {
        line(&format!("max>{}KB", LARGE_PAGE / 1000), row);
    }
    let sum = |f: fn(&(f64, usize, &str, usize, usize)) -> usize| rows.iter().map(f).sum::<usize>();
    let (peaks, sizes, parses) = (sum(|r| r.1), sum(|r| r.3).max(1), sum(|r| r.4));
    println!(
        "  all pages: {:.1}x the page size (sum of peaks / sum of sizes), {:.2}x the bare parse's \
         peak; largest peak of any page: {:.1} MB",
        peaks as f64 / sizes as f64,
        peaks as f64 / parses.max(1) as f64,
        mb(rows.iter().map(|r| r.1).max().unwrap_or(0) as u64)
    );
    println!(
        "process peak (VmHWM, pages loaded included): {}",
        hwm_text()
    );
}

/// The most heap `f` holds at once beyond what was live before it ran (while [`TRACK`] is on).
fn heap_peak(f: impl FnOnce()) -> usize {
    let base = LIVE.load(Ordering::SeqCst);
    PEAK.store(base, Ordering::SeqCst);
    f();
    PEAK.load(Ordering::SeqCst).saturating_sub(base)
}

/// The process's peak resident set size, from `/proc/self/status`.
fn hwm_text() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
        })
        .unwrap_or_else(|| "unknown (no /proc/self/status)".into())
}
