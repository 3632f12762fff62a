// The game report's pure parts (js/report-chart.js, js/report-view.js, js/results.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { layout, describeBars, shortLabel } = await import(js('report-chart.js'));
const { percent, seconds, questionLine } = await import(js('report-view.js'));
const { resultsUrl, EXTENSIONS } = await import(js('results.js'));

test('the longest bar fills the room between labels and counts; a zero is no bar, a small count still shows', () => {
  const g = layout([{ label: 'a', count: 10, right: true }, { label: 'b', count: 0, right: false }, { label: 'c', count: 0.01, right: false }]);
  assert.equal(g.bars[0].w, 900 - 260 - 130);
  assert.equal(g.bars[1].w, 0);
  assert.equal(g.bars[2].w, 4);
  assert.deepEqual(g.bars.map((b) => b.y), [0, 44, 88]);
  assert.equal(g.height, 3 * 44 - 10);
});

test('a chart of nothing but zeros draws no bars and does not divide by zero', () => {
  const g = layout([{ label: 'a', count: 0, right: false }]);
  assert.equal(g.bars[0].w, 0);
});

test('the description says every value and which is right', () => {
  assert.equal(describeBars([{ label: '80', count: 3, right: true }, { label: '8000', count: 1, right: false }]),
    '80: 3 (right), 8000: 1');
});

test('long labels are cut with an ellipsis by characters, not bytes', () => {
  assert.equal(shortLabel('short'), 'short');
  assert.equal(shortLabel('x'.repeat(40), 10), `${'x'.repeat(9)}…`);
  assert.equal([...shortLabel('😀'.repeat(30), 5)].length, 5);
  assert.equal(shortLabel(null), '');
});

test('shares and times read as people say them', () => {
  assert.equal(percent(0.25), '25%');
  assert.equal(percent(null), '–');
  assert.equal(seconds(5230), '5.2 s');
  assert.equal(seconds(null), '–');
});

test('a question line gives the share right and time, a poll only how many answered', () => {
  assert.equal(questionLine({ judged: true, shareRight: 0.4, averageMs: 5230, answered: 12 }), '40% right · 5.2 s on average · 12 answered');
  assert.equal(questionLine({ judged: false, shareRight: null, averageMs: 900, answered: 3 }), '0.9 s on average · 3 answered');
  assert.equal(questionLine({ judged: true, shareRight: 0, averageMs: null, answered: 0 }), '0% right · 0 answered');
});

test('results URLs name the format, and JSON needs none', () => {
  const base = 'http://host:8080/quiz/';
  assert.equal(resultsUrl('123456', 'json', base), 'http://host:8080/quiz/api/rooms/123456/results');
  assert.equal(resultsUrl('123456', 'xlsx', base), 'http://host:8080/quiz/api/rooms/123456/results?format=xlsx');
  assert.equal(resultsUrl('123456', 'report', base), 'http://host:8080/quiz/api/rooms/123456/results?format=report');
  assert.equal(EXTENSIONS.xlsx, 'xlsx');
});

test('a past game\'s figures: players and average accuracy once ended, a poll-only game without accuracy, else not finished', async () => {
  const { gameFigures } = await import(js('past-games.js'));
  assert.equal(gameFigures({ ended: true, players: 12, accuracy: 0.641 }), '12 players · 64% average accuracy');
  assert.equal(gameFigures({ ended: true, players: 1, accuracy: null }), '1 player');
  assert.equal(gameFigures({ ended: false }), 'Not finished (or still running)');
});
