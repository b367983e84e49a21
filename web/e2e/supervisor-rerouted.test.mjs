// R-X-2: a hand the TL does not acknowledge within the target is re-routed to the supervisor,
// who sees it on their overview at once and answers it from a queue as a TL would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openAs, BASE, assertClean, raisedHand, apiToken, call } from './helpers.mjs';

let browser;
let admin;
let original;
before(async () => {
  browser = await launch();
  admin = await apiToken('admin1');
  // a revision with a 3-second acknowledgement target, so that the timer fires within the test
  original = await call(admin, 'GET', '/policy/active');
  const { revision, ...thresholds } = original;
  await call(admin, 'POST', '/policy/revisions', {
    ...thresholds,
    revision: `e2e ack 3s ${Date.now()}`,
    acknowledgeTarget: 'PT3S',
  });
});
after(async () => {
  if (original) await call(admin, 'PUT', '/policy/active', { revision: original.revision });
  await browser?.close();
});

test('a hand re-routed to spv1 shows on the overview live, and spv1 listens in and arrives (R-X-2)', async () => {
  const spv = await openAs(browser, 'spv1');
  const { page } = spv;
  await page.getByRole('heading', { name: 'Hard complaint' }).waitFor();

  const raised = await raisedHand({ summary: 'Pelanggan berteriak, TL tidak menjawab' });
  assert.equal(raised.escalation.targetTl, 'tl1');
  await call(admin, 'PUT', '/policy/active', { revision: original.revision });

  // no reload: the re-routed hand appears above the overview and the menu counts it
  const notice = page.locator('section.rerouted');
  await notice.getByRole('link', { name: raised.customer.name }).waitFor({ timeout: 15000 });
  assert.match(await notice.locator('h2').textContent(), /tangan terangkat dialihkan ke Anda/);
  assert.ok(
    Number(await page.locator('.menu__link', { hasText: 'Tangan dialihkan' }).locator('.menu__count').textContent()) >=
      1,
  );

  await notice.getByRole('link', { name: 'Buka antrean' }).click();
  await page.getByRole('heading', { name: 'Tangan dialihkan ke Anda' }).waitFor();
  const hand = page.locator('li.hand', { hasText: raised.customer.name });
  await hand.getByText('Dialihkan dari').waitFor();
  await hand.getByRole('button', { name: 'Saya mendengarkan' }).click();
  await hand.getByRole('button', { name: 'Saya di meja agen' }).click();
  await page.waitForURL(new RegExp(`#/cases/${raised.id}$`));
  await page.locator('.banner--at_workstation').waitFor();
  await page.locator('.timeline [data-type="ESCALATION_REROUTED"]').waitFor();

  const view = await call(await apiToken('spv1'), 'GET', `/cases/${raised.id}`);
  assert.equal(view.escalation.targetTl, 'spv1');
  assert.equal(view.escalation.status, 'AT_WORKSTATION');
  await assertClean(page, spv.seen);
  await spv.context.close();
});
