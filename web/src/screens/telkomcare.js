// TelkomCare: paste a thread from social media or e-mail and see R-TC-1's verdict, with each
// criterion's evidence marked in the messages. Nothing is stored (POST /telkomcare/assessments).
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { post } from '../api.js';
import { wibDay } from '../format.js';
import { field, textInput, textArea } from '../components/forms.js';
import { problemBox } from '../components/problem.js';
import { threadView } from '../components/tc-thread.js';
import './telkomcare.css';

const TIME = /^\[?(\d{1,2})[:.](\d{2})\]?\s+/;

/** One message per paragraph; a leading "14:05" is the WIB time, else a minute apart. */
export function parseThread(text, now = Date.now()) {
  const today = wibDay(0, now);
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.map((part, i) => {
    const time = TIME.exec(part);
    if (time) {
      const at = new Date(`${today}T${time[1].padStart(2, '0')}:${time[2]}:00+07:00`).toISOString();
      return { at, text: part.slice(time[0].length) };
    }
    return { at: new Date(now - (parts.length - i) * 60000).toISOString(), text: part };
  });
}

export function telkomcareScreen(container) {
  const channel = h(
    'select',
    { class: 'input', name: 'channel' },
    ['SOCIAL', 'EMAIL'].map((c) => h('option', { value: c }, t(`tc.channel.${c}`))),
  );
  const handle = textInput('handle', { maxlength: 100, placeholder: '@pelanggan' });
  const name = textInput('name', { maxlength: 100 });
  const followers = textInput('followers', { inputmode: 'numeric', pattern: '[0-9]*' });
  const bio = textInput('bio', { maxlength: 1000 });
  const messages = textArea('messages', { rows: 8, required: true });
  const submit = h('button', { type: 'submit', class: 'btn btn--primary btn--big' }, t('tc.check'));
  const result = h('div', { 'aria-live': 'polite' });
  let stopped = false;

  container.append(
    h(
      'div',
      { class: 'page page--form' },
      h('div', { class: 'page__head' }, h('h1', null, t('tc.title')), h('p', { class: 'lead' }, t('tc.lead'))),
      h(
        'form',
        { class: 'tc-form', on: { submit: check } },
        field(t('tc.channel'), channel),
        field(t('tc.handle'), handle),
        field(t('tc.name'), name),
        field(t('tc.followersLabel'), followers),
        field(t('tc.bio'), bio),
        field(t('tc.messages'), messages),
        submit,
      ),
      result,
    ),
  );
  return () => {
    stopped = true;
  };

  async function check(e) {
    e.preventDefault();
    const thread = parseThread(messages.value);
    if (!thread.length) {
      fill(result, h('p', { class: 'problem', role: 'alert' }, t('tc.noMessages')));
      return;
    }
    const count = Number.parseInt(followers.value, 10);
    const author =
      handle.value.trim() || name.value.trim() || bio.value.trim() || Number.isFinite(count)
        ? {
            handle: handle.value.trim() || undefined,
            name: name.value.trim() || undefined,
            bio: bio.value.trim() || undefined,
            followers: Number.isFinite(count) ? count : undefined,
          }
        : undefined;
    submit.disabled = true;
    submit.textContent = t('tc.busy');
    try {
      const assessment = await post('/telkomcare/assessments', { channel: channel.value, author, messages: thread });
      if (stopped) return;
      fill(result, threadView({ messages: thread, author, assessment }));
    } catch (error) {
      if (!stopped) fill(result, problemBox(error));
    } finally {
      submit.disabled = false;
      submit.textContent = t('tc.check');
    }
  }
}
