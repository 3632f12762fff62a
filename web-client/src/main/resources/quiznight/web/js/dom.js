// DOM helpers. Data (nicknames, quiz text) only ever becomes text nodes or attribute values: there is no
// innerHTML anywhere in this client.

const PROPS = new Set(['value', 'checked', 'disabled', 'selected', 'hidden', 'tabIndex', 'id', 'htmlFor', 'type', 'name']);

/**
 * Creates an element. props: `class` (string or array), `text`, `on<event>` handlers, `dataset`, DOM properties
 * (value, checked, disabled, ...), anything else becomes an attribute. Children: nodes, strings (as text), arrays,
 * and null/false (skipped).
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  applyProps(el, props);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element (attributes only). */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v == null || v === false) continue;
    if (k === 'class') el.setAttribute('class', Array.isArray(v) ? v.filter(Boolean).join(' ') : v);
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function applyProps(el, props) {
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v == null || v === false) continue;
    if (k === 'innerHTML' || k === 'outerHTML' || k === 'style') {
      throw new Error(`dom.h: '${k}' is not allowed (text only; styles through classes)`);
    } else if (k === 'class') {
      el.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
    } else if (k === 'text') {
      el.textContent = String(v);
    } else if (k === 'dataset') {
      Object.assign(el.dataset, v);
    } else if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2).toLowerCase(), v);
    } else if (PROPS.has(k)) {
      el[k] = v;
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

/** Appends children: nodes, strings and numbers (as text nodes), arrays; skips null, undefined, false. */
export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Replaces the text of an element (only when it changed, so screen readers are not re-announced). */
export function setText(el, text) {
  const t = String(text ?? '');
  if (el.textContent !== t) el.textContent = t;
}

/** Removes every child. */
export function clear(el) {
  el.replaceChildren();
  return el;
}

/** Toggles a class. */
export function toggle(el, cls, on) {
  el.classList.toggle(cls, !!on);
}

/** An http(s) URL as a string, or null for anything else (javascript:, data:, garbage). */
export function safeHttpUrl(url) {
  try {
    const u = new URL(String(url));
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Text for screen readers only. */
export function srOnly(text) {
  return h('span', { class: 'sr-only', text });
}

/** Moves focus to an element without scrolling the page around on phones. */
export function focus(el) {
  if (el && typeof el.focus === 'function') {
    try {
      el.focus({ preventScroll: true });
    } catch {
      el.focus();
    }
  }
}
