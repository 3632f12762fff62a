// The views the kinds answered by typing share (text, number): the phone's input form, the typed answer shown back,
// the projector's "type on your phone" panel, and the accepted answers at the reveal.
import { h, setText, focus } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';

/**
 * The phone's typed answer: a labelled input and a Submit button; `parse` turns the input's text into the value
 * to send, or null with `invalid` said under the input.
 * @param {object} o
 * @param {boolean} o.number a number (decimal keyboard, 40 characters) rather than text (200)
 * @param {(text: string) => any} o.parse the value, or null when the text is not an answer
 * @param {string} o.invalid what to say when parse gives null
 * @param {(value: any, shown: object) => void} o.send
 */
export function typedInput({ number, parse, invalid, send }) {
  const hint = h('p', { class: 'form-error', role: 'alert' });
  const input = h('input', {
    id: 'typed-answer', class: 'input input-answer', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off',
    inputmode: number ? 'decimal' : 'text', maxlength: number ? 40 : 200, enterkeyhint: 'send',
    placeholder: number ? t('kind.typed.placeholder-number') : t('kind.your-answer'), 'aria-describedby': 'typed-hint',
  });
  hint.id = 'typed-hint';
  const form = h('form', { class: 'pq-answer pq-typed', novalidate: true },
    h('label', { htmlFor: 'typed-answer', class: 'typed-label', text: number ? t('kind.typed.number') : t('kind.your-answer') }),
    input, hint,
    h('button', { type: 'submit', class: 'btn btn-primary btn-xl btn-block' }, h('span', { text: t('kind.typed.submit') }), icon('next')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = parse(input.value);
    if (v == null) {
      setText(hint, invalid);
      focus(input);
      return;
    }
    send(v, { value: v });
  });
  return { el: form, onKey() {} };
}

/** The typed answer shown back after sending. */
export function myTyped(q, mine) {
  return mine ? h('div', { class: 'my-answer' }, h('span', { class: 'my-answer-typed', text: String(mine.value) })) : null;
}

/** The projector during a typed question: an icon and what to do. */
export function typeOnPhone(iconName, text) {
  return h('div', { class: 'type-answer' }, icon(iconName, 'icon type-icon'), h('span', { text }));
}

/** The phone's "Right answer" line for a typed question: the first accepted answer, and how many more count. */
export function rightTyped(first, more) {
  return h('div', { class: 'right-answer' },
    h('span', { class: 'right-answer-label', text: t('kind.right-answer') }),
    h('span', { class: 'right-answer-typed', text: first ?? '' }),
    more ? h('span', { class: 'right-answer-more', text: t('kind.typed.more', { text: more }) }) : null);
}
