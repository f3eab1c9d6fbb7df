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

use serde::ser::SerializeStruct;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::clean::tree::{filter_attrs, keeps_children, Tree, KEPT_ATTRS};
use crate::report::{target_sentiments16, Report};
use crate::{Format, Options, MAX_INPUT_BYTES};

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

#[derive(Default)]
struct JsOptions {
    format: Option<String>,
    clean: Option<bool>,
    targets: Option<Vec<JsTarget>>,
}

struct JsTarget {
    start: u32,
    end: u32,
}

/// Reads `{format, clean, targets}` by hand: serde's deserializer cost ~19 KB of wasm, most of
/// it float formatting for its error messages. `undefined` and `null` fields are absent.
#[cfg_attr(size_attrs, optimize(size))]
fn read_options(options: &JsValue) -> Result<JsOptions, JsError> {
    let mut o = JsOptions::default();
    if options.is_undefined() || options.is_null() {
        return Ok(o);
    }
    if !options.is_object() {
        return Err(JsError::new("bad options: expected an object"));
    }
    let get = |v: &JsValue, k: &str| js_sys::Reflect::get(v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
    let given = |v: &JsValue| !v.is_undefined() && !v.is_null();
    let format = get(options, "format");
    if given(&format) {
        o.format = Some(format.as_string().ok_or_else(|| JsError::new("bad options: format must be auto, text or html"))?);
    }
    let clean = get(options, "clean");
    if given(&clean) {
        o.clean = Some(clean.as_bool().ok_or_else(|| JsError::new("bad options: clean must be true or false"))?);
    }
    let targets = get(options, "targets");
    if given(&targets) {
        let bad = || JsError::new("bad options: targets must be an array of {start, end} with whole numbers >= 0");
        if !js_sys::Array::is_array(&targets) {
            return Err(bad());
        }
        let whole = |v: JsValue| v.as_f64().filter(|x| *x >= 0.0 && *x <= u32::MAX as f64 && x.fract() == 0.0).map(|x| x as u32);
        let mut ts = Vec::new();
        for t in js_sys::Array::from(&targets).iter() {
            if !t.is_object() {
                return Err(bad());
            }
            match (whole(get(&t, "start")), whole(get(&t, "end"))) {
                (Some(start), Some(end)) => ts.push(JsTarget { start, end }),
                _ => return Err(bad()),
            }
        }
        o.targets = Some(ts);
    }
    Ok(o)
}

#[derive(Serialize)]
struct TargetOut {
    start: u32,
    end: u32,
    sentiment: Option<f64>,
}

/// The report's fields, then `targets` when asked.
struct Output<'a> {
    report: Report<'a>,
    targets: Option<Vec<TargetOut>>,
}

impl Serialize for Output<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = s.serialize_struct("Output", 10)?;
        self.report.serialize_fields(&mut o)?;
        if let Some(t) = &self.targets {
            o.serialize_field("targets", t)?;
        }
        o.end()
    }
}

/// Analyzes one article. `options` may be `undefined` or `{format: "auto"|"text"|"html",
/// clean: bool, targets: [{start, end}]}` (targets are UTF-16 offsets into the analysed
/// text, i.e. into the input when `clean` is false).
#[wasm_bindgen]
#[cfg_attr(size_attrs, optimize(size))]
pub fn analyze(input: &str, options: JsValue) -> Result<JsValue, JsError> {
    if input.len() > MAX_INPUT_BYTES {
        // Tenths of a MiB in integers: float formatting would add ~10 KB of code to the wasm.
        let tenths = (input.len() as u64 * 10 + (1 << 19)) >> 20;
        return Err(JsError::new(&format!(
            "the text is {}.{} MiB; the limit is {} MiB",
            tenths / 10,
            tenths % 10,
            MAX_INPUT_BYTES >> 20
        )));
    }
    // `tree`: the page already parsed on the main thread (`html_tree`), as bytes.
    let tree_bytes = if options.is_object() {
        let t = js_sys::Reflect::get(&options, &"tree".into()).unwrap_or(JsValue::UNDEFINED);
        t.dyn_ref::<js_sys::Uint8Array>().map(|a| a.to_vec())
    } else {
        None
    };
    let opts = read_options(&options)?;
    let format = match opts.format.as_deref() {
        None | Some("auto") => Format::Auto,
        Some("text") => Format::Text,
        Some("html") => Format::Html,
        Some(other) => return Err(JsError::new(&format!("bad options: format must be auto, text or html, not \"{other}\""))),
    };
    let clean = opts.clean.unwrap_or(true);
    reserve_heap(input.len());
    let analysis = match page_tree(input, format, clean, tree_bytes)? {
        Some(tree) => crate::analyze_tree(&tree, input),
        None => crate::analyze(input, &Options { format, clean }),
    };
    // (Loops rather than iterator chains: a closure given to `map` is compiled apart, at the
    // crate's opt-level, outside this function's `optimize(size)`.)
    let mut targets = None;
    if let Some(ts) = opts.targets {
        let mut ranges: Vec<(u32, u32)> = Vec::with_capacity(ts.len());
        for t in &ts {
            ranges.push((t.start, t.end));
        }
        let scores = target_sentiments16(&analysis, &ranges);
        let mut out = Vec::with_capacity(ts.len());
        for (t, sentiment) in ts.iter().zip(scores) {
            out.push(TargetOut { start: t.start, end: t.end, sentiment });
        }
        targets = Some(out);
    }
    let out = Output { report: Report::new(&analysis), targets };
    out.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the analysis: {e}")))
}

/// Grows the heap once, up front, for a large input: one allocation of about the analysis's
/// peak (~20 bytes of wasm memory per input byte), freed at once. The allocator keeps the
/// freed block (wasm memory never shrinks) and serves the analysis from it, instead of growing
/// the memory in many steps while it runs (growing an already large memory is what costs).
/// Measured in Node (CPU time, 10 MB text): the first analysis took 10.1–10.2 s without this
/// and 9.0–9.5 s with it, the same as a second analysis; memory after 247 MB instead of 206 MB.
/// A block of 14 bytes per input byte was not enough (9.9–10.2 s: the heap still grew at the
/// end). Small inputs skip it.
fn reserve_heap(input_len: usize) {
    if input_len >= 1 << 20 {
        let mut block: Vec<u8> = Vec::new();
        // A failure only means no head start (the analysis then grows the heap as it goes).
        let _ = block.try_reserve_exact(input_len.saturating_mul(20));
        // Kept observable so the allocation and its free are not optimised away.
        std::hint::black_box(&block);
    }
}

/// The parsed page to clean, when the input is HTML and cleaning is on: the `tree` option
/// (from `html_tree` on the main thread) when given; else the browser's `DOMParser` when
/// this global has one (a page, not a worker); else `None`, and the core's own linear
/// scanner parses the HTML (`clean::html::scan_tree`).
#[cfg_attr(size_attrs, optimize(size))]
fn page_tree(input: &str, format: Format, clean: bool, bytes: Option<Vec<u8>>) -> Result<Option<Tree>, JsError> {
    if !clean {
        return Ok(None);
    }
    if let Some(b) = bytes {
        return Tree::decode(&b).map(Some).ok_or_else(|| JsError::new("bad options: tree is not one that html_tree made"));
    }
    let is_html = match format {
        Format::Html => true,
        Format::Text => false,
        Format::Auto => crate::clean::looks_like_html(input),
    };
    Ok(if is_html { dom_tree(input) } else { None })
}

/// Parses `html` with the browser's `DOMParser` (on the page's main thread: workers have
/// none) and returns the page as the compact bytes the `tree` option of `analyze` takes.
/// Nothing in the HTML runs or loads: `DOMParser` documents are inert.
#[wasm_bindgen]
#[cfg_attr(size_attrs, optimize(size))]
pub fn html_tree(html: &str) -> Result<Vec<u8>, JsError> {
    if html.len() > MAX_INPUT_BYTES {
        return Err(JsError::new(&format!("the text is over the limit of {} MiB", MAX_INPUT_BYTES >> 20)));
    }
    dom_tree(html).map(|t| t.encode()).ok_or_else(|| JsError::new("DOMParser is not available here (a worker?)"))
}

/// The DOM walked into the neutral tree, iteratively (no recursion on nesting depth), with
/// the same pruning as the native parser (`clean::html5::prune`).
#[cfg_attr(size_attrs, optimize(size))]
fn dom_tree(html: &str) -> Option<Tree> {
    // Where there is no `DOMParser` (a worker), `new DOMParser()` throws and `new()` is an
    // `Err`: no look-up of the global object first (its code, ~0.25 KB gzip).
    let doc = web_sys::DomParser::new().ok()?.parse_from_string(html, web_sys::SupportedType::TextHtml).ok()?;
    let mut t = Tree::new();
    // (DOM node whose children we are in, its tree id)
    let mut stack: Vec<(web_sys::Node, u32)> = Vec::new();
    let mut parent = 0u32;
    let mut node = doc.first_child();
    loop {
        let Some(n) = node else {
            let Some((up, _)) = stack.pop() else { break };
            parent = stack.last().map_or(0, |s| s.1);
            node = up.next_sibling();
            continue;
        };
        match n.node_type() {
            web_sys::Node::ELEMENT_NODE => {
                let el: &web_sys::Element = n.unchecked_ref();
                let mut attrs = Vec::new();
                if el.has_attributes() {
                    for k in KEPT_ATTRS.iter() {
                        if let Some(v) = el.get_attribute(k) {
                            attrs.push((k.to_string(), v));
                        }
                    }
                }
                let attrs = filter_attrs(attrs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
                let name = el.local_name();
                let keep = keeps_children(&name.to_ascii_lowercase(), &attrs);
                let id = t.element(parent, &name, attrs);
                if keep {
                    if let Some(first) = n.first_child() {
                        stack.push((n, id));
                        parent = id;
                        node = Some(first);
                        continue;
                    }
                }
            }
            web_sys::Node::TEXT_NODE | web_sys::Node::CDATA_SECTION_NODE => {
                if let Some(v) = n.node_value() {
                    t.text(parent, &v);
                }
            }
            _ => {}
        }
        node = n.next_sibling();
    }
    Some(t)
}

/// The crate version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
