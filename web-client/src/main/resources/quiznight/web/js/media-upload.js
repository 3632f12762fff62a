// Pictures for the quiz editor: which files are taken, the size limit, the request to POST api/media and the
// sentences shown for the server's answers. The editor's button, drag-and-drop and paste call uploadImage.
// No DOM: fetch is passed in (tests give a fake one). Sentences in the reader's language.
import { formatBytes, busyOrRefused } from './upload.js';
import { t } from './i18n.js';

/** The server's default limit for one picture (10 MiB): larger files are refused here, before sending. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** The picture types the server takes (it checks the bytes itself; this only spares a useless upload). */
export const IMAGE_TYPES = Object.freeze(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
export const IMAGE_EXTENSIONS = Object.freeze(['.png', '.jpg', '.jpeg', '.gif', '.webp']);

/** For the file input's `accept`. */
export const ACCEPT = [...IMAGE_TYPES, ...IMAGE_EXTENSIONS].join(',');

function extensionOf(name) {
  const s = String(name ?? '');
  const dot = s.lastIndexOf('.');
  return dot > 0 && dot < s.length - 1 ? s.slice(dot).toLowerCase() : '';
}

/**
 * What is wrong with a file before it is sent: a sentence, or null when it may go. `file` is anything with
 * `name`, `size` and maybe `type` (a File, or a Blob pasted from the clipboard, which has no name).
 */
export function checkImageFile(file, maxBytes = MAX_IMAGE_BYTES) {
  if (!file) return t('media.choose');
  const name = String(file.name ?? '') || t('media.pasted');
  const type = String(file.type ?? '').toLowerCase();
  const ext = extensionOf(file.name);
  if (type === 'image/svg+xml' || ext === '.svg') {
    return t('media.svg', { name });
  }
  if (type === 'image/heic' || type === 'image/heif' || ext === '.heic' || ext === '.heif') {
    return t('media.heic', { name });
  }
  const known = IMAGE_TYPES.includes(type) || (type === '' && IMAGE_EXTENSIONS.includes(ext));
  if (!known) return t('media.wrong-type', { name });
  if (!(file.size > 0)) return t('upload.empty', { name });
  if (file.size > maxBytes) {
    return t('media.too-large', { name, size: formatBytes(file.size), max: formatBytes(maxBytes) });
  }
  return null;
}

/**
 * The server's answer to an accepted picture ({id, projector, phone, width, height}), checked: the URLs must be
 * the server's own /media/ paths. null when it is not such an answer.
 */
export function parseMedia(body) {
  const b = body ?? {};
  const path = /^\/media\/[0-9a-f]{64}-[pm]\.(png|jpg)$/;
  if (typeof b.id !== 'string' || !/^[0-9a-f]{64}$/.test(b.id)) return null;
  if (typeof b.projector !== 'string' || !path.test(b.projector)) return null;
  if (typeof b.phone !== 'string' || !path.test(b.phone)) return null;
  const width = Number.isInteger(b.width) && b.width > 0 ? b.width : null;
  const height = Number.isInteger(b.height) && b.height > 0 ? b.height : null;
  return { id: b.id, projector: b.projector, phone: b.phone, width, height };
}

/**
 * A picture's URL for an <img>: the server answers paths below its base path ("/media/…"), which stay valid in
 * a saved quiz; the page resolves them against its own address, so a server behind a path prefix works.
 */
export function mediaUrl(path, page) {
  return new URL(String(path).replace(/^\/+/, ''), page).href;
}

/**
 * The sentence for a refused picture: in English the server's own (it says what the file is, or which limit it
 * passed), in another language the status's meaning, else one made from the status. `retryAfter` is the
 * Retry-After header; `status` 0: no answer at all.
 */
export function mediaErrorText(status, body, retryAfter) {
  return busyOrRefused(status, body, retryAfter, {
    0: () => t('http.unreachable'),
    400: () => t('media.unreadable'),
    403: () => t('media.forbidden'),
    413: () => t('media.server-too-large', { max: formatBytes(MAX_IMAGE_BYTES) }),
    415: () => t('media.types'),
    429: () => t('media.too-many'),
    507: () => t('media.full'),
  }, () => t('upload.failed-status', { status: String(status) }));
}

/**
 * Sends one picture: POST api/media (relative to `page`, the page's address) with the raw bytes. Resolves to
 * `{ ok: true, media, stored }` (stored: false when the server had it already) or `{ ok: false, error }`; never
 * rejects. Checks the file first and sends nothing when it would be refused.
 */
export async function uploadImage(file, { page, fetchImpl = globalThis.fetch, maxBytes = MAX_IMAGE_BYTES } = {}) {
  const wrong = checkImageFile(file, maxBytes);
  if (wrong) return { ok: false, error: wrong };
  let res;
  try {
    res = await fetchImpl(new URL('api/media', page).href, {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': 'application/octet-stream' },
      cache: 'no-store',
    });
  } catch {
    return { ok: false, error: mediaErrorText(0, null) };
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (res.status === 200 || res.status === 201) {
    const media = parseMedia(body);
    if (media) return { ok: true, media, stored: res.status === 201 };
    return { ok: false, error: t('media.not-picture') };
  }
  const retry = res.headers && typeof res.headers.get === 'function' ? res.headers.get('Retry-After') : null;
  return { ok: false, error: mediaErrorText(res.status, body, retry) };
}
