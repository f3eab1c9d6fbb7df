//! The CLI's `--jsonl` loop itself (src/main.rs, compiled in as a module), with a small line
//! limit so over-long lines are exercised too: one JSON output line per non-blank input
//! line, each either an analysis with `text` or an error naming its line.
#![no_main]

#[allow(dead_code)]
#[path = "../../src/main.rs"]
mod cli;

use libfuzzer_sys::fuzz_target;

const LIMIT: usize = 512;

fuzz_target!(|data: &[u8]| {
    let flags: &[&str] = if data.first().is_some_and(|b| b & 1 == 1) { &["analyze", "--jsonl", "--no-clean"] } else { &["analyze", "--jsonl"] };
    let args = cli::parse_args(flags.iter().map(|s| s.to_string())).unwrap().unwrap();
    let mut out = Vec::new();
    cli::run_jsonl_limited(&args, data, &mut out, LIMIT).expect("writing to a Vec cannot fail");
    let out = std::str::from_utf8(&out).expect("output is UTF-8");
    // Input lines as the CLI splits them: over-long ones give an error, blank ones nothing.
    let want: Vec<u64> = data
        .split(|&b| b == b'\n')
        .enumerate()
        .filter(|(_, l)| l.len() > LIMIT || !l.iter().all(u8::is_ascii_whitespace))
        .map(|(i, _)| i as u64 + 1)
        .collect();
    let got: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).expect("each output line is JSON")).collect();
    assert_eq!(got.len(), want.len(), "one output line per non-blank input line");
    for (v, &line) in got.iter().zip(&want) {
        if v.get("error").is_some() {
            assert_eq!(v["line"].as_u64(), Some(line), "error names its line");
        } else {
            assert!(v["text"].is_string() && v["entities"].is_array(), "{v}");
        }
    }
});
