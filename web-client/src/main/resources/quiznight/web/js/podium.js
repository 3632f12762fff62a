// The podium: 2nd, 1st, 3rd side by side, the first highest. Shared by host and player final screens.
import { h } from './dom.js';
import { icon } from './icons.js';
import { formatNumber, ordinal } from './format.js';
import { t } from './i18n.js';

export function podium(entries, { highlight = null, cls = '' } = {}) {
  const byPlace = [1, 0, 2].map((i) => entries?.[i]).filter(Boolean);
  return h('ol', { class: ['podium', cls], 'aria-label': t('podium.label') },
    byPlace.map((e) => h('li', {
      class: ['podium-step', `place-${Math.min(e.rank, 3)}`, `slot-${entries.indexOf(e) + 1}`, e.playerId === highlight ? 'is-me' : null],
    },
    h('span', { class: 'podium-name', text: e.name }),
    h('span', { class: 'podium-score' }, formatNumber(e.score), h('span', { class: 'sr-only', text: t('final.points-after', { count: e.score }) })),
    h('span', { class: 'podium-block' },
      e.rank === 1 ? icon('trophy', 'icon podium-trophy') : null,
      h('span', { class: 'podium-rank' }, h('span', { class: 'sr-only', text: t('podium.place') }), ordinal(e.rank))))));
}
