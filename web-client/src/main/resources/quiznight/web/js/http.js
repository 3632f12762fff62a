// A fetch whose refusal is an Error carrying the server's own sentence ({"error": "…"}) and the status.

/** The response when it is 2xx; else throws an Error with the server's sentence (or the status) and `status`. */
export async function fetchOk(url, init, fetchImpl = globalThis.fetch) {
  const res = await fetchImpl(url, init);
  if (!res.ok) {
    let detail = '';
    try {
      detail = (await res.json()).error ?? '';
    } catch {
      // not JSON
    }
    const e = new Error(detail || `The server answered ${res.status}.`);
    e.status = res.status;
    throw e;
  }
  return res;
}
