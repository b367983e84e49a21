// R-C-8: the customer record screen: a customer found by any form of their number, with their
// cases and open hard complaint; two records of one person merged with a reason, and undone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { launch, openAs, BASE, VIEWPORTS, assertClean, apiToken, call, screenshotDir, uniqueName } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A number no other test uses: 0812 and eight digits. */
function uniquePhone() {
  return `0812${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

/** "0812 3456 7890" as "+62 812-3456-7890": the same number written another way. */
function international(phone) {
  return `+62 ${phone.slice(1, 4)}-${phone.slice(4, 8)}-${phone.slice(8)}`;
}

async function newCase(token, { name, phone, summary, hard = false }) {
  const created = await call(
    token,
    'POST',
    '/cases',
    { channel: 'INBOUND_VOICE', customer: { name, phone }, summary },
    { 'Idempotency-Key': randomUUID() },
  );
  if (hard) await call(token, 'PUT', `/cases/${created.id}/assessment`, { criteria: ['C-IN-1'] });
  return created;
}

async function noHorizontalScroll(page, where) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `${where}: page is ${scrollWidth}px wide in a ${innerWidth}px window`);
}

/** The whole page on a tablet; on a phone the screen as it is (the menu stays at its bottom). */
async function shot(page, name, { whole = true } = {}) {
  if (whole) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: fileURLToPath(new URL(name, screenshotDir())), fullPage: whole });
}

test('an agent finds a customer by another form of their number, sees their cases and open hard complaint (R-C-8)', async () => {
  const agentToken = await apiToken('agent1');
  const phone = uniquePhone();
  const name = uniqueName('Sari');
  // entered as +62 812-…, looked up as 0812…
  const earlier = await newCase(agentToken, { name, phone: international(phone), summary: 'Tagihan naik dua kali' });
  const hard = await newCase(agentToken, {
    name,
    phone: international(phone),
    summary: 'Internet mati lima hari, pelanggan mengancam lapor BRTI',
    hard: true,
  });

  for (const [label, viewport] of [
    ['tablet', VIEWPORTS.tabletPortrait],
    ['phone', VIEWPORTS.phone],
  ]) {
    const agent = await openAs(browser, 'agent1', { viewport });
    const { page } = agent;
    await page.getByRole('link', { name: 'Pelanggan', exact: true }).click();
    await page.waitForURL(/#\/customers$/);
    await page.getByRole('heading', { name: 'Pelanggan', level: 1 }).waitFor();
    await page.getByLabel('Cari nomor telepon').fill(phone);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();

    const record = page.locator('article.customer');
    await record.getByRole('heading', { name, level: 1 }).waitFor();
    const open = record.locator('section.customer__open');
    await open.getByRole('heading', { name: 'Hard complaint masih terbuka' }).waitFor();
    const ids = await record.locator('.customer__id-value').allInnerTexts();
    assert.ok(ids.includes(`+62 ${phone.slice(1, 4)} ${phone.slice(4, 8)} ${phone.slice(8)}`), ids.join(', '));
    // newest first, each a link to its case
    const links = await record
      .locator('.customer__cases a.case-card__link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, [`#/cases/${hard.id}`, `#/cases/${earlier.id}`]);
    await noHorizontalScroll(page, `customer record (${label})`);
    if (label === 'phone') {
      await shot(page, 'customer-record-phone.png', { whole: false });
      await record.locator('.customer__cases').scrollIntoViewIfNeeded();
      await shot(page, 'customer-record-phone-cases.png', { whole: false });
    } else await shot(page, 'customer-record-tablet.png');

    await open.getByRole('link', { name: 'Buka kasusnya' }).click();
    await page.waitForURL(new RegExp(`#/cases/${hard.id}$`));
    // the case page's history leads back to the whole record
    const history = page.locator('section.history');
    await history.locator(`a[href="#/cases/${earlier.id}"]`).waitFor();
    await history.getByRole('link', { name: 'Buka catatan pelanggan' }).click();
    await page.waitForURL(/#\/customers\/[0-9a-f-]{36}$/);
    await page.locator('article.customer').getByRole('heading', { name, level: 1 }).waitFor();
    await assertClean(page, agent.seen);
    await agent.context.close();
  }
});

test('a name finds the newest match and lists the other customers of that name as links (R-C-8)', async () => {
  const agentToken = await apiToken('agent1');
  const family = `Wibowo${randomUUID().slice(0, 6)}`;
  const older = await newCase(agentToken, { name: `Agus ${family}`, phone: uniquePhone(), summary: 'Modem mati' });
  const newer = await newCase(agentToken, { name: `Rina ${family}`, phone: uniquePhone(), summary: 'Lambat' });

  const agent = await openAs(browser, 'agent1', { viewport: VIEWPORTS.phone });
  const { page } = agent;
  await page.goto(`${BASE}/#/customers`);
  await page.getByRole('radio', { name: 'Nama' }).check();
  await page.getByLabel('Cari nama').fill(family);
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  await page
    .locator('article.customer')
    .getByRole('heading', { name: `Rina ${family}` })
    .waitFor();
  const others = page.locator('section.customers__matches');
  await others.getByRole('link', { name: `Agus ${family}` }).click();
  await page.waitForURL(new RegExp(`#/customers/${older.customer.id}$`));
  await page
    .locator('article.customer')
    .getByRole('heading', { name: `Agus ${family}` })
    .waitFor();
  assert.notEqual(older.customer.id, newer.customer.id);
  await assertClean(page, agent.seen);
  await agent.context.close();
});

test('a TL merges two records of one customer with a reason, both timelines show it, and undoes it (R-C-8)', async () => {
  const agentToken = await apiToken('agent1');
  const name = uniqueName('Dewi');
  const first = uniquePhone();
  const second = uniquePhone();
  const stays = await newCase(agentToken, { name, phone: first, summary: 'Internet mati sejak Senin', hard: true });
  const away = await newCase(agentToken, { name, phone: second, summary: 'Menelepon lagi dari nomor kantor' });
  const staysId = stays.customer.id;
  const awayId = away.customer.id;
  const reason = 'Orang yang sama: menelepon dari nomor kantornya, nomor layanan sama';

  const tl = await openAs(browser, 'tl1', { viewport: VIEWPORTS.tabletPortrait });
  const { page } = tl;
  await page.goto(`${BASE}/#/customers/${awayId}`);
  const record = page.locator('article.customer');
  await record.getByRole('heading', { name, level: 1 }).waitFor();
  await record.locator('summary', { hasText: 'Gabungkan ke pelanggan lain' }).click();
  const action = record.locator('details.customer__merge-action');
  await action.getByLabel('Cari nomor telepon').fill(international(first));
  await action.getByRole('button', { name: 'Cari', exact: true }).click();
  await action.locator(`.customer__candidate[data-customer-id="${staysId}"]`).waitFor();
  await action.getByLabel('Alasan penggabungan').fill(reason);
  await action.getByRole('button', { name: 'Lanjut' }).click();
  await action.locator('.customer__confirm').waitFor();
  await shot(page, 'customer-merge-confirm-tablet.png');
  await action.getByRole('button', { name: 'Ya, gabungkan' }).click();

  // the customer who stays holds both numbers and both cases, and the merge with its reason
  await page.waitForURL(new RegExp(`#/customers/${staysId}$`));
  const merges = record.locator('section.customer__merges');
  await merges.locator('.customer__merge').filter({ hasText: reason }).waitFor();
  await record.locator(`.customer__cases a[href="#/cases/${away.id}"]`).waitFor();
  const timeline = record.locator('section.customer__timeline');
  await timeline.locator('[data-type="MERGED_IN"]', { hasText: reason }).waitFor();
  assert.match(await timeline.innerText(), /Dimas|tl1/);
  await shot(page, 'customer-merged-tablet.png');

  await page.goto(`${BASE}/#/customers/${awayId}`);
  await record.locator('section.customer__merged-away').getByRole('link', { name }).waitFor();
  await record.locator('section.customer__timeline [data-type="MERGED_INTO"]', { hasText: reason }).waitFor();

  // undone from the record that stays, with its own reason
  await page.goto(`${BASE}/#/customers/${staysId}`);
  const merge = merges.locator('.customer__merge').filter({ hasText: reason });
  await merge.locator('summary', { hasText: 'Batalkan penggabungan' }).click();
  const undoReason = 'Dua orang berbeda: ayah dan anak dengan nama sama';
  await merge.getByLabel('Alasan pembatalan').fill(undoReason);
  await merge.getByRole('button', { name: 'Batalkan penggabungan' }).click();
  await timeline.locator('[data-type="MERGE_UNDONE"]', { hasText: undoReason }).waitFor();
  await merges.getByText('Catatan ini tidak digabung dengan pelanggan lain.').waitFor();
  assert.equal(await record.locator(`.customer__cases a[href="#/cases/${away.id}"]`).count(), 0);

  await page.goto(`${BASE}/#/customers/${awayId}`);
  const awayTimeline = record.locator('section.customer__timeline');
  await awayTimeline.locator('[data-type="MERGE_UNDONE"]', { hasText: undoReason }).waitFor();
  await awayTimeline.locator('[data-type="MERGED_INTO"]', { hasText: reason }).waitFor();
  assert.equal(await record.locator('section.customer__merged-away').count(), 0);
  await assertClean(page, tl.seen);
  await tl.context.close();
});

test('undoing a merge someone else undid meanwhile shows the refusal, on a phone (R-C-8)', async () => {
  const agentToken = await apiToken('agent1');
  const name = uniqueName('Eko');
  const stays = await newCase(agentToken, { name, phone: uniquePhone(), summary: 'WiFi putus-putus' });
  const away = await newCase(agentToken, { name, phone: uniquePhone(), summary: 'WiFi putus lagi' });
  const merge = await call(agentToken, 'POST', `/customers/${away.customer.id}/merges`, {
    into: stays.customer.id,
    reason: 'Nomor kedua pelanggan yang sama',
  });

  const agent = await openAs(browser, 'agent1', { viewport: VIEWPORTS.phone });
  const { page } = agent;
  await page.goto(`${BASE}/#/customers/${stays.customer.id}`);
  const item = page.locator(`.customer__merge[data-merge-id="${merge.id}"]`);
  await item.locator('summary', { hasText: 'Batalkan penggabungan' }).click();
  await item.getByLabel('Alasan pembatalan').fill('Salah gabung');
  await noHorizontalScroll(page, 'customer record with a merge (phone)');
  await item.scrollIntoViewIfNeeded();
  await shot(page, 'customer-merge-phone.png', { whole: false });
  await call(await apiToken('tl1'), 'POST', `/customers/merges/${merge.id}/undo`, { reason: 'Sudah dicek TL' });
  await item.getByRole('button', { name: 'Batalkan penggabungan' }).click();
  const problem = item.locator('.problem');
  await problem.waitFor();
  assert.match(await problem.innerText(), /R-C-8/);
  await problem.scrollIntoViewIfNeeded();
  await shot(page, 'customer-undo-refused-phone.png', { whole: false });
  await assertClean(page, agent.seen);
  await agent.context.close();
});
