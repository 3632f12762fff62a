// The question kinds this page knows, one module each (js/kinds/<kind>.js, all the same shape). Screens ask
// kindOf(question.kind) instead of branching on a kind's name; a kind not listed here gets `unsupported`, whose
// views say to reload the page. A new kind adds its module and one line below.
//
// The shape of a kind:
//   name          the wire name ("single")
//   hint          what the question wants, in words ("Pick one answer"): the phone's hint line, the projector's pill
//   scores        false when nothing is right and nothing scores (poll)
//   hasChoices    answered by picking among `choices`
//   answer(value) the `answer` message's kind field ({choice}, {choices}, {text}, {value})
//   input(q, {label, send, canPick}) the phone's input: {el, onKey(e)}; it calls send(value, shown) once
//   lockedTitle   the phone's title once the answer is acknowledged ("Answer locked in", "Vote in")
//   mine(q, myAnswer)           what the player answered, shown back (or null)
//   hostQuestion(q, ctx)        the projector's view of the question's answers: an element, or {el, update(state)}
//                               when it changes while the question is open (the word cloud); ctx: {onHideWord}
//   hostReveal(q, reveal, ctx)  the projector's reveal: the right answer and how the room answered (an element, or
//                               {el, update(state)} as hostQuestion)
//   summary(reveal)             the projector's line at the reveal: {icon, text, spoken}
//   verdict(result, {answered, mine, q}) the phone's verdict at the reveal: {cls, spoken, el}
//   phoneReveal(q, reveal)      the phone's right-answer line (or null)
import single from './single.js';
import multi from './multi.js';
import truefalse from './truefalse.js';
import text from './text.js';
import number from './number.js';
import poll from './poll.js';
import order from './order.js';
import slider from './slider.js';
import wordcloud from './wordcloud.js';
import unsupported from './unsupported.js';
import { msg } from '../protocol.js';

export const KINDS = Object.freeze([single, multi, truefalse, text, number, poll, order, slider, wordcloud]);

const BY_NAME = new Map(KINDS.map((k) => [k.name, k]));

/** The kind module for a question's `kind`; `unsupported` for one this page does not know. */
export function kindOf(name) {
  return BY_NAME.get(name) ?? unsupported;
}

/** True when this page knows the kind. */
export function isKnownKind(name) {
  return BY_NAME.has(name);
}

/** The `answer` message for an answer the phone sent: {index, kind, value}. */
export function answerMessage({ index, kind, value }) {
  return msg.answer(index, kindOf(kind).answer(value));
}
