import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { createStorage } = await import(js('storage.js'));

function memory() {
  const m = new Map();
  return {
    getItem: (k) => (m.has(k) ? m.get(k) : null),
    setItem: (k, v) => m.set(k, String(v)),
    removeItem: (k) => m.delete(k),
    map: m,
  };
}

test('host tokens are kept per room, and the last room is remembered', () => {
  const s = createStorage(memory());
  assert.equal(s.lastHost(), null);
  s.saveHost('111111', 'h1');
  s.saveHost('222222', 'h2');
  assert.deepEqual(s.lastHost(), { code: '222222', hostToken: 'h2' });
  assert.equal(s.loadHost('111111').hostToken, 'h1');
  s.forgetHost('222222');
  assert.equal(s.lastHost(), null);
  assert.equal(s.loadHost('111111').hostToken, 'h1');
});

test('player identities are kept per room with the answer of the open question', () => {
  const s = createStorage(memory());
  s.savePlayer('123456', { token: 't', playerId: 'p1', name: 'Ada' });
  s.saveAnswer('123456', { index: 2, choices: [1] });
  assert.equal(s.loadPlayer('123456').token, 't');
  assert.equal(s.lastPlayer().code, '123456');
  assert.deepEqual(s.loadAnswer('123456'), { index: 2, choices: [1] });
  s.forgetPlayer('123456');
  assert.equal(s.loadPlayer('123456'), null);
  assert.equal(s.loadAnswer('123456'), null);
  assert.equal(s.lastPlayer(), null);
});

test('the last nickname pre-fills the join form', () => {
  const s = createStorage(memory());
  assert.equal(s.loadName(), '');
  s.saveName('Cosmic Quokka');
  assert.equal(s.loadName(), 'Cosmic Quokka');
});

test('broken or missing storage does not break the game', () => {
  const throwing = { getItem() { throw new Error('denied'); }, setItem() { throw new Error('full'); }, removeItem() { throw new Error('x'); } };
  for (const store of [null, throwing]) {
    const s = createStorage(store);
    s.saveHost('1', 'h');
    s.savePlayer('1', { token: 't' });
    assert.equal(s.lastHost(), null);
    assert.equal(s.loadPlayer('1'), null);
    assert.equal(s.loadName(), '');
  }
  const garbage = memory();
  garbage.setItem('quiznight.player.1', '{not json');
  garbage.setItem('quiznight.player.last', '"1"');
  assert.equal(createStorage(garbage).lastPlayer(), null);
});

test('the projector sound preference is remembered; a broken or out-of-range one is ignored', () => {
  const mem = memory();
  const s = createStorage(mem);
  assert.equal(s.loadSound(), null);
  s.saveSound({ muted: true, volume: 0.35 });
  assert.deepEqual(createStorage(mem).loadSound(), { muted: true, volume: 0.35 });
  mem.setItem('quiznight.sound', JSON.stringify({ muted: false, volume: 4 }));
  assert.equal(s.loadSound(), null);
  mem.setItem('quiznight.sound', '{');
  assert.equal(s.loadSound(), null);
});

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
