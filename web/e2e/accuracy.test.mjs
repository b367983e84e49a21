// K-4 on the TL's tablet: what the problem is, from the policy's categories, and the direction at
// the desk; R-I-1: a case the telephony created for agent1 shows its ticket and recording to QC.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import {
  launch,
  openAs,
  BASE,
  VIEWPORTS,
  inFollowUp,
  uniqueName,
  assertClean,
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

test('the TL records the problem’s category and the direction to the agent from the case page (K-4)', async () => {
  const c = await inFollowUp();
  const tl = await openAs(browser, 'tl1', { viewport: VIEWPORTS.tabletPortrait });
  await tl.page.goto(`${BASE}/#/cases/${c.id}`);

  const identify = tl.page.locator('details.action--identify-problem');
  await identify.locator('summary').click();
  const category = identify.getByLabel('Kategori masalah');
  await category.locator('option[value="TAGIHAN"]').waitFor({ state: 'attached' });
  await category.selectOption('TAGIHAN');
  await identify.getByLabel('Catatan (opsional)').fill('Tagihan dobel dua bulan');
  await tl.page.screenshot({ path: fileURLToPath(new URL('k4-identify-tablet.png', screenshotDir())) });
  await identify.getByRole('button', { name: 'Catat masalahnya' }).click();
  await tl.page.locator('.timeline [data-type="PROBLEM_IDENTIFIED"]').waitFor();
  await tl.page.locator('.facts__row', { hasText: 'Masalah menurut TL' }).getByText('Tagihan').waitFor();

  const direct = tl.page.locator('details.action--give-direction');
  await direct.locator('summary').click();
  await direct.getByLabel('Arahan untuk agen').fill('Tawarkan telepon balik setelah koreksi');
  await direct.getByRole('button', { name: 'Beri arahan ke agen' }).click();
  await tl.page.locator('.timeline [data-type="DIRECTION_GIVEN"]').waitFor();

  const view = await call(await apiToken('tl1'), 'GET', `/cases/${c.id}`);
  assert.equal(view.identifiedCategory, 'TAGIHAN');
  assert.equal(view.identifiedBy, 'tl1');
  await assertClean(tl.page, tl.seen);
  await tl.context.close();
});

test('QC finds the telephony’s case by its ticket number and opens its recording (R-I-1)', async () => {
  const admin = await apiToken('admin1');
  const account = await call(admin, 'POST', '/service-accounts', {
    name: `cti-${Date.now().toString(36)}`,
    role: 'CTI',
  });
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: account.account.clientId,
    client_secret: account.clientSecret,
  });
  const granted = await (
    await fetch(`${BASE}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    })
  ).json();
  const ticket = `TC-${Date.now()}`;
  const created = await call(
    granted.access_token,
    'POST',
    '/cases',
    {
      channel: 'INBOUND_VOICE',
      customer: { name: uniqueName('Sari'), phone: '0813 2222 7777' },
      summary: 'Tagihan dobel, minta bicara dengan atasan',
      callId: 'CALL-E2E',
      recordingId: 'REC-E2E',
      ticketNumber: ticket,
    },
    { 'Sigap-On-Behalf-Of': 'agent1' },
  );
  assert.equal(created.createdBy, 'agent1');

  const qc = await openAs(browser, 'qc1', { viewport: VIEWPORTS.phone });
  await qc.page.goto(`${BASE}/#/cases`);
  const search = qc.page.getByLabel('Cari nomor tiket aplikasi pengaduan');
  await search.fill(ticket);
  await search.press('Enter');
  await qc.page.locator(`a[href="#/cases/${created.id}"]`).first().click();
  const ticketRow = qc.page.locator('.facts__row', { hasText: 'Nomor tiket' });
  await ticketRow.getByText(ticket).waitFor();
  const recording = qc.page.locator('.facts__row', { hasText: 'Rekaman' });
  await recording.waitFor();
  await qc.page.screenshot({ path: fileURLToPath(new URL('r-i-1-qc-phone.png', screenshotDir())), fullPage: true });
  assert.match(await qc.page.locator('.timeline [data-type="CASE_CREATED"]').innerText(), /dicatat oleh sistem/);
  await assertClean(qc.page, qc.seen);
  await qc.context.close();
});
