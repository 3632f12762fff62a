// Short messages at the bottom of the screen (errors, "player removed"), announced by screen readers.
import { h, setText } from './dom.js';

export function toaster(container) {
  const text = h('span', { class: 'toast-text' });
  const el = h('div', { class: 'toast', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true', hidden: true }, text);
  container.append(el);
  let timer = null;
  return {
    /** Shows `message` for `ms` milliseconds; kind 'error' is styled (and announced) as an alert. */
    show(message, { kind = 'info', ms = 5000 } = {}) {
      clearTimeout(timer);
      el.dataset.kind = kind;
      el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
      setText(text, message);
      el.hidden = false;
      el.classList.remove('toast-in');
      void el.offsetWidth; // restart the entrance animation
      el.classList.add('toast-in');
      timer = setTimeout(() => this.hide(), ms);
    },
    hide() {
      clearTimeout(timer);
      el.hidden = true;
    },
    el,
  };
}
