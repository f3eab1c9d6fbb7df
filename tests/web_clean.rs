//! Browser tests of the HTML path (`wasm-pack test --headless --chrome` / `--firefox`).
//! In a page the wasm parses HTML with the browser's own `DOMParser`: directly inside
//! `analyze` (the fallback when no tree is given), or on the main thread through `html_tree`
//! and then `analyze(…, {tree})`, as the page does for its worker. Both must give exactly the
//! `{text, meta, removed}` that html5ever gives natively (tests/clean.rs checks that side).
#![cfg(target_arch = "wasm32")]

#[path = "html/cases.rs"]
mod html_cases;

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn to_json(v: &JsValue) -> serde_json::Value {
    let s: String = js_sys::JSON::stringify(v).unwrap().into();
    serde_json::from_str(&s).unwrap()
}

fn cleaned_part(v: &serde_json::Value) -> serde_json::Value {
    serde_json::json!({ "text": v["text"], "meta": v["meta"], "removed": v["removed"] })
}

fn options(tree: Option<Vec<u8>>) -> js_sys::Object {
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"format".into(), &"html".into()).unwrap();
    if let Some(t) = tree {
        js_sys::Reflect::set(&o, &"tree".into(), &js_sys::Uint8Array::from(&t[..]).into()).unwrap();
    }
    o
}

#[wasm_bindgen_test]
fn domparser_path_equals_native_html5ever() {
    for page in html_cases::PAGES {
        let want: serde_json::Value = serde_json::from_str(page.expected).unwrap();
        let direct = to_json(&undertone::wasm::analyze(page.html, options(None).into()).unwrap());
        assert_eq!(cleaned_part(&direct), want, "{}: DOMParser inside analyze differs from native", page.name);
        let tree = undertone::wasm::html_tree(page.html).unwrap_or_else(|_| panic!("{}: html_tree threw", page.name));
        let via_tree = to_json(&undertone::wasm::analyze(page.html, options(Some(tree)).into()).unwrap());
        assert_eq!(direct, via_tree, "{}: the tree option gives another analysis", page.name);
    }
}

#[wasm_bindgen_test]
fn bad_tree_bytes_are_a_clear_error() {
    let err = undertone::wasm::analyze("<p>x</p>", options(Some(vec![9, 9, 9])).into()).unwrap_err();
    let msg: String = js_sys::Error::from(JsValue::from(err)).message().into();
    assert!(msg.contains("tree"), "{msg}");
}

/// Deep nesting: the DOM walk is iterative (browsers cap the depth themselves).
#[wasm_bindgen_test]
fn deep_dom_walk_does_not_overflow() {
    let n = 20_000;
    let html = format!("{}<p>Deep inside the page there is one paragraph of text that ends here.</p>{}", "<div>".repeat(n), "</div>".repeat(n));
    let tree = undertone::wasm::html_tree(&html).unwrap();
    assert!(undertone::clean::tree::Tree::decode(&tree).is_some());
}
