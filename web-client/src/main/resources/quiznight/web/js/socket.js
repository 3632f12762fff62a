// The WebSocket to /ws, kept alive the way phones need: reconnects with exponential backoff and jitter, at once
// when the page becomes visible again or the network comes back, and afresh after the page was hidden long
// enough for the old connection to be silently dead (screen lock). The app re-identifies itself (resume with its
// token) in onOpen, which runs after every (re)connection.
import { backoffDelay, DEFAULT_BACKOFF } from './backoff.js';
import { CloseCode } from './protocol.js';

export const Status = Object.freeze({
  CONNECTING: 'connecting', // first connection on its way
  OPEN: 'open',
  RECONNECTING: 'reconnecting', // lost; a retry is scheduled or under way
  OFFLINE: 'offline', // the device says it has no network; retrying when it has
  REPLACED: 'replaced', // the same identity was resumed in another tab: no automatic retry
  STOPPED: 'stopped',
});

/** ws:// or wss:// (by the page's protocol) to /ws next to the page. */
export function socketUrl(loc = globalThis.location) {
  const u = new URL('ws', loc.href);
  u.protocol = loc.protocol === 'https:' ? 'wss:' : 'ws:';
  u.search = '';
  u.hash = '';
  return u.href;
}

export class GameSocket {
  /**
   * @param {object} o
   * @param {string} o.url
   * @param {() => void} [o.onOpen] after each successful (re)connection: send resume / create / join here
   * @param {(m: object, receivedAt: number) => void} [o.onMessage] each server message, parsed
   * @param {(status: string, info: object) => void} [o.onStatus]
   * @param {(ev: CloseEvent) => void} [o.onClose]
   * @param {object} [o.env] where the socket finds the browser: WebSocket, document, navigator, the window's events,
   *   and time (setTimeout, clearTimeout, Date.now); tests pass a fake one with a manual clock
   */
  constructor({
    url, onOpen, onMessage, onStatus, onClose, backoff = DEFAULT_BACKOFF,
    staleAfterHiddenMs = 15000, connectTimeoutMs = 8000, env = globalThis,
  }) {
    Object.assign(this, { url, onOpen, onMessage, onStatus, onClose, backoff, staleAfterHiddenMs, connectTimeoutMs, env });
    this.ws = null;
    this.attempt = 0;
    this.status = null;
    this.stopped = true;
    this.everOpened = false;
    this.retryTimer = null;
    this.nextRetryAt = 0;
    this.hiddenAt = 0;
    this.wentOffline = false;
    this.listening = false;
  }

  /** Opens the connection (and keeps it open until stop()). */
  start() {
    this.stopped = false;
    this.#listen();
    this.#connect();
  }

  get connected() {
    return this.ws != null && this.ws.readyState === 1;
  }

  /** Sends one message as JSON. False when not connected (nothing is queued). */
  send(message) {
    if (!this.connected) return false;
    try {
      this.ws.send(JSON.stringify(message));
      return true;
    } catch {
      return false;
    }
  }

  /** Retries now instead of waiting for the backoff (a "retry" click, the page becoming visible...). */
  reconnectNow() {
    if (this.stopped || this.connected) return;
    this.attempt = 0;
    this.#connect();
  }

  /** A fresh connection (a new identity: e.g. hosting a new room, or taking over from another tab). */
  restart() {
    this.stopped = false;
    this.attempt = 0;
    this.#listen();
    this.#connect();
  }

  /**
   * Stops reconnecting and closes the connection, or (closeSocket false) leaves the closing to the server, which is
   * about to do it (after `kicked`): closing from both ends at once makes browsers log an error.
   */
  stop(closeSocket = true) {
    this.stopped = true;
    this.env.clearTimeout(this.retryTimer);
    if (closeSocket) this.#drop();
    this.#setStatus(Status.STOPPED);
  }

  #listen() {
    if (this.listening) return;
    this.listening = true;
    const doc = this.env.document;
    doc?.addEventListener('visibilitychange', () => {
      if (doc.visibilityState === 'hidden') {
        this.hiddenAt = this.#now();
        return;
      }
      const longAway = this.hiddenAt > 0 && this.#now() - this.hiddenAt > this.staleAfterHiddenMs;
      this.hiddenAt = 0;
      if (this.stopped || this.status === Status.REPLACED) return;
      if (!this.connected || longAway) {
        // After a screen lock the old socket may look open but be dead: start over at once and resume.
        this.attempt = 0;
        this.#connect();
      }
    });
    // The device lost its network: say so at once (the socket may look open for a long while, but the path it
    // used is gone). When the network is back, start a fresh connection and resume: after a Wi-Fi change the old
    // one would never answer again.
    this.env.addEventListener?.('offline', () => {
      if (this.stopped || this.status === Status.REPLACED) return;
      this.wentOffline = true;
      this.#setStatus(Status.OFFLINE);
    });
    this.env.addEventListener?.('online', () => {
      if (this.stopped || this.status === Status.REPLACED) return;
      const fresh = this.wentOffline || !this.connected;
      this.wentOffline = false;
      if (fresh) {
        this.attempt = 0;
        this.#connect();
      }
    });
    this.env.addEventListener?.('pageshow', (e) => {
      if (e.persisted) this.reconnectNow();
    });
  }

  #connect() {
    this.env.clearTimeout(this.retryTimer);
    this.#drop();
    this.#setStatus(this.everOpened ? Status.RECONNECTING : Status.CONNECTING);
    let ws;
    try {
      ws = new this.env.WebSocket(this.url);
    } catch {
      this.#scheduleRetry();
      return;
    }
    this.ws = ws;
    const timeout = this.env.setTimeout(() => {
      if (this.ws === ws && ws.readyState !== 1) {
        this.#drop();
        this.#scheduleRetry();
      }
    }, this.connectTimeoutMs);
    this.connectTimer = timeout;
    ws.onopen = () => {
      this.env.clearTimeout(timeout);
      if (this.ws !== ws) return;
      this.everOpened = true;
      this.#setStatus(Status.OPEN);
      this.onOpen?.();
    };
    ws.onmessage = (ev) => {
      if (this.ws !== ws) return;
      const receivedAt = this.#now();
      this.attempt = 0; // the server answers: this connection works
      let m;
      try {
        m = JSON.parse(ev.data);
      } catch {
        return;
      }
      if (m && typeof m === 'object' && !Array.isArray(m)) this.onMessage?.(m, receivedAt);
    };
    ws.onerror = () => {};
    ws.onclose = (ev) => {
      this.env.clearTimeout(timeout);
      if (this.ws !== ws) return;
      this.ws = null;
      this.onClose?.(ev);
      if (this.stopped) return;
      if (ev.code === CloseCode.RESUMED_ELSEWHERE) {
        this.#setStatus(Status.REPLACED);
        return;
      }
      this.#scheduleRetry();
    };
  }

  #scheduleRetry() {
    if (this.stopped) return;
    const delay = backoffDelay(this.attempt++, this.backoff);
    this.nextRetryAt = this.#now() + delay;
    const offline = this.env.navigator && this.env.navigator.onLine === false;
    this.#setStatus(offline ? Status.OFFLINE : Status.RECONNECTING);
    this.env.clearTimeout(this.retryTimer);
    this.retryTimer = this.env.setTimeout(() => this.#connect(), delay);
  }

  #drop() {
    this.env.clearTimeout(this.connectTimer);
    const ws = this.ws;
    this.ws = null;
    if (!ws) return;
    ws.onopen = ws.onmessage = ws.onerror = ws.onclose = null;
    try {
      ws.close(1000);
    } catch {
      // already closing
    }
  }

  #now() {
    return this.env.Date.now();
  }

  #setStatus(status) {
    const changed = status !== this.status;
    this.status = status;
    if (changed || status === Status.RECONNECTING) {
      this.onStatus?.(status, { nextRetryAt: this.nextRetryAt, attempt: this.attempt });
    }
  }
}
