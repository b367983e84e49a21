// Status chips: the case's status, hard complaint, and the raised hand's colour.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import './badges.css';

export function statusChip(status) {
  return h('span', { class: `chip chip--${status.toLowerCase()}` }, t(`status.${status}`));
}

export function hardChip(hard) {
  return hard ? h('span', { class: 'chip chip--hard' }, t('case.hard')) : null;
}

export function handChip(escalation) {
  if (!escalation) return null;
  const label = {
    RAISED: t('esc.raisedShort'),
    LISTENING: t('esc.listeningShort'),
    AT_WORKSTATION: t('esc.AT_WORKSTATION'),
  }[escalation.status];
  return h('span', { class: `chip chip--hand-${escalation.status.toLowerCase()}` }, label);
}
