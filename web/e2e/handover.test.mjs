// R-F-4, R-F-5: the handling TL hands a case to another TL of the cluster on the tablet; only the
// receiving TL's tablet sounds, they accept, and from then on the case is theirs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import {
  launch,
  openAs,
  signIn,
  BASE,
  assertClean,
  inFollowUp,
  apiToken,
  call,
  waitUntilLive,
  screenshotDir,
} from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Counts the tablet's buzzes: every sounding alert vibrates (alert.js). */
async function countBuzzes(context) {
  await context.addInitScript(() => {
    window.__buzzes = 0;
    Object.defineProperty(navigator, 'vibrate', {
      configurable: true,
      value: () => {
        window.__buzzes += 1;
        return true;
      },
    });
  });
}

const buzzes = (page) => page.evaluate(() => window.__buzzes);

test('a handover sounds only on the receiving TL tablet, who takes the case over (R-F-4, R-F-5)', async () => {
  const handing = await openAs(browser);
  const receiving = await openAs(browser);
  const bystander = await openAs(browser);
  for (const tablet of [handing, receiving, bystander]) await countBuzzes(tablet.context);
  await signIn(handing.page, 'tl1');
  await signIn(receiving.page, 'tl3');
  await signIn(bystander.page, 'spv1');
  for (const tablet of [handing, receiving, bystander]) await waitUntilLive(tablet.page);

  const c = await inFollowUp({ summary: 'Pelanggan minta diproses shift berikutnya' });
  await handing.page.goto(`${BASE}/#/cases/${c.id}`);
  await handing.page.getByRole('heading', { name: c.customer.name }).waitFor();
  const before = { receiving: await buzzes(receiving.page), bystander: await buzzes(bystander.page) };

  const form = handing.page.locator('details.action--hand-over');
  await form.locator('summary').click();
  await form.getByLabel('TL penerima').selectOption('tl3');
  await form.getByLabel('Akhir shift').check();
  await form.getByRole('button', { name: 'Serahkan ke TL lain' }).click();
  await handing.page.getByText('Menunggu serah terima dari').waitFor();

  // the receiving TL's tablet sounds; the supervisor's, who sees every case, stays silent
  await receiving.page.waitForFunction((n) => window.__buzzes > n, before.receiving, { timeout: 10000 });
  await receiving.page.locator('#toast', { hasText: 'Ada kasus diserahkan kepada Anda' }).waitFor();
  assert.equal(await buzzes(bystander.page), before.bystander, 'the supervisor tablet sounded');

  await receiving.page.goto(`${BASE}/#/cases/${c.id}`);
  await receiving.page.getByText('menyerahkan kasus ini kepada Anda').waitFor();
  await receiving.page.screenshot({
    path: fileURLToPath(new URL('handover-tablet.png', screenshotDir())),
    fullPage: true,
  });
  await receiving.page.getByRole('button', { name: 'Terima kasus ini' }).click();
  await receiving.page.locator('details.action--progress-check').waitFor();

  const view = await call(await apiToken('tl3'), 'GET', `/cases/${c.id}`);
  assert.equal(view.handlingTl, 'tl3');
  assert.equal(view.pendingHandover, null);
  // the TL who handed it over no longer follows it up
  await handing.page.reload();
  await handing.page.locator('.timeline [data-type="HANDOVER_ACCEPTED"]').waitFor();
  assert.equal(await handing.page.locator('details.action--progress-check').count(), 0);

  for (const tablet of [handing, receiving, bystander]) {
    await assertClean(tablet.page, tablet.seen);
    await tablet.context.close();
  }
});
