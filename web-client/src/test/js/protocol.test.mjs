import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { msg, ErrorCode } = await import(js('protocol.js'));
const { errorText, isCodeError } = await import(js('errors.js'));

test('client messages have the contract shape', () => {
  assert.deepEqual(msg.create('django', { questions: 5, shuffle: true }), { type: 'create', quiz: 'django', options: { questions: 5, shuffle: true } });
  assert.deepEqual(msg.create(null), { type: 'create' });
  assert.deepEqual(msg.join('123456', 'Ada'), { type: 'join', code: '123456', name: 'Ada' });
  assert.deepEqual(msg.resume('123456', 'tok'), { type: 'resume', code: '123456', token: 'tok' });
  assert.deepEqual(msg.start(), { type: 'start' });
  assert.deepEqual(msg.next(), { type: 'next' });
  assert.deepEqual(msg.kick('p3'), { type: 'kick', playerId: 'p3' });
  assert.deepEqual(msg.lock(1), { type: 'lock', locked: true });
  assert.deepEqual(msg.end(), { type: 'end' });
});

test('an answer carries the field its kind built (js/kinds/ builds it)', () => {
  assert.deepEqual(msg.answer(0, { choice: 2 }), { type: 'answer', index: 0, choice: 2 });
  assert.deepEqual(msg.answer(3, { text: 'migrate' }), { type: 'answer', index: 3, text: 'migrate' });
});

test('every error code has a sentence for people', () => {
  for (const code of Object.values(ErrorCode)) {
    const text = errorText(code, '');
    assert.ok(text.length > 10, code);
    assert.ok(!text.includes(code), `${code}: no jargon`);
  }
  assert.match(errorText('room-not-found'), /PIN/);
  assert.match(errorText('room-locked'), /locked/);
  assert.match(errorText('name-taken'), /nickname/);
  assert.match(errorText('bad-name'), /nickname/);
  assert.match(errorText('rate-limited'), /slow down/i);
});

test('bad-message and bad-name keep the server sentence (it says what is wrong); unknown codes fall back to it', () => {
  assert.equal(errorText('bad-message', 'Unknown section "X"'), 'Unknown section "X"');
  assert.equal(errorText('bad-name', 'A nickname has at most 20 characters.'), 'A nickname has at most 20 characters.');
  assert.equal(errorText('some-new-code', 'A sentence.'), 'A sentence.');
  assert.match(errorText('some-new-code', ''), /went wrong/);
});

test('join errors point at the right field', () => {
  assert.ok(isCodeError('room-not-found'));
  assert.ok(isCodeError('room-locked'));
  assert.ok(!isCodeError('name-taken'));
  assert.ok(!isCodeError('bad-name'));
});
