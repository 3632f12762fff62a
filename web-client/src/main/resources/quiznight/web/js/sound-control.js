// Host, top bar: the projector's sound control: a speaker button (sound on/off, its state in aria-pressed) and a
// volume slider, both remembered by this browser. Sound needs a click or key press on the page first (autoplay
// rules); until then the button says so.
import { h, setText } from './dom.js';
import { icon } from './icons.js';
import { t } from './i18n.js';

/** The starting preference: what this browser remembered, else sound on at 60 %. */
export function initialSound(saved) {
  return saved ?? { muted: false, volume: 0.6 };
}

/**
 * @param {object} o
 * @param {{muted: boolean, volume: number}} o.sound the starting preference
 * @param {function({muted: boolean, volume: number})} o.onChange the new preference (to apply and remember)
 */
export function soundControl({ sound, onChange }) {
  let pref = { ...sound };
  const glyph = h('span', { class: 'sound-icon' });
  const label = h('span', { class: 'sr-only', text: t('sound.label') });
  const button = h('button', {
    type: 'button', class: 'btn btn-bar sound-toggle', 'aria-pressed': 'false', onclick: () => set({ muted: !pref.muted }),
  }, glyph, label);
  const slider = h('input', {
    type: 'range', class: 'sound-volume', min: '0', max: '100', step: '5', 'aria-label': t('sound.volume'),
    oninput: () => set({ volume: Number(slider.value) / 100, muted: false }),
  });
  const el = h('div', { class: 'sound-control', role: 'group', 'aria-label': t('sound.label') }, button, slider);

  function render() {
    button.setAttribute('aria-pressed', String(!pref.muted));
    button.classList.toggle('is-muted', pref.muted);
    glyph.replaceChildren(icon(pref.muted ? 'muted' : 'sound'));
    button.title = pref.muted ? t('sound.off-title') : t('sound.on-title');
    slider.value = String(Math.round(pref.volume * 100));
    slider.setAttribute('aria-valuetext', pref.muted ? t('sound.muted') : t('sound.percent', { n: Math.round(pref.volume * 100) }));
  }

  function set(change) {
    pref = { ...pref, ...change };
    render();
    onChange(pref);
  }

  render();
  return {
    el,
    /** Shows that the browser still waits for a gesture before it may play anything. */
    waiting(isWaiting) {
      el.classList.toggle('is-waiting', isWaiting);
      setText(label, isWaiting && !pref.muted ? t('sound.waiting') : t('sound.label'));
    },
  };
}
