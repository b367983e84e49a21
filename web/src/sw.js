// Sigap's service worker. The build fills in the cache version and the app shell's files.
// The shell is cached so the app opens on a shaky network; /api is never cached or answered from
// a cache: stale case data must never look current.
const CACHE = 'sigap-shell-__SIGAP_VERSION__';
const SHELL = __SIGAP_SHELL__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith('sigap-') && n !== CACHE).map((n) => caches.delete(n))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // network only: the API, the WebSocket upgrade, health and metrics are left to the browser
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/q/')) return;
  if (request.mode === 'navigate') {
    // the newest app when online, the cached one when not
    event.respondWith(fetch(request).catch(() => caches.match('/index.html', { ignoreVary: true })));
    return;
  }
  // ignoreVary: a module script is requested with an Origin header the cached copy was not, and a
  // server that answers "Vary: Origin" would otherwise make the shell unusable offline
  event.respondWith(caches.match(request, { ignoreVary: true }).then((hit) => hit || fetch(request)));
});
