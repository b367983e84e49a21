// The case's event log (R-X-3), newest first, each step with who, when and its facts.
import { h } from '../../dom.js';
import { t, has } from '../../i18n.js';
import { dateTime } from '../../format.js';
import { personLabel } from '../../state/directory.js';
import './timeline.css';

const HIDDEN = new Set([
  'id',
  'recordedBy',
  'caseId',
  'type',
  'at',
  'actor',
  'escalationId',
  'agent',
  'clusterId',
  'channel',
  'policyRevision',
  'criteriaMet',
  'hardComplaint',
  'takeoverRequested',
  'handoverId',
  'alertFor',
  'routeReason',
  'coordinationId',
]);
const GROUP = {
  HAND_RAISED: 'raised',
  ESCALATION_REROUTED: 'raised',
  PROGRESS_CHECK_OVERDUE: 'raised',
  CALLBACK_OVERDUE: 'raised',
  UNREACHED_CLOSING_REQUESTED: 'raised',
  TL_LISTENING: 'listening',
  TL_ARRIVED: 'arrived',
  CASE_CLOSED: 'arrived',
};

export function timeline(c) {
  const events = [...(c.timeline ?? [])].reverse();
  return h(
    'section',
    { class: 'card timeline', 'aria-labelledby': 'timeline-title' },
    h('h2', { id: 'timeline-title' }, t('timeline.title')),
    h('p', { class: 'muted' }, t('timeline.lead')),
    h('ol', { class: 'timeline__list' }, events.map(eventItem)),
  );
}

function eventItem(e) {
  const label = has(`event.${e.type}`) ? t(`event.${e.type}`) : e.type;
  return h(
    'li',
    { class: `event event--${GROUP[e.type] ?? 'plain'}`, dataset: { type: e.type } },
    h(
      'p',
      { class: 'event__head' },
      h('span', { class: 'event__label' }, label),
      ' ',
      h('time', { class: 'event__time', datetime: e.at }, dateTime(e.at)),
    ),
    e.actor
      ? h(
          'p',
          { class: 'event__actor' },
          t('timeline.by', { actor: personLabel(e.actor) }),
          e.recordedBy ? ` · ${t('timeline.recordedBy', { account: e.recordedBy })}` : '',
        )
      : null,
    details(e),
  );
}

function details(e) {
  const lines = [];
  if (e.type === 'CASE_ASSESSED') {
    lines.push(line(t('detail.criteria'), (e.criteria ?? []).join(', ') || '—'));
    lines.push(h('p', { class: 'event__detail' }, e.hardComplaint ? t('detail.hardYes') : t('detail.hardNo')));
  }
  if (e.type === 'TELKOMCARE_ASSESSED') {
    const met = Object.entries(e.criteria ?? {})
      .filter(([, holds]) => holds)
      .map(([id]) => id);
    lines.push(
      line(t('detail.criteriaMet'), `${e.criteriaMet ?? met.length}/5${met.length ? ` (${met.join(', ')})` : ''}`),
    );
    lines.push(h('p', { class: 'event__detail' }, e.hardComplaint ? t('detail.hardYes') : t('detail.hardNo')));
  }
  if (e.type === 'HAND_RAISED' && e.takeoverRequested)
    lines.push(h('p', { class: 'event__detail' }, t('detail.takeover')));
  for (const [key, value] of Object.entries(e)) {
    if (HIDDEN.has(key) || value == null || value === '' || key === 'criteria') continue;
    lines.push(line(has(`detail.${key}`) ? t(`detail.${key}`) : key, show(key, value)));
  }
  return lines.length ? h('div', { class: 'event__details' }, lines) : null;
}

function show(key, value) {
  if (typeof value === 'boolean') return value ? t('detail.yes') : t('detail.no');
  if (key === 'unit' && has(`unit.${value}`)) return t(`unit.${value}`);
  if (key === 'outcome' && has(`form.outcome.${value}`)) return t(`form.outcome.${value}`);
  if (['tl', 'targetTl', 'from', 'to', 'pic', 'handlingTl', 'supervisor'].includes(key))
    return personLabel(String(value));
  if (key === 'reason' && has(`handover.reason.${value}`)) return t(`handover.reason.${value}`);
  if (key === 'reason' && has(`withdraw.${value}`)) return t(`withdraw.${value}`);
  if (key === 'how' && has(`callEnd.${value}`)) return t(`callEnd.${value}`);
  if (key === 'choice' && has(`choice.${value}`)) return t(`choice.${value}`);
  if (key === 'requestedBy' || key === 'askedBy') return personLabel(String(value));
  if (key === 'answer' && has(`units.answer.${value}`)) return t(`units.answer.${value}`);
  if (key === 'movedFromQuietHours') return dateTime(value);
  if (key === 'workstation') return String(value);
  if ((key.endsWith('At') || key === 'dueAt') && typeof value === 'string' && !Number.isNaN(Date.parse(value)))
    return dateTime(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function line(term, value) {
  return h('p', { class: 'event__detail' }, h('span', { class: 'event__term' }, `${term}: `), value);
}
