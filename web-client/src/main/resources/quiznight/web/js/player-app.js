// The player screen (/play): join with the PIN and a nickname, then play on the phone. Survives what phones do:
// the token is kept in storage, the socket reconnects (with backoff, and at once when the page is visible again)
// and resumes; an answer sent while the connection dropped is sent again after the resume. player-main.js (the
// page's root module) builds it; each phase's screen comes from PLAYER_SCREENS.
import { GameSocket, Status } from './socket.js';
import { msg, ServerType, ErrorCode, Phase } from './protocol.js';
import { reduce, initialState, answerSent, answerRestored } from './state.js';
import { errorText } from './errors.js';
import { connectionIndicator } from './connection.js';
import { screenHost } from './screens.js';
import { randomName } from './names.js';
import { cleanPin, formatPin } from './format.js';
import { playerTopbar } from './player-topbar.js';
import { joinScreen } from './player-join.js';
import { playerResultScreen } from './player-result.js';
import { messageScreen } from './player-message.js';
import { PLAYER_SCREENS, showPhase } from './phase-screens.js';
import { fetchRecap } from './recap.js';
import { answerMessage } from './kinds/index.js';
import { prefetchNext } from './prefetch.js';
import { pauseBanner } from './pause-banner.js';
import { autoNextIndicator } from './auto-next.js';
import { playerAnnouncer } from './player-announcer.js';
import {
  pendingAnswerOnQuestion, pendingAnswerOnAck, playerErrorStep, PlayerErrorStep, retryResumeLater,
  playerRevealStep, RevealStep, RESULT_WAIT_MS, hasResult,
} from './session-steps.js';
import { t } from './i18n.js';

/**
 * Starts the player screen in `main`.
 * @param {object} o
 * @param {HTMLElement} o.main the page's main element
 * @param {object} o.storage see storage.js
 * @param {object} o.clock see clock.js
 * @param {object} o.toast see toast.js
 * @param {string} o.url the WebSocket URL
 * @param {{search: string, pathname: string}} o.location the page's location
 */
export function startPlayerApp({ main, storage, clock, toast, url, location }) {

  const screens = screenHost(main);

  const urlCode = cleanPin(new URLSearchParams(location.search).get('code'));
  let code = urlCode.length === 6 ? urlCode : null;
  let session = code ? storage.loadPlayer(code) : null; // {token, playerId, name}
  if (!code) {
    const last = storage.lastPlayer();
    if (last) {
      code = last.code;
      session = last;
    }
  }
  let state = initialState;
  let awaitingIdentity = false; // a resume or join is on its way on this connection
  let pendingJoin = null; // {code, name, team, realName}
  let pendingAnswer = null; // the last answer sent, until the server acknowledges it
  let resumedInfo = null; // the last `resumed` message, for the question that follows it
  let joinNotice = null;
  let join = null;
  let revealWait = null;
  let socketStatus = Status.CONNECTING;

  const connection = connectionIndicator({ onRetry: () => socket.reconnectNow() });
  const topbar = playerTopbar({ connection });
  document.body.prepend(topbar.el);
  const pause = pauseBanner({ sub: t('pause.player') });
  const autoNext = autoNextIndicator({ clock });
  const announcer = playerAnnouncer(state);
  document.body.append(pause.el, autoNext.el, announcer.el);

  const socket = new GameSocket({
    url,
    onOpen() {
      resumedInfo = null;
      if (session) {
        awaitingIdentity = true;
        socket.send(msg.resume(code, session.token));
      } else if (pendingJoin) {
        awaitingIdentity = true;
        socket.send(msg.join(pendingJoin.code, pendingJoin.name, pendingJoin.team, pendingJoin.realName));
      } else {
        awaitingIdentity = false;
      }
    },
    onMessage(m, receivedAt) {
      clock.observe(m.sentAt, receivedAt);
      handle(m);
    },
    onStatus(status, info) {
      socketStatus = status;
      connection.set(status, info);
      document.body.dataset.connection = status;
      render();
    },
  });

  function handle(m) {
    if (m.type === ServerType.LOBBY || m.type === ServerType.STANDINGS) prefetchNext(m, 'phone');
    switch (m.type) {
      case ServerType.JOINED:
        awaitingIdentity = false;
        session = { token: m.token, playerId: m.playerId, name: m.name };
        code = pendingJoin?.code ?? code;
        storage.savePlayer(code, session);
        storage.saveName(m.name);
        pendingJoin = null;
        history.replaceState(null, '', `${location.pathname}?code=${encodeURIComponent(code)}`);
        break;
      case ServerType.RESUMED:
        awaitingIdentity = false;
        resumedInfo = m;
        break;
      case ServerType.QUESTION: {
        const saved = storage.loadAnswer(code);
        // Back after a drop: the server tells whether our answer got there; if not, send it again.
        const { pending, resend } = pendingAnswerOnQuestion(pendingAnswer, resumedInfo, m.index);
        pendingAnswer = pending;
        if (resend) socket.send(answerMessage(resend));
        resumedInfo = null;
        state = reduce(state, m);
        if (saved && saved.index === m.index) state = answerRestored(state, saved);
        render();
        return;
      }
      case ServerType.REVEAL: {
        // After a reload during the reveal, what this player picked is still in storage.
        const saved = storage.loadAnswer(code);
        state = reduce(state, m);
        if (saved && saved.index === m.index && !state.myAnswer) state = { ...state, answered: true, myAnswer: saved };
        render();
        return;
      }
      case ServerType.TEAMS:
        join?.showTeams(m.teams); // the join that follows is refused with team-required
        break;
      case ServerType.ACK:
        pendingAnswer = pendingAnswerOnAck(pendingAnswer, m.index);
        break;
      case ServerType.KICKED:
        socket.stop(false); // the server closes the connection
        storage.forgetPlayer(code);
        session = null;
        break;
      case ServerType.ERROR:
        if (m.code === ErrorCode.PAUSED) {
          pendingAnswer = null; // refused, nothing recorded: the player answers again once the game goes on
          storage.saveAnswer(code, null);
        }
        if (handleError(m)) return;
        break;
      default:
        break;
    }
    state = reduce(state, m);
    render();
  }

  /** Returns true when the error is fully handled here (the state does not need it). */
  function handleError(m) {
    const step = playerErrorStep({
      awaitingIdentity, joining: pendingJoin != null, hasSession: session != null, phase: state.phase,
    }, m.code);
    if (step === PlayerErrorStep.JOIN_FAILED) {
      awaitingIdentity = false;
      pendingJoin = null;
      join?.failed(m.code, errorText(m.code, m.message));
      return true;
    }
    if (step === PlayerErrorStep.STOP || step === PlayerErrorStep.FORGET) {
      awaitingIdentity = false;
      storage.forgetPlayer(code);
      session = null;
      if (step === PlayerErrorStep.STOP) {
        socket.stop(); // the room closed after the game: keep showing the final screen
        return true;
      }
      joinNotice = m.code === ErrorCode.ROOM_NOT_FOUND
        ? t('player.game-ended', { pin: formatPin(code) }) : t('player.place-expired');
      if (m.code === ErrorCode.ROOM_NOT_FOUND) code = urlCode.length === 6 && urlCode !== code ? urlCode : null;
      state = initialState;
      render();
      return true;
    }
    if (step === PlayerErrorStep.RETRY_RESUME) {
      // Cluster mode: the servers could not reach each other just now; nothing changed. Ask again shortly.
      retryResumeLater({
        resumeMessage: () => (awaitingIdentity && session ? msg.resume(code, session.token) : null),
        send: (r) => socket.send(r),
      });
      return true;
    }
    if (step === PlayerErrorStep.ANSWER_SETTLED) {
      pendingAnswer = null;
      return false; // the reducer marks the question
    }
    toast.show(errorText(m.code, m.message), { kind: m.code === ErrorCode.SERVER_SHUTDOWN ? 'info' : 'error' });
    return false;
  }

  function onJoin(c, name, team = null, realName = null) {
    code = c;
    pendingJoin = { code: c, name, team, realName };
    if (socket.connected) {
      awaitingIdentity = true;
      socket.send(msg.join(c, name, team, realName));
    } else {
      socket.reconnectNow(); // onOpen sends the join
    }
  }

  function onAnswer(a) {
    const mine = { index: a.index, choices: a.choices, value: a.value };
    storage.saveAnswer(code, mine);
    state = answerSent(state, mine);
    pendingAnswer = a;
    socket.send(answerMessage(a)); // if offline, it goes after the resume
    render();
  }

  function playAgain() {
    if (code) storage.forgetPlayer(code);
    session = null;
    code = null;
    joinNotice = null;
    pendingJoin = null;
    pendingAnswer = null;
    state = initialState;
    history.replaceState(null, '', location.pathname);
    socket.restart();
    render();
  }

  function render() {
    topbar.update(state);
    pause.update(state);
    autoNext.update(state);
    announcer.update(state);
    document.body.dataset.phase = state.phase;
    if (socketStatus === Status.REPLACED) {
      screens.show('replaced', () => messageScreen({
        title: t('player.replaced.title'),
        text: t('player.replaced.text'),
        action: t('player.replaced.action'), iconName: 'link',
        onAction: () => socket.restart(),
      }), state);
      return;
    }
    if (state.phase === Phase.KICKED) {
      screens.show('kicked', () => messageScreen({
        title: t('player.kicked.title'),
        text: t('player.kicked.text'),
        action: t('player.kicked.action'), onAction: playAgain,
      }), state);
      return;
    }
    if (state.role !== 'player') {
      if (session) {
        screens.show('resuming', () => messageScreen({
          title: t('player.resuming.title'), text: t('player.resuming.text', { pin: formatPin(code) }), iconName: 'wifi',
          action: t('player.resuming.action'), onAction: playAgain,
        }), state);
      } else {
        screens.show(`join:${joinNotice ?? ''}`, () => {
          join = joinScreen({
            code, name: storage.loadName(), notice: joinNotice, onJoin,
            randomName: (prev) => randomName(Math.random, prev),
          });
          return join;
        }, state);
      }
      return;
    }
    clearTimeout(revealWait);
    if (state.phase === Phase.REVEAL && playerRevealStep(state, screens.key) === RevealStep.WAIT) {
      // Each player's result follows the reveal at once: wait a moment for it rather than flash "time's up".
      const idx = state.reveal.index;
      revealWait = setTimeout(() => {
        if (state.phase === Phase.REVEAL && state.reveal.index === idx && !hasResult(state)) {
          screens.show(`reveal:${idx}:wait`, () => playerResultScreen(state), state);
        }
      }, RESULT_WAIT_MS);
      return;
    }
    showPhase(screens, PLAYER_SCREENS, state, {
      clock, onAnswer, onPlayAgain: playAgain,
      loadRecap: () => fetchRecap(code, session?.token),
    }, Phase.LOBBY);
  }

  render();
  socket.start();
  return { state: () => state, socket };
}
