// Every case the user may see, with status filters: the floor's view for SPV, managers and QC,
// the cluster's for a TL, and an agent's own cases.
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { get } from '../api.js';
import * as session from '../session.js';
import * as live from '../live.js';
import * as floor from '../state/floor.js';
import { warmNames } from '../state/directory.js';
import { caseCard } from '../components/case-card.js';
import { problemBox } from '../components/problem.js';
import { checkbox } from '../components/forms.js';
import './cases.css';

const FILTERS = ['ACTIVE', 'OPEN', 'ESCALATED', 'IN_PROGRESS', 'CLOSED', 'ALL'];
// kept while the app is open, so coming back from a case shows the same list
const remembered = { user: null, filter: 'ACTIVE', onlyHard: null, ticket: '' };

export function casesScreen(container) {
  const me = session.user();
  const isAgent = me.role === 'AGENT';
  if (remembered.user !== me.username)
    Object.assign(remembered, { user: me.username, filter: 'ACTIVE', onlyHard: !isAgent, ticket: '' });
  const list = h('ul', { class: 'cards', 'aria-labelledby': 'cases-title' });
  const status = h('div', { 'aria-live': 'polite' });
  const count = h('p', { class: 'muted cases__count' });
  const chips = h('div', { class: 'filters', role: 'group', 'aria-label': t('cases.filter') });
  const hardOnly = checkbox('onlyHard', t('cases.onlyHard'), {
    checked: remembered.onlyHard,
    on: {
      change: (e) => {
        remembered.onlyHard = e.target.checked;
        load();
      },
    },
  });
  // R-I-1: the complaint application's ticket number finds its case
  const ticket = h('input', {
    type: 'search',
    name: 'ticket',
    class: 'cases__ticket',
    maxlength: 64,
    autocomplete: 'off',
    value: remembered.ticket,
    placeholder: t('cases.ticketPlaceholder'),
    'aria-label': t('cases.ticket'),
    on: {
      change: () => {
        remembered.ticket = ticket.value.trim();
        load();
      },
    },
  });
  // a supervisor sees the hands re-routed to them (R-X-2) above the overview, live
  const rerouted = h('div', { class: 'rerouted-slot', 'aria-live': 'assertive' });
  let signature = null;
  let inFlight = false;
  let pending = false;
  let stopped = false;

  container.append(
    h(
      'div',
      { class: 'page' },
      h(
        'div',
        { class: 'page__head page__head--row' },
        h('h1', { id: 'cases-title' }, t(isAgent ? 'cases.titleAgent' : 'cases.title')),
        isAgent ? h('a', { class: 'btn btn--primary btn--big', href: '#/new' }, t('cases.new')) : null,
      ),
      me.role === 'SUPERVISOR' ? rerouted : null,
      h('div', { class: 'toolbar' }, chips, hardOnly, ticket),
      count,
      status,
      list,
    ),
  );

  renderChips();
  const unsubscribe = live.subscribe(() => load());
  const unsubscribeFloor = me.role === 'SUPERVISOR' ? floor.subscribe(renderRerouted) : () => {};
  renderRerouted();
  warmNames().then(() => {
    signature = null;
    load();
  });

  return () => {
    stopped = true;
    unsubscribe();
    unsubscribeFloor();
  };

  function renderRerouted() {
    if (me.role !== 'SUPERVISOR') return;
    const hands = floor.hands();
    const key = JSON.stringify(hands.map((c) => [c.id, c.escalation.status, c.customer?.name]));
    if (rerouted.dataset.key === key) return;
    rerouted.dataset.key = key;
    fill(
      rerouted,
      hands.length
        ? h(
            'section',
            { class: 'rerouted', 'aria-labelledby': 'rerouted-title' },
            h('h2', { id: 'rerouted-title', class: 'rerouted__title' }, t('spv.rerouted', { count: hands.length })),
            h('p', null, t('spv.reroutedLead')),
            h(
              'ul',
              { class: 'rerouted__list' },
              hands.map((c) =>
                h(
                  'li',
                  null,
                  h('a', { href: `#/cases/${encodeURIComponent(c.id)}` }, c.customer?.name ?? '—'),
                  ` · ${t(c.escalation.status === 'RAISED' ? 'esc.raisedShort' : 'esc.listeningShort')} · ${t('user.cluster', { cluster: c.clusterId ?? '—' })}`,
                ),
              ),
            ),
            h('a', { class: 'btn btn--raise btn--big', href: '#/queue' }, t('spv.openQueue')),
          )
        : null,
    );
  }

  function renderChips() {
    fill(
      chips,
      FILTERS.map((f) =>
        h(
          'button',
          {
            type: 'button',
            class: 'filter',
            'aria-pressed': String(remembered.filter === f),
            on: {
              click: () => {
                remembered.filter = f;
                renderChips();
                load();
              },
            },
          },
          t(`status.${f}`),
        ),
      ),
    );
  }

  async function load() {
    if (stopped) return;
    if (inFlight) {
      pending = true;
      return;
    }
    inFlight = true;
    const filter = remembered.filter;
    try {
      // a ticket number names one case: it is found whatever the filters say
      const byTicket = Boolean(remembered.ticket);
      const query = byTicket
        ? `ticket=${encodeURIComponent(remembered.ticket)}&`
        : ['OPEN', 'ESCALATED', 'IN_PROGRESS', 'CLOSED'].includes(filter)
          ? `status=${filter}&`
          : '';
      let cases = await get(`/cases?${query}size=200`);
      if (stopped) return;
      if (!byTicket && filter === 'ACTIVE') cases = cases.filter((c) => c.status !== 'CLOSED');
      if (!byTicket && remembered.onlyHard) cases = cases.filter((c) => c.hardComplaint);
      status.replaceChildren(cases.length ? '' : h('p', { class: 'empty' }, t('cases.empty')));
      count.textContent = t('cases.count', { count: cases.length });
      const next = JSON.stringify([filter, remembered.onlyHard, remembered.ticket, cases]);
      if (next !== signature) {
        signature = next;
        fill(
          list,
          cases.map((c) => caseCard(c, { me: me.username })),
        );
      }
    } catch (e) {
      if (!stopped) status.replaceChildren(problemBox(e));
    } finally {
      inFlight = false;
      if (pending) {
        pending = false;
        load();
      }
    }
  }
}
