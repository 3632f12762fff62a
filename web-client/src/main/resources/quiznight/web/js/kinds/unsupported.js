// A kind this page does not know (the server is newer than the page in the browser): every view says to reload,
// nothing breaks, nothing is sent.
import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';

/** What every view says: reload for the newer page. */
export const reloadText = () => t('kind.unsupported.reload');

function reloadNotice() {
  return h('div', { class: 'kind-unsupported', role: 'status' },
    icon('wifi', 'icon type-icon'),
    h('p', { text: reloadText() }),
    h('button', { type: 'button', class: 'btn btn-secondary', text: t('kind.unsupported.reload-button'), onclick: () => location.reload() }));
}

export default Object.freeze({
  name: null,
  get hint() { return t('kind.unsupported.hint'); }, // the notice below says what to do
  scores: false,
  hasChoices: false,
  answer: () => null,
  input: () => ({ el: reloadNotice(), onKey() {} }),
  get lockedTitle() { return t('kind.locked'); },
  mine: () => null,
  hostQuestion: reloadNotice,
  hostReveal: reloadNotice,
  summary: () => ({ icon: 'wifi', text: t('kind.unsupported.hint'), spoken: `${reloadText()}.` }),
  verdict: () => ({ cls: 'pending', spoken: `${reloadText()}.`, el: h('div', { class: 'verdict' }, reloadNotice()) }),
  phoneReveal: () => null,
});
