// Labelled form controls with touch-sized targets.
import { h, nextId } from '../dom.js';
import { t } from '../i18n.js';
import './forms.css';

export function field(label, control, hint) {
  const id = control.id || nextId('f');
  control.id = id;
  const hintEl = hint ? h('p', { class: 'field__hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id, class: 'field__label' }, label), hintEl, control);
}

export function textInput(name, props = {}) {
  return h('input', { class: 'input', name, type: 'text', autocomplete: 'off', ...props });
}

export function textArea(name, props = {}) {
  return h('textarea', { class: 'input input--area', name, rows: 3, ...props });
}

/** options: [{ value, label }] */
export function select(name, options, props = {}) {
  return h(
    'select',
    { class: 'input', name, ...props },
    h('option', { value: '' }, t('form.choose')),
    options.map((o) => h('option', { value: o.value }, o.label)),
  );
}

export function checkbox(name, label, props = {}) {
  const id = nextId('c');
  return h(
    'div',
    { class: 'check' },
    h('input', { type: 'checkbox', id, name, class: 'check__box', ...props }),
    h('label', { for: id, class: 'check__label' }, label),
  );
}

/** A group of radio buttons in a fieldset. options: [{ value, label }] */
export function radios(name, legend, options, checkedValue) {
  return h(
    'fieldset',
    { class: 'radios' },
    h('legend', { class: 'field__label' }, legend),
    options.map((o) => {
      const id = nextId('r');
      return h(
        'div',
        { class: 'check' },
        h('input', {
          type: 'radio',
          id,
          name,
          value: o.value,
          class: 'check__box',
          checked: o.value === checkedValue,
          required: true,
        }),
        h('label', { for: id, class: 'check__label' }, o.label),
      );
    }),
  );
}

export function button(label, props = {}) {
  return h('button', { type: 'button', class: 'btn', ...props }, label);
}

/** Runs action while the button shows busyLabel and is disabled: one tap, one request. */
export async function busy(buttonEl, busyLabel, action) {
  const label = buttonEl.textContent;
  buttonEl.disabled = true;
  buttonEl.setAttribute('aria-busy', 'true');
  buttonEl.textContent = busyLabel;
  try {
    return await action();
  } finally {
    buttonEl.disabled = false;
    buttonEl.removeAttribute('aria-busy');
    buttonEl.textContent = label;
  }
}
