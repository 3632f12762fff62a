// The connection indicator: a coloured dot with words (never colour alone), announced politely to screen
// readers. While reconnecting it counts down to the next try and a click retries at once.
import { h, setText } from './dom.js';
import { Status } from './socket.js';

const LABEL = Object.freeze({
  [Status.CONNECTING]: 'Connecting…',
  [Status.OPEN]: 'Connected',
  [Status.RECONNECTING]: 'Reconnecting…',
  [Status.OFFLINE]: 'Offline',
  [Status.REPLACED]: 'Open elsewhere',
  [Status.STOPPED]: 'Disconnected',
});

export function connectionIndicator({ onRetry } = {}) {
  const dot = h('span', { class: 'conn-dot', 'aria-hidden': 'true' });
  const label = h('span', { class: 'conn-label' });
  const el = h('button', {
    type: 'button', class: 'conn', 'data-status': 'connecting', title: 'Connection to the game server',
    onclick: () => onRetry?.(),
  }, dot, label);
  const live = h('span', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  let timer = null;
  let status = Status.CONNECTING;
  setText(label, LABEL[status]);

  function set(next, info = {}) {
    status = next;
    el.dataset.status = next;
    clearInterval(timer);
    const update = () => {
      let text = LABEL[next] ?? next;
      if (next === Status.RECONNECTING && info.nextRetryAt) {
        const s = Math.ceil((info.nextRetryAt - Date.now()) / 1000);
        if (s >= 2) text = `Reconnecting in ${s}s`;
      }
      setText(label, text);
    };
    update();
    if (next === Status.RECONNECTING) timer = setInterval(update, 500);
    el.disabled = next === Status.OPEN || next === Status.CONNECTING;
    el.setAttribute('aria-label', next === Status.RECONNECTING || next === Status.OFFLINE
      ? `${LABEL[next]} Press to retry now.` : `Connection: ${LABEL[next]}`);
    setText(live, next === Status.OPEN ? 'Connected to the game.' : LABEL[next]);
  }

  return { el, live, set, get status() { return status; } };
}
