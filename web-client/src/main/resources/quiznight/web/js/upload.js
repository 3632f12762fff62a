// Quiz uploads from the host screen: which files are taken, the size limit, and the sentences shown for the
// server's answers to POST /api/quizzes, in the reader's language. Pure.
import { intlLocale, t } from './i18n.js';
import { refusalSentence } from './http.js';
import { knownProblem, problemText } from './problems.js';

/** The server's upload limit (1 MiB): larger files are refused here, before sending. */
export const MAX_UPLOAD_BYTES = 1024 * 1024;

/** The file extensions the server reads, in the order the hint lists them. */
export const QUIZ_EXTENSIONS = Object.freeze(['.json', '.gift', '.txt', '.aiken', '.xlsx', '.csv']);

/** For the file input's `accept`. */
export const ACCEPT = QUIZ_EXTENSIONS.join(',');

/** ".gift" for "My Quiz.GIFT"; "" when the name has no extension. */
export function extensionOf(name) {
  const s = String(name ?? '');
  const dot = s.lastIndexOf('.');
  return dot > 0 && dot < s.length - 1 ? s.slice(dot).toLowerCase() : '';
}

/** 512 -> "512 bytes", 2048 -> "2 KB", 1048576 -> "1 MB" (binary units, as the limit is 1 MiB), in the language. */
export function formatBytes(n) {
  const b = Math.max(0, Math.round(Number(n) || 0));
  if (b < 1024) return t('format.bytes', { count: b, size: String(b) });
  if (b < 1024 * 1024) return t('format.kb', { size: trim(b / 1024) });
  return t('format.mb', { size: trim(b / (1024 * 1024)) });
}

function trim(x) {
  return new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: x >= 10 ? 0 : 1 }).format(x);
}

/**
 * What is wrong with a file before it is sent: a sentence, or null when it may go. `file` is anything with
 * `name` and `size` (a File).
 */
export function checkQuizFile(file, maxBytes = MAX_UPLOAD_BYTES) {
  if (!file) return t('upload.choose-file');
  const name = String(file.name ?? '');
  const ext = extensionOf(name);
  if (!QUIZ_EXTENSIONS.includes(ext)) {
    return t('upload.wrong-type', { name: name || t('upload.this-file'), types: listOf(QUIZ_EXTENSIONS) });
  }
  if (!(file.size > 0)) return t('upload.empty', { name });
  if (file.size > maxBytes) {
    return t('upload.too-large', { name, size: formatBytes(file.size), max: formatBytes(maxBytes) });
  }
  return null;
}

/** ".json, .gift or .csv" in the language (Intl.ListFormat). */
export function listOf(items) {
  return new Intl.ListFormat(intlLocale(), { type: 'disjunction' }).format(items);
}

/**
 * The parts of an accepted upload (the server's 201 body) to show: its title, "3 questions · Moodle GIFT",
 * and the warnings (skipped questions, with their lines), in the language from their codes (warningDetails), else
 * as the server wrote them; `label(field)` names a field in the language.
 */
export function uploadSummary(result, label = (f) => f) {
  const r = result ?? {};
  const count = Number.isFinite(r.questions) ? r.questions : 0;
  const sections = Array.isArray(r.sections) ? r.sections.length : 0;
  const meta = [t('upload.n-questions', { count })];
  if (sections > 1) meta.push(t('upload.n-sections', { count: sections }));
  if (r.format) meta.push(String(r.format));
  return {
    title: String(r.title ?? r.id ?? t('upload.untitled')),
    meta: meta.join(' · '),
    warnings: Array.isArray(r.warningDetails) ? r.warningDetails.map((w) => problemText(w, { label })).filter((w) => w.trim())
      : Array.isArray(r.warnings) ? r.warnings.map(String).filter((w) => w.trim()) : [],
  };
}

/** A quiz as /api/quizzes lists it, from an upload's answer (so the picker can show it at once). */
export function uploadedQuiz(result) {
  return {
    id: String(result.id),
    title: String(result.title ?? result.id),
    questions: Number.isFinite(result.questions) ? result.questions : 0,
    sections: Array.isArray(result.sections) ? result.sections : [],
  };
}

/** " Try again in 12 s." / " Try again in a moment." after a 429 or 503 (Retry-After: `retryAfter`). */
export function againText(retryAfter) {
  const wait = Number.parseInt(retryAfter, 10);
  return Number.isFinite(wait) && wait > 0 ? t('http.again-in', { seconds: wait }) : t('http.again-soon');
}

/**
 * The sentence for a refused upload, in the language: the file's problem from its code, with its line ("Line 4:
 * expected '}' ..."); for a 400 without a known code the server's own error, which names the file and the line (in
 * English); otherwise (refusalSentence) the server's sentence in English, the status's meaning in another language.
 * `retryAfter` is the Retry-After header; `label(field)` names a field in the language. `status` 0 means the
 * request never got an answer.
 */
export function uploadErrorText(status, body, retryAfter, label = (f) => f) {
  if (status === 400 && knownProblem(body?.code)) return problemText(body, { label });
  return busyOrRefused(status, body, retryAfter, {
    0: () => t('http.unreachable'),
    400: () => t('upload.unreadable'),
    403: () => t('upload.forbidden'),
    413: () => t('upload.server-too-large', { max: formatBytes(MAX_UPLOAD_BYTES) }),
    429: () => t('upload.too-many'),
  }, () => t('upload.failed-status', { status: String(status) }), 400);
}

/**
 * A refusal's sentence with "try again" after a 429 or 503 when it does not say so: the server's own where the
 * language is English or the status is `keep` (a 400 naming what is wrong in the file), else `byStatus`'s.
 */
export function busyOrRefused(status, body, retryAfter, byStatus, otherwise, keep) {
  const said = body && typeof body.error === 'string' ? body.error.trim() : '';
  const busy = status === 429 || status === 503;
  const text = said && status === keep ? said
    : said || byStatus[status] || busy ? refusalSentence(status, said, byStatus) : otherwise();
  return busy && !/try again/i.test(text) ? text + againText(retryAfter) : text;
}

/** "Uploading quiz.gift… 40%" while sending; "Checking quiz.gift…" once it is all sent. */
export function progressText(name, loaded, total) {
  if (total > 0 && loaded < total) return t('upload.progress', { name, percent: Math.floor((loaded / total) * 100) });
  return t('upload.checking', { name });
}

/**
 * The lines the setup screen shows for uploaded files the server set aside at start (what
 * /api/quizzes/rejected answers: [{file, reason}]): one sentence per file; [] when none or not a list.
 */
export function rejectedLines(list) {
  if (!Array.isArray(list)) return [];
  return list
    .filter((r) => r && typeof r.file === 'string')
    .map((r) => {
      const reason = typeof r.reason === 'string' && r.reason.trim() ? r.reason.trim() : t('upload.rejected-unknown');
      return t('upload.rejected', { file: r.file, reason });
    });
}
