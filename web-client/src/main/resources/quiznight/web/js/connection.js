// The connection indicator: a coloured dot with words (never colour alone), announced politely to screen
// readers. While reconnecting it counts down to the next try and a click retries at once.
import { h, setText } from './dom.js';
import { Status } from './socket.js';
import { t } from './i18n.js';

// Looked up when shown: the language is chosen after the modules load.
const LABEL = Object.freeze({
  [Status.CONNECTING]: () => t('conn.connecting'),
  [Status.OPEN]: () => t('conn.open'),
  [Status.RECONNECTING]: () => t('conn.reconnecting'),
  [Status.OFFLINE]: () => t('conn.offline'),
  [Status.REPLACED]: () => t('conn.replaced'),
  [Status.STOPPED]: () => t('conn.stopped'),
});
const label = (status) => LABEL[status]?.() ?? status;

export function connectionIndicator({ onRetry } = {}) {
  const dot = h('span', { class: 'conn-dot', 'aria-hidden': 'true' });
  const text = h('span', { class: 'conn-label' });
  const el = h('button', {
    type: 'button', class: 'conn', 'data-status': 'connecting', title: t('conn.title'),
    onclick: () => onRetry?.(),
  }, dot, text);
  const live = h('span', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  let timer = null;
  let status = Status.CONNECTING;
  setText(text, label(status));

  function set(next, info = {}) {
    status = next;
    el.dataset.status = next;
    clearInterval(timer);
    const update = () => {
      let shown = label(next);
      if (next === Status.RECONNECTING && info.nextRetryAt) {
        const s = Math.ceil((info.nextRetryAt - Date.now()) / 1000);
        if (s >= 2) shown = t('conn.reconnecting-in', { s });
      }
      setText(text, shown);
    };
    update();
    if (next === Status.RECONNECTING) timer = setInterval(update, 500);
    el.disabled = next === Status.OPEN || next === Status.CONNECTING;
    el.setAttribute('aria-label', next === Status.RECONNECTING || next === Status.OFFLINE
      ? t('conn.retry', { status: label(next) }) : t('conn.status', { status: label(next) }));
    setText(live, next === Status.OPEN ? t('conn.open-live') : label(next));
  }

  return { el, live, set, get status() { return status; } };
}
