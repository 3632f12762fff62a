// A confirmation dialog (the native <dialog>: focus trapped, Escape cancels).
import { h } from './dom.js';
import { t } from './i18n.js';

/** Resolves true when the person confirms. */
export function confirmDialog({ title, text, confirmLabel = t('dialog.ok'), cancelLabel = t('dialog.cancel'), danger = false }) {
  return new Promise((resolve) => {
    const cancel = h('button', { type: 'button', class: 'btn btn-ghost', text: cancelLabel, 'data-autofocus': true });
    const ok = h('button', { type: 'button', class: ['btn', danger ? 'btn-danger' : 'btn-primary'], text: confirmLabel });
    const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'dialog-title' },
      h('h2', { id: 'dialog-title', text: title }),
      text ? h('p', { text }) : null,
      h('div', { class: 'dialog-actions' }, cancel, ok));
    let answer = false;
    const close = (v) => {
      answer = v;
      dialog.close();
    };
    cancel.addEventListener('click', () => close(false));
    ok.addEventListener('click', () => close(true));
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
