// What every scored kind shares at the reveal (all but poll): the phone's verdict (right or wrong, the points) and
// the projector's "3 of 5 answers right (60%)".
import { h } from '../dom.js';
import { icon } from '../icons.js';
import { formatNumber } from '../format.js';
import { correctSummary } from '../reveal-answer.js';

/**
 * The phone's verdict for a scored question.
 * @param {object|null} res this player's `result` for the question, null while it has not come
 * @param {{answered: boolean}} o whether this player answered
 * @returns {{cls: string, title: string, spoken: string, el: HTMLElement}}
 */
export function scoredVerdict(res, { answered }) {
  if (!res) {
    return { cls: 'pending', spoken: 'Time is up.', el: h('div', { class: 'verdict' }, h('p', { class: 'verdict-title', text: 'Time’s up!' })) };
  }
  if (res.correct) {
    return {
      cls: 'right',
      spoken: `Correct! Plus ${res.points} points.`,
      el: h('div', { class: 'verdict' },
        h('span', { class: 'verdict-icon' }, icon('check')),
        h('p', { class: 'verdict-title', text: 'Correct!' }),
        h('p', { class: 'verdict-points', text: `+ ${formatNumber(res.points)}` }),
        res.bonus > 0 ? h('p', { class: 'verdict-bonus', text: `includes a ${formatNumber(res.bonus)} point streak bonus` }) : null),
    };
  }
  return {
    cls: 'wrong',
    spoken: 'Wrong answer.',
    el: h('div', { class: 'verdict' },
      h('span', { class: 'verdict-icon' }, icon('cross')),
      h('p', { class: 'verdict-title', text: answered ? 'Not quite' : 'No answer' }),
      h('p', { class: 'verdict-points', text: '+ 0' })),
  };
}

/** The projector's line at a scored reveal: "3 of 5 answers right (60%)", and what a screen reader hears. */
export function scoredSummary(reveal) {
  const answered = reveal?.answered ?? 0;
  const pct = answered > 0 ? Math.round((100 * (reveal?.correctCount ?? 0)) / answered) : 0;
  return {
    icon: 'check',
    text: `${correctSummary(reveal)}${answered > 0 ? ` (${pct}%)` : ''}`,
    spoken: `Answer revealed. ${correctSummary(reveal)}.`,
  };
}
