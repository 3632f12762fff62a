// A question's pictures on the screens: the question's own (projector or phone size) and its choices'. Only the
// server's own /media/ paths are shown; a picture that does not load is replaced by its alt text, never a
// broken-image icon.
import { h } from './dom.js';
import { mediaUrl } from './media-upload.js';
import { t } from './i18n.js';

/** A picture path as the server sends it: its own media store, projector (-p.) or phone (-m.) size. */
export const PICTURE_PATH = /^\/media\/[0-9a-f]{64}-[pm]\.(png|jpg)$/;

/** The path of a picture in the size a screen shows: 'phone' (-m.) or 'projector' (-p.), from either size's path. */
export function sizedPath(path, size) {
  if (typeof path !== 'string' || !PICTURE_PATH.test(path)) return null;
  return path.replace(/-[pm]\.(png|jpg)$/, size === 'phone' ? '-m.$1' : '-p.$1');
}

/** The URL of a picture from the wire ({projector, phone}) in one size, resolved against the page; null when none. */
export function pictureUrl(picture, size, page) {
  const path = sizedPath(picture?.[size] ?? picture?.projector, size);
  return path ? mediaUrl(path, page) : null;
}

/** The alt text of a question's picture: the quiz's, else a plain description that is never empty. */
export function questionAlt(q) {
  const alt = typeof q.image?.alt === 'string' ? q.image.alt.trim() : '';
  return alt || t('question.picture', { n: q.index + 1 });
}

/**
 * An <img> of the picture in one size with its alt text, or null when there is no picture. If it fails to load,
 * it is replaced by the alt text in a box of the same class.
 */
export function pictureImg(picture, size, alt, cls) {
  const src = pictureUrl(picture, size, document.baseURI);
  if (!src) return null;
  const img = h('img', { class: ['picture', cls], alt, decoding: 'async' });
  img.addEventListener('error', () => {
    img.replaceWith(h('span', { class: ['picture', 'picture-missing', cls], role: 'img', 'aria-label': alt, text: alt }));
  }, { once: true });
  img.src = src;
  return img;
}

/** The question's picture, framed, in the screen's size ('projector' or 'phone'); null when it has none. */
export function questionPicture(q, size, cls) {
  const img = pictureImg(q.image, size, questionAlt(q), 'q-picture-img');
  return img ? h('figure', { class: ['q-picture', cls] }, img) : null;
}

/** The picture of choice {@code i}, alt text the choice's own (or its letter when the text is hidden); null when none. */
export function choicePicture(q, i, size, label) {
  return pictureImg(q.choiceImages?.[i], size, label, 'choice-picture');
}
