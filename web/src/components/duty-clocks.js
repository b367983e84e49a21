// The TL's running clocks: progress checks (R-IN-11) and call backs (R-IN-12) with a countdown to
// when each is due, and once overdue, in red, how late it is. Read from /duties, read again when
// the live feed records something that moves a clock, and counted down every second in between.
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { get } from '../api.js';
import * as live from '../live.js';
import { span, dateTime } from '../format.js';
import { personLabel } from '../state/directory.js';
import { problemBox } from './problem.js';
import './duty-clocks.css';

const SHOWN = new Set(['PROGRESS_CHECK', 'CALLBACK']);
export const MOVES_A_CLOCK = new Set([
  'PROGRESS_CHECKED',
  'CALL_BACK_MADE',
  'PROGRESS_CHECK_OVERDUE',
  'CALLBACK_OVERDUE',
  'UNIT_COORDINATED',
  'CASE_CLOSED',
]);

/**
 * Returns { element, stop, refresh }. keep(duty) narrows the clocks shown (the PIC's own cases);
 * lead replaces the TL's explanation.
 */
export function dutyClocks({ keep = () => true, lead = null } = {}) {
  const list = h('ul', { class: 'clocks', 'aria-labelledby': 'clocks-title' });
  const status = h('div', { 'aria-live': 'polite' });
  const element = h(
    'section',
    { class: 'clocks-section' },
    h('h2', { id: 'clocks-title' }, t('clocks.title')),
    h('p', { class: 'muted' }, lead ?? t('clocks.lead')),
    status,
    list,
  );
  let duties = null;
  let signature = null;
  let stopped = false;
  let inFlight = false;
  let again = false;
  let lastPoll = 0;

  const unsubscribe = live.subscribe((message) => {
    if (message.kind === 'event') {
      if (MOVES_A_CLOCK.has(message.event?.type)) load();
    } else if (message.kind === 'resync') {
      load();
    } else if (Date.now() - lastPoll > 10000) {
      load(); // polling without a stream: often enough for clocks counted down here anyway
    }
  });
  const timer = setInterval(tick, 1000);
  load();

  return {
    element,
    stop() {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
    },
    refresh() {
      if (!stopped) load();
    },
  };

  async function load() {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    lastPoll = Date.now();
    try {
      const all = await get('/duties');
      if (stopped) return;
      duties = all.filter((d) => SHOWN.has(d.kind) && keep(d));
      fill(status, duties.length ? null : h('p', { class: 'empty' }, t('clocks.empty')));
      render();
    } catch (e) {
      if (!stopped) fill(status, problemBox(e));
    } finally {
      inFlight = false;
      if (again && !stopped) {
        again = false;
        load();
      }
    }
  }

  function render() {
    const next = JSON.stringify(duties);
    if (next === signature) return;
    signature = next;
    fill(list, duties.map(item));
    tick();
  }

  function item(d) {
    return h(
      'li',
      { class: 'clock', dataset: { key: d.key, due: d.dueAt } },
      h(
        'a',
        { class: 'clock__link', href: `#/cases/${encodeURIComponent(d.caseId)}` },
        h(
          'span',
          { class: 'clock__what' },
          h('span', { class: 'clock__kind' }, t(`clocks.kind.${d.kind}`)),
          h('span', { class: 'clock__customer' }, d.customerName ?? '—'),
          h(
            'span',
            { class: 'clock__meta muted' },
            t('clocks.due', { time: dateTime(d.dueAt) }),
            d.handlingTl ? ` · ${personLabel(d.handlingTl)}` : '',
            d.overdueCount > 0 ? ` · ${t('clocks.fired', { count: d.overdueCount })}` : '',
          ),
        ),
        h('span', { class: 'clock__count', role: 'timer', 'aria-live': 'off' }),
      ),
    );
  }

  function tick() {
    const now = Date.now();
    for (const li of list.children) {
      const seconds = (new Date(li.dataset.due).getTime() - now) / 1000;
      const late = seconds <= 0;
      li.classList.toggle('clock--overdue', late);
      li.classList.toggle('clock--soon', !late && seconds < 600);
      const count = li.querySelector('.clock__count');
      const text = late ? t('clocks.late', { time: span(seconds) }) : t('clocks.left', { time: span(seconds) });
      if (count.textContent !== text) count.textContent = text;
    }
  }
}
