// TelkomCare on the case page: the stored thread with each criterion's evidence marked, the
// verdict, a correction with a reason (R-TC-1), the TL's hand-over to a PIC Ticket (R-TC-3), and
// refusals shown with the server's detail and rule.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openAs, BASE, assertClean, telkomcareThread, SHOUTS } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the agent reads the stored thread with the evidence marked and corrects a criterion with a reason (R-TC-1)', async () => {
  const thread = await telkomcareThread({ platform: 'TWITTER' });
  const agent = await openAs(browser, 'agent1');
  const { page } = agent;
  await page.goto(`${BASE}/#/cases/${thread.id}`);
  const panel = page.locator('section.tc-case');
  await panel.getByText('Hard complaint: 3 kriteria terpenuhi').waitFor();
  // R-C-8: the thread says which platform it is on
  assert.match(await panel.locator('p.muted').first().textContent(), /^Media sosial · X \(Twitter\) · @cust_/);

  // the five messages as written, the evidence in <mark> elements
  const messages = panel.locator('.tc-thread > li');
  assert.equal(await messages.count(), 5);
  assert.equal(await messages.nth(0).locator('.tc-message__text').textContent(), SHOUTS[0]);
  const marks = await messages.nth(0).locator('mark').allTextContents();
  assert.ok(marks.includes('@BRTI_ID'), `the mention is marked: ${marks}`);
  assert.ok(
    marks.some((m) => m.startsWith('SUDAH SEMINGGU')),
    'the capitals are marked',
  );
  assert.match(await panel.locator('[data-criterion="C-TC-3"] .tc-criterion__head').textContent(), /Terpenuhi$/);
  assert.match(await panel.locator('[data-criterion="C-TC-4"] .tc-criterion__head').textContent(), /Tidak terpenuhi$/);
  // the inbound checklist is not the test of a TelkomCare thread
  assert.equal(await page.getByRole('heading', { name: 'Daftar periksa hard complaint' }).count(), 0);

  // a blank reason is refused by the server, which says why
  const c4 = panel.locator('[data-criterion="C-TC-4"]');
  await c4.locator('summary', { hasText: 'Koreksi C-TC-4' }).click();
  await c4.getByLabel('Alasan koreksi').fill('   ');
  await c4.getByRole('button', { name: 'Simpan koreksi' }).click();
  await c4.locator('.problem .problem__detail').getByText('reason: must not be blank').waitFor();

  await c4.getByLabel('Terpenuhi', { exact: true }).check();
  await c4.getByLabel('Alasan koreksi').fill('Pelanggan mengancam lewat DM akan ke media');
  await c4.getByRole('button', { name: 'Simpan koreksi' }).click();
  await panel.getByText('Hard complaint: 4 kriteria terpenuhi').waitFor();
  await panel.locator('[data-criterion="C-TC-4"]').getByText('Dikoreksi petugas').waitFor();
  await page
    .locator('.timeline [data-type="TELKOMCARE_CRITERION_CORRECTED"]')
    .getByText('Pelanggan mengancam lewat DM akan ke media')
    .waitFor();
  await assertClean(page, agent.seen);
  await agent.context.close();
});

test('the TL hands the escalation to a PIC Ticket; a second hand-over is refused with its rule (R-TC-3)', async () => {
  const thread = await telkomcareThread();
  const tl = await openAs(browser, 'tl1');
  const { page } = tl;
  await page.goto(`${BASE}/#/cases/${thread.id}`);
  await page.locator('section.tc-case').getByText('Hard complaint: 3 kriteria terpenuhi').waitFor();
  await page.getByRole('button', { name: 'Saya mendengarkan' }).click();
  await page.locator('.banner--listening').waitFor();

  const handover = page.locator('details.action--hand-over-to-pic');
  await handover.locator('summary').click();
  await handover.locator('option[value="pic1"]').waitFor({ state: 'attached' });
  await handover.getByLabel('PIC Ticket').selectOption('pic1');
  await handover.getByRole('button', { name: 'Serahkan ke PIC Ticket' }).click();
  await page.locator('section.tc-case').getByText('PIC Ticket: pic1').waitFor();
  await page.locator('.timeline [data-type="PIC_ASSIGNED"]').waitFor();

  // the hand-over is still offered (to another PIC); to the same one the procedure refuses
  const again = page.locator('details.action--hand-over-to-pic');
  await again.locator('summary').click();
  await again.locator('option[value="pic1"]').waitFor({ state: 'attached' });
  await again.getByLabel('PIC Ticket').selectOption('pic1');
  await again.getByRole('button', { name: 'Serahkan ke PIC Ticket' }).click();
  const problem = again.locator('.problem');
  await problem.getByText('pic1 already has it').waitFor();
  assert.match(await problem.textContent(), /Aturan R-TC-3/);
  await assertClean(page, tl.seen);
  await tl.context.close();
});

test('message text is shown as written, never as markup', async () => {
  const thread = await telkomcareThread({
    texts: ['<img src=x onerror="alert(1)"> TOLONG INTERNET MATI <b>SEKARANG</b> @BRTI_ID', ...SHOUTS.slice(1)],
  });
  const agent = await openAs(browser, 'agent1');
  await agent.page.goto(`${BASE}/#/cases/${thread.id}`);
  const first = agent.page.locator('.tc-thread > li').first().locator('.tc-message__text');
  await first.waitFor();
  assert.match(await first.textContent(), /^<img src=x onerror="alert\(1\)"> TOLONG/);
  assert.equal(await agent.page.locator('.tc-thread img, .tc-thread b').count(), 0);
  await assertClean(agent.page, agent.seen);
  await agent.context.close();
});
