// R-C-9: a thread a listening tool feeds goes to the TelkomCare agent at their desk, who finds it on
// their screen and records the reply sent to the customer; on a tablet and on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { launch, openAs, BASE, VIEWPORTS, assertClean, telkomcareThread, screenshotDir } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const [size, viewport] of [
  ['tablet', VIEWPORTS.tabletLandscape],
  ['phone', VIEWPORTS.phone],
]) {
  test(`the TelkomCare agent answers the thread given to them, on a ${size} (R-C-9)`, async () => {
    const thread = await telkomcareThread({ feeder: 'pic1' });
    assert.equal(thread.createdBy, 'agent4');
    assert.ok(thread.timeline.some((e) => e.type === 'THREAD_ASSIGNED' && e.agent === 'agent4'));

    const agent = await openAs(browser, 'agent4', { viewport });
    await agent.page.goto(`${BASE}/#/cases`);
    await agent.page.locator(`a[href="#/cases/${thread.id}"]`).first().click();
    const panel = agent.page.locator('section.tc-case');
    await panel.getByText(/Agen TelkomCare: .*agent4/).waitFor();
    await panel.getByText('Belum ada balasan.').waitFor();
    await panel.locator('summary', { hasText: 'Balas pelanggan' }).click();
    const text = 'Mohon maaf atas gangguannya, Kak. Teknisi kami datang hari ini pukul 14.00.';
    await panel.getByLabel('Balasan seperti yang dikirim di platform pelanggan').fill(text);
    await panel.getByRole('button', { name: 'Catat balasan' }).click();
    await panel.locator('.tc-reply', { hasText: text }).waitFor();
    await panel.locator('.tc-replies').scrollIntoViewIfNeeded();
    await agent.page.screenshot({ path: fileURLToPath(new URL(`telkomcare-agent-${size}.png`, screenshotDir())) });
    await assertClean(agent.page, agent.seen);
    await agent.context.close();
  });
}
