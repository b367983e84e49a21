// The TL's queue: hands raised to them, oldest first, with the seconds ticking since each was
// raised. "Saya mendengarkan" and "Saya di meja agen" are one tap each.
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { get, post } from '../api.js';
import * as live from '../live.js';
import * as wake from '../wake.js';
import * as notify from '../notify.js';
import * as session from '../session.js';
import * as floor from '../state/floor.js';
import * as router from '../router.js';
import { elapsed, dateTime } from '../format.js';
import { audioReady } from '../alert.js';
import { personLabel, warmNames } from '../state/directory.js';
import { button, busy } from '../components/forms.js';
import { problemBox } from '../components/problem.js';
import { announce } from '../components/toast.js';
import './queue.css';

const ACK_TARGET_S = 60; // W-10 rev 02 default (R-X-2); the server re-routes, this only colours
const PRESENCE_POLL_MS = 15000; // check-ins are not timeline events

export function queueScreen(container) {
  const me = session.user();
  const items = new Map(); // escalation id -> { el, signature }
  const list = h('ul', {
    class: 'hands',
    'aria-live': 'polite',
    'aria-relevant': 'additions',
    'aria-labelledby': 'queue-title',
  });
  const empty = h('p', { class: 'empty' });
  const status = h('div', { class: 'queue__status' });
  const soundHint = h('p', { class: 'hint', hidden: audioReady() }, t('queue.sound'));
  const isSupervisor = me.role === 'SUPERVISOR';
  const title = h('h1', { id: 'queue-title' }, t(isSupervisor ? 'queue.titleSpv' : 'queue.title'));
  const tools = tabletTools();

  container.append(
    h(
      'div',
      { class: 'page' },
      h(
        'div',
        { class: 'page__head' },
        title,
        h(
          'p',
          { class: 'lead' },
          isSupervisor ? t('queue.leadSpv') : t('queue.lead', { cluster: me.clusterId ?? '—' }),
        ),
      ),
      soundHint,
      tools.el,
      status,
      list,
      empty,
    ),
  );

  const unsubscribe = floor.subscribe(({ fresh }) => {
    render();
    for (const c of fresh)
      announce(t('queue.new', { agent: personLabel(c.escalation.raisedBy), customer: c.customer.name }));
  });
  const hideHint = () => {
    soundHint.hidden = true;
  };
  document.addEventListener('pointerdown', hideHint, { once: true });
  const timer = setInterval(tick, 1000);
  warmNames().then(render);
  render();
  if (!floor.isLoaded()) floor.refreshAll();
  // the wake lock is held on this screen while I am checked in at a desk
  wake.setOnQueue(true);
  const checkPresence = () =>
    get('/presence')
      .then((people) => wake.setCheckedIn(Boolean(people.find((p) => p.username === me.username)?.deskId)))
      .catch(() => {});
  checkPresence();
  const presenceTimer = setInterval(checkPresence, PRESENCE_POLL_MS);
  const unsubscribeLive = live.subscribe((m) => m.kind === 'resync' && checkPresence());
  const onAcknowledged = (e) => e.detail?.caseId && floor.refreshCase(e.detail.caseId);
  window.addEventListener('sigap:acknowledged', onAcknowledged);

  return () => {
    unsubscribe();
    clearInterval(timer);
    clearInterval(presenceTimer);
    unsubscribeLive();
    window.removeEventListener('sigap:acknowledged', onAcknowledged);
    wake.setOnQueue(false);
    tools.dispose?.();
    document.removeEventListener('pointerdown', hideHint);
    document.title = t('app.name');
  };

  function render() {
    const hands = floor.hands();
    const seen = new Set();
    hands.forEach((c, index) => {
      const key = c.escalation.id;
      seen.add(key);
      const signature = JSON.stringify([c.escalation.status, c.allowedActions, c.customer, c.summary]);
      let item = items.get(key);
      if (!item || item.signature !== signature) {
        const el = handItem(c);
        if (item) item.el.replaceWith(el);
        item = { el, signature };
        items.set(key, item);
      }
      if (list.children[index] !== item.el) list.insertBefore(item.el, list.children[index] ?? null);
    });
    for (const [key, item] of items) {
      if (!seen.has(key)) {
        item.el.remove();
        items.delete(key);
      }
    }
    const waiting = hands.filter((c) => c.escalation.status === 'RAISED').length;
    document.title = waiting ? `(${waiting}) ${t('app.name')}` : t('app.name');
    list.setAttribute('aria-busy', String(!floor.isLoaded()));
    empty.hidden = hands.length > 0 || !floor.isLoaded();
    empty.textContent = t(isSupervisor ? 'queue.emptySpv' : 'queue.empty');
    const error = floor.lastError();
    fill(
      status,
      error ? problemBox(error) : null,
      error || floor.isLoaded() || hands.length ? null : h('p', { class: 'muted' }, t('app.loading')),
    );
    tick();
  }

  function tick() {
    const now = Date.now();
    for (const el of list.querySelectorAll('[data-raised-at]')) {
      const since = el.dataset.raisedAt;
      el.querySelector('.hand__timer').textContent = elapsed(since, now);
      el.classList.toggle(
        'hand--late',
        el.dataset.state === 'RAISED' && now - new Date(since).getTime() > ACK_TARGET_S * 1000,
      );
    }
  }

  function handItem(c) {
    const e = c.escalation;
    const slot = h('div', { class: 'problem-slot' });
    const actions = [];
    if (c.allowedActions.includes('acknowledge')) {
      actions.push(
        button(t('action.acknowledge'), {
          class: 'btn btn--listen btn--big',
          on: { click: (ev) => act(ev.currentTarget, slot, `/escalations/${e.id}/acknowledge`, c.id) },
        }),
      );
    }
    if (c.allowedActions.includes('arrive')) {
      actions.push(
        button(t('action.arrive'), {
          class: 'btn btn--arrive btn--big',
          on: { click: (ev) => act(ev.currentTarget, slot, `/escalations/${e.id}/arrive`, c.id, true) },
        }),
      );
    }
    return h(
      'li',
      { class: `hand hand--${e.status.toLowerCase()}`, dataset: { raisedAt: e.raisedAt, state: e.status } },
      h(
        'div',
        { class: 'hand__top' },
        h('span', { class: 'hand__state' }, e.status === 'RAISED' ? t('esc.raisedShort') : t('esc.listeningShort')),
        h('span', { class: 'hand__timer', role: 'timer', 'aria-live': 'off' }, elapsed(e.raisedAt)),
      ),
      h('h2', { class: 'hand__customer' }, h('a', { href: `#/cases/${encodeURIComponent(c.id)}` }, c.customer.name)),
      h(
        'p',
        { class: 'hand__meta' },
        `${t('queue.agent', { agent: personLabel(e.raisedBy) })} · ${dateTime(e.raisedAt)}`,
      ),
      whereToWalk(c),
      h('p', { class: 'hand__summary' }, c.summary),
      e.takeoverRequested ? h('p', { class: 'hand__takeover' }, t('esc.takeover')) : null,
      reroutedNote(c),
      slot,
      h(
        'div',
        { class: 'hand__actions' },
        actions,
        h('a', { class: 'btn btn--secondary btn--big', href: `#/cases/${encodeURIComponent(c.id)}` }, t('queue.open')),
      ),
    );
  }

  async function act(buttonEl, slot, path, caseId, openCase = false) {
    slot.replaceChildren();
    await busy(buttonEl, t('actions.busy'), async () => {
      try {
        await post(path, {});
        await floor.refreshCase(caseId);
        if (openCase) router.go(`/cases/${encodeURIComponent(caseId)}`);
      } catch (e) {
        slot.replaceChildren(problemBox(e));
        floor.refreshCase(caseId);
      }
    });
  }
}

/**
 * This tablet: the screen kept on while checked in (switchable), and notifications, asked for only
 * from the button's tap. Returns { el, dispose }.
 */
function tabletTools() {
  const wakeState = h('p', { class: 'tablet__state', id: 'wake-state' });
  const wakeSwitch = h(
    'button',
    {
      type: 'button',
      class: 'btn btn--secondary tablet__switch',
      'aria-describedby': 'wake-state',
      on: { click: () => wake.setWanted(!wake.isWanted()) },
    },
    t('wake.label'),
  );
  const notifyState = h('p', { class: 'tablet__state', id: 'notify-state' });
  const pushState = h('p', { class: 'tablet__push', hidden: true });
  const notifyButton = h(
    'button',
    {
      type: 'button',
      class: 'btn btn--primary tablet__enable',
      'aria-describedby': 'notify-state',
      on: { click: (ev) => busy(ev.currentTarget, t('actions.busy'), () => notify.enable()) },
    },
    t('notify.enable'),
  );
  const el = h(
    'section',
    { class: 'tablet card', 'aria-labelledby': 'tablet-title' },
    h('h2', { id: 'tablet-title', class: 'tablet__title' }, t('tablet.title')),
    h(
      'div',
      { class: 'tablet__row tablet__row--wake', role: 'group', 'aria-label': t('wake.label') },
      wakeSwitch,
      wakeState,
    ),
    h(
      'div',
      { class: 'tablet__row tablet__row--notify', role: 'group', 'aria-label': t('notify.label') },
      notifyButton,
      notifyState,
      pushState,
    ),
  );

  function renderWake(state = wake.state()) {
    wakeSwitch.hidden = state === 'unsupported';
    wakeSwitch.setAttribute('aria-pressed', String(wake.isWanted()));
    el.dataset.wake = state;
    wakeState.textContent = t(`wake.${state}`);
  }

  function renderNotify() {
    const permission = notify.permission();
    el.dataset.notify = permission;
    notifyButton.hidden = permission !== 'default';
    const push = notify.push();
    notifyState.textContent = t(`notify.${permission}`);
    pushState.hidden = permission !== 'granted' || !['subscribed', 'unavailable'].includes(push);
    pushState.textContent = push === 'subscribed' ? t('notify.pushOn') : t('notify.pushOff');
  }

  const offWake = wake.onChange(renderWake);
  const offNotify = notify.onChange(renderNotify);
  renderWake();
  renderNotify();
  return {
    el,
    dispose() {
      offWake();
      offNotify();
    },
  };
}

/** R-F-6: the agent's workstation and cluster, so the TL knows where to walk. */
function whereToWalk(c) {
  const e = c.escalation;
  const raised = [...(c.timeline ?? [])].reverse().find((ev) => ev.type === 'HAND_RAISED' && ev.escalationId === e.id);
  const cluster = raised?.clusterId ?? c.clusterId ?? '—';
  return h(
    'p',
    { class: 'hand__where' },
    raised?.workstation
      ? t('queue.where', { desk: raised.workstation, cluster })
      : t('queue.whereUnknown', { cluster }),
  );
}

/** R-X-2: where a hand came from when it was re-routed for want of an answer. */
function reroutedNote(c) {
  const e = c.escalation;
  const moved = [...(c.timeline ?? [])]
    .reverse()
    .find((ev) => ev.type === 'ESCALATION_REROUTED' && ev.escalationId === e.id);
  if (!moved) return null;
  return h(
    'p',
    { class: 'hand__rerouted' },
    t('queue.rerouted', { from: personLabel(moved.from), cluster: c.clusterId ?? '—' }),
  );
}
