// Host, first screen: pick a quiz (the default one preselected) or upload one, set the options, create the room.
import { h, setText, clear } from './dom.js';
import { icon } from './icons.js';
import { plural } from './format.js';
import { uploadZone } from './host-upload.js';
import { uploadedQuiz, rejectedLines } from './upload.js';
import { sectionGroups, availableQuestions, sectionOptions } from './sections.js';
import { playOptionsFieldset } from './host-play-options.js';

const TIME_LIMITS = [0, 10, 15, 20, 30, 45, 60, 90, 120];
/** Pub quiz mode: how long the answer and the standings stay up before the room moves on (0: the host moves it on). */
const AUTO_ADVANCE = [0, 5, 10, 15, 20, 30];

/**
 * @param {object} o
 * @param {Promise<object[]>} o.quizzes what /api/quizzes answers
 * @param {(quizId: string, options: object) => void} o.onCreate
 * @param {string|null} o.notice a message to show above the form (e.g. "your last room has ended")
 * @param {Promise<object[]>} [o.rejected] what /api/quizzes/rejected answers: uploaded files set aside at start
 * @param {() => void} [o.onStudio] opens "My quizzes" (the editor)
 * @param {() => void} [o.onPastGames] opens "Past games" (the organiser's history and reports)
 */
export function setupScreen({ quizzes, rejected = Promise.resolve([]), onCreate, notice, onStudio = null, onPastGames = null }) {
  const quizList = h('div', { class: 'quiz-list', role: 'radiogroup', 'aria-labelledby': 'quiz-legend' },
    h('p', { class: 'muted', text: 'Loading quizzes…' }));
  const sectionsBox = h('fieldset', { class: 'sections', hidden: true },
    h('legend', { text: 'Sections' }));
  const sectionList = h('div', { class: 'section-list' });
  sectionsBox.append(sectionList);
  const countInput = h('input', { type: 'number', id: 'opt-count', name: 'questions', min: 1, value: 10, inputmode: 'numeric', required: true });
  const countOf = h('span', { class: 'muted', id: 'opt-count-of' });
  countInput.setAttribute('aria-describedby', 'opt-count-of');
  const timeSelect = h('select', { id: 'opt-time', name: 'timeLimitSec' },
    TIME_LIMITS.map((s) => h('option', { value: String(s), text: s === 0 ? 'As the quiz sets it' : `${s} seconds` })));
  const shuffle = h('input', { type: 'checkbox', id: 'opt-shuffle', name: 'shuffle', class: 'switch' });
  const hideText = h('input', { type: 'checkbox', id: 'opt-hide', name: 'hideText', class: 'switch' });
  const realNames = h('input', { type: 'checkbox', id: 'opt-real-names', name: 'realNames', class: 'switch' });
  const autoSelect = h('select', { id: 'opt-auto', name: 'autoAdvanceSec' },
    AUTO_ADVANCE.map((s) => h('option', { value: String(s), text: s === 0 ? 'Off: I move it on' : `After ${s} seconds` })));
  const error = h('p', { class: 'form-error', role: 'alert' });
  const createBtn = h('button', { type: 'submit', class: 'btn btn-primary btn-xl', disabled: true },
    icon('play'), h('span', { text: 'Create room' }));

  const rejectedBox = h('div', { class: 'rejected-uploads', role: 'status' });
  rejected.then((list) => {
    for (const line of rejectedLines(list)) rejectedBox.append(h('p', { class: 'notice', text: line }));
  });

  const play = playOptionsFieldset();
  const upload = uploadZone({ onUploaded: (result) => addUploaded(uploadedQuiz(result)) });

  const form = h('form', { class: 'card setup-form', novalidate: true, 'aria-labelledby': 'setup-title' },
    h('fieldset', { class: 'quiz-pick' }, h('legend', { id: 'quiz-legend', text: 'Quiz' }), quizList, upload.el),
    sectionsBox,
    h('fieldset', { class: 'options' }, h('legend', { text: 'Options' }),
      h('div', { class: 'option-row' },
        h('label', { htmlFor: 'opt-count', text: 'Questions' }),
        h('div', { class: 'option-control' }, countInput, countOf)),
      h('div', { class: 'option-row' },
        h('label', { htmlFor: 'opt-time', text: 'Time per question' }),
        h('div', { class: 'option-control' }, timeSelect)),
      h('div', { class: 'option-row' },
        h('label', { htmlFor: 'opt-shuffle', text: 'Shuffle the questions' }),
        h('div', { class: 'option-control' }, shuffle)),
      h('div', { class: 'option-row' },
        h('label', { htmlFor: 'opt-hide' }, 'Hide the question on phones',
          h('small', { class: 'muted block', text: 'For a room with a projector: phones show only the answer buttons.' })),
        h('div', { class: 'option-control' }, hideText)),
      h('div', { class: 'option-row' },
        h('label', { htmlFor: 'opt-real-names' }, 'Ask for real names (for the report only)',
          h('small', { class: 'muted block', text: 'For a class: phones ask each player for a real name too; only you see it, in the report.' })),
        h('div', { class: 'option-control' }, realNames)),
      h('div', { class: 'option-row' },
        h('label', { htmlFor: 'opt-auto' }, 'Move on by itself',
          h('small', { class: 'muted block', text: 'Pub quiz mode: the answer, then the standings, then the next question, each after a countdown.' })),
        h('div', { class: 'option-control' }, autoSelect))),
    play.el,
    error,
    h('div', { class: 'form-actions' }, createBtn));

  const el = h('section', { class: 'setup' },
    h('header', { class: 'hero' },
      h('h1', { id: 'setup-title', class: 'brand-title' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), 'QuizNight'),
      h('p', { class: 'hero-sub', text: 'Pick a quiz, project this screen, and everyone plays on their phone.' }),
      h('div', { class: 'setup-entries' },
        onStudio ? h('button', { type: 'button', class: 'btn btn-secondary studio-entry', onclick: onStudio },
          icon('edit'), h('span', { text: 'My quizzes' })) : null,
        onPastGames ? h('button', { type: 'button', class: 'btn btn-secondary studio-entry', onclick: onPastGames },
          icon('history'), h('span', { text: 'Past games' })) : null)),
    notice ? h('p', { class: 'notice', role: 'status', text: notice }) : null,
    rejectedBox,
    form);

  let list = [];
  let loaded = false;
  let selected = null;
  let countTouched = false;

  function ticked() {
    return [...sectionList.querySelectorAll('input:checked')].map((cb) => Number(cb.value));
  }

  function available() {
    return selected ? availableQuestions(selected, ticked()) : 0;
  }

  function refreshCount() {
    const max = available();
    countInput.max = String(Math.max(1, max));
    if (!countTouched || Number(countInput.value) > max) countInput.value = String(Math.max(1, max));
    setText(countOf, max > 0 ? `of ${max}` : 'no questions selected');
    createBtn.disabled = !selected || max < 1;
  }

  function selectQuiz(q) {
    selected = q;
    countTouched = false;
    for (const card of quizList.querySelectorAll('.quiz-card')) {
      const on = card.dataset.id === q.id;
      card.classList.toggle('selected', on);
      card.querySelector('input').checked = on;
    }
    clear(sectionList);
    const groups = sectionGroups(q);
    sectionsBox.hidden = groups.length < 2;
    groups.forEach((s, i) => {
      const id = `sec-${i}`;
      sectionList.append(h('label', { class: 'section-item', htmlFor: id },
        h('input', { type: 'checkbox', id, value: String(i), checked: true, onchange: refreshCount }),
        h('span', { class: 'section-name', text: s.name }),
        h('span', { class: 'muted', text: String(s.questions) })));
    });
    refreshCount();
  }

  countInput.addEventListener('input', () => {
    countTouched = true;
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    setText(error, '');
    if (!selected) return;
    const max = available();
    const n = Math.floor(Number(countInput.value));
    if (max < 1) {
      setText(error, 'Pick at least one section.');
      return;
    }
    if (!Number.isFinite(n) || n < 1 || n > max) {
      setText(error, `Pick from 1 to ${max} questions.`);
      countInput.focus();
      return;
    }
    const options = { questions: n, shuffle: shuffle.checked, hideText: hideText.checked };
    const t = Number(timeSelect.value);
    if (t > 0) options.timeLimitSec = t;
    const auto = Number(autoSelect.value);
    if (auto > 0) options.autoAdvanceSec = auto;
    if (realNames.checked) options.realNames = true;
    Object.assign(options, sectionOptions(selected, ticked()), play.options());
    createBtn.disabled = true;
    setText(createBtn.querySelector('span'), 'Creating…');
    onCreate(selected.id, options);
  });

  let cardSeq = 0;
  function card(q) {
    const id = `quiz-${cardSeq++}`;
    const sections = q.sections?.length ?? 0;
    return h('label', { class: 'quiz-card', htmlFor: id, dataset: { id: q.id } },
      h('input', { type: 'radio', name: 'quiz', id, value: q.id, onchange: () => selectQuiz(q) }),
      h('span', { class: 'quiz-card-body' },
        h('span', { class: 'quiz-card-title', text: q.title }),
        q.description ? h('span', { class: 'quiz-card-desc', text: q.description }) : null,
        h('span', { class: 'quiz-card-meta', text: plural(q.questions, 'question') + (sections > 1 ? ` · ${sections} sections` : '') })));
  }

  /** An uploaded quiz: first in the list (replacing one with the same id), selected, scrolled into view. */
  function addUploaded(q) {
    list = [q, ...list.filter((x) => x.id !== q.id)];
    if (!loaded || !quizList.querySelector('.quiz-card')) clear(quizList);
    for (const old of quizList.querySelectorAll('.quiz-card')) {
      if (old.dataset.id === q.id) old.remove();
    }
    const c = card(q);
    c.classList.add('is-new');
    quizList.prepend(c);
    quizList.scrollTop = 0;
    selectQuiz(q);
  }

  quizzes.then((qs) => {
    const uploaded = list; // quizzes uploaded before the list came
    list = [...uploaded, ...(Array.isArray(qs) ? qs : []).filter((q) => !uploaded.some((u) => u.id === q.id))];
    loaded = true;
    clear(quizList);
    if (!list.length) {
      quizList.append(h('p', { class: 'form-error', text: 'This server has no quizzes yet: upload one below.' }));
      return;
    }
    for (const q of list) quizList.append(card(q));
    selectQuiz(selected && list.includes(selected) ? selected : list[0]);
  }).catch(() => {
    clear(quizList);
    quizList.append(h('p', { class: 'form-error', text: 'Could not load the quizzes. Is the server running? Reload to try again.' }));
  });

  // A file dropped anywhere on the setup screen is uploaded (and the browser does not navigate to it).
  el.addEventListener('dragover', (e) => {
    if ([...(e.dataTransfer?.types ?? [])].includes('Files')) e.preventDefault();
  });
  el.addEventListener('drop', (e) => {
    if (!e.dataTransfer?.files?.length) return;
    e.preventDefault();
    upload.take(e.dataTransfer.files[0]);
  });

  return {
    el,
    /** The server refused the create: show why and allow another try. */
    failed(message) {
      setText(error, message);
      createBtn.disabled = !selected;
      setText(createBtn.querySelector('span'), 'Create room');
    },
  };
}
