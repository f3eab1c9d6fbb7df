#!/usr/bin/env node
// wasm-data-order.mjs — the wasm's data segments cut into pieces and written in an order that
// gzip compresses better; the memory they fill is byte for byte the same.
//
//   node scripts/wasm-data-order.mjs IN.wasm OUT.wasm
//
// Every segment of the page's wasm is active (a fixed address, copied into memory when the
// module starts), so their order in the file does not matter, and a segment can be cut anywhere
// into pieces at consecutive addresses. deflate finds repeats within 32 KB only, and the linker
// puts the data in its own order (word lists between binary tables, 105 KB in one segment). The
// pieces (PIECES bytes, the last of a segment shorter) are ordered as scripts/wasm-order.mjs
// orders functions: greedily, the piece that the last 32 KB placed (as deflate's dictionary)
// save the most bytes goes next. Each cut costs ~6 bytes of segment header. The script checks
// that every segment is active and that no instruction names a segment by its index
// (memory.init, data.drop), and otherwise writes the module unchanged; it fails if the memory
// image it would write differs from the module's. Session 27 (README, "Speed and size"): 1.5 KB
// gzip less on the page's wasm (300,507 -> 298,963 B), ~30 s per build.
import { readFileSync, writeFileSync } from "node:fs";
import { deflateRawSync, gzipSync } from "node:zlib";
import { leb, sleb, uleb, sections as readSections } from "./wasm-bytes.mjs";

const [IN, OUT] = process.argv.slice(2);
if (!IN || !OUT) {
  console.error("usage: node scripts/wasm-data-order.mjs IN.wasm OUT.wasm");
  process.exit(2);
}
const PIECES = (process.env.WASM_DATA_PIECES ?? "1024,1536,2048,3072,4096").split(",").map(Number);
const WINDOW = 32768;
const wasm = readFileSync(IN);

function sleb32(v) {
  const out = [];
  for (;;) {
    const x = v & 0x7f;
    v >>= 7;
    if ((v === 0 && !(x & 0x40)) || (v === -1 && x & 0x40)) return [...out, x];
    out.push(x | 0x80);
  }
}

const sections = readSections(wasm, IN);
// A module this script cannot reorder safely is written unchanged, with a warning.
function keep(why) {
  console.error(`[wasm-data-order] ${why}: data left in the linker's order`);
  writeFileSync(OUT, wasm);
  process.exit(0);
}
const data = sections.find((s) => s.id === 11);
if (!data) keep("no data section");

// The segments: each `0x00 (i32.const ADDR) end BYTES` (active, memory 0), or stop.
const segments = [];
let [count, j] = leb(wasm, data.body);
for (let k = 0; k < count; k++) {
  if (wasm[j] !== 0 || wasm[j + 1] !== 0x41) keep("a data segment not active at an i32.const address");
  const [addr, j2] = sleb(wasm, j + 2);
  if (wasm[j2] !== 0x0b) keep("a data segment's address is not one i32.const");
  const [len, j3] = leb(wasm, j2 + 1);
  segments.push({ addr, bytes: wasm.subarray(j3, j3 + len) });
  j = j3 + len;
}
if (j !== data.end) keep("data section: trailing bytes");

// Nothing may name a segment by its index (memory.init and data.drop, 0xfc 8 and 9): every
// function body is read instruction by instruction; an opcode not listed here keeps the order.
function namesSegments(body) {
  let i = 0;
  const u = () => {
    const [v, k] = leb(body, i);
    i = k;
    return v;
  };
  const s = () => {
    while (body[i++] & 0x80);
  };
  for (let groups = u(); groups > 0; groups--) {
    u();
    i++;
  }
  while (i < body.length) {
    const op = body[i++];
    if (op >= 0x02 && op <= 0x04) {
      if (body[i] === 0x40 || (body[i] >= 0x6f && body[i] <= 0x7f)) i++;
      else s();
    } else if (op === 0x0c || op === 0x0d || op === 0x10 || (op >= 0x20 && op <= 0x26) || op === 0x3f || op === 0x40 || op === 0xd2) u();
    else if (op === 0x0e) {
      for (let k = u(); k >= 0; k--) u();
    } else if (op === 0x11 || (op >= 0x28 && op <= 0x3e)) {
      u();
      u();
    } else if (op === 0x1c) {
      for (let k = u(); k > 0; k--) i++;
    } else if (op === 0x41 || op === 0x42) s();
    else if (op === 0x43) i += 4;
    else if (op === 0x44) i += 8;
    else if (op === 0xd0) i++;
    else if (op === 0xfc) {
      const sub = u();
      if (sub === 8 || sub === 9) return "memory.init or data.drop";
      if (sub === 10) i += 2;
      else if (sub === 11) i++;
      else if (sub === 12 || sub === 14) {
        u();
        u();
      } else if (sub === 13 || (sub >= 15 && sub <= 17)) u();
      else if (sub > 7) return `opcode 0xfc ${sub}`;
    } else if (!(op <= 0x01 || op === 0x05 || op === 0x0b || op === 0x0f || op === 0x1a || op === 0x1b || (op >= 0x45 && op <= 0xc4) || op === 0xd1)) return `opcode 0x${op.toString(16)}`;
  }
  return null;
}
const code = sections.find((s) => s.id === 10);
if (code) {
  let [functions, k] = leb(wasm, code.body);
  for (; functions > 0; functions--) {
    const [len, k2] = leb(wasm, k);
    const why = namesSegments(wasm.subarray(k2, k2 + len));
    if (why) keep(`${why} in the code`);
    k = k2 + len;
  }
}

// One layout: pieces of `size` bytes (a segment's last shorter), in greedy order.
function layout(size) {
  // Pieces, and each one's deflated size alone.
  const pieces = [];
  for (const s of segments) for (let p = 0; p < s.bytes.length; p += size) pieces.push({ addr: s.addr + p, bytes: s.bytes.subarray(p, p + size) });
  const alone = pieces.map((p) => deflateRawSync(p.bytes, { level: 9 }).length);

  // Greedy order from the first piece.
  const n = pieces.length;
  const placed = new Uint8Array(n);
  const order = [0];
  placed[0] = 1;
  let tail = Buffer.from(pieces[0].bytes);
  for (let step = 1; step < n; step++) {
    const dictionary = tail.subarray(Math.max(0, tail.length - WINDOW));
    let pick = -1, pickCost = Infinity;
    for (let f = 0; f < n; f++) {
      if (placed[f]) continue;
      const cost = deflateRawSync(pieces[f].bytes, { level: 9, dictionary }).length - alone[f];
      if (cost < pickCost) [pick, pickCost] = [f, cost];
    }
    order.push(pick);
    placed[pick] = 1;
    tail = Buffer.concat([dictionary, pieces[pick].bytes]);
  }
  const body = [...uleb(n)];
  for (const f of order) {
    const p = pieces[f];
    body.push(0, 0x41, ...sleb32(p.addr), 0x0b, ...uleb(p.bytes.length), ...p.bytes);
  }
  const out = [wasm.subarray(0, 8)];
  for (const s of sections) {
    if (s.id === 11) out.push(Buffer.from([11, ...uleb(body.length)]), Buffer.from(body));
    else if (s.id === 12) {
      const c = uleb(n);
      out.push(Buffer.from([12, ...uleb(c.length), ...c]));
    } else out.push(wasm.subarray(s.start, s.end));
  }
  const after = image(order.map((f) => pieces[f]));
  if (!after || !after.equals(before)) throw new Error("memory image changed");
  return Buffer.concat(out);
}

// The memory the segments fill (null if two fill one byte: then their order would matter).
const image = (segs) => {
  const top = Math.max(...segs.map((s) => s.addr + s.bytes.length));
  const m = Buffer.alloc(top);
  const set = new Uint8Array(top);
  for (const s of segs) {
    m.set(s.bytes, s.addr);
    for (let a = s.addr; a < s.addr + s.bytes.length; a++) set[a]++;
  }
  return set.some((c) => c > 1) ? null : m;
};

const before = image(segments);
if (!before) keep("data segments overlap");

// The greedy choice is short-sighted (a piece size 1 KB away can give 1 KB more or less), so
// each of PIECES is laid out and the one gzip (as scripts/size.mjs measures) makes smallest is
// written; the linker's order if none is smaller.
const gz = (b) => gzipSync(b, { level: 9 }).length;
let best = wasm, bestSize = gz(wasm);
for (const size of PIECES) {
  const out = layout(size);
  const z = gz(out);
  if (z < bestSize) [best, bestSize] = [out, z];
}
writeFileSync(OUT, best);
