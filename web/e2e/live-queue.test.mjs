// R-IN-2, R-IN-3: the agent raises a hand; it reaches the TL's queue without a reload; the TL
// taps "Saya mendengarkan" and the agent sees "TL sedang mendengarkan".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch,
  openAs,
  BASE,
  LIVE_QUEUE_TIMEOUT_MS,
  createCaseInUi,
  assessAndRaiseHand,
  uniqueName,
  assertClean,
  waitUntilLive,
} from './helpers.mjs';

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
  await waitUntilLive(tl.page);

  const customer = uniqueName('Sri');
  await createCaseInUi(agent.page, { name: customer });
  await waitUntilLive(agent.page);
  const raisedAt = await assessAndRaiseHand(agent.page, ['C-IN-1']);

  // the queue is already open: no reload, the hand must appear by itself, counted from the
  // moment the server took the raised hand
  const hand = tl.page.locator('li.hand', { hasText: customer });
  await hand.waitFor({ timeout: Math.max(1, LIVE_QUEUE_TIMEOUT_MS - (Date.now() - raisedAt)) });
  const took = Date.now() - raisedAt;
  assert.ok(took <= LIVE_QUEUE_TIMEOUT_MS, `the hand took ${took} ms to reach the queue`);
  console.log(`raised hand reached the TL queue ${took} ms after the server took it`);
  assert.match(await hand.locator('.hand__timer').textContent(), /^\d+:\d{2}$/);

  await hand.getByRole('button', { name: 'Saya mendengarkan' }).click();
  await hand.getByRole('button', { name: 'Saya di meja agen' }).waitFor();

  const banner = agent.page.locator('.banner--listening');
  await banner.waitFor({ timeout: LIVE_QUEUE_TIMEOUT_MS }); // TL_LISTENING is pushed as well
  assert.match(await banner.textContent(), /TL sedang mendengarkan/);

  await assertClean(agent.page, agent.seen);
  await assertClean(tl.page, tl.seen);
  await agent.context.close();
  await tl.context.close();
});
