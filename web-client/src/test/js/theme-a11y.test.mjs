// Accessibility of the look, from the CSS itself: the theme's text colours meet WCAG AA contrast (4.5:1) on every
// background they sit on, both pages honour prefers-reduced-motion for every animation and transition, and a
// choice is never told by its colour alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WEB, js } from './web.mjs';

const css = (name) => fs.readFileSync(path.join(WEB, 'css', name), 'utf8');
const APP = css('app.css');
const TOKENS = css('tokens.css');

function themeColours() {
  const root = TOKENS.match(/:root\s*{([^}]*)}/)[1];
  const v = {};
  for (const m of root.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\b/gi)) v[m[1]] = m[2];
  return v;
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
function luminance(c) {
  const [r, g, b] = c.map((x) => x / 255).map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
/** White at `alpha` over `under` (the translucent cards and chips). */
const whiteOver = (under, alpha) => under.map((x) => Math.round(x + (255 - x) * alpha));

const T = themeColours();

test('contrast: the WCAG formula gives the known ratios', () => {
  assert.equal(contrast([0, 0, 0], [255, 255, 255]).toFixed(1), '21.0');
  assert.equal(contrast([118, 118, 118], [255, 255, 255]).toFixed(2), '4.54');
});

test('theme text meets AA (4.5:1) on every background it is used on, the translucent cards included', () => {
  const pairs = [
    ['text', 'bg'], ['text', 'bg-2'], ['text', 'bg-3'], ['muted', 'bg'], ['muted', 'bg-2'], ['muted', 'bg-3'],
    ['accent-ink', 'accent'], ['text', 'right'], ['text', 'wrong'], ['text', 'danger'], ['ink', 'surface'],
    ...[0, 1, 2, 3, 4, 5].map((i) => [`c${i}-ink`, `c${i}`]),
  ];
  for (const [fg, bg] of pairs) {
    assert.ok(T[fg] && T[bg], `--${fg} and --${bg} are theme colours`);
    const r = contrast(rgb(T[fg]), rgb(T[bg]));
    assert.ok(r >= 4.5, `--${fg} on --${bg}: ${r.toFixed(2)}:1 is under 4.5:1`);
  }
  // Every translucent white surface in the stylesheets (cards, chips, buttons and their hovers) under white text;
  // muted text sits on the cards and chips (up to 0.18), not on a button's 0.22 hover.
  const alphas = new Set();
  for (const f of fs.readdirSync(path.join(WEB, 'css'))) {
    for (const m of css(f).matchAll(/background(?:-color)?:\s*rgba\(255, 255, 255, (0\.\d+)\)/g)) alphas.add(Number(m[1]));
  }
  assert.ok(alphas.size > 3, 'the stylesheets have translucent surfaces');
  for (const alpha of alphas) {
    for (const bg of ['bg', 'bg-2', 'bg-3']) {
      const under = whiteOver(rgb(T[bg]), alpha);
      for (const fg of alpha <= 0.18 ? ['text', 'muted'] : ['text']) {
        const r = contrast(rgb(T[fg]), under);
        assert.ok(r >= 4.5, `--${fg} on white ${alpha} over --${bg}: ${r.toFixed(2)}:1`);
      }
    }
  }
});

test('focus ring, accent and the right-answer green stand out from the background (3:1, non-text)', () => {
  for (const c of ['focus', 'accent', 'right-bright']) {
    for (const bg of ['bg', 'bg-2', 'bg-3']) {
      const r = contrast(rgb(T[c]), rgb(T[bg]));
      assert.ok(r >= 3, `--${c} on --${bg}: ${r.toFixed(2)}:1`);
    }
  }
});

test('a wrong answer at the reveal is dimmed by colour, never by opacity on its text', () => {
  const host = css('host.css');
  assert.doesNotMatch(host, /\.revealed \.choice\.is-wrong\s*{[^}]*opacity/);
  assert.doesNotMatch(host, /\.bar-col\.is-wrong \.bar-label\s*{[^}]*opacity/);
  assert.match(host, /\.revealed \.choice\.is-wrong\s*{[^}]*--cbg: var\(--bg-3\);[^}]*--cink: var\(--muted\)/);
});

test('reduced motion: app.css stops every animation and transition, and every page that moves loads it', () => {
  const block = APP.match(/@media \(prefers-reduced-motion: reduce\)\s*{([\s\S]*?)\n}/);
  assert.ok(block, 'app.css has a prefers-reduced-motion block');
  for (const rule of ['animation-duration: 1ms !important', 'animation-delay: 0ms !important',
    'animation-iteration-count: 1 !important', 'transition-duration: 1ms !important', 'transition-delay: 0ms !important']) {
    assert.ok(block[1].includes(rule), `the block sets ${rule}`);
  }
  assert.match(block[1], /\*, \*::before, \*::after/);
  const moving = fs.readdirSync(path.join(WEB, 'css')).filter((f) => /\b(animation|transition)\s*:/.test(css(f)));
  assert.ok(moving.length > 0);
  for (const page of fs.readdirSync(WEB).filter((f) => f.endsWith('.html'))) {
    const htmlText = fs.readFileSync(path.join(WEB, page), 'utf8');
    const links = [...htmlText.matchAll(/href="css\/([^"]+\.css)"/g)].map((m) => m[1]);
    if (links.some((l) => moving.includes(l))) {
      assert.ok(links.includes('app.css'), `${page} moves (${links.join(', ')}) but does not load app.css`);
    }
  }
});

test('every choice has its own letter and shape besides its colour', async () => {
  const { choiceStyle } = await import(js('choices.js'));
  const styles = [0, 1, 2, 3, 4, 5].map(choiceStyle);
  assert.equal(new Set(styles.map((s) => s.letter)).size, 6);
  assert.equal(new Set(styles.map((s) => s.shape)).size, 6);
  assert.equal(new Set(styles.map((s) => s.cls)).size, 6);
});
