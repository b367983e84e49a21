// Pengaturan lantai (R-F-1): the admin lands on the floor setup, creates a desk from the screen and
// sees it listed, and an import with a refused row lists that row and saves nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { launch, openAs, assertClean, apiToken, call, axeSeriousViolations, screenshotDir } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the admin creates a desk on the floor setup screen (R-F-1)', async () => {
  const { context, page, seen } = await openAs(browser, 'admin1');
  assert.match(page.url(), /#\/setup$/, 'the admin starts on the floor setup');
  await page.getByRole('heading', { name: 'Pengaturan lantai', level: 1 }).waitFor();

  const desk = `WS-E2E-${randomUUID().slice(0, 6)}`;
  const section = page.locator('section[aria-labelledby="setup-desks"]');
  await section.getByLabel('ID meja').fill(desk);
  await section.getByLabel('Klaster').selectOption('C1');
  await section.getByLabel('Jenis').selectOption('WORKSTATION');
  await section.getByRole('button', { name: 'Tambah' }).click();
  await page.locator(`tr[data-desk="${desk}"]`).waitFor();
  await page.screenshot({ path: fileURLToPath(new URL('setup-tablet.png', screenshotDir())), fullPage: true });

  const admin = await apiToken('admin1');
  const desks = await call(admin, 'GET', '/admin/desks');
  assert.ok(
    desks.some((d) => d.id === desk && d.clusterId === 'C1' && d.kind === 'WORKSTATION' && !d.recorded),
    `${desk} is on the floor`,
  );
  await assertClean(page, seen);
  await context.close();
});

test('the floor setup screen has no serious accessibility violations (R-F-1)', async () => {
  // axe is injected as a script: this context lets it past the Content-Security-Policy
  const { context, page } = await openAs(browser, 'admin1', { bypassCSP: true });
  await page.locator('section[aria-labelledby="setup-import"] form').waitFor();
  assert.deepEqual(await axeSeriousViolations(page), []);
  await context.close();
});

test('an import with a refused row lists it and saves nothing (R-F-1)', async () => {
  const { context, page, seen } = await openAs(browser, 'admin1');
  const good = `zz-e2e-${randomUUID().slice(0, 6)}`;
  const section = page.locator('section[aria-labelledby="setup-import"]');
  await section
    .getByLabel('Orang (CSV)', { exact: true })
    .fill(`username,name,role,cluster\n${good},Ani,AGENT,C1\nzz-x,Budi,AGENT,NOPE\n`);
  await section.getByRole('button', { name: 'Impor' }).click();
  const refused = section.locator('.setup__refused');
  await refused.first().waitFor();
  assert.equal(await refused.count(), 1);
  assert.match(await refused.first().textContent(), /3.*cluster.*Unknown cluster NOPE/);
  await page.screenshot({ path: fileURLToPath(new URL('setup-import-refused.png', screenshotDir())), fullPage: true });

  const admin = await apiToken('admin1');
  const users = await call(admin, 'GET', '/admin/users');
  assert.ok(!users.some((u) => u.username === good), 'nothing was imported');
  await assertClean(page, seen);
  await context.close();
});
