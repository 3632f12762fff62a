// Homework in the browser: the link's id, the calls' URLs and headers, the token kept per assignment, the words
// of the intro, the feedback and the organiser's progress line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { homeworkId, homeworkApi, homeworkTokens } = await import(js('homework-api.js'));
const { introLine, feedbackTitle } = await import(js('homework-student.js'));
const { progressLine, localInputValue } = await import(js('homework-host.js'));

test('the assignment id comes from the link\'s fragment, and nothing else passes for one', () => {
  assert.equal(homeworkId('#abcdefghijkl'), 'abcdefghijkl');
  assert.equal(homeworkId('#abc'), null);
  assert.equal(homeworkId('#abcdefghijk/'), null);
  assert.equal(homeworkId(''), null);
});

test('a student\'s calls go below the page\'s base path with their token as a bearer', async () => {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, init });
    return { ok: true, json: async () => ({}) };
  };
  const api = homeworkApi({ base: 'http://h:8080/quiz/homework.html#abcdefghijkl', fetchImpl });
  await api.question('abcdefghijkl', 'tok');
  await api.answer('abcdefghijkl', 'tok', 2, { choice: 1 });
  assert.equal(calls[0].url, 'http://h:8080/quiz/api/homework/abcdefghijkl/question');
  assert.equal(calls[0].init.headers.Authorization, 'Bearer tok');
  assert.equal(calls[1].init.method, 'POST');
  assert.deepEqual(JSON.parse(calls[1].init.body), { index: 2, choice: 1 });
  assert.equal(api.linkOf({ link: '/homework.html#abcdefghijkl' }), 'http://h:8080/quiz/homework.html#abcdefghijkl');
});

test('a refusal carries the server\'s sentence and status', async () => {
  const fetchImpl = async () => ({ ok: false, status: 410, json: async () => ({ error: 'This homework closed at its deadline.' }) });
  await assert.rejects(homeworkApi({ base: 'http://h/', fetchImpl }).join('abcdefghijkl', 'Ada'),
    (e) => e.status === 410 && e.message === 'This homework closed at its deadline.');
});

test('the token is kept per assignment and forgotten on request; a broken entry reads as none', () => {
  const map = new Map();
  const store = { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => map.set(k, v), removeItem: (k) => map.delete(k) };
  const tokens = homeworkTokens(store);
  tokens.save('abcdefghijkl', { token: 't1', name: 'Ada', student: 's1' });
  assert.deepEqual(tokens.load('abcdefghijkl'), { token: 't1', name: 'Ada' });
  assert.equal(tokens.load('other0000000'), null);
  map.set('quiznight.homework.broken000000', '{nope');
  assert.equal(tokens.load('broken000000'), null);
  tokens.forget('abcdefghijkl');
  assert.equal(tokens.load('abcdefghijkl'), null);
});

test('the intro, the feedback and the progress say it in words', () => {
  assert.match(introLine({ questions: 5, totalTimeMs: 100_000, deadline: Date.UTC(2030, 0, 1) }), /^5 questions · at most 2 minutes · due /);
  assert.equal(feedbackTitle({ right: true, points: 950, reveal: { judged: true } }), 'Right! +950 points');
  assert.equal(feedbackTitle({ right: false, points: 0, reveal: { judged: true } }), 'Not right');
  assert.equal(feedbackTitle({ timedOut: true, reveal: { judged: true } }), 'Time’s up: this one scores nothing');
  assert.equal(feedbackTitle({ right: false, reveal: { judged: false } }), 'Answer saved');
  assert.equal(progressLine({ students: 1, finished: 0, averageScore: null }), '1 student · 0 finished');
  assert.equal(progressLine({ students: 12, finished: 9, averageScore: 2430.4 }), '12 students · 9 finished · 2,430 average points');
  assert.match(localInputValue(new Date(2030, 4, 6, 7, 8).getTime()), /^2030-05-06T07:08$/);
});
