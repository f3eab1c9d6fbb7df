//! The wasm edge: the only module that talks to JavaScript.
//!
//! ```js
//! import init, { analyze } from "./pkg/undertone.js";
//! await init({ module_or_path: "./pkg/undertone_bg.wasm" });
//! const a = analyze(pastedText, { format: "auto", clean: true });
//! a.text.slice(a.entities[0].mentions[0].start, a.entities[0].mentions[0].end); // exact
//! ```
//!
//! `analyze` returns the same object the CLI prints as JSON (`report::Report`), with every
//! offset in UTF-16 code units. Its only error is the documented size limit
//! (`MAX_INPUT_BYTES`); options it cannot read are reported too.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::report::{target_sentiments16, Report};
use crate::{Format, Options, MAX_INPUT_BYTES};

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct JsOptions {
    format: Option<String>,
    clean: Option<bool>,
    targets: Option<Vec<JsTarget>>,
}

#[derive(Deserialize)]
struct JsTarget {
    start: u32,
    end: u32,
}

#[derive(Serialize)]
struct TargetOut {
    start: u32,
    end: u32,
    sentiment: Option<f64>,
}

#[derive(Serialize)]
struct Output {
    #[serde(flatten)]
    report: Report,
    #[serde(skip_serializing_if = "Option::is_none")]
    targets: Option<Vec<TargetOut>>,
}

/// Analyzes one article. `options` may be `undefined` or `{format: "auto"|"text"|"html",
/// clean: bool, targets: [{start, end}]}` (targets are UTF-16 offsets into the analysed
/// text, i.e. into the input when `clean` is false).
#[wasm_bindgen]
pub fn analyze(input: &str, options: JsValue) -> Result<JsValue, JsError> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(JsError::new(&format!(
            "the text is {:.1} MiB; the limit is {} MiB",
            input.len() as f64 / 1048576.0,
            MAX_INPUT_BYTES >> 20
        )));
    }
    let opts: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("bad options: {e}")))?
    };
    let format = match opts.format.as_deref() {
        None | Some("auto") => Format::Auto,
        Some("text") => Format::Text,
        Some("html") => Format::Html,
        Some(other) => return Err(JsError::new(&format!("bad options: format must be auto, text or html, not {other:?}"))),
    };
    let analysis = crate::analyze(input, &Options { format, clean: opts.clean.unwrap_or(true) });
    let targets = opts.targets.map(|ts| {
        let ranges: Vec<(u32, u32)> = ts.iter().map(|t| (t.start, t.end)).collect();
        let scores = target_sentiments16(&analysis, &ranges);
        ts.iter().zip(scores).map(|(t, sentiment)| TargetOut { start: t.start, end: t.end, sentiment }).collect()
    });
    let out = Output { report: Report::new(&analysis), targets };
    out.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the analysis: {e}")))
}

/// The crate version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
