// axe-core on the main screens: no serious or critical violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  launch,
  openAs,
  BASE,
  raisedHand,
  handedToPic,
  axeSeriousViolations,
  apiToken,
  call,
  uniqueName,
} from './helpers.mjs';

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

test('TelkomCare case page with a correction open, and the PIC Ticket home', async () => {
  const held = await handedToPic();
  const tl = await openAs(browser, 'tl1', options);
  await tl.page.goto(`${BASE}/#/cases/${held.id}`);
  await tl.page.locator('section.tc-case .tc-verdict').waitFor();
  await tl.page.locator('[data-criterion="C-TC-4"] summary').click();
  await tl.page.locator('details.action--hand-over-to-pic summary').click();
  assert.deepEqual(await axeSeriousViolations(tl.page), [], 'TelkomCare case page');
  await tl.context.close();

  const pic = await openAs(browser, 'pic1', options);
  await pic.page.locator(`.pic-card[data-case-id="${held.id}"]`).waitFor();
  await pic.page.locator('.clocks-section').waitFor();
  assert.deepEqual(await axeSeriousViolations(pic.page), [], 'PIC home');
  await pic.context.close();
});

test('supervisor queue and the offline notice', async () => {
  const spv = await openAs(browser, 'spv1', options);
  await spv.page.goto(`${BASE}/#/queue`);
  await spv.page.getByRole('heading', { name: 'Tangan dialihkan ke Anda' }).waitFor();
  assert.deepEqual(await axeSeriousViolations(spv.page), [], 'supervisor queue');
  await spv.context.setOffline(true);
  await spv.page.locator('.offline').waitFor();
  assert.deepEqual(await axeSeriousViolations(spv.page), [], 'offline notice');
  await spv.context.setOffline(false);
  await spv.context.close();
});

test('customer search and record, with the merge form open (R-C-8)', async () => {
  const agentToken = await apiToken('agent1');
  const phone = `0813${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const created = await call(
    agentToken,
    'POST',
    '/cases',
    { channel: 'INBOUND_VOICE', customer: { name: uniqueName('Tari'), phone }, summary: 'Internet mati' },
    { 'Idempotency-Key': randomUUID() },
  );
  await call(agentToken, 'PUT', `/cases/${created.id}/assessment`, { criteria: ['C-IN-1'] });
  const tl = await openAs(browser, 'tl1', options);
  await tl.page.goto(`${BASE}/#/customers`);
  await tl.page.getByLabel('Cari nomor telepon').fill(phone);
  await tl.page.getByRole('button', { name: 'Cari', exact: true }).click();
  await tl.page.locator('section.customer__open').waitFor();
  assert.deepEqual(await axeSeriousViolations(tl.page), [], 'search with its record');

  await tl.page.goto(`${BASE}/#/customers/${created.customer.id}`);
  await tl.page.locator('summary', { hasText: 'Gabungkan ke pelanggan lain' }).click();
  await tl.page.locator('details.customer__merge-action').getByLabel('Cari nomor telepon').waitFor();
  assert.deepEqual(await axeSeriousViolations(tl.page), [], 'record with the merge form');
  await tl.context.close();
});
