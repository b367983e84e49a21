// Bahasa Indonesia first, English as a switch that the device remembers; times in WIB.
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

test('the language switch turns the TL queue into English and back, and keeps the choice', async () => {
  const raised = await raisedHand();
  const tl = await openAs(browser, 'tl1');
  await tl.page.goto(`${BASE}/#/queue`);
  await tl.page.getByRole('heading', { name: 'Tangan terangkat' }).waitFor();
  assert.equal(await tl.page.evaluate(() => document.documentElement.lang), 'id');

  await tl.page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
  await tl.page.getByRole('heading', { name: 'Raised hands' }).waitFor();
  const hand = tl.page.locator('li.hand', { hasText: raised.customer.name });
  await hand.getByRole('button', { name: 'I am listening' }).waitFor();
  assert.equal(await tl.page.evaluate(() => document.documentElement.lang), 'en');

  await tl.page.reload();
  await tl.page.getByRole('heading', { name: 'Raised hands' }).waitFor();
  await tl.page.getByRole('button', { name: 'Switch language to Bahasa Indonesia' }).click();
  await tl.page.getByRole('heading', { name: 'Tangan terangkat' }).waitFor();
  assert.match(await hand.locator('.hand__meta').textContent(), / WIB$/);
  await assertClean(tl.page, tl.seen);
  await tl.context.close();
});
