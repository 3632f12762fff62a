// What each error code means to a person. Pure.
import { ErrorCode } from './protocol.js';
import { language, t } from './i18n.js';

// Each code's sentence, looked up when shown (the language is chosen after modules load).
const TEXT = Object.freeze({
  [ErrorCode.ROOM_NOT_FOUND]: () => t('error.room-not-found'),
  [ErrorCode.ROOM_LOCKED]: () => t('error.room-locked'),
  [ErrorCode.NAME_TAKEN]: () => t('error.name-taken'),
  [ErrorCode.BAD_NAME]: () => t('error.bad-name'),
  [ErrorCode.RATE_LIMITED]: () => t('error.rate-limited'),
  [ErrorCode.BAD_TOKEN]: () => t('error.bad-token'),
  [ErrorCode.WRONG_PHASE]: () => t('error.wrong-phase'),
  [ErrorCode.QUESTION_CLOSED]: () => t('error.question-closed'),
  [ErrorCode.ALREADY_ANSWERED]: () => t('error.already-answered'),
  [ErrorCode.NOT_HOST]: () => t('error.not-host'),
  [ErrorCode.BAD_JSON]: () => t('error.bad-json'),
  [ErrorCode.BAD_MESSAGE]: () => t('error.bad-message'),
  [ErrorCode.QUIZ_NOT_FOUND]: () => t('error.quiz-not-found'),
  [ErrorCode.CAPACITY]: () => t('error.capacity'),
  [ErrorCode.SERVER_SHUTDOWN]: () => t('error.server-shutdown'),
  [ErrorCode.TEAM_TALK]: () => t('error.team-talk'),
  [ErrorCode.TEAM_REQUIRED]: () => t('error.team-required'),
  [ErrorCode.REAL_NAME_WANTED]: () => t('error.real-name-wanted'),
  [ErrorCode.PAUSED]: () => t('error.paused'),
  [ErrorCode.UNAVAILABLE]: () => t('error.unavailable'),
});

/**
 * A sentence for people about an `error` message. Known codes get our wording; `bad-message` and
 * `bad-name` keep the server's sentence when it has one, since it says exactly what is wrong (an
 * unknown section; a nickname too long, with invisible characters, or with a refused word), in English only:
 * another language gets the code's translated sentence.
 */
export function errorText(code, serverMessage) {
  if ((code === ErrorCode.BAD_MESSAGE || code === ErrorCode.BAD_NAME) && serverMessage && language() === 'en') return serverMessage;
  return TEXT[code]?.() ?? (serverMessage || t('error.unknown'));
}

/** Join errors that point at the PIN field (the others point at the nickname). */
export function isCodeError(code) {
  return code === ErrorCode.ROOM_NOT_FOUND || code === ErrorCode.ROOM_LOCKED
    || code === ErrorCode.CAPACITY || code === ErrorCode.WRONG_PHASE;
}
