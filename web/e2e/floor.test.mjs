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
  raisedHand,
  uniqueName,
  screenshotDir,
} from './helpers.mjs';

const INTERVAL_S = 4;

let browser;
let admin;
let original;
before(async () => {
  browser = await launch();
  admin = await apiToken('admin1');
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
  await call(await apiToken('tl3'), 'POST', '/presence/check-out', {}).catch(() => {});
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
  const tl1 = await openTablet(browser, 'tl1');
  const tl3 = await openTablet(browser, 'tl3');
  const spv = await openTablet(browser, 'spv1');
  await checkInOnTheTablet(tl1, 'DESK-C1');
  await checkInOnTheTablet(tl3, 'EXT-TL1');
  await spv.page.goto(`${BASE}/#/floor`);
  await spv.page.locator('.floor-person[data-username="tl3"]', { hasText: 'Bebas' }).waitFor();
  await spv.page.screenshot({ path: fileURLToPath(new URL('floor-supervisor.png', screenshotDir())), fullPage: true });
  await spv.page.setViewportSize({ width: 390, height: 844 });
  await spv.page.screenshot({ path: fileURLToPath(new URL('floor-phone.png', screenshotDir())), fullPage: true });
  await spv.page.setViewportSize({ width: 768, height: 1024 });

  // agent1's hand goes to tl1 at the cluster desk and sounds there only
  let count = { tl1: await buzzes(tl1), tl3: await buzzes(tl3), spv: await buzzes(spv) };
  const first = await raisedHand({ summary: 'Pelanggan berteriak' });
  assert.equal(first.escalation.targetTl, 'tl1');
  await soundsAfter(tl1, count.tl1);
  const tl1Card = tl1.page;
  await tl1Card.goto(`${BASE}/#/queue`);
  await tl1Card.locator('li.hand', { hasText: first.customer.name }).getByText('Meja agen WS-C1-01').waitFor();
  await tl1Card.screenshot({ path: fileURLToPath(new URL('hand-card-workstation.png', screenshotDir())) });

  // tl1 listens in: busy; agent2's hand goes to tl3, and tl1's tablet stays silent
  const tl1Token = await apiToken('tl1');
  await call(tl1Token, 'POST', `/escalations/${first.escalation.id}/acknowledge`, {});
  count = { tl1: await buzzes(tl1), tl3: await buzzes(tl3), spv: await buzzes(spv) };
  const second = await handOf('agent2');
  assert.equal(second.escalation.targetTl, 'tl3');
  assert.equal(second.timeline.find((e) => e.type === 'HAND_RAISED').routeReason, 'CLUSTER_DESK_TL_BUSY');
  await soundsAfter(tl3, count.tl3);
  assert.equal(await buzzes(tl1), count.tl1, "tl1's tablet sounded for tl3's hand");

  // the first case followed up by tl1: its hourly check runs out and climbs the ladder
  await call(tl1Token, 'POST', `/escalations/${first.escalation.id}/arrive`, {});
  count = { tl1: await buzzes(tl1), tl3: await buzzes(tl3), spv: await buzzes(spv) };
  await call(await apiToken('agent1'), 'PUT', `/cases/${first.id}/handling-tl`, { tl: 'tl1' });
  // the hourly check's clock starts at the first coordination (R-IN-11)
  await call(tl1Token, 'POST', `/cases/${first.id}/coordinations`, {
    unit: 'COMPLAINT_HANDLING',
    note: 'Minta teknisi',
    policyDecision: false,
  });
  await soundsAfter(tl1, count.tl1);
  await soundsAfter(spv, count.spv);
  const spvToken = await apiToken('spv1');
  let overdue = [];
  for (let i = 0; i < 50 && overdue.length < 3; i += 1) {
    const view = await call(spvToken, 'GET', `/cases/${first.id}`);
    overdue = view.timeline.filter((e) => e.type === 'PROGRESS_CHECK_OVERDUE');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.deepEqual(
    overdue.slice(0, 3).map((e) => e.alertFor),
    [['tl1'], ['spv1'], ['manager1']],
  );
  // the SPV's tablet sounded once, at stage 1: not at stage 0, not at the manager's stage
  assert.equal(await buzzes(spv), count.spv + 1);
  assert.equal(await buzzes(tl3), count.tl3, "tl3's tablet sounded for tl1's duty");
  // the case closes, so that its short clock alerts nobody in the tests after this one; the
  // hand routed to tl3 is withdrawn (the customer hung up) for the same reason
  await call(tl1Token, 'POST', `/cases/${first.id}/callbacks`, {
    deskId: 'DESK-C1',
    outcome: 'REACHED',
    note: 'Sudah beres',
    final: true,
  });
  await call(tl1Token, 'POST', `/cases/${first.id}/close`, { resolution: 'Teknisi memperbaiki ODP' });
  await call(await apiToken('agent2'), 'POST', `/escalations/${second.escalation.id}/withdraw`, {
    reason: 'CUSTOMER_HUNG_UP',
  });

  for (const t of [tl1, tl3, spv]) {
    await assertClean(t.page, t.seen);
    await t.context.close();
  }
});
