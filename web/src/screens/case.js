// The case page: the raised hand's state, the complaint, the checklist, the allowed actions and
// the timeline. It refreshes on live events for this case (or every 2 s while polling) and
// redraws only the parts that changed, so a half-typed form is never lost.
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { get, download } from '../api.js';
import * as session from '../session.js';
import * as live from '../live.js';
import * as floor from '../state/floor.js';
import { warmNames } from '../state/directory.js';
import { clock, elapsed } from '../format.js';
import { statusChip, hardChip } from '../components/badges.js';
import { problemBox } from '../components/problem.js';
import { facts } from './case/facts.js';
import { banner, bannerSignature } from './case/banner.js';
import { checklist } from './case/checklist.js';
import { taps, forms, actionsSignature } from './case/actions.js';
import { timeline } from './case/timeline.js';
import { history } from './case/history.js';
import { telkomcarePanel, telkomcareSignature, isTelkomCare } from './case/telkomcare.js';
import './case.css';
import './case-print.css';

// QC, the SPV and the manager keep a case for the ISO 9001 audit: printed (the print stylesheet
// leaves the case and its whole timeline) or as the timeline's CSV.
const AUDITORS = ['QC', 'SUPERVISOR', 'MANAGER'];

function auditTools(c) {
  if (!AUDITORS.includes(session.user()?.role)) return null;
  const note = h('p', { class: 'muted case__audit-note', role: 'status' });
  return h(
    'p',
    { class: 'case__audit no-print' },
    h('button', { type: 'button', class: 'btn btn--quiet', on: { click: () => window.print() } }, t('case.print')),
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn--quiet',
        on: {
          click: () => {
            note.textContent = '';
            download(`/exports/cases/${encodeURIComponent(c.id)}/timeline.csv`, `sigap-case-${c.id}.csv`).catch((e) => {
              note.textContent = e.detail || e.title || t('case.exportFailed');
            });
          },
        },
      },
      t('case.exportCsv'),
    ),
    note,
  );
}

export function caseScreen(container, { id }) {
  const me = session.user();
  const isAgent = me.role === 'AGENT';
  const parts = {
    head: h('div', { class: 'case__head' }),
    banner: h('div', { class: 'banner-slot', role: 'status', 'aria-live': 'polite' }),
    status: h('div', { class: 'case__status' }),
    facts: h('div'),
    history: h('div'),
    checklist: h('div'),
    telkomcare: h('div'),
    taps: h('div'),
    actions: h('div'),
    timeline: h('div', { class: 'case__side' }),
  };
  const signatures = {};
  const ctx = { me, open: new Map(), done, checklistDirty: false };
  let current = null;
  let inFlight = false;
  let pending = false;
  let stopped = false;

  const mainColumn = isAgent
    ? [parts.telkomcare, parts.checklist, parts.facts, parts.actions, parts.history]
    : [parts.facts, parts.actions, parts.history, parts.telkomcare, parts.checklist];
  container.append(
    h(
      'div',
      { class: 'page case' },
      h(
        'p',
        { class: 'back' },
        h('a', { href: isAgent || me.role !== 'TEAM_LEADER' ? '#/cases' : '#/queue' }, `← ${t('case.back')}`),
      ),
      parts.head,
      parts.banner,
      parts.taps,
      parts.status,
      h('div', { class: 'case__grid' }, h('div', { class: 'case__main' }, mainColumn), parts.timeline),
    ),
  );
  fill(parts.head, h('h1', null, t('case.title')), h('p', { class: 'muted' }, t('app.loading')));

  const unsubscribe = live.subscribe((message) => {
    if (message.kind !== 'event' || message.event?.caseId === id) load();
  });
  const timer = setInterval(tickTimers, 1000);
  warmNames().then(() => {
    Object.keys(signatures).forEach((k) => delete signatures[k]);
    if (current) render(current);
  });
  load();

  return () => {
    stopped = true;
    unsubscribe();
    clearInterval(timer);
  };

  async function load() {
    if (stopped) return;
    if (inFlight) {
      pending = true;
      return;
    }
    inFlight = true;
    try {
      const c = await get(`/cases/${encodeURIComponent(id)}`);
      if (stopped) return;
      floor.put(c);
      render(c);
      fill(parts.status, h('p', { class: 'muted case__updated' }, t('case.updated', { time: clock() })));
    } catch (e) {
      if (!stopped) fill(parts.status, problemBox(e));
    } finally {
      inFlight = false;
      if (pending) {
        pending = false;
        load();
      }
    }
  }

  function done(updated) {
    if (updated) render(updated);
    load();
  }

  function render(c) {
    if (current && floor.version(current) > floor.version(c)) return; // an older answer, late
    current = c;
    update('head', JSON.stringify([c.customer, c.status, c.hardComplaint]), () => [
      h('h1', { class: 'case__title' }, c.customer?.name ?? t('case.title')),
      h('p', { class: 'case__chips' }, statusChip(c.status), hardChip(c.hardComplaint)),
      auditTools(c),
      h('p', { class: 'case__print-id' }, t('case.printId', { id: c.id, ticket: c.ticketNumber ?? '–' })),
    ]);
    update('banner', bannerSignature(c), () => banner(c));
    update(
      'facts',
      JSON.stringify([
        c.summary,
        c.customer,
        c.handlingTl,
        c.policyDecisionRequired,
        c.policyDecisionCoordinated,
        c.flagReview,
        c.finalCallBackAt,
        c.closedAt,
        c.resolution,
        c.call,
        c.followUpAcknowledgedBy,
        c.ticketNumber,
        c.recordings,
        c.identifiedCategory,
        c.resolutionCategory,
        c.repeatOf,
      ]),
      () => facts(c),
    );
    update('history', JSON.stringify([c.customer?.phone, c.customer?.id, c.repeatOf]), () => history(c, me));
    const telkomCare = isTelkomCare(c);
    // a TelkomCare thread is judged on the five C-TC criteria, not on the inbound checklist
    update('telkomcare', telkomCare ? telkomcareSignature(c) : 'none', () =>
      telkomCare ? telkomcarePanel(c, ctx) : null,
    );
    const canAssess = !telkomCare && c.allowedActions?.includes('assess');
    const checklistSignature = JSON.stringify([c.criteria, c.otherReason, canAssess]);
    if (!(canAssess && ctx.checklistDirty && signatures.checklist)) {
      update('checklist', telkomCare ? 'none' : checklistSignature, () =>
        telkomCare
          ? null
          : checklist(c, {
              canAssess,
              onDirty: () => {
                ctx.checklistDirty = true;
              },
              onSaved: (updated) => {
                ctx.checklistDirty = false;
                delete signatures.checklist;
                done(updated);
              },
            }),
      );
    }
    update('taps', actionsSignature(c), () => taps(c, ctx));
    update(
      'actions',
      actionsSignature(c),
      () => forms(c, ctx) ?? (c.status === 'CLOSED' || c.allowedActions?.length ? null : readOnlyNote()),
    );
    update('timeline', JSON.stringify([c.timeline?.at(-1)?.id, c.timeline?.length]), () => timeline(c));
    tickTimers();
  }

  function update(part, signature, build) {
    if (signatures[part] === signature) return;
    signatures[part] = signature;
    fill(parts[part], build());
  }

  function readOnlyNote() {
    return h('p', { class: 'card muted' }, t('case.readOnly'));
  }

  function tickTimers() {
    const now = Date.now();
    for (const el of container.querySelectorAll('[data-since]')) el.textContent = elapsed(el.dataset.since, now);
  }
}
