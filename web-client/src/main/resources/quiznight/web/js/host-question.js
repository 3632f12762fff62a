// Host, a question: number and total, the text large, its picture and code snippet, the choices (colour + shape + letter),
// the countdown and how many have answered. What the answers look like is the kind's (js/kinds/).
import { h, setText } from './dom.js';
import { icon } from './icons.js';
import { countdown } from './countdown.js';
import { questionHead, codeBlock } from './question-head.js';
import { formatNumber } from './format.js';
import { kindOf } from './kinds/index.js';
import { renderRich } from './rich-text.js';
import { questionPicture } from './picture.js';
import { teamTalkPanel } from './team-talk.js';
import { t } from './i18n.js';

export function hostQuestionScreen(state, { clock, onNext, onHideWord }) {
  const q = state.question;
  const kind = kindOf(q.kind);
  const cd = countdown({ clock, deadline: q.deadline, timeLimitMs: q.timeLimitMs, cls: 'cd-host' });
  const answeredNum = h('span', { class: 'answered-num', text: '0' });
  const answeredOf = h('span', { class: 'answered-of' });
  const answeredBar = h('span', { class: 'answered-fill' });
  const code = codeBlock(q.code, 'code-host', q.codeLanguage);
  const picture = questionPicture(q, 'projector', 'picture-host');
  const choiceKind = kind.hasChoices;
  const codeLines = q.code ? q.code.split('\n') : [];
  const lines = codeLines.length;
  const widest = Math.max(0, ...codeLines.map((l) => l.length));

  const view = kind.hostQuestion(q, { onHideWord });
  const body = view instanceof Node ? view : view.el;
  // Team talk: the room sees "Talk with your team" and its countdown where the timer goes, then the timer.
  const timer = h('div', { class: 'hq-timer' });
  const talk = teamTalkPanel({ clock, q, onOver: () => timer.replaceChildren(cd.el) });
  timer.append(talk ? talk.el : cd.el);

  const el = h('section', {
    class: ['hq', code ? 'has-code' : 'no-code', picture ? 'has-picture' : null, lines > 4 && choiceKind && !picture ? 'tall-code' : null,
      lines > 8 ? 'long-code' : lines > 0 && lines <= 4 && widest <= 48 ? 'short-code' : null, widest > 56 ? 'wide-code' : null,
      q.text.length > 160 ? 'long-text' : q.text.length <= 60 ? 'short-text' : null],
    'aria-labelledby': 'hq-text',
  },
    h('div', { class: 'hq-top' }, questionHead(q), h('span', { class: 'pill pill-kind', text: kind.hint })),
    renderRich(h('h1', { id: 'hq-text', class: 'hq-text' }), q.text),
    h('div', { class: 'hq-middle' },
      timer,
      picture ? h('div', { class: 'hq-media' }, picture, code) : code ?? h('div', { class: 'hq-spacer' }),
      h('div', { class: 'answered', role: 'status', 'aria-live': 'off' },
        answeredNum,
        answeredOf,
        h('span', { class: 'answered-track', 'aria-hidden': 'true' }, answeredBar))),
    body,
    h('div', { class: 'hq-actions' },
      h('button', { type: 'button', class: 'btn btn-secondary', 'aria-keyshortcuts': 'Space ArrowRight', onclick: () => onNext() },
        h('span', { text: t('hq.show-answer') }), icon('next'))));

  return {
    el,
    update(s) {
      cd.sync({ paused: s.paused, remainingMs: s.pausedRemainingMs, deadline: s.question.deadline });
      talk?.sync({ paused: s.paused, talkRemainingMs: s.pausedTalkMs, answersOpenAt: s.question.answersOpenAt });
      const p = s.progress && s.progress.index === q.index ? s.progress : { answered: 0, players: s.count };
      setText(answeredNum, formatNumber(p.answered));
      setText(answeredOf, t('hq.answered-of', { count: p.players }));
      const frac = p.players > 0 ? Math.min(1, p.answered / p.players) : 0;
      answeredBar.style.width = `${(frac * 100).toFixed(1)}%`;
      if (!(view instanceof Node)) view.update(s);
    },
    destroy() {
      cd.stop();
      talk?.stop();
    },
  };
}
