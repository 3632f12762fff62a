// What each error code means to a person. Pure.
import { ErrorCode } from './protocol.js';

const TEXT = Object.freeze({
  [ErrorCode.ROOM_NOT_FOUND]: 'There is no game with that PIN. Check the number on the big screen.',
  [ErrorCode.ROOM_LOCKED]: 'This game is locked: the host is not letting new players in right now.',
  [ErrorCode.NAME_TAKEN]: 'Someone in this game already has that nickname. Pick another one.',
  [ErrorCode.BAD_NAME]: 'That nickname cannot be used. Pick a shorter one, and keep it friendly.',
  [ErrorCode.RATE_LIMITED]: 'Whoa, slow down! Wait a few seconds, then try again.',
  [ErrorCode.BAD_TOKEN]: 'Your earlier session in this game has expired.',
  [ErrorCode.WRONG_PHASE]: 'That cannot be done at this point of the game.',
  [ErrorCode.QUESTION_CLOSED]: 'Too late: time is up for this question.',
  [ErrorCode.ALREADY_ANSWERED]: 'You have already answered this question.',
  [ErrorCode.NOT_HOST]: 'Only the host can do that.',
  [ErrorCode.BAD_JSON]: 'The server did not understand this page. Reload it and try again.',
  [ErrorCode.BAD_MESSAGE]: 'The server did not understand this page. Reload it and try again.',
  [ErrorCode.QUIZ_NOT_FOUND]: 'That quiz is no longer on the server. Pick another one.',
  [ErrorCode.CAPACITY]: 'This game (or the server) is full. Try again later.',
  [ErrorCode.SERVER_SHUTDOWN]: 'The server is restarting. Hang on: you will be reconnected.',
  [ErrorCode.TEAM_TALK]: 'Talk with your team first: answers open when the countdown ends.',
  [ErrorCode.TEAM_REQUIRED]: 'Pick your team, then press Join.',
  [ErrorCode.REAL_NAME_WANTED]: 'This game asks for your real name: only your teacher sees it, in the report. '
    + 'Leave it empty if you prefer, then press Join.',
  [ErrorCode.PAUSED]: 'The host has stopped the clock for a moment: answer when the game goes on.',
  [ErrorCode.UNAVAILABLE]: 'The game servers are briefly out of touch with each other. Trying again…',
});

/**
 * A sentence for people about an `error` message. Known codes get our wording; `bad-message` and
 * `bad-name` keep the server's sentence when it has one, since it says exactly what is wrong (an
 * unknown section; a nickname too long, with invisible characters, or with a refused word).
 */
export function errorText(code, serverMessage) {
  if ((code === ErrorCode.BAD_MESSAGE || code === ErrorCode.BAD_NAME) && serverMessage) return serverMessage;
  return TEXT[code] ?? (serverMessage || 'Something went wrong. Try again.');
}

/** Join errors that point at the PIN field (the others point at the nickname). */
export function isCodeError(code) {
  return code === ErrorCode.ROOM_NOT_FOUND || code === ErrorCode.ROOM_LOCKED
    || code === ErrorCode.CAPACITY || code === ErrorCode.WRONG_PHASE;
}
