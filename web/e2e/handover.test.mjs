// R-F-4, R-F-5: the handling TL hands a case to another TL of the cluster on the tablet; only the
// receiving TL's tablet sounds, they accept, and from then on the case is theirs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import {
  launch,
  openTablet,
  buzzes,
  soundsAfter,
  BASE,
  assertClean,
  inFollowUp,
  apiToken,
  call,
  screenshotDir,
} from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a handover sounds only on the receiving TL tablet, who takes the case over (R-F-4, R-F-5)', async () => {
  const handing = await openTablet(browser, 'tl1');
  const receiving = await openTablet(browser, 'tl3');
  const bystander = await openTablet(browser, 'spv1');

  const c = await inFollowUp({ summary: 'Pelanggan minta diproses shift berikutnya' });
  await handing.page.goto(`${BASE}/#/cases/${c.id}`);
  await handing.page.getByRole('heading', { name: c.customer.name }).waitFor();
  const before = { receiving: await buzzes(receiving), bystander: await buzzes(bystander) };

  const form = handing.page.locator('details.action--hand-over');
  await form.locator('summary').click();
  await form.getByLabel('TL penerima').selectOption('tl3');
  await form.getByLabel('Akhir shift').check();
  await form.getByRole('button', { name: 'Serahkan ke TL lain' }).click();
  await handing.page.getByText('Menunggu serah terima dari').waitFor();

  // the receiving TL's tablet sounds; the supervisor's, who sees every case, stays silent
  await soundsAfter(receiving, before.receiving);
  await receiving.page.locator('#toast', { hasText: 'Ada kasus diserahkan kepada Anda' }).waitFor();
  assert.equal(await buzzes(bystander), before.bystander, 'the supervisor tablet sounded');

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
