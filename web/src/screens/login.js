// Sign-in: username and password, then the role's home screen.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { post } from '../api.js';
import * as session from '../session.js';
import { field, textInput, busy } from '../components/forms.js';
import { problemSlot } from '../components/problem.js';
import './login.css';

export function loginScreen(container) {
  const problem = problemSlot();
  const reason = session.takeSignOutReason();
  const username = textInput('username', {
    autocomplete: 'username',
    autocapitalize: 'none',
    spellcheck: 'false',
    required: true,
  });
  const password = textInput('password', { type: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'btn btn--primary btn--block' }, t('login.submit'));

  const form = h(
    'form',
    { class: 'card login', on: { submit: onSubmit } },
    h(
      'h1',
      { class: 'login__title' },
      h('img', { src: '/icons/icon-192.png', alt: '', width: 56, height: 56 }),
      t('login.title'),
    ),
    h('p', { class: 'lead' }, t('app.tagline')),
    reason === 'expired' ? h('p', { class: 'notice', role: 'status' }, t('login.expired')) : null,
    problem.el,
    field(t('login.username'), username),
    field(t('login.password'), password),
    submit,
  );
  container.append(h('div', { class: 'page page--narrow' }, form));
  username.focus();

  async function onSubmit(event) {
    event.preventDefault();
    problem.clear();
    await busy(submit, t('login.busy'), async () => {
      try {
        const login = await post('/auth/login', { username: username.value.trim(), password: password.value });
        session.signIn(login);
      } catch (e) {
        problem.show(e);
        password.select();
      }
    });
  }
}
