// The host's results downloads: GET /api/rooms/{code}/results with the host token as a Bearer token, saved
// through a Blob (a plain link cannot carry the Authorization header).
import { fetchOk } from './http.js';

/** The file name a download gets for each format the server writes. */
export const EXTENSIONS = Object.freeze({ json: 'json', csv: 'csv', xlsx: 'xlsx' });

export function resultsUrl(code, format, base = globalThis.location.href) {
  const u = new URL(`api/rooms/${encodeURIComponent(code)}/results`, base);
  if (format && format !== 'json') u.searchParams.set('format', format);
  return u.href;
}

function get(code, hostToken, format) {
  return fetchOk(resultsUrl(code, format), { headers: { Authorization: `Bearer ${hostToken}` }, cache: 'no-store' });
}

/** The results JSON (for the full standings on the final screen). */
export async function fetchResults(code, hostToken) {
  return (await get(code, hostToken, 'json')).json();
}

/** The game report (what the room got right and wrong), from the server's results. */
export async function fetchReport(code, hostToken) {
  return (await get(code, hostToken, 'report')).json();
}

/** Downloads the results as `quiznight-<code>.csv` or `.json`, or the report as `.xlsx`. */
export async function downloadResults(code, hostToken, format) {
  const res = await get(code, hostToken, format);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `quiznight-${code}.${EXTENSIONS[format] ?? 'json'}`;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return a.download;
}
