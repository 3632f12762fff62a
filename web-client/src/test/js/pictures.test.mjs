import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const pic = await import(js('picture.js'));
const pre = await import(js('prefetch.js'));
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const PA = `/media/${A}-p.jpg`;
const PB = `/media/${B}-p.png`;

test('a picture path becomes the size a screen shows: phones -m., the projector -p.', () => {
  assert.equal(pic.sizedPath(PA, 'phone'), `/media/${A}-m.jpg`);
  assert.equal(pic.sizedPath(PA, 'projector'), PA);
  assert.equal(pic.sizedPath(`/media/${B}-m.png`, 'projector'), PB);
});

test('only the server\'s own media paths are shown or fetched', () => {
  for (const bad of ['https://evil.example/x.jpg', 'javascript:alert(1)', `/media/../${A}-p.jpg`, `/media/${A}-p.gif`,
    `/media/${A.toUpperCase()}-p.jpg`, `//evil.example/media/${A}-p.jpg`, 7, null, undefined]) {
    assert.equal(pic.sizedPath(bad, 'phone'), null, String(bad));
  }
});

test('a picture URL resolves against the page, so a server below a base path works', () => {
  const image = { projector: PA, phone: `/media/${A}-m.jpg`, alt: 'x' };
  assert.equal(pic.pictureUrl(image, 'phone', 'https://quiz.example/night/play?code=1'),
    `https://quiz.example/night/media/${A}-m.jpg`);
  assert.equal(pic.pictureUrl(image, 'projector', 'https://quiz.example/'), `https://quiz.example/media/${A}-p.jpg`);
  assert.equal(pic.pictureUrl(null, 'phone', 'https://quiz.example/'), null);
  assert.equal(pic.pictureUrl({ projector: 'https://evil.example/x.jpg' }, 'projector', 'https://quiz.example/'), null);
});

test('a question picture always has alt text: the quiz\'s, else which question it belongs to', () => {
  assert.equal(pic.questionAlt({ index: 2, image: { projector: PA, alt: ' A red square ' } }), 'A red square');
  assert.equal(pic.questionAlt({ index: 2, image: { projector: PA } }), 'Picture for question 3');
  assert.equal(pic.questionAlt({ index: 0, image: { projector: PA, alt: '  ' } }), 'Picture for question 1');
});

test('nextMedia is fetched once per path, in the screen\'s size, skipping what is not a media path', () => {
  const seen = new Set();
  assert.deepEqual(pre.toPrefetch([PA, PB, PA, 'https://evil.example/x.jpg'], 'phone', seen),
    [`/media/${A}-m.jpg`, `/media/${B}-m.png`]);
  assert.deepEqual(pre.toPrefetch([PB], 'phone', seen), [], 'already fetched');
  assert.deepEqual(pre.toPrefetch([PB], 'projector', seen), [PB], 'the other size is another file');
  assert.deepEqual(pre.toPrefetch(undefined, 'phone', seen), []);
  assert.deepEqual(pre.toPrefetch('not a list', 'phone', seen), []);
});

test('prefetchNext loads each announced picture once across messages, as URLs against the page', () => {
  const loaded = [];
  const o = { page: 'https://quiz.example/base/play', load: (u) => loaded.push(u) };
  const C = `/media/${'c'.repeat(64)}-p.jpg`;
  pre.prefetchNext({ type: 'lobby', nextMedia: [C] }, 'phone', o);
  pre.prefetchNext({ type: 'lobby', nextMedia: [C] }, 'phone', o);
  pre.prefetchNext({ type: 'standings' }, 'phone', o);
  assert.deepEqual(loaded, [`https://quiz.example/base/media/${'c'.repeat(64)}-m.jpg`]);
});
