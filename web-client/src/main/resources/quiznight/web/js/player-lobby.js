// Player, waiting for the game (or the next question, for a late joiner): their name and the player count.
import { h, setText } from './dom.js';
import { formatNumber } from './format.js';
import { teamBadge } from './team-views.js';
import { t } from './i18n.js';

export function waitingScreen(state) {
  const count = h('p', { class: 'wait-count', role: 'status', 'aria-live': 'polite' });
  const started = state.question != null || state.phase !== 'lobby';
  const el = h('section', { class: 'wait', 'aria-labelledby': 'wait-title' },
    h('h1', { id: 'wait-title', class: 'wait-title', text: t('lobby.in') }),
    h('p', { class: 'wait-name', text: state.me?.name ?? '' }),
    state.team ? h('p', { class: 'wait-team' }, h('span', { class: 'muted', text: t('lobby.your-team') }), teamBadge(state.team)) : null,
    h('p', { class: 'wait-hint', text: started ? t('lobby.started') : t('lobby.see-name') }),
    h('div', { class: 'wait-dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
    count);
  return {
    el,
    update(s) {
      setText(count, s.count > 0 ? t('lobby.players-in-game', { count: s.count }) : '');
    },
  };
}
