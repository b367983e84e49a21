// R-C-5: a coordination addressed to a related unit lands in its queue; a member answers on their
// tablet or phone, and the TL sees the answer arrive on the case without a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import {
  launch,
  openAs,
  BASE,
  inFollowUp,
  assertClean,
  apiToken,
  call,
  screenshotDir,
  uniqueName,
  waitUntilLive,
  VIEWPORTS,
} from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a liaison officer answers a coordination from the unit queue and the TL sees it arrive (R-C-5)', async () => {
  const name = uniqueName('Sari');
  const c = await inFollowUp({ name });
  const tl = await openAs(browser, 'tl1');
  await tl.page.goto(`${BASE}/#/cases/${c.id}`);
  await waitUntilLive(tl.page);
  const asked = await call(await apiToken('tl1'), 'POST', `/cases/${c.id}/coordinations`, {
    unit: 'COMPLAINT_HANDLING',
    note: 'Mohon cek kompensasi untuk gangguan tiga hari',
    policyDecision: false,
  });

  const lo = await openAs(browser, 'lo1', { viewport: VIEWPORTS.phone });
  await lo.page.goto(`${BASE}/#/units`);
  const card = lo.page.locator(`li.unit-card[data-coordination-id="${asked.coordinationId}"]`);
  await card.waitFor();
  assert.match(await card.innerText(), new RegExp(name));
  await card.getByLabel('Dijawab (tulis jawabannya)').check();
  await card.getByLabel('Jawaban atau alasan').fill('Kompensasi 3 hari disetujui');
  await lo.page.screenshot({ path: fileURLToPath(new URL('units-queue-phone.png', screenshotDir())), fullPage: true });
  await card.getByRole('button', { name: 'Kirim jawaban' }).click();
  await card.waitFor({ state: 'detached' });

  // no reload: the answer is on the TL's case timeline
  const answered = tl.page.locator('.timeline [data-type="COORDINATION_ANSWERED"]');
  await answered.waitFor({ timeout: 10000 });
  assert.match(await answered.innerText(), /Kompensasi 3 hari disetujui/);
  await tl.page.screenshot({
    path: fileURLToPath(new URL('units-answer-arrived-tablet.png', screenshotDir())),
    fullPage: false,
  });

  for (const t of [lo, tl]) {
    await assertClean(t.page, t.seen);
    await t.context.close();
  }
});
