// The selected question as the room will see it: the projector's and a phone's question screens side by side,
// drawn by the game's own screens (host-question.js, player-question.js and the kind modules they use), fed a
// `question` message built from the draft. Nothing is drawn twice: what changes in a game screen changes here.
import { h, clear } from '../dom.js';
import { hostQuestionScreen } from '../host-question.js';
import { playerQuestionScreen } from '../player-question.js';
import { reduce, initialState } from '../state.js';
import { kindOf } from '../kinds/index.js';
import { t } from '../i18n.js';

const DEFAULT_LIMIT_SEC = 20;

/** A picture as the `question` message carries it: the projector path, its phone size (`-m.` for `-p.`), alt. */
function wirePicture(path, alt) {
  if (typeof path !== 'string' || !path) return null;
  const picture = { projector: path, phone: path.replace(/-p\.(png|jpg)$/, '-m.$1') };
  if (alt != null) picture.alt = alt;
  return picture;
}

/**
 * The `question` message the server would send for question `index` of the draft (a blank text shows as
 * "Your question"; missing choices as "Answer A" …), with its whole time left at `now`.
 */
export function questionMessage(draft, index, now = Date.now()) {
  const q = draft.questions[index] ?? {};
  const limitMs = (q.timeLimitSec ?? draft.timeLimitSec ?? DEFAULT_LIMIT_SEC) * 1000;
  const kind = kindOf(q.kind);
  let choices = [];
  if (kind.hasChoices) {
    const given = Array.isArray(q.choices) && q.choices.length ? q.choices : (q.kind === 'truefalse' ? [t('studio.true'), t('studio.false')] : []);
    choices = given.map((c, i) => (String(c ?? '').trim() || t('studio.answer', { letter: String.fromCharCode(65 + i) })));
  }
  return {
    type: 'question', index, total: draft.questions.length, kind: q.kind,
    text: String(q.text ?? '').trim() || t('studio.your-question'),
    code: q.code ? String(q.code) : null,
    choices, timeLimitMs: limitMs, deadline: now + limitMs,
    points: kind.scores ? (q.points ?? 1) : 1,
    hideText: false, section: q.section ?? null,
    image: wirePicture(q.image, q.imageAlt ?? null),
    choiceImages: Array.isArray(q.choiceImages) && kind.hasChoices ? choices.map((_, i) => wirePicture(q.choiceImages[i])) : null,
    codeLanguage: q.codeLanguage || null,
  };
}

/** A clock frozen at the question's start: the preview's countdown shows the whole time. */
function frozenClock(message) {
  return { remaining: () => message.timeLimitMs, now: () => message.deadline - message.timeLimitMs, observe() {} };
}

/** The preview panel; show(draft, index) redraws it (or says there is nothing to preview). */
export function previewPanel() {
  const projector = h('div', { class: 'preview-frame preview-projector' });
  const phone = h('div', { class: 'preview-frame preview-phone' });
  const el = h('section', { class: 'card studio-preview', 'aria-labelledby': 'preview-title' },
    h('h2', { id: 'preview-title', class: 'studio-h2', text: t('studio.preview') }),
    h('div', { class: 'preview-pair' },
      h('figure', { class: 'preview-fig' },
        h('div', { class: 'preview-scale preview-scale-projector', inert: true, 'aria-hidden': 'true' }, projector),
        h('figcaption', { text: t('studio.projector') })),
      h('figure', { class: 'preview-fig' },
        h('div', { class: 'preview-scale preview-scale-phone', inert: true, 'aria-hidden': 'true' }, phone),
        h('figcaption', { text: t('studio.phone') }))));
  let shown = [];

  function drop() {
    for (const s of shown) s.destroy?.();
    shown = [];
    clear(projector);
    clear(phone);
  }

  return {
    el,
    show(draft, index) {
      drop();
      if (!draft?.questions?.[index]) return;
      const m = questionMessage(draft, index);
      const state = reduce({ ...initialState, count: 0 }, m);
      const clock = frozenClock(m);
      try {
        const host = hostQuestionScreen(state, { clock, onNext: () => {} });
        host.update?.(state);
        const player = playerQuestionScreen(state, { clock, onAnswer: () => {} });
        player.update?.(state);
        shown = [host, player];
        projector.append(h('div', { class: 'host-page preview-host' }, host.el));
        phone.append(h('div', { class: 'player preview-player' }, player.el));
      } catch {
        projector.append(h('p', { class: 'muted', text: t('studio.fill-in') }));
      }
    },
    destroy: drop,
  };
}
