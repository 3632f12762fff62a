// A kind this page does not know (the server is newer than the page in the browser): every view says to reload,
// nothing breaks, nothing is sent.
import { h } from '../dom.js';
import { icon } from '../icons.js';

export const RELOAD_TEXT = 'This question type needs a newer page: reload';

function reloadNotice() {
  return h('div', { class: 'kind-unsupported', role: 'status' },
    icon('wifi', 'icon type-icon'),
    h('p', { text: RELOAD_TEXT }),
    h('button', { type: 'button', class: 'btn btn-secondary', text: 'Reload', onclick: () => location.reload() }));
}

export default Object.freeze({
  name: null,
  hint: 'A new question type', // the notice below says what to do
  scores: false,
  hasChoices: false,
  answer: () => null,
  input: () => ({ el: reloadNotice(), onKey() {} }),
  lockedTitle: 'Answer locked in',
  mine: () => null,
  hostQuestion: reloadNotice,
  hostReveal: reloadNotice,
  summary: () => ({ icon: 'wifi', text: 'A new question type', spoken: `${RELOAD_TEXT}.` }),
  verdict: () => ({ cls: 'pending', spoken: `${RELOAD_TEXT}.`, el: h('div', { class: 'verdict' }, reloadNotice()) }),
  phoneReveal: () => null,
});
