// The player's recap: its URL, each answer in the shape the kind modules draw, outcomes in words, the tally.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { recapUrl, asMine, outcome, tally, fetchRecap } = await import(js('recap.js'));

test('the recap URL sits under the page\'s base path', () => {
  assert.equal(recapUrl('123456', 'http://host:8080/quiz/play?code=123456'), 'http://host:8080/quiz/api/rooms/123456/recap');
});

test('an answer comes back as the phone keeps its own: picked choices as a list, typed answers as a value', () => {
  assert.deepEqual(asMine({ kind: 'single', answer: 2 }), { choices: [2] });
  assert.deepEqual(asMine({ kind: 'multi', answer: [0, 2] }), { choices: [0, 2] });
  assert.deepEqual(asMine({ kind: 'text', answer: 'migrate' }), { value: 'migrate' });
  assert.deepEqual(asMine({ kind: 'number', answer: 8 }), { value: 8 });
  assert.equal(asMine({ kind: 'single' }), null);
});

test('outcomes say right with the points, not right, answered (nothing right), or no answer', () => {
  assert.equal(outcome({ answer: 1, judged: true, right: true, earned: 950 }).text, 'Right · +950 points');
  assert.equal(outcome({ answer: 1, judged: true, right: false, earned: 0 }).text, 'Not right');
  assert.equal(outcome({ answer: 1, judged: false, earned: 0 }).text, 'Answered');
  assert.equal(outcome({ judged: true, earned: 0 }).text, 'No answer');
});

test('the tally counts only questions with a right answer', () => {
  const t = tally({ questions: [{ judged: true, right: true }, { judged: true, right: false }, { judged: true }, { judged: false }] });
  assert.deepEqual(t, { right: 1, judged: 3 });
});

test('a refused recap is an Error with the server\'s sentence and status; the token goes as a Bearer header', async () => {
  let seen;
  const fetchImpl = async (url, init) => {
    seen = { url, init };
    return { ok: false, status: 404, json: async () => ({ error: 'No finished game with that code has a player with that token.' }) };
  };
  await assert.rejects(fetchRecap('123456', 'tok', { fetchImpl, base: 'http://h/' }),
    (e) => e.status === 404 && /No finished game/.test(e.message));
  assert.equal(seen.url, 'http://h/api/rooms/123456/recap');
  assert.equal(seen.init.headers.Authorization, 'Bearer tok');
});
