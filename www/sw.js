// Service worker: the page works offline after the first visit.
//
// scripts/build.sh moves this file to the site's root (dist/sw.js, so its scope is the whole
// site, wherever it is hosted) and fills in FILES (every file of the built site, relative to
// this one) and VERSION (a hash of their contents). Every URL is relative: any sub-path works.
//
// Strategy: network first, so a new build shows at once; the cache answers when the network
// fails. Only this site's own GET requests are touched; nothing is fetched from elsewhere.
const FILES = ["./"];
const VERSION = "dev";
const CACHE = `undertone-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("undertone-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const scope = self.registration.scope;
  if (req.method !== "GET" || !req.url.startsWith(scope)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        const res = await fetch(req);
        if (res.ok && res.type === "basic") cache.put(req, res.clone()).catch(() => {});
        return res;
      } catch (err) {
        // Offline: the cached copy; a page URL ("…/", "…/index.html", "…/?x") gets the page.
        const hit = await cache.match(req, { ignoreSearch: true });
        if (hit) return hit;
        if (req.mode === "navigate") {
          const page = await cache.match(new URL("./", scope).href);
          if (page) return page;
        }
        throw err;
      }
    })(),
  );
});
