// A poll: pick one choice like single, but nothing is right and nothing scores. The phone says "Vote in", then
// "Thanks for voting" with the vote; the projector shows the distribution, no right answer.
import { h } from '../dom.js';
import { icon } from '../icons.js';
import { choiceInput, myChoices, hostChoices, revealChoices, pickedChoices } from './choice-views.js';
import { t } from '../i18n.js';

/** "1 vote", "12 votes". */
export function votesText(n) {
  return t('kind.poll.votes', { count: n });
}

/** The projector's line at the reveal: how many voted (no "got it right"). */
export function pollSummary(reveal) {
  const votes = votesText(reveal?.answered ?? 0);
  return { icon: 'users', text: votes, spoken: t('kind.poll.revealed', { votes }) };
}

/**
 * The phone at the reveal: thanks and the vote, or that there was none. Never right or wrong, no points.
 * @param {object|null} res this player's `result` (unused: a poll scores nothing)
 * @param {{answered: boolean, mine: object|null, q: object}} o
 */
export function pollVerdict(res, { answered, mine, q }) {
  const picked = Array.isArray(mine?.choices) ? mine.choices : null;
  if (answered || picked) {
    return {
      cls: 'voted',
      spoken: t('kind.poll.thanks-spoken'),
      el: h('div', { class: 'verdict' },
        h('span', { class: 'verdict-icon' }, icon('check')),
        h('p', { class: 'verdict-title', text: t('kind.poll.thanks') }),
        picked ? h('p', { class: 'vote-label', text: t('kind.poll.picked') }) : null,
        picked ? pickedChoices(q, picked) : null),
    };
  }
  return {
    cls: 'novote',
    spoken: t('kind.poll.none-spoken'),
    el: h('div', { class: 'verdict' }, h('p', { class: 'verdict-title', text: t('kind.poll.none') })),
  };
}

export default Object.freeze({
  name: 'poll',
  get hint() { return t('kind.poll.hint'); },
  scores: false,
  hasChoices: true,
  /** The `answer` message's kind field: the picked choice's index (as for single). */
  answer: (value) => ({ choice: value }),
  input: (q, ctx) => choiceInput(q, { ...ctx, multi: false }),
  get lockedTitle() { return t('kind.poll.locked'); },
  mine: myChoices,
  hostQuestion: hostChoices,
  hostReveal: (q, r) => revealChoices(q, r, null),
  summary: pollSummary,
  verdict: pollVerdict,
  phoneReveal: () => null,
});
