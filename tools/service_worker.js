// The published site's service worker (tools/build_site.py writes it as sw.js, with this version's
// files and a version made from their contents). After one visit every file the tool needs is in
// one cache per version, so a later visit makes no network round trip before the verdict and the
// note, and the tool works offline. A new deploy is a new version: it is downloaded whole in the
// background while the page runs on the old one, and takes over at the next load (a page that is
// the only one open reloads into it at once), so a page never mixes the files of two versions.
// Embeds in sandboxed frames have no storage and never register it.
const VERSION = "__VERSION__";
// Each file's address and the integrity of this version's copy.
const FILES = __FILES__;
const CACHE = "should-i-connect-" + VERSION;

// The page registers this worker once it has shown its note, so the HTTP cache holds what it just
// downloaded: a file is taken from there when it passes the integrity check (this version's), else
// straight from the network (an older version's copy, or none), so a phone downloads each file once.
function copyToCache(cache, [path, integrity]) {
  return fetch(path, { integrity })
    .catch(() => fetch(path, { cache: "reload", integrity }))
    .then((response) => {
      if (!response.ok) throw new Error(path + ": HTTP " + response.status);
      return cache.put(path, response);
    });
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => Promise.all(Object.entries(FILES).map((file) => copyToCache(cache, file)))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names.filter((name) => name.startsWith("should-i-connect-") && name !== CACHE)
          .map((name) => caches.delete(name)),
      ))
      .then(() => self.clients.claim()),
  );
});

// A page that finds this version installed and waiting asks it to take over; it does only when that
// page is the site's one open window, so no other tab is left running on the old version's files.
self.addEventListener("message", (event) => {
  if (event.data !== "take-over-if-alone") return;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true })
      .then((windows) => (windows.length <= 1 ? self.skipWaiting() : undefined)),
  );
});

// Answer from this version's cache; anything else (another origin, a file the site doesn't publish)
// goes to the network as if there were no worker. A HEAD request (the page's check that Pyodide's
// WebAssembly can be had) is answered from the cache too, so offline it says "yes", as is true.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (new URL(request.url).origin !== self.location.origin) return;
  if (request.method !== "GET" && request.method !== "HEAD") return;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request.url, { ignoreSearch: true }))
      .then((hit) => {
        if (!hit) return fetch(request);
        return request.method === "HEAD" ? new Response(null, { status: hit.status, headers: hit.headers }) : hit;
      }),
  );
});
