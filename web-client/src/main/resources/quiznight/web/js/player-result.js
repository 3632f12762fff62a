// Player, after each reveal: right or wrong, points (and the streak bonus), streak, rank, and how far behind the
// player just above. Then, during the standings, their place.
import { h } from './dom.js';
import { icon } from './icons.js';
import { choiceBadge } from './choice-tile.js';
import { formatNumber, ordinal } from './format.js';
import { isChoiceKind } from './protocol.js';
import { acceptedAnswers, correctIndexes, moreSpellings, numberAnswer, revealQuestion } from './reveal-answer.js';
import { explanationBox } from './explanation.js';

function rightAnswer(q, r) {
  if (isChoiceKind(q.kind)) {
    const idx = correctIndexes(q, r);
    return h('div', { class: 'right-answer' },
      h('span', { class: 'right-answer-label', text: idx.length > 1 ? 'Right answers' : 'Right answer' }),
      h('span', { class: 'right-answer-list' }, idx.map((i) => h('span', { class: 'my-answer-item' }, choiceBadge(i),
        q.hideText || q.choices?.[i] == null ? null : h('span', { class: 'my-answer-text', text: q.choices[i] })))));
  }
  // A phone has room for the quiz's own answer; other accepted spellings are counted, not listed.
  const { shown, more } = q.kind === 'number' ? { shown: [numberAnswer(r.correct)], more: 0 } : acceptedAnswers(r.correct, 1);
  return h('div', { class: 'right-answer' },
    h('span', { class: 'right-answer-label', text: 'Right answer' }),
    h('span', { class: 'right-answer-typed', text: shown[0] ?? '' }),
    more > 0 ? h('span', { class: 'right-answer-more', text: `(${moreSpellings(more)} accepted)` }) : null);
}

function standingLine(result) {
  if (!result) return null;
  if (result.rank === 1) return 'You are in the lead!';
  if (result.behind > 0) return `${formatNumber(result.behind)} points behind the player above you`;
  return `Tied with the player above you`;
}

export function playerResultScreen(state) {
  const q = revealQuestion(state);
  const r = state.reveal;
  const res = state.result && state.result.index === r.index ? state.result : null;
  const answered = state.answered || state.acked;
  let verdict;
  let cls;
  if (!res) {
    cls = 'pending';
    verdict = h('div', { class: 'verdict' }, h('p', { class: 'verdict-title', text: 'Time’s up!' }));
  } else if (res.correct) {
    cls = 'right';
    verdict = h('div', { class: 'verdict' },
      h('span', { class: 'verdict-icon' }, icon('check')),
      h('p', { class: 'verdict-title', text: 'Correct!' }),
      h('p', { class: 'verdict-points', text: `+ ${formatNumber(res.points)}` }),
      res.bonus > 0 ? h('p', { class: 'verdict-bonus', text: `includes a ${formatNumber(res.bonus)} point streak bonus` }) : null);
  } else {
    cls = 'wrong';
    verdict = h('div', { class: 'verdict' },
      h('span', { class: 'verdict-icon' }, icon('cross')),
      h('p', { class: 'verdict-title', text: answered ? 'Not quite' : 'No answer' }),
      h('p', { class: 'verdict-points', text: '+ 0' }));
  }
  const el = h('section', { class: ['presult', `is-${cls}`], 'aria-labelledby': 'presult-title' },
    h('h1', { id: 'presult-title', class: 'sr-only', text: res ? (res.correct ? `Correct! Plus ${res.points} points.` : 'Wrong answer.') : 'Time is up.' }),
    h('div', { class: 'presult-main', role: 'status', 'aria-live': 'assertive' }, verdict),
    res ? h('div', { class: 'presult-stats' },
      res.streak > 1 ? h('p', { class: 'streak' }, icon('flame'), h('span', { text: `${res.streak} in a row` })) : null,
      h('dl', { class: 'stat-grid' },
        h('div', {}, h('dt', { text: 'Score' }), h('dd', { text: formatNumber(res.score) })),
        h('div', {}, h('dt', { text: 'Rank' }), h('dd', { text: `${ordinal(res.rank)}${res.players ? ` of ${formatNumber(res.players)}` : ''}` }))),
      h('p', { class: 'behind', text: standingLine(res) })) : null,
    rightAnswer(q, r),
    explanationBox(r, 'explanation-player'));
  return { el };
}

export function playerStandingsScreen(state) {
  const rank = state.rank;
  const el = h('section', { class: 'pstand', 'aria-labelledby': 'pstand-title' },
    h('p', { class: 'pstand-label', text: 'You are' }),
    h('h1', { id: 'pstand-title', class: 'pstand-rank', text: rank ? ordinal(rank) : '–' }),
    h('p', { class: 'pstand-score' }, h('strong', { text: formatNumber(state.score) }), ' points'),
    state.streak > 1 ? h('p', { class: 'streak' }, icon('flame'), h('span', { text: `${state.streak} in a row` })) : null,
    h('p', { class: 'muted', text: rank === 1 ? 'Keep it up!' : 'Watch the big screen for the leaderboard.' }));
  return { el };
}
