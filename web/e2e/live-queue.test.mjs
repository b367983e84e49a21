// R-IN-2, R-IN-3: the agent raises a hand; it reaches the TL's queue without a reload; the TL
// taps "Saya mendengarkan" and the agent sees "TL sedang mendengarkan".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openAs, BASE, LIVE_QUEUE_TIMEOUT_MS, createCaseInUi, assessAndRaiseHand, uniqueName, assertClean } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a raised hand reaches the TL queue live and the agent sees the TL listening', async () => {
  const agent = await openAs(browser, 'agent1');
  const tl = await openAs(browser, 'tl1');
  await tl.page.goto(`${BASE}/#/queue`);
  await tl.page.getByRole('heading', { name: 'Tangan terangkat' }).waitFor();

  const customer = uniqueName('Sri');
  await createCaseInUi(agent.page, { name: customer });
  await assessAndRaiseHand(agent.page, ['C-IN-1']);
  const raisedAt = Date.now();

  // the queue is already open: no reload, the hand must appear by itself
  const hand = tl.page.locator('li.hand', { hasText: customer });
  await hand.waitFor({ timeout: LIVE_QUEUE_TIMEOUT_MS });
  const took = Date.now() - raisedAt;
  assert.ok(took <= LIVE_QUEUE_TIMEOUT_MS, `the hand took ${took} ms to reach the queue`);
  assert.match(await hand.locator('.hand__timer').textContent(), /^\d+:\d{2}$/);

  await hand.getByRole('button', { name: 'Saya mendengarkan' }).click();
  await hand.getByRole('button', { name: 'Saya di meja agen' }).waitFor();

  const banner = agent.page.locator('.banner--listening');
  await banner.waitFor({ timeout: LIVE_QUEUE_TIMEOUT_MS });
  assert.match(await banner.textContent(), /TL sedang mendengarkan/);

  await assertClean(agent.page, agent.seen);
  await assertClean(tl.page, tl.seen);
  await agent.context.close();
  await tl.context.close();
});
