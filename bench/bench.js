// In-page side of `npm run bench` (scripts/bench.mjs drives it through playwright-core).
//
// The page sits in bench/ beside a copy of the built site, so Undertone loads exactly as
// www/worker.js loads it (../pkg/undertone.js + ../pkg/undertone_bg.wasm); the peers load
// from bench/peers/, built by scripts/bench.mjs from node_modules. Every tool is a function
// text -> result doing what the README's speed table says it does. Nothing is timed until
// the driver asks; `window.bench` holds the entry points.

const TOOLS = {
  // Full analysis: cleaning, sentences, entities, tone, stance, the report as JS objects.
  async undertone(base = "../pkg/") {
    const { m, wasm } = await loadUndertone(base);
    const fn = (text) => m.analyze(text, { format: "auto", clean: true });
    fn.memory = () => wasm.memory.buffer.byteLength;
    // Every byte analysed (no cleaning), for the scaling runs: cleaning keeps a different share
    // of each concatenated text, so only this measures the analysis at 10× the input.
    fn.plain = (text) => m.analyze(text, { format: "text", clean: false });
    return fn;
  },
  // `--compare DIR`: the other build, served at ../compare/pkg/ (not a peer: never in the table).
  async compare() {
    return TOOLS.undertone("../compare/pkg/");
  },
  // `--cold-steps`: Chromium's floor, loaded exactly as Undertone is (the same harness): a
  // glue module and a wasm without code, one empty ("floor") and one padded to the size of
  // Undertone's wasm ("floorSized"); the "analysis" only returns an object.
  async floor() {
    const { m } = await loadUndertone("../floor/empty/");
    return (text) => m.analyze(text);
  },
  async floorSized() {
    const { m } = await loadUndertone("../floor/sized/");
    return (text) => m.analyze(text);
  },
  // People, places and organizations.
  async compromise() {
    const { default: nlp } = await import("./peers/compromise.mjs");
    return (text) => {
      const doc = nlp(text);
      return [doc.people().out("array"), doc.places().out("array"), doc.organizations().out("array")];
    };
  },
  // Tokens, sentences with sentiment, document sentiment, its (typeless) entities.
  async wink() {
    const { winkNLP, model } = await import("./peers/wink.mjs");
    const nlp = winkNLP(model);
    const its = nlp.its;
    return (text) => {
      const doc = nlp.readDoc(text);
      return [doc.tokens().out(), doc.sentences().out(its.sentiment), doc.out(its.sentiment), doc.entities().out(its.detail)];
    };
  },
  // Sentiment of every sentence, as VADER's README recommends for longer texts.
  async vader() {
    const { default: vader } = await import("./peers/vader.mjs");
    const sia = vader.SentimentIntensityAnalyzer;
    return (text) => text.split(/(?<=[.!?])\s+|\n+/).map((s) => sia.polarity_scores(s));
  },
};

/**
 * Undertone's glue and wasm, loaded as the page loads them (www/htmltree.js `compiledModule`):
 * the wasm's download and streaming compilation start at once, in parallel with the import of
 * the JS glue (not after it), and the glue then instantiates the compiled module.
 */
async function loadUndertone(base = "../pkg/") {
  const compiled = WebAssembly.compileStreaming(fetch(new URL(base + "undertone_bg.wasm", import.meta.url)));
  const m = await import(base + "undertone.js");
  const wasm = await m.default({ module_or_path: await compiled });
  return { m, wasm };
}

const loaded = {};
let corpus = null;

async function getCorpus() {
  if (!corpus) corpus = await (await fetch("./corpus.json")).json();
  return corpus;
}

function sink(x) {
  // Keep results reachable so no engine can skip the work.
  sink.last = x;
}

/** Cold start: fetch, compile and instantiate the tool, then its first analysis. */
async function cold(name) {
  const { article } = await getCorpus();
  const t0 = performance.now();
  const fn = await TOOLS[name]();
  const t1 = performance.now();
  sink(fn(article.text));
  const t2 = performance.now();
  loaded[name] = fn;
  return { load: t1 - t0, first: t2 - t1, total: t2 - t0 };
}

/**
 * Where Undertone's cold start goes (not the budget's figure), one step per call so the
 * driver can take each step's CPU time: "init" (import of the JS glue, fetch + compile +
 * instantiate), "loads" (a 3-word analysis: the one-time loads of lexicons, gazetteers and
 * models), "article" (the article; call it twice: the second run shows how much of the first
 * was code still compiling or running unoptimised). Fresh context only. Returns wall ms.
 */
const stepState = {};
async function coldStep(step) {
  const t0 = performance.now();
  if (step === "init") {
    stepState.m = (await loadUndertone()).m;
  } else if (step === "loads") {
    sink(stepState.m.analyze("Kerry met Lavrov.", { format: "text", clean: true }));
  } else {
    const { article } = await getCorpus();
    const t = performance.now();
    sink(stepState.m.analyze(article.text, { format: "auto", clean: true }));
    return performance.now() - t;
  }
  return performance.now() - t0;
}

async function getTool(name) {
  if (!loaded[name]) loaded[name] = await TOOLS[name]();
  return loaded[name];
}

/** Milliseconds for one pass over every corpus document. */
async function pass(name) {
  const fn = await getTool(name);
  const { docs } = await getCorpus();
  const t0 = performance.now();
  for (const d of docs) sink(fn(d.text));
  return performance.now() - t0;
}

/** `runs` timings of one text (default: the corpus's 1,000-word article) after `warm` untimed runs. */
async function repeat(name, text, warm, runs) {
  const fn = await getTool(name);
  if (text == null) text = (await getCorpus()).article.text;
  for (let i = 0; i < warm; i++) sink(fn(text));
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink(fn(text));
    out.push(performance.now() - t0);
  }
  return out;
}

const encoder = new TextEncoder();

/** About `bytes` bytes (UTF-8) of corpus text: documents in order, repeated, blank-line separated. */
async function textOfSize(bytes) {
  const { docs } = await getCorpus();
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = docs[i % docs.length].text.trim() + "\n\n";
    const n = encoder.encode(t).length;
    if (size + n > bytes) {
      // Cut the last part at a space so the total stays at or under `bytes`.
      let cut = t.slice(0, bytes - size);
      while (encoder.encode(cut).length > bytes - size) cut = cut.slice(0, -1);
      const ws = cut.search(/\s\S*$/);
      parts.push(ws > 0 ? cut.slice(0, ws) : cut);
      break;
    }
    parts.push(t);
    size += n;
  }
  return parts.join("");
}

/** `runs` timings of a text of `bytes` bytes, after one warm-up run, without cleaning when the tool can. */
async function scaling(name, bytes, runs) {
  const text = await textOfSize(bytes);
  const t = await getTool(name);
  const fn = t.plain ?? t;
  sink(fn(text));
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink(fn(text));
    times.push(performance.now() - t0);
  }
  return { bytes: encoder.encode(text).length, times };
}

function memory(name) {
  const fn = loaded[name];
  return fn && fn.memory ? fn.memory() : null;
}

window.bench = { cold, coldStep, pass, repeat, scaling, memory, corpus: getCorpus, tools: Object.keys(TOOLS) };
document.getElementById("status").textContent = "ready";
