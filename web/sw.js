// Mysterie service worker: after one visit the app and the bundled mysteries
// work without a network. scripts/stamp-sw.mjs (the last step of
// scripts/build.sh) fills in BUILD, FILES and PAGE_MARK, so every build has a
// different sw.js: the browser then installs the new worker on the next visit
// and boot.js tells the team. FILES holds every bundle's page and files
// (index.html as './', spel.html, speler.html, zaal.html, trainer.html and their wasm):
// a phone that opened a member link once, or a laptop that played once, can
// open any audience's page offline.
//
//   install   precache every file of the build (FILES), but only when the page
//             on the server is this build's page (PAGE_MARK): during an
//             out-of-order deploy (new sw.js and hashed files, old index.html)
//             the install fails, so the current worker and its complete cache
//             stay in charge until index.html is there too (docs/deployment.md)
//   fetch     navigations to the app: network first; only this build's index
//             page is cached again, as './' (never a JSON file or any other page
//             someone opened); the other bundles' pages come from the precache;
//             hashed files (*-<hash>.js/.wasm/.css): cache first (they never change);
//             everything else (boot.js, mysteries/*.json): network first,
//             the cached copy when the network is gone or too slow
//   activate  drop the caches of older builds
const BUILD = '__MYSTERIE_BUILD__';
const FILES = ['./'];
// The hashed wasm file of this build: this build's index.html names it
// (data-wasm), an older or a foreign page does not.
const PAGE_MARK = '__MYSTERIE_PAGE_MARK__';
const CACHE = `mysterie-${BUILD}`;
// Trunk's file hash is a 64-bit number in hex, without leading zeros.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
// Weak wifi: wait this long for the network before using the cached copy.
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // 'no-cache': revalidate with the server, so the precache is this build, not an HTTP-cached older one.
      const page = await fetch(new Request('./', { cache: 'no-cache' }));
      if (!(await isThisBuildsPage(page.clone()))) {
        // Out-of-order deploy: index.html is not this build's yet. Fail the
        // install; the browser tries again on a later visit.
        throw new Error(`Mysterie sw: the page on the server is not build ${BUILD}; keeping the current version`);
      }
      const cache = await caches.open(CACHE);
      try {
        await cache.addAll(
          FILES.filter((file) => file !== './').map(
            (file) => new Request(file, { cache: HASHED.test(file) ? 'default' : 'no-cache' }),
          ),
        );
        await cache.put('./', page);
      } catch (err) {
        await caches.delete(CACHE);
        throw err;
      }
      await self.skipWaiting();
    })(),
  );
});

/** Whether a response is this build's app page: HTML that names this build's wasm. */
async function isThisBuildsPage(response) {
  if (!response.ok) return false;
  if (!(response.headers.get('Content-Type') || '').toLowerCase().startsWith('text/html')) return false;
  return (await response.text()).includes(PAGE_MARK);
}

/** Whether a URL is the app's page: the worker's scope itself, or its index.html. */
function isAppPage(url) {
  const scope = new URL(self.registration.scope);
  return url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`;
}

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
    event.respondWith(navigate(request, url));
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

/** A navigation: network first. Only this build's app page is cached (as './'). */
async function navigate(request, url) {
  const cache = await caches.open(CACHE);
  const app = isAppPage(url);
  const cached = app ? await cache.match('./') : await cache.match(request, { ignoreSearch: true });
  try {
    const response = await withTimeout(fetch(request), cached ? NETWORK_TIMEOUT_MS : 0);
    if (app && (await isThisBuildsPage(response.clone()))) await cache.put('./', response.clone());
    return response;
  } catch (err) {
    if (cached) return cached;
    throw err;
  }
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
