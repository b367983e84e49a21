// Installable: a manifest with icons, and a service worker that caches the app shell under a
// versioned name and leaves the API to the network (no API answer is ever cached).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openAs, BASE, assertClean } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the manifest names the app and its icons are PNG files', async () => {
  const manifest = await (await fetch(`${BASE}/manifest.webmanifest`)).json();
  assert.equal(manifest.short_name, 'Sigap');
  assert.equal(manifest.display, 'standalone');
  const sizes = manifest.icons.map((i) => i.sizes);
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'));
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
  for (const icon of manifest.icons) {
    const bytes = new Uint8Array(await (await fetch(`${BASE}${icon.src}`)).arrayBuffer());
    assert.deepEqual([...bytes.slice(1, 4)], [0x50, 0x4e, 0x47], `${icon.src} is a PNG`);
  }
});

test('the service worker caches the shell, versioned, and never an API answer', async () => {
  const agent = await openAs(browser, 'agent1', { serviceWorkers: 'allow' });
  const script = await agent.page.evaluate(async () => (await navigator.serviceWorker.ready).active.scriptURL);
  assert.equal(new URL(script).pathname, '/sw.js');
  await agent.page.reload();
  await agent.page.getByRole('heading', { name: 'Kasus saya' }).waitFor();
  const cached = await agent.page.evaluate(async () => {
    const names = await caches.keys();
    const urls = [];
    for (const name of names)
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return { names, urls };
  });
  assert.equal(cached.names.length, 1);
  assert.match(cached.names[0], /^sigap-shell-[0-9a-f]{12}$/);
  assert.ok(
    cached.urls.includes('/index.html') && cached.urls.some((u) => u.startsWith('/assets/')),
    'the shell is cached',
  );
  assert.deepEqual(
    cached.urls.filter((u) => u.startsWith('/api/')),
    [],
    'no API answer is cached',
  );
  await assertClean(agent.page, agent.seen);
  await agent.context.close();
});
