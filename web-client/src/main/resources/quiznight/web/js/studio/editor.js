// Editing one quiz: its own fields, its questions (add by kind, duplicate, delete, reorder by drag or by the
// move buttons, announced), the selected question's form (fields.js, from GET api/kinds), its problems next to
// their fields as the organiser types (validation.js), saving about a second after the last change with the
// version last returned (autosave.js; 409 and 410 stop it and say so), unsaved edits kept in this browser
// (backup.js), the versions (versions.js), the preview (preview.js) and "Host this quiz".
import { h, clear, setText, focus } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';
import { fieldView } from './fields.js';
import { fieldsFor, kindInfo, blankQuestion, changeKind, setField, getPath, insertQuestion, duplicateQuestion,
  deleteQuestion, moveQuestion } from './model.js';
import { createAutosave, SaveState, saveStateText } from './autosave.js';
import { createValidator, groupProblems, problemsAt, placeKey, fieldOf, unplaced, summaryText, hostBlockReason,
  problemSentence } from './validation.js';
import { keepUnsaved, forgetUnsaved, unsavedFor } from './backup.js';
import { previewPanel } from './preview.js';
import { versionsDialog, whenText } from './versions.js';
import { refusalText } from './library-api.js';

/**
 * @param {object} o
 * @param {object} o.api library-api.js
 * @param {string} o.id the quiz's id
 * @param {object} o.description what GET api/kinds answers
 * @param {Storage|null} o.store where unsaved edits are kept
 * @param {() => void} o.onBack back to the list
 * @param {(id: string) => void} o.onHost creates a room with this quiz
 * @param {object} o.toast
 * @param {object[]} [o.notes] what the import that made this quiz left out (the server's warningDetails)
 */
export function editorScreen({ api, id, description, store, onBack, onHost, toast, notes = [] }) {
  let draft = null;
  let selected = 0;
  let groups = groupProblems([]);
  let autosave = null;
  let fieldViews = []; // [{key, view}] of the form on screen
  let previewTimer = null;

  const titleEl = h('h1', { id: 'editor-title', class: 'screen-title editor-title', text: t('studio.loading') });
  const saveStatus = h('p', { class: 'save-status', role: 'status', 'aria-live': 'polite' });
  const summary = h('p', { class: 'problem-summary', id: 'problem-summary', role: 'status', 'aria-live': 'polite' });
  const hostReason = h('p', { class: 'host-reason muted', id: 'host-reason' });
  const hostBtn = h('button', { type: 'button', class: 'btn btn-primary', disabled: true, 'aria-describedby': 'host-reason',
    onclick: () => host() }, icon('play'), h('span', { text: t('studio.host-this') }));
  const versionsBtn = h('button', { type: 'button', class: 'btn btn-ghost', onclick: () => openVersions() },
    icon('history'), h('span', { text: t('studio.versions') }));
  const banner = h('div', { class: 'studio-banner', role: 'alert', hidden: true });
  const announcer = h('p', { class: 'sr-only', 'aria-live': 'assertive', role: 'status' });
  const questionList = h('ol', { class: 'q-outline', 'aria-labelledby': 'outline-title' });
  const kindPick = h('select', { id: 'add-kind', class: 'sf-input' },
    (description.kinds ?? []).map((k) => h('option', { value: k.kind, text: k.label })));
  const quizCard = h('section', { class: 'card editor-card', 'aria-labelledby': 'quiz-settings-title' });
  const questionCard = h('section', { class: 'card editor-card editor-question', 'aria-labelledby': 'question-title' });
  const preview = previewPanel();

  const el = h('section', { class: 'studio studio-editor', 'aria-labelledby': 'editor-title' },
    h('header', { class: 'studio-head' },
      h('button', { type: 'button', class: 'btn btn-ghost', onclick: () => back() }, icon('back'), h('span', { text: t('setup.my-quizzes') })),
      h('div', { class: 'studio-head-main' }, titleEl, h('div', { class: 'studio-head-status' }, saveStatus, summary)),
      h('div', { class: 'studio-head-actions' }, versionsBtn, h('div', { class: 'host-box' }, hostBtn, hostReason))),
    banner, announcer,
    h('div', { class: 'editor-grid' },
      h('nav', { class: 'card editor-outline', 'aria-labelledby': 'outline-title' },
        h('h2', { id: 'outline-title', class: 'studio-h2', text: t('setup.questions') }),
        questionList,
        h('div', { class: 'add-question' },
          h('label', { htmlFor: 'add-kind', text: t('studio.kind-of-question') }), kindPick,
          h('button', { type: 'button', class: 'btn btn-secondary', onclick: () => addQuestion(kindPick.value) },
            icon('plus'), h('span', { text: t('studio.add-question') })))),
      h('div', { class: 'editor-main' }, quizCard, questionCard),
      preview.el));

  // ---- loading and saving -------------------------------------------------------------------------

  async function open(offerUnsaved = true) {
    const r = await api.get(id);
    if (r.status !== 200) {
      showBanner(r.status === 410 ? t('studio.deleted') : refusalText(r, t('studio.what.open')));
      setText(titleEl, t('studio.not-available'));
      return;
    }
    autosave?.stop();
    draft = r.body.draft;
    if (!Array.isArray(draft.questions)) draft = { ...draft, questions: [] };
    selected = Math.min(selected, Math.max(0, draft.questions.length - 1));
    const version = r.body.version;
    autosave = createAutosave({ version, save: (d, v, opts) => api.save(id, d, v, opts), onState: saveState });
    setText(saveStatus, r.body.readOnly ? t('studio.read-only') : saveStateText(SaveState.SAVED));
    hideBanner();
    showProblems(r.body.problems ?? []);
    drawAll();
    if (notes.length) showNotes(notes.splice(0));
    const kept = offerUnsaved ? unsavedFor(store, id, draft) : null;
    if (kept) offerBack(kept);
  }

  function saveState(state, info) {
    setText(saveStatus, saveStateText(state));
    saveStatus.dataset.state = state;
    if (state === SaveState.SAVED) {
      if (!autosave?.dirty) forgetUnsaved(store, id);
      if (Array.isArray(info.body?.problems)) validator.known(info.body.problems);
    } else if (state === SaveState.CONFLICT) {
      showBanner(t('studio.conflict'),
        h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: () => open(false) }, t('studio.load-latest')));
    } else if (state === SaveState.DELETED) {
      showBanner(t('studio.deleted-kept'));
    } else if (state === SaveState.REFUSED) {
      showBanner(info.body?.error ? refusalText({ status: info.status ?? 400, body: info.body }) : t('studio.save.refused'));
    }
    updateHost();
  }

  const validator = createValidator({ validate: (d) => api.validate(d), onProblems: showProblems });

  /** Every change of the draft goes through here. */
  function changed(next, { redrawForm = false } = {}) {
    draft = next;
    keepUnsaved(store, id, autosave?.version, draft);
    autosave?.changed(draft);
    validator.changed(draft);
    setText(titleEl, draft.title || t('upload.untitled'));
    drawOutline();
    if (redrawForm) drawQuestion();
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => preview.show(draft, selected), 150);
    updateHost();
  }

  function offerBack(kept) {
    showBanner(t('studio.kept', { when: whenText(kept.savedAt) }),
      h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: () => {
        hideBanner();
        changed(kept.draft, { redrawForm: true });
        drawQuiz();
      } }, t('studio.restore-them')),
      h('button', { type: 'button', class: 'btn btn-ghost btn-small', onclick: () => {
        forgetUnsaved(store, id);
        hideBanner();
      } }, t('studio.discard')));
  }

  function showBanner(text, ...actions) {
    clear(banner);
    banner.append(h('span', { text }), ...actions);
    banner.hidden = false;
  }

  /** What an import left out, each in the language with its line, until the banner is next used. */
  function showNotes(list) {
    showBanner(t('upload.warnings', { count: list.length }),
      h('ul', { class: 'import-notes' }, list.map((n) => h('li', { text: problemSentence(n, 'question') }))));
  }

  function hideBanner() {
    banner.hidden = true;
    clear(banner);
  }

  // ---- problems ---------------------------------------------------------------------------------------

  function showProblems(problems) {
    groups = groupProblems(problems, (i) => draft?.questions?.[i]?.kind ?? null);
    setText(summary, summaryText(groups.total));
    summary.classList.toggle('has-problems', groups.total > 0);
    placeProblems();
    drawOutline();
    updateHost();
  }

  function placeProblems() {
    const shown = new Set();
    for (const { question, names, view } of fieldViews) {
      const keys = names.map((n) => placeKey(question, fieldOf(n))).filter((k) => !shown.has(k));
      keys.forEach((k) => shown.add(k));
      view.setProblems(keys.flatMap((k) => groups.byPlace.get(k) ?? []));
    }
    const other = questionCard.querySelector('.other-problems');
    if (other) {
      const mine = [...groups.byPlace.entries()].filter(([k]) => k.startsWith(`${selected}:`) && !shown.has(k)).flatMap(([, m]) => m);
      const quizLevel = unplaced({ byPlace: new Map([...groups.byPlace].filter(([k]) => k.startsWith('quiz:'))) }, shown);
      clear(other);
      for (const m of [...quizLevel, ...mine]) other.append(h('li', { text: m }));
      other.hidden = other.childElementCount === 0;
    }
  }

  function updateHost() {
    const saving = autosave?.dirty ?? false;
    const reason = hostBlockReason(groups.total);
    hostBtn.disabled = reason != null || !draft;
    setText(hostReason, reason ?? (saving ? t('studio.saved-before') : t('studio.ready')));
  }

  async function host() {
    await autosave?.flush();
    if (autosave?.state === SaveState.SAVED && groups.total === 0) onHost(id);
  }

  // ---- drawing ----------------------------------------------------------------------------------------

  function drawAll() {
    setText(titleEl, draft.title || t('upload.untitled'));
    drawQuiz();
    drawOutline();
    drawQuestion();
  }

  function drawQuiz() {
    clear(quizCard);
    fieldViews = fieldViews.filter((f) => f.question != null);
    quizCard.append(h('h2', { id: 'quiz-settings-title', class: 'studio-h2', text: t('setup.quiz') }));
    const row = h('div', { class: 'quiz-fields' });
    for (const spec of description.quizFields ?? []) {
      const view = fieldView(spec, getPath(draft, spec.name), {
        onChange: (v) => changed(setField(draft, spec, v)),
      });
      fieldViews.push({ question: null, names: [spec.name], view });
      row.append(view.el);
    }
    quizCard.append(row);
    placeProblems();
  }

  function kindLabel(kind) {
    return kindInfo(description, kind)?.label ?? kind;
  }

  function drawOutline() {
    if (!draft) return;
    const focused = document.activeElement?.dataset?.outline;
    clear(questionList);
    draft.questions.forEach((q, i) => {
      const count = groups.byQuestion.get(i) ?? 0;
      const n = draft.questions.length;
      const li = h('li', { class: ['q-item', i === selected ? 'is-selected' : null, count ? 'has-problem' : null],
        draggable: 'true', dataset: { index: String(i) } },
        h('span', { class: 'q-grip', 'aria-hidden': 'true' }, icon('grip')),
        h('button', { type: 'button', class: 'q-select', 'aria-current': i === selected ? 'true' : null,
          dataset: { outline: `select-${i}` }, onclick: () => select(i) },
          h('span', { class: 'q-num', text: String(i + 1) }),
          h('span', { class: 'q-item-body' },
            h('span', { class: 'q-item-kind', text: kindLabel(q.kind) }),
            h('span', { class: 'q-item-text', text: String(q.text ?? '').trim() || t('studio.no-text') })),
          count ? h('span', { class: 'q-item-problems', text: t('studio.n-problems', { count }) }) : null),
        h('span', { class: 'q-move' },
          h('button', { type: 'button', class: 'btn btn-ghost btn-icon', disabled: i === 0, dataset: { outline: `up-${i}` },
            'aria-label': t('studio.move-up', { n: i + 1 }), onclick: () => move(i, i - 1, 'up') }, icon('up')),
          h('button', { type: 'button', class: 'btn btn-ghost btn-icon', disabled: i === n - 1, dataset: { outline: `down-${i}` },
            'aria-label': t('studio.move-down', { n: i + 1 }), onclick: () => move(i, i + 1, 'down') }, icon('down'))));
      li.addEventListener('dragstart', (e) => {
        e.dataTransfer.setData('text/plain', String(i));
        e.dataTransfer.effectAllowed = 'move';
        li.classList.add('is-dragging');
      });
      li.addEventListener('dragend', () => li.classList.remove('is-dragging'));
      li.addEventListener('dragover', (e) => {
        e.preventDefault();
        li.classList.add('is-drop');
      });
      li.addEventListener('dragleave', () => li.classList.remove('is-drop'));
      li.addEventListener('drop', (e) => {
        e.preventDefault();
        const from = Number(e.dataTransfer.getData('text/plain'));
        if (Number.isInteger(from)) move(from, i);
      });
      questionList.append(li);
    });
    if (focused) focus(questionList.querySelector(`[data-outline="${focused}"]`));
  }

  function drawQuestion() {
    clear(questionCard);
    fieldViews = fieldViews.filter((f) => f.question == null);
    const q = draft.questions[selected];
    if (!q) {
      questionCard.append(h('h2', { id: 'question-title', class: 'studio-h2', text: t('studio.no-questions') }),
        h('p', { class: 'muted', text: t('studio.add-hint') }),
        h('ul', { class: 'sf-problems other-problems', hidden: true }));
      placeProblems();
      preview.show(draft, selected);
      return;
    }
    const i = selected;
    const kindSelect = h('select', { id: 'question-kind', class: 'sf-input', onchange: (e) => {
      const next = { ...draft, questions: draft.questions.map((x, j) => (j === i ? changeKind(description, x, e.target.value) : x)) };
      changed(next, { redrawForm: true });
      announce(t('studio.announce.kind', { n: i + 1, kind: kindLabel(e.target.value) }));
    } }, (description.kinds ?? []).map((k) => h('option', { value: k.kind, text: k.label, selected: k.kind === q.kind })));
    questionCard.append(
      h('div', { class: 'editor-question-head' },
        h('h2', { id: 'question-title', class: 'studio-h2', text: t('practice.which', { n: i + 1, total: draft.questions.length }) }),
        h('div', { class: 'editor-question-tools' },
          h('label', { htmlFor: 'question-kind', class: 'sr-only', text: t('studio.kind-of-this') }), kindSelect,
          h('button', { type: 'button', class: 'btn btn-ghost btn-small', onclick: () => {
            changed(duplicateQuestion(draft, i));
            select(i + 1);
            announce(t('studio.announce.duplicated', { n: i + 1, copy: i + 2 }));
          } }, icon('copy'), h('span', { text: t('studio.duplicate') })),
          h('button', { type: 'button', class: 'btn btn-ghost btn-small btn-danger-text', onclick: () => removeQuestion(i) },
            icon('trash'), h('span', { text: t('studio.delete') })))),
      h('p', { class: 'muted kind-hint', text: kindInfo(description, q.kind)?.hint ?? '' }));
    const form = h('div', { class: 'question-fields' });
    for (const spec of fieldsFor(description, q.kind)) {
      const choices = spec.type === 'choices';
      const value = choices ? { choices: q.choices, correct: q.correct, choiceImages: q.choiceImages } : getPath(q, spec.name);
      const view = fieldView(spec, value, {
        onChange: (v) => {
          const cur = draft.questions[i];
          let nq;
          if (choices) {
            nq = { ...cur, choices: v.choices };
            if ('correct' in v) nq.correct = v.correct;
            // The quiz format takes choiceImages only when some choice has a picture.
            if (v.choiceImages?.some((p) => p)) nq.choiceImages = v.choiceImages;
            else delete nq.choiceImages;
          } else {
            nq = setField(cur, spec, v);
          }
          changed({ ...draft, questions: draft.questions.map((x, j) => (j === i ? nq : x)) });
        },
      });
      fieldViews.push({ question: i, names: choices ? ['choices', 'correct', 'choiceImages'] : [spec.name], view });
      form.append(view.el);
    }
    questionCard.append(form, h('ul', { class: 'sf-problems other-problems', hidden: true }));
    placeProblems();
    preview.show(draft, selected);
  }

  // ---- question list operations -----------------------------------------------------------------

  function select(i) {
    selected = i;
    drawOutline();
    drawQuestion();
  }

  function announce(text) {
    setText(announcer, '');
    setTimeout(() => setText(announcer, text), 30);
  }

  function addQuestion(kind) {
    const at = draft.questions.length;
    changed(insertQuestion(draft, at, blankQuestion(description, kind)));
    select(at);
    announce(t('studio.announce.added', { n: at + 1, kind: kindLabel(kind) }));
    focus(questionCard.querySelector('textarea, input'));
  }

  function removeQuestion(i) {
    const removed = draft.questions[i];
    changed(deleteQuestion(draft, i));
    selected = Math.max(0, Math.min(i, draft.questions.length - 1));
    drawOutline();
    drawQuestion();
    toast.show(t('studio.deleted-question', { n: i + 1 }), { ms: 4000 });
    showBanner(t('studio.deleted-question', { n: i + 1 }), h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: () => {
      hideBanner();
      changed(insertQuestion(draft, i, removed));
      select(i);
    } }, t('studio.undo')));
  }

  function move(from, to, direction) {
    if (to < 0 || to >= draft.questions.length || from === to) return;
    const wasSelected = selected === from;
    changed(moveQuestion(draft, from, to));
    if (wasSelected) selected = to;
    else if (selected > from && selected <= to) selected--;
    else if (selected < from && selected >= to) selected++;
    drawOutline();
    drawQuestion();
    announce(t('studio.announce.moved', { n: to + 1, total: draft.questions.length }));
    if (direction) {
      const again = questionList.querySelector(`[data-outline="${direction}-${to}"]`);
      focus(again && !again.disabled ? again : questionList.querySelector(`[data-outline="select-${to}"]`));
    }
  }

  async function openVersions() {
    await autosave?.flush();
    versionsDialog({
      current: autosave?.version,
      load: () => api.versions(id),
      restore: (n) => api.restoreVersion(id, n, autosave?.version),
      onRestored: (body) => {
        toast.show(t('studio.version-restored', { version: body.version ?? '' }), { ms: 4000 });
        open(false);
      },
    });
  }

  async function back() {
    await autosave?.flush();
    onBack();
  }

  const onPageHide = () => autosave?.flush({ keepalive: true });
  window.addEventListener('pagehide', onPageHide);

  open();
  return {
    el,
    destroy() {
      window.removeEventListener('pagehide', onPageHide);
      autosave?.flush();
      autosave?.stop();
      validator.stop();
      clearTimeout(previewTimer);
      preview.destroy();
    },
  };
}
