// The phone's "My answers": every played question with what the player answered, the right answer (drawn by the
// question's kind module, as at the reveal), the points, and the explanation with its link. "Save as a page"
// downloads the same view as one self-contained HTML file that works offline.
import { h } from './dom.js';
import { icon } from './icons.js';
import { ordinal, formatNumber } from './format.js';
import { renderRich } from './rich-text.js';
import { explanationBox } from './explanation.js';
import { kindOf } from './kinds/index.js';
import { asMine, outcome, tally } from './recap.js';
import { direction, language, t as tr } from './i18n.js';

function recapItem(item) {
  const kind = kindOf(item.kind);
  const q = { kind: item.kind, choices: item.choices ?? [], index: item.index };
  const o = outcome(item);
  const mine = asMine(item);
  return h('li', { class: ['recap-item', o.cls] },
    h('article', { 'aria-labelledby': `recap-q${item.index}` },
      h('h2', { class: 'recap-q', id: `recap-q${item.index}` },
        h('span', { class: 'recap-num', text: tr('recap.q', { n: item.index + 1 }) }), ' ', renderRich(h('span'), item.text)),
      h('p', { class: 'recap-outcome' }, h('span', { class: 'recap-mark', 'aria-hidden': 'true', text: o.mark }), ' ', o.text),
      h('div', { class: 'recap-mine' },
        h('span', { class: 'right-answer-label', text: tr('kind.your-answer') }),
        mine ? kind.mine(q, mine) : h('span', { class: 'muted', text: tr('recap.no-answer') })),
      item.judged && item.correct != null ? kind.phoneReveal(q, { correct: item.correct }) : null,
      explanationBox(item)));
}

/** The recap view; `onSave()` downloads it as a page. */
export function recapView(recap, { onSave } = {}) {
  const t = tally(recap);
  return h('section', { class: 'recap', 'aria-labelledby': 'recap-title' },
    h('h1', { id: 'recap-title', class: 'recap-title', text: tr('final.my-answers') }),
    h('p', { class: 'recap-sub' }, recap.quizTitle ?? '', h('br'),
      tr('recap.sub', { name: recap.name, rank: ordinal(recap.rank), players: formatNumber(recap.players), count: recap.score }),
      t.judged ? tr('recap.right', { right: t.right, judged: t.judged }) : ''),
    recap.questions.length
      ? h('ol', { class: 'recap-list' }, recap.questions.map(recapItem))
      : h('p', { class: 'muted', text: tr('recap.none') }),
    onSave ? h('button', { type: 'button', class: 'btn btn-secondary btn-block recap-save', onclick: onSave },
      icon('download'), h('span', { text: tr('recap.save') })) : null);
}

/**
 * The recap as one HTML file: the view's markup (every text already escaped by the DOM) and the page's own
 * stylesheets inlined, so it opens offline, years later.
 */
export function recapPage(view, title, css) {
  const copy = view.cloneNode(true);
  copy.querySelector('.recap-save')?.remove();
  return `<!doctype html>\n<html lang="${language()}" dir="${direction()}"><head><meta charset="utf-8">`
    + `<meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<title>${escapeText(title)}</title><style>${css.replace(/<\/style/gi, '<\\/style')}</style></head>`
    + `<body class="player recap-saved">${copy.outerHTML}</body></html>\n`;
}

function escapeText(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

/** The text of this page's own stylesheets (same origin), for the saved page. */
export function pageCss(doc = document) {
  const rules = [];
  for (const sheet of doc.styleSheets) {
    try {
      for (const r of sheet.cssRules) rules.push(r.cssText);
    } catch {
      // a sheet we may not read
    }
  }
  return rules.join('\n');
}
