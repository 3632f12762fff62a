// Maths and code in quiz text: where maths starts and ends, and the vendored KaTeX and highlight.js as the
// screens use them, on a tiny stand-in DOM (just enough for KaTeX to build its nodes into).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WEB, js } from './web.mjs';

const { splitMath, hasMath, renderRich, renderCode, scopeClasses, highlightTree, highlighter, KATEX_OPTIONS, settled } =
  await import(js('rich-text.js'));
const katex = (await import(new URL(`file://${WEB}/vendor/katex/katex.min.mjs`).href)).default;

/** Just enough of a DOM for the module and KaTeX: elements with children, text, className, attributes and style. */
class FakeNode {
  constructor(doc, tag) {
    Object.assign(this, { ownerDocument: doc, tag, children: [], className: '', text: '', attributes: {}, style: {} });
  }
  append(...nodes) { this.children.push(...nodes); }
  appendChild(node) { this.children.push(node); return node; }
  setAttribute(name, value) { this.attributes[name] = String(value); }
  get textContent() { return this.tag === '#text' ? this.text : this.children.map((c) => c.textContent).join(''); }
  set textContent(v) { if (this.tag === '#text') this.text = v; else this.children = v ? [this.ownerDocument.createTextNode(v)] : []; }
  get classList() { return { add: (c) => { this.className = `${this.className} ${c}`.trim(); } }; }
}
const doc = {
  compatMode: 'CSS1Compat',
  createElement: (tag) => new FakeNode(doc, tag),
  createElementNS: (ns, tag) => new FakeNode(doc, tag),
  createDocumentFragment: () => new FakeNode(doc, '#fragment'),
  createTextNode: (t) => Object.assign(new FakeNode(doc, '#text'), { text: t }),
};
globalThis.document = doc; // KaTeX builds its nodes with the global document
const all = (node) => [node, ...node.children.flatMap(all)];

test('inline and displayed maths are found between dollars', () => {
  assert.deepEqual(splitMath('Area $\\pi r^2$ of a circle'), [{ text: 'Area ' }, { math: '\\pi r^2', display: false }, { text: ' of a circle' }]);
  assert.deepEqual(splitMath('$$\\sum_{i=1}^n i$$'), [{ math: '\\sum_{i=1}^n i', display: true }]);
});

test('money is not maths: a dollar before a space, after a space or before a digit stays text', () => {
  assert.deepEqual(splitMath('It costs $5 and $10 now'), [{ text: 'It costs $5 and $10 now' }]);
  assert.deepEqual(splitMath('from $ 3 to 4$'), [{ text: 'from $ 3 to 4$' }]);
  assert.equal(hasMath('pay $20, or $30'), false);
  assert.equal(hasMath('no dollars here'), false);
});

test('an escaped dollar is a literal dollar and an unclosed one stays text', () => {
  assert.deepEqual(splitMath('\\$x$ and $y'), [{ text: '$x$ and $y' }]);
  assert.deepEqual(splitMath('$$open'), [{ text: '$$open' }]);
});

test('maths shows raw until KaTeX loads, and KaTeX gives MathML for screen readers', () => {
  const el = doc.createElement('p');
  renderRich(el, 'Solve $x^2 = 4$');
  assert.equal(el.children.length, 2);
  assert.equal(el.children[1].className, 'math');
  assert.equal(el.children[1].textContent, '$x^2 = 4$', 'the raw maths shows until KaTeX has loaded');
  // In a browser KaTeX renders into DOM nodes; without a DOM here, the same options give the markup as a string.
  const rendered = katex.renderToString('x^2 = 4', KATEX_OPTIONS);
  assert.match(rendered, /<math/);
  assert.match(rendered, /katex-html/);
});

test('maths is typeset by the vendored KaTeX the module loads, with MathML beside the visible formula', async () => {
  const el = doc.createElement('p');
  renderRich(el, 'Area $x^2$ and $$\\sum_{i=1}^n i$$');
  await settled();
  const [inline, display] = el.children.filter((c) => c.className.startsWith('math'));
  for (const span of [inline, display]) {
    const nodes = all(span);
    assert.ok(nodes.some((n) => n.className === 'katex'), 'KaTeX rendered into the span');
    assert.ok(nodes.some((n) => n.tag === 'math'), 'MathML for screen readers');
    assert.doesNotMatch(span.textContent, /\$/, 'the raw dollars are gone');
  }
  assert.ok(all(inline).some((n) => n.tag === 'annotation' && n.textContent === 'x^2'), 'the TeX source is kept as annotation');
  assert.ok(all(display).some((n) => n.className.includes('katex-display')));
});

test('text without maths is set as plain text at once', () => {
  const el = doc.createElement('p');
  renderRich(el, 'Which <b>tag</b> costs $5?');
  assert.equal(el.textContent, 'Which <b>tag</b> costs $5?');
  assert.equal(el.children.length, 1);
});

test('KaTeX with our options makes no links from \\href and shows errors instead of throwing', () => {
  const html = katex.renderToString('\\href{javascript:alert(1)}{x}', KATEX_OPTIONS);
  assert.doesNotMatch(html, /<a |href=/);
  assert.match(katex.renderToString('\\frac{1}{', KATEX_OPTIONS), /katex-error/);
});

test('highlight.js scopes map to the classes of its own style sheets', () => {
  assert.equal(scopeClasses('keyword'), 'hljs-keyword');
  assert.equal(scopeClasses('title.function'), 'hljs-title function_');
  assert.equal(scopeClasses('title.class.inherited'), 'hljs-title class_ inherited__');
  assert.equal(scopeClasses('language:xml'), 'language-xml');
});

test('a Python snippet becomes keyword and string spans whose text is the code unchanged', async () => {
  const code = 'def greet(name):\n    return f"hi {name}"  # <script>';
  assert.ok(highlightTree(await highlighter(['python']), code, 'python'));
  const el = doc.createElement('code');
  renderCode(el, code, 'python');
  assert.equal(el.textContent, code);
  await settled();
  assert.equal(el.textContent, code, 'highlighting never changes the text');
  const classes = [];
  const walk = (n) => { if (n.className) classes.push(n.className); n.children.forEach(walk); };
  walk(el);
  assert.ok(classes.includes('hljs-keyword'), classes.join(','));
  assert.ok(classes.includes('hljs-comment'), classes.join(','));
});

test('a snippet without a named language is highlighted in the likeliest common language', async () => {
  const el = doc.createElement('code');
  const code = 'SELECT name FROM players WHERE score > 1000 ORDER BY score DESC;';
  renderCode(el, code);
  await settled();
  assert.equal(el.textContent, code);
  assert.ok(el.children.some((c) => c.className === 'hljs-keyword'), 'SQL keywords are marked');
});

// A grammar hands parts of a snippet to the grammars it embeds (rich-text.js's EMBEDS, checked against the grammar
// files in vendor.test.mjs); these load with it and highlight those parts.
for (const [what, language, code, embedded] of [
  ['a Django template is highlighted, with the HTML around its tags', 'django',
    '{% for q in quiz %}<p>{{ q.text|upper }}</p>{% endfor %}', ['hljs-template-tag', 'language-xml']],
  ['a JavaScript snippet highlights its html`` template as HTML and its gql`` template as GraphQL', 'javascript',
    'const q = gql`query { quiz { title } }`;\nconst b = html`<b class="x">${q}</b>`;', ['language-graphql', 'language-xml']],
]) {
  test(what, async () => {
    const el = doc.createElement('code');
    renderCode(el, code, language);
    await settled();
    assert.equal(el.textContent, code);
    const classes = all(el).map((n) => n.className);
    for (const c of embedded) assert.ok(classes.includes(c), `${c} in ${classes.join(',')}`);
  });
}

test('a language highlight.js does not know leaves the code as plain text', async () => {
  const el = doc.createElement('code');
  renderCode(el, 'x := 1', 'no-such-language');
  await settled();
  assert.equal(el.children.length, 1);
  assert.equal(el.className, '');
});
