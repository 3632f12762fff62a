// The remote (remote.html on the host's phone): claims the one-time link of the host screen's QR code (or resumes
// the session a claim gave this phone), then shows remote-controls.js. The link's token leaves the address bar once
// claimed; the session token is kept in storage, so a reload or a dropped connection resumes.
import { GameSocket, Status } from './socket.js';
import { msg, ServerType, ErrorCode, Phase } from './protocol.js';
import { reduce, initialState } from './state.js';
import { errorText } from './errors.js';
import { connectionIndicator } from './connection.js';
import { screenHost } from './screens.js';
import { confirmDialog } from './dialog.js';
import { playerTopbar } from './player-topbar.js';
import { messageScreen } from './player-message.js';
import { pauseBanner } from './pause-banner.js';
import { autoNextIndicator } from './auto-next.js';
import { remoteControls, notListed } from './remote-controls.js';
import { t } from './i18n.js';

/** `#<code>.<token>` of a remote link, or null. Pure. */
export function parseRemoteHash(hash) {
  const m = /^#?(\d{6})\.([A-Za-z0-9_-]{16,128})$/.exec(hash ?? '');
  return m ? { code: m[1], token: m[2] } : null;
}

export function startRemoteApp({ main, storage, clock, toast, url, location }) {
  const screens = screenHost(main);
  const link = parseRemoteHash(location.hash);
  let saved = storage.loadRemote(link?.code); // {code, token} of this phone's session
  const code = link?.code ?? saved?.code ?? null;
  let state = initialState;
  let failure = code ? null : t('rc.no-link');
  let awaitingIdentity = false;
  let kicked = new Set();
  let listed = { from: null, kicked: null, players: [] }; // the player list less those removed from here

  const connection = connectionIndicator({ onRetry: () => socket.reconnectNow() });
  const topbar = playerTopbar({ connection });
  document.body.prepend(topbar.el);
  const pause = pauseBanner({ sub: t('rc.paused') });
  const autoNext = autoNextIndicator({ clock });
  document.body.append(pause.el, autoNext.el);

  const socket = new GameSocket({
    url,
    onOpen() {
      if (failure) return;
      awaitingIdentity = true;
      socket.send(msg.resume(code, saved?.token ?? link.token));
    },
    onMessage(m, receivedAt) {
      clock.observe(m.sentAt, receivedAt);
      handle(m);
    },
    onStatus(status, info) {
      connection.set(status, info);
      document.body.dataset.connection = status;
      if (status === Status.REPLACED) toast.show(t('rc.replaced'), { kind: 'error', ms: 8000 });
    },
  });

  function handle(m) {
    if (m.type === ServerType.RESUMED) awaitingIdentity = false;
    if (m.type === ServerType.REMOTE_SESSION) {
      saved = { code, token: m.token };
      storage.saveRemote(code, m.token);
      history.replaceState(null, '', location.pathname); // the one-time token is spent: out of the address bar
    }
    if (m.type === ServerType.ERROR) {
      if (awaitingIdentity && (m.code === ErrorCode.BAD_TOKEN || m.code === ErrorCode.ROOM_NOT_FOUND)) {
        awaitingIdentity = false;
        if (saved) storage.forgetRemote(code);
        failure = m.code === ErrorCode.BAD_TOKEN && m.message ? m.message : errorText(m.code, m.message);
        socket.stop();
        render();
        return;
      }
      toast.show(errorText(m.code, m.message), { kind: 'error' });
    }
    state = reduce(state, m);
    render();
  }

  const actions = {
    clock,
    onNext() {
      if (state.phase === Phase.LOBBY) socket.send(msg.start());
      else socket.send(msg.next());
    },
    onPause: () => socket.send(msg.pause(!state.paused)),
    onLock: () => socket.send(msg.lock(!state.locked)),
    async onEnd() {
      const ok = await confirmDialog({
        title: t('host.end.title'), text: t('host.end.text'),
        confirmLabel: t('host.end.confirm'), danger: true,
      });
      if (ok) socket.send(msg.end());
    },
    async onKick(p) {
      const ok = await confirmDialog({ title: t('rc.remove-title', { name: p.name }), confirmLabel: t('rc.remove'), danger: true });
      if (ok && socket.send(msg.kick(p.id))) {
        kicked = new Set(kicked).add(p.id);
        toast.show(t('host.removed', { name: p.name }), { ms: 3000 });
        render();
      }
    },
  };

  function render() {
    topbar.update(state);
    pause.update(state);
    autoNext.update(state);
    document.body.dataset.phase = state.phase;
    if (failure) {
      screens.show(`failed:${failure}`, () => messageScreen({ title: t('rc.failed'), text: failure, iconName: 'link' }), state);
      return;
    }
    if (state.role !== 'host') {
      screens.show('connecting', () => messageScreen({ title: t('rc.connecting'), text: t('player.resuming.text', { pin: code }), iconName: 'wifi' }), state);
      return;
    }
    if (state.players !== listed.from || kicked !== listed.kicked) {
      listed = { from: state.players, kicked, players: (state.players ?? []).filter((p) => !kicked.has(p.id)) };
    }
    // A big room's lobby lists only the players who joined last: the rest are counted, not listed.
    const shown = { ...state, players: listed.players, playersMore: notListed(state) };
    const key = `remote:${state.phase}:${state.phase === Phase.QUESTION ? state.question.index : ''}`;
    screens.show(key, () => remoteControls(shown, actions), shown);
  }

  render();
  if (!failure) socket.start();
  return { state: () => state, socket };
}
