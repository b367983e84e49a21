// The raised hand's state, in big colour: red waiting, amber "TL sedang mendengarkan", green at
// the desk. The slot is an aria-live region that stays in the page while its content changes.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';
import { elapsed } from '../../format.js';
import { personLabel } from '../../state/directory.js';
import './banner.css';

export function bannerSignature(c) {
  const e = c.escalation;
  return c.status === 'CLOSED' || !e ? 'none' : `${e.id}:${e.status}:${e.targetTl}`;
}

export function banner(c) {
  const e = c.escalation;
  if (!e || c.status === 'CLOSED') return null;
  const since = { RAISED: e.raisedAt, LISTENING: e.acknowledgedAt, AT_WORKSTATION: e.arrivedAt }[e.status];
  return h(
    'div',
    { class: `banner banner--${e.status.toLowerCase()}` },
    h('p', { class: 'banner__title' }, t(`esc.${e.status}`)),
    h(
      'p',
      { class: 'banner__meta' },
      e.status === 'RAISED' ? t('esc.target', { tl: personLabel(e.targetTl) }) : personLabel(e.targetTl),
      since ? ' · ' : null,
      since
        ? h('span', { class: 'banner__timer', role: 'timer', 'aria-live': 'off', dataset: { since } }, elapsed(since))
        : null,
      e.takeoverRequested ? ` · ${t('esc.takeover')}` : null,
    ),
  );
}
