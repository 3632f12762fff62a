// Quiz text with maths and code, as DOM nodes (no HTML strings: the CSP and the no-innerHTML rule hold).
// Maths: `$…$` inline and `$$…$$` displayed, typeset by the vendored KaTeX (vendor/katex, with MathML for
// screen readers); `\$` is a literal dollar, and a `$` that opens before a space or closes after one is money,
// not maths ("$5 and $10" stays text), as Pandoc reads it. Code: highlighted by the vendored highlight.js
// (vendor/highlight) from its token tree. Both libraries load on first use, so a quiz without maths or code
// costs a phone nothing; until they load (or if they fail), the raw text is shown.

const KATEX = '../vendor/katex/katex.mjs';
const HIGHLIGHT = '../vendor/highlight/highlight.min.js';

/**
 * Splits text into parts: `{ text }` or `{ math, display }`.
 * @param {string} text
 */
export function splitMath(text) {
  const parts = [];
  let plain = '';
  let i = 0;
  const flush = () => {
    if (plain) parts.push({ text: plain });
    plain = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && text[i + 1] === '$') {
      plain += '$';
      i += 2;
      continue;
    }
    if (c === '$') {
      const display = text[i + 1] === '$';
      const open = display ? 2 : 1;
      const end = closing(text, i + open, display);
      if (end > 0) {
        flush();
        parts.push({ math: text.slice(i + open, end), display });
        i = end + open;
        continue;
      }
      plain += display ? '$$' : '$';
      i += open;
      continue;
    }
    plain += c;
    i++;
  }
  flush();
  return parts;
}

/** The index of the `$` (or `$$`) closing maths that starts at {@code from}, or -1 when this is no maths. */
function closing(text, from, display) {
  if (from >= text.length || (!display && /\s/.test(text[from]))) return -1;
  for (let j = from; j < text.length; j++) {
    if (text[j] === '\\') {
      j++;
      continue;
    }
    if (text[j] !== '$') continue;
    if (display) return text[j + 1] === '$' && j > from ? j : -1;
    if (j === from || /\s/.test(text[j - 1]) || /\d/.test(text[j + 1] ?? '')) return -1;
    return j;
  }
  return -1;
}

/** True when the text holds maths to typeset. */
export function hasMath(text) {
  return typeof text === 'string' && text.includes('$') && splitMath(text).some((p) => p.math !== undefined);
}

let katexLoad = null;
let highlightLoad = null;
const load = (url) => import(url).then((m) => m.default);

/** Resolves once the libraries asked for so far have loaded and typeset what was waiting for them. */
export function settled() {
  return Promise.allSettled([katexLoad, highlightLoad]).then(() => undefined);
}

/**
 * Fills {@code el} with the text, its maths typeset once KaTeX has loaded. Returns the element.
 * @param {HTMLElement} el
 * @param {string} text
 */
export function renderRich(el, text) {
  const doc = el.ownerDocument;
  el.textContent = '';
  if (!hasMath(text)) {
    el.textContent = text ?? '';
    return el;
  }
  const pending = [];
  for (const part of splitMath(text)) {
    if (part.text !== undefined) {
      el.append(doc.createTextNode(part.text));
    } else {
      const span = doc.createElement('span');
      span.className = part.display ? 'math math-display' : 'math';
      span.textContent = part.display ? `$$${part.math}$$` : `$${part.math}$`;
      el.append(span);
      pending.push([span, part]);
    }
  }
  katexLoad ??= load(KATEX);
  katexLoad.then((katex) => {
    for (const [span, part] of pending) {
      typeset(katex, span, part.math, part.display);
    }
  }, () => { katexLoad = null; });
  return el;
}

/** KaTeX options: no \href or \url (trust off), bounded expansion and sizes; errors shown, never thrown. */
export const KATEX_OPTIONS = Object.freeze({ throwOnError: false, trust: false, maxExpand: 200, maxSize: 20, strict: 'ignore' });

function typeset(katex, span, tex, display) {
  const fallback = span.textContent;
  try {
    span.textContent = '';
    katex.render(tex, span, { ...KATEX_OPTIONS, displayMode: display });
  } catch {
    span.textContent = fallback;
  }
}

/** The languages a snippet without a named language is guessed among; also those the quiz format's `codeLanguage` takes. */
export const GUESSED = Object.freeze(['python', 'javascript', 'typescript', 'java', 'sql', 'bash', 'xml', 'css', 'json',
  'c', 'cpp', 'csharp', 'go', 'rust', 'php', 'ruby', 'kotlin', 'yaml', 'django']);

/**
 * Fills {@code el} (a `code` element) with the snippet, highlighted once highlight.js has loaded: in the language
 * named when highlight.js knows it, else in the likeliest of {@link GUESSED}. The colours come from the page's
 * highlight.js style sheet (vendor/highlight/github-dark.min.css); the block keeps its own background. Returns the
 * element.
 * @param {HTMLElement} el
 * @param {string} code
 * @param {string} [language]
 */
export function renderCode(el, code, language) {
  el.textContent = code;
  highlightLoad ??= load(HIGHLIGHT);
  highlightLoad.then((hljs) => {
    if (el.textContent !== code) return;
    const tree = highlightTree(hljs, code, language);
    if (!tree) return;
    el.textContent = '';
    appendTokens(el, tree);
  }, () => { highlightLoad = null; });
  return el;
}

/**
 * highlight.js's token tree of the snippet ({ scope, children: (string | node)[] }), or null when the named
 * language is unknown or nothing was recognised.
 */
export function highlightTree(hljs, code, language) {
  try {
    if (language) {
      return hljs.getLanguage(language) ? hljs.highlight(code, { language, ignoreIllegals: true })._emitter.rootNode : null;
    }
    const guess = hljs.highlightAuto(code, GUESSED.filter((l) => hljs.getLanguage(l)));
    return guess.relevance > 0 ? guess._emitter.rootNode : null;
  } catch {
    return null;
  }
}

/** The CSS classes highlight.js's own renderer gives a scope ("title.function" → "hljs-title function_"). */
export function scopeClasses(scope) {
  if (scope.startsWith('language:')) return scope.replace('language:', 'language-');
  const [first, ...rest] = scope.split('.');
  return [`hljs-${first}`, ...rest.map((x, i) => `${x}${'_'.repeat(i + 1)}`)].join(' ');
}

function appendTokens(el, node) {
  const doc = el.ownerDocument;
  for (const child of node.children) {
    if (typeof child === 'string') {
      el.append(doc.createTextNode(child));
    } else {
      const span = child.scope ? doc.createElement('span') : el;
      if (child.scope) {
        span.className = scopeClasses(child.scope);
        el.append(span);
      }
      appendTokens(span, child);
    }
  }
}
