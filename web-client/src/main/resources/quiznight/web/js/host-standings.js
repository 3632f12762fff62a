// Host, the standings after a question: top 10 with scores and movement.
import { h } from './dom.js';
import { icon } from './icons.js';
import { leaderboard } from './leaderboard.js';
import { formatNumber } from './format.js';

export function hostStandingsScreen(state, { onNext }) {
  const st = state.standings;
  const total = state.question?.total ?? state.quiz?.questions ?? 0;
  const last = total > 0 && st.index + 1 >= total;
  const top = st.top ?? [];
  const el = h('section', { class: 'hs', 'aria-labelledby': 'hs-title' },
    h('header', { class: 'hs-head' },
      h('h1', { id: 'hs-title', class: 'screen-title', text: 'Leaderboard' }),
      h('p', { class: 'muted', text: `After question ${st.index + 1} of ${total} · ${formatNumber(st.players ?? state.count)} players` })),
    top.length ? leaderboard(top, { cls: ['board-host', top.length > 5 ? 'board-cols' : null].filter(Boolean).join(' ') }) : h('p', { class: 'lobby-empty', text: 'Nobody has scored yet.' }),
    h('div', { class: 'hq-actions' },
      h('button', { type: 'button', class: 'btn btn-primary btn-lg', 'aria-keyshortcuts': 'Space ArrowRight', onclick: () => onNext() },
        h('span', { text: last ? 'Final results' : 'Next question' }), icon('next'))));
  return { el };
}
