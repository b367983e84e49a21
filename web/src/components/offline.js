// Says plainly when the device is offline (or the server cannot be reached). The app shell still opens from the service worker's
// cache, but case data is never cached: while offline what is on screen is marked as not current
// (greyed, with this notice), and the screens fetch again when the network is back.
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import * as network from '../network.js';
import './offline.css';

let slot = null;

export function mountOffline(el) {
  slot = el;
  window.addEventListener('online', renderOffline);
  window.addEventListener('offline', renderOffline);
  network.onChange(renderOffline);
  renderOffline();
}

/** Offline as the browser says, or as the last request found: the server could not be reached. */
export function isOffline() {
  return (typeof navigator !== 'undefined' && navigator.onLine === false) || network.isUnreachable();
}

/** Redrawn on a language switch too. */
export function renderOffline() {
  if (!slot) return;
  const offline = isOffline();
  document.body.classList.toggle('is-offline', offline);
  fill(
    slot,
    offline
      ? h(
          'div',
          { class: 'offline', role: 'alert' },
          h('p', { class: 'offline__title' }, t('offline.title')),
          h('p', { class: 'offline__detail' }, t('offline.detail')),
        )
      : null,
  );
}
