// "My quizzes": the organiser's quizzes (last edited first) and the bundled ones (read-only: "Duplicate to edit"),
// search by title, new, duplicate, delete with "Undo" for 10 s, export (QuizNight JSON, GIFT) and import a file
// into a new quiz.
import { h, clear, setText } from '../dom.js';
import { icon } from '../icons.js';
import { plural } from '../format.js';
import { refusalText } from './library-api.js';
import { whenText } from './versions.js';

const UNDO_MS = 10_000;

/**
 * @param {object} o
 * @param {object} o.api library-api.js
 * @param {(id: string) => void} o.onOpen opens a quiz in the editor
 * @param {() => void} o.onBack back to the setup screen
 * @param {(id: string) => void} o.onHost creates a room with the quiz
 * @param {object} o.toast
 */
export function listScreen({ api, onOpen, onBack, onHost, toast }) {
  const search = h('input', { type: 'search', id: 'studio-search', class: 'sf-input', placeholder: 'Search by title',
    autocomplete: 'off' });
  const status = h('p', { class: 'studio-status', role: 'status', 'aria-live': 'polite' });
  const mine = h('ul', { class: 'studio-list', 'aria-labelledby': 'studio-mine' });
  const bundled = h('ul', { class: 'studio-list', 'aria-labelledby': 'studio-bundled' });
  const undoBar = h('div', { class: 'undo-bar', role: 'status', hidden: true });
  const importInput = h('input', { type: 'file', id: 'studio-import', class: 'sr-only', accept: '.json,.txt,.gift,.csv,.xlsx' });
  let undoTimer = null;

  const el = h('section', { class: 'studio studio-home', 'aria-labelledby': 'studio-title' },
    h('header', { class: 'studio-head' },
      h('button', { type: 'button', class: 'btn btn-ghost', onclick: onBack }, icon('back'), h('span', { text: 'Back to hosting' })),
      h('h1', { id: 'studio-title', class: 'screen-title', text: 'My quizzes' }),
      h('div', { class: 'studio-head-actions' },
        h('label', { class: 'btn btn-secondary', htmlFor: 'studio-import' }, icon('upload'), h('span', { text: 'Import a file' })),
        importInput,
        h('button', { type: 'button', class: 'btn btn-primary', onclick: () => createBlank() }, icon('plus'), h('span', { text: 'New quiz' })))),
    h('div', { class: 'studio-search' }, h('label', { htmlFor: 'studio-search', class: 'sr-only', text: 'Search by title' }), search),
    status, undoBar,
    h('h2', { id: 'studio-mine', class: 'studio-h2', text: 'Your quizzes' }), mine,
    h('h2', { id: 'studio-bundled', class: 'studio-h2', text: 'Bundled quizzes (read-only)' }), bundled);

  function row(q) {
    const problems = Number(q.problems ?? 0);
    const meta = [plural(q.questions ?? 0, 'question'), q.updatedAt ? `edited ${whenText(q.updatedAt)}` : null,
      problems ? plural(problems, 'problem') : null].filter(Boolean).join(' · ');
    const actions = q.readOnly
      ? [h('button', { type: 'button', class: 'btn btn-secondary btn-small', 'aria-label': `Duplicate to edit: ${q.title}`,
        onclick: () => duplicate(q) }, icon('copy'), h('span', { text: 'Duplicate to edit' }))]
      : [
        h('button', { type: 'button', class: 'btn btn-primary btn-small', 'aria-label': `Edit ${q.title}`, onclick: () => onOpen(q.id) },
          icon('edit'), h('span', { text: 'Edit' })),
        h('button', { type: 'button', class: 'btn btn-ghost btn-small', 'aria-label': `Host ${q.title}`, disabled: !q.hostable,
          title: q.hostable ? null : 'Fix its problems first', onclick: () => onHost(q.id) }, icon('play'), h('span', { text: 'Host' })),
        h('button', { type: 'button', class: 'btn btn-ghost btn-small', 'aria-label': `Duplicate ${q.title}`, onclick: () => duplicate(q) },
          icon('copy'), h('span', { text: 'Duplicate' })),
        h('a', { class: 'btn btn-ghost btn-small', href: api.exportUrl(q.id, 'json'), download: '', 'aria-label': `Export ${q.title} as QuizNight JSON` },
          icon('download'), h('span', { text: 'JSON' })),
        h('a', { class: 'btn btn-ghost btn-small', href: api.exportUrl(q.id, 'gift'), download: '', 'aria-label': `Export ${q.title} as GIFT` },
          icon('download'), h('span', { text: 'GIFT' })),
        h('button', { type: 'button', class: 'btn btn-ghost btn-small btn-danger-text', 'aria-label': `Delete ${q.title}`, onclick: () => remove(q) },
          icon('trash'), h('span', { text: 'Delete' })),
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
      setText(status, refusalText(r, 'Loading the quizzes'));
      return;
    }
    setText(status, '');
    clear(mine);
    clear(bundled);
    const own = r.body.filter((q) => !q.readOnly);
    const ro = r.body.filter((q) => q.readOnly);
    for (const q of own) mine.append(row(q));
    for (const q of ro) bundled.append(row(q));
    if (!own.length) mine.append(h('li', { class: 'muted studio-empty', text: search.value.trim() ? 'No quiz of yours has that in its title.' : 'No quizzes yet: start a new one, import a file, or duplicate a bundled one.' }));
  }

  async function createBlank() {
    const r = await api.create({});
    if (r.status === 201) onOpen(r.body.id);
    else toast.show(refusalText(r, 'Creating a quiz'), { kind: 'error' });
  }

  async function duplicate(q) {
    const r = await api.create({ duplicateOf: q.id });
    if (r.status === 201) onOpen(r.body.id);
    else toast.show(refusalText(r, 'Duplicating'), { kind: 'error' });
  }

  async function remove(q) {
    const r = await api.remove(q.id);
    if (r.status !== 200) {
      toast.show(refusalText(r, 'Deleting'), { kind: 'error' });
      return;
    }
    clearTimeout(undoTimer);
    const undo = h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: async () => {
      clearTimeout(undoTimer);
      undoBar.hidden = true;
      const back = await api.restore(q.id);
      if (back.status !== 200) toast.show(refusalText(back, 'Undo'), { kind: 'error' });
      load();
    } }, 'Undo');
    clear(undoBar);
    undoBar.append(h('span', { text: `Deleted "${q.title}".` }), undo);
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
    setText(status, `Importing ${file.name}…`);
    const r = await api.importFile(file);
    if (r.status === 201) {
      onOpen(r.body.id);
      return;
    }
    setText(status, refusalText(r, 'The import'));
  });

  let searchTimer = null;
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(load, 250);
  });
  load();
  return { el, destroy: () => clearTimeout(undoTimer) };
}
