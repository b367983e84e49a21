// The agent takes a complaint in. One Idempotency-Key per form, so a double tap makes one case.
import { h, uuid } from '../dom.js';
import { t } from '../i18n.js';
import { get, post } from '../api.js';
import * as router from '../router.js';
import { field, textInput, textArea, busy } from '../components/forms.js';
import { problemSlot } from '../components/problem.js';
import './new-case.css';

export function newCaseScreen(container) {
  const problem = problemSlot();
  let key = uuid();
  const name = textInput('name', { required: true, maxlength: 200, autocomplete: 'off' });
  const phone = textInput('phone', {
    type: 'tel',
    inputmode: 'tel',
    required: true,
    maxlength: 32,
    pattern: '\\+?[0-9][0-9 \\-]{5,30}',
    autocomplete: 'off',
  });
  const summary = textArea('summary', { required: true, maxlength: 2000, rows: 5 });
  // R-C-8: a customer with an open hard complaint is said so before a second case is opened
  const known = h('div', { class: 'known-customer', 'aria-live': 'polite' });
  let asked = '';
  phone.addEventListener('change', lookUp);
  const submit = h('button', { type: 'submit', class: 'btn btn--primary btn--big btn--block' }, t('new.submit'));

  const form = h(
    'form',
    { class: 'card', on: { submit: onSubmit, input: () => problem.clear() } },
    problem.el,
    field(t('new.name'), name),
    field(t('new.phone'), phone, t('new.phoneHint')),
    field(t('new.summary'), summary),
    submit,
    // below the button: an answer arriving while the agent types moves nothing they are about to tap
    known,
  );
  container.append(
    h(
      'div',
      { class: 'page page--form' },
      h('div', { class: 'page__head' }, h('h1', null, t('new.title')), h('p', { class: 'lead' }, t('new.lead'))),
      form,
    ),
  );
  name.focus();

  async function lookUp() {
    const number = phone.value.trim();
    if (number === asked) return;
    asked = number;
    known.replaceChildren();
    if (!phone.checkValidity()) return;
    let customer;
    try {
      customer = await get(`/customers?phone=${encodeURIComponent(number)}`);
    } catch {
      return; // a new customer, or the lookup is unavailable: intake goes on as before
    }
    if (asked !== number) return;
    const open = customer.openHardComplaint;
    known.replaceChildren(
      h(
        'p',
        { class: `known-customer__note${open ? ' known-customer__note--open' : ''}` },
        open
          ? t('new.openHardComplaint', { agent: open.createdBy, tl: open.handlingTl ?? '—' })
          : t('new.knownCustomer', { name: customer.name, count: customer.caseCount }),
        open?.visible ? ' ' : null,
        open?.visible ? h('a', { href: `#/cases/${encodeURIComponent(open.caseId)}` }, t('new.openIt')) : null,
        ' ',
        h('a', { href: `#/customers/${encodeURIComponent(customer.id)}` }, t('new.openRecord')),
      ),
    );
  }

  async function onSubmit(event) {
    event.preventDefault();
    problem.clear();
    await busy(submit, t('new.busy'), async () => {
      try {
        const created = await post(
          '/cases',
          {
            channel: 'INBOUND_VOICE',
            customer: { name: name.value.trim(), phone: phone.value.trim() },
            summary: summary.value.trim(),
          },
          { headers: { 'Idempotency-Key': key } },
        );
        key = uuid();
        router.go(`/cases/${encodeURIComponent(created.id)}`);
      } catch (e) {
        problem.show(e);
      }
    });
  }
}
