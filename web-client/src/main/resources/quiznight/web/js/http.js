// A fetch whose refusal is an Error carrying the server's own sentence ({"error": "…"}) and the status, and the
// sentence a person reads for a refusal in their language.
import { language, t } from './i18n.js';

/**
 * The response when it is 2xx; else throws an Error with the server's sentence (or the status), `status` and
 * `said` (the server's sentence, "" when it gave none).
 */
export async function fetchOk(url, init, fetchImpl = globalThis.fetch) {
  const res = await fetchImpl(url, init);
  if (!res.ok) {
    let detail = '';
    try {
      detail = (await res.json()).error ?? '';
    } catch {
      // not JSON
    }
    const e = new Error(detail || t('http.answered', { status: String(res.status) }));
    e.status = res.status;
    e.said = detail;
    throw e;
  }
  return res;
}

/**
 * The sentence for a refused request. The HTTP API answers a status and an English sentence, no code: in English
 * the server's sentence is shown when there is one (it says exactly what is wrong); in another language the
 * client's translation of what `status` means on this page (`byStatus[status]()`, else the common ones: no
 * answer, too many requests, busy), else the server's English sentence, else "the server answered N".
 */
export function refusalSentence(status, said, byStatus = {}) {
  const own = typeof said === 'string' ? said.trim() : '';
  if (own && language() === 'en') return own;
  const known = byStatus[status] ?? COMMON[status];
  if (known) return known();
  return own || (status === 0 ? t('http.unreachable') : t('http.answered', { status: String(status) }));
}

const COMMON = Object.freeze({
  0: () => t('http.unreachable'),
  429: () => t('http.too-many'),
  503: () => t('http.busy'),
});

/** The sentence for an Error thrown by fetchOk (or a network failure: status 0). */
export function errorSentence(err, byStatus = {}) {
  const status = Number.isInteger(err?.status) ? err.status : 0;
  return refusalSentence(status, err?.said ?? (status ? err?.message : ''), byStatus);
}
