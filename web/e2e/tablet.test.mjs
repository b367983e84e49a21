// A TL's tablet in the hand (R-F-5): the screen kept on while checked in, a system notification
// for a hand while the page sleeps (a push the service worker shows, acknowledged from its action),
// a view that catches up at once when the tablet wakes, and that says so when it may be stale.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  launch,
  openAs,
  BASE,
  assertClean,
  apiToken,
  call,
  uniqueName,
  screenshotDir,
  waitUntilLive,
} from './helpers.mjs';

let browser;
let admin;
/** A floor of this test's own, so that hands other tests left sound on nobody here. */
const suffix = Date.now().toString(36).slice(-6);
const floor = {
  cluster: `T${suffix}`,
  desk: `T${suffix}-DESK`,
  ws: `T${suffix}-WS1`,
  tl: `zz-e2e-tlt-${suffix}`,
  agent: `zz-e2e-agt-${suffix}`,
  spv: `zz-e2e-spt-${suffix}`,
};
const shot = (name) => fileURLToPath(new URL(name, screenshotDir()));

before(async () => {
  browser = await launch();
  admin = await apiToken('admin1');
  const f = floor;
  await call(admin, 'POST', '/admin/clusters', { id: f.cluster, name: `Klaster tablet ${suffix}` });
  for (const [id, kind, recorded] of [
    [f.desk, 'CLUSTER_DESK', true],
    [f.ws, 'WORKSTATION', false],
  ])
    await call(admin, 'POST', '/admin/desks', { id, clusterId: f.cluster, kind, recorded });
  for (const [username, role, clusterId] of [
    [f.tl, 'TEAM_LEADER', f.cluster],
    [f.agent, 'AGENT', f.cluster],
    [f.spv, 'SUPERVISOR', undefined],
  ])
    await call(admin, 'POST', '/admin/users', { username, name: `Uji ${role}`, role, clusterId, password: username });
  const days = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
  await call(admin, 'PUT', `/admin/clusters/${f.cluster}/roster`, {
    shifts: days.flatMap((day) => [
      { day, start: '00:00', end: '12:00', role: 'SPV', username: f.spv },
      { day, start: '12:00', end: '00:00', role: 'SPV', username: f.spv },
    ]),
  });
  await call(await apiToken(f.agent), 'POST', '/presence/check-in', { deskId: f.ws });
});

after(async () => {
  for (const person of [floor.tl, floor.agent])
    await call(await apiToken(person), 'POST', '/presence/check-out', {}).catch(() => {});
  await browser?.close();
});

/** The agent's hand, raised over the API; it goes to the TL at the cluster desk. */
async function raiseHand() {
  const token = await apiToken(floor.agent);
  const created = await call(
    token,
    'POST',
    '/cases',
    { channel: 'INBOUND_VOICE', customer: { name: uniqueName('Tari'), phone: '0813 4444 5555' }, summary: 'Marah' },
    { 'Idempotency-Key': randomUUID() },
  );
  await call(token, 'PUT', `/cases/${created.id}/assessment`, { criteria: ['C-IN-1'] });
  await call(token, 'POST', `/cases/${created.id}/escalations`, { takeoverRequested: false });
  return call(token, 'GET', `/cases/${created.id}`);
}

/** The hands answered or withdrawn, so that nothing of this test re-routes later. */
async function withdraw(...cases) {
  const token = await apiToken(floor.agent);
  for (const c of cases)
    await call(token, 'POST', `/escalations/${c.escalation.id}/withdraw`, { reason: 'CUSTOMER_HUNG_UP' }).catch(
      () => {},
    );
}

async function checkInOnTheTablet(page) {
  await page.goto(`${BASE}/#/floor`);
  await page.getByRole('heading', { name: 'Kehadiran saya' }).waitFor();
  await page.getByLabel('Meja', { exact: true }).selectOption(floor.desk);
  await page.getByRole('button', { name: 'Check-in di meja ini' }).click();
  await page.locator('.presence-status', { hasText: `di ${floor.desk}` }).waitFor();
}

/** Sets one permission, leaving the others as they are (grantPermissions would deny them). */
async function allow(cdp, browserContextId, name, setting = 'granted') {
  await cdp.send('Browser.setPermission', {
    origin: new URL(BASE).origin,
    browserContextId,
    permission: { name },
    setting,
  });
}

/** The TL's tablet with the service worker running (it shows pushes) and the screen lock allowed. */
async function openTlTablet() {
  const tablet = await openAs(browser, null, { serviceWorkers: 'allow' });
  const cdp = await tablet.context.newCDPSession(tablet.page);
  const { targetInfo } = await cdp.send('Target.getTargetInfo');
  await allow(cdp, targetInfo.browserContextId, 'screen-wake-lock');
  await tablet.page.goto(`${BASE}/#/login`);
  await tablet.page.getByLabel('Nama pengguna').fill(floor.tl);
  await tablet.page.getByLabel('Kata sandi').fill(floor.tl);
  await tablet.page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await tablet.page.waitForFunction(() => !location.hash.startsWith('#/login'));
  await waitUntilLive(tablet.page);
  return { ...tablet, cdp };
}

test('the queue keeps the screen on while the TL is checked in, switchable, and lets go on check-out', async () => {
  const tl = await openTlTablet();
  const { page } = tl;
  await checkInOnTheTablet(page);
  await page.goto(`${BASE}/#/queue`);
  const tools = page.locator('section.tablet');
  const wakeSwitch = tools.getByRole('button', { name: 'Layar tetap menyala' });
  await tools.getByText('Aktif: layar tidak padam', { exact: false }).waitFor();
  assert.equal(await wakeSwitch.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => document.querySelector('section.tablet').dataset.wake), 'on');
  await page.screenshot({ path: shot('tablet-wake-lock.png') });

  // switched off and on again by the TL
  await wakeSwitch.click();
  await tools.getByText('Mati: layar padam seperti biasa.').waitFor();
  assert.equal(await wakeSwitch.getAttribute('aria-pressed'), 'false');
  await wakeSwitch.click();
  await tools.getByText('Aktif: layar tidak padam', { exact: false }).waitFor();

  // hidden, the browser drops the lock; shown again, the queue asks for it again
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await tools.getByText('Aktif: layar tidak padam', { exact: false }).waitFor();

  // checked out on the floor screen: the lock goes, and the queue says it waits for a check-in
  await page.goto(`${BASE}/#/floor`);
  await page.getByRole('button', { name: 'Check-out' }).click();
  await page.locator('.presence-status', { hasText: 'Tidak di tempat' }).waitFor();
  await page.goto(`${BASE}/#/queue`);
  await tools.getByText('Menunggu check-in', { exact: false }).waitFor();
  await assertClean(page, tl.seen);
  await tl.context.close();
});

test('a push shows a notification, and its "Saya mendengarkan" acknowledges the hand', async () => {
  await call(await apiToken(floor.tl), 'POST', '/presence/check-in', { deskId: floor.desk });
  const tl = await openTlTablet();
  const { page, cdp } = tl;
  const { targetInfo } = await cdp.send('Target.getTargetInfo');
  await page.goto(`${BASE}/#/queue`);
  const tools = page.locator('section.tablet');
  // asked only from a tap: first the button, with what it is for
  const enable = tools.getByRole('button', { name: 'Aktifkan notifikasi' });
  await enable.waitFor();
  await tools.getByText('Mati: tangan baru hanya berbunyi', { exact: false }).waitFor();
  await page.screenshot({ path: shot('tablet-notifications-ask.png') });
  // the TL's "Allow" in the browser's prompt, which a headless browser does not show
  await allow(cdp, targetInfo.browserContextId, 'notifications');
  await enable.click();
  await tools.getByText('Aktif: tangan untuk Anda muncul', { exact: false }).waitFor({ timeout: 20000 });
  assert.equal(await enable.isHidden(), true);
  await page.screenshot({ path: shot('tablet-notifications-on.png') });

  const hand = await raiseHand();
  assert.equal(hand.escalation.targetTl, floor.tl);
  await page.locator('li.hand', { hasText: hand.customer.name }).waitFor();

  // the push service's message, as the browser hands it to the service worker
  const registrations = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => registrations.push(...e.registrations));
  await cdp.send('ServiceWorker.enable');
  for (let i = 0; i < 50 && !registrations.some((r) => !r.isDeleted); i += 1) await page.waitForTimeout(100);
  const registration = registrations.find((r) => !r.isDeleted && r.scopeURL.startsWith(BASE));
  assert.ok(registration, 'the service worker is registered');
  const raised = hand.timeline.find((e) => e.type === 'HAND_RAISED');
  await cdp.send('ServiceWorker.deliverPushMessage', {
    origin: new URL(BASE).origin,
    registrationId: registration.registrationId,
    data: JSON.stringify({
      id: raised.id,
      type: 'HAND_RAISED',
      caseId: hand.id,
      escalationId: hand.escalation.id,
      workstation: floor.ws,
      clusterId: floor.cluster,
      url: `/#/cases/${hand.id}`,
    }),
  });
  const tag = `hand-${hand.escalation.id}`;
  // page.evaluate awaits the worker's answer; polled, since the push reaches the worker a moment later
  let shown = null;
  for (let i = 0; i < 50 && !shown; i += 1) {
    shown = await page.evaluate(async (tag) => {
      const list = await (await navigator.serviceWorker.ready).getNotifications({ tag });
      return list.length
        ? list.map((n) => ({ title: n.title, body: n.body, actions: n.actions.map((a) => a.title) }))
        : null;
    }, tag);
    if (!shown) await page.waitForTimeout(200);
  }
  assert.ok(Array.isArray(shown), 'the service worker shows a notification for the hand');
  const [notification] = shown;
  assert.equal(notification.title, 'Tangan terangkat untuk Anda');
  assert.equal(notification.body, `Meja agen ${floor.ws} · Klaster ${floor.cluster}`);
  assert.deepEqual(notification.actions, ['Saya mendengarkan']);

  // the action, taken as the worker takes a tap on it
  await page.evaluate(
    async (tag) =>
      (await navigator.serviceWorker.ready).active.postMessage({
        type: 'sigap:test-notificationclick',
        tag,
        action: 'ack',
      }),
    tag,
  );
  const token = await apiToken(floor.tl);
  let timeline = [];
  for (let i = 0; i < 50 && !timeline.some((e) => e.type === 'TL_LISTENING'); i += 1) {
    timeline = (await call(token, 'GET', `/cases/${hand.id}`)).timeline;
    await page.waitForTimeout(200);
  }
  const listening = timeline.find((e) => e.type === 'TL_LISTENING');
  assert.ok(listening, 'the timeline shows TL_LISTENING');
  assert.equal(listening.actor, floor.tl);
  // the queue shows it without a reload, and the notification is gone
  await page.locator('li.hand--listening', { hasText: hand.customer.name }).waitFor({ timeout: 5000 });
  assert.equal(
    await page.evaluate(
      async (tag) => (await (await navigator.serviceWorker.ready).getNotifications({ tag })).length,
      tag,
    ),
    0,
  );
  await call(token, 'POST', `/escalations/${hand.escalation.id}/arrive`, {});
  // a test's browser context is incognito, where Chromium has no push service; it says so itself
  tl.seen.errors = tl.seen.errors.filter((e) => !e.includes('does not support the Push API in incognito'));
  await assertClean(page, tl.seen);
  await tl.context.close();
});

test('a tablet frozen and offline for a minute shows the three hands raised meanwhile within 5 s of waking', async () => {
  await call(await apiToken(floor.tl), 'POST', '/presence/check-in', { deskId: floor.desk });
  const tl = await openTlTablet();
  const { page, context, cdp } = tl;
  await page.goto(`${BASE}/#/queue`);
  await page.getByRole('heading', { name: 'Tangan terangkat' }).waitFor();

  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await context.setOffline(true);
  const frozenAt = Date.now();
  // raised late in the minute, so that no hand reaches its 60 s acknowledgement target (R-X-2)
  await new Promise((resolve) => setTimeout(resolve, 45000));
  const hands = [];
  for (let i = 0; i < 3; i += 1) hands.push(await raiseHand());
  for (const hand of hands) assert.equal(hand.escalation.targetTl, floor.tl);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, 60000 - (Date.now() - frozenAt))));

  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  await context.setOffline(false);
  const wokeAt = Date.now();
  for (const hand of hands) await page.locator('li.hand', { hasText: hand.customer.name }).waitFor({ timeout: 5000 });
  const took = Date.now() - wokeAt;
  assert.ok(took <= 5000, `the hands took ${took} ms to show`);
  await waitUntilLive(page);
  await withdraw(...hands);
  await assertClean(page, tl.seen);
  await context.close();
});

test('"Data mungkin usang" shows while the server is silent and goes by itself when it answers again', async () => {
  const tl = await openAs(browser, null, { serviceWorkers: 'block' });
  const { page } = tl;
  // the stream passes through the test, which can stop the server's answers on an open socket
  let answering = true;
  await page.routeWebSocket(/\/api\/v1\/stream/, (ws) => {
    if (!answering) return ws.close();
    const server = ws.connectToServer();
    ws.onMessage((message) => answering && server.send(message));
    server.onMessage((message) => answering && ws.send(message));
  });
  await page.goto(`${BASE}/#/login`);
  await page.getByLabel('Nama pengguna').fill(floor.tl);
  await page.getByLabel('Kata sandi').fill(floor.tl);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await waitUntilLive(page);
  await page.goto(`${BASE}/#/queue`);
  const banner = page.getByRole('alert').filter({ hasText: 'Data mungkin usang' });
  assert.equal(await banner.count(), 0);

  answering = false;
  const silentAt = Date.now();
  await banner.waitFor({ timeout: 50000 });
  const after = Date.now() - silentAt;
  // two heartbeats of 20 s: not before
  assert.ok(after >= 39000, `the banner came after ${after} ms`);
  await page.screenshot({ path: shot('tablet-stale-banner.png') });

  answering = true;
  await banner.waitFor({ state: 'detached', timeout: 15000 });
  await waitUntilLive(page);
  await assertClean(page, tl.seen);
  await tl.context.close();
});
