// Offline start: after one visit the service worker opens the app shell with no network; the app
// says it is offline and shows no case data as if it were current (no API answer is ever cached).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openAs, BASE, inFollowUp } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('after one visit the app opens offline, says so, and shows no stale cases', async () => {
  const followed = await inFollowUp({ summary: 'Kasus yang tidak boleh tampil saat offline' });
  const tl = await openAs(browser, 'tl1', { serviceWorkers: 'allow' });
  const { page, context } = tl;
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.goto(`${BASE}/#/cases`);
  await page.locator('.case-card', { hasText: followed.customer.name }).waitFor();
  assert.equal(await page.locator('.offline').count(), 0, 'no offline notice while online');

  await context.setOffline(true);
  const response = await page.reload();
  assert.ok(response?.fromServiceWorker(), 'the shell came from the service worker');
  await page.locator('.offline[role="alert"]').getByText('Anda sedang offline').waitFor();
  await page.getByRole('heading', { name: 'Hard complaint' }).waitFor();
  await page.locator('.problem').getByText('Tidak tersambung').waitFor();
  assert.equal(await page.locator('.case-card').count(), 0, 'no case is shown from a cache');
  assert.ok(await page.evaluate(() => document.body.classList.contains('is-offline')));

  // the case page too: no data, the network problem said plainly
  await page.goto(`${BASE}/#/cases/${followed.id}`);
  await page.locator('.problem').getByText('Tidak tersambung').waitFor();
  assert.equal(await page.getByText('Kasus yang tidak boleh tampil saat offline').count(), 0);

  // the TL's duty screen: the network problem, and no "loading" promising data that will not come
  await page.goto(`${BASE}/#/duty`);
  await page.locator('.problem').first().getByText('Tidak tersambung').waitFor();
  assert.equal(await page.getByText('Memuat…').count(), 0, 'nothing claims to be loading offline');

  // back online: the notice goes and the data comes back
  await context.setOffline(false);
  await page.locator('.offline').waitFor({ state: 'detached' });
  await page.getByText('Kasus yang tidak boleh tampil saat offline').waitFor({ timeout: 15000 });
  await context.close();
});
