// The main-thread half of the HTML path. The worker has no DOMParser, so the page parses
// pasted HTML here, with the browser's own parser, through the wasm's `html_tree` (it walks
// the DOM into the compact tree of src/clean/tree.rs). The worker's `analyze` then takes the
// tree as its `tree` option and cleans exactly what html5ever would give natively.
// DOMParser documents are inert: no script in the HTML runs, nothing is fetched.
import init, { html_tree } from "../pkg/undertone.js";

let ready = null;

/** The tree of `html` as bytes (transfer `tree.buffer` to the worker), or null when it could
 *  not be built; the worker then parses the HTML with the wasm's own scanner. */
export async function htmlTree(html) {
  try {
    ready ??= init({ module_or_path: new URL("../pkg/undertone_bg.wasm", import.meta.url) });
    await ready;
    return html_tree(html);
  } catch (e) {
    ready = null;
    console.warn("undertone: parsing the HTML on the page failed; the worker will parse it", e);
    return null;
  }
}
