//! Hostile input: every page a crawler can bring home gives an `Article` or a typed `Error`,
//! quickly, without a panic and without recursion over the document.
//!
//! Every input is generated here (nothing large is committed). Every extraction runs on a thread
//! with a 256 KiB stack ([`on_small_stack`]): a walk that recursed over a deep tree would overflow
//! it and abort the test binary. Time bounds are generous guards against hangs and quadratic
//! blow-ups in debug builds, not benchmarks.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fs;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use newsprint::{Article, Error, Extractor};

/// The system allocator, counting per thread the bytes allocated and not yet freed, and their
/// peak, so that a test can bound the heap one extraction needs while other tests run on other
/// threads ([`heap_of`]).
struct PerThreadCount;

thread_local! {
    /// Bytes allocated minus bytes freed on this thread (negative when it frees what another
    /// thread allocated).
    static LIVE: Cell<isize> = const { Cell::new(0) };
    /// Highest value of [`LIVE`] since [`heap_of`] reset it.
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

/// Add `delta` bytes to this thread's count. The cells have no destructor, so they can be
/// read on a thread that is being torn down; `try_with` covers the rest.
fn count(delta: isize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: every call forwards to `System` with the same arguments; the counters do not affect
// the memory handed out.
unsafe impl GlobalAlloc for PerThreadCount {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged.
        unsafe { System.dealloc(ptr, layout) };
        count(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        p
    }
}

#[global_allocator]
static ALLOC: PerThreadCount = PerThreadCount;

/// Run `f` and return its value and the peak heap it needed on this thread, in bytes above
/// what was live before.
fn heap_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(base));
    let value = f();
    let peak = PEAK.with(Cell::get) - base;
    (value, usize::try_from(peak).unwrap_or(0))
}

/// Stack size of the thread every extraction runs on.
const SMALL_STACK: usize = 256 * 1024;

/// A page URL for the extractions that want one.
const URL: &str = "https://news.example.com/world/2024/05/bridges-close";

/// Default time bound for one extraction of a small or refused input (debug build, shared CPU).
const FAST: Duration = Duration::from_secs(5);

/// Time bound for one extraction of a large input (100,000 tags or attributes): these run in
/// about 2 s of CPU in a debug build, a quadratic blow-up would take minutes, and the margin
/// keeps a loaded 2-core machine (tests run side by side) from failing a linear run.
const LARGE: Duration = Duration::from_secs(30);

// ---------------------------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------------------------

/// Run `f` on a fresh thread with a 256 KiB stack and return its value and how long it took.
/// A panic in `f` is re-raised here, so the test fails with the original message.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> (T, Duration) {
    let handle = thread::Builder::new()
        .name("hostile-small-stack".into())
        .stack_size(SMALL_STACK)
        .spawn(move || {
            let start = Instant::now();
            let value = f();
            (value, start.elapsed())
        })
        .expect("spawn a thread with a small stack");
    match handle.join() {
        Ok(out) => out,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

/// Extract `html` (as text) with `ex` on a small stack; the result and the time it took.
fn run_str(ex: Extractor, html: String) -> (Result<Article, Error>, Duration) {
    on_small_stack(move || ex.extract(&html, Some(URL)))
}

/// Extract `bytes` with `ex` on a small stack; the result and the time it took.
fn run_bytes(ex: Extractor, bytes: Vec<u8>) -> (Result<Article, Error>, Duration) {
    on_small_stack(move || ex.extract_bytes(&bytes, Some(URL)))
}

/// Fail unless `elapsed` is under `bound`.
fn assert_within(elapsed: Duration, bound: Duration, what: &str) {
    assert!(
        elapsed < bound,
        "{what} took {elapsed:?}, over the bound of {bound:?}"
    );
}

/// The article, or a failure naming the case and the error.
fn ok(result: Result<Article, Error>, what: &str) -> Article {
    match result {
        Ok(article) => article,
        Err(e) => panic!("{what}: expected an article, got the error {e:?}"),
    }
}

/// A tiny xorshift64* generator: reproducible pseudo-random numbers without a dependency.
struct XorShift(u64);

impl XorShift {
    fn new(seed: u64) -> Self {
        // Zero is the one state xorshift never leaves.
        Self(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------------------------
// Realistic content
// ---------------------------------------------------------------------------------------------

/// The paragraphs of the small article the nesting and size tests hide inside hostile markup.
const STORY: &[&str] = &[
    "The city council voted on Tuesday to close three of the oldest bridges over the river \
     after engineers found deep cracks in their steel supports, forcing thousands of commuters \
     onto longer routes through the industrial district.",
    "Inspectors said the damage had spread faster than expected during the winter, when repeated \
     freezing and thawing widened fractures first reported two years ago. Repairs are expected \
     to take at least eighteen months and to cost more than the city's entire roads budget.",
    "Shop owners near the closed crossings warned that the detours would cut the number of \
     customers walking past their doors, and several said they had already seen sales fall by a \
     third since the first lane closures in March.",
    "The mayor promised a temporary pedestrian bridge by the end of the summer and said buses \
     would run every ten minutes between the two banks, free of charge, until the repairs are \
     finished and the bridges reopen to traffic.",
    "Opposition councillors accused the administration of ignoring the warnings for years, \
     pointing to inspection reports that had recommended urgent work as early as the spring of \
     the previous year, and called for an independent review of the maintenance programme.",
];

/// Words of the first paragraph, checked in the output of tests that must keep the article.
const STORY_START: &str = "The city council voted on Tuesday";
/// Words of the last paragraph.
const STORY_END: &str = "independent review of the maintenance programme";

/// Sentences the wide-page generator draws from.
const SENTENCES: &[&str] = &[
    "Officials said the committee would meet again next week to review the figures.",
    "Residents in the northern districts reported power cuts lasting several hours.",
    "The ministry declined to comment on the details of the agreement before it is signed.",
    "Analysts expect inflation to ease slowly over the coming months as energy prices fall.",
    "Police closed the main road for most of the afternoon while the wreckage was cleared.",
    "Teachers' unions have called for a vote on strike action if the talks fail again.",
    "The company said it would hire two hundred workers at the new plant by the autumn.",
    "Farmers warned that the dry spring had already cut the expected harvest by a fifth.",
    "Hospital managers said waiting times had improved for the third month in a row.",
    "The report found that most households spent more on heating than a year earlier.",
    "Several witnesses described hearing a loud bang shortly before the fire started.",
    "The court adjourned the hearing until the defence had studied the new evidence.",
];

/// A paragraph of `n` sentences drawn from [`SENTENCES`].
fn paragraph(rng: &mut XorShift, n: usize) -> String {
    let mut p = String::new();
    for i in 0..n {
        if i > 0 {
            p.push(' ');
        }
        p.push_str(rng.pick(SENTENCES));
    }
    p
}

/// A whole news page whose `<article>` holds `body` (already HTML), between the usual
/// navigation, share bar and footer.
fn page(head_extra: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>Bridges close after cracks found - The Daily Courier</title>\
         <meta property=\"og:site_name\" content=\"The Daily Courier\">{head_extra}</head>\
         <body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> \
         <a href=\"/sport\">Sport</a></nav></header>{body}\
         <footer><p>Copyright The Daily Courier. All rights reserved.</p></footer></body></html>"
    )
}

/// The story as an `<article>` with its headline.
fn story_article() -> String {
    let mut a = String::from("<article><h1>Bridges close after cracks found</h1>");
    for p in STORY {
        a.push_str("<p>");
        a.push_str(p);
        a.push_str("</p>\n");
    }
    a.push_str("</article>");
    a
}

/// Fail unless the article kept the story's text.
fn assert_story(article: &Article, what: &str) {
    let text = article.text();
    assert!(
        text.contains(STORY_START) && text.contains(STORY_END),
        "{what}: the story is missing from the body; got {} chars starting {:?}",
        text.len(),
        text.chars().take(200).collect::<String>()
    );
}

// ---------------------------------------------------------------------------------------------
// Nesting
// ---------------------------------------------------------------------------------------------

/// 100,000 nested `<div>` are refused at the depth limit, in far less time than html5ever
/// would need to build the tree.
#[test]
fn nesting_100k_divs_is_refused_quickly() {
    let mut html = "<div>".repeat(100_000);
    html.push_str("deep text");
    let limit = Extractor::new().limits().max_depth;
    let (result, elapsed) = run_str(Extractor::new(), html);
    assert_eq!(result.map(|_| ()), Err(Error::TooDeep { limit }));
    assert_within(elapsed, FAST, "100,000 nested divs");
}

/// Nested tables, bold runs and lists: each is refused at the depth limit or extracted, fast.
#[test]
fn nesting_tables_bold_and_lists() {
    let cases: [(&str, String); 3] = [
        ("64,000 <table><tr><td>", "<table><tr><td>".repeat(64_000)),
        ("60,000 <b>", format!("{}bold", "<b>".repeat(60_000))),
        ("64,000 <ul><li>", "<ul><li>".repeat(64_000)),
    ];
    let limit = Extractor::new().limits().max_depth;
    for (what, html) in cases {
        let (result, elapsed) = run_str(Extractor::new(), html);
        match result {
            Err(Error::TooDeep { limit: l }) => assert_eq!(l, limit, "{what}"),
            Ok(_) => {}
            Err(e) => panic!("{what}: expected TooDeep or an article, got {e:?}"),
        }
        assert_within(elapsed, FAST, what);
    }
}

/// Nesting built by the tree builder's error recovery rather than by open tags. Regression: the
/// guard recorded each node's depth when it was appended, and the adoption agency algorithm
/// moves whole subtrees, so `<a><b><div></a>` repeated nested 4 deeper per repeat while every
/// recorded depth stayed small: 150 KB took 44 s in a debug build, 1.5 MB would take hours. The
/// guard now also counts html5ever's open elements and active formatting elements.
#[test]
fn nesting_built_by_misnested_formatting_is_refused_quickly() {
    let limit = Extractor::new().limits().max_depth;
    let cases: [(&str, String, Duration); 4] = [
        (
            "<a><b><div></a> x 100,000",
            "<a><b><div></a>".repeat(100_000),
            FAST,
        ),
        (
            "<em><strong><div></em> x 60,000",
            "<em><strong><div></em>".repeat(60_000),
            FAST,
        ),
        (
            "<b a=i> x 30,000, all different",
            (0..30_000)
                .map(|i| format!("<b a={i}>"))
                .collect::<String>()
                + "text",
            FAST,
        ),
        // Each `</p>` leaves the `<b>`s in the list of active formatting elements, and each new
        // `<b>` reopens all of them: cubic work up to the depth limit (about 2 s in debug).
        (
            "<p><b a=i></p> x 60,000, all different",
            (0..60_000)
                .map(|i| format!("<p><b a={i}></p>"))
                .collect::<String>()
                + "text",
            Duration::from_secs(15),
        ),
    ];
    for (what, html, bound) in cases {
        let (result, elapsed) = run_str(Extractor::new(), html);
        assert_eq!(result.map(|_| ()), Err(Error::TooDeep { limit }), "{what}");
        assert_within(elapsed, bound, what);
    }
}

/// The same nestings written as bytes go through decoding first and are refused as well.
#[test]
fn nesting_through_extract_bytes() {
    let html = "<div><span>".repeat(40_000).into_bytes();
    let (result, elapsed) = run_bytes(Extractor::new(), html);
    assert!(
        matches!(result, Err(Error::TooDeep { .. })),
        "{:?}",
        result.map(|a| a.text().len())
    );
    assert_within(elapsed, FAST, "40,000 nested div/span as bytes");
}

/// A real article 900 elements deep (within the default depth limit) still extracts.
#[test]
fn nesting_article_inside_900_divs_extracts() {
    let body = format!(
        "{}{}{}",
        "<div class=\"wrap\">".repeat(900),
        story_article(),
        "</div>".repeat(900)
    );
    let (result, elapsed) = run_str(Extractor::new(), page("", &body));
    let article = ok(result, "article inside 900 divs");
    assert_story(&article, "article inside 900 divs");
    assert_eq!(
        article.title.as_deref(),
        Some("Bridges close after cracks found")
    );
    assert_within(elapsed, FAST, "article inside 900 divs");
}

/// With the depth limit raised, an article 5,000 elements deep extracts on a 256 KiB stack:
/// 52 bytes of stack per level, less than any recursive frame needs, so no stage recurses.
#[test]
fn nesting_5000_deep_with_raised_limit_does_not_recurse() {
    let depth = 5_000;
    let body = format!(
        "{}{}{}",
        "<div><section>".repeat(depth / 2),
        story_article(),
        "</section></div>".repeat(depth / 2)
    );
    let ex = Extractor::builder().max_depth(depth + 100).build();
    let (result, elapsed) = run_str(ex, page("", &body));
    let article = ok(result, "article 5,000 deep");
    assert_story(&article, "article 5,000 deep");
    assert_within(elapsed, Duration::from_secs(20), "article 5,000 deep");
}

/// 12,000 `<path/>` in an `<svg>` beside the article: the drawing is skipped, the story kept.
#[test]
fn nesting_svg_with_12000_paths_beside_an_article() {
    let mut svg = String::from("<div class=\"chart\"><svg viewBox=\"0 0 100 100\">");
    for i in 0..12_000 {
        svg.push_str(&format!(
            "<path d=\"M{} {} L{} {}\" stroke=\"#333\"/>",
            i % 100,
            (i * 7) % 100,
            (i * 3) % 100,
            (i * 11) % 100
        ));
    }
    svg.push_str("</svg></div>");
    let body = format!("{svg}{}", story_article());
    let (result, elapsed) = run_str(Extractor::new(), page("", &body));
    let article = ok(result, "svg with 12,000 paths");
    assert_story(&article, "svg with 12,000 paths");
    assert_within(elapsed, FAST, "svg with 12,000 paths");
}

// ---------------------------------------------------------------------------------------------
// Size
// ---------------------------------------------------------------------------------------------

/// The input limit is checked before anything else: one byte over is refused with the size
/// and the limit, exactly at the limit is accepted.
#[test]
fn size_one_byte_over_the_limit_is_refused() {
    assert_eq!(
        Extractor::new().limits().max_input_bytes,
        20 * 1024 * 1024,
        "the documented default input limit"
    );
    let html = page("", &story_article());
    let limit = html.len() - 1;
    let ex = Extractor::builder().max_input_bytes(limit).build();
    let over = Err(Error::InputTooLarge {
        size: html.len(),
        limit,
    });
    let (result, _) = run_str(ex.clone(), html.clone());
    assert_eq!(result.map(|_| ()), over);
    let (result, _) = run_bytes(ex, html.clone().into_bytes());
    assert_eq!(result.map(|_| ()), over);
    // At the limit exactly, the page extracts.
    let ex = Extractor::builder().max_input_bytes(html.len()).build();
    let (result, _) = run_bytes(ex, html.into_bytes());
    assert_story(
        &ok(result, "page at the input limit"),
        "page at the input limit",
    );
}

/// One byte over the default limit, made of 4 million nested divs that would take minutes to
/// parse: refused at once, so the size is checked before parsing (and before decoding).
#[test]
fn size_over_the_default_limit_is_refused_without_parsing() {
    let limit = Extractor::new().limits().max_input_bytes;
    let mut html = "<div>".repeat(limit / 5 + 1);
    html.truncate(limit + 1);
    let size = html.len();
    let bytes = html.clone().into_bytes();
    let (result, elapsed) = run_str(Extractor::new(), html);
    assert_eq!(
        result.map(|_| ()),
        Err(Error::InputTooLarge { size, limit })
    );
    assert_within(elapsed, Duration::from_millis(500), "oversized text");
    let (result, elapsed) = run_bytes(Extractor::new(), bytes);
    assert_eq!(
        result.map(|_| ()),
        Err(Error::InputTooLarge { size, limit })
    );
    assert_within(elapsed, Duration::from_millis(500), "oversized bytes");
}

/// A wide page of about `bytes` bytes: the story first, then many paragraphs of news prose in
/// sections with subheadings, as a long live blog or a document dump would be.
fn wide_page(bytes: usize, seed: u64) -> String {
    let mut rng = XorShift::new(seed);
    let mut body = story_article().replace("</article>", "");
    let mut section = 0;
    while body.len() < bytes {
        section += 1;
        body.push_str(&format!("<h2>Update {section}</h2>\n"));
        for _ in 0..8 {
            let n = 3 + rng.below(4);
            body.push_str("<p>");
            body.push_str(&paragraph(&mut rng, n));
            body.push_str("</p>\n");
        }
    }
    body.push_str("</article>");
    page("", &body)
}

/// A wide page just under 19 MB (within the default 20 MiB input limit) extracts with all its
/// text (about 5 s in a debug build).
#[test]
fn size_19_mb_wide_page_extracts() {
    wide_page_extracts(19_000_000, Duration::from_secs(60));
}

fn wide_page_extracts(bytes: usize, bound: Duration) {
    let html = wide_page(bytes, 19);
    assert!(html.len() >= bytes && html.len() < Extractor::new().limits().max_input_bytes);
    let size = html.len();
    let (result, elapsed) = run_bytes(Extractor::new(), html.into_bytes());
    let article = ok(result, "wide page");
    assert_story(&article, "wide page");
    let text = article.text();
    assert!(
        text.len() > size / 2,
        "a wide page of {size} bytes gave only {} bytes of text",
        text.len()
    );
    assert_within(elapsed, bound, "wide page");
}

/// One text node of 10 MB (a paragraph with no markup in it) extracts, fast.
#[test]
fn size_10_mb_text_node() {
    let mut rng = XorShift::new(10);
    let mut text = String::with_capacity(10_100_000);
    while text.len() < 10_000_000 {
        text.push_str(rng.pick(SENTENCES));
        text.push(' ');
    }
    let body = format!(
        "<article><h1>Bridges close after cracks found</h1><p>{STORY_START} {text}</p></article>"
    );
    let (result, elapsed) = run_str(Extractor::new(), page("", &body));
    let article = ok(result, "10 MB text node");
    let out = article.text();
    assert!(
        out.starts_with(STORY_START),
        "{:?}",
        &out[..out.len().min(200)]
    );
    assert!(out.len() > 9_000_000, "{} bytes of text", out.len());
    assert_within(elapsed, Duration::from_secs(20), "10 MB text node");
}

/// One element with `n` attributes beside a real article.
fn many_attributes(n: usize, bound: Duration) {
    let mut tag = String::from("<div class=\"promo\"");
    for i in 0..n {
        tag.push_str(&format!(" data-x{i}=\"{i}\""));
    }
    tag.push_str("></div>");
    let body = format!("{tag}{}", story_article());
    let (result, elapsed) = run_str(Extractor::new(), page("", &body));
    assert_story(&ok(result, "many attributes"), "many attributes");
    assert_within(elapsed, bound, &format!("{n} attributes on one tag"));
}

/// 100,000 attributes on one tag.
///
/// html5ever's tokenizer checks each new attribute name against every earlier one of the tag
/// (`Tokenizer::finish_attribute`), so one tag with n distinct attributes costs n^2/2
/// comparisons: 100,000 took about 60 s in a debug build before parse.rs cut such tags at
/// 4,096 attributes.
#[test]
fn size_100k_attributes_on_one_tag() {
    many_attributes(100_000, LARGE);
}

/// 200,000 attributes without values on one tag (`<div a0 a1 a2 ...>`), and as many separated by
/// slashes: the same quadratic check, with no `=` to count. Before parse.rs counted attribute
/// names, 60,000 of them took 2.6 s in release.
#[test]
fn size_200k_attributes_without_values_on_one_tag() {
    for sep in [" ", "/"] {
        let mut tag = String::from("<div class=\"promo\"");
        for i in 0..200_000 {
            tag.push_str(sep);
            tag.push_str(&format!("a{i}"));
        }
        tag.push_str("></div>");
        let body = format!("{tag}{}", story_article());
        let (result, elapsed) = run_str(Extractor::new(), page("", &body));
        assert_story(&ok(result, "valueless attributes"), "valueless attributes");
        assert_within(elapsed, LARGE, "200,000 valueless attributes");
    }
}

/// Blocks of 60,000 empty elements followed by 60,000 short texts with digits, bold dates and
/// "edited by" spans: the date-line and editor checks look at each text's block, and must not
/// walk or copy the whole block once per text (they did: quadratic, found in review).
#[test]
fn metadata_scans_of_long_blocks_stay_linear() {
    let n = 60_000;
    let cases = [
        (
            "empty elements, then texts with digits",
            "<i></i>",
            "<span>1 x</span>",
        ),
        ("line breaks, then bold digits", "<br>", "<b>1 x</b>"),
        (
            "line breaks, then editing credits",
            "<br>",
            "<span>edited by the 1 x</span>",
        ),
    ];
    for (what, filler, item) in cases {
        let body = format!(
            "<h1>Floods close schools</h1><div>{}{}</div>{}",
            filler.repeat(n),
            item.repeat(n),
            story_article()
        );
        let (result, elapsed) = run_str(Extractor::new(), page("", &body));
        ok(result, what);
        assert_within(elapsed, LARGE, what);
        // And without a headline, where the date search covers the whole page.
        let body = format!("<div>{}{}</div>", filler.repeat(n), item.repeat(n));
        let (result, elapsed) = run_str(Extractor::new(), page("", &body));
        ok(result, what);
        assert_within(elapsed, LARGE, what);
    }
}

/// 10,000 attributes on one tag: within reach of the quadratic tokenizer, must stay fast.
#[test]
fn size_10k_attributes_on_one_tag() {
    many_attributes(10_000, FAST);
}

/// Distinct custom names: html5ever interns every element and attribute name longer than 7
/// bytes that HTML does not define in string_cache's process-wide table, 4,096 buckets of
/// linked lists, so each new name walks the names before it. 400,000 distinct names (9 MB of
/// `<x123456-y>` tags) took 5 s in release before parse.rs refused documents of more than
/// 10,000; here 50,000 of them, as element names, as one attribute per tag and as 4,000
/// attributes per tag, must be refused quickly, and 3,000 beside the story extract.
#[test]
fn size_distinct_custom_names_are_refused() {
    let n = 52_000;
    let elements: String = (0..n)
        .map(|i| format!("<custom-{i}>x</custom-{i}>"))
        .collect();
    let attributes: String = (0..n)
        .map(|i| format!("<p data-item-{i}=\"1\">x</p>"))
        .collect();
    let wide_tags: String = (0..n / 4_000)
        .map(|t| {
            let names: String = (0..4_000).map(|i| format!(" data-{t}-{i}")).collect();
            format!("<p{names}>x</p>")
        })
        .collect();
    for (what, flood) in [
        ("element names", elements),
        ("attribute names", attributes),
        ("attribute names on wide tags", wide_tags),
    ] {
        let (result, elapsed) = run_str(
            Extractor::new(),
            page("", &format!("{}{flood}", story_article())),
        );
        assert_eq!(
            result.map(|_| ()),
            Err(Error::TooManyNames { limit: 10_000 }),
            "{what}"
        );
        assert_within(elapsed, FAST, &format!("{n} distinct {what}"));
    }
    let few: String = (0..3_000)
        .map(|i| format!("<custom-{i} data-item-{i}=\"1\">x</custom-{i}>"))
        .collect();
    let (result, _) = run_str(
        Extractor::new(),
        page("", &format!("{}{few}", story_article())),
    );
    assert_story(&ok(result, "3,000 distinct names"), "3,000 distinct names");
}

/// Custom names crafted to share one bucket of html5ever's name table (string_cache's: a fixed,
/// public hash; 4,096 buckets by its low 12 bits): every use of such a name walks the others in
/// its bucket, so 9,000 of them, then one used 700,000 times (an 11 MB page), took 12 s in
/// release. More than 64 distinct names in one bucket are refused; 70 are made here (about
/// 290,000 names hashed to find them), and the page is refused before their repeats are read.
#[test]
fn size_custom_names_colliding_in_one_bucket_are_refused() {
    let mut names: Vec<String> = Vec::new();
    let mut bucket = None;
    for i in 0u64.. {
        if names.len() == 70 {
            break;
        }
        // Longer than 7 bytes: shorter names are stored inline, not in the table.
        let name = format!("data-coll{i:x}");
        let b = html5ever::LocalName::from(name.as_str()).get_hash() & 0xfff;
        if *bucket.get_or_insert(b) == b {
            names.push(name);
        }
    }
    let mut flood: String = names.iter().map(|n| format!("<b {n}=\"1\"></b>")).collect();
    flood.push_str(&format!("<i {}></i>", names[0]).repeat(50_000));
    let (result, elapsed) = run_str(
        Extractor::new(),
        page("", &format!("{}{flood}", story_article())),
    );
    assert_eq!(
        result.map(|_| ()),
        Err(Error::TooManyNames { limit: 64 }),
        "70 names in one bucket"
    );
    assert_within(elapsed, FAST, "70 names in one bucket");
}

/// 100,000 `<meta>` tags in the head: metadata reading stays linear and the story is kept.
#[test]
fn size_100k_meta_tags() {
    let mut head = String::new();
    for i in 0..100_000 {
        head.push_str(&format!(
            "<meta name=\"custom-{i}\" content=\"value number {i}\">"
        ));
    }
    head.push_str("<meta name=\"author\" content=\"Maria Lopez\">");
    let (result, elapsed) = run_str(Extractor::new(), page(&head, &story_article()));
    let article = ok(result, "100,000 meta tags");
    assert_story(&article, "100,000 meta tags");
    assert_within(elapsed, LARGE, "100,000 meta tags");
}

/// The node limit: a page of 2,000 paragraphs against a limit of 1,000 nodes is refused with
/// the limit, fast; the same page under the default limit extracts.
#[test]
fn size_too_many_nodes_is_refused() {
    assert_eq!(Extractor::new().limits().max_nodes, 2_000_000);
    let mut rng = XorShift::new(2);
    let body: String = (0..2_000)
        .map(|_| format!("<p>{}</p>", paragraph(&mut rng, 1)))
        .collect();
    let html = page("", &format!("{}{body}", story_article()));
    let ex = Extractor::builder().max_nodes(1_000).build();
    let (result, elapsed) = run_str(ex, html.clone());
    assert_eq!(
        result.map(|_| ()),
        Err(Error::TooManyNodes { limit: 1_000 })
    );
    assert_within(elapsed, FAST, "2,000 paragraphs over a 1,000 node limit");
    let (result, _) = run_str(Extractor::new(), html);
    assert_story(&ok(result, "2,000 paragraphs"), "2,000 paragraphs");
}

/// A JSON-LD block of the given length: a NewsArticle whose headline and author would win over
/// the markup, padded with an `articleBody` of prose.
fn json_ld_block(total: usize) -> String {
    let head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\
                \"@type\":\"NewsArticle\",\"headline\":\"Structured headline from JSON-LD\",\
                \"author\":{\"@type\":\"Person\",\"name\":\"Jonas Whitfield\"},\"articleBody\":\"";
    let tail = "\"}</script>";
    let mut rng = XorShift::new(5);
    let mut block = String::from(head);
    while block.len() + tail.len() < total {
        block.push_str(rng.pick(SENTENCES));
        block.push(' ');
    }
    block.push_str(tail);
    block
}

/// A 5 MB JSON-LD block is over the JSON-LD limit and skipped: its headline and author are not
/// used, and the page still extracts. The same block small enough is read (so the check bites).
#[test]
fn size_5_mb_json_ld_is_skipped() {
    let (small, _) = run_str(
        Extractor::new(),
        page(&json_ld_block(2_000), &story_article()),
    );
    let small = ok(small, "small JSON-LD");
    assert!(
        small.authors.iter().any(|p| p.name == "Jonas Whitfield"),
        "a small JSON-LD block is read: {:?}",
        small.authors
    );

    let big = json_ld_block(5 * 1024 * 1024);
    assert!(big.len() > Extractor::new().limits().max_json_ld_bytes);
    let (result, elapsed) = run_str(Extractor::new(), page(&big, &story_article()));
    let article = ok(result, "5 MB JSON-LD");
    assert_story(&article, "5 MB JSON-LD");
    assert!(
        !article.authors.iter().any(|p| p.name == "Jonas Whitfield"),
        "the oversized block was read: {:?}",
        article.authors
    );
    assert_ne!(
        article.title.as_deref(),
        Some("Structured headline from JSON-LD")
    );
    assert_within(elapsed, LARGE, "5 MB JSON-LD");

    // With the JSON-LD limit lowered below the small block, the small block is skipped too.
    let ex = Extractor::builder().max_json_ld_bytes(1_000).build();
    let (result, _) = run_str(ex, page(&json_ld_block(2_000), &story_article()));
    let article = ok(result, "small JSON-LD over a lowered limit");
    assert!(!article.authors.iter().any(|p| p.name == "Jonas Whitfield"));
}

/// Deeply nested JSON in JSON-LD (arrays and objects): no stack overflow, the page extracts.
#[test]
fn size_json_ld_nested_100k_deep() {
    let blocks = [
        "[".repeat(100_000),
        format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000)),
        // Nested objects as deep as serde_json accepts (its limit is 128).
        format!("{}1{}", "{\"a\":".repeat(40), "}".repeat(40)),
        format!(
            "{{\"@type\":\"NewsArticle\",\"author\":{}\"x\"{}}}",
            "[".repeat(50_000),
            "]".repeat(50_000)
        ),
    ];
    for block in blocks {
        let head = format!("<script type=\"application/ld+json\">{block}</script>");
        let (result, elapsed) = run_str(Extractor::new(), page(&head, &story_article()));
        assert_story(&ok(result, "nested JSON-LD"), "nested JSON-LD");
        assert_within(elapsed, FAST, "nested JSON-LD");
    }
}

/// `{"a":` x 100,000 in JSON-LD.
///
/// serde_json recurses once per nesting level up to its limit of 128; in a debug build each
/// level costs about 1.9 KB of stack, so 128 levels of objects overflowed a 256 KiB thread
/// before metadata/json_ld.rs measured the nesting and skipped blocks deeper than 32 levels.
#[test]
fn size_json_ld_nested_objects_100k_deep() {
    let head = format!(
        "<script type=\"application/ld+json\">{}</script>",
        "{\"a\":".repeat(100_000)
    );
    let (result, elapsed) = run_str(Extractor::new(), page(&head, &story_article()));
    assert_story(
        &ok(result, "nested JSON-LD objects"),
        "nested JSON-LD objects",
    );
    assert_within(elapsed, FAST, "nested JSON-LD objects");
}

/// JSON-LD blocks each under the JSON-LD limit, dense with small objects (`[{"a":1},...]`):
/// serde_json spends about 600 bytes on a one-key object (a B-tree node), 80x its text, and
/// every block of a page is held at once, so 18 such blocks of 1 MB held 1.6 GB. The page's
/// blocks share a budget of values: these are skipped, and the small real block after them is
/// read (it was not: the dense blocks used up the walk's budget of 200,000 values).
#[test]
fn size_json_ld_blocks_of_small_objects_keep_the_heap_bounded() {
    let limit = Extractor::new().limits().max_json_ld_bytes;
    let objects = vec!["{\"a\":1}"; limit / 9].join(",");
    let block = format!("<script type=\"application/ld+json\">[{objects}]</script>");
    assert!(block.len() < limit + 100);
    let head = format!("{}{}", block.repeat(3), json_ld_block(2_000));
    let html = page(&head, &story_article());
    let len = html.len();
    let (result, peak) = heap_of_extraction(html);
    let article = ok(result, "JSON-LD of small objects");
    assert_story(&article, "JSON-LD of small objects");
    assert!(
        peak < 10 * len,
        "JSON-LD of small objects: peak heap {peak} bytes, {:.1}x the page of {len} bytes",
        peak as f64 / len as f64
    );
    assert!(
        article.authors.iter().any(|p| p.name == "Jonas Whitfield"),
        "the real block after the dense ones is read: {:?}",
        article.authors
    );
}

/// The `parsely-page` meta (JSON in an attribute) read like JSON-LD: nested 127 levels, just
/// under serde_json's own limit, it must not overflow a small stack; 500 KB of small objects
/// must not take 70x the page in heap.
#[test]
fn size_parsely_page_meta_nested_and_dense() {
    let deep = format!(
        "<meta name=\"parsely-page\" content=\"{}1{}\">",
        "{&quot;a&quot;:".repeat(127),
        "}".repeat(127)
    );
    let (result, _) = run_str(Extractor::new(), page(&deep, &story_article()));
    assert_story(&ok(result, "nested parsely-page"), "nested parsely-page");

    let objects = vec!["{\"a\":1}"; 60_000].join(",");
    let dense = format!("<meta name=\"parsely-page\" content='[{objects}]'>");
    let html = page(&dense, &story_article());
    let len = html.len();
    let (result, peak) = heap_of_extraction(html);
    assert_story(&ok(result, "dense parsely-page"), "dense parsely-page");
    assert!(
        peak < 10 * len,
        "dense parsely-page: peak heap {peak} bytes, {:.1}x the page of {len} bytes",
        peak as f64 / len as f64
    );
}

/// Deeply nested JSON in a Next.js page state (`__NEXT_DATA__`, read when nothing else dates
/// the story): no stack overflow on a small stack; the deepest state still parsed is read.
#[test]
fn size_next_data_nested_deep() {
    let story =
        r#"{"headline":"Bridges close after cracks found","publishedAt":"2024-05-14T08:00:00Z"}"#;
    let deepest = format!("{}{story}{}", "{\"a\":".repeat(38), "}".repeat(38));
    let blocks = [
        "{\"a\":".repeat(100_000),
        format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000)),
        format!("{}{story}{}", "{\"a\":".repeat(200), "}".repeat(200)),
        deepest,
    ];
    for (k, block) in blocks.into_iter().enumerate() {
        let html = page(
            "",
            &format!(
                "{}<script id=\"__NEXT_DATA__\" type=\"application/json\">{block}</script>",
                story_article()
            ),
        );
        let (result, elapsed) = run_str(Extractor::new(), html);
        let article = ok(result, "nested __NEXT_DATA__");
        assert_story(&article, "nested __NEXT_DATA__");
        assert_within(elapsed, FAST, "nested __NEXT_DATA__");
        let published = article.published.map(|d| d.date_string());
        let expected = (k == 3).then(|| "2024-05-14".to_string());
        assert_eq!(published, expected, "nested __NEXT_DATA__ block {k}");
    }
}

/// A Next.js page state of 1 MB (under the JSON-LD limit that bounds it) dense with small
/// objects: about 85x the page in heap before next_data.rs skipped states of more than 30,000
/// objects.
#[test]
fn size_next_data_of_small_objects_keeps_the_heap_bounded() {
    let objects = vec!["{\"a\":1}"; 110_000].join(",");
    let html = page(
        "",
        &format!(
            "{}<script id=\"__NEXT_DATA__\" type=\"application/json\">[{objects}]</script>",
            story_article()
        ),
    );
    let len = html.len();
    let (result, peak) = heap_of_extraction(html);
    assert_story(&ok(result, "dense __NEXT_DATA__"), "dense __NEXT_DATA__");
    assert!(
        peak < 10 * len,
        "dense __NEXT_DATA__: peak heap {peak} bytes, {:.1}x the page of {len} bytes",
        peak as f64 / len as f64
    );
}

/// A `<title>` far over the field limit is dropped rather than kept or cut mid-word.
#[test]
fn size_title_over_the_field_limit() {
    let long = "Bridges close after cracks found ".repeat(100);
    let html = format!(
        "<html><head><title>{long}</title></head><body>{}</body></html>",
        story_article()
    );
    let ex = Extractor::builder().max_field_chars(200).build();
    let (result, _) = run_str(ex, html);
    let article = ok(result, "long title");
    assert_story(&article, "long title");
    assert!(
        article
            .title
            .as_ref()
            .is_none_or(|t| t.chars().count() <= 200),
        "{:?}",
        article.title
    );
}

// ---------------------------------------------------------------------------------------------
// Garbage
// ---------------------------------------------------------------------------------------------

/// Empty and whitespace-only input give an empty article, through both entry points.
#[test]
fn garbage_empty_and_whitespace() {
    for input in ["", " ", "\n\r\n\t  \u{c}", "\u{feff}"] {
        for as_bytes in [false, true] {
            let (result, elapsed) = if as_bytes {
                run_bytes(Extractor::new(), input.as_bytes().to_vec())
            } else {
                run_str(Extractor::new(), input.to_string())
            };
            let article = ok(result, &format!("{input:?}"));
            assert!(article.body.is_empty(), "{input:?}: {:?}", article.body);
            assert_eq!(article.title, None, "{input:?}");
            assert!(article.authors.is_empty(), "{input:?}");
            assert_within(elapsed, FAST, "empty input");
        }
    }
}

/// Lone and broken tokens: `<`, `</`, `<!`, `<!--`, `<a`, `&`, `&#`, `<![CDATA[`.
#[test]
fn garbage_lone_tokens() {
    for input in [
        "<",
        "</",
        "<!",
        "<!-",
        "<!--",
        "<a",
        "<a href=",
        "<a href=\"",
        "&",
        "&#",
        "&#x",
        "<![CDATA[",
        "<?xml",
        "<!DOCTYPE",
        "</>",
        "<p",
        ">",
        "<<<<>>>>",
        "<script>",
        "<style>",
        "<textarea>",
        "<plaintext>",
        "<svg><",
        "<math><mi>",
    ] {
        let (result, elapsed) = run_bytes(Extractor::new(), input.as_bytes().to_vec());
        let article = ok(result, input);
        assert!(
            article.text().chars().count() <= input.len(),
            "{input:?} gave {:?}",
            article.text()
        );
        assert_within(elapsed, FAST, input);
    }
}

/// An unterminated comment swallows the rest of the page; what came before it is kept and
/// nothing after it leaks into the body.
#[test]
fn garbage_unterminated_comment() {
    let mut rng = XorShift::new(3);
    let mut tail = String::new();
    for _ in 0..2_000 {
        tail.push_str(&format!("<p>Hidden: {}</p>\n", paragraph(&mut rng, 2)));
    }
    let html = page("", &format!("{}<!-- promo starts {tail}", story_article()));
    let (result, elapsed) = run_str(Extractor::new(), html);
    let article = ok(result, "unterminated comment");
    assert_story(&article, "unterminated comment");
    assert!(!article.text().contains("Hidden:"));
    assert_within(elapsed, FAST, "unterminated comment");
}

/// An unterminated `<title>` makes the rest of the input (1 MB) the title text: no article,
/// no 1 MB title, no hang.
#[test]
fn garbage_unterminated_title_then_1_mb() {
    let mut rng = XorShift::new(4);
    let mut html = String::from("<html><head><title>Bridges close after cracks found");
    while html.len() < 1_000_000 {
        html.push_str(&format!("<p>{}</p>\n", paragraph(&mut rng, 3)));
    }
    let max = Extractor::new().limits().max_field_chars;
    let (result, elapsed) = run_str(Extractor::new(), html);
    let article = ok(result, "unterminated title");
    assert!(
        article
            .title
            .as_ref()
            .is_none_or(|t| t.chars().count() <= max),
        "title of {} chars",
        article.title.as_ref().map_or(0, |t| t.chars().count())
    );
    assert!(
        article
            .description
            .as_ref()
            .is_none_or(|t| t.chars().count() <= max),
        "description of {} chars",
        article
            .description
            .as_ref()
            .map_or(0, |t| t.chars().count())
    );
    assert_within(elapsed, FAST, "unterminated title then 1 MB");
}

/// 2 MB of NUL bytes: refused as binary data from bytes; as text (the caller vouched for it),
/// an empty article. Either way fast.
#[test]
fn garbage_2_mb_of_nul() {
    let nul = vec![0u8; 2 * 1024 * 1024];
    let (result, elapsed) = run_bytes(Extractor::new(), nul.clone());
    match result {
        Err(Error::NotHtml { kind }) => assert!(!kind.is_empty()),
        Ok(article) => assert!(article.body.is_empty(), "{:?}", article.body),
        Err(e) => panic!("2 MB of NUL: {e:?}"),
    }
    assert_within(elapsed, FAST, "2 MB of NUL bytes");

    // As text the page reaches html5ever, whose tokenizer reports and replaces every NUL: about
    // 1,300 instructions a byte, 1.8 s in a debug build on an idle machine. The bound guards
    // against a hang, not against a busy machine.
    let text = String::from_utf8(nul).expect("NUL is valid UTF-8");
    let (result, elapsed) = run_str(Extractor::new(), text);
    let article = ok(result, "2 MB of NUL as text");
    assert!(article.body.is_empty(), "{:?}", article.body);
    assert_within(elapsed, Duration::from_secs(30), "2 MB of NUL as text");

    // NULs scattered through a real page do not hide the story.
    let html = page("", &story_article()).replace("bridges", "brid\0ges");
    let (result, _) = run_bytes(Extractor::new(), html.into_bytes());
    assert_story(&ok(result, "NULs in a page"), "NULs in a page");
}

/// `&#0;`, surrogate and out-of-range character references become U+FFFD; the text around
/// them stays.
#[test]
fn garbage_nul_and_surrogate_entities() {
    let refs = "&#0; &#x0; &#xD800; &#xDFFF; &#55296; &#x110000; &#99999999999999999999; \
                &#x80; &#xFFFE; &#1114111; &#xd800";
    let body = format!(
        "<article><h1>Bridges close &#xD800; after cracks found</h1><p>{STORY_START} {refs} \
         as the works began, engineers said on Tuesday afternoon in a long statement.</p>\
         <p>{}</p></article>",
        STORY[1]
    );
    let (result, elapsed) = run_str(Extractor::new(), page("", &body));
    let article = ok(result, "NUL and surrogate references");
    let text = article.text();
    assert!(text.contains(STORY_START), "{text:?}");
    assert!(text.contains("engineers said on Tuesday"), "{text:?}");
    assert!(text.contains('\u{fffd}'), "{text:?}");
    assert!(!text.contains('\0'), "{text:?}");
    assert_within(elapsed, FAST, "NUL and surrogate references");
}

/// Invalid UTF-8 in a UTF-8 page (stray bytes, overlong forms, encoded surrogates, a sequence
/// cut by the end of the input) becomes U+FFFD and the text around it stays.
#[test]
fn garbage_invalid_and_truncated_utf8() {
    // Enough French text that valid multi-byte sequences outnumber the broken ones (the decoder
    // then keeps UTF-8, as declared, and replaces the broken spots).
    let french = "<p>Les pluies ont inondé les vallées, coupé l'électricité et fermé les écoles \
                  de la région, où les pompiers évacuaient encore des familles entières.</p>"
        .repeat(4);
    let mut bytes = page(
        "",
        &format!(
            "<article><h1>Crème brûlée à la carte</h1><p>Les écoles sont restées fermées lundi \
             après des pluies torrentielles, a déclaré la préfecture. BAD1 BAD2 BAD3 BAD4 Déjà \
             vu, les élèves ont été renvoyés chez eux très tôt.</p>{french}"
        ),
    )
    .replace("</footer></body></html>", "</footer><p>Fin: déj")
    .into_bytes();
    for (marker, bad) in [
        (&b"BAD1"[..], &b"\xff"[..]),
        (b"BAD2", b"\xc0\xaf"),
        (b"BAD3", b"\xed\xa0\x80"),
        (b"BAD4", b"\xf4\x90\x80\x80"),
    ] {
        let at = bytes
            .windows(marker.len())
            .position(|w| w == marker)
            .expect("marker");
        bytes.splice(at..at + marker.len(), bad.iter().copied());
    }
    // Cut inside the two-byte "à" at the very end.
    bytes.extend_from_slice(b"\xc3");
    let (result, elapsed) = run_bytes(Extractor::new(), bytes);
    let article = ok(result, "invalid UTF-8");
    let text = article.text();
    assert!(text.contains("Les écoles sont restées fermées"), "{text:?}");
    assert!(text.contains("renvoyés chez eux"), "{text:?}");
    assert!(text.contains('\u{fffd}'), "{text:?}");
    assert_within(elapsed, FAST, "invalid UTF-8");

    // Truncated inside a multi-byte character at every position of the last few characters.
    let full = page("", &story_article().replace("Tuesday", "mardi – été")).into_bytes();
    let cut = full
        .windows(3)
        .position(|w| w == "–".as_bytes())
        .expect("dash");
    for end in cut..cut + 8 {
        let (result, _) = run_bytes(Extractor::new(), full[..end].to_vec());
        ok(result, &format!("cut at {end}"));
    }
}

/// Hostile page URLs are refused with `InvalidUrl`; hostile URLs inside the page (bad base,
/// huge or broken links and images) are dropped or kept, never a panic.
#[test]
fn garbage_urls() {
    for url in [
        "not a url",
        "/relative/path",
        "",
        "http://[::1",
        "http://exa mple.com/",
    ] {
        let result = Extractor::new().extract(&page("", &story_article()), Some(url));
        assert!(
            matches!(result, Err(Error::InvalidUrl { .. })),
            "{url:?}: {:?}",
            result.map(|a| a.url)
        );
    }
    let long = format!("https://example.com/{}", "a/".repeat(200_000));
    let body = format!(
        "<base href=\"javascript:alert(1)\"><article><h1>Bridges close after cracks found</h1>\
         <p><a href=\"http://[\">broken</a> <a href=\"{long}\">long</a> \
         <a href=\"//\">empty</a> <img src=\"data:image/png;base64,{}\"></p>{}</article>",
        "A".repeat(1_000_000),
        STORY
            .iter()
            .map(|p| format!("<p>{p}</p>"))
            .collect::<String>()
    );
    for url in [
        Some(URL),
        Some("file:///tmp/page.html"),
        Some("data:text/html,x"),
        None,
    ] {
        let html = page("", &body);
        let (result, elapsed) = on_small_stack(move || Extractor::new().extract(&html, url));
        assert_story(&ok(result, "hostile URLs"), "hostile URLs");
        assert_within(elapsed, FAST, "hostile URLs");
    }
    // The page URL itself may be long.
    let (result, _) =
        on_small_stack(move || Extractor::new().extract(&page("", &story_article()), Some(&long)));
    assert_story(&ok(result, "long page URL"), "long page URL");
}

/// Transport charset labels of every kind, right or wrong, on text and on bytes that do not fit
/// them: always a decoded article or `NotHtml`, never a panic.
#[test]
fn garbage_charset_labels() {
    let html = page("", &story_article());
    let labels = [
        "",
        " ",
        "\"\"",
        "utf-8",
        "UTF-16",
        "utf-16be",
        "utf-16le",
        "x-user-defined",
        "replacement",
        "iso-2022-kr",
        "iso-2022-jp",
        "shift_jis",
        "gb18030",
        "big5",
        "euc-kr",
        "koi8-r",
        "windows-1251",
        "macintosh",
        "no-such-charset",
        "utf-8; q=1",
        "\u{0}",
    ];
    let long_label = "x".repeat(100_000);
    let inputs: [Vec<u8>; 4] = [
        html.clone().into_bytes(),
        // Odd length: a UTF-16 decoder meets half a code unit at the end.
        [html.as_bytes(), b"\xd8"].concat(),
        b"\x1b$B\x1b(J\x1b$@\x1b(B\x1b$".to_vec(),
        html.encode_utf16().flat_map(u16::to_le_bytes).collect(),
    ];
    let (_, elapsed) = on_small_stack(move || {
        let ex = Extractor::new();
        for bytes in &inputs {
            for label in labels.iter().copied().chain([long_label.as_str()]) {
                match ex.extract_bytes_with_charset(bytes, Some(URL), Some(label)) {
                    Ok(_) | Err(Error::NotHtml { .. }) => {}
                    Err(e) => panic!("charset {label:.20?}: {e:?}"),
                }
            }
        }
        // A right label on the UTF-16 page gives the story back.
        let utf16: Vec<u8> = html.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let article = ex
            .extract_bytes_with_charset(&utf16, Some(URL), Some("utf-16le"))
            .expect("UTF-16LE page declared by the transport");
        assert_story(&article, "UTF-16LE page");
    });
    assert_within(elapsed, Duration::from_secs(20), "charset labels");
}

/// Extract `html` on a small stack: the result and the peak heap the extraction needed.
fn heap_of_extraction(html: String) -> (Result<Article, Error>, usize) {
    on_small_stack(move || heap_of(|| Extractor::new().extract(&html, Some(URL)))).0
}

/// The article with `filler` after its story.
fn story_then(filler: &str) -> String {
    let story: String = STORY.iter().map(|p| format!("<p>{p}</p>")).collect();
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Bridges close</title></head><body>\
         <article><h1>Bridges close</h1>{story}{filler}</article></body></html>"
    )
}

/// Dense markup, a block per dozen bytes, keeps the heap of one extraction within a bound
/// (measured by a per-thread counting allocator, so not a timing). 100,000 one-word
/// paragraphs need about 41x the page: the tree and the arena take 27x, the body's blocks the
/// rest; before the blocks were laid out for it (a vector of four runs per one-word paragraph,
/// a second full copy of the blocks in the filter, the node statistics kept to the end) the
/// page needed 66x. A paragraph of 50,000 `<br>` lines needs 53x (it needed about 75x:
/// rendering the opening blocks for the language check held room for four runs per line).
#[test]
fn size_dense_markup_heap_stays_bounded() {
    let html = story_then(&"<p>word</p>".repeat(100_000));
    let len = html.len();
    let (result, peak) = heap_of_extraction(html);
    let article = ok(result, "one-word paragraphs");
    assert!(article.text().contains(STORY_START));
    assert!(
        peak < 48 * len,
        "one-word paragraphs: peak heap {peak} bytes, {:.1}x the page of {len} bytes",
        peak as f64 / len as f64
    );

    let html = story_then(&format!("<p>{}</p>", "line<br>".repeat(50_000)));
    let len = html.len();
    let (result, peak) = heap_of_extraction(html);
    let article = ok(result, "<br> lines");
    assert!(article.text().contains(STORY_END));
    assert!(
        peak < 60 * len,
        "<br> lines: peak heap {peak} bytes, {:.1}x the page of {len} bytes",
        peak as f64 / len as f64
    );
}

/// A ragged table kept in the body, one row of 5,000 cells and 5,000 rows of one: the Markdown
/// renderer padded every short row to the widest, rows times columns of `" |"` (a 1 MB page of
/// such a table rendered to 1 GB). Past 64 columns short rows are left for the GFM reader to
/// fill; the Markdown stays within a few times the page.
#[test]
fn render_ragged_wide_table_stays_linear() {
    let table = format!(
        "<table><tr>{}</tr>{}</table>",
        "<td>c</td>".repeat(5_000),
        "<tr><td>Row text with words</td></tr>".repeat(5_000)
    );
    let html = story_then(&table);
    let len = html.len();
    let (result, _) = run_str(Extractor::new(), html);
    let article = ok(result, "ragged table");
    let markdown = article.markdown();
    assert!(
        markdown.contains("| Row text with words |"),
        "the table is kept"
    );
    assert!(
        markdown.len() < 5 * len,
        "ragged table: {} bytes of Markdown from a page of {len}",
        markdown.len()
    );
}

/// Binary formats are refused with the format named.
#[test]
fn garbage_binary_signatures() {
    let cases: [(&[u8], &str); 4] = [
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\x1f\x8b\x08\0\0\0\0\0\0\x03", "gzip"),
        (b"PK\x03\x04\x14\0\0\0\x08\0", "ZIP"),
    ];
    for (bytes, name) in cases {
        let (result, _) = run_bytes(Extractor::new(), bytes.to_vec());
        match result {
            Err(Error::NotHtml { kind }) => assert!(kind.contains(name), "{kind}"),
            other => panic!("{name}: {:?}", other.map(|a| a.text())),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Fixtures: truncations and mutations
// ---------------------------------------------------------------------------------------------

/// Every `tests/fixtures/*/page.html`, read at run time (others add fixtures as they go).
fn fixture_pages() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures");
    let mut dirs: Vec<PathBuf> = fs::read_dir(&root)
        .expect("tests/fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("page.html").is_file())
        .collect();
    dirs.sort();
    let pages: Vec<(String, Vec<u8>)> = dirs
        .into_iter()
        .map(|d| {
            let name = d
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let bytes = fs::read(d.join("page.html")).expect("read page.html");
            (name, bytes)
        })
        .collect();
    assert!(
        !pages.is_empty(),
        "no fixture pages under {}",
        root.display()
    );
    pages
}

/// Small limits for the fixture runs, as the fuzz target uses: every refusal path is exercised.
fn fuzz_extractor() -> Extractor {
    Extractor::builder()
        .max_input_bytes(1 << 20)
        .max_depth(256)
        .max_nodes(100_000)
        .build()
}

/// Transport charsets given with some inputs: right, wrong, multi-byte, UTF-16, unknown.
const CHARSETS: [&str; 7] = [
    "utf-8",
    "windows-1252",
    "shift_jis",
    "utf-16le",
    "\"ISO-8859-1\"",
    "no-such-charset",
    "gb18030",
];

/// Extract each input on one small-stack thread; return the failures (panics are caught per
/// input so the report names every bad one) and the slowest input.
fn survive_all(inputs: Vec<(String, Vec<u8>)>) -> (Vec<String>, Duration, String) {
    let (out, _) = on_small_stack(move || {
        let ex = fuzz_extractor();
        let mut failures = Vec::new();
        let mut slowest = (Duration::ZERO, String::new());
        for (k, (label, bytes)) in inputs.into_iter().enumerate() {
            let start = Instant::now();
            // Rotate over the byte entry points so each sees its share of the inputs.
            let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match k % 4 {
                0 => ex.explain(&bytes, Some(URL)).map(|(a, _)| a),
                1 => ex.extract_bytes_with_charset(&bytes, Some(URL), Some(CHARSETS[k % 7])),
                2 => ex.extract_bytes(&bytes, None),
                _ => ex.extract_bytes(&bytes, Some(URL)),
            }));
            let took = start.elapsed();
            if took > slowest.0 {
                slowest = (took, label.clone());
            }
            match caught {
                Ok(Ok(_)) | Ok(Err(_)) => {}
                Err(panic) => {
                    let msg = panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    failures.push(format!("{label}: panicked: {msg}"));
                }
            }
            if took > FAST {
                failures.push(format!("{label}: took {took:?}"));
            }
        }
        (failures, slowest.0, slowest.1)
    });
    out
}

/// Fail with the list of failing inputs, if any.
fn assert_survived(what: &str, (failures, slowest, label): (Vec<String>, Duration, String)) {
    assert!(
        failures.is_empty(),
        "{what}: {} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!("{what}: slowest input {label} took {slowest:?}");
}

/// Each fixture page, whole and cut at 50 offsets spread over the file (on byte boundaries,
/// so cuts fall inside tags, entities, comments and UTF-8 sequences).
#[test]
fn fixtures_truncated_at_many_offsets() {
    let mut inputs = Vec::new();
    for (name, bytes) in fixture_pages() {
        let len = bytes.len();
        let mut rng = XorShift::new(len as u64);
        for k in 0..50 {
            // Evenly spread, jittered so different runs of a fixture hit different tokens.
            let base = len * k / 50;
            let cut = (base + rng.below(len / 50 + 1)).min(len);
            inputs.push((format!("{name} cut at {cut}"), bytes[..cut].to_vec()));
        }
        inputs.push((format!("{name} whole"), bytes));
    }
    assert_survived("truncated fixtures", survive_all(inputs));
}

/// The kinds of mutation applied to a fixture.
const SNIPPETS: &[&[u8]] = &[
    b"<div>",
    b"</",
    b"<!--",
    b"\"",
    b"<",
    b">",
    b"&",
    b"&#",
    b"<table>",
    b"<b>",
    b"</p>",
    b"<svg>",
    b"<math>",
    b"<template>",
    b"<script>",
    b"<![CDATA[",
    b"\xff",
    b"\xc3",
    b"\0",
    b"<a href=\"",
    b"<base href=\"//x\">",
    b"<meta charset=\"koi8-r\">",
    b"</html>",
    b"<frameset>",
    b"<select>",
    b"<plaintext>",
];

/// Apply `edits` random mutations to `page`.
fn mutate(page: &[u8], rng: &mut XorShift, edits: usize) -> Vec<u8> {
    let mut out = page.to_vec();
    for _ in 0..edits {
        let len = out.len().max(1);
        let at = rng.below(len).min(out.len());
        match rng.below(5) {
            // Flip bits in a few bytes.
            0 => {
                for i in at..(at + 1 + rng.below(4)).min(out.len()) {
                    out[i] ^= 1 << rng.below(8);
                }
            }
            // Insert a snippet of markup or a broken byte.
            1 | 2 => {
                let snippet = rng.pick(SNIPPETS);
                out.splice(at..at, snippet.iter().copied());
            }
            // Delete a range.
            3 => {
                let end = (at + 1 + rng.below(2_000)).min(out.len());
                out.drain(at..end);
            }
            // Duplicate a range in place.
            _ => {
                let end = (at + 1 + rng.below(4_000)).min(out.len());
                let copy = out[at..end].to_vec();
                out.splice(end..end, copy);
            }
        }
    }
    out
}

/// Most mutants per test function over all fixtures (each costs ~25 ms in a debug build).
const MUTANT_BUDGET: usize = 600;

/// Fewest mutants per fixture per test function, however many fixtures there are.
const MIN_MUTANTS: usize = 30;

/// Mutants of every fixture: one edit to many edits, each must give Ok or a typed error.
/// `per_fixture` is scaled down when there are many fixtures so the total stays within
/// [`MUTANT_BUDGET`], but never below [`MIN_MUTANTS`].
fn mutants(seed: u64, per_fixture: usize) -> Vec<(String, Vec<u8>)> {
    let pages = fixture_pages();
    let per_fixture = per_fixture.min((MUTANT_BUDGET / pages.len()).max(MIN_MUTANTS));
    let mut inputs = Vec::new();
    for (name, bytes) in pages {
        let mut rng = XorShift::new(seed ^ bytes.len() as u64);
        for k in 0..per_fixture {
            let edits = 1 + rng.below(if k % 4 == 0 { 40 } else { 6 });
            inputs.push((
                format!("{name} mutant seed {seed} #{k} ({edits} edits)"),
                mutate(&bytes, &mut rng, edits),
            ));
        }
    }
    inputs
}

/// The mutants, in two halves so the test harness runs them on both cores.
#[test]
fn fixtures_mutated_a() {
    assert_survived(
        "mutated fixtures (a)",
        survive_all(mutants(0x5eed_0001, 120)),
    );
}

/// Second half of the mutants, another seed.
#[test]
fn fixtures_mutated_b() {
    assert_survived(
        "mutated fixtures (b)",
        survive_all(mutants(0x5eed_0002, 120)),
    );
}

/// The fixtures repeated inside deep wrappers, duplicated end to end, and with every tag
/// doubled: structure-level mutations random byte edits rarely reach.
#[test]
fn fixtures_structural_mutations() {
    let mut inputs = Vec::new();
    for (name, bytes) in fixture_pages() {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        inputs.push((
            format!("{name} wrapped in 250 divs"),
            format!("{}{text}", "<div>".repeat(250)).into_bytes(),
        ));
        inputs.push((
            format!("{name} twice"),
            [bytes.as_slice(), bytes.as_slice()].concat(),
        ));
        inputs.push((
            format!("{name} tags doubled"),
            text.replace('<', "<<").into_bytes(),
        ));
        inputs.push((
            format!("{name} end tags dropped"),
            text.replace("</", "<!-- ").into_bytes(),
        ));
        inputs.push((
            format!("{name} quotes dropped"),
            text.replace('"', "").into_bytes(),
        ));
        inputs.push((
            format!("{name} as utf-16le"),
            [
                &[0xff, 0xfe][..],
                &text
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes)
                    .collect::<Vec<u8>>(),
            ]
            .concat(),
        ));
    }
    assert_survived("structural mutations", survive_all(inputs));
}

// ---------------------------------------------------------------------------------------------
// Tree building: markup the tree builder moves, clones and fosters (no time bounds: each case
// must finish, with an article or a typed error)
// ---------------------------------------------------------------------------------------------

/// An article, or one of the limit errors a hostile tree may hit.
fn article_or_limit(result: Result<Article, Error>, what: &str) {
    match result {
        Ok(_) | Err(Error::TooDeep { .. } | Error::TooManyNodes { .. }) => {}
        Err(e) => panic!("{what}: unexpected error {e:?}"),
    }
}

/// Templates nested 100,000 deep: each template's contents start a fragment, so the depth the
/// sink records restarts inside it; the builder's stack of open elements still gives the depth
/// away.
#[test]
fn tree_nested_templates_are_refused() {
    let html = page("", &"<template><div>".repeat(100_000));
    let (result, _) = run_str(Extractor::new(), html);
    assert_eq!(result.map(|_| ()), Err(Error::TooDeep { limit: 1024 }));
}

/// Templates in table cells, 20,000 times, beside an article.
#[test]
fn tree_templates_in_tables_beside_an_article() {
    let tables = "<table><tr><td><template><tr><td>t</td></tr>x</template>y</td></tr>z</table>"
        .repeat(20_000);
    let html = page("", &format!("{}{tables}", story_article()));
    let (result, _) = run_str(Extractor::new(), html);
    article_or_limit(result, "templates in tables");
}

/// Stray text and elements inside a table, foster parented before it 300,000 times: text nodes
/// created there count against the node limit like any other.
#[test]
fn tree_foster_parented_flood_stays_within_the_node_limit() {
    let flood = format!("<table>{}</table>", "x<b>y</b>".repeat(300_000));
    let html = page("", &format!("{}{flood}", story_article()));
    let (result, _) = run_str(Extractor::new(), html.clone());
    article_or_limit(result, "foster parented flood");
    // 900 stray words and 900 elements: 1,800 nodes and more, over a limit of 1,000.
    let small = format!("<table>{}</table>", "x<b></b>".repeat(900));
    let ex = Extractor::builder().max_nodes(1_000).build();
    let (result, _) = run_str(ex, page("", &small));
    assert_eq!(
        result.map(|_| ()),
        Err(Error::TooManyNodes { limit: 1_000 })
    );
}

/// Formatting elements left open in paragraphs (`<p><b id=1></p><p><b id=2></p>...`): each
/// paragraph reconstructs every one before it, so nodes grow with the square of the count.
#[test]
fn tree_reconstructed_formatting_flood() {
    let flood: String = (0..3_000).map(|i| format!("<p><b id={i}>w</p>")).collect();
    let html = page("", &format!("{}{flood}", story_article()));
    let (result, _) = run_str(Extractor::new(), html);
    article_or_limit(result, "reconstructed formatting");
}

/// The adoption agency algorithm run 100,000 times on misnested formatting and blocks
/// (`<b><p></b>`, `<a><div><a></div>`), each closing what it opened.
#[test]
fn tree_adoption_agency_loops() {
    for unit in [
        "<b>x<p>y</b>z</p>",
        "<a>x<div>y<a>z</div></a>",
        "<i><b><div></i>w</b></div>",
    ] {
        let html = page("", &format!("{}{}", story_article(), unit.repeat(100_000)));
        let (result, _) = run_str(Extractor::new(), html);
        article_or_limit(result, unit);
    }
}

/// A million nodes (half a million short paragraphs) beside an article, under the default
/// limits.
#[test]
fn tree_a_million_nodes() {
    let html = page(
        "",
        &format!("{}{}", story_article(), "<i>w</i>".repeat(500_000)),
    );
    let (result, _) = run_str(Extractor::new(), html);
    article_or_limit(result, "a million nodes");
}

/// Repeated `<html>` and `<body>` start tags, each with an attribute of its own
/// (`<html a0=x><body b0=y><html a1=x>...`): the tree builder merges each one's attributes into
/// the first `<html>`/`<body>` element. `tree::add_attrs_if_missing` once inserted each into a
/// sorted `Vec` (n tags, n^2/2 moves: 400,000 pairs, 14 MB, took 149 s in release); it now
/// checks a set of the names seen and sorts once at the end of the parse.
#[test]
fn tree_repeated_html_and_body_tags_with_distinct_attributes() {
    let repeated: String = (0..200_000)
        .map(|i| format!("<html a{i}=\"x\"><body b{i}=\"y\">"))
        .collect();
    let html = page("", &format!("{repeated}{}", story_article()));
    let (result, elapsed) = run_str(Extractor::new(), html);
    assert_story(
        &ok(result, "repeated html and body tags"),
        "repeated html and body tags",
    );
    assert_within(elapsed, LARGE, "200,000 repeated html and body tags");
}
