// The phase -> screen tables of the player and the host (js/phase-screens.js): every phase of a game has a screen
// on both, and the key that decides when a screen is built anew rather than updated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { PLAYER_SCREENS, HOST_SCREENS, screenFor, showPhase } = await import(js('phase-screens.js'));
const { Phase } = await import(js('protocol.js'));

const GAME_PHASES = [Phase.LOBBY, Phase.QUESTION, Phase.REVEAL, Phase.STANDINGS, Phase.FINISHED];
const state = (phase, extra = {}) => ({
  phase, code: '123456', question: { index: 2 }, reveal: { index: 2 }, result: null, standings: { index: 2 }, ...extra,
});

test('both tables have a screen for every phase of a game, and only those', () => {
  for (const table of [PLAYER_SCREENS, HOST_SCREENS]) {
    assert.deepEqual(Object.keys(table).sort(), [...GAME_PHASES].sort());
    for (const p of GAME_PHASES) {
      assert.equal(typeof table[p].key, 'function', p);
      assert.equal(typeof table[p].build, 'function', p);
    }
  }
});

test('player: one screen per question, reveal (waiting, then with the result), standings; one lobby and podium', () => {
  const key = (s) => screenFor(PLAYER_SCREENS, s).key(s);
  assert.equal(key(state(Phase.LOBBY)), 'lobby');
  assert.equal(key(state(Phase.QUESTION)), 'question:2');
  assert.equal(key(state(Phase.REVEAL)), 'reveal:2:wait');
  assert.equal(key(state(Phase.REVEAL, { result: { index: 2 } })), 'reveal:2:result');
  assert.equal(key(state(Phase.REVEAL, { result: { index: 1 } })), 'reveal:2:wait');
  assert.equal(key(state(Phase.STANDINGS)), 'standings:2');
  assert.equal(key(state(Phase.FINISHED)), 'finished');
});

test('host: one screen per room lobby, question, reveal, standings and podium', () => {
  const key = (s) => screenFor(HOST_SCREENS, s).key(s);
  assert.equal(key(state(Phase.LOBBY)), 'lobby:123456');
  assert.equal(key(state(Phase.QUESTION)), 'question:2');
  assert.equal(key(state(Phase.REVEAL)), 'reveal:2');
  assert.equal(key(state(Phase.STANDINGS)), 'standings:2');
  assert.equal(key(state(Phase.FINISHED)), 'finished:123456');
});

test('a phase without a screen: the player falls back to the lobby, the host shows nothing new', () => {
  const screens = { shown: [], show(key, build, s) { this.shown.push([key, s]); } };
  assert.equal(showPhase(screens, PLAYER_SCREENS, state(Phase.IDLE), {}, Phase.LOBBY), 'lobby');
  assert.equal(showPhase(screens, HOST_SCREENS, state(Phase.IDLE), {}), null);
  assert.deepEqual(screens.shown.map(([k]) => k), ['lobby']);
});

test('showing a phase hands its builder the state and the app actions', () => {
  const ctx = { onNext() {} };
  const built = [];
  const table = { [Phase.LOBBY]: { key: () => 'lobby', build: (s, c) => { built.push([s, c]); return { el: null }; } } };
  const screens = { show(key, build) { build(); } };
  const s = state(Phase.LOBBY);
  showPhase(screens, table, s, ctx);
  assert.deepEqual(built, [[s, ctx]]);
});

test('the app modules run nothing when imported: their page root modules start them', async () => {
  const player = await import(js('player-app.js'));
  const host = await import(js('host-app.js'));
  assert.equal(typeof player.startPlayerApp, 'function');
  assert.equal(typeof host.startHostApp, 'function');
});
