// A ranked list of players with scores and movement since the last question (shared by host screens).
import { h } from './dom.js';
import { icon } from './icons.js';
import { formatNumber, movement, ordinal } from './format.js';
import { t } from './i18n.js';

function moveBadge(entry) {
  const m = movement(entry.previousRank, entry.rank);
  if (m.dir === 'new') return h('span', { class: 'move move-none', 'aria-hidden': 'true' });
  const label = m.dir === 'up' ? t('board.up', { n: m.places }) : m.dir === 'down' ? t('board.down', { n: m.places }) : t('board.same');
  return h('span', { class: ['move', `move-${m.dir}`], title: label },
    icon(m.dir), m.places > 0 ? h('span', { class: 'move-n', text: String(m.places) }) : null,
    h('span', { class: 'sr-only', text: `, ${label}` }));
}

/**
 * @param {object[]} entries [{rank, playerId, name, score, previousRank?}]
 * @param {object} [o]
 * @param {string} [o.highlight] a playerId to mark ("you")
 */
export function leaderboard(entries, { highlight = null, cls = '', label = t('board.label'), extra = null } = {}) {
  return h('ol', { class: ['board', cls], 'aria-label': label },
    (entries ?? []).map((e, i) => h('li', {
      class: ['board-row', e.rank <= 3 ? `top-${e.rank}` : null, e.playerId === highlight ? 'is-me' : null],
      dataset: { i: String(Math.min(i, 12)) },
    },
    h('span', { class: 'board-rank' }, h('span', { class: 'sr-only', text: `${ordinal(e.rank)}: ` }), h('span', { 'aria-hidden': 'true', text: String(e.rank) })),
    h('span', { class: 'board-name', text: e.name }),
    extra ? extra(e) : null,
    moveBadge(e),
    h('span', { class: 'board-score' }, formatNumber(e.score), h('span', { class: 'sr-only', text: t('final.points-after', { count: e.score }) })))));
}
