// R-C-8: the customer's other cases, so the TL knows the history before calling back, the
// closed case this contact repeats, and the way to the customer's whole record.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';
import { get } from '../../api.js';
import { dateTime } from '../../format.js';
import { statusChip } from '../../components/badges.js';
import './history.css';

const LOOKS_UP = ['AGENT', 'TEAM_LEADER', 'SUPERVISOR', 'MANAGER', 'QC', 'PIC_TICKET'];

/**
 * The section, filled once the customer's record arrives, with a link to it; null when the case
 * names no customer the viewer may look up.
 */
export function history(c, me) {
  if (!LOOKS_UP.includes(me.role)) return null;
  const phone = c.customer?.phone;
  const whole = phone && !phone.includes('*');
  // a whole number finds the record it is part of now; otherwise the case's own customer
  const path = whole
    ? `/customers?phone=${encodeURIComponent(phone)}`
    : c.customer?.id
      ? `/customers/${encodeURIComponent(c.customer.id)}`
      : null;
  if (!path) return null;
  const list = h('ul', { class: 'history__list' });
  const record = h('a', { class: 'history__record' }, t('history.record'));
  const section = h(
    'section',
    { class: 'card history', 'aria-labelledby': 'history-title', hidden: true },
    h('h2', { id: 'history-title' }, t('history.title')),
    list,
    h('p', { class: 'history__more' }, record),
  );
  get(path).then(
    (customer) => {
      const others = (customer.cases ?? []).filter((other) => other.id !== c.id);
      list.replaceChildren(
        ...(others.length
          ? others.map((other) => item(other, c.repeatOf))
          : [h('li', { class: 'muted' }, t('history.none'))]),
      );
      record.href = `#/customers/${encodeURIComponent(customer.id)}`;
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
