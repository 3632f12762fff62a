// A pub quiz room's countdown to moving on by itself ("Standings in 6 s", "Next question in 4 s"), on the
// projector and the phones. It reads the server clock estimate; while the host pauses it stands still.
import { h, setText } from './dom.js';
import { icon } from './icons.js';
import { Phase } from './protocol.js';
import { t } from './i18n.js';

/**
 * What the countdown says, or null when there is none for the state's phase. `leftMs` is what it has left.
 * Pure.
 */
export function autoNextText(state, leftMs) {
  const a = state.autoNext;
  if (!a || a.from !== state.phase || (state.phase !== Phase.REVEAL && state.phase !== Phase.STANDINGS)) return null;
  const total = state.question?.total ?? state.quiz?.questions ?? Infinity;
  const to = a.from === Phase.REVEAL ? t('auto.standings') : a.index + 1 >= total ? t('auto.final') : t('auto.next');
  const secs = Math.max(0, Math.ceil(leftMs / 1000));
  return a.paused || state.paused ? t('auto.in-paused', { to, secs }) : t('auto.in', { to, secs });
}

/** What the countdown has left now (ms): frozen while paused. */
export function autoNextLeft(autoNext, clock) {
  if (!autoNext) return 0;
  return autoNext.paused ? autoNext.remainingMs : clock.remaining(autoNext.at);
}

export function autoNextIndicator({ clock }) {
  const label = h('span', { class: 'auto-next-label' });
  const el = h('div', { class: 'auto-next', role: 'timer', 'aria-live': 'off', hidden: true }, icon('clock'), label);
  let state = null;
  let timer = null;

  function tick() {
    const text = state ? autoNextText(state, autoNextLeft(state.autoNext, clock)) : null;
    el.hidden = text == null;
    setText(label, text ?? '');
    if (text == null || state.autoNext.paused) {
      clearInterval(timer);
      timer = null;
    }
  }

  return {
    el,
    update(s) {
      state = s;
      tick();
      if (!el.hidden && !s.autoNext.paused && timer == null) timer = setInterval(tick, 250);
    },
  };
}
