// Host setup: upload a quiz file (drop it on the zone or choose it), POST api/quizzes with the raw bytes, and
// show what the server made of it: the quiz (title, questions, format, warnings), or its error with the line.
import { h, setText, clear } from './dom.js';
import { icon } from './icons.js';
import {
  ACCEPT, MAX_UPLOAD_BYTES, QUIZ_EXTENSIONS, checkQuizFile, formatBytes, progressText, uploadErrorText, uploadSummary,
} from './upload.js';
import { t } from './i18n.js';
import { fieldLabel } from './studio/labels.js';

/** A field a file's problem names, as the editor labels it. */
const label = (f) => fieldLabel('question', f);

/** Sends one file; resolves {status, body, retryAfter} (status 0: no answer), reporting upload progress. */
function send(file, onProgress) {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', new URL('api/quizzes', location.href).href);
    xhr.setRequestHeader('X-Filename', encodeURIComponent(file.name));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.responseType = 'text';
    xhr.upload.addEventListener('progress', (e) => onProgress(e.loaded, e.lengthComputable ? e.total : 0));
    xhr.upload.addEventListener('load', () => onProgress(1, 1));
    xhr.addEventListener('load', () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON (a proxy's page): the status says enough
      }
      resolve({ status: xhr.status, body, retryAfter: xhr.getResponseHeader('Retry-After') });
    });
    xhr.addEventListener('error', () => resolve({ status: 0, body: null, retryAfter: null }));
    xhr.addEventListener('timeout', () => resolve({ status: 0, body: null, retryAfter: null }));
    xhr.timeout = 60000;
    xhr.send(file);
  });
}

/**
 * @param {object} o
 * @param {(result: object) => void} o.onUploaded the server's 201 body: the quiz is playable now
 */
export function uploadZone({ onUploaded }) {
  const input = h('input', {
    type: 'file', id: 'quiz-file', class: 'sr-only', accept: ACCEPT, tabIndex: -1, 'aria-hidden': 'true',
  });
  const chooseBtn = h('button', { type: 'button', class: 'btn btn-upload', 'aria-describedby': 'upload-hint' },
    icon('upload'), h('span', { text: t('upload.choose') }));
  const status = h('p', { class: 'upload-status', id: 'upload-status', role: 'status', 'aria-live': 'polite' });
  const bar = h('progress', { class: 'upload-progress', max: 100, hidden: true, 'aria-hidden': 'true' });
  const result = h('div', { class: 'upload-result', hidden: true, tabIndex: -1 });

  const zone = h('div', { class: 'upload-zone' },
    icon('upload', 'icon upload-icon'),
    h('p', { class: 'upload-title' }, t('upload.drop'), chooseBtn),
    h('p', { class: 'upload-hint', id: 'upload-hint', text:
      t('upload.hint', { extensions: QUIZ_EXTENSIONS.join(' '), size: formatBytes(MAX_UPLOAD_BYTES) }) }),
    input, bar, status);

  const el = h('div', { class: 'upload' }, zone, result);
  let busy = false;

  /** The result box is below the quiz list: bring it into view (a projector shows no scrollbar hint). */
  function reveal() {
    try {
      result.scrollIntoView({ block: 'nearest' });
    } catch {
      // old browsers: no options
    }
  }

  function showError(name, sentence) {
    result.hidden = false;
    result.className = 'upload-result is-error';
    clear(result);
    result.append(
      h('p', { class: 'upload-result-head' }, icon('cross'), h('span', { text: name ? t('upload.failed-name', { name }) : t('upload.failed') })),
      h('p', { class: 'upload-error', role: 'alert', text: sentence }),
      h('p', { class: 'upload-again', text: t('upload.again') }));
    reveal();
  }

  function showQuiz(body) {
    const s = uploadSummary(body, label);
    result.hidden = false;
    result.className = 'upload-result is-ok';
    clear(result);
    result.append(
      h('p', { class: 'upload-result-head' }, icon('check'), h('span', { text: t('upload.ready') })),
      h('p', { class: 'upload-quiz-title', text: s.title }),
      h('p', { class: 'upload-quiz-meta', text: s.meta }),
      s.warnings.length
        ? h('div', { class: 'upload-warnings' },
          h('p', { class: 'upload-warnings-head', text: t('upload.warnings', { count: s.warnings.length }) }),
          h('ul', {}, s.warnings.map((w) => h('li', { text: w }))))
        : null);
    reveal();
  }

  async function upload(file) {
    if (busy) return;
    const problem = checkQuizFile(file);
    if (problem) {
      setText(status, '');
      showError(file?.name, problem);
      return;
    }
    busy = true;
    chooseBtn.disabled = true;
    zone.classList.add('is-busy');
    result.hidden = true;
    bar.hidden = false;
    status.classList.remove('sr-only');
    bar.removeAttribute('value'); // indeterminate until the first progress event
    setText(status, t('upload.uploading', { name: file.name }));
    const answer = await send(file, (loaded, total) => {
      if (total > 0) bar.value = Math.floor((loaded / total) * 100);
      if (loaded >= total) bar.removeAttribute('value'); // checking: indeterminate again
      setText(status, progressText(file.name, loaded, total));
    });
    busy = false;
    chooseBtn.disabled = false;
    zone.classList.remove('is-busy');
    bar.hidden = true;
    status.classList.add('sr-only'); // the result box below shows it
    if (answer.status === 201 && answer.body?.id) {
      const s = uploadSummary(answer.body, label);
      setText(status, t('upload.is-ready', { title: s.title, meta: s.meta }));
      showQuiz(answer.body);
      onUploaded(answer.body);
    } else {
      setText(status, '');
      showError(file.name, uploadErrorText(answer.status, answer.body, answer.retryAfter, label));
    }
  }

  chooseBtn.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = ''; // the same file may be chosen again after fixing it
    if (file) upload(file);
  });
  zone.addEventListener('dragover', (e) => {
    if (![...(e.dataTransfer?.types ?? [])].includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = busy ? 'none' : 'copy';
    zone.classList.add('is-drag');
  });
  zone.addEventListener('dragleave', (e) => {
    if (!zone.contains(e.relatedTarget)) zone.classList.remove('is-drag');
  });
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    e.stopPropagation();
    zone.classList.remove('is-drag');
    const files = e.dataTransfer?.files;
    if (files?.length) upload(files[0]);
  });

  return {
    el,
    /** A file dropped elsewhere on the setup screen. */
    take(file) {
      if (file) upload(file);
    },
  };
}
