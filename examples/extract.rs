//! Extract articles from HTML files and print them.
//!
//! ```text
//! cargo run --release --example extract -- [--url URL] [--format text|markdown|html|json] [--explain] [PATH|DIR|-]...
//! ```
//!
//! - No PATH: extract the bundled sample page (`tests/fixtures/axadle-wordpress/page.html`, with
//!   its own URL unless `--url` is given) and print it.
//! - PATH is a file (`.html`, `.htm` or `.html.gz`; gzip is detected by its magic bytes too),
//!   `-` is standard input, and a DIR stands for every `.html`/`.htm`/`.html.gz` file under it
//!   (recursive, sorted). The bytes go through [`newsprint::Extractor::extract_bytes`], so the
//!   character encoding is detected as it would be on a live page.
//! - `--url URL` is the page URL given for every input; without it, no URL.
//! - `--format text` (default): the title, the subtitle, a bracketed line of authors, editor,
//!   source and date, a blank line, then the body text.
//!   `markdown`: `# title`, a blank line, then the body as Markdown. `html`: the body as a clean
//!   HTML fragment. With several inputs, each of these is preceded by a line `==> path <==`.
//! - `--format json`: one JSON object per input per line (JSON Lines) with the keys `file`,
//!   `url`, `title`, `subtitle`, `authors`, `editor`, `source`, `published`, `modified`
//!   (RFC 3339), `language`, `canonical_url`, `description`, `image`, `tags`,
//!   `accessible_for_free` (`true`, `false` for a paywalled article, or null), `credits`
//!   (`[{"role", "name"}]`), `provenance` (`[{"field", "signal", "raw"}]`: which signal each
//!   metadata field came from and the raw string, as [`newsprint::Article::provenance`] records
//!   it), `author_urls` (the authors' profile pages in the order of `authors`, null where
//!   none), `source_url` (the publisher's home page), `text` and `error`. When an input cannot be read or extracted,
//!   `error` holds the message and the article fields are null.
//! - `--explain`: print to stderr, per input, which element the body was read from, the
//!   scored candidates, the chrome dropped per rule and the body blocks dropped by which rule.
//!
//! Exit status: 0 when every input could be read, even if some held no article or failed to
//! extract; 2 when an input could not be read or the arguments are wrong.

use std::fs;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use newsprint::{Article, Extractor, Limits};

#[path = "support/output.rs"]
mod output;
use output::Format;

/// The bundled sample page, extracted when no PATH is given.
const SAMPLE_HTML: &str = include_str!("../tests/fixtures/axadle-wordpress/page.html");
/// The URL the bundled sample page was published at.
const SAMPLE_URL: &str =
    "https://axadletimes.com/mali-military-faces-coordinated-attacks-across-multiple-towns/";

/// The usage line printed on argument errors.
const USAGE: &str =
    "usage: extract [--url URL] [--format text|markdown|html|json] [--explain] [PATH|DIR|-]...";

/// Most directory entries visited under one DIR argument (a guard against runaway trees).
const MAX_DIR_ENTRIES: usize = 1_000_000;

/// The parsed command line.
#[derive(Debug)]
struct Args {
    /// Page URL applied to every input.
    url: Option<String>,
    /// Output format.
    format: Format,
    /// `--explain` was given.
    explain: bool,
    /// Inputs as given: files, directories, or `-`.
    inputs: Vec<String>,
}

/// One input to extract: where its bytes come from and the name it is shown under.
#[derive(Debug)]
enum Input {
    /// The bundled sample page.
    Sample,
    /// Standard input.
    Stdin,
    /// A file on disk.
    File(PathBuf),
}

impl Input {
    /// The name printed in `==> name <==` lines and in the JSON `file` key.
    fn name(&self) -> String {
        match self {
            Input::Sample => "tests/fixtures/axadle-wordpress/page.html".to_string(),
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("extract: {msg}");
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut read_failed = false;
    let inputs = if args.inputs.is_empty() {
        vec![Input::Sample]
    } else {
        let mut inputs = Vec::new();
        for raw in &args.inputs {
            match expand(raw) {
                Ok(found) => inputs.extend(found),
                Err(e) => {
                    eprintln!("extract: {raw}: {e}");
                    read_failed = true;
                }
            }
        }
        inputs
    };

    let extractor = Extractor::new();
    let several = inputs.len() > 1;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for input in &inputs {
        let name = input.name();
        let url = match input {
            Input::Sample => Some(args.url.as_deref().unwrap_or(SAMPLE_URL)),
            _ => args.url.as_deref(),
        };
        let result = match read_input(input) {
            Ok(bytes) if args.explain => match extractor.explain(&bytes, url) {
                Ok((article, report)) => {
                    eprintln!("==> explain {name} <==\n{report}");
                    Ok(article)
                }
                Err(e) => Err(e.to_string()),
            },
            Ok(bytes) => extractor
                .extract_bytes(&bytes, url)
                .map_err(|e| e.to_string()),
            Err(e) => {
                eprintln!("extract: {name}: {e}");
                read_failed = true;
                Err(format!("cannot read input: {e}"))
            }
        };
        if let Err(e) = &result {
            if args.format != Format::Json {
                eprintln!("extract: {name}: {e}");
            }
        }
        if let Err(e) = print_one(&mut out, args.format, several, &name, url, &result) {
            // A closed pipe (`| head`) is not an error of the extraction: stop quietly.
            if e.kind() != io::ErrorKind::BrokenPipe {
                eprintln!("extract: cannot write output: {e}");
                return ExitCode::from(2);
            }
            return exit_status(read_failed);
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("extract: cannot write output: {e}");
            return ExitCode::from(2);
        }
    }
    exit_status(read_failed)
}

/// 2 when some input could not be read, else 0.
fn exit_status(read_failed: bool) -> ExitCode {
    if read_failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// Parse the arguments after the program name.
fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut args = Args {
        url: None,
        format: Format::Text,
        explain: false,
        inputs: Vec::new(),
    };
    let mut options_done = false;
    while let Some(arg) = it.next() {
        if options_done || arg == "-" || !arg.starts_with('-') {
            args.inputs.push(arg);
            continue;
        }
        // `--name=value` is accepted as well as `--name value`.
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (arg.clone(), None),
        };
        let value = |it: &mut dyn Iterator<Item = String>| {
            inline
                .clone()
                .or_else(|| it.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name.as_str() {
            "--" => options_done = true,
            "--url" => {
                let url = value(&mut it)?;
                // A URL the extractor would refuse on every input is an argument error.
                url::Url::parse(url.trim()).map_err(|e| format!("invalid --url {url:?}: {e}"))?;
                args.url = Some(url);
            }
            "--format" => {
                args.format = Format::parse(&value(&mut it)?)?;
            }
            "--explain" => args.explain = true,
            "-h" | "--help" => return Err("help requested".to_string()),
            other => return Err(format!("unknown option {other:?}")),
        }
    }
    Ok(args)
}

/// Whether a file name is one of the HTML inputs a directory stands for.
fn is_html_name(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".html.gz")
}

/// Turn one argument into inputs: `-`, a file, or every HTML file under a directory.
fn expand(raw: &str) -> io::Result<Vec<Input>> {
    if raw == "-" {
        return Ok(vec![Input::Stdin]);
    }
    let path = PathBuf::from(raw);
    // Anything that is not a readable directory is taken as a file: reading it reports the
    // error, in the output's order and (with `--format json`) as an `error` record.
    if !fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
        return Ok(vec![Input::File(path)]);
    }
    // Explicit stack: no recursion over the directory tree.
    let mut files = Vec::new();
    let mut stack = vec![path];
    let mut visited = 0usize;
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir)? {
            visited += 1;
            if visited > MAX_DIR_ENTRIES {
                return Err(io::Error::other("too many directory entries"));
            }
            let entry = entry?;
            let kind = entry.file_type()?;
            let p = entry.path();
            if kind.is_dir() {
                stack.push(p);
            } else if is_html_name(&p) {
                files.push(p);
            }
        }
    }
    files.sort();
    Ok(files.into_iter().map(Input::File).collect())
}

/// The input's bytes, gunzipped when the name ends in `.gz` or the bytes start with the gzip
/// magic number.
fn read_input(input: &Input) -> io::Result<Vec<u8>> {
    let (raw, gz_name) = match input {
        Input::Sample => return Ok(SAMPLE_HTML.as_bytes().to_vec()),
        Input::Stdin => {
            let mut buf = Vec::new();
            io::stdin().lock().read_to_end(&mut buf)?;
            (buf, false)
        }
        Input::File(p) => (
            fs::read(p)?,
            p.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz")),
        ),
    };
    if gz_name || raw.starts_with(&[0x1f, 0x8b]) {
        // Stop one byte past the extractor's size limit: the extractor then refuses the page
        // with its own error, and a gzip bomb costs no more than that.
        let cap = Limits::default().max_input_bytes as u64 + 1;
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(raw.as_slice())
            .take(cap)
            .read_to_end(&mut out)?;
        return Ok(out);
    }
    Ok(raw)
}

/// Print one input's result in the chosen format.
fn print_one(
    out: &mut impl Write,
    format: Format,
    several: bool,
    name: &str,
    url: Option<&str>,
    result: &Result<Article, String>,
) -> io::Result<()> {
    if format == Format::Json {
        let record = output::record(Some(name), url, result.as_ref().map_err(String::as_str));
        return writeln!(out, "{}", serde_json::Value::Object(record));
    }
    output::print_article(out, format, several, name, result.as_ref().ok())
}
