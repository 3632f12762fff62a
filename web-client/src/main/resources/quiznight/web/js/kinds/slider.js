// Pick a number on a slider (the question's `input`: min, max, step, unit); full points inside the quiz's tolerance,
// none outside. The phone: a range input, its value read out, and Submit. The reveal: a histogram strip of where the
// answers fell over the range, the tolerance band and the right value marked.
import { h, setText } from '../dom.js';
import { icon } from '../icons.js';
import { typeOnPhone, rightTyped } from './typed-views.js';
import { scoredVerdict, scoredSummary } from './scored.js';
import { t } from '../i18n.js';

/** Bins of the reveal's histogram at most (as the server). */
export const MAX_BINS = 40;

/** The slider's range from a question's `input` (or a reveal's `correct`), with safe defaults. */
export function range(src) {
  const min = Number.isFinite(src?.min) ? src.min : 0;
  const max = Number.isFinite(src?.max) && src.max > min ? src.max : min + 100;
  const step = Number.isFinite(src?.step) && src.step > 0 ? src.step : 1;
  return { min, max, step, unit: typeof src?.unit === 'string' ? src.unit : '' };
}

/** A value with its unit: "80 %", "3.5 km", "12" (no unit). */
export function withUnit(value, unit) {
  const n = Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: 6 }) : '';
  return unit ? `${n} ${unit}` : n;
}

/** The value `v` snapped to the slider's steps and range. */
export function snap(v, { min, max, step }) {
  const k = Math.round((v - min) / step);
  return Math.min(max, Math.max(min, Math.round((min + k * step) * 1e9) / 1e9));
}

/** The histogram's bins: [{from, to}] in value, as the server counts them (one per step, or 40 equal bins). */
export function bins({ min, max, step }) {
  const positions = Math.round((max - min) / step) + 1;
  if (positions <= MAX_BINS) return Array.from({ length: positions }, (_, i) => ({ from: min + i * step, to: min + i * step }));
  const w = (max - min) / MAX_BINS;
  return Array.from({ length: MAX_BINS }, (_, i) => ({ from: min + i * w, to: min + (i + 1) * w }));
}

/** Where `v` sits on the range, 0 to 100 (percent). */
function at(v, { min, max }) {
  return Math.min(100, Math.max(0, ((v - min) / (max - min)) * 100));
}

function sliderInput(q, { send, canPick }) {
  const r = range(q.input);
  const start = snap((r.min + r.max) / 2, r);
  const readout = h('output', { class: 'slider-readout', for: 'slider-answer', 'aria-live': 'off', text: withUnit(start, r.unit) });
  const input = h('input', {
    id: 'slider-answer', class: 'slider-input', type: 'range', min: r.min, max: r.max, step: r.step, value: String(start),
    'aria-valuetext': withUnit(start, r.unit),
  });
  const submitText = h('span', { text: t('kind.slider.submit', { value: withUnit(start, r.unit) }) });
  input.addEventListener('input', () => {
    const v = Number(input.value);
    setText(readout, withUnit(v, r.unit));
    input.setAttribute('aria-valuetext', withUnit(v, r.unit));
    setText(submitText, t('kind.slider.submit', { value: withUnit(v, r.unit) }));
  });
  const form = h('form', { class: 'pq-answer pq-typed pq-slider', novalidate: true },
    h('label', { htmlFor: 'slider-answer', class: 'typed-label', text: t('kind.your-answer') }),
    readout,
    input,
    h('div', { class: 'slider-ends', 'aria-hidden': 'true' },
      h('span', { text: withUnit(r.min, r.unit) }), h('span', { text: withUnit(r.max, r.unit) })),
    h('button', { type: 'submit', class: 'btn btn-primary btn-xl btn-block' }, submitText, icon('next')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!canPick()) return;
    const v = snap(Number(input.value), r);
    send(v, { value: v, unit: r.unit });
  });
  return { el: form, onKey() {} };
}

/** The projector during the question: the range to pick from. */
function hostSlider(q) {
  const r = range(q.input);
  return h('div', { class: 'slider-host' },
    typeOnPhone('chart', t('kind.slider.on-phone')),
    h('div', { class: 'slider-scale', 'aria-label': t('kind.slider.scale', { from: withUnit(r.min, r.unit), to: withUnit(r.max, r.unit) }) },
      h('span', { text: withUnit(r.min, r.unit) }), h('span', { class: 'slider-scale-line', 'aria-hidden': 'true' }),
      h('span', { text: withUnit(r.max, r.unit) })));
}

/** The reveal's strip: a bar per bin (its count), the tolerance band and the right value's marker. */
export function histogram(reveal) {
  const c = reveal?.correct ?? {};
  const r = range(c);
  const value = Number.isFinite(c.value) ? c.value : r.min;
  const tol = Number.isFinite(c.tolerance) ? c.tolerance : 0;
  const bs = bins(r);
  const counts = bs.map((_, i) => (Number.isFinite(reveal?.counts?.[i]) ? reveal.counts[i] : 0));
  const max = Math.max(1, ...counts);
  const inBand = (b) => b.to >= value - tol - 1e-9 && b.from <= value + tol + 1e-9;
  // With a bin per step, a value sits in the middle of its bin's column, and the band covers whole columns.
  const perStep = bs.length > 0 && bs[0].from === bs[0].to;
  const half = perStep ? 50 / bs.length : 0;
  const place = (v) => (perStep ? ((Math.min(r.max, Math.max(r.min, v)) - r.min) / r.step + 0.5) * (100 / bs.length) : at(v, r));
  const left = Math.max(0, place(value - tol) - half);
  const right = Math.min(100, place(value + tol) + half);
  const band = h('span', { class: 'slider-band', 'aria-hidden': 'true' });
  band.style.left = `${left.toFixed(2)}%`;
  band.style.width = `${Math.max(0.6, right - left).toFixed(2)}%`;
  const marker = h('span', { class: 'slider-marker', 'aria-hidden': 'true' }, h('span', { class: 'slider-marker-label', text: withUnit(value, r.unit) }));
  marker.style.left = `${place(value).toFixed(2)}%`;
  const described = bs.map((b, i) => ({ b, n: counts[i] })).filter((x) => x.n > 0)
    .map(({ b, n }) => t('kind.slider.bucket', { count: n, at: b.from === b.to ? withUnit(b.from, r.unit) : t('kind.slider.range', { from: withUnit(b.from, r.unit), to: withUnit(b.to, r.unit) }) }));
  const bars = h('div', { class: 'slider-bars' }, bs.map((b, i) => {
    const bar = h('span', { class: ['slider-bar', inBand(b) ? 'is-right' : null], title: `${counts[i]}` });
    bar.style.height = counts[i] > 0 ? `${Math.max(4, (counts[i] / max) * 100).toFixed(1)}%` : '0';
    return bar;
  }));
  return h('figure', { class: 'slider-strip', role: 'img',
    'aria-label': t('kind.slider.chart', { value: withUnit(value, r.unit), tol: withUnit(tol, r.unit), answers: described.join(', ') || t('kind.slider.no-answers') }) },
  h('div', { class: 'slider-plot' }, band, bars, marker),
  h('div', { class: 'slider-ends' }, h('span', { text: withUnit(r.min, r.unit) }), h('span', { text: withUnit(r.max, r.unit) })));
}

/** "80 % (± 5 %)", or "80 %" with no tolerance. */
export function sliderAnswer(correct) {
  const r = range(correct);
  if (!Number.isFinite(correct?.value)) return '';
  return correct.tolerance > 0 ? `${withUnit(correct.value, r.unit)} (± ${withUnit(correct.tolerance, r.unit)})` : withUnit(correct.value, r.unit);
}

export default Object.freeze({
  name: 'slider',
  get hint() { return t('kind.slider.hint'); },
  scores: true,
  hasChoices: false,
  /** The `answer` message's kind field: the value on the slider. */
  answer: (value) => ({ value: Number(value) }),
  input: sliderInput,
  get lockedTitle() { return t('kind.locked'); },
  mine: (q, mine) => (mine && Number.isFinite(mine.value)
    ? h('div', { class: 'my-answer' }, h('span', { class: 'my-answer-typed', text: withUnit(mine.value, range(q.input).unit) })) : null),
  hostQuestion: hostSlider,
  hostReveal: (q, r) => h('div', { class: 'slider-reveal' },
    h('h2', { class: 'accepted-title', text: t('kind.answer-title') }),
    h('p', { class: 'accepted-big', text: sliderAnswer(r?.correct) }),
    histogram(r)),
  summary: scoredSummary,
  verdict: scoredVerdict,
  phoneReveal: (q, r) => rightTyped(sliderAnswer(r?.correct), ''),
});
