// An accessible bar chart for the game report: an SVG with a title and a description that says every value, and
// the same data as a table (screen readers, and anyone who prefers numbers). Readable from the back of a room:
// few bars, large labels, the right answer marked by a tick and the word "right", never by colour alone.
import { h, svg } from './dom.js';
import { t } from './i18n.js';

const BAR_H = 34;
const GAP = 10;
const LABEL_W = 260;
const COUNT_W = 130;
const WIDTH = 900;

/**
 * The bars' geometry (pure, for tests): each bar's y and width in a chart WIDTH wide, the longest bar filling the
 * space between the label column and the count column.
 * @param {{label: string, count: number, right: boolean}[]} bars
 */
export function layout(bars) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const room = WIDTH - LABEL_W - COUNT_W;
  return {
    width: WIDTH,
    height: bars.length * (BAR_H + GAP) - GAP,
    bars: bars.map((b, i) => ({ ...b, y: i * (BAR_H + GAP), w: b.count === 0 ? 0 : Math.max(4, Math.round((b.count / max) * room)) })),
  };
}

/** "a: 3 (right), b: 0, c: 1": every value, for the SVG's description and for people. */
export function describeBars(bars) {
  return bars.map((b) => (b.right ? t('kind.chart.right', { letter: b.label, count: b.count }) : t('kind.chart.count', { letter: b.label, count: b.count }))).join(', ');
}

/** Cuts a label for the chart's label column; the table and the description keep it whole. */
export function shortLabel(text, max = 28) {
  const chars = [...String(text ?? '')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

let ids = 0;

/**
 * @param {string} title what the chart shows, e.g. "Answers to question 3"
 * @param {{label: string, count: number, right: boolean}[]} bars
 */
export function barChart(title, bars) {
  const g = layout(bars);
  const id = `chart-${++ids}`;
  const chart = svg('svg', {
    class: 'report-chart', viewBox: `0 0 ${g.width} ${g.height}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d`,
    preserveAspectRatio: 'xMinYMin meet',
  },
  svg('title', { id: `${id}-t` }, title),
  svg('desc', { id: `${id}-d` }, describeBars(bars)),
  g.bars.map((b) => svg('g', { class: ['chart-row', b.right ? 'is-right' : null] },
    svg('text', { class: 'chart-label', x: 0, y: b.y + BAR_H / 2, 'dominant-baseline': 'middle' },
      `${b.right ? '✓ ' : ''}${shortLabel(b.label)}`),
    svg('rect', { class: 'chart-bar', x: LABEL_W, y: b.y, width: b.w, height: BAR_H, rx: 6 }),
    svg('text', { class: 'chart-count', x: LABEL_W + b.w + 10, y: b.y + BAR_H / 2, 'dominant-baseline': 'middle' },
      b.right ? t('report.count-right', { count: b.count }) : String(b.count)))));
  const table = h('table', { class: 'chart-table' },
    h('caption', { class: 'sr-only', text: title }),
    h('thead', null, h('tr', null, h('th', { scope: 'col', text: t('report.answer') }), h('th', { scope: 'col', text: t('topbar.players') }),
      h('th', { scope: 'col', text: t('report.right-q') }))),
    h('tbody', null, bars.map((b) => h('tr', null, h('th', { scope: 'row', text: b.label }), h('td', { text: String(b.count) }),
      h('td', { text: b.right ? t('report.outcome.right') : '' })))));
  return h('figure', { class: 'report-figure' }, chart,
    h('details', { class: 'chart-data' }, h('summary', { text: t('report.table') }), table));
}
