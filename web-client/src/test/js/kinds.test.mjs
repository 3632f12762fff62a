// The kind registry (js/kinds/): one module per kind, all the same shape; screens ask it instead of branching on
// a kind's name. The views need a DOM (the browser tests drive them); here: the shape, hints and answer builders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { js, WEB } from './web.mjs';

const { KINDS, kindOf, isKnownKind, answerMessage } = await import(js('kinds/index.js'));
const { default: unsupported, reloadText } = await import(js('kinds/unsupported.js'));
const { parseText } = await import(js('kinds/text.js'));

const SHAPE = {
  name: 'string', hint: 'string', scores: 'boolean', hasChoices: 'boolean', answer: 'function', input: 'function',
  lockedTitle: 'string', mine: 'function', hostQuestion: 'function', hostReveal: 'function', summary: 'function',
  verdict: 'function', phoneReveal: 'function',
};

test('the registry lists the nine kinds, in the order of the contract', () => {
  assert.deepEqual(KINDS.map((k) => k.name), ['single', 'multi', 'truefalse', 'text', 'number', 'poll', 'order', 'slider', 'wordcloud']);
});

test('every kind module has the same shape, and so has the one for kinds this page does not know', () => {
  for (const k of [...KINDS, unsupported]) {
    for (const [field, type] of Object.entries(SHAPE)) {
      if (k === unsupported && field === 'name') continue;
      assert.equal(typeof k[field], type, `${k.name}.${field}`);
    }
    assert.ok(Object.isFrozen(k), `${k.name} is frozen`);
  }
});

test('each kind lives in js/kinds/<kind>.js', () => {
  for (const k of KINDS) assert.ok(fs.existsSync(path.join(WEB, 'js', 'kinds', `${k.name}.js`)), k.name);
});

test('the hint line says what each kind wants', () => {
  assert.deepEqual(Object.fromEntries(KINDS.map((k) => [k.name, k.hint])), {
    single: 'Pick one answer', multi: 'Pick every right answer', truefalse: 'True or false?', text: 'Type the answer',
    number: 'Type a number', poll: 'Vote: pick one', order: 'Put them in order', slider: 'Slide to your answer',
    wordcloud: 'Send up to 3 words',
  });
});

test('an answer carries the field its kind needs', () => {
  assert.deepEqual(answerMessage({ index: 0, kind: 'single', value: 2 }), { type: 'answer', index: 0, choice: 2 });
  assert.deepEqual(answerMessage({ index: 1, kind: 'truefalse', value: 0 }), { type: 'answer', index: 1, choice: 0 });
  assert.deepEqual(answerMessage({ index: 2, kind: 'multi', value: [3, 0] }), { type: 'answer', index: 2, choices: [0, 3] });
  assert.deepEqual(answerMessage({ index: 3, kind: 'text', value: 'migrate' }), { type: 'answer', index: 3, text: 'migrate' });
  assert.deepEqual(answerMessage({ index: 4, kind: 'number', value: '8' }), { type: 'answer', index: 4, value: 8 });
  assert.deepEqual(answerMessage({ index: 5, kind: 'poll', value: 1 }), { type: 'answer', index: 5, choice: 1 });
  assert.deepEqual(answerMessage({ index: 6, kind: 'order', value: [2, 0, 1] }), { type: 'answer', index: 6, choices: [2, 0, 1] });
  assert.deepEqual(answerMessage({ index: 7, kind: 'slider', value: 45 }), { type: 'answer', index: 7, value: 45 });
  assert.deepEqual(answerMessage({ index: 8, kind: 'wordcloud', value: ['a', 'b'] }), { type: 'answer', index: 8, words: ['a', 'b'] });
});

test('a kind this page does not know gets the reload notice instead of breaking', () => {
  assert.equal(isKnownKind('essay'), false);
  assert.equal(kindOf('essay'), unsupported);
  assert.equal(kindOf(undefined), unsupported);
  assert.equal(kindOf(null), unsupported);
  assert.equal(reloadText(), 'This question type needs a newer page: reload');
  assert.equal(unsupported.hint, 'A new question type');
  assert.equal(unsupported.summary({ answered: 3 }).spoken, `${reloadText()}.`);
});

test('the choice kinds and order show their choices, and only a poll and a word cloud score nothing', () => {
  assert.deepEqual(KINDS.filter((k) => k.hasChoices).map((k) => k.name), ['single', 'multi', 'truefalse', 'poll', 'order']);
  assert.deepEqual(KINDS.filter((k) => !k.scores).map((k) => k.name), ['poll', 'wordcloud']);
});

test('the scored kinds sum up a reveal by right answers', () => {
  for (const name of ['single', 'multi', 'truefalse', 'text', 'number', 'slider']) {
    assert.deepEqual(kindOf(name).summary({ answered: 4, correctCount: 3 }),
      { icon: 'check', text: '3 of 4 answers right (75%)', spoken: 'Answer revealed. 3 of 4 answers right.' }, name);
  }
  assert.equal(kindOf('single').summary({ answered: 0, correctCount: 0 }).text, '0 of 0 answers right');
});

test('a typed text answer is trimmed, and an empty one is not sent', () => {
  assert.equal(parseText('  Migrate '), 'Migrate');
  assert.equal(parseText('   '), null);
  assert.equal(parseText(undefined), null);
});

test('no module outside js/kinds/ branches on a question kind: they ask the registry', () => {
  const dir = path.join(WEB, 'js');
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    const names = '(single|multi|truefalse|text|number|poll)';
    assert.doesNotMatch(text, new RegExp(`\\.kind\\s*[!=]==|[!=]==\\s*[\\w.?]*\\.kind\\b|kind\\s*[!=]==\\s*['"]${names}['"]`
      + `|case\\s+['"]${names}['"]|isChoiceKind|\\bKind\\.[A-Z]`), f);
  }
});
