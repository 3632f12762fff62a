// How a choice looks: colour, shape and letter (never colour alone). Pure data (the shape's name in the language in use).
import { t } from './i18n.js';

export const CHOICE_STYLES = Object.freeze([
  { letter: 'A', shape: 'triangle', get shapeName() { return t('shape.triangle'); }, cls: 'c0' },
  { letter: 'B', shape: 'diamond', get shapeName() { return t('shape.diamond'); }, cls: 'c1' },
  { letter: 'C', shape: 'circle', get shapeName() { return t('shape.circle'); }, cls: 'c2' },
  { letter: 'D', shape: 'square', get shapeName() { return t('shape.square'); }, cls: 'c3' },
  { letter: 'E', shape: 'star', get shapeName() { return t('shape.star'); }, cls: 'c4' },
  { letter: 'F', shape: 'hexagon', get shapeName() { return t('shape.hexagon'); }, cls: 'c5' },
]);

/** The style of choice `i` (wrapping around past the sixth, which quizzes do not allow anyway). */
export function choiceStyle(i) {
  return CHOICE_STYLES[((i % CHOICE_STYLES.length) + CHOICE_STYLES.length) % CHOICE_STYLES.length];
}

/** "A", "B", ... for choice i. */
export function choiceLetter(i) {
  return choiceStyle(i).letter;
}

/** The choice index a key press picks: "a"/"A"/"1" -> 0, ...; -1 when none. */
export function choiceForKey(key, count) {
  if (typeof key !== 'string' || key.length !== 1) return -1;
  let i = -1;
  if (key >= '1' && key <= '9') i = key.charCodeAt(0) - 49;
  else if (/[a-z]/i.test(key)) i = key.toUpperCase().charCodeAt(0) - 65;
  return i >= 0 && i < count ? i : -1;
}

/** Grid layout class for a number of choice tiles. */
export function gridClass(count) {
  if (count <= 2) return 'grid-2';
  if (count === 3) return 'grid-3';
  if (count === 4) return 'grid-4';
  return 'grid-6';
}
