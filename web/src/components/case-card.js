// One case in a list: the whole card is the link to the case page.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { dateTime } from '../format.js';
import { personLabel } from '../state/directory.js';
import { statusChip, hardChip, handChip } from './badges.js';
import './case-card.css';

/** c is a case summary ({customerName}) or a full case ({customer: {name}}). */
export function caseCard(c, { me } = {}) {
  const name = c.customerName ?? c.customer?.name ?? '';
  const handler = c.handlingTl
    ? c.handlingTl === me
      ? t('duty.mine')
      : t('duty.handledBy', { tl: personLabel(c.handlingTl) })
    : null;
  return h(
    'li',
    { class: 'case-card' },
    h(
      'a',
      { class: 'case-card__link', href: `#/cases/${encodeURIComponent(c.id)}` },
      h(
        'span',
        { class: 'case-card__chips' },
        statusChip(c.status),
        hardChip(c.hardComplaint),
        c.status !== 'CLOSED' ? handChip(c.escalation) : null,
      ),
      h('span', { class: 'case-card__name' }, name),
      h('span', { class: 'case-card__summary' }, c.summary ?? ''),
      h(
        'span',
        { class: 'case-card__meta' },
        [
          dateTime(c.createdAt),
          t('cases.createdBy', { agent: personLabel(c.createdBy) }),
          c.clusterId ? t('user.cluster', { cluster: c.clusterId }) : null,
          handler,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
    ),
  );
}
