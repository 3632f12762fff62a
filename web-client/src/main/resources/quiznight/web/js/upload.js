// Quiz uploads from the host screen: which files are taken, the size limit, and the sentences shown for the
// server's answers to POST /api/quizzes. Pure.
import { plural } from './format.js';

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

/** 512 -> "512 bytes", 2048 -> "2 KB", 1048576 -> "1 MB" (binary units, as the limit is 1 MiB). */
export function formatBytes(n) {
  const b = Math.max(0, Math.round(Number(n) || 0));
  if (b < 1024) return b === 1 ? '1 byte' : `${b} bytes`;
  if (b < 1024 * 1024) return `${trim(b / 1024)} KB`;
  return `${trim(b / (1024 * 1024))} MB`;
}

function trim(x) {
  return x >= 10 ? String(Math.round(x)) : String(Math.round(x * 10) / 10);
}

/**
 * What is wrong with a file before it is sent: a sentence, or null when it may go. `file` is anything with
 * `name` and `size` (a File).
 */
export function checkQuizFile(file, maxBytes = MAX_UPLOAD_BYTES) {
  if (!file) return 'Choose a quiz file to upload.';
  const name = String(file.name ?? '');
  const ext = extensionOf(name);
  if (!QUIZ_EXTENSIONS.includes(ext)) {
    return `${name || 'This file'}: QuizNight reads ${listOf(QUIZ_EXTENSIONS)} files.`;
  }
  if (!(file.size > 0)) return `${name}: the file is empty.`;
  if (file.size > maxBytes) {
    return `${name} is too large (${formatBytes(file.size)}): quiz files may be at most ${formatBytes(maxBytes)}.`;
  }
  return null;
}

function listOf(items) {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/**
 * The parts of an accepted upload (the server's 201 body) to show: its title, "3 questions · Moodle GIFT",
 * and the warnings (skipped questions, with their lines).
 */
export function uploadSummary(result) {
  const r = result ?? {};
  const count = Number.isFinite(r.questions) ? r.questions : 0;
  const sections = Array.isArray(r.sections) ? r.sections.length : 0;
  const meta = [plural(count, 'question')];
  if (sections > 1) meta.push(`${sections} sections`);
  if (r.format) meta.push(String(r.format));
  return {
    title: String(r.title ?? r.id ?? 'Untitled quiz'),
    meta: meta.join(' · '),
    warnings: Array.isArray(r.warnings) ? r.warnings.map(String).filter((w) => w.trim()) : [],
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

/**
 * The sentence for a refused upload: the server's own error (for a 400 it names the file and the line, e.g.
 * "quiz.gift: line 4: expected '}' ..."), else one made from the status. `retryAfter` is the Retry-After header.
 * `status` 0 means the request never got an answer.
 */
export function uploadErrorText(status, body, retryAfter) {
  const said = body && typeof body.error === 'string' ? body.error.trim() : '';
  const wait = Number.parseInt(retryAfter, 10);
  const again = Number.isFinite(wait) && wait > 0 ? ` Try again in ${wait} s.` : ' Try again in a moment.';
  if (said) {
    return (status === 429 || status === 503) && !/try again/i.test(said) ? said + again : said;
  }
  switch (status) {
    case 0: return 'Could not reach the server: check the connection and try again.';
    case 400: return 'The server could not read this file as a quiz.';
    case 403: return 'This server does not take uploads from this page.';
    case 413: return `The file is too large: quiz files may be at most ${formatBytes(MAX_UPLOAD_BYTES)}.`;
    case 429: return `Too many uploads in a short time.${again}`;
    case 503: return `The server is busy.${again}`;
    default: return `The upload failed (the server answered ${status}).`;
  }
}

/** "Uploading quiz.gift… 40%" while sending; "Checking quiz.gift…" once it is all sent. */
export function progressText(name, loaded, total) {
  if (total > 0 && loaded < total) return `Uploading ${name}… ${Math.floor((loaded / total) * 100)}%`;
  return `Checking ${name}…`;
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
      const reason = typeof r.reason === 'string' && r.reason.trim() ? r.reason.trim() : 'it cannot be loaded';
      return `The uploaded quiz ${r.file} could not be loaded at start and was moved to the uploads folder's rejected/: ${reason}`;
    });
}
