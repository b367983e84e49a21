// R-C-8: the customer's other cases, so the TL knows the history before calling back, and the
// closed case this contact repeats.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';
import { get } from '../../api.js';
import { dateTime } from '../../format.js';
import { statusChip } from '../../components/badges.js';
import './history.css';

const LOOKS_UP = ['AGENT', 'TEAM_LEADER', 'SUPERVISOR', 'MANAGER', 'QC', 'PIC_TICKET'];

/** The section, filled once the customer's cases arrive; null when there is nothing to show. */
export function history(c, me) {
  const phone = c.customer?.phone;
  if (!phone || phone.includes('*') || !LOOKS_UP.includes(me.role)) return null;
  const list = h('ul', { class: 'history__list' });
  const section = h(
    'section',
    { class: 'card history', 'aria-labelledby': 'history-title', hidden: true },
    h('h2', { id: 'history-title' }, t('history.title')),
    list,
  );
  get(`/customers?phone=${encodeURIComponent(phone)}`).then(
    (customer) => {
      const others = (customer.cases ?? []).filter((other) => other.id !== c.id);
      if (!others.length) return;
      list.replaceChildren(...others.map((other) => item(other, c.repeatOf)));
      section.hidden = false;
    },
    () => {}, // no history to show: the case page stands without it
  );
  return section;
}

function item(other, repeatOf) {
  return h(
    'li',
    { class: 'history__item' },
    h('a', { href: `#/cases/${encodeURIComponent(other.id)}` }, other.summary ?? other.id),
    ' ',
    statusChip(other.status),
    h('span', { class: 'muted' }, ` ${dateTime(other.createdAt)}`),
    other.id === repeatOf ? h('strong', { class: 'history__repeat' }, ` · ${t('history.repeatOf')}`) : null,
  );
}
