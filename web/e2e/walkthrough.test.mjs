// A hard complaint walks to CLOSED through the screens, and the timeline shows every step:
// R-IN-1 assess, R-IN-2 raise hand, R-IN-3 listen, R-IN-4 arrive, R-IN-10 name the TL,
// R-IN-7/11 coordinate and check progress, R-IN-8/12 call back from a recorded desk, R-X-1 close.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch,
  openAs,
  BASE,
  REFRESH_TIMEOUT_MS,
  createCaseInUi,
  assessAndRaiseHand,
  uniqueName,
  assertClean,
  inFollowUp,
} from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const STEPS = [
  ['CASE_CREATED', 'Kasus dibuat'],
  ['CASE_ASSESSED', 'Daftar periksa diisi'],
  ['HAND_RAISED', 'Angkat tangan'],
  ['TL_LISTENING', 'TL mendengarkan'],
  ['TL_ARRIVED', 'TL di meja agen'],
  ['HANDLING_TL_NAMED', 'TL penanganan dicatat'],
  ['UNIT_COORDINATED', 'Koordinasi dengan unit'],
  ['PROGRESS_CHECKED', 'Cek progres'],
  ['CALL_BACK_MADE', 'Telepon balik'],
  ['CASE_CLOSED', 'Kasus ditutup'],
];

async function openForm(page, action, label) {
  const details = page.locator(`details.action--${action}`);
  await details.waitFor({ timeout: REFRESH_TIMEOUT_MS });
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  assert.equal(await details.locator('summary').textContent(), label);
  return details;
}

test('a case walks from the new-case form to CLOSED and the timeline shows each step', async () => {
  const agent = await openAs(browser, 'agent1');
  const tl = await openAs(browser, 'tl1');
  const customer = uniqueName('Wayan');

  const caseId = await createCaseInUi(agent.page, {
    name: customer,
    summary: 'Tagihan ganda dua bulan, mengancam lapor media',
  });
  await assessAndRaiseHand(agent.page, ['C-IN-1', 'C-IN-4']);

  // the TL opens the case from the queue, listens in and comes to the desk
  await tl.page.goto(`${BASE}/#/queue`);
  await tl.page
    .locator('li.hand', { hasText: customer })
    .getByRole('link', { name: customer })
    .click({ timeout: REFRESH_TIMEOUT_MS });
  await tl.page.waitForURL(new RegExp(`#/cases/${caseId}$`));
  await tl.page.getByRole('button', { name: 'Saya mendengarkan' }).click();
  await tl.page.getByRole('button', { name: 'Saya di meja agen' }).click();
  await tl.page.locator('.banner--at_workstation').waitFor();

  // R-IN-10: the agent names the handling TL before any follow-up
  await agent.page.locator('.banner--at_workstation').waitFor({ timeout: REFRESH_TIMEOUT_MS });
  const naming = await openForm(agent.page, 'name-handling-tl', 'Catat TL penanganan');
  await naming.getByLabel('Team Leader').selectOption('tl1');
  await naming.getByRole('button', { name: 'Catat TL penanganan' }).click();
  await agent.page.locator('.facts', { hasText: 'Dimas Pratama (tl1)' }).waitFor();

  const coordinate = await openForm(tl.page, 'coordinate', 'Koordinasi');
  await coordinate.getByLabel('Unit terkait').selectOption('COMPLAINT_HANDLING');
  await coordinate.getByLabel('Catatan').fill('Tagihan dikoreksi oleh Complaint Handling');
  await coordinate.getByRole('button', { name: 'Koordinasi' }).click();
  await tl.page.locator('.timeline [data-type="UNIT_COORDINATED"]').waitFor();

  const progress = await openForm(tl.page, 'progress-check', 'Cek progres');
  await progress.getByLabel('Catatan').fill('Koreksi tagihan sedang diproses');
  await progress.getByRole('button', { name: 'Cek progres' }).click();
  await tl.page.locator('.timeline [data-type="PROGRESS_CHECKED"]').waitFor();

  const callBack = await openForm(tl.page, 'call-back', 'Telepon balik');
  const desks = await callBack.getByLabel('Meja dengan rekaman suara').locator('option').allTextContents();
  assert.ok(
    desks.every((d) => !d.startsWith('WS-')),
    `only recorded desks are offered: ${desks}`,
  );
  await callBack.getByLabel('Meja dengan rekaman suara').selectOption('DESK-C1');
  await callBack.getByLabel('Tersambung').check();
  await callBack.getByLabel(/^Telepon balik akhir/).check();
  await callBack.getByLabel('Catatan (opsional)').fill('Pelanggan menerima koreksi tagihan');
  await callBack.getByRole('button', { name: 'Telepon balik' }).click();
  await tl.page.locator('.timeline [data-type="CALL_BACK_MADE"]').waitFor();

  const close = await openForm(tl.page, 'close', 'Tutup kasus');
  await close.getByLabel('Penyelesaian', { exact: true }).fill('Tagihan ganda dikembalikan');
  await close.getByRole('button', { name: 'Tutup kasus' }).click();
  await tl.page.locator('.case__chips', { hasText: 'Ditutup' }).waitFor();
  assert.equal(await tl.page.locator('section.actions').count(), 0, 'a closed case offers no action');

  const types = await tl.page.locator('.timeline [data-type]').evaluateAll((items) => items.map((i) => i.dataset.type));
  for (const [type, label] of STEPS) {
    assert.ok(types.includes(type), `the timeline shows ${type}`);
    await tl.page.locator(`.timeline [data-type="${type}"]`, { hasText: label }).first().waitFor();
  }
  await agent.page.locator('.case__chips', { hasText: 'Ditutup' }).waitFor({ timeout: REFRESH_TIMEOUT_MS });

  await assertClean(agent.page, agent.seen);
  await assertClean(tl.page, tl.seen);
  await agent.context.close();
  await tl.context.close();
});

test("a refused action shows the server's title, detail and rule", async () => {
  const followed = await inFollowUp();
  const tl = await openAs(browser, 'tl1');
  await tl.page.goto(`${BASE}/#/cases/${followed.id}`);
  // R-IN-12: the unit's promised resolution time must lie in the future
  const coordinate = await openForm(tl.page, 'coordinate', 'Koordinasi');
  await coordinate.getByLabel('Unit terkait').selectOption('MANAGER');
  await coordinate.getByLabel('Catatan').fill('Janji penyelesaian salah ketik');
  await coordinate.getByLabel(/^Janji penyelesaian/).fill('2020-01-01T10:00');
  await coordinate.getByRole('button', { name: 'Koordinasi' }).click();
  const problem = coordinate.locator('.problem');
  await problem.waitFor();
  assert.match(await problem.textContent(), /Aturan R-IN-12/);
  assert.equal(
    await tl.page.locator('.timeline [data-type="UNIT_COORDINATED"]').count(),
    0,
    'a refused action changes nothing',
  );
  await assertClean(tl.page, tl.seen);
  await tl.context.close();
});

test('the checklist asks for a reason when "Lainnya" is ticked (R-IN-1)', async () => {
  const agent = await openAs(browser, 'agent1');
  await createCaseInUi(agent.page);
  await agent.page.getByLabel('Lainnya', { exact: true }).check();
  await agent.page.getByRole('button', { name: 'Simpan penilaian' }).click();
  const problem = agent.page.locator('.checklist .problem');
  await problem.waitFor();
  assert.match(await problem.textContent(), /Aturan R-IN-1/);
  assert.equal(
    await agent.page.getByRole('button', { name: 'Angkat tangan', exact: true }).count(),
    0,
    'no raise hand before the checklist holds',
  );
  await assertClean(agent.page, agent.seen);
  await agent.context.close();
});
