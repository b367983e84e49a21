// Tablet first, good on phones: no horizontal scrolling at 390x844, 768x1024 and 1024x768.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openAs, BASE, VIEWPORTS, raisedHand, assertClean } from './helpers.mjs';

let browser;
let raised;
before(async () => {
  browser = await launch();
  // a long unbroken word is the hardest case for a narrow screen
  raised = await raisedHand({ summary: `Pelanggan mengirim ${'x'.repeat(120)} berulang kali dan marah` });
});
after(async () => {
  await browser?.close();
});

async function assertNoHorizontalScroll(page, where) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
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
    await assertClean(agent.page, agent.seen);
    await agent.context.close();
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
      .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent || el.name || '').trim().slice(0, 30)}" ${Math.round(box.height)}px`),
  );
  assert.deepEqual(small, []);
  await tl.context.close();
});
