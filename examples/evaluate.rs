//! The evaluation harness: run newsprint over the labelled corpus and score it as
//! `shared/corpus/README.md` defines.
//!
//! ```text
//! cargo run --release --example evaluate -- ../shared/corpus [--json OUT.json] \
//!     [--floor tests/accuracy-floor.json] [--set readability|trafilatura] [--only ID] [--dump DIR] \
//!     [--peer DIR] [--dom-smoothie]
//! cargo test --example evaluate        # the scoring functions' own tests
//! ```
//!
//! - Every set directory (`readability/`, `trafilatura/`) holds `truth.jsonl` and one
//!   `<id>.html.gz` per page. Each page's raw bytes go to `Extractor::extract_bytes` with the
//!   labelled URL (the page `qq` is passed as UTF-8 text, as the README says). Only the
//!   extraction is timed.
//! - Body text (`readability/`): (a) the README's strict whitespace-token bag, and (b) the
//!   Zyte-style variant on multisets of 4-token shingles of `\w+` tokens. Both report mean
//!   precision and recall over pages and the F1 of those means; (a) also reports pooled figures.
//!   Pages whose labelled body averages more than 15 characters per whitespace token (Chinese,
//!   Japanese) are scored on characters instead, in both variants (the shingles are then of 4
//!   word characters).
//! - Snippets (`trafilatura/`): `with` snippets found and `without` snippets absent in
//!   `norm(body)`, summed over pages (trafilatura's `tests/evaluate.py` scheme).
//! - Metadata (both sets, labelled values only): title, byline, site name, publication date,
//!   language, and excerpt (for information).
//! - `--json OUT` writes every figure into one flat JSON object (`"readability.body_token_f1"`,
//!   `"trafilatura.snippet_f1"`, ...). Keys containing `.time_` are timings and keys ending in
//!   `_n` are counts; neither is compared with a floor.
//! - `--floor FILE` compares each accuracy figure of FILE (a flat JSON object like the one
//!   `--json` writes) with this run: the run fails (exit 1) when a figure drops more than 0.005
//!   below its floor, or when `<set>.errors` rises above the floor's count.
//! - `--dump DIR` writes `DIR/<set>/<id>.txt` (our body text) and `DIR/<set>/scores.tsv` (one
//!   row per page, worst first), `DIR/<set>/meta-misses.tsv` (each metadata field we got
//!   wrong: label and ours) and `DIR/<set>/meta.tsv` (every page's metadata as we return it,
//!   to diff two runs) for failure analysis. `--only ID` runs one page.
//! - `--peer DIR` scores another extractor instead of newsprint, with the same metrics: its
//!   outputs are read from `DIR/<set>/<id>.json`, one object per page with `text` and, when the
//!   peer returns them, `title`, `authors` (a list), `source`, `published` (`YYYY-MM-DD`...),
//!   `language` and `secs` (its own timing). A missing file counts as a page error.
//!   `scripts/peers.py` writes such directories for trafilatura, readability-lxml, newspaper4k
//!   and goose3.
//! - `--dom-smoothie` scores the dom_smoothie crate (a dev-dependency, default config, formatted
//!   text) instead of newsprint, run in-process on the same bytes (decoded as the page's
//!   declared or detected charset by encoding_rs/chardetng, as newsprint does).
//!
//! Exit status: 0, or 1 when the floor check fails, or 2 on wrong arguments or an unreadable
//! corpus.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use newsprint::{Article, Extractor};
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

/// The sets, in the order they are run and reported.
const SETS: [&str; 2] = ["readability", "trafilatura"];

/// The one page passed as text rather than bytes: it declares gb2312 but is stored as UTF-8
/// (README, "Files").
const TEXT_PAGES: [&str; 1] = ["qq"];

/// A figure may fall this far below its floor before the check fails.
const FLOOR_TOLERANCE: f64 = 0.005;

/// Pages whose labelled body averages more than this many characters per whitespace token are
/// scored on characters (README: Chinese and Japanese pages).
const CJK_CHARS_PER_TOKEN: f64 = 15.0;

/// Words that join two names in a byline: English, German, French, Spanish.
const NAME_JOINERS: [&str; 4] = ["and", "und", "et", "y"];

/// Words that introduce a byline and are not part of any name.
const BYLINE_PREFIXES: [&str; 5] = ["by", "von", "par", "por", "de"];

/// Characters that separate names in a byline.
const NAME_SEPARATORS: [char; 5] = [',', ';', '&', '|', '/'];

const USAGE: &str = "usage: evaluate CORPUS_DIR [--json OUT.json] [--floor FLOOR.json] \
[--set readability|trafilatura] [--only ID] [--dump DIR] [--peer DIR] [--dom-smoothie]";

fn main() -> ExitCode {
    let args = match Args::parse(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("evaluate: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(msg) => {
            eprintln!("evaluate: {msg}");
            ExitCode::from(2)
        }
    }
}

/// Run every selected set, print the tables, write the outputs; `Ok(false)` when the floor
/// check fails.
fn run(args: &Args) -> Result<bool, String> {
    let extractor = Extractor::new();
    let mut figures: Vec<(String, f64)> = Vec::new();
    let mut ran_any = false;
    for set in SETS {
        if args.set.as_deref().is_some_and(|s| s != set) {
            continue;
        }
        let dir = args.corpus.join(set);
        let truths = read_truth(&dir.join("truth.jsonl"))?;
        let truths: Vec<Truth> = truths
            .into_iter()
            .filter(|t| args.only.as_deref().is_none_or(|id| id == t.id))
            .collect();
        if truths.is_empty() {
            continue;
        }
        ran_any = true;
        let mut report = SetReport::new(set);
        for truth in &truths {
            let page = match &args.peer {
                Some(peer) => read_peer_page(&peer.join(set), truth),
                None if args.dom_smoothie => run_dom_smoothie(&dir, truth)?,
                None => run_page(&extractor, &dir, truth)?,
            };
            report.add(truth, page);
        }
        print!("{}", report.table());
        figures.extend(report.figures());
        if let Some(dump) = &args.dump {
            report.dump(&dump.join(set))?;
        }
    }
    if !ran_any {
        return Err(match &args.only {
            Some(id) => format!("no page with id {id:?}"),
            None => "no set found".to_string(),
        });
    }
    if let Some(out) = &args.json {
        let map: serde_json::Map<String, Value> = figures
            .iter()
            .map(|(k, v)| (k.clone(), json_number(*v)))
            .collect();
        let text = serde_json::to_string_pretty(&Value::Object(map))
            .map_err(|e| format!("cannot serialise figures: {e}"))?;
        fs::write(out, text + "\n").map_err(|e| format!("{}: {e}", out.display()))?;
    }
    match &args.floor {
        Some(floor) => check_floor(floor, &figures),
        None => Ok(true),
    }
}

/// A figure as a JSON number: counts as integers, other figures rounded to 6 decimals.
fn json_number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        // Exact: a whole number below 2^53 converts without loss.
        return Value::from(v as i64);
    }
    let rounded = (v * 1e6).round() / 1e6;
    serde_json::Number::from_f64(rounded)
        .map(Value::Number)
        .unwrap_or(Value::Null)
}

// ---------------------------------------------------------------------------------------------
// Command line

/// The parsed command line.
#[derive(Debug, Default)]
struct Args {
    /// The corpus directory holding `readability/` and `trafilatura/`.
    corpus: PathBuf,
    /// Where to write the flat JSON of figures.
    json: Option<PathBuf>,
    /// The floor file to check against.
    floor: Option<PathBuf>,
    /// Run only this set.
    set: Option<String>,
    /// Run only this page id.
    only: Option<String>,
    /// Where to dump per-page texts and scores.
    dump: Option<PathBuf>,
    /// Score this directory of another extractor's outputs instead of running newsprint.
    peer: Option<PathBuf>,
    /// Run dom_smoothie instead of newsprint.
    dom_smoothie: bool,
}

impl Args {
    /// Parse the arguments after the program name.
    fn parse(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
        let mut args = Args::default();
        let mut corpus = None;
        while let Some(arg) = it.next() {
            let mut value = || it.next().ok_or_else(|| format!("{arg} needs a value"));
            match arg.as_str() {
                "--json" => args.json = Some(PathBuf::from(value()?)),
                "--floor" => args.floor = Some(PathBuf::from(value()?)),
                "--dump" => args.dump = Some(PathBuf::from(value()?)),
                "--only" => args.only = Some(value()?),
                "--peer" => args.peer = Some(PathBuf::from(value()?)),
                "--dom-smoothie" => args.dom_smoothie = true,
                "--set" => {
                    let set = value()?;
                    if !SETS.contains(&set.as_str()) {
                        return Err(format!("unknown set {set:?}"));
                    }
                    args.set = Some(set);
                }
                "-h" | "--help" => return Err("help requested".to_string()),
                a if a.starts_with("--") => return Err(format!("unknown option {a:?}")),
                _ if corpus.is_none() => corpus = Some(PathBuf::from(&arg)),
                _ => return Err(format!("unexpected argument {arg:?}")),
            }
        }
        args.corpus = corpus.ok_or("missing CORPUS_DIR")?;
        Ok(args)
    }
}

// ---------------------------------------------------------------------------------------------
// Labels and pages

/// One line of `truth.jsonl`. `None` means "not labelled"; `Some("")` means "labelled empty".
#[derive(Debug, Default)]
struct Truth {
    id: String,
    url: String,
    title: Option<String>,
    byline: Option<String>,
    site_name: Option<String>,
    published: Option<String>,
    lang: Option<String>,
    excerpt: Option<String>,
    body_text: Option<String>,
    with: Vec<String>,
    without: Vec<String>,
}

impl Truth {
    /// Read one JSON object.
    fn from_json(v: &Value) -> Result<Truth, String> {
        let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        let list = |k: &str| -> Vec<String> {
            v.get(k)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default()
        };
        Ok(Truth {
            id: s("id").ok_or("a line has no id")?,
            url: s("url").unwrap_or_default(),
            title: s("title"),
            byline: s("byline"),
            site_name: s("site_name"),
            published: s("published"),
            lang: s("lang"),
            excerpt: s("excerpt"),
            body_text: s("body_text"),
            with: list("with"),
            without: list("without"),
        })
    }
}

/// Read a set's `truth.jsonl`.
fn read_truth(path: &Path) -> Result<Vec<Truth>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let v: Value = serde_json::from_str(l)
                .map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))?;
            Truth::from_json(&v).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

/// What the harness keeps of one extracted article.
#[derive(Debug, Default)]
struct Extracted {
    text: String,
    title: Option<String>,
    subtitle: Option<String>,
    description: Option<String>,
    authors: Vec<String>,
    editor: Option<String>,
    source: Option<String>,
    /// `YYYY-MM-DD`.
    published: Option<String>,
    language: Option<String>,
}

impl Extracted {
    fn from_article(a: &Article) -> Extracted {
        Extracted {
            text: a.text(),
            title: a.title.clone(),
            subtitle: a.subtitle.clone(),
            description: a.description.clone(),
            authors: a.authors.iter().map(|p| p.name.clone()).collect(),
            editor: a.editor.as_ref().map(|p| p.name.clone()),
            source: a.source.as_ref().map(|s| s.name.clone()),
            published: a.published.as_ref().map(|d| d.date_string()),
            language: a.language.clone(),
        }
    }
}

/// One page's run: the extraction's outcome and how long it took.
#[derive(Debug)]
struct PageRun {
    result: Result<Extracted, String>,
    secs: f64,
}

/// Decompress and extract one page. Only a missing or corrupt file is an `Err` here; an
/// extraction error is recorded in the [`PageRun`].
fn run_page(extractor: &Extractor, dir: &Path, truth: &Truth) -> Result<PageRun, String> {
    let bytes = read_page(dir, truth)?;
    let url = Some(truth.url.as_str()).filter(|u| !u.is_empty());
    let as_text = TEXT_PAGES.contains(&truth.id.as_str());
    let text = as_text.then(|| String::from_utf8_lossy(&bytes).into_owned());
    let start = Instant::now();
    let result = match &text {
        Some(text) => extractor.extract(text, url),
        None => extractor.extract_bytes(&bytes, url),
    };
    let secs = start.elapsed().as_secs_f64();
    Ok(PageRun {
        result: result
            .map(|a| Extracted::from_article(&a))
            .map_err(|e| e.to_string()),
        secs,
    })
}

/// The decompressed bytes of one page.
fn read_page(dir: &Path, truth: &Truth) -> Result<Vec<u8>, String> {
    let path = dir.join(format!("{}.html.gz", truth.id));
    let raw = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut bytes = Vec::new();
    flate2::read::MultiGzDecoder::new(raw.as_slice())
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(bytes)
}

/// Extract one page with dom_smoothie (`--dom-smoothie`): UTF-8 when the bytes are valid UTF-8,
/// else the encoding chardetng guesses; only the extraction is timed, as for newsprint.
fn run_dom_smoothie(dir: &Path, truth: &Truth) -> Result<PageRun, String> {
    let bytes = read_page(dir, truth)?;
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t.to_string(),
        Err(_) => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(&bytes, true);
            detector
                .guess(None, chardetng::Utf8Detection::Allow)
                .decode(&bytes)
                .0
                .into_owned()
        }
    };
    let url = Some(truth.url.as_str()).filter(|u| !u.is_empty());
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let start = Instant::now();
    let result = dom_smoothie::Readability::new(text.as_str(), url, Some(config))
        .and_then(|mut r| r.parse())
        .map_err(|e| e.to_string());
    let secs = start.elapsed().as_secs_f64();
    let result = result.map(|a| Extracted {
        text: a.text_content.to_string(),
        title: Some(a.title).filter(|t| !t.is_empty()),
        subtitle: None,
        description: a.excerpt,
        authors: a.byline.into_iter().collect(),
        editor: None,
        source: a.site_name,
        published: a.published_time.map(|d| d.chars().take(10).collect()),
        language: a.lang,
    });
    Ok(PageRun { result, secs })
}

/// Another extractor's saved output for one page (`--peer`): a missing or unreadable file is
/// recorded as that page's error, as a failed extraction would be.
fn read_peer_page(dir: &Path, truth: &Truth) -> PageRun {
    let path = dir.join(format!("{}.json", truth.id));
    let parsed = fs::read_to_string(&path)
        .map_err(|e| format!("{}: {e}", path.display()))
        .and_then(|t| {
            serde_json::from_str::<Value>(&t).map_err(|e| format!("{}: {e}", path.display()))
        });
    let value = match parsed {
        Ok(v) => v,
        Err(e) => {
            return PageRun {
                result: Err(e),
                secs: 0.0,
            };
        }
    };
    let field = |k: &str| {
        value[k]
            .as_str()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let authors = value["authors"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let published = field("published").map(|d| d.chars().take(10).collect());
    let extracted = Extracted {
        text: field("text").unwrap_or_default(),
        title: field("title"),
        subtitle: None,
        description: field("description"),
        authors,
        editor: None,
        source: field("source"),
        published,
        language: field("language"),
    };
    PageRun {
        result: Ok(extracted),
        secs: value["secs"].as_f64().unwrap_or(0.0),
    }
}

// ---------------------------------------------------------------------------------------------
// Normalisation and tokenisation (README, "How to score")

/// `norm(s)`: HTML entities decoded, Unicode NFKC, ’‘ → ', “” → ", – — → -, whitespace runs
/// collapsed to one space, trimmed. No case folding.
fn norm(s: &str) -> String {
    let decoded = decode_entities(s);
    let mut out = String::with_capacity(decoded.len());
    let mut pending_space = false;
    for c in decoded.nfkc() {
        let c = match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        };
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

/// `norm` followed by case folding, for metadata fields.
fn norm_fold(s: &str) -> String {
    casefold(&norm(s))
}

/// Unicode case folding, close to Python's `str.casefold` (lower case, plus ß → ss and final
/// sigma → sigma).
fn casefold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .fold(String::with_capacity(s.len()), |mut out, c| {
            match c {
                'ß' => out.push_str("ss"),
                'ς' => out.push('σ'),
                c => out.push(c),
            }
            out
        })
}

/// Named entities the labels and pages use (HTML's full table has 2,231; these are the ones
/// that occur in news text). Unknown names are left as they are.
#[rustfmt::skip]
const NAMED_ENTITIES: &[(&str, char)] = &[
    ("percnt", '%'), ("thinsp", '\u{2009}'), ("ensp", '\u{2002}'), ("emsp", '\u{2003}'),
    ("amp", '&'), ("lt", '<'), ("gt", '>'), ("quot", '"'), ("apos", '\''), ("nbsp", '\u{a0}'),
    ("shy", '\u{ad}'), ("hellip", '…'), ("mdash", '—'), ("ndash", '–'), ("lsquo", '‘'),
    ("rsquo", '’'), ("sbquo", '‚'), ("ldquo", '“'), ("rdquo", '”'), ("bdquo", '„'), ("laquo", '«'),
    ("raquo", '»'), ("lsaquo", '‹'), ("rsaquo", '›'), ("copy", '©'), ("reg", '®'), ("trade", '™'),
    ("euro", '€'), ("pound", '£'), ("yen", '¥'), ("cent", '¢'), ("sect", '§'), ("para", '¶'),
    ("deg", '°'), ("middot", '·'), ("bull", '•'), ("times", '×'), ("divide", '÷'), ("rarr", '→'),
    ("larr", '←'), ("frac12", '½'), ("frac14", '¼'), ("frac34", '¾'), ("iexcl", '¡'),
    ("iquest", '¿'), ("ordf", 'ª'), ("ordm", 'º'), ("acute", '´'), ("auml", 'ä'), ("ouml", 'ö'),
    ("uuml", 'ü'), ("Auml", 'Ä'), ("Ouml", 'Ö'), ("Uuml", 'Ü'), ("szlig", 'ß'), ("aacute", 'á'),
    ("eacute", 'é'), ("iacute", 'í'), ("oacute", 'ó'), ("uacute", 'ú'), ("yacute", 'ý'),
    ("Aacute", 'Á'), ("Eacute", 'É'), ("Iacute", 'Í'), ("Oacute", 'Ó'), ("Uacute", 'Ú'),
    ("agrave", 'à'), ("egrave", 'è'), ("igrave", 'ì'), ("ograve", 'ò'), ("ugrave", 'ù'),
    ("Agrave", 'À'), ("Egrave", 'È'), ("acirc", 'â'), ("ecirc", 'ê'), ("icirc", 'î'),
    ("ocirc", 'ô'), ("ucirc", 'û'), ("euml", 'ë'), ("iuml", 'ï'), ("yuml", 'ÿ'), ("atilde", 'ã'),
    ("otilde", 'õ'), ("ntilde", 'ñ'), ("Ntilde", 'Ñ'), ("ccedil", 'ç'), ("Ccedil", 'Ç'),
    ("aring", 'å'), ("Aring", 'Å'), ("aelig", 'æ'), ("AElig", 'Æ'), ("oslash", 'ø'),
    ("Oslash", 'Ø'), ("oelig", 'œ'), ("OElig", 'Œ'),
];

/// Decode `&name;`, `&#NNN;` and `&#xHH;` references. Anything else is kept as written.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        // A reference is at most 32 bytes long before its `;`.
        let decoded = after
            .char_indices()
            .take(33)
            .find(|&(_, c)| c == ';')
            .and_then(|(semi, _)| decode_reference(&after[..semi]).map(|c| (c, semi)));
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference body (between `&` and `;`) stands for.
fn decode_reference(body: &str) -> Option<char> {
    if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    NAMED_ENTITIES
        .iter()
        .find(|(name, _)| *name == body)
        .map(|&(_, c)| c)
}

/// A `\w` character: Unicode alphanumeric or underscore.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The `\w+` runs of a text.
fn word_tokens(s: &str) -> Vec<&str> {
    s.split(|c: char| !is_word_char(c))
        .filter(|t| !t.is_empty())
        .collect()
}

/// The word characters of a text, one token each (the shingle variant on CJK pages).
fn word_chars(s: &str) -> Vec<&str> {
    s.char_indices()
        .filter(|&(_, c)| is_word_char(c))
        .map(|(i, c)| &s[i..i + c.len_utf8()])
        .collect()
}

/// Whether a labelled body is scored on characters: more than 15 characters per whitespace
/// token on average.
fn is_char_scored(truth_body: &str) -> bool {
    let (mut tokens, mut chars) = (0usize, 0usize);
    for t in truth_body.split_whitespace() {
        tokens += 1;
        chars += t.chars().count();
    }
    tokens > 0 && chars as f64 / tokens as f64 > CJK_CHARS_PER_TOKEN
}

// ---------------------------------------------------------------------------------------------
// Bag overlap, precision, recall, F1

/// The overlap of two multisets: true positives and the two sizes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Overlap {
    tp: usize,
    pred: usize,
    truth: usize,
}

impl Overlap {
    /// `Σ min(count_pred[t], count_true[t])` over the two bags.
    fn of<T: std::hash::Hash + Eq>(
        pred: impl IntoIterator<Item = T>,
        truth: impl IntoIterator<Item = T>,
    ) -> Overlap {
        let mut counts: HashMap<T, isize> = HashMap::new();
        let mut n_truth = 0;
        for t in truth {
            *counts.entry(t).or_default() += 1;
            n_truth += 1;
        }
        let (mut tp, mut n_pred) = (0, 0);
        for t in pred {
            n_pred += 1;
            if let Some(c) = counts.get_mut(&t) {
                if *c > 0 {
                    *c -= 1;
                    tp += 1;
                }
            }
        }
        Overlap {
            tp,
            pred: n_pred,
            truth: n_truth,
        }
    }

    /// Precision and recall: both 1 when both sides are empty, both 0 when one side is.
    fn precision_recall(self) -> (f64, f64) {
        match (self.pred, self.truth) {
            (0, 0) => (1.0, 1.0),
            (0, _) | (_, 0) => (0.0, 0.0),
            (p, t) => (self.tp as f64 / p as f64, self.tp as f64 / t as f64),
        }
    }

    /// F1 of this overlap's precision and recall.
    fn f1(self) -> f64 {
        let (p, r) = self.precision_recall();
        f1(p, r)
    }
}

/// The harmonic mean of precision and recall (0 when both are 0).
fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// The README's strict token bag: whitespace tokens, or non-whitespace characters on pages
/// scored on characters.
fn token_overlap(pred: &str, truth: &str, by_char: bool) -> Overlap {
    if by_char {
        let chars = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<Vec<_>>();
        Overlap::of(chars(pred), chars(truth))
    } else {
        Overlap::of(pred.split_whitespace(), truth.split_whitespace())
    }
}

/// The Zyte-style overlap: multisets of 4-token shingles of `\w+` tokens (of word characters on
/// pages scored on characters). A side with fewer than 4 tokens uses its tokens themselves.
fn shingle_overlap(pred: &str, truth: &str, by_char: bool) -> Overlap {
    let tokens = |s| {
        if by_char {
            word_chars(s)
        } else {
            word_tokens(s)
        }
    };
    let (p, t) = (tokens(pred), tokens(truth));
    Overlap::of(shingles(&p, 4), shingles(&t, 4))
}

/// The `n`-token windows of a token list, or each token alone when there are fewer than `n`.
fn shingles<'a, 't>(tokens: &'a [&'t str], n: usize) -> std::slice::Windows<'a, &'t str> {
    let size = if tokens.len() < n { 1 } else { n };
    // `size` is at least 1, so `windows` cannot panic.
    tokens.windows(size.max(1))
}

// ---------------------------------------------------------------------------------------------
// Snippets

/// `with` and `without` counts of one page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct SnippetCounts {
    tp: usize,
    fn_: usize,
    fp: usize,
    tn: usize,
}

impl SnippetCounts {
    /// Look each snippet up in the page's normalised body (`None` for an error: every `with` is
    /// missed and every `without` absent).
    fn of(body: Option<&str>, with: &[String], without: &[String]) -> SnippetCounts {
        let text = body.map(norm).unwrap_or_default();
        let found = |s: &String| !text.is_empty() && text.contains(norm(s).as_str());
        let tp = with.iter().filter(|s| found(s)).count();
        let fp = without.iter().filter(|s| found(s)).count();
        SnippetCounts {
            tp,
            fn_: with.len() - tp,
            fp,
            tn: without.len() - fp,
        }
    }

    fn add(&mut self, o: SnippetCounts) {
        self.tp += o.tp;
        self.fn_ += o.fn_;
        self.fp += o.fp;
        self.tn += o.tn;
    }

    fn total(&self) -> usize {
        self.tp + self.fn_ + self.fp + self.tn
    }

    fn accuracy(&self) -> f64 {
        ratio(self.tp + self.tn, self.total())
    }
}

/// `a / b`, 0 when `b` is 0.
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

// ---------------------------------------------------------------------------------------------
// Metadata

/// Title or site-name match after `norm` and case folding: (exact, lenient). A label of `""`
/// is right only when we return nothing; lenient also accepts containment either way.
fn field_match(label: &str, ours: Option<&str>) -> (bool, bool) {
    let label = norm_fold(label);
    let ours = ours.map(norm_fold).unwrap_or_default();
    if label.is_empty() || ours.is_empty() {
        let both = label.is_empty() && ours.is_empty();
        return (both, both);
    }
    let exact = label == ours;
    (
        exact,
        exact || ours.contains(&label) || label.contains(&ours),
    )
}

/// Split a byline into normalised, case-folded names: a leading "By"/"Von"/"Par"/"Por"/"De" is
/// dropped, and names are split on `, ; & | /` and the words "and"/"und"/"et"/"y".
fn split_names(byline: &str) -> Vec<String> {
    let folded = norm_fold(byline);
    let mut names = Vec::new();
    for piece in folded.split(NAME_SEPARATORS) {
        let mut current: Vec<&str> = Vec::new();
        for word in piece.split_whitespace() {
            if NAME_JOINERS.contains(&word) {
                push_name(&mut names, &current);
                current.clear();
            } else {
                current.push(word);
            }
        }
        push_name(&mut names, &current);
    }
    names
}

/// Add the name made of these words, without a leading byline word ("by", "von", ...).
fn push_name(names: &mut Vec<String>, words: &[&str]) {
    let words = match words.split_first() {
        Some((first, rest)) if !rest.is_empty() && is_byline_prefix(first) => rest,
        Some((first, rest)) if rest.is_empty() && is_byline_prefix(first) => &[],
        _ => words,
    };
    let name = words.join(" ");
    let name = name.trim_matches(|c: char| c == ':' || c == '.' || c.is_whitespace());
    if !name.is_empty() {
        names.push(name.to_string());
    }
}

/// Whether a (folded) word is one that introduces a byline ("by", "by:", "von", ...).
fn is_byline_prefix(word: &str) -> bool {
    BYLINE_PREFIXES.contains(&word.trim_end_matches(':'))
}

/// F1 between the labelled byline's names and ours (as sets). A label with one comma and no
/// other separator may be one name written surname first ("Jong, Michiel de"); that reading is
/// also tried and the better score kept.
fn byline_f1(label: &str, ours: &[String]) -> f64 {
    let ours: HashSet<String> = ours.iter().flat_map(|n| split_names(n)).collect();
    let plain: HashSet<String> = split_names(label).into_iter().collect();
    let mut best = set_f1(&plain, &ours);
    if let Some(swapped) = surname_first(label) {
        best = best.max(set_f1(&swapped, &ours));
    }
    best
}

/// "Surname, Given" read as the one name "Given Surname", when the label has exactly one comma
/// and no other separator or joining word.
fn surname_first(label: &str) -> Option<HashSet<String>> {
    let folded = norm_fold(label);
    let (surname, given) = folded.split_once(',')?;
    let other_sep = folded.matches(NAME_SEPARATORS).count() != 1;
    let joined = folded.split_whitespace().any(|w| NAME_JOINERS.contains(&w));
    if other_sep || joined || surname.trim().is_empty() || given.trim().is_empty() {
        return None;
    }
    let name = split_names(&format!("{} {}", given.trim(), surname.trim()));
    Some(name.into_iter().collect())
}

/// F1 between two sets: 1 when both are empty, 0 when one is.
fn set_f1(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let common = a.intersection(b).count();
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// A calendar date as a day number, from a string starting `YYYY-MM-DD` (also `YYYY-M-D`,
/// `.` or `/` separators, and `YYYY-DD-MM` when the month is over 12, as a few labels are
/// written).
fn parse_day(s: &str) -> Option<i64> {
    let s = s.trim();
    let mut parts = s.splitn(3, ['-', '.', '/']);
    let year: i64 = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let mut month: i64 = parts
        .next()
        .filter(|m| (1..=2).contains(&m.len()))?
        .parse()
        .ok()?;
    let rest = parts.next()?;
    let day_len = rest.chars().take_while(char::is_ascii_digit).count();
    if !(1..=2).contains(&day_len) {
        return None;
    }
    let mut day: i64 = rest.get(..day_len)?.parse().ok()?;
    if month > 12 && (1..=12).contains(&day) {
        // Written year-day-month ("2022-29-11"), as a few labels are: the reading is unambiguous.
        (month, day) = (day, month);
    }
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(days_from_civil(year, month, day))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Date match: (same day, within ±1 day). A label of `""` is right only when we return no
/// date. `None` when the label is not a date.
fn date_match(label: &str, ours: Option<&str>) -> Option<(bool, bool)> {
    if label.trim().is_empty() {
        let none = ours.is_none();
        return Some((none, none));
    }
    let want = parse_day(label)?;
    Some(match ours.and_then(parse_day) {
        Some(got) => (got == want, (got - want).abs() <= 1),
        None => (false, false),
    })
}

/// The primary language subtag, lower case (`en-US` → `en`).
fn primary_subtag(tag: &str) -> String {
    tag.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Token F1 of two texts after `norm` and case folding (excerpts).
fn text_f1(label: &str, ours: Option<&str>) -> f64 {
    let label = norm_fold(label);
    let ours = ours.map(norm_fold).unwrap_or_default();
    Overlap::of(ours.split_whitespace(), label.split_whitespace()).f1()
}

// ---------------------------------------------------------------------------------------------
// Per-set report

/// A running mean.
#[derive(Debug, Clone, Copy, Default)]
struct Mean {
    sum: f64,
    n: usize,
}

impl Mean {
    fn add(&mut self, v: f64) {
        self.sum += v;
        self.n += 1;
    }

    fn add_bool(&mut self, b: bool) {
        self.add(if b { 1.0 } else { 0.0 });
    }

    fn get(&self) -> Option<f64> {
        (self.n > 0).then(|| self.sum / self.n as f64)
    }
}

/// Precision and recall averaged over pages, with the pooled counts.
#[derive(Debug, Clone, Copy, Default)]
struct PrfMean {
    p: Mean,
    r: Mean,
    pooled: Overlap,
}

impl PrfMean {
    fn add(&mut self, o: Overlap) {
        let (p, r) = o.precision_recall();
        self.p.add(p);
        self.r.add(r);
        self.pooled.tp += o.tp;
        self.pooled.pred += o.pred;
        self.pooled.truth += o.truth;
    }

    /// (mean P, mean R, F1 of the means), if any page was scored.
    fn means(&self) -> Option<(f64, f64, f64)> {
        let (p, r) = (self.p.get()?, self.r.get()?);
        Some((p, r, f1(p, r)))
    }
}

/// One page's scores, for the dump.
#[derive(Debug, Default)]
struct PageRow {
    id: String,
    error: Option<String>,
    text: String,
    secs: f64,
    token: Option<Overlap>,
    shingle: Option<Overlap>,
    snippets: Option<SnippetCounts>,
    title: Option<bool>,
    author_f1: Option<f64>,
    date: Option<bool>,
    /// Metadata fields we got wrong: `(field, label, ours)`.
    misses: Vec<(&'static str, String, String)>,
    /// Every metadata field we returned, labelled or not, for `meta.tsv`:
    /// title, subtitle, authors, source, published, language, editor.
    meta: [String; 7],
}

impl PageRow {
    /// Note a metadata field we got wrong, for `meta-misses.tsv`.
    fn miss(&mut self, ok: bool, field: &'static str, label: &str, ours: Option<&str>) {
        if !ok {
            let clean = |s: &str| s.replace(['\t', '\n'], " ");
            let ours = ours.map_or_else(|| "(none)".to_string(), clean);
            self.misses.push((field, clean(label), ours));
        }
    }

    /// A page's overall score for sorting worst first: body token F1, else snippet accuracy.
    fn sort_score(&self) -> f64 {
        if let Some(o) = self.token {
            return o.f1();
        }
        if let Some(s) = self.snippets {
            return s.accuracy();
        }
        1.0
    }
}

/// Every figure of one set.
#[derive(Debug, Default)]
struct SetReport {
    name: String,
    pages: usize,
    errors: usize,
    token: PrfMean,
    shingle: PrfMean,
    snippets: SnippetCounts,
    snippet_page_accuracy: Mean,
    title_exact: Mean,
    title_lenient: Mean,
    author_f1: Mean,
    author_exact: Mean,
    site_exact: Mean,
    site_lenient: Mean,
    date_same_day: Mean,
    date_within_day: Mean,
    language: Mean,
    excerpt_f1: Mean,
    rows: Vec<PageRow>,
}

impl SetReport {
    fn new(name: &str) -> SetReport {
        SetReport {
            name: name.to_string(),
            ..SetReport::default()
        }
    }

    /// Score one page against its labels.
    fn add(&mut self, truth: &Truth, page: PageRun) {
        self.pages += 1;
        let mut row = PageRow {
            id: truth.id.clone(),
            secs: page.secs,
            ..PageRow::default()
        };
        let ours = match page.result {
            Ok(e) => Some(e),
            Err(e) => {
                self.errors += 1;
                row.error = Some(e);
                None
            }
        };
        let body = ours.as_ref().map(|e| e.text.as_str());

        if let Some(label) = &truth.body_text {
            let by_char = is_char_scored(label);
            let pred = body.unwrap_or("");
            let token = token_overlap(pred, label, by_char);
            let shingle = shingle_overlap(pred, label, by_char);
            self.token.add(token);
            self.shingle.add(shingle);
            row.token = Some(token);
            row.shingle = Some(shingle);
        }
        if !truth.with.is_empty() || !truth.without.is_empty() {
            let counts = SnippetCounts::of(body, &truth.with, &truth.without);
            self.snippets.add(counts);
            self.snippet_page_accuracy.add(counts.accuracy());
            row.snippets = Some(counts);
        }

        let get = |f: fn(&Extracted) -> Option<&str>| ours.as_ref().and_then(f);
        if let Some(label) = &truth.title {
            let (exact, lenient) = field_match(label, get(|e| e.title.as_deref()));
            self.title_exact.add_bool(exact);
            self.title_lenient.add_bool(lenient);
            row.title = Some(exact);
            row.miss(exact, "title", label, get(|e| e.title.as_deref()));
        }
        if let Some(label) = &truth.site_name {
            let (exact, lenient) = field_match(label, get(|e| e.source.as_deref()));
            self.site_exact.add_bool(exact);
            self.site_lenient.add_bool(lenient);
            row.miss(exact, "site_name", label, get(|e| e.source.as_deref()));
        }
        if let Some(label) = &truth.byline {
            let authors = ours.as_ref().map(|e| e.authors.as_slice()).unwrap_or(&[]);
            let score = byline_f1(label, authors);
            self.author_f1.add(score);
            self.author_exact.add_bool(score >= 1.0);
            row.author_f1 = Some(score);
            row.miss(score >= 1.0, "byline", label, Some(&authors.join("; ")));
        }
        if let Some(label) = &truth.published {
            match date_match(label, get(|e| e.published.as_deref())) {
                Some((same, near)) => {
                    self.date_same_day.add_bool(same);
                    self.date_within_day.add_bool(near);
                    row.date = Some(same);
                    row.miss(same, "published", label, get(|e| e.published.as_deref()));
                }
                None => eprintln!("evaluate: {}: date label {label:?} not read", truth.id),
            }
        }
        if let Some(label) = &truth.lang {
            let ours = get(|e| e.language.as_deref()).map(primary_subtag);
            let want = primary_subtag(label);
            self.language.add_bool(match ours {
                Some(o) => o == want,
                None => want.is_empty(),
            });
        }
        if let Some(label) = &truth.excerpt {
            let ours = get(|e| e.subtitle.as_deref().or(e.description.as_deref()));
            self.excerpt_f1.add(text_f1(label, ours));
        }
        if let Some(e) = &ours {
            let or_empty = |v: &Option<String>| v.clone().unwrap_or_default();
            row.meta = [
                or_empty(&e.title),
                or_empty(&e.subtitle),
                e.authors.join("; "),
                or_empty(&e.source),
                or_empty(&e.published),
                or_empty(&e.language),
                or_empty(&e.editor),
            ]
            .map(|v| v.replace(['\t', '\n'], " "));
        }
        row.text = ours.map(|e| e.text).unwrap_or_default();
        self.rows.push(row);
    }

    /// Page times in seconds, sorted slowest first, with their ids.
    fn times(&self) -> Vec<(f64, &str)> {
        let mut t: Vec<(f64, &str)> = self.rows.iter().map(|r| (r.secs, r.id.as_str())).collect();
        t.sort_by(|a, b| b.0.total_cmp(&a.0));
        t
    }

    /// Every figure as `("<set>.<name>", value)`; figures with nothing scored are left out.
    fn figures(&self) -> Vec<(String, f64)> {
        let mut out: Vec<(String, f64)> = Vec::new();
        let mut put = |k: &str, v: f64| out.push((format!("{}.{k}", self.name), v));
        put("pages_n", self.pages as f64);
        put("errors", self.errors as f64);
        for (prefix, prf) in [("body_token", &self.token), ("body_shingle", &self.shingle)] {
            if let Some((p, r, f)) = prf.means() {
                let (pp, pr) = prf.pooled.precision_recall();
                put(&format!("{prefix}_precision"), p);
                put(&format!("{prefix}_recall"), r);
                put(&format!("{prefix}_f1"), f);
                put(&format!("{prefix}_pooled_precision"), pp);
                put(&format!("{prefix}_pooled_recall"), pr);
                put(&format!("{prefix}_pooled_f1"), f1(pp, pr));
                put(&format!("{prefix}_n"), prf.p.n as f64);
            }
        }
        let s = &self.snippets;
        if s.total() > 0 {
            let p = ratio(s.tp, s.tp + s.fp);
            let r = ratio(s.tp, s.tp + s.fn_);
            put("snippet_precision", p);
            put("snippet_recall", r);
            put("snippet_f1", f1(p, r));
            put("snippet_accuracy", s.accuracy());
            put("with_found", r);
            put("without_absent", ratio(s.tn, s.tn + s.fp));
            put("snippet_tp_n", s.tp as f64);
            put("snippet_fn_n", s.fn_ as f64);
            put("snippet_fp_n", s.fp as f64);
            put("snippet_tn_n", s.tn as f64);
            if let Some(a) = self.snippet_page_accuracy.get() {
                put("snippet_page_accuracy", a);
            }
        }
        for (key, _, m) in self.metadata_means() {
            if let Some(v) = m.get() {
                put(key, v);
                put(&format!("{key}_n"), m.n as f64);
            }
        }
        let times = self.times();
        put("time_total_s", times.iter().map(|t| t.0).sum());
        if let Some(median) = median(&times) {
            put("time_median_ms", median * 1e3);
        }
        if let Some(max) = times.first() {
            put("time_max_ms", max.0 * 1e3);
        }
        out
    }

    /// The metadata figures: JSON key, description for the table, value.
    fn metadata_means(&self) -> [(&'static str, &'static str, Mean); 10] {
        [
            (
                "title_exact",
                "title, exact (norm + casefold)",
                self.title_exact,
            ),
            (
                "title_lenient",
                "title, contains or contained in",
                self.title_lenient,
            ),
            ("author_f1", "byline, F1 of name sets", self.author_f1),
            ("author_exact", "byline, exact (F1 = 1)", self.author_exact),
            ("site_name_exact", "site name, exact", self.site_exact),
            (
                "site_name_lenient",
                "site name, contains or contained in",
                self.site_lenient,
            ),
            (
                "date_same_day",
                "published, same calendar day",
                self.date_same_day,
            ),
            (
                "date_within_day",
                "published, within 1 day",
                self.date_within_day,
            ),
            ("language", "language, primary subtag", self.language),
            (
                "excerpt_f1",
                "excerpt token F1 (information only)",
                self.excerpt_f1,
            ),
        ]
    }

    /// The set's table, as printed.
    fn table(&self) -> String {
        let mut t = String::new();
        let _ = writeln!(
            t,
            "\n== {} : {} pages, {} extraction errors ==",
            self.name, self.pages, self.errors
        );
        let body = [
            ("body, strict tokens [body_token]", &self.token),
            ("body, Zyte \\w+ 4-shingles [body_shingle]", &self.shingle),
        ];
        for (label, prf) in body {
            if let Some((p, r, f)) = prf.means() {
                let (pp, pr) = prf.pooled.precision_recall();
                let _ = writeln!(
                    t,
                    "{label:<44} mean P {p:.3}  R {r:.3}  F1 {f:.3}   pooled P {pp:.3}  R {pr:.3}  F1 {:.3}  ({} pages)",
                    f1(pp, pr),
                    prf.p.n
                );
            }
        }
        let s = &self.snippets;
        if s.total() > 0 {
            let p = ratio(s.tp, s.tp + s.fp);
            let r = ratio(s.tp, s.tp + s.fn_);
            let _ = writeln!(
                t,
                "{:<44} P {p:.3}  R {r:.3}  F1 {:.3}  accuracy {:.3}  (TP {} FN {} FP {} TN {})",
                "snippets, pooled (trafilatura scheme)",
                f1(p, r),
                s.accuracy(),
                s.tp,
                s.fn_,
                s.fp,
                s.tn
            );
            let _ = writeln!(
                t,
                "{:<44} {:.3} of `with` found, {:.3} of `without` absent; mean page accuracy {:.3}",
                "",
                r,
                ratio(s.tn, s.tn + s.fp),
                self.snippet_page_accuracy.get().unwrap_or(0.0)
            );
        }
        for (key, label, m) in self.metadata_means() {
            if let Some(v) = m.get() {
                let _ = writeln!(t, "{label:<44} {v:.3}  ({} labelled)  [{key}]", m.n);
            }
        }
        let times = self.times();
        let total: f64 = times.iter().map(|x| x.0).sum();
        let _ = writeln!(
            t,
            "{:<44} total {total:.2} s, median {:.1} ms, max {:.1} ms",
            "time (extraction only)",
            median(&times).unwrap_or(0.0) * 1e3,
            times.first().map_or(0.0, |x| x.0) * 1e3
        );
        let slowest: Vec<String> = times
            .iter()
            .take(5)
            .map(|(s, id)| format!("{id} {:.1} ms", s * 1e3))
            .collect();
        let _ = writeln!(t, "{:<44} {}", "slowest pages", slowest.join(", "));
        let errors: Vec<String> = self
            .rows
            .iter()
            .filter_map(|r| r.error.as_ref().map(|e| format!("{}: {e}", r.id)))
            .collect();
        for e in errors.iter().take(10) {
            let _ = writeln!(t, "  error {e}");
        }
        t
    }

    /// Write `<id>.txt` per page and `scores.tsv`, worst page first.
    fn dump(&self, dir: &Path) -> Result<(), String> {
        let io = |e: std::io::Error| format!("{}: {e}", dir.display());
        fs::create_dir_all(dir).map_err(io)?;
        let mut rows: Vec<&PageRow> = self.rows.iter().collect();
        rows.sort_by(|a, b| {
            a.sort_score()
                .total_cmp(&b.sort_score())
                .then(a.id.cmp(&b.id))
        });
        let mut tsv = String::from(
            "id\ttoken_p\ttoken_r\ttoken_f1\tshingle_f1\twith_found\twith_n\twithout_found\twithout_n\ttitle_exact\tauthor_f1\tdate_same_day\tms\terror\n",
        );
        let opt = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{v:.3}"));
        let flag = |v: Option<bool>| v.map_or("-", |b| if b { "1" } else { "0" });
        for r in rows {
            let safe = r.id.replace(['/', '\\'], "_");
            fs::write(dir.join(format!("{safe}.txt")), &r.text).map_err(io)?;
            let pr = r.token.map(Overlap::precision_recall);
            let snip =
                r.snippets
                    .map_or(["-".to_string(), "-".into(), "-".into(), "-".into()], |s| {
                        [
                            s.tp.to_string(),
                            (s.tp + s.fn_).to_string(),
                            s.fp.to_string(),
                            (s.fp + s.tn).to_string(),
                        ]
                    });
            let _ = writeln!(
                tsv,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{:.1}\t{}",
                r.id,
                opt(pr.map(|x| x.0)),
                opt(pr.map(|x| x.1)),
                opt(r.token.map(Overlap::f1)),
                opt(r.shingle.map(Overlap::f1)),
                snip.join("\t"),
                flag(r.title),
                opt(r.author_f1),
                flag(r.date),
                r.secs * 1e3,
                r.error.as_deref().unwrap_or("").replace(['\t', '\n'], " "),
            );
        }
        fs::write(dir.join("scores.tsv"), tsv).map_err(io)?;
        let mut misses = String::from("field\tid\tlabel\tours\n");
        for r in &self.rows {
            for (field, label, ours) in &r.misses {
                let _ = writeln!(misses, "{field}\t{}\t{label}\t{ours}", r.id);
            }
        }
        fs::write(dir.join("meta-misses.tsv"), misses).map_err(io)?;
        let mut all =
            String::from("id\ttitle\tsubtitle\tauthors\tsource\tpublished\tlanguage\teditor\n");
        for r in &self.rows {
            let _ = writeln!(all, "{}\t{}", r.id, r.meta.join("\t"));
        }
        fs::write(dir.join("meta.tsv"), all).map_err(io)
    }
}

/// The median of the times.
fn median(times: &[(f64, &str)]) -> Option<f64> {
    let n = times.len();
    if n == 0 {
        return None;
    }
    let mid = |i: usize| times.get(i).map(|t| t.0);
    if n % 2 == 1 {
        mid(n / 2)
    } else {
        Some((mid(n / 2 - 1)? + mid(n / 2)?) / 2.0)
    }
}

// ---------------------------------------------------------------------------------------------
// Floor

/// Whether a figure is compared with its floor: not a timing, not a count.
fn is_accuracy_key(key: &str) -> bool {
    !key.contains(".time_") && !key.ends_with("_n") && !key.ends_with(".errors")
}

/// Compare this run with the floor file; print every drop. `Ok(false)` when a figure dropped.
fn check_floor(path: &Path, figures: &[(String, f64)]) -> Result<bool, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let floor: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let floor = floor
        .as_object()
        .ok_or_else(|| format!("{}: not a JSON object", path.display()))?;
    let current: HashMap<&str, f64> = figures.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let mut ok = true;
    let mut checked = 0;
    for (key, want) in floor {
        let Some(want) = want.as_f64() else { continue };
        let Some(&got) = current.get(key.as_str()) else {
            if !is_accuracy_key(key) && !key.ends_with(".errors") {
                continue;
            }
            println!("floor: {key} not measured in this run (floor {want:.3})");
            continue;
        };
        if key.ends_with(".errors") {
            checked += 1;
            if got > want {
                println!("floor: {key} rose from {want} to {got}");
                ok = false;
            }
        } else if is_accuracy_key(key) {
            checked += 1;
            if got < want - FLOOR_TOLERANCE {
                println!("floor: {key} dropped from {want:.3} to {got:.3}");
                ok = false;
            }
        }
    }
    println!(
        "floor: {checked} figures checked against {}: {}",
        path.display(),
        if ok { "ok" } else { "FAILED" }
    );
    Ok(ok)
}

// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_decodes_maps_and_collapses() {
        assert_eq!(
            norm("  \u{201C}Caf&eacute;\u{201D} \u{2013} it\u{2019}s\u{a0}\n here&#8230; "),
            "\"Café\" - it's here..."
        );
        // NFKC folds ligatures and full-width forms; no case folding.
        assert_eq!(norm("ﬁne ＡＢＣ"), "fine ABC");
        assert_eq!(norm_fold("Straße  ÉTÉ"), "strasse été");
        assert_eq!(norm("a &bogus; & b &amp;"), "a &bogus; & b &");
    }

    #[test]
    fn token_bag_counts_multiset_overlap() {
        let o = token_overlap("the cat the dog", "the the the cat", false);
        assert_eq!(
            o,
            Overlap {
                tp: 3,
                pred: 4,
                truth: 4
            }
        );
        assert_eq!(o.precision_recall(), (0.75, 0.75));
        assert_eq!(token_overlap("", "", false).precision_recall(), (1.0, 1.0));
        assert_eq!(token_overlap("x", "", false).precision_recall(), (0.0, 0.0));
        assert_eq!(token_overlap("", "x", false).f1(), 0.0);
    }

    #[test]
    fn cjk_pages_are_scored_on_characters() {
        let truth =
            "这是一个很长的中文句子没有空格所以是一个大词 第二句也很长没有任何空格的中文句子";
        assert!(is_char_scored(truth));
        assert!(!is_char_scored("An ordinary English sentence with words."));
        let o = token_overlap("这是一个", truth, true);
        assert_eq!(o.pred, 4);
        assert_eq!(o.tp, 4);
    }

    #[test]
    fn shingles_use_word_tokens() {
        assert_eq!(
            word_tokens("Hello, world! it's 3_a"),
            ["Hello", "world", "it", "s", "3_a"]
        );
        let o = shingle_overlap("a b c d e", "a, b, c. d: x", false);
        // pred shingles: abcd, bcde; truth: abcd, bcdx.
        assert_eq!(
            o,
            Overlap {
                tp: 1,
                pred: 2,
                truth: 2
            }
        );
        // Unicode letters are word characters; apostrophes, dashes and % are not (as `\w` in
        // Python's `re`).
        assert_eq!(
            word_tokens("Müller's 3-Tage-Woche: 50 % (ca.) \u{2014} naïve café"),
            [
                "Müller", "s", "3", "Tage", "Woche", "50", "ca", "naïve", "café"
            ]
        );
        // Fewer than four tokens: the tokens themselves.
        assert_eq!(shingle_overlap("a b", "b c", false).tp, 1);
    }

    #[test]
    fn snippets_are_found_after_norm() {
        let body = "Der \u{201E}Test\u{201C} l\u{e4}uft \u{2013} gut.\n\nKommentare";
        let with = vec!["l&auml;uft - gut".to_string(), "fehlt".to_string()];
        let without = vec!["Kommentare".to_string()];
        let c = SnippetCounts::of(Some(body), &with, &without);
        assert_eq!((c.tp, c.fn_, c.fp, c.tn), (1, 1, 1, 0));
        let err = SnippetCounts::of(None, &with, &without);
        assert_eq!((err.tp, err.fn_, err.fp, err.tn), (0, 2, 0, 1));
    }

    #[test]
    fn bylines_split_into_names() {
        assert_eq!(
            split_names("By Stella Kim, Jennifer Jett"),
            ["stella kim", "jennifer jett"]
        );
        assert_eq!(
            split_names("Sarah Hinger; Sylvia Torres-Guillén"),
            ["sarah hinger", "sylvia torres-guillén"]
        );
        assert_eq!(
            split_names("Von Anna Roth und Ben Alt"),
            ["anna roth", "ben alt"]
        );
        assert_eq!(
            split_names("A | B / C & D y E et F"),
            ["a", "b", "c", "d", "e", "f"]
        );
        let ours = vec!["Stella Kim".to_string()];
        assert!((byline_f1("Stella Kim, Jennifer Jett", &ours) - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(byline_f1("", &[]), 1.0);
        assert_eq!(byline_f1("", &ours), 0.0);
        // One name written surname first.
        assert_eq!(
            byline_f1("Jong, Michiel de", &["Michiel de Jong".to_string()]),
            1.0
        );
    }

    #[test]
    fn titles_match_exactly_or_leniently() {
        assert_eq!(field_match("Rain  Due", Some("rain due")), (true, true));
        assert_eq!(
            field_match("Rain due | Code", Some("Rain due")),
            (false, true)
        );
        assert_eq!(field_match("", None), (true, true));
        assert_eq!(field_match("", Some("x")), (false, false));
        assert_eq!(field_match("x", None), (false, false));
    }

    #[test]
    fn dates_compare_calendar_days() {
        assert_eq!(
            date_match("2018-04-05T06:00", Some("2018-04-05")),
            Some((true, true))
        );
        assert_eq!(
            date_match("2017-11-03 03:01:00.000000", Some("2017-11-04")),
            Some((false, true))
        );
        assert_eq!(
            date_match("2017-12-31", Some("2018-01-01")),
            Some((false, true))
        );
        assert_eq!(
            date_match("2022-11-1", Some("2022-11-01")),
            Some((true, true))
        );
        assert_eq!(
            date_match("2022-01.26", Some("2022-01-26")),
            Some((true, true))
        );
        assert_eq!(
            date_match("2022-29-11", Some("2022-11-29")),
            Some((true, true))
        );
        assert_eq!(date_match("2022-13-13", None), None);
        assert_eq!(date_match("", None), Some((true, true)));
        assert_eq!(date_match("2020-01-01", None), Some((false, false)));
        assert_eq!(date_match("yesterday", None), None);
    }

    #[test]
    fn language_compares_primary_subtags() {
        assert_eq!(primary_subtag("en-US"), "en");
        assert_eq!(primary_subtag("zh_TW"), "zh");
    }

    #[test]
    fn floor_ignores_timings_and_counts() {
        assert!(is_accuracy_key("readability.body_token_f1"));
        assert!(!is_accuracy_key("readability.time_total_s"));
        assert!(!is_accuracy_key("readability.title_exact_n"));
        assert!(!is_accuracy_key("trafilatura.errors"));
    }
}
