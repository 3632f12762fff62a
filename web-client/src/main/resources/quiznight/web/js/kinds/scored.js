// What every scored kind shares at the reveal (all but poll): the phone's verdict (right or wrong, the points) and
// the projector's "3 of 5 answers right (60%)".
import { h } from '../dom.js';
import { icon } from '../icons.js';
import { formatNumber } from '../format.js';
import { correctSummary } from '../reveal-answer.js';
import { t } from '../i18n.js';

/**
 * The phone's verdict for a scored question.
 * @param {object|null} res this player's `result` for the question, null while it has not come
 * @param {{answered: boolean}} o whether this player answered
 * @returns {{cls: string, title: string, spoken: string, el: HTMLElement}}
 */
export function scoredVerdict(res, { answered }) {
  if (!res) {
    return { cls: 'pending', spoken: t('kind.scored.timeup-spoken'), el: h('div', { class: 'verdict' }, h('p', { class: 'verdict-title', text: t('question.timeup') })) };
  }
  if (res.correct) {
    return {
      cls: 'right',
      spoken: t('kind.scored.correct-spoken', { count: res.points }),
      el: h('div', { class: 'verdict' },
        h('span', { class: 'verdict-icon' }, icon('check')),
        h('p', { class: 'verdict-title', text: t('kind.scored.correct') }),
        h('p', { class: 'verdict-points', text: `+ ${formatNumber(res.points)}` }),
        res.bonus > 0 ? h('p', { class: 'verdict-bonus', text: t('kind.scored.bonus', { count: res.bonus }) }) : null),
    };
  }
  return {
    cls: 'wrong',
    spoken: t('kind.scored.wrong-spoken'),
    el: h('div', { class: 'verdict' },
      h('span', { class: 'verdict-icon' }, icon('cross')),
      h('p', { class: 'verdict-title', text: answered ? t('kind.scored.wrong') : t('kind.scored.none') }),
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
    spoken: t('kind.scored.revealed', { summary: correctSummary(reveal) }),
  };
}
