// R-C-8: a customer who calls again soon after their case closed: the new case links to it and the
// TL sees the customer's history on the case page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { launch, openAs, BASE, VIEWPORTS, inFollowUp, assertClean, apiToken, call, screenshotDir } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a repeat contact links to the case that just closed and the TL sees the history (R-C-8)', async () => {
  const first = await inFollowUp();
  const tlToken = await apiToken('tl1');
  await call(tlToken, 'POST', `/cases/${first.id}/callbacks`, {
    deskId: 'DESK-C1',
    outcome: 'REACHED',
    note: 'Layanan normal',
    final: true,
  });
  await call(tlToken, 'POST', `/cases/${first.id}/close`, { resolution: 'ODP diperbaiki' });
  const again = await call(
    await apiToken('agent1'),
    'POST',
    '/cases',
    {
      channel: 'INBOUND_VOICE',
      customer: { name: first.customer.name, phone: '+62 812-3456-7890' },
      summary: 'Internet mati lagi sehari setelah diperbaiki',
    },
    { 'Idempotency-Key': randomUUID() },
  );
  assert.equal(again.repeatOf, first.id);

  const tl = await openAs(browser, 'tl1', { viewport: VIEWPORTS.tabletLandscape });
  await tl.page.goto(`${BASE}/#/cases/${again.id}`);
  await tl.page.locator('.facts__row', { hasText: 'Kontak ulang' }).getByRole('link').waitFor();
  const history = tl.page.locator('section.history');
  await history.locator(`a[href="#/cases/${first.id}"]`).waitFor();
  assert.match(await history.innerText(), /kontak ini mengulang kasus ini/);
  await tl.page.screenshot({ path: fileURLToPath(new URL('repeat-history-tablet.png', screenshotDir())) });
  await tl.page.locator('.facts__row', { hasText: 'Kontak ulang' }).getByRole('link').click();
  await tl.page.waitForURL(new RegExp(`#/cases/${first.id}$`));
  await assertClean(tl.page, tl.seen);
  await tl.context.close();
});
