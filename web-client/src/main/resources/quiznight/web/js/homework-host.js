// "Homework" on the host page: the organiser's assignments (GET api/homework) with their progress, a form to set a
// new one (a quiz of the library, a title, how many questions, the time per question, a deadline), and one
// assignment's link and QR code, live progress (asked again every few seconds while it is open) and its report
// (the same view as at the end of a game) or its Excel download.
import { h, setText, focus } from './dom.js';
import { icon } from './icons.js';
import { formatNumber } from './format.js';
import { t, formatDate } from './i18n.js';
import { errorSentence } from './http.js';
import { reportView, percent } from './report-view.js';
import { saveXlsx } from './past-games.js';
import { homeworkApi } from './homework-api.js';

const TIME_LIMITS = [0, 10, 15, 20, 30, 45, 60, 90, 120];
/** How often an open assignment's progress is asked again. */
export const PROGRESS_EVERY_MS = 4000;

/** "12 students · 9 finished · 2,430 average points". */
export function progressLine(a) {
  const parts = [t('hwhost.students', { count: a.students }), t('hwhost.finished-n', { count: a.finished })];
  if (a.averageScore != null) parts.push(t('hwhost.average-n', { count: Math.round(a.averageScore) }));
  return parts.join(' · ');
}

/** The value of a datetime-local input for `ms` in this browser's time zone. */
export function localInputValue(ms) {
  const d = new Date(ms);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "Due 12 Dec 2030, 18:00" (or "Closed …"), the date in a <time>, in the language. */
function dueWhen(a) {
  const time = h('time', { datetime: new Date(a.deadline).toISOString(), text: formatDate(a.deadline) });
  const mark = { when: '\u0000' };
  const [before, after] = (a.closed ? t('hwhost.closed-at', mark) : t('hwhost.due-at', mark)).split('\u0000');
  return h('span', {}, before, time, after ?? '');
}

/**
 * A refused organiser request in the reader's language (no codes on the HTTP API: 403 and 409 mean one thing
 * each here; a 400 names the field in English).
 */
function hostError(err) {
  return errorSentence(err, {
    403: () => t('hwhost.error.forbidden'),
    409: () => t('hwhost.error.too-many'),
  });
}

export function homeworkScreen({ quizzes, onBack, api = homeworkApi(), now = () => Date.now() }) {
  const title = h('h1', { id: 'hw-title', class: 'screen-title', text: t('setup.homework'), tabIndex: -1 });
  const back = h('button', { type: 'button', class: 'btn btn-ghost', onclick: () => (detail.hidden ? onBack() : showList()) },
    icon('back'), h('span', { text: t('past.back') }));
  const status = h('p', { class: 'muted', role: 'status' });
  const list = h('ol', { class: 'hw-list' });
  const detail = h('div', { class: 'hw-detail-box', hidden: true });
  let polling = null;

  // ---- the form -----------------------------------------------------------------------------
  const quizSelect = h('select', { class: 'input', id: 'hw-quiz', name: 'quiz', required: true });
  const titleInput = h('input', { class: 'input', id: 'hw-title-input', name: 'title', type: 'text', maxlength: 200, placeholder: t('hwhost.title-placeholder') });
  const countInput = h('input', { class: 'input', id: 'hw-count', name: 'questions', type: 'number', min: 1, inputmode: 'numeric' });
  const timeSelect = h('select', { class: 'input', id: 'hw-time', name: 'timeLimitSec' },
    TIME_LIMITS.map((s) => h('option', { value: String(s), text: s === 0 ? t('setup.time-quiz') : t('hwhost.seconds', { count: s }) })));
  const deadlineInput = h('input', { class: 'input', id: 'hw-deadline', name: 'deadline', type: 'datetime-local', required: true,
    value: localInputValue(now() + 7 * 24 * 3600 * 1000) });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const createBtn = h('button', { type: 'submit', class: 'btn btn-primary' }, icon('plus'), h('span', { text: t('hwhost.create') }));
  const row = (id, label, control) => [h('label', { htmlFor: id, text: label }), control];
  const form = h('form', { class: 'card hw-form', novalidate: true, 'aria-labelledby': 'hw-new', onsubmit: create },
    h('h2', { id: 'hw-new', class: 'hw-form-title', text: t('hwhost.new') }),
    row('hw-quiz', t('setup.quiz'), quizSelect),
    row('hw-title-input', t('hwhost.title'), titleInput),
    row('hw-count', t('setup.questions'), countInput),
    row('hw-time', t('setup.time'), timeSelect),
    row('hw-deadline', t('hwhost.deadline'), deadlineInput),
    error,
    h('div', { class: 'form-actions' }, createBtn));

  quizzes.then((qs) => {
    quizSelect.replaceChildren(...qs.map((q) => h('option', { value: q.id, text: t('hwhost.quiz-option', { title: q.title, count: q.questions }) })));
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
      setText(error, t('hwhost.choose-deadline'));
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
      setText(error, hostError(err));
    } finally {
      createBtn.disabled = false;
    }
  }

  // ---- the list -----------------------------------------------------------------------------
  function rowOf(a) {
    const openBtn = h('button', { type: 'button', class: 'btn btn-secondary btn-small', 'aria-label': t('hwhost.open', { title: a.title }),
      onclick: () => open(a) }, icon('chart'), h('span', { text: t('hwhost.progress') }));
    return h('li', { class: 'hw-row' },
      h('div', {},
        h('h2', { text: a.title }),
        h('p', { class: 'muted' }, dueWhen(a),
          ` · ${t('hwhost.questions-of', { count: a.questions, quiz: a.quizTitle })}`),
        h('p', { class: 'past-figures', text: progressLine(a) })),
      h('div', { class: 'hw-actions' }, openBtn));
  }

  async function refresh() {
    try {
      const all = await api.list();
      setText(status, all.length ? '' : t('hwhost.none'));
      list.replaceChildren(...all.map(rowOf));
    } catch (e) {
      setText(status, t('hwhost.load-failed', { reason: hostError(e) }));
    }
  }

  // ---- one assignment -----------------------------------------------------------------------
  function showList() {
    clearInterval(polling);
    polling = null;
    detail.hidden = true;
    form.hidden = false;
    list.hidden = false;
    setText(title, t('setup.homework'));
    refresh();
    focus(title);
  }

  function open(a) {
    const link = api.linkOf(a);
    const figures = h('ul', { class: 'hw-figures', 'aria-live': 'polite' });
    const table = h('tbody');
    const reportBox = h('div', { class: 'hw-report' });
    const reportBtn = h('button', { type: 'button', class: 'btn btn-secondary', onclick: async () => {
      reportBox.replaceChildren(h('p', { class: 'muted', role: 'status', text: t('past.preparing') }));
      try {
        reportBox.replaceChildren(reportView(await api.report(a.id)));
      } catch (e) {
        reportBox.replaceChildren(h('p', { class: 'notice', role: 'alert', text: t('past.report-failed', { reason: hostError(e) }) }));
      }
    } }, icon('chart'), h('span', { text: t('past.report') }));
    const xlsxBtn = h('button', { type: 'button', class: 'btn btn-ghost', onclick: () => saveXlsx(api.xlsxUrl(a.id), `homework-${a.id}`)
      .catch((e) => setText(status, t('past.download-failed', { reason: hostError(e) }))) }, icon('download'), h('span', { text: t('past.excel') }));
    const figure = (value, label) => h('li', {}, h('strong', { text: value }), label);
    async function update() {
      try {
        const p = await api.progress(a.id);
        figures.replaceChildren(
          figure(formatNumber(p.students), t('hwhost.joined')),
          figure(formatNumber(p.started), t('hwhost.started')),
          figure(formatNumber(p.finished), t('hwhost.finished')),
          figure(p.averageScore == null ? '–' : formatNumber(Math.round(p.averageScore)), t('hwhost.average')));
        table.replaceChildren(...p.questions.map((q) => h('tr', {},
          h('td', { class: 'num', text: t('hwhost.q', { n: q.index + 1 }) }),
          h('td', { class: 'hw-q-text', text: q.text }),
          h('td', { class: 'num', text: formatNumber(q.answered) }),
          h('td', { class: 'num', text: q.shareRight == null ? '–' : percent(q.shareRight) }))));
      } catch (e) {
        setText(status, t('hwhost.progress-failed', { reason: hostError(e) }));
      }
    }
    detail.replaceChildren(
      h('div', { class: 'hw-detail' },
        h('div', { class: 'hw-share' },
          h('img', { class: 'hw-qr', src: api.qrUrl(a.id), alt: t('hwhost.qr', { link }) }),
          h('p', { class: 'hw-link', text: link }),
          h('p', { class: 'muted' }, dueWhen(a))),
        h('div', {},
          figures,
          h('table', { class: 'hw-questions' },
            h('caption', { class: 'sr-only', text: t('hwhost.table') }),
            h('thead', {}, h('tr', {}, h('th', { text: '#' }), h('th', { text: t('hwhost.question') }), h('th', { text: t('hwhost.answered') }),
              h('th', { text: t('hwhost.right-so-far') }))),
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
