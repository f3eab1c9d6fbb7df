// The page in headless Firefox, driven over W3C WebDriver (geckodriver) with a few lines of
// fetch: playwright-core can't drive Debian's firefox-esr (it needs Playwright's patched
// build), but geckodriver can. Checks the parts that differ between engines: module worker
// + wasm under the CSP, clipboard HTML paste, UTF-16 offsets.
//
// Skipped, with a printed reason, when geckodriver or Firefox is missing.
// Environment: FIREFOX (default /usr/bin/firefox-esr, then /usr/bin/firefox), GECKODRIVER.
import { spawn, spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";

import { EMOJI_ARTICLE, HTML_ARTICLE, HTML_PLAIN } from "./articles.mjs";

function which(cmd) {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A minimal WebDriver session. */
class Session {
  static async start(driverUrl, firefox) {
    const res = await fetch(`${driverUrl}/session`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: {
            browserName: "firefox",
            "moz:firefoxOptions": {
              binary: firefox,
              args: ["-headless", "-width=1280", "-height=900"],
              prefs: {
                "network.captive-portal-service.enabled": false,
                "network.connectivity-service.enabled": false,
                "datareporting.policy.dataSubmissionEnabled": false,
                "toolkit.telemetry.enabled": false,
                "app.update.enabled": false,
                "browser.safebrowsing.malware.enabled": false,
                "browser.safebrowsing.phishing.enabled": false,
              },
            },
          },
        },
      }),
    });
    const body = await res.json();
    if (!res.ok) throw new Error(`geckodriver: ${JSON.stringify(body.value)}`);
    return new Session(driverUrl, body.value.sessionId);
  }

  constructor(driverUrl, id) {
    this.base = `${driverUrl}/session/${id}`;
  }

  async cmd(method, path, payload) {
    const res = await fetch(this.base + path, {
      method,
      headers: { "Content-Type": "application/json" },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    const body = await res.json();
    if (!res.ok) throw new Error(`${path}: ${body.value?.error}: ${body.value?.message}`);
    return body.value;
  }

  go(url) {
    return this.cmd("POST", "/url", { url });
  }

  /** Runs `fn` (a function, serialised) in the page with `args`. */
  run(fn, ...args) {
    return this.cmd("POST", "/execute/sync", { script: `return (${fn}).apply(null, arguments)`, args });
  }

  async waitFor(fn, what, timeout = 20_000, ...args) {
    const t0 = Date.now();
    for (;;) {
      const v = await this.run(fn, ...args).catch(() => null);
      if (v) return v;
      if (Date.now() - t0 > timeout) {
        const state = await this.run(() => ({ state: document.body?.dataset.state, status: document.getElementById("status")?.textContent, alert: document.getElementById("alert")?.textContent })).catch((e) => e.message);
        throw new Error(`${what}: timed out; page ${JSON.stringify(state)}`);
      }
      await sleep(100);
    }
  }

  async screenshot(path) {
    await writeFile(path, Buffer.from(await this.cmd("GET", "/screenshot"), "base64"));
  }

  end() {
    return fetch(this.base, { method: "DELETE" }).catch(() => {});
  }
}

// In-page helpers (serialised into the page; no closures). Shared with run.mjs.
/** Dispatches a real paste event whose clipboard carries `data` ({mime: string}), after
 *  selecting all of the textarea (as Ctrl+A, Ctrl+V would). */
export function pasteInPage(data) {
  const ta = document.getElementById("input");
  ta.focus();
  ta.select();
  const dt = new DataTransfer();
  for (const [type, value] of Object.entries(data)) dt.setData(type, value);
  const ev = new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true });
  // Firefox gives a constructed event a fresh (writable) DataTransfer instead of `dt`.
  for (const [type, value] of Object.entries(data)) if (ev.clipboardData.getData(type) !== value) ev.clipboardData.setData(type, value);
  ta.dispatchEvent(ev);
  return true;
}

function readyWith(phrase) {
  return document.body.dataset.state === "ready" && document.getElementById("article").textContent.includes(phrase);
}

function personMarks() {
  const byMention = new Map();
  for (const m of document.querySelectorAll("#article mark.ent-PERSON")) {
    const key = `${m.dataset.entityId}:${m.dataset.start}`;
    byMention.set(key, (byMention.get(key) || "") + m.textContent);
  }
  return [...byMention.values()];
}

/** Runs the Firefox steps with the harness's `step` and `assert`. */
export async function firefoxChecks({ url, step, assert, out }) {
  const driver = process.env.GECKODRIVER ?? which("geckodriver");
  const firefox = process.env.FIREFOX ?? which("firefox-esr") ?? which("firefox");
  if (!driver || !firefox) {
    console.log(`SKIPPED: Firefox page tests (${!driver ? "geckodriver" : "firefox"} not found)`);
    return;
  }
  const port = await freePort();
  const child = spawn(driver, ["--host", "127.0.0.1", "--port", String(port)], { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr.on("data", (d) => (log += d));
  const driverUrl = `http://127.0.0.1:${port}`;
  let session = null;
  try {
    for (let i = 0; ; i++) {
      try {
        const r = await fetch(`${driverUrl}/status`);
        if (r.ok) break;
      } catch {
        /* not up yet */
      }
      if (i > 100) throw new Error(`geckodriver did not start: ${log}`);
      await sleep(100);
    }

    await step("firefox: the sample is analyzed on first load (module worker + wasm under the CSP)", async () => {
      session = await Session.start(driverUrl, firefox);
      await session.go(url);
      await session.waitFor(() => document.body.dataset.state === "ready", "first load", 30_000);
      const n = await session.run(() => document.querySelectorAll("#article mark.ent-PERSON").length);
      assert(n > 0, "no PERSON mark in the sample");
      const persons = await session.run(personMarks);
      assert(persons.includes("Katrin Vogel"), `PERSON marks: ${JSON.stringify(persons)}`);
      await session.screenshot(join(out, "firefox-1-sample.png"));
    });

    await step("firefox: the stance map's edges open their evidence; focus explains a name", async () => {
      assert(session, "no session");
      const got = await session.run(() => {
        const edges = [...document.querySelectorAll("#stance svg.stance-map g.edge")];
        if (!edges.length) return { edges: 0 };
        const g = edges[edges.length - 1];
        g.focus();
        g.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
        const pair = g.getAttribute("data-pair");
        const li = document.querySelector(`#stance .stance-item[data-pair="${pair}"]`);
        const mark = document.querySelector("#article mark.ent[tabindex='0']");
        mark.focus();
        const box = document.getElementById("explain");
        return {
          edges: edges.length,
          focused: document.activeElement === mark,
          open: li.querySelector("details").open,
          evidence: li.querySelectorAll(".evidence-link").length,
          explain: box.hidden ? "" : box.textContent,
          mapWidth: document.querySelector("#stance svg.stance-map").getBoundingClientRect().width,
        };
      });
      assert(got.edges > 0, "no edges drawn");
      assert(got.open && got.evidence > 0, `Enter on an edge: ${JSON.stringify(got)}`);
      assert(/Sentiment toward it/.test(got.explain), `focus explanation: ${JSON.stringify(got)}`);
      assert(got.mapWidth > 200, `map width ${got.mapWidth}`);
      await session.screenshot(join(out, "firefox-1-stance.png"));
    });

    await step("firefox: pasted HTML is analyzed and nothing in it runs", async () => {
      assert(session, "no session");
      await session.run(pasteInPage, { "text/html": HTML_ARTICLE, "text/plain": HTML_PLAIN });
      await session.waitFor(readyWith, "HTML paste", 20_000, "ranger posts");
      await sleep(300);
      const pwned = await session.run(() => window.__pwned ?? null);
      assert(pwned === null, `pasted HTML executed: ${pwned}`);
      const value = await session.run(() => document.getElementById("input").value);
      assert(value === HTML_PLAIN, "the textarea shows the clipboard's plain text");
      const persons = await session.run(personMarks);
      assert(persons.includes("Lena Halvorsen"), `PERSON marks: ${JSON.stringify(persons)}`);
      await session.screenshot(join(out, "firefox-2-paste-html.png"));
    });

    await step("firefox: emoji and accents before a name keep the highlight exact", async () => {
      assert(session, "no session");
      await session.run(pasteInPage, { "text/plain": EMOJI_ARTICLE });
      await session.waitFor(readyWith, "emoji paste", 20_000, "talks would continue");
      const persons = await session.run(personMarks);
      assert(persons.includes("Maria Delgado"), `PERSON marks: ${JSON.stringify(persons)}`);
    });
  } finally {
    if (session) await session.end();
    child.kill("SIGTERM");
  }
}
