// Player, after each reveal: the kind's verdict (right or wrong, points and the streak bonus; a poll's thanks),
// streak, rank, how far behind the player just above, and the kind's right answer. Then, during the standings,
// their place.
import { h } from './dom.js';
import { icon } from './icons.js';
import { formatNumber, ordinal } from './format.js';
import { revealQuestion } from './reveal-answer.js';
import { kindOf } from './kinds/index.js';
import { explanationBox } from './explanation.js';
import { phoneTeamLine } from './team-views.js';
import { t } from './i18n.js';

function standingLine(result) {
  if (!result) return null;
  if (result.rank === 1) return t('result.lead');
  if (result.behind > 0) return t('result.behind', { count: result.behind });
  return t('result.tied');
}

export function playerResultScreen(state) {
  const q = revealQuestion(state);
  const kind = kindOf(q.kind);
  const r = state.reveal;
  const res = state.result && state.result.index === r.index ? state.result : null;
  const answered = state.answered || state.acked;
  const verdict = kind.verdict(res, { answered, mine: state.myAnswer, q });
  const el = h('section', { class: ['presult', `is-${verdict.cls}`], 'aria-labelledby': 'presult-title' },
    h('h1', { id: 'presult-title', class: 'sr-only', text: verdict.spoken }),
    h('div', { class: 'presult-main' }, verdict.el), // read by its heading (focused) and player-announcer.js
    res ? h('div', { class: 'presult-stats' },
      res.streak > 1 ? h('p', { class: 'streak' }, icon('flame'), h('span', { text: t('result.streak', { count: res.streak }) })) : null,
      h('dl', { class: 'stat-grid' },
        h('div', {}, h('dt', { text: t('result.score') }), h('dd', { text: formatNumber(res.score) })),
        h('div', {}, h('dt', { text: t('result.rank') }), h('dd', { text: res.players ? t('result.rank-of', { rank: ordinal(res.rank), players: formatNumber(res.players) }) : ordinal(res.rank) }))),
      h('p', { class: 'behind', text: standingLine(res) })) : null,
    res?.team ? phoneTeamLine(res.team, { ownPoints: res.points, teams: state.teams?.length ?? null }) : null,
    kind.phoneReveal(q, r),
    explanationBox(r, 'explanation-player'));
  return { el };
}

export function playerStandingsScreen(state) {
  const rank = state.rank;
  const el = h('section', { class: 'pstand', 'aria-labelledby': 'pstand-title' },
    h('p', { class: 'pstand-label', text: t('result.you-are') }),
    h('h1', { id: 'pstand-title', class: 'pstand-rank', text: rank ? ordinal(rank) : '–' }),
    h('p', { class: 'pstand-score' }, h('strong', { text: formatNumber(state.score) }), ' points'),
    state.streak > 1 ? h('p', { class: 'streak' }, icon('flame'), h('span', { text: t('result.streak', { count: state.streak }) })) : null,
    state.team ? phoneTeamLine(state.team, { teams: state.teams?.length ?? null }) : null,
    h('p', { class: 'muted', text: rank === 1 ? t('result.keep-up') : t('result.watch') }));
  return { el };
}
