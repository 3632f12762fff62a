// The poll kind (js/kinds/poll.js): picked like single, nothing right, nothing scored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { default: poll, votesText, pollSummary } = await import(js('kinds/poll.js'));
const { kindOf, answerMessage } = await import(js('kinds/index.js'));
const { choiceCounts, percentages } = await import(js('kinds/choice-views.js'));

test('the registry knows poll', () => {
  assert.equal(kindOf('poll'), poll);
});

test('a poll is picked among its choices and asks for a vote', () => {
  assert.equal(poll.hasChoices, true);
  assert.equal(poll.hint, 'Vote: pick one');
  assert.equal(poll.lockedTitle, 'Vote in');
});

test('a vote is sent like a single answer: the choice index', () => {
  assert.deepEqual(poll.answer(2), { choice: 2 });
  assert.deepEqual(answerMessage({ index: 3, kind: 'poll', value: 0 }), { type: 'answer', index: 3, choice: 0 });
});

test('a poll scores nothing and names no right answer on the phone', () => {
  assert.equal(poll.scores, false);
  assert.equal(poll.phoneReveal({ choices: ['a', 'b'] }, { correct: [], counts: [1, 1] }), null);
});

test('the projector counts votes, never right answers', () => {
  assert.deepEqual(pollSummary({ answered: 2, correctCount: 0, correct: [] }),
    { icon: 'users', text: '2 votes', spoken: 'Votes revealed. 2 votes.' });
  assert.equal(pollSummary({ answered: 1 }).text, '1 vote');
  assert.equal(pollSummary({}).text, '0 votes');
  assert.equal(votesText(1200), '1,200 votes');
  assert.doesNotMatch(pollSummary({ answered: 5, correctCount: 0 }).text, /right/);
});

test('the distribution: a count and a whole percentage per choice, missing counts as 0', () => {
  const q = { choices: ['Tea', 'Coffee', 'Water'] };
  const counts = choiceCounts(q, { counts: [1, 2] });
  assert.deepEqual(counts, [1, 2, 0]);
  assert.deepEqual(percentages(counts, 3), [33, 67, 0]);
  assert.deepEqual(percentages([0, 0], 0), [0, 0]);
});
