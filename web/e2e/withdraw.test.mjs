// R-C-1: the customer hangs up before the TL came; the agent says so, the hand leaves the TL's
// queue at once and is never re-routed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch,
  openAs,
  BASE,
  createCaseInUi,
  assessAndRaiseHand,
  uniqueName,
  assertClean,
  waitUntilLive,
  apiToken,
  call,
} from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the agent records that the customer hung up and the TL queue clears without a re-route (R-C-1)', async () => {
  const agent = await openAs(browser, 'agent1');
  const tl = await openAs(browser, 'tl1');
  await tl.page.goto(`${BASE}/#/queue`);
  await waitUntilLive(tl.page);

  const customer = uniqueName('Yanti');
  const caseId = await createCaseInUi(agent.page, { name: customer });
  await assessAndRaiseHand(agent.page, ['C-IN-1']);
  const hand = tl.page.locator('li.hand', { hasText: customer });
  await hand.waitFor();

  const form = agent.page.locator('details.action--withdraw-hand');
  await form.locator('summary').click();
  await form.getByLabel('Pelanggan menutup telepon sebelum TL datang').check();
  await form.getByRole('button', { name: 'Pelanggan menutup telepon' }).click();
  await agent.page.locator('.banner--withdrawn').waitFor();
  await agent.page.locator('.timeline [data-type="HAND_WITHDRAWN"]').waitFor();

  // no reload: the hand leaves the queue
  await hand.waitFor({ state: 'detached', timeout: 10000 });
  const view = await call(await apiToken('tl1'), 'GET', `/cases/${caseId}`);
  assert.equal(view.escalation.status, 'WITHDRAWN');
  assert.equal(view.escalation.withdrawReason, 'CUSTOMER_HUNG_UP');
  assert.ok(!view.timeline.some((e) => e.type === 'ESCALATION_REROUTED'));

  for (const t of [agent, tl]) {
    await assertClean(t.page, t.seen);
    await t.context.close();
  }
});
