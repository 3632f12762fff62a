// Host, the reveal: the kind's view (js/kinds/: how the room answered, the right answer(s) marked), its line, and why,
// beside the question's picture and code.
import { h } from './dom.js';
import { icon } from './icons.js';
import { questionHead, codeBlock } from './question-head.js';
import { revealQuestion } from './reveal-answer.js';
import { kindOf } from './kinds/index.js';
import { explanationBox } from './explanation.js';
import { renderRich } from './rich-text.js';
import { questionPicture } from './picture.js';
import { t } from './i18n.js';

export function hostRevealScreen(state, { onNext, onHideWord }) {
  const q = revealQuestion(state);
  const r = state.reveal;
  const kind = kindOf(q.kind);
  const view = kind.hostReveal(q, r, { onHideWord });
  const answer = view instanceof Node ? view : view.el;
  const summary = kind.summary(r);

  const explanation = explanationBox(r, 'explanation-host');
  const picture = questionPicture(q, 'projector', 'picture-reveal');
  const aside = explanation || q.code || picture;
  const el = h('section', { class: ['hr', `kind-${q.kind}`], 'aria-labelledby': 'hr-text' },
    h('div', { class: 'hq-top' }, questionHead(q),
      h('span', { class: 'pill pill-stat' }, icon(summary.icon), ` ${summary.text}`)),
    renderRich(h('h1', { id: 'hr-text', class: 'hr-text' }), q.text || t('hr.question', { n: q.index + 1 })),
    h('div', { class: ['hr-body', aside ? null : 'no-explanation'], role: 'status', 'aria-live': 'polite' },
      h('p', { class: 'sr-only', text: summary.spoken }),
      answer,
      aside ? h('div', { class: 'hr-aside' }, picture, codeBlock(q.code, 'code-reveal', q.codeLanguage), explanation) : null),
    h('div', { class: 'hq-actions' },
      h('button', { type: 'button', class: 'btn btn-primary btn-lg', 'aria-keyshortcuts': 'Space ArrowRight', onclick: () => onNext(), 'data-next': true },
        h('span', { text: t('board.label') }), icon('next'))));
  return { el, update: view instanceof Node ? undefined : (s) => view.update(s) };
}
