// What a screen reader hears on the phone as the game moves on, through one polite live region that stays in the
// page (a region added with its text already in it is often not read): the new question (its number, the time to
// answer, what it wants and its choices; focus goes to its heading, which reads the question itself), the
// player's result (right or not, the points, their score and rank) and their
// place at the standings and the end. The time left is the countdown's own region (countdown.js, time-announcer.js);
// "answer locked in" is the question screen's status line (player-question.js).
import { h, setText } from './dom.js';
import { Phase } from './protocol.js';
import { kindOf } from './kinds/index.js';
import { choiceStyle } from './choices.js';
import { ordinal, secondsLeft } from './format.js';
import { t } from './i18n.js';

function place(rank, players, score) {
  if (!Number.isFinite(rank) || !Number.isFinite(players)) return t('announce.score', { score: score ?? 0 });
  return t('announce.place', { rank: ordinal(rank), players, count: score ?? 0 });
}

function questionText(q) {
  const kind = kindOf(q.kind);
  const parts = [t('announce.question', { n: q.index + 1, total: q.total, time: t('options.seconds', { count: secondsLeft(q.timeLimitMs) }) })];
  parts.push(`${kind.hint}.`);
  if (kind.hasChoices && q.hideText !== true && Array.isArray(q.choices) && q.choices.length > 0) {
    parts.push(t('announce.choices', { list: q.choices.map((c, i) => `${choiceStyle(i).letter}, ${c}`).join('; ') }));
  }
  return parts.join(' ');
}

function resultText(q, r) {
  const kind = kindOf(q?.kind);
  let verdict;
  if (!kind.scores) verdict = t('announce.in');
  else if (r.correct) verdict = t('kind.scored.correct-spoken', { count: r.points ?? 0 });
  else verdict = t('announce.wrong');
  return `${verdict} ${place(r.rank, r.players, r.score)}`;
}

/**
 * What to announce going from state `prev` to `next` (state.js), or null when nothing new is to be said. Pure.
 */
export function playerAnnouncement(prev, next) {
  if (next.role !== 'player') return null;
  const q = next.question;
  if (next.phase === Phase.QUESTION && q && (prev.phase !== Phase.QUESTION || prev.question?.index !== q.index)) {
    return questionText(q);
  }
  const r = next.result;
  if (r && next.reveal && r.index === next.reveal.index && !(prev.result && prev.result.index === r.index)) {
    return resultText(q, r);
  }
  if (next.phase === Phase.STANDINGS && next.standings && prev.standings?.index !== next.standings.index) {
    return place(next.rank, next.count, next.score);
  }
  if (next.phase === Phase.FINISHED && prev.phase !== Phase.FINISHED) {
    return t('announce.game-over', { place: place(next.rank, next.count, next.score) });
  }
  return null;
}

/** The live region, to add to the page once; `update(state)` after each render says what is new. */
export function playerAnnouncer(initial) {
  const el = h('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true', id: 'player-announcer' });
  let last = initial;
  return {
    el,
    update(state) {
      const text = playerAnnouncement(last, state);
      last = state;
      if (text) setText(el, text);
    },
  };
}
