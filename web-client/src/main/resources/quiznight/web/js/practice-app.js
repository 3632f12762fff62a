// Solo practice (practice.html): pick a quiz, play it alone one question at a time against the server, which holds
// the run and its answers (no right answer reaches this page before its question is answered), then the summary.
// The run's id is kept in this browser, so a reload resumes it where it was; the best score per quiz too.
import { h, focus } from './dom.js';
import { practicePickScreen } from './practice-pick.js';
import { practiceQuestionScreen, practiceAnswerScreen } from './practice-play.js';
import { practiceSummaryScreen } from './practice-summary.js';
import { t } from './i18n.js';
import { errorSentence } from './http.js';

/**
 * A refused practice request in the reader's language: the server answers a status and an English sentence, no
 * code; these statuses mean one thing each on this page (404: the run is forgotten or the quiz gone; 409: that
 * question is not the one out; 429: too many runs from this address).
 */
export function practiceError(err) {
  return errorSentence(err, {
    404: () => t('practice.error.gone'),
    409: () => t('practice.error.conflict'),
    429: () => t('practice.error.too-many'),
  });
}

export function startPracticeApp({ main, api, storage, clock, toast }) {
  let screen = null;

  function show(next) {
    screen?.destroy?.();
    screen = next;
    main.replaceChildren(next.el);
    window.scrollTo?.(0, 0);
    if (next.focus) next.focus();
    else focus(next.el.querySelector('h1') ?? main);
  }

  function observe(run) {
    if (Number.isFinite(run.sentAt)) clock.observe(run.sentAt);
    return run;
  }

  /** A run as the server sent it: its question, or its summary once done. */
  function play(run) {
    observe(run);
    storage.savePracticeRun({ session: run.session, quiz: run.quiz.id });
    if (!run.question) {
      finished(run);
      return;
    }
    const question = run.question;
    const q = practiceQuestionScreen(run, {
      clock,
      onAnswer: (field, mine) => api.answer(run.session, question.index, field)
        .then((answered) => answeredScreen({ ...run, ...observe(answered) }, question, answered, mine))
        .catch((err) => {
          toast?.show(practiceError(err), { kind: 'error' });
          if (err.status === 404 || err.status === 409) resume(run.session);
          else q.retry();
        }),
    });
    show(q);
  }

  function answeredScreen(run, question, answered, mine) {
    show(practiceAnswerScreen(run, question, answered, mine, {
      onNext: () => play({ ...run, question: answered.next, summary: answered.summary }),
    }));
  }

  function finished(run) {
    const best = storage.savePracticeBest(run.quiz.id, run.summary.score);
    storage.savePracticeRun(null);
    show(practiceSummaryScreen(run, {
      best,
      onRetry: (missed) => api.start({ quiz: run.quiz.id, questions: missed, timed: run.timed }).then(play)
        .catch((err) => toast?.show(practiceError(err), { kind: 'error' })),
      onAgain: () => pick(),
    }));
  }

  async function pick(error = '') {
    let quizzes;
    try {
      quizzes = await api.quizzes();
    } catch (err) {
      main.replaceChildren(h('p', { class: 'center-message', role: 'alert', text: t('practice.load-failed', { reason: practiceError(err) }) }));
      return;
    }
    if (!quizzes.length) {
      main.replaceChildren(h('p', { class: 'center-message', text: t('practice.no-quizzes') }));
      return;
    }
    show(practicePickScreen({
      quizzes,
      best: (id) => storage.loadPracticeBest(id),
      error,
      onStart: (request) => api.start(request).then(play).catch((err) => {
        throw new Error(practiceError(err));
      }),
    }));
  }

  async function resume(session) {
    try {
      play(await api.state(session));
    } catch (err) {
      storage.savePracticeRun(null);
      pick(err.status === 404 ? t('practice.expired') : '');
    }
  }

  const saved = storage.loadPracticeRun();
  if (saved) resume(saved.session);
  else pick();
}
