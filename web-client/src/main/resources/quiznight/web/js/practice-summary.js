// Solo practice, the end of a run: the score, how many were right, the best score here, and "Retry the ones I got
// wrong" (a new run of just those) or another run.
import { h } from './dom.js';
import { icon } from './icons.js';
import { formatNumber, plural } from './format.js';

export function practiceSummaryScreen(run, { best, onRetry, onAgain }) {
  const s = run.summary;
  const missed = s.missed ?? [];
  const el = h('section', { class: 'practice-summary', 'aria-labelledby': 'practice-summary-title' },
    h('h1', { id: 'practice-summary-title', class: 'practice-summary-title', text: 'Practice done' }),
    h('p', { class: 'practice-quiz', text: run.quiz.title }),
    h('dl', { class: 'stat-grid' },
      h('div', {}, h('dt', { text: 'Score' }), h('dd', { text: formatNumber(s.score) })),
      h('div', {}, h('dt', { text: 'Right' }), h('dd', { text: `${s.right} of ${s.judged}` })),
      h('div', {}, h('dt', { text: 'Best here' }), h('dd', { text: formatNumber(best) }))),
    h('p', { class: 'practice-timing-note', text: run.timed ? 'Timed: faster right answers and streaks scored more.'
      : 'Untimed: every right answer scored its full points.' }),
    missed.length
      ? h('button', { type: 'button', class: 'btn btn-primary btn-xl btn-block', onclick: () => onRetry(missed) },
        icon('history'), h('span', { text: `Retry the ones I got wrong (${missed.length})` }))
      : h('p', { class: 'practice-perfect', text: s.judged ? 'You got every one right!' : 'Nothing here had a right answer.' }),
    h('button', { type: 'button', class: 'btn btn-secondary btn-lg btn-block', onclick: onAgain },
      h('span', { text: 'Practise another quiz' })),
    h('p', { class: 'muted', text: `${plural(run.total, 'question')} in this run.` }));
  return { el };
}
