// QC keeps a case for the ISO 9001 audit: the case page prints without the app around it, and the
// timeline downloads as CSV; an agent gets neither.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launch, openAs, BASE, VIEWPORTS, assertClean, apiToken, call, screenshotDir, uniqueName } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function newCase() {
  return call(await apiToken('agent1'), 'POST', '/cases', {
    channel: 'INBOUND_VOICE',
    customer: { name: uniqueName('Dewi'), phone: '0812-1111-2222' },
    summary: 'Tagihan naik dua kali lipat tanpa pemberitahuan',
  });
}

test('QC prints a case and downloads its timeline as CSV', async () => {
  const created = await newCase();
  for (const [size, viewport] of [
    ['tablet', VIEWPORTS.tabletPortrait],
    ['phone', VIEWPORTS.phone],
  ]) {
    const qc = await openAs(browser, 'qc1', { viewport });
    await qc.page.goto(`${BASE}/#/cases/${created.id}`);
    const download = qc.page.getByRole('button', { name: 'Unduh linimasa (CSV)' });
    await download.waitFor();
    await qc.page.getByRole('button', { name: 'Cetak' }).waitFor();

    const [file] = await Promise.all([qc.page.waitForEvent('download'), download.click()]);
    assert.equal(file.suggestedFilename(), `sigap-case-${created.id}.csv`);
    const csv = await readFile(await file.path(), 'utf8');
    const lines = csv.trim().split('\r\n');
    assert.match(lines[0], /^case_id,ticket_number,channel/);
    assert.ok(lines[1].startsWith(`${created.id},`) && lines[1].includes('CASE_CREATED'), lines[1]);

    await qc.page.emulateMedia({ media: 'print' });
    assert.equal(await qc.page.locator('.app-header').isVisible(), false);
    assert.equal(await qc.page.locator('.case__audit').isVisible(), false);
    assert.ok(await qc.page.locator('.case__side').isVisible());
    assert.ok(await qc.page.locator('.event').first().isVisible());
    assert.match(await qc.page.locator('.case__print-id').innerText(), new RegExp(created.id));
    await qc.page.screenshot({
      path: fileURLToPath(new URL(`audit-print-${size}.png`, screenshotDir())),
      fullPage: true,
    });
    await qc.page.emulateMedia({ media: 'screen' });
    await qc.page.screenshot({ path: fileURLToPath(new URL(`audit-screen-${size}.png`, screenshotDir())) });
    await assertClean(qc.page, qc.seen);
    await qc.context.close();
  }

  const agent = await openAs(browser, 'agent1', { viewport: VIEWPORTS.tabletPortrait });
  await agent.page.goto(`${BASE}/#/cases/${created.id}`);
  await agent.page.locator('.case__title').waitFor();
  assert.equal(await agent.page.getByRole('button', { name: 'Cetak' }).count(), 0);
  await agent.context.close();
});
