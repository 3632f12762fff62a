// The session steps of the player and host screens, without the page: what becomes of an answer still waiting for
// its acknowledgement after a resume, what each error means while (re)identifying, when to ask again after
// `unavailable`, whether a reveal waits for the result. player-app.js and host-app.js wire them to the socket,
// storage and screens.
// Pure: time comes in as an argument or through `timers`.
import { ErrorCode, Phase } from './protocol.js';

/** After `unavailable` (cluster mode: the servers could not reach each other just now), resume again this much later. */
export const RETRY_UNAVAILABLE_MS = 1500;

/** A second press of Next for the same screen within this time is ignored. */
export const DOUBLE_PRESS_MS = 1500;

/** After a reveal, the phone waits this long for its `result` before showing the reveal without it. */
export const RESULT_WAIT_MS = 1500;

/**
 * A question arrives. When it follows a resume and is the question of the answer still waiting for its `ack`, the
 * `resumed` message says whether that answer got there: if it did, nothing waits any more; if not, it is sent again
 * (and still waits for its ack).
 * @param {object|null} pending the last answer sent, not yet acknowledged ({index, kind, value})
 * @param {object|null} resumed the `resumed` message of this connection, when this question follows it
 * @param {number} index the question's index
 * @returns {{pending: object|null, resend: object|null}} what now waits, and what to send again (or null)
 */
export function pendingAnswerOnQuestion(pending, resumed, index) {
  if (!resumed || !pending || pending.index !== index) return { pending, resend: null };
  if (resumed.answered) return { pending: null, resend: null };
  return { pending, resend: pending };
}

/** An `ack` for question `index`: the answer to it no longer waits. */
export function pendingAnswerOnAck(pending, index) {
  return pending && pending.index === index ? null : pending;
}

/** What the player screen does with an `error` (see playerErrorStep). */
export const PlayerErrorStep = Object.freeze({
  JOIN_FAILED: 'join-failed', // the join on its way was refused: say why on the join screen
  STOP: 'stop', // the room closed after the game: forget it, stop, keep showing the final screen
  FORGET: 'forget', // this place is gone (expired token, room gone): forget it, back to the join screen
  RETRY_RESUME: 'retry-resume', // cluster hiccup while resuming: nothing changed, resume again shortly
  ANSWER_SETTLED: 'answer-settled', // the answer will never count: stop waiting for its ack; the reducer marks it
  TOAST: 'toast', // anything else: say it
});

/**
 * @param {object} s
 * @param {boolean} s.awaitingIdentity a resume or join is on its way on this connection
 * @param {boolean} s.joining a join is pending
 * @param {boolean} s.hasSession the player has a token (resuming rather than joining)
 * @param {string} s.phase the state's phase
 * @param {string} code the error's code
 */
export function playerErrorStep({ awaitingIdentity, joining, hasSession, phase }, code) {
  if (awaitingIdentity && joining && !hasSession) return PlayerErrorStep.JOIN_FAILED;
  if (awaitingIdentity && hasSession && (code === ErrorCode.BAD_TOKEN || code === ErrorCode.ROOM_NOT_FOUND)) {
    return phase === Phase.FINISHED ? PlayerErrorStep.STOP : PlayerErrorStep.FORGET;
  }
  if (awaitingIdentity && hasSession && code === ErrorCode.UNAVAILABLE) return PlayerErrorStep.RETRY_RESUME;
  if (code === ErrorCode.ALREADY_ANSWERED || code === ErrorCode.QUESTION_CLOSED) return PlayerErrorStep.ANSWER_SETTLED;
  return PlayerErrorStep.TOAST;
}

/** What the host screen does with an `error` (see hostErrorStep). */
export const HostErrorStep = Object.freeze({
  FORGET: 'forget', // the room this browser hosted is gone: forget it, back to setup with a notice
  RETRY_RESUME: 'retry-resume', // cluster hiccup while resuming: resume again shortly
  CREATE_FAILED: 'create-failed', // the create on its way was refused: say why on the setup screen
  IGNORE: 'ignore', // a double press of Next: harmless
  TOAST: 'toast', // anything else: say it
});

/**
 * @param {object} s
 * @param {boolean} s.hasRoom this browser holds a host token (resuming or hosting)
 * @param {boolean} s.creating a create is on its way
 * @param {string|null} s.role the state's role (null until created / resumed)
 * @param {string} code the error's code
 */
export function hostErrorStep({ hasRoom, creating, role }, code) {
  if (hasRoom && role == null && (code === ErrorCode.BAD_TOKEN || code === ErrorCode.ROOM_NOT_FOUND)) {
    return HostErrorStep.FORGET;
  }
  if (hasRoom && code === ErrorCode.UNAVAILABLE && !creating) return HostErrorStep.RETRY_RESUME;
  if (creating && role == null) return HostErrorStep.CREATE_FAILED;
  if (code === ErrorCode.WRONG_PHASE && role === 'host') return HostErrorStep.IGNORE;
  return HostErrorStep.TOAST;
}

/**
 * After `unavailable` while resuming: in RETRY_UNAVAILABLE_MS, sends the resume that is due then (none when the
 * screen stopped resuming meanwhile). Returns the timer.
 * @param {object} o
 * @param {() => object|null} o.resumeMessage the resume to send when the time comes, or null
 * @param {(m: object) => void} o.send
 * @param {{setTimeout: Function}} [o.timers]
 */
export function retryResumeLater({ resumeMessage, send, timers = globalThis }) {
  return timers.setTimeout(() => {
    const m = resumeMessage();
    if (m) send(m);
  }, RETRY_UNAVAILABLE_MS);
}

/**
 * Next pressed for the screen `key` at `now`: whether it counts (not a second press for the same screen within
 * DOUBLE_PRESS_MS), and the guard to keep.
 * @returns {{allowed: boolean, guard: {key: string|null, at: number}}}
 */
export function advanceStep(guard, key, now) {
  if (guard.key === key && now - guard.at < DOUBLE_PRESS_MS) return { allowed: false, guard };
  return { allowed: true, guard: { key, at: now } };
}

/** The player's result for the reveal in the state has come. */
export function hasResult(state) {
  return state.result != null && state.reveal != null && state.result.index === state.reveal.index;
}

/** What the phone does with a reveal (see playerRevealStep). */
export const RevealStep = Object.freeze({
  WAIT: 'wait', // the result has not come: wait RESULT_WAIT_MS for it rather than flash "time's up"
  SHOW: 'show', // show the reveal (with the result, or, after the wait, without it)
});

/**
 * A reveal is the state's phase and `shownKey` the screen on show: each player's `result` follows the reveal at
 * once, so without it the phone waits a moment, unless it already waited for this reveal.
 */
export function playerRevealStep(state, shownKey) {
  return !hasResult(state) && shownKey !== `reveal:${state.reveal.index}:wait` ? RevealStep.WAIT : RevealStep.SHOW;
}
