// The editor's pure parts: the draft model from the kinds description, autosave (fake clock), validation's
// placing of problems, and the browser backup of unsaved edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';
import { fakeClock } from './fake-clock.mjs';

const model = await import(js('studio/model.js'));
const { createAutosave, SaveState } = await import(js('studio/autosave.js'));
const validation = await import(js('studio/validation.js'));
const backup = await import(js('studio/backup.js'));

const DESCRIPTION = {
  quizFields: [{ name: 'title', type: 'text', label: 'Title', required: true, maxLength: 200 }],
  questionFields: [
    { name: 'text', type: 'text', label: 'Question', required: true },
    { name: 'code', type: 'code', label: 'Code', required: false },
    { name: 'points', type: 'enum', label: 'Points', required: false, default: 1, options: [{ value: 1, label: 'Standard' }, { value: 2, label: 'Double' }] },
    { name: 'section', type: 'text', label: 'Section', required: false },
  ],
  kinds: [
    { kind: 'single', label: 'Single choice', fields: [{ name: 'choices', type: 'choices', required: true, minItems: 2, maxItems: 6, correct: 'one' }] },
    { kind: 'multi', label: 'Multiple', fields: [{ name: 'choices', type: 'choices', required: true, minItems: 2, maxItems: 6, correct: 'many' }] },
    { kind: 'truefalse', label: 'True or false', fields: [{ name: 'choices', type: 'choices', required: true, minItems: 2, maxItems: 2, correct: 'one', default: ['True', 'False'] }] },
    { kind: 'text', label: 'Typed', fields: [{ name: 'correct', type: 'texts', required: true, minItems: 1 }] },
    { kind: 'number', label: 'Number', fields: [{ name: 'correct.value', type: 'number', required: true }, { name: 'correct.tolerance', type: 'number', required: false, default: 0 }] },
    { kind: 'poll', label: 'Poll', omit: ['points'], fields: [{ name: 'choices', type: 'choices', required: true, minItems: 2, maxItems: 6, correct: 'none' }] },
  ],
};

test('a kind\'s fields: text and code first, then its own, then the common rest minus what it omits', () => {
  assert.deepEqual(model.fieldsFor(DESCRIPTION, 'single').map((f) => f.name), ['text', 'code', 'choices', 'points', 'section']);
  assert.deepEqual(model.fieldsFor(DESCRIPTION, 'poll').map((f) => f.name), ['text', 'code', 'choices', 'section']);
  assert.deepEqual(model.fieldsFor(DESCRIPTION, 'number').map((f) => f.name), ['text', 'code', 'correct.value', 'correct.tolerance', 'points', 'section']);
});

test('blank questions follow the description: two empty choices with the first right, True/False, one empty answer', () => {
  assert.deepEqual(model.blankQuestion(DESCRIPTION, 'single'), { kind: 'single', text: '', choices: ['', ''], correct: [0] });
  assert.deepEqual(model.blankQuestion(DESCRIPTION, 'truefalse'), { kind: 'truefalse', text: '', choices: ['True', 'False'], correct: [0] });
  assert.deepEqual(model.blankQuestion(DESCRIPTION, 'poll'), { kind: 'poll', text: '', choices: ['', ''] });
  assert.deepEqual(model.blankQuestion(DESCRIPTION, 'text'), { kind: 'text', text: '', correct: [''] });
});

test('changing the kind keeps the text, the choices that fit and the right marks; drops what the new kind does not take', () => {
  const q = { kind: 'multi', text: 'Which?', choices: ['a', 'b', 'c'], correct: [1, 2], points: 2, section: 'S' };
  assert.deepEqual(model.changeKind(DESCRIPTION, q, 'single'), { kind: 'single', text: 'Which?', choices: ['a', 'b', 'c'], correct: [1], points: 2, section: 'S' });
  assert.deepEqual(model.changeKind(DESCRIPTION, q, 'poll'), { kind: 'poll', text: 'Which?', choices: ['a', 'b', 'c'], section: 'S' });
  assert.deepEqual(model.changeKind(DESCRIPTION, q, 'number'), { kind: 'number', text: 'Which?', points: 2, section: 'S' });
});

test('dotted paths set and remove nested fields; empty optional fields are removed', () => {
  let q = model.setPath({ kind: 'number' }, 'correct.value', 3);
  q = model.setPath(q, 'correct.tolerance', 0.5);
  assert.deepEqual(q.correct, { value: 3, tolerance: 0.5 });
  assert.equal(model.getPath(q, 'correct.value'), 3);
  const spec = { name: 'section', type: 'text', required: false };
  assert.deepEqual(model.setField({ kind: 'single', section: 'x' }, spec, ''), { kind: 'single' });
  assert.deepEqual(model.setField({ text: 'x' }, { name: 'text', type: 'text', required: true }, ''), { text: '' });
});

test('questions move, duplicate and delete; moves out of range change nothing', () => {
  const d = { title: 'T', questions: [{ text: '1' }, { text: '2' }, { text: '3' }] };
  assert.deepEqual(model.moveQuestion(d, 0, 2).questions.map((q) => q.text), ['2', '3', '1']);
  assert.equal(model.moveQuestion(d, 0, 3), d);
  assert.deepEqual(model.duplicateQuestion(d, 1).questions.map((q) => q.text), ['1', '2', '2', '3']);
  assert.deepEqual(model.deleteQuestion(d, 0).questions.map((q) => q.text), ['2', '3']);
});

function saver(answers) {
  const calls = [];
  const pending = [];
  return {
    calls,
    save: (draft, version, opts) => {
      calls.push({ draft, version, opts });
      return new Promise((resolve) => pending.push(resolve));
    },
    answer: (r) => pending.shift()(r),
  };
}

const tick = () => new Promise((r) => setImmediate(r));

test('autosave: one save after the quiet time, with the version last answered, and the next change saved with the new one', async () => {
  const clock = fakeClock();
  const s = saver();
  const states = [];
  const a = createAutosave({ version: 3, save: s.save, delayMs: 700, env: clock, onState: (st) => states.push(st) });
  a.changed({ title: 'a' });
  clock.advance(400);
  a.changed({ title: 'ab' });
  clock.advance(699);
  assert.equal(s.calls.length, 0);
  clock.advance(1);
  assert.deepEqual(s.calls.map((c) => [c.draft.title, c.version]), [['ab', 3]]);
  s.answer({ status: 200, body: { version: 4 } });
  await tick();
  assert.equal(a.state, SaveState.SAVED);
  assert.equal(a.dirty, false);
  a.changed({ title: 'abc' });
  clock.advance(700);
  assert.deepEqual(s.calls[1].version, 4);
  assert.deepEqual(states.slice(0, 4), ['pending', 'pending', 'saving', 'saved']);
});

test('autosave: changes during a save are saved right after it, never two saves at once', async () => {
  const clock = fakeClock();
  const s = saver();
  const a = createAutosave({ version: 1, save: s.save, env: clock });
  a.changed({ n: 1 });
  clock.advance(700);
  a.changed({ n: 2 });
  clock.advance(700);
  assert.equal(s.calls.length, 1);
  s.answer({ status: 200, body: { version: 2 } });
  await tick();
  clock.advance(0);
  assert.deepEqual(s.calls.map((c) => [c.draft.n, c.version]), [[1, 1], [2, 2]]);
});

test('autosave: 409 stops saving and says changed elsewhere; 410 says deleted; nothing is sent after', async () => {
  for (const [status, expected] of [[409, SaveState.CONFLICT], [410, SaveState.DELETED]]) {
    const clock = fakeClock();
    const s = saver();
    const a = createAutosave({ version: 1, save: s.save, env: clock });
    a.changed({ n: 1 });
    clock.advance(700);
    s.answer({ status, body: { error: 'x' } });
    await tick();
    assert.equal(a.state, expected);
    a.changed({ n: 2 });
    clock.advance(5000);
    assert.equal(s.calls.length, 1);
    assert.equal(a.dirty, true);
  }
});

test('autosave: an unreachable server is tried again later; flush saves at once with keepalive', async () => {
  const clock = fakeClock();
  const s = saver();
  const a = createAutosave({ version: 1, save: s.save, env: clock, retryMs: 3000 });
  a.changed({ n: 1 });
  a.flush({ keepalive: true });
  assert.deepEqual(s.calls[0].opts, { keepalive: true });
  s.answer({ status: 0, body: {} });
  await tick();
  assert.equal(a.state, SaveState.OFFLINE);
  clock.advance(3000);
  assert.equal(s.calls.length, 2);
});

test('validation: problems placed by question and field (correct.value under correct), counted per question', () => {
  const g = validation.groupProblems([
    { question: null, field: 'title', message: 'title is required' },
    { question: 1, field: 'choices', message: 'choices has a duplicate' },
    { question: 1, field: 'correct', message: 'correct is required' },
    { question: 2, field: null, message: 'question 3 is odd' },
  ]);
  assert.deepEqual(validation.problemsAt(g, null, 'title'), ['title is required']);
  assert.deepEqual(validation.problemsAt(g, 1, 'correct.value'), ['correct is required']);
  assert.equal(g.byQuestion.get(1), 2);
  assert.equal(g.total, 4);
  assert.deepEqual(validation.unplaced(g, new Set(['quiz:title', '1:choices', '1:correct'])), ['question 3 is odd']);
  assert.equal(validation.summaryText(0), 'No problems: ready to host');
  assert.equal(validation.summaryText(2), '2 problems to fix before hosting');
  assert.match(validation.hostBlockReason(1), /Fix the problem first/);
  assert.equal(validation.hostBlockReason(0), null);
});

test('validation: asked after the quiet time, and an answer to an older draft is dropped', async () => {
  const clock = fakeClock();
  const resolvers = [];
  const seen = [];
  const v = validation.createValidator({ validate: () => new Promise((r) => resolvers.push(r)), onProblems: (p) => seen.push(p), delayMs: 400, env: clock });
  v.changed({ n: 1 });
  clock.advance(400);
  v.changed({ n: 2 });
  clock.advance(400);
  assert.equal(resolvers.length, 2);
  resolvers[1]({ status: 200, body: { problems: [] } });
  resolvers[0]({ status: 200, body: { problems: [{ message: 'old' }] } });
  await tick();
  assert.deepEqual(seen, [[]]);
});

test('backup: unsaved edits are offered back only when they differ from the server\'s draft', () => {
  const m = new Map();
  const store = { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => m.set(k, v), removeItem: (k) => m.delete(k) };
  backup.keepUnsaved(store, 'q1', 3, { title: 'mine' }, 1000);
  assert.deepEqual(backup.unsavedFor(store, 'q1', { title: 'server' }), { version: 3, draft: { title: 'mine' }, savedAt: 1000 });
  assert.equal(backup.unsavedFor(store, 'q1', { title: 'mine' }), null);
  backup.forgetUnsaved(store, 'q1');
  assert.equal(backup.unsavedFor(store, 'q1', { title: 'server' }), null);
  const broken = { getItem: () => { throw new Error('off'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
  backup.keepUnsaved(broken, 'q1', 1, {});
  assert.equal(backup.unsavedFor(broken, 'q1', {}), null);
});

test('the preview\'s question carries the pictures as the server sends them: phone size beside projector, a choice without one null', async () => {
  const { questionMessage } = await import(js('studio/preview.js'));
  const p = (c) => `/media/${c.repeat(64)}-p.png`;
  const draft = { questions: [{ kind: 'single', text: 'Which planet?', choices: ['Mars', 'Moon'], correct: [0],
    image: p('a'), imageAlt: 'A red planet', choiceImages: [null, p('b')], codeLanguage: 'python', code: 'x = 1' }] };
  const m = questionMessage(draft, 0, 1000);
  assert.deepEqual(m.image, { projector: p('a'), phone: `/media/${'a'.repeat(64)}-m.png`, alt: 'A red planet' });
  assert.deepEqual(m.choiceImages, [null, { projector: p('b'), phone: `/media/${'b'.repeat(64)}-m.png` }]);
  assert.equal(m.codeLanguage, 'python');
  const plain = questionMessage({ questions: [{ kind: 'single', text: 'Q', choices: ['a', 'b'], correct: [0] }] }, 0, 1000);
  assert.equal(plain.image, null);
  assert.equal(plain.choiceImages, null);
});
