// The views every kind answered by picking among `choices` shares (single, multi, truefalse, poll): the phone's
// tiles, the projector's tiles (with the choices' pictures), the bar chart of how the room answered, what the player picked. The kind modules
// compose them; nothing here knows a kind by name.
import { h, setText } from '../dom.js';
import { icon, shape } from '../icons.js';
import { choiceTile, choiceBadge } from '../choice-tile.js';
import { choiceForKey, choiceStyle, gridClass } from '../choices.js';
import { formatNumber } from '../format.js';
import { renderRich } from '../rich-text.js';
import { choicePicture } from '../picture.js';
import { t } from '../i18n.js';

/**
 * The phone's answer tiles. One pick sends at once; with `multi`, picks toggle and a button sends them.
 * @param {object} q the question message
 * @param {object} o
 * @param {boolean} o.multi several choices, sent with the submit button
 * @param {string} o.label the group's accessible name (the kind's hint)
 * @param {(value: any, shown: object) => void} o.send sends the answer (once)
 * @param {() => boolean} o.canPick false once sent or when time is up
 * @returns {{el: HTMLElement, onKey: (e: KeyboardEvent) => void}}
 */
export function choiceInput(q, { multi, label, send, canPick }) {
  const hide = q.hideText === true;
  const selected = new Set();
  const buttons = q.choices.map((c, i) => choiceTile(i, hide ? null : c, {
    tag: 'button',
    picture: hide ? null : choicePicture(q, i, 'phone', c),
    props: { type: 'button', class: 'answer-btn', 'aria-pressed': multi ? 'false' : null, onclick: () => pick(i) },
    extra: multi ? h('span', { class: 'tick', 'aria-hidden': 'true' }, icon('check')) : null,
  }));
  const longest = Math.max(0, ...q.choices.map((c) => String(c).length));
  const grid = h('div', {
    class: ['choices', 'answer-grid', gridClass(q.choices.length), hide ? 'bare' : null, !hide && longest > 28 ? 'long-choices' : null,
      !hide && q.choiceImages ? 'with-pictures' : null],
    role: 'group', 'aria-label': label,
  }, buttons);
  let submit = null;
  if (multi) {
    submit = h('button', { type: 'button', class: 'btn btn-primary btn-xl btn-block submit-multi', disabled: true, onclick: () => submitChoices() },
      h('span', { text: t('kind.multi.pick') }));
  }

  function pick(i) {
    if (!canPick()) return;
    if (multi) {
      if (selected.has(i)) selected.delete(i);
      else selected.add(i);
      buttons[i].setAttribute('aria-pressed', String(selected.has(i)));
      buttons[i].classList.toggle('is-selected', selected.has(i));
      submit.disabled = selected.size === 0;
      setText(submit.querySelector('span'), selected.size === 0 ? t('kind.multi.pick')
        : t('kind.multi.submit', { count: selected.size }));
      return;
    }
    buttons[i].classList.add('is-picked');
    send(i, { choices: [i] });
  }

  function submitChoices() {
    if (selected.size === 0) return;
    const picked = [...selected].sort((a, b) => a - b);
    send(picked, { choices: picked });
  }

  return {
    el: multi ? h('div', { class: 'pq-answer pq-multi' }, grid, submit) : h('div', { class: 'pq-answer' }, grid),
    onKey(e) {
      if (multi && e.key === 'Enter' && selected.size > 0 && !(e.target instanceof HTMLButtonElement)) {
        e.preventDefault();
        submitChoices();
        return;
      }
      const i = choiceForKey(e.key, buttons.length);
      if (i >= 0) {
        e.preventDefault();
        pick(i);
      }
    },
  };
}

/** The picked choices as badges (with their text unless the room hides it), e.g. on "locked in" and a reveal. */
export function pickedChoices(q, choices, { tag = 'div', cls = 'my-answer' } = {}) {
  return h(tag, { class: cls },
    choices.map((i) => h('span', { class: 'my-answer-item' }, choiceBadge(i),
      q.hideText || q.choices?.[i] == null ? null : renderRich(h('span', { class: 'my-answer-text' }), q.choices[i]))));
}

/** What the player picked, shown back after sending: their choices, or null. */
export function myChoices(q, mine) {
  return Array.isArray(mine?.choices) ? pickedChoices(q, mine.choices) : null;
}

/** The projector's tiles during the question. */
export function hostChoices(q) {
  return h('ol', { class: ['choices', 'host-choices', gridClass(q.choices.length), q.choiceImages ? 'with-pictures' : null], 'aria-label': t('kind.answers') },
    q.choices.map((c, i) => choiceTile(i, c, { tag: 'li', picture: choicePicture(q, i, 'projector', c) })));
}

/** The counts per choice a reveal carries (0 where missing). */
export function choiceCounts(q, reveal) {
  return q.choices.map((_, i) => (Number.isFinite(reveal?.counts?.[i]) ? reveal.counts[i] : 0));
}

/** Whole percentages of `total` per count ("of the votes"); all 0 when nobody answered. */
export function percentages(counts, total) {
  return counts.map((c) => (total > 0 ? Math.round((100 * c) / total) : 0));
}

/**
 * How the room answered as a bar chart. `right` (a Set of indexes) marks the right choices; null draws a
 * neutral chart (a poll) with each bar's share of the votes.
 */
export function chart(q, reveal, right) {
  const counts = choiceCounts(q, reveal);
  const total = Number.isFinite(reveal?.answered) ? reveal.answered : counts.reduce((a, b) => a + b, 0);
  const pct = right ? null : percentages(counts, total);
  const max = Math.max(1, ...counts);
  const state = (i) => (right == null ? 'is-vote' : right.has(i) ? 'is-right' : 'is-wrong');
  return h('div', { class: ['chart', right ? null : 'chart-votes'], role: 'img', 'aria-label': q.choices.map((c, i) =>
    pct ? t('kind.chart.pct', { letter: choiceStyle(i).letter, count: counts[i], pct: pct[i] }) : right.has(i) ? t('kind.chart.right', { letter: choiceStyle(i).letter, count: counts[i] }) : t('kind.chart.count', { letter: choiceStyle(i).letter, count: counts[i] })).join(', ') },
  q.choices.map((_, i) => {
    const st = choiceStyle(i);
    const bar = h('span', { class: 'bar' });
    // Heights are set from script (CSP: no inline styles); the CSS transition grows them.
    bar.style.height = '0%';
    requestAnimationFrame(() => requestAnimationFrame(() => {
      bar.style.height = `${Math.max(2, (counts[i] / max) * 82).toFixed(1)}%`; // room for the count above
    }));
    return h('div', { class: ['bar-col', st.cls, state(i)] },
      h('span', { class: 'bar-well' },
        h('span', { class: 'bar-count', text: formatNumber(counts[i]) }),
        pct ? h('span', { class: 'bar-pct', text: `${pct[i]}%` }) : null,
        bar),
      h('span', { class: 'bar-label' }, shape(st.shape, 'choice-shape'), h('span', { class: 'choice-letter', text: st.letter }),
        right?.has(i) ? icon('check', 'icon bar-check') : null));
  }));
}

/** The projector's reveal of a choice question: the chart above the tiles; `right` as for chart. */
export function revealChoices(q, reveal, right) {
  return h('div', { class: 'reveal-choice-kind' },
    chart(q, reveal, right),
    h('ol', { class: ['choices', 'host-choices', 'revealed', right ? null : 'votes', gridClass(q.choices.length),
      q.choiceImages ? 'with-pictures' : null], 'aria-label': t('kind.answers') },
      q.choices.map((c, i) => choiceTile(i, c, {
        tag: 'li',
        picture: choicePicture(q, i, 'projector', c),
        props: { class: right == null ? null : right.has(i) ? 'is-right' : 'is-wrong' },
        extra: right?.has(i) ? h('span', { class: 'right-mark' }, icon('check'), h('span', { class: 'sr-only', text: ' (right answer)' })) : null,
      }))));
}

/** The phone's "Right answer(s)" line for a choice question. */
export function rightChoices(q, idx) {
  return h('div', { class: 'right-answer' },
    h('span', { class: 'right-answer-label', text: idx.length > 1 ? t('kind.right-answers') : t('kind.right-answer') }),
    pickedChoices(q, idx, { tag: 'span', cls: 'right-answer-list' }));
}
