// The TL's clocks with countdowns, the KPI charts, and the TelkomCare thread check: each rendered,
// accessible, safe with hostile text, pictured at 768x1024 and without sideways scroll on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch,
  openAs,
  BASE,
  VIEWPORTS,
  inFollowUp,
  apiToken,
  call,
  assertClean,
  axeSeriousViolations,
  screenshotDir,
} from './helpers.mjs';

let browser;
let dir;
let followed;
before(async () => {
  browser = await launch();
  dir = screenshotDir();
  // a case tl1 coordinated with a unit: its progress check and call back are now running
  followed = await inFollowUp({ summary: 'Internet mati, pelanggan menunggu kabar dari unit' });
  const tl = await apiToken('tl1');
  await call(tl, 'POST', `/cases/${followed.id}/coordinations`, {
    unit: 'COMPLAINT_HANDLING',
    note: 'Eskalasi ke CH',
    policyDecision: false,
  });
  await call(tl, 'POST', `/cases/${followed.id}/flag-review`, { confirmed: true, note: 'Benar hard complaint' });
  await call(tl, 'POST', `/cases/${followed.id}/progress-checks`, { note: 'Teknisi dalam perjalanan' });
});
after(async () => {
  await browser?.close();
});

async function shot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: new URL(`${name}.png`, dir).pathname, fullPage: true });
}

async function assertNoHorizontalScroll(page, where) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `${where}: page is ${scrollWidth}px wide in a ${innerWidth}px window`);
}

const COUNTDOWN = /^sisa (\d+:)?\d{1,2}:\d{2}$/;
const LATE = /^terlambat (\d+:)?\d{1,2}:\d{2}$/;

test('the TL sees the progress check and call back counting down, red once overdue', async () => {
  const { context, page, seen } = await openAs(browser, 'tl1');
  await page.clock.install();
  await page.goto(`${BASE}/#/duty`);
  const check = page.locator(`.clock[data-key="progress-check:${followed.id}"]`);
  const callBack = page.locator(`.clock[data-key="callback:${followed.id}"]`);
  await check.waitFor();
  await callBack.waitFor();
  assert.match(await check.locator('.clock__kind').textContent(), /Cek progres/);
  assert.match(await callBack.locator('.clock__kind').textContent(), /Telepon balik/);
  const before = await check.locator('.clock__count').textContent();
  assert.match(before, COUNTDOWN);
  assert.match(before, /^sisa (59|[0-5]\d):\d{2}$/, 'the next check is due within the hour');
  assert.equal(await check.evaluate((el) => el.classList.contains('clock--overdue')), false);
  await page.clock.runFor(3000);
  assert.notEqual(await check.locator('.clock__count').textContent(), before, 'the countdown moves every second');
  await shot(page, '20-tl-clocks');

  // an hour and a bit later on this tablet: the check is overdue and says by how much, in red
  // the page's time moves only when the test moves it: a slow machine's late render (the tablet
  // refetches after a long sleep) is awaited by moving it on, half a second at a time
  await page.clock.fastForward('01:02:00');
  let overdue = false;
  for (let step = 0; step < 60 && !overdue; step++) {
    await page.clock.runFor(500);
    overdue = await page.evaluate(
      (key) => document.querySelector(`.clock[data-key="${key}"]`)?.classList.contains('clock--overdue') ?? false,
      `progress-check:${followed.id}`,
    );
  }
  assert.ok(overdue, 'the progress check turns overdue');
  const late = await check.locator('.clock__count').textContent();
  assert.match(late, LATE);
  const color = await check.locator('.clock__count').evaluate((el) => getComputedStyle(el).color);
  assert.equal(color, 'rgb(179, 38, 30)');
  await shot(page, '21-tl-clocks-overdue');
  await assertClean(page, seen);
  await context.close();
});

test('KPI screen: K-1..K-4 as SVG charts with a table under each, no serious axe violations', async () => {
  const { context, page, seen } = await openAs(browser, 'manager1');
  await page.goto(`${BASE}/#/kpis`);
  await page.getByRole('heading', { name: /K-1/ }).waitFor();
  await page.locator('table.data-table tbody tr th', { hasText: 'agent1' }).first().waitFor();
  assert.equal(await page.locator('svg.chart').count(), 5, 'K-1, K-2 listening and desk, K-3, K-4');
  assert.equal(await page.locator('table.data-table').count(), 4);
  assert.ok((await page.locator('svg.chart rect.chart__bar').count()) >= 3);
  // the period picker starts with the last 7 days
  const from = await page.getByLabel('Dari', { exact: true }).inputValue();
  const to = await page.getByLabel('Sampai', { exact: true }).inputValue();
  assert.equal((new Date(to) - new Date(from)) / 86400000, 6);
  await shot(page, '22-kpis');
  await assertClean(page, seen);
  await context.close();

  const axe = await openAs(browser, 'manager1', { bypassCSP: true });
  await axe.page.goto(`${BASE}/#/kpis`);
  await axe.page.locator('svg.chart').first().waitFor();
  assert.deepEqual(await axeSeriousViolations(axe.page), []);
  await axe.context.close();
});

test('TelkomCare: evidence marked in the posts, a <script> in a post shown as text', async () => {
  const { context, page, seen } = await openAs(browser, 'agent1');
  await page.goto(`${BASE}/#/telkomcare`);
  await page.getByLabel('Akun (handle)').fill('@warga_kesal');
  await page
    .getByLabel('Pesan', { exact: true })
    .fill(
      [
        '10:00 INTERNET SAYA MATI LAGI, PAYAH SEKALI PELAYANANNYA',
        '10:01 <script>window.__owned = 1</script> tolong dibaca',
        '10:02 Kalau tidak beres hari ini saya viralkan ke media dan lapor ke Kominfo',
      ].join('\n\n'),
    );
  await page.getByRole('button', { name: 'Periksa' }).click();
  await page.locator('.tc-verdict').waitFor();
  const marks = await page.locator('.tc-thread mark').allTextContents();
  assert.ok(marks.length >= 1, 'some evidence is marked in the messages');
  for (const m of marks) assert.ok(m.trim().length > 0);
  const message2 = await page.locator('.tc-message[data-index="1"] .tc-message__text').textContent();
  assert.equal(message2, '<script>window.__owned = 1</script> tolong dibaca');
  assert.equal(await page.locator('.tc-thread script').count(), 0);
  assert.equal(await page.evaluate(() => window.__owned), undefined);
  await shot(page, '23-telkomcare');
  await assertClean(page, seen);
  await context.close();
});

test('no horizontal scroll at 390x844 on the new screens', async () => {
  const viewport = VIEWPORTS.phone;
  const tl = await openAs(browser, 'tl1', { viewport });
  await tl.page.goto(`${BASE}/#/duty`);
  await tl.page.locator('.clock').first().waitFor();
  await assertNoHorizontalScroll(tl.page, 'TL clocks');
  await tl.context.close();
  const manager = await openAs(browser, 'manager1', { viewport });
  await manager.page.goto(`${BASE}/#/kpis`);
  await manager.page.locator('svg.chart').first().waitFor();
  await assertNoHorizontalScroll(manager.page, 'KPIs');
  await manager.context.close();
  const agent = await openAs(browser, 'agent1', { viewport });
  await agent.page.goto(`${BASE}/#/telkomcare`);
  await agent.page.getByLabel('Pesan', { exact: true }).fill('SAYA KECEWA, INTERNET MATI TERUS '.repeat(10));
  await agent.page.getByRole('button', { name: 'Periksa' }).click();
  await agent.page.locator('.tc-verdict').waitFor();
  await assertNoHorizontalScroll(agent.page, 'TelkomCare');
  await agent.context.close();
});
