// The host page's gate: who may host is the server's to say (GET api/organiser). Signed in (or open hosting):
// the host app loads, with a sign-out button when there is something to sign out of. Not signed in: a sign-in
// form (the organiser key, or name and password when the server has named organisers); the session is an
// HttpOnly cookie the script never sees. The player page does not use this.
import { h } from './dom.js';
import { loadLanguage, t } from './i18n.js';
import { languagePicker } from './language-picker.js';

const api = (path) => new URL(path, location.href);
const main = document.getElementById('main');

/** What the server answers, as {status, body}; a network failure as status 0. */
async function call(path, options) {
  try {
    const r = await fetch(api(path), { cache: 'no-store', credentials: 'same-origin', ...options });
    let body = {};
    try {
      body = await r.json();
    } catch {
      body = {};
    }
    return { status: r.status, body };
  } catch {
    return { status: 0, body: {} };
  }
}

function signOutButton() {
  const button = h('button', {
    type: 'button', class: 'btn btn-ghost signout-button', 'data-testid': 'sign-out',
    onclick: async () => {
      button.disabled = true;
      await call('api/organiser/sign-out', { method: 'POST' });
      location.reload();
    },
  }, t('signin.sign-out'));
  return button;
}

function signInForm(mode, problem) {
  const named = mode === 'accounts';
  const message = h('p', { class: 'signin-message', role: 'alert', 'aria-live': 'polite' }, problem ?? '');
  const fields = named
    ? [
      h('label', { class: 'signin-field' }, t('signin.name'),
        h('input', { name: 'name', type: 'text', autocomplete: 'username', required: true, 'data-autofocus': true })),
      h('label', { class: 'signin-field' }, t('signin.password'),
        h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    ]
    : [
      h('label', { class: 'signin-field' }, t('signin.key'),
        h('input', { name: 'key', type: 'password', autocomplete: 'off', required: true, 'data-autofocus': true })),
    ];
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, t('signin.submit'));
  const form = h('form', { class: 'card signin-form', novalidate: true, 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title', class: 'brand-title' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), 'QuizNight'),
    h('p', { class: 'signin-sub' }, named
      ? t('signin.sub-accounts')
      : t('signin.sub-key')),
    ...fields, message, submit, languagePicker({ cls: 'signin-lang' }));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form).entries());
    if (Object.values(data).some((v) => String(v).trim() === '')) {
      message.textContent = named ? t('signin.need-name') : t('signin.need-key');
      return;
    }
    submit.disabled = true;
    message.textContent = t('signin.busy');
    const r = await call('api/organiser/sign-in', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data),
    });
    if (r.status === 200) {
      location.reload();
      return;
    }
    submit.disabled = false;
    message.textContent = r.body.error ?? (r.status === 0 ? t('signin.unreachable') : t('signin.failed', { status: String(r.status) }));
  });
  return h('section', { class: 'setup signin' }, form);
}

async function start() {
  await loadLanguage();
  const who = await call('api/organiser');
  if (who.status !== 200 || who.body.mayHost || who.body.mode === 'open') {
    if (who.status === 200 && who.body.mode !== 'open') document.body.append(signOutButton());
    await import('./host-main.js');
    return;
  }
  main.replaceChildren(signInForm(who.body.mode, who.body.problem));
  main.querySelector('[data-autofocus]')?.focus();
}

start();
