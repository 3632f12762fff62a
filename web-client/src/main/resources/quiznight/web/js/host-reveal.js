// Host, the reveal: how the room answered as a bar chart with the right answer(s) marked, and why.
import { h } from './dom.js';
import { icon, shape } from './icons.js';
import { choiceStyle } from './choices.js';
import { choiceTile } from './choice-tile.js';
import { gridClass } from './choices.js';
import { questionHead, codeBlock } from './question-head.js';
import { isChoiceKind } from './protocol.js';
import { formatNumber } from './format.js';
import { acceptedAnswers, correctIndexes, moreSpellings, numberAnswer, correctSummary, revealQuestion } from './reveal-answer.js';
import { explanationBox } from './explanation.js';

function chart(q, reveal) {
  const right = new Set(correctIndexes(q, reveal));
  const counts = q.choices.map((_, i) => reveal.counts?.[i] ?? 0);
  const max = Math.max(1, ...counts);
  return h('div', { class: 'chart', role: 'img', 'aria-label': q.choices.map((c, i) =>
    `${choiceStyle(i).letter}: ${counts[i]}${right.has(i) ? ' (right)' : ''}`).join(', ') },
    q.choices.map((_, i) => {
      const st = choiceStyle(i);
      const bar = h('span', { class: 'bar' });
      // Heights are set from script (CSP: no inline styles); the CSS transition grows them.
      bar.style.height = '0%';
      requestAnimationFrame(() => requestAnimationFrame(() => {
        bar.style.height = `${Math.max(2, (counts[i] / max) * 82).toFixed(1)}%`; // room for the count above
      }));
      return h('div', { class: ['bar-col', st.cls, right.has(i) ? 'is-right' : 'is-wrong'] },
        h('span', { class: 'bar-well' }, h('span', { class: 'bar-count', text: formatNumber(counts[i]) }), bar),
        h('span', { class: 'bar-label' }, shape(st.shape, 'choice-shape'), h('span', { class: 'choice-letter', text: st.letter }),
          right.has(i) ? icon('check', 'icon bar-check') : null));
    }));
}

export function hostRevealScreen(state, { onNext }) {
  const q = revealQuestion(state);
  const r = state.reveal;
  let answer;
  if (isChoiceKind(q.kind)) {
    const right = new Set(correctIndexes(q, r));
    answer = h('div', { class: 'reveal-choice-kind' },
      chart(q, r),
      h('ol', { class: ['choices', 'host-choices', 'revealed', gridClass(q.choices.length)], 'aria-label': 'Answers' },
        q.choices.map((c, i) => choiceTile(i, c, {
          tag: 'li',
          props: { class: right.has(i) ? 'is-right' : 'is-wrong' },
          extra: right.has(i) ? h('span', { class: 'right-mark' }, icon('check'), h('span', { class: 'sr-only', text: ' (right answer)' })) : null,
        }))));
  } else if (q.kind === 'number') {
    answer = h('div', { class: 'accepted' },
      h('h2', { class: 'accepted-title', text: 'The answer' }),
      h('p', { class: 'accepted-big', text: numberAnswer(r.correct) }));
  } else {
    const { shown, more } = acceptedAnswers(r.correct);
    answer = h('div', { class: 'accepted' },
      h('h2', { class: 'accepted-title', text: shown.length > 1 ? 'Accepted answers' : 'The answer' }),
      h('ul', { class: 'accepted-list' }, shown.map((a) => h('li', { text: a }))),
      more > 0 ? h('p', { class: 'accepted-more', text: moreSpellings(more) }) : null);
  }

  const explanation = explanationBox(r, 'explanation-host');
  const answered = r.answered ?? 0;
  const pct = answered > 0 ? Math.round((100 * (r.correctCount ?? 0)) / answered) : 0;
  const el = h('section', { class: ['hr', `kind-${q.kind}`], 'aria-labelledby': 'hr-text' },
    h('div', { class: 'hq-top' }, questionHead(q),
      h('span', { class: 'pill pill-stat' }, icon('check'), ` ${correctSummary(r)}${answered > 0 ? ` (${pct}%)` : ''}`)),
    h('h1', { id: 'hr-text', class: 'hr-text', text: q.text || `Question ${q.index + 1}` }),
    h('div', { class: ['hr-body', explanation || q.code ? null : 'no-explanation'], role: 'status', 'aria-live': 'polite' },
      h('p', { class: 'sr-only', text: `Answer revealed. ${correctSummary(r)}.` }),
      answer,
      explanation || q.code ? h('div', { class: 'hr-aside' }, q.code ? codeBlock(q.code, 'code-reveal') : null, explanation) : null),
    h('div', { class: 'hq-actions' },
      h('button', { type: 'button', class: 'btn btn-primary btn-lg', 'aria-keyshortcuts': 'Space ArrowRight', onclick: () => onNext(), 'data-next': true },
        h('span', { text: 'Leaderboard' }), icon('next'))));
  return { el };
}
