// The line above a question: "Question 2 of 10", its section, double or no points. Shared by host and player.
import { h } from './dom.js';
import { renderCode } from './rich-text.js';
import { t } from './i18n.js';

export function questionHead(q, { compact = false } = {}) {
  return h('div', { class: ['q-head', compact ? 'q-head-compact' : null] },
    h('span', { class: 'pill pill-strong', text: compact ? `\u2066${q.index + 1} / ${q.total}\u2069` : t('question.n-of', { n: q.index + 1, total: q.total }) }),
    q.section ? h('span', { class: 'pill q-section', text: q.section }) : null,
    q.points > 1 ? h('span', { class: 'pill pill-double', text: t('question.double', { n: q.points }) }) : null,
    q.points === 0 ? h('span', { class: 'pill pill-nopoints', text: compact ? t('question.no-points') : t('question.for-fun') }) : null);
}

/**
 * The code snippet of a question, monospaced, or null when it has none; highlighted as `language` (the question's
 * `codeLanguage`) when given, else as the likeliest language.
 */
export function codeBlock(code, cls = '', language = undefined) {
  if (!code) return null;
  return h('pre', { class: ['code', cls], tabindex: 0, 'aria-label': t('question.code') }, renderCode(h('code'), code, language || undefined));
}
