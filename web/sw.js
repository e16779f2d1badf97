// The service worker: the app opens without a network after one visit, and a new build arrives
// as a new worker that waits until the user chooses to reload.
//
// scripts/service-worker.mjs (run by scripts/post-build.mjs) writes dist/sw.js as two lines —
// `const BUILD = '<hash of every file in dist/>'` and `const BESTANDEN = [<every file in dist/>]`
// — followed by this file. So each build that changes any byte is a new sw.js, which the
// browser sees as an update; the list is never kept by hand.
//
// Strategy: everything, index.html included, is served cache-first from THIS build's cache.
// - Hashed assets (JS glue, wasm, CSS) never change under their name: cache-first is exact.
// - index.html, the split loader, pwa.js, the manifest and icons keep a fixed name. They are
//   served from the same build's cache too, so a page and the modules it loads are always one
//   build (a network-first index.html would start a new build's HTML on the old worker's
//   assets and SRI hashes, and would cost a Slow-3G round trip, 2 s, before anything shows).
//   Freshness comes from the worker instead: on each navigation the browser re-fetches sw.js
//   (registered with updateViaCache 'none'); a changed build installs a new worker beside this
//   one (its own cache, filled from the network) — stale-while-revalidate at the level of the
//   whole build. The new worker WAITS: pwa.js shows a banner, and only the user's click on
//   "Herladen" sends 'nu-vernieuwen', the one place skipWaiting is called. Drafts live in
//   localStorage, which no worker touches.
// Relative everything: the scope is the folder sw.js is served from, at / or under a sub-path.
// Modules fetched only on request (OP_VERZOEK: the Word module) are not precached; the first
// fetch puts them in this build's cache, so after one use they work offline too.
/* global BUILD, BESTANDEN, OP_VERZOEK */
const SCOPE = new URL('./', self.location).href;
// Two copies of the app on one origin (/a/ and /b/) share CacheStorage: the scope is in the name.
const PREFIX = `vangnet|${SCOPE}|`;
const CACHE = PREFIX + BUILD;
const INDEX = new URL('index.html', SCOPE).href;

// A content hash in the name (trunk's and post-build's): such a file never changes, so the copy
// the page just loaded into the HTTP cache will do (no second download on a slow line).
const GEHASHT = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (e) => {
  // The rest 'no-cache': revalidated with the server, so a stale HTTP-cached index.html or
  // loader never lands in a new build's cache. addAll fails the install if any file is
  // missing: then this worker is dropped and the working one stays.
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(BESTANDEN.map((f) => new Request(new URL(f, SCOPE).href, { cache: GEHASHT.test(f) ? 'default' : 'no-cache' })))));
});

self.addEventListener('activate', (e) => {
  e.waitUntil((async () => {
    for (const naam of await caches.keys()) if (naam.startsWith(PREFIX) && naam !== CACHE) await caches.delete(naam);
    // The first visit's page (loaded from the network, the same build) is taken over at once,
    // so it works offline without a reload. On an update this runs only after the user's click.
    await self.clients.claim();
  })());
});

self.addEventListener('message', (e) => {
  if (e.data && e.data.type === 'nu-vernieuwen') self.skipWaiting();
});

const LATER = new Set(OP_VERZOEK.map((f) => new URL(f, SCOPE).href));

async function uitCache(verzoek) {
  const c = await caches.open(CACHE);
  const bewaard = await c.match(verzoek, { ignoreSearch: true });
  if (bewaard) return bewaard;
  const antwoord = await fetch(verzoek);
  if (antwoord.ok && LATER.has(verzoek.url.replace(/[?#].*$/, ''))) await c.put(verzoek, antwoord.clone());
  return antwoord;
}

self.addEventListener('fetch', (e) => {
  const verzoek = e.request;
  if (verzoek.method !== 'GET' || !verzoek.url.startsWith(SCOPE)) return;
  const pad = verzoek.url.slice(SCOPE.length).replace(/[?#].*$/, '');
  // The app routes with the hash: every navigation in scope is index.html.
  if (verzoek.mode === 'navigate' && (pad === '' || pad === 'index.html')) {
    e.respondWith(caches.open(CACHE).then((c) => c.match(INDEX)).then((r) => r || fetch(verzoek)));
    return;
  }
  if (pad === 'sw.js') return;
  e.respondWith(uitCache(verzoek));
});
