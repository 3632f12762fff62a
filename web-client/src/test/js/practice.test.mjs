import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { practiceApi } = await import(js('practice-api.js'));

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
