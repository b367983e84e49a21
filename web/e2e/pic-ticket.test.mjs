// The PIC Ticket's home (R-TC-3): the TelkomCare escalations handed to them, their progress-check
// and call-back clocks, and exactly the follow-up the procedure allows, taken from there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openAs, BASE, assertClean, handedToPic, telkomcareThread, apiToken, call } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('pic1 lands on their escalations, coordinates, sees the clocks, checks progress and replies without a desk (R-TC-3)', async () => {
  const held = await handedToPic();
  const waiting = await telkomcareThread();
  const pic = await openAs(browser, 'pic1');
  const { page } = pic;
  assert.match(page.url(), /#\/pic$/, 'the PIC Ticket starts on their escalations');
  await page.getByRole('heading', { name: 'Eskalasi TelkomCare saya' }).waitFor();

  const card = page.locator(`.pic-card[data-case-id="${held.id}"]`);
  await card.waitFor();
  // exactly what allowedActions offers the PIC now: no close before the final reply, no policy decision
  assert.deepEqual(await card.locator('.pic-card__actions button').allTextContents(), [
    'Koordinasi',
    'Cek progres',
    'Balas / telepon pelanggan',
  ]);
  // not handed to anyone yet: listed to read, without actions
  const unhanded = page.locator('.case-card', { hasText: waiting.customer.name });
  await unhanded.waitFor();
  assert.equal(await unhanded.locator('button').count(), 0);

  // coordinate from the home screen: the case page opens with the form open
  await card.getByRole('button', { name: 'Koordinasi' }).click();
  await page.waitForURL(new RegExp(`#/cases/${held.id}$`));
  const coordinate = page.locator('details.action--coordinate');
  await coordinate.locator('form').waitFor();
  assert.equal(await coordinate.evaluate((d) => d.open), true);
  await coordinate.getByLabel('Unit terkait').selectOption('COMPLAINT_HANDLING');
  await coordinate.getByLabel('Catatan', { exact: true }).fill('Teknisi dijadwalkan besok pagi');
  await coordinate.getByRole('button', { name: 'Koordinasi' }).click();
  await page.locator('.timeline [data-type="UNIT_COORDINATED"]').waitFor();

  // back home: the progress-check and call-back clocks of this case run
  await page.goto(`${BASE}/#/pic`);
  const clocks = page.locator('.clock', { hasText: held.customer.name });
  await clocks.first().waitFor();
  const kinds = await clocks.locator('.clock__kind').allTextContents();
  assert.ok(kinds.includes('Cek progres') && kinds.includes('Telepon balik'), `clocks: ${kinds}`);

  await page.locator(`.pic-card[data-case-id="${held.id}"]`).getByRole('button', { name: 'Cek progres' }).click();
  const check = page.locator('details.action--progress-check');
  await check.locator('form').waitFor();
  await check.getByLabel('Catatan').fill('Teknisi sudah berangkat');
  await check.getByRole('button', { name: 'Cek progres' }).click();
  await page.locator('.timeline [data-type="PROGRESS_CHECKED"]').waitFor();

  const reply = page.locator('details.action--call-back');
  await reply.locator('summary').click();
  assert.equal(
    await reply.getByLabel('Meja dengan rekaman suara').inputValue(),
    '',
    'a reply through the channel needs no desk',
  );
  await reply.getByLabel('Catatan (opsional)').fill('Dibalas di Twitter: teknisi menuju lokasi');
  await reply.getByRole('button', { name: 'Balas / telepon pelanggan' }).click();
  await page.locator('.timeline [data-type="CALL_BACK_MADE"]').getByText('TELKOMCARE_SOCIAL').waitFor();

  await assertClean(page, pic.seen);
  await pic.context.close();
});

test('a TelkomCare escalation handed to pic1 shows on their home without a reload', async () => {
  const thread = await telkomcareThread();
  const pic = await openAs(browser, 'pic1');
  await pic.page.locator('.case-card', { hasText: thread.customer.name }).waitFor();
  const tl = await apiToken('tl1');
  await call(tl, 'POST', `/cases/${thread.id}/pic-handover`, { pic: 'pic1' });
  await pic.page.locator(`.pic-card[data-case-id="${thread.id}"]`).waitFor({ timeout: 8000 });
  await assertClean(pic.page, pic.seen);
  await pic.context.close();
});
