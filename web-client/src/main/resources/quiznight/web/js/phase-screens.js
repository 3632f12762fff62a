// Which screen each phase shows, one table per role: a phase maps to the screen's key (a new key builds a new
// screen; the same key updates it in place) and its builder. player-app.js and host-app.js render through them.
// The screens take the app's actions (`ctx`): callbacks and the clock.
import { Phase } from './protocol.js';
import { hasResult } from './session-steps.js';
import { waitingScreen } from './player-lobby.js';
import { playerQuestionScreen } from './player-question.js';
import { playerResultScreen, playerStandingsScreen } from './player-result.js';
import { playerFinishedScreen } from './player-finished.js';
import { lobbyScreen } from './host-lobby.js';
import { hostQuestionScreen } from './host-question.js';
import { hostRevealScreen } from './host-reveal.js';
import { hostStandingsScreen } from './host-standings.js';
import { hostFinishedScreen } from './host-finished.js';

/** The phone, by phase (a phase not listed shows the lobby's screen). */
export const PLAYER_SCREENS = Object.freeze({
  [Phase.LOBBY]: { key: () => 'lobby', build: (s) => waitingScreen(s) },
  [Phase.QUESTION]: { key: (s) => `question:${s.question.index}`, build: (s, ctx) => playerQuestionScreen(s, ctx) },
  [Phase.REVEAL]: { key: (s) => `reveal:${s.reveal.index}:${hasResult(s) ? 'result' : 'wait'}`, build: (s) => playerResultScreen(s) },
  [Phase.STANDINGS]: { key: (s) => `standings:${s.standings.index}`, build: (s) => playerStandingsScreen(s) },
  [Phase.FINISHED]: { key: () => 'finished', build: (s, ctx) => playerFinishedScreen(s, ctx) },
});

/** The projector, by phase (a phase not listed shows nothing new). */
export const HOST_SCREENS = Object.freeze({
  [Phase.LOBBY]: { key: (s) => `lobby:${s.code}`, build: (s, ctx) => lobbyScreen(s, ctx) },
  [Phase.QUESTION]: { key: (s) => `question:${s.question.index}`, build: (s, ctx) => hostQuestionScreen(s, ctx) },
  [Phase.REVEAL]: { key: (s) => `reveal:${s.reveal.index}`, build: (s, ctx) => hostRevealScreen(s, ctx) },
  [Phase.STANDINGS]: { key: (s) => `standings:${s.standings.index}`, build: (s, ctx) => hostStandingsScreen(s, ctx) },
  [Phase.FINISHED]: { key: (s) => `finished:${s.code}`, build: (s, ctx) => hostFinishedScreen(s, ctx) },
});

/** The table's entry for the state's phase, else `fallback` (the phase itself when it has none). */
export function screenFor(table, state, fallback = null) {
  return table[state.phase] ?? (fallback == null ? null : table[fallback]);
}

/**
 * Shows the state's screen from `table` on `screens` (a screenHost), with `ctx` for its builder. Returns the entry's
 * key, or null when the phase has no screen.
 */
export function showPhase(screens, table, state, ctx, fallback = null) {
  const entry = screenFor(table, state, fallback);
  if (!entry) return null;
  const key = entry.key(state);
  screens.show(key, () => entry.build(state, ctx), state);
  return key;
}
