#!/usr/bin/env node
// A tiny static server for the built site, with no dependencies.
//
//   node scripts/serve.mjs [DIR] [PORT] [--prefix=/sub/path/]
//
// DIR defaults to "dist", PORT to $PORT or 8080 (0 picks a free port). It listens on
// 127.0.0.1 only and prints "Serving DIR at http://127.0.0.1:PORT/…" once listening.
// --prefix serves the site under a sub-path (to check that the page uses relative URLs
// only); everything outside it is 404.
//
// GET and HEAD only; no directory listings; paths that leave DIR are refused; a directory
// URL without its trailing slash is redirected so relative URLs resolve as on any host.
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

const args = process.argv.slice(2);
const positional = args.filter((a) => !a.startsWith("--"));
const prefixArg = args.find((a) => a.startsWith("--prefix="));
let prefix = prefixArg ? prefixArg.slice("--prefix=".length) : "/";
if (!prefix.startsWith("/")) prefix = "/" + prefix;
if (!prefix.endsWith("/")) prefix += "/";

const dirArg = positional[0] ?? "dist";
const port = Number(positional[1] ?? process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: bad port ${positional[1] ?? process.env.PORT}`);
  process.exit(2);
}

let root;
try {
  root = await realpath(resolve(dirArg));
  if (!(await stat(root)).isDirectory()) throw new Error("not a directory");
} catch (e) {
  console.error(`serve: cannot serve ${dirArg}: ${e.message}. Build the site first (npm run build).`);
  process.exit(2);
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", ...headers });
  res.end(body);
}

/** The file for a URL path under the prefix, or an HTTP outcome. */
async function locate(pathname) {
  if (!pathname.startsWith(prefix)) {
    if (pathname + "/" === prefix) return { redirect: prefix };
    return { status: 404 };
  }
  let rel;
  try {
    rel = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return { status: 400 };
  }
  if (rel.includes("\0")) return { status: 400 };
  const full = resolve(root, "." + sep + rel);
  if (full !== root && !full.startsWith(root + sep)) return { status: 403 };
  let real, info;
  try {
    real = await realpath(full);
    info = await stat(real);
  } catch {
    return { status: 404 };
  }
  if (real !== root && !real.startsWith(root + sep)) return { status: 403 }; // a symlink out
  if (info.isDirectory()) {
    if (!pathname.endsWith("/")) return { redirect: pathname + "/" };
    const index = join(real, "index.html");
    try {
      const i = await stat(index);
      if (i.isFile()) return { file: index, size: i.size };
    } catch {
      /* fall through */
    }
    return { status: 404 };
  }
  if (!info.isFile()) return { status: 404 };
  return { file: real, size: info.size };
}

const server = createServer(async (req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    send(res, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
    return;
  }
  let url;
  try {
    url = new URL(req.url, "http://127.0.0.1");
  } catch {
    send(res, 400, "Bad request\n");
    return;
  }
  const found = await locate(url.pathname);
  if (found.redirect) {
    send(res, 301, "Moved\n", { Location: found.redirect + url.search });
    return;
  }
  if (found.status) {
    const text = { 400: "Bad request", 403: "Forbidden", 404: "Not found" }[found.status];
    send(res, found.status, `${text}\n`);
    return;
  }
  res.writeHead(200, {
    "Content-Type": MIME[extname(found.file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": found.size,
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = createReadStream(found.file);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
});

server.listen(port, "127.0.0.1", () => {
  const { port: actual } = server.address();
  console.log(`Serving ${dirArg} at http://127.0.0.1:${actual}${prefix}`);
});

for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
