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
// Firefox: playwright-core can't drive Debian's firefox-esr (it needs Playwright's patched
// build), so firefox.mjs drives it over WebDriver with geckodriver, for the checks where the
// engines differ; it is skipped, saying why, when geckodriver or Firefox is missing.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { DROPPED_TEXT, EMOJI_ARTICLE, HTML_ARTICLE, HTML_PLAIN, PLAIN_ARTICLE } from "./articles.mjs";
import { firefoxChecks, pasteInPage } from "./firefox.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.argv[2] ?? process.env.E2E_DIST ?? "dist");
const OUT = join(ROOT, "test-output", "e2e");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const PREFIX = "/some/sub/path/"; // the site must work from any sub-path
const WAIT = 20_000;

// ---------------------------------------------------------------------------------------
// Harness

let failures = 0;
const results = [];

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

async function step(name, fn) {
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

  await step("unit: scores are labelled with their sign", () => {
    const table = [[0.25, "+0.25"], [-0.4, "\u22120.40"], [0.001, "0.00"], [NaN, "0.00"]];
    for (const [x, want] of table) assert(signed(x) === want, `signed(${x}) = ${signed(x)}, want ${want}`);
    assert(JSON.stringify(tint(0.6)) === '["pos",3]' && JSON.stringify(tint(-0.1)) === '["neg",1]' && tint(0.01)[0] === "neu", "tint buckets");
  });
}

// ---------------------------------------------------------------------------------------
// The static server

function startServer() {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [join(ROOT, "scripts", "serve.mjs"), DIST, "0", `--prefix=${PREFIX}`], {
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
  });
  const requests = [];
  const problems = [];
  context.on("request", (r) => requests.push(r.url()));
  try {
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
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
      const injected = await page.evaluate(() => document.querySelectorAll("#report script, #report img, #report iframe, #report svg, #report style").length);
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
  return real.analyze(input, options);
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
      await page.unrouteAll({ behavior: "wait" });
      const sawWorkerImport = requests.some((u) => u.endsWith("/pkg/undertone-real.js"));
      assert(sawWorkerImport, "the worker did not load the instrumented module (routes not applied to the worker?)");
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
      const said = await page.textContent("#inspector");
      assert(/\((PERSON|ORG|GPE|LOC|NORP|EVENT|DATE|TIME)\)/.test(said) && /Sentiment toward it/.test(said), `inspector: ${said}`);
    });

    await step("page: dark theme and phone width render", async () => {
      await page.evaluate(() => localStorage.clear());
      await page.emulateMedia({ colorScheme: "dark" });
      await page.reload();
      await waitState("ready", "dark reload");
      await shot("7-dark");
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme: "light" });
      await page.reload();
      await waitState("ready", "phone reload");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert(overflow <= 0, `the page is ${overflow}px wider than a phone screen`);
      await shot("8-phone", false);
      await page.evaluate(() => document.getElementById("report").scrollIntoView());
      await page.waitForTimeout(200);
      await shot("8-phone-report", false);
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
      const real = problems.filter((p) => !/inline script violates/i.test(p)); // the deliberate CSP check
      assert(real.length === 0, real.join("\n"));
    });
  } finally {
    await context.close().catch(() => {});
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
