// Tokens and small preferences in localStorage, keyed by room code, so a reload (or a phone that dropped the
// page) gets its identity back. Every access is guarded: storage may be full or disabled (private mode).

const PREFIX = 'quiznight.';

function defaultStore() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function read(store, key) {
  try {
    const raw = store?.getItem(PREFIX + key);
    return raw == null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

function write(store, key, value) {
  try {
    if (value == null) store?.removeItem(PREFIX + key);
    else store?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the game still works, a reload just loses the identity
  }
}

export function createStorage(store = defaultStore()) {
  return {
    /** The host token of a room, and that room as the last one hosted here. */
    saveHost(code, hostToken) {
      write(store, `host.${code}`, { hostToken, savedAt: Date.now() });
      write(store, 'host.last', code);
    },
    loadHost(code) {
      const v = read(store, `host.${code}`);
      return v && typeof v.hostToken === 'string' ? v : null;
    },
    /** {code, hostToken} of the room last hosted in this browser, or null. */
    lastHost() {
      const code = read(store, 'host.last');
      const v = code ? this.loadHost(code) : null;
      return v ? { code, hostToken: v.hostToken } : null;
    },
    forgetHost(code) {
      write(store, `host.${code}`, null);
      if (read(store, 'host.last') === code) write(store, 'host.last', null);
    },

    /** A player's identity in a room: {token, playerId, name}. */
    savePlayer(code, player) {
      write(store, `player.${code}`, { ...player, savedAt: Date.now() });
      write(store, 'player.last', code);
    },
    loadPlayer(code) {
      const v = read(store, `player.${code}`);
      return v && typeof v.token === 'string' ? v : null;
    },
    lastPlayer() {
      const code = read(store, 'player.last');
      const v = code ? this.loadPlayer(code) : null;
      return v ? { code, ...v } : null;
    },
    forgetPlayer(code) {
      write(store, `player.${code}`, null);
      write(store, `answer.${code}`, null);
      if (read(store, 'player.last') === code) write(store, 'player.last', null);
    },

    /** What the player answered to the open question, to show it again after a reload. */
    saveAnswer(code, myAnswer) {
      write(store, `answer.${code}`, myAnswer);
    },
    loadAnswer(code) {
      return read(store, `answer.${code}`);
    },

    /** A phone's remote session of a room (the token it resumes with after claiming a remote link). */
    saveRemote(code, token) {
      write(store, `remote.${code}`, { token, savedAt: Date.now() });
      write(store, 'remote.last', code);
    },
    /** {code, token} of the room last controlled from this phone (or of `code`), or null. */
    loadRemote(code = read(store, 'remote.last')) {
      const v = code ? read(store, `remote.${code}`) : null;
      return v && typeof v.token === 'string' ? { code, token: v.token } : null;
    },
    forgetRemote(code) {
      write(store, `remote.${code}`, null);
      if (read(store, 'remote.last') === code) write(store, 'remote.last', null);
    },
    /** The projector's sound: {muted, volume 0..1}; null when never set here. */
    saveSound(sound) {
      write(store, 'sound', { muted: !!sound.muted, volume: sound.volume });
    },
    loadSound() {
      const v = read(store, 'sound');
      return v && typeof v.muted === 'boolean' && Number.isFinite(v.volume) && v.volume >= 0 && v.volume <= 1 ? v : null;
    },

    /** The solo practice run going on in this browser ({session, quiz}), to resume it after a reload; null: none. */
    savePracticeRun(run) {
      write(store, 'practice.run', run);
    },
    loadPracticeRun() {
      const v = read(store, 'practice.run');
      return v && typeof v.session === 'string' ? v : null;
    },
    /** The best practice score of a quiz here, if higher than the one kept; returns the best. */
    savePracticeBest(quizId, score) {
      const best = Math.max(this.loadPracticeBest(quizId) ?? 0, score);
      write(store, `practice.best.${quizId}`, best);
      return best;
    },
    loadPracticeBest(quizId) {
      const v = read(store, `practice.best.${quizId}`);
      return Number.isFinite(v) ? v : null;
    },

    /** The nickname used last time, to pre-fill the join form. */
    saveName(name) {
      write(store, 'name', name);
    },
    loadName() {
      const v = read(store, 'name');
      return typeof v === 'string' ? v : '';
    },
  };
}
