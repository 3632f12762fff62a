import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { js, WEB } from './web.mjs';
import { fakeClock } from './fake-clock.mjs';

const {
  RETRY_UNAVAILABLE_MS, DOUBLE_PRESS_MS, pendingAnswerOnQuestion, pendingAnswerOnAck, playerErrorStep, PlayerErrorStep,
  hostErrorStep, HostErrorStep, retryResumeLater, advanceStep, RESULT_WAIT_MS, hasResult, playerRevealStep, RevealStep,
} = await import(js('session-steps.js'));
const { ErrorCode, Phase, msg } = await import(js('protocol.js'));

const answer = { index: 2, kind: 'single', value: 1 };

test('after a resume, an answer the server did not get is sent again and still waits for its ack', () => {
  assert.deepEqual(pendingAnswerOnQuestion(answer, { type: 'resumed', answered: false }, 2), { pending: answer, resend: answer });
});

test('after a resume, an answer the server got no longer waits and is not sent again', () => {
  assert.deepEqual(pendingAnswerOnQuestion(answer, { type: 'resumed', answered: true }, 2), { pending: null, resend: null });
});

test('a question without a resume before it, or for another index, leaves the waiting answer alone', () => {
  assert.deepEqual(pendingAnswerOnQuestion(answer, null, 2), { pending: answer, resend: null });
  assert.deepEqual(pendingAnswerOnQuestion(answer, { answered: false }, 3), { pending: answer, resend: null });
  assert.deepEqual(pendingAnswerOnQuestion(null, { answered: false }, 2), { pending: null, resend: null });
});

test('an ack settles the answer to its own question only', () => {
  assert.equal(pendingAnswerOnAck(answer, 2), null);
  assert.equal(pendingAnswerOnAck(answer, 1), answer);
  assert.equal(pendingAnswerOnAck(null, 2), null);
});

const resuming = { awaitingIdentity: true, joining: false, hasSession: true, phase: Phase.IDLE };

test('player: a refused join is shown on the join screen, whatever the code', () => {
  const joining = { awaitingIdentity: true, joining: true, hasSession: false, phase: Phase.IDLE };
  assert.equal(playerErrorStep(joining, ErrorCode.ROOM_NOT_FOUND), PlayerErrorStep.JOIN_FAILED);
  assert.equal(playerErrorStep(joining, ErrorCode.UNAVAILABLE), PlayerErrorStep.JOIN_FAILED);
});

test('player: a resume refused for a gone place forgets it; after the game it stops and keeps the final screen', () => {
  assert.equal(playerErrorStep(resuming, ErrorCode.BAD_TOKEN), PlayerErrorStep.FORGET);
  assert.equal(playerErrorStep(resuming, ErrorCode.ROOM_NOT_FOUND), PlayerErrorStep.FORGET);
  assert.equal(playerErrorStep({ ...resuming, phase: Phase.FINISHED }, ErrorCode.ROOM_NOT_FOUND), PlayerErrorStep.STOP);
});

test('player: unavailable while resuming retries the resume; once identified it is only said', () => {
  assert.equal(playerErrorStep(resuming, ErrorCode.UNAVAILABLE), PlayerErrorStep.RETRY_RESUME);
  assert.equal(playerErrorStep({ ...resuming, awaitingIdentity: false }, ErrorCode.UNAVAILABLE), PlayerErrorStep.TOAST);
  assert.equal(playerErrorStep({ ...resuming, awaitingIdentity: false }, ErrorCode.BAD_TOKEN), PlayerErrorStep.TOAST);
});

test('player: already-answered and question-closed settle the waiting answer; other errors are said', () => {
  const playing = { awaitingIdentity: false, joining: false, hasSession: true, phase: Phase.QUESTION };
  assert.equal(playerErrorStep(playing, ErrorCode.ALREADY_ANSWERED), PlayerErrorStep.ANSWER_SETTLED);
  assert.equal(playerErrorStep(playing, ErrorCode.QUESTION_CLOSED), PlayerErrorStep.ANSWER_SETTLED);
  assert.equal(playerErrorStep(playing, ErrorCode.SERVER_SHUTDOWN), PlayerErrorStep.TOAST);
});

test('host: a resume refused for a gone room forgets it; once hosting, the same code is only said', () => {
  const resumingHost = { hasRoom: true, creating: false, role: null };
  assert.equal(hostErrorStep(resumingHost, ErrorCode.BAD_TOKEN), HostErrorStep.FORGET);
  assert.equal(hostErrorStep(resumingHost, ErrorCode.ROOM_NOT_FOUND), HostErrorStep.FORGET);
  assert.equal(hostErrorStep({ ...resumingHost, role: 'host' }, ErrorCode.BAD_TOKEN), HostErrorStep.TOAST);
});

test('host: unavailable retries the resume unless a create is on its way, which then fails', () => {
  assert.equal(hostErrorStep({ hasRoom: true, creating: false, role: null }, ErrorCode.UNAVAILABLE), HostErrorStep.RETRY_RESUME);
  assert.equal(hostErrorStep({ hasRoom: true, creating: true, role: null }, ErrorCode.UNAVAILABLE), HostErrorStep.CREATE_FAILED);
  assert.equal(hostErrorStep({ hasRoom: false, creating: true, role: null }, 'bad-quiz'), HostErrorStep.CREATE_FAILED);
});

test('host: a double press of Next (wrong-phase) is ignored; other errors are said', () => {
  const hosting = { hasRoom: true, creating: false, role: 'host' };
  assert.equal(hostErrorStep(hosting, ErrorCode.WRONG_PHASE), HostErrorStep.IGNORE);
  assert.equal(hostErrorStep(hosting, ErrorCode.SERVER_SHUTDOWN), HostErrorStep.TOAST);
});

test('a resume after unavailable is sent once, RETRY_UNAVAILABLE_MS later, if still resuming then', () => {
  const clock = fakeClock();
  const sent = [];
  let resumingNow = true;
  const resume = msg.resume('123456', 'tok');
  retryResumeLater({ resumeMessage: () => (resumingNow ? resume : null), send: (m) => sent.push(m), timers: clock });
  clock.advance(RETRY_UNAVAILABLE_MS - 1);
  assert.deepEqual(sent, []);
  clock.advance(1);
  assert.deepEqual(sent, [resume]);
  clock.advance(60_000);
  assert.deepEqual(sent, [resume], 'once');

  resumingNow = true;
  retryResumeLater({ resumeMessage: () => (resumingNow ? resume : null), send: (m) => sent.push(m), timers: clock });
  resumingNow = false; // resumed (or gave up) meanwhile
  clock.advance(RETRY_UNAVAILABLE_MS);
  assert.deepEqual(sent, [resume], 'nothing when no longer resuming');
});

test('the player and host screens use the one retry constant, not a number of their own', () => {
  for (const app of ['player-app.js', 'host-app.js']) {
    const text = fs.readFileSync(path.join(WEB, 'js', app), 'utf8');
    assert.match(text, /retryResumeLater\(/, app);
    assert.doesNotMatch(text, /RETRY_UNAVAILABLE_MS\s*=/, `${app} defines its own retry delay`);
    assert.doesNotMatch(text, /ErrorCode\.UNAVAILABLE/, `${app} decides unavailable itself`);
  }
});

test('a second Next for the same screen within DOUBLE_PRESS_MS is ignored; another screen or later counts', () => {
  let guard = { key: null, at: 0 };
  let r = advanceStep(guard, 'question:0', 10_000);
  assert.equal(r.allowed, true);
  guard = r.guard;
  r = advanceStep(guard, 'question:0', 10_000 + DOUBLE_PRESS_MS - 1);
  assert.equal(r.allowed, false);
  assert.deepEqual(r.guard, guard, 'the ignored press does not restart the window');
  assert.equal(advanceStep(guard, 'reveal:0', 10_001).allowed, true);
  assert.equal(advanceStep(guard, 'question:0', 10_000 + DOUBLE_PRESS_MS).allowed, true);
});

test('a reveal whose result has not come waits for it once, then shows without it', () => {
  const revealed = { reveal: { index: 2 }, result: null };
  assert.equal(hasResult(revealed), false);
  assert.equal(playerRevealStep(revealed, 'question:2'), RevealStep.WAIT);
  assert.equal(playerRevealStep(revealed, 'reveal:2:wait'), RevealStep.SHOW);
  assert.equal(playerRevealStep({ ...revealed, result: { index: 1 } }, 'question:2'), RevealStep.WAIT);
  assert.ok(RESULT_WAIT_MS > 0 && RESULT_WAIT_MS <= 3000);
});

test('a reveal whose result has come shows at once', () => {
  const withResult = { reveal: { index: 2 }, result: { index: 2 } };
  assert.equal(hasResult(withResult), true);
  assert.equal(playerRevealStep(withResult, 'question:2'), RevealStep.SHOW);
});
