// The actions the procedure allows the signed-in user now (the case's allowedActions), and
// nothing else. One-tap actions are big buttons; the others open a short form.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';
import { api, get } from '../../api.js';
import { loadDesks, loadUsers, personLabel } from '../../state/directory.js';
import { wibInputToIso, categoryLabel } from '../../format.js';
import { field, textArea, select, checkbox, radios, busy } from '../../components/forms.js';
import { problemSlot } from '../../components/problem.js';
import { toast } from '../../components/toast.js';
import './actions.css';

const ONE_TAP = ['raise-hand', 'acknowledge', 'arrive', 'take-over', 'accept-handover'];
const FORMS = [
  'withdraw-hand',
  'record-choice',
  'end-call',
  'approve-unreached-closing',
  'decline-unreached-closing',
  'decline-handover',
  'hand-over-to-pic',
  'name-handling-tl',
  'coordinate',
  'progress-check',
  'call-back',
  'identify-problem',
  'give-direction',
  'close',
  'transfer',
  'serve-at-workstation',
  'require-policy-decision',
  'review-flag',
  'flag-missed',
  'acknowledge-follow-up',
  'reschedule-call-back',
  'request-unreached-closing',
  'hand-over',
];
const CHOICES = ['CALL_BACK', 'TRANSFER', 'WORKSTATION'];
const CRITERIA = ['C-IN-1', 'C-IN-2', 'C-IN-3', 'C-IN-4', 'C-IN-5'];
const HANDOVER_REASONS = ['END_OF_SHIFT', 'BUSY', 'OTHER'];
const UNITS = ['COMPLAINT_HANDLING', 'SPV_SERVICE_OPERATION', 'MANAGER', 'LIAISON_OFFICER', 'OTHER'];

export function actionsSignature(c) {
  return JSON.stringify([
    c.allowedActions,
    c.escalation?.id,
    c.escalation?.status,
    c.policyDecisionRequired,
    c.policyDecisionCoordinated,
    c.handlingTl,
    c.clusterId,
    c.telkomcare?.picTicket,
    c.pendingHandover?.id,
    c.call?.customerChoice,
    c.call?.callEndedAt,
    c.call?.unreachedClosing,
  ]);
}

/** The one-tap actions (raise hand, listen, arrive, take over), shown right under the banner. */
export function taps(c, ctx) {
  const allowed = new Set(c.allowedActions ?? []);
  const names = ONE_TAP.filter((a) => allowed.has(a));
  const handover = handoverNotice(c, ctx);
  if (!names.length && !handover) return null;
  const problem = problemSlot();
  return h(
    'section',
    { class: 'taps', 'aria-label': t('actions.title') },
    handover,
    problem.el,
    h(
      'div',
      { class: 'actions__taps' },
      names.map((a) => oneTap(a, c, ctx, problem)),
    ),
  );
}

/** The actions that need a few words or a choice, each in a form that opens on tap. */
export function forms(c, ctx) {
  const allowed = new Set(c.allowedActions ?? []);
  const names = FORMS.filter((a) => allowed.has(a));
  if (!names.length) return null;
  return h(
    'section',
    { class: 'card actions', 'aria-labelledby': 'actions-title' },
    h('h2', { id: 'actions-title' }, t(ctx.me.role === 'AGENT' ? 'actions.title' : 'actions.followUp')),
    h(
      'div',
      { class: 'actions__forms' },
      names.map((a) => formAction(a, c, ctx)),
    ),
  );
}

function oneTap(name, c, ctx, problem) {
  const e = c.escalation;
  const id = encodeURIComponent(c.id);
  const request = {
    'raise-hand': () => [
      'POST',
      `/cases/${id}/escalations`,
      { takeoverRequested: takeover?.querySelector('input').checked ?? false },
    ],
    acknowledge: () => ['POST', `/escalations/${encodeURIComponent(e.id)}/acknowledge`, {}],
    arrive: () => ['POST', `/escalations/${encodeURIComponent(e.id)}/arrive`, {}],
    'take-over': () => ['POST', `/cases/${id}/takeover`, {}],
    'accept-handover': () => ['POST', `/handovers/${encodeURIComponent(c.pendingHandover.id)}/accept`, {}],
  }[name];
  // a later hand on the same case (the TL has been at the desk) is offered more quietly
  const again = name === 'raise-hand' && Boolean(e);
  const style = {
    'raise-hand': again ? 'btn--raise-again' : 'btn--raise',
    acknowledge: 'btn--listen',
    arrive: 'btn--arrive',
    'take-over': 'btn--secondary',
    'accept-handover': 'btn--arrive',
  }[name];
  const takeover = name === 'raise-hand' ? checkbox('takeoverRequested', t('action.raise-hand.takeover')) : null;
  const buttonEl = h(
    'button',
    {
      type: 'button',
      class: `btn btn--big btn--block ${style}`,
      on: {
        click: async () => {
          problem.clear();
          await busy(buttonEl, t('actions.busy'), async () => {
            try {
              const [method, path, body] = request();
              await api(path, { method, body });
              toast(t('case.saved'));
              ctx.done();
            } catch (err) {
              problem.show(err);
            }
          });
        },
      },
    },
    t(again ? 'action.raise-hand.again' : `action.${name}`),
  );
  return h('div', { class: 'actions__tap' }, takeover, buttonEl);
}

/** R-F-4: a handover waiting, told to the receiving TL as theirs to answer and to the others as news. */
function handoverNotice(c, ctx) {
  const p = c.pendingHandover;
  if (!p) return null;
  const words = {
    from: personLabel(p.from),
    to: personLabel(p.to),
    reason: t(`handover.reason.${p.reason}`),
  };
  const forMe = p.to === ctx.me.username;
  return h(
    'p',
    { class: `handover-notice${forMe ? ' handover-notice--mine' : ''}`, role: 'status' },
    t(forMe ? 'handover.forYou' : 'handover.pending', words),
  );
}

/** On TelkomCare the call back is a reply through the channel (R-TC-3). */
function label(name, c) {
  return name === 'call-back' && c.telkomcare ? t('action.call-back.telkomcare') : t(`action.${name}`);
}

/** An action's form is opened on arrival when a screen asked for it (the PIC's home screen). */
let openOnArrival = null;
export function openActionOnArrival(caseId, name) {
  openOnArrival = { caseId, name };
}

function formAction(name, c, ctx) {
  const problem = problemSlot();
  const { controls, request } = BUILDERS[name](c, ctx);
  if (openOnArrival && openOnArrival.caseId === c.id && openOnArrival.name === name) {
    ctx.open.set(name, true);
    openOnArrival = null;
  }
  const submit = h('button', { type: 'submit', class: 'btn btn--primary btn--big' }, label(name, c));
  const form = h('form', { class: 'action__form', on: { submit: onSubmit } }, controls, problem.el, submit);
  const details = h(
    'details',
    {
      class: `action action--${name}`,
      open: ctx.open.get(name) ?? defaultOpen(name, c),
      on: { toggle: () => ctx.open.set(name, details.open) },
    },
    h('summary', { class: 'action__summary' }, label(name, c)),
    form,
  );
  return details;

  async function onSubmit(event) {
    event.preventDefault();
    problem.clear();
    await busy(submit, t('actions.busy'), async () => {
      try {
        const [method, path, body] = request();
        const answer = await api(path, { method, body });
        toast(t('case.saved'));
        ctx.open.set(name, false);
        ctx.done(answer && answer.allowedActions ? answer : undefined);
      } catch (err) {
        problem.show(err);
      }
    });
  }
}

function defaultOpen(name, c) {
  return name === 'name-handling-tl' && c.status !== 'OPEN' && !c.handlingTl;
}

const path = (c, tail) => `/cases/${encodeURIComponent(c.id)}/${tail}`;

const BUILDERS = {
  'name-handling-tl'(c) {
    const tl = select('tl', [], { required: true });
    get('/users?role=TEAM_LEADER')
      .then((users) => {
        const ofCluster = users.filter((u) => u.clusterId === c.clusterId);
        tl.append(...ofCluster.map((u) => h('option', { value: u.username }, `${u.displayName} (${u.username})`)));
        tl.value =
          c.handlingTl ?? (ofCluster.some((u) => u.username === c.escalation?.targetTl) ? c.escalation.targetTl : '');
      })
      .catch(() => {});
    return { controls: [field(t('form.tl'), tl)], request: () => ['PUT', path(c, 'handling-tl'), { tl: tl.value }] };
  },

  coordinate(c) {
    const unit = select(
      'unit',
      UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) })),
      { required: true },
    );
    const note = textArea('note', { required: true, maxlength: 2000 });
    const policy = checkbox('policyDecision', t('form.policyDecision'), {
      checked: c.policyDecisionRequired && !c.policyDecisionCoordinated,
    });
    const promised = h('input', { type: 'datetime-local', name: 'promisedResolutionAt', class: 'input' });
    return {
      controls: [field(t('form.unit'), unit), field(t('form.note'), note), policy, field(t('form.promised'), promised)],
      request: () => [
        'POST',
        path(c, 'coordinations'),
        {
          unit: unit.value,
          note: note.value.trim(),
          policyDecision: policy.querySelector('input').checked,
          ...(promised.value ? { promisedResolutionAt: wibInputToIso(promised.value) } : {}),
        },
      ],
    };
  },

  'progress-check'(c) {
    const note = textArea('note', { required: true, maxlength: 2000 });
    return {
      controls: [field(t('form.note'), note)],
      request: () => ['POST', path(c, 'progress-checks'), { note: note.value.trim() }],
    };
  },

  'hand-over'(c, ctx) {
    const to = select('to', [], { required: true });
    loadUsers()
      .then((users) => {
        const others = users.filter(
          (u) => u.role === 'TEAM_LEADER' && u.clusterId === c.clusterId && u.username !== ctx.me.username,
        );
        to.append(...others.map((u) => h('option', { value: u.username }, `${u.displayName} (${u.username})`)));
      })
      .catch(() => {});
    const reason = radios(
      'reason',
      t('form.handoverReason'),
      HANDOVER_REASONS.map((r) => ({ value: r, label: t(`handover.reason.${r}`) })),
      'END_OF_SHIFT',
    );
    const note = textArea('note', { maxlength: 2000 });
    return {
      controls: [field(t('form.handoverTo'), to), reason, field(t('form.noteOptional'), note)],
      request: () => [
        'POST',
        path(c, 'handovers'),
        {
          to: to.value,
          reason: reason.querySelector('input:checked')?.value ?? 'END_OF_SHIFT',
          ...(note.value.trim() ? { note: note.value.trim() } : {}),
        },
      ],
    };
  },

  'withdraw-hand'(c) {
    const reason = radios(
      'reason',
      t('form.withdrawReason'),
      ['CUSTOMER_HUNG_UP', 'OTHER'].map((r) => ({ value: r, label: t(`withdraw.${r}`) })),
      'CUSTOMER_HUNG_UP',
    );
    const note = textArea('note', { maxlength: 2000 });
    return {
      controls: [reason, field(t('form.noteOptional'), note)],
      request: () => [
        'POST',
        `/escalations/${encodeURIComponent(c.escalation.id)}/withdraw`,
        {
          reason: reason.querySelector('input:checked')?.value ?? 'CUSTOMER_HUNG_UP',
          ...(note.value.trim() ? { note: note.value.trim() } : {}),
        },
      ],
    };
  },

  // R-C-1: how the call ended once the TL came
  'end-call'(c, ctx) {
    const how = radios(
      'how',
      t('form.callEnd'),
      ['CLOSED_FOR_FOLLOW_UP', 'ENDED_WITH_TL'].map((v) => ({ value: v, label: t(`callEnd.${v}`) })),
      ctx.me.role === 'AGENT' ? 'CLOSED_FOR_FOLLOW_UP' : 'ENDED_WITH_TL',
    );
    const note = textArea('note', { maxlength: 2000 });
    return {
      controls: [how, field(t('form.noteOptional'), note)],
      request: () => [
        'POST',
        path(c, 'call-end'),
        {
          how: how.querySelector('input:checked')?.value ?? 'CLOSED_FOR_FOLLOW_UP',
          ...(note.value.trim() ? { note: note.value.trim() } : {}),
        },
      ],
    };
  },

  // R-C-2: the seed's order, a call back first
  'record-choice'(c) {
    const choice = radios(
      'choice',
      t('form.choice'),
      CHOICES.map((v) => ({ value: v, label: t(`choice.${v}`) })),
      'CALL_BACK',
    );
    const agreed = h('input', { type: 'datetime-local', name: 'callBackAt', class: 'input' });
    const agreedField = field(t('form.agreedAt'), agreed, t('form.agreedAtHint'));
    choice.addEventListener('change', () => {
      agreedField.hidden = choice.querySelector('input:checked')?.value !== 'CALL_BACK';
    });
    return {
      controls: [choice, agreedField],
      request: () => {
        const picked = choice.querySelector('input:checked')?.value ?? 'CALL_BACK';
        return [
          'POST',
          path(c, 'customer-choice'),
          {
            choice: picked,
            ...(picked === 'CALL_BACK' && agreed.value ? { callBackAt: wibInputToIso(agreed.value) } : {}),
          },
        ];
      },
    };
  },

  // R-C-3: with a reason; beyond six hours or into the quiet hours only when the customer agreed
  'reschedule-call-back'(c) {
    const dueAt = h('input', { type: 'datetime-local', name: 'dueAt', class: 'input', required: true });
    const reason = textArea('reason', { required: true, maxlength: 2000 });
    const agreed = checkbox('agreedWithCustomer', t('form.agreedWithCustomer'));
    return {
      controls: [field(t('form.dueAt'), dueAt), field(t('form.reason'), reason), agreed],
      request: () => [
        'PUT',
        path(c, 'next-call-back'),
        {
          dueAt: wibInputToIso(dueAt.value),
          reason: reason.value.trim(),
          agreedWithCustomer: agreed.querySelector('input').checked,
        },
      ],
    };
  },

  // R-C-4: the handling TL asks the SPV on shift; the SPV answers on the tablet
  'request-unreached-closing'(c) {
    const reason = textArea('reason', { required: true, maxlength: 2000 });
    return {
      controls: [field(t('form.reason'), reason)],
      request: () => ['POST', path(c, 'unreached-closing'), { reason: reason.value.trim() }],
    };
  },

  'approve-unreached-closing'(c) {
    const note = textArea('note', { maxlength: 2000 });
    return {
      controls: [h('p', null, c.call?.unreachedClosingReason ?? ''), field(t('form.noteOptional'), note)],
      request: () => [
        'POST',
        path(c, 'unreached-closing/approve'),
        note.value.trim() ? { note: note.value.trim() } : {},
      ],
    };
  },

  'decline-unreached-closing'(c) {
    const note = textArea('note', { required: true, maxlength: 2000 });
    return {
      controls: [field(t('form.declineWhy'), note)],
      request: () => ['POST', path(c, 'unreached-closing/decline'), { note: note.value.trim() }],
    };
  },

  // R-C-6: QC, the SPV and the manager acknowledge ("mengetahui") the documented follow-up
  'acknowledge-follow-up'(c) {
    const note = textArea('note', { maxlength: 2000 });
    return {
      controls: [h('p', { class: 'muted' }, t('form.acknowledgeLead')), field(t('form.noteOptional'), note)],
      request: () => ['POST', path(c, 'acknowledgements'), note.value.trim() ? { note: note.value.trim() } : {}],
    };
  },

  // R-C-7: a TL or QC flags what the agent missed
  'flag-missed'(c) {
    const boxes = CRITERIA.map((id) => checkbox('criteria', `${id} · ${t(id)}`, { value: id }));
    const other = textArea('otherReason', { maxlength: 1000 });
    const note = textArea('note', { required: true, maxlength: 2000 });
    return {
      controls: [
        h('fieldset', { class: 'radios' }, h('legend', { class: 'field__label' }, t('form.criteriaHeard')), boxes),
        field(t('form.otherReason'), other),
        field(t('form.note'), note),
      ],
      request: () => [
        'POST',
        path(c, 'missed-flag'),
        {
          criteria: boxes.filter((b) => b.querySelector('input').checked).map((b) => b.querySelector('input').value),
          ...(other.value.trim() ? { otherReason: other.value.trim() } : {}),
          note: note.value.trim(),
        },
      ],
    };
  },

  'decline-handover'(c) {
    const note = textArea('note', { maxlength: 2000 });
    return {
      controls: [field(t('form.noteOptional'), note)],
      request: () => [
        'POST',
        `/handovers/${encodeURIComponent(c.pendingHandover.id)}/decline`,
        note.value.trim() ? { note: note.value.trim() } : {},
      ],
    };
  },

  'hand-over-to-pic'(c) {
    const pic = select('pic', [], { required: true });
    get('/users?role=PIC_TICKET')
      .then((users) => {
        pic.append(...users.map((u) => h('option', { value: u.username }, `${u.displayName} (${u.username})`)));
        if (users.length === 1) pic.value = users[0].username;
      })
      .catch(() => {});
    return {
      controls: [
        c.telkomcare?.picTicket ? h('p', { class: 'muted' }, t('tc.pic', { pic: c.telkomcare.picTicket })) : null,
        field(t('form.pic'), pic, t('form.picHint')),
      ],
      request: () => ['POST', path(c, 'pic-handover'), { pic: pic.value }],
    };
  },

  'call-back'(c, ctx) {
    // TelkomCare: a reply through the channel needs no desk; a telephone call still needs a recorded one
    const viaChannel = Boolean(c.telkomcare);
    const desk = viaChannel ? select('deskId', [], {}) : select('deskId', [], { required: true });
    if (viaChannel) desk.options[0].textContent = t('form.viaChannel');
    deskOptions(
      desk,
      (d) => d.voiceRecording,
      (d) => !viaChannel && d.seatedUsername === ctx.me.username,
    );
    const outcome = radios(
      'outcome',
      t('form.outcome'),
      ['REACHED', 'NO_ANSWER'].map((o) => ({ value: o, label: t(`form.outcome.${o}`) })),
      'REACHED',
    );
    const note = textArea('note', { maxlength: 2000 });
    const final = checkbox('final', t('form.final'));
    return {
      controls: [field(t('form.deskRecorded'), desk), outcome, field(t('form.noteOptional'), note), final],
      request: () => [
        'POST',
        path(c, 'callbacks'),
        {
          ...(desk.value ? { deskId: desk.value } : {}),
          outcome: outcome.querySelector('input:checked')?.value ?? 'REACHED',
          note: note.value.trim(),
          final: final.querySelector('input').checked,
        },
      ],
    };
  },

  // K-4: while listening, what the problem is, from the policy's categories
  'identify-problem'(c) {
    const category = categorySelect('category', c.identifiedCategory, true);
    const note = textArea('note', { maxlength: 2000 });
    return {
      controls: [field(t('form.category'), category), field(t('form.noteOptional'), note)],
      request: () => [
        'POST',
        `/escalations/${encodeURIComponent(c.escalation.id)}/identification`,
        { category: category.value, note: note.value.trim() || null },
      ],
    };
  },

  // K-4: at the desk, the direction the TL gives the agent
  'give-direction'(c) {
    const direction = textArea('direction', { required: true, maxlength: 2000 });
    return {
      controls: [field(t('form.direction'), direction)],
      request: () => [
        'POST',
        `/escalations/${encodeURIComponent(c.escalation.id)}/direction`,
        { direction: direction.value.trim() },
      ],
    };
  },

  close(c) {
    const resolution = textArea('resolution', { required: true, maxlength: 2000 });
    // K-4: required once the TL identified the problem, so that the identification is measured
    const category = categorySelect('resolutionCategory', c.identifiedCategory, Boolean(c.identifiedCategory));
    return {
      controls: [field(t('form.resolution'), resolution), field(t('form.resolutionCategory'), category)],
      request: () => [
        'POST',
        path(c, 'close'),
        { resolution: resolution.value.trim(), resolutionCategory: category.value || null },
      ],
    };
  },

  transfer(c) {
    const desk = select('deskId', [], { required: true });
    deskOptions(
      desk,
      (d) => d.kind === 'TL_EXTENSION' && d.voiceRecording,
      (d) => d.clusterId === c.clusterId,
    );
    return {
      controls: [field(t('form.desk'), desk)],
      request: () => ['POST', path(c, 'transfers'), { deskId: desk.value }],
    };
  },

  'serve-at-workstation'(c) {
    const plan = textArea('followUpPlan', { required: true, maxlength: 2000 });
    return {
      controls: [field(t('form.followUpPlan'), plan)],
      request: () => ['POST', path(c, 'workstation-service'), { followUpPlan: plan.value.trim() }],
    };
  },

  'require-policy-decision'(c) {
    const note = textArea('note', { maxlength: 2000 });
    return {
      controls: [field(t('form.noteOptional'), note)],
      request: () => ['PUT', path(c, 'policy-decision'), note.value.trim() ? { note: note.value.trim() } : {}],
    };
  },

  'review-flag'(c) {
    const verdict = radios('confirmed', t('form.flag'), [
      { value: 'true', label: t('form.flag.confirm') },
      { value: 'false', label: t('form.flag.overturn') },
    ]);
    const note = textArea('note', { maxlength: 2000 });
    return {
      controls: [verdict, field(t('form.noteOptional'), note)],
      request: () => [
        'POST',
        path(c, 'flag-review'),
        { confirmed: verdict.querySelector('input:checked')?.value === 'true', note: note.value.trim() },
      ],
    };
  },
};

/** Fills a desk picker with the desks that pass keep, preselecting the first that is preferred. */
function deskOptions(selectEl, keep, preferred) {
  loadDesks()
    .then((desks) => {
      const offered = desks
        .filter(keep)
        .sort((a, b) => Number(preferred(b)) - Number(preferred(a)) || a.id.localeCompare(b.id));
      selectEl.append(...offered.map((d) => h('option', { value: d.id }, deskLabel(d))));
      const first = offered.find(preferred);
      if (first) selectEl.value = first.id;
    })
    .catch(() => {});
}

function deskLabel(d) {
  const kind = t(`desk.${d.kind}`, { cluster: d.clusterId ?? '—' });
  const seated = d.seatedUsername ? ` · ${t('desk.seated', { user: d.seatedUsername })}` : '';
  return `${d.id} · ${kind}${seated}`;
}

let categories;

/** K-4: the active policy's problem categories, asked for once. */
function policyCategories() {
  categories ??= get('/policy/active').then(
    (p) => (p.problemCategories ?? '').split(',').filter(Boolean),
    () => {
      categories = undefined;
      return [];
    },
  );
  return categories;
}

/** A select of the policy's categories (shown as words), preselecting `chosen`. */
function categorySelect(name, chosen, required) {
  const el = select(name, [], required ? { required: true } : {});
  policyCategories().then((list) => {
    el.replaceChildren(
      h('option', { value: '' }, t(required ? 'form.choose' : 'form.categoryNone')),
      ...list.map((code) => h('option', { value: code, selected: code === chosen }, categoryLabel(code))),
    );
  });
  return el;
}
