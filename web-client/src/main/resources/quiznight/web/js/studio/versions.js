// The quiz's kept versions (the last 20, newest first) in a dialog, each with "Restore": the chosen version's
// draft is saved as a new version (nothing is lost: the current one stays in the list).
import { h, clear, setText } from '../dom.js';
import { plural } from '../format.js';

/** "5 Dec, 14:03" in the browser's language. */
export function whenText(ms) {
  if (!Number.isFinite(ms)) return '';
  return new Date(ms).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/**
 * Opens the dialog. `load()` answers GET …/versions; `restore(n)` restores version n and resolves to the result
 * ({status, body}); the dialog closes after a restore and calls `onRestored(body)`.
 */
export function versionsDialog({ load, restore, onRestored, current }) {
  const list = h('ol', { class: 'versions-list', 'aria-label': 'Versions, newest first' }, h('li', { class: 'muted', text: 'Loading…' }));
  const message = h('p', { class: 'form-error', role: 'alert' });
  const closeBtn = h('button', { type: 'button', class: 'btn btn-ghost', text: 'Close', 'data-autofocus': true });
  const dialog = h('dialog', { class: 'dialog versions-dialog', 'aria-labelledby': 'versions-title' },
    h('h2', { id: 'versions-title', text: 'Versions' }),
    h('p', { class: 'muted', text: 'The last 20 saves are kept. Restoring one saves it as the newest version.' }),
    list, message, h('div', { class: 'dialog-actions' }, closeBtn));
  closeBtn.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  closeBtn.focus();

  load().then((r) => {
    clear(list);
    if (r.status !== 200 || !Array.isArray(r.body)) {
      setText(message, r.body?.error ?? 'The versions could not be loaded.');
      return;
    }
    for (const v of r.body) {
      const isCurrent = v.version === current;
      const problems = Number(v.problems?.length ?? v.problems ?? 0);
      const button = isCurrent ? h('span', { class: 'pill', text: 'Current' }) : h('button', {
        type: 'button', class: 'btn btn-secondary btn-small', 'aria-label': `Restore version ${v.version}`,
        onclick: async () => {
          button.disabled = true;
          const res = await restore(v.version);
          if (res.status === 200) {
            dialog.close();
            onRestored(res.body);
          } else {
            button.disabled = false;
            setText(message, res.body?.error ?? `The restore failed (HTTP ${res.status}).`);
          }
        },
      }, 'Restore');
      list.append(h('li', { class: 'version-row' },
        h('span', { class: 'version-num', text: `v${v.version}` }),
        h('span', { class: 'version-body' },
          h('span', { class: 'version-title', text: v.title ?? '' }),
          h('span', { class: 'muted', text: `${whenText(v.updatedAt)} · ${plural(v.questions ?? 0, 'question')}`
            + (problems ? ` · ${plural(problems, 'problem')}` : '') })),
        button));
    }
  });
  return dialog;
}
