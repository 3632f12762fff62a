// The message catalogues: every shipped language has exactly the English keys (none missing, none that no
// module uses), the same placeholders, the plural forms its Intl.PluralRules needs; and the language a browser
// gets from its preference list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WEB, js } from './web.mjs';
import { CATALOGUES as DIR, catalogue } from './languages.mjs';

const i18n = await import(js('i18n.js'));
const { LANGUAGES, pickLanguage, t, useLanguage, direction, intlLocale } = i18n;
const { ordinal, formatNumber } = await import(js('format.js'));
const { errorText } = await import(js('errors.js'));

const en = catalogue('en');
const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** Splits keys into plain keys and plural families (base -> forms). */
function shape(messages) {
  const plain = new Set();
  const families = new Map();
  for (const key of Object.keys(messages)) {
    const dot = key.lastIndexOf('.');
    const last = key.slice(dot + 1);
    if (dot > 0 && CATEGORIES.has(last) && `${key.slice(0, dot)}.other` in messages) {
      const base = key.slice(0, dot);
      if (!families.has(base)) families.set(base, new Set());
      families.get(base).add(last);
    } else {
      plain.add(key);
    }
  }
  return { plain, families };
}

const placeholders = (s) => new Set([...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
const categories = (lang, base) => new Set(new Intl.PluralRules(intlLocale(lang), { type: base.endsWith('ordinal') ? 'ordinal' : 'cardinal' })
  .resolvedOptions().pluralCategories);

function scripts(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'vendor' ? [] : scripts(p);
    return p.endsWith('.js') ? [p] : [];
  });
}

test('every shipped language has its catalogue file, and every catalogue file is shipped', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  assert.deepEqual(files, [...LANGUAGES].sort());
  assert.equal(LANGUAGES.length, 10);
});

test('every catalogue has exactly the English keys (plural families by their base)', () => {
  const ref = shape(en);
  for (const lang of LANGUAGES) {
    const c = shape(catalogue(lang));
    assert.deepEqual([...c.plain].sort(), [...ref.plain].sort(), `${lang}: plain keys differ from English`);
    assert.deepEqual([...c.families.keys()].sort(), [...ref.families.keys()].sort(), `${lang}: plural families differ from English`);
  }
});

test('every plural family has exactly the forms the language needs', () => {
  for (const lang of LANGUAGES) {
    const { families } = shape(catalogue(lang));
    for (const [base, forms] of families) {
      assert.deepEqual([...forms].sort(), [...categories(lang, base)].sort(), `${lang}: ${base}`);
    }
  }
  // the languages with more than one and other are covered, not skipped
  assert.deepEqual([...categories('ar', 'x')].sort(), ['few', 'many', 'one', 'other', 'two', 'zero']);
  assert.deepEqual([...categories('pl', 'x')].sort(), ['few', 'many', 'one', 'other']);
  assert.deepEqual([...categories('uk', 'x')].sort(), ['few', 'many', 'one', 'other']);
});

test('placeholders match the English ones (a plural form may leave out the count)', () => {
  const ref = shape(en);
  for (const lang of LANGUAGES) {
    const c = catalogue(lang);
    for (const key of ref.plain) {
      assert.deepEqual([...placeholders(c[key])].sort(), [...placeholders(en[key])].sort(), `${lang}: ${key}`);
    }
    for (const [base, forms] of shape(c).families) {
      const want = placeholders(en[`${base}.other`]);
      want.delete('count');
      for (const form of forms) {
        const got = placeholders(c[`${base}.${form}`]);
        got.delete('count');
        assert.deepEqual([...got].sort(), [...want].sort(), `${lang}: ${base}.${form}`);
      }
    }
  }
});

test('no catalogue text is empty', () => {
  for (const lang of LANGUAGES) {
    for (const [key, text] of Object.entries(catalogue(lang))) {
      assert.equal(typeof text, 'string', `${lang}: ${key}`);
      assert.ok(text.trim().length > 0, `${lang}: ${key} is empty`);
    }
  }
});

test('every key is used by a module, and every key a module uses exists', () => {
  const used = new Set();
  for (const f of scripts(path.join(WEB, 'js'))) {
    const text = fs.readFileSync(f, 'utf8');
    for (const m of text.matchAll(/\b(?:t|tr)\(\s*'([^']+)'/g)) used.add(m[1]);
  }
  const { plain, families } = shape(en);
  for (const key of plain) assert.ok(used.has(key), `unused key: ${key}`);
  for (const base of families.keys()) assert.ok(used.has(base), `unused plural family: ${base}`);
  for (const key of used) assert.ok(plain.has(key) || families.has(key), `missing key: ${key}`);
});

test('the language comes from the browser\'s list: exact, then the same language, else English', () => {
  assert.equal(pickLanguage(['fr-FR', 'en-US']), 'fr');
  assert.equal(pickLanguage(['pt-BR']), 'pt-BR');
  assert.equal(pickLanguage(['pt-PT', 'pt']), 'pt-BR');
  assert.equal(pickLanguage(['PT-br']), 'pt-BR');
  assert.equal(pickLanguage(['nl-NL', 'de-AT', 'fr']), 'de');
  assert.equal(pickLanguage(['nl', 'sv']), 'en');
  assert.equal(pickLanguage([]), 'en');
  assert.equal(pickLanguage(['ar-EG']), 'ar');
  assert.equal(pickLanguage(['uk-UA', 'ru']), 'uk');
  assert.equal(pickLanguage(['ja-JP']), 'ja');
  assert.equal(pickLanguage(['zh-CN', 'es-419']), 'es');
  assert.equal(pickLanguage('it-CH'), 'it');
});

test('plurals, ordinals and numbers follow the language', () => {
  try {
    useLanguage('en');
    assert.equal(t('lobby.players-in-game', { count: 1 }), '1 player in the game');
    assert.equal(t('lobby.players-in-game', { count: 1234 }), '1,234 players in the game');
    assert.equal(ordinal(1), '1st');
    assert.equal(ordinal(22), '22nd');
    assert.equal(ordinal(13), '13th');
    useLanguage('pl', catalogue('pl'));
    assert.notEqual(t('lobby.players-in-game', { count: 2 }), t('lobby.players-in-game', { count: 5 }));
    assert.equal(t('lobby.players-in-game', { count: 2 }), catalogue('pl')['lobby.players-in-game.few'].replace('{count}', '2'));
    assert.equal(t('lobby.players-in-game', { count: 5 }), catalogue('pl')['lobby.players-in-game.many'].replace('{count}', '5'));
    useLanguage('ar', catalogue('ar'));
    assert.equal(t('lobby.players-in-game', { count: 2 }), catalogue('ar')['lobby.players-in-game.two'].replace('{count}', '2'));
    assert.equal(formatNumber(1234567), '1,234,567', 'Arabic keeps Latin digits');
    assert.equal(direction(), 'rtl');
    useLanguage('de', catalogue('de'));
    assert.equal(formatNumber(1234567), '1.234.567');
    assert.equal(direction(), 'ltr');
    assert.equal(ordinal(3), '3.');
  } finally {
    useLanguage('en');
  }
});

test('placeholders are filled, an unknown key comes back as itself, a missing translation falls back to English', () => {
  try {
    useLanguage('fr', { 'join.submit': 'Rejoindre' });
    assert.equal(t('join.submit'), 'Rejoindre');
    assert.equal(t('join.pin'), 'Game PIN');
    assert.equal(t('no.such.key'), 'no.such.key');
    useLanguage('en');
    assert.equal(t('player.game-ended', { pin: '123 456' }), 'The game with PIN 123 456 has ended.');
  } finally {
    useLanguage('en');
  }
});

test('error codes are translated on the client; an unknown code keeps the server\'s sentence', () => {
  try {
    useLanguage('fr', catalogue('fr'));
    assert.equal(errorText('room-not-found', 'No such room'), catalogue('fr')['error.room-not-found']);
    assert.equal(errorText('bad-name', 'Too long'), catalogue('fr')['error.bad-name']);
    assert.equal(errorText('brand-new-code', 'Server says so'), 'Server says so');
    useLanguage('en');
    assert.equal(errorText('bad-name', 'Too long'), 'Too long');
  } finally {
    useLanguage('en');
  }
});
