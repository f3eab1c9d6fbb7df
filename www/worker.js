// Runs the analyzer off the main thread.
//
// Protocol (main.js <-> worker):
//   -> {module}                            first: the compiled wasm (WebAssembly.Module) from the
//                                          page, or null: then this worker fetches it itself
//   -> {id, input, format, clean, tree?}   format: "auto" | "text" | "html"; tree: Uint8Array
//                                          from www/htmltree.js when the input is HTML
//   <- {ready: true, version}              once, after the wasm has loaded
//   <- {id, stage: "loading"}              the wasm is still loading
//   <- {id, stage: "analyzing", chars}     the analysis has started (one wasm call; main.js
//                                          estimates its progress from the speed seen so far)
//   <- {id, result, ms}                    the analysis (the contract in src/report.rs)
//   <- {id, error, fatal}                  fatal: the wasm trapped (a Rust panic) or failed
//                                          to load; main.js then replaces this worker.
import init, { analyze, version } from "../pkg/undertone.js";

let loaded = false;
/** Resolves with the module main.js compiled (a WebAssembly.Module), or null: fetch it here. */
let gotModule;
const moduleFromPage = new Promise((ok) => (gotModule = ok));
const wasmUrl = new URL("../pkg/undertone_bg.wasm", import.meta.url);
const ready = moduleFromPage.then((module) => init({ module_or_path: module ?? wasmUrl })).then(
  () => {
    // Warm-up: the one-time loads (lexicons, gazetteers, models) and the first compilation
    // of the pipeline happen now, while the page is still fetching or waiting for its text,
    // instead of in the reader's first analysis. A failure here shows in that analysis.
    try {
      analyze("Kerry met Lavrov in Paris.", { format: "text", clean: true });
    } catch {
      /* reported by the first real request */
    }
    loaded = true;
    self.postMessage({ ready: true, version: version() });
    return true;
  },
  (e) => {
    self.postMessage({ ready: false, error: `The analyzer could not be loaded: ${message(e)}`, fatal: true });
    return false;
  },
);

function message(e) {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}

self.onmessage = async (ev) => {
  if (ev.data && "module" in ev.data) {
    gotModule(ev.data.module instanceof WebAssembly.Module ? ev.data.module : null);
    return;
  }
  const { id, input, format = "auto", clean = true, tree } = ev.data || {};
  if (!loaded) self.postMessage({ id, stage: "loading" });
  if (!(await ready)) {
    self.postMessage({ id, error: "The analyzer could not be loaded.", fatal: true });
    return;
  }
  const t0 = performance.now();
  self.postMessage({ id, stage: "analyzing", chars: String(input ?? "").length });
  try {
    // tree: the HTML already parsed on the page (www/htmltree.js); without it, analyze parses.
    const result = analyze(String(input ?? ""), tree ? { format, clean, tree } : { format, clean });
    self.postMessage({ id, result, ms: performance.now() - t0 });
  } catch (e) {
    // A Rust panic surfaces as a WebAssembly.RuntimeError ("unreachable"); the instance
    // may be left inconsistent, so this worker must not be used again.
    const fatal = e instanceof WebAssembly.RuntimeError;
    self.postMessage({
      id,
      error: fatal ? `The analyzer crashed (${message(e)}). It has been restarted; please report this text.` : message(e),
      fatal,
    });
  }
};
