//! The extraction against html5ever's bare parse, and against dom_smoothie, on the same pages in
//! the same run; and how the cost grows with the page size.
//!
//! ```sh
//! cargo bench --bench extract                  # every 8th corpus page, synthetic pages
//! NEWSPRINT_BENCH_EVERY=1 cargo bench --bench extract -- corpus   # the whole corpus
//! ```
//!
//! Groups (every row reports `Throughput::Bytes`, so MB/s compare across rows):
//! - `corpus`: the readability and trafilatura pages of `../shared/corpus` (or
//!   `$NEWSPRINT_CORPUS`; skipped with a message when missing), every `$NEWSPRINT_BENCH_EVERY`th
//!   page (default 8): `parse-only` is `scraper::Html::parse_document` (html5ever with scraper's
//!   options, as newsprint builds it), `newsprint` is [`Extractor::extract`] on the same text,
//!   `dom_smoothie` is its `Readability::parse` with its default config. The ratio newsprint /
//!   parse-only is the cost of the whole pipeline in units of one parse (target <= 1.5);
//!   `newsprint, 2 threads` runs the same pages through [`Extractor::extract_many_with_threads`]
//!   (target: >= 1.8x the single-threaded throughput on 2 idle cores).
//! - `size/feed` and `size/long-article`: synthetic pages of 100 KB, 1 MB and 10 MB built from a
//!   real page's structure (see `support::Shape`): the time per byte must stay flat (10 MB
//!   within 12x of 1 MB).

// Shared with the other bench and the throughput example; each uses part of it.
#[allow(dead_code)]
mod support;

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use newsprint::{Extractor, Page};

/// Every how many corpus pages one is benchmarked.
fn every() -> usize {
    std::env::var("NEWSPRINT_BENCH_EVERY")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8)
}

fn corpus(c: &mut Criterion) {
    let Some(pages) = support::corpus(every()) else {
        return;
    };
    let extractor = Extractor::new();
    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Bytes(support::total_bytes(&pages)));
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(8));
    let label = format!("{} pages", pages.len());
    group.bench_function(BenchmarkId::new("parse-only", &label), |b| {
        b.iter(|| {
            for p in &pages {
                black_box(scraper::Html::parse_document(black_box(&p.text)));
            }
        })
    });
    group.bench_function(BenchmarkId::new("newsprint", &label), |b| {
        b.iter(|| {
            for p in &pages {
                let _ = black_box(extractor.extract(black_box(&p.text), None));
            }
        })
    });
    let batch: Vec<Page<'_>> = pages.iter().map(|p| Page::text(&p.text)).collect();
    group.bench_function(BenchmarkId::new("newsprint, 2 threads", &label), |b| {
        b.iter(|| black_box(extractor.extract_many_with_threads(black_box(&batch), 2)))
    });
    group.bench_function(BenchmarkId::new("dom_smoothie", &label), |b| {
        b.iter(|| {
            for p in &pages {
                if let Ok(mut r) =
                    dom_smoothie::Readability::new(black_box(p.text.as_str()), None, None)
                {
                    let _ = black_box(r.parse());
                }
            }
        })
    });
    group.finish();
}

fn sizes(c: &mut Criterion) {
    let extractor = Extractor::new();
    for shape in [support::Shape::Feed, support::Shape::LongArticle] {
        let mut group = c.benchmark_group(format!("size/{}", shape.name()));
        group.sampling_mode(SamplingMode::Flat);
        group.sample_size(10);
        group.warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(4));
        for (label, size) in [("100KB", 100_000), ("1MB", 1_000_000), ("10MB", 10_000_000)] {
            let page = support::synthetic(size, shape);
            group.throughput(Throughput::Bytes(page.len() as u64));
            group.bench_with_input(BenchmarkId::new("parse-only", label), &page, |b, page| {
                b.iter(|| black_box(scraper::Html::parse_document(black_box(page))))
            });
            group.bench_with_input(BenchmarkId::new("newsprint", label), &page, |b, page| {
                b.iter(|| black_box(extractor.extract(black_box(page), None)))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, corpus, sizes);
criterion_main!(benches);
