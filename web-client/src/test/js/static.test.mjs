// Static checks of the web files: what the server's Content-Security-Policy requires (no inline scripts or
// styles), text-only DOM insertion, explicit .js imports that resolve, no external resources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WEB } from './web.mjs';

function files(dir, ext) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p, ext);
    return p.endsWith(ext) ? [p] : [];
  });
}

const html = files(WEB, '.html');
// Vendored libraries (vendor/: KaTeX, highlight.js) are pinned files checked by their own tests (vendor, rich-text); the
// rules below are for our own code.
const VENDOR = path.join(WEB, 'vendor') + path.sep;
const scripts = files(WEB, '.js').filter((f) => !f.startsWith(VENDOR));
const vendored = files(VENDOR, '');
const styles = files(WEB, '.css');

test('the pages exist', () => {
  assert.ok(fs.existsSync(path.join(WEB, 'index.html')));
  assert.ok(fs.existsSync(path.join(WEB, 'play.html')));
});

test('HTML has no inline script, inline style or event handler attribute (CSP)', () => {
  for (const f of html) {
    const text = fs.readFileSync(f, 'utf8');
    for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      assert.match(m[1], /\bsrc=/, `${f}: inline script`);
      assert.equal(m[2].trim(), '', `${f}: script with a body`);
    }
    assert.doesNotMatch(text, /<style\b/i, `${f}: <style> element`);
    assert.doesNotMatch(text, /\sstyle\s*=/i, `${f}: style attribute`);
    assert.doesNotMatch(text, /\son[a-z]+\s*=/i, `${f}: inline event handler`);
    assert.doesNotMatch(text, /(src|href)\s*=\s*["']?(https?:)?\/\//i, `${f}: external resource`);
  }
});

test('scripts insert data as text only and set no inline styles through attributes', () => {
  for (const f of scripts) {
    const text = fs.readFileSync(f, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    assert.doesNotMatch(text, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/, `${f}: HTML from strings`);
    assert.doesNotMatch(text, /setAttribute\(\s*['"]style['"]/, `${f}: style attribute (CSP blocks it)`);
    assert.doesNotMatch(text, /(^|[^.\w])(fetch|import)\(\s*['"`]https?:/m, `${f}: external request`);
  }
});

test('every import is a relative path ending in .js (or a JSON module) that exists', () => {
  for (const f of scripts) {
    const text = fs.readFileSync(f, 'utf8');
    for (const m of text.matchAll(/^\s*import\s[^'"]*?from\s+['"]([^'"]+)['"]([^;\n]*)/gm)) {
      const spec = m[1];
      // JSON modules (the bundled English catalogue) say so: `with { type: 'json' }`.
      if (spec.endsWith('.json')) assert.match(m[2], /with\s*\{\s*type:\s*'json'\s*\}/, `${f}: import '${spec}' without type json`);
      else assert.match(spec, /^\.\.?\/.*\.js$/, `${f}: import '${spec}'`);
      assert.match(spec, /^\.\.?\//, `${f}: import '${spec}' is not relative`);
      assert.ok(fs.existsSync(path.resolve(path.dirname(f), spec)), `${f}: '${spec}' does not exist`);
    }
  }
});

test('every script, style sheet and icon a page links to exists', () => {
  for (const f of html) {
    const text = fs.readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?:src|href)="([^"]+)"/g)) {
      assert.ok(fs.existsSync(path.resolve(path.dirname(f), m[1])), `${f}: ${m[1]} is missing`);
    }
  }
});

test('every vendored library names its version and carries its licence', () => {
  const libraries = fs.readdirSync(VENDOR);
  assert.ok(libraries.length > 0);
  for (const lib of libraries) {
    assert.ok(fs.existsSync(path.join(VENDOR, lib, 'LICENSE')), `${lib}: no LICENSE`);
    assert.match(fs.readFileSync(path.join(VENDOR, lib, 'VERSION'), 'utf8'), /\d+\.\d+\.\d+/, `${lib}: no version`);
  }
});

test('vendored scripts make no request elsewhere', () => {
  for (const f of vendored.filter((v) => /\.m?js$/.test(v))) {
    const text = fs.readFileSync(f, 'utf8');
    assert.doesNotMatch(text, /(^|[^.\w])(fetch|import)\(\s*['"`]https?:/m, `${f}: external request`);
  }
});

test('style sheets load nothing from elsewhere (fonts, images)', () => {
  for (const f of styles) {
    const text = fs.readFileSync(f, 'utf8');
    assert.doesNotMatch(text, /@import|url\(\s*['"]?(https?:)?\/\//i, `${f}: external resource`);
  }
});

test('the served file names are ones the server serves (safe characters, known types)', () => {
  const all = [...html, ...scripts, ...styles, ...files(WEB, '.svg'), ...vendored];
  for (const f of all) {
    const rel = path.relative(WEB, f).split(path.sep).join('/');
    assert.match(rel, /^[A-Za-z0-9_-][A-Za-z0-9._/-]*$/, rel);
  }
});

test('reduced motion is honoured', () => {
  const css = styles.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  assert.match(css, /@media \(prefers-reduced-motion: reduce\)/);
});
