// A TelkomCare case's thread as stored: the customer's posts or e-mails (from the timeline), each
// criterion's evidence marked in them, the verdict (R-TC-1), and, for those the procedure lets,
// correcting one criterion with a reason. Customer text goes through text nodes only.
import { h } from '../../dom.js';
import { t, has } from '../../i18n.js';
import { put, post } from '../../api.js';
import { dateTime } from '../../format.js';
import { personLabel } from '../../state/directory.js';
import { threadView } from '../../components/tc-thread.js';
import { field, textArea, radios, busy } from '../../components/forms.js';
import { problemSlot } from '../../components/problem.js';
import { toast } from '../../components/toast.js';
import './actions.css';
import './telkomcare.css';

export function isTelkomCare(c) {
  return Boolean(c?.telkomcare) || String(c?.channel ?? '').startsWith('TELKOMCARE');
}

/**
 * The thread's messages from the timeline, in the order the assessment's evidence indexes count
 * them: its list of external ids when it has one, else by the time they were posted.
 */
export function messagesOf(c) {
  const received = (c.timeline ?? [])
    .filter((e) => e.type === 'TELKOMCARE_MESSAGE_RECEIVED')
    .map((e, seq) => ({ at: e.postedAt ?? e.at, text: String(e.text ?? ''), externalId: e.externalId, seq }))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.seq - b.seq);
  const order = c.telkomcare?.assessment?.messages;
  if (!Array.isArray(order)) return received;
  const byId = new Map(received.map((m) => [m.externalId, m]));
  const ordered = order.map((id) => byId.get(id)).filter(Boolean);
  // messages the assessment has not counted yet come after, so that indexes stay right
  return [...ordered, ...received.filter((m) => !order.includes(m.externalId))];
}

export function telkomcareSignature(c) {
  return JSON.stringify([
    c.telkomcare,
    messagesOf(c).length,
    c.allowedActions?.includes('correct-criterion'),
    c.allowedActions?.includes('reply'),
    repliesOf(c).length,
    c.createdBy,
    c.status,
  ]);
}

/** R-C-9: the answers sent to the customer, oldest first. */
function repliesOf(c) {
  return (c.timeline ?? []).filter((e) => e.type === 'REPLY_SENT');
}

/** ctx.open remembers which correction forms are open across redraws; ctx.done(updated) reloads. */
/** R-C-8: the platform the thread is on, when it says more than the channel does. */
function platformLabel(platform) {
  if (!platform || platform === 'OTHER' || platform === 'EMAIL') return '';
  return ` · ${has(`tc.platform.${platform}`) ? t(`tc.platform.${platform}`) : platform}`;
}

export function telkomcarePanel(c, ctx) {
  const assessment = c.telkomcare?.assessment ?? {};
  const canCorrect = c.allowedActions?.includes('correct-criterion');
  const handle = c.telkomcare?.author;
  return h(
    'section',
    { class: 'card tc-case', 'aria-labelledby': 'tc-case-title' },
    h('h2', { id: 'tc-case-title' }, t('tc.caseTitle')),
    h(
      'p',
      { class: 'muted' },
      t(`tc.channel.${String(c.channel ?? '').replace('TELKOMCARE_', '')}`),
      platformLabel(c.telkomcare?.platform),
      handle ? ` · ${handle}` : '',
      ` · ${t('tc.agent', { agent: personLabel(c.createdBy) })}`,
      c.telkomcare?.picTicket ? ` · ${t('tc.pic', { pic: c.telkomcare.picTicket })}` : '',
    ),
    threadView({
      messages: messagesOf(c),
      author: handle ? { handle } : null,
      assessment,
      criterionActions: canCorrect ? (id, criterion) => correction(c, id, criterion, ctx) : null,
    }),
    replies(c, ctx),
  );
}

function replies(c, ctx) {
  const sent = repliesOf(c);
  return h(
    'div',
    { class: 'tc-replies' },
    h('h3', {}, t('tc.repliesTitle')),
    sent.length
      ? h(
          'ol',
          { class: 'tc-replies__list' },
          ...sent.map((r) =>
            h(
              'li',
              { class: 'tc-reply' },
              h('p', { class: 'tc-reply__text' }, String(r.text ?? '')),
              h('p', { class: 'muted' }, `${personLabel(r.actor)} · ${dateTime(r.at)}`),
            ),
          ),
        )
      : h('p', { class: 'muted' }, t('tc.noReplies')),
    c.allowedActions?.includes('reply') ? replyForm(c, ctx) : null,
  );
}

function replyForm(c, ctx) {
  const key = 'reply';
  const problem = problemSlot();
  const text = textArea('text', { required: true, maxlength: 5000, rows: 3 });
  const submit = h('button', { type: 'submit', class: 'btn btn--primary btn--big' }, t('tc.send'));
  const details = h(
    'details',
    {
      class: 'action tc-reply-form',
      open: ctx.open.get(key) ?? false,
      on: { toggle: () => ctx.open.set(key, details.open) },
    },
    h('summary', { class: 'action__summary' }, t('tc.reply')),
    h('form', { class: 'action__form', on: { submit: onSubmit } }, field(t('tc.replyText'), text), problem.el, submit),
  );
  return details;

  async function onSubmit(event) {
    event.preventDefault();
    problem.clear();
    await busy(submit, t('actions.busy'), async () => {
      try {
        const updated = await post(`/cases/${encodeURIComponent(c.id)}/replies`, { text: text.value });
        toast(t('tc.replied'));
        ctx.open.set(key, false);
        ctx.done(updated && updated.allowedActions ? updated : undefined);
      } catch (err) {
        problem.show(err);
      }
    });
  }
}

function correction(c, id, criterion, ctx) {
  const key = `correct:${id}`;
  const problem = problemSlot();
  const choice = radios(
    `met-${id}`,
    t('tc.correctTo'),
    [
      { value: 'true', label: t('tc.met') },
      { value: 'false', label: t('tc.notMet') },
    ],
    criterion.met ? 'false' : 'true',
  );
  const reason = textArea('reason', { required: true, maxlength: 2000, rows: 2 });
  const submit = h('button', { type: 'submit', class: 'btn btn--primary btn--big' }, t('tc.save'));
  const form = h(
    'form',
    { class: 'action__form', on: { submit: onSubmit } },
    choice,
    field(t('tc.reason'), reason),
    problem.el,
    submit,
  );
  const details = h(
    'details',
    {
      class: 'action tc-correct',
      open: ctx.open.get(key) ?? false,
      on: { toggle: () => ctx.open.set(key, details.open) },
    },
    h('summary', { class: 'action__summary' }, `${t('tc.correct')} ${id}`),
    form,
  );
  return details;

  async function onSubmit(event) {
    event.preventDefault();
    problem.clear();
    await busy(submit, t('actions.busy'), async () => {
      try {
        const met = choice.querySelector('input:checked')?.value === 'true';
        // the reason goes as written: the server judges whether it says anything (R-TC-1)
        const updated = await put(`/cases/${encodeURIComponent(c.id)}/telkomcare-criteria/${encodeURIComponent(id)}`, {
          met,
          reason: reason.value,
        });
        toast(t('case.saved'));
        ctx.open.set(key, false);
        ctx.done(updated && updated.allowedActions ? updated : undefined);
      } catch (err) {
        problem.show(err);
      }
    });
  }
}
