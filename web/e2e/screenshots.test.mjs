// Pictures of the main screens at tablet size (768x1024) in e2e/screenshots/, to look at.
import { test, before, after } from 'node:test';
import {
  launch,
  openAs,
  BASE,
  VIEWPORTS,
  raisedHand,
  inFollowUp,
  createCaseInUi,
  assertClean,
  screenshotDir,
  handedToPic,
  telkomcareThread,
} from './helpers.mjs';

let browser;
let dir;
before(async () => {
  browser = await launch();
  dir = screenshotDir();
});
after(async () => {
  await browser?.close();
});

async function shot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: new URL(`${name}.png`, dir).pathname, fullPage: true });
}

test('screenshots of the main screens at 768x1024', async () => {
  const viewport = VIEWPORTS.tabletPortrait;
  const waiting = await raisedHand({
    summary:
      'Internet IndiHome mati sejak tiga hari, sudah lapor dua kali, pelanggan berteriak dan minta bicara dengan atasan.',
  });
  const followed = await inFollowUp({
    summary: 'Tagihan ganda dua bulan berturut-turut; pelanggan mengancam membawa ke media.',
  });

  const visitor = await openAs(browser, null, { viewport });
  await visitor.page.goto(`${BASE}/#/login`);
  await visitor.page.getByLabel('Nama pengguna').waitFor();
  await shot(visitor.page, '01-login');
  await visitor.context.close();

  const tl = await openAs(browser, 'tl1', { viewport });
  await tl.page.goto(`${BASE}/#/queue`);
  await tl.page.locator('li.hand', { hasText: waiting.customer.name }).waitFor();
  await shot(tl.page, '02-tl-queue');
  await tl.page.goto(`${BASE}/#/cases/${waiting.id}`);
  await tl.page.getByRole('button', { name: 'Saya mendengarkan' }).waitFor();
  await shot(tl.page, '03-tl-case-raised');
  await tl.page.goto(`${BASE}/#/cases/${followed.id}`);
  await tl.page.locator('details.action--coordinate').waitFor();
  await tl.page.locator('details.action--call-back summary').click();
  await tl.page.locator('details.action--call-back option[value="DESK-C1"]').waitFor({ state: 'attached' });
  await shot(tl.page, '04-tl-case-follow-up');
  await tl.page.goto(`${BASE}/#/duty`);
  await tl.page.locator('.case-card').first().waitFor();
  await shot(tl.page, '05-tl-duty');
  await assertClean(tl.page, tl.seen);
  await tl.context.close();

  const agent = await openAs(browser, 'agent1', { viewport });
  await agent.page.goto(`${BASE}/#/new`);
  await agent.page.getByLabel('Nama pelanggan').waitFor();
  await shot(agent.page, '06-agent-new-case');
  await createCaseInUi(agent.page, { summary: 'Gangguan TV interaktif, pelanggan menolak penjelasan prosedur.' });
  await agent.page.getByRole('button', { name: 'Simpan penilaian' }).waitFor();
  await shot(agent.page, '07-agent-checklist');
  await agent.page.goto(`${BASE}/#/cases/${followed.id}`);
  await agent.page.locator('.banner--at_workstation').waitFor();
  await shot(agent.page, '08-agent-case-tl-at-desk');
  await agent.page.goto(`${BASE}/#/cases`);
  await agent.page.locator('.case-card').first().waitFor();
  await shot(agent.page, '09-agent-my-cases');
  await assertClean(agent.page, agent.seen);
  await agent.context.close();

  const spv = await openAs(browser, 'spv1', { viewport });
  await spv.page.goto(`${BASE}/#/cases`);
  await spv.page.locator('.case-card').first().waitFor();
  await shot(spv.page, '10-spv-cases');
  await spv.page.goto(`${BASE}/#/cases/${followed.id}`);
  await spv.page.locator('.timeline [data-type]').first().waitFor();
  await shot(spv.page, '11-spv-case-read-only');
  await assertClean(spv.page, spv.seen);
  await spv.context.close();
});

test('screenshots of the TL on a phone (390x844) and a tablet in landscape (1024x768)', async () => {
  const raised = await raisedHand({ summary: 'Pelanggan berteriak, minta bicara dengan TL sekarang juga.' });
  const phone = await openAs(browser, 'tl1', { viewport: VIEWPORTS.phone });
  await phone.page.goto(`${BASE}/#/queue`);
  await phone.page.locator('li.hand', { hasText: raised.customer.name }).waitFor();
  await phone.page.evaluate(() => window.scrollTo(0, 0));
  await phone.page.screenshot({ path: new URL('12-phone-tl-queue.png', dir).pathname });
  await phone.page.goto(`${BASE}/#/cases/${raised.id}`);
  await phone.page.getByRole('button', { name: 'Saya mendengarkan' }).waitFor();
  await phone.page.screenshot({ path: new URL('13-phone-tl-case.png', dir).pathname });
  await phone.context.close();

  const landscape = await openAs(browser, 'tl1', { viewport: VIEWPORTS.tabletLandscape });
  await landscape.page.goto(`${BASE}/#/cases/${raised.id}`);
  await landscape.page.getByRole('button', { name: 'Saya mendengarkan' }).waitFor();
  await landscape.page.screenshot({ path: new URL('14-landscape-tl-case.png', dir).pathname });
  await landscape.page.goto(`${BASE}/#/queue`);
  await landscape.page.locator('li.hand', { hasText: raised.customer.name }).waitFor();
  await landscape.page.screenshot({ path: new URL('15-landscape-tl-queue.png', dir).pathname });
  await landscape.context.close();
});

test('screenshots of the TelkomCare, PIC Ticket, supervisor and offline screens at 768x1024', async () => {
  const viewport = VIEWPORTS.tabletPortrait;
  const held = await handedToPic();
  const thread = await telkomcareThread();

  const agent = await openAs(browser, 'agent1', { viewport });
  await agent.page.goto(`${BASE}/#/cases/${thread.id}`);
  await agent.page.locator('section.tc-case .tc-verdict').waitFor();
  await agent.page.locator('[data-criterion="C-TC-4"] summary').click();
  await shot(agent.page, '16-agent-telkomcare-case');
  await assertClean(agent.page, agent.seen);
  await agent.context.close();

  const tl = await openAs(browser, 'tl1', { viewport });
  await tl.page.goto(`${BASE}/#/cases/${thread.id}`);
  await tl.page.locator('section.tc-case .tc-verdict').waitFor();
  await tl.page.locator('details.action--hand-over-to-pic summary').click();
  await tl.page.locator('details.action--hand-over-to-pic option[value="pic1"]').waitFor({ state: 'attached' });
  await shot(tl.page, '17-tl-telkomcare-hand-over');
  await assertClean(tl.page, tl.seen);
  await tl.context.close();

  const pic = await openAs(browser, 'pic1', { viewport });
  await pic.page.locator(`.pic-card[data-case-id="${held.id}"]`).waitFor();
  await shot(pic.page, '18-pic-home');
  await pic.page.goto(`${BASE}/#/cases/${held.id}`);
  await pic.page.locator('details.action--call-back summary').click();
  await shot(pic.page, '19-pic-case-follow-up');
  await assertClean(pic.page, pic.seen);
  await pic.context.close();

  const spv = await openAs(browser, 'spv1', { viewport });
  await spv.page.goto(`${BASE}/#/queue`);
  await spv.page.getByRole('heading', { name: 'Tangan dialihkan ke Anda' }).waitFor();
  await spv.page.locator('ul.hands[aria-busy="false"]').waitFor({ state: 'attached' });
  await shot(spv.page, '20-spv-queue');
  await assertClean(spv.page, spv.seen);
  await spv.context.close();

  const offline = await openAs(browser, 'tl1', { viewport, serviceWorkers: 'allow' });
  await offline.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await offline.page.goto(`${BASE}/#/duty`);
  await offline.page.locator('.clocks-section').waitFor();
  await offline.context.setOffline(true);
  await offline.page.reload();
  await offline.page.locator('.offline').waitFor();
  await offline.page.locator('.problem').first().waitFor();
  await shot(offline.page, '21-offline-start');
  await offline.context.close();
});
