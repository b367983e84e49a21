// Tablet first, good on phones: no horizontal scrolling at 390x844, 768x1024 and 1024x768.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openAs, BASE, VIEWPORTS, raisedHand, handedToPic, assertClean } from './helpers.mjs';

let browser;
let raised;
let held;
before(async () => {
  browser = await launch();
  held = await handedToPic({
    texts: [
      `TOLONG ${'X'.repeat(120)} INTERNET MATI @BRTI_ID`,
      'GANGGUAN LAGI GANGGUAN LAGI, CAPEK SAYA KOMPLAIN',
      'PELAYANAN PARAH, KANTOR KAMI OFFLINE SEHARIAN!!',
      'INTERNET MATI TERUS, TIDAK ADA SOLUSI SAMA SEKALI',
      'SAYA SUDAH BAYAR TAPI LAYANAN TETAP GANGGUAN!!',
    ],
  });
  // a long unbroken word is the hardest case for a narrow screen
  raised = await raisedHand({ summary: `Pelanggan mengirim ${'x'.repeat(120)} berulang kali dan marah` });
});
after(async () => {
  await browser?.close();
});

async function assertNoHorizontalScroll(page, where) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `${where}: page is ${scrollWidth}px wide in a ${innerWidth}px window`);
}

for (const [label, viewport] of Object.entries(VIEWPORTS)) {
  test(`no horizontal scroll at ${viewport.width}x${viewport.height} (${label})`, async () => {
    const visitor = await openAs(browser, null, { viewport });
    await visitor.page.goto(`${BASE}/#/login`);
    await visitor.page.getByRole('button', { name: 'Masuk', exact: true }).waitFor();
    await assertNoHorizontalScroll(visitor.page, 'login');
    await visitor.context.close();

    const tl = await openAs(browser, 'tl1', { viewport });
    await tl.page.goto(`${BASE}/#/queue`);
    await tl.page.locator('li.hand', { hasText: raised.customer.name }).waitFor();
    await assertNoHorizontalScroll(tl.page, 'TL queue');
    await tl.page.goto(`${BASE}/#/cases/${raised.id}`);
    await tl.page.getByRole('button', { name: 'Saya mendengarkan' }).waitFor();
    await assertNoHorizontalScroll(tl.page, 'TL case page');
    await tl.page.goto(`${BASE}/#/duty`);
    await tl.page.locator('.case-card').first().waitFor();
    await assertNoHorizontalScroll(tl.page, 'TL duty list');
    await assertClean(tl.page, tl.seen);
    await tl.context.close();

    const agent = await openAs(browser, 'agent1', { viewport });
    await agent.page.goto(`${BASE}/#/cases/${raised.id}`);
    await agent.page.locator('.banner--raised').waitFor();
    await assertNoHorizontalScroll(agent.page, 'agent case page');
    await agent.page.goto(`${BASE}/#/new`);
    await agent.page.getByLabel('Nama pelanggan').waitFor();
    await assertNoHorizontalScroll(agent.page, 'agent new case');
    await agent.page.goto(`${BASE}/#/cases/${held.id}`);
    await agent.page.locator('section.tc-case .tc-verdict').waitFor();
    await agent.page.locator('[data-criterion="C-TC-1"] summary').click();
    await assertNoHorizontalScroll(agent.page, 'agent TelkomCare case page');
    await assertClean(agent.page, agent.seen);
    await agent.context.close();

    const pic = await openAs(browser, 'pic1', { viewport });
    await pic.page.locator(`.pic-card[data-case-id="${held.id}"]`).waitFor();
    await assertNoHorizontalScroll(pic.page, 'PIC home');
    await assertClean(pic.page, pic.seen);
    await pic.context.close();

    const spv = await openAs(browser, 'spv1', { viewport });
    await spv.page.goto(`${BASE}/#/queue`);
    await spv.page.getByRole('heading', { name: 'Tangan dialihkan ke Anda' }).waitFor();
    await assertNoHorizontalScroll(spv.page, 'supervisor queue');
    await assertClean(spv.page, spv.seen);
    await spv.context.close();
  });
}

test('touch targets are at least 44 px on a phone', async () => {
  const tl = await openAs(browser, 'tl1', { viewport: VIEWPORTS.phone });
  await tl.page.goto(`${BASE}/#/cases/${raised.id}`);
  await tl.page.getByRole('button', { name: 'Saya mendengarkan' }).waitFor();
  const small = await tl.page.evaluate(() =>
    [...document.querySelectorAll('button, summary, select, input, .menu__link, .btn')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.right > 0 && box.bottom > 0) // the skip link waits off screen
      .filter(({ el, box }) => (el.type === 'checkbox' || el.type === 'radio' ? false : box.height < 44))
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()} "${(el.textContent || el.name || '').trim().slice(0, 30)}" ${Math.round(box.height)}px`,
      ),
  );
  assert.deepEqual(small, []);
  await tl.context.close();
});

test('touch targets are at least 44 px on a phone: PIC home and TelkomCare case page', async () => {
  for (const path of ['/pic', `/cases/${held.id}`]) {
    const pic = await openAs(browser, 'pic1', { viewport: VIEWPORTS.phone });
    await pic.page.goto(`${BASE}/#${path}`);
    await pic.page
      .locator(path === '/pic' ? '.pic-card' : 'section.tc-case .tc-verdict')
      .first()
      .waitFor();
    if (path !== '/pic') await pic.page.locator('[data-criterion="C-TC-2"] summary').click();
    const small = await pic.page.evaluate(() =>
      [...document.querySelectorAll('button, summary, select, input, textarea, .menu__link, .btn')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.right > 0 && box.bottom > 0)
        .filter(({ el, box }) => (el.type === 'checkbox' || el.type === 'radio' ? false : box.height < 44))
        .map(
          ({ el, box }) =>
            `${el.tagName.toLowerCase()} "${(el.textContent || el.name || '').trim().slice(0, 30)}" ${Math.round(box.height)}px`,
        ),
    );
    assert.deepEqual(small, [], path);
    await pic.context.close();
  }
});
