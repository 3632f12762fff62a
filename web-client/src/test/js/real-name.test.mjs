// The optional real name of a room that asks for them (issue 17): the join the phone sends, the refusal's words and
// step, and the report's column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { msg, ErrorCode } = await import(js('protocol.js'));
const { errorText, isCodeError } = await import(js('errors.js'));
const { playerErrorStep, PlayerErrorStep } = await import(js('session-steps.js'));
const { hasRealNames } = await import(js('report-view.js'));

test('a join carries realName only once the room asked, an empty one included', () => {
  assert.deepEqual(msg.join('123456', 'Ada'), { type: 'join', code: '123456', name: 'Ada' });
  assert.deepEqual(msg.join('123456', 'Ada', null, ''), { type: 'join', code: '123456', name: 'Ada', realName: '' });
  assert.deepEqual(msg.join('123456', 'Ada', 1, 'Ada King'),
    { type: 'join', code: '123456', name: 'Ada', team: 1, realName: 'Ada King' });
});

test('real-name-wanted on a join lands on the join screen, pointing at the name fields, in words that say who sees it', () => {
  const step = playerErrorStep({ awaitingIdentity: true, joining: true, hasSession: false, phase: 'lobby' },
    ErrorCode.REAL_NAME_WANTED);
  assert.equal(step, PlayerErrorStep.JOIN_FAILED);
  assert.equal(isCodeError(ErrorCode.REAL_NAME_WANTED), false);
  assert.match(errorText(ErrorCode.REAL_NAME_WANTED, 'x'), /only your teacher sees it/);
  assert.match(errorText(ErrorCode.REAL_NAME_WANTED, 'x'), /empty/);
});

test('the report shows a real-name column only when the game asked (an empty real name still counts)', () => {
  assert.equal(hasRealNames({ players: [{ name: 'Ada' }, { name: 'Bob' }] }), false);
  assert.equal(hasRealNames({ players: [{ name: 'Ada', realName: '' }] }), true);
  assert.equal(hasRealNames({ players: [] }), false);
});
