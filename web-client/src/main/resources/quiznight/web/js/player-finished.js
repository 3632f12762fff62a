// Player, the end: their own rank and score, and the podium.
import { h } from './dom.js';
import { formatNumber, ordinal } from './format.js';
import { podium } from './podium.js';
import { phoneTeamLine } from './team-views.js';

export function playerFinishedScreen(state, { onPlayAgain }) {
  const f = state.finished;
  const rank = f.you?.rank ?? state.rank;
  const score = f.you?.score ?? state.score;
  const top3 = rank != null && rank <= 3;
  const el = h('section', { class: ['pfinal', top3 ? 'is-top' : null], 'aria-labelledby': 'pfinal-title' },
    h('p', { class: 'pstand-label', text: 'Game over' }),
    h('h1', { id: 'pfinal-title', class: 'pstand-rank' }, rank ? `${ordinal(rank)} place` : 'Thanks for playing'),
    h('p', { class: 'pstand-score' }, h('strong', { text: formatNumber(score) }), ' points',
      f.players ? ` · ${formatNumber(f.players)} players` : ''),
    f.you?.team ? phoneTeamLine(f.you.team, { teams: f.teams?.length ?? null }) : null,
    (f.podium ?? []).length ? podium(f.podium, { highlight: state.me?.playerId, cls: 'podium-player' }) : null,
    h('button', { type: 'button', class: 'btn btn-ghost btn-block', text: 'Play another game', onclick: () => onPlayAgain() }));
  return { el };
}
