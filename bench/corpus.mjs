// The benchmark corpus: real news text from ../shared/data, read at run time (never committed).
//
//   - the ground-truth bodies of the article-extraction pages (article_extraction/ground-truth.dev.json);
//   - the CoNLL-2003 dev documents rebuilt from their tokens (conll2003/dev.txt), one line per
//     sentence, with the same reconstruction as benches/stages.rs.
//
// loadCorpus(dataDir) returns {docs: [{id, text}], missing: null} or {docs: [], missing: path}.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export function loadCorpus(dataDir) {
  const gt = join(dataDir, "article_extraction", "ground-truth.dev.json");
  const conll = join(dataDir, "conll2003", "dev.txt");
  for (const p of [gt, conll]) if (!existsSync(p)) return { docs: [], missing: p };
  const bodies = JSON.parse(readFileSync(gt, "utf8"));
  const docs = Object.keys(bodies)
    .sort()
    .map((id) => ({ id: `extraction/${id.slice(0, 12)}`, text: bodies[id].articleBody }))
    .filter((d) => typeof d.text === "string" && d.text.trim());
  conllDocuments(readFileSync(conll, "utf8")).forEach((text, i) => docs.push({ id: `conll/dev-${i + 1}`, text }));
  return { docs, missing: null };
}

const GLUE_LEFT = new Set([",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'"]);

/** CoNLL-2003 documents as running text (see benches/stages.rs `conll_documents`). */
export function conllDocuments(conll) {
  const docs = [];
  let doc = "";
  let line = "";
  let quoteOpen = false;
  const flushLine = () => {
    if (line) doc += line + "\n";
    line = "";
  };
  for (const l of conll.split("\n")) {
    const word = l.replace(/\r$/, "").split(" ")[0];
    if (word === "-DOCSTART-") {
      flushLine();
      if (doc) docs.push(doc);
      doc = "";
      quoteOpen = false;
    } else if (word === "") {
      flushLine();
      quoteOpen = false;
    } else {
      const glueLeft = GLUE_LEFT.has(word) || (word === '"' && quoteOpen);
      const prevOpens = /[([{$]$/.test(line) || (line.endsWith('"') && quoteOpen && word !== '"');
      if (line && !glueLeft && !prevOpens) line += " ";
      if (word === '"') quoteOpen = !quoteOpen;
      line += word;
    }
  }
  flushLine();
  if (doc) docs.push(doc);
  return docs;
}

/** Words as the benchmark counts them: runs of non-space characters. */
export function wordCount(text) {
  return (text.match(/\S+/g) || []).length;
}

/**
 * `bytes` (UTF-8) of text made of the corpus documents in order, repeated as needed,
 * separated by blank lines, and cut at the last whitespace before the limit.
 */
export function textOfSize(docs, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = docs[i % docs.length].text.trim() + "\n\n";
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  let s = parts.join("");
  // Cut by UTF-8 length: find the char index whose byte offset reaches `bytes`.
  const buf = Buffer.from(s);
  let cut = buf.subarray(0, bytes).toString("utf8").replace(/\uFFFD$/, "");
  const ws = cut.search(/\s\S*$/);
  if (ws > 0) cut = cut.slice(0, ws);
  return cut;
}
