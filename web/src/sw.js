// Sigap's service worker. The build fills in the cache version and the app shell's files.
// The shell is cached so the app opens on a shaky network; /api is never cached or answered from
// a cache: stale case data must never look current.
// It also shows the pushes that wake a sleeping tablet (R-F-5), and acknowledges a hand from the
// notification's "Saya mendengarkan" with the token the page keeps for it (notify.js).
const CACHE = 'sigap-shell-__SIGAP_VERSION__';
const SHELL = __SIGAP_SHELL__;
const DEVICE_CACHE = 'sigap-device';
const DEVICE_URL = '/__sigap/device';

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
        Promise.all(
          names.filter((n) => n.startsWith('sigap-') && n !== CACHE && n !== DEVICE_CACHE).map((n) => caches.delete(n)),
        ),
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

async function device() {
  try {
    const hit = await (await caches.open(DEVICE_CACHE)).match(DEVICE_URL);
    return hit ? await hit.json() : null;
  } catch {
    return null;
  }
}

function fillIn(text, vars) {
  return String(text ?? '').replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : ''));
}

/** The notification of a push: a hand (with the acknowledge action) or another alert for me. */
async function showPush(message) {
  const texts = (await device())?.texts ?? {};
  const url = message.url ?? (message.caseId ? `/#/cases/${message.caseId}` : '/');
  const isHand = message.escalationId && ['HAND_RAISED', 'ESCALATION_REROUTED'].includes(message.type);
  if (isHand) {
    const cluster = message.clusterId ?? '—';
    const body = message.workstation
      ? fillIn(texts.handBody, { desk: message.workstation, cluster })
      : fillIn(texts.handBodyUnknown, { cluster });
    return self.registration.showNotification(texts.hand ?? 'Sigap', {
      body,
      tag: `hand-${message.escalationId}`,
      icon: '/icons/icon-192.png',
      badge: '/icons/favicon-32.png',
      requireInteraction: true,
      data: { caseId: message.caseId, escalationId: message.escalationId, url },
      actions: texts.ack ? [{ action: 'ack', title: texts.ack }] : [],
    });
  }
  return self.registration.showNotification(texts[message.type] ?? 'Sigap', {
    body: texts.open ?? '',
    tag: `event-${message.id ?? message.caseId}`,
    icon: '/icons/icon-192.png',
    badge: '/icons/favicon-32.png',
    data: { caseId: message.caseId, url },
  });
}

self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = {};
  }
  event.waitUntil(showPush(message));
});

/** The page open at the app, shown at url; a new window when none is open. */
async function openAt(url) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const client = windows.find((c) => new URL(c.url).origin === self.location.origin);
  if (client) {
    await client.focus().catch(() => {});
    return client.navigate ? client.navigate(new URL(url, self.location.origin).href).catch(() => client) : client;
  }
  return self.clients.openWindow(url);
}

/** "Saya mendengarkan" from the notification: the queue's own call, with the page's token. */
async function acknowledge(data) {
  const record = await device();
  if (record?.token && data?.escalationId) {
    try {
      const answer = await fetch(`/api/v1/escalations/${encodeURIComponent(data.escalationId)}/acknowledge`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${record.token}`,
          'Content-Type': 'application/json',
          Accept: 'application/json, application/problem+json',
        },
        body: '{}',
        cache: 'no-store',
        credentials: 'omit',
      });
      if (answer.ok) {
        const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
        windows.forEach((c) => c.postMessage({ type: 'sigap:acknowledged', caseId: data.caseId }));
        return true;
      }
    } catch {
      // offline or refused: the hand opens instead, where the TL sees why
    }
  }
  // no valid token (signed out, expired) or refused (taken, re-routed): open the hand
  await openAt(data?.url ?? '/');
  return false;
}

/** What a tap does: the action acknowledges, the notification itself opens the hand. */
async function handleClick(notification, action) {
  notification.close();
  if (action === 'ack') return acknowledge(notification.data);
  await openAt(notification.data?.url ?? '/');
  return true;
}

self.addEventListener('notificationclick', (event) => {
  event.waitUntil(handleClick(event.notification, event.action));
});

// Browser tests cannot tap a system notification: they ask the worker to take the same path.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'sigap:test-notificationclick') return;
  event.waitUntil(
    self.registration.getNotifications({ tag: event.data.tag }).then(async (shown) => {
      const done = shown.length ? await handleClick(shown[0], event.data.action) : false;
      event.source?.postMessage({ type: 'sigap:test-notificationclick-done', done, found: shown.length });
    }),
  );
});
