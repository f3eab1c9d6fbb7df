//! Browser tests of the wasm edge (`wasm-pack test --headless --chrome` / `--firefox`).
//! The golden cases must give, through `undertone::wasm::analyze` in a real browser, exactly
//! the JSON the native CLI gives (tests/golden.rs checks the native side against the same files).
#![cfg(target_arch = "wasm32")]

#[path = "golden/cases.rs"]
mod cases;

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn options(format: &str, clean: bool) -> JsValue {
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"format".into(), &format.into()).unwrap();
    js_sys::Reflect::set(&o, &"clean".into(), &clean.into()).unwrap();
    o.into()
}

fn to_json(v: &JsValue) -> serde_json::Value {
    let s: String = js_sys::JSON::stringify(v).unwrap().into();
    serde_json::from_str(&s).unwrap()
}

#[wasm_bindgen_test]
fn wasm_output_equals_native_golden_output() {
    for case in cases::CASES {
        let got = undertone::wasm::analyze(case.input, options(case.format, case.clean))
            .unwrap_or_else(|_| panic!("{}: analyze threw", case.name));
        let want: serde_json::Value = serde_json::from_str(case.expected).unwrap();
        let got = to_json(&got);
        assert!(
            cases::normalize(got.clone()) == cases::normalize(want),
            "{}: wasm output differs from the native golden file:\n{}",
            case.name,
            got
        );
    }
}

/// JavaScript's own String.slice over the returned offsets gives each mention's text.
#[wasm_bindgen_test]
fn offsets_slice_exactly_in_javascript() {
    let input = "José 🙂 met Angela Merkel in Zürich 🇩🇪 on Monday.";
    let got = undertone::wasm::analyze(input, options("text", false)).unwrap();
    let text = js_sys::Reflect::get(&got, &"text".into()).unwrap();
    let text: js_sys::JsString = text.into();
    let json = to_json(&got);
    let mut found = Vec::new();
    for e in json["entities"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            let s = m["start"].as_u64().unwrap() as u32;
            let e2 = m["end"].as_u64().unwrap() as u32;
            found.push(String::from(text.slice(s, e2)));
        }
    }
    assert!(found.iter().any(|m| m == "Angela Merkel"), "mentions sliced in JS: {found:?}");
    assert!(found.iter().any(|m| m == "Zürich"), "mentions sliced in JS: {found:?}");
}

#[wasm_bindgen_test]
fn empty_input_gives_an_empty_analysis() {
    let got = to_json(&undertone::wasm::analyze("   \n ", JsValue::UNDEFINED).unwrap());
    assert_eq!(got["text"], "");
    assert_eq!(got["entities"].as_array().unwrap().len(), 0);
    assert_eq!(got["meta"]["title"], serde_json::Value::Null);
}

#[wasm_bindgen_test]
fn bad_options_are_a_clear_error() {
    let err = undertone::wasm::analyze("text", options("pdf", true)).unwrap_err();
    let msg: String = js_sys::Error::from(JsValue::from(err)).message().into();
    assert!(msg.contains("format must be auto, text or html"), "{msg}");
}

#[wasm_bindgen_test]
fn targets_get_a_sentiment_in_order() {
    let o = options("text", false);
    let t = js_sys::JSON::parse(r#"[{"start":0,"end":5},{"start":1,"end":2},{"start":999,"end":1000}]"#).unwrap();
    js_sys::Reflect::set(&o, &"targets".into(), &t).unwrap();
    let got = to_json(&undertone::wasm::analyze("Kerry praised the excellent talks.", o).unwrap());
    let ts = got["targets"].as_array().unwrap();
    assert_eq!(ts.len(), 3);
    assert_eq!(ts[0]["start"], 0);
    assert!(ts[0]["sentiment"].is_number());
    assert!(ts[2]["sentiment"].is_null(), "an out-of-range target has no sentiment");
}
