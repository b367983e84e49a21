// R-C-1, R-C-2: the agent records the customer's choice and how the call ended, where they sit; the
// TL sees when the first call back is due. R-C-4: the SPV on shift approves closing a case whose
// customer cannot be reached, on the tablet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { launch, openAs, BASE, inFollowUp, assertClean, apiToken, call, screenshotDir, VIEWPORTS } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the agent records the call back agreed and the call’s end; the TL sees the first call back due within 15 minutes (R-C-1, R-C-2)', async () => {
  const c = await inFollowUp();
  const agent = await openAs(browser, 'agent1', { viewport: VIEWPORTS.phone });
  await agent.page.goto(`${BASE}/#/cases/${c.id}`);

  const choice = agent.page.locator('details.action--record-choice');
  await choice.locator('summary').click();
  await choice.getByLabel('1. Setuju ditelepon balik').check();
  await agent.page.screenshot({
    path: fileURLToPath(new URL('call-choice-phone.png', screenshotDir())),
    fullPage: false,
  });
  await choice.getByRole('button', { name: 'Pilihan pelanggan' }).click();
  await agent.page.locator('.timeline [data-type="CUSTOMER_CHOICE_RECORDED"]').waitFor();
  // R-C-2: no transfer is offered once a call back was agreed
  assert.equal(await agent.page.locator('details.action--transfer').count(), 0);

  const end = agent.page.locator('details.action--end-call');
  await end.locator('summary').click();
  await end.getByLabel('Agen menutup panggilan, TL menindaklanjuti').check();
  await end.getByRole('button', { name: 'Catat akhir panggilan' }).click();
  await agent.page.locator('.timeline [data-type="CALL_ENDED"]').waitFor();

  const view = await call(await apiToken('tl1'), 'GET', `/cases/${c.id}`);
  const ended = view.timeline.find((e) => e.type === 'CALL_ENDED');
  assert.equal(view.call.customerChoice, 'CALL_BACK');
  const due = Date.parse(view.call.nextCallBackDueAt);
  const end15 = Date.parse(ended.at) + 15 * 60_000;
  // quiet hours may move it to their end; otherwise it is due 15 minutes after the call
  assert.ok(due === end15 || (ended.movedFromQuietHours && due > end15), `due ${view.call.nextCallBackDueAt}`);

  const tl = await openAs(browser, 'tl1');
  await tl.page.goto(`${BASE}/#/cases/${c.id}`);
  await tl.page.locator('.facts', { hasText: 'Telepon balik berikutnya' }).waitFor();
  await tl.page.screenshot({
    path: fileURLToPath(new URL('call-next-call-back-tablet.png', screenshotDir())),
    fullPage: true,
  });

  for (const t of [agent, tl]) {
    await assertClean(t.page, t.seen);
    await t.context.close();
  }
});

test('after three unanswered call backs the SPV on shift approves closing unreached on the tablet (R-C-4)', async () => {
  const c = await inFollowUp();
  const tlToken = await apiToken('tl1');
  for (let i = 0; i < 3; i++)
    await call(tlToken, 'POST', `/cases/${c.id}/callbacks`, {
      deskId: 'DESK-C1',
      outcome: 'NO_ANSWER',
      note: `Percobaan ${i + 1}`,
      final: false,
    });
  await call(tlToken, 'POST', `/cases/${c.id}/unreached-closing`, { reason: 'Tiga kali tidak diangkat' });

  const spv = await openAs(browser, 'spv1');
  await spv.page.goto(`${BASE}/#/cases/${c.id}`);
  const approve = spv.page.locator('details.action--approve-unreached-closing');
  await approve.locator('summary').click();
  await approve.getByText('Tiga kali tidak diangkat').waitFor();
  await spv.page.screenshot({
    path: fileURLToPath(new URL('call-unreached-approval-tablet.png', screenshotDir())),
    fullPage: false,
  });
  await approve.getByRole('button', { name: 'Setujui tutup tanpa tersambung' }).click();
  await spv.page.locator('.timeline [data-type="UNREACHED_CLOSING_APPROVED"]').waitFor();

  const view = await call(tlToken, 'GET', `/cases/${c.id}`);
  assert.equal(view.call.unreachedClosing, 'APPROVED');
  assert.ok(view.allowedActions.includes('close'));
  await assertClean(spv.page, spv.seen);
  await spv.context.close();
});
