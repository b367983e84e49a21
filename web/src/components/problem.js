// Shows a refused action or a failure: the server's title and detail, and the rule that refused.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import './problem.css';

export function problemBox(error) {
  const title = error?.title || t('error.network.title');
  const detail = error?.detail || error?.message || '';
  const fields = (error?.errors ?? []).map((f) => h('li', null, `${f.field}: ${f.message}`));
  return h(
    'div',
    { class: 'problem', role: 'alert' },
    h(
      'p',
      { class: 'problem__title' },
      title,
      error?.rule ? h('span', { class: 'rule' }, t('error.rule', { rule: error.rule })) : null,
    ),
    detail ? h('p', { class: 'problem__detail' }, detail) : null,
    fields.length ? h('ul', { class: 'problem__fields' }, fields) : null,
  );
}

/** A slot that shows one problem at a time. */
export function problemSlot() {
  const slot = h('div', { class: 'problem-slot' });
  return {
    el: slot,
    show(error) {
      slot.replaceChildren(problemBox(error));
    },
    clear() {
      slot.replaceChildren();
    },
  };
}
