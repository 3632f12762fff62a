// The wire protocol's names (see docs/protocol.md) and builders for every client -> server message.

export const ClientType = Object.freeze({
  CREATE: 'create', JOIN: 'join', RESUME: 'resume', START: 'start', NEXT: 'next',
  KICK: 'kick', LOCK: 'lock', END: 'end', ANSWER: 'answer', HIDE_WORD: 'hide-word', PAUSE: 'pause', REMOTE: 'remote',
  EXTRA_TIME: 'extraTime',
});

export const ServerType = Object.freeze({
  CREATED: 'created', JOINED: 'joined', RESUMED: 'resumed', LOBBY: 'lobby', QUESTION: 'question',
  ACK: 'ack', PROGRESS: 'progress', REVEAL: 'reveal', RESULT: 'result', STANDINGS: 'standings',
  FINISHED: 'finished', LOCKED: 'locked', KICKED: 'kicked', ERROR: 'error', WORDS: 'words', TEAMS: 'teams',
  PAUSED: 'paused', AUTO_NEXT: 'autoNext', REMOTE_LINK: 'remoteLink', REMOTE_SESSION: 'remoteSession',
  EXTRA_TIME: 'extraTime',
});

/** The extra-time factors the host may grant a player (1: none). */
export const EXTRA_TIME_FACTORS = Object.freeze([1, 1.5, 2]);

export const ErrorCode = Object.freeze({
  BAD_JSON: 'bad-json',
  BAD_MESSAGE: 'bad-message',
  ROOM_NOT_FOUND: 'room-not-found',
  ROOM_LOCKED: 'room-locked',
  NAME_TAKEN: 'name-taken',
  BAD_NAME: 'bad-name',
  NOT_HOST: 'not-host',
  WRONG_PHASE: 'wrong-phase',
  QUESTION_CLOSED: 'question-closed',
  ALREADY_ANSWERED: 'already-answered',
  BAD_TOKEN: 'bad-token',
  RATE_LIMITED: 'rate-limited',
  QUIZ_NOT_FOUND: 'quiz-not-found',
  CAPACITY: 'capacity',
  SERVER_SHUTDOWN: 'server-shutdown',
  UNAVAILABLE: 'unavailable',
  TEAM_TALK: 'team-talk',
  TEAM_REQUIRED: 'team-required',
  REAL_NAME_WANTED: 'real-name-wanted',
  PAUSED: 'paused',
});

export const Phase = Object.freeze({
  IDLE: 'idle', // nobody yet on this connection (before created / joined / resumed)
  LOBBY: 'lobby', QUESTION: 'question', REVEAL: 'reveal', STANDINGS: 'standings', FINISHED: 'finished',
  KICKED: 'kicked',
});

export const CloseCode = Object.freeze({
  NORMAL: 1000, GOING_AWAY: 1001, INVALID_DATA: 1007, POLICY: 1008, TOO_BIG: 1009,
  RESUMED_ELSEWHERE: 4001,
});

/** Names the longest nickname the server accepts (in Unicode code points). */
export const MAX_NAME_LENGTH = 20;

export const msg = Object.freeze({
  create(quiz, options) {
    const m = { type: ClientType.CREATE };
    if (quiz) m.quiz = quiz;
    if (options) m.options = options;
    return m;
  },
  /**
   * `team`: the team picked (0-based) where players pick theirs; `realName`: the real name for the report, in a room
   * that asks ('' = none given). Each is left out when null.
   */
  join(code, name, team = null, realName = null) {
    const m = { type: ClientType.JOIN, code, name };
    if (team != null) m.team = team;
    if (realName != null) m.realName = realName;
    return m;
  },
  resume: (code, token) => ({ type: ClientType.RESUME, code, token }),
  start: () => ({ type: ClientType.START }),
  next: () => ({ type: ClientType.NEXT }),
  kick: (playerId) => ({ type: ClientType.KICK, playerId }),
  lock: (locked) => ({ type: ClientType.LOCK, locked: !!locked }),
  extraTime: (playerId, factor) => ({ type: ClientType.EXTRA_TIME, playerId, factor }),
  end: () => ({ type: ClientType.END }),
  /** Host: hide a word from the word cloud (`hidden` false shows it again). */
  hideWord: (word, hidden) => ({ type: ClientType.HIDE_WORD, word, hidden: hidden !== false }),
  /** Pause the game (true) or go on (false). */
  pause: (paused) => ({ type: ClientType.PAUSE, paused: !!paused }),
  /** Ask for a one-time link that makes a phone a remote control of the room. */
  remote: () => ({ type: ClientType.REMOTE }),
  /**
   * The answer to question `index`: `fields` is the kind's own field ({choice}, {choices}, {text}, {value}),
   * built by the kind's module (js/kinds/), which knows the question kinds; this module does not.
   */
  answer: (index, fields) => ({ type: ClientType.ANSWER, index, ...fields }),
});
