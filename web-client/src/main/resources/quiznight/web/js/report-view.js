// The game report on the host screen (issue 17): what the room got right and wrong, from
// GET /api/rooms/{code}/results?format=report (the server's results/GameReport). Hardest questions with their
// explanation, players who may need help (nicknames only), a chart per question and a table per player.
import { h } from './dom.js';
import { barChart } from './report-chart.js';
import { renderRich } from './rich-text.js';
import { formatNumber } from './format.js';
import { t as tr } from './i18n.js';

/** 0.4 → "40%"; null → "–". */
export function percent(share) {
  return share == null ? '–' : `${Math.round(share * 100)}%`;
}

/** 5230 → "5.2 s"; null → "–". */
export function seconds(ms) {
  return ms == null ? '–' : `${(ms / 1000).toFixed(1)} s`;
}

/** A question's one-line summary: "40% right · 5.2 s on average · 12 answered", or for a poll "12 answered". */
export function questionLine(q) {
  const parts = [];
  if (q.judged) parts.push(tr('report.right', { share: percent(q.shareRight) }));
  if (q.averageMs != null) parts.push(tr('report.average', { time: seconds(q.averageMs) }));
  parts.push(tr('report.answered', { count: q.answered }));
  return parts.join(' · ');
}

// The words are looked up when shown (the language is chosen after the modules load).
const OUTCOME = {
  right: { mark: '✓', get text() { return tr('report.outcome.right'); } },
  wrong: { mark: '✗', get text() { return tr('report.outcome.wrong'); } },
  none: { mark: '–', get text() { return tr('report.outcome.none'); } },
  answered: { mark: '•', get text() { return tr('report.outcome.voted'); } },
};

/** A player's cell for one question: a mark with its meaning in words (never colour alone). */
export function outcomeCell(cell) {
  const o = OUTCOME[cell.outcome] ?? OUTCOME.none;
  const title = cell.answer ? `${o.text}: ${cell.answer}` : o.text;
  return h('td', { class: ['outcome', `outcome-${cell.outcome}`], title },
    h('span', { 'aria-hidden': 'true', text: o.mark }), h('span', { class: 'sr-only', text: title }));
}

function summary(r) {
  const stat = (label, value) => h('div', { class: 'report-stat' },
    h('span', { class: 'report-stat-value', text: value }), h('span', { class: 'report-stat-label', text: label }));
  return h('div', { class: 'report-summary' },
    stat(tr('report.stat.players', { count: r.playerCount }), formatNumber(r.playerCount)),
    stat(tr('report.stat.questions', { count: r.questionsPlayed }), formatNumber(r.questionsPlayed)),
    stat(tr('report.stat.accuracy'), percent(r.averageAccuracy)),
    r.complete ? null : stat(tr('report.stat.game'), tr('report.stat.stopped')));
}

function hardest(r) {
  if (!r.hardest.length) return null;
  return h('section', { class: 'report-section', 'aria-labelledby': 'report-hardest' },
    h('h2', { id: 'report-hardest', class: 'report-h2', text: tr('report.hardest') }),
    h('ol', { class: 'report-hardest' }, r.hardest.map((i) => {
      const q = r.questions[i];
      return h('li', { class: 'hardest-card' },
        h('p', { class: 'hardest-share', text: tr('report.right', { share: percent(q.shareRight) }) }),
        renderRich(h('p', { class: 'hardest-text' }), `${tr('recap.q', { n: q.index + 1 })}. ${q.text}`),
        q.explanation ? renderRich(h('p', { class: 'hardest-why' }), q.explanation) : null);
    })));
}

function needHelp(r) {
  return h('section', { class: 'report-section', 'aria-labelledby': 'report-help' },
    h('h2', { id: 'report-help', class: 'report-h2', text: tr('report.help') }),
    r.needHelp.length
      ? h('ul', { class: 'report-help' }, r.needHelp.map((name) => h('li', { text: name })))
      : h('p', { class: 'muted', text: tr('report.help-none') }));
}

function questions(r) {
  return h('section', { class: 'report-section', 'aria-labelledby': 'report-questions' },
    h('h2', { id: 'report-questions', class: 'report-h2', text: tr('report.questions') }),
    r.questions.map((q) => h('article', { class: ['report-question', q.hardest ? 'is-hardest' : null] },
      h('h3', { class: 'report-h3' }, h('span', { class: 'report-qnum', text: tr('recap.q', { n: q.index + 1 }) }), renderRich(h('span'), q.text)),
      h('p', { class: 'report-qline', text: questionLine(q) }),
      q.distribution.length
        ? barChart(tr('report.chart-title', { n: q.index + 1 }),
          q.other ? [...q.distribution, { label: tr('report.other-answers'), count: q.other, right: false }] : q.distribution)
        : h('p', { class: 'muted', text: tr('report.nobody') }))));
}

/** Whether the game asked its players for real names: the players table then has a "Real name" column. */
export function hasRealNames(r) {
  return r.players.some((p) => typeof p.realName === 'string');
}

function players(r) {
  const real = hasRealNames(r);
  return h('section', { class: 'report-section', 'aria-labelledby': 'report-players' },
    h('h2', { id: 'report-players', class: 'report-h2', text: tr('report.players') }),
    h('div', { class: 'report-table-wrap', tabIndex: 0, role: 'region', 'aria-labelledby': 'report-players' },
      h('table', { class: 'report-players' },
        h('thead', null, h('tr', null,
          [tr('result.rank'), tr('signin.name'), ...(real ? [tr('report.real-name')] : []), tr('result.score'), tr('report.accuracy')].map((t) => h('th', { scope: 'col', text: t })),
          r.questions.map((q) => h('th', { scope: 'col', text: tr('recap.q', { n: q.index + 1 }) })))),
        h('tbody', null, r.players.map((p) => h('tr', null,
          h('td', { text: String(p.rank) }),
          h('th', { scope: 'row', text: p.name }),
          real ? h('td', { text: p.realName ?? '' }) : null,
          h('td', { text: formatNumber(p.score) }),
          h('td', { text: percent(p.accuracy) }),
          p.answers.map(outcomeCell)))))));
}

/** The whole report as one element. */
export function reportView(r) {
  return h('div', { class: 'report' }, summary(r), hardest(r), needHelp(r), questions(r), players(r));
}
