// The live stream as the web app uses it (SPEC 7): a ticket, then the WebSocket; each event
// refreshes what it touches, a drop shows "Menyambung ulang…" and resumes with ?since=<last id>.
// The server's stream is stood in for here by Playwright, so this holds before and after it lands.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openAs, BASE, raisedHand, assertClean } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a stream event brings a raised hand to the queue at once, and a drop resumes from the last id', async () => {
  const tl = await openAs(browser, null);
  const sockets = [];
  let tickets = 0;
  await tl.context.route(`${BASE}/api/v1/stream/tickets`, (route) => {
    tickets += 1;
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ticket: `t${tickets}`, expiresIn: 30 }),
    });
  });
  await tl.context.routeWebSocket(/\/api\/v1\/stream\?/, (ws) => {
    sockets.push({ ws, url: new URL(ws.url()) });
  });
  await tl.page.goto(`${BASE}/#/login`);
  await tl.page.getByLabel('Nama pengguna').fill('tl1');
  await tl.page.getByLabel('Kata sandi').fill('tl1');
  await tl.page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await tl.page.locator('.live--live', { hasText: 'Terhubung' }).waitFor();
  assert.equal(sockets[0].url.searchParams.get('ticket'), 't1');
  assert.equal(sockets[0].url.searchParams.get('since'), null, 'a first connection starts from now');

  // no polling while live: once the queue has loaded, only the event can bring this hand in
  await tl.page.locator('ul.hands[aria-busy="false"]').waitFor();
  const raised = await raisedHand();
  await tl.page.waitForTimeout(2500);
  assert.equal(
    await tl.page.locator('li.hand', { hasText: raised.customer.name }).count(),
    0,
    'no polling while the stream is up',
  );
  const sent = Date.now();
  sockets[0].ws.send(
    JSON.stringify({ id: 41, type: 'HAND_RAISED', caseId: raised.id, at: new Date().toISOString(), actor: 'agent1' }),
  );
  await tl.page.locator('li.hand', { hasText: raised.customer.name }).waitFor({ timeout: 1000 });
  assert.ok(Date.now() - sent <= 1000);

  // the server drops the connection: the app says so and comes back with since=41
  await sockets[0].ws.close({ code: 1012, reason: 'restart' });
  await tl.page.locator('.live--reconnecting, .live--live').first().waitFor();
  await tl.page.waitForFunction(() => document.querySelector('.live')?.classList.contains('live--live'), null, {
    timeout: 5000,
  });
  assert.equal(sockets.length, 2);
  assert.equal(sockets[1].url.searchParams.get('ticket'), 't2', 'a fresh ticket for each connection');
  assert.equal(sockets[1].url.searchParams.get('since'), '41');

  await assertClean(tl.page, tl.seen);
  await tl.context.close();
});

test('while the stream is unavailable the app says so and polls', async () => {
  const tl = await openAs(browser, null);
  await tl.context.route(`${BASE}/api/v1/stream/tickets`, (route) =>
    route.fulfill({
      status: 404,
      contentType: 'application/problem+json',
      body: JSON.stringify({ title: 'Not found', status: 404 }),
    }),
  );
  await tl.page.goto(`${BASE}/#/login`);
  await tl.page.getByLabel('Nama pengguna').fill('tl1');
  await tl.page.getByLabel('Kata sandi').fill('tl1');
  await tl.page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await tl.page.locator('.live--polling', { hasText: 'Live tidak tersedia' }).waitFor();
  const raised = await raisedHand();
  await tl.page.locator('li.hand', { hasText: raised.customer.name }).waitFor({ timeout: 3000 });
  await assertClean(tl.page, tl.seen);
  await tl.context.close();
});
