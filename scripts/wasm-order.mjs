#!/usr/bin/env node
// wasm-order.mjs — choose an order of the wasm's functions that gzip compresses better, and name
// each function by its place in that order, so that `wasm-opt --reorder-functions-by-name
// --strip-debug` (scripts/build.sh) lays the code section out in it and drops the names again.
//
//   node scripts/wasm-order.mjs IN.wasm OUT.wasm
//
// The code is the same: only the order of the function bodies in the file (and so the indices
// that calls name) changes. deflate finds repeats within 32 KB only, and the linker's order puts
// a function far from the ones that look like it (instances of one generic, the crate's rules
// built from the same helpers). Greedy, from the first function: of the functions not yet placed,
// the TOP most like the last one placed (MinHash estimate of the share of their 4-byte
// substrings they have in common) are each deflated with the last 32 KB placed as deflate's
// dictionary, and the one that this saves the most compressed bytes goes next. Deterministic
// (fixed hash seeds, ties to the lower index). Session 27 (README, "Speed and size"): ~3 KB
// gzip less on the page's wasm, in ~10 s.
import { readFileSync, writeFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { leb, uleb, sections as readSections } from "./wasm-bytes.mjs";

const [IN, OUT] = process.argv.slice(2);
if (!IN || !OUT) {
  console.error("usage: node scripts/wasm-order.mjs IN.wasm OUT.wasm");
  process.exit(2);
}
// Knobs (measured on the page, session 27: TOP 6–200 and LAST 1–3 gave 300.4–301.3 KB for the wasm;
// the cost per byte instead of the saving, 301.1–302.0 KB).
const TOP = Number(process.env.WASM_ORDER_TOP ?? 48);
const LAST = Number(process.env.WASM_ORDER_LAST ?? 1);
const WINDOW = 32768;
const HASHES = 64;

const wasm = readFileSync(IN);

const utf8 = (s) => [...Buffer.from(s, "utf8")];

// Sections; imported functions (they keep their indices) and the function bodies.
const sections = readSections(wasm, IN);
let imported = 0;
const bodies = [];
for (const s of sections) {
  if (s.id === 2) {
    let [count, j] = leb(wasm, s.body);
    for (let k = 0; k < count; k++) {
      for (let t = 0; t < 2; t++) {
        const [l, j2] = leb(wasm, j);
        j = j2 + l;
      }
      const kind = wasm[j++];
      if (kind === 0) {
        imported++;
        j = leb(wasm, j)[1];
      } else if (kind === 1) {
        j++;
        const [flags, j2] = leb(wasm, j);
        j = leb(wasm, j2)[1];
        if (flags & 1) j = leb(wasm, j)[1];
      } else if (kind === 2) {
        const [flags, j2] = leb(wasm, j);
        j = leb(wasm, j2)[1];
        if (flags & 1) j = leb(wasm, j)[1];
      } else if (kind === 3) j += 2;
      else throw new Error(`import kind ${kind}`);
    }
  } else if (s.id === 10) {
    let [count, j] = leb(wasm, s.body);
    for (let k = 0; k < count; k++) {
      const [l, j2] = leb(wasm, j);
      bodies.push(wasm.subarray(j2, j2 + l));
      j = j2 + l;
    }
  }
}
const n = bodies.length;

// MinHash signatures of each body's 4-byte substrings.
const seeds = Array.from({ length: HASHES }, (_, h) => [Math.imul(h + 1, 0x9e3779b1) | 1, Math.imul(h + 7, 0x85ebca6b)]);
const sig = new Uint32Array(n * HASHES).fill(0xffffffff);
for (let f = 0; f < n; f++) {
  const b = bodies[f];
  const grams = new Set();
  for (let i = 0; i + 4 <= Math.max(b.length, 4); i++) grams.add(((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24)) >>> 0);
  for (const g of grams) {
    for (let h = 0; h < HASHES; h++) {
      let x = Math.imul(g ^ seeds[h][1], seeds[h][0]);
      x ^= x >>> 15;
      x = Math.imul(x, 0x2c1b3c6d) >>> 0;
      if (x < sig[f * HASHES + h]) sig[f * HASHES + h] = x;
    }
  }
}
const similarity = (a, b) => {
  let same = 0;
  for (let h = 0; h < HASHES; h++) same += sig[a * HASHES + h] === sig[b * HASHES + h];
  return same;
};

// Greedy order.
const placed = new Uint8Array(n);
const order = [0];
placed[0] = 1;
let tail = Buffer.from(bodies[0]);
const sim = new Int32Array(n);
for (let step = 1; step < n; step++) {
  sim.fill(-1);
  for (let f = 0; f < n; f++) {
    if (placed[f]) continue;
    let best = 0;
    for (let k = Math.max(0, order.length - LAST); k < order.length; k++) best = Math.max(best, similarity(order[k], f));
    sim[f] = best;
  }
  const cands = [];
  for (let f = 0; f < n; f++) if (!placed[f]) cands.push(f);
  cands.sort((a, b) => sim[b] - sim[a] || a - b);
  const dictionary = tail.subarray(Math.max(0, tail.length - WINDOW));
  let pick = -1, pickCost = Infinity;
  for (const f of cands.slice(0, TOP)) {
    // What the bytes placed before save it: its deflated size after them minus alone.
    const cost = deflateRawSync(bodies[f], { level: 9, dictionary }).length - deflateRawSync(bodies[f], { level: 9 }).length;
    if (cost < pickCost) [pick, pickCost] = [f, cost];
  }
  order.push(pick);
  placed[pick] = 1;
  tail = Buffer.concat([dictionary, bodies[pick]]);
}

// Names: imports "i…", the defined functions "f" and their place, zero-padded (so that name
// order is that place). Any name section there was is replaced.
const width = String(imported + n).length;
const place = new Array(n);
order.forEach((f, p) => (place[f] = p));
const entries = [...uleb(imported + n)];
const pad = (x) => String(x).padStart(width, "0");
for (let i = 0; i < imported; i++) {
  const name = utf8("i" + pad(i));
  entries.push(...uleb(i), ...uleb(name.length), ...name);
}
for (let f = 0; f < n; f++) {
  const name = utf8("f" + pad(place[f]));
  entries.push(...uleb(imported + f), ...uleb(name.length), ...name);
}
const payload = [...uleb(4), ...utf8("name"), 1, ...uleb(entries.length), ...entries];
const isName = (s) => s.id === 0 && wasm.subarray(s.body, s.end).subarray(...(() => { const [l, j] = leb(wasm, s.body); return [j - s.body, j - s.body + l]; })()).toString() === "name";
const kept = sections.filter((s) => !isName(s)).map((s) => wasm.subarray(s.start, s.end));
writeFileSync(OUT, Buffer.concat([wasm.subarray(0, 8), ...kept, Buffer.from([0, ...uleb(payload.length), ...payload])]));
