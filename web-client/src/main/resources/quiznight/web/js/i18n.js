// The interface's words in the reader's language. Catalogues are i18n/<language>.json: flat keys, `{name}`
// placeholders, and plural families as `key.one`, `key.other`, ... (the categories Intl.PluralRules gives the
// language; `key.ordinal` families use its ordinal rules). English is bundled and is every key's fallback; the
// chosen language is fetched once before a page starts (loadLanguage). Numbers keep Latin digits in every
// language (a PIN on the projector must match what a phone types), through Intl.NumberFormat.
import en from '../i18n/en.json' with { type: 'json' };

/** The shipped languages, in the switcher's order. Adding one: its i18n/<code>.json and its code here. */
export const LANGUAGES = Object.freeze(['en', 'de', 'fr', 'es', 'pt-BR', 'it', 'pl', 'uk', 'ja', 'ar']);
const RTL = new Set(['ar', 'fa', 'he', 'ur']);
const STORE_KEY = 'quiznight.language';

let current = { lang: 'en', messages: en };
const rules = new Map();

/** The Intl locale of a language: its own conventions, Latin digits. */
export function intlLocale(lang = current.lang) {
  try {
    return new Intl.Locale(lang, { numberingSystem: 'latn' }).toString();
  } catch {
    return 'en';
  }
}

function pluralRules(lang, type) {
  const k = `${lang}/${type}`;
  if (!rules.has(k)) rules.set(k, new Intl.PluralRules(intlLocale(lang), { type }));
  return rules.get(k);
}

/** The best of `shipped` for a browser's preference list (navigator.languages), else English. */
export function pickLanguage(preferred, shipped = LANGUAGES) {
  const list = (Array.isArray(preferred) ? preferred : [preferred]).filter((p) => typeof p === 'string' && p);
  const lower = shipped.map((s) => s.toLowerCase());
  for (const p of list) {
    const exact = lower.indexOf(p.toLowerCase());
    if (exact >= 0) return shipped[exact];
    const base = p.toLowerCase().split(/[-_]/)[0];
    const same = lower.findIndex((s) => s === base || s.split('-')[0] === base);
    if (same >= 0) return shipped[same];
  }
  return 'en';
}

/** The language in use. */
export function language() {
  return current.lang;
}

/** 'rtl' or 'ltr' for a language. */
export function direction(lang = current.lang) {
  return RTL.has(lang.split('-')[0]) ? 'rtl' : 'ltr';
}

/** The language's own name ("français"), for the switcher. */
export function languageName(lang) {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
}

/** Uses `messages` (a catalogue object) for `lang`; English fills any gap. */
export function useLanguage(lang, messages = lang === 'en' ? en : {}) {
  current = { lang, messages };
}

function lookup(key) {
  return current.messages[key] ?? en[key];
}

function number(v) {
  return new Intl.NumberFormat(intlLocale()).format(v);
}

/**
 * The text of `key` in the current language, placeholders `{name}` filled from `params` (numbers through
 * Intl.NumberFormat). With a numeric `params.count`, `key` names a plural family and the form is picked by
 * Intl.PluralRules (`params.ordinal`: the ordinal rules). An unknown key comes back as itself.
 */
export function t(key, params = {}) {
  let text;
  if (typeof params.count === 'number') {
    const category = pluralRules(current.lang, params.ordinal ? 'ordinal' : 'cardinal').select(params.count);
    text = current.messages[`${key}.${category}`] ?? current.messages[`${key}.other`]
      ?? en[`${key}.${new Intl.PluralRules('en', { type: params.ordinal ? 'ordinal' : 'cardinal' }).select(params.count)}`]
      ?? en[`${key}.other`] ?? lookup(key);
  } else {
    text = lookup(key);
  }
  if (text == null) return key;
  return text.replace(/\{(\w+)\}/g, (m, name) => {
    const v = params[name];
    if (v == null) return m;
    return typeof v === 'number' ? number(v) : String(v);
  });
}

/** A date (and time, with `options`) in the current language. */
export function formatDate(date, options = { dateStyle: 'medium', timeStyle: 'short' }) {
  const d = date instanceof Date ? date : new Date(date);
  return Number.isNaN(d.getTime()) ? '' : new Intl.DateTimeFormat(intlLocale(), options).format(d);
}

function stored() {
  try {
    return globalThis.localStorage?.getItem(STORE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the reader's choice in this browser (null: follow the browser's languages again). */
export function rememberLanguage(lang) {
  try {
    if (lang == null) globalThis.localStorage?.removeItem(STORE_KEY);
    else globalThis.localStorage?.setItem(STORE_KEY, lang);
  } catch {
    // storage disabled: the choice lasts this page only
  }
}

/**
 * Picks the language (the remembered choice, else the browser's best match), fetches its catalogue and sets
 * the page's lang and dir, once per page. A catalogue that cannot be loaded leaves English. Resolves to the
 * language used.
 */
export function loadLanguage(options) {
  loading ??= load(options);
  return loading;
}
let loading = null;

async function load({ preferred = globalThis.navigator?.languages ?? [], doc = globalThis.document } = {}) {
  const remembered = stored();
  const lang = remembered && LANGUAGES.includes(remembered) ? remembered : pickLanguage(preferred);
  let used = 'en';
  if (lang === 'en') {
    useLanguage('en');
  } else {
    try {
      const r = await fetch(new URL(`i18n/${lang}.json`, doc?.baseURI ?? globalThis.location?.href));
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      useLanguage(lang, await r.json());
      used = lang;
    } catch {
      useLanguage('en');
    }
  }
  if (doc?.documentElement) {
    doc.documentElement.lang = used;
    doc.documentElement.dir = direction(used);
  }
  return used;
}
