// Exports of an analysis: the contract as JSON, the entities as CSV, and spaCy displaCy's
// manual format. Pure functions (unit-tested in Node by tests/e2e/run.mjs) plus the two
// browser actions, download (a Blob behind an object URL: nothing leaves the machine) and
// copy to the clipboard.

/** The analysis exactly as the analyzer returned it (the contract in README.md). */
export function toJson(result) {
  return JSON.stringify(result, null, 2) + "\n";
}

/**
 * For each UTF-16 offset in `offsets`, the Python `str` index (code points) of the same
 * place in `text`: the report counts UTF-16 units, spaCy counts code points. One pass over
 * the text; an offset inside a surrogate pair maps to the pair's start.
 */
export function utf16ToCodePoints(text, offsets) {
  const order = [...offsets.keys()].sort((a, b) => offsets[a] - offsets[b]);
  const out = new Array(offsets.length);
  let unit = 0, cp = 0, k = 0;
  while (k < order.length) {
    const want = offsets[order[k]];
    if (want <= unit || unit >= text.length) {
      out[order[k++]] = cp;
      continue;
    }
    const c = text.charCodeAt(unit);
    const pair = c >= 0xd800 && c <= 0xdbff && unit + 1 < text.length && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00;
    if (pair && want === unit + 1) {
      out[order[k++]] = cp; // inside the pair: the character's start
      continue;
    }
    unit += pair ? 2 : 1;
    cp += 1;
  }
  return out;
}

/** spaCy displaCy's manual format: {text, ents: [{start, end, label}], title}, offsets in
 *  code points, one entry per mention, sorted. Load it with displacy.render(doc, style="ent", manual=True). */
export function toDisplacy(result) {
  const text = String(result.text ?? "");
  const spans = [];
  for (const e of result.entities || []) {
    for (const m of e.mentions || []) spans.push({ start: m.start, end: m.end, label: String(e.type) });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const cps = utf16ToCodePoints(text, spans.flatMap((s) => [s.start, s.end]));
  const ents = spans.map((s, i) => ({ start: cps[2 * i], end: cps[2 * i + 1], label: s.label }));
  return JSON.stringify({ text, ents, title: result.meta?.title ?? null }, null, 2) + "\n";
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 *  spreadsheet would run as a formula (= + - @ at the start) gets a leading apostrophe. */
export function csvField(value, isText = true) {
  let s = value === null || value === undefined ? "" : String(value);
  if (isText && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = ["id", "name", "type", "salience", "sentiment", "mentions", "first_mention", "aliases", "role", "acts_for"];

/** The entities, one row each, in salience order; CRLF line ends as RFC 4180 asks. */
export function toCsv(result) {
  const text = String(result.text ?? "");
  const entities = result.entities || [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const rows = [CSV_COLUMNS.join(",")];
  for (const e of entities) {
    const first = (e.mentions || [])[0];
    const actsFor = e.acts_for !== null && e.acts_for !== undefined ? byId.get(e.acts_for)?.name ?? e.acts_for : "";
    rows.push(
      [
        csvField(e.id, false),
        csvField(e.name),
        csvField(e.type),
        csvField(e.salience, false),
        csvField(e.sentiment, false),
        csvField((e.mentions || []).length, false),
        csvField(first ? text.slice(first.start, first.end) : ""),
        csvField((e.aliases || []).join("; ")),
        csvField(e.role ?? ""),
        csvField(actsFor),
      ].join(","),
    );
  }
  return rows.join("\r\n") + "\r\n";
}

export const FORMATS = {
  json: { label: "Analysis (JSON)", suffix: ".json", type: "application/json", make: toJson },
  csv: { label: "Entities (CSV)", suffix: "-entities.csv", type: "text/csv", make: toCsv },
  displacy: { label: "spaCy displaCy (JSON)", suffix: "-displacy.json", type: "application/json", make: toDisplacy },
};

/** "undertone-germany-nigeria-agree" from the title, else "undertone-analysis". */
export function baseName(result) {
  let slug = String(result.meta?.title ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // At most 48 characters, cut between words.
  let short = slug;
  if (short.length > 48) {
    const dash = short.slice(0, 49).lastIndexOf("-");
    short = dash > 0 ? short.slice(0, dash) : short.slice(0, 48);
  }
  slug = short;
  return `undertone-${slug || "analysis"}`;
}

/** Saves `content` as a file through a Blob URL (no network; allowed by the page's CSP). */
export function download(content, filename, type) {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies text; falls back to a hidden textarea where the Clipboard API is refused. */
export async function copyText(content) {
  try {
    await navigator.clipboard.writeText(content);
    return true;
  } catch {
    const ta = document.createElement("textarea");
    ta.value = content;
    ta.setAttribute("readonly", "");
    ta.className = "visually-hidden";
    document.body.append(ta);
    ta.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    ta.remove();
    return ok;
  }
}
