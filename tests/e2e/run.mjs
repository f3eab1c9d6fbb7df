#!/usr/bin/env node
// End-to-end test of the built page in headless Chromium (Debian's /usr/bin/chromium driven
// by playwright-core). No test framework: named steps print PASS/FAIL; the exit code is 1
// if any failed.
//
//   node tests/e2e/run.mjs [DIST]        DIST: the built site (default $E2E_DIST or "dist")
//
// Environment: CHROMIUM (default /usr/bin/chromium), E2E_HEADED=1 to watch Chromium,
// E2E_FIREFOX=0 to skip Firefox. Screenshots go to test-output/e2e/*.png.
//
// The main browser blocks service workers (so page.route sees every request, including the
// worker's); offlineChecks() starts a second one that allows them, loads the site from another
// sub-path, stops the server and reloads. axe-core comes from node_modules (devDependencies).
//
// Firefox: playwright-core can't drive Debian's firefox-esr (it needs Playwright's patched
// build), so firefox.mjs drives it over WebDriver with geckodriver, for the checks where the
// engines differ; it is skipped, saying why, when geckodriver or Firefox is missing.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { DROPPED_TEXT, EMOJI_ARTICLE, GERMAN_ARTICLE, HTML_ARTICLE, HTML_PLAIN, PLAIN_ARTICLE } from "./articles.mjs";
import { firefoxChecks, pasteInPage } from "./firefox.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.argv[2] ?? process.env.E2E_DIST ?? "dist");
const OUT = join(ROOT, "test-output", "e2e");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const PREFIX = "/some/sub/path/"; // the site must work from any sub-path
const WAIT = 20_000;
const AXE_SOURCE = await readFile(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8").catch(() => null);

// ---------------------------------------------------------------------------------------
// Harness

let failures = 0;
const results = [];

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

let currentStep = "";
async function step(name, fn) {
  currentStep = name;
  const t0 = Date.now();
  try {
    await fn();
    results.push(["PASS", name]);
    console.log(`PASS  ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failures++;
    results.push(["FAIL", name]);
    console.log(`FAIL  ${name}: ${e && e.message ? e.message : e}`);
    if (page) await shot(`FAILED-${name.replace(/[^a-z0-9]+/gi, "-")}`).catch(() => {});
  }
}

let page = null;
async function shot(name, fullPage = true) {
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
}

// ---------------------------------------------------------------------------------------
// Pure checks of the renderer's layout (no browser needed)

async function unitChecks() {
  const { layout, tidySpans, paragraphs, signed, tint, formatPublished } = await import(join(ROOT, "www", "render.js"));
  const show = (text, paras) =>
    paras.map((p) => p.runs.map((r) => `${r.sentence}${r.mention ? "@" + r.mention.entity.name : ""}:${text.slice(r.start, r.end)}`).join("|"));

  await step("static: the page never builds DOM from markup strings", async () => {
    const { readFile, readdir } = await import("node:fs/promises");
    const files = ["index.html", ...(await readdir(join(ROOT, "www"))).filter((f) => /\.(js|mjs|html)$/.test(f)).map((f) => `www/${f}`)];
    const banned = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|srcdoc|createContextualFragment)\b|\beval\s*\(|new\s+Function\s*\(/;
    for (const f of files) {
      const lines = (await readFile(join(ROOT, f), "utf8")).split("\n");
      lines.forEach((line, i) => {
        if (banned.test(line.replace(/\/\/.*$/, ""))) throw new Error(`${f}:${i + 1}: ${line.trim()}`);
      });
    }
  });

  await step("unit: the nesting estimate is not fooled by stray or misnested end tags", async () => {
    const { tooDeep } = await import(join(ROOT, "www", "htmltree.js"));
    // [html, its nesting]: tooDeep(html, d - 1) is true, tooDeep(html, d) false.
    const table = [
      ["<div><div></div><p>x<br><img></div>", 2],
      ["<p><p><p><li><li>", 0],
      ["<div><span>x</div><div></div>", 2],
      ["<div></span><div></p><div></li>", 3],
      ["<div><table></div><div>", 3],
      ["<div><table></table></div><div>", 2],
      ["<b><div></b><div>", 3],
      ["<b><i>x</i></b><b>", 2],
      ["<DIV><Div></div></DIV><!-- <div> --><script><div></script>", 2],
    ];
    for (const [html, d] of table) {
      assert(tooDeep(html, d) === false && tooDeep(html, d - 1) === d > 0, `${html}: nesting ${d}`);
    }
    // 30,000 <div>s left open: the </p> and </span> close nothing (DOMParser would take minutes).
    assert(tooDeep("<div><p>Rosaly said <b>so</b></p></span>".repeat(30_000)), "30,000 open <div>s");
    assert(!tooDeep("<div><p>Rosaly said <b>so</b></p></div>".repeat(30_000)), "30,000 closed <div>s");
  });

  await step("unit: paragraphs split on blank lines only", () => {
    const text = "One.\nStill one.\n\n\nTwo.\n  \nThree.";
    const got = paragraphs(text).map((p) => text.slice(p.start, p.end));
    assert(JSON.stringify(got) === JSON.stringify(["One.\nStill one.", "Two.", "Three."]), `got ${JSON.stringify(got)}`);
  });

  await step("unit: runs nest mentions inside sentences", () => {
    const text = "Ana met Bo. Then Cy left.";
    const ents = [
      { id: 0, name: "Ana", type: "PERSON", mentions: [{ start: 0, end: 3 }] },
      { id: 1, name: "Cy", type: "PERSON", mentions: [{ start: 17, end: 19 }] },
    ];
    const got = show(text, layout(text, [{ start: 0, end: 11 }, { start: 12, end: 25 }], ents));
    const want = ["0@Ana:Ana|0: met Bo.|-1: |1:Then |1@Cy:Cy|1: left."];
    assert(JSON.stringify(got) === JSON.stringify(want), `got ${JSON.stringify(got)}`);
  });

  await step("unit: a mention crossing a sentence or paragraph boundary is split, never lost", () => {
    const text = "It was New\n\nYork. Yes";
    const ents = [{ id: 0, name: "New York", type: "GPE", mentions: [{ start: 7, end: 16 }] }];
    const paras = layout(text, [{ start: 0, end: 17 }, { start: 18, end: 21 }], ents);
    const got = show(text, paras);
    const want = ["0:It was |0@New York:New", "0@New York:York|0:.|-1: |1:Yes"];
    assert(JSON.stringify(got) === JSON.stringify(want), `got ${JSON.stringify(got)}`);
    const pieces = paras.flatMap((p) => p.runs).filter((r) => r.mention);
    assert(pieces.length === 2 && pieces[0].mention === pieces[1].mention, "both pieces belong to one mention");
  });

  await step("unit: UTF-16 offsets slice emoji text exactly", () => {
    const text = "🙂 José met Ana.";
    const start = text.indexOf("Ana");
    assert(start === 12, `Ana at ${start}`);
    const got = show(text, layout(text, [{ start: 0, end: text.length }], [{ id: 0, name: "Ana", type: "PERSON", mentions: [{ start, end: start + 3 }] }]));
    assert(JSON.stringify(got) === JSON.stringify(["0:🙂 José met |0@Ana:Ana|0:."]), `got ${JSON.stringify(got)}`);
  });

  await step("unit: bad spans are clipped, sorted and de-overlapped", () => {
    const got = tidySpans(
      // [-4,1) clips to [0,1), which lies inside [0,3) and is dropped; [2,6) is cut to [3,6).
      [{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 2, end: 6 }, { start: 7, end: 7 }, { start: -4, end: 1 }, { start: 8, end: 99 }, { start: "x", end: 2 }],
      10,
    ).map((s) => [s.start, s.end]);
    assert(JSON.stringify(got) === JSON.stringify([[0, 3], [3, 6], [6, 9], [9, 10]]), `got ${JSON.stringify(got)}`);
  });

  await step("unit: title and caption mentions are grouped by field", async () => {
    const { metaMentions, mentionCount } = await import(join(ROOT, "www", "render.js"));
    const ents = [
      { id: 0, name: "Ana Li", type: "PERSON", mentions: [{ start: 0, end: 2 }], meta_mentions: [{ field: "caption", index: 1, start: 3, end: 9 }] },
      { id: 1, name: "Oslo", type: "GPE", mentions: [], meta_mentions: [{ field: "title", index: null, start: 0, end: 4 }, { field: "caption", index: 1, start: 13, end: 17 }] },
      { id: 2, name: "Bo", type: "PERSON", mentions: [{ start: 5, end: 7 }] },
      { id: 3, name: "Bad", type: "ORG", mentions: [], meta_mentions: [{ field: "caption", index: null, start: 0, end: 1 }, { field: "body", start: 0, end: 1 }] },
    ];
    const got = [...metaMentions(ents)].map(([k, v]) => `${k}=${v.map((m) => `${m.entity.name}@${m.start}`).join(",")}`);
    assert(JSON.stringify(got) === JSON.stringify(["caption:1=Ana Li@3,Oslo@13", "title=Oslo@0"]), `got ${JSON.stringify(got)}`);
    assert(mentionCount(ents[0]) === "2 mentions (1 in a caption)", mentionCount(ents[0]));
    assert(mentionCount(ents[1]) === "2 mentions (1 in the title, 1 in a caption)", mentionCount(ents[1]));
    assert(mentionCount(ents[2]) === "1 mention", mentionCount(ents[2]));
  });

  await step("unit: dates keep the time zone they were written in", () => {
    const table = [
      ["2025-03-03T09:15:00-05:00", "Mar 3, 2025, 09:15 UTC\u221205:00"],
      ["2014-10-14T23:30:00Z", "Oct 14, 2014, 23:30 UTC"],
      ["2025-06-02", "Jun 2, 2025"],
      ["2025-13-02", "2025-13-02"],
      ["last Tuesday", "last Tuesday"],
    ];
    for (const [iso, want] of table) assert(formatPublished(iso) === want, `${iso} -> ${formatPublished(iso)}, want ${want}`);
  });

  const { toCsv, toDisplacy, csvField, utf16ToCodePoints, baseName } = await import(join(ROOT, "www", "export.js"));
  const { circleLayout, pickActors, shorten, labelLines } = await import(join(ROOT, "www", "stancemap.js"));
  const { describeRule } = await import(join(ROOT, "www", "render.js"));

  await step("unit: CSV fields are quoted per RFC 4180 and formulas are defused", () => {
    const table = [
      ["plain", "plain"],
      ["a,b", '"a,b"'],
      ['say "hi"', '"say ""hi"""'],
      ["two\nlines", '"two\nlines"'],
      ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
      ["@cmd", "'@cmd"],
      ["-1+1", "'-1+1"],
      ["=a,b", `"'=a,b"`],
      ["", ""],
      [null, ""],
    ];
    for (const [v, want] of table) assert(csvField(v) === want, `csvField(${JSON.stringify(v)}) = ${JSON.stringify(csvField(v))}, want ${JSON.stringify(want)}`);
    assert(csvField(-0.25, false) === "-0.25", "numbers are not defused");
    const text = "Ana \"Big\" Li, of Acme, met Bo.";
    const csv = toCsv({
      text,
      entities: [
        { id: 0, name: 'Ana "Big" Li', type: "PERSON", salience: 1, sentiment: -0.2, mentions: [{ start: 0, end: 12 }], aliases: ["Li", "Ana"], role: null, acts_for: 1 },
        { id: 1, name: "Acme, Inc", type: "ORG", salience: 0.5, sentiment: 0, mentions: [{ start: text.indexOf("Acme"), end: text.indexOf("Acme") + 4 }], aliases: [], role: null, acts_for: null },
      ],
    });
    const want = [
      "id,name,type,salience,sentiment,mentions,first_mention,aliases,role,acts_for",
      '0,"Ana ""Big"" Li",PERSON,1,-0.2,1,"Ana ""Big"" Li",Li; Ana,,"Acme, Inc"',
      "1,\"Acme, Inc\",ORG,0.5,0,1,Acme,,,",
      "",
    ].join("\r\n");
    assert(csv === want, `CSV:\n${csv}\nwant:\n${want}`);
  });

  await step("unit: displaCy offsets count code points (Python str), not UTF-16 units", () => {
    // 🙂 and 🇨🇭 are 2 and 4 UTF-16 units but 1 and 2 code points; é is 1 of each.
    const text = "🙂 José in 🇨🇭 Geneva met Ana.";
    const u = (w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const result = {
      text,
      meta: { title: "T" },
      entities: [
        { id: 0, type: "PERSON", mentions: [u("Ana"), u("José")] },
        { id: 1, type: "GPE", mentions: [u("Geneva")] },
      ],
    };
    const got = JSON.parse(toDisplacy(result));
    const cps = [...text];
    const slice = (e) => cps.slice(e.start, e.end).join("");
    assert(got.text === text && got.title === "T", "text and title are kept");
    assert(JSON.stringify(got.ents.map((e) => [slice(e), e.label])) === JSON.stringify([["José", "PERSON"], ["Geneva", "GPE"], ["Ana", "PERSON"]]), `ents ${JSON.stringify(got.ents)}`);
    assert(JSON.stringify(got.ents[0]) === '{"start":2,"end":6,"label":"PERSON"}', `José at ${JSON.stringify(got.ents[0])}`);
    assert(JSON.stringify(utf16ToCodePoints("a🙂b", [0, 1, 2, 3, 4, 9])) === "[0,1,1,2,3,3]", `inside a pair / past the end: ${utf16ToCodePoints("a🙂b", [0, 1, 2, 3, 4, 9])}`);
    assert(baseName({ meta: { title: "Núñez: Talks, Again!" } }) === "undertone-nunez-talks-again", baseName({ meta: { title: "Núñez: Talks, Again!" } }));
    assert(baseName({ meta: {} }) === "undertone-analysis", "no title");
  });

  await step("unit: the stance map layout is deterministic and keeps the strongest actors", () => {
    const a = JSON.stringify(circleLayout(5)), b = JSON.stringify(circleLayout(5));
    assert(a === b, "same input, same layout");
    const pts = circleLayout(4, 400, 270);
    assert(pts[0].x < 200 && pts[0].anchor === "end", `first actor on the left: ${JSON.stringify(pts[0])}`);
    assert(pts[2].x > 200 && pts[2].anchor === "start", `third on the right: ${JSON.stringify(pts[2])}`);
    assert(pts.every((p) => p.x >= 0 && p.x <= 400 && p.y >= 0 && p.y <= 270), "inside the box");
    const stance = Array.from({ length: 14 }, (_, i) => ({ source: i, target: i + 1, score: i === 0 ? 0.9 : 0.1 }));
    const picked = pickActors(stance);
    assert(picked.length === 10 && picked.includes(0) && picked.includes(1), `picked ${picked}`);
    assert(JSON.stringify(picked) === JSON.stringify([...picked].sort((x, y) => x - y)), "in entity order");
    assert(shorten("Lagos Institute for Security Studies") === "Lagos Institute f\u2026", shorten("Lagos Institute for Security Studies"));
    const lines = [
      ["Germany", ["Germany"]],
      ["European Union", ["European", "Union"]],
      ["Lagos Institute for Security Studies", ["Lagos", "Institute for\u2026"]],
    ];
    for (const [name, want] of lines) assert(JSON.stringify(labelLines(name)) === JSON.stringify(want), `${name} -> ${JSON.stringify(labelLines(name))}`);
  });

  await step("unit: cue rules are explained in words", () => {
    const table = [
      ["lexicon", "a word from the sentiment lexicon"],
      ["idiom+quoted", "a known phrase, in a quotation"],
      ["lexicon+negated+contrast:but", "a word from the sentiment lexicon, negated, weighed against “but”"],
      ["cameo:reduce-relations", "a reduce relations cue (CAMEO event codes)"],
      ["something+new", "something, new"],
      ["excess+question", "“too” before a plain word (a fault), in a question (counts half)"],
      ["lexicon+counterfactual", "a word from the sentiment lexicon, what would have been (“would have”)"],
      ["lexicon+opposed", "a word from the sentiment lexicon, against something bad"],
      ["model:word", "a word the learned tone model weighs"],
      ["lexicon+than", "a word from the sentiment lexicon, the standard it falls short of (“more X than Y”)"],
      ["lexicon+only", "a word from the sentiment lexicon, “the only” good thing (counts against)"],
      ["lexicon+topic", "a word from the sentiment lexicon, what the work is about (counts half)"],
      ["cameo:cooperate+against", "a cooperate cue (CAMEO event codes), support against the other side (conflict)"],
      ["emoticon+quoted", "an emoticon (:) :( <3), in a quotation"],
      ["descriptor+lexicon+negated", "a word describing it, from the sentiment lexicon, negated"],
    ];
    for (const [rule, want] of table) assert(describeRule(rule) === want, `${rule} -> ${describeRule(rule)}`);
  });

  await step("unit: scores are labelled with their sign", () => {
    const table = [[0.25, "+0.25"], [-0.4, "\u22120.40"], [0.001, "0.00"], [NaN, "0.00"]];
    for (const [x, want] of table) assert(signed(x) === want, `signed(${x}) = ${signed(x)}, want ${want}`);
    assert(JSON.stringify(tint(0.6)) === '["pos",3]' && JSON.stringify(tint(-0.1)) === '["neg",1]' && tint(0.01)[0] === "neu", "tint buckets");
  });
}

// ---------------------------------------------------------------------------------------
// The static server

function startServer(prefix = PREFIX) {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [join(ROOT, "scripts", "serve.mjs"), DIST, "0", `--prefix=${prefix}`], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const timer = setTimeout(() => fail(new Error(`server did not start: ${out}`)), 10_000);
    const onData = (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\S*/);
      if (m) {
        clearTimeout(timer);
        ok({ child, url: m[0], origin: `http://127.0.0.1:${m[1]}` });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code}): ${out}`));
    });
  });
}

async function serverChecks(url, origin) {
  const get = (path) => fetch(origin + path, { redirect: "manual" });
  await step("server: MIME types, sub-path redirect, 404 and no traversal", async () => {
    const table = [
      [PREFIX, 200, "text/html"],
      [PREFIX + "www/main.js", 200, "text/javascript"],
      [PREFIX + "pkg/undertone_bg.wasm", 200, "application/wasm"],
      [PREFIX + "www/style.css", 200, "text/css"],
      [PREFIX + "www/sample.txt", 200, "text/plain"],
      [PREFIX.slice(0, -1), 301, null],
      [PREFIX + "www", 301, null],
      [PREFIX + "nope.html", 404, null],
      ["/index.html", 404, null],
      [PREFIX + "..%2f..%2f..%2fpackage.json", 403, null],
      [PREFIX + "%2e%2e/%2e%2e/%2e%2e/etc/passwd", 404, null],
    ];
    for (const [path, status, type] of table) {
      const res = await get(path);
      assert(res.status === status, `${path}: status ${res.status}, want ${status}`);
      if (type) assert((res.headers.get("content-type") || "").startsWith(type), `${path}: type ${res.headers.get("content-type")}, want ${type}`);
    }
    assert(url.endsWith(PREFIX), `url ${url}`);
  });
}

// ---------------------------------------------------------------------------------------
// Page helpers

async function waitState(state, what) {
  try {
    await page.waitForFunction((s) => document.body.dataset.state === s, state, { timeout: WAIT });
  } catch {
    const now = await page.evaluate(() => ({ state: document.body.dataset.state, status: document.getElementById("status")?.textContent, alert: document.getElementById("alert")?.textContent }));
    throw new Error(`${what}: page state stayed ${JSON.stringify(now)}, wanted "${state}"`);
  }
}

async function paste(data) {
  await page.evaluate(pasteInPage, data);
}

/** Waits until the annotated view shows text containing `phrase`. */
async function waitForArticle(phrase) {
  await waitState("ready", `analysis of text with "${phrase}"`);
  await page.waitForFunction((p) => document.getElementById("article").textContent.includes(p), phrase, { timeout: WAIT });
}

/** Texts of the marks of one type (whole mentions: pieces are joined by entity and start). */
async function marksOf(type) {
  return page.evaluate((type) => {
    const byMention = new Map();
    for (const m of document.querySelectorAll(`#article mark.ent-${type}`)) {
      const key = `${m.dataset.entityId}:${m.dataset.start}`;
      byMention.set(key, (byMention.get(key) || "") + m.textContent);
    }
    return [...byMention.values()];
  }, type);
}

async function assertPerson(name) {
  const persons = await marksOf("PERSON");
  assert(persons.includes(name), `no PERSON mark reads exactly "${name}"; PERSON marks: ${JSON.stringify(persons.slice(0, 20))}`);
}

// ---------------------------------------------------------------------------------------
// Browser steps

async function browserChecks(url, origin) {
  const { chromium } = await import("playwright-core");
  const profile = await mkdtemp(join(tmpdir(), "undertone-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !process.env.E2E_HEADED,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
    serviceWorkers: "block", // page.route must see every request; offlineChecks() allows them
    acceptDownloads: true,
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  const requests = [];
  const problems = [];
  context.on("request", (r) => requests.push(r.url()));
  try {
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => problems.push(`page error in "${currentStep}": ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error in "${currentStep}": ${m.text()}`);
    });
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });

    await step("page: the sample is analyzed on first load", async () => {
      await page.goto(url);
      await waitState("ready", "first load");
      const value = await page.inputValue("#input");
      assert(value.includes("Katrin Vogel"), "the textarea holds the sample");
      const n = await page.locator("#article mark.ent-PERSON").count();
      assert(n > 0, "no PERSON mark in the sample");
      const status = await page.textContent("#status");
      assert(/Analyzed .* in /.test(status), `status: ${status}`);
      const info = await page.evaluate(() => ({
        removed: document.querySelectorAll("#removed li").length,
        entities: document.querySelectorAll("#entities .entity-item").length,
        persons: [...new Set([...document.querySelectorAll("#article mark.ent-PERSON")].map((m) => m.textContent))].slice(0, 8),
        stance: document.querySelectorAll("#stance .stance-item").length,
      }));
      console.log(`      sample: ${info.entities} entities, ${info.removed} removed blocks, ${info.stance} stance pairs; persons ${JSON.stringify(info.persons)}`);
      await shot("1-sample");
      await page.click("#removed summary");
      await page.locator("#removed").screenshot({ path: join(OUT, "1-sample-removed.png") });
      await page.click("#removed summary");
      await shot("1-sample-viewport", false);
    });

    await step("page: names in the title and the photo caption are marked and select their entity", async () => {
      const marks = await page.evaluate(() => ({
        title: [...document.querySelectorAll("#meta-title mark.ent")].map((m) => `${m.dataset.label}:${m.textContent}`),
        caption: [...document.querySelectorAll("#meta .captions mark.ent")].map((m) => `${m.dataset.label}:${m.textContent}`),
        title_text: document.querySelector("#meta-title").textContent,
        tabbable: document.querySelectorAll("#meta mark.ent[tabindex='0']").length,
      }));
      assert(marks.title.includes("GPE:Germany") && marks.title.includes("GPE:Nigeria"), `title marks: ${JSON.stringify(marks.title)}`);
      assert(marks.title_text.startsWith("Germany, Nigeria Agree"), `the title reads as written: ${marks.title_text}`);
      for (const want of ["PERSON:Katrin Vogel", "PERSON:Adebayo Okafor", "ORG:Reuters"]) {
        assert(marks.caption.includes(want), `caption lacks ${want}: ${JSON.stringify(marks.caption)}`);
      }
      assert(marks.tabbable === 0, "the title's and captions' marks stay out of the Tab order");
      const vogel = page.locator('#meta .captions mark.ent-PERSON:text-is("Katrin Vogel")').first();
      await vogel.hover();
      await page.waitForSelector("#explain", { state: "visible" });
      assert(/Katrin Vogel/.test(await page.textContent("#explain")) && /in a caption/.test(await page.textContent("#explain")), "the caption's name is explained");
      await vogel.click();
      const id = await vogel.getAttribute("data-entity-id");
      const sel = await page.evaluate((id) => [
        document.querySelectorAll(`#article mark.ent.selected[data-entity-id="${id}"]`).length,
        document.querySelectorAll(`#article mark.ent[data-entity-id="${id}"]`).length,
        document.querySelectorAll(`#meta mark.ent.selected[data-entity-id="${id}"]`).length,
      ], id);
      assert(sel[0] > 0 && sel[0] === sel[1] && sel[2] === 1, `clicking the caption's name selects every mention: ${sel}`);
      await vogel.click(); // clears
      await page.mouse.move(2, 2);
      await page.keyboard.press("Escape");
    });

    await step("page: the sample's main points are shown", async () => {
      await assertPerson("Katrin Vogel");
      await assertPerson("Adebayo Okafor");
      const removed = await page.textContent("#removed");
      assert(removed.includes("Like Us on Facebook") && removed.includes("All rights reserved"), "the share prompt and copyright are listed as removed");
      assert(!(await page.textContent("#article")).includes("Like Us on Facebook"), "the share prompt is not in the article");
      const pairs = await page.$$eval("#stance .stance-item", (items) =>
        items.map((li) => ({ actors: [...li.querySelectorAll(".stance-actor")].map((a) => a.textContent).sort().join("|"), cls: li.className })),
      );
      const gn = pairs.find((p) => p.actors === "Germany|Nigeria");
      assert(gn && gn.cls.includes("stance-pos"), `Germany and Nigeria are not shown cooperating: ${JSON.stringify(pairs)}`);
      // Evidence opens on click and points at a sentence in the text.
      const item = page.locator("#stance .stance-item.stance-pos").first();
      await item.locator("summary").click();
      const evidence = item.locator(".evidence-link").first();
      const said = (await evidence.textContent()).trim();
      assert(said.length > 10 && (await page.textContent("#article")).includes(said), `evidence "${said}" is not a sentence of the article`);
      await evidence.click();
      assert((await page.locator("#article .sent.flash").count()) > 0, "clicking evidence highlights its sentence");
      await page.locator(".side").screenshot({ path: join(OUT, "1-sample-side.png") });
    });

    await step("page: the stance map draws actors and coloured, dashed-or-solid, labelled edges", async () => {
      const map = await page.evaluate(() => {
        const svg = document.querySelector("#stance svg.stance-map");
        if (!svg) return null;
        const edges = [...svg.querySelectorAll("g.edge")].map((g) => ({
          pair: g.dataset.pair ?? g.getAttribute("data-pair"),
          cls: g.getAttribute("class"),
          label: g.getAttribute("aria-label"),
          dash: getComputedStyle(g.querySelector(".edge-line")).strokeDasharray,
          stroke: getComputedStyle(g.querySelector(".edge-line")).stroke,
          width: Number(g.querySelector(".edge-line").getAttribute("stroke-width")),
        }));
        return {
          nodes: [...svg.querySelectorAll("g.node .node-label")].map((t) => t.textContent),
          edges,
          labels: [...svg.querySelectorAll(".edge-label text")].map((t) => t.textContent),
          pairs: document.querySelectorAll("#stance .stance-item").length,
        };
      });
      assert(map, "no stance map");
      assert(map.nodes.includes("Germany") && map.nodes.includes("Nigeria"), `nodes ${JSON.stringify(map.nodes)}`);
      assert(map.edges.length === map.pairs, `${map.edges.length} edges for ${map.pairs} pairs`);
      const coop = map.edges.find((e) => e.cls.includes("edge-pos"));
      const conflict = map.edges.find((e) => e.cls.includes("edge-neg"));
      assert(coop && /cooperation \+0\.\d\d/.test(coop.label) && coop.dash === "none", `cooperation edge: ${JSON.stringify(coop)}`);
      assert(conflict && /conflict \u22120\.\d\d/.test(conflict.label) && conflict.dash !== "none", `conflict edge is dashed: ${JSON.stringify(conflict)}`);
      assert(coop.stroke !== conflict.stroke, "cooperation and conflict have different colours");
      assert(coop.width > conflict.width, `the stronger pair is thicker (${coop.width} vs ${conflict.width})`);
      assert(map.labels.some((l) => l.startsWith("+")) && map.labels.some((l) => l.startsWith("\u2212")), `signed labels ${JSON.stringify(map.labels)}`);
      // Clicking an edge shows its evidence sentences.
      await page.evaluate(() => document.querySelectorAll("#stance details").forEach((d) => (d.open = false)));
      // The click is dispatched on the edge itself: a forced click at its centre's coordinates
      // once reached no handler in CI (2026-12-06: nothing opened; the same build passed
      // three local runs), presumably landing on something drawn over it.
      await page.dispatchEvent(`#stance g.edge[data-pair="${conflict.pair}"] .edge-hit`, "click");
      const opened = await page.evaluate((pair) => {
        const li = document.querySelector(`#stance .stance-item[data-pair="${pair}"]`);
        const ev = [...li.querySelectorAll(".evidence-link")];
        return { open: li.querySelector("details").open, current: li.classList.contains("current"), visible: ev.length > 0 && ev.every((b) => b.offsetHeight > 0), pressed: document.querySelector(`#stance g.edge[data-pair="${pair}"]`).getAttribute("aria-pressed") };
      }, conflict.pair);
      assert(opened.open && opened.current && opened.visible && opened.pressed === "true", `edge click: ${JSON.stringify(opened)}`);
      await page.locator("#stance").screenshot({ path: join(OUT, "1-stance-map.png") });
    });

    await step("page: hovering a sentence or a name explains it (type, entity, sentiment, evidence, rule)", async () => {
      const sent = page.locator("#article .sent.sent-neg.tint-3").first();
      // A sentence that starts mid-line: its bounding box's corner lies over the sentence before
      // it, so point inside its first line box instead.
      await sent.scrollIntoViewIfNeeded();
      const at = await sent.evaluate((el) => {
        const line = el.getClientRects()[0];
        const box = el.getBoundingClientRect();
        return { x: line.left - box.left + Math.min(8, line.width / 2), y: line.top - box.top + line.height / 2 };
      });
      await sent.hover({ position: at });
      await page.waitForSelector("#explain:not([hidden])");
      const s1 = await page.textContent("#explain");
      assert(/Sentence tone \u22120\.\d\d — .*negative/.test(s1) && /Because of:/.test(s1) && /“[^”]+” \u22120\.\d\d · (a word from the sentiment lexicon|a known phrase|the learned tone model|exclamation)/.test(s1), `sentence explanation: ${s1}`);
      await shot("1-explain-sentence", false);
      // A short mention of a person: the canonical name, the type, the sentiment and cues.
      const vogel = page.locator('#article mark.ent-PERSON:text-is("Vogel")').first();
      await vogel.hover();
      await page.waitForFunction(() => /Katrin Vogel/.test(document.getElementById("explain").textContent));
      const s2 = await page.textContent("#explain");
      assert(/PERSON/.test(s2) && /“Vogel” refers to Katrin Vogel/.test(s2) && /Sentiment toward it: [+\u2212]?\d\.\d\d/.test(s2), `mention explanation: ${s2}`);
      assert(/Because of:.*“[^”]+” [+\u2212]0\.\d\d · [a-z]/.test(s2) || /No tone words near it/.test(s2), `cues with their rule, or none: ${s2}`);
      await shot("1-explain-mention", false);
      await page.mouse.move(2, 2);
      await page.waitForSelector("#explain", { state: "hidden" });
    });

    await step("page: keyboard: Tab reaches the text with a visible focus ring, arrows move, Enter selects", async () => {
      await page.focus("#clear");
      let info = null;
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press("Tab");
        info = await page.evaluate(() => {
          const a = document.activeElement;
          const cs = getComputedStyle(a);
          return { cls: a.className, sentence: a.dataset.sentence, outline: `${cs.outlineStyle} ${cs.outlineWidth}` };
        });
        if (info.sentence !== undefined) break;
      }
      assert(info.sentence === "0", `Tab did not reach the first sentence: ${JSON.stringify(info)}`);
      assert(!info.outline.startsWith("none") && parseFloat(info.outline.split(" ")[1]) >= 2, `focus ring: ${info.outline}`);
      assert(/Sentence tone/.test(await page.textContent("#explain")) && (await page.getAttribute("#article .sent[data-sentence='0']", "aria-describedby")) === "explain", "the focused sentence is described by the bubble");
      await page.keyboard.press("ArrowDown");
      assert((await page.evaluate(() => document.activeElement.dataset.sentence)) === "1", "ArrowDown moves to the next sentence");
      await page.keyboard.press("ArrowRight");
      const mark = await page.evaluate(() => ({ tag: document.activeElement.tagName, id: document.activeElement.dataset.entityId }));
      assert(mark.tag === "MARK", `ArrowRight moves to a name: ${JSON.stringify(mark)}`);
      assert(/Sentiment toward it/.test(await page.textContent("#explain")), "the focused name is explained");
      await page.keyboard.press("Enter");
      const sel = await page.evaluate((id) => [document.querySelectorAll("#article mark.ent.selected").length, document.querySelectorAll(`#article mark.ent[data-entity-id="${id}"]`).length], mark.id);
      assert(sel[0] > 0 && sel[0] === sel[1], `Enter selects every mention: ${sel}`);
      await shot("1-keyboard", false);
      await page.keyboard.press("Enter"); // clears
      await page.keyboard.press("Escape");
      // A map edge is a keyboard button too.
      await page.evaluate(() => document.querySelectorAll("#stance details").forEach((d) => (d.open = false)));
      const edge = page.locator("#stance g.edge").first();
      await edge.focus();
      const ring = await edge.evaluate((g) => getComputedStyle(g.querySelector(".edge-halo")).stroke);
      assert(ring !== "none" && ring !== "rgba(0, 0, 0, 0)" && ring !== "transparent", `edge focus ring: ${ring}`);
      await page.keyboard.press("Enter");
      const pair = await edge.getAttribute("data-pair");
      assert(await page.evaluate((p) => document.querySelector(`#stance .stance-item[data-pair="${p}"] details`).open, pair), "Enter on an edge opens its evidence");
    });

    await step("page: selecting an entity in the panel scrolls its first mention into view", async () => {
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.evaluate(() => window.scrollTo(0, 0));
      // The entity whose first mention is furthest down the text.
      const id = await page.evaluate(() => {
        let best = null, y = -1;
        for (const b of document.querySelectorAll("#entities button.entity-item")) {
          const m = document.querySelector(`#article mark.ent[data-entity-id="${b.dataset.entityId}"]`);
          const top = m ? m.getBoundingClientRect().top : -1;
          if (top > y) [best, y] = [b.dataset.entityId, top];
        }
        return best;
      });
      const button = page.locator(`#entities button.entity-item[data-entity-id="${id}"]`);
      await button.evaluate((b) => b.closest("details")?.setAttribute("open", ""));
      await button.click();
      const where = await page.evaluate((id) => {
        const m = document.querySelector(`#article mark.ent.selected[data-entity-id="${id}"]`);
        const r = m.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, h: window.innerHeight };
      }, id);
      assert(where.top >= 0 && where.bottom <= where.h, `first mention not in view: ${JSON.stringify(where)}`);
      assert(/highlighted/.test(await page.textContent("#inspector")), "the selection is announced");
      await button.click();
      await page.emulateMedia({ reducedMotion: "no-preference" });
    });

    await step("page: export: analysis JSON, entities CSV, displaCy JSON and copy", async () => {
      const save = async (format) => {
        await page.selectOption("#export-format", format);
        const [dl] = await Promise.all([page.waitForEvent("download"), page.click("#export-download")]);
        const path = await dl.path();
        const { readFile } = await import("node:fs/promises");
        return { name: dl.suggestedFilename(), body: await readFile(path, "utf8"), url: dl.url() };
      };
      const json = await save("json");
      const a = JSON.parse(json.body);
      assert(json.name === "undertone-germany-nigeria-agree-to-share-intelligence-on.json", `name ${json.name}`);
      assert(json.url.startsWith("blob:"), `downloaded from ${json.url}`);
      for (const k of ["text", "meta", "removed", "sentences", "entities", "stance", "tone"]) assert(k in a, `JSON lacks ${k}`);
      const shownText = await page.textContent("#article");
      assert(a.text.replace(/\s+/g, "") === shownText.replace(/\s+/g, ""), "the JSON text is the text on screen");
      const csv = await save("csv");
      const lines = csv.body.split("\r\n");
      assert(lines[0] === "id,name,type,salience,sentiment,mentions,first_mention,aliases,role,acts_for", `CSV header ${lines[0]}`);
      assert(lines.length === a.entities.length + 2 && lines.at(-1) === "", `${lines.length} CSV lines for ${a.entities.length} entities`);
      assert(lines.some((l) => l.startsWith(`${a.entities.find((e) => e.name === "Katrin Vogel").id},Katrin Vogel,PERSON,`)), "Katrin Vogel row");
      const dx = await save("displacy");
      const d = JSON.parse(dx.body);
      const cps = [...d.text];
      const mentions = a.entities.reduce((n, e) => n + e.mentions.length, 0);
      assert(d.ents.length === mentions, `${d.ents.length} ents for ${mentions} mentions`);
      assert(d.ents.some((e) => e.label === "PERSON" && cps.slice(e.start, e.end).join("") === "Katrin Vogel"), "displaCy span reads Katrin Vogel");
      await page.selectOption("#export-format", "csv");
      await page.click("#export-copy");
      await page.waitForFunction(() => /Copied/.test(document.getElementById("export-note").textContent));
      const clip = await page.evaluate(() => navigator.clipboard.readText());
      assert(clip.replace(/\r\n/g, "\n") === csv.body.replace(/\r\n/g, "\n"), "the clipboard holds the CSV");
      await page.selectOption("#export-format", "json");
    });

    await step("page: the CSP is active and the wasm still runs under it", async () => {
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
      assert(csp && csp.includes("'wasm-unsafe-eval'") && csp.includes("default-src 'self'"), `CSP meta: ${csp}`);
      const ran = await page.evaluate(async () => {
        const s = document.createElement("script");
        s.textContent = "window.__inline = 1";
        document.head.append(s);
        await new Promise((r) => setTimeout(r, 50));
        return window.__inline;
      });
      assert(ran === undefined, "an inline script ran despite the CSP");
    });

    await step("page: empty input shows a friendly message", async () => {
      await page.fill("#input", "   \n ");
      await waitState("empty", "whitespace input");
      const msg = await page.textContent("#empty");
      assert(/Paste a news article/.test(msg), `message: ${msg}`);
      assert(await page.isHidden("#report"), "the old report is hidden");
    });

    await step("page: pasted plain text is analyzed and the person highlighted", async () => {
      await paste({ "text/plain": PLAIN_ARTICLE });
      await waitForArticle("plastic waste");
      await assertPerson("Maria Delgado");
      assert((await page.inputValue("#input")) === PLAIN_ARTICLE, "the textarea holds exactly the pasted text");
      await shot("2-paste-text");
    });

    await step("page: pasted HTML is analyzed as HTML and nothing in it runs", async () => {
      await paste({ "text/html": HTML_ARTICLE, "text/plain": HTML_PLAIN });
      await waitForArticle("ranger posts");
      const value = await page.inputValue("#input");
      assert(value === HTML_PLAIN, "the textarea shows the clipboard's plain text, not the HTML");
      assert((await page.textContent("#source-note")).includes("HTML"), "the note says the HTML was used");
      await page.waitForTimeout(300); // give any handler a chance to fire
      const pwned = await page.evaluate(() => window.__pwned);
      assert(pwned === undefined, `pasted HTML executed: window.__pwned = ${pwned}`);
      const article = await page.textContent("#article");
      assert(!article.includes("window.__pwned"), "script text shown as article text");
      const injected = await page.evaluate(() => document.querySelectorAll("#report script, #report img, #report iframe, #report svg:not(.stance-map), #report style").length);
      assert(injected === 0, `${injected} elements from the paste reached the DOM`);
      await shot("3-paste-html");
    });

    await step("page: a person in pasted HTML is highlighted", async () => {
      await assertPerson("Lena Halvorsen");
    });

    await step("page: emoji and accents before a name keep the highlight exact (UTF-16)", async () => {
      await paste({ "text/plain": EMOJI_ARTICLE });
      await waitForArticle("talks would continue");
      // No mark may split a surrogate pair (offsets in code points or bytes would).
      const broken = await page.evaluate(() =>
        [...document.querySelectorAll("#article mark.ent")].map((m) => m.textContent).filter((t) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(t)),
      );
      assert(broken.length === 0, `marks with half an emoji: ${JSON.stringify(broken)}`);
      assert((await page.inputValue("#input")) === EMOJI_ARTICLE, "the textarea keeps the emoji");
      await assertPerson("Maria Delgado");
      await shot("4-emoji");
    });

    await step("page: the user's text survives a reload", async () => {
      await page.waitForTimeout(400); // the save is debounced
      await page.reload();
      await waitForArticle("talks would continue");
      assert((await page.inputValue("#input")) === EMOJI_ARTICLE, "textarea restored exactly");
      await assertPerson("Maria Delgado");
    });

    await step("page: selecting an entity highlights all its mentions", async () => {
      const button = page.locator("#entities button.entity-item").first();
      const id = await button.getAttribute("data-entity-id");
      await button.click();
      assert((await button.getAttribute("aria-pressed")) === "true", "aria-pressed");
      const { selected, all } = await page.evaluate((id) => ({
        selected: document.querySelectorAll("#article mark.ent.selected").length,
        all: document.querySelectorAll(`#article mark.ent[data-entity-id="${id}"]`).length,
      }), id);
      assert(selected > 0 && selected === all, `${selected} of ${all} marks selected`);
      await shot("5-selected", false);
      await button.click();
      assert((await page.locator("#article mark.ent.selected").count()) === 0, "second click clears");
    });

    await step("page: a dropped .txt file is analyzed", async () => {
      await page.evaluate((content) => {
        const dt = new DataTransfer();
        dt.items.add(new File([content], "article.txt", { type: "text/plain" }));
        document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, DROPPED_TEXT);
      await waitForArticle("formal trade talks");
      assert((await page.inputValue("#input")) === DROPPED_TEXT, "textarea shows the file");
      assert((await page.textContent("#source-note")).includes("article.txt"), "the file is named");
    });

    await step("page: a panic in the wasm is reported and the page recovers without a reload", async () => {
      // A Rust panic reaches JS as a WebAssembly.RuntimeError ("unreachable"). Serve a
      // pkg/undertone.js that raises exactly that for a marker, then the real module.
      await page.route("**/pkg/undertone.js", (route) =>
        route.fulfill({
          contentType: "text/javascript",
          body: `import init, * as real from "./undertone-real.js";
export * from "./undertone-real.js";
export default init;
export function analyze(input, options) {
  if (String(input).includes("PANIC-MARKER")) throw new WebAssembly.RuntimeError("unreachable");
  if (String(input).includes("SLOW-MARKER")) for (const end = Date.now() + 60000; Date.now() < end; );
  const out = real.analyze(input, options);
  if (String(input).includes("WARN-MARKER")) {
    out.warnings = [{ code: "non_english", message: "This text does not look like English; names and tone may be wrong." }];
    out.language = "de";
  }
  return out;
}`,
        }),
      );
      await page.route("**/pkg/undertone-real.js", async (route) => {
        const res = await route.fetch({ url: route.request().url().replace("undertone-real.js", "undertone.js") });
        await route.fulfill({ response: res });
      });
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await waitState("ready", "reload with the instrumented module");
      const crashing = "Foreign Minister Maria Delgado said PANIC-MARKER today.";
      await paste({ "text/plain": crashing });
      await waitState("error", "the crash");
      const alert = await page.textContent("#alert");
      assert(/crashed/i.test(alert), `alert: ${alert}`);
      assert((await page.inputValue("#input")) === crashing, "the user's text is untouched");
      await shot("6-panic", false);
      await paste({ "text/plain": PLAIN_ARTICLE });
      await waitForArticle("plastic waste");
      assert(await page.isHidden("#alert"), "the alert is cleared");
      const sawWorkerImport = requests.some((u) => u.endsWith("/pkg/undertone-real.js"));
      assert(sawWorkerImport, "the worker did not load the instrumented module (routes not applied to the worker?)");
    });

    await step("page: the analyzer's warnings are shown prominently (and absent when there are none)", async () => {
      assert(await page.isHidden("#warnings"), "no warning box without warnings");
      await paste({ "text/plain": PLAIN_ARTICLE + "\n\nWARN-MARKER" });
      await waitState("ready", "the text with a warning");
      await page.waitForSelector("#warnings:not([hidden])");
      const said = await page.textContent("#warnings");
      assert(/Warning: This text does not look like English/.test(said), `warnings: ${said}`);
      assert((await page.getAttribute("#warnings .warning", "data-code")) === "non_english", "the code is kept");
      assert((await page.textContent("#meta")).includes("Language: German"), "the language is named in the header");
      const box = await page.locator("#warnings").boundingBox();
      const title = await page.locator("#meta-title").boundingBox();
      assert(box.y < title.y, "the warning sits above the article");
      await page.locator(".reading").screenshot({ path: join(OUT, "6-warning.png"), clip: undefined });
      await paste({ "text/plain": PLAIN_ARTICLE });
      await waitForArticle("plastic waste");
      assert(await page.isHidden("#warnings"), "the warning goes with the text");
    });

    await step("page: a slow analysis shows its progress and can be cancelled; the next edit analyzes again", async () => {
      // The instrumented module spins for a minute on SLOW-MARKER: only Cancel ends it.
      const slow = (PLAIN_ARTICLE + "\n\n").repeat(60) + "SLOW-MARKER";
      await paste({ "text/plain": slow });
      await page.waitForSelector("#cancel:not([hidden])", { timeout: WAIT });
      await page.waitForSelector("#progress:not([hidden])", { timeout: WAIT });
      const status = await page.textContent("#status");
      assert(new RegExp(`Analyzing ${slow.length.toLocaleString("en-US")} characters… about \\d+%`).test(status), `status: ${status}`);
      const value = Number(await page.getAttribute("#progress", "value"));
      assert(value >= 0 && value <= 95, `progress value ${value}`);
      await shot("9-progress", false);
      await page.click("#cancel");
      await waitState("cancelled", "cancel");
      assert(/Cancelled/.test(await page.textContent("#status")), "the status says cancelled");
      assert(await page.isHidden("#progress"), "the bar is gone");
      assert((await page.inputValue("#input")) === slow, "the text is kept");
      await paste({ "text/plain": PLAIN_ARTICLE });
      await waitForArticle("plastic waste");
      await assertPerson("Maria Delgado");
      await page.unrouteAll({ behavior: "wait" });
    });

    await step("page: a German article shows the analyzer's own language warning", async () => {
      await paste({ "text/plain": GERMAN_ARTICLE });
      await waitForArticle("Bundesregierung");
      const [dl] = await Promise.all([page.waitForEvent("download"), page.click("#export-download")]);
      const { readFile } = await import("node:fs/promises");
      const a = JSON.parse(await readFile(await dl.path(), "utf8"));
      if (!("warnings" in a)) {
        console.log("      SKIPPED: the analyzer reports no `warnings` yet");
        return;
      }
      const codes = (a.warnings || []).map((w) => w.code);
      assert(codes.includes("non_english"), `warnings for a German text: ${JSON.stringify(a.warnings)}`);
      assert(await page.isVisible("#warnings"), "the warning is shown");
      await shot("6-german", false);
    });

    await step("page: a large paste (600,000 characters) reports its stages and progress, then shows the article", async () => {
      await page.evaluate(() => {
        window.__seen = new Set();
        window.__sawBar = false;
        const note = () => {
          window.__seen.add(document.getElementById("status").textContent.replace(/\d+%/, "N%"));
          if (!document.getElementById("progress").hidden) window.__sawBar = true;
        };
        new MutationObserver(note).observe(document.getElementById("status-row") ?? document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      const big = await page.evaluate((base) => {
        const parts = [];
        for (let n = 0; n < 600_000; n += base.length + 2) parts.push(base);
        return parts.join("\n\n");
      }, PLAIN_ARTICLE);
      const t0 = Date.now();
      await page.evaluate(pasteInPage, { "text/plain": big });
      await waitState("ready", "the large paste");
      const seen = await page.evaluate(() => ({ texts: [...window.__seen], bar: window.__sawBar }));
      console.log(`      ${big.length.toLocaleString("en-US")} characters: ready after ${Date.now() - t0} ms; ${await page.textContent("#status")}`);
      const chars = big.length.toLocaleString("en-US");
      // The percentage shows only while the analysis is slow enough to estimate; the stage always shows.
      assert(seen.texts.some((t) => t.startsWith("Analyzing")), `stages seen: ${JSON.stringify(seen.texts)}`);
      assert(seen.texts.includes("Drawing the annotated text…"), `stages seen: ${JSON.stringify(seen.texts)}`);
      assert(seen.bar, "the progress bar was shown");
      assert((await page.locator("#article p").count()) > 100, "the article is drawn");
      await paste({ "text/plain": PLAIN_ARTICLE });
      await waitForArticle("plastic waste");
    });

    await step("page: if the wasm can't load, the page says so and recovers on the next edit", async () => {
      await page.route("**/pkg/undertone_bg.wasm", (route) => route.abort());
      await page.reload();
      await waitState("error", "a blocked wasm");
      const alert = await page.textContent("#alert");
      assert(/could not be loaded/i.test(alert), `alert: ${alert}`);
      await page.unrouteAll({ behavior: "wait" });
      await page.type("#input", " More text.");
      await waitState("ready", "the edit after the wasm is reachable again");
      assert(await page.isHidden("#alert"), "the alert is cleared");
    });

    await step("page: focusing a name explains it", async () => {
      await page.focus("#article mark.ent[tabindex='0']");
      const said = await page.textContent("#explain");
      assert(/^(PERSON|ORG|GPE|LOC|NORP|EVENT|MISC|DATE|TIME) /.test(said) && /Sentiment toward it/.test(said), `explanation: ${said}`);
      assert(await page.isVisible("#explain"), "the explanation is shown");
    });

    for (const scheme of ["light", "dark"]) {
      await step(`page: axe-core finds no serious or critical violations (${scheme} theme)`, async () => {
        await page.evaluate(() => localStorage.clear());
        await page.emulateMedia({ colorScheme: scheme });
        await page.reload();
        await waitState("ready", `${scheme} reload`);
        // Open what is folded, and show an explanation, so axe sees those parts too.
        await page.evaluate(() => document.querySelectorAll("#report details").forEach((d) => (d.open = true)));
        await page.focus("#article mark.ent[tabindex='0']");
        await page.evaluate(AXE_SOURCE);
        const found = await page.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ["violations"] });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, n: v.nodes.length, where: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary.split("\n").slice(1, 2).join("")}`) }));
        });
        const bad = found.filter((v) => v.impact === "serious" || v.impact === "critical");
        const minor = found.filter((v) => !bad.includes(v));
        if (minor.length) console.log(`      axe (${scheme}) minor/moderate: ${minor.map((v) => `${v.id}×${v.n}`).join(", ")}`);
        assert(bad.length === 0, `axe (${scheme}): ${JSON.stringify(bad, null, 1)}`);
        await page.evaluate(() => document.querySelectorAll("#report details").forEach((d) => (d.open = false)));
        await page.keyboard.press("Escape");
        await shot(scheme === "dark" ? "7-dark" : "7-light");
      });
    }

    await step("page: phone width, light and dark: nothing overflows, the map fits", async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      for (const scheme of ["light", "dark"]) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.reload();
        await waitState("ready", "phone reload");
        const m = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          map: document.querySelector("#stance svg.stance-map")?.getBoundingClientRect().width ?? 0,
        }));
        assert(m.overflow <= 0, `the page is ${m.overflow}px wider than a phone screen (${scheme})`);
        assert(m.map > 200 && m.map <= 390, `stance map width ${m.map}`);
        await shot(`8-phone-${scheme}`, false);
        await page.evaluate(() => document.getElementById("report").scrollIntoView());
        await page.waitForTimeout(200);
        await shot(`8-phone-${scheme}-report`, false);
      }
      await page.evaluate(() => document.getElementById("stance").scrollIntoView());
      await page.waitForTimeout(200);
      await shot("8-phone-dark-stance", false);
      await page.emulateMedia({ colorScheme: "light" });
    });

    await step("page: every request stays on the local server", async () => {
      const outside = requests.filter((u) => !u.startsWith(origin + "/") && !u.startsWith("data:") && !u.startsWith("blob:"));
      assert(outside.length === 0, `requests left the page: ${JSON.stringify([...new Set(outside)])}`);
      assert(requests.some((u) => u.endsWith("/pkg/undertone_bg.wasm")), "the wasm request was not seen");
      console.log(`      ${requests.length} requests, all to ${origin}${PREFIX}`);
    });

    await step("page: no CSP violations, page errors or console errors", async () => {
      const csp = await page.evaluate(() => window.__csp);
      const unexpected = csp.filter((v) => !v.startsWith("script-src-elem inline")); // the deliberate inline test ran before this reload
      assert(unexpected.length === 0, `CSP violations: ${JSON.stringify(unexpected)}`);
      // Expected: the deliberate CSP check, and the CSP refusing the pasted page's own <style>
      // and on…= handlers while the browser parses the pasted HTML (www/htmltree.js): that is
      // the policy working (the step itself checks that nothing ran). The step that blocks the
      // wasm on purpose sees the page's own request for it fail (www/htmltree.js compiles it on
      // the page for the worker).
      const real = problems.filter(
        (p) =>
          !/inline script violates/i.test(p) &&
          !(/in "page: pasted HTML/.test(p) && /(Applying inline style|Executing inline event handler) violates/.test(p)) &&
          !(/in "page: if the wasm can't load/.test(p) && /Failed to load resource/.test(p)),
      );
      assert(real.length === 0, real.join("\n"));
    });
  } finally {
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------
// Offline: a fresh browser (service workers allowed) loads the site from another sub-path,
// then its server is stopped; the reloaded page must still analyze.

async function offlineChecks() {
  const { chromium } = await import("playwright-core");
  const profile = await mkdtemp(join(tmpdir(), "undertone-e2e-offline-"));
  const server = await startServer("/another/deeper/sub/path/");
  let stopped = false;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !process.env.E2E_HEADED,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
    serviceWorkers: "allow",
  });
  const problems = [];
  try {
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    await step("offline: every file of the built site is precached by the service worker", async () => {
      const { readdir } = await import("node:fs/promises");
      const files = (await readdir(DIST, { recursive: true, withFileTypes: true }))
        .filter((d) => d.isFile())
        .map((d) => join(d.parentPath ?? d.path, d.name).slice(DIST.length + 1))
        .filter((f) => f !== "sw.js")
        .sort();
      const sw = await readFile(join(DIST, "sw.js"), "utf8");
      const list = JSON.parse(sw.match(/^const FILES = (\[.*\]);$/m)[1]);
      assert(list[0] === "./", "the page itself comes first");
      assert(JSON.stringify(list.slice(1).sort()) === JSON.stringify(files), `precache list ${JSON.stringify(list)} vs dist ${JSON.stringify(files)}`);
      assert(list.every((f) => !f.startsWith("/") && !/^[a-z]+:/i.test(f)), "every URL is relative");
    });
    await step("offline: after the first visit the page loads and analyzes with the server gone", async () => {
      await page.goto(server.url);
      await waitState("ready", "first online load");
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: WAIT });
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      assert(scope === server.url, `service worker scope ${scope}, want ${server.url}`);
      server.child.kill("SIGTERM");
      stopped = true;
      await new Promise((r) => server.child.once("exit", r));
      const down = await fetch(server.url).then(() => "up", () => "down");
      assert(down === "down", "the server is really stopped");
      await page.reload();
      await waitState("ready", "offline reload");
      await assertPerson("Katrin Vogel");
      await paste({ "text/plain": PLAIN_ARTICLE });
      await waitForArticle("plastic waste");
      await assertPerson("Maria Delgado");
      await shot("10-offline", false);
      assert(problems.length === 0, problems.join("\n"));
    });
  } finally {
    await context.close().catch(() => {});
    if (!stopped) server.child.kill("SIGTERM");
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------

async function main() {
  await rm(OUT, { recursive: true, force: true }); // no stale screenshots from an earlier run
  await mkdir(OUT, { recursive: true });
  await unitChecks();

  for (const f of ["index.html", "www/main.js", "www/worker.js", "pkg/undertone.js", "pkg/undertone_bg.wasm"]) {
    try {
      await stat(join(DIST, f));
    } catch {
      console.log(`FAIL  the built site is incomplete: ${join(DIST, f)} is missing. Run \`npm run build\` first.`);
      process.exit(1);
    }
  }
  try {
    await stat(CHROMIUM);
  } catch {
    console.log(`FAIL  ${CHROMIUM} not found (apt-get install chromium, or set CHROMIUM).`);
    process.exit(1);
  }

  const server = await startServer();
  try {
    await serverChecks(server.url, server.origin);
    await browserChecks(server.url, server.origin);
    await offlineChecks();
    page = null;
    if (process.env.E2E_FIREFOX === "0") console.log("SKIPPED: Firefox page tests (E2E_FIREFOX=0)");
    else await firefoxChecks({ url: server.url, step, assert, out: OUT });
  } finally {
    server.child.kill("SIGTERM");
  }
  const passed = results.filter(([r]) => r === "PASS").length;
  console.log(`\n${passed} passed, ${failures} failed. Screenshots: ${OUT}`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.log(`FAIL  e2e harness: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
