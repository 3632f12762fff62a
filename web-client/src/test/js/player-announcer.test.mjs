// What the phone's live region says as the game moves on (issue 18): the new question with its time, hint and
// choices; the result with points, score and rank; the place at the standings and the end; nothing twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { playerAnnouncement } = await import(js('player-announcer.js'));
const { reduce, initialState } = await import(js('state.js'));

const joined = reduce(initialState, { type: 'joined', playerId: 'p1', name: 'Ada', token: 't' });
const q0 = { type: 'question', index: 0, total: 9, kind: 'single', text: 'Which planet is the largest?',
  choices: ['Mars', 'Jupiter'], timeLimitMs: 60_000, deadline: 1e12, points: 1000 };

test('a new question is announced with its number, its time, what it wants and its choices', () => {
  const s = reduce(joined, q0);
  assert.equal(playerAnnouncement(joined, s), 'Question 1 of 9, 60 seconds. Pick one answer. Choices: A, Mars; B, Jupiter.');
  assert.equal(playerAnnouncement(s, s), null, 'the same question again (a render) says nothing');
});

test('a typed question has no choices to read, and a hidden-text room does not read the choices', () => {
  const typed = reduce(joined, { ...q0, kind: 'number', choices: [], index: 4, timeLimitMs: 30_000 });
  assert.equal(playerAnnouncement(joined, typed), 'Question 5 of 9, 30 seconds. Type a number.');
  const hidden = reduce(joined, { ...q0, hideText: true });
  assert.equal(playerAnnouncement(joined, hidden), 'Question 1 of 9, 60 seconds. Pick one answer.');
});

test('the result says right or not, the points, and the rank with the score, once', () => {
  const asked = reduce(joined, q0);
  const revealed = reduce(asked, { type: 'reveal', index: 0, correct: [1], counts: [0, 2], answered: 2 });
  assert.equal(playerAnnouncement(asked, revealed), null, 'the reveal waits for the player\'s own result');
  const right = reduce(revealed, { type: 'result', index: 0, correct: true, points: 850, score: 850, rank: 1, streak: 1, players: 2 });
  assert.equal(playerAnnouncement(revealed, right), 'Correct! Plus 850 points. You are 1st of 2 with 850 points.');
  assert.equal(playerAnnouncement(right, right), null);
  const wrong = reduce(revealed, { type: 'result', index: 0, correct: false, points: 0, score: 0, rank: 2, streak: 0, players: 2 });
  assert.equal(playerAnnouncement(revealed, wrong), 'Not right: no points. You are 2nd of 2 with 0 points.');
});

test('a poll\'s result is thanks, not a verdict', () => {
  const asked = reduce(joined, { ...q0, kind: 'poll' });
  const revealed = reduce(asked, { type: 'reveal', index: 0, counts: [1, 1], answered: 2 });
  const res = reduce(revealed, { type: 'result', index: 0, correct: false, points: 0, score: 1200, rank: 1, streak: 0, players: 2 });
  assert.equal(playerAnnouncement(revealed, res), 'Thanks, your answer is in. You are 1st of 2 with 1,200 points.');
});

test('the standings and the end say the place', () => {
  const asked = reduce(joined, q0);
  const res = reduce(asked, { type: 'result', index: 0, correct: true, points: 1, score: 1, rank: 1, streak: 1, players: 3 });
  const st = reduce(res, { type: 'standings', index: 0, top: [{ rank: 1, playerId: 'p1', name: 'Ada', score: 1 }], players: 3 });
  assert.equal(playerAnnouncement(res, st), 'You are 1st of 3 with 1 point.');
  const fin = reduce(st, { type: 'finished', podium: [], top: [], players: 3, you: { rank: 2, score: 900 } });
  assert.equal(playerAnnouncement(st, fin), 'Game over. You are 2nd of 3 with 900 points.');
});

test('nothing is said to a page that has not joined', () => {
  assert.equal(playerAnnouncement(initialState, reduce(initialState, q0)), null);
});
