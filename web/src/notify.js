// System notifications for the alerts addressed to me (alertFor, R-F-5), and Web Push so that they
// reach a tablet whose page sleeps. Permission is asked only from a tap on the queue's button.
// The service worker shows pushes and acknowledges from the notification's action; it cannot read
// localStorage, so the token and the texts it needs are kept for it in a cache of their own.
import { t } from './i18n.js';
import { get, post, api } from './api.js';
import * as session from './session.js';
import * as router from './router.js';

export const DEVICE_CACHE = 'sigap-device';
const DEVICE_URL = '/__sigap/device';
const listeners = new Set();
let pushState = 'unknown'; // unknown | subscribed | unavailable | failed

export function supported() {
  return typeof window !== 'undefined' && 'Notification' in window;
}

/** 'unsupported' | 'default' | 'granted' | 'denied' */
export function permission() {
  return supported() ? Notification.permission : 'unsupported';
}

export function push() {
  return pushState;
}

export function onChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function changed() {
  listeners.forEach((fn) => fn());
}

/** From the button's tap: asks once, then subscribes this browser to push. */
export async function enable() {
  if (!supported()) return;
  if (Notification.permission === 'default') await Notification.requestPermission();
  changed();
  if (Notification.permission === 'granted') {
    await rememberDevice();
    await subscribePush();
  }
}

/** On start and sign-in: keeps the push subscription up to date when permission was given before. */
export async function resume() {
  await rememberDevice();
  if (permission() === 'granted') await subscribePush();
}

async function registration() {
  if (!('serviceWorker' in navigator)) return null;
  return (await navigator.serviceWorker.getRegistration()) ?? null;
}

function urlKey(text) {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

function sameBytes(a, b) {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

async function subscribePush() {
  try {
    const reg = await registration();
    if (!reg || !('pushManager' in reg)) {
      pushState = 'unavailable';
      return;
    }
    const { publicKey } = await get('/push/vapid-public-key');
    let subscription = await reg.pushManager.getSubscription();
    const key = subscription?.options?.applicationServerKey;
    if (subscription && key && !sameBytes(new Uint8Array(key), urlKey(publicKey))) {
      // made for another server key: browsers keep one subscription per worker
      await subscription.unsubscribe();
      subscription = null;
    }
    subscription ??= await reg.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: urlKey(publicKey),
    });
    const { endpoint, keys } = subscription.toJSON();
    await post('/push/subscriptions', { endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth } });
    pushState = 'subscribed';
  } catch (e) {
    // no push service reachable (a closed network, a browser without one): notifications still
    // show while the page runs
    console.warn('Web Push not available', e?.message ?? e);
    pushState = 'unavailable';
  } finally {
    changed();
  }
}

/** Before signing out: this browser stops waking for the person leaving. */
export async function forget() {
  try {
    const reg = await registration();
    const subscription = await reg?.pushManager?.getSubscription();
    if (subscription) {
      await api('/push/subscriptions', { method: 'DELETE', body: { endpoint: subscription.endpoint } }).catch(() => {});
      await subscription.unsubscribe();
    }
  } catch {
    // the push service answers 410 to the next push, and the server forgets it then
  }
  pushState = 'unknown';
  await clearDevice();
}

/** What the service worker needs: the bearer token, and the texts in the chosen language. */
export async function rememberDevice() {
  if (!('caches' in window)) return;
  const token = session.token();
  if (!token) return clearDevice();
  const record = {
    token,
    username: session.user()?.username,
    texts: {
      hand: t('notify.hand.title'),
      handBody: t('notify.hand.body'),
      handBodyUnknown: t('notify.hand.bodyUnknown'),
      ack: t('action.acknowledge'),
      acknowledged: t('notify.acknowledged'),
      PROGRESS_CHECK_OVERDUE: t('clocks.alert.PROGRESS_CHECK_OVERDUE'),
      CALLBACK_OVERDUE: t('clocks.alert.CALLBACK_OVERDUE'),
      HANDOVER_REQUESTED: t('clocks.alert.HANDOVER_REQUESTED'),
      open: t('notify.open'),
    },
  };
  try {
    const cache = await caches.open(DEVICE_CACHE);
    await cache.put(
      DEVICE_URL,
      new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }),
    );
  } catch {
    // storage blocked: the notification's action opens the hand instead
  }
}

async function clearDevice() {
  if (!('caches' in window)) return;
  await caches.delete(DEVICE_CACHE).catch(() => {});
}

/** A new hand for me while the page is hidden: a system notification, tapped to open the hand. */
export async function hand(c) {
  if (document.visibilityState === 'visible' || permission() !== 'granted') return;
  const e = c.escalation;
  const raised = [...(c.timeline ?? [])].reverse().find((ev) => ev.type === 'HAND_RAISED' && ev.escalationId === e.id);
  const cluster = raised?.clusterId ?? c.clusterId ?? '—';
  const body = raised?.workstation
    ? t('notify.hand.body', { desk: raised.workstation, cluster })
    : t('notify.hand.bodyUnknown', { cluster });
  await show(t('notify.hand.title'), {
    body: `${c.customer?.name ?? ''}\n${body}`.trim(),
    // the same tag as the push of this hand: one notification, whichever came first
    tag: `hand-${e.id}`,
    data: { caseId: c.id, escalationId: e.id, url: `/#/cases/${encodeURIComponent(c.id)}` },
    actions: [{ action: 'ack', title: t('action.acknowledge') }],
  });
}

/** An overdue duty or a handover for me while the page is hidden. */
export async function alert(event) {
  if (document.visibilityState === 'visible' || permission() !== 'granted') return;
  await show(t(`clocks.alert.${event.type}`), {
    body: t('notify.open'),
    tag: `event-${event.id ?? event.caseId}`,
    data: { caseId: event.caseId, url: `/#/cases/${encodeURIComponent(event.caseId)}` },
  });
}

async function show(title, options) {
  const full = { icon: '/icons/icon-192.png', badge: '/icons/favicon-32.png', requireInteraction: true, ...options };
  try {
    const reg = await registration();
    if (reg) return await reg.showNotification(title, full);
    // no service worker (e.g. a development server): a plain notification, without the action
    const { actions, ...plain } = full;
    void actions;
    const n = new Notification(title, plain);
    n.onclick = () => {
      window.focus();
      router.go(plain.data.url.replace(/^\/#/, ''));
      n.close();
    };
  } catch (e) {
    console.warn('Notification not shown', e?.message ?? e);
  }
}

if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator) {
  // the service worker acknowledged from a notification: show it here at once
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data?.type === 'sigap:acknowledged')
      window.dispatchEvent(new CustomEvent('sigap:acknowledged', { detail: event.data }));
  });
}
