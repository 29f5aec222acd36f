//! Time and memory of newsprint on generated hostile page shapes that coverage-guided fuzzing
//! rarely reaches (fuzz inputs stay under 256 KB and seldom repeat one structure thousands of
//! times): 100k attributes on one tag, a 1 MB word, 50k `<br>` in a paragraph, 10k nested inline
//! tags, a 5 MB JSON-LD string, 10k bylines, 100k repeated `<html>`/`<body>` tags, a date line
//! of 10k numbers, and more.
//!
//! Each shape is generated at two scales (n and 4n) and extracted with the default limits in
//! release; the tool prints the input size, wall time, time per MB, peak heap (a counting
//! allocator) as a multiple of the input, and the growth exponent of time between the scales
//! (1 is linear, 2 quadratic). Budget: < 2 s per MB and < 10x the input in memory.
//!
//! ```text
//! cd fuzz/shapes && cargo run --release -- [--stages] [SHAPE-SUBSTRING ...]
//! ```
//!
//! `SHAPES_SCALE=k` multiplies every base n. `--stages` also prints, for the larger scale, each
//! pipeline stage's time and peak heap (the hidden `bench-internals` stage calls), to point at
//! the stage that grows, and the heap of the whole pipeline at that stage's peak. The first
//! extraction of a run also builds the rule tables (about 2 MB), which inflates the multiple of
//! a small first shape.

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use newsprint::Extractor;

/// The system allocator, counting the bytes live and their peak.
struct Counting;

/// Bytes allocated and not yet freed.
static LIVE: AtomicUsize = AtomicUsize::new(0);
/// Highest value of [`LIVE`] since the last reset.
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call forwards to `System` with the same arguments; the counters do not affect
// the memory handed out.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let grow = new_size - layout.size();
                let live = LIVE.fetch_add(grow, Ordering::Relaxed) + grow;
                PEAK.fetch_max(live, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// A short real story the shapes sit beside, so the pipeline runs to the end.
const STORY: &str = "<h1>Floods close schools</h1><p>Schools across the region stayed shut on \
Monday after a weekend of heavy rain flooded roads and cut power to thousands of homes, \
officials said.</p><p>Forecasters expect more rain on Wednesday, and the river is still rising \
in the east, where crews have spent the night moving families to higher ground.</p>";

/// A page: `head` in the head, `before` then the story then `after` in the article.
fn page(head: &str, before: &str, after: &str) -> Vec<u8> {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Floods close schools</title>{head}</head>\
         <body><article>{before}{STORY}{after}</article></body></html>"
    )
    .into_bytes()
}

/// `n` copies of what `f` writes for each index.
fn repeat(n: usize, mut f: impl FnMut(&mut String, usize)) -> String {
    let mut s = String::new();
    for i in 0..n {
        f(&mut s, i);
    }
    s
}

/// A shape: name, generator for scale n, and the base n.
type Shape = (&'static str, fn(usize) -> Vec<u8>, usize);

/// The shapes.
const SHAPES: &[Shape] = &[
    (
        "attributes on one tag",
        |n| {
            let attrs = repeat(n, |s, i| {
                let _ = write!(s, " a{i}=\"v\"");
            });
            page("", &format!("<div{attrs}>x</div>"), "")
        },
        100_000,
    ),
    (
        "word without spaces (bytes)",
        |n| page("", &format!("<p>{}</p>", "x".repeat(n)), ""),
        1 << 20,
    ),
    (
        "word without spaces in the title (bytes)",
        |n| {
            page(
                &format!("<meta property=\"og:title\" content=\"{}\">", "y".repeat(n)),
                "",
                &format!("<h2>{}</h2>", "z".repeat(n)),
            )
        },
        1 << 20,
    ),
    (
        "<br> in one paragraph",
        |n| page("", &format!("<p>{}</p>", "line<br>".repeat(n)), ""),
        50_000,
    ),
    (
        "bare <br> in one paragraph",
        |n| page("", &format!("<p>{}</p>", "<br>".repeat(n)), ""),
        50_000,
    ),
    (
        "nested inline tags (distinct)",
        |n| {
            let open = repeat(n, |s, i| {
                let _ = write!(
                    s,
                    "<{} class=\"c{i}\">",
                    ["b", "i", "span", "em", "a"][i % 5]
                );
            });
            page("", &format!("<p>{open}text"), "")
        },
        10_000,
    ),
    (
        "nested inline <b> (formatting, reconstructed)",
        |n| {
            page(
                "",
                &format!("<p>{}text</p><p>more</p>", "<b>".repeat(n)),
                "",
            )
        },
        10_000,
    ),
    (
        "nested <span>, closed",
        |n| {
            page(
                "",
                &format!("<p>{}text{}</p>", "<span>".repeat(n), "</span>".repeat(n)),
                "",
            )
        },
        1_000,
    ),
    (
        "JSON-LD one string (bytes)",
        |n| {
            page(
                &format!(
                    "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Floods close schools\",\"articleBody\":\"{}\"}}</script>",
                    "w ".repeat(n / 2)
                ),
                "",
                "",
            )
        },
        5 << 20,
    ),
    (
        "JSON-LD one string under the limit (bytes)",
        |n| {
            page(
                &format!(
                    "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Floods close schools\",\"articleBody\":\"{}\"}}</script>",
                    "w ".repeat(n / 2)
                ),
                "",
                "",
            )
        },
        200_000,
    ),
    (
        "JSON-LD one author name under the limit (bytes)",
        |n| {
            page(
                &format!(
                    "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"author\":{{\"@type\":\"Person\",\"name\":\"{}\"}}}}</script>",
                    "Ana Ruiz and ".repeat(n / 13)
                ),
                "",
                "",
            )
        },
        200_000,
    ),
    (
        "JSON-LD authors in one array",
        |n| {
            let a = repeat(n, |s, i| {
                let _ = write!(
                    s,
                    "{}{{\"@type\":\"Person\",\"name\":\"Ana Ruiz{i}\"}}",
                    if i == 0 { "" } else { "," }
                );
            });
            page(
                &format!(
                    "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Floods close schools\",\"author\":[{a}]}}</script>"
                ),
                "",
                "",
            )
        },
        10_000,
    ),
    (
        "JSON-LD @graph items",
        |n| {
            let a = repeat(n, |s, i| {
                let _ = write!(
                    s,
                    "{}{{\"@type\":\"NewsArticle\",\"headline\":\"Story {i}\",\"author\":\"Ana Ruiz\",\"datePublished\":\"2024-05-01\"}}",
                    if i == 0 { "" } else { "," }
                );
            });
            page(
                &format!("<script type=\"application/ld+json\">{{\"@graph\":[{a}]}}</script>"),
                "",
                "",
            )
        },
        5_000,
    ),
    (
        "JSON-LD blocks",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(
                    s,
                    "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Story {i}\",\"author\":{{\"name\":\"Ana Ruiz{i}\"}}}}</script>"
                );
            });
            page(&b, "", "")
        },
        10_000,
    ),
    (
        "__NEXT_DATA__ one string (bytes)",
        |n| {
            page(
                "",
                "",
                &format!(
                    "<script id=\"__NEXT_DATA__\" type=\"application/json\">{{\"props\":{{\"pageProps\":{{\"article\":{{\"headline\":\"Floods close schools\",\"body\":\"{}\"}}}}}}}}</script>",
                    "w ".repeat(n / 2)
                ),
            )
        },
        5 << 20,
    ),
    (
        "__NEXT_DATA__ articles",
        |n| {
            let a = repeat(n, |s, i| {
                let _ = write!(
                    s,
                    "{}{{\"headline\":\"Floods close schools\",\"publishedAt\":\"2024-05-01T10:00:00Z\",\"authors\":[{{\"name\":\"Ana Ruiz{i}\"}}]}}",
                    if i == 0 { "" } else { "," }
                );
            });
            page(
                "",
                "",
                &format!(
                    "<script id=\"__NEXT_DATA__\" type=\"application/json\">{{\"props\":{{\"items\":[{a}]}}}}</script>"
                ),
            )
        },
        10_000,
    ),
    (
        "bylines",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(s, "<p class=\"byline\">By Ana Ruiz{i} and Tom Lee</p>");
            });
            page("", &b, "")
        },
        10_000,
    ),
    (
        "byline names in one line",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(s, "Ana Ruiz{i}, ");
            });
            page(
                "",
                &format!("<p class=\"byline\">By {b}and Tom Lee</p>"),
                "",
            )
        },
        10_000,
    ),
    (
        "rel=author links",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(s, "<a rel=\"author\" href=\"/a/{i}\">Ana Ruiz{i}</a> ");
            });
            page("", &format!("<div class=\"byline\">{b}</div>"), "")
        },
        10_000,
    ),
    (
        "author meta tags",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(s, "<meta name=\"author\" content=\"Ana Ruiz{i}\">");
            });
            page(&b, "", "")
        },
        10_000,
    ),
    (
        "credit lines after the story",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(s, "<p>Edited by Ali Musa{i}; reporting by Tom Lee{i}</p>");
            });
            page("", "", &b)
        },
        10_000,
    ),
    (
        "date line of numbers",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(s, "{} ", i % 3000);
            });
            page("", &format!("<p class=\"date\">Published {b}</p>"), "")
        },
        10_000,
    ),
    (
        "date line of numbers under the h1",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(s, "{}.{}.{} ", i % 31, i % 12, 2000 + i % 30);
            });
            format!("<html><body><h1>Floods close schools</h1><p>{b}</p><p>Schools across the region stayed shut on Monday after a weekend of heavy rain flooded roads, officials said.</p></body></html>").into_bytes()
        },
        10_000,
    ),
    (
        "<time> elements",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(
                    s,
                    "<time datetime=\"2024-05-{:02}T10:00:00Z\">May {}</time> ",
                    i % 28 + 1,
                    i % 28 + 1
                );
            });
            page("", &b, "")
        },
        10_000,
    ),
    (
        "<h1> elements",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(s, "<h1>Headline number {i}</h1>");
            });
            page("", &b, "")
        },
        10_000,
    ),
    (
        "repeated <html>/<body> with distinct attributes",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(s, "<html a{i}=\"x\"><body b{i}=\"y\">");
            });
            page("", &b, "")
        },
        100_000,
    ),
    (
        "repeated <html> with the same attributes",
        |n| page("", &"<html lang=\"en\" class=\"x\">".repeat(n), ""),
        100_000,
    ),
    (
        "paragraphs of one word",
        |n| page("", "", &"<p>word</p>".repeat(n)),
        100_000,
    ),
    (
        "links in one paragraph",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(s, "<a href=\"/x/{i}\">link {i}</a> ");
            });
            page("", "", &format!("<p>{b}</p>"))
        },
        50_000,
    ),
    (
        "table cells",
        |n| {
            page(
                "",
                "",
                &format!("<table><tr>{}</tr></table>", "<td>cell</td>".repeat(n)),
            )
        },
        50_000,
    ),
    (
        "table rows",
        |n| {
            page(
                "",
                "",
                &format!(
                    "<table>{}</table>",
                    "<tr><td>a</td><td>b</td></tr>".repeat(n)
                ),
            )
        },
        50_000,
    ),
    (
        "list items",
        |n| {
            page(
                "",
                "",
                &format!("<ul>{}</ul>", "<li>item text</li>".repeat(n)),
            )
        },
        50_000,
    ),
    (
        "images with captions",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(
                    s,
                    "<figure><img src=\"/i/{i}.jpg\" alt=\"x\"><figcaption>Photo: Ana Ruiz{i}</figcaption></figure>"
                );
            });
            page("", "", &b)
        },
        10_000,
    ),
    (
        "class names on one element (bytes)",
        |n| {
            page(
                "",
                &format!("<div class=\"{}\">x</div>", "share-bar ".repeat(n / 10)),
                "",
            )
        },
        1 << 20,
    ),
    (
        "entities in one text (bytes)",
        |n| page("", "", &format!("<p>{}</p>", "&amp;&#x41;".repeat(n / 10))),
        1 << 20,
    ),
    (
        "one long sentence (bytes)",
        |n| page("", "", &format!("<p>{}.</p>", "word ".repeat(n / 5))),
        1 << 20,
    ),
    (
        "sentences in one paragraph (bytes)",
        |n| page("", "", &format!("<p>{}</p>", "Short one. ".repeat(n / 11))),
        1 << 20,
    ),
    (
        "comments",
        |n| page("", "", &"<!-- c -->".repeat(n)),
        100_000,
    ),
    (
        "keywords in meta (bytes)",
        |n| {
            page(
                &format!(
                    "<meta name=\"keywords\" content=\"{}\">",
                    "tag, ".repeat(n / 5)
                ),
                "",
                "",
            )
        },
        1 << 20,
    ),
    (
        "long link href (bytes)",
        |n| {
            page(
                "",
                "",
                &format!("<p><a href=\"https://e.com/{}\">x</a></p>", "a".repeat(n)),
            )
        },
        1 << 20,
    ),
    (
        "credit line with many separators (bytes)",
        |n| {
            page(
                "",
                "",
                &format!(
                    "<p>Reporting by Ana Ruiz{}</p>",
                    ", Tom Lee. Bo Li - Al Wu".repeat(n / 24)
                ),
            )
        },
        1 << 20,
    ),
    (
        "credit phrases in one line",
        |n| {
            page(
                "",
                "",
                &format!(
                    "<p>{}</p>",
                    "Reporting by Ana Ruiz; Editing by Tom Lee | ".repeat(n)
                ),
            )
        },
        10_000,
    ),
    (
        "byline of names joined by 'and' under the h1",
        |n| {
            format!("<html><body><h1>Floods close schools</h1><p>By {}Tom Lee</p><p>Schools across the region stayed shut on Monday after a weekend of heavy rain flooded roads, officials said.</p></body></html>", "Ana Ruiz and ".repeat(n)).into_bytes()
        },
        10_000,
    ),
    (
        "month names under the h1 (bytes)",
        |n| {
            format!("<html><body><h1>Floods close schools</h1><p>{}</p><p>Schools across the region stayed shut on Monday after a weekend of heavy rain flooded roads, officials said.</p></body></html>", "May 1, ".repeat(n / 7)).into_bytes()
        },
        1 << 20,
    ),
    (
        "'Updated' tails in one byline (bytes)",
        |n| {
            format!("<html><body><h1>Floods close schools</h1><p class=\"byline\">By Ana Ruiz {}</p><p>Schools across the region stayed shut on Monday after a weekend of heavy rain flooded roads, officials said.</p></body></html>", "Updated 3 hours ago ".repeat(n / 20)).into_bytes()
        },
        1 << 20,
    ),
    (
        "title with many separators (bytes)",
        |n| {
            format!("<html><head><title>{}Daily Planet</title><meta property=\"og:site_name\" content=\"Daily Planet\"></head><body><article>{STORY}</article></body></html>", "Floods - close | ".repeat(n / 17)).into_bytes()
        },
        1 << 20,
    ),
    (
        "headings like the title",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(s, "<h2>Floods close schools {i}</h2><p>x</p>");
            });
            page(
                "<meta property=\"og:title\" content=\"Floods close schools\">",
                &b,
                "",
            )
        },
        10_000,
    ),
    (
        "walled-content selectors and classes",
        |n| {
            let sel = repeat(n, |s, i| {
                let _ = write!(
                    s,
                    "{}{{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":false,\"cssSelector\":\".w{i}\"}}",
                    if i == 0 { "" } else { "," }
                );
            });
            let els = repeat(n, |s, i| {
                let _ = write!(
                    s,
                    "<div class=\"paywall w{i}\"><p>Walled text {i}.</p></div>"
                );
            });
            page(
                &format!(
                    "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"isAccessibleForFree\":false,\"hasPart\":[{sel}]}}</script>"
                ),
                "",
                &els,
            )
        },
        10_000,
    ),
    (
        "article:author and article:tag meta",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(
                    s,
                    "<meta property=\"article:author\" content=\"https://e.com/a{i}\"><meta property=\"article:tag\" content=\"tag{i}\">"
                );
            });
            page(&b, "", "")
        },
        10_000,
    ),
    (
        "nested divs each with a paragraph",
        |n| {
            page(
                "",
                "",
                &format!(
                    "{}{}",
                    "<div><p>Some words here, in a paragraph.</p>".repeat(n),
                    "</div>".repeat(n)
                ),
            )
        },
        250,
    ),
    (
        "1000 nested divs each with a long paragraph (bytes per paragraph)",
        |n| {
            let para = format!(
                "<p>{}</p>",
                "Some words here, in a paragraph. ".repeat(n / 33)
            );
            page(
                "",
                "",
                &format!(
                    "{}{}",
                    format!("<div>{para}").repeat(1000),
                    "</div>".repeat(1000)
                ),
            )
        },
        500,
    ),
    (
        "sibling articles",
        |n| {
            page(
                "",
                "",
                &format!(
                    "</article>{}",
                    "<article><h2>Other</h2><p>Teaser text of another story.</p></article>"
                        .repeat(n)
                ),
            )
        },
        10_000,
    ),
    (
        "bylines beside many headings",
        |n| {
            let b = repeat(n, |s, i| {
                let _ = write!(
                    s,
                    "<h1>Headline {i}</h1><p>By Ana Ruiz{i}</p><time datetime=\"2024-05-01\">May 1</time>"
                );
            });
            format!("<html><body>{b}<p>Schools across the region stayed shut on Monday after a weekend of heavy rain flooded roads, officials said.</p></body></html>").into_bytes()
        },
        10_000,
    ),
    (
        "scripts",
        |n| page(&"<script>var a=1;</script>".repeat(n), "", ""),
        100_000,
    ),
    (
        "JSON-LD author names in one string",
        |n| {
            let a = repeat(n, |s, i| {
                let _ = write!(s, "Ana Ruiz{i}, ");
            });
            page(
                &format!(
                    "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Floods close schools\",\"author\":\"{a}Tom Lee\"}}</script>"
                ),
                "",
                "",
            )
        },
        10_000,
    ),
    (
        "JSON-LD @type array",
        |n| {
            let a = repeat(n, |s, i| {
                let _ = write!(s, "{}\"Type{i}\"", if i == 0 { "" } else { "," });
            });
            page(
                &format!(
                    "<script type=\"application/ld+json\">{{\"@type\":[{a},\"NewsArticle\"],\"headline\":\"Floods close schools\",\"author\":\"Ana Ruiz\"}}</script>"
                ),
                "",
                "",
            )
        },
        10_000,
    ),
    (
        "JSON-LD keywords (bytes)",
        |n| {
            page(
                &format!(
                    "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"keywords\":\"{}\"}}</script>",
                    "floods, ".repeat(n / 8)
                ),
                "",
                "",
            )
        },
        1 << 18,
    ),
    (
        "meta author names in one value",
        |n| {
            let a = repeat(n, |s, i| {
                let _ = write!(s, "Ana Ruiz{i}, ");
            });
            page(&format!("<meta name=\"author\" content=\"{a}\">"), "", "")
        },
        10_000,
    ),
    (
        "__NEXT_DATA__ author names in one string",
        |n| {
            let a = repeat(n, |s, i| {
                let _ = write!(s, "Ana Ruiz{i} and ");
            });
            format!("<html><head><title>Floods close schools</title></head><body><article><h1>Floods close schools</h1><p>Schools across the region stayed shut on Monday after a weekend of heavy rain flooded roads, officials said.</p></article><script id=\"__NEXT_DATA__\" type=\"application/json\">{{\"props\":{{\"article\":{{\"headline\":\"Floods close schools\",\"publishedAt\":\"2024-05-01\",\"byline\":\"By {a}Tom Lee\"}}}}}}</script></body></html>").into_bytes()
        },
        10_000,
    ),
    (
        "undeclared legacy bytes for the detector (bytes)",
        |n| {
            let mut b = b"<html><body><article><h1>\xcf\xf0\xe8\xe2\xe5\xf2</h1><p>".to_vec();
            b.extend((0..n).map(|i| {
                if i % 7 == 6 {
                    b' '
                } else {
                    0xe0 + (i % 31) as u8
                }
            }));
            b.extend_from_slice(b"</p></article></body></html>");
            b
        },
        1 << 20,
    ),
    (
        "meta tags before any charset (bytes)",
        |n| {
            let mut b = "<meta name=\"x\" content=\"y\">"
                .repeat(n / 27)
                .into_bytes();
            b.extend_from_slice(b"<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8</p>");
            b
        },
        1 << 20,
    ),
    (
        "unclosed comment and tag openers for the prescan (bytes)",
        |n| {
            format!(
                "{}<meta charset=\"utf-8\"><p>x</p>",
                "<a <!- <meta ".repeat(n / 13)
            )
            .into_bytes()
        },
        1 << 20,
    ),
    (
        "invalid UTF-8 everywhere (bytes)",
        |n| {
            let mut b = b"<meta charset=\"utf-8\"><p>".to_vec();
            b.extend((0..n).map(|i| if i % 2 == 0 { 0xff } else { b'a' }));
            b
        },
        1 << 20,
    ),
    (
        "distinct custom element names (refused past 10,000)",
        |n| {
            let tags = repeat(n, |s, i| {
                let _ = write!(s, "<x-widget-{i}>w</x-widget-{i}>");
            });
            page("", &tags, "")
        },
        20_000,
    ),
    (
        "JSON-LD blocks of small objects",
        |n| {
            let blocks = repeat(n, |s, i| {
                let _ = write!(
                    s,
                    "<script type=\"application/ld+json\">{{\"a\":{i},\"b\":{{\"c\":[1,2]}}}}</script>"
                );
            });
            page(&blocks, "", "")
        },
        50_000,
    ),
    (
        "parsely-page meta of nested objects",
        |n| {
            let json = format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n));
            page(
                &format!("<meta name=\"parsely-page\" content='{json}'>"),
                "",
                "",
            )
        },
        100_000,
    ),
];

/// Extract `bytes` with `ex`: the time taken and the peak heap above what was live before.
fn measure(ex: &Extractor, bytes: &[u8]) -> (Duration, usize, String) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let start = Instant::now();
    let result = ex.extract_bytes(bytes, Some("https://planet.example/2024/05/01/floods"));
    let elapsed = start.elapsed();
    let peak = PEAK.load(Ordering::Relaxed) - base;
    let outcome = match &result {
        Ok(a) => format!("ok, {} chars", a.text().len()),
        Err(e) => format!("err: {e}"),
    };
    (elapsed, peak, outcome)
}

/// Run `f`, printing its time, the peak heap above what was live before, per input MB, and the
/// peak heap of the whole pipeline so far (above `origin`, what was live before it started).
fn stage<T>(name: &str, mb: f64, origin: usize, f: impl FnOnce() -> T) -> T {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let start = Instant::now();
    let out = f();
    let secs = start.elapsed().as_secs_f64();
    let top = PEAK.load(Ordering::Relaxed);
    let peak = (top - base) as f64 / 1e6;
    let total = top.saturating_sub(origin) as f64 / 1e6;
    println!(
        "    {name:<12} {secs:>8.3} s {:>8.3} s/MB  peak +{peak:>8.1} MB ({:.1}x input), all live {total:>8.1} MB ({:.1}x)",
        secs / mb,
        peak / mb,
        total / mb
    );
    out
}

/// The pipeline stage by stage on `bytes`, as `Extractor` chains them.
fn stages(bytes: &[u8]) {
    use newsprint::stages as st;
    let limits = newsprint::Limits::default();
    let options = newsprint::Options::default();
    let mb = bytes.len() as f64 / 1e6;
    let origin = LIVE.load(Ordering::Relaxed);
    let Ok(text) = stage("decode", mb, origin, || st::decode(bytes)) else {
        return;
    };
    let Ok(parsed) = stage("parse", mb, origin, || st::parse(&text, &limits)) else {
        return;
    };
    let page = stage("dom", mb, origin, || {
        st::dom(&parsed, Some("https://planet.example/a"))
    });
    let meta = stage("metadata", mb, origin, || st::metadata(&page, &limits));
    let marks = stage("noise", mb, origin, || st::noise(&page, &meta));
    let selection = stage("select", mb, origin, || st::select(&page, &marks, &meta));
    let mut blocks = stage("blocks", mb, origin, || {
        st::blocks(&page, &marks, &selection, &options, &meta)
    });
    let credits = stage("attribution", mb, origin, || st::attribution(&mut blocks));
    let _ = stage("assemble", mb, origin, || {
        st::assemble(&page, meta, blocks, credits)
    });
}

fn main() {
    let mut filters: Vec<String> = std::env::args().skip(1).collect();
    let by_stage = filters.iter().any(|f| f == "--stages");
    filters.retain(|f| f != "--stages");
    // SHAPES_SCALE=k multiplies every shape's base n (to look closer at a growth exponent).
    let mult: usize = std::env::var("SHAPES_SCALE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let ex = Extractor::new();
    println!(
        "{:<48} {:>9} {:>9} {:>8} {:>8} {:>6}  outcome",
        "shape (n, 4n)", "MB", "s", "s/MB", "mem/in", "exp"
    );
    for &(name, make, base) in SHAPES {
        let n = base * mult;
        if !filters.is_empty() && !filters.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        let mut prev: Option<f64> = None;
        for scale in [n, 4 * n] {
            let bytes = make(scale);
            let mb = bytes.len() as f64 / 1e6;
            let (t, peak, outcome) = measure(&ex, &bytes);
            let secs = t.as_secs_f64();
            let exp = prev.map_or(String::new(), |p| format!("{:.2}", (secs / p).log(4.0)));
            prev = Some(secs.max(1e-6));
            let flag = if secs / mb.max(1e-3) > 2.0 || peak as f64 > 10.0 * bytes.len() as f64 {
                " <-- over budget"
            } else {
                ""
            };
            println!(
                "{:<48} {:>9.3} {:>9.3} {:>8.3} {:>8.1} {:>6}  {outcome}{flag}",
                format!("{name} ({scale})"),
                mb,
                secs,
                secs / mb.max(1e-3),
                peak as f64 / bytes.len() as f64,
                exp
            );
            if by_stage && scale != n {
                stages(&bytes);
            }
        }
    }
}
