// Homework on a phone (homework.html#<id>): the student gives a nickname, then plays alone, one question at a time,
// with their own timer (measured by the server from when it sent the question); the right answer and the
// explanation come after each answer; at the end their score, rank among those who finished so far, and
// "My answers". Their token stays in this browser, so leaving and coming back resumes at their question.
import { h, setText, focus } from './dom.js';
import { icon } from './icons.js';
import { ordinal } from './format.js';
import { t, formatDate } from './i18n.js';
import { errorSentence } from './http.js';
import { languagePicker } from './language-picker.js';
import { countdown } from './countdown.js';
import { questionHead, codeBlock } from './question-head.js';
import { renderRich } from './rich-text.js';
import { questionPicture } from './picture.js';
import { explanationBox } from './explanation.js';
import { kindOf } from './kinds/index.js';
import { recapView } from './recap-view.js';
import { homeworkId } from './homework-api.js';

/** The phone asks again this long after its countdown ends: the server's grace, so a late tap still counts. */
const AFTER_TIME_MS = 2500;

/** The intro's line: "5 questions · about 2 minutes · due 12 Dec, 18:00". */
export function introLine(info) {
  const minutes = Math.max(1, Math.round(info.totalTimeMs / 60000));
  return [t('homework.n-questions', { count: info.questions }), t('homework.at-most', { count: minutes }),
    t('homework.due', { when: formatDate(info.deadline) })].join(' · ');
}

/** The title of the feedback after an answer (or none): right, not right, answered (a poll), time up. */
export function feedbackTitle(outcome) {
  if (outcome.late) return t('homework.late');
  if (outcome.timedOut) return t('homework.timed-out');
  if (!outcome.reveal.judged) return t('homework.saved');
  return outcome.right ? t('homework.right', { count: outcome.points }) : t('homework.wrong');
}

/**
 * A refused homework request in the reader's language: the server answers a status and an English sentence, no
 * code; on the student's page these statuses mean one thing each (403: not this homework's token; 404: no such
 * homework; 410: closed at its deadline; 429: too many joins from one address). A 400 or 409 says several things: in English the server's sentence,
 * in another language its English sentence still (no code to translate it by).
 */
export function homeworkError(err) {
  return errorSentence(err, {
    403: () => t('homework.error.token'),
    404: () => t('homework.error.not-found'),
    410: () => t('homework.error.closed'),
    429: () => t('homework.error.too-many'),
  });
}

function screen(main, ...children) {
  const el = h('section', { class: 'hw' }, ...children);
  main.replaceChildren(el);
  const title = el.querySelector('h1');
  if (title) {
    title.tabIndex = -1;
    focus(title);
  }
  return el;
}

export function startHomework({ main, api, tokens, location }) {
  const id = homeworkId(location.hash);
  let info = null;
  let current = null; // the question on screen: stop its countdown when it goes
  let shownLast = null; // the last question shown, to draw its right answer if its time runs out

  function message(title, text) {
    screen(main, h('div', { class: 'hw-top' }, h('h1', { class: 'screen-title', text: title }), languagePicker({ cls: 'hw-lang', compact: true })),
      h('p', { class: 'muted', text }));
  }

  async function begin() {
    if (!id) {
      message(t('homework.none'), t('homework.no-link'));
      return;
    }
    try {
      info = await api.info(id);
    } catch (e) {
      message(t('homework.none'), homeworkError(e));
      return;
    }
    document.title = `QuizNight · ${info.title}`;
    if (tokens.load(id)) next();
    else intro();
  }

  function intro() {
    const name = h('input', { class: 'input', id: 'hw-name', name: 'name', type: 'text', maxlength: 32, autocomplete: 'nickname', required: true });
    const error = h('p', { class: 'form-error', role: 'alert' });
    const start = h('button', { type: 'submit', class: 'btn btn-primary btn-block btn-xl' }, icon('play'), h('span', { text: t('homework.start') }));
    const form = h('form', { class: 'card hw-join', novalidate: true, onsubmit: async (e) => {
      e.preventDefault();
      start.disabled = true;
      try {
        tokens.save(id, await api.join(id, name.value));
        next();
      } catch (err) {
        setText(error, homeworkError(err));
        start.disabled = false;
        focus(name);
      }
    } },
    h('label', { htmlFor: 'hw-name', text: t('homework.nickname') }), name, error, start);
    screen(main,
      h('div', { class: 'hw-top' }, h('p', { class: 'hw-kicker', text: t('homework.kicker') }), languagePicker({ cls: 'hw-lang', compact: true })),
      h('h1', { class: 'screen-title', text: info.title }),
      h('p', { class: 'muted', text: info.quizTitle }),
      h('p', { class: 'hw-facts', text: introLine(info) }),
      info.closed
        ? h('p', { class: 'notice', role: 'status', text: t('homework.closed') })
        : [h('p', { class: 'hw-rules', text: t('homework.rules') }), form]);
  }

  async function next() {
    current?.stop();
    current = null;
    const me = tokens.load(id);
    let step;
    try {
      step = await api.question(id, me.token);
    } catch (e) {
      if (e.status === 403) {
        tokens.forget(id);
        intro();
        return;
      }
      message(e.status === 410 ? t('homework.has-closed') : t('homework.went-wrong'), homeworkError(e));
      return;
    }
    if (step.timedOut) {
      const q = shownLast?.index === step.timedOut.index ? shownLast : step;
      feedback(step.timedOut.index, { timedOut: true, reveal: step.timedOut, score: step.score, finished: step.finished }, q);
    }
    else if (step.finished) finished(step);
    else question(step, me);
  }

  function question(q, me) {
    shownLast = q;
    const kind = kindOf(q.kind);
    const deadline = Date.now() + q.remainingMs;
    const clock = { remaining: (d) => d - Date.now() };
    const cd = countdown({ clock, deadline, timeLimitMs: q.timeLimitMs, cls: 'cd-player' });
    let sent = false;
    const status = h('p', { class: 'hw-status', role: 'status', 'aria-live': 'polite' });
    const send = async (value) => {
      if (sent) return;
      sent = true;
      input.el.hidden = true;
      setText(status, t('homework.sending'));
      try {
        const outcome = await api.answer(id, me.token, q.index, kind.answer(value));
        feedback(q.index, outcome, q);
      } catch (e) {
        if (e.status === 409 || e.status === 400) {
          setText(status, homeworkError(e));
          if (e.status === 400) {
            sent = false;
            input.el.hidden = false;
          } else {
            setTimeout(next, 1500);
          }
        } else {
          setText(status, t('homework.try-again', { reason: homeworkError(e) }));
          sent = false;
          input.el.hidden = false;
        }
      }
    };
    const input = kind.input(q, { label: kind.hint, send, canPick: () => !sent && cd.secondsLeft() !== 0 });
    const timer = setTimeout(() => {
      if (!sent) {
        sent = true;
        next();
      }
    }, Math.max(0, q.remainingMs) + AFTER_TIME_MS);
    current = { stop: () => { cd.stop(); clearTimeout(timer); } };
    screen(main,
      h('div', { class: 'pq-top' }, questionHead(q, { compact: true }), cd.el),
      renderRich(h('h1', { class: ['pq-text', q.text.length > 120 ? 'long' : null] }), q.text),
      questionPicture(q, 'phone', 'picture-player'),
      codeBlock(q.code, 'code-player', q.codeLanguage),
      h('p', { class: 'pq-hint', text: kind.hint }),
      input.el,
      status,
      h('p', { class: 'hw-score muted', text: t('homework.name-score', { name: me.name, count: q.score }) }));
  }

  function feedback(index, outcome, q) {
    current?.stop();
    current = null;
    const kind = kindOf(q.kind ?? 'unsupported');
    const reveal = outcome.reveal;
    const shown = { kind: q.kind, choices: q.choices ?? [], index };
    const good = outcome.right === true;
    const last = outcome.finished === true || (q.total != null && index + 1 >= q.total);
    screen(main,
      h('div', { class: ['hw-verdict', good ? 'is-right' : reveal.judged ? 'is-wrong' : 'is-answered'] },
        h('span', { class: 'hw-verdict-icon', 'aria-hidden': 'true' }, icon(good ? 'check' : reveal.judged ? 'cross' : 'check')),
        h('h1', { class: 'screen-title', text: feedbackTitle(outcome) })),
      q.kind && reveal.judged && reveal.correct != null ? kind.phoneReveal(shown, reveal) : null,
      explanationBox(reveal),
      h('p', { class: 'hw-score', text: t('homework.your-score', { count: outcome.score }) }),
      h('button', { type: 'button', class: 'btn btn-primary btn-block btn-xl', onclick: next },
        icon('next'), h('span', { text: last ? t('homework.see-result') : t('homework.next') })));
  }

  function finished(step) {
    const box = h('div', { class: 'hw-recap' });
    const mine = h('button', { type: 'button', class: 'btn btn-secondary btn-block', onclick: async () => {
      mine.disabled = true;
      try {
        box.replaceChildren(recapView(await api.recap(id, tokens.load(id).token)));
        mine.hidden = true;
      } catch (e) {
        box.replaceChildren(h('p', { class: 'notice', role: 'alert', text: homeworkError(e) }));
        mine.disabled = false;
      }
    } }, icon('list'), h('span', { text: t('homework.my-answers') }));
    screen(main,
      h('p', { class: 'hw-kicker', text: info.title }),
      h('h1', { class: 'screen-title', text: t('homework.done') }),
      h('p', { class: 'hw-final', text: t('homework.points', { count: step.score }) }),
      h('p', { class: 'hw-rank', text: t('homework.rank', { rank: ordinal(step.rank), count: step.finishedCount }) }),
      mine, box);
  }

  begin();
  return { next };
}
