#!/usr/bin/env node
// Shipped size of the built site, by kind of file: raw, gzip -9 and brotli -11 (bytes).
//
//   node scripts/size.mjs [DIST]        DIST defaults to dist/
//
// scripts/build.sh prints this after every build and scripts/bench.mjs checks the page
// budget (300 KB gzipped in all) with it.
import { readFileSync, readdirSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** {raw, gz, br} bytes of one file. */
export function sizes(file) {
  const b = readFileSync(file);
  return {
    raw: b.length,
    gz: gzipSync(b, { level: 9 }).length,
    br: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length,
  };
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const KINDS = { wasm: [".wasm"], JS: [".js", ".mjs"], CSS: [".css"], HTML: [".html"] };

/** Every file of `dist` grouped by kind (wasm, JS, CSS, HTML, other), and the total. */
export function shippedSizes(dist) {
  const rows = {};
  for (const f of walk(dist).sort()) {
    const ext = extname(f);
    const kind = Object.keys(KINDS).find((k) => KINDS[k].includes(ext)) ?? "other";
    const s = sizes(f);
    rows[kind] ??= { raw: 0, gz: 0, br: 0, files: [] };
    for (const k of ["raw", "gz", "br"]) rows[kind][k] += s[k];
    rows[kind].files.push(relative(dist, f));
  }
  const total = { raw: 0, gz: 0, br: 0 };
  for (const r of Object.values(rows)) for (const k of ["raw", "gz", "br"]) total[k] += r[k];
  return { rows, total };
}

/** The table as text lines. */
export function sizeTable({ rows, total }) {
  const pad = (s, n) => String(s).padStart(n);
  const lines = [`${"kind".padEnd(6)} ${pad("raw", 9)} ${pad("gzip", 9)} ${pad("brotli", 9)}  files`];
  for (const [k, r] of Object.entries(rows)) lines.push(`${k.padEnd(6)} ${pad(r.raw, 9)} ${pad(r.gz, 9)} ${pad(r.br, 9)}  ${r.files.join(" ")}`);
  lines.push(`${"total".padEnd(6)} ${pad(total.raw, 9)} ${pad(total.gz, 9)} ${pad(total.br, 9)}  (budget: 300000 gzip)`);
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? "dist");
  for (const l of sizeTable(shippedSizes(dist))) console.log(l);
}
