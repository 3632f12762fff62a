// Player, a question: big tap targets filling the screen (2×2 for four choices); multi with a submit button;
// text and number with an input; "answer locked in" once sent. The host may hide the question text (projector).
import { h, setText, focus } from './dom.js';
import { icon } from './icons.js';
import { choiceTile, choiceBadge } from './choice-tile.js';
import { choiceForKey, gridClass } from './choices.js';
import { countdown } from './countdown.js';
import { questionHead, codeBlock, kindHint } from './question-head.js';
import { Kind } from './protocol.js';
import { parseNumberInput } from './format.js';

/** What the player picked, shown back on the "locked in" panel. */
export function myAnswerView(q, myAnswer) {
  if (!myAnswer) return null;
  if (Array.isArray(myAnswer.choices)) {
    return h('div', { class: 'my-answer' },
      myAnswer.choices.map((i) => h('span', { class: 'my-answer-item' }, choiceBadge(i),
        q.hideText || q.choices?.[i] == null ? null : h('span', { class: 'my-answer-text', text: q.choices[i] }))));
  }
  return h('div', { class: 'my-answer' }, h('span', { class: 'my-answer-typed', text: String(myAnswer.value) }));
}

export function playerQuestionScreen(state, { clock, onAnswer }) {
  const q = state.question;
  const hide = q.hideText === true;
  const cd = countdown({ clock, deadline: q.deadline, timeLimitMs: q.timeLimitMs, cls: 'cd-player' });
  const selected = new Set();
  let sent = false;

  const send = (value, shown) => {
    if (sent) return;
    sent = true;
    onAnswer({ index: q.index, kind: q.kind, value, ...shown });
  };

  let answerArea;
  let submitMulti = null;
  let input = null;
  const buttons = [];
  if (q.kind === Kind.SINGLE || q.kind === Kind.TRUEFALSE || q.kind === Kind.MULTI) {
    const multi = q.kind === Kind.MULTI;
    q.choices.forEach((c, i) => {
      const b = choiceTile(i, hide ? null : c, {
        tag: 'button',
        props: {
          type: 'button', class: 'answer-btn', 'aria-pressed': multi ? 'false' : null,
          onclick: () => pick(i),
        },
        extra: multi ? h('span', { class: 'tick', 'aria-hidden': 'true' }, icon('check')) : null,
      });
      buttons.push(b);
    });
    const longest = Math.max(0, ...q.choices.map((c) => String(c).length));
    const grid = h('div', {
      class: ['choices', 'answer-grid', gridClass(q.choices.length), hide ? 'bare' : null, !hide && longest > 28 ? 'long-choices' : null],
      role: 'group', 'aria-label': kindHint(q.kind),
    }, buttons);
    if (multi) {
      submitMulti = h('button', { type: 'button', class: 'btn btn-primary btn-xl btn-block submit-multi', disabled: true, onclick: () => submitChoices() },
        h('span', { text: 'Pick your answers' }));
      answerArea = h('div', { class: 'pq-answer pq-multi' }, grid, submitMulti);
    } else {
      answerArea = h('div', { class: 'pq-answer' }, grid);
    }
  } else {
    const number = q.kind === Kind.NUMBER;
    const hint = h('p', { class: 'form-error', role: 'alert' });
    input = h('input', {
      id: 'typed-answer', class: 'input input-answer', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off',
      inputmode: number ? 'decimal' : 'text', maxlength: number ? 40 : 200, enterkeyhint: 'send',
      placeholder: number ? 'A number' : 'Your answer', 'aria-describedby': 'typed-hint',
    });
    hint.id = 'typed-hint';
    const form = h('form', { class: 'pq-answer pq-typed', novalidate: true },
      h('label', { htmlFor: 'typed-answer', class: 'typed-label', text: number ? 'Your number' : 'Your answer' }),
      input, hint,
      h('button', { type: 'submit', class: 'btn btn-primary btn-xl btn-block' }, h('span', { text: 'Submit' }), icon('next')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (number) {
        const v = parseNumberInput(input.value);
        if (v == null) {
          setText(hint, 'Type a number, like 42 or 3.5.');
          focus(input);
          return;
        }
        send(v, { value: v });
      } else {
        const v = input.value.trim();
        if (!v) {
          setText(hint, 'Type an answer first.');
          focus(input);
          return;
        }
        send(v, { value: v });
      }
    });
    answerArea = form;
  }

  function pick(i) {
    if (sent || cd.secondsLeft() === 0) return;
    if (q.kind === Kind.MULTI) {
      if (selected.has(i)) selected.delete(i);
      else selected.add(i);
      buttons[i].setAttribute('aria-pressed', String(selected.has(i)));
      buttons[i].classList.toggle('is-selected', selected.has(i));
      submitMulti.disabled = selected.size === 0;
      setText(submitMulti.querySelector('span'), selected.size === 0 ? 'Pick your answers'
        : `Submit ${selected.size} ${selected.size === 1 ? 'answer' : 'answers'}`);
      return;
    }
    buttons[i].classList.add('is-picked');
    send(i, { choices: [i] });
  }

  function submitChoices() {
    if (selected.size === 0) return;
    const picked = [...selected].sort((a, b) => a - b);
    send(picked, { choices: picked });
  }

  const status = h('div', { class: 'pq-locked', role: 'status', 'aria-live': 'polite', hidden: true });
  const el = h('section', { class: ['pq', `kind-${q.kind}`, hide ? 'text-hidden' : null], 'aria-labelledby': 'pq-title' },
    h('div', { class: 'pq-top' }, questionHead(q, { compact: true }), cd.el),
    hide
      ? h('div', { class: 'pq-look' }, h('h1', { id: 'pq-title', class: 'sr-only', text: `Question ${q.index + 1}: ${kindHint(q.kind)}` }),
        icon('eye'), h('span', { text: 'Look at the big screen' }))
      : h('h1', { id: 'pq-title', class: ['pq-text', q.text.length > 120 ? 'long' : null], text: q.text }),
    hide ? null : codeBlock(q.code, 'code-player'),
    h('p', { class: 'pq-hint', text: kindHint(q.kind) }),
    answerArea,
    status);

  const onKey = (e) => {
    if (sent || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) return;
    if (q.kind === Kind.MULTI && e.key === 'Enter' && selected.size > 0 && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      submitChoices();
      return;
    }
    const i = choiceForKey(e.key, buttons.length);
    if (i >= 0) {
      e.preventDefault();
      pick(i);
    }
  };
  document.addEventListener('keydown', onKey);

  let shownKey = null;
  return {
    el,
    update(s) {
      const timeUp = !s.answered && cd.secondsLeft() === 0;
      let key;
      if (s.tooLate) key = 'late';
      else if (s.answered) key = s.acked ? 'acked' : 'sending';
      else if (timeUp) key = 'timeup';
      else key = 'open';
      if (key === shownKey) return;
      shownKey = key;
      if (key === 'open') {
        answerArea.hidden = false;
        status.hidden = true;
        sent = false;
        return;
      }
      sent = true;
      answerArea.hidden = true;
      status.hidden = false;
      el.classList.add('answered');
      const title = { late: 'Too late!', acked: 'Answer locked in', sending: 'Sending your answer…', timeup: 'Time’s up!' }[key];
      const sub = { late: 'Time was up before your answer arrived.', acked: 'Waiting for the others…', sending: 'Hang on…', timeup: 'You did not answer this one.' }[key];
      status.replaceChildren(
        h('span', { class: ['locked-icon', `locked-${key}`] }, icon(key === 'acked' ? 'check' : key === 'sending' ? 'clock' : 'cross')),
        h('p', { class: 'locked-title', text: title }),
        key === 'acked' || key === 'sending' ? myAnswerView(q, s.myAnswer) : null,
        h('p', { class: 'locked-sub', text: sub }));
    },
    destroy() {
      cd.stop();
      document.removeEventListener('keydown', onKey);
    },
  };
}
