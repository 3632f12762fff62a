// Put the items in order (Kahoot's puzzle): the items come shuffled; the phone reorders them by dragging, by
// tapping them first to last, or with each row's "Move up"/"Move down" buttons (keyboard and screen readers: each
// move is announced), then sends the order. Only the exact order scores. The reveal shows the right order and,
// per item, how many put it in its place.
import { h, setText } from '../dom.js';
import { icon } from '../icons.js';
import { choiceBadge } from '../choice-tile.js';
import { formatNumber, ordinal } from '../format.js';
import { hostChoices } from './choice-views.js';
import { scoredVerdict } from './scored.js';
import { t } from '../i18n.js';

/** The order after moving the item at place `from` to place `to` (both 0-based). */
export function moved(order, from, to) {
  const next = [...order];
  const [item] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

/**
 * Tap-in-order: the item tapped goes right after the ones tapped before it (`placed` of them); returns the new
 * order and how many are placed. Tapping a placed item again is a no-op.
 */
export function tapped(order, placed, item) {
  const at = order.indexOf(item);
  if (at < placed) return { order, placed };
  return { order: moved(order, at, placed), placed: placed + 1 };
}

/** The items of `q` in `order` (indexes as shown) as a numbered list with their letters. */
function orderedItems(q, order, cls, counts) {
  return h('ol', { class: ['order-list', cls] },
    order.map((i, place) => h('li', { class: 'order-item' },
      h('span', { class: 'order-place', text: `${place + 1}` }),
      choiceBadge(i),
      h('span', { class: 'order-text', text: q.choices?.[i] ?? '' }),
      counts ? h('span', { class: 'order-count', text: t('kind.order.put-here', { count: counts[i] ?? 0 }) }) : null)));
}

function orderInput(q, { send, canPick }) {
  let order = q.choices.map((_, i) => i);
  let placed = 0;
  const announce = h('p', { class: 'sr-only', role: 'status', 'aria-live': 'assertive' });
  const list = h('ol', { class: 'order-list order-input', 'aria-label': t('kind.order.list') });
  const help = h('p', { class: 'order-help', text: t('kind.order.help') });
  const reset = h('button', { type: 'button', class: 'btn btn-ghost', text: t('kind.order.reset'), onclick: () => { placed = 0; render(); } });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-xl btn-block' }, h('span', { text: t('kind.order.submit') }), icon('next'));
  let drag = null; // {item, row, pointerId}

  const say = (item, place) => setText(announce, t('kind.order.placed', { item: q.choices[item], place: ordinal(place + 1), total: order.length }));

  function move(from, to, focusDir) {
    if (!canPick() || to < 0 || to >= order.length) return;
    const item = order[from];
    order = moved(order, from, to);
    render();
    say(item, to);
    // Keep the focus on the moved item's button (the other one when this one is now disabled, at an end).
    const row = list.children[to];
    (row?.querySelector(`[data-move="${focusDir}"]:not(:disabled)`) ?? row?.querySelector('[data-move]:not(:disabled)'))?.focus();
  }

  function row(item, place) {
    const text = q.choices[item];
    const li = h('li', { class: ['order-item', place < placed ? 'is-placed' : null], dataset: { item: String(item) } },
      h('span', { class: 'order-grip', 'aria-hidden': 'true' }, icon('grip')),
      h('button', {
        type: 'button', class: 'order-tap',
        onclick: () => {
          if (!canPick()) return;
          const r = tapped(order, placed, item);
          order = r.order;
          placed = r.placed;
          render();
          say(item, order.indexOf(item));
        },
      }, h('span', { class: 'order-place', text: `${place + 1}`, 'aria-hidden': 'true' }), choiceBadge(item, true), h('span', { class: 'order-text', text }),
      // Named by its content (the visible text comes first in it: WCAG 2.5.3), the place and what a tap does for screen readers.
      // (the catalogue's sentence with the item's text left out: the button's content already says it).
      h('span', { class: 'sr-only', text: place < placed
        ? t('kind.order.item', { text: '', place: ordinal(place + 1) }) : t('kind.order.item-next', { text: '', place: ordinal(place + 1) }) })),
      h('span', { class: 'order-moves' },
        h('button', { type: 'button', class: 'order-move', 'aria-label': t('kind.order.up', { text }), disabled: place === 0, dataset: { move: 'up' },
          onclick: () => move(place, place - 1, 'up') }, icon('up')),
        h('button', { type: 'button', class: 'order-move', 'aria-label': t('kind.order.down', { text }), disabled: place === order.length - 1,
          dataset: { move: 'down' }, onclick: () => move(place, place + 1, 'down') }, icon('down'))));
    li.addEventListener('pointerdown', (e) => {
      if (!canPick() || !(e.target instanceof Element) || !e.target.closest('.order-grip, .order-tap')) return;
      drag = { item, pointerId: e.pointerId, startY: e.clientY, moved: false };
    });
    return li;
  }

  function render() {
    list.replaceChildren(...order.map(row));
  }

  // Dragging: the pointer's row under it takes the dragged item's place. Pointer events cover touch and mouse.
  list.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.pointerId) return;
    if (!drag.moved && Math.abs(e.clientY - drag.startY) < 8) return;
    if (!drag.moved) {
      drag.moved = true;
      list.setPointerCapture?.(e.pointerId);
      list.classList.add('is-dragging');
    }
    e.preventDefault();
    const rows = [...list.children];
    const to = rows.findIndex((r) => { const b = r.getBoundingClientRect(); return e.clientY >= b.top && e.clientY < b.bottom; });
    const from = order.indexOf(drag.item);
    if (to >= 0 && to !== from) {
      order = moved(order, from, to);
      render();
      list.children[to]?.classList.add('is-lifted');
    }
  });
  const drop = (e) => {
    if (!drag || e.pointerId !== drag.pointerId) return;
    const wasMoved = drag.moved;
    const item = drag.item;
    drag = null;
    list.classList.remove('is-dragging');
    if (wasMoved) {
      // A drag is not a tap: swallow the click that follows it.
      list.addEventListener('click', (c) => { c.stopPropagation(); c.preventDefault(); }, { capture: true, once: true });
      render();
      say(item, order.indexOf(item));
    }
  };
  list.addEventListener('pointerup', drop);
  list.addEventListener('pointercancel', drop);

  const form = h('form', { class: 'pq-answer pq-order', novalidate: true }, help, list, h('div', { class: 'order-actions' }, reset), submit, announce);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!canPick()) return;
    send([...order], { order: [...order] });
  });
  render();
  return { el: form, onKey() {} };
}

/** The projector's line at the reveal: how many got the exact order. */
export function orderSummary(reveal) {
  const answered = reveal?.answered ?? 0;
  const right = reveal?.correctCount ?? 0;
  const text = t('kind.order.summary', { count: answered, right: formatNumber(right) });
  return { icon: 'check', text, spoken: t('kind.order.revealed', { text }) };
}

export default Object.freeze({
  name: 'order',
  get hint() { return t('kind.order.hint'); },
  scores: true,
  hasChoices: true,
  /** The `answer` message's kind field: the items' indexes (as shown) from first place to last. */
  answer: (value) => ({ choices: [...value] }),
  input: orderInput,
  get lockedTitle() { return t('kind.order.locked'); },
  mine: (q, mine) => (Array.isArray(mine?.order) ? orderedItems(q, mine.order, 'my-order') : null),
  hostQuestion: hostChoices,
  hostReveal: (q, r) => h('div', { class: 'order-reveal' },
    h('h2', { class: 'accepted-title', text: t('kind.order.right-title') }),
    orderedItems(q, Array.isArray(r?.correct) ? r.correct : [], 'order-right', Array.isArray(r?.counts) ? r.counts : [])),
  summary: orderSummary,
  verdict: scoredVerdict,
  phoneReveal: (q, r) => h('div', { class: 'right-answer' },
    h('span', { class: 'right-answer-label', text: t('kind.order.right') }),
    orderedItems(q, Array.isArray(r?.correct) ? r.correct : [], 'order-right-phone')),
});
