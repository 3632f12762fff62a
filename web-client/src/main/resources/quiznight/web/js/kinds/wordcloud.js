// A word cloud: each player sends up to 3 short words; nothing is right and nothing scores. The phone: three word
// fields and Send. The projector: the cloud growing as the server's coalesced `words` updates arrive, each word a
// button the host clicks to hide it (and a row of hidden words to show again). Words are shown as text only.
import { h, setText, focus } from '../dom.js';
import { icon } from '../icons.js';
import { codePointLength } from '../format.js';
import { cloudView } from './cloud-view.js';
import { t } from '../i18n.js';

export const MAX_WORDS = 3;
export const MAX_LENGTH = 25;

/** The words to send from the fields' texts: trimmed, empty ones left out; null with a sentence when one is too long. */
export function parseWords(texts) {
  const words = (texts ?? []).map((t) => String(t ?? '').trim()).filter((t) => t.length > 0);
  if (words.length === 0) return { words: null, problem: t('kind.cloud.none-typed') };
  if (words.some((w) => codePointLength(w) > MAX_LENGTH)) return { words: null, problem: t('kind.cloud.too-long', { max: MAX_LENGTH }) };
  return { words: words.slice(0, MAX_WORDS), problem: null };
}

function wordsInput(q, { send, canPick }) {
  const hint = h('p', { class: 'form-error', role: 'alert', id: 'words-hint' });
  const fields = Array.from({ length: MAX_WORDS }, (_, i) => h('input', {
    id: `word-${i}`, class: 'input input-answer input-word', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false',
    maxlength: MAX_LENGTH, enterkeyhint: i === MAX_WORDS - 1 ? 'send' : 'next', placeholder: i === 0 ? t('kind.cloud.first') : t('kind.cloud.another'),
    'aria-label': i === 0 ? t('kind.cloud.field', { n: i + 1, total: MAX_WORDS }) : t('kind.cloud.field-optional', { n: i + 1, total: MAX_WORDS }), 'aria-describedby': 'words-hint',
  }));
  const form = h('form', { class: 'pq-answer pq-typed pq-words', novalidate: true },
    h('p', { class: 'typed-label', text: t('kind.cloud.limits', { words: MAX_WORDS, max: MAX_LENGTH }) }),
    fields, hint,
    h('button', { type: 'submit', class: 'btn btn-primary btn-xl btn-block' }, h('span', { text: t('kind.cloud.send') }), icon('next')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!canPick()) return;
    const { words, problem } = parseWords(fields.map((f) => f.value));
    if (!words) {
      setText(hint, problem);
      focus(fields[0]);
      return;
    }
    send(words, { words });
  });
  return { el: form, onKey() {} };
}

/** The projector's live cloud during the question: {el, update(state)} (updates come in `words` messages). */
function hostCloud(q, ctx = {}) {
  const el = h('div', { class: 'cloud-host', role: 'region', 'aria-label': t('kind.cloud.title') }, cloudView(null, ctx));
  let last = null;
  return {
    el,
    update(s) {
      const w = s.words && s.words.index === q.index ? s.words : null;
      if (!w || w === last) return;
      last = w;
      el.replaceChildren(cloudView(w, ctx));
    },
  };
}

/** The reveal: the final cloud (the host can still hide a word), {el, update(state)}. */
function revealCloud(q, r, ctx = {}) {
  const el = h('div', { class: 'cloud-host cloud-reveal' }, cloudView(r, ctx));
  let last = r;
  return {
    el,
    update(s) {
      if (!s.reveal || s.reveal === last || s.reveal.index !== q.index) return;
      last = s.reveal;
      el.replaceChildren(cloudView(s.reveal, ctx));
    },
  };
}

/** The projector's line at the reveal: how many players sent words. */
export function cloudSummary(reveal) {
  const text = t('kind.cloud.summary', { count: reveal?.answered ?? 0 });
  return { icon: 'users', text, spoken: t('kind.cloud.summary-spoken', { text }) };
}

function myWords(q, mine) {
  return Array.isArray(mine?.words)
    ? h('div', { class: 'my-answer my-words' }, mine.words.map((w) => h('span', { class: 'my-answer-typed', text: w }))) : null;
}

export default Object.freeze({
  name: 'wordcloud',
  get hint() { return t('kind.cloud.hint', { count: MAX_WORDS }); },
  scores: false,
  hasChoices: false,
  /** The `answer` message's kind field: the words. */
  answer: (value) => ({ words: [...value] }),
  input: wordsInput,
  get lockedTitle() { return t('kind.cloud.locked'); },
  mine: myWords,
  hostQuestion: hostCloud,
  hostReveal: revealCloud,
  summary: cloudSummary,
  verdict: (res, { answered, mine, q }) => (answered || mine?.words
    ? {
      cls: 'voted', spoken: t('kind.cloud.thanks-spoken'),
      el: h('div', { class: 'verdict' }, h('span', { class: 'verdict-icon' }, icon('check')),
        h('p', { class: 'verdict-title', text: t('kind.cloud.thanks') }), myWords(q, mine)),
    }
    : { cls: 'novote', spoken: t('kind.cloud.none-spoken'), el: h('div', { class: 'verdict' }, h('p', { class: 'verdict-title', text: t('kind.cloud.none') })) }),
  phoneReveal: () => null,
});
