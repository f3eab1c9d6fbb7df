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

/** Entity types in legend order: [type, label, description]. */
export const TYPES = [
  ["PERSON", "Person", "people, real or fictional"],
  ["ORG", "Organisation", "companies, agencies, militant groups"],
  ["GPE", "Country/city", "countries, cities, states"],
  ["LOC", "Place", "regions, rivers, mountains"],
  ["NORP", "Group", "nationalities, religious and political groups"],
  ["EVENT", "Event", "named events"],
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

function entityTitle(e, byId) {
  const lines = [`${e.name} — ${typeLabel(e.type)} (${e.type})`];
  if (e.role) {
    const org = e.acts_for !== null && e.acts_for !== undefined ? byId.get(e.acts_for) : null;
    lines.push(org ? `${e.role}, for ${org.name}` : e.role);
  }
  const n = (e.mentions || []).length;
  lines.push(`${n} mention${n === 1 ? "" : "s"} · salience ${(e.salience ?? 0).toFixed(2)}`);
  lines.push(`Sentiment toward it: ${signed(e.sentiment)} (${toneWord(e.sentiment)})`);
  if (e.aliases && e.aliases.length) lines.push(`Also: ${e.aliases.join(", ")}`);
  return lines.join("\n");
}

function sentenceTitle(s) {
  const lines = [`Sentence tone: ${signed(s.sentiment)} (${toneWord(s.sentiment)})`];
  for (const c of (s.evidence || []).slice(0, 6)) lines.push(`“${c.text}” ${signed(c.weight)} · ${c.rule}`);
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------
// The report

/**
 * Draws `result` (the analysis contract) into the page's containers:
 * els = {meta, legend, article, removed, tone, entities, stance, inspector}.
 * Returns a controller {select(id)}.
 */
export function renderReport(els, result) {
  const text = typeof result.text === "string" ? result.text : "";
  const entities = Array.isArray(result.entities) ? result.entities : [];
  const sentences = Array.isArray(result.sentences) ? result.sentences : [];
  const byId = new Map(entities.map((e) => [e.id, e]));

  els.meta.replaceChildren(...renderMeta(result.meta || {}));
  els.legend.replaceChildren(...renderLegend(entities));
  els.article.replaceChildren(renderArticle(text, sentences, entities, byId));
  renderRemoved(els.removed, Array.isArray(result.removed) ? result.removed : []);
  els.tone.replaceChildren(...renderTone(result.tone || {}));
  els.entities.replaceChildren(renderEntityPanel(entities, byId));
  els.stance.replaceChildren(renderStance(text, Array.isArray(result.stance) ? result.stance : [], byId));

  const ctl = wire(els, { text, sentences, entities, byId });
  return ctl;
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

function renderMeta(meta) {
  const out = [el("h2", { id: "meta-title", class: "meta-title", text: meta.title || "Article" })];
  const parts = [];
  if (meta.byline) parts.push(el("span", { class: "byline", text: meta.byline }));
  if (meta.published) {
    const iso = /^\d{4}-\d{2}-\d{2}/.test(meta.published);
    parts.push(el("time", { datetime: iso ? meta.published : null, text: formatPublished(meta.published) }));
  }
  if (meta.source) parts.push(el("span", { class: "source", text: meta.source }));
  if (parts.length) {
    const line = el("p", { class: "meta-line" });
    parts.forEach((p, i) => line.append(...(i ? [el("span", { class: "sep", "aria-hidden": "true", text: " · " }), p] : [p])));
    out.push(line);
  }
  const caps = Array.isArray(meta.captions) ? meta.captions.filter(Boolean) : [];
  if (caps.length) {
    out.push(el("ul", { class: "captions", "aria-label": "Photo captions" }, ...caps.map((c) => el("li", { text: c }))));
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
  const titles = new Map();
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
          sEl = el("span", { class: `sent sent-${dir} tint-${level}`, dataset: { sentence: sIdx }, title: sentenceTitle(s) });
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
        if (!titles.has(e)) titles.set(e, entityTitle(e, byId));
        const first = run.start === m.start;
        mEl = el("mark", {
          class: `ent ent-${typeClass(e.type)}${first ? "" : " ent-cont"}`,
          dataset: { entityId: e.id, start: m.start, end: m.end },
          title: titles.get(e),
          tabindex: first ? "0" : null,
        });
        parent.append(mEl);
      }
      mEl.append(piece);
      if (run.end === m.end) mEl.dataset.label = String(m.entity.type); // shown by CSS ::after
    }
    frag.append(p);
  }
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
        el("summary", { text: "Why" }),
        el("ul", {}, ...cues.map((c) => el("li", {}, el("span", { class: `cue cue-${tint(c.weight)[0]}`, text: `“${c.text}”` }), ` ${signed(c.weight)} · ${c.rule}`))),
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
      const n = (e.mentions || []).length;
      const [dir] = tint(e.sentiment);
      return el(
        "li",
        {},
        el(
          "button",
          { type: "button", class: "entity-item", dataset: { entityId: e.id }, "aria-pressed": "false", title: entityTitle(e, byId) },
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

function renderStance(text, stance, byId) {
  if (!stance.length) return el("p", { class: "muted", text: "No stance found between the actors." });
  const sorted = stance.slice().sort((a, b) => Math.abs(b.score) - Math.abs(a.score));
  const list = el("ul", { class: "stance-list" });
  for (const s of sorted) {
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
          { class: "stance-evidence" },
          ...evidence.map((r) =>
            el("li", {}, el("button", { type: "button", class: "evidence-link", dataset: { start: r.start, end: r.end }, text: text.slice(r.start, r.end) })),
          ),
        ),
      );
    }
    const cues = s.cues || [];
    if (cues.length) {
      body.append(el("p", { class: "muted cues" }, "Cues: ", ...cues.flatMap((c, i) => [i ? ", " : "", el("span", { class: `cue cue-${tint(c.weight)[0]}`, text: `“${c.text}”` }), ` ${signed(c.weight)}`])));
    }
    if (!evidence.length && !cues.length) body.append(el("p", { class: "muted", text: "No evidence recorded." }));
    list.append(
      el(
        "li",
        { class: `stance-item stance-${dir}` },
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
  return list;
}

// ---------------------------------------------------------------------------------------
// Interaction: selection, inspector, evidence links. Listeners are attached once per
// container; they read the current analysis from `current`.

let current = null;
const wired = new WeakSet();

function wire(els, data) {
  current = { els, ...data, selected: null };
  if (!wired.has(els.article)) {
    wired.add(els.article);
    els.article.addEventListener("click", (ev) => {
      const m = ev.target.closest?.("mark.ent");
      if (m) select(Number(m.dataset.entityId), false);
    });
    els.article.addEventListener("keydown", (ev) => {
      const m = ev.target.closest?.("mark.ent");
      if (m && (ev.key === "Enter" || ev.key === " ")) {
        ev.preventDefault();
        select(Number(m.dataset.entityId), false);
      }
    });
    const inspect = (ev) => {
      const target = ev.target.closest?.("mark.ent, .sent");
      if (target) els.inspector.textContent = target.title.replace(/\n/g, " · ");
    };
    els.article.addEventListener("mouseover", inspect);
    els.article.addEventListener("focusin", inspect);
    els.entities.addEventListener("click", (ev) => {
      const b = ev.target.closest?.("button.entity-item");
      if (b) select(Number(b.dataset.entityId), true);
    });
    els.stance.addEventListener("click", (ev) => {
      const b = ev.target.closest?.("button.evidence-link");
      if (b) flash(Number(b.dataset.start), Number(b.dataset.end));
    });
  }
  return { select: (id) => select(id, true) };
}

function scrollTo(node) {
  const reduce = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  node.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
}

/** Highlights every mention of entity `id` (or clears it when it is already selected). */
function select(id, scroll) {
  if (!current) return;
  const { els } = current;
  const again = current.selected === id;
  current.selected = again ? null : id;
  for (const m of els.article.querySelectorAll("mark.ent.selected")) m.classList.remove("selected");
  for (const b of els.entities.querySelectorAll("button.entity-item")) {
    b.setAttribute("aria-pressed", String(!again && Number(b.dataset.entityId) === id));
  }
  if (again) {
    els.inspector.textContent = "Selection cleared.";
    return;
  }
  const marks = [...els.article.querySelectorAll("mark.ent")].filter((m) => Number(m.dataset.entityId) === id);
  marks.forEach((m) => m.classList.add("selected"));
  const e = current.byId.get(id);
  if (e) els.inspector.textContent = `${e.name}: ${marks.filter((m) => !m.classList.contains("ent-cont")).length} mention(s) highlighted · ${entityTitle(e, current.byId).split("\n").slice(1).join(" · ")}`;
  if (scroll && marks.length) scrollTo(marks[0]);
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
