//! Where the time goes: one group per pipeline stage, each timing that stage alone over the same
//! corpus pages (the inputs of a stage are prepared once, before its group runs).
//!
//! ```sh
//! cargo bench --features bench-internals --bench stages
//! ```
//!
//! The stages are crate-private; the hidden `bench-internals` feature exposes them as
//! `newsprint::stages` (not a public API). Pages: every `$NEWSPRINT_BENCH_EVERY`th page (default
//! 8) of `../shared/corpus` (or `$NEWSPRINT_CORPUS`); without the corpus the bench runs on the
//! crate's fixture pages. Every group reports `Throughput::Bytes` of the same pages, so the MB/s
//! of a stage compares directly with the `parse` group's: a stage at 10x the parse's MB/s costs
//! a tenth of a parse. The `parse` group also has `parse-only`, the bare scraper parse, to show
//! what the parse guards cost.

// Shared with the other bench and the throughput example; each uses part of it.
#[allow(dead_code)]
mod support;

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    BatchSize, BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group,
    criterion_main, measurement::WallTime,
};
use newsprint::stages;
use newsprint::{Limits, Options};

fn pages() -> Vec<support::Page> {
    let every = std::env::var("NEWSPRINT_BENCH_EVERY")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    if let Some(pages) = support::corpus(every) {
        return pages;
    }
    eprintln!("benchmarking the stages on the crate's fixture pages instead");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    support::html_files(&dir)
        .iter()
        .filter_map(|p| support::read_page(p).ok())
        .collect()
}

fn group<'c>(c: &'c mut Criterion, name: &str, bytes: u64) -> BenchmarkGroup<'c, WallTime> {
    let mut g = c.benchmark_group(format!("stage/{name}"));
    g.throughput(Throughput::Bytes(bytes));
    g.sampling_mode(SamplingMode::Flat);
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(3));
    g
}

fn bench_stages(c: &mut Criterion) {
    let pages = pages();
    if pages.is_empty() {
        eprintln!("no pages: skipping the stage benchmarks");
        return;
    }
    let bytes = support::total_bytes(&pages);
    let id = format!("{} pages", pages.len());
    let limits = Limits::default();
    let options = Options::default();

    let mut g = group(c, "decode", bytes);
    g.bench_function(BenchmarkId::new("decode", &id), |b| {
        b.iter(|| {
            for p in &pages {
                let _ = black_box(stages::decode(black_box(&p.bytes)));
            }
        })
    });
    g.finish();

    // The text every later stage starts from, decoded as the pipeline decodes it.
    let texts: Vec<String> = pages
        .iter()
        .map(|p| stages::decode(&p.bytes).unwrap_or_else(|_| p.text.clone()))
        .collect();

    let mut g = group(c, "parse", bytes);
    g.bench_function(BenchmarkId::new("parse-only", &id), |b| {
        b.iter(|| {
            for t in &texts {
                black_box(scraper::Html::parse_document(black_box(t)));
            }
        })
    });
    g.bench_function(BenchmarkId::new("guarded parse", &id), |b| {
        b.iter(|| {
            for t in &texts {
                let _ = black_box(stages::parse(black_box(t), &limits));
            }
        })
    });
    g.finish();

    let parsed: Vec<stages::Parsed> = texts
        .iter()
        .filter_map(|t| stages::parse(t, &limits).ok())
        .collect();

    let mut g = group(c, "dom", bytes);
    g.bench_function(BenchmarkId::new("build", &id), |b| {
        b.iter(|| {
            for p in &parsed {
                black_box(stages::dom(black_box(p), None));
            }
        })
    });
    g.finish();

    let doms: Vec<stages::Page<'_>> = parsed.iter().map(|p| stages::dom(p, None)).collect();

    let mut g = group(c, "metadata", bytes);
    g.bench_function(BenchmarkId::new("read", &id), |b| {
        b.iter(|| {
            for d in &doms {
                black_box(stages::metadata(black_box(d), &limits));
            }
        })
    });
    g.finish();

    let metas: Vec<stages::Meta> = doms.iter().map(|d| stages::metadata(d, &limits)).collect();

    let mut g = group(c, "noise", bytes);
    g.bench_function(BenchmarkId::new("mark", &id), |b| {
        b.iter(|| {
            for (d, m) in doms.iter().zip(&metas) {
                black_box(stages::noise(black_box(d), m));
            }
        })
    });
    g.finish();

    let marks: Vec<stages::Marks> = doms
        .iter()
        .zip(&metas)
        .map(|(d, m)| stages::noise(d, m))
        .collect();

    let mut g = group(c, "select", bytes);
    g.bench_function(BenchmarkId::new("score and select", &id), |b| {
        b.iter(|| {
            for ((d, k), m) in doms.iter().zip(&marks).zip(&metas) {
                black_box(stages::select(black_box(d), k, m));
            }
        })
    });
    g.finish();

    let selections: Vec<stages::Selection> = doms
        .iter()
        .zip(&marks)
        .zip(&metas)
        .map(|((d, k), m)| stages::select(d, k, m))
        .collect();

    let mut g = group(c, "blocks", bytes);
    g.bench_function(BenchmarkId::new("build and filter", &id), |b| {
        b.iter(|| {
            for (((d, k), s), m) in doms.iter().zip(&marks).zip(&selections).zip(&metas) {
                black_box(stages::blocks(black_box(d), k, s, &options, m));
            }
        })
    });
    g.finish();

    let blocks: Vec<Vec<newsprint::Block>> = doms
        .iter()
        .zip(&marks)
        .zip(&selections)
        .zip(&metas)
        .map(|(((d, k), s), m)| stages::blocks(d, k, s, &options, m))
        .collect();

    let mut g = group(c, "attribution", bytes);
    g.bench_function(BenchmarkId::new("take credits", &id), |b| {
        b.iter_batched(
            || blocks.clone(),
            |mut all| {
                for bs in &mut all {
                    black_box(stages::attribution(black_box(bs)));
                }
                all
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();

    let mut after_credits = blocks.clone();
    let credits: Vec<Vec<newsprint::Credit>> =
        after_credits.iter_mut().map(stages::attribution).collect();

    let mut g = group(c, "assemble", bytes);
    g.bench_function(BenchmarkId::new("article", &id), |b| {
        b.iter_batched(
            || (metas.clone(), after_credits.clone(), credits.clone()),
            |(ms, bs, cs)| {
                for ((d, m), (b, c)) in doms.iter().zip(ms).zip(bs.into_iter().zip(cs)) {
                    black_box(stages::assemble(d, m, b, c));
                }
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();

    let articles: Vec<newsprint::Article> = doms
        .iter()
        .zip(metas.iter().cloned())
        .zip(after_credits.into_iter().zip(credits))
        .map(|((d, m), (b, c))| stages::assemble(d, m, b, c))
        .collect();

    let mut g = group(c, "render", bytes);
    g.bench_function(BenchmarkId::new("text", &id), |b| {
        b.iter(|| {
            for a in &articles {
                black_box(black_box(a).text());
            }
        })
    });
    g.bench_function(BenchmarkId::new("markdown", &id), |b| {
        b.iter(|| {
            for a in &articles {
                black_box(black_box(a).markdown());
            }
        })
    });
    g.bench_function(BenchmarkId::new("html", &id), |b| {
        b.iter(|| {
            for a in &articles {
                black_box(black_box(a).html());
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench_stages);
criterion_main!(benches);
