// What the case is about: the complaint, the customer and where the case stands.
import { h } from '../../dom.js';
import { t, has } from '../../i18n.js';
import { dateTime, categoryLabel } from '../../format.js';
import { personLabel } from '../../state/directory.js';
import './facts.css';

export function facts(c) {
  const rows = [
    [t('case.customer'), c.customer?.name],
    [t('case.phone'), phoneLink(c.customer?.phone)],
    [t('case.createdBy'), personLabel(c.createdBy)],
    [t('case.cluster'), c.clusterId],
    [t('case.createdAt'), dateTime(c.createdAt)],
    c.ticketNumber ? [t('case.ticketNumber'), c.ticketNumber] : null,
    c.repeatOf
      ? [t('case.repeatOf'), h('a', { href: `#/cases/${encodeURIComponent(c.repeatOf)}` }, t('case.repeatOfLink'))]
      : null,
    [t('case.handlingTl'), c.handlingTl ? personLabel(c.handlingTl) : h('span', { class: 'muted' }, t('case.none'))],
    c.policyDecisionRequired
      ? [t('case.policy'), t(c.policyDecisionCoordinated ? 'case.policyDone' : 'case.policyNeeded')]
      : null,
    c.flagReview ? [t('case.flagReview'), t(`case.flag.${c.flagReview}`)] : null,
    c.finalCallBackAt ? [t('case.finalCallBack'), dateTime(c.finalCallBackAt)] : null,
    c.identifiedCategory
      ? [t('case.identified'), `${categoryLabel(c.identifiedCategory)} (${personLabel(c.identifiedBy)})`]
      : null,
    c.resolutionCategory ? [t('case.resolutionCategory'), categoryLabel(c.resolutionCategory)] : null,
    ...callRows(c.call),
    ...(c.recordings ?? []).map(recordingRow),
    c.followUpAcknowledgedBy?.length || c.status === 'IN_PROGRESS' ? [t('case.acknowledged'), acknowledged(c)] : null,
    c.closedAt ? [t('case.closedAt'), dateTime(c.closedAt)] : null,
    c.resolution ? [t('case.resolution'), c.resolution] : null,
    c.policyRevision ? [t('case.revision'), c.policyRevision] : null,
  ].filter(Boolean);
  return h(
    'section',
    { class: 'card facts', 'aria-labelledby': 'facts-title' },
    h('h2', { id: 'facts-title' }, t('case.summary')),
    h('p', { class: 'facts__summary' }, c.summary ?? ''),
    h(
      'dl',
      { class: 'facts__list' },
      rows.map(([term, value]) => h('div', { class: 'facts__row' }, h('dt', null, term), h('dd', null, value ?? ''))),
    ),
  );
}

/** R-C-6: who of QC, the SPV and the manager acknowledged the follow-up, and who has not yet. */
function acknowledged(c) {
  const done = (c.followUpAcknowledgedBy ?? []).map((entry) => personLabel(entry.slice(entry.indexOf(':') + 1)));
  const missing = (c.followUpAcknowledgementMissing ?? []).map((role) => t(`role.${role}`));
  return [
    done.length ? done.join(', ') : t('case.none'),
    missing.length ? ` · ${t('case.notYet', { roles: missing.join(', ') })}` : '',
  ].join('');
}

/** R-C-1..R-C-4: what the TL needs to keep the call backs. */
function callRows(call) {
  if (!call) return [];
  return [
    call.customerChoice ? [t('case.choice'), t(`choice.${call.customerChoice}`)] : null,
    call.callEndedAt ? [t('case.callEnded'), dateTime(call.callEndedAt)] : null,
    call.agreedCallBackAt ? [t('case.agreedCallBack'), dateTime(call.agreedCallBackAt)] : null,
    call.nextCallBackDueAt ? [t('case.nextCallBack'), dateTime(call.nextCallBackDueAt)] : null,
    call.unreachedCallBacks
      ? [
          t('case.unreached'),
          t('case.unreachedOf', { count: call.unreachedCallBacks, attempts: call.callBackAttempts }),
        ]
      : null,
    call.unreachedClosing ? [t('case.unreachedClosing'), t(`unreached.${call.unreachedClosing}`)] : null,
  ];
}

/** R-I-1: a call the telephony knows, with its recording for QC to play. */
function recordingRow(r) {
  const what = has(`event.${r.type}`) ? t(`event.${r.type}`) : r.type;
  const id = r.recordingId ?? r.callId;
  const value = r.link
    ? h('a', { href: r.link, target: '_blank', rel: 'noopener noreferrer' }, t('case.listen', { id }))
    : id;
  return [t('case.recording', { what, at: dateTime(r.at) }), value];
}

function phoneLink(phone) {
  if (!phone) return '';
  const dialable = phone.replace(/[^0-9+]/g, '');
  return dialable ? h('a', { href: `tel:${dialable}` }, phone) : phone;
}
