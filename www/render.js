// (text, spans) -> DOM. Everything the analysis says is drawn from text nodes: the DOM is
// built with createElement / textContent / append only, never from markup strings, so a
// pasted page can't inject anything.
//
// The article is walked like displaCy's renderer walks entities: cut the text at every
// paragraph, sentence and mention boundary, then emit each piece inside its paragraph ->
// sentence -> mention. A mention that crosses a sentence or paragraph boundary is split
// into pieces that share one entity id (the label goes on the last piece).
//
// All offsets are UTF-16 code units into `result.text`, so text.slice(start, end) is exact.

import { renderStanceMap } from "./stancemap.js";

/** Entity types in legend order: [type, label, description]. */
export const TYPES = [
  ["PERSON", "Person", "people, real or fictional"],
  ["ORG", "Organisation", "companies, agencies, militant groups"],
  ["GPE", "Country/city", "countries, cities, states"],
  ["LOC", "Place", "regions, rivers, mountains"],
  ["NORP", "Group", "nationalities, religious and political groups"],
  ["EVENT", "Event", "named events: wars, storms, tournaments, summits"],
  ["MISC", "Other name", "works, products, laws, awards, leagues"],
  ["DATE", "Date", "dates and periods"],
  ["TIME", "Time", "times of day"],
];
const TYPE_INFO = new Map(TYPES.map(([t, label, desc]) => [t, { label, desc }]));

/** A CSS-safe type token: known types as is, anything else OTHER. */
export function typeClass(type) {
  return TYPE_INFO.has(type) ? type : "OTHER";
}

function typeLabel(type) {
  return TYPE_INFO.get(type)?.label ?? String(type);
}

/** "+0.25", "−0.40", "0.00": the sign is always spelled out. */
export function signed(x) {
  const v = Number.isFinite(x) ? x : 0;
  const s = Math.abs(v).toFixed(2);
  if (s === "0.00") return "0.00";
  return (v > 0 ? "+" : "\u2212") + s;
}

/** A word for a score in [-1, 1]. */
export function toneWord(x, pos = "positive", neg = "negative") {
  const a = Math.abs(x);
  if (!Number.isFinite(x) || a < 0.05) return "neutral";
  const w = x > 0 ? pos : neg;
  if (a < 0.25) return "slightly " + w;
  if (a < 0.5) return w;
  return "strongly " + w;
}

/** Tint bucket for a sentence: ["pos"|"neg"|"neu", 0..3]. */
export function tint(x) {
  const a = Number.isFinite(x) ? Math.abs(x) : 0;
  if (a < 0.05) return ["neu", 0];
  return [x > 0 ? "pos" : "neg", a < 0.25 ? 1 : a < 0.5 ? 2 : 3];
}

// ---------------------------------------------------------------------------------------
// Layout: pure, no DOM (unit-tested in Node by tests/e2e/run.mjs).

/** Clips spans to [0, len], drops empty/invalid ones, sorts them and removes overlaps
 *  (a span starting inside an earlier one is cut to start where that one ends). */
export function tidySpans(spans, len) {
  const ok = spans
    .filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end))
    .map((s) => ({ ...s, start: Math.max(0, Math.min(s.start, len)), end: Math.max(0, Math.min(s.end, len)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let last = 0;
  for (const s of ok) {
    const start = Math.max(s.start, last);
    if (start >= s.end) continue;
    out.push({ ...s, start });
    last = s.end;
  }
  return out;
}

/** Paragraphs: the text between blank lines, as [{start, end}]. */
export function paragraphs(text) {
  const out = [];
  const re = /\n[^\S\n]*\n\s*/g;
  let at = 0;
  for (let m; (m = re.exec(text)); ) {
    if (m.index > at) out.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (text.length > at) out.push({ start: at, end: text.length });
  return out;
}

/**
 * Cuts `text` into runs: [{start, end, runs: [{start, end, sentence, mention}]}] per
 * paragraph, where `sentence` is an index into `sentences` (or -1) and `mention` is an
 * object {entity, start, end} of the whole mention (or null). Every run lies inside one
 * paragraph, at most one sentence and at most one mention.
 */
export function layout(text, sentences = [], entities = []) {
  const len = text.length;
  const sents = tidySpans(sentences.map((s, i) => ({ start: s.start, end: s.end, index: i })), len);
  const mentions = tidySpans(
    entities.flatMap((e) => (e.mentions || []).map((m) => ({ start: m.start, end: m.end, entity: e }))),
    len,
  );
  const paras = paragraphs(text).map((p) => ({ ...p, runs: [] }));

  const cuts = new Set([0, len]);
  for (const list of [paras, sents, mentions]) {
    for (const s of list) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);

  let pi = 0, si = 0, mi = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    while (pi < paras.length && paras[pi].end <= a) pi++;
    if (pi >= paras.length || paras[pi].start > a) continue; // a paragraph break
    while (si < sents.length && sents[si].end <= a) si++;
    while (mi < mentions.length && mentions[mi].end <= a) mi++;
    const sentence = si < sents.length && sents[si].start <= a ? sents[si].index : -1;
    const mention = mi < mentions.length && mentions[mi].start <= a ? mentions[mi] : null;
    paras[pi].runs.push({ start: a, end: b, sentence, mention });
  }
  return paras;
}

// ---------------------------------------------------------------------------------------
// DOM helpers

/** el("p", {class: "x", dataset: {a: 1}}, child, "text", …) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/** Plain words for a cue's rule ("lexicon+negated+quoted" -> "a word from the sentiment
 *  lexicon, negated, in a quotation"). Unknown parts are shown as they are. */
const RULE_BASE = {
  lexicon: "a word from the sentiment lexicon",
  idiom: "a known phrase",
  exclamation: "exclamation marks",
  attribution: "who said it",
  model: "the learned tone model",
  "model:word": "a word the learned tone model weighs",
  excess: "“too” before a plain word (a fault)",
  descriptor: "a word describing it",
  emoticon: "an emoticon (:) :( <3)",
};
const RULE_MOD = {
  negated: "negated",
  intensified: "intensified",
  dampened: "toned down",
  caps: "in capitals",
  hedged: "hedged",
  quoted: "in a quotation",
  counterfactual: "what would have been (“would have”)",
  question: "in a question (counts half)",
  opposed: "against something bad",
  only: "“the only” good thing (counts against)",
  than: "the standard it falls short of (“more X than Y”)",
  topic: "what the work is about (counts half)",
  against: "support against the other side (conflict)",
  // After "descriptor" (a cue describing the entity), the cue's own rule.
  lexicon: "from the sentiment lexicon",
  idiom: "a known phrase",
  excess: "“too” before a plain word",
  emoticon: "an emoticon",
  "contrast:but": "weighed against “but”",
  "contrast:despite": "after “despite”",
  "contrast:although": "after “although”",
  "contrast:though": "after “though”",
};
export function describeRule(rule) {
  const [base, ...mods] = String(rule ?? "").split("+");
  let head = RULE_BASE[base];
  if (!head && base.startsWith("cameo:")) head = `a ${base.slice(6).replace(/-/g, " ")} cue (CAMEO event codes)`;
  if (!head) head = base || "rule";
  return [head, ...mods.map((m) => RULE_MOD[m] ?? m)].join(", ");
}

/** One evidence line: “word” +0.12 · a known phrase, in a quotation */
function cueItem(c) {
  return el(
    "li",
    {},
    el("span", { class: `cue cue-${tint(c.weight)[0]}`, text: `“${c.text}”` }),
    ` ${signed(c.weight)} · `,
    el("span", { class: "rule", title: c.rule, text: describeRule(c.rule) }),
  );
}

function roleLine(e, byId) {
  const other = e.acts_for !== null && e.acts_for !== undefined ? byId.get(e.acts_for) : null;
  if (e.role && other) return `${e.role}, acts for ${other.name}`;
  if (e.role) return e.role;
  if (other) return `Stands for ${other.name}`;
  return null;
}

/** Text summary of an entity (entity panel title, selection message). */
/** "3 mentions", "2 mentions (1 in the title)", "1 mention (1 in a caption)". */
export function mentionCount(e) {
  const meta = Array.isArray(e.meta_mentions) ? e.meta_mentions : [];
  const n = (e.mentions || []).length + meta.length;
  const t = meta.filter((m) => m.field === "title").length;
  const c = meta.filter((m) => m.field === "caption").length;
  const where = [t ? `${t} in the title` : null, c ? `${c} in ${c === 1 ? "a caption" : "captions"}` : null].filter(Boolean);
  return `${n} mention${n === 1 ? "" : "s"}${where.length ? ` (${where.join(", ")})` : ""}`;
}

function entitySummary(e, byId) {
  const parts = [`${e.name} — ${typeLabel(e.type)} (${e.type})`];
  const role = roleLine(e, byId);
  if (role) parts.push(role);
  parts.push(`${mentionCount(e)} · salience ${(e.salience ?? 0).toFixed(2)}`);
  parts.push(`Sentiment toward it: ${signed(e.sentiment)} (${toneWord(e.sentiment)})`);
  if (e.aliases && e.aliases.length) parts.push(`Also: ${e.aliases.join(", ")}`);
  return parts;
}

/** The explanation of one mention: what it is, what it refers to, and why. */
export function explainMention(e, mentionText, sentence, byId) {
  const out = [
    el(
      "p",
      { class: "explain-head" },
      el("span", { class: `swatch ent ent-${typeClass(e.type)}`, text: e.type }),
      " ",
      el("strong", { text: e.name }),
      ` — ${typeLabel(e.type)}`,
    ),
  ];
  if (mentionText && mentionText !== e.name) out.push(el("p", { text: `“${mentionText}” refers to ${e.name}.` }));
  const role = roleLine(e, byId);
  if (role) out.push(el("p", { text: role }));
  out.push(
    el("p", { text: `${mentionCount(e)} · salience ${(e.salience ?? 0).toFixed(2)}${e.aliases?.length ? ` · also “${e.aliases.join("”, “")}”` : ""}` }),
    el("p", {}, "Sentiment toward it: ", el("strong", { text: signed(e.sentiment) }), ` (${toneWord(e.sentiment)})`),
  );
  const cues = (e.evidence || []).slice();
  if (sentence) cues.sort((a, b) => inside(b, sentence) - inside(a, sentence) || Math.abs(b.weight) - Math.abs(a.weight));
  else cues.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  if (cues.length) out.push(el("p", { class: "explain-sub", text: "Because of:" }), el("ul", { class: "cue-list" }, ...cues.slice(0, 4).map(cueItem)));
  else out.push(el("p", { class: "muted", text: "No tone words near it." }));
  if (sentence) out.push(el("p", { class: "muted", text: `In a sentence with tone ${signed(sentence.sentiment)} (${toneWord(sentence.sentiment)}).` }));
  return out;
}

function inside(c, s) {
  return c.start >= s.start && c.end <= s.end ? 1 : 0;
}

/** The explanation of one sentence's tint. */
export function explainSentence(s) {
  const out = [el("p", { class: "explain-head" }, "Sentence tone ", el("strong", { text: signed(s.sentiment) }), ` — ${toneWord(s.sentiment)}`)];
  const cues = (s.evidence || []).slice().sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  if (cues.length) out.push(el("p", { class: "explain-sub", text: "Because of:" }), el("ul", { class: "cue-list" }, ...cues.slice(0, 6).map(cueItem)));
  else out.push(el("p", { class: "muted", text: "No tone words in it." }));
  return out;
}

// ---------------------------------------------------------------------------------------
// The report

/**
 * Draws `result` (the analysis contract) into the page's containers:
 * els = {warnings, meta, legend, article, removed, tone, entities, stance, inspector, explain}.
 * Returns a controller {select(id)}.
 */
export function renderReport(els, result) {
  const text = typeof result.text === "string" ? result.text : "";
  const entities = Array.isArray(result.entities) ? result.entities : [];
  const sentences = Array.isArray(result.sentences) ? result.sentences : [];
  const stance = Array.isArray(result.stance) ? result.stance : [];
  const byId = new Map(entities.map((e) => [e.id, e]));

  renderWarnings(els.warnings, result);
  els.meta.replaceChildren(...renderMeta(result.meta || {}, result.language, entities));
  els.legend.replaceChildren(...renderLegend(entities));
  els.article.replaceChildren(renderArticle(text, sentences, entities, byId));
  renderRemoved(els.removed, Array.isArray(result.removed) ? result.removed : []);
  els.tone.replaceChildren(...renderTone(result.tone || {}));
  els.entities.replaceChildren(renderEntityPanel(entities, byId));
  const map = stance.length
    ? renderStanceMap(stance, byId, {
        typeClass,
        kindOf: (x) => tint(x)[0],
        fmt: signed,
        onEdge: (i) => openPair(i),
        onNode: (id) => select(id, true),
      })
    : null;
  els.stance.replaceChildren(...renderStance(text, stance, byId, map));

  return wire(els, { text, sentences, entities, byId, stance, map });
}

/** Warnings from the analyzer (e.g. {code: "non_english", message}), shown above the article.
 *  Older analyzers send none. */
function renderWarnings(box, result) {
  if (!box) return;
  const list = (Array.isArray(result.warnings) ? result.warnings : []).filter((w) => w && (w.message || w.code));
  box.hidden = list.length === 0;
  box.replaceChildren(
    ...list.map((w) =>
      el(
        "p",
        { class: "warning", dataset: { code: String(w.code ?? "") } },
        el("span", { class: "warning-icon", "aria-hidden": "true", text: "⚠" }),
        el("strong", { text: "Warning: " }),
        String(w.message || w.code),
      ),
    ),
  );
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** An ISO 8601 date as a reader wants it, in the time zone it was written in
 *  ("2025-03-03T09:15:00-05:00" -> "Mar 3, 2025, 09:15 UTC−05:00"); anything else as is. */
export function formatPublished(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(String(s).trim());
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) return String(s);
  let out = `${MONTHS[month - 1]} ${Number(m[3])}, ${m[1]}`;
  if (m[4]) {
    out += `, ${m[4]}:${m[5]}`;
    if (m[6]) out += m[6] === "Z" ? " UTC" : ` UTC${m[6].replace("-", "\u2212")}`;
  }
  return out;
}

const LANGUAGES = { en: "English", de: "German", fr: "French", es: "Spanish", it: "Italian", pt: "Portuguese", nl: "Dutch", ru: "Russian", zh: "Chinese", ja: "Japanese", ar: "Arabic" };

/** Mentions outside the body, per field: Map "title" | "caption:<index>" -> [{start, end, entity}]. */
export function metaMentions(entities) {
  const out = new Map();
  for (const e of entities) {
    for (const m of Array.isArray(e.meta_mentions) ? e.meta_mentions : []) {
      const key = m.field === "title" ? "title" : m.field === "caption" && Number.isInteger(m.index) ? `caption:${m.index}` : null;
      if (!key) continue;
      if (!out.has(key)) out.set(key, []);
      out.get(key).push({ start: m.start, end: m.end, entity: e });
    }
  }
  return out;
}

/**
 * The title or a caption as text nodes and <mark>s for the names in it (offsets are UTF-16
 * units into `s`, as the contract's meta_mentions give them). A mark carries the entity id,
 * its field and offsets; it can be focused by a click (tabindex -1) but stays out of the Tab
 * order, which runs through the article's names.
 */
export function markedText(s, mentions, field) {
  const text = String(s ?? "");
  const nodes = [];
  let at = 0;
  for (const m of tidySpans(mentions || [], text.length)) {
    if (m.start > at) nodes.push(text.slice(at, m.start));
    const e = m.entity;
    const mark = el("mark", {
      class: `ent ent-${typeClass(e.type)}`,
      dataset: { entityId: e.id, start: m.start, end: m.end, field },
      tabindex: "-1",
    });
    mark.textContent = text.slice(m.start, m.end);
    mark.dataset.label = String(e.type); // shown by CSS ::after
    nodes.push(mark);
    at = m.end;
  }
  if (text.length > at) nodes.push(text.slice(at));
  return nodes;
}

function renderMeta(meta, language, entities = []) {
  const marks = metaMentions(entities);
  const out = [
    meta.title
      ? el("h2", { id: "meta-title", class: "meta-title" }, ...markedText(meta.title, marks.get("title"), "title"))
      : el("h2", { id: "meta-title", class: "meta-title", text: "Article" }),
  ];
  const parts = [];
  if (meta.byline) parts.push(el("span", { class: "byline", text: meta.byline }));
  if (meta.published) {
    const iso = /^\d{4}-\d{2}-\d{2}/.test(meta.published);
    parts.push(el("time", { datetime: iso ? meta.published : null, text: formatPublished(meta.published) }));
  }
  if (meta.source) parts.push(el("span", { class: "source", text: meta.source }));
  if (typeof language === "string" && language && !/^en\b/i.test(language)) {
    parts.push(el("span", { class: "language", text: `Language: ${LANGUAGES[language.toLowerCase()] ?? language}` }));
  }
  if (parts.length) {
    const line = el("p", { class: "meta-line" });
    parts.forEach((p, i) => line.append(...(i ? [el("span", { class: "sep", "aria-hidden": "true", text: " · " }), p] : [p])));
    out.push(line);
  }
  // Indices stay those of meta.captions, which the mentions' `index` counts.
  const caps = (Array.isArray(meta.captions) ? meta.captions : []).map((c, i) => [c, i]).filter(([c]) => c);
  if (caps.length) {
    out.push(
      el("ul", { class: "captions", "aria-label": "Photo captions" }, ...caps.map(([c, i]) => el("li", {}, ...markedText(c, marks.get(`caption:${i}`), `caption:${i}`)))),
    );
  }
  return out;
}

function renderLegend(entities) {
  const counts = new Map();
  for (const e of entities) counts.set(e.type, (counts.get(e.type) || 0) + 1);
  const items = [];
  const known = TYPES.filter(([t]) => counts.has(t));
  const unknown = [...counts.keys()].filter((t) => !TYPE_INFO.has(t)).sort();
  for (const [t, label, desc] of known) {
    items.push(el("li", { title: desc }, el("span", { class: `swatch ent ent-${t}`, text: t }), ` ${label}`));
  }
  for (const t of unknown) items.push(el("li", {}, el("span", { class: "swatch ent ent-OTHER", text: t })));
  items.push(
    el("li", { class: "legend-tone" }, el("span", { class: "swatch sent sent-pos tint-2", text: "sentence" }), " positive tone"),
    el("li", { class: "legend-tone" }, el("span", { class: "swatch sent sent-neg tint-2", text: "sentence" }), " negative tone"),
  );
  return [el("ul", { class: "legend-list" }, ...items)];
}

export function renderArticle(text, sentences, entities, byId = new Map(entities.map((e) => [e.id, e]))) {
  const frag = document.createDocumentFragment();
  for (const para of layout(text, sentences, entities)) {
    const p = el("p");
    let sIdx = -2, sEl = null, mKey = null, mEl = null;
    for (const run of para.runs) {
      if (run.sentence !== sIdx) {
        sIdx = run.sentence;
        sEl = null;
        mKey = null;
        if (sIdx >= 0) {
          const s = sentences[sIdx];
          const [dir, level] = tint(s.sentiment);
          sEl = el("span", { class: `sent sent-${dir} tint-${level}`, dataset: { sentence: sIdx }, tabindex: "-1" });
          p.append(sEl);
        }
      }
      const parent = sEl || p;
      const piece = text.slice(run.start, run.end);
      const m = run.mention;
      if (!m) {
        mKey = null;
        parent.append(piece);
        continue;
      }
      if (m !== mKey) {
        mKey = m;
        const e = m.entity;
        const first = run.start === m.start;
        mEl = el("mark", {
          class: `ent ent-${typeClass(e.type)}${first ? "" : " ent-cont"}`,
          dataset: { entityId: e.id, start: m.start, end: m.end },
          tabindex: first ? "0" : null,
        });
        parent.append(mEl);
      }
      mEl.append(piece);
      if (run.end === m.end) mEl.dataset.label = String(m.entity.type); // shown by CSS ::after
    }
    frag.append(p);
  }
  // Tab enters the text at its first sentence; ↑ ↓ move on from there.
  const first = frag.querySelector(".sent");
  if (first) first.tabIndex = 0;
  return frag;
}

function renderRemoved(details, removed) {
  const summary = el("summary", { text: `Removed by cleaning (${removed.length})` });
  if (!removed.length) {
    details.replaceChildren(summary, el("p", { class: "muted", text: "Nothing was removed." }));
    return;
  }
  const list = el(
    "ol",
    { class: "removed-list" },
    ...removed.map((r) => el("li", {}, el("span", { class: "reason", text: r.reason || "removed" }), " ", el("span", { class: "removed-text", text: r.text }))),
  );
  details.replaceChildren(summary, list);
}

function renderTone(tone) {
  const score = Number.isFinite(tone.score) ? Math.max(-1, Math.min(1, tone.score)) : 0;
  const magnitude = Number.isFinite(tone.magnitude) ? tone.magnitude : 0;
  const word = toneWord(score);
  const [dir] = tint(score);
  const marker = el("div", { class: `gauge-marker gauge-${dir}` });
  marker.style.left = `${((score + 1) / 2) * 100}%`; // CSSOM, allowed by style-src 'self'
  const gauge = el(
    "div",
    {
      class: "gauge",
      role: "meter",
      "aria-label": "Document tone",
      "aria-valuemin": "-1",
      "aria-valuemax": "1",
      "aria-valuenow": String(score),
      "aria-valuetext": `${signed(score)}, ${word}`,
    },
    el("div", { class: "gauge-track" }, el("div", { class: "gauge-mid" }), marker),
    el("div", { class: "gauge-scale", "aria-hidden": "true" }, el("span", { text: "−1 negative" }), el("span", { text: "0" }), el("span", { text: "positive +1" })),
  );
  const out = [
    el("p", { class: `tone-score tone-${dir}` }, el("strong", { text: signed(score) }), ` ${word}`),
    gauge,
    el("p", { class: "muted", text: `Strength ${magnitude.toFixed(2)} (how much emotional language there is overall)` }),
  ];
  const cues = (tone.evidence || []).slice().sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 8);
  if (cues.length) {
    out.push(
      el(
        "details",
        { class: "tone-evidence" },
        el("summary", { text: "Why: the strongest tone words" }),
        el("ul", { class: "cue-list" }, ...cues.map(cueItem)),
      ),
    );
  }
  return out;
}

/** Entities listed per type before the rest fold away behind "N more". */
const PANEL_TOP = 8;

function renderEntityPanel(entities, byId) {
  if (!entities.length) return el("p", { class: "muted", text: "No names found." });
  const groups = new Map();
  for (const e of entities) {
    const t = typeClass(e.type) === "OTHER" ? String(e.type) : e.type;
    if (!groups.has(t)) groups.set(t, []);
    groups.get(t).push(e);
  }
  const order = [...TYPES.map(([t]) => t), ...[...groups.keys()].filter((t) => !TYPE_INFO.has(t)).sort()];
  const wrap = el("div", { class: "entity-groups" });
  for (const t of order) {
    const list = groups.get(t);
    if (!list) continue;
    list.sort(
      (a, b) => (b.salience ?? 0) - (a.salience ?? 0) || (b.mentions?.length ?? 0) - (a.mentions?.length ?? 0) || String(a.name).localeCompare(String(b.name)),
    );
    const items = list.map((e) => {
      const n = (e.mentions || []).length + (Array.isArray(e.meta_mentions) ? e.meta_mentions.length : 0);
      const [dir] = tint(e.sentiment);
      return el(
        "li",
        {},
        el(
          "button",
          { type: "button", class: "entity-item", dataset: { entityId: e.id }, "aria-pressed": "false", title: entitySummary(e, byId).join("\n") },
          el("span", { class: "entity-name", text: e.name }),
          el("span", { class: "entity-count", "aria-label": `${n} mention${n === 1 ? "" : "s"}`, text: `${n}×` }),
          el("span", { class: `entity-sent badge-${dir}`, "aria-label": `sentiment ${signed(e.sentiment)}`, text: signed(e.sentiment) }),
        ),
      );
    });
    const shown = items.slice(0, PANEL_TOP);
    const rest = items.slice(PANEL_TOP);
    wrap.append(
      el(
        "section",
        { class: "entity-group" },
        el("h3", {}, el("span", { class: `swatch ent ent-${typeClass(t)}`, text: t }), ` ${typeLabel(t)} (${items.length})`),
        el("ul", { class: "entity-list" }, ...shown),
        rest.length ? el("details", { class: "entity-more" }, el("summary", { text: `${rest.length} more` }), el("ul", { class: "entity-list" }, ...rest)) : null,
      ),
    );
  }
  return wrap;
}

/** The stance panel: the map (when there are pairs), its key, and every pair as a list item
 *  whose details hold the evidence sentences; an edge of the map opens its item. */
function renderStance(text, stance, byId, map) {
  if (!stance.length) return [el("p", { class: "muted", text: "No stance found between the actors." })];
  const order = stance.map((s, i) => i).sort((a, b) => Math.abs(stance[b].score) - Math.abs(stance[a].score) || a - b);
  const list = el("ul", { class: "stance-list" });
  for (const i of order) {
    const s = stance[i];
    const src = byId.get(s.source), dst = byId.get(s.target);
    const [dir] = tint(s.score);
    const kind = dir === "pos" ? "cooperation" : dir === "neg" ? "conflict" : "neutral";
    const symbol = dir === "pos" ? "+" : dir === "neg" ? "\u2212" : "·";
    const evidence = (s.evidence || []).filter((r) => Number.isInteger(r.start) && r.end > r.start && r.end <= text.length);
    const body = el("div", { class: "stance-body" });
    if (evidence.length) {
      body.append(
        el(
          "ol",
          { class: "stance-evidence", "aria-label": "Evidence sentences (select one to find it in the text)" },
          ...evidence.map((r) =>
            el("li", {}, el("button", { type: "button", class: "evidence-link", dataset: { start: r.start, end: r.end }, text: text.slice(r.start, r.end) })),
          ),
        ),
      );
    }
    const cues = s.cues || [];
    if (cues.length) body.append(el("p", { class: "explain-sub", text: "Cue words:" }), el("ul", { class: "cue-list" }, ...cues.map(cueItem)));
    if (!evidence.length && !cues.length) body.append(el("p", { class: "muted", text: "No evidence recorded." }));
    list.append(
      el(
        "li",
        { class: `stance-item stance-${dir}`, dataset: { pair: i } },
        el(
          "details",
          {},
          el(
            "summary",
            {},
            el("span", { class: "stance-sign", "aria-hidden": "true", text: symbol }),
            el("span", { class: "stance-pair" }, el("span", { class: "stance-actor", text: src ? src.name : `#${s.source}` }), " ↔ ", el("span", { class: "stance-actor", text: dst ? dst.name : `#${s.target}` })),
            el(
              "span",
              { class: "stance-meta" },
              el("span", { class: `stance-score badge-${dir}`, text: `${signed(s.score)} ${kind}` }),
              ` ${evidence.length} sentence${evidence.length === 1 ? "" : "s"}`,
            ),
          ),
          body,
        ),
      ),
    );
  }
  const out = [];
  if (map) {
    out.push(
      el("div", { class: "stance-map-wrap" }, map.root),
      el(
        "p",
        { class: "map-key" },
        el("span", { class: "key-line key-pos", "aria-hidden": "true" }),
        " cooperation (+) ",
        el("span", { class: "key-line key-neg", "aria-hidden": "true" }),
        " conflict (\u2212) · thicker is stronger · select a line for its evidence",
      ),
    );
    if (map.hidden) out.push(el("p", { class: "muted", text: `${map.hidden} pair${map.hidden === 1 ? "" : "s"} between less involved actors are only in the list.` }));
  }
  out.push(list);
  return out;
}

// ---------------------------------------------------------------------------------------
// Interaction: selection, explanations on hover/focus, keyboard moves, evidence links.
// Listeners are attached once per container; they read the current analysis from `current`.

let current = null;
const wired = new WeakSet();

function wire(els, data) {
  current = { els, ...data, selected: null };
  hideExplain();
  // Names (and, in the article, sentences) are explained on hover or focus and selected on click.
  const wireExplain = (root, selector) => {
    root.addEventListener("click", (ev) => {
      const m = ev.target.closest?.("mark.ent");
      if (m) select(Number(m.dataset.entityId), false);
    });
    root.addEventListener("mouseover", (ev) => {
      const target = ev.target.closest?.(selector);
      if (target) showExplain(target, ev);
      else hideExplain();
    });
    root.addEventListener("mouseleave", () => {
      if (!root.contains(document.activeElement)) hideExplain();
    });
    root.addEventListener("focusin", (ev) => {
      const target = ev.target.closest?.(selector);
      if (target) showExplain(target, null);
    });
    root.addEventListener("focusout", (ev) => {
      ev.target.removeAttribute?.("aria-describedby");
      if (!root.contains(ev.relatedTarget)) hideExplain();
    });
  };
  if (!wired.has(els.article)) {
    wired.add(els.article);
    wireExplain(els.article, "mark.ent, .sent");
    els.article.addEventListener("keydown", onArticleKey);
    els.entities.addEventListener("click", (ev) => {
      const b = ev.target.closest?.("button.entity-item");
      if (b) select(Number(b.dataset.entityId), true);
    });
    els.stance.addEventListener("click", (ev) => {
      const b = ev.target.closest?.("button.evidence-link");
      if (b) flash(Number(b.dataset.start), Number(b.dataset.end));
    });
    document.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape") hideExplain();
    });
  }
  // Names in the title and captions.
  if (els.meta && !wired.has(els.meta)) {
    wired.add(els.meta);
    wireExplain(els.meta, "mark.ent");
  }
  return { select: (id) => select(id, true), openPair: (i) => openPair(i) };
}

/** Arrow keys move between sentences (↑ ↓) and names (← →); Enter/Space selects a name. */
function onArticleKey(ev) {
  const m = ev.target.closest?.("mark.ent");
  if (m && (ev.key === "Enter" || ev.key === " ")) {
    ev.preventDefault();
    select(Number(m.dataset.entityId), false);
    return;
  }
  const from = ev.target.closest?.("mark.ent, .sent");
  if (!from || ev.altKey || ev.ctrlKey || ev.metaKey) return;
  const { article } = current.els;
  let list, dir;
  if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
    list = [...article.querySelectorAll(".sent")];
    dir = ev.key === "ArrowDown" ? 1 : -1;
    const here = from.closest(".sent");
    const at = here ? list.indexOf(here) : -1;
    const next = list[at + dir] ?? (at < 0 ? list[0] : null);
    if (next) {
      ev.preventDefault();
      next.focus();
    }
  } else if (ev.key === "ArrowRight" || ev.key === "ArrowLeft") {
    list = [...article.querySelectorAll("mark.ent[tabindex='0']")];
    dir = ev.key === "ArrowRight" ? 1 : -1;
    let at = list.indexOf(from);
    if (at < 0) {
      // From a sentence: the first name after (or last before) its start.
      const all = [...article.querySelectorAll("mark.ent[tabindex='0'], .sent")];
      const k = all.indexOf(from);
      const next = dir > 0 ? all.slice(k + 1).find((n) => n.matches("mark")) : all.slice(0, k).reverse().find((n) => n.matches("mark"));
      if (next) {
        ev.preventDefault();
        next.focus();
      }
      return;
    }
    const next = list[at + dir];
    if (next) {
      ev.preventDefault();
      next.focus();
    }
  }
}

// The explanation bubble (#explain, role=tooltip): filled from the analysis, placed under the
// hovered line or the focused element, and linked with aria-describedby while focused.

function explainFor(target) {
  const { text, sentences, byId } = current;
  if (target.matches("mark.ent")) {
    const e = byId.get(Number(target.dataset.entityId));
    if (!e) return null;
    // A name in the title or a caption is one whole mark of that field's text.
    if (target.dataset.field) return explainMention(e, target.textContent, null, byId);
    const start = Number(target.dataset.start), end = Number(target.dataset.end);
    const sIdx = Number(target.closest(".sent")?.dataset.sentence);
    return explainMention(e, text.slice(start, end), Number.isInteger(sIdx) ? sentences[sIdx] : null, byId);
  }
  const s = sentences[Number(target.dataset.sentence)];
  return s ? explainSentence(s) : null;
}

function showExplain(target, ev) {
  const box = current?.els.explain;
  if (!box) return;
  if (box.dataset.for === keyOf(target) && !box.hidden && !ev) return;
  const content = explainFor(target);
  if (!content) return hideExplain();
  box.replaceChildren(...content);
  box.dataset.for = keyOf(target);
  box.hidden = false;
  if (!ev) target.setAttribute("aria-describedby", box.id);
  // Under the line that was pointed at (a sentence may span several lines), else the first.
  const rects = [...target.getClientRects()];
  let r = rects[0] || target.getBoundingClientRect();
  if (ev) r = rects.find((q) => ev.clientY >= q.top - 1 && ev.clientY <= q.bottom + 1) || r;
  const vw = document.documentElement.clientWidth;
  const w = box.offsetWidth, h = box.offsetHeight;
  let left = Math.max(8, Math.min((ev ? ev.clientX - 24 : r.left), vw - w - 8));
  let top = r.bottom + 8;
  if (top + h > window.innerHeight - 8 && r.top - h - 8 > 0) top = r.top - h - 8;
  box.style.left = `${Math.round(left + window.scrollX)}px`;
  box.style.top = `${Math.round(top + window.scrollY)}px`;
}

function keyOf(target) {
  return target.matches("mark.ent") ? `m${target.dataset.entityId}:${target.dataset.field ?? ""}:${target.dataset.start}` : `s${target.dataset.sentence}`;
}

function hideExplain() {
  const box = current?.els.explain;
  if (!box || box.hidden) return;
  box.hidden = true;
  box.dataset.for = "";
}

function scrollTo(node, block = "center") {
  const reduce = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  node.scrollIntoView({ block, behavior: reduce ? "auto" : "smooth" });
}

/** Highlights every mention of entity `id` (or clears it when it is already selected). */
function select(id, scroll) {
  if (!current) return;
  const { els } = current;
  const again = current.selected === id;
  current.selected = again ? null : id;
  for (const m of els.article.querySelectorAll("mark.ent.selected")) m.classList.remove("selected");
  for (const m of els.meta?.querySelectorAll("mark.ent.selected") ?? []) m.classList.remove("selected");
  for (const b of els.entities.querySelectorAll("button.entity-item")) {
    b.setAttribute("aria-pressed", String(!again && Number(b.dataset.entityId) === id));
  }
  for (const n of els.stance.querySelectorAll("g.node")) n.classList.toggle("selected", !again && Number(n.getAttribute("data-entity-id")) === id);
  if (again) {
    els.inspector.textContent = "Selection cleared.";
    return;
  }
  // The article's marks first (scrolling goes to the first), then the title's and captions'.
  const marks = [...els.article.querySelectorAll("mark.ent"), ...(els.meta?.querySelectorAll("mark.ent") ?? [])].filter((m) => Number(m.dataset.entityId) === id);
  marks.forEach((m) => m.classList.add("selected"));
  const e = current.byId.get(id);
  if (e) {
    const n = marks.filter((m) => !m.classList.contains("ent-cont")).length;
    els.inspector.textContent = `${e.name}: ${n} mention${n === 1 ? "" : "s"} highlighted · ${entitySummary(e, current.byId).slice(1).join(" · ")}`;
  }
  if (scroll && marks.length) scrollTo(marks[0]);
}

/** Opens pair `i` of the stance list (from the map), marks it and its edge. */
function openPair(i) {
  if (!current) return;
  const { els, map } = current;
  if (map) map.select(i);
  for (const li of els.stance.querySelectorAll(".stance-item")) {
    const on = Number(li.dataset.pair) === i;
    li.classList.toggle("current", on);
    if (on) {
      li.querySelector("details").open = true;
      scrollTo(li, "nearest");
    }
  }
}

/** Briefly highlights the sentences overlapping [start, end). */
function flash(start, end) {
  if (!current) return;
  const { els, sentences } = current;
  const hit = [];
  sentences.forEach((s, i) => {
    if (s.start < end && s.end > start) hit.push(i);
  });
  const nodes = [...els.article.querySelectorAll(".sent")].filter((n) => hit.includes(Number(n.dataset.sentence)));
  for (const n of els.article.querySelectorAll(".sent.flash")) n.classList.remove("flash");
  nodes.forEach((n) => n.classList.add("flash"));
  if (nodes.length) scrollTo(nodes[0]);
  setTimeout(() => nodes.forEach((n) => n.classList.remove("flash")), 2500);
}
