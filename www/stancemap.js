// The stance map: actors as nodes on a circle, one edge per pair. Cooperation is a solid
// line, conflict a dashed one, each labelled with its signed score (colour is never the only
// signal); the stroke grows with |score|. Built with createElementNS only.
//
// Edges are keyboard buttons (Tab, Enter/Space); activating one calls onEdge(pairIndex).
// Clicking a node calls onNode(entityId). The layout is deterministic: the actors in
// entity order (salience rank), clockwise from the left.

const NS = "http://www.w3.org/2000/svg";
/** More actors than this are left to the list below the map. */
export const MAX_NODES = 10;

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  node.append(...children.filter(Boolean));
  return node;
}

/** "Lagos Institute for Secu…" */
export function shorten(name, max = 18) {
  const s = String(name);
  return s.length <= max ? s : s.slice(0, max - 1).trimEnd() + "\u2026";
}

/** A node label in at most two lines of about `width` characters, cut between words:
 *  "European Union" -> ["European", "Union"]; "Lagos Institute for Security Studies" ->
 *  ["Lagos", "Institute for…"]. */
export function labelLines(name, width = 13) {
  const words = String(name).split(/\s+/).filter(Boolean);
  const lines = [];
  let line = "";
  for (const w of words) {
    if (!line) line = w;
    else if (line.length + 1 + w.length <= width) line += " " + w;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines.map((l) => shorten(l, width + 2));
  // Three or more lines: keep the words of the second that fit, then an ellipsis.
  const rest = lines.slice(1).join(" ").split(" ");
  let second = "";
  for (const w of rest) {
    if (second && second.length + 1 + w.length > width) break;
    second = second ? `${second} ${w}` : w;
  }
  return [shorten(lines[0], width + 2), shorten(second, width) + (second.endsWith("\u2026") ? "" : "\u2026")];
}

/**
 * Node positions for `n` actors in a `width` × `height` box: [{x, y, anchor, dx, dy}] where
 * anchor/dx/dy place the label outside the circle. Pure (unit-tested).
 */
export function circleLayout(n, width = 320, height = 260) {
  const cx = width / 2, cy = height / 2;
  if (n <= 0) return [];
  if (n === 1) return [{ x: cx, y: cy, anchor: "middle", dx: 0, dy: 22 }];
  if (n === 2) {
    return [
      { x: cx - 100, y: cy - 12, anchor: "middle", dx: 0, dy: 24 },
      { x: cx + 100, y: cy - 12, anchor: "middle", dx: 0, dy: 24 },
    ];
  }
  const r = Math.min(cx - 80, cy - 40);
  const out = [];
  for (let i = 0; i < n; i++) {
    const a = Math.PI + (2 * Math.PI * i) / n; // start on the left, go clockwise (y points down)
    const cos = Math.cos(a), sin = Math.sin(a);
    const x = Math.round((cx + r * cos) * 10) / 10, y = Math.round((cy + r * sin) * 10) / 10;
    const anchor = cos > 0.35 ? "start" : cos < -0.35 ? "end" : "middle";
    const dx = anchor === "start" ? 11 : anchor === "end" ? -11 : 0;
    const dy = anchor !== "middle" ? 5 : sin < 0 ? -13 : 22;
    out.push({ x, y, anchor, dx, dy });
  }
  return out;
}

/** The actors to draw: entity ids in the pairs, strongest involvement first, at most MAX_NODES,
 *  then back in entity order so the layout is stable. */
export function pickActors(stance) {
  const weight = new Map();
  for (const s of stance) {
    for (const id of [s.source, s.target]) weight.set(id, (weight.get(id) || 0) + Math.abs(s.score || 0));
  }
  return [...weight.keys()]
    .sort((a, b) => weight.get(b) - weight.get(a) || a - b)
    .slice(0, MAX_NODES)
    .sort((a, b) => a - b);
}

/**
 * Draws the map. stance: the contract's pairs (in the order the list shows them);
 * byId: entity id -> entity; typeClass: type -> CSS token; kindOf(score) -> "pos"|"neg"|"neu";
 * fmt(score) -> "+0.87". Returns {root, select(index)}.
 */
export function renderStanceMap(stance, byId, { typeClass, kindOf, fmt, onEdge, onNode }) {
  const actors = pickActors(stance);
  const shown = new Set(actors);
  const height = actors.length <= 2 ? 110 : 270;
  const width = 320;
  const pos = new Map(circleLayout(actors.length, width, height).map((p, i) => [actors[i], p]));
  const edges = stance
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => shown.has(s.source) && shown.has(s.target) && s.source !== s.target)
    .sort((a, b) => Math.abs(a.s.score) - Math.abs(b.s.score)); // strongest drawn last, on top

  const nameOf = (id) => byId.get(id)?.name ?? `#${id}`;
  const root = svg("svg", {
    class: "stance-map",
    viewBox: `0 0 ${width} ${height}`,
    role: "group",
    "aria-label": `Stance map: ${actors.length} actors, ${edges.length} pairs. Each line is a button that shows its evidence.`,
  });
  const edgeLayer = svg("g", { class: "edges" });
  const labelLayer = svg("g", { class: "edge-labels", "aria-hidden": "true" });
  const nodeLayer = svg("g", { class: "nodes" });
  root.append(edgeLayer, nodeLayer, labelLayer);

  const edgeEls = new Map();
  for (const { s, index } of edges) {
    const a = pos.get(s.source), b = pos.get(s.target);
    const kind = kindOf(s.score);
    const word = kind === "pos" ? "cooperation" : kind === "neg" ? "conflict" : "neutral";
    const n = (s.evidence || []).length;
    const width = (1.5 + 6 * Math.min(1, Math.abs(s.score || 0))).toFixed(1);
    const line = (cls, extra = {}) => svg("line", { class: cls, x1: a.x, y1: a.y, x2: b.x, y2: b.y, ...extra });
    // One name for the button, read by screen readers and shown on hover.
    const name = `${nameOf(s.source)} and ${nameOf(s.target)}: ${word} ${fmt(s.score)}, ${n} evidence sentence${n === 1 ? "" : "s"}`;
    const g = svg(
      "g",
      { class: `edge edge-${kind}`, tabindex: 0, role: "button", "aria-pressed": "false", "aria-label": name, "data-pair": index },
      svg("title", {}, name),
      line("edge-hit"),
      line("edge-halo", { "stroke-width": Number(width) + 6 }),
      line("edge-line", { "stroke-width": width }),
    );
    edgeLayer.append(g);
    edgeEls.set(index, g);
    // The score sits 45% of the way along, so labels of crossing diagonals do not collide.
    const t = 0.45;
    const lx = a.x + (b.x - a.x) * t, ly = a.y + (b.y - a.y) * t;
    const label = fmt(s.score);
    const w = 7 * label.length + 8;
    labelLayer.append(
      svg(
        "g",
        { class: `edge-label edge-${kind}`, "data-pair": index },
        svg("rect", { x: (lx - w / 2).toFixed(1), y: (ly - 9).toFixed(1), width: w, height: 18, rx: 4 }),
        svg("text", { x: lx.toFixed(1), y: (ly + 4).toFixed(1), "text-anchor": "middle" }, label),
      ),
    );
  }

  for (const id of actors) {
    const p = pos.get(id);
    const e = byId.get(id);
    const type = typeClass(e?.type);
    nodeLayer.append(
      svg(
        "g",
        { class: "node", "data-entity-id": id },
        svg("title", {}, `${nameOf(id)}${e ? ` (${e.type})` : ""}: click to highlight it in the text`),
        svg("circle", { class: `node-dot ent-${type}`, cx: p.x, cy: p.y, r: 7 }),
        nodeLabel(nameOf(id), p),
      ),
    );
  }

  function nodeLabel(name, p) {
    // Two lines at most; a label above its node grows upwards, one beside it is centred.
    const lines = labelLines(name);
    const lh = 14;
    const first = p.anchor !== "middle" ? -((lines.length - 1) * lh) / 2 : p.dy < 0 ? -(lines.length - 1) * lh : 0;
    const x = p.x + p.dx;
    return svg(
      "text",
      { class: "node-label", x, y: p.y + p.dy + first, "text-anchor": p.anchor },
      ...lines.map((l, i) => svg("tspan", { x, dy: i ? lh : null }, l)),
    );
  }

  const activate = (g) => g && onEdge && onEdge(Number(g.getAttribute("data-pair")));
  root.addEventListener("click", (ev) => {
    const edge = ev.target.closest?.("g.edge, g.edge-label");
    if (edge) {
      activate(edgeEls.get(Number(edge.getAttribute("data-pair"))));
      return;
    }
    const node = ev.target.closest?.("g.node");
    if (node && onNode) onNode(Number(node.getAttribute("data-entity-id")));
  });
  root.addEventListener("keydown", (ev) => {
    const edge = ev.target.closest?.("g.edge");
    if (edge && (ev.key === "Enter" || ev.key === " ")) {
      ev.preventDefault();
      activate(edge);
    }
  });

  return {
    root,
    hidden: stance.length - edges.length,
    select(index) {
      for (const [i, g] of edgeEls) {
        g.setAttribute("aria-pressed", String(i === index));
        g.classList.toggle("selected", i === index);
      }
    },
  };
}
