// Solo practice's requests (docs/protocol.md, "Solo practice"): start a run, read where it stands, answer its
// question. Each answer carries the server's `sentAt`, which the caller's clock observes.
import { fetchOk } from './http.js';

const JSON_HEADERS = { 'Content-Type': 'application/json' };

export function practiceApi(base = '', fetchImpl = globalThis.fetch) {
  async function call(path, init) {
    const res = await fetchOk(`${base}${path}`, init, fetchImpl);
    return res.json();
  }
  return {
    /** The quizzes this browser may practise now (none in a live game or open homework): [{id, title, questions, sections}]. */
    quizzes: () => call('api/practice'),
    /** A new run: {quiz, sections?, questions?, timed} → {session, total, question, …}. */
    start: (request) => call('api/practice', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(request) }),
    /** Where a run stands (after a reload); refused with status 404 once it is forgotten. */
    state: (session) => call(`api/practice/${encodeURIComponent(session)}`),
    /** Answers question `index` with the kind's field(s) → the verdict, the reveal and the next question. */
    answer: (session, index, field) => call(`api/practice/${encodeURIComponent(session)}/answer`,
      { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ index, ...field }) }),
  };
}
