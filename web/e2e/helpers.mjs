// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, the
// server's Content-Security-Policy enforced on every page, and API shortcuts for test data.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

export const BASE = (process.env.SIGAP_URL ?? 'http://localhost:8081').replace(/\/$/, '');
/**
 * A validating proxy (Prism) in front of BASE, as WebAppIT starts it: every API call of the pages
 * and of the helpers below goes through it, and an answer that violates openapi/sigap.json fails
 * the run. The pages stay on BASE (their origin, the CSP) and their stream WebSocket goes there
 * directly, which Prism does not carry.
 */
const CONTRACT_PROXY = process.env.SIGAP_CONTRACT_PROXY?.replace(/\/$/, '');
const API = CONTRACT_PROXY ?? BASE;
const CHROMIUM = process.env.SIGAP_CHROMIUM ?? '/usr/bin/chromium';
const require = createRequire(import.meta.url);

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  tabletPortrait: { width: 768, height: 1024 },
  tabletLandscape: { width: 1024, height: 768 },
};

/** How long a raised hand may take to reach the TL's queue without a reload: pushed by the stream (R-IN-2: within a second). */
export const LIVE_QUEUE_TIMEOUT_MS = 1000;
/** How long another user's action may take to show on a page that watches the case. */
export const REFRESH_TIMEOUT_MS = 8000;

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh browser context (own storage) with the page watched for dialogs, errors and CSP
 * violations. With a username it signs in through the sign-in screen.
 */
export async function openAs(
  browser,
  username,
  { viewport = VIEWPORTS.tabletPortrait, serviceWorkers = 'block', bypassCSP = false } = {},
) {
  const context = await browser.newContext({
    viewport,
    serviceWorkers,
    bypassCSP,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  if (!bypassCSP) await enforceCsp(context);
  if (CONTRACT_PROXY) await throughContractProxy(context);
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const seen = { dialogs: [], errors: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  page.on('console', (message) => {
    // refused actions and the missing stream endpoint log "Failed to load resource": expected
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      seen.errors.push(message.text());
  });
  if (username) await signIn(page, username);
  return { context, page, seen };
}

/**
 * Adds the CSP to the app's HTML when the server does not send one (an older server). A page
 * answered by the test rather than the server counts as public in Chromium, which then refuses
 * its WebSocket to localhost, so the page is left alone whenever the server sends the CSP itself.
 */
let serverSendsCsp;
async function enforceCsp(context) {
  serverSendsCsp ??= fetch(`${BASE}/`).then((r) => Boolean(r.headers.get('content-security-policy')));
  if (await serverSendsCsp) return;
  const origin = new URL(BASE).origin;
  const isDocument = (url) => url.origin === origin && (url.pathname === '/' || url.pathname === '/index.html');
  await context.route(isDocument, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
}

/** What the contract proxy found against the document, over the whole run. */
const contractViolations = [];
process.on('exit', () => {
  if (contractViolations.length) {
    console.error(
      `${contractViolations.length} API calls violate openapi/sigap.json:\n${contractViolations.join('\n')}`,
    );
    process.exitCode = 1;
  }
});

/**
 * Prism's sl-violations header of an answer: any violation of the answer counts, and one of the
 * request only when Sigap accepted it (refusal tests send what the document does not allow).
 */
function checkContract(method, path, status, header) {
  if (!header) return;
  const found = JSON.parse(header).filter((v) => v.location?.[0] !== 'request' || status < 400);
  if (found.length) contractViolations.push(`${method} ${path} -> ${status}: ${JSON.stringify(found)}`);
}

async function throughContractProxy(context) {
  const origin = new URL(BASE).origin;
  const isApi = (url) => url.origin === origin && url.pathname.startsWith('/api/v1/');
  // route.fetch goes out from here, not from the page: an offline page must not get answers
  let offline = false;
  const setOffline = context.setOffline.bind(context);
  context.setOffline = async (value) => {
    offline = value;
    await setOffline(value);
  };
  await context.route(isApi, async (route) => {
    if (offline) return route.abort('internetdisconnected').catch(() => {});
    const request = route.request();
    const url = new URL(request.url());
    try {
      const response = await route.fetch({ url: `${CONTRACT_PROXY}${url.pathname}${url.search}` });
      checkContract(request.method(), url.pathname, response.status(), response.headers()['sl-violations']);
      await route.fulfill({ response });
    } catch {
      // the page or its context closed while the call was under way
      await route.abort().catch(() => {});
    }
  });
}

/**
 * A signed-in tablet whose buzzes are counted: every alert that sounds also vibrates (alert.js),
 * so the count says how often this tablet sounded.
 */
export async function openTablet(browser, username) {
  const tablet = await openAs(browser);
  await tablet.context.addInitScript(() => {
    window.__buzzes = 0;
    Object.defineProperty(navigator, 'vibrate', {
      configurable: true,
      value: () => {
        window.__buzzes += 1;
        return true;
      },
    });
  });
  await signIn(tablet.page, username);
  await waitUntilLive(tablet.page);
  return tablet;
}

/** How often the tablet of openTablet has sounded. */
export function buzzes(tablet) {
  return tablet.page.evaluate(() => window.__buzzes);
}

/** Waits until the tablet sounds again after it had sounded {@code count} times. */
export function soundsAfter(tablet, count) {
  return tablet.page.waitForFunction((n) => window.__buzzes > n, count, { timeout: 15000, polling: 100 });
}

/** Waits until the page's live connection is up ("Terhubung"). */
export async function waitUntilLive(page) {
  await page.locator('.live--live').waitFor({ timeout: 10000 });
}

export async function signIn(page, username) {
  await page.goto(`${BASE}/#/login`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(username);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForFunction(() => !location.hash.startsWith('#/login'));
}

/** Fails with what went wrong in the page: dialogs (injected script), errors, CSP violations. */
export async function assertClean(page, seen) {
  const violations = await page.evaluate(() => window.__cspViolations ?? []);
  const problems = [
    ...seen.dialogs.map((d) => `dialog: ${d}`),
    ...seen.errors.map((e) => `error: ${e}`),
    ...violations.map((v) => `CSP: ${v}`),
  ];
  if (problems.length) throw new Error(`The page was not clean:\n${problems.join('\n')}`);
}

export function uniqueName(first = 'Budi') {
  return `${first} Santoso ${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 100)}`;
}

// ---- The API, for test data that a test does not walk through the screens ----

export async function apiToken(username) {
  const answer = await call(null, 'POST', '/auth/login', { username, password: username });
  return answer.accessToken;
}

export async function call(token, method, path, body, headers = {}) {
  const response = await fetch(`${API}/api/v1${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  checkContract(method, path, response.status, response.headers.get('sl-violations'));
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

/**
 * R-F-2: tl1 and tl2 check in again at their cluster desks, free for a new hand whatever an earlier
 * test left them busy with (checking in again at one's desk ends being busy with earlier hands).
 */
export async function tlsBackAtDesk() {
  for (const [tl, deskId] of [
    ['tl1', 'DESK-C1'],
    ['tl2', 'DESK-C2'],
  ])
    await call(await apiToken(tl), 'POST', '/presence/check-in', { deskId });
}

/** A hard complaint of agent1 with a hand raised to tl1; returns the case. */
export async function raisedHand({ name = uniqueName(), summary = 'Internet mati tiga hari, pelanggan marah' } = {}) {
  await tlsBackAtDesk();
  const agent = await apiToken('agent1');
  const created = await call(
    agent,
    'POST',
    '/cases',
    { channel: 'INBOUND_VOICE', customer: { name, phone: '0812 3456 7890' }, summary },
    { 'Idempotency-Key': randomUUID() },
  );
  await call(agent, 'PUT', `/cases/${created.id}/assessment`, { criteria: ['C-IN-1'] });
  await call(agent, 'POST', `/cases/${created.id}/escalations`, { takeoverRequested: false });
  return call(agent, 'GET', `/cases/${created.id}`);
}

/** A raised hand that tl1 answered at the desk, with tl1 named as handling TL: follow-up is open. */
export async function inFollowUp(options) {
  const raised = await raisedHand(options);
  const tl = await apiToken('tl1');
  await call(tl, 'POST', `/escalations/${raised.escalation.id}/acknowledge`, {});
  await call(tl, 'POST', `/escalations/${raised.escalation.id}/arrive`, {});
  await call(await apiToken('agent1'), 'PUT', `/cases/${raised.id}/handling-tl`, { tl: 'tl1' });
  return raised;
}

/** The agent creates a case through the new-case screen and lands on its page. */
export async function createCaseInUi(
  page,
  { name = uniqueName(), phone = '0812 3456 7890', summary = 'Internet mati tiga hari, pelanggan marah' } = {},
) {
  await page.goto(`${BASE}/#/new`);
  await page.getByLabel('Nama pelanggan').fill(name);
  await page.getByLabel('Nomor telepon').fill(phone);
  await page.getByLabel('Ringkasan keluhan').fill(summary);
  await page.getByRole('button', { name: 'Buat kasus' }).click();
  await page.waitForURL(/#\/cases\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop();
}

/** The agent ticks criteria, saves, and raises a hand in one tap; returns when the server took it. */
export async function assessAndRaiseHand(page, criteria = ['C-IN-1']) {
  await tlsBackAtDesk();
  for (const id of criteria) await page.getByLabel(new RegExp(`^${id} `)).check();
  await page.getByRole('button', { name: 'Simpan penilaian' }).click();
  const raise = page.getByRole('button', { name: 'Angkat tangan', exact: true });
  const raised = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /\/cases\/[^/]+\/escalations$/.test(r.url()),
  );
  await raise.click();
  if ((await raised).status() !== 201) throw new Error(`raising the hand answered ${(await raised).status()}`);
  const raisedAt = Date.now();
  await page.locator('.banner--raised').waitFor();
  return raisedAt;
}

export async function axeSeriousViolations(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export function screenshotDir() {
  const dir = new URL('./screenshots/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  return dir;
}

// ---- TelkomCare: a thread from a social-listening tool, as POST /telkomcare/messages ----

export const SHOUTS = [
  'SUDAH SEMINGGU WIFI MATI DAN TIDAK ADA TEKNISI YANG DATANG!! @BRTI_ID',
  'GANGGUAN LAGI GANGGUAN LAGI, CAPEK SAYA KOMPLAIN',
  'PELAYANAN PARAH, KANTOR KAMI OFFLINE SEHARIAN!!',
  'INTERNET MATI TERUS, TIDAK ADA SOLUSI SAMA SEKALI',
  'SAYA SUDAH BAYAR TAPI LAYANAN TETAP GANGGUAN!!',
];

/**
 * Five shouting posts within four minutes mentioning @BRTI_ID, sent by agent1 (or `feeder`, e.g. a
 * listening tool's account, whose thread goes to a TelkomCare agent, R-C-9) as the integrator:
 * a hard TelkomCare thread (C-TC-1, C-TC-2, C-TC-3) with a hand raised to tl1 (R-TC-2).
 * Returns the case as tl1 sees it.
 */
export async function telkomcareThread({
  name = uniqueName('Rina'),
  texts = SHOUTS,
  feeder = 'agent1',
  platform = undefined,
} = {}) {
  const agent = await apiToken(feeder);
  const handle = `@cust_${randomUUID().slice(0, 8)}`;
  const start = Date.now() - 10 * 60000;
  let caseId;
  for (const [i, text] of texts.entries()) {
    const receipt = await call(agent, 'POST', '/telkomcare/messages', {
      externalId: `${handle}-${i}`,
      channel: 'SOCIAL',
      platform,
      author: { handle, name, verified: false, followers: 120, bio: 'pelanggan' },
      text,
      at: new Date(start + i * 60000).toISOString(),
    });
    caseId = receipt.caseId;
  }
  return call(await apiToken('tl1'), 'GET', `/cases/${caseId}`);
}

/** A hard TelkomCare thread that tl1 acknowledged and handed to pic1 (R-TC-3). */
export async function handedToPic(options) {
  const thread = await telkomcareThread(options);
  const tl = await apiToken('tl1');
  await call(tl, 'POST', `/escalations/${thread.escalation.id}/acknowledge`, {});
  await call(tl, 'POST', `/cases/${thread.id}/pic-handover`, { pic: 'pic1' });
  return call(tl, 'GET', `/cases/${thread.id}`);
}
