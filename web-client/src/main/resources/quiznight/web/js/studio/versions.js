// The quiz's kept versions (the last 20, newest first) in a dialog, each with "Restore": the chosen version's
// draft is saved as a new version (nothing is lost: the current one stays in the list).
import { h, clear, setText } from '../dom.js';
import { t, intlLocale } from '../i18n.js';
import { refusalText } from './library-api.js';

/** "5 Dec, 14:03" in the browser's language. */
export function whenText(ms) {
  if (!Number.isFinite(ms)) return '';
  return new Date(ms).toLocaleString(intlLocale(), { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/**
 * Opens the dialog. `load()` answers GET …/versions; `restore(n)` restores version n and resolves to the result
 * ({status, body}); the dialog closes after a restore and calls `onRestored(body)`.
 */
export function versionsDialog({ load, restore, onRestored, current }) {
  const list = h('ol', { class: 'versions-list', 'aria-label': t('studio.versions-list') }, h('li', { class: 'muted', text: t('studio.loading') }));
  const message = h('p', { class: 'form-error', role: 'alert' });
  const closeBtn = h('button', { type: 'button', class: 'btn btn-ghost', text: t('studio.close'), 'data-autofocus': true });
  const dialog = h('dialog', { class: 'dialog versions-dialog', 'aria-labelledby': 'versions-title' },
    h('h2', { id: 'versions-title', text: t('studio.versions') }),
    h('p', { class: 'muted', text: t('studio.versions-help', { count: 20 }) }),
    list, message, h('div', { class: 'dialog-actions' }, closeBtn));
  closeBtn.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  closeBtn.focus();

  load().then((r) => {
    clear(list);
    if (r.status !== 200 || !Array.isArray(r.body)) {
      setText(message, r.body?.error ? refusalText(r) : t('studio.versions-failed'));
      return;
    }
    for (const v of r.body) {
      const isCurrent = v.version === current;
      const problems = Number(v.problems?.length ?? v.problems ?? 0);
      const button = isCurrent ? h('span', { class: 'pill', text: t('studio.current') }) : h('button', {
        type: 'button', class: 'btn btn-secondary btn-small', 'aria-label': t('studio.restore-version', { version: v.version }),
        onclick: async () => {
          button.disabled = true;
          const res = await restore(v.version);
          if (res.status === 200) {
            dialog.close();
            onRestored(res.body);
          } else {
            button.disabled = false;
            setText(message, res.body?.error ? refusalText(res) : t('studio.failed', { what: t('studio.what.restore'), status: String(res.status) }));
          }
        },
      }, t('studio.restore'));
      list.append(h('li', { class: 'version-row' },
        h('span', { class: 'version-num', text: `v${v.version}` }),
        h('span', { class: 'version-body' },
          h('span', { class: 'version-title', text: v.title ?? '' }),
          h('span', { class: 'muted', text: [whenText(v.updatedAt), t('upload.n-questions', { count: v.questions ?? 0 }),
            problems ? t('studio.n-problems', { count: problems }) : null].filter(Boolean).join(' · ') })),
        button));
    }
  });
  return dialog;
}
