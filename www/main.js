// The page: paste / type / drop -> worker (wasm analyze) -> render.
//
// The user's text is never touched by the analysis: results and errors go to their own
// regions, and the text (plus the HTML it came from, if any) is kept in localStorage.
// document.body.dataset.state is "busy" | "ready" | "empty" | "error" | "cancelled"
// (the end-to-end test waits on it).
import { renderReport, el } from "./render.js";
import { compiledModule, htmlTree, tooDeep } from "./htmltree.js";
import { FORMATS, baseName, copyText, download } from "./export.js";

const $ = (id) => document.getElementById(id);
const ui = {
  input: $("input"),
  clean: $("clean"),
  sample: $("sample"),
  clear: $("clear"),
  status: $("status"),
  cancel: $("cancel"),
  progress: $("progress"),
  exportFormat: $("export-format"),
  exportDownload: $("export-download"),
  exportCopy: $("export-copy"),
  exportNote: $("export-note"),
  alert: $("alert"),
  empty: $("empty"),
  report: $("report"),
  sourceNote: $("source-note"),
  version: $("version"),
  dropOverlay: $("drop-overlay"),
};
const els = {
  warnings: $("warnings"),
  explain: $("explain"),
  meta: $("meta"),
  legend: $("legend"),
  inspector: $("inspector"),
  article: $("article"),
  removed: $("removed"),
  tone: $("tone"),
  entities: $("entities"),
  stance: $("stance"),
};

const KEY_TEXT = "undertone:text";
const KEY_HTML = "undertone:html";
const KEY_CLEAN = "undertone:clean";
const DEBOUNCE_MS = 250;
const SLOW_MS = 800; // after this, offer Cancel; a newer edit restarts the worker instead of queueing
const PROGRESS_MS = 300; // after this, show the progress bar
const MAX_FILE_BYTES = 32 << 20;
// Larger replacements skip execCommand("insertText") (which keeps Ctrl+Z working) because it
// gets slow: ~1 s for 70,000 characters in Chromium.
const UNDOABLE_CHARS = 20_000;

/** The HTML behind the textarea's text (clipboard HTML or a dropped .html file), else null. */
let html = null;
/** The format of the current input when it is not HTML: "text" for typing and pasting, "auto" for files. */
let textFormat = "text";
let programmatic = false; // true while this script edits the textarea itself
/** The analysis on screen (for export), or null. */
let shown = null;
/** Analysis speed seen so far, in input characters per millisecond (for the progress estimate). */
let charsPerMs = 300;

// ---------------------------------------------------------------------------------------
// Worker

let worker = null;
let seq = 0;
let pending = null; // {id, t0, slowTimer}

function getWorker() {
  if (!worker) {
    const w = (worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" }));
    w.onmessage = onWorkerMessage;
    w.onerror = (ev) => {
      ev.preventDefault();
      dropWorker();
      if (pending) fail("The analyzer could not be started. Reload the page to try again.");
    };
    // The wasm, fetched and compiled on this thread while the worker's own scripts load.
    compiledModule().then((module) => w.postMessage({ module }));
  }
  return worker;
}

function dropWorker() {
  if (worker) worker.terminate();
  worker = null;
}

function onWorkerMessage(ev) {
  const msg = ev.data || {};
  if ("ready" in msg) {
    if (msg.ready) ui.version.textContent = msg.version;
    else {
      dropWorker();
      if (pending) fail(msg.error);
    }
    return;
  }
  if (!pending || msg.id !== pending.id) return; // a stale answer
  if (msg.stage !== undefined) {
    onStage(msg);
    return;
  }
  const { t0, chars, id } = pending;
  settle();
  if (msg.error !== undefined) {
    if (msg.fatal) dropWorker(); // a panic: the next request gets a fresh worker
    fail(msg.error);
    return;
  }
  const ms = msg.ms ?? performance.now() - t0;
  if (chars > 20_000 && ms > 0) charsPerMs = 0.5 * charsPerMs + 0.5 * (chars / ms);
  if (typeof msg.result?.text === "string" && msg.result.text.length > 50_000) {
    // Let the page say what it is doing before the long, synchronous drawing starts.
    setState("busy");
    ui.status.textContent = "Drawing the annotated text…";
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!pending && seq === id) show(msg.result, ms);
      }, 0),
    );
    return;
  }
  show(msg.result, ms);
}

/** Stage messages from the worker: {id, stage: "loading" | "analyzing", chars}. The analysis is
 *  one call into the wasm, so its percentage is an estimate from the speed seen so far. */
function onStage(msg) {
  const p = pending;
  if (msg.stage === "loading") {
    ui.status.textContent = "Loading the analyzer…";
    return;
  }
  if (msg.stage !== "analyzing") return;
  p.analyzeT0 = performance.now();
  const chars = msg.chars ?? p.chars;
  const words = chars.toLocaleString();
  const tick = () => {
    if (pending !== p) return;
    const expected = Math.max(1, chars / charsPerMs);
    const pct = Math.min(95, Math.round((100 * (performance.now() - p.analyzeT0)) / expected));
    if (performance.now() - p.t0 > PROGRESS_MS) {
      ui.progress.hidden = false;
      ui.progress.value = pct;
      ui.report.classList.add("stale"); // what is on screen is the previous text's analysis
      ui.status.textContent = `Analyzing ${words} characters… about ${pct}%`;
    }
    p.tickTimer = setTimeout(tick, 150);
  };
  tick();
}

function settle() {
  if (pending) {
    clearTimeout(pending.slowTimer);
    clearTimeout(pending.tickTimer);
  }
  pending = null;
  ui.cancel.hidden = true;
  ui.progress.hidden = true;
  ui.progress.removeAttribute("value");
}

// ---------------------------------------------------------------------------------------
// Analysis requests

let debounceTimer = 0;

function schedule(delay = DEBOUNCE_MS) {
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(run, delay);
}

function run() {
  clearTimeout(debounceTimer);
  const text = ui.input.value;
  const input = html ?? text;
  const format = html !== null ? "html" : textFormat;
  if (!text.trim() && (html === null || !html.trim())) {
    if (pending) {
      settle();
      dropWorker();
    }
    showEmpty();
    return;
  }
  if (pending && performance.now() - pending.t0 > SLOW_MS) dropWorker(); // don't queue behind a long run
  settle();
  const id = ++seq;
  pending = { id, t0: performance.now(), chars: input.length, slowTimer: setTimeout(() => (ui.cancel.hidden = false), SLOW_MS) };
  setState("busy");
  ui.status.textContent = "Analyzing…";
  const msg = { id, input, format, clean: ui.clean.checked };
  if (format !== "html" || !msg.clean) {
    getWorker().postMessage(msg);
    return;
  }
  // HTML: parse it here with the browser's parser (the worker has none), then hand over the tree.
  htmlTree(input).then((tree) => {
    if (pending?.id !== id) return; // cancelled or replaced meanwhile
    if (tree) msg.tree = tree;
    getWorker().postMessage(msg, tree ? [tree.buffer] : []);
  });
}

function cancel() {
  if (!pending) return;
  settle();
  dropWorker();
  setState("cancelled");
  ui.status.textContent = "Cancelled. Edit the text to analyze it again.";
}

// ---------------------------------------------------------------------------------------
// Showing results

function setState(s) {
  document.body.dataset.state = s;
}

function show(result, ms) {
  hideAlert();
  ui.report.classList.remove("stale");
  ui.empty.hidden = true;
  if (!result || typeof result.text !== "string") {
    fail("The analyzer returned something unexpected.");
    return;
  }
  const words = (result.text.match(/\S+/g) || []).length;
  if (words === 0) {
    ui.report.hidden = true;
    ui.empty.hidden = false;
    ui.empty.replaceChildren(
      el("p", {
        text: ui.clean.checked
          ? "Nothing is left after cleaning: everything looked like page clutter. Untick “Remove page clutter” to analyze all of it."
          : "There is no text to analyze in this input.",
      }),
    );
    ui.status.textContent = `Analyzed in ${fmtMs(ms)}`;
    setState("ready");
    return;
  }
  try {
    renderReport(els, result);
    shown = result;
  } catch (e) {
    fail(`The result could not be displayed: ${e && e.message ? e.message : e}`);
    return;
  }
  ui.report.hidden = false;
  const n = result.entities?.length ?? 0;
  ui.status.textContent = `Analyzed ${words.toLocaleString()} words in ${fmtMs(ms)} · ${n} name${n === 1 ? "" : "s"} found`;
  setState("ready");
}

function fmtMs(ms) {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms).toLocaleString()} ms`;
}

function showEmpty() {
  shown = null;
  hideAlert();
  ui.report.classList.remove("stale");
  ui.report.hidden = true;
  ui.empty.hidden = false;
  ui.empty.replaceChildren(
    el("p", { text: "Nothing to analyze yet. Paste a news article above, type one, or drop a .txt or .html file onto the page." }),
    el("p", {}, "Want to see what it does first? ", el("button", { type: "button", class: "link", id: "empty-sample", text: "Load the sample article" }), "."),
  );
  $("empty-sample").addEventListener("click", () => loadSample(true));
  ui.status.textContent = "";
  setState("empty");
}

function fail(message) {
  settle();
  ui.report.classList.add("stale");
  ui.alert.hidden = false;
  ui.alert.replaceChildren(el("strong", { text: "Analysis failed: " }), message || "unknown error");
  ui.status.textContent = "Analysis failed. Your text is unchanged.";
  setState("error");
}

function hideAlert() {
  ui.alert.hidden = true;
  ui.alert.replaceChildren();
}

// ---------------------------------------------------------------------------------------
// Storage (the browser only; failures are not fatal)

function load(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

let saveTimer = 0;
function save() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    try {
      localStorage.setItem(KEY_TEXT, ui.input.value);
      if (html !== null) localStorage.setItem(KEY_HTML, html);
      else localStorage.removeItem(KEY_HTML);
    } catch {
      // Too large for localStorage, or storage is disabled: the text stays in the page.
      ui.sourceNote.textContent = "This text is too large to keep after a reload.";
    }
  }, 300);
}

function forget() {
  clearTimeout(saveTimer);
  try {
    localStorage.removeItem(KEY_TEXT);
    localStorage.removeItem(KEY_HTML);
  } catch {
    /* ignore */
  }
}

// ---------------------------------------------------------------------------------------
// Editing the textarea

/** Replaces the selection (or everything) with `text`, keeping the browser's undo history
 *  where it can. Does not trigger analysis by itself. */
function replaceText(text, whole) {
  const ta = ui.input;
  programmatic = true;
  try {
    if (whole) ta.select();
    let done = false;
    // Editing inside a huge textarea is slow too (seconds to replace 2 MB), so both sizes count.
    if (text.length < UNDOABLE_CHARS && ta.value.length < 10 * UNDOABLE_CHARS && document.queryCommandSupported?.("insertText")) {
      ta.focus();
      done = document.execCommand("insertText", false, text);
    }
    if (!done) {
      if (whole) ta.value = text;
      else ta.setRangeText(text, ta.selectionStart, ta.selectionEnd, "end");
    }
  } finally {
    programmatic = false;
  }
}

function setSource(newHtml, format, note) {
  html = newHtml;
  textFormat = format;
  ui.sourceNote.textContent = note || "";
}

/** Visible text of an HTML document, for the textarea. DOMParser documents are inert: no
 *  scripts run and nothing is fetched. The analysis itself reads the HTML, not this. */
function htmlToText(source) {
  // Past a few thousand levels of nesting the browser's parser slows down sharply (Chromium
  // goes quadratic past depth 511): strip the tags in one linear pass instead.
  if (tooDeep(source)) return stripTags(source);
  const doc = new DOMParser().parseFromString(source, "text/html");
  doc.querySelectorAll("script, style, noscript, template, iframe, object, embed, svg, math").forEach((n) => n.remove());
  const blocks = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|UL)$/;
  const out = [];
  const walk = (node) => {
    for (const c of node.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) out.push(c.data.replace(/\s+/g, " "));
      else if (c.nodeType === Node.ELEMENT_NODE) {
        const block = blocks.test(c.tagName);
        if (block) out.push("\n\n");
        walk(c);
        if (block) out.push("\n\n");
      }
    }
  };
  walk(doc.body || doc.documentElement);
  return out
    .join("")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Linear fallback for pathological markup: drops script/style bodies and tags, decodes the
 *  common entities. Only for the textarea; the analysis still reads the HTML. */
function stripTags(source) {
  return source
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name) => ENTITIES[name])
    .replace(/[ \t]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function onPaste(ev) {
  const dt = ev.clipboardData;
  if (!dt) return;
  const pastedHtml = dt.getData("text/html");
  let plain = dt.getData("text/plain");
  if (!pastedHtml && !plain) return; // files, images: leave to the browser
  ev.preventDefault();
  if (!plain) plain = htmlToText(pastedHtml);
  const ta = ui.input;
  const whole = !ta.value.trim() || (ta.selectionStart === 0 && ta.selectionEnd === ta.value.length);
  replaceText(plain, whole);
  // The HTML describes the whole article only when it replaced the whole text.
  if (pastedHtml && whole) setSource(pastedHtml, "text", "Pasted with its page layout (HTML), which helps find the article.");
  else setSource(null, "text", "");
  save();
  run();
}

function onInput() {
  if (programmatic) return;
  if (html !== null) setSource(null, "text", "");
  save();
  schedule();
}

async function loadSample(focus) {
  try {
    const res = await fetch(new URL("./sample.txt", import.meta.url));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await res.text();
    if (focus) replaceText(text, true);
    else ui.input.value = text;
    setSource(null, "text", "Sample article (fictional), with the clutter a copied web page brings along.");
    forget(); // first visitors, and anyone who asks for it, get the current sample
    run();
  } catch (e) {
    fail(`The sample article could not be loaded (${e.message}).`);
  }
}

// ---------------------------------------------------------------------------------------
// Dropping a file

function hasFiles(ev) {
  return [...(ev.dataTransfer?.types || [])].includes("Files");
}

async function onDrop(ev) {
  ui.dropOverlay.hidden = true;
  if (!hasFiles(ev)) return; // dropped text lands in the textarea by itself
  ev.preventDefault();
  const file = ev.dataTransfer.files[0];
  if (!file) return;
  if (file.size > MAX_FILE_BYTES) {
    fail(`${file.name} is ${(file.size / 1048576).toFixed(1)} MB; files up to ${MAX_FILE_BYTES >> 20} MB can be analyzed.`);
    return;
  }
  let content;
  try {
    content = await file.text();
  } catch (e) {
    fail(`${file.name} could not be read (${e.message}).`);
    return;
  }
  if (/\u0000/.test(content.slice(0, 4096))) {
    fail(`${file.name} does not look like text. Drop a .txt or .html file.`);
    return;
  }
  const isHtml = /\.x?html?$/i.test(file.name) || file.type === "text/html" || /^\s*<(!doctype\s+html|html[\s>])/i.test(content);
  if (isHtml) {
    replaceText(htmlToText(content), true);
    setSource(content, "text", `Loaded ${file.name} (HTML).`);
  } else {
    replaceText(content, true);
    setSource(null, "auto", `Loaded ${file.name}.`);
  }
  save();
  run();
}

// ---------------------------------------------------------------------------------------
// Export: files are made here and saved through a Blob URL; nothing is uploaded.

function exportNow(copy) {
  if (!shown) {
    ui.exportNote.textContent = "Nothing to export yet.";
    return;
  }
  const format = FORMATS[ui.exportFormat.value] ?? FORMATS.json;
  let content;
  try {
    content = format.make(shown);
  } catch (e) {
    ui.exportNote.textContent = `The export failed: ${e.message}`;
    return;
  }
  const size = content.length < 1024 ? `${content.length} characters` : `${(content.length / 1024).toFixed(1)} K characters`;
  if (!copy) {
    const name = baseName(shown) + format.suffix;
    download(content, name, format.type);
    ui.exportNote.textContent = `Saved ${name} (${size}).`;
    return;
  }
  copyText(content).then((ok) => {
    ui.exportNote.textContent = ok ? `Copied ${format.label} to the clipboard (${size}).` : "The browser refused to copy; use Download instead.";
  });
}

/** Offline after the first visit: ../sw.js (written by scripts/build.sh) caches the site's
 *  files. Registered relative to this module, so it works from any sub-path. */
function registerServiceWorker() {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register(new URL("../sw.js", import.meta.url)).catch(() => {
    /* not built (development), or refused: the page works online all the same */
  });
}

// ---------------------------------------------------------------------------------------
// Start

function start() {
  // The worker fetches, compiles and warms up the wasm while the page sets itself up and
  // fetches its text (sample or restored), not after.
  getWorker();
  ui.input.addEventListener("paste", onPaste);
  ui.input.addEventListener("input", onInput);
  ui.clean.addEventListener("change", () => {
    try {
      localStorage.setItem(KEY_CLEAN, String(ui.clean.checked));
    } catch {
      /* ignore */
    }
    run();
  });
  ui.sample.addEventListener("click", () => loadSample(true));
  ui.clear.addEventListener("click", () => {
    replaceText("", true);
    setSource(null, "text", "");
    save();
    run();
    ui.input.focus();
  });
  ui.cancel.addEventListener("click", cancel);
  ui.exportDownload.addEventListener("click", () => exportNow(false));
  ui.exportCopy.addEventListener("click", () => exportNow(true));
  registerServiceWorker();

  let depth = 0;
  document.addEventListener("dragenter", (ev) => {
    if (!hasFiles(ev)) return;
    depth++;
    ui.dropOverlay.hidden = false;
  });
  document.addEventListener("dragleave", (ev) => {
    if (!hasFiles(ev)) return;
    if (--depth <= 0) {
      depth = 0;
      ui.dropOverlay.hidden = true;
    }
  });
  document.addEventListener("dragover", (ev) => {
    if (hasFiles(ev)) ev.preventDefault();
  });
  document.addEventListener("drop", (ev) => {
    depth = 0;
    onDrop(ev);
  });

  ui.clean.checked = load(KEY_CLEAN) !== "false";
  const stored = load(KEY_TEXT);
  if (stored === null) {
    loadSample(false);
    return;
  }
  ui.input.value = stored;
  const storedHtml = load(KEY_HTML);
  setSource(storedHtml, "text", storedHtml !== null ? "Restored from this browser (with its HTML)." : stored.trim() ? "Restored from this browser." : "");
  run();
}

start();
