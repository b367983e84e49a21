// axe-core on the main screens: no serious or critical violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openAs, BASE, raisedHand, axeSeriousViolations } from './helpers.mjs';

let browser;
let raised;
before(async () => {
  browser = await launch();
  raised = await raisedHand();
});
after(async () => {
  await browser?.close();
});

// axe is injected as an inline script, which the CSP rightly blocks: these contexts bypass it
const options = { bypassCSP: true };

test('sign-in screen', async () => {
  const visitor = await openAs(browser, null, options);
  await visitor.page.goto(`${BASE}/#/login`);
  await visitor.page.getByLabel('Nama pengguna').waitFor();
  assert.deepEqual(await axeSeriousViolations(visitor.page), []);
  await visitor.context.close();
});

test('TL queue and case page', async () => {
  const tl = await openAs(browser, 'tl1', options);
  await tl.page.goto(`${BASE}/#/queue`);
  await tl.page.locator('li.hand', { hasText: raised.customer.name }).waitFor();
  assert.deepEqual(await axeSeriousViolations(tl.page), [], 'queue');

  await tl.page.goto(`${BASE}/#/cases/${raised.id}`);
  await tl.page.getByRole('button', { name: 'Saya mendengarkan' }).waitFor();
  await tl.page.locator('.timeline [data-type]').first().waitFor();
  assert.deepEqual(await axeSeriousViolations(tl.page), [], 'case page');
  await tl.context.close();
});

test('agent new-case screen and case page', async () => {
  const agent = await openAs(browser, 'agent1', options);
  await agent.page.goto(`${BASE}/#/new`);
  await agent.page.getByLabel('Nama pelanggan').waitFor();
  assert.deepEqual(await axeSeriousViolations(agent.page), [], 'new case');

  await agent.page.goto(`${BASE}/#/cases/${raised.id}`);
  await agent.page.locator('.banner--raised').waitFor();
  assert.deepEqual(await axeSeriousViolations(agent.page), [], 'case page');
  await agent.context.close();
});

test('supervisor case list', async () => {
  const spv = await openAs(browser, 'spv1', options);
  await spv.page.goto(`${BASE}/#/cases`);
  await spv.page.locator('.case-card').first().waitFor();
  assert.deepEqual(await axeSeriousViolations(spv.page), []);
  await spv.context.close();
});
