// The host screen (/): create a room, run the game, project it. Wires the socket, the state reducer, the views
// and the keyboard (Space or → next, P pause, L lock, F full screen). host-main.js (the page's root module) builds it; each
// phase's screen comes from HOST_SCREENS.
import { h } from './dom.js';
import { GameSocket, Status } from './socket.js';
import { msg, ServerType, Phase } from './protocol.js';
import { reduce, initialState } from './state.js';
import { errorText } from './errors.js';
import { connectionIndicator } from './connection.js';
import { screenHost } from './screens.js';
import { confirmDialog } from './dialog.js';
import { toggleFullscreen } from './fullscreen.js';
import { fetchResults, fetchReport, downloadResults } from './results.js';
import { hostTopbar } from './host-topbar.js';
import { hostSound } from './host-sound.js';
import { setupScreen } from './host-setup.js';
import { studioScreen, studioTarget } from './studio/studio.js';
import { pastGamesScreen } from './past-games.js';
import { homeworkScreen } from './homework-host.js';
import { HOST_SCREENS, showPhase } from './phase-screens.js';
import { formatPin } from './format.js';
import { hostErrorStep, HostErrorStep, retryResumeLater, advanceStep } from './session-steps.js';
import { prefetchNext } from './prefetch.js';
import { pauseBanner } from './pause-banner.js';
import { autoNextIndicator } from './auto-next.js';
import { remotePanel } from './host-remote.js';
import { t } from './i18n.js';

/**
 * Starts the host screen in `main`.
 * @param {object} o
 * @param {HTMLElement} o.main the page's main element
 * @param {object} o.storage see storage.js
 * @param {object} o.clock see clock.js
 * @param {object} o.toast see toast.js
 * @param {string} o.url the WebSocket URL
 * @param {Promise<object[]>} o.quizzes the quiz list (GET api/quizzes)
 * @param {Promise<object[]>} o.rejected uploads the server set aside at start (GET api/quizzes/rejected)
 * @param {() => Promise<object[]>} [o.refreshQuizzes] the quiz list asked again (after the editor)
 */
export function startHostApp({ main, storage, clock, toast, url, quizzes, rejected, refreshQuizzes = () => quizzes }) {
  const screens = screenHost(main);

  let state = initialState;
  let saved = storage.lastHost(); // {code, hostToken} of the room this browser hosts, if any
  let pendingCreate = null; // {quiz, options} while a create is on its way
  let setupNotice = null;
  let setup = null;
  let advanceGuard = { key: null, at: 0 };
  let pastGames = false; // "Past games" open instead of the setup screen
  let homework = false; // "Homework" open instead of the setup screen
  let studio = studioTarget(); // null: not in "My quizzes"; "": its list; an id: that quiz in the editor

  const connection = connectionIndicator({ onRetry: () => socket.reconnectNow() });
  const sound = hostSound({ storage, clock });
  const topbar = hostTopbar({
    connection,
    sound: sound.el,
    onLock: () => toggleLock(),
    onPause: () => togglePause(),
    onFullscreen: () => toggleFullscreen(),
    onEnd: () => endGame(),
  });
  document.body.prepend(topbar.el);
  const pause = pauseBanner();
  const autoNext = autoNextIndicator({ clock });
  const remote = remotePanel({ onNewLink: () => socket.send(msg.remote()) });
  document.body.append(pause.el, autoNext.el);

  const socket = new GameSocket({
    url,
    onOpen() {
      if (saved) socket.send(msg.resume(saved.code, saved.hostToken));
      else if (pendingCreate) socket.send(msg.create(pendingCreate.quiz, pendingCreate.options));
    },
    onMessage(m, receivedAt) {
      clock.observe(m.sentAt, receivedAt);
      handle(m);
    },
    onStatus(status, info) {
      connection.set(status, info);
      document.body.dataset.connection = status;
      if (status === Status.REPLACED) {
        toast.show(t('host.replaced'),
          { kind: 'error', ms: 15000 });
      }
    },
  });

  function handle(m) {
    if (m.type === ServerType.LOBBY || m.type === ServerType.STANDINGS) prefetchNext(m, 'projector');
    if (m.type === ServerType.CREATED) {
      saved = { code: m.code, hostToken: m.hostToken };
      storage.saveHost(m.code, m.hostToken);
      pendingCreate = null;
    }
    if (m.type === ServerType.ERROR) {
      handleError(m);
    }
    state = reduce(state, m);
    if ((m.type === ServerType.CREATED || (m.type === ServerType.RESUMED && m.role === 'host'))) {
      socket.send(msg.remote()); // the link for the "Control from your phone" QR code
    }
    render();
  }

  function handleError(m) {
    const step = hostErrorStep({ hasRoom: saved != null, creating: pendingCreate != null, role: state.role }, m.code);
    if (step === HostErrorStep.FORGET) {
      // The room this browser hosted is gone (finished long ago, or the server lost it): start over.
      const code = saved.code;
      storage.forgetHost(code);
      saved = null;
      setupNotice = t('host.room-ended', { pin: formatPin(code) });
      return;
    }
    if (step === HostErrorStep.RETRY_RESUME) {
      // Cluster mode: the servers could not reach each other just now while resuming; ask again shortly.
      retryResumeLater({
        resumeMessage: () => (saved ? msg.resume(saved.code, saved.hostToken) : null),
        send: (r) => socket.send(r),
      });
      return;
    }
    if (step === HostErrorStep.CREATE_FAILED) {
      pendingCreate = null;
      setup?.failed(errorText(m.code, m.message));
      return;
    }
    if (step === HostErrorStep.IGNORE) return; // a double press of Next: harmless
    toast.show(errorText(m.code, m.message), { kind: 'error' });
  }

  function render() {
    topbar.update(state);
    pause.update(state);
    autoNext.update(state);
    remote.update(state);
    sound.update(state);
    document.body.dataset.phase = state.phase;
    if (state.role !== 'host') {
      if (saved) {
        screens.show('resuming', () => ({
          el: h('section', { class: 'center-message' },
            h('h1', { class: 'screen-title', text: t('host.reconnecting') }),
            h('p', { class: 'muted', text: t('host.room', { code: saved.code }) }),
            h('button', { type: 'button', class: 'btn btn-ghost', text: t('host.new-room-instead'), onclick: () => newGame() })),
        }), state);
      } else if (pastGames) {
        screens.show('past-games', () => pastGamesScreen({ onBack: closePastGames }), state);
      } else if (homework) {
        screens.show('homework', () => homeworkScreen({ quizzes, onBack: () => { homework = false; render(); } }), state);
      } else if (studio != null) {
        screens.show('studio', () => studioScreen({ toast, openId: studio || null, onBack: closeStudio, onHost: hostFromStudio }), state);
      } else {
        screens.show(`setup:${setupNotice ?? ''}`, () => {
          setup = setupScreen({ quizzes, rejected, notice: setupNotice, onCreate: create, onStudio: openStudio, onPastGames: openPastGames,
            onHomework: () => { homework = true; render(); } });
          return setup;
        }, state);
      }
      return;
    }
    showPhase(screens, HOST_SCREENS, state, {
      onNext: advance, onStart: advance, onKick: kick, onLock: toggleLock, onExtraTime: grantExtraTime, clock, remotePanel: remote,
      onHideWord: (word, hidden) => socket.send(msg.hideWord(word, hidden)),
      loadResults: () => fetchResults(state.code, saved.hostToken),
      loadReport: () => fetchReport(state.code, saved.hostToken),
      onDownload: (format) => downloadResults(state.code, saved.hostToken, format),
      onNewGame: newGame,
    });
  }

  function openPastGames() {
    pastGames = true;
    render();
  }

  function closePastGames() {
    pastGames = false;
    render();
  }

  function openStudio() {
    studio = '';
    render();
  }

  function closeStudio() {
    studio = null;
    quizzes = refreshQuizzes(); // the library's hostable quizzes may have changed
    render();
  }

  /** "Host this quiz" in the editor: a room with all its questions, as picking it on the setup screen does. */
  function hostFromStudio(quizId) {
    studio = null;
    quizzes = refreshQuizzes();
    render();
    create(quizId, {});
  }

  function create(quiz, options) {
    pendingCreate = { quiz, options };
    if (!socket.send(msg.create(quiz, options))) {
      toast.show(t('host.not-connected'), { ms: 4000 });
    }
  }

  /** Space / → / the Next buttons: start, or move one phase on. Ignores a second press for the same screen. */
  function advance() {
    if (state.role !== 'host') return;
    const { allowed, guard } = advanceStep(advanceGuard, screens.key, Date.now());
    advanceGuard = guard;
    if (!allowed) return;
    if (state.phase === Phase.LOBBY) {
      if (state.count === 0) {
        toast.show(t('host.wait-player'), { ms: 3000 });
        return;
      }
      socket.send(msg.start());
    } else if (state.phase === Phase.QUESTION || state.phase === Phase.REVEAL || state.phase === Phase.STANDINGS) {
      socket.send(msg.next());
    }
  }

  function kick(player) {
    if (socket.send(msg.kick(player.id))) toast.show(t('host.removed', { name: player.name }), { ms: 3000 });
  }

  function grantExtraTime(player, factor) {
    if (socket.send(msg.extraTime(player.id, factor))) {
      toast.show(factor === 1 ? t('host.extra-normal', { name: player.name })
        : t('host.extra-granted', { name: player.name, factor: `×${factor}` }), { ms: 4000 });
    }
  }

  function toggleLock() {
    if (state.role !== 'host' || state.phase === Phase.FINISHED) return;
    if (socket.send(msg.lock(!state.locked))) {
      toast.show(state.locked ? t('host.unlocked') : t('host.locked'), { ms: 3000 });
    }
  }

  /** P or the bar's Pause button: pause the game, or go on. */
  function togglePause() {
    if (state.role !== 'host' || state.phase === Phase.FINISHED) return;
    socket.send(msg.pause(!state.paused));
  }

  async function endGame() {
    if (state.role !== 'host' || state.phase === Phase.FINISHED) return;
    const ok = await confirmDialog({
      title: t('host.end.title'),
      text: t('host.end.text'),
      confirmLabel: t('host.end.confirm'),
      danger: true,
    });
    if (ok) socket.send(msg.end());
  }

  function newGame() {
    if (saved) storage.forgetHost(saved.code);
    saved = null;
    setupNotice = null;
    pendingCreate = null;
    state = initialState;
    sound.stop();
    socket.restart(); // one identity per connection: a new room needs a new one
    render();
  }

  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName))) return;
    if (document.querySelector('dialog[open]')) return;
    if (state.role !== 'host') return;
    if (e.key === ' ' || e.key === 'ArrowRight' || e.key === 'PageDown') {
      e.preventDefault(); // Space would also click the focused button
      if (!e.repeat) advance();
    } else if (e.key === 'p' || e.key === 'P') {
      e.preventDefault();
      if (!e.repeat) togglePause();
    } else if (e.key === 'l' || e.key === 'L') {
      e.preventDefault();
      if (!e.repeat) toggleLock();
    } else if (e.key === 'f' || e.key === 'F') {
      e.preventDefault();
      if (!e.repeat) toggleFullscreen();
    }
  });

  render();
  socket.start();
  return { state: () => state, socket };
}
