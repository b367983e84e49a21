// The floor (R-F-2): check in at a desk and out again, and who is where, free, busy or away, per
// cluster, with the hands waiting and the duties overdue. Kept fresh from the live feed.
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { get, post } from '../api.js';
import * as session from '../session.js';
import * as live from '../live.js';
import * as floor from '../state/floor.js';
import { loadDesks, personLabel, warmNames } from '../state/directory.js';
import { elapsed } from '../format.js';
import { select, field, busy } from '../components/forms.js';
import { problemBox, problemSlot } from '../components/problem.js';
import { toast } from '../components/toast.js';
import * as wake from '../wake.js';
import './floor.css';

const CHECKS_IN = new Set(['AGENT', 'TEAM_LEADER', 'SUPERVISOR']);
const SEES_DUTIES = new Set(['TEAM_LEADER', 'SUPERVISOR', 'MANAGER']);
const POLL_MS = 15000;

export function floorScreen(container) {
  const me = session.user();
  const mine = h('section', { class: 'card presence-me', 'aria-labelledby': 'me-title' });
  const board = h('div', { class: 'floor-board', 'aria-live': 'polite' });
  container.append(
    h(
      'div',
      { class: 'page' },
      h(
        'div',
        { class: 'page__head' },
        h('h1', { id: 'floor-title' }, t('floor.title')),
        h('p', { class: 'lead' }, t('floor.lead')),
      ),
      CHECKS_IN.has(me.role) ? mine : null,
      board,
    ),
  );

  let people = [];
  let desks = [];
  let duties = [];
  let error = null;
  let stopped = false;
  let pending = null;
  // events come in bursts; check-ins are not events, hence the slow poll beside them
  const soon = () => {
    clearTimeout(pending);
    pending = setTimeout(refresh, 300);
  };
  const unsubscribeLive = live.subscribe(soon);
  const unsubscribeFloor = floor.subscribe(() => renderBoard());
  const ticker = setInterval(tick, 1000);
  const poller = setInterval(refresh, POLL_MS);
  warmNames().then(refresh);
  if (!floor.isLoaded()) floor.refreshAll();
  return () => {
    stopped = true;
    unsubscribeLive();
    unsubscribeFloor();
    clearInterval(ticker);
    clearInterval(poller);
    clearTimeout(pending);
  };

  async function refresh() {
    try {
      [people, desks, duties] = await Promise.all([
        get('/presence'),
        loadDesks(),
        SEES_DUTIES.has(me.role) ? get('/duties') : Promise.resolve([]),
      ]);
      error = null;
    } catch (e) {
      error = e;
    }
    if (stopped) return;
    renderMine();
    renderBoard();
  }

  function myself() {
    return people.find((p) => p.username === me.username);
  }

  /** The desks the rules let me take: an agent a workstation of their cluster, a TL a TL desk of theirs. */
  function offered() {
    const taken = new Map(people.filter((p) => p.deskId).map((p) => [p.deskId, p.username]));
    return desks
      .filter((d) => {
        if (me.role === 'AGENT') return d.kind === 'WORKSTATION' && d.clusterId === me.clusterId;
        if (me.role === 'TEAM_LEADER') return d.kind !== 'WORKSTATION' && d.clusterId === me.clusterId;
        return d.kind !== 'WORKSTATION';
      })
      .filter((d) => !taken.has(d.id) || taken.get(d.id) === me.username);
  }

  function renderMine() {
    if (!CHECKS_IN.has(me.role)) return;
    const self = myself();
    const problem = problemSlot();
    const desk = select(
      'deskId',
      offered().map((d) => ({ value: d.id, label: deskLabel(d) })),
      { required: true },
    );
    if (self?.deskId) desk.value = self.deskId;
    const checkIn = h('button', { type: 'submit', class: 'btn btn--primary btn--big' }, t('floor.checkIn'));
    const checkOut = h(
      'button',
      { type: 'button', class: 'btn btn--secondary btn--big', on: { click: onCheckOut } },
      t('floor.checkOut'),
    );
    fill(
      mine,
      h('h2', { id: 'me-title' }, t('floor.me')),
      h('p', { class: `presence-status presence-status--${(self?.status ?? 'AWAY').toLowerCase()}` }, statusText(self)),
      h(
        'form',
        { class: 'presence-form', on: { submit: onCheckIn } },
        field(t('floor.desk'), desk),
        problem.el,
        h('div', { class: 'presence-form__buttons' }, checkIn, self?.deskId ? checkOut : null),
      ),
    );

    async function onCheckIn(event) {
      event.preventDefault();
      problem.clear();
      await busy(checkIn, t('actions.busy'), async () => {
        try {
          await post('/presence/check-in', { deskId: desk.value });
          wake.setCheckedIn(true);
          toast(t('floor.checkedIn', { desk: desk.value }));
          await refresh();
        } catch (e) {
          problem.show(e);
        }
      });
    }

    async function onCheckOut() {
      problem.clear();
      await busy(checkOut, t('actions.busy'), async () => {
        try {
          await post('/presence/check-out', {});
          wake.setCheckedIn(false);
          toast(t('floor.checkedOut'));
          await refresh();
        } catch (e) {
          problem.show(e);
        }
      });
    }
  }

  function renderBoard() {
    if (stopped) return;
    if (error) {
      fill(board, problemBox(error));
      return;
    }
    const clusters = [...new Set(people.map((p) => p.clusterId).filter(Boolean))].sort();
    const waiting = floor.allHands();
    const overdue = duties.filter((d) => d.overdueCount > 0);
    fill(
      board,
      clusters.map((cluster) => clusterCard(cluster, waiting, overdue)),
      clusterCard(null, waiting, overdue),
    );
    tick();
  }

  function clusterCard(cluster, waiting, overdue) {
    const here = people.filter((p) => (p.clusterId ?? null) === cluster);
    if (!here.length) return null;
    const hands = waiting.filter((c) => cluster === null || c.clusterId === cluster);
    const order = { TEAM_LEADER: 0, SUPERVISOR: 1, AGENT: 2 };
    here.sort((a, b) => (order[a.role] ?? 3) - (order[b.role] ?? 3) || a.username.localeCompare(b.username));
    return h(
      'section',
      { class: 'card floor-cluster', 'aria-label': cluster ? t('user.cluster', { cluster }) : t('floor.noCluster') },
      h('h2', null, cluster ? t('user.cluster', { cluster }) : t('floor.noCluster')),
      h(
        'ul',
        { class: 'floor-people' },
        here.map((p) => personRow(p, hands, overdue)),
      ),
      cluster && hands.length
        ? h(
            'div',
            { class: 'floor-hands' },
            h('h3', null, t('floor.hands', { count: hands.length })),
            h(
              'ul',
              null,
              hands.map((c) =>
                h(
                  'li',
                  { class: `floor-hand floor-hand--${c.escalation.status.toLowerCase()}` },
                  h('a', { href: `#/cases/${encodeURIComponent(c.id)}` }, c.customer.name),
                  ' · ',
                  personLabel(c.escalation.targetTl),
                  ' · ',
                  h(
                    'span',
                    {
                      class: 'floor-hand__timer',
                      role: 'timer',
                      'aria-live': 'off',
                      dataset: { since: c.escalation.raisedAt },
                    },
                    elapsed(c.escalation.raisedAt),
                  ),
                ),
              ),
            ),
          )
        : null,
    );
  }

  function personRow(p, hands, overdue) {
    const openHands = hands.filter((c) => c.escalation.targetTl === p.username).length;
    const late = overdue.filter((d) => d.handlingTl === p.username).length;
    return h(
      'li',
      { class: `floor-person floor-person--${p.status.toLowerCase()}`, dataset: { username: p.username } },
      h('span', { class: 'floor-person__name' }, personLabel(p.username)),
      h('span', { class: 'floor-person__role' }, t(`role.${p.role}`)),
      h('span', { class: 'floor-person__desk' }, p.deskId ?? '—'),
      h('span', { class: 'floor-person__status' }, t(`presence.${p.status}`)),
      p.role === 'TEAM_LEADER' || p.role === 'SUPERVISOR'
        ? h('span', { class: 'floor-person__load' }, t('floor.load', { hands: openHands, late }))
        : null,
    );
  }

  function tick() {
    const now = Date.now();
    for (const el of board.querySelectorAll('[data-since]')) el.textContent = elapsed(el.dataset.since, now);
  }
}

function statusText(self) {
  if (!self?.deskId) return t('presence.AWAY');
  return `${t(`presence.${self.status}`)} · ${t('floor.at', { desk: self.deskId })}`;
}

function deskLabel(d) {
  return `${d.id} · ${t(`desk.${d.kind}`, { cluster: d.clusterId ?? '—' })}${d.voiceRecording ? '' : ` · ${t('floor.unrecorded')}`}`;
}
