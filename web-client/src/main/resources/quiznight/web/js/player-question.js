// Player, a question: the question, its countdown and hint, and the kind's input (js/kinds/: tap targets filling the
// screen, a typed answer...); "answer locked in" once sent. The host may hide the question text (projector). In team
// mode with team talk, the input waits behind "Talk with your team" until answers open.
import { h } from './dom.js';
import { icon } from './icons.js';
import { countdown } from './countdown.js';
import { questionHead, codeBlock } from './question-head.js';
import { kindOf } from './kinds/index.js';
import { renderRich } from './rich-text.js';
import { questionPicture } from './picture.js';
import { teamTalkPanel } from './team-talk.js';
import { t } from './i18n.js';

export function playerQuestionScreen(state, { clock, onAnswer }) {
  const q = state.question;
  const kind = kindOf(q.kind);
  const hide = q.hideText === true;
  const cd = countdown({ clock, deadline: q.deadline, timeLimitMs: q.timeLimitMs, cls: 'cd-player' });
  let sent = false;

  const send = (value, shown) => {
    if (sent) return;
    sent = true;
    onAnswer({ index: q.index, kind: q.kind, value, ...shown });
  };
  let paused = false; // the host paused the game: answers wait until it goes on
  let last = state;
  const talk = teamTalkPanel({ clock, q, onOver: () => { talkEl?.remove(); shownKey = null; api.update(last); } });
  const talkEl = talk?.el ?? null;
  const talking = () => talk?.on() === true;
  const input = kind.input(q, { label: kind.hint, send, canPick: () => !sent && !paused && cd.secondsLeft() !== 0 && !talking() });
  const answerArea = input.el;

  const status = h('div', { class: 'pq-locked', role: 'status', 'aria-live': 'polite', hidden: true });
  const el = h('section', { class: ['pq', `kind-${q.kind}`, hide ? 'text-hidden' : null], 'aria-labelledby': 'pq-title' },
    h('div', { class: 'pq-top' }, questionHead(q, { compact: true }), cd.el),
    hide
      ? h('div', { class: 'pq-look' }, h('h1', { id: 'pq-title', class: 'sr-only', text: t('question.sr-title', { n: q.index + 1, hint: kind.hint }) }),
        icon('eye'), h('span', { text: t('question.look') }))
      : renderRich(h('h1', { id: 'pq-title', class: ['pq-text', q.text.length > 120 ? 'long' : null] }), q.text),
    hide ? null : questionPicture(q, 'phone', 'picture-player'),
    hide ? null : codeBlock(q.code, 'code-player', q.codeLanguage),
    h('p', { class: 'pq-hint', text: kind.hint }),
    q.extraTime ? h('p', { class: 'pq-extra' }, icon('clock'), h('span', { text: t('question.extra-time', { count: Math.round(q.timeLimitMs / 1000) }) })) : null,
    talkEl,
    answerArea,
    status);

  const onKey = (e) => {
    if (sent || talking() || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) return;
    input.onKey(e);
  };
  document.addEventListener('keydown', onKey);

  let shownKey = null;
  const api = {
    el,
    update(s) {
      last = s;
      paused = s.paused === true;
      cd.sync({ paused, remainingMs: s.pausedRemainingMs, deadline: s.question.deadline });
      talk?.sync({ paused, talkRemainingMs: s.pausedTalkMs, answersOpenAt: s.question.answersOpenAt });
      el.classList.toggle('is-paused', paused);
      const timeUp = !s.answered && cd.secondsLeft() === 0;
      let key;
      if (s.tooLate) key = 'late';
      else if (s.answered) key = s.acked ? 'acked' : 'sending';
      else if (timeUp) key = 'timeup';
      else key = talking() ? 'talk' : 'open';
      if (key === shownKey) return;
      shownKey = key;
      el.classList.toggle('is-talk', key === 'talk');
      if (key === 'talk') {
        answerArea.hidden = true;
        status.hidden = true;
        return;
      }
      if (key === 'open') {
        answerArea.hidden = false;
        status.hidden = true;
        sent = false;
        return;
      }
      sent = true;
      talkEl?.remove();
      answerArea.hidden = true;
      status.hidden = false;
      el.classList.add('answered');
      const title = { late: t('question.late'), acked: kind.lockedTitle, sending: t('question.sending'), timeup: t('question.timeup') }[key];
      const sub = { late: t('question.late-sub'), acked: t('question.acked-sub'), sending: t('question.sending-sub'), timeup: t('question.timeup-sub') }[key];
      status.replaceChildren(
        h('span', { class: ['locked-icon', `locked-${key}`] }, icon(key === 'acked' ? 'check' : key === 'sending' ? 'clock' : 'cross')),
        h('p', { class: 'locked-title', text: title }),
        key === 'acked' || key === 'sending' ? kind.mine(q, s.myAnswer) : null,
        h('p', { class: 'locked-sub', text: sub }));
    },
    destroy() {
      cd.stop();
      talk?.stop();
      document.removeEventListener('keydown', onKey);
    },
  };
  return api;
}
