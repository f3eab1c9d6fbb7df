// The main-thread half of the HTML path. The worker has no DOMParser, so the page parses
// pasted HTML here, with the browser's own parser, through the wasm's `html_tree` (it walks
// the DOM into the compact tree of src/clean/tree.rs). The worker's `analyze` then takes the
// tree as its `tree` option and cleans exactly what html5ever would give natively.
// DOMParser documents are inert: no script in the HTML runs, nothing is fetched.
//
// Chromium's DOMParser is quadratic in nesting depth past its cap of 511 levels (100,000
// nested <div>s freeze the page for over a minute). So the HTML's depth is first estimated
// in one linear pass (`tooDeep`); past MAX_DEPTH the page does not parse it and the worker's
// wasm parses it with the core's own linear scanner (it has no DOMParser).
import init, { html_tree } from "../pkg/undertone.js";

let ready = null;
let compiled = null;

/**
 * The analyzer's wasm, fetched and compiled once on the page for the worker (main.js sends it
 * the module) and for `htmlTree` here. The download starts as soon as the page runs, not after
 * the worker's own scripts (worker.js, then undertone.js: three requests in a row), and compiles
 * as it streams in. Resolves to a WebAssembly.Module, or null when it could not be had (the
 * worker then fetches it itself and reports any failure); a failure is tried again next time.
 */
export function compiledModule() {
  compiled ??= (async () => WebAssembly.compileStreaming(fetch(new URL("../pkg/undertone_bg.wasm", import.meta.url))))().catch(() => {
    compiled = null;
    return null;
  });
  return compiled;
}

/** Nesting past which DOMParser is skipped: real pages stay far below it (a few dozen levels;
 *  the scan below overestimates a little, as it does not model every implied end tag). */
export const MAX_DEPTH = 2000;

// Elements that never take children, or whose start tag closes a previous one of their kind
// (so they never pile up): not counted as opening a level.
const FLAT = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
  "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image",
  "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp",
]);
// Elements whose content is text up to their own end tag: skipped whole.
const RAW = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]);

// End tags that stop at these: an outer element's end tag behind an open table closes nothing.
const BARRIERS = new Set(["applet", "caption", "html", "marquee", "object", "table", "template"]);
// A misnested end tag of these runs the adoption agency, which may keep what is above it open.
const FORMATTING = new Set(["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"]);

/** Whether `html` nests deeper than `limit` elements, by a linear scan of its tags (as
 *  src/clean/html5.rs `nesting_estimate` does): each start tag opens a level, except void
 *  elements and elements that close their own kind (<p>, <li>, <td>, …); an end tag closes its
 *  element and those opened after it, but closes nothing when no such element is open, when it
 *  is open only behind a table, or when it is a formatting element's not on top, so stray or
 *  misnested end tags (`<div></span>`) cannot hide a deep nesting. Comments, doctypes and the
 *  text of script, style and the like are skipped. Stops as soon as the limit is passed. */
export function tooDeep(html, limit = MAX_DEPTH) {
  const n = html.length;
  // Open elements, each name's stack positions, and the positions of open barriers.
  const stack = [];
  const at = new Map();
  const barriers = [];
  let i = html.indexOf("<");
  while (i !== -1 && i < n - 1) {
    const c = html.charCodeAt(i + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      // <!-- comment -->, <!DOCTYPE …>, <![CDATA[…]]>, <?…>
      const end = html.startsWith("<!--", i) ? html.indexOf("-->", i + 4) : html.indexOf(">", i + 2);
      if (end === -1) break;
      i = html.indexOf("<", end + 1);
      continue;
    }
    const closing = c === 47; /* / */
    const start = closing ? i + 2 : i + 1;
    let j = start;
    while (j < n) {
      const d = html.charCodeAt(j) | 32; // ASCII lower case
      if ((d >= 97 && d <= 122) || (j > start && ((d >= 48 && d <= 57) || d === 45 /* - */))) j++;
      else break;
    }
    if (j === start) {
      // "<" not followed by a tag name: text.
      i = html.indexOf("<", i + 1);
      continue;
    }
    const name = html.slice(start, j).toLowerCase();
    const gt = html.indexOf(">", j);
    if (gt === -1) break;
    if (closing) {
      const open = FLAT.has(name) ? undefined : at.get(name);
      const top = open && open.length ? open[open.length - 1] : -1;
      const blocked = top < 0 || (barriers.length && barriers[barriers.length - 1] > top) || (FORMATTING.has(name) && top !== stack.length - 1);
      while (!blocked && stack.length > top) {
        const popped = stack.pop();
        at.get(popped).pop();
        if (BARRIERS.has(popped)) barriers.pop();
      }
      i = html.indexOf("<", gt + 1);
      continue;
    }
    if (RAW.has(name)) {
      // Skip to the matching end tag, case-insensitively, without lower-casing the whole input.
      const re = new RegExp(`</${name}[\\s/>]`, "ig");
      re.lastIndex = gt + 1;
      const m = re.exec(html);
      if (!m) break;
      i = html.indexOf("<", m.index + 2);
      continue;
    }
    if (!FLAT.has(name)) {
      if (BARRIERS.has(name)) barriers.push(stack.length);
      if (!at.has(name)) at.set(name, []);
      at.get(name).push(stack.length);
      stack.push(name);
      if (stack.length > limit) return true;
    }
    i = html.indexOf("<", gt + 1);
  }
  return false;
}

/** The tree of `html` as bytes (transfer `tree.buffer` to the worker), or null when it could
 *  not be built or the HTML nests too deep for DOMParser (see `tooDeep`); the worker then
 *  parses the HTML with the wasm's own scanner. */
export async function htmlTree(html) {
  if (tooDeep(html)) {
    console.info(`undertone: the HTML nests more than ${MAX_DEPTH} levels deep; the worker parses it`);
    return null;
  }
  try {
    ready ??= compiledModule().then((module) => init({ module_or_path: module ?? new URL("../pkg/undertone_bg.wasm", import.meta.url) }));
    await ready;
    return html_tree(html);
  } catch (e) {
    ready = null;
    console.warn("undertone: parsing the HTML on the page failed; the worker will parse it", e);
    return null;
  }
}
