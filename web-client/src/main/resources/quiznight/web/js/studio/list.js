// "My quizzes": the organiser's quizzes (last edited first) and the bundled ones (read-only: "Duplicate to edit"),
// search by title, new, duplicate, delete with "Undo" for 10 s, export (QuizNight JSON, GIFT) and import a file
// into a new quiz.
import { h, clear, setText } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';
import { refusalText } from './library-api.js';
import { whenText } from './versions.js';

const UNDO_MS = 10_000;

/**
 * @param {object} o
 * @param {object} o.api library-api.js
 * @param {(id: string, notes?: object[]) => void} o.onOpen opens a quiz in the editor (`notes`: what an import
 *   left out, as the server's warningDetails)
 * @param {() => void} o.onBack back to the setup screen
 * @param {(id: string) => void} o.onHost creates a room with the quiz
 * @param {object} o.toast
 */
export function listScreen({ api, onOpen, onBack, onHost, toast }) {
  const search = h('input', { type: 'search', id: 'studio-search', class: 'sf-input', placeholder: t('studio.search'),
    autocomplete: 'off' });
  const status = h('p', { class: 'studio-status', role: 'status', 'aria-live': 'polite' });
  const mine = h('ul', { class: 'studio-list', 'aria-labelledby': 'studio-mine' });
  const bundled = h('ul', { class: 'studio-list', 'aria-labelledby': 'studio-bundled' });
  const undoBar = h('div', { class: 'undo-bar', role: 'status', hidden: true });
  const importInput = h('input', { type: 'file', id: 'studio-import', class: 'sr-only', accept: '.json,.txt,.gift,.csv,.xlsx' });
  let undoTimer = null;

  const el = h('section', { class: 'studio studio-home', 'aria-labelledby': 'studio-title' },
    h('header', { class: 'studio-head' },
      h('button', { type: 'button', class: 'btn btn-ghost', onclick: onBack }, icon('back'), h('span', { text: t('studio.back-to-hosting') })),
      h('h1', { id: 'studio-title', class: 'screen-title', text: t('setup.my-quizzes') }),
      h('div', { class: 'studio-head-actions' },
        h('label', { class: 'btn btn-secondary', htmlFor: 'studio-import' }, icon('upload'), h('span', { text: t('studio.import') })),
        importInput,
        h('button', { type: 'button', class: 'btn btn-primary', onclick: () => createBlank() }, icon('plus'), h('span', { text: t('studio.new-quiz') })))),
    h('div', { class: 'studio-search' }, h('label', { htmlFor: 'studio-search', class: 'sr-only', text: t('studio.search') }), search),
    status, undoBar,
    h('h2', { id: 'studio-mine', class: 'studio-h2', text: t('studio.yours') }), mine,
    h('h2', { id: 'studio-bundled', class: 'studio-h2', text: t('studio.bundled') }), bundled);

  function row(q) {
    const problems = Number(q.problems ?? 0);
    const meta = [t('upload.n-questions', { count: q.questions ?? 0 }), q.updatedAt ? t('studio.edited', { when: whenText(q.updatedAt) }) : null,
      problems ? t('studio.n-problems', { count: problems }) : null].filter(Boolean).join(' · ');
    const actions = q.readOnly
      ? [h('button', { type: 'button', class: 'btn btn-secondary btn-small', 'aria-label': t('studio.duplicate-to-edit-of', { title: q.title }),
        onclick: () => duplicate(q) }, icon('copy'), h('span', { text: t('studio.duplicate-to-edit') }))]
      : [
        h('button', { type: 'button', class: 'btn btn-primary btn-small', 'aria-label': t('studio.edit-of', { title: q.title }), onclick: () => onOpen(q.id) },
          icon('edit'), h('span', { text: t('studio.edit') })),
        h('button', { type: 'button', class: 'btn btn-ghost btn-small', 'aria-label': t('studio.host-of', { title: q.title }), disabled: !q.hostable,
          title: q.hostable ? null : t('studio.fix-its'), onclick: () => onHost(q.id) }, icon('play'), h('span', { text: t('studio.host') })),
        h('button', { type: 'button', class: 'btn btn-ghost btn-small', 'aria-label': t('studio.duplicate-of', { title: q.title }), onclick: () => duplicate(q) },
          icon('copy'), h('span', { text: t('studio.duplicate') })),
        h('a', { class: 'btn btn-ghost btn-small', href: api.exportUrl(q.id, 'json'), download: '', 'aria-label': t('studio.export-json', { title: q.title }) },
          icon('download'), h('span', { text: 'JSON' })),
        h('a', { class: 'btn btn-ghost btn-small', href: api.exportUrl(q.id, 'gift'), download: '', 'aria-label': t('studio.export-gift', { title: q.title }) },
          icon('download'), h('span', { text: 'GIFT' })),
        h('button', { type: 'button', class: 'btn btn-ghost btn-small btn-danger-text', 'aria-label': t('studio.delete-of', { title: q.title }), onclick: () => remove(q) },
          icon('trash'), h('span', { text: t('studio.delete') })),
      ];
    return h('li', { class: ['studio-row', q.readOnly ? 'is-readonly' : null], dataset: { id: q.id } },
      h('span', { class: 'studio-row-body' },
        h('span', { class: 'studio-row-title', text: q.title }),
        h('span', { class: 'studio-row-meta muted', text: meta })),
      h('span', { class: 'studio-row-actions' }, actions));
  }

  async function load() {
    const r = await api.list(search.value.trim());
    if (r.status !== 200 || !Array.isArray(r.body)) {
      setText(status, refusalText(r, t('studio.what.list')));
      return;
    }
    setText(status, '');
    clear(mine);
    clear(bundled);
    const own = r.body.filter((q) => !q.readOnly);
    const ro = r.body.filter((q) => q.readOnly);
    for (const q of own) mine.append(row(q));
    for (const q of ro) bundled.append(row(q));
    if (!own.length) mine.append(h('li', { class: 'muted studio-empty', text: search.value.trim() ? t('studio.no-match') : t('studio.none-yet') }));
  }

  async function createBlank() {
    // A blank quiz titled in the organiser's language (the server's own blank is English).
    const r = await api.create({ draft: { title: t('upload.untitled'), questions: [] } });
    if (r.status === 201) onOpen(r.body.id);
    else toast.show(refusalText(r, t('studio.what.create')), { kind: 'error' });
  }

  async function duplicate(q) {
    const r = await api.create({ duplicateOf: q.id });
    if (r.status === 201) onOpen(r.body.id);
    else toast.show(refusalText(r, t('studio.what.duplicate')), { kind: 'error' });
  }

  async function remove(q) {
    const r = await api.remove(q.id);
    if (r.status !== 200) {
      toast.show(refusalText(r, t('studio.what.delete')), { kind: 'error' });
      return;
    }
    clearTimeout(undoTimer);
    const undo = h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: async () => {
      clearTimeout(undoTimer);
      undoBar.hidden = true;
      const back = await api.restore(q.id);
      if (back.status !== 200) toast.show(refusalText(back, t('studio.what.undo')), { kind: 'error' });
      load();
    } }, t('studio.undo'));
    clear(undoBar);
    undoBar.append(h('span', { text: t('studio.deleted-title', { title: q.title }) }), undo);
    undoBar.hidden = false;
    undo.focus();
    undoTimer = setTimeout(() => {
      undoBar.hidden = true;
    }, Math.max(0, (r.body.undoUntil ?? Date.now() + UNDO_MS) - Date.now()));
    load();
  }

  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    setText(status, t('studio.importing', { name: file.name }));
    const r = await api.importFile(file);
    if (r.status === 201) {
      onOpen(r.body.id, Array.isArray(r.body.warningDetails) ? r.body.warningDetails : []);
      return;
    }
    setText(status, refusalText(r, t('studio.what.import')));
  });

  let searchTimer = null;
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(load, 250);
  });
  load();
  return { el, destroy: () => clearTimeout(undoTimer) };
}
