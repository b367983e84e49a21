// Customer text is data: markup in a name or summary shows as text, runs nothing, and creates
// no element, on every screen that shows it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch,
  openAs,
  BASE,
  LIVE_QUEUE_TIMEOUT_MS,
  createCaseInUi,
  assessAndRaiseHand,
  assertClean,
  uniqueName,
} from './helpers.mjs';

const PAYLOAD = '<script>alert(1)</script><img src=x onerror=alert(2)>';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function assertInert(page, where) {
  const foreignImages = await page.locator('img:not([src^="/icons/"])').count();
  assert.equal(foreignImages, 0, `${where}: no <img> element comes from customer text`);
  const scripts = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
  assert.equal(scripts, 0, `${where}: no inline script`);
}

test('markup in the customer name and summary renders as text everywhere', async () => {
  const agent = await openAs(browser, 'agent1');
  const tl = await openAs(browser, 'tl1');
  const spv = await openAs(browser, 'spv1');
  await tl.page.goto(`${BASE}/#/queue`);

  const name = `${uniqueName('Tono')} ${PAYLOAD}`;
  const caseId = await createCaseInUi(agent.page, { name, summary: `Ringkasan ${PAYLOAD}` });
  const title = agent.page.locator('h1.case__title');
  assert.equal(await title.textContent(), name);
  assert.ok((await agent.page.locator('.facts__summary').textContent()).includes(PAYLOAD));
  await assessAndRaiseHand(agent.page, ['C-IN-1']);
  await assertInert(agent.page, 'agent case page');

  const hand = tl.page.locator('li.hand', { hasText: name });
  await hand.waitFor({ timeout: LIVE_QUEUE_TIMEOUT_MS });
  assert.ok((await hand.locator('.hand__customer').textContent()).includes(PAYLOAD));
  assert.ok((await hand.locator('.hand__summary').textContent()).includes(PAYLOAD));
  await assertInert(tl.page, 'TL queue');
  await tl.page.goto(`${BASE}/#/cases/${caseId}`);
  await tl.page.locator('h1.case__title', { hasText: name }).waitFor();
  await assertInert(tl.page, 'TL case page');

  await spv.page.goto(`${BASE}/#/cases`);
  const card = spv.page.locator('.case-card', { hasText: name });
  await card.waitFor();
  assert.ok((await card.locator('.case-card__name').textContent()).includes(PAYLOAD));
  await assertInert(spv.page, 'SPV case list');

  for (const user of [agent, tl, spv]) {
    assert.deepEqual(user.seen.dialogs, [], 'no dialog fired');
    await assertClean(user.page, user.seen);
    await user.context.close();
  }
});
