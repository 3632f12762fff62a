// Small text formatters, in the language in use (i18n.js). Pure.
import { intlLocale, t } from './i18n.js';

/** A rank: in English 1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd" (the language's ordinal rules). */
export function ordinal(n) {
  return t('format.ordinal', { count: Math.trunc(n), ordinal: true });
}

/** A whole number grouped as the language does: 12345 -> "12,345" in English (Latin digits everywhere). */
export function formatNumber(n) {
  if (!Number.isFinite(n)) return '0';
  return new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: 0 }).format(Math.round(n));
}

/** "123456" -> "123 456": easier to read out and to type. */
export function formatPin(code) {
  const s = String(code ?? '');
  return s.length === 6 ? `${s.slice(0, 3)} ${s.slice(3)}` : s;
}

/** Whole seconds left, rounded up, for a countdown showing "0" only when time is up. */
export function secondsLeft(ms) {
  return Math.max(0, Math.ceil(ms / 1000));
}

/** Movement in the standings: rank was previousRank, is rank. */
export function movement(previousRank, rank) {
  if (previousRank == null || !Number.isFinite(previousRank)) return { dir: 'new', places: 0 };
  const d = previousRank - rank;
  if (d > 0) return { dir: 'up', places: d };
  if (d < 0) return { dir: 'down', places: -d };
  return { dir: 'same', places: 0 };
}

/** Digits only, at most 6: what a person typed (or pasted) into the PIN field. */
export function cleanPin(input) {
  return String(input ?? '').replace(/\D+/g, '').slice(0, 6);
}

/** Length in Unicode code points, as the server counts nickname length. */
export function codePointLength(s) {
  return [...String(s ?? '')].length;
}

/** A number typed on a phone: "3,5" is read as 3.5; anything else not a finite number is null. */
export function parseNumberInput(input) {
  const s = String(input ?? '').trim().replace(/\s+/g, '').replace(/,/g, '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/** The host of a URL, for showing "join at example.org/play". */
export function shortUrl(url) {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return String(url ?? '');
  }
}
