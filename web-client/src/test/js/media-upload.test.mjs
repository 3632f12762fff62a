import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const m = await import(js('media-upload.js'));
const ID = 'ab'.repeat(32);
const OK = { id: ID, projector: `/media/${ID}-p.png`, phone: `/media/${ID}-m.png`, width: 1920, height: 960 };

function fakeFetch(status, body, headers = {}) {
  const calls = [];
  const f = async (url, init) => {
    calls.push({ url, init });
    return {
      status,
      headers: { get: (k) => headers[k] ?? null },
      json: async () => {
        if (body === undefined) throw new SyntaxError('no JSON');
        return body;
      },
    };
  };
  f.calls = calls;
  return f;
}

test('pictures checked before sending: type, SVG, HEIC, empty, the 10 MiB limit', () => {
  assert.equal(m.MAX_IMAGE_BYTES, 10485760);
  for (const [name, type] of [['a.png', 'image/png'], ['b.JPG', 'image/jpeg'], ['c.gif', 'image/gif'], ['d.webp', 'image/webp'], ['e.jpeg', '']]) {
    assert.equal(m.checkImageFile({ name, type, size: 10 }), null, name);
  }
  assert.equal(m.checkImageFile({ type: 'image/png', size: 10 }), null, 'a pasted picture has no name');
  assert.match(m.checkImageFile({ name: 'logo.svg', type: 'image/svg+xml', size: 10 }), /logo\.svg: SVG .* scripts/);
  assert.match(m.checkImageFile({ name: 'IMG_1.HEIC', type: '', size: 10 }), /HEIC .* JPEG/);
  assert.equal(m.checkImageFile({ name: 'x.bmp', type: 'image/bmp', size: 10 }), 'x.bmp: QuizNight takes PNG, JPEG, GIF and WebP pictures.');
  assert.equal(m.checkImageFile({ name: 'x.png', type: 'image/png', size: 0 }), 'x.png: the file is empty.');
  assert.equal(m.checkImageFile({ name: 'big.jpg', type: 'image/jpeg', size: 11 * 1048576 }),
    'big.jpg is too large (11 MB): pictures may be at most 10 MB.');
  assert.equal(m.checkImageFile(null), 'Choose a picture to upload.');
  assert.ok(m.ACCEPT.includes('image/webp') && m.ACCEPT.includes('.jpeg') && !m.ACCEPT.includes('svg'));
});

test("the server's answer is taken only with its own /media/ paths", () => {
  assert.deepEqual(m.parseMedia(OK), OK);
  assert.equal(m.parseMedia({ ...OK, projector: 'https://evil.example/x.png' }), null);
  assert.equal(m.parseMedia({ ...OK, phone: `/media/../${ID}-m.png` }), null);
  assert.equal(m.parseMedia({ ...OK, id: 'x' }), null);
  assert.equal(m.parseMedia(null), null);
  assert.deepEqual(m.parseMedia({ ...OK, width: 'wide' }), { ...OK, width: null });
});

test('picture URLs resolve against the page, so a base path works', () => {
  assert.equal(m.mediaUrl(OK.projector, 'http://quiz.test/'), `http://quiz.test/media/${ID}-p.png`);
  assert.equal(m.mediaUrl(OK.phone, 'https://example.org/quiz/'), `https://example.org/quiz/media/${ID}-m.png`);
});

test('refusals: the server sentence, else one per status', () => {
  assert.equal(m.mediaErrorText(415, { error: 'This file is an HTML page, not a picture.' }), 'This file is an HTML page, not a picture.');
  assert.equal(m.mediaErrorText(503, { error: 'The server is busy.' }, '5'), 'The server is busy. Try again in 5 s.');
  assert.equal(m.mediaErrorText(413, null), 'The picture is too large: at most 10 MB.');
  assert.equal(m.mediaErrorText(507, {}), 'There is no more room for your pictures on this server.');
  assert.equal(m.mediaErrorText(429, null, '12'), 'Too many pictures in a short time. Try again in 12 s.');
  assert.equal(m.mediaErrorText(0, null), 'Could not reach the server: check the connection and try again.');
  assert.equal(m.mediaErrorText(502, null), 'The upload failed (the server answered 502).');
});

test('uploadImage posts the raw bytes to api/media below the page, and returns the picture', async () => {
  const file = { name: 'cat.png', type: 'image/png', size: 100 };
  const f = fakeFetch(201, OK);
  const r = await m.uploadImage(file, { page: 'https://example.org/quiz/editor', fetchImpl: f });
  assert.deepEqual(r, { ok: true, media: OK, stored: true });
  assert.equal(f.calls.length, 1);
  assert.equal(f.calls[0].url, 'https://example.org/quiz/api/media');
  assert.equal(f.calls[0].init.method, 'POST');
  assert.equal(f.calls[0].init.body, file);
  const again = await m.uploadImage(file, { page: 'http://quiz.test/', fetchImpl: fakeFetch(200, OK) });
  assert.equal(again.stored, false);
});

test('uploadImage: a refused file is not sent; refusals and network failures become sentences, never a rejection', async () => {
  const f = fakeFetch(201, OK);
  assert.deepEqual(await m.uploadImage({ name: 'x.svg', type: 'image/svg+xml', size: 5 }, { page: 'http://quiz.test/', fetchImpl: f }),
    { ok: false, error: 'x.svg: SVG drawings are refused because they can carry scripts. Export it as PNG.' });
  assert.equal(f.calls.length, 0);
  const file = { name: 'a.png', type: 'image/png', size: 5 };
  const bomb = await m.uploadImage(file, { page: 'http://quiz.test/', fetchImpl: fakeFetch(413, { error: 'This picture is 50,000 × 50,000 pixels.' }) });
  assert.deepEqual(bomb, { ok: false, error: 'This picture is 50,000 × 50,000 pixels.' });
  const busy = await m.uploadImage(file, { page: 'http://quiz.test/', fetchImpl: fakeFetch(503, undefined, { 'Retry-After': '5' }) });
  assert.deepEqual(busy, { ok: false, error: 'The server is busy. Try again in 5 s.' });
  const down = await m.uploadImage(file, { page: 'http://quiz.test/', fetchImpl: async () => { throw new TypeError('Failed to fetch'); } });
  assert.deepEqual(down, { ok: false, error: 'Could not reach the server: check the connection and try again.' });
  const odd = await m.uploadImage(file, { page: 'http://quiz.test/', fetchImpl: fakeFetch(201, { id: 'x' }) });
  assert.equal(odd.ok, false);
});
