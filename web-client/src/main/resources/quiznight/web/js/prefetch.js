// Fetching the next question's pictures ahead: the lobby (before the first question) and the standings (before
// each next one) announce them in `nextMedia`, so the pictures are in the browser's cache when the question
// opens, instead of every phone asking at the same moment. Phones fetch the phone size (-m.), the projector the
// projector size (-p.), each path once per page.
import { mediaUrl } from './media-upload.js';
import { sizedPath } from './picture.js';

/**
 * The paths of `nextMedia` to fetch now in one size: the server's own picture paths, in order, each once, and
 * none already in `seen` (which this adds them to).
 * @param {unknown} nextMedia the message's field
 * @param {'phone'|'projector'} size
 * @param {Set<string>} seen paths fetched before
 */
export function toPrefetch(nextMedia, size, seen) {
  if (!Array.isArray(nextMedia)) return [];
  const out = [];
  for (const p of nextMedia) {
    const path = sizedPath(p, size);
    if (path && !seen.has(path)) {
      seen.add(path);
      out.push(path);
    }
  }
  return out;
}

const fetched = new Set();
const loading = new Set();

/** Starts loading a picture into the browser's cache (kept referenced until it loaded or failed). */
function preload(url) {
  const img = new Image();
  img.decoding = 'async';
  loading.add(img);
  const done = () => loading.delete(img);
  img.addEventListener('load', done, { once: true });
  img.addEventListener('error', done, { once: true });
  img.src = url;
}

/** Prefetches a message's `nextMedia` in the screen's size; returns the URLs it started loading. */
export function prefetchNext(message, size, { page = document.baseURI, load = preload } = {}) {
  const urls = toPrefetch(message?.nextMedia, size, fetched).map((path) => mediaUrl(path, page));
  urls.forEach(load);
  return urls;
}
