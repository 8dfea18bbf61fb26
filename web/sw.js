// Mysterie service worker: after one visit the app and the bundled mysteries
// work without a network. scripts/stamp-sw.mjs (a Trunk post_build hook) fills
// in BUILD and FILES, so every build has a different sw.js: the browser then
// installs the new worker on the next visit and boot.js tells the team.
//
//   install   precache every file of the build (FILES)
//   fetch     hashed files (*-<hash>.js/.wasm/.css): cache first (they never change);
//             everything else (index.html, boot.js, mysteries/*.json): network first,
//             the cached copy when the network is gone or too slow
//   activate  drop the caches of older builds
const BUILD = '__MYSTERIE_BUILD__';
const FILES = ['./'];
const CACHE = `mysterie-${BUILD}`;
// Trunk's file hash is a 64-bit number in hex, without leading zeros.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
// Weak wifi: wait this long for the network before using the cached copy.
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // 'no-cache': revalidate with the server, so the precache is this build, not an HTTP-cached older one.
      await cache.addAll(FILES.map((file) => new Request(file, { cache: HASHED.test(file) ? 'default' : 'no-cache' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('mysterie-') && key !== CACHE) await caches.delete(key);
      }
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, './'));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (/\.(json|js|css|html)$/.test(url.pathname)) {
    event.respondWith(networkFirst(request, null));
  }
  // Anything else (e.g. audio with Range requests) goes to the network as usual.
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

async function networkFirst(request, fallbackKey) {
  const cache = await caches.open(CACHE);
  const cached = (await cache.match(request, { ignoreSearch: true })) || (fallbackKey && (await cache.match(fallbackKey)));
  try {
    const response = await withTimeout(fetch(request), cached ? NETWORK_TIMEOUT_MS : 0);
    if (response.ok) await cache.put(fallbackKey || request, response.clone());
    return response;
  } catch (err) {
    if (cached) return cached;
    throw err;
  }
}

/** The promise, or a rejection after `ms` (0: no limit). */
function withTimeout(promise, ms) {
  if (!ms) return promise;
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}
