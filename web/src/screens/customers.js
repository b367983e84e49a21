// R-C-8: one customer across calls and channels. Found by phone number (any Indonesian form),
// service number or name; their record shows how they are known, the open hard complaint, their
// cases, the merges in force and what was done to the record. Agents, TLs and supervisors merge
// two records of one person and undo a merge, each with a reason.
import { h, fill, nextId } from '../dom.js';
import { t, has } from '../i18n.js';
import { get, post } from '../api.js';
import * as session from '../session.js';
import * as router from '../router.js';
import { dateTime } from '../format.js';
import { personLabel, warmNames } from '../state/directory.js';
import { statusChip } from '../components/badges.js';
import { caseCard } from '../components/case-card.js';
import { field, textArea, radios, busy } from '../components/forms.js';
import { problemBox, problemSlot } from '../components/problem.js';
import { toast } from '../components/toast.js';
import '../components/case-card.css';
import './customers.css';

// who may merge and undo, as the API allows
const MERGERS = ['AGENT', 'TEAM_LEADER', 'SUPERVISOR'];
const KINDS = ['phone', 'serviceNumber', 'name'];
const ID_ORDER = ['PHONE', 'SERVICE_NUMBER', 'EMAIL', 'HANDLE'];
// kept while the app is open, so coming back from a case shows the same search
const remembered = { user: null, kind: 'phone', term: '' };
// how other customers are named in links, by id: name and number, as the two records of one person
// often share the name
const names = new Map();

/** #/customers: the search, and the record it found. */
export function customersScreen(container) {
  const me = session.user();
  if (remembered.user !== me.username) Object.assign(remembered, { user: me.username, kind: 'phone', term: '' });
  const result = h('div', { class: 'customers__result' });
  let stopped = false;
  const search = searchForm({
    group: 'kind',
    kind: remembered.kind,
    term: remembered.term,
    onFound: (record, { kind, term }, asked) => {
      Object.assign(remembered, { kind, term });
      show(record);
      if (asked) reveal(result.querySelector('.customer__name'));
    },
    onMissing: ({ kind, term }) => {
      Object.assign(remembered, { kind, term });
      fill(result);
    },
  });

  container.append(
    h(
      'div',
      { class: 'page customers' },
      h(
        'div',
        { class: 'page__head' },
        h('h1', { id: 'customers-title' }, t('customers.title')),
        h('p', { class: 'lead' }, t('customers.lead')),
      ),
      h('section', { class: 'card customers__search', 'aria-labelledby': 'customers-title' }, search.el),
      result,
    ),
  );
  warmNames();
  if (remembered.term) search.run();
  else search.focus();

  return () => {
    stopped = true;
  };

  function show(record) {
    if (stopped) return;
    fill(
      result,
      record.otherMatches?.length ? otherMatches(record.otherMatches) : null,
      recordView(record, { me, reload: () => search.run() }),
    );
  }
}

/** #/customers/{id}: one record, also one merged into another. */
export function customerScreen(container, { id }) {
  const me = session.user();
  const body = h('div', { class: 'customers__result' }, h('p', { class: 'muted' }, t('app.loading')));
  let stopped = false;
  container.append(
    h(
      'div',
      { class: 'page customers' },
      h('p', { class: 'back' }, h('a', { href: '#/customers' }, `← ${t('customers.back')}`)),
      body,
    ),
  );
  warmNames().then(load);

  return () => {
    stopped = true;
  };

  async function load() {
    try {
      const record = await get(`/customers/${encodeURIComponent(id)}`);
      if (!stopped) fill(body, recordView(record, { me, reload: load }));
    } catch (e) {
      if (!stopped) fill(body, h('h1', null, t('customers.title')), problemBox(e));
    }
  }
}

/**
 * A search by one of phone, service number or name. onFound(record, query, asked) gets the answer
 * (asked: the user submitted it, not a search run again); a 404 says so in the form and calls
 * onMissing; other refusals show their problem.
 */
function searchForm({ group, kind = 'phone', term = '', submitLabel = t('customers.search'), onFound, onMissing }) {
  const input = h('input', {
    class: 'input',
    id: nextId('q'),
    name: `${group}-term`,
    autocomplete: 'off',
    required: true,
  });
  input.value = term;
  const label = h('label', { for: input.id, class: 'field__label' });
  const hint = h('p', { class: 'field__hint', id: `${input.id}-hint` });
  input.setAttribute('aria-describedby', hint.id);
  const inputField = h('div', { class: 'field customers__field' }, label, hint, input);
  const kinds = radios(
    group,
    t('customers.by'),
    KINDS.map((k) => ({ value: k, label: t(`customers.kind.${k}`) })),
    kind,
  );
  kinds.classList.add('customers__kinds');
  const problem = problemSlot();
  const submit = h('button', { type: 'submit', class: 'btn btn--primary customers__go' }, submitLabel);
  const form = h(
    'form',
    { class: 'customers__form', role: 'search', on: { submit: onSubmit, change: onKind } },
    kinds,
    h('div', { class: 'customers__row' }, inputField, submit),
    problem.el,
  );
  setKind(kind);
  return { el: form, run, focus: () => input.focus() };

  function current() {
    return form.querySelector(`input[name="${group}"]:checked`)?.value ?? 'phone';
  }

  function onKind(event) {
    if (event.target.name === group) setKind(current());
  }

  // each kind gets the keyboard and the limits of what it looks for
  function setKind(k) {
    label.textContent = t(`customers.find.${k}`);
    hint.textContent = t(`customers.hint.${k}`);
    input.type = k === 'phone' ? 'tel' : 'search';
    input.inputMode = k === 'name' ? 'text' : k === 'phone' ? 'tel' : 'numeric';
    input.maxLength = k === 'name' ? 200 : 40;
    input.minLength = k === 'name' ? 2 : 0;
  }

  function onSubmit(event) {
    event.preventDefault();
    run(true);
  }

  async function run(asked = false) {
    problem.clear();
    const k = current();
    const value = input.value.trim();
    if (!value) return;
    await busy(submit, t('customers.searching'), async () => {
      try {
        const record = await get(`/customers?${k}=${encodeURIComponent(value)}`);
        onFound(record, { kind: k, term: value }, asked);
      } catch (e) {
        if (e.status === 404) {
          slotNote(problem.el, t('customers.none'));
          onMissing?.({ kind: k, term: value });
        } else problem.show(e);
      }
    });
  }
}

/** The answer is below the form: on a phone it would start low on the screen or out of sight. */
function reveal(heading) {
  if (!heading) return;
  heading.focus({ preventScroll: true });
  if (heading.getBoundingClientRect().top > window.innerHeight / 2) heading.scrollIntoView({ block: 'start' });
}

function slotNote(slot, text) {
  fill(slot, h('p', { class: 'customers__none', role: 'status' }, text));
}

function otherMatches(matches) {
  return h(
    'section',
    { class: 'card customers__matches', 'aria-labelledby': 'customers-matches-title' },
    h('h2', { id: 'customers-matches-title' }, t('customers.otherMatches')),
    h(
      'ul',
      { class: 'customers__match-list' },
      matches.map((m) =>
        h(
          'li',
          null,
          h(
            'a',
            { href: `#/customers/${encodeURIComponent(m.id)}` },
            m.name ?? t('customers.unnamed', { id: m.id.slice(0, 8) }),
          ),
        ),
      ),
    ),
  );
}

/** The record: head, open hard complaint, cases, identifiers, merges and the record's timeline. */
function recordView(record, ctx) {
  names.set(record.id, label(record));
  const mayMerge = MERGERS.includes(ctx.me.role);
  const view = h(
    'article',
    { class: 'customer', dataset: { customerId: record.id }, 'aria-labelledby': `customer-${record.id}` },
    h(
      'div',
      { class: 'customer__head' },
      h(
        'h1',
        { id: `customer-${record.id}`, class: 'customer__name', tabindex: '-1' },
        record.name ?? t('customers.noName'),
      ),
      h(
        'p',
        { class: 'muted customer__meta' },
        [phoneText(record.phone), t('customers.caseCount', { count: record.caseCount })].filter(Boolean).join(' · '),
      ),
    ),
    record.mergedInto ? mergedIntoNotice(record, ctx, mayMerge) : null,
    openHardComplaint(record.openHardComplaint),
    h(
      'div',
      { class: 'customer__grid' },
      h('div', { class: 'customer__main' }, cases(record)),
      h(
        'div',
        { class: 'customer__side' },
        identifiers(record),
        merges(record, ctx, mayMerge),
        mayMerge && !record.mergedInto ? mergeAction(record) : null,
        recordTimeline(record),
      ),
    ),
  );
  nameTheOthers(view);
  return view;
}

function openHardComplaint(open) {
  if (!open) return null;
  return h(
    'section',
    { class: 'customer__open', 'aria-labelledby': 'customer-open-title' },
    h('h2', { id: 'customer-open-title', class: 'customer__open-title' }, t('customers.open.title')),
    h('p', { class: 'customer__open-chips' }, statusChip(open.status)),
    h(
      'p',
      null,
      [
        t('customers.open.meta', {
          agent: personLabel(open.createdBy),
          at: dateTime(open.createdAt),
          cluster: open.clusterId,
        }),
        open.handlingTl ? t('customers.open.tl', { tl: personLabel(open.handlingTl) }) : null,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    open.visible
      ? h(
          'a',
          { class: 'btn btn--raise btn--big customer__open-link', href: `#/cases/${encodeURIComponent(open.caseId)}` },
          t('customers.open.link'),
        )
      : h('p', { class: 'customer__open-hidden' }, t('customers.open.hidden')),
  );
}

function cases(record) {
  const shown = record.cases ?? [];
  const hidden = Math.max(0, record.caseCount - shown.length);
  return h(
    'section',
    { class: 'customer__cases', 'aria-labelledby': 'customer-cases-title' },
    h('h2', { id: 'customer-cases-title' }, t('customers.cases', { count: shown.length })),
    shown.length
      ? h(
          'ul',
          { class: 'cards' },
          shown.map((c) => caseCard(c)),
        )
      : h('p', { class: 'card muted' }, t('customers.noCases')),
    hidden ? h('p', { class: 'muted customer__hidden-cases' }, t('customers.hiddenCases', { count: hidden })) : null,
  );
}

function identifiers(record) {
  const all = [...(record.identifiers ?? [])].sort((a, b) => ID_ORDER.indexOf(a.kind) - ID_ORDER.indexOf(b.kind));
  return h(
    'section',
    { class: 'card customer__ids', 'aria-labelledby': 'customer-ids-title' },
    h('h2', { id: 'customer-ids-title' }, t('customers.identifiers')),
    all.length
      ? h(
          'ul',
          { class: 'customer__id-list' },
          all.map((i) =>
            h(
              'li',
              { class: 'customer__id', dataset: { kind: i.kind } },
              h('span', { class: 'customer__id-kind' }, t(`customers.id.${i.kind}`)),
              h('span', { class: 'customer__id-value' }, i.kind === 'PHONE' ? phoneText(i.value) : i.value),
              i.platform
                ? h(
                    'span',
                    { class: 'customer__id-note' },
                    has(`tc.channel.${i.platform}`) ? t(`tc.channel.${i.platform}`) : i.platform,
                  )
                : null,
              i.customerId !== record.id
                ? h(
                    'span',
                    { class: 'customer__id-note' },
                    t('customers.id.fromMerged'),
                    ' ',
                    customerLink(i.customerId),
                  )
                : null,
            ),
          ),
        )
      : h('p', { class: 'muted' }, t('customers.noIdentifiers')),
  );
}

function mergedIntoNotice(record, ctx, mayMerge) {
  const m = record.mergedInto;
  return h(
    'section',
    { class: 'customer__merged-away', 'aria-labelledby': 'customer-away-title' },
    h(
      'h2',
      { id: 'customer-away-title', class: 'customer__away-title' },
      t('customers.mergedInto'),
      ' ',
      customerLink(m.into),
    ),
    h('p', null, t('customers.mergedIntoLead')),
    mergeFacts(m),
    mayMerge ? undoForm(m, ctx) : null,
  );
}

function merges(record, ctx, mayMerge) {
  const into = record.mergedInto;
  const inHere = record.mergedIn ?? [];
  return h(
    'section',
    { class: 'card customer__merges', 'aria-labelledby': 'customer-merges-title' },
    h('h2', { id: 'customer-merges-title' }, t('customers.merges')),
    into || inHere.length
      ? h(
          'ul',
          { class: 'customer__merge-list' },
          into
            ? h(
                'li',
                { class: 'customer__merge', dataset: { mergeId: into.id } },
                h('p', { class: 'customer__merge-what' }, t('customers.mergedInto'), ' ', customerLink(into.into)),
                mergeFacts(into),
              )
            : null,
          inHere.map((m) =>
            h(
              'li',
              { class: 'customer__merge', dataset: { mergeId: m.id } },
              h('p', { class: 'customer__merge-what' }, t('customers.mergedIn'), ' ', customerLink(m.merged)),
              mergeFacts(m),
              mayMerge ? undoForm(m, ctx) : null,
            ),
          ),
        )
      : h('p', { class: 'muted' }, t('customers.noMerges')),
  );
}

function mergeFacts(m) {
  return h(
    'p',
    { class: 'customer__merge-facts' },
    h('span', { class: 'customer__reason' }, m.reason),
    h(
      'span',
      { class: 'muted customer__merge-by' },
      t('customers.byAt', { who: personLabel(m.mergedBy), at: dateTime(m.mergedAt) }),
    ),
  );
}

/** Undoing a merge in force: a reason, then one tap. */
function undoForm(m, ctx) {
  const reason = textArea(`undo-${m.id}`, { required: true, maxlength: 1000 });
  const problem = problemSlot();
  const submit = h('button', { type: 'submit', class: 'btn btn--primary' }, t('customers.undo'));
  return h(
    'details',
    { class: 'customer__action customer__undo' },
    h('summary', { class: 'customer__summary' }, t('customers.undo')),
    h('form', { on: { submit: onSubmit } }, field(t('customers.undoReason'), reason), problem.el, submit),
  );

  async function onSubmit(event) {
    event.preventDefault();
    problem.clear();
    await busy(submit, t('actions.busy'), async () => {
      try {
        await post(`/customers/merges/${encodeURIComponent(m.id)}/undo`, { reason: reason.value.trim() });
        toast(t('customers.undone'));
        ctx.reload();
      } catch (e) {
        problem.show(e);
      }
    });
  }
}

/**
 * Merging this customer into another: find the one who stays, say why, then confirm. The page then
 * shows the customer who stays, which now holds both records' identifiers and cases.
 */
function mergeAction(record) {
  const chosen = h('div', { class: 'customer__chosen', 'aria-live': 'polite' });
  const picker = searchForm({
    group: 'merge-kind',
    submitLabel: t('customers.search'),
    onFound: (found) => choose(found),
    onMissing: () => fill(chosen),
  });
  return h(
    'details',
    { class: 'card customer__action customer__merge-action' },
    h('summary', { class: 'customer__summary' }, t('customers.merge')),
    h('p', { class: 'muted' }, t('customers.mergeLead', { name: record.name ?? t('customers.noName') })),
    picker.el,
    chosen,
  );

  function choose(other) {
    names.set(other.id, label(other));
    if (other.id === record.id) {
      fill(chosen, h('p', { class: 'customers__none' }, t('customers.sameCustomer')));
      return;
    }
    const reason = textArea('merge-reason', { required: true, maxlength: 1000 });
    const problem = problemSlot();
    const confirmSlot = h('div');
    const next = h('button', { type: 'submit', class: 'btn btn--primary' }, t('customers.mergeNext'));
    const form = h(
      'form',
      {
        class: 'customer__merge-form',
        on: {
          submit: (e) => {
            e.preventDefault();
            problem.clear();
            if (reason.value.trim()) askToConfirm();
          },
          input: () => fill(confirmSlot),
        },
      },
      field(t('customers.mergeReason'), reason),
      next,
      confirmSlot,
      problem.el,
    );
    fill(
      chosen,
      h(
        'div',
        { class: 'customer__candidate', dataset: { customerId: other.id } },
        h('h3', null, t('customers.mergeTarget')),
        h(
          'p',
          null,
          h('a', { href: `#/customers/${encodeURIComponent(other.id)}` }, other.name ?? t('customers.noName')),
          h(
            'span',
            { class: 'muted' },
            ` · ${[phoneText(other.phone), t('customers.caseCount', { count: other.caseCount })].filter(Boolean).join(' · ')}`,
          ),
        ),
        other.otherMatches?.length
          ? h(
              'div',
              { class: 'customer__alternatives' },
              h('p', { class: 'muted' }, t('customers.orPick')),
              other.otherMatches.map((m) =>
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn btn--quiet',
                    on: { click: () => get(`/customers/${encodeURIComponent(m.id)}`).then(choose, problem.show) },
                  },
                  m.name ?? t('customers.unnamed', { id: m.id.slice(0, 8) }),
                ),
              ),
            )
          : null,
        form,
      ),
    );

    function askToConfirm() {
      const yes = h(
        'button',
        { type: 'button', class: 'btn btn--primary', on: { click: merge } },
        t('customers.confirmYes'),
      );
      const no = h(
        'button',
        { type: 'button', class: 'btn btn--quiet', on: { click: () => fill(confirmSlot) } },
        t('customers.confirmNo'),
      );
      const text = h('p', null, t('customers.confirm', { from: label(record), into: label(other) }));
      const id = nextId('confirm');
      text.id = id;
      fill(
        confirmSlot,
        h(
          'div',
          { class: 'customer__confirm', role: 'group', 'aria-labelledby': id },
          text,
          h('p', { class: 'customer__confirm-buttons' }, yes, no),
        ),
      );
      yes.focus();

      async function merge() {
        problem.clear();
        await busy(yes, t('actions.busy'), async () => {
          try {
            await post(`/customers/${encodeURIComponent(record.id)}/merges`, {
              into: other.id,
              reason: reason.value.trim(),
            });
            toast(t('customers.merged'));
            router.go(`/customers/${encodeURIComponent(other.id)}`);
          } catch (e) {
            fill(confirmSlot);
            problem.show(e);
          }
        });
      }
    }
  }
}

function recordTimeline(record) {
  const events = record.timeline ?? [];
  return h(
    'section',
    { class: 'card customer__timeline', 'aria-labelledby': 'customer-timeline-title' },
    h('h2', { id: 'customer-timeline-title' }, t('customers.timeline')),
    events.length
      ? h(
          'ol',
          { class: 'customer__events' },
          events.map((e) =>
            h(
              'li',
              { class: `customer__event customer__event--${e.type.toLowerCase()}`, dataset: { type: e.type } },
              h(
                'p',
                { class: 'customer__event-head' },
                h('span', { class: 'customer__event-label' }, t(`customers.event.${e.type}`)),
                e.otherCustomer ? [' ', customerLink(e.otherCustomer)] : null,
              ),
              e.reason ? h('p', { class: 'customer__reason' }, e.reason) : null,
              h(
                'p',
                { class: 'muted customer__event-by' },
                h('time', { datetime: e.at }, t('customers.byAt', { who: personLabel(e.actor), at: dateTime(e.at) })),
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, t('customers.noTimeline')),
  );
}

function label(record) {
  return [record.name ?? t('customers.noName'), phoneText(record.phone)].filter(Boolean).join(' · ');
}

/** +6281234567890 as +62 812 3456 7890; a masked number stays as the API gave it. */
function phoneText(phone) {
  const digits = /^\+62(\d{8,13})$/.exec(phone ?? '')?.[1];
  if (!digits) return phone;
  return `+62 ${digits.slice(0, 3)} ${digits
    .slice(3)
    .match(/\d{1,4}/g)
    .join(' ')}`;
}

/** A link to another customer's record, named once the name is known. */
function customerLink(id) {
  return h(
    'a',
    { class: 'customer-link', href: `#/customers/${encodeURIComponent(id)}`, dataset: { customerId: id } },
    names.get(id) ?? t('customers.unnamed', { id: id.slice(0, 8) }),
  );
}

/** The merges name other customers by id only: their names are read once and filled in. */
function nameTheOthers(view) {
  const unknown = new Set(
    [...view.querySelectorAll('a.customer-link')].map((a) => a.dataset.customerId).filter((id) => !names.has(id)),
  );
  for (const id of [...unknown].slice(0, 10)) {
    get(`/customers/${encodeURIComponent(id)}`).then(
      (other) => {
        names.set(id, label(other));
        for (const a of view.querySelectorAll('a.customer-link'))
          if (a.dataset.customerId === id) a.textContent = label(other);
      },
      () => {}, // the id stands in for the name
    );
  }
}
