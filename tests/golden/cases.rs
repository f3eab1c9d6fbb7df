// Golden cases shared by tests/golden.rs (native, through the CLI) and tests/web.rs (wasm, in
// browsers): the same inputs must give the same JSON on both. Regenerate the expected files with
// `UPDATE_GOLDEN=1 cargo test --test golden` after an intended change, and review the diff.

pub struct Case {
    pub name: &'static str,
    pub input: &'static str,
    /// "auto", "text" or "html"
    pub format: &'static str,
    pub clean: bool,
    pub expected: &'static str,
}

pub const CASES: &[Case] = &[
    Case {
        name: "emoji_accents",
        input: include_str!("emoji_accents.txt"),
        format: "auto",
        clean: true,
        expected: include_str!("emoji_accents.json"),
    },
    Case {
        name: "wire_story",
        input: include_str!("wire_story.txt"),
        format: "text",
        clean: true,
        expected: include_str!("wire_story.json"),
    },
    Case {
        name: "page",
        input: include_str!("page.html"),
        format: "auto",
        clean: true,
        expected: include_str!("page.json"),
    },
    Case {
        name: "no_clean",
        input: include_str!("no_clean.txt"),
        format: "text",
        clean: false,
        expected: include_str!("no_clean.json"),
    },
];

/// Numbers compare as f64 (JavaScript prints 1.0 as 1, serde_json as 1.0).
#[allow(dead_code)]
pub fn normalize(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Number(n) => serde_json::json!(n.as_f64().unwrap()),
        Value::Array(a) => Value::Array(a.into_iter().map(normalize).collect()),
        Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, normalize(v))).collect()),
        other => other,
    }
}
