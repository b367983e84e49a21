import { h } from '../dom.js';
import { t } from '../i18n.js';

export function notFoundScreen(container) {
  container.append(
    h(
      'div',
      { class: 'page page--narrow' },
      h(
        'div',
        { class: 'card' },
        h('h1', null, t('error.notFound')),
        h('p', null, h('a', { href: '#/' }, t('error.backHome'))),
      ),
    ),
  );
}

export function noAccessScreen(container) {
  container.append(
    h(
      'div',
      { class: 'page page--narrow' },
      h('div', { class: 'card' }, h('h1', null, t('app.name')), h('p', null, t('login.noAccess'))),
    ),
  );
}
