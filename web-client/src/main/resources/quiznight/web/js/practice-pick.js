// Solo practice, the first screen: which quiz (the default, Django, first), optionally some of its sections, timed
// or untimed; the best score kept in this browser for the chosen quiz. Calls onStart({quiz, sections, timed}).
import { h, setText } from './dom.js';
import { icon } from './icons.js';
import { t } from './i18n.js';
import { languagePicker } from './language-picker.js';

export function practicePickScreen({ quizzes, best, onStart, error = '' }) {
  let quiz = quizzes[0];
  const quizSelect = h('select', { id: 'practice-quiz', class: 'input', onchange: () => choose(quizSelect.value) },
    quizzes.map((q) => h('option', { value: q.id, text: q.title })));
  const sectionBox = h('fieldset', { class: 'practice-sections' });
  const bestLine = h('p', { class: 'practice-best', role: 'status' });
  const timed = h('input', { type: 'radio', name: 'practice-timed', id: 'practice-timed', value: 'timed', checked: true });
  const untimed = h('input', { type: 'radio', name: 'practice-timed', id: 'practice-untimed', value: 'untimed' });
  const errorLine = h('p', { class: 'form-error', role: 'alert', text: error });
  const start = h('button', { type: 'submit', class: 'btn btn-primary btn-xl btn-block' }, h('span', { text: t('practice.start') }), icon('next'));

  function choose(id) {
    quiz = quizzes.find((q) => q.id === id) ?? quizzes[0];
    const sections = quiz.sections ?? [];
    sectionBox.hidden = sections.length < 2;
    sectionBox.replaceChildren(
      h('legend', { text: t('practice.sections') }),
      ...sections.map((s, i) => h('label', { class: 'check-row' },
        h('input', { type: 'checkbox', name: 'practice-section', value: s.name, id: `practice-section-${i}` }),
        h('span', { text: t('practice.section', { name: s.name, questions: s.questions }) }))));
    const b = best(quiz.id);
    setText(bestLine, b == null ? t('practice.never', { count: quiz.questions }) : t('practice.best', { count: quiz.questions, best: b }));
  }

  const form = h('form', { class: ['join-form', 'practice-form'], novalidate: true, 'aria-labelledby': 'practice-title' },
    h('div', { class: 'field' }, h('label', { htmlFor: 'practice-quiz', text: t('practice.quiz') }), quizSelect),
    bestLine,
    sectionBox,
    h('fieldset', { class: 'practice-timing' },
      h('legend', { text: t('practice.timing') }),
      h('label', { class: 'check-row', htmlFor: 'practice-timed' }, timed,
        h('span', { text: t('practice.timed') })),
      h('label', { class: 'check-row', htmlFor: 'practice-untimed' }, untimed,
        h('span', { text: t('practice.untimed') }))),
    errorLine,
    start);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const sections = [...sectionBox.querySelectorAll('input:checked')].map((c) => c.value);
    start.disabled = true;
    Promise.resolve(onStart({ quiz: quiz.id, sections, timed: timed.checked }))
      .catch((err) => setText(errorLine, err.message))
      .finally(() => { start.disabled = false; });
  });
  choose(quiz.id);

  const el = h('section', { class: ['join', 'practice-pick'] },
    h('header', { class: 'join-hero' },
      h('h1', { id: 'practice-title', class: 'brand-title' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), t('practice.title')),
      h('p', { class: 'hero-sub', text: t('practice.sub') }), languagePicker({ cls: 'join-lang' })),
    form,
    h('p', { class: 'practice-back' }, h('a', { href: 'play', text: t('practice.join-live') })));
  return { el };
}
