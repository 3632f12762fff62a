import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { reduce, initialState } = await import(js('state.js'));
const { msg, ErrorCode } = await import(js('protocol.js'));
const { errorText } = await import(js('errors.js'));
const { playOptions } = await import(js('host-play-options.js'));

const play = (...messages) => messages.reduce(reduce, initialState);
const RED = { team: 0, name: 'Red Foxes', colour: '#ef5350' };

test('a join names its team only when one was picked', () => {
  assert.deepEqual(msg.join('123456', 'Ada', 2), { type: 'join', code: '123456', name: 'Ada', team: 2 });
  assert.deepEqual(msg.join('123456', 'Ada', 0), { type: 'join', code: '123456', name: 'Ada', team: 0 });
  assert.deepEqual(msg.join('123456', 'Ada', null), { type: 'join', code: '123456', name: 'Ada' });
});

test('the player keeps its team from joined, resumed, each result and the final you', () => {
  let s = play({ type: 'joined', playerId: 'p1', token: 't', name: 'Ada', team: RED });
  assert.deepEqual(s.team, RED);
  s = reduce(s, { type: 'result', index: 0, correct: true, points: 900, score: 900, rank: 1, streak: 1, team: { ...RED, score: 450, rank: 2 } });
  assert.equal(s.team.rank, 2);
  s = reduce(s, { type: 'finished', podium: [], top: [], players: 2, you: { rank: 1, score: 900, team: { ...RED, score: 450, rank: 1 } } });
  assert.equal(s.team.rank, 1);
  const back = play({ type: 'resumed', role: 'player', state: 'lobby', playerId: 'p1', name: 'Ada', score: 0, answered: false, team: RED });
  assert.deepEqual(back.team, RED);
  assert.equal(play({ type: 'joined', playerId: 'p1', token: 't', name: 'Ada' }).team, null);
});

test('the teams of a lobby, or of a join that must pick one, are kept', () => {
  const teams = [{ ...RED, members: 1 }, { team: 1, name: 'Blue Whales', colour: '#42a5f5', members: 0 }];
  assert.deepEqual(play({ type: 'lobby', code: '123456', count: 1, locked: false, teams }).teams, teams);
  assert.deepEqual(play({ type: 'teams', teams }).teams, teams);
  assert.equal(play({ type: 'lobby', code: '123456', count: 0, locked: false }).teams, null);
});

test('team talk and a missing team have their own sentences', () => {
  assert.match(errorText(ErrorCode.TEAM_TALK, 'x'), /Talk with your team/);
  assert.match(errorText(ErrorCode.TEAM_REQUIRED, 'x'), /Pick your team/);
});

test('the setup choices become create options, defaults left out', () => {
  const base = { teams: 'off', count: 4, talkSec: 10, speedBonus: true, streakBonus: true };
  assert.deepEqual(playOptions(base), {});
  assert.deepEqual(playOptions({ ...base, teams: 'auto' }), { teams: { mode: 'auto', count: 4 }, teamTalkSec: 10 });
  assert.deepEqual(playOptions({ ...base, teams: 'pick', talkSec: 0 }), { teams: { mode: 'pick', count: 4 } });
  assert.deepEqual(playOptions({ ...base, speedBonus: false, streakBonus: false }), { speedBonus: false, streakBonus: false });
});

test('a pause during team talk keeps the talk left, and going on moves the moment answers open', () => {
  const q = { type: 'question', index: 0, total: 2, kind: 'single', text: 'Q', choices: ['a', 'b'], timeLimitMs: 20000,
    deadline: 1e12 + 30000, answersOpenAt: 1e12 + 10000 };
  let s = play({ type: 'joined', playerId: 'p1', token: 't', name: 'Ada', team: RED }, q);
  s = reduce(s, { type: 'paused', paused: true, remainingMs: 27000, talkRemainingMs: 7000 });
  assert.equal(s.pausedTalkMs, 7000);
  assert.equal(s.question.answersOpenAt, 1e12 + 10000);
  s = reduce(s, { type: 'paused', paused: false, deadline: 1e12 + 90000, answersOpenAt: 1e12 + 70000 });
  assert.equal(s.pausedTalkMs, null);
  assert.equal(s.question.answersOpenAt, 1e12 + 70000);
  assert.equal(s.question.deadline, 1e12 + 90000);
  // Without team talk nothing about it changes.
  let plain = play({ type: 'joined', playerId: 'p2', token: 't', name: 'Bob' }, { ...q, answersOpenAt: undefined });
  plain = reduce(plain, { type: 'paused', paused: false, deadline: 1e12 + 90000 });
  assert.equal(plain.question.answersOpenAt, undefined);
});
