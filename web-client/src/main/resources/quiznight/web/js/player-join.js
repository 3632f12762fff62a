// Player, joining: the game PIN (pre-filled from /play?code=…) and a nickname, with a dice for a random fun name,
// and a clear message for a wrong PIN, a locked room, or a taken or refused name. In a room where players pick their
// team, the server answers the first try with the teams: the form then shows the team choice too. In a room that asks
// for real names (for the teacher's report only), the server refuses a join without one: the form then shows that field.
import { h, setText, focus } from './dom.js';
import { icon } from './icons.js';
import { cleanPin } from './format.js';
import { isCodeError } from './errors.js';
import { ErrorCode } from './protocol.js';
import { teamPicker } from './team-views.js';
import { t } from './i18n.js';
import { languagePicker } from './language-picker.js';

export function joinScreen({ code, name, notice, onJoin, randomName }) {
  const pin = h('input', {
    id: 'pin', name: 'pin', class: 'input input-pin', value: code ?? '', inputmode: 'numeric', autocomplete: 'off',
    pattern: '[0-9]*', maxlength: 7, placeholder: '123456', required: true, 'aria-describedby': 'join-error',
    enterkeyhint: 'next', spellcheck: 'false',
  });
  const nick = h('input', {
    id: 'nickname', name: 'nickname', class: 'input input-name', value: name ?? '', autocomplete: 'nickname',
    maxlength: 60, placeholder: t('join.nickname-placeholder'), required: true, 'aria-describedby': 'join-error', enterkeyhint: 'go',
    autocapitalize: 'words', spellcheck: 'false',
  });
  const dice = h('button', {
    type: 'button', class: 'btn btn-dice', title: t('join.dice-title'), 'aria-label': t('join.dice-label'),
    onclick: () => {
      nick.value = randomName(nick.value);
      dice.classList.remove('spin');
      void dice.offsetWidth;
      dice.classList.add('spin');
      clearError();
    },
  }, icon('dice'));
  const error = h('p', { id: 'join-error', class: 'form-error', role: 'alert', 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-xl btn-block' }, h('span', { text: t('join.submit') }), icon('next'));

  const form = h('form', { class: 'join-form', novalidate: true, 'aria-labelledby': 'join-title' },
    h('div', { class: 'field' }, h('label', { htmlFor: 'pin', text: t('join.pin') }), pin),
    h('div', { class: 'field' }, h('label', { htmlFor: 'nickname', text: t('join.nickname') }),
      h('div', { class: 'name-row' }, nick, dice)),
    error,
    submit);
  let picker = null;
  let realName = null; // the real-name field, once the room asked for one

  const el = h('section', { class: 'join' },
    h('header', { class: 'join-hero' },
      h('h1', { id: 'join-title', class: 'brand-title' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), 'QuizNight'),
      h('p', { class: 'hero-sub', text: t('join.sub') }), languagePicker({ cls: 'join-lang' })),
    notice ? h('p', { class: 'notice', role: 'status', text: notice }) : null,
    form,
    h('p', { class: 'practice-join' }, h('a', { href: 'practice', text: t('join.practice') })));

  function clearError() {
    setText(error, '');
    pin.removeAttribute('aria-invalid');
    nick.removeAttribute('aria-invalid');
    realName?.removeAttribute('aria-invalid');
  }

  function showError(text, field) {
    setText(error, text);
    field.setAttribute('aria-invalid', 'true');
    focus(field);
    form.classList.remove('shake');
    void form.offsetWidth;
    form.classList.add('shake');
  }

  pin.addEventListener('input', () => {
    const v = cleanPin(pin.value);
    if (v !== pin.value) pin.value = v;
    clearError();
  });
  nick.addEventListener('input', clearError);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearError();
    const c = cleanPin(pin.value);
    const n = nick.value.trim();
    if (c.length !== 6) {
      showError(t('join.bad-pin'), pin);
      return;
    }
    if (!n) {
      showError(t('join.no-name'), nick);
      return;
    }
    if (picker && picker.value() == null) {
      showError(t('error.team-required'), picker.el);
      return;
    }
    setBusy(true);
    onJoin(c, n, picker ? picker.value() : null, realName ? realName.value.trim() : null);
  });

  /** The room asks for real names: show the field (once); it may stay empty. */
  function showRealName() {
    if (realName) return;
    realName = h('input', {
      id: 'real-name', name: 'real-name', class: 'input input-name', autocomplete: 'name', maxlength: 80,
      placeholder: t('join.real-name-placeholder'), 'aria-describedby': 'join-error', enterkeyhint: 'go', autocapitalize: 'words',
      spellcheck: 'false',
    });
    realName.addEventListener('input', clearError);
    form.insertBefore(h('div', { class: 'field' },
      h('label', { htmlFor: 'real-name', text: t('join.real-name') }), realName), error);
  }

  function setBusy(busy) {
    submit.disabled = busy;
    setText(submit.querySelector('span'), busy ? t('join.busy') : t('join.submit'));
  }

  return {
    el,
    /** The server refused the join. */
    failed(code, text) {
      setBusy(false);
      if (code === ErrorCode.REAL_NAME_WANTED) {
        showRealName();
        showError(text, realName);
        return;
      }
      if (code === ErrorCode.TEAM_REQUIRED && picker) {
        showError(text, picker.el);
        picker.focus();
        return;
      }
      showError(text, isCodeError(code) ? pin : nick);
    },
    /** The room lets players pick their team: show the choice (once). */
    showTeams(teams) {
      if (picker || !Array.isArray(teams) || !teams.length) return;
      picker = teamPicker(teams, { onPick: clearError });
      form.insertBefore(picker.el, error);
    },
    setBusy,
  };
}
