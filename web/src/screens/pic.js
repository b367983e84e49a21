// The PIC Ticket's home (R-TC-3): the TelkomCare escalations a TL handed to them, with their
// progress-check and call-back (reply) clocks and the follow-up the procedure allows now; below,
// the TelkomCare escalations still waiting for a TL's hand-over, to read.
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { get } from '../api.js';
import * as session from '../session.js';
import * as live from '../live.js';
import * as router from '../router.js';
import { dateTime } from '../format.js';
import { warmNames } from '../state/directory.js';
import { statusChip, hardChip } from '../components/badges.js';
import { problemBox } from '../components/problem.js';
import { dutyClocks } from '../components/duty-clocks.js';
import { openActionOnArrival } from './case/actions.js';
import '../components/forms.css';
import '../components/case-card.css';
import './pic.css';

const FOLLOW_UP = ['coordinate', 'progress-check', 'call-back', 'close'];
const PARALLEL = 6;

export function picScreen(container) {
  const me = session.user();
  const held = h('ul', { class: 'cards', 'aria-labelledby': 'pic-held-title' });
  const waiting = h('ul', { class: 'cards', 'aria-labelledby': 'pic-waiting-title' });
  const status = h('div', { 'aria-live': 'polite' });
  const heldEmpty = h('p', { class: 'empty', hidden: true }, t('pic.empty'));
  const waitingEmpty = h('p', { class: 'muted', hidden: true }, t('pic.waitingEmpty'));
  let heldIds = new Set();
  const clocks = dutyClocks({ keep: (d) => heldIds.has(String(d.caseId)), lead: t('pic.clocksLead') });
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
        { class: 'page__head' },
        h('h1', { id: 'pic-title' }, t('pic.title')),
        h('p', { class: 'lead' }, t('pic.lead')),
      ),
      status,
      h('h2', { id: 'pic-held-title', class: 'section-title' }, t('pic.heldTitle')),
      held,
      heldEmpty,
      clocks.element,
      h('h2', { id: 'pic-waiting-title', class: 'section-title' }, t('pic.waitingTitle')),
      h('p', { class: 'muted' }, t('pic.waitingLead')),
      waiting,
      waitingEmpty,
    ),
  );

  const unsubscribe = live.subscribe(() => load());
  warmNames().then(() => {
    signature = null;
    load();
  });
  load();

  return () => {
    stopped = true;
    unsubscribe();
    clocks.stop();
  };

  async function load() {
    if (stopped) return;
    if (inFlight) {
      pending = true;
      return;
    }
    inFlight = true;
    try {
      const lists = await Promise.all(['ESCALATED', 'IN_PROGRESS'].map((s) => get(`/cases?status=${s}&size=200`)));
      const ids = lists.flat().map((c) => c.id);
      const cases = [];
      for (let i = 0; i < ids.length; i += PARALLEL) {
        const batch = await Promise.all(
          ids.slice(i, i + PARALLEL).map((id) => get(`/cases/${encodeURIComponent(id)}`).catch(() => null)),
        );
        cases.push(...batch.filter((c) => c && c.telkomcare));
      }
      if (stopped) return;
      cases.sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)));
      const mine = cases.filter((c) => c.telkomcare.picTicket === me.username);
      const notHanded = cases.filter((c) => !c.telkomcare.picTicket);
      heldIds = new Set(mine.map((c) => c.id));
      fill(status);
      heldEmpty.hidden = mine.length > 0;
      waitingEmpty.hidden = notHanded.length > 0;
      const next = JSON.stringify([mine.map(sig), notHanded.map(sig)]);
      if (next !== signature) {
        signature = next;
        fill(held, mine.map(heldCard));
        fill(waiting, notHanded.map(waitingCard));
        clocks.refresh();
      }
    } catch (e) {
      if (!stopped) fill(status, problemBox(e));
    } finally {
      inFlight = false;
      if (pending) {
        pending = false;
        load();
      }
    }
  }

  function sig(c) {
    return [c.id, c.status, c.hardComplaint, c.allowedActions, c.customer, c.summary, c.telkomcare, c.timeline?.length];
  }

  function heldCard(c) {
    const allowed = FOLLOW_UP.filter((a) => c.allowedActions?.includes(a));
    const link = `#/cases/${encodeURIComponent(c.id)}`;
    return h(
      'li',
      { class: 'case-card pic-card', dataset: { caseId: c.id } },
      h(
        'div',
        { class: 'pic-card__body' },
        h('span', { class: 'case-card__chips' }, statusChip(c.status), hardChip(c.hardComplaint)),
        h('h3', { class: 'case-card__name' }, h('a', { href: link }, c.customer?.name ?? c.telkomcare.author ?? '—')),
        h('p', { class: 'case-card__summary' }, c.summary ?? ''),
        h(
          'p',
          { class: 'case-card__meta' },
          [c.telkomcare.author, verdictText(c), t('pic.handedAt', { time: dateTime(handedAt(c)) })]
            .filter(Boolean)
            .join(' · '),
        ),
      ),
      h(
        'div',
        { class: 'pic-card__actions', role: 'group', 'aria-label': t('actions.followUp') },
        allowed.map((a) =>
          h(
            'button',
            {
              type: 'button',
              class: `btn btn--big ${a === 'progress-check' ? 'btn--primary' : 'btn--secondary'}`,
              on: {
                click: () => {
                  openActionOnArrival(c.id, a);
                  router.go(`/cases/${encodeURIComponent(c.id)}`);
                },
              },
            },
            a === 'call-back' ? t('action.call-back.telkomcare') : t(`action.${a}`),
          ),
        ),
        allowed.length ? null : h('p', { class: 'muted' }, t('pic.noAction')),
      ),
    );
  }

  function waitingCard(c) {
    return h(
      'li',
      { class: 'case-card' },
      h(
        'a',
        { class: 'case-card__link', href: `#/cases/${encodeURIComponent(c.id)}` },
        h('span', { class: 'case-card__chips' }, statusChip(c.status), hardChip(c.hardComplaint)),
        h('span', { class: 'case-card__name' }, c.customer?.name ?? c.telkomcare.author ?? '—'),
        h('span', { class: 'case-card__summary' }, c.summary ?? ''),
        h(
          'span',
          { class: 'case-card__meta' },
          [c.telkomcare.author, verdictText(c), c.clusterId ? t('user.cluster', { cluster: c.clusterId }) : null]
            .filter(Boolean)
            .join(' · '),
        ),
      ),
    );
  }
}

function verdictText(c) {
  const met = c.telkomcare?.assessment?.criteriaMet;
  return met == null ? null : t('pic.criteriaMet', { count: met });
}

function handedAt(c) {
  return [...(c.timeline ?? [])].reverse().find((e) => e.type === 'PIC_ASSIGNED')?.at ?? c.createdAt;
}
