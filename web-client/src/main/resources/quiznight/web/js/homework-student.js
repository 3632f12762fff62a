// Homework on a phone (homework.html#<id>): the student gives a nickname, then plays alone, one question at a time,
// with their own timer (measured by the server from when it sent the question); the right answer and the
// explanation come after each answer; at the end their score, rank among those who finished so far, and
// "My answers". Their token stays in this browser, so leaving and coming back resumes at their question.
import { h, setText, focus } from './dom.js';
import { icon } from './icons.js';
import { ordinal, formatNumber, plural } from './format.js';
import { countdown } from './countdown.js';
import { questionHead, codeBlock } from './question-head.js';
import { renderRich } from './rich-text.js';
import { questionPicture } from './picture.js';
import { explanationBox } from './explanation.js';
import { kindOf } from './kinds/index.js';
import { recapView } from './recap-view.js';
import { homeworkId } from './homework-api.js';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
/** The phone asks again this long after its countdown ends: the server's grace, so a late tap still counts. */
const AFTER_TIME_MS = 2500;

/** The intro's line: "5 questions · about 2 minutes · due 12 Dec, 18:00". */
export function introLine(info) {
  const minutes = Math.max(1, Math.round(info.totalTimeMs / 60000));
  return `${plural(info.questions, 'question')} · at most ${plural(minutes, 'minute')} · due ${DATE.format(info.deadline)}`;
}

/** The title of the feedback after an answer (or none): right, not right, answered (a poll), time up. */
export function feedbackTitle(outcome) {
  if (outcome.late) return 'Too late: this one scores nothing';
  if (outcome.timedOut) return 'Time’s up: this one scores nothing';
  if (!outcome.reveal.judged) return 'Answer saved';
  return outcome.right ? `Right! +${formatNumber(outcome.points)} points` : 'Not right';
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
    screen(main, h('h1', { class: 'screen-title', text: title }), h('p', { class: 'muted', text }));
  }

  async function begin() {
    if (!id) {
      message('No homework here', 'This link has no homework in it: open the link your teacher gave you.');
      return;
    }
    try {
      info = await api.info(id);
    } catch (e) {
      message('No homework here', e.message);
      return;
    }
    document.title = `QuizNight · ${info.title}`;
    if (tokens.load(id)) next();
    else intro();
  }

  function intro() {
    const name = h('input', { class: 'input', id: 'hw-name', name: 'name', type: 'text', maxlength: 32, autocomplete: 'nickname', required: true });
    const error = h('p', { class: 'form-error', role: 'alert' });
    const start = h('button', { type: 'submit', class: 'btn btn-primary btn-block btn-xl' }, icon('play'), h('span', { text: 'Start' }));
    const form = h('form', { class: 'card hw-join', novalidate: true, onsubmit: async (e) => {
      e.preventDefault();
      start.disabled = true;
      try {
        tokens.save(id, await api.join(id, name.value));
        next();
      } catch (err) {
        setText(error, err.message);
        start.disabled = false;
        focus(name);
      }
    } },
    h('label', { htmlFor: 'hw-name', text: 'Your nickname' }), name, error, start);
    screen(main,
      h('p', { class: 'hw-kicker', text: 'Homework' }),
      h('h1', { class: 'screen-title', text: info.title }),
      h('p', { class: 'muted', text: info.quizTitle }),
      h('p', { class: 'hw-facts', text: introLine(info) }),
      info.closed
        ? h('p', { class: 'notice', role: 'status', text: 'This homework closed at its deadline.' })
        : [h('p', { class: 'hw-rules', text: 'Play alone, at your own pace: each question has its own timer, and you see the answer after yours. You can leave and come back on this phone.' }), form]);
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
      message(e.status === 410 ? 'This homework has closed' : 'Something went wrong', e.message);
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
      setText(status, 'Sending your answer…');
      try {
        const outcome = await api.answer(id, me.token, q.index, kind.answer(value));
        feedback(q.index, outcome, q);
      } catch (e) {
        if (e.status === 409 || e.status === 400) {
          setText(status, e.message);
          if (e.status === 400) {
            sent = false;
            input.el.hidden = false;
          } else {
            setTimeout(next, 1500);
          }
        } else {
          setText(status, `${e.message} Try again.`);
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
      h('p', { class: 'hw-score muted', text: `${me.name} · ${formatNumber(q.score)} points` }));
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
      h('p', { class: 'hw-score', text: `Your score: ${formatNumber(outcome.score)} points` }),
      h('button', { type: 'button', class: 'btn btn-primary btn-block btn-xl', onclick: next },
        icon('next'), h('span', { text: last ? 'See my result' : 'Next question' })));
  }

  function finished(step) {
    const box = h('div', { class: 'hw-recap' });
    const mine = h('button', { type: 'button', class: 'btn btn-secondary btn-block', onclick: async () => {
      mine.disabled = true;
      try {
        box.replaceChildren(recapView(await api.recap(id, tokens.load(id).token)));
        mine.hidden = true;
      } catch (e) {
        box.replaceChildren(h('p', { class: 'notice', role: 'alert', text: e.message }));
        mine.disabled = false;
      }
    } }, icon('list'), h('span', { text: 'My answers' }));
    screen(main,
      h('p', { class: 'hw-kicker', text: info.title }),
      h('h1', { class: 'screen-title', text: 'Homework done!' }),
      h('p', { class: 'hw-final', text: `${formatNumber(step.score)} points` }),
      h('p', { class: 'hw-rank', text: `${ordinal(step.rank)} of ${formatNumber(step.finishedCount)} who finished so far` }),
      mine, box);
  }

  begin();
  return { next };
}
