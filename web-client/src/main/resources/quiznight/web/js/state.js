// The client's view of a room: a pure reducer (state, serverMessage) -> state, plus pure helpers for the few
// things the client itself does (asking to join, sending an answer). Never mutates its input.
import { ErrorCode, Phase, ServerType } from './protocol.js';

export const initialState = Object.freeze({
  role: null, // 'host' | 'player' once created / joined / resumed
  phase: Phase.IDLE,
  code: null,
  joinUrl: null,
  quiz: null, // {id, title, questions}
  locked: false,
  me: null, // player: {playerId, name}
  team: null, // team mode, player: their team {team, name, colour} and, after a question, its score and rank
  teams: null, // team mode: the teams [{team, name, colour, members}] (lobby), or the choice of a join (`teams`)
  score: 0,
  streak: 0,
  rank: null,
  count: 0, // players in the room
  players: [], // host, in the lobby: [{id, name}]
  question: null, // the open (or last) question message
  answered: false, // this player has answered the current question
  acked: false, // ...and the server confirmed it
  myAnswer: null, // what this player picked, for showing it back: {index, value, label}
  tooLate: false, // the answer came after the question closed
  progress: null, // host: {index, answered, players}
  reveal: null,
  result: null,
  standings: null,
  finished: null,
  resumeAnswered: null, // from `resumed`, applied to the question message that follows
  paused: false, // the host paused the game
  pausedRemainingMs: null, // while paused in a question: the time left to answer, frozen
  pausedTalkMs: null, // while paused in a team talk: the talk left, frozen
  autoNext: null, // a pub quiz room's countdown: {index, from, at, remainingMs, paused}
  remoteLink: null, // host: the last one-time remote link {token, url}
  lastError: null, // {code, message}
});

const PHASE_OF = Object.freeze({
  [ServerType.LOBBY]: Phase.LOBBY,
  [ServerType.QUESTION]: Phase.QUESTION,
  [ServerType.REVEAL]: Phase.REVEAL,
  [ServerType.STANDINGS]: Phase.STANDINGS,
  [ServerType.FINISHED]: Phase.FINISHED,
});

/**
 * The question as this client times it: a player granted extra time gets `you` {timeLimitMs, deadline} on their
 * copy, which replace the shared ones (and `extraTime` says so); everyone else's copy is used as it came.
 */
export function ownTimes(m) {
  const you = m.you;
  if (!you || !Number.isFinite(you.deadline) || !Number.isFinite(you.timeLimitMs)) return m;
  return { ...m, deadline: you.deadline, timeLimitMs: you.timeLimitMs, extraTime: true, extraMs: Math.max(0, you.deadline - m.deadline) };
}

/** The next state after a server message. Unknown messages change nothing (forward compatibility). */
export function reduce(state, m) {
  if (!m || typeof m !== 'object' || typeof m.type !== 'string') return state;
  switch (m.type) {
    case ServerType.CREATED:
      return {
        ...state, role: 'host', phase: Phase.LOBBY, code: m.code, joinUrl: m.joinUrl ?? null,
        quiz: m.quiz ?? null, locked: false, count: 0, players: [], lastError: null,
      };
    case ServerType.JOINED:
      return {
        ...state, role: 'player', phase: state.phase === Phase.IDLE ? Phase.LOBBY : state.phase,
        me: { playerId: m.playerId, name: m.name }, score: 0, streak: 0, rank: null, lastError: null,
        team: m.team ?? null,
      };
    case ServerType.RESUMED: {
      // The phase itself comes with the message that follows (lobby, question, reveal, ...).
      const s = { ...state, role: m.role, lastError: null };
      if (m.role === 'host') {
        s.code = m.code ?? state.code;
        s.joinUrl = m.joinUrl ?? state.joinUrl;
        s.quiz = m.quiz ?? state.quiz;
        s.locked = m.locked === true;
      } else {
        s.me = { playerId: m.playerId, name: m.name };
        s.score = Number.isFinite(m.score) ? m.score : state.score;
        s.resumeAnswered = m.answered === true;
        s.team = m.team ?? state.team;
      }
      return s;
    }
    case ServerType.LOBBY:
      return {
        ...state, phase: Phase.LOBBY, code: m.code ?? state.code, count: m.count ?? state.count, autoNext: null,
        locked: typeof m.locked === 'boolean' ? m.locked : state.locked,
        players: Array.isArray(m.players) ? m.players : state.players, resumeAnswered: null,
        teams: Array.isArray(m.teams) ? m.teams : state.teams,
      };
    case ServerType.QUESTION: {
      const same = state.question != null && state.question.index === m.index;
      const answered = (same && state.answered) || state.resumeAnswered === true;
      return {
        ...state, phase: Phase.QUESTION, question: ownTimes(m), autoNext: null,
        answered, acked: same ? state.acked || (answered && state.resumeAnswered === true) : answered,
        myAnswer: same ? state.myAnswer : null, tooLate: same ? state.tooLate : false,
        progress: same && state.progress ? state.progress : { index: m.index, answered: 0, players: state.count },
        reveal: null, result: null, resumeAnswered: null,
      };
    }
    case ServerType.ACK:
      if (!state.question || state.question.index !== m.index) return state;
      return { ...state, answered: true, acked: true };
    case ServerType.PROGRESS:
      return {
        ...state, progress: { index: m.index, answered: m.answered, players: m.players },
        count: Number.isFinite(m.players) ? m.players : state.count,
      };
    case ServerType.REVEAL:
      return {
        ...state, phase: Phase.REVEAL, reveal: m, resumeAnswered: null, autoNext: null,
        result: state.result && state.result.index === m.index ? state.result : null,
      };
    case ServerType.RESULT:
      return {
        ...state, result: m,
        score: Number.isFinite(m.score) ? m.score : state.score,
        streak: Number.isFinite(m.streak) ? m.streak : state.streak,
        rank: Number.isFinite(m.rank) ? m.rank : state.rank,
        count: Number.isFinite(m.players) ? m.players : state.count,
        team: m.team ?? state.team,
      };
    case ServerType.STANDINGS: {
      const s = {
        ...state, phase: Phase.STANDINGS, standings: m, resumeAnswered: null, autoNext: null,
        count: Number.isFinite(m.players) ? m.players : state.count,
      };
      const mine = state.me && Array.isArray(m.top) ? m.top.find((e) => e.playerId === state.me.playerId) : null;
      if (mine) {
        s.rank = mine.rank;
        s.score = mine.score;
      }
      return s;
    }
    case ServerType.FINISHED: {
      const s = {
        ...state, phase: Phase.FINISHED, finished: m, resumeAnswered: null, autoNext: null,
        count: Number.isFinite(m.players) ? m.players : state.count,
      };
      if (m.you) {
        s.rank = m.you.rank;
        s.score = m.you.score;
        s.team = m.you.team ?? state.team;
      }
      return s;
    }
    case ServerType.WORDS: {
      // The live word cloud (host). During the reveal (after the host hid a word) it also updates the reveal's cloud.
      const s = { ...state, words: m };
      if (state.reveal && state.reveal.index === m.index) s.reveal = { ...state.reveal, words: m.words, hidden: m.hidden };
      return s;
    }
    case ServerType.TEAMS:
      return { ...state, teams: Array.isArray(m.teams) ? m.teams : null };
    case ServerType.LOCKED:
      return { ...state, locked: m.locked === true };
    case ServerType.PAUSED: {
      // `remainingMs` and `deadline` are the shared ones: a player with extra time keeps their own on top.
      const own = state.phase === Phase.QUESTION ? state.question?.extraMs ?? 0 : 0;
      const s = {
        ...state, paused: m.paused === true, pausedRemainingMs: Number.isFinite(m.remainingMs) ? m.remainingMs + own : null,
        pausedTalkMs: Number.isFinite(m.talkRemainingMs) ? m.talkRemainingMs : null,
      };
      if (!s.paused && Number.isFinite(m.deadline) && state.question && state.phase === Phase.QUESTION) {
        s.question = { ...state.question, deadline: m.deadline + own };
        // With team talk, answers open later too: the pause moved that moment on like the deadline.
        if (Number.isFinite(m.answersOpenAt)) s.question.answersOpenAt = m.answersOpenAt;
      }
      return s;
    }
    case ServerType.AUTO_NEXT:
      return { ...state, autoNext: { index: m.index, from: m.from, at: m.at, remainingMs: m.remainingMs, paused: m.paused === true } };
    case ServerType.REMOTE_LINK:
      return { ...state, remoteLink: { token: m.token, url: m.url, remotes: Number.isFinite(m.remotes) ? m.remotes : 0 } };
    case ServerType.KICKED:
      return { ...state, phase: Phase.KICKED };
    case ServerType.ERROR: {
      const s = { ...state, lastError: { code: m.code, message: m.message } };
      if (m.code === ErrorCode.ALREADY_ANSWERED && state.question) {
        s.answered = true;
        s.acked = true;
      } else if (m.code === ErrorCode.PAUSED && state.question && !state.acked) {
        // Refused while paused: nothing was recorded, the player answers again once the game goes on.
        s.answered = false;
        s.myAnswer = null;
      } else if (m.code === ErrorCode.QUESTION_CLOSED && state.phase === Phase.QUESTION && state.answered && !state.acked) {
        s.tooLate = true;
      }
      return s;
    }
    default:
      return state;
  }
}

/** The player sent an answer to the open question (before the server's `ack`). */
export function answerSent(state, myAnswer) {
  if (!state.question || state.question.index !== myAnswer.index) return state;
  return { ...state, answered: true, acked: false, myAnswer, tooLate: false };
}

/** Restores what this player picked (kept in storage across a reload), without marking anything sent. */
export function answerRestored(state, myAnswer) {
  if (!myAnswer || !state.question || state.question.index !== myAnswer.index) return state;
  return { ...state, myAnswer };
}

/** The room code this client is about (the player typed it, or the page URL had it). */
export function withCode(state, code) {
  return { ...state, code };
}

/** Clears the last error once it was shown. */
export function errorShown(state) {
  return state.lastError ? { ...state, lastError: null } : state;
}

/** The entry of a ranked list (`top`, `podium`) for a player, or null. */
export function entryOf(list, playerId) {
  return Array.isArray(list) ? list.find((e) => e.playerId === playerId) ?? null : null;
}
