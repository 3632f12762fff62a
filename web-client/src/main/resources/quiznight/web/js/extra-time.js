// The extra-time accommodation on the host's side: the lobby's per-player button that cycles none → ×1.5 → ×2 →
// none (the server applies it from the next question; only that player's phone shows the longer timer), and the
// words for it. Pure helpers first, then the button.
import { h } from './dom.js';
import { icon } from './icons.js';
import { EXTRA_TIME_FACTORS } from './protocol.js';
import { t } from './i18n.js';

/** The factor a press moves to: the next one, back to 1 (none) after the last. */
export function nextFactor(factor) {
  const i = EXTRA_TIME_FACTORS.indexOf(factor);
  return EXTRA_TIME_FACTORS[(i + 1) % EXTRA_TIME_FACTORS.length];
}

/** A factor in words: "×1.5", or "" for none (1, or anything the server did not send). */
export function factorText(factor) {
  return Number.isFinite(factor) && factor !== 1 ? `×${factor}` : '';
}

/** The button's accessible name: what the player has now, and what a press does. */
export function extraTimeLabel(name, factor) {
  const now = factorText(factor);
  const next = factorText(nextFactor(Number.isFinite(factor) ? factor : 1));
  const has = now ? t('extra.has', { name, factor: now }) : t('extra.has-normal', { name });
  return next ? t('extra.press', { has, factor: next }) : t('extra.press-normal', { has });
}

/** The lobby's extra-time button for player `p` ({id, name, extraTime}); `onGrant(player, factor)` sends it. */
export function extraTimeButton(p, onGrant) {
  const factor = Number.isFinite(p.extraTime) ? p.extraTime : 1;
  const text = factorText(factor);
  return h('button', {
    type: 'button', class: ['extra-time', text ? 'is-granted' : null], 'aria-label': extraTimeLabel(p.name, factor),
    title: t('extra.title'),
    onclick: () => onGrant(p, nextFactor(factor)),
  }, icon('clock'), text ? h('span', { class: 'extra-time-factor', text }) : h('span', { class: 'extra-time-plus', text: '+', 'aria-hidden': 'true' }));
}
