// Homework over HTTP (docs/protocol.md, "Homework"): the student's calls with their token, the organiser's calls
// with their session, and the student's token kept in this browser per assignment so a reload resumes.
import { fetchOk } from './http.js';

const PREFIX = 'quiznight.homework.';

/** The assignment id in a link's fragment (`homework.html#<id>`), or null. */
export function homeworkId(hash) {
  const id = String(hash ?? '').replace(/^#/, '');
  return /^[A-Za-z0-9_-]{12}$/.test(id) ? id : null;
}

export function homeworkApi({ base = globalThis.location.href, fetchImpl = globalThis.fetch } = {}) {
  const url = (path) => new URL(`api/homework${path}`, base).href;
  const json = async (path, init = {}) => (await fetchOk(url(path), { cache: 'no-store', ...init }, fetchImpl)).json();
  const post = (path, body, token) => json(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const bearer = (token) => ({ headers: { Authorization: `Bearer ${token}` } });
  return {
    info: (id) => json(`/${id}`),
    join: (id, name) => post(`/${id}/students`, { name }),
    question: (id, token) => json(`/${id}/question`, bearer(token)),
    answer: (id, token, index, fields) => post(`/${id}/answer`, { index, ...fields }, token),
    recap: (id, token) => json(`/${id}/recap`, bearer(token)),
    // the organiser's
    list: () => json(''),
    create: (assignment) => post('', assignment),
    progress: (id) => json(`/${id}/progress`),
    report: (id) => json(`/${id}/results?format=report`),
    xlsxUrl: (id) => url(`/${id}/results?format=xlsx`),
    qrUrl: (id) => url(`/${id}/qr`),
    linkOf: (a) => new URL(a.link.replace(/^\//, ''), base).href,
  };
}

/** The student's {token, name} per assignment, in localStorage (guarded: storage may be off). */
export function homeworkTokens(store = safeStore()) {
  return {
    load(id) {
      try {
        const v = JSON.parse(store?.getItem(PREFIX + id) ?? 'null');
        return v && typeof v.token === 'string' ? v : null;
      } catch {
        return null;
      }
    },
    save(id, student) {
      try {
        store?.setItem(PREFIX + id, JSON.stringify({ token: student.token, name: student.name }));
      } catch {
        // storage full or off: this visit works, a reload starts again
      }
    },
    forget(id) {
      try {
        store?.removeItem(PREFIX + id);
      } catch {
        // nothing kept
      }
    },
  };
}

function safeStore() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
