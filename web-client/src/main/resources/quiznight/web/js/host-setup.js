// Host, first screen: pick a quiz (the default one preselected) or upload one, set the options, create the room.
import { h, setText, clear } from './dom.js';
import { icon } from './icons.js';
import { uploadZone } from './host-upload.js';
import { uploadedQuiz, rejectedLines } from './upload.js';
import { sectionGroups, availableQuestions, sectionOptions } from './sections.js';
import { playOptionsFieldset } from './host-play-options.js';
import { t } from './i18n.js';

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
 * @param {() => void} [o.onHomework] opens "Homework" (assignments with a deadline, their progress and reports)
 */
export function setupScreen({ quizzes, rejected = Promise.resolve([]), onCreate, notice, onStudio = null, onPastGames = null, onHomework = null }) {
  const quizList = h('div', { class: 'quiz-list', role: 'radiogroup', 'aria-labelledby': 'quiz-legend' },
    h('p', { class: 'muted', text: t('setup.loading') }));
  const sectionsBox = h('fieldset', { class: 'sections', hidden: true },
    h('legend', { text: t('setup.sections') }));
  const sectionList = h('div', { class: 'section-list' });
  sectionsBox.append(sectionList);
  const countInput = h('input', { type: 'number', id: 'opt-count', name: 'questions', min: 1, value: 10, inputmode: 'numeric', required: true });
  const countOf = h('span', { class: 'muted', id: 'opt-count-of' });
  countInput.setAttribute('aria-describedby', 'opt-count-of');
  const timeSelect = h('select', { id: 'opt-time', name: 'timeLimitSec' },
    TIME_LIMITS.map((s) => h('option', { value: String(s), text: s === 0 ? t('setup.time-quiz') : t('options.seconds', { count: s }) })));
  const shuffle = h('input', { type: 'checkbox', id: 'opt-shuffle', name: 'shuffle', class: 'switch' });
  const hideText = h('input', { type: 'checkbox', id: 'opt-hide', name: 'hideText', class: 'switch' });
  const realNames = h('input', { type: 'checkbox', id: 'opt-real-names', name: 'realNames', class: 'switch' });
  const autoSelect = h('select', { id: 'opt-auto', name: 'autoAdvanceSec' },
    AUTO_ADVANCE.map((s) => h('option', { value: String(s), text: s === 0 ? t('setup.auto-off') : t('setup.auto-after', { count: s }) })));
  const error = h('p', { class: 'form-error', role: 'alert' });
  const createBtn = h('button', { type: 'submit', class: 'btn btn-primary btn-xl', disabled: true },
    icon('play'), h('span', { text: t('setup.create') }));

  const rejectedBox = h('div', { class: 'rejected-uploads', role: 'status' });
  rejected.then((list) => {
    for (const line of rejectedLines(list)) rejectedBox.append(h('p', { class: 'notice', text: line }));
  });

  const play = playOptionsFieldset();
  const upload = uploadZone({ onUploaded: (result) => addUploaded(uploadedQuiz(result)) });

  const form = h('form', { class: 'card setup-form', novalidate: true, 'aria-labelledby': 'setup-title' },
    h('fieldset', { class: 'quiz-pick' }, h('legend', { id: 'quiz-legend', text: t('setup.quiz') }), quizList, upload.el),
    sectionsBox,
    h('fieldset', { class: 'options' }, h('legend', { text: t('setup.options') }),
      h('div', { class: 'option-row' },
        h('label', { htmlFor: 'opt-count', text: t('setup.questions') }),
        h('div', { class: 'option-control' }, countInput, countOf)),
      h('div', { class: 'option-row' },
        h('label', { htmlFor: 'opt-time', text: t('setup.time') }),
        h('div', { class: 'option-control' }, timeSelect)),
      h('div', { class: 'option-row' },
        h('label', { htmlFor: 'opt-shuffle', text: t('setup.shuffle') }),
        h('div', { class: 'option-control' }, shuffle)),
      h('div', { class: 'option-row' },
        h('label', { htmlFor: 'opt-hide' }, t('setup.hide'),
          h('small', { class: 'muted block', text: t('setup.hide-help') })),
        h('div', { class: 'option-control' }, hideText)),
      h('div', { class: 'option-row' },
        h('label', { htmlFor: 'opt-real-names' }, t('setup.real-names'),
          h('small', { class: 'muted block', text: t('setup.real-names-help') })),
        h('div', { class: 'option-control' }, realNames)),
      h('div', { class: 'option-row' },
        h('label', { htmlFor: 'opt-auto' }, t('setup.auto'),
          h('small', { class: 'muted block', text: t('setup.auto-help') })),
        h('div', { class: 'option-control' }, autoSelect))),
    play.el,
    error,
    h('div', { class: 'form-actions' }, createBtn));

  const el = h('section', { class: 'setup' },
    h('header', { class: 'hero' },
      h('h1', { id: 'setup-title', class: 'brand-title' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), 'QuizNight'),
      h('p', { class: 'hero-sub', text: t('setup.sub') }),
      h('div', { class: 'setup-entries' },
        onStudio ? h('button', { type: 'button', class: 'btn btn-secondary studio-entry', onclick: onStudio },
          icon('edit'), h('span', { text: t('setup.my-quizzes') })) : null,
        onPastGames ? h('button', { type: 'button', class: 'btn btn-secondary studio-entry', onclick: onPastGames },
          icon('history'), h('span', { text: t('setup.past-games') })) : null,
        onHomework ? h('button', { type: 'button', class: 'btn btn-secondary studio-entry', onclick: onHomework },
          icon('clock'), h('span', { text: t('setup.homework') })) : null)),
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
    setText(countOf, max > 0 ? t('setup.of-max', { max }) : t('setup.none-selected'));
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
      setText(error, t('setup.pick-section'));
      return;
    }
    if (!Number.isFinite(n) || n < 1 || n > max) {
      setText(error, t('setup.pick-count', { max }));
      countInput.focus();
      return;
    }
    const options = { questions: n, shuffle: shuffle.checked, hideText: hideText.checked };
    const secs = Number(timeSelect.value);
    if (secs > 0) options.timeLimitSec = secs;
    const auto = Number(autoSelect.value);
    if (auto > 0) options.autoAdvanceSec = auto;
    if (realNames.checked) options.realNames = true;
    Object.assign(options, sectionOptions(selected, ticked()), play.options());
    createBtn.disabled = true;
    setText(createBtn.querySelector('span'), t('setup.creating'));
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
        h('span', { class: 'quiz-card-meta', text: t('lobby.questions', { count: q.questions }) + (sections > 1 ? t('setup.n-sections', { count: sections }) : '') })));
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
      quizList.append(h('p', { class: 'form-error', text: t('setup.no-quizzes') }));
      return;
    }
    for (const q of list) quizList.append(card(q));
    selectQuiz(selected && list.includes(selected) ? selected : list[0]);
  }).catch(() => {
    clear(quizList);
    quizList.append(h('p', { class: 'form-error', text: t('setup.load-failed') }));
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
      setText(createBtn.querySelector('span'), t('setup.create'));
    },
  };
}
