// Host, the standings after a question: top 10 with scores and movement; in team mode the team standings and the
// top players of the leading team.
import { h } from './dom.js';
import { icon } from './icons.js';
import { leaderboard } from './leaderboard.js';
import { formatNumber } from './format.js';
import { teamBoard } from './team-views.js';
import { t } from './i18n.js';

export function hostStandingsScreen(state, { onNext }) {
  const st = state.standings;
  const total = state.question?.total ?? state.quiz?.questions ?? 0;
  const last = total > 0 && st.index + 1 >= total;
  const top = st.top ?? [];
  const el = h('section', { class: 'hs', 'aria-labelledby': 'hs-title' },
    h('header', { class: 'hs-head' },
      h('h1', { id: 'hs-title', class: 'screen-title', text: st.teams?.length ? t('team.standings') : t('board.label') }),
      h('p', { class: 'muted', text: t('hs.after', { n: st.index + 1, total, count: st.players ?? state.count }) })),
    st.teams?.length ? teamsView(st)
      : top.length ? leaderboard(top, { cls: ['board-host', top.length > 5 ? 'board-cols' : null].filter(Boolean).join(' ') }) : h('p', { class: 'lobby-empty', text: t('hs.nobody') }),
    h('div', { class: 'hq-actions' },
      h('button', { type: 'button', class: 'btn btn-primary btn-lg', 'aria-keyshortcuts': 'Space ArrowRight', onclick: () => onNext() },
        h('span', { text: last ? t('auto.final') : t('auto.next') }), icon('next'))));
  return { el };
}

/** Team mode: every team (colour swatch and name) beside the best players of the leading team. */
function teamsView(st) {
  const leader = st.teams[0];
  const inside = st.teamTop ?? [];
  return h('div', { class: 'hs-teams' },
    teamBoard(st.teams, { cls: 'board-host team-board-host' }),
    h('section', { class: 'hs-team-top', 'aria-labelledby': 'hs-team-top-title' },
      h('h2', { id: 'hs-team-top-title', class: 'side-title', text: t('hs.team-top', { name: leader.name }) }),
      inside.length ? leaderboard(inside, { cls: 'board-host board-team-top', label: t('hs.team-top-players', { name: leader.name }) })
        : h('p', { class: 'muted', text: t('hs.team-nobody') })));
}
