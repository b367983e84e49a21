// Sigap web app: routes by role, the live feed, the TL's floor watch, and the service worker.
import './base.css';
import { getLang, setLang, t } from './i18n.js';
import * as session from './session.js';
import * as router from './router.js';
import * as live from './live.js';
import * as floor from './state/floor.js';
import * as directory from './state/directory.js';
import { unlockAudio } from './alert.js';
import { toast, announce } from './components/toast.js';
import { mountHeader, renderHeader } from './components/header.js';
import { mountOffline, renderOffline } from './components/offline.js';
import { mountStale, renderStale } from './components/stale.js';
import * as notify from './notify.js';
import { loginScreen } from './screens/login.js';
import { queueScreen } from './screens/queue.js';
import { dutyScreen } from './screens/duty.js';
import { casesScreen } from './screens/cases.js';
import { newCaseScreen } from './screens/new-case.js';
import { caseScreen } from './screens/case.js';
import { kpisScreen } from './screens/kpis.js';
import { telkomcareScreen } from './screens/telkomcare.js';
import { picScreen } from './screens/pic.js';
import { floorScreen } from './screens/floor.js';
import { unitsScreen } from './screens/units.js';
import { setupScreen } from './screens/setup.js';
import { customersScreen, customerScreen } from './screens/customers.js';
import { notFoundScreen, noAccessScreen } from './screens/not-found.js';

const CASE_VIEWERS = ['AGENT', 'TEAM_LEADER', 'SUPERVISOR', 'MANAGER', 'QC', 'PIC_TICKET'];
// a supervisor answers the hands re-routed to them (R-X-2) from the same queue as a TL
const ONLY = {
  '/queue': ['TEAM_LEADER', 'SUPERVISOR'],
  '/pic': ['PIC_TICKET'],
  '/duty': ['TEAM_LEADER'],
  '/new': ['AGENT'],
  '/floor': ['AGENT', 'TEAM_LEADER', 'SUPERVISOR', 'MANAGER'],
  '/kpis': ['SUPERVISOR', 'MANAGER', 'QC'],
  '/telkomcare': ['AGENT', 'TEAM_LEADER', 'SUPERVISOR', 'MANAGER', 'QC', 'PIC_TICKET'],
  '/setup': ['ADMIN'],
  '/units': ['LIAISON_OFFICER', 'SUPERVISOR', 'MANAGER'],
  '/customers': CASE_VIEWERS,
};

function home(user) {
  if (user.role === 'TEAM_LEADER') return '/queue';
  if (user.role === 'PIC_TICKET') return '/pic';
  if (user.role === 'ADMIN') return '/setup';
  if (user.role === 'LIAISON_OFFICER') return '/units';
  if (CASE_VIEWERS.includes(user.role)) return '/cases';
  return '/no-access';
}

router.route('/login', loginScreen);
router.route('/queue', queueScreen);
router.route('/duty', dutyScreen);
router.route('/cases', casesScreen);
router.route('/new', newCaseScreen);
router.route('/cases/:id', caseScreen);
router.route('/kpis', kpisScreen);
router.route('/telkomcare', telkomcareScreen);
router.route('/pic', picScreen);
router.route('/floor', floorScreen);
router.route('/setup', setupScreen);
router.route('/units', unitsScreen);
router.route('/customers', customersScreen);
router.route('/customers/:id', customerScreen);
router.route('/no-access', noAccessScreen);
router.route('/404', notFoundScreen);

router.setGuard((path) => {
  const user = session.user();
  if (!user) return path === '/login' ? null : '/login';
  if (path === '/login' || path === '/') return home(user);
  if (ONLY[path] && !ONLY[path].includes(user.role)) return home(user);
  if (/^\/(cases|customers)(\/|$)/.test(path) && !CASE_VIEWERS.includes(user.role)) return '/no-access';
  return null;
});

// whose tablets the alerts sound on (R-F-5), and who may be woken by push
const ALERTED = ['TEAM_LEADER', 'SUPERVISOR', 'MANAGER'];

function startFor(user) {
  directory.reset();
  directory.warmNames();
  live.start();
  // the manager too: the third stage of an overdue alert sounds on their tablet (R-F-5)
  if (ALERTED.includes(user.role)) {
    floor.start(user);
    notify.resume();
  }
}

function stopAll() {
  floor.stop();
  live.stop();
  directory.reset();
}

session.onChange((user) => {
  if (user) {
    startFor(user);
    router.go(home(user));
  } else {
    stopAll();
    router.go('/login');
  }
  renderHeader();
});

setLang(getLang());
document.addEventListener('pointerdown', unlockAudio, { passive: true });
document.addEventListener('keydown', unlockAudio, { passive: true });
mountHeader(document.getElementById('app-header'));
mountOffline(document.getElementById('offline'));
mountStale(document.getElementById('stale'));
window.addEventListener('sigap:route', renderOffline);
window.addEventListener('sigap:route', renderStale);
floor.onOverdue((event) => {
  const text = t(`clocks.alert.${event.type}`);
  toast(text);
  announce(text);
  notify.alert(event);
});
// a hand for me while the page is hidden: a system notification besides the beep
floor.subscribe(({ fresh }) => fresh.forEach((c) => notify.hand(c)));
session.onChange((user) => {
  // signed out: the worker loses the token too
  if (!user || ALERTED.includes(user.role)) notify.rememberDevice();
});
if (session.user()) startFor(session.user());
router.start(document.getElementById('main'));

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((e) => console.warn('Service worker not registered', e));
  });
}
