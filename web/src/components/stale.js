// "Data mungkin usang": shown while nothing has come from the server for two heartbeats (the
// stream's state, live.js), and gone by itself when it is back. What is on screen is then marked
// as not current, as it is offline.
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import * as live from '../live.js';
import * as session from '../session.js';
import './offline.css';

let slot = null;

export function mountStale(el) {
  slot = el;
  live.onState(renderStale);
  live.onStale(renderStale);
}

/** Redrawn on a language switch too. */
export function renderStale() {
  if (!slot) return;
  const stale = Boolean(session.user()) && live.isStale();
  document.body.classList.toggle('is-stale', stale);
  fill(
    slot,
    stale
      ? h(
          'div',
          { class: 'offline stale', role: 'alert' },
          h('p', { class: 'offline__title' }, t('stale.title')),
          h('p', { class: 'offline__detail' }, t('stale.detail', { seconds: (2 * live.HEARTBEAT_MS) / 1000 })),
        )
      : null,
  );
}
