// Solo practice, the end of a run: the score, how many were right, the best score here, and "Retry the ones I got
// wrong" (a new run of just those) or another run.
import { h } from './dom.js';
import { icon } from './icons.js';
import { formatNumber } from './format.js';
import { t } from './i18n.js';

export function practiceSummaryScreen(run, { best, onRetry, onAgain }) {
  const s = run.summary;
  const missed = s.missed ?? [];
  const el = h('section', { class: 'practice-summary', 'aria-labelledby': 'practice-summary-title' },
    h('h1', { id: 'practice-summary-title', class: 'practice-summary-title', text: t('practice.done') }),
    h('p', { class: 'practice-quiz', text: run.quiz.title }),
    h('dl', { class: 'stat-grid' },
      h('div', {}, h('dt', { text: t('practice.score') }), h('dd', { text: formatNumber(s.score) })),
      h('div', {}, h('dt', { text: t('practice.right') }), h('dd', { text: t('practice.right-of', { right: s.right, judged: s.judged }) })),
      h('div', {}, h('dt', { text: t('practice.best-here') }), h('dd', { text: formatNumber(best) }))),
    h('p', { class: 'practice-timing-note', text: run.timed ? t('practice.timed-note') : t('practice.untimed-note') }),
    missed.length
      ? h('button', { type: 'button', class: 'btn btn-primary btn-xl btn-block', onclick: () => onRetry(missed) },
        icon('history'), h('span', { text: t('practice.retry', { count: missed.length }) }))
      : h('p', { class: 'practice-perfect', text: s.judged ? t('practice.perfect') : t('practice.unjudged') }),
    h('button', { type: 'button', class: 'btn btn-secondary btn-lg btn-block', onclick: onAgain },
      h('span', { text: t('practice.another') })),
    h('p', { class: 'muted', text: t('practice.in-run', { count: run.total }) }));
  return { el };
}
