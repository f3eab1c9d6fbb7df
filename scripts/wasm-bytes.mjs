// wasm-bytes.mjs — the reading and writing of wasm's LEB128 numbers and sections shared by
// scripts/wasm-order.mjs and scripts/wasm-data-order.mjs (build-time only, Node's stdlib).

/** An unsigned LEB128 at `i` of `b`: [value, index after it]. */
export function leb(b, i) {
  let r = 0, s = 0, x;
  do {
    x = b[i++];
    r += (x & 0x7f) * 2 ** s;
    s += 7;
  } while (x & 0x80);
  return [r, i];
}

/** A signed LEB128 at `i` of `b`: [value, index after it]. */
export function sleb(b, i) {
  const [r, j] = leb(b, i);
  return [b[j - 1] & 0x40 ? r - 2 ** (7 * (j - i)) : r, j];
}

/** The bytes of `v` as an unsigned LEB128. */
export function uleb(v) {
  const out = [];
  do {
    let x = v & 0x7f;
    v = Math.floor(v / 128);
    if (v) x |= 0x80;
    out.push(x);
  } while (v);
  return out;
}

/** The module's sections, each { id, start, body, end } (byte offsets); throws on a non-wasm file. */
export function sections(wasm, name) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${name}: not a wasm module`);
  const out = [];
  for (let i = 8; i < wasm.length; ) {
    const id = wasm[i];
    const [n, j] = leb(wasm, i + 1);
    out.push({ id, start: i, body: j, end: j + n });
    i = j + n;
  }
  return out;
}
