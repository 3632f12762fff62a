// The shipped message catalogues, for the tests: one read from disk, and a check run with the page in a language.
import fs from 'node:fs';
import path from 'node:path';
import { WEB, js } from './web.mjs';

const { useLanguage } = await import(js('i18n.js'));

/** Where the catalogues are shipped: one `<lang>.json` each. */
export const CATALOGUES = path.join(WEB, 'i18n');

/** The catalogue of `lang` as shipped. */
export const catalogue = (lang) => JSON.parse(fs.readFileSync(path.join(CATALOGUES, `${lang}.json`), 'utf8'));

/** Runs `fn` with the page in `lang`, then puts it back in English, whatever `fn` did. */
export function inLanguage(lang, fn) {
  try {
    useLanguage(lang, catalogue(lang));
    fn();
  } finally {
    useLanguage('en');
  }
}
