// R-IN-1: the agent ticks what the customer shows (any one makes a hard complaint), or "other"
// with a written reason. Others read the ticked criteria.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';
import { put } from '../../api.js';
import { checkbox, field, textArea, busy } from '../../components/forms.js';
import { problemSlot } from '../../components/problem.js';
import { toast } from '../../components/toast.js';
import './checklist.css';

export const CRITERIA = ['C-IN-1', 'C-IN-2', 'C-IN-3', 'C-IN-4', 'C-IN-5'];

export function checklist(c, { canAssess, onSaved, onDirty }) {
  const head = [h('h2', { id: 'checklist-title' }, t('checklist.title'))];
  if (!canAssess) {
    const ticked = CRITERIA.filter((id) => c.criteria?.includes(id));
    return h(
      'section',
      { class: 'card checklist', 'aria-labelledby': 'checklist-title' },
      head,
      ticked.length || c.otherReason
        ? h(
            'ul',
            { class: 'criteria' },
            ticked.map((id) =>
              h('li', { class: 'criteria__item' }, h('span', { class: 'criteria__id' }, id), ' ', t(id)),
            ),
            c.otherReason
              ? h(
                  'li',
                  { class: 'criteria__item' },
                  h('span', { class: 'criteria__id' }, t('checklist.other')),
                  ' ',
                  c.otherReason,
                )
              : null,
          )
        : h('p', { class: 'muted' }, t('checklist.none')),
    );
  }

  const problem = problemSlot();
  const boxes = CRITERIA.map((id) =>
    checkbox('criteria', `${id} · ${t(id)}`, { value: id, checked: Boolean(c.criteria?.includes(id)) }),
  );
  const reason = textArea('otherReason', { maxlength: 1000, rows: 2, value: c.otherReason ?? '' });
  const reasonField = field(t('checklist.otherReason'), reason);
  const other = checkbox('other', t('checklist.other'), {
    checked: Boolean(c.otherReason),
    on: {
      change: (e) => {
        reasonField.hidden = !e.target.checked;
        if (e.target.checked) reason.focus();
      },
    },
  });
  reasonField.hidden = !c.otherReason;
  const submit = h('button', { type: 'submit', class: 'btn btn--primary btn--big' }, t('checklist.save'));

  const form = h(
    'form',
    { class: 'card checklist', 'aria-labelledby': 'checklist-title', on: { submit: onSubmit, input: () => onDirty() } },
    head,
    h('p', { class: 'lead' }, t('checklist.lead')),
    h(
      'fieldset',
      { class: 'criteria-set' },
      h('legend', { class: 'sr-only' }, t('checklist.title')),
      boxes,
      other,
      reasonField,
    ),
    problem.el,
    submit,
  );
  return form;

  async function onSubmit(event) {
    event.preventDefault();
    problem.clear();
    const criteria = [...form.querySelectorAll('input[name="criteria"]:checked')].map((i) => i.value);
    const otherTicked = form.querySelector('input[name="other"]').checked;
    const otherReason = otherTicked ? reason.value.trim() : '';
    if (otherTicked && !otherReason) {
      problem.show({ title: t('checklist.otherReason'), detail: t('checklist.otherNeeded'), rule: 'R-IN-1' });
      reason.focus();
      return;
    }
    await busy(submit, t('actions.busy'), async () => {
      try {
        const updated = await put(
          `/cases/${encodeURIComponent(c.id)}/assessment`,
          otherReason ? { criteria, otherReason } : { criteria },
        );
        toast(t('case.saved'));
        onSaved(updated);
      } catch (e) {
        problem.show(e);
      }
    });
  }
}
