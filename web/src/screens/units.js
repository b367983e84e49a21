// A related unit's queue (R-C-5): the coordinations TLs addressed to the units I answer for, each
// with what the TL asked and a short answer form; answered ones leave the queue.
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { api, get } from '../api.js';
import { dateTime, wibInputToIso } from '../format.js';
import { personLabel, warmNames } from '../state/directory.js';
import { field, textArea, radios, busy } from '../components/forms.js';
import { problemBox, problemSlot } from '../components/problem.js';
import { toast } from '../components/toast.js';
import '../components/forms.css';
import '../components/case-card.css';
import './units.css';

const ANSWERS = ['ACCEPTED', 'ANSWERED', 'DECLINED'];
const POLL_MS = 20000;

export function unitsScreen(container) {
  const list = h('ul', { class: 'cards', 'aria-labelledby': 'units-title' });
  const empty = h('p', { class: 'empty', hidden: true }, t('units.empty'));
  const status = h('div', { 'aria-live': 'polite' });
  let shown = '';
  let stopped = false;

  container.append(
    h(
      'div',
      { class: 'page' },
      h(
        'div',
        { class: 'page__head' },
        h('h1', { id: 'units-title' }, t('units.title')),
        h('p', { class: 'lead' }, t('units.lead')),
      ),
      status,
      list,
      empty,
    ),
  );

  // no case stream reaches a unit's people: the queue is read again now and then, and on return
  const timer = setInterval(load, POLL_MS);
  const onVisible = () => document.visibilityState === 'visible' && load();
  document.addEventListener('visibilitychange', onVisible);
  warmNames().then(load);
  load();

  return () => {
    stopped = true;
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
  };

  async function load() {
    if (stopped) return;
    try {
      const waiting = await get('/coordinations');
      if (stopped) return;
      fill(status);
      empty.hidden = waiting.length > 0;
      const ids = JSON.stringify(waiting.map((w) => w.id));
      // a form being filled in is not redrawn under the member's fingers
      if (ids !== shown) {
        shown = ids;
        fill(list, waiting.map(card));
      }
    } catch (e) {
      if (!stopped) fill(status, problemBox(e));
    }
  }

  function card(w) {
    const problem = problemSlot();
    const answer = radios(
      'answer',
      t('units.answer'),
      ANSWERS.map((a) => ({ value: a, label: t(`units.answer.${a}`) })),
      'ACCEPTED',
    );
    const note = textArea('note', { maxlength: 2000 });
    const promised = h('input', { type: 'datetime-local', name: 'promisedResolutionAt', class: 'input' });
    const submit = h('button', { type: 'submit', class: 'btn btn--primary btn--big' }, t('units.send'));
    const form = h(
      'form',
      { class: 'unit-card__form', on: { submit: onSubmit } },
      answer,
      field(t('units.note'), note, t('units.noteHint')),
      field(t('form.promised'), promised),
      problem.el,
      submit,
    );
    return h(
      'li',
      { class: 'case-card unit-card', dataset: { coordinationId: w.id } },
      h('p', { class: 'case-card__chips' }, h('span', { class: 'chip' }, t(`unit.${w.unit}`))),
      h('h2', { class: 'case-card__name' }, w.customerName ?? '—'),
      h('p', { class: 'case-card__summary' }, w.summary ?? ''),
      h(
        'p',
        { class: 'case-card__meta' },
        t('units.asked', { tl: personLabel(w.askedBy), time: dateTime(w.askedAt), cluster: w.clusterId }),
      ),
      w.note ? h('p', { class: 'unit-card__note' }, w.note) : null,
      w.policyDecision ? h('p', { class: 'unit-card__policy' }, t('units.policyDecision')) : null,
      form,
    );

    async function onSubmit(event) {
      event.preventDefault();
      problem.clear();
      await busy(submit, t('actions.busy'), async () => {
        try {
          await api(`/coordinations/${encodeURIComponent(w.id)}/answer`, {
            method: 'POST',
            body: {
              answer: answer.querySelector('input:checked')?.value ?? 'ACCEPTED',
              ...(note.value.trim() ? { note: note.value.trim() } : {}),
              ...(promised.value ? { promisedResolutionAt: wibInputToIso(promised.value) } : {}),
            },
          });
          toast(t('units.sent'));
          shown = '';
          load();
        } catch (err) {
          problem.show(err);
        }
      });
    }
  }
}
