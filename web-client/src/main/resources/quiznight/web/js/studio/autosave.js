// Saving while the organiser types: one save about `delayMs` after the last change, never two at once (changes
// made during a save are saved right after it), each sent with the version the server last answered (If-Match),
// so a stale tab is refused (409) instead of overwriting. A refusal stops saving until the editor decides
// (conflict: load the latest; deleted: nothing to save to). Time comes through `env` (the tests' fake clock).
import { t } from '../i18n.js';

export const SaveState = Object.freeze({
  SAVED: 'saved', PENDING: 'pending', SAVING: 'saving', CONFLICT: 'conflict', DELETED: 'deleted', OFFLINE: 'offline',
  REFUSED: 'refused',
});

const STATE_TEXT = Object.freeze({
  saved: () => t('studio.save.saved'),
  pending: () => t('studio.save.pending'),
  saving: () => t('studio.save.saving'),
  conflict: () => t('studio.save.conflict'),
  deleted: () => t('studio.save.deleted'),
  offline: () => t('studio.save.offline'),
  refused: () => t('studio.save.refused'),
});

/** What the organiser reads for each state. */
export function saveStateText(state) {
  return STATE_TEXT[state]?.() ?? '';
}

/**
 * @param {object} o
 * @param {number} o.version the version the draft was loaded at
 * @param {(draft: object, version: number, opts: {keepalive?: boolean}) => Promise<{status: number, body: object}>} o.save
 * @param {(state: string, info: object) => void} [o.onState]
 * @param {number} [o.delayMs] quiet time after the last change before saving
 * @param {number} [o.retryMs] wait before trying again when the server could not be reached
 * @param {{setTimeout: Function, clearTimeout: Function}} [o.env]
 */
export function createAutosave({ version, save, onState = () => {}, delayMs = 700, retryMs = 3000, env = globalThis }) {
  let current = version;
  let pending = null; // the draft not yet sent
  let inFlight = false;
  let timer = null;
  let stopped = false;
  let state = SaveState.SAVED;

  function set(next, info = {}) {
    state = next;
    onState(next, { version: current, ...info });
  }

  function schedule(ms) {
    if (timer != null) env.clearTimeout(timer);
    timer = env.setTimeout(() => {
      timer = null;
      run();
    }, ms);
  }

  async function run(opts = {}) {
    if (stopped || inFlight || pending == null) return;
    const draft = pending;
    pending = null;
    inFlight = true;
    set(SaveState.SAVING);
    let r;
    try {
      r = await save(draft, current, opts);
    } catch {
      r = { status: 0, body: {} };
    }
    inFlight = false;
    if (r.status === 200 || r.status === 201) {
      current = r.body?.version ?? current;
      if (pending != null) {
        set(SaveState.PENDING, { body: r.body });
        schedule(0);
      } else {
        set(SaveState.SAVED, { body: r.body });
      }
      return;
    }
    if (r.status === 409 || r.status === 410 || r.status === 404) {
      stopped = true;
      pending = pending ?? draft;
      set(r.status === 409 ? SaveState.CONFLICT : SaveState.DELETED, { body: r.body });
      return;
    }
    pending = pending ?? draft;
    if (r.status === 0 || r.status >= 500 || r.status === 429) {
      set(SaveState.OFFLINE, { body: r.body });
      schedule(retryMs);
    } else {
      stopped = true;
      set(SaveState.REFUSED, { body: r.body, status: r.status });
    }
  }

  return {
    /** The draft changed: save it after the quiet time. */
    changed(draft) {
      if (stopped) {
        pending = draft;
        return;
      }
      pending = draft;
      set(SaveState.PENDING);
      schedule(delayMs);
    },
    /** Saves what is pending now (the page is going away: keepalive). */
    flush(opts = {}) {
      if (timer != null) {
        env.clearTimeout(timer);
        timer = null;
      }
      return run(opts);
    },
    /** True while something is not saved yet. */
    get dirty() {
      return pending != null || inFlight;
    },
    get version() {
      return current;
    },
    get state() {
      return state;
    },
    /** Stops saving (the editor closes). */
    stop() {
      stopped = true;
      if (timer != null) env.clearTimeout(timer);
      timer = null;
    },
  };
}
