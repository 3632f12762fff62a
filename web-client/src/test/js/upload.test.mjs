import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const u = await import(js('upload.js'));

test('extensions: lower-cased, none for dot files or names without one', () => {
  assert.equal(u.extensionOf('quiz.gift'), '.gift');
  assert.equal(u.extensionOf('My Quiz.GIFT'), '.gift');
  assert.equal(u.extensionOf('kahoot.template.xlsx'), '.xlsx');
  assert.equal(u.extensionOf('README'), '');
  assert.equal(u.extensionOf('.gift'), '');
  assert.equal(u.extensionOf('quiz.'), '');
  assert.equal(u.extensionOf(undefined), '');
  assert.equal(u.ACCEPT, '.json,.gift,.txt,.aiken,.xlsx,.csv');
});

test('sizes in binary units', () => {
  assert.equal(u.formatBytes(0), '0 bytes');
  assert.equal(u.formatBytes(1), '1 byte');
  assert.equal(u.formatBytes(1023), '1023 bytes');
  assert.equal(u.formatBytes(1536), '1.5 KB');
  assert.equal(u.formatBytes(200 * 1024), '200 KB');
  assert.equal(u.formatBytes(1024 * 1024), '1 MB');
  assert.equal(u.formatBytes(2.5 * 1024 * 1024), '2.5 MB');
});

test('files checked before sending: type, empty, the 1 MiB limit', () => {
  assert.equal(u.MAX_UPLOAD_BYTES, 1048576);
  for (const name of ['a.json', 'b.gift', 'c.txt', 'd.aiken', 'e.xlsx', 'f.CSV']) {
    assert.equal(u.checkQuizFile({ name, size: 100 }), null, name);
  }
  assert.equal(u.checkQuizFile({ name: 'q.gift', size: 1048576 }), null);
  assert.equal(u.checkQuizFile({ name: 'q.gift', size: 1048577 }), 'q.gift is too large (1 MB): quiz files may be at most 1 MB.');
  assert.equal(u.checkQuizFile({ name: 'big.xlsx', size: 3 * 1048576 }), 'big.xlsx is too large (3 MB): quiz files may be at most 1 MB.');
  assert.equal(u.checkQuizFile({ name: 'q.gift', size: 0 }), 'q.gift: the file is empty.');
  assert.equal(u.checkQuizFile({ name: 'photo.png', size: 10 }),
    'photo.png: QuizNight reads .json, .gift, .txt, .aiken, .xlsx, or .csv files.');
  assert.equal(u.checkQuizFile(null), 'Choose a quiz file to upload.');
  assert.equal(u.checkQuizFile({ name: 'q.gift', size: 2000 }, 1000), 'q.gift is too large (2 KB): quiz files may be at most 1000 bytes.');
});

test('an accepted upload: title, count, sections, format, warnings', () => {
  assert.deepEqual(u.uploadSummary({
    id: 'pets', title: 'Pets', questions: 3, sections: [{ name: 'Pets', questions: 3 }], format: 'Moodle GIFT',
    warnings: ['pets.gift: line 9: an essay question is skipped'],
  }), { title: 'Pets', meta: '3 questions · Moodle GIFT', warnings: ['pets.gift: line 9: an essay question is skipped'] });
  assert.deepEqual(u.uploadSummary({
    id: 'x', title: 'Mixed', questions: 1, sections: [{ name: 'A', questions: 1 }, { name: 'B', questions: 0 }],
    format: 'Aiken', warnings: [],
  }), { title: 'Mixed', meta: '1 question · 2 sections · Aiken', warnings: [] });
  assert.deepEqual(u.uploadSummary({ id: 'only-id' }), { title: 'only-id', meta: '0 questions', warnings: [] });
});

test('an accepted upload becomes a picker entry', () => {
  assert.deepEqual(u.uploadedQuiz({ id: 'pets', title: 'Pets', questions: 3, sections: [], format: 'Moodle GIFT', warnings: [] }),
    { id: 'pets', title: 'Pets', questions: 3, sections: [] });
});

test('refusals: the server sentence (with its line), else one per status', () => {
  const line = "broken.gift: line 4: expected '}' closing the answers opened here";
  assert.equal(u.uploadErrorText(400, { error: line }), line);
  assert.equal(u.uploadErrorText(403, { error: 'Uploads are turned off on this server.' }), 'Uploads are turned off on this server.');
  assert.equal(u.uploadErrorText(429, { error: 'Too many uploads: at most 5 a minute from one address. Try again in 12 s.' }, '12'),
    'Too many uploads: at most 5 a minute from one address. Try again in 12 s.');
  assert.equal(u.uploadErrorText(503, { error: 'The server is busy.' }, '5'), 'The server is busy. Try again in 5 s.');
  assert.equal(u.uploadErrorText(429, null, '30'), 'Too many uploads in a short time. Try again in 30 s.');
  assert.equal(u.uploadErrorText(503, null, null), 'The server is busy. Try again in a moment.');
  assert.equal(u.uploadErrorText(413, null), 'The file is too large: quiz files may be at most 1 MB.');
  assert.equal(u.uploadErrorText(403, {}), 'This server does not take uploads from this page.');
  assert.equal(u.uploadErrorText(0, null), 'Could not reach the server: check the connection and try again.');
  assert.equal(u.uploadErrorText(502, null), 'The upload failed (the server answered 502).');
  assert.equal(u.uploadErrorText(400, { error: '  ' }), 'The server could not read this file as a quiz.');
});

test('progress: a percentage while sending, then checking', () => {
  assert.equal(u.progressText('q.gift', 0, 1000), 'Uploading q.gift… 0%');
  assert.equal(u.progressText('q.gift', 455, 1000), 'Uploading q.gift… 45%');
  assert.equal(u.progressText('q.gift', 1000, 1000), 'Checking q.gift…');
  assert.equal(u.progressText('q.gift', 10, 0), 'Checking q.gift…');
});

test('uploaded files set aside at start: one line each, naming the file and the reason', () => {
  assert.deepEqual(u.rejectedLines([]), []);
  assert.deepEqual(u.rejectedLines(null), []);
  const lines = u.rejectedLines([{ file: 'big.json', reason: 'more than 500 questions' }, { file: 'x.gift' }]);
  assert.equal(lines.length, 2);
  assert.match(lines[0], /big\.json/);
  assert.match(lines[0], /rejected\//);
  assert.match(lines[0], /more than 500 questions/);
  assert.match(lines[1], /x\.gift.*cannot be loaded/);
});
