//! The command line: arguments, JSONL streaming, errors that name what went wrong.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_undertone"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run undertone");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_str(&stdout(o)).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(o)))
}

#[test]
fn help_documents_every_option() {
    let o = run(&["--help"], b"");
    assert!(o.status.success());
    let help = stdout(&o);
    for needle in ["analyze [FILE|-]", "--format auto|text|html", "--no-clean", "--jsonl", "\"targets\"", "--match", "\"matches\"", "UTF-16"] {
        assert!(help.contains(needle), "help lacks {needle:?}");
    }
}

#[test]
fn bad_arguments_exit_2_with_a_message() {
    let o = run(&["analyze", "--format", "pdf"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--format must be auto, text or html"));
    let o = run(&["frobnicate"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown command"));
}

#[test]
fn analyze_reads_a_file_and_prints_the_contract() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/wire_story.txt");
    let v = json(&run(&["analyze", path], b""));
    for field in ["text", "meta", "removed", "sentences", "entities", "stance", "tone"] {
        assert!(v.get(field).is_some(), "missing {field}");
    }
    for field in ["title", "byline", "published", "source", "captions"] {
        assert!(v["meta"].get(field).is_some(), "missing meta.{field}");
    }
    assert!(v["tone"]["magnitude"].as_f64().unwrap() >= 0.0);
}

#[test]
fn no_clean_keeps_the_input_unchanged() {
    let input = "Like Us on Facebook\n\n  Kerry  met Lavrov.  🙂\n";
    let v = json(&run(&["analyze", "--no-clean"], input.as_bytes()));
    assert_eq!(v["text"], input);
    assert_eq!(v["removed"].as_array().unwrap().len(), 0);
}

#[test]
fn format_html_is_detected_and_can_be_forced() {
    let html = "<html><body><p>Hello <b>world</b> &amp; friends.</p><script>evil()</script></body></html>";
    let auto = json(&run(&["analyze"], html.as_bytes()));
    assert!(!auto["text"].as_str().unwrap().contains('<'), "markup left in {}", auto["text"]);
    assert!(!auto["text"].as_str().unwrap().contains("evil"), "script text left in {}", auto["text"]);
    let forced_text = json(&run(&["analyze", "--format", "text", "--no-clean"], html.as_bytes()));
    assert_eq!(forced_text["text"], html);
}

#[test]
fn jsonl_streams_one_line_per_input_and_survives_bad_lines() {
    let input = concat!(
        r#"{"id": 1, "text": "Kerry praised the talks."}"#,
        "\n",
        "this is not json\n",
        r#"{"id": "b", "html": "<p>Lavrov <i>condemned</i> the attack.</p>"}"#,
        "\n\n",
        r#"{"id": 4}"#,
        "\n",
        r#"{"id": 5, "text": "Great talks 🙂 but grim news.", "targets": [{"start": 0, "end": 5}, {"start": 13, "end": 14}]}"#,
        "\n"
    );
    let o = run(&["analyze", "--jsonl", "--no-clean"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 5, "one output line per non-blank input line");
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["text"], "Kerry praised the talks.");
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("not a JSON object"));
    assert_eq!(lines[2]["id"], "b");
    assert_eq!(lines[3]["id"], 4);
    assert!(lines[3]["error"].as_str().unwrap().contains("missing \"text\" or \"html\""));
    let targets = lines[4]["targets"].as_array().unwrap();
    assert_eq!(targets.len(), 2);
    assert_eq!((targets[0]["start"].as_u64(), targets[0]["end"].as_u64()), (Some(0), Some(5)));
    assert!(targets[0]["sentiment"].is_number());
    // Offset 13 is inside the surrogate pair of 🙂 (UTF-16 units 12..14).
    assert!(targets[1]["sentiment"].is_null());
    assert!(targets[1]["error"].is_string());
}

#[test]
fn jsonl_targets_need_no_clean() {
    let o = run(&["analyze", "--jsonl"], br#"{"id": 1, "text": "abc", "targets": [{"start": 0, "end": 1}]}"#);
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert!(v["error"].as_str().unwrap().contains("--no-clean"));
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let o = run(&["analyze"], b"Kerry met\xff Lavrov");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("byte offset 9"), "{}", stderr(&o));
}

#[test]
fn binary_input_is_refused() {
    let o = run(&["analyze"], b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("binary"), "{}", stderr(&o));
}

#[test]
fn empty_input_gives_an_empty_analysis_and_a_friendly_message() {
    for input in [&b""[..], b"  \n\t "] {
        let o = run(&["analyze"], input);
        assert!(o.status.success());
        let v = json(&o);
        assert_eq!(v["text"], "");
        assert_eq!(v["entities"].as_array().unwrap().len(), 0);
        assert_eq!(v["warnings"][0]["code"], "empty");
        assert!(stderr(&o).contains("warning: There is nothing to analyze"), "{}", stderr(&o));
    }
}

#[test]
fn non_english_input_is_flagged() {
    let text = "Le ministre a rencontré son homologue à Paris et les deux hommes ont parlé de la guerre pendant des heures.";
    let o = run(&["analyze"], text.as_bytes());
    let v = json(&o);
    assert_eq!(v["language"], "fr");
    assert_eq!(v["warnings"][0]["code"], "non_english");
    assert!(stderr(&o).contains("tuned for English"), "{}", stderr(&o));
    let v = json(&run(&["analyze"], b"Kerry met Lavrov in Paris and they agreed on the plan."));
    assert_eq!(v["language"], "en");
    assert_eq!(v["warnings"], serde_json::json!([]));
}

#[test]
fn jsonl_skips_a_line_over_the_limit_without_holding_it() {
    // A 65 MiB line of one JSON string, then a good line: the long one gets an error naming
    // its line, the run goes on.
    let mut input = Vec::with_capacity(66 << 20);
    input.extend_from_slice(br#"{"id": 1, "text": ""#);
    input.resize(input.len() + (65 << 20), b'a');
    input.extend_from_slice(b"\"}\n");
    input.extend_from_slice(br#"{"id": 2, "text": "Kerry praised the talks."}"#);
    let o = run(&["analyze", "--jsonl"], &input);
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["line"], 1);
    assert!(lines[0]["error"].as_str().unwrap().contains("over the 64 MiB limit"), "{}", lines[0]["error"]);
    assert_eq!(lines[1]["id"], 2);
    assert_eq!(lines[1]["text"], "Kerry praised the talks.");
}

#[test]
fn jsonl_handles_a_last_line_without_newline_and_crlf_and_bad_utf8() {
    let input = b"{\"id\": 1, \"text\": \"A\"}\r\n{\"id\": 2, \"text\": \"\xff\"}\n{\"id\": 3, \"text\": \"B\"}";
    let o = run(&["analyze", "--jsonl"], input);
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("byte offset 19"), "{}", lines[1]["error"]);
    assert_eq!(lines[2]["text"], "B");
}

#[test]
fn a_one_megabyte_line_without_breaks() {
    let text = "Kerry met Lavrov and praised the talks ".repeat(1_000_000 / 39 + 1);
    let o = run(&["analyze", "--no-clean"], text.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["text"].as_str().unwrap().len(), text.len());
    // With no stop and no comma, the text is cut every 2 × LONG (400) tokens: every later step
    // then works on sentences of bounded length.
    let sentences = v["sentences"].as_array().unwrap();
    let words: usize = 7 * (1_000_000 / 39 + 1);
    assert_eq!(sentences.len(), words.div_ceil(400));
    assert_eq!(sentences[0]["start"], 0);
    assert_eq!(sentences.last().unwrap()["end"].as_u64().unwrap() as usize, text.trim_end().len());
}

#[test]
fn missing_file_is_an_io_error() {
    let o = run(&["analyze", "/nonexistent/article.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cannot open"));
}

/// UTF-16 slice of `text`, as JavaScript's `text.slice(start, end)`.
fn slice16(text: &str, start: u64, end: u64) -> String {
    let u: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&u[start as usize..end as usize]).unwrap()
}

#[test]
fn match_scores_every_occurrence_of_a_pattern_with_utf16_offsets() {
    let article = "Café owners 😀 in the capital said the new sanctions were a cruel and disastrous failure.\n\n\
                   Exporters praised the Sanctions relief deal as a welcome success for everyone.";
    let o = run(&["analyze", "--match", r"(?i)\bsanctions\b"], article.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    let text = v["text"].as_str().unwrap();
    let m = v["matches"].as_array().expect("matches");
    assert_eq!(m.len(), 2, "{m:?}");
    for x in m {
        let got = slice16(text, x["start"].as_u64().unwrap(), x["end"].as_u64().unwrap());
        assert_eq!(got, x["text"].as_str().unwrap(), "offsets count UTF-16 units past the emoji and the accent");
        assert!(got.eq_ignore_ascii_case("sanctions"));
    }
    let (first, second) = (m[0]["sentiment"].as_f64().unwrap(), m[1]["sentiment"].as_f64().unwrap());
    assert!(first < 0.0 && second > 0.0, "a cruel failure, then a welcome success: {first} {second}");

    // Without --match there is no "matches"; in --jsonl each line gets its own.
    assert!(json(&run(&["analyze"], article.as_bytes())).get("matches").is_none());
    let lines = format!("{}\n{}\n", serde_json::json!({"id": 1, "text": article}), serde_json::json!({"id": 2, "text": "No such word here."}));
    let o = run(&["analyze", "--jsonl", "--match", "sanctions"], lines.as_bytes());
    let outs: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(outs[0]["matches"].as_array().unwrap().len(), 1, "case-sensitive without (?i)");
    assert_eq!(outs[1]["matches"].as_array().unwrap().len(), 0);
}

#[test]
fn a_bad_match_pattern_exits_2_and_says_why() {
    for bad in ["(unclosed", "", "[z-a]", "x{1000000}"] {
        let o = run(&["analyze", "--match", bad], b"text");
        assert_eq!(o.status.code(), Some(2), "{bad:?}");
        assert!(stderr(&o).contains("--match"), "{bad:?}: {}", stderr(&o));
    }
    let o = run(&["analyze", "--match"], b"text");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--match needs a pattern"));
}
