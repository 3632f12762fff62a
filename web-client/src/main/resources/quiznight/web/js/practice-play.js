// Solo practice, one question and then its answer, built from the live phone's own views (js/kinds/*, the question
// head, countdown and explanation): the question with its input (and, timed, its countdown), then the kind's verdict,
// points, the right answer and the explanation with its docs link, and the way on.
import { h } from './dom.js';
import { icon } from './icons.js';
import { countdown } from './countdown.js';
import { questionHead, codeBlock } from './question-head.js';
import { kindOf } from './kinds/index.js';
import { renderRich } from './rich-text.js';
import { questionPicture } from './picture.js';
import { explanationBox } from './explanation.js';
import { formatNumber } from './format.js';
import { t } from './i18n.js';

function scoreLine(run) {
  return h('p', { class: 'practice-score' },
    h('span', { text: t('practice.score') }), ' ', h('strong', { text: formatNumber(run.score) }),
    run.streak > 1 ? h('span', { class: 'streak' }, icon('flame'), h('span', { text: t('practice.streak', { count: run.streak }) })) : null);
}

/**
 * The question out now. `onAnswer(field, mine)` sends the kind's answer field once; a timed question whose time is
 * up still takes an answer, which then scores nothing (the screen says so).
 */
export function practiceQuestionScreen(run, { clock, onAnswer }) {
  const q = run.question;
  const kind = kindOf(q.kind);
  const cd = run.timed ? countdown({ clock, deadline: q.deadline, timeLimitMs: q.timeLimitMs, cls: 'cd-player' }) : null;
  let sent = false;
  const lateNote = h('p', { class: 'practice-late', role: 'status', hidden: true, text: t('practice.late-note') });
  const send = (value, shown) => {
    if (sent) return;
    sent = true;
    onAnswer(kind.answer(value), { value, ...shown });
  };
  const input = kind.input(q, { label: kind.hint, send, canPick: () => !sent });
  const lateTimer = cd ? setInterval(() => { if (cd.secondsLeft() === 0) { lateNote.hidden = false; clearInterval(lateTimer); } }, 250) : null;
  const el = h('section', { class: ['pq', 'practice-q', `kind-${q.kind}`], 'aria-labelledby': 'pq-title' },
    h('div', { class: 'pq-top' }, questionHead(q, { compact: true }), cd ? cd.el : h('span', { class: 'pill', text: t('practice.untimed-pill') })),
    renderRich(h('h1', { id: 'pq-title', class: ['pq-text', q.text.length > 120 ? 'long' : null] }), q.text),
    questionPicture(q, 'phone', 'picture-player'),
    codeBlock(q.code, 'code-player', q.codeLanguage),
    h('p', { class: 'pq-hint', text: kind.hint }),
    lateNote,
    input.el,
    scoreLine(run));
  const onKey = (e) => {
    if (sent || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) return;
    input.onKey(e);
  };
  document.addEventListener('keydown', onKey);
  return {
    el,
    /** The answer was refused (a network error): the input takes another try. */
    retry() { sent = false; },
    destroy() {
      cd?.stop();
      clearInterval(lateTimer);
      document.removeEventListener('keydown', onKey);
    },
  };
}

/** The answer to an answer: the verdict (too late, if so), the right answer, the explanation, and "Next". */
export function practiceAnswerScreen(run, question, answered, mine, { onNext }) {
  const kind = kindOf(question.kind);
  const verdict = kind.verdict(answered, { answered: true, mine, q: question });
  const last = answered.next == null;
  const next = h('button', { type: 'button', class: 'btn btn-primary btn-xl btn-block practice-next', onclick: onNext },
    h('span', { text: last ? t('practice.see-summary') : t('practice.next') }), icon('next'));
  const el = h('section', { class: ['presult', 'practice-answer', `is-${answered.late ? 'wrong' : verdict.cls}`], 'aria-labelledby': 'presult-title' },
    h('h1', { id: 'presult-title', class: 'sr-only', text: verdict.spoken }),
    h('p', { class: 'practice-which', text: t('practice.which', { n: answered.index + 1, total: run.total }) }),
    h('div', { class: 'presult-main', role: 'status', 'aria-live': 'assertive' }, verdict.el,
      answered.late ? h('p', { class: 'practice-late', text: t('practice.too-late') }) : null),
    kind.phoneReveal(question, answered.reveal),
    explanationBox(answered.reveal, 'explanation-player'),
    scoreLine(answered),
    next);
  return { el, focus: () => next.focus() };
}
