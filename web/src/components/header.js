// The app bar: brand, live connection state, who is signed in, language, sign-out, and the
// role's menu (at the bottom of the screen on phones, within reach of the thumb).
import { h, fill } from '../dom.js';
import { t, getLang, setLang } from '../i18n.js';
import * as session from '../session.js';
import * as live from '../live.js';
import * as floor from '../state/floor.js';
import * as router from '../router.js';
import * as notify from '../notify.js';
import './forms.css';
import './header.css';

// R-C-8: whoever may open cases may look a customer up
const CUSTOMERS = { path: '/customers', label: 'nav.customers' };
const MENUS = {
  TEAM_LEADER: [
    { path: '/queue', label: 'nav.queue', count: true },
    { path: '/duty', label: 'nav.duty' },
    { path: '/floor', label: 'nav.floor' },
    { path: '/cases', label: 'nav.cases' },
    CUSTOMERS,
    { path: '/telkomcare', label: 'nav.telkomcare' },
  ],
  AGENT: [
    { path: '/cases', label: 'nav.myCases' },
    { path: '/new', label: 'nav.newCase' },
    CUSTOMERS,
    { path: '/floor', label: 'nav.floor' },
    { path: '/telkomcare', label: 'nav.telkomcare' },
  ],
};
const KPI_MENU = [
  { path: '/cases', label: 'nav.cases' },
  CUSTOMERS,
  { path: '/kpis', label: 'nav.kpis' },
  { path: '/telkomcare', label: 'nav.telkomcare' },
];
const FLOOR = { path: '/floor', label: 'nav.floor' };
const UNITS = { path: '/units', label: 'nav.units' };
MENUS.SUPERVISOR = [{ path: '/queue', label: 'nav.rerouted', count: true }, FLOOR, UNITS, ...KPI_MENU];
MENUS.MANAGER = [FLOOR, UNITS, ...KPI_MENU];
MENUS.LIAISON_OFFICER = [UNITS];
MENUS.QC = KPI_MENU;
MENUS.PIC_TICKET = [
  { path: '/pic', label: 'nav.pic' },
  { path: '/cases', label: 'nav.cases' },
  CUSTOMERS,
  { path: '/telkomcare', label: 'nav.telkomcare' },
];
MENUS.ADMIN = [{ path: '/setup', label: 'nav.setup' }];
const DEFAULT_MENU = [
  { path: '/cases', label: 'nav.cases' },
  { path: '/telkomcare', label: 'nav.telkomcare' },
];

let root = null;
let liveEl = null;
let drawn = null; // what the bar shows now: it is redrawn only when that changes

export function mountHeader(el) {
  root = el;
  live.onState(renderLive);
  floor.subscribe(renderHeader);
  window.addEventListener('sigap:route', renderHeader);
  renderHeader();
}

export function renderHeader() {
  if (!root) return;
  const user = session.user();
  const waiting = answersHands(user) ? waitingCount() : 0;
  const signature = JSON.stringify([user?.username, user?.displayName, router.current(), waiting, getLang()]);
  if (signature === drawn) return;
  drawn = signature;
  liveEl = user ? h('p', { class: 'live', role: 'status' }) : null;
  fill(
    root,
    h(
      'div',
      { class: 'bar' },
      h('button', { type: 'button', class: 'btn btn--quiet skip-link', on: { click: skipToContent } }, t('app.skip')),
      h(
        'a',
        { class: 'brand', href: '#/' },
        h('img', { src: '/icons/favicon-32.png', alt: '', width: 32, height: 32 }),
        t('app.name'),
      ),
      liveEl,
      h(
        'div',
        { class: 'bar__end' },
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn--quiet',
            lang: getLang() === 'id' ? 'en' : 'id',
            'aria-label': t('lang.switch.label'),
            on: { click: switchLanguage },
          },
          t('lang.switch'),
        ),
        user
          ? h('button', { type: 'button', class: 'btn btn--quiet', on: { click: signOut } }, t('nav.signOut'))
          : null,
      ),
    ),
    user
      ? h(
          'div',
          { class: 'subbar' },
          menu(user),
          h(
            'p',
            { class: 'who' },
            h('span', { class: 'who__name' }, user.displayName),
            ' ',
            h('span', { class: 'who__role' }, who(user)),
          ),
        )
      : null,
  );
  renderLive(live.getState());
  showCurrentItem();
}

/** On a phone the menu may scroll sideways: the current screen's item is brought into view. */
function showCurrentItem() {
  const list = root.querySelector('.menu ul');
  const current = list?.querySelector('[aria-current="page"]');
  if (!current || list.scrollWidth <= list.clientWidth) return;
  const item = current.parentElement;
  if (item.offsetLeft + item.offsetWidth > list.scrollLeft + list.clientWidth || item.offsetLeft < list.scrollLeft)
    list.scrollLeft = item.offsetLeft - (list.clientWidth - item.offsetWidth) / 2;
}

function who(user) {
  const role = t(`role.${user.role}`);
  return user.clusterId ? `${role} · ${t('user.cluster', { cluster: user.clusterId })}` : role;
}

function menu(user) {
  const here = router.current();
  const items = MENUS[user.role] ?? DEFAULT_MENU;
  const waiting = answersHands(user) ? waitingCount() : 0;
  return h(
    'nav',
    { class: 'menu', 'aria-label': t('nav.label') },
    h(
      'ul',
      null,
      items.map((item) => {
        const active = here === item.path || here.startsWith(`${item.path}/`);
        return h(
          'li',
          null,
          h(
            'a',
            { href: `#${item.path}`, class: 'menu__link', 'aria-current': active ? 'page' : null },
            t(item.label),
            item.count && waiting > 0
              ? h('span', { class: 'menu__count', 'aria-label': t('nav.waiting', { count: waiting }) }, String(waiting))
              : null,
          ),
        );
      }),
    ),
  );
}

function answersHands(user) {
  return user?.role === 'TEAM_LEADER' || user?.role === 'SUPERVISOR';
}

function waitingCount() {
  return floor.hands().filter((c) => c.escalation.status === 'RAISED').length;
}

function renderLive(state) {
  if (!liveEl) return;
  const label = {
    idle: t('live.connecting'),
    connecting: t('live.connecting'),
    live: t('live.connected'),
    reconnecting: t('live.reconnecting'),
    polling: t('live.polling'),
  }[state];
  liveEl.className = `live live--${state}`;
  liveEl.title = state === 'polling' ? t('live.pollingTitle') : label;
  fill(liveEl, h('span', { class: 'live__dot', 'aria-hidden': 'true' }), h('span', { class: 'live__text' }, label));
}

/** This browser stops being woken for the person leaving, then the session ends. */
async function signOut() {
  await Promise.race([notify.forget(), new Promise((resolve) => setTimeout(resolve, 2000))]);
  session.signOut();
}

function switchLanguage() {
  setLang(getLang() === 'id' ? 'en' : 'id');
  notify.rememberDevice(); // the notifications' texts follow the language
  renderHeader();
  router.refresh();
}

function skipToContent() {
  const main = document.getElementById('main');
  main?.focus();
}
