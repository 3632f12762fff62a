// The vendored libraries as files: each under the house limit of 600 lines (the libraries' own minified and
// per-language files, not one big bundle), one version throughout, and exactly the highlight.js grammars the
// quiz format's code languages need. How they render is in rich-text.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WEB, js } from './web.mjs';

const { GUESSED, EMBEDS } = await import(js('rich-text.js'));
const VENDOR = path.join(WEB, 'vendor');
const HIGHLIGHT = path.join(VENDOR, 'highlight');
const GRAMMARS = path.join(HIGHLIGHT, 'languages');

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : [p];
  });
}
const version = (lib) => fs.readFileSync(path.join(VENDOR, lib, 'VERSION'), 'utf8').match(/\d+\.\d+\.\d+/)[0];
const lines = (f) => fs.readFileSync(f, 'utf8').split('\n').length;

test('every vendored script is under 600 lines', () => {
  const scripts = files(VENDOR).filter((f) => /\.m?js$/.test(f));
  assert.ok(scripts.length > 2);
  for (const f of scripts) assert.ok(lines(f) < 600, `${path.relative(WEB, f)}: ${lines(f)} lines`);
});

test('KaTeX is the version its VERSION file names, minified with its licence banner', async () => {
  const file = path.join(VENDOR, 'katex', 'katex.min.mjs');
  assert.match(fs.readFileSync(file, 'utf8'), /^\/\*! KaTeX v\d+\.\d+\.\d+ \| MIT License/);
  const katex = (await import(new URL(`file://${file}`).href)).default;
  assert.equal(katex.version, version('katex'));
});

test('the highlight.js core and every grammar are the version its VERSION file names', async () => {
  const hljs = (await import(new URL(`file://${path.join(HIGHLIGHT, 'core.min.js')}`).href)).default;
  assert.equal(hljs.versionString, version('highlight'));
  for (const f of files(GRAMMARS)) {
    assert.match(fs.readFileSync(f, 'utf8'), new RegExp(`^/\\*! \`[a-z]+\` grammar compiled for Highlight\\.js ${hljs.versionString.replaceAll('.', '\\.')} \\*/`), f);
  }
});

test('the vendored grammars are exactly the code languages and the languages their grammars embed', () => {
  const vendored = fs.readdirSync(GRAMMARS).map((f) => f.replace(/\.min\.js$/, '')).sort();
  const wanted = [...new Set([...GUESSED, ...Object.values(EMBEDS).flat()])].sort();
  assert.deepEqual(vendored, wanted);
});

test('the embedded languages rich-text.js loads with a grammar are the ones the grammar hands code to', () => {
  for (const file of fs.readdirSync(GRAMMARS)) {
    const text = fs.readFileSync(path.join(GRAMMARS, file), 'utf8');
    const named = [...text.matchAll(/subLanguage:(?:"([\w-]+)"|\[([^\]]*)\])/g)]
      .flatMap((m) => (m[1] ? [m[1]] : m[2].split(',').map((s) => s.trim().replace(/^"|"$/g, ''))));
    const language = file.replace(/\.min\.js$/, '');
    const embedded = [...new Set(named)].filter((l) => l !== language).sort();
    assert.deepEqual([...(EMBEDS[language] ?? [])].sort(), embedded, `${language} embeds ${embedded.join(', ') || 'nothing'}`);
  }
});
