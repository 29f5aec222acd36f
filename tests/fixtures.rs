//! Fixture-driven end-to-end tests.
//!
//! Every folder `tests/fixtures/<case>/` holds a hand-written page (`page.html`) and what a careful
//! reader expects from it (`expected.json`, format in `tests/fixtures/README.md`). The runner
//! extracts every page and checks every field the expectation names; it collects the failures of
//! all fixtures and panics once with the whole list, each line naming the fixture and the field
//! with the expected and the actual value.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use newsprint::Article;
use serde_json::{Map, Value};

/// The keys `expected.json` may hold; any other key is reported (it is most likely a typo that
/// would otherwise silently check nothing).
const KNOWN_KEYS: &[&str] = &[
    "url",
    "title",
    "subtitle",
    "authors",
    "editor",
    "source",
    "published",
    "modified",
    "language",
    "credits",
    "with",
    "without",
    "starts_with",
    "ends_with",
];

/// Longest excerpt of an actual value shown in a failure line, in characters.
const EXCERPT_CHARS: usize = 160;

/// One fixture folder, loaded.
struct Fixture {
    /// The folder name, used in every failure line.
    name: String,
    /// The page's HTML.
    page: String,
    /// The parsed `expected.json` object.
    expected: Map<String, Value>,
}

/// The fixtures root: `tests/fixtures` of this crate, or the folder `FIXTURE_ROOT` names
/// (`FIXTURE_ROOT=tests/fixtures-pending` shows what the pending cases still miss).
fn fixtures_root() -> PathBuf {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    match std::env::var_os("FIXTURE_ROOT") {
        Some(dir) => crate_dir.join(dir),
        None => crate_dir.join("tests").join("fixtures"),
    }
}

/// Loads every fixture folder, sorted by name. Folders that cannot be read become failures, so a
/// broken fixture is reported, not skipped.
fn load_fixtures(failures: &mut Vec<String>) -> Vec<Fixture> {
    let root = fixtures_root();
    let mut dirs: Vec<PathBuf> = match fs::read_dir(&root) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect(),
        Err(e) => {
            failures.push(format!("cannot read {}: {e}", root.display()));
            return Vec::new();
        }
    };
    dirs.sort();

    let mut fixtures = Vec::new();
    for dir in dirs {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let page = match fs::read_to_string(dir.join("page.html")) {
            Ok(p) => p,
            Err(e) => {
                failures.push(format!("[{name}] page.html: cannot read: {e}"));
                continue;
            }
        };
        let raw = match fs::read_to_string(dir.join("expected.json")) {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("[{name}] expected.json: cannot read: {e}"));
                continue;
            }
        };
        let expected = match serde_json::from_str::<Value>(&raw) {
            Ok(Value::Object(map)) => map,
            Ok(_) => {
                failures.push(format!("[{name}] expected.json: not a JSON object"));
                continue;
            }
            Err(e) => {
                failures.push(format!("[{name}] expected.json: invalid JSON: {e}"));
                continue;
            }
        };
        for key in expected.keys() {
            if !KNOWN_KEYS.contains(&key.as_str()) {
                failures.push(format!("[{name}] expected.json: unknown key {key:?}"));
            }
        }
        fixtures.push(Fixture {
            name,
            page,
            expected,
        });
    }
    if fixtures.is_empty() {
        failures.push(format!("no fixtures found under {}", root.display()));
    }
    fixtures
}

/// Collapses every run of whitespace to one space and trims the ends, so that snippets compare
/// the same however the renderer wraps or separates blocks.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first `EXCERPT_CHARS` characters of `s`, marked when cut.
fn excerpt(s: &str) -> String {
    let mut out: String = s.chars().take(EXCERPT_CHARS).collect();
    if s.chars().nth(EXCERPT_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// The last `EXCERPT_CHARS` characters of `s`, marked when cut.
fn excerpt_end(s: &str) -> String {
    let count = s.chars().count();
    if count <= EXCERPT_CHARS {
        return s.to_string();
    }
    let tail: String = s.chars().skip(count - EXCERPT_CHARS).collect();
    format!("…{tail}")
}

/// The largest char boundary of `s` at or before byte `at`.
fn char_boundary_before(s: &str, at: usize) -> usize {
    (0..=at.min(s.len()))
        .rev()
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(0)
}

/// Runs the extractor on one fixture and returns the article, or records the error.
fn run(fx: &Fixture, failures: &mut Vec<String>) -> Option<Article> {
    let url = fx.expected.get("url").and_then(Value::as_str);
    match newsprint::extract(&fx.page, url) {
        Ok(a) => Some(a),
        Err(e) => {
            failures.push(format!("[{}] extract: returned error: {e}", fx.name));
            None
        }
    }
}

/// Checks an optional single string field: a JSON string must equal the value after trimming; a
/// JSON `null` requires `None` (or a blank value).
fn check_opt_str(fx: &Fixture, field: &str, got: Option<&str>, failures: &mut Vec<String>) {
    let Some(want) = fx.expected.get(field) else {
        return;
    };
    let got = got.map(str::trim).filter(|s| !s.is_empty());
    match want {
        Value::Null => {
            if let Some(g) = got {
                failures.push(format!("[{}] {field}: expected none, got {g:?}", fx.name));
            }
        }
        Value::String(w) => {
            let w = w.trim();
            if got != Some(w) {
                failures.push(format!(
                    "[{}] {field}: expected {w:?}, got {got:?}",
                    fx.name
                ));
            }
        }
        other => failures.push(format!(
            "[{}] {field}: expected.json holds {other}, want a string or null",
            fx.name
        )),
    }
}

/// Reads a JSON array of strings, or records why it is not one.
fn string_list(fx: &Fixture, field: &str, failures: &mut Vec<String>) -> Option<Vec<String>> {
    match fx.expected.get(field)? {
        Value::Null => Some(Vec::new()),
        Value::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                match item.as_str() {
                    Some(s) => out.push(s.to_string()),
                    None => {
                        failures.push(format!(
                            "[{}] {field}: expected.json item {item} is not a string",
                            fx.name
                        ));
                        return None;
                    }
                }
            }
            Some(out)
        }
        other => {
            failures.push(format!(
                "[{}] {field}: expected.json holds {other}, want an array of strings",
                fx.name
            ));
            None
        }
    }
}

/// Authors: the names, in byline order, must equal the expected list exactly.
fn check_authors(fx: &Fixture, article: &Article, failures: &mut Vec<String>) {
    let Some(want) = string_list(fx, "authors", failures) else {
        return;
    };
    let want: Vec<&str> = want.iter().map(|s| s.trim()).collect();
    let got: Vec<&str> = article.authors.iter().map(|p| p.name.trim()).collect();
    if want != got {
        failures.push(format!(
            "[{}] authors: expected {want:?}, got {got:?}",
            fx.name
        ));
    }
}

/// Credits: every expected `[role, name]` pair must be among the article's credits (order and
/// extra credits are not checked: a page may carry credits a fixture does not pin down).
fn check_credits(fx: &Fixture, article: &Article, failures: &mut Vec<String>) {
    let Some(want) = fx.expected.get("credits") else {
        return;
    };
    let got: Vec<(&str, &str)> = article
        .credits
        .iter()
        .map(|c| (c.role.as_str(), c.name.trim()))
        .collect();
    let Some(items) = want.as_array() else {
        failures.push(format!(
            "[{}] credits: expected.json holds {want}, want an array of [role, name] pairs",
            fx.name
        ));
        return;
    };
    for item in items {
        let pair = item
            .as_array()
            .filter(|p| p.len() == 2)
            .and_then(|p| Some((p.first()?.as_str()?, p.get(1)?.as_str()?)));
        let Some((role, name)) = pair else {
            failures.push(format!(
                "[{}] credits: expected.json item {item} is not a [role, name] pair",
                fx.name
            ));
            continue;
        };
        if !got.contains(&(role, name.trim())) {
            failures.push(format!(
                "[{}] credits: expected ({role}, {name:?}) among them, got {got:?}",
                fx.name
            ));
        }
    }
}

/// Body text checks: `with`, `without`, `starts_with`, `ends_with`, on whitespace-squashed text.
fn check_text(fx: &Fixture, article: &Article, failures: &mut Vec<String>) {
    let text = squash(&article.text());
    if let Some(with) = string_list(fx, "with", failures) {
        for snippet in with {
            let s = squash(&snippet);
            if !text.contains(&s) {
                failures.push(format!(
                    "[{}] with: text lacks {s:?} (text starts {:?})",
                    fx.name,
                    excerpt(&text)
                ));
            }
        }
    }
    if let Some(without) = string_list(fx, "without", failures) {
        for snippet in without {
            let s = squash(&snippet);
            if let Some(at) = text.find(&s) {
                let from = char_boundary_before(&text, at.saturating_sub(60));
                failures.push(format!(
                    "[{}] without: text contains {s:?} (around {:?})",
                    fx.name,
                    excerpt(text.get(from..).unwrap_or(""))
                ));
            }
        }
    }
    if let Some(want) = fx.expected.get("starts_with") {
        match want.as_str() {
            Some(w) => {
                let w = squash(w);
                if !text.starts_with(&w) {
                    failures.push(format!(
                        "[{}] starts_with: expected {w:?}, got {:?}",
                        fx.name,
                        excerpt(&text)
                    ));
                }
            }
            None => failures.push(format!(
                "[{}] starts_with: expected.json holds {want}, want a string",
                fx.name
            )),
        }
    }
    if let Some(want) = fx.expected.get("ends_with") {
        match want.as_str() {
            Some(w) => {
                let w = squash(w);
                if !text.ends_with(&w) {
                    failures.push(format!(
                        "[{}] ends_with: expected {w:?}, got {:?}",
                        fx.name,
                        excerpt_end(&text)
                    ));
                }
            }
            None => failures.push(format!(
                "[{}] ends_with: expected.json holds {want}, want a string",
                fx.name
            )),
        }
    }
}

/// Every field that `expected.json` names, checked against the extracted article.
fn check_fixture(fx: &Fixture, article: &Article, failures: &mut Vec<String>) {
    check_opt_str(fx, "title", article.title.as_deref(), failures);
    check_opt_str(fx, "subtitle", article.subtitle.as_deref(), failures);
    check_authors(fx, article, failures);
    check_opt_str(
        fx,
        "editor",
        article.editor.as_ref().map(|p| p.name.as_str()),
        failures,
    );
    check_opt_str(
        fx,
        "source",
        article.source.as_ref().map(|s| s.name.as_str()),
        failures,
    );
    let published = article.published.map(|d| d.date_string());
    check_opt_str(fx, "published", published.as_deref(), failures);
    let modified = article.modified.map(|d| d.date_string());
    check_opt_str(fx, "modified", modified.as_deref(), failures);
    check_opt_str(fx, "language", article.language.as_deref(), failures);
    check_credits(fx, article, failures);
    check_text(fx, article, failures);
}

/// Panics once with every failure, one per line, when there are any.
fn report(failures: &[String]) {
    let mut msg = String::new();
    if !failures.is_empty() {
        let _ = writeln!(msg, "{} fixture check(s) failed:", failures.len());
    }
    assert!(failures.is_empty(), "{msg}{}", failures.join("\n"));
}

#[test]
fn fixtures_match_expectations() {
    let mut failures = Vec::new();
    let fixtures = load_fixtures(&mut failures);
    let dump = std::env::var_os("FIXTURE_DUMP").is_some();
    for fx in &fixtures {
        if let Some(article) = run(fx, &mut failures) {
            if dump {
                eprintln!(
                    "===== {} =====\n{article:#?}\n----- text -----\n{}",
                    fx.name,
                    article.text()
                );
            }
            check_fixture(fx, &article, &mut failures);
        }
    }
    report(&failures);
}

/// Elements that never belong in the clean HTML output.
const FORBIDDEN_TAGS: &[&str] = &[
    "script", "style", "iframe", "noscript", "form", "input", "button", "object", "embed",
];

/// Attributes that never belong in the clean HTML output (besides any `on*` event handler).
const FORBIDDEN_ATTRS: &[&str] = &["class", "style"];

/// Scans the start tags of `html` and returns (tag name, attribute names) for each. A small
/// tokenizer: enough for the renderer's output, where text content is escaped.
fn start_tags(html: &str) -> Vec<(String, Vec<String>)> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes.get(i) != Some(&b'<') {
            i += 1;
            continue;
        }
        i += 1;
        if matches!(bytes.get(i), Some(b'/' | b'!' | b'?')) {
            continue;
        }
        let start = i;
        while bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric()) {
            i += 1;
        }
        let name = html.get(start..i).unwrap_or("").to_ascii_lowercase();
        let mut attrs = Vec::new();
        loop {
            while bytes
                .get(i)
                .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
            {
                i += 1;
            }
            match bytes.get(i) {
                None => break,
                Some(b'>') => {
                    i += 1;
                    break;
                }
                Some(_) => {}
            }
            let a = i;
            while bytes
                .get(i)
                .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'>' | b'/'))
            {
                i += 1;
            }
            attrs.push(html.get(a..i).unwrap_or("").to_ascii_lowercase());
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                match bytes.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        i += 1;
                        while bytes.get(i).is_some_and(|b| *b != q) {
                            i += 1;
                        }
                        i += 1;
                    }
                    _ => {
                        while bytes
                            .get(i)
                            .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>')
                        {
                            i += 1;
                        }
                    }
                }
            }
        }
        if !name.is_empty() {
            tags.push((name, attrs));
        }
    }
    tags
}

#[test]
fn fixture_outputs_render_clean() {
    let mut failures = Vec::new();
    let fixtures = load_fixtures(&mut failures);
    for fx in &fixtures {
        let Some(article) = run(fx, &mut failures) else {
            continue;
        };
        let html = article.html();
        let lower = html.to_ascii_lowercase();
        if lower.contains("<script") {
            failures.push(format!("[{}] html: contains \"<script\"", fx.name));
        }
        if lower.contains("class=") {
            failures.push(format!("[{}] html: contains \"class=\"", fx.name));
        }
        if lower.contains("style=") {
            failures.push(format!("[{}] html: contains \"style=\"", fx.name));
        }
        for (tag, attrs) in start_tags(&html) {
            if FORBIDDEN_TAGS.contains(&tag.as_str()) {
                failures.push(format!("[{}] html: contains a <{tag}> element", fx.name));
            }
            for attr in attrs {
                if attr.starts_with("on") || FORBIDDEN_ATTRS.contains(&attr.as_str()) {
                    failures.push(format!(
                        "[{}] html: <{tag}> carries the attribute {attr:?}",
                        fx.name
                    ));
                }
            }
        }
        let text = article.text();
        if !text.trim().is_empty() && article.markdown().trim().is_empty() {
            failures.push(format!(
                "[{}] markdown: empty while text is {:?}",
                fx.name,
                excerpt(text.trim())
            ));
        }
        if text.trim().is_empty() {
            failures.push(format!(
                "[{}] text: empty, every fixture is an article",
                fx.name
            ));
        } else if html.trim().is_empty() {
            failures.push(format!("[{}] html: empty while text is not", fx.name));
        }
    }
    report(&failures);
}

#[test]
fn start_tags_reads_attributes_and_skips_text() {
    let tags = start_tags(
        r#"<p>Held on Monday &lt;b onclick=x&gt;</p><a href="https://x.example/?a=1 b" title='on it'>x</a><img src=y.png onerror=z>"#,
    );
    let names: Vec<&str> = tags.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["p", "a", "img"]);
    assert_eq!(tags[1].1, ["href", "title"]);
    assert_eq!(tags[2].1, ["src", "onerror"]);
}
