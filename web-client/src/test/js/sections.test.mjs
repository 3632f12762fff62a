import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const s = await import(js('sections.js'));

const partly = { questions: 5, sections: [{ name: 'Models', questions: 1 }] };
const two = { questions: 6, sections: [{ name: 'Models', questions: 2 }, { name: 'Views', questions: 3 }] };

test('5 questions, 1 with a section: all 5 are playable, the 4 others as their own group', () => {
  assert.deepEqual(s.sectionGroups(partly).map((g) => [g.name, g.questions, g.unsectioned]),
    [['Models', 1, false], [s.UNSECTIONED, 4, true]]);
  assert.equal(s.availableQuestions(partly, [0, 1]), 5);
  assert.deepEqual(s.sectionOptions(partly, [0, 1]), {});
});

test('unticking a section keeps the questions without one, and the server is told so', () => {
  assert.equal(s.availableQuestions(two, [0, 2]), 3);
  assert.deepEqual(s.sectionOptions(two, [0, 2]), { sections: ['Models'], unsectioned: true });
  assert.deepEqual(s.sectionOptions(two, [0, 1]), { sections: ['Models', 'Views'] });
  assert.deepEqual(s.sectionOptions(two, [2]), { sections: [], unsectioned: true });
  assert.equal(s.availableQuestions(two, []), 0);
});

test('a quiz without sections, or all in one, has nothing to pick and plays whole', () => {
  const none = { questions: 7 };
  const one = { questions: 4, sections: [{ name: 'All', questions: 4 }] };
  assert.deepEqual(s.sectionGroups(none), []);
  assert.equal(s.availableQuestions(none, []), 7);
  assert.deepEqual(s.sectionOptions(none, []), {});
  assert.equal(s.sectionGroups(one).length, 1);
  assert.equal(s.availableQuestions(one, [0]), 4);
  assert.deepEqual(s.sectionOptions(one, [0]), {});
});
