//! Fetch pages over HTTP(S), extract their articles and print them.
//!
//! ```text
//! cargo run --release --features fetch --example fetch -- [--allow-private-networks] [--format text|markdown|html|json] URL...
//! ```
//!
//! - Each URL is fetched with [`newsprint::Fetcher`]'s safe defaults (timeouts, at most 5
//!   redirects, a 20 MiB body cap, HTML content types only, the address guard), one after the
//!   other, in the order given.
//! - `--allow-private-networks` turns the address guard off, for a server on this machine or
//!   the local network. Never use it on URLs from untrusted sources.
//! - `--format text` (default): the title line, a blank line, then the body text.
//!   `markdown`: `# title`, a blank line, then the body as Markdown. `html`: the body as a clean
//!   HTML fragment. With several URLs, each of these is preceded by a line `==> URL <==`.
//! - `--format json`: one JSON object per URL per line (JSON Lines) with the keys of the extract
//!   example (`file`, always null here, `url` as given, `title`, `subtitle`, `authors`, `editor`,
//!   `source`, `published`, `modified`, `language`, `canonical_url`, `description`, `image`,
//!   `tags`, `credits`, `text`, `error`) plus `final_url`, the URL after redirects. When a URL
//!   cannot be fetched or extracted, `error` holds the message, the article fields are null, and
//!   the other URLs go on.
//!
//! Exit status: 0 when every URL was fetched and extracted, 1 when some failed, 2 when the
//! arguments are wrong.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use newsprint::{Fetched, Fetcher};
use serde_json::{Value, json};

/// The usage line printed on argument errors.
const USAGE: &str =
    "usage: fetch [--allow-private-networks] [--format text|markdown|html|json] URL...";

/// How the extracted article is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// Title line, blank line, body text.
    Text,
    /// `# title`, then the body as Markdown.
    Markdown,
    /// The body as an HTML fragment.
    Html,
    /// One JSON object per URL (JSON Lines).
    Json,
}

/// The parsed command line.
#[derive(Debug)]
struct Args {
    /// `--allow-private-networks` was given.
    allow_private: bool,
    /// Output format.
    format: Format,
    /// The URLs, in order.
    urls: Vec<String>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("fetch: {msg}");
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let fetcher = match Fetcher::builder()
        .allow_private_networks(args.allow_private)
        .build()
    {
        Ok(f) => f,
        Err(e) => {
            eprintln!("fetch: {e}");
            return ExitCode::from(2);
        }
    };
    let several = args.urls.len() > 1;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    for url in &args.urls {
        let result = fetcher.fetch(url).await.map_err(|e| e.to_string());
        if let Err(e) = &result {
            failed = true;
            if args.format != Format::Json {
                eprintln!("fetch: {e}");
            }
        }
        if let Err(e) = print_one(&mut out, args.format, several, url, &result) {
            // A closed pipe (`| head`) is not a failure of the fetch: stop quietly.
            if e.kind() != io::ErrorKind::BrokenPipe {
                eprintln!("fetch: cannot write output: {e}");
                return ExitCode::from(2);
            }
            return exit_status(failed);
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("fetch: cannot write output: {e}");
            return ExitCode::from(2);
        }
    }
    exit_status(failed)
}

/// 1 when some URL failed, else 0.
fn exit_status(failed: bool) -> ExitCode {
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Parse the arguments after the program name.
fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut args = Args {
        allow_private: false,
        format: Format::Text,
        urls: Vec::new(),
    };
    let mut options_done = false;
    while let Some(arg) = it.next() {
        if options_done || !arg.starts_with('-') {
            args.urls.push(arg);
            continue;
        }
        // `--name=value` is accepted as well as `--name value`.
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (arg.clone(), None),
        };
        match name.as_str() {
            "--" => options_done = true,
            "--allow-private-networks" => args.allow_private = true,
            "--format" => {
                let value = inline
                    .or_else(|| it.next())
                    .ok_or_else(|| "--format needs a value".to_string())?;
                args.format = match value.as_str() {
                    "text" => Format::Text,
                    "markdown" | "md" => Format::Markdown,
                    "html" => Format::Html,
                    "json" => Format::Json,
                    other => return Err(format!("unknown format {other:?}")),
                }
            }
            "-h" | "--help" => return Err("help requested".to_string()),
            other => return Err(format!("unknown option {other:?}")),
        }
    }
    if args.urls.is_empty() {
        return Err("no URL given".to_string());
    }
    Ok(args)
}

/// Print one URL's result in the chosen format.
fn print_one(
    out: &mut impl Write,
    format: Format,
    several: bool,
    url: &str,
    result: &Result<Fetched, String>,
) -> io::Result<()> {
    if format == Format::Json {
        return writeln!(out, "{}", to_json(url, result));
    }
    if several {
        writeln!(out, "==> {url} <==")?;
    }
    let Ok(fetched) = result else {
        // The error went to stderr; keep the `==>` framing consistent on stdout.
        return if several { writeln!(out) } else { Ok(()) };
    };
    let article = &fetched.article;
    let title = article.title.as_deref().unwrap_or("");
    match format {
        Format::Text => {
            writeln!(out, "{title}")?;
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

/// Write text followed by exactly one newline.
fn write_block(out: &mut impl Write, text: &str) -> io::Result<()> {
    let text = text.trim_end_matches('\n');
    if text.is_empty() {
        return Ok(());
    }
    writeln!(out, "{text}")
}

/// The JSON Lines record of one URL: the extract example's keys, plus `final_url`.
fn to_json(url: &str, result: &Result<Fetched, String>) -> Value {
    let f = match result {
        Ok(f) => f,
        Err(e) => {
            return json!({
                "file": null, "url": url, "final_url": null, "title": null, "subtitle": null,
                "authors": null, "editor": null, "source": null, "published": null,
                "modified": null, "language": null, "canonical_url": null, "description": null,
                "image": null, "tags": null, "credits": null, "text": null, "error": e,
            });
        }
    };
    let a = &f.article;
    let authors: Vec<&str> = a.authors.iter().map(|p| p.name.as_str()).collect();
    let credits: Vec<Value> = a
        .credits
        .iter()
        .map(|c| json!({"role": c.role.as_str(), "name": c.name}))
        .collect();
    json!({
        "file": null,
        "url": url,
        "final_url": f.final_url,
        "title": a.title,
        "subtitle": a.subtitle,
        "authors": authors,
        "editor": a.editor.as_ref().map(|p| p.name.as_str()),
        "source": a.source.as_ref().map(|s| s.name.as_str()),
        "published": a.published.as_ref().map(|d| d.to_rfc3339()),
        "modified": a.modified.as_ref().map(|d| d.to_rfc3339()),
        "language": a.language,
        "canonical_url": a.canonical_url,
        "description": a.description,
        "image": a.image.as_ref().map(|i| i.url.as_str()),
        "tags": a.tags,
        "credits": credits,
        "text": a.text(),
        "error": null,
    })
}
