// The TL's duty list: the running clocks with their countdowns, then the cluster's cases being
// escalated or followed up, theirs first.
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import * as session from '../session.js';
import * as floor from '../state/floor.js';
import { warmNames } from '../state/directory.js';
import { caseCard } from '../components/case-card.js';
import { problemBox } from '../components/problem.js';
import { dutyClocks } from '../components/duty-clocks.js';

export function dutyScreen(container) {
  const me = session.user();
  const list = h('ul', { class: 'cards', 'aria-labelledby': 'duty-title' });
  const status = h('div', { 'aria-live': 'polite' });
  let signature = null;
  const clocks = dutyClocks();

  container.append(
    h(
      'div',
      { class: 'page' },
      h(
        'div',
        { class: 'page__head' },
        h('h1', { id: 'duty-title' }, t('duty.title')),
        h('p', { class: 'lead' }, t('duty.lead', { cluster: me.clusterId ?? '—' })),
      ),
      clocks.element,
      h('h2', { class: 'section-title' }, t('duty.casesTitle')),
      status,
      list,
    ),
  );

  const unsubscribe = floor.subscribe(render);
  warmNames().then(() => {
    signature = null;
    render();
  });
  render();
  if (!floor.isLoaded()) floor.refreshAll();
  return () => {
    unsubscribe();
    clocks.stop();
  };

  function render() {
    const cases = floor.inHand();
    const next = JSON.stringify(
      cases.map((c) => [c.id, c.status, c.hardComplaint, c.handlingTl, c.escalation?.status, c.customer, c.summary]),
    );
    const error = floor.lastError();
    fill(
      status,
      error ? problemBox(error) : null,
      // an error replaces "loading": nothing is on its way
      error
        ? null
        : !floor.isLoaded() && !cases.length
          ? h('p', { class: 'muted' }, t('app.loading'))
          : cases.length === 0
            ? h('p', { class: 'empty' }, t('duty.empty'))
            : null,
    );
    if (next === signature) return;
    signature = next;
    fill(
      list,
      cases.map((c) => caseCard(c, { me: me.username })),
    );
  }
}
