// The quiz library's HTTP API (docs/library.md) and the kinds description (GET api/kinds), as {status, body}
// answers; a network failure is status 0. Paths are relative to the page, so a base path works.
import { t } from '../i18n.js';
import { refusalSentence } from '../http.js';
import { knownProblem } from '../problems.js';
import { problemSentence } from './validation.js';

export function libraryApi({ fetchImpl = (...a) => globalThis.fetch(...a), page = globalThis.location?.href } = {}) {
  const url = (path) => new URL(path, page);

  async function call(path, { method = 'GET', body, headers = {}, keepalive = false, raw = false } = {}) {
    try {
      const init = { method, cache: 'no-store', credentials: 'same-origin', headers: { ...headers }, keepalive };
      if (body !== undefined) {
        init.body = raw ? body : JSON.stringify(body);
        if (!raw) init.headers['Content-Type'] = 'application/json';
      }
      const r = await fetchImpl(url(path), init);
      let data = {};
      try {
        data = await r.json();
      } catch {
        data = {};
      }
      return { status: r.status, body: data };
    } catch {
      return { status: 0, body: {} };
    }
  }

  const enc = encodeURIComponent;
  return {
    kinds: () => call('api/kinds'),
    list: (q = '') => call(q ? `api/library?q=${enc(q)}` : 'api/library'),
    get: (id) => call(`api/library/${enc(id)}`),
    create: (body = {}) => call('api/library', { method: 'POST', body }),
    save: (id, draft, version, { keepalive = false } = {}) => call(`api/library/${enc(id)}`, {
      method: 'PUT', body: { draft }, headers: { 'If-Match': `"${version}"` }, keepalive,
    }),
    validate: (draft) => call('api/library/validate', { method: 'POST', body: { draft } }),
    remove: (id) => call(`api/library/${enc(id)}`, { method: 'DELETE' }),
    restore: (id) => call(`api/library/${enc(id)}/restore`, { method: 'POST' }),
    versions: (id) => call(`api/library/${enc(id)}/versions`),
    restoreVersion: (id, n, version) => call(`api/library/${enc(id)}/versions/${n}/restore`, {
      method: 'POST', body: {}, headers: { 'If-Match': `"${version}"` },
    }),
    importFile: (file) => call(`api/library/import?name=${enc(file.name)}`, {
      method: 'POST', body: file, raw: true, headers: { 'Content-Type': 'application/octet-stream' },
    }),
    /** A download link: format "json" or "gift". */
    exportUrl: (id, format) => url(`api/library/${enc(id)}/export?format=${enc(format)}`).href,
  };
}

/**
 * The sentence of a refusal: an imported file's problem from its code (with its line), in the language; else in
 * English the server's own sentence, in another language one per status (404 and 410 mean the quiz is gone, 409
 * another tab saved first, 413 too large). `what` names the action ("Opening the quiz").
 */
export function refusalText(r, what = t('studio.what.that')) {
  if (knownProblem(r.body?.code)) return problemSentence(r.body, 'question');
  const said = typeof r.body?.error === 'string' ? r.body.error : '';
  if (!said && r.status !== 0 && !LIBRARY[r.status]) return t('studio.failed', { what, status: String(r.status) });
  return refusalSentence(r.status, said, { ...LIBRARY, 0: () => t('studio.unreachable') });
}

const LIBRARY = Object.freeze({
  404: () => t('studio.error.gone'),
  409: () => t('studio.error.conflict'),
  410: () => t('studio.error.gone'),
  413: () => t('studio.error.too-large'),
});
