// The order, slider and word cloud kinds' pure parts: reordering (drag, tap in order, move buttons), the slider's
// steps, bins and units, the words a phone sends, and the cloud's deterministic layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { moved, tapped, orderSummary } = await import(js('kinds/order.js'));
const { range, snap, bins, withUnit, sliderAnswer, MAX_BINS } = await import(js('kinds/slider.js'));
const { parseWords, cloudSummary } = await import(js('kinds/wordcloud.js'));
const { cloudLayout, MIN_PX, MAX_PX } = await import(js('kinds/cloud-view.js'));

test('moving an item takes it out and puts it at its new place; the others keep their order', () => {
  assert.deepEqual(moved([0, 1, 2, 3], 0, 2), [1, 2, 0, 3]);
  assert.deepEqual(moved([0, 1, 2, 3], 3, 0), [3, 0, 1, 2]);
  assert.deepEqual(moved([0, 1, 2, 3], 1, 1), [0, 1, 2, 3]);
  assert.deepEqual(moved([0, 1, 2], 0, 9), [1, 2, 0], 'past the end: last');
});

test('tapping the items first to last builds that order; tapping a placed item again changes nothing', () => {
  let s = { order: [3, 1, 0, 2], placed: 0 };
  for (const item of [2, 0, 3]) s = tapped(s.order, s.placed, item);
  assert.deepEqual(s, { order: [2, 0, 3, 1], placed: 3 });
  assert.deepEqual(tapped(s.order, s.placed, 0), s);
});

test('an order reveal says how many got the exact order', () => {
  assert.equal(orderSummary({ answered: 5, correctCount: 2 }).text, '2 of 5 answers in the exact order');
});

test('a slider value snaps to its steps within its range, and shows with its unit', () => {
  const r = range({ min: 0, max: 100, step: 5, unit: '%' });
  assert.equal(snap(42, r), 40);
  assert.equal(snap(43, r), 45);
  assert.equal(snap(140, r), 100);
  assert.equal(snap(0.1 + 0.2, range({ min: 0, max: 1, step: 0.1 })), 0.3);
  assert.equal(withUnit(80, '%'), '80 %');
  assert.equal(withUnit(1234.5, ''), '1,234.5');
  assert.equal(sliderAnswer({ value: 80, tolerance: 5, min: 0, max: 100, step: 5, unit: '%' }), '80 % (± 5 %)');
  assert.equal(sliderAnswer({ value: 7, tolerance: 0, min: 0, max: 10, step: 1, unit: '' }), '7');
});

test('the histogram has a bin per step up to 40 positions, else 40 equal bins, as the server counts', () => {
  assert.equal(bins(range({ min: 0, max: 100, step: 5 })).length, 21);
  assert.deepEqual(bins(range({ min: 0, max: 100, step: 5 }))[16], { from: 80, to: 80 });
  const wide = bins(range({ min: 0, max: 1000, step: 1 }));
  assert.equal(wide.length, MAX_BINS);
  assert.deepEqual(wide[0], { from: 0, to: 25 });
});

test('a phone sends 1 to 3 trimmed words, and says why when it cannot', () => {
  assert.deepEqual(parseWords([' Django ', '', 'fast']), { words: ['Django', 'fast'], problem: null });
  assert.deepEqual(parseWords(['', '  ']), { words: null, problem: 'Type at least one word.' });
  assert.deepEqual(parseWords(['x'.repeat(26)]), { words: null, problem: 'A word has at most 25 characters.' });
  assert.equal(cloudSummary({ answered: 1 }).text, '1 player sent words');
});

test('the cloud is laid out the same way every time: biggest in the middle, sized by count, ties alphabetical', () => {
  const words = [{ word: 'b', count: 1 }, { word: 'top', count: 9 }, { word: 'a', count: 1 }, { word: 'mid', count: 4 }];
  const laid = cloudLayout(words);
  assert.deepEqual(laid.map((w) => w.word), ['b', 'mid', 'top', 'a']);
  assert.deepEqual(cloudLayout([...words].reverse()), laid, 'the order words arrive in does not matter');
  assert.equal(laid.find((w) => w.word === 'top').px, MAX_PX);
  assert.equal(laid.find((w) => w.word === 'mid').px, Math.round(MIN_PX + (MAX_PX - MIN_PX) * Math.sqrt(4 / 9)));
  assert.deepEqual(cloudLayout([{ word: '<b>x</b>', count: 2 }, { word: 'bad', count: 0 }, null]).map((w) => w.word), ['<b>x</b>']);
});
