/// <reference lib="webworker" />
/**
 * The app shell on the device: the built assets are cached at install, so that a judge's tablet
 * reloads the app offline. Pages (navigations) go to the network first and fall back to the cached
 * shell; hashed assets come from the cache. API calls and the live socket are never touched.
 *
 * `__PRECACHE__` and `__VERSION__` are filled in by the build (vite.config.ts).
 */
declare const self: ServiceWorkerGlobalScope;
declare const __PRECACHE__: string[];
declare const __VERSION__: string;

const CACHE = `jiangxin-shell-${__VERSION__}`;
const SHELL = '/index.html';
/** A page request waits this long for the network before the cached shell answers (flaky venue Wi-Fi). */
const NAVIGATION_TIMEOUT_MS = 4_000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll([SHELL, ...__PRECACHE__]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('jiangxin-shell-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/socket.io/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
    return;
  }
  event.respondWith(asset(request));
});

async function page(request: Request): Promise<Response> {
  try {
    const response = await fetchWithin(request, NAVIGATION_TIMEOUT_MS);
    if (response.ok) {
      const cache = await caches.open(CACHE);
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch {
    return (
      (await caches.match(SHELL, { ignoreVary: true })) ??
      new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain' } })
    );
  }
}

async function asset(request: Request): Promise<Response> {
  // The server varies on Origin (CORS); a module script's request carries one, the precache's did not.
  const cached = await caches.match(request, { ignoreVary: true });
  if (cached) return cached;
  return fetch(request);
}

function fetchWithin(request: Request, ms: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  return fetch(request, { signal: controller.signal }).finally(() => clearTimeout(timer));
}

export {};
