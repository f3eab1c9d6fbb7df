//! The `undertone` command line: arguments, files and JSONL streaming. No analysis logic of its own.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;

use serde::Serialize;
use serde_json::Value;
use undertone::report::{target_sentiments16, Report};
use undertone::{analyze, Format, Options, MAX_INPUT_BYTES};

const HELP: &str = "\
undertone — analyze news articles: cleaning, entities, tone and stance

USAGE:
    undertone analyze [FILE|-] [OPTIONS]
    undertone analyze --jsonl [FILE|-] [OPTIONS]

Reads one article from FILE, or from standard input when FILE is '-' or absent, and prints
its analysis as one JSON object (the contract in README.md: text, meta, removed, sentences,
entities, stance, tone). Every offset counts UTF-16 code units into \"text\", half-open
[start, end), exactly as the wasm API does.

OPTIONS:
    --format auto|text|html   How to read the input. Default auto: HTML is detected.
    --no-clean                Skip cleaning (for corpora that are already clean):
                              \"text\" is then the input unchanged.
    --jsonl                   Batch mode. Each input line is a JSON object,
                                {\"id\": .., \"text\": \"..\"}  or  {\"id\": .., \"html\": \"..\"},
                              optionally with \"targets\": [{\"start\", \"end\"}] (UTF-16 offsets
                              into the input; use with --no-clean). Each output line is the
                              analysis with \"id\" echoed and, when asked,
                              \"targets\": [{\"start\", \"end\", \"sentiment\"}] in input order.
                              Streams: memory stays flat however long the input;
                              a line over 64 MiB is skipped with an error.
                              A bad line gets {\"id\", \"line\", \"error\"} on its own output
                              line and the run continues.
    --match PATTERN           Ask how the article treats a phrase: every match of the
                              regular expression PATTERN in \"text\" (after cleaning) becomes a
                              target, and the output gets \"matches\": [{\"start\", \"end\",
                              \"text\", \"sentiment\"}] in text order (UTF-16 offsets into
                              \"text\"; sentiment toward the match in [-1, 1]). Syntax: the
                              regex crate's; \\w, \\b and (?i) are ASCII-only.
                              Example: --match '(?i)\\b(sanctions?|embargo)\\b'.
                              At most 10,000 matches per article are scored.
    --pretty                  Indent the JSON (single-article mode).
    -h, --help                Print this help.
    -V, --version             Print the version.

OUTPUT:
    Besides the analysis, each object has \"language\" (\"en\", another ISO 639-1 code, or
    \"und\") and \"warnings\": [{\"code\", \"message\"}] with code \"empty\", \"no_text\" or
    \"non_english\" (the analysis is tuned for English: entities, tone and stance are then
    left out). In single-article mode the warnings are also printed to standard error.

EXIT STATUS:
    0 on success (in --jsonl mode, even when some lines had errors);
    1 when input or output fails (unreadable file, invalid UTF-8 or binary input
      in single-article mode, closed output);
    2 on bad arguments.
";

pub(crate) struct Args {
    file: Option<String>,
    format: Format,
    clean: bool,
    jsonl: bool,
    pretty: bool,
    /// `--match`: the phrases asked about.
    pattern: Option<regex::Regex>,
}

pub(crate) fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut out = Args { file: None, format: Format::Auto, clean: true, jsonl: false, pretty: false, pattern: None };
    let mut command = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "-h" | "--help" => return Ok(None),
            "-V" | "--version" => {
                println!("undertone {}", env!("CARGO_PKG_VERSION"));
                std::process::exit(0);
            }
            "--no-clean" => out.clean = false,
            "--jsonl" => out.jsonl = true,
            "--pretty" => out.pretty = true,
            "--format" => {
                let v = args.next().ok_or("--format needs a value: auto, text or html")?;
                out.format = parse_format(&v)?;
            }
            s if s.starts_with("--format=") => out.format = parse_format(&s["--format=".len()..])?,
            "--match" => {
                let v = args.next().ok_or("--match needs a pattern, e.g. --match '(?i)\\bsanctions?\\b'")?;
                out.pattern = Some(parse_pattern(&v)?);
            }
            s if s.starts_with("--match=") => out.pattern = Some(parse_pattern(&s["--match=".len()..])?),
            "-" => out.file = Some(a),
            s if s.starts_with('-') => return Err(format!("unknown option '{s}'")),
            _ if command.is_none() => command = Some(a),
            _ if out.file.is_none() => out.file = Some(a),
            _ => return Err(format!("unexpected argument '{a}'")),
        }
    }
    match command.as_deref() {
        Some("analyze") => Ok(Some(out)),
        Some(c) => Err(format!("unknown command '{c}' (try 'undertone analyze --help')")),
        None => Err("missing command: 'undertone analyze [FILE|-]'".into()),
    }
}

/// A `--match` pattern. The regex crate is built without Unicode tables (page size), so a
/// pattern is tried as written (`.` is any char) and then with ASCII classes (`\w`, `\b`,
/// `(?i)` are ASCII); the error names both when neither builds.
fn parse_pattern(v: &str) -> Result<regex::Regex, String> {
    if v.is_empty() {
        return Err("--match needs a non-empty pattern".into());
    }
    let build = |unicode: bool| regex::RegexBuilder::new(v).unicode(unicode).size_limit(1 << 20).build();
    build(true).or_else(|first| build(false).map_err(|second| (first, second))).map_err(|(first, second)| {
        format!(
            "--match: invalid pattern (the regex crate's syntax; \\w, \\b and (?i) are ASCII-only, and mixing them with '.' needs (?-u:\\w)): {first}; as ASCII: {second}"
        )
    })
}

/// One match of `--match` in the output.
#[derive(Serialize)]
struct MatchOut<'t> {
    start: u32,
    end: u32,
    text: &'t str,
    sentiment: Option<f64>,
}

/// Most matches scored per article: a pattern like `e` must not make the output explode.
const MAX_MATCHES: usize = 10_000;

/// Every non-empty match of `pattern` in the analysed text, with the sentiment toward it.
fn matches<'t>(analysis: &'t undertone::Analysis, pattern: &regex::Regex) -> Vec<MatchOut<'t>> {
    let text = analysis.text.as_str();
    let found: Vec<(usize, usize)> =
        pattern.find_iter(text).filter(|m| !m.is_empty()).take(MAX_MATCHES).map(|m| (m.start(), m.end())).collect();
    let utf16 = undertone::report::Utf16Index::new(text);
    let ranges: Vec<(u32, u32)> = found.iter().map(|&(a, b)| (utf16.at(a), utf16.at(b))).collect();
    let scores = target_sentiments16(analysis, &ranges);
    found
        .iter()
        .zip(ranges)
        .zip(scores)
        .map(|((&(a, b), (start, end)), sentiment)| MatchOut { start, end, text: &text[a..b], sentiment })
        .collect()
}

fn parse_format(v: &str) -> Result<Format, String> {
    match v {
        "auto" => Ok(Format::Auto),
        "text" => Ok(Format::Text),
        "html" => Ok(Format::Html),
        _ => Err(format!("--format must be auto, text or html, not '{v}'")),
    }
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(a)) => a,
        Ok(None) => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("undertone: {e}\n\n{HELP}");
            return ExitCode::from(2);
        }
    };
    let input: Box<dyn Read> = match args.file.as_deref() {
        None | Some("-") => Box::new(io::stdin().lock()),
        Some(path) => match std::fs::File::open(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("undertone: cannot open '{path}': {e}");
                return ExitCode::from(1);
            }
        },
    };
    let stdout = io::stdout().lock();
    let result = if args.jsonl { run_jsonl(&args, input, stdout) } else { run_single(&args, input, stdout) };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("undertone: {e}");
            ExitCode::from(1)
        }
    }
}

/// Checks that bytes are UTF-8 text, naming the first bad byte.
fn decode(bytes: &[u8]) -> Result<&str, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!("input is not valid UTF-8: invalid byte 0x{:02X} at byte offset {}", bytes[e.valid_up_to()], e.valid_up_to())
    })?;
    if looks_binary(text) {
        return Err("input looks like binary data, not text (it has NUL or many control characters); refusing it".into());
    }
    Ok(text)
}

/// NUL bytes, or more than 1 % control characters other than tab/newline/CR/form feed.
fn looks_binary(text: &str) -> bool {
    let sample = &text.as_bytes()[..text.len().min(65_536)];
    let controls = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)).count();
    sample.contains(&0) || controls * 100 > sample.len()
}

fn run_single(args: &Args, mut input: Box<dyn Read>, out: impl Write) -> io::Result<()> {
    let mut bytes = Vec::new();
    input.by_ref().take(MAX_INPUT_BYTES as u64 + 1).read_to_end(&mut bytes)?;
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(io::Error::other(format!("input is larger than the {} MiB limit", MAX_INPUT_BYTES >> 20)));
    }
    let text = decode(&bytes).map_err(io::Error::other)?;
    let analysis = analyze(text, &Options { format: args.format, clean: args.clean });
    for w in &analysis.warnings {
        eprintln!("undertone: warning: {}", w.message);
    }
    let report = Single { report: Report::new(&analysis), matches: args.pattern.as_ref().map(|p| matches(&analysis, p)) };
    let mut out = BufWriter::new(out);
    if args.pretty {
        serde_json::to_writer_pretty(&mut out, &report)?;
    } else {
        serde_json::to_writer(&mut out, &report)?;
    }
    writeln!(out)?;
    out.flush()
}

#[derive(serde::Deserialize)]
struct JsonlIn {
    #[serde(default)]
    id: Value,
    text: Option<String>,
    html: Option<String>,
    targets: Option<Vec<TargetIn>>,
}

#[derive(serde::Deserialize)]
struct TargetIn {
    start: u32,
    end: u32,
}

#[derive(Serialize)]
struct TargetOut {
    start: u32,
    end: u32,
    sentiment: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Serialize)]
struct JsonlOut<'a> {
    id: &'a Value,
    #[serde(flatten)]
    report: Report<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    targets: Option<Vec<TargetOut>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    matches: Option<Vec<MatchOut<'a>>>,
}

/// Single-article output: the report, and the matches when `--match` asked.
#[derive(Serialize)]
struct Single<'a> {
    #[serde(flatten)]
    report: Report<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    matches: Option<Vec<MatchOut<'a>>>,
}

#[derive(Serialize)]
struct JsonlError<'a> {
    id: &'a Value,
    line: u64,
    error: String,
}

/// What [`read_line_bounded`] found.
#[derive(Debug, PartialEq, Eq)]
enum LineRead {
    Eof,
    /// The line (without its `\n`) is in the buffer.
    Line,
    /// The line had this many bytes (without its `\n`), more than the limit; it was skipped
    /// and the buffer holds only its first `limit` bytes.
    TooLong(u64),
}

/// Reads one line into `buf` (cleared first), holding at most `limit` bytes of it: a longer
/// line is read through to its newline and dropped, so memory stays flat whatever the input.
fn read_line_bounded(reader: &mut impl BufRead, buf: &mut Vec<u8>, limit: usize) -> io::Result<LineRead> {
    buf.clear();
    let mut total = 0u64;
    let mut seen_any = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        seen_any = true;
        let (part, used, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (&chunk[..i], i + 1, true),
            None => (chunk, chunk.len(), false),
        };
        total += part.len() as u64;
        let room = limit.saturating_sub(buf.len());
        buf.extend_from_slice(&part[..part.len().min(room)]);
        reader.consume(used);
        if done {
            break;
        }
    }
    Ok(match () {
        _ if !seen_any => LineRead::Eof,
        _ if total > limit as u64 => LineRead::TooLong(total),
        _ => LineRead::Line,
    })
}

fn run_jsonl(args: &Args, input: Box<dyn Read>, out: impl Write) -> io::Result<()> {
    run_jsonl_limited(args, input, out, MAX_INPUT_BYTES)
}

/// `--jsonl` with a line limit of `max_line` bytes: a longer line gets an error object.
pub(crate) fn run_jsonl_limited(args: &Args, input: impl Read, out: impl Write, max_line: usize) -> io::Result<()> {
    let mut reader = io::BufReader::with_capacity(1 << 16, input);
    let mut out = BufWriter::new(out);
    let mut buf = Vec::new();
    let mut line_no = 0u64;
    loop {
        let read = read_line_bounded(&mut reader, &mut buf, max_line)?;
        if read == LineRead::Eof {
            break;
        }
        line_no += 1;
        if let LineRead::TooLong(n) = read {
            let error = format!(
                "line is {n} bytes, over the {} limit; skipped",
                if max_line >= 1 << 20 { format!("{} MiB", max_line >> 20) } else { format!("{max_line}-byte") }
            );
            serde_json::to_writer(&mut out, &JsonlError { id: &Value::Null, line: line_no, error })?;
            out.write_all(b"\n")?;
            buf = Vec::new(); // give the big buffer back
            continue;
        }
        while buf.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
            buf.pop();
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match process_line(args, &buf) {
            Ok(json) => out.write_all(json.as_bytes())?,
            Err((id, error)) => serde_json::to_writer(&mut out, &JsonlError { id: &id, line: line_no, error })?,
        }
        out.write_all(b"\n")?;
        // Keep the stream moving for a consumer reading as we go.
        if reader.buffer().is_empty() {
            out.flush()?;
        }
    }
    out.flush()
}

fn process_line(args: &Args, line: &[u8]) -> Result<String, (Value, String)> {
    let line = std::str::from_utf8(line).map_err(|e| {
        (Value::Null, format!("line is not valid UTF-8: invalid byte at byte offset {} of the line", e.valid_up_to()))
    })?;
    let req: JsonlIn = serde_json::from_str(line).map_err(|e| (Value::Null, format!("line is not a JSON object of the form {{\"id\", \"text\"}} or {{\"id\", \"html\"}}: {e}")))?;
    let id = req.id;
    let (body, format) = match (req.text, req.html) {
        (Some(t), None) => (t, if args.format == Format::Auto { Format::Auto } else { args.format }),
        (None, Some(h)) => (h, Format::Html),
        (Some(_), Some(_)) => return Err((id, "give either \"text\" or \"html\", not both".into())),
        (None, None) => return Err((id, "missing \"text\" or \"html\"".into())),
    };
    if body.len() > MAX_INPUT_BYTES {
        return Err((id, format!("article is larger than the {} MiB limit", MAX_INPUT_BYTES >> 20)));
    }
    if req.targets.is_some() && args.clean {
        return Err((id, "\"targets\" index the input, so they need --no-clean".into()));
    }
    let options = Options { format, clean: args.clean };
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let analysis = analyze(&body, &options);
        let targets = req.targets.map(|ts| resolve_targets(&analysis, &ts));
        let matches = args.pattern.as_ref().map(|p| matches(&analysis, p));
        serde_json::to_string(&JsonlOut { id: &id, report: Report::new(&analysis), targets, matches })
    }));
    match result {
        Ok(json) => json.map_err(|e| (Value::Null, e.to_string())),
        Err(_) => Err((id, "internal error while analyzing this article (please report it)".into())),
    }
}

fn resolve_targets(analysis: &undertone::Analysis, targets: &[TargetIn]) -> Vec<TargetOut> {
    let ranges: Vec<(u32, u32)> = targets.iter().map(|t| (t.start, t.end)).collect();
    let scores = target_sentiments16(analysis, &ranges);
    targets
        .iter()
        .zip(scores)
        .map(|(t, sentiment)| TargetOut {
            start: t.start,
            end: t.end,
            sentiment,
            error: sentiment.is_none().then(|| "target is not a valid [start, end) of UTF-16 offsets into the text".into()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (input, limit, the lines read as (kind, held bytes)), with a 4-byte reader buffer so
    /// lines cross buffer refills.
    #[test]
    fn lines_are_read_with_a_bounded_buffer() {
        let table: &[(&[u8], usize, &[(&str, &[u8])])] = &[
            (b"", 8, &[]),
            (b"ab\ncd", 8, &[("line", b"ab"), ("line", b"cd")]),
            (b"ab\n\n", 8, &[("line", b"ab"), ("line", b"")]),
            (b"0123456789\nok\n", 4, &[("too long 10", b"0123"), ("line", b"ok")]),
            (b"0123\n01234", 4, &[("line", b"0123"), ("too long 5", b"0123")]),
        ];
        for &(input, limit, want) in table {
            let mut reader = io::BufReader::with_capacity(4, input);
            let mut buf = Vec::new();
            let mut got = Vec::new();
            loop {
                let kind = match read_line_bounded(&mut reader, &mut buf, limit).unwrap() {
                    LineRead::Eof => break,
                    LineRead::Line => "line".to_string(),
                    LineRead::TooLong(n) => format!("too long {n}"),
                };
                assert!(buf.len() <= limit);
                got.push((kind, buf.clone()));
            }
            let want: Vec<(String, Vec<u8>)> = want.iter().map(|(k, b)| (k.to_string(), b.to_vec())).collect();
            assert_eq!(got, want, "{:?}", String::from_utf8_lossy(input));
        }
    }
}
