// A poll: pick one choice like single, but nothing is right and nothing scores. The phone says "Vote in", then
// "Thanks for voting" with the vote; the projector shows the distribution, no right answer.
import { h } from '../dom.js';
import { icon } from '../icons.js';
import { plural } from '../format.js';
import { choiceInput, myChoices, hostChoices, revealChoices, pickedChoices } from './choice-views.js';

/** "1 vote", "12 votes". */
export function votesText(n) {
  return plural(n, 'vote');
}

/** The projector's line at the reveal: how many voted (no "got it right"). */
export function pollSummary(reveal) {
  const votes = votesText(reveal?.answered ?? 0);
  return { icon: 'users', text: votes, spoken: `Votes revealed. ${votes}.` };
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
      spoken: 'Thanks for voting.',
      el: h('div', { class: 'verdict' },
        h('span', { class: 'verdict-icon' }, icon('check')),
        h('p', { class: 'verdict-title', text: 'Thanks for voting' }),
        picked ? h('p', { class: 'vote-label', text: 'You picked' }) : null,
        picked ? pickedChoices(q, picked) : null),
    };
  }
  return {
    cls: 'novote',
    spoken: 'You did not vote.',
    el: h('div', { class: 'verdict' }, h('p', { class: 'verdict-title', text: 'No vote' })),
  };
}

export default Object.freeze({
  name: 'poll',
  hint: 'Vote: pick one',
  scores: false,
  hasChoices: true,
  /** The `answer` message's kind field: the picked choice's index (as for single). */
  answer: (value) => ({ choice: value }),
  input: (q, ctx) => choiceInput(q, { ...ctx, multi: false }),
  lockedTitle: 'Vote in',
  mine: myChoices,
  hostQuestion: hostChoices,
  hostReveal: (q, r) => revealChoices(q, r, null),
  summary: pollSummary,
  verdict: pollVerdict,
  phoneReveal: () => null,
});
