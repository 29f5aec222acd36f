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
//!   `tags`, `accessible_for_free`, `credits`, `text`, `error`) plus `final_url`, the URL after redirects. When a URL
//!   cannot be fetched or extracted, `error` holds the message, the article fields are null, and
//!   the other URLs go on.
//!
//! Exit status: 0 when every URL was fetched and extracted, 1 when some failed, 2 when the
//! arguments are wrong.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use newsprint::{Fetched, Fetcher};
use serde_json::Value;

#[path = "support/output.rs"]
mod output;
use output::Format;

/// The usage line printed on argument errors.
const USAGE: &str =
    "usage: fetch [--allow-private-networks] [--format text|markdown|html|json] URL...";

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
                args.format = Format::parse(&value)?;
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
    output::print_article(
        out,
        format,
        several,
        url,
        result.as_ref().ok().map(|f| &f.article),
    )
}

/// The JSON Lines record of one URL: the extract example's keys (`file` null, `url` as
/// requested), plus `final_url`.
fn to_json(url: &str, result: &Result<Fetched, String>) -> Value {
    let article = result.as_ref().map(|f| &f.article).map_err(String::as_str);
    let mut record = output::record(None, Some(url), article);
    record.insert("url".into(), Value::from(url));
    let final_url = result.as_ref().ok().map(|f| f.final_url.clone());
    record.insert("final_url".into(), Value::from(final_url));
    Value::Object(record)
}
