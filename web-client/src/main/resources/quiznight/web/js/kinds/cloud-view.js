// The projector's word cloud (the wordcloud kind): the server's top words sized by how many sent them, laid out
// deterministically (biggest in the middle, the rest alternating outwards, packed in centred rows by the browser's
// own line breaking, so no two words overlap), every word a button the host clicks to hide it. It is a list: a
// screen reader reads each word with its count. Words are text only (textContent), never HTML.
import { h } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';

export const MIN_PX = 22;
export const MAX_PX = 96;
const COLOURS = 6;

/**
 * The words in display order with their font size in px: sorted by count (ties alphabetical), then placed
 * centre-out (1st in the middle, 2nd to its right, 3rd to its left …). Pure and deterministic.
 * @param {{word: string, count: number}[]} words
 * @returns {{word: string, count: number, px: number, colour: number}[]}
 */
export function cloudLayout(words, { minPx = MIN_PX, maxPx = MAX_PX } = {}) {
  const list = (Array.isArray(words) ? words : [])
    .filter((w) => w && typeof w.word === 'string' && Number.isFinite(w.count) && w.count > 0)
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const top = list[0]?.count ?? 1;
  const sized = list.map((w) => ({
    word: w.word, count: w.count,
    px: Math.round(minPx + (maxPx - minPx) * Math.sqrt(w.count / top)),
    colour: hash(w.word) % COLOURS,
  }));
  const out = [];
  sized.forEach((w, i) => (i % 2 === 0 ? out.push(w) : out.unshift(w)));
  return out;
}

/** FNV-1a of the word's code points: a word keeps its colour from one update to the next. */
function hash(s) {
  let x = 2166136261;
  for (const ch of s) x = Math.imul(x ^ ch.codePointAt(0), 16777619) >>> 0;
  return x;
}

/**
 * The cloud as a list of word buttons, and the hidden words with a button each to show them again.
 * @param {{words?: object[], hidden?: string[]}} data a `words` message or a word cloud's `reveal`
 * @param {{onHideWord?: (word: string, hidden: boolean) => void}} ctx
 */
export function cloudView(data, { onHideWord } = {}) {
  const laid = cloudLayout(data?.words);
  const hidden = Array.isArray(data?.hidden) ? data.hidden.filter((w) => typeof w === 'string') : [];
  const cloud = laid.length === 0
    ? h('p', { class: 'cloud-empty', text: t('kind.cloud.empty') })
    : h('ul', { class: 'cloud', 'aria-label': t('kind.cloud.label', { count: laid.length }) },
      laid.map((w) => {
        const word = h('span', { class: 'cloud-text', text: w.word });
        const li = h('li', { class: ['cloud-word', `cloud-c${w.colour}`] },
          onHideWord
            ? h('button', { type: 'button', class: 'cloud-btn', title: t('kind.cloud.hide-title', { word: w.word }), 'aria-label': t('kind.cloud.hide', { word: w.word, count: w.count }),
              onclick: () => onHideWord(w.word, true) }, word)
            : h('span', { class: 'cloud-btn' }, word, h('span', { class: 'sr-only', text: `, ${formatNumber(w.count)}` })));
        li.style.fontSize = `${w.px}px`;
        return li;
      }));
  return h('div', { class: 'cloud-view' },
    cloud,
    hidden.length > 0 ? h('p', { class: 'cloud-hidden' }, h('span', { class: 'cloud-hidden-label', text: t('kind.cloud.hidden') }),
      hidden.map((w) => (onHideWord
        ? h('button', { type: 'button', class: 'btn btn-ghost btn-sm cloud-show', 'aria-label': t('kind.cloud.show', { word: w }), onclick: () => onHideWord(w, false) },
          h('span', { text: w }))
        : h('span', { class: 'cloud-show', text: w })))) : null);
}
