//! Golden tests: each input in tests/golden/ analyzed by the native CLI must give exactly the
//! expected JSON that tests/web.rs also checks in the browsers, so wasm and native agree.
//! `UPDATE_GOLDEN=1 cargo test --test golden` rewrites the expected files.

#[path = "golden/cases.rs"]
mod cases;

use std::io::Write;
use std::process::{Command, Stdio};

fn run_cli(case: &cases::Case) -> String {
    let mut args = vec!["analyze", "-", "--format", case.format];
    if !case.clean {
        args.push("--no-clean");
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_undertone"))
        .args(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run undertone");
    child.stdin.take().unwrap().write_all(case.input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}: CLI failed", case.name);
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn native_cli_matches_golden_files() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    for case in cases::CASES {
        let got: serde_json::Value = serde_json::from_str(&run_cli(case)).unwrap();
        if update {
            let path = format!("{}/tests/golden/{}.json", env!("CARGO_MANIFEST_DIR"), case.name);
            std::fs::write(&path, serde_json::to_string_pretty(&got).unwrap() + "\n").unwrap();
            continue;
        }
        let want: serde_json::Value = serde_json::from_str(case.expected)
            .unwrap_or_else(|e| panic!("{}: expected file unreadable ({e}); run UPDATE_GOLDEN=1", case.name));
        assert!(
            cases::normalize(got.clone()) == cases::normalize(want),
            "{}: output differs from tests/golden/{}.json; if intended, run UPDATE_GOLDEN=1 cargo test --test golden and review the diff\n{}",
            case.name,
            case.name,
            serde_json::to_string_pretty(&got).unwrap()
        );
    }
}

/// Every offset is a UTF-16 offset into `text`: slicing the UTF-16 text gives whole characters,
/// and each mention's slice is the text the CLI reports for it.
#[test]
fn offsets_are_utf16_and_slice_whole_characters() {
    for case in cases::CASES {
        let got: serde_json::Value = serde_json::from_str(&run_cli(case)).unwrap();
        let text: Vec<u16> = got["text"].as_str().unwrap().encode_utf16().collect();
        let slice = |r: &serde_json::Value| -> String {
            let (s, e) = (r["start"].as_u64().unwrap() as usize, r["end"].as_u64().unwrap() as usize);
            assert!(s <= e && e <= text.len(), "{}: bad range {r}", case.name);
            String::from_utf16(&text[s..e]).unwrap_or_else(|_| panic!("{}: range {r} splits a surrogate pair", case.name))
        };
        for s in got["sentences"].as_array().unwrap() {
            slice(s);
            for ev in s["evidence"].as_array().unwrap() {
                assert_eq!(slice(ev), ev["text"].as_str().unwrap(), "{}", case.name);
            }
        }
        for e in got["entities"].as_array().unwrap() {
            for m in e["mentions"].as_array().unwrap() {
                let t = slice(m);
                assert!(!t.trim().is_empty(), "{}: empty mention of {}", case.name, e["name"]);
            }
        }
    }
}
