import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { createStorage } = await import(js('storage.js'));
const { practiceApi } = await import(js('practice-api.js'));

function memory() {
  const m = new Map();
  return {
    getItem: (k) => (m.has(k) ? m.get(k) : null),
    setItem: (k, v) => m.set(k, String(v)),
    removeItem: (k) => m.delete(k),
  };
}

test('the practice run in progress is kept until it is cleared, and only a well-formed one is read back', () => {
  const store = memory();
  const s = createStorage(store);
  assert.equal(s.loadPracticeRun(), null);
  s.savePracticeRun({ session: 'abc', quiz: 'django' });
  assert.deepEqual(createStorage(store).loadPracticeRun(), { session: 'abc', quiz: 'django' });
  s.savePracticeRun(null);
  assert.equal(s.loadPracticeRun(), null);
  store.setItem('quiznight.practice.run', '{"session": 7}');
  assert.equal(s.loadPracticeRun(), null);
});

test('the best practice score per quiz only goes up', () => {
  const s = createStorage(memory());
  assert.equal(s.loadPracticeBest('django'), null);
  assert.equal(s.savePracticeBest('django', 3000), 3000);
  assert.equal(s.savePracticeBest('django', 1200), 3000);
  assert.equal(s.savePracticeBest('django', 4100), 4100);
  assert.equal(s.loadPracticeBest('mixed'), null);
});

test('an answer posts the index and the kind\'s field as JSON, and a refusal carries the server\'s sentence and status', async () => {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, init });
    if (url.endsWith('/answer') && JSON.parse(init.body).index === 1) {
      return { ok: false, status: 409, json: async () => ({ error: 'You have already answered question 2.' }) };
    }
    return { ok: true, status: 200, json: async () => ({ correct: true }) };
  };
  const api = practiceApi('', fetchImpl);
  assert.deepEqual(await api.answer('s/1', 0, { choice: 2 }), { correct: true });
  assert.equal(calls[0].url, 'api/practice/s%2F1/answer');
  assert.equal(calls[0].init.method, 'POST');
  assert.deepEqual(JSON.parse(calls[0].init.body), { index: 0, choice: 2 });
  await assert.rejects(api.answer('s', 1, { choice: 0 }), (e) => e.status === 409 && /already answered/.test(e.message));
});
