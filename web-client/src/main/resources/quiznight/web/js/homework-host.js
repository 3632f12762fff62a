// "Homework" on the host page: the organiser's assignments (GET api/homework) with their progress, a form to set a
// new one (a quiz of the library, a title, how many questions, the time per question, a deadline), and one
// assignment's link and QR code, live progress (asked again every few seconds while it is open) and its report
// (the same view as at the end of a game) or its Excel download.
import { h, setText, focus } from './dom.js';
import { icon } from './icons.js';
import { formatNumber, plural } from './format.js';
import { reportView, percent } from './report-view.js';
import { saveXlsx } from './past-games.js';
import { homeworkApi } from './homework-api.js';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const TIME_LIMITS = [0, 10, 15, 20, 30, 45, 60, 90, 120];
/** How often an open assignment's progress is asked again. */
export const PROGRESS_EVERY_MS = 4000;

/** "12 students · 9 finished · 2,430 average points". */
export function progressLine(a) {
  const parts = [plural(a.students, 'student'), `${formatNumber(a.finished)} finished`];
  if (a.averageScore != null) parts.push(`${formatNumber(Math.round(a.averageScore))} average points`);
  return parts.join(' · ');
}

/** The value of a datetime-local input for `ms` in this browser's time zone. */
export function localInputValue(ms) {
  const d = new Date(ms);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function homeworkScreen({ quizzes, onBack, api = homeworkApi(), now = () => Date.now() }) {
  const title = h('h1', { id: 'hw-title', class: 'screen-title', text: 'Homework', tabIndex: -1 });
  const back = h('button', { type: 'button', class: 'btn btn-ghost', onclick: () => (detail.hidden ? onBack() : showList()) },
    icon('back'), h('span', { text: 'Back' }));
  const status = h('p', { class: 'muted', role: 'status' });
  const list = h('ol', { class: 'hw-list' });
  const detail = h('div', { class: 'hw-detail-box', hidden: true });
  let polling = null;

  // ---- the form -----------------------------------------------------------------------------
  const quizSelect = h('select', { class: 'input', id: 'hw-quiz', name: 'quiz', required: true });
  const titleInput = h('input', { class: 'input', id: 'hw-title-input', name: 'title', type: 'text', maxlength: 200, placeholder: 'The quiz’s title' });
  const countInput = h('input', { class: 'input', id: 'hw-count', name: 'questions', type: 'number', min: 1, inputmode: 'numeric' });
  const timeSelect = h('select', { class: 'input', id: 'hw-time', name: 'timeLimitSec' },
    TIME_LIMITS.map((s) => h('option', { value: String(s), text: s === 0 ? 'As the quiz sets it' : `${s} seconds` })));
  const deadlineInput = h('input', { class: 'input', id: 'hw-deadline', name: 'deadline', type: 'datetime-local', required: true,
    value: localInputValue(now() + 7 * 24 * 3600 * 1000) });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const createBtn = h('button', { type: 'submit', class: 'btn btn-primary' }, icon('plus'), h('span', { text: 'Create assignment' }));
  const row = (id, label, control) => [h('label', { htmlFor: id, text: label }), control];
  const form = h('form', { class: 'card hw-form', novalidate: true, 'aria-labelledby': 'hw-new', onsubmit: create },
    h('h2', { id: 'hw-new', class: 'hw-form-title', text: 'New assignment' }),
    row('hw-quiz', 'Quiz', quizSelect),
    row('hw-title-input', 'Title', titleInput),
    row('hw-count', 'Questions', countInput),
    row('hw-time', 'Time per question', timeSelect),
    row('hw-deadline', 'Deadline', deadlineInput),
    error,
    h('div', { class: 'form-actions' }, createBtn));

  quizzes.then((qs) => {
    quizSelect.replaceChildren(...qs.map((q) => h('option', { value: q.id, text: `${q.title} (${plural(q.questions, 'question')})` })));
    const pick = () => {
      const q = qs.find((x) => x.id === quizSelect.value);
      if (q) {
        countInput.max = String(q.questions);
        countInput.value = String(q.questions);
      }
    };
    quizSelect.onchange = pick;
    pick();
  });

  async function create(e) {
    e.preventDefault();
    setText(error, '');
    const deadline = new Date(deadlineInput.value).getTime();
    if (!Number.isFinite(deadline)) {
      setText(error, 'Choose the date and time the homework is due.');
      focus(deadlineInput);
      return;
    }
    createBtn.disabled = true;
    try {
      const a = await api.create({
        quiz: quizSelect.value,
        title: titleInput.value,
        questions: countInput.value ? Number(countInput.value) : undefined,
        timeLimitSec: Number(timeSelect.value) || undefined,
        deadline,
      });
      titleInput.value = '';
      await refresh();
      open(a);
    } catch (err) {
      setText(error, err.message);
    } finally {
      createBtn.disabled = false;
    }
  }

  // ---- the list -----------------------------------------------------------------------------
  function rowOf(a) {
    const openBtn = h('button', { type: 'button', class: 'btn btn-secondary btn-small', 'aria-label': `Open ${a.title}`,
      onclick: () => open(a) }, icon('chart'), h('span', { text: 'Progress' }));
    return h('li', { class: 'hw-row' },
      h('div', {},
        h('h2', { text: a.title }),
        h('p', { class: 'muted' }, a.closed ? 'Closed ' : 'Due ',
          h('time', { datetime: new Date(a.deadline).toISOString(), text: DATE.format(a.deadline) }),
          ` · ${plural(a.questions, 'question')} of ${a.quizTitle}`),
        h('p', { class: 'past-figures', text: progressLine(a) })),
      h('div', { class: 'hw-actions' }, openBtn));
  }

  async function refresh() {
    try {
      const all = await api.list();
      setText(status, all.length ? '' : 'No homework yet: set the first one above.');
      list.replaceChildren(...all.map(rowOf));
    } catch (e) {
      setText(status, `Could not load your homework: ${e.message}`);
    }
  }

  // ---- one assignment -----------------------------------------------------------------------
  function showList() {
    clearInterval(polling);
    polling = null;
    detail.hidden = true;
    form.hidden = false;
    list.hidden = false;
    setText(title, 'Homework');
    refresh();
    focus(title);
  }

  function open(a) {
    const link = api.linkOf(a);
    const figures = h('ul', { class: 'hw-figures', 'aria-live': 'polite' });
    const table = h('tbody');
    const reportBox = h('div', { class: 'hw-report' });
    const reportBtn = h('button', { type: 'button', class: 'btn btn-secondary', onclick: async () => {
      reportBox.replaceChildren(h('p', { class: 'muted', role: 'status', text: 'Preparing the report…' }));
      try {
        reportBox.replaceChildren(reportView(await api.report(a.id)));
      } catch (e) {
        reportBox.replaceChildren(h('p', { class: 'notice', role: 'alert', text: `Could not load the report: ${e.message}` }));
      }
    } }, icon('chart'), h('span', { text: 'Report' }));
    const xlsxBtn = h('button', { type: 'button', class: 'btn btn-ghost', onclick: () => saveXlsx(api.xlsxUrl(a.id), `homework-${a.id}`)
      .catch((e) => setText(status, `Could not download the report: ${e.message}`)) }, icon('download'), h('span', { text: 'Excel' }));
    const figure = (value, label) => h('li', {}, h('strong', { text: value }), label);
    async function update() {
      try {
        const p = await api.progress(a.id);
        figures.replaceChildren(
          figure(formatNumber(p.students), 'joined'),
          figure(formatNumber(p.started), 'started'),
          figure(formatNumber(p.finished), 'finished'),
          figure(p.averageScore == null ? '–' : formatNumber(Math.round(p.averageScore)), 'average points (finished)'));
        table.replaceChildren(...p.questions.map((q) => h('tr', {},
          h('td', { class: 'num', text: `Q${q.index + 1}` }),
          h('td', { text: q.text }),
          h('td', { class: 'num', text: formatNumber(q.answered) }),
          h('td', { class: 'num', text: q.shareRight == null ? '–' : percent(q.shareRight) }))));
      } catch (e) {
        setText(status, `Could not load the progress: ${e.message}`);
      }
    }
    detail.replaceChildren(
      h('div', { class: 'hw-detail' },
        h('div', { class: 'hw-share' },
          h('img', { class: 'hw-qr', src: api.qrUrl(a.id), alt: `QR code of the homework link ${link}` }),
          h('p', { class: 'hw-link', text: link }),
          h('p', { class: 'muted' }, `${a.closed ? 'Closed' : 'Due'} `, h('time', { datetime: new Date(a.deadline).toISOString(), text: DATE.format(a.deadline) }))),
        h('div', {},
          figures,
          h('table', { class: 'hw-questions' },
            h('caption', { class: 'sr-only', text: 'Each question so far' }),
            h('thead', {}, h('tr', {}, h('th', { text: '#' }), h('th', { text: 'Question' }), h('th', { text: 'Answered' }),
              h('th', { text: 'Right so far' }))),
            table),
          h('div', { class: 'hw-actions' }, reportBtn, xlsxBtn))),
      reportBox);
    form.hidden = true;
    list.hidden = true;
    detail.hidden = false;
    setText(title, a.title);
    update();
    clearInterval(polling);
    polling = setInterval(() => {
      if (!el.isConnected) {
        clearInterval(polling);
        return;
      }
      update();
    }, PROGRESS_EVERY_MS);
    focus(title);
  }

  const el = h('section', { class: 'hw-host', 'aria-labelledby': 'hw-title' },
    h('header', { class: 'hw-host-head' }, back, title), form, status, list, detail);
  refresh();
  queueMicrotask(() => focus(title));
  return { el, destroy: () => clearInterval(polling) };
}
