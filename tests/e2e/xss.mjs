#!/usr/bin/env node
// Hostile HTML never executes and never makes a request: every vector in tests/e2e/xss/*.html
// (script tags, event handlers, javascript: URLs, SVG and MathML tricks, srcdoc, meta refresh,
// CSS expressions and url() beacons, <base>, forms, parser breakouts…) is pasted as clipboard
// HTML (alone, and with its plain text) and dropped as a .html file, in headless Chromium
// (playwright-core) and Firefox (geckodriver). After each one:
//   - nothing ran: window.__xss is unset, no dialog opened, no frame, popup or navigation;
//   - nothing left the page: the server saw no request after start-up, no resource was fetched,
//     no CSP violation fired (Chromium also aborts and records every request);
//   - the visible text was analyzed: the article shows the vector's own bulletin number and the
//     person in it, and the textarea still holds the user's text.
// Also: HTML nested 100,000 deep (no stack overflow), a dropped binary file (refused with a
// message, the user's text kept), a file whose name is markup, and a control step proving that
// a deliberate leak is caught.
//
//   node tests/e2e/xss.mjs [DIST]      DIST: the built site (default $E2E_DIST or "dist")
//
// Environment: CHROMIUM (default /usr/bin/chromium), E2E_FIREFOX=0 skips Firefox, FIREFOX,
// GECKODRIVER. Each vector file holds {{ARTICLE}} (replaced by two paragraphs of news) and may
// hold {{BEACON}} (an absolute URL prefix on this test's own server: any request to it fails).
import { spawn, spawnSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

import { pasteInPage } from "./firefox.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.argv[2] ?? process.env.E2E_DIST ?? "dist");
const CORPUS = join(ROOT, "tests", "e2e", "xss");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const PREFIX = "/xss-site/";
const WAIT = 20_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------
// Harness

let failures = 0;
let passes = 0;
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    passes++;
    console.log(`PASS  ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failures++;
    console.log(`FAIL  ${name}: ${e && e.message ? e.message : e}`);
  }
}

// ---------------------------------------------------------------------------------------
// The corpus

/** Two paragraphs of news with a number unique to the vector, so a stale view can't pass. */
function article(n) {
  return (
    `<p>Foreign Minister Maria Delgado met fishing industry leaders in the port city on Monday, ` +
    `and both sides agreed to extend the quota talks into next year, according to Bulletin ${n}.</p>` +
    `<p>Delgado said the agreement would protect jobs along the coast, while critics warned that ` +
    `stocks of cod were still falling and called for stricter limits on trawlers.</p>`
  );
}

function plainOf(n) {
  return (
    `Foreign Minister Maria Delgado met fishing industry leaders in the port city on Monday, and both sides ` +
    `agreed to extend the quota talks into next year, according to Bulletin ${n}.\n\nDelgado said the ` +
    `agreement would protect jobs along the coast, while critics warned that stocks of cod were still ` +
    `falling and called for stricter limits on trawlers.`
  );
}

async function loadCorpus(beaconBase) {
  const files = (await readdir(CORPUS)).filter((f) => f.endsWith(".html")).sort();
  const vectors = [];
  for (const [i, f] of files.entries()) {
    const name = f.replace(/\.html$/, "");
    const raw = await readFile(join(CORPUS, f), "utf8");
    if (!raw.includes("{{ARTICLE}}")) throw new Error(`${f}: no {{ARTICLE}} placeholder`);
    vectors.push({ name, n: 1001 + i, raw, beacon: `${beaconBase}${name}/` });
  }
  return vectors;
}

/** The article inside 100,000 nested elements of several kinds. */
function deepHtml(n) {
  const open = "<div><span><b><i><section>".repeat(20_000);
  const close = "</section></i></b></span></div>".repeat(20_000);
  return `<html><body>${open}${article(n)}${close}</body></html>`;
}

function render(v, n) {
  return v.raw.replaceAll("{{ARTICLE}}", article(n)).replaceAll("{{BEACON}}", v.beacon);
}

// ---------------------------------------------------------------------------------------
// A static server for DIST under PREFIX that records every request it gets.

const MIME = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8", ".wasm": "application/wasm", ".css": "text/css; charset=utf-8", ".txt": "text/plain; charset=utf-8", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon" };

function startServer() {
  const seen = [];
  const server = createServer(async (req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(PREFIX)) return res.writeHead(404).end();
    let rel = path.slice(PREFIX.length) || "index.html";
    if (rel.endsWith("/")) rel += "index.html";
    const file = normalize(join(DIST, rel));
    if (!file.startsWith(DIST + sep)) return res.writeHead(403).end();
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { "Content-Type": MIME[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      ok({ server, origin, url: origin + PREFIX, seen });
    }),
  );
}

// ---------------------------------------------------------------------------------------
// In-page functions (serialised into the page: no closures)

/** Records what must never happen; run once after load. */
function arm() {
  window.__xssLog = [];
  // CSP reports are kept apart: parsing the paste in an inert DOMParser document reports its
  // inline handlers and <base> to the page's policy although nothing there can run.
  window.__xssCsp = [];
  document.addEventListener("securitypolicyviolation", (e) => window.__xssCsp.push(`${e.violatedDirective} ${e.blockedURI}`));
  for (const name of ["alert", "confirm", "prompt", "print", "open"]) {
    window[name] = function (...args) {
      window.__xssLog.push(`${name}(${args.map(String).join(", ")})`);
      return null;
    };
  }
  window.__xssResources = performance.getEntriesByType("resource").length;
  // The page's own elements of the kinds a paste must never add (its CSP <meta>, say).
  window.__xssLive = document.querySelectorAll("iframe, frame, object, embed, portal, applet, base, meta, link, form, script, style, img, math, video, audio, input").length;
  return true;
}

/** Everything that says the pasted HTML did something. */
function evidence() {
  const found = (window.__xssLog || []).splice(0);
  if (window.__xss !== undefined) found.push(`window.__xss = ${JSON.stringify(window.__xss)}`);
  const live = document.querySelectorAll("iframe, frame, object, embed, portal, applet, base, meta, link, form, script, style, img, math, video, audio, input");
  if (live.length !== window.__xssLive) found.push(`${live.length - window.__xssLive} new live elements: ${[...live].slice(window.__xssLive).map((e) => e.localName).join(", ")}`);
  const inReport = document.querySelectorAll("#report script, #report img, #report svg script, #report svg image, #report foreignObject, #report animate, #report set, #report math, #report style, #report video, #report audio, #report input, #report [ontoggle], #report marquee, #report a[href^='javascript'], #report [onerror], #report [onload]");
  for (const el of inReport) found.push(`<${el.localName}> from the paste in #report`);
  const all = performance.getEntriesByType("resource");
  for (const r of all.slice(window.__xssResources ?? 0)) found.push(`resource fetched: ${r.name}`);
  window.__xssResources = all.length;
  if (!location.pathname.endsWith("/xss-site/")) found.push(`navigated to ${location.href}`);
  return found;
}

/** A deliberate leak, to prove the checks can fail: sets the flag and loads a beacon. */
function leakOnPurpose(beacon) {
  window.__xss = "control";
  const img = document.createElement("img");
  img.src = `${beacon}control.png`;
  document.body.append(img);
  return true;
}

function undoLeak() {
  delete window.__xss;
  document.querySelector("body > img:last-child")?.remove();
  return true;
}

function readyWith(phrase) {
  return document.body.dataset.state === "ready" && document.getElementById("article").textContent.includes(phrase);
}

function viewOf() {
  const persons = [...document.querySelectorAll("#article mark.ent-PERSON")].map((m) => m.textContent);
  return { persons, input: document.getElementById("input").value, state: document.body.dataset.state, article: document.getElementById("article").textContent.slice(0, 300) };
}

function dropFile([content, name]) {
  const dt = new DataTransfer();
  dt.items.add(new File([content], name, { type: "text/html" }));
  document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  return true;
}

/** The three ways a vector arrives, each with the number its article must show. */
function deliveries(v) {
  return [
    { how: "pasted as clipboard HTML", n: v.n, data: (html) => ({ "text/html": html }) },
    { how: "pasted as HTML with its plain text", n: v.n + 100, data: (html, n) => ({ "text/html": html, "text/plain": plainOf(n) }) },
    { how: "dropped as a .html file", n: v.n + 200, file: `${v.name}.html` },
  ];
}

function checkView(view, n, delivery) {
  assert(view.persons.some((p) => p.includes("Delgado")), `no PERSON mark for Delgado: ${JSON.stringify(view.persons)}`);
  assert(view.input.includes(`Bulletin ${n}`), `the textarea lost the text: ${JSON.stringify(view.input.slice(0, 200))}`);
  if (delivery.data && delivery.how.includes("plain")) assert(view.input === plainOf(n), "the textarea holds exactly the clipboard's plain text");
}

// ---------------------------------------------------------------------------------------
// Chromium

async function chromiumChecks(srv, vectors) {
  const { chromium } = await import("playwright-core");
  const profile = await mkdtemp(join(tmpdir(), "undertone-xss-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    serviceWorkers: "block",
  });
  const leaks = [];
  let armed = false;
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (armed || !u.startsWith(srv.url)) {
      leaks.push(u);
      return route.abort();
    }
    return route.continue();
  });
  context.on("page", (p) => armed && leaks.push(`popup ${p.url()}`));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const dialogs = [];
    page.on("dialog", (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    page.on("framenavigated", (f) => armed && leaks.push(`navigation ${f.url()}`));
    page.on("frameattached", () => armed && leaks.push("a frame was attached"));

    await step("chromium: the page loads and analyzes a first article (warm-up)", async () => {
      await page.goto(srv.url);
      await page.waitForFunction(() => document.body.dataset.state === "ready", null, { timeout: WAIT });
      // Both paths, so the page has loaded everything it loads lazily (the main thread's wasm
      // for HTML) before any request counts as a leak.
      await page.evaluate(pasteInPage, { "text/plain": plainOf(998) });
      await page.waitForFunction(readyWith, "Bulletin 998", { timeout: WAIT });
      await page.evaluate(pasteInPage, { "text/html": article(999) });
      await page.waitForFunction(readyWith, "Bulletin 999", { timeout: WAIT });
      await sleep(500); // let lazy modules load before arming
      await page.evaluate(arm);
      armed = true;
      srv.seen.length = 0;
    });

    for (const v of vectors) {
      for (const d of deliveries(v)) {
        await step(`chromium: ${v.name} ${d.how}: nothing runs, nothing leaves, the text is analyzed`, async () => {
          const html = render(v, d.n);
          if (d.file) await page.evaluate(dropFile, [html, d.file]);
          else await page.evaluate(pasteInPage, d.data(html, d.n));
          await page.waitForFunction(readyWith, `Bulletin ${d.n}`, { timeout: WAIT });
          await sleep(300); // give any handler, timer or refresh a chance to fire
          checkView(await page.evaluate(viewOf), d.n, d);
          const found = [...(await page.evaluate(evidence)), ...dialogs.splice(0), ...leaks.splice(0), ...srv.seen.splice(0).map((r) => `server saw ${r}`)];
          assert(found.length === 0, found.join("; "));
          assert(page.frames().length === 1, `${page.frames().length - 1} frames in the page`);
        });
      }
    }

    await step("chromium: control: a deliberate leak in the live page is caught by these checks", async () => {
      await page.evaluate(leakOnPurpose, `${srv.origin}/beacon/`);
      await sleep(300);
      const found = [...(await page.evaluate(evidence)), ...leaks.splice(0)];
      await page.evaluate(undoLeak);
      await page.evaluate(arm);
      assert(found.some((f) => f.includes("__xss")), `the flag went unseen: ${found}`);
      assert(found.some((f) => f.includes("control.png")), `the request went unseen: ${found}`);
    });

    await step("chromium: HTML nested 100,000 levels deep is analyzed without a stack overflow", async () => {
      const n = 1998;
      await page.evaluate(pasteInPage, { "text/html": deepHtml(n) });
      await page.waitForFunction(readyWith, `Bulletin ${n}`, { timeout: 300_000 });
      checkView(await page.evaluate(viewOf), n, {});
      const found = [...(await page.evaluate(evidence)), ...dialogs.splice(0), ...leaks.splice(0)];
      assert(found.length === 0, found.join("; "));
    });

    await step("chromium: a dropped binary file is refused with a message, and the user's text is kept", async () => {
      await page.evaluate(pasteInPage, { "text/plain": plainOf(1997) });
      await page.waitForFunction(readyWith, "Bulletin 1997", { timeout: WAIT });
      await page.evaluate(() => {
        const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], "photo.html", { type: "text/html" }));
        document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
      });
      await page.waitForFunction(() => document.body.dataset.state === "error", null, { timeout: WAIT });
      const alert = await page.textContent("#alert");
      assert(/does not look like text/.test(alert), `alert: ${alert}`);
      assert((await page.inputValue("#input")) === plainOf(1997), "the textarea still holds the user's text");
      assert((await page.textContent("#article")).includes("Bulletin 1997"), "the last analysis is still shown");
    });

    await step("chromium: a dropped file whose name is markup is shown as text", async () => {
      const name = `<img src=x onerror="window.__xss='filename'">.html`;
      await page.evaluate(dropFile, [article(1999), name]);
      await page.waitForFunction(readyWith, "Bulletin 1999", { timeout: WAIT });
      await sleep(300);
      const found = [...(await page.evaluate(evidence)), ...dialogs.splice(0), ...leaks.splice(0)];
      assert(found.length === 0, found.join("; "));
    });
  } finally {
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------
// Firefox over WebDriver (geckodriver): playwright-core can't drive Debian's firefox-esr.

function which(cmd) {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

class WebDriver {
  constructor(base) {
    this.base = base;
  }
  async cmd(method, path, payload) {
    const res = await fetch(this.base + path, { method, headers: { "Content-Type": "application/json" }, body: payload === undefined ? undefined : JSON.stringify(payload) });
    const body = await res.json();
    if (!res.ok) throw new Error(`${path}: ${body.value?.error}: ${body.value?.message}`);
    return body.value;
  }
  run(fn, ...args) {
    return this.cmd("POST", "/execute/sync", { script: `return (${fn}).apply(null, arguments)`, args });
  }
  async waitFor(fn, what, ...args) {
    const t0 = Date.now();
    const limit = what === "deep nesting" ? 300_000 : WAIT;
    for (;;) {
      if (await this.run(fn, ...args).catch(() => false)) return;
      if (Date.now() - t0 > limit) throw new Error(`${what}: timed out (${JSON.stringify(await this.run(viewOf).catch((e) => e.message))})`);
      await sleep(100);
    }
  }
}

async function firefoxChecks(srv, vectors) {
  const driver = process.env.GECKODRIVER ?? which("geckodriver");
  const firefox = process.env.FIREFOX ?? which("firefox-esr") ?? which("firefox");
  if (!driver || !firefox) {
    console.log(`SKIPPED: Firefox XSS tests (${!driver ? "geckodriver" : "firefox"} not found)`);
    return;
  }
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(driver, ["--host", "127.0.0.1", "--port", String(port)], { stdio: ["ignore", "ignore", "ignore"] });
  const base = `http://127.0.0.1:${port}`;
  let session = null;
  try {
    for (let i = 0; ; i++) {
      if (await fetch(`${base}/status`).then((r) => r.ok, () => false)) break;
      if (i > 100) throw new Error("geckodriver did not start");
      await sleep(100);
    }
    await step("firefox: the page loads and analyzes a first article (warm-up)", async () => {
      const res = await fetch(`${base}/session`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          capabilities: {
            alwaysMatch: {
              browserName: "firefox",
              unhandledPromptBehavior: "ignore",
              "moz:firefoxOptions": {
                binary: firefox,
                args: ["-headless"],
                prefs: { "network.captive-portal-service.enabled": false, "network.connectivity-service.enabled": false, "datareporting.policy.dataSubmissionEnabled": false, "toolkit.telemetry.enabled": false, "app.update.enabled": false, "browser.safebrowsing.malware.enabled": false, "browser.safebrowsing.phishing.enabled": false, "dom.serviceWorkers.enabled": false },
              },
            },
          },
        }),
      });
      const body = await res.json();
      if (!res.ok) throw new Error(`geckodriver: ${JSON.stringify(body.value)}`);
      session = new WebDriver(`${base}/session/${body.value.sessionId}`);
      await session.cmd("POST", "/url", { url: srv.url });
      await session.waitFor(() => document.body.dataset.state === "ready", "first load");
      await session.run(pasteInPage, { "text/plain": plainOf(998) });
      await session.waitFor(readyWith, "warm-up", "Bulletin 998");
      await session.run(pasteInPage, { "text/html": article(999) });
      await session.waitFor(readyWith, "warm-up", "Bulletin 999");
      await sleep(500);
      await session.run(arm);
      srv.seen.length = 0;
    });
    if (!session) return;
    for (const v of vectors) {
      for (const d of deliveries(v)) {
        await step(`firefox: ${v.name} ${d.how}: nothing runs, nothing leaves, the text is analyzed`, async () => {
          const html = render(v, d.n);
          if (d.file) await session.run(dropFile, [html, d.file]);
          else await session.run(pasteInPage, d.data(html, d.n));
          await session.waitFor(readyWith, v.name, `Bulletin ${d.n}`);
          await sleep(300);
          // An open dialog makes every WebDriver command fail with "unexpected alert open".
          const alertText = await session.cmd("GET", "/alert/text").then((t) => t, () => null);
          if (alertText !== null) await session.cmd("POST", "/alert/dismiss").catch(() => {});
          checkView(await session.run(viewOf), d.n, d);
          const found = [...(await session.run(evidence)), ...(alertText !== null ? [`dialog: ${alertText}`] : []), ...srv.seen.splice(0).map((r) => `server saw ${r}`)];
          assert(found.length === 0, found.join("; "));
        });
      }
    }
    await step("firefox: HTML nested 100,000 levels deep is analyzed without a stack overflow", async () => {
      const n = 1998;
      await session.run(pasteInPage, { "text/html": deepHtml(n) });
      await session.waitFor(readyWith, "deep nesting", `Bulletin ${n}`);
      checkView(await session.run(viewOf), n, {});
    });

    await step("firefox: control: a deliberate leak in the live page is caught by these checks", async () => {
      await session.run(leakOnPurpose, `${srv.origin}/beacon/`);
      await sleep(300);
      const found = [...(await session.run(evidence)), ...srv.seen.splice(0).map((r) => `server saw ${r}`)];
      await session.run(undoLeak);
      assert(found.some((f) => f.includes("__xss")), `the flag went unseen: ${found}`);
      assert(found.some((f) => f.includes("control.png")), `the request went unseen: ${found}`);
    });
  } finally {
    if (session) await session.cmd("DELETE", "").catch(() => {});
    child.kill("SIGTERM");
  }
}

// ---------------------------------------------------------------------------------------

async function main() {
  for (const f of ["index.html", "www/main.js", "pkg/undertone_bg.wasm"]) {
    try {
      await stat(join(DIST, f));
    } catch {
      console.log(`FAIL  ${join(DIST, f)} is missing: run \`npm run build\` first.`);
      process.exit(1);
    }
  }
  const srv = await startServer();
  try {
    const vectors = await loadCorpus(`${srv.origin}/beacon/`);
    console.log(`${vectors.length} vectors from ${CORPUS}, 3 deliveries each`);
    await chromiumChecks(srv, vectors);
    if (process.env.E2E_FIREFOX === "0") console.log("SKIPPED: Firefox XSS tests (E2E_FIREFOX=0)");
    else await firefoxChecks(srv, vectors);
  } finally {
    srv.server.close();
  }
  console.log(`\n${passes} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.log(`FAIL  xss harness: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
