import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { reduce, initialState, answerSent, answerRestored, errorShown, entryOf } = await import(js('state.js'));

const play = (...messages) => messages.reduce(reduce, initialState);
const question = (index, extra = {}) => ({
  type: 'question', index, total: 3, kind: 'single', text: `Q${index}`, choices: ['a', 'b', 'c', 'd'],
  timeLimitMs: 20000, deadline: 1e12, points: 1, hideText: false, sentAt: 1, ...extra,
});

test('the reducer never mutates its input', () => {
  const frozen = (o) => {
    Object.freeze(o);
    for (const v of Object.values(o)) if (v && typeof v === 'object' && !Object.isFrozen(v)) frozen(v);
    return o;
  };
  let s = frozen(structuredClone({ ...initialState }));
  for (const m of [
    { type: 'joined', playerId: 'p1', token: 't', name: 'Ada' },
    { type: 'lobby', code: '123456', count: 2, locked: false },
    question(0), { type: 'ack', index: 0 }, { type: 'reveal', index: 0, correct: [1], counts: [0, 2, 0, 0] },
    { type: 'result', index: 0, correct: true, points: 1000, score: 1000, rank: 1, streak: 1, behind: 0, players: 2 },
    { type: 'standings', index: 0, top: [{ rank: 1, playerId: 'p1', name: 'Ada', score: 1000, previousRank: null }], players: 2 },
    { type: 'error', code: 'rate-limited', message: 'slow' },
  ]) {
    s = frozen(reduce(s, frozen(m)));
  }
  assert.equal(s.score, 1000);
});

test('unknown or malformed messages change nothing', () => {
  assert.equal(reduce(initialState, { type: 'future-thing', x: 1 }), initialState);
  assert.equal(reduce(initialState, null), initialState);
  assert.equal(reduce(initialState, { nope: true }), initialState);
  assert.equal(reduce(initialState, { type: 7 }), initialState);
});

test('host: created, lobby with players, lock, progress', () => {
  let s = play({ type: 'created', code: '123456', hostToken: 'h', joinUrl: 'http://x/play?code=123456', quiz: { id: 'q', title: 'Quiz', questions: 3 } });
  assert.equal(s.role, 'host');
  assert.equal(s.phase, 'lobby');
  assert.equal(s.code, '123456');
  assert.equal(s.quiz.questions, 3);
  s = reduce(s, { type: 'lobby', code: '123456', count: 2, locked: false, players: [{ id: 'p1', name: 'A' }, { id: 'p2', name: 'B' }] });
  assert.equal(s.count, 2);
  assert.equal(s.players.length, 2);
  s = reduce(s, { type: 'locked', locked: true });
  assert.equal(s.locked, true);
  s = reduce(s, { type: 'lobby', code: '123456', count: 1, locked: true });
  assert.equal(s.players.length, 2, 'a lobby without players (player copy) keeps the list');
  s = reduce(s, question(0));
  assert.equal(s.phase, 'question');
  assert.deepEqual(s.progress, { index: 0, answered: 0, players: 1 });
  s = reduce(s, { type: 'progress', index: 0, answered: 1, players: 2 });
  assert.deepEqual(s.progress, { index: 0, answered: 1, players: 2 });
  assert.equal(s.count, 2);
});

test('player: joined, question, answer, ack, reveal, result, standings, finished', () => {
  let s = play({ type: 'joined', playerId: 'p2', token: 'tok', name: 'Ada' }, { type: 'lobby', code: '123456', count: 3, locked: false });
  assert.equal(s.role, 'player');
  assert.equal(s.phase, 'lobby');
  assert.deepEqual(s.me, { playerId: 'p2', name: 'Ada' });
  s = reduce(s, question(0));
  assert.equal(s.answered, false);
  s = answerSent(s, { index: 0, choices: [1] });
  assert.equal(s.answered, true);
  assert.equal(s.acked, false);
  s = reduce(s, { type: 'ack', index: 0 });
  assert.equal(s.acked, true);
  s = reduce(s, { type: 'reveal', index: 0, correct: [1], counts: [0, 1, 0, 0], explanation: 'b', answered: 1, correctCount: 1 });
  assert.equal(s.phase, 'reveal');
  s = reduce(s, { type: 'result', index: 0, correct: true, points: 950, bonus: 0, score: 950, rank: 1, streak: 1, behind: 0, players: 3 });
  assert.equal(s.score, 950);
  assert.equal(s.rank, 1);
  assert.equal(s.streak, 1);
  s = reduce(s, { type: 'standings', index: 0, top: [{ rank: 1, playerId: 'p2', name: 'Ada', score: 950, previousRank: null }], players: 3 });
  assert.equal(s.phase, 'standings');
  s = reduce(s, question(1));
  assert.equal(s.answered, false, 'a new question is not answered');
  assert.equal(s.myAnswer, null);
  assert.equal(s.reveal, null);
  assert.equal(s.result, null);
  s = reduce(s, { type: 'finished', podium: [], top: [], players: 3, you: { rank: 2, score: 1500 } });
  assert.equal(s.phase, 'finished');
  assert.equal(s.rank, 2);
  assert.equal(s.score, 1500);
});

test('an ack for another question is ignored', () => {
  let s = play({ type: 'joined', playerId: 'p1', token: 't', name: 'A' }, question(2));
  s = reduce(s, { type: 'ack', index: 1 });
  assert.equal(s.answered, false);
});

test('a resumed player who had answered sees the answer locked in', () => {
  const s = play(
    { type: 'resumed', role: 'player', state: 'question', playerId: 'p1', name: 'Ada', score: 1200, answered: true },
    question(1));
  assert.equal(s.role, 'player');
  assert.equal(s.score, 1200);
  assert.equal(s.phase, 'question');
  assert.equal(s.answered, true);
  assert.equal(s.acked, true);
  assert.equal(s.resumeAnswered, null, 'consumed by the question');
});

test('a resumed player who had not answered can answer', () => {
  const s = play(
    { type: 'resumed', role: 'player', state: 'question', playerId: 'p1', name: 'Ada', score: 0, answered: false },
    question(1));
  assert.equal(s.answered, false);
});

test('a player who reloads after answering keeps "locked in" when the same question comes again', () => {
  let s = play({ type: 'joined', playerId: 'p1', token: 't', name: 'A' }, question(0));
  s = answerSent(s, { index: 0, choices: [2] });
  s = reduce(s, { type: 'ack', index: 0 });
  s = reduce(s, { type: 'resumed', role: 'player', state: 'question', playerId: 'p1', name: 'A', score: 0, answered: true });
  s = reduce(s, question(0));
  assert.equal(s.answered, true);
  assert.deepEqual(s.myAnswer, { index: 0, choices: [2] });
});

test('resumeAnswered does not leak into a later question when the resume landed in a reveal', () => {
  let s = play({ type: 'resumed', role: 'player', state: 'reveal', playerId: 'p1', name: 'A', score: 0, answered: false });
  s = reduce(s, { type: 'resumed', role: 'player', state: 'reveal', playerId: 'p1', name: 'A', score: 0, answered: true });
  s = reduce(s, { type: 'reveal', index: 0, correct: [0], counts: [1, 0] });
  s = reduce(s, question(1));
  assert.equal(s.answered, false);
});

test('a resumed host gets the room back', () => {
  const s = play(
    { type: 'resumed', role: 'host', state: 'lobby', code: '654321', joinUrl: 'http://x/play?code=654321', quiz: { id: 'd', title: 'D', questions: 5 }, locked: true },
    { type: 'lobby', code: '654321', count: 0, locked: true, players: [] });
  assert.equal(s.role, 'host');
  assert.equal(s.code, '654321');
  assert.equal(s.locked, true);
  assert.equal(s.quiz.questions, 5);
  assert.equal(s.phase, 'lobby');
});

test('the phase comes from the phase message, not from resumed', () => {
  const s = play({ type: 'resumed', role: 'host', state: 'standings', code: '1', joinUrl: 'u', quiz: null, locked: false });
  assert.equal(s.phase, 'idle');
  assert.equal(reduce(s, { type: 'standings', index: 1, top: [], players: 0 }).phase, 'standings');
});

test('errors: already-answered marks the question answered; question-closed after sending is "too late"', () => {
  let s = play({ type: 'joined', playerId: 'p1', token: 't', name: 'A' }, question(0));
  const a = reduce(s, { type: 'error', code: 'already-answered', message: 'x' });
  assert.equal(a.answered, true);
  assert.deepEqual(a.lastError, { code: 'already-answered', message: 'x' });
  s = answerSent(s, { index: 0, value: 'late' });
  s = reduce(s, { type: 'error', code: 'question-closed', message: 'closed' });
  assert.equal(s.tooLate, true);
  assert.equal(errorShown(s).lastError, null);
  s = reduce(s, question(1));
  assert.equal(s.tooLate, false);
});

test('kicked', () => {
  const s = play({ type: 'joined', playerId: 'p1', token: 't', name: 'A' }, { type: 'kicked' });
  assert.equal(s.phase, 'kicked');
});

test('late joiner mid-question: joined then the open question', () => {
  const s = play({ type: 'joined', playerId: 'p9', token: 't', name: 'Late' }, question(2));
  assert.equal(s.phase, 'question');
  assert.equal(s.question.index, 2);
});

test('standings update the rank and score of a player in the top list', () => {
  let s = play({ type: 'joined', playerId: 'p2', token: 't', name: 'B' });
  s = reduce(s, { type: 'standings', index: 0, top: [
    { rank: 1, playerId: 'p1', name: 'A', score: 900 }, { rank: 2, playerId: 'p2', name: 'B', score: 800 }], players: 2 });
  assert.equal(s.rank, 2);
  assert.equal(s.score, 800);
  assert.deepEqual(entryOf(s.standings.top, 'p1').name, 'A');
  assert.equal(entryOf(s.standings.top, 'nobody'), null);
});

test('answer helpers only apply to the open question', () => {
  const s = play({ type: 'joined', playerId: 'p1', token: 't', name: 'A' }, question(1));
  assert.equal(answerSent(s, { index: 0, choices: [1] }), s);
  assert.equal(answerRestored(s, { index: 0, choices: [1] }), s);
  assert.equal(answerRestored(s, null), s);
  const r = answerRestored(s, { index: 1, choices: [3] });
  assert.deepEqual(r.myAnswer, { index: 1, choices: [3] });
  assert.equal(r.answered, false, 'restoring shows what was picked, it does not claim it was sent');
});

test('a reveal keeps the result of the same question if it came first', () => {
  let s = play({ type: 'joined', playerId: 'p1', token: 't', name: 'A' }, question(0));
  s = reduce(s, { type: 'result', index: 0, correct: false, points: 0, score: 0, rank: 2, streak: 0 });
  s = reduce(s, { type: 'reveal', index: 0, correct: [0], counts: [1, 1, 0, 0] });
  assert.equal(s.result.index, 0);
});

test('a question with `you` (extra time) is timed by the player\'s own deadline and limit; others as they came', async () => {
  const { ownTimes } = await import(js('state.js'));
  const mine = question(0, { you: { timeLimitMs: 40000, deadline: 1e12 + 20000 } });
  const s = play({ type: 'joined', playerId: 'p1', token: 't', name: 'Ada' }, mine);
  assert.equal(s.question.deadline, 1e12 + 20000);
  assert.equal(s.question.timeLimitMs, 40000);
  assert.equal(s.question.extraTime, true);
  const plain = play({ type: 'joined', playerId: 'p2', token: 't', name: 'Bob' }, question(0));
  assert.equal(plain.question.deadline, 1e12);
  assert.equal(plain.question.extraTime, undefined);
  assert.equal(ownTimes(question(0, { you: { deadline: 'soon' } })).deadline, 1e12);
});

test('a pause keeps a player\'s extra time: the frozen time left and the moved deadline carry their own share', () => {
  const mine = question(0, { you: { timeLimitMs: 40000, deadline: 1e12 + 20000 } });
  let s = play({ type: 'joined', playerId: 'p1', token: 't', name: 'Ada' }, mine);
  s = reduce(s, { type: 'paused', paused: true, remainingMs: 5000 });
  assert.equal(s.pausedRemainingMs, 25000);
  s = reduce(s, { type: 'paused', paused: false, deadline: 1e12 + 60000 });
  assert.equal(s.question.deadline, 1e12 + 80000);
  let other = play({ type: 'joined', playerId: 'p2', token: 't', name: 'Bob' }, question(0));
  other = reduce(other, { type: 'paused', paused: true, remainingMs: 5000 });
  assert.equal(other.pausedRemainingMs, 5000);
  other = reduce(other, { type: 'paused', paused: false, deadline: 1e12 + 60000 });
  assert.equal(other.question.deadline, 1e12 + 60000);
});
