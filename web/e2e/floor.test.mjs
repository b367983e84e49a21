// R-F-2, R-F-3, R-F-5: TLs check in on the tablet; a hand sounds only on the tablet of the TL it is
// addressed to; while the desk's TL is busy the next hand goes to the other free TL; an overdue
// follow-up sounds on the handling TL's tablet, then one interval later on the SPV's, not before.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  launch,
  openTablet,
  buzzes,
  soundsAfter,
  BASE,
  assertClean,
  apiToken,
  call,
  uniqueName,
  screenshotDir,
} from './helpers.mjs';

const INTERVAL_S = 4;

let browser;
let admin;
let original;
/** A floor of this test's own, so that hands other tests left re-route to nobody here. */
const suffix = Date.now().toString(36).slice(-6);
const floor = {
  cluster: `E${suffix}`,
  desk: `E${suffix}-DESK`,
  extension: `E${suffix}-EXT`,
  ws1: `E${suffix}-WS1`,
  ws2: `E${suffix}-WS2`,
  deskTl: `zz-e2e-tla-${suffix}`,
  otherTl: `zz-e2e-tlb-${suffix}`,
  agent1: `zz-e2e-aga-${suffix}`,
  agent2: `zz-e2e-agb-${suffix}`,
  spv: `zz-e2e-spv-${suffix}`,
};
before(async () => {
  browser = await launch();
  admin = await apiToken('admin1');
  const f = floor;
  await call(admin, 'POST', '/admin/clusters', { id: f.cluster, name: `Klaster uji ${suffix}` });
  for (const [id, kind, recorded] of [
    [f.desk, 'CLUSTER_DESK', true],
    [f.extension, 'TL_EXTENSION', true],
    [f.ws1, 'WORKSTATION', false],
    [f.ws2, 'WORKSTATION', false],
  ])
    await call(admin, 'POST', '/admin/desks', { id, clusterId: f.cluster, kind, recorded });
  for (const [username, role, clusterId] of [
    [f.deskTl, 'TEAM_LEADER', f.cluster],
    [f.otherTl, 'TEAM_LEADER', f.cluster],
    [f.agent1, 'AGENT', f.cluster],
    [f.agent2, 'AGENT', f.cluster],
    [f.spv, 'SUPERVISOR', undefined],
  ])
    await call(admin, 'POST', '/admin/users', { username, name: `Uji ${role}`, role, clusterId, password: username });
  // the cluster's SPV on shift, all week (R-F-1, R-F-3)
  const days = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
  await call(admin, 'PUT', `/admin/clusters/${f.cluster}/roster`, {
    shifts: days.flatMap((day) => [
      { day, start: '00:00', end: '12:00', role: 'SPV', username: f.spv },
      { day, start: '12:00', end: '00:00', role: 'SPV', username: f.spv },
    ]),
  });
  await call(await apiToken(f.agent1), 'POST', '/presence/check-in', { deskId: f.ws1 });
  await call(await apiToken(f.agent2), 'POST', '/presence/check-in', { deskId: f.ws2 });
  // a revision with a short hourly check, so that the alert ladder climbs within the test
  original = await call(admin, 'GET', '/policy/active');
  const { revision, ...thresholds } = original;
  await call(admin, 'POST', '/policy/revisions', {
    ...thresholds,
    revision: `e2e ladder ${INTERVAL_S}s ${Date.now()}`,
    progressCheckInterval: `PT${INTERVAL_S}S`,
  });
});
after(async () => {
  if (original) await call(admin, 'PUT', '/policy/active', { revision: original.revision });
  for (const person of [floor.deskTl, floor.otherTl, floor.agent1, floor.agent2])
    await call(await apiToken(person), 'POST', '/presence/check-out', {}).catch(() => {});
  await browser?.close();
});

async function checkInOnTheTablet(t, deskId) {
  await t.page.goto(`${BASE}/#/floor`);
  await t.page.getByRole('heading', { name: 'Kehadiran saya' }).waitFor();
  await t.page.getByLabel('Meja', { exact: true }).selectOption(deskId);
  await t.page.getByRole('button', { name: 'Check-in di meja ini' }).click();
  await t.page.locator('.presence-status', { hasText: `di ${deskId}` }).waitFor();
}

async function handOf(agent) {
  const token = await apiToken(agent);
  const created = await call(
    token,
    'POST',
    '/cases',
    { channel: 'INBOUND_VOICE', customer: { name: uniqueName('Wati'), phone: '0813 2222 3333' }, summary: 'Marah' },
    { 'Idempotency-Key': randomUUID() },
  );
  await call(token, 'PUT', `/cases/${created.id}/assessment`, { criteria: ['C-IN-1'] });
  await call(token, 'POST', `/cases/${created.id}/escalations`, { takeoverRequested: false });
  return call(token, 'GET', `/cases/${created.id}`);
}

test('hands and overdue alerts sound only for whom they are (R-F-2, R-F-3, R-F-5)', async () => {
  const tl1 = await openTablet(browser, floor.deskTl);
  const tl3 = await openTablet(browser, floor.otherTl);
  const spv = await openTablet(browser, floor.spv);
  await checkInOnTheTablet(tl1, floor.desk);
  await checkInOnTheTablet(tl3, floor.extension);
  await spv.page.goto(`${BASE}/#/floor`);
  await spv.page.locator(`.floor-person[data-username="${floor.otherTl}"]`, { hasText: 'Bebas' }).waitFor();
  await spv.page.screenshot({ path: fileURLToPath(new URL('floor-supervisor.png', screenshotDir())), fullPage: true });
  await spv.page.setViewportSize({ width: 390, height: 844 });
  await spv.page.screenshot({ path: fileURLToPath(new URL('floor-phone.png', screenshotDir())), fullPage: true });
  await spv.page.setViewportSize({ width: 768, height: 1024 });

  // the first agent's hand goes to the TL at the cluster desk and sounds there only
  let count = { tl1: await buzzes(tl1), tl3: await buzzes(tl3), spv: await buzzes(spv) };
  const first = await handOf(floor.agent1);
  assert.equal(first.escalation.targetTl, floor.deskTl);
  await soundsAfter(tl1, count.tl1);
  const tl1Card = tl1.page;
  await tl1Card.goto(`${BASE}/#/queue`);
  await tl1Card.locator('li.hand', { hasText: first.customer.name }).getByText(`Meja agen ${floor.ws1}`).waitFor();
  await tl1Card.screenshot({ path: fileURLToPath(new URL('hand-card-workstation.png', screenshotDir())) });

  // the desk's TL listens in: busy; the second agent's hand goes to the other free TL, and the
  // desk TL's tablet stays silent
  const tl1Token = await apiToken(floor.deskTl);
  await call(tl1Token, 'POST', `/escalations/${first.escalation.id}/acknowledge`, {});
  count = { tl1: await buzzes(tl1), tl3: await buzzes(tl3), spv: await buzzes(spv) };
  const second = await handOf(floor.agent2);
  assert.equal(second.escalation.targetTl, floor.otherTl);
  assert.equal(second.timeline.find((e) => e.type === 'HAND_RAISED').routeReason, 'CLUSTER_DESK_TL_BUSY');
  await soundsAfter(tl3, count.tl3);
  assert.equal(await buzzes(tl1), count.tl1, "the desk TL's tablet sounded for the other TL's hand");

  // the first case followed up by the desk TL: its hourly check runs out and climbs the ladder
  await call(tl1Token, 'POST', `/escalations/${first.escalation.id}/arrive`, {});
  count = { tl1: await buzzes(tl1), tl3: await buzzes(tl3), spv: await buzzes(spv) };
  await call(await apiToken(floor.agent1), 'PUT', `/cases/${first.id}/handling-tl`, { tl: floor.deskTl });
  // the hourly check's clock starts at the first coordination (R-IN-11)
  await call(tl1Token, 'POST', `/cases/${first.id}/coordinations`, {
    unit: 'COMPLAINT_HANDLING',
    note: 'Minta teknisi',
    policyDecision: false,
  });
  await soundsAfter(tl1, count.tl1);
  await soundsAfter(spv, count.spv);
  const spvToken = await apiToken(floor.spv);
  let overdue = [];
  for (let i = 0; i < 50 && overdue.length < 3; i += 1) {
    const view = await call(spvToken, 'GET', `/cases/${first.id}`);
    overdue = view.timeline.filter((e) => e.type === 'PROGRESS_CHECK_OVERDUE');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.deepEqual(
    overdue.slice(0, 3).map((e) => e.alertFor),
    [[floor.deskTl], [floor.spv], ['manager1']],
  );
  // the SPV's tablet sounded once, at stage 1: not at stage 0, not at the manager's stage
  assert.equal(await buzzes(spv), count.spv + 1);
  assert.equal(await buzzes(tl3), count.tl3, "the other TL's tablet sounded for the desk TL's duty");
  // the case closes, so that its short clock alerts nobody in the tests after this one; the
  // hand routed to the other TL is withdrawn (the customer hung up) for the same reason
  await call(tl1Token, 'POST', `/cases/${first.id}/callbacks`, {
    deskId: floor.desk,
    outcome: 'REACHED',
    note: 'Sudah beres',
    final: true,
  });
  await call(tl1Token, 'POST', `/cases/${first.id}/close`, { resolution: 'Teknisi memperbaiki ODP' });
  await call(await apiToken(floor.agent2), 'POST', `/escalations/${second.escalation.id}/withdraw`, {
    reason: 'CUSTOMER_HUNG_UP',
  });

  for (const t of [tl1, tl3, spv]) {
    await assertClean(t.page, t.seen);
    await t.context.close();
  }
});
