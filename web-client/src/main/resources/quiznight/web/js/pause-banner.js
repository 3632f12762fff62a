// "Paused" across the top of every screen (the projector, the phones, the remote) while the host has paused the
// game: the question's clock stands still and answers wait, and a pub quiz room's countdown waits too.
import { h } from './dom.js';
import { icon } from './icons.js';
import { Phase } from './protocol.js';
import { t } from './i18n.js';

/** True when the state's room is paused (a finished game shows no banner). */
export function showsPause(state) {
  return state.paused === true && state.phase !== Phase.FINISHED && state.phase !== Phase.IDLE;
}

export function pauseBanner({ sub = t('pause.host') } = {}) {
  const el = h('div', { class: 'pause-banner', role: 'status', 'aria-live': 'polite' });
  let shown = null;
  return {
    el,
    update(state) {
      const on = showsPause(state);
      if (on === shown) return;
      shown = on;
      document.body.classList.toggle('is-paused', on);
      // Filled only while paused, so the live region announces the pause when it comes.
      el.replaceChildren(...(on ? [icon('pause', 'icon pause-icon'), h('strong', { class: 'pause-title', text: t('pause.title') }),
        h('span', { class: 'pause-sub', text: sub })] : []));
      el.classList.toggle('is-on', on);
    },
  };
}
