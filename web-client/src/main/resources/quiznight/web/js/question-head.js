// The line above a question: "Question 2 of 10", its section, double or no points. Shared by host and player.
import { h } from './dom.js';
import { renderCode } from './rich-text.js';

export function questionHead(q, { compact = false } = {}) {
  return h('div', { class: ['q-head', compact ? 'q-head-compact' : null] },
    h('span', { class: 'pill pill-strong', text: compact ? `${q.index + 1} / ${q.total}` : `Question ${q.index + 1} of ${q.total}` }),
    q.section ? h('span', { class: 'pill q-section', text: q.section }) : null,
    q.points > 1 ? h('span', { class: 'pill pill-double', text: `${q.points}× points` }) : null,
    q.points === 0 ? h('span', { class: 'pill pill-nopoints', text: compact ? 'No points' : 'For fun: no points' }) : null);
}

/**
 * The code snippet of a question, monospaced, or null when it has none; highlighted as `language` (the question's
 * `codeLanguage`) when given, else as the likeliest language.
 */
export function codeBlock(code, cls = '', language = undefined) {
  if (!code) return null;
  return h('pre', { class: ['code', cls], tabindex: 0, 'aria-label': 'Code' }, renderCode(h('code'), code, language || undefined));
}
