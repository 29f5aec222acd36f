//! Output shared by the `extract` and `fetch` examples: the formats, the human-readable text,
//! and the JSON Lines record whose fields other tools script against (fields are only ever
//! added, never changed).

use std::io::{self, Write};

use newsprint::Article;
use serde_json::{Map, Value, json};

/// How an extracted article is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Title, subtitle, a metadata line, a blank line, the body text.
    Text,
    /// `# title`, then the body as Markdown.
    Markdown,
    /// The body as an HTML fragment.
    Html,
    /// One JSON object per input (JSON Lines).
    Json,
}

impl Format {
    /// The format named on the command line (`text`, `markdown`/`md`, `html`, `json`).
    pub fn parse(name: &str) -> Result<Format, String> {
        match name {
            "text" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "json" => Ok(Format::Json),
            other => Err(format!("unknown format {other:?}")),
        }
    }
}

/// Print one article (or nothing for an error, which goes to stderr) in a human format, framed
/// by `==> name <==` when there are several inputs.
pub fn print_article(
    out: &mut impl Write,
    format: Format,
    several: bool,
    name: &str,
    article: Option<&Article>,
) -> io::Result<()> {
    if several {
        writeln!(out, "==> {name} <==")?;
    }
    let Some(article) = article else {
        // Keep the `==>` framing consistent on stdout.
        return if several { writeln!(out) } else { Ok(()) };
    };
    let title = article.title.as_deref().unwrap_or("");
    match format {
        Format::Text => {
            writeln!(out, "{title}")?;
            if let Some(subtitle) = &article.subtitle {
                writeln!(out, "{subtitle}")?;
            }
            let byline = byline(article);
            if !byline.is_empty() {
                writeln!(out, "[{byline}]")?;
            }
            writeln!(out)?;
            write_block(out, &article.text())
        }
        Format::Markdown => {
            if !title.is_empty() {
                writeln!(out, "# {title}")?;
                writeln!(out)?;
            }
            write_block(out, &article.markdown())
        }
        Format::Html => write_block(out, &article.html()),
        Format::Json => Ok(()),
    }
}

/// The metadata line of the text format: "By A, B · Edited by E · Source · 2026-03-14".
fn byline(article: &Article) -> String {
    let mut parts = Vec::new();
    if !article.authors.is_empty() {
        let names: Vec<&str> = article.authors.iter().map(|p| p.name.as_str()).collect();
        parts.push(format!("By {}", names.join(", ")));
    }
    if let Some(editor) = &article.editor {
        parts.push(format!("Edited by {}", editor.name));
    }
    if let Some(source) = &article.source {
        parts.push(source.name.clone());
    }
    if let Some(published) = &article.published {
        parts.push(published.date_string());
    }
    parts.join(" · ")
}

/// Write text followed by exactly one newline (nothing for empty text).
fn write_block(out: &mut impl Write, text: &str) -> io::Result<()> {
    let text = text.trim_end_matches('\n');
    if text.is_empty() {
        return Ok(());
    }
    writeln!(out, "{text}")
}

/// The JSON Lines record of one input: `file` and `url` as given, the article's fields, and
/// `error` (every article field null when the input failed).
pub fn record(
    file: Option<&str>,
    url: Option<&str>,
    result: Result<&Article, &str>,
) -> Map<String, Value> {
    let mut fields = Map::new();
    fields.insert("file".into(), json!(file));
    let a = match result {
        Ok(a) => a,
        Err(e) => {
            fields.insert("url".into(), json!(url));
            for key in [
                "title",
                "subtitle",
                "authors",
                "editor",
                "source",
                "published",
                "modified",
                "language",
                "canonical_url",
                "description",
                "image",
                "tags",
                "accessible_for_free",
                "credits",
                "provenance",
                "author_urls",
                "source_url",
                "text",
            ] {
                fields.insert(key.into(), Value::Null);
            }
            fields.insert("error".into(), json!(e));
            return fields;
        }
    };
    let authors: Vec<&str> = a.authors.iter().map(|p| p.name.as_str()).collect();
    let author_urls: Vec<Option<&str>> = a.authors.iter().map(|p| p.url.as_deref()).collect();
    let credits: Vec<Value> = a
        .credits
        .iter()
        .map(|c| json!({"role": c.role.as_str(), "name": c.name}))
        .collect();
    let provenance: Vec<Value> = a
        .provenance
        .iter()
        .map(|p| json!({"field": p.field.as_str(), "signal": p.signal.as_str(), "raw": p.raw}))
        .collect();
    let values = [
        ("url", json!(a.url.as_deref().or(url))),
        ("title", json!(a.title)),
        ("subtitle", json!(a.subtitle)),
        ("authors", json!(authors)),
        ("editor", json!(a.editor.as_ref().map(|p| p.name.as_str()))),
        ("source", json!(a.source.as_ref().map(|s| s.name.as_str()))),
        (
            "published",
            json!(a.published.as_ref().map(|d| d.to_rfc3339())),
        ),
        (
            "modified",
            json!(a.modified.as_ref().map(|d| d.to_rfc3339())),
        ),
        ("language", json!(a.language)),
        ("canonical_url", json!(a.canonical_url)),
        ("description", json!(a.description)),
        ("image", json!(a.image.as_ref().map(|i| i.url.as_str()))),
        ("tags", json!(a.tags)),
        ("accessible_for_free", json!(a.accessible_for_free)),
        ("credits", json!(credits)),
        ("provenance", json!(provenance)),
        ("author_urls", json!(author_urls)),
        (
            "source_url",
            json!(a.source.as_ref().and_then(|s| s.url.as_deref())),
        ),
        ("text", json!(a.text())),
        ("error", Value::Null),
    ];
    for (key, value) in values {
        fields.insert(key.into(), value);
    }
    fields
}
