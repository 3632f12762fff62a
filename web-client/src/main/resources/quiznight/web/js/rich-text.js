// Quiz text with maths and code, as DOM nodes (no HTML strings: the CSP and the no-innerHTML rule hold).
// Maths: `$…$` inline and `$$…$$` displayed, typeset by the vendored KaTeX (vendor/katex, with MathML for
// screen readers); `\$` is a literal dollar, and a `$` that opens before a space or closes after one is money,
// not maths ("$5 and $10" stays text), as Pandoc reads it. Code: highlighted by the vendored highlight.js
// (vendor/highlight: its core and one grammar file per language) from its token tree. Both libraries load on
// first use, and highlight.js only the grammars a snippet needs, so a quiz without maths or code costs a phone
// nothing; until they load (or if they fail), the raw text is shown.

const KATEX = '../vendor/katex/katex.min.mjs';
const HIGHLIGHT = '../vendor/highlight/core.min.js';
const grammarFile = (language) => `../vendor/highlight/languages/${language}.min.js`;

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
const highlighting = new Set();
const load = (url) => import(url).then((m) => m.default);

/** Resolves once the libraries asked for so far have loaded and typeset or highlighted what was waiting for them. */
export function settled() {
  return Promise.allSettled([katexLoad, ...highlighting]).then(() => undefined);
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
 * The languages whose grammars hand parts of a snippet to another grammar (HTML's script and style, JavaScript's
 * html`` and gql`` templates, YAML's ERB, Django's HTML): those load with them. The vendored grammar files are
 * exactly {@link GUESSED} and these (checked by vendor.test.mjs against the grammars' own `subLanguage`).
 */
export const EMBEDS = Object.freeze({
  javascript: ['xml', 'css', 'graphql'], typescript: ['xml', 'css', 'graphql'], xml: ['css', 'javascript'], yaml: ['ruby'],
  django: ['xml'],
});

/**
 * Fills {@code el} (a `code` element) with the snippet, highlighted once highlight.js and the grammars it needs have
 * loaded: in the language named when it is one of {@link GUESSED}, else (none named) in the likeliest of them. The
 * colours come from the page's highlight.js style sheet (vendor/highlight/github-dark.min.css); the block keeps its
 * own background. Returns the element.
 * @param {HTMLElement} el
 * @param {string} code
 * @param {string} [language]
 */
export function renderCode(el, code, language) {
  el.textContent = code;
  const languages = language ? GUESSED.filter((l) => l === language) : GUESSED;
  if (languages.length === 0) return el;
  const work = highlighter(languages).then((hljs) => {
    if (el.textContent !== code) return;
    const tree = highlightTree(hljs, code, language);
    if (!tree) return;
    el.textContent = '';
    appendTokens(el, tree);
  }, () => {});
  highlighting.add(work);
  work.then(() => highlighting.delete(work));
  return el;
}

let coreLoad = null;
const grammarLoads = new Map();

/** highlight.js with the grammars of these languages, and of those they embed, registered. */
export function highlighter(languages) {
  coreLoad ??= load(HIGHLIGHT).catch((e) => {
    coreLoad = null;
    throw e;
  });
  return coreLoad.then((hljs) => Promise.all(withEmbeds(languages).map((l) => grammar(hljs, l))).then(() => hljs));
}

function grammar(hljs, language) {
  if (!grammarLoads.has(language)) {
    grammarLoads.set(language, load(grammarFile(language)).then((g) => hljs.registerLanguage(language, g), (e) => {
      grammarLoads.delete(language);
      throw e;
    }));
  }
  return grammarLoads.get(language);
}

function withEmbeds(languages) {
  const all = new Set();
  const add = (l) => {
    if (all.has(l)) return;
    all.add(l);
    (EMBEDS[l] ?? []).forEach(add);
  };
  languages.forEach(add);
  return [...all];
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
