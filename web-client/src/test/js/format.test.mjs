import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const f = await import(js('format.js'));

test('ordinals', () => {
  const cases = { 1: '1st', 2: '2nd', 3: '3rd', 4: '4th', 11: '11th', 12: '12th', 13: '13th', 21: '21st', 22: '22nd', 101: '101st', 111: '111th' };
  for (const [n, s] of Object.entries(cases)) assert.equal(f.ordinal(Number(n)), s);
});

test('numbers and PINs', () => {
  assert.equal(f.formatNumber(0), '0');
  assert.equal(f.formatNumber(999), '999');
  assert.equal(f.formatNumber(1000), '1,000');
  assert.equal(f.formatNumber(1234567), '1,234,567');
  assert.equal(f.formatNumber(-1500), '-1,500');
  assert.equal(f.formatNumber(NaN), '0');
  assert.equal(f.formatPin('123456'), '123 456');
  assert.equal(f.formatPin('12'), '12');
});

test('seconds left round up, so 0 shows only when time is up', () => {
  assert.equal(f.secondsLeft(0), 0);
  assert.equal(f.secondsLeft(-50), 0);
  assert.equal(f.secondsLeft(1), 1);
  assert.equal(f.secondsLeft(1000), 1);
  assert.equal(f.secondsLeft(1001), 2);
});

test('movement in the standings', () => {
  assert.deepEqual(f.movement(null, 3), { dir: 'new', places: 0 });
  assert.deepEqual(f.movement(undefined, 3), { dir: 'new', places: 0 });
  assert.deepEqual(f.movement(5, 2), { dir: 'up', places: 3 });
  assert.deepEqual(f.movement(1, 4), { dir: 'down', places: 3 });
  assert.deepEqual(f.movement(2, 2), { dir: 'same', places: 0 });
});

test('PIN input keeps digits only, at most six', () => {
  assert.equal(f.cleanPin(' 123 456 '), '123456');
  assert.equal(f.cleanPin('12a3-4567'), '123456');
  assert.equal(f.cleanPin(null), '');
});

test('nickname length counts code points, as the server does', () => {
  assert.equal(f.codePointLength('abc'), 3);
  assert.equal(f.codePointLength('😀😀'), 2);
  assert.equal(f.codePointLength('𝔘𝔫𝔦'), 3);
});

test('numbers typed on a phone', () => {
  assert.equal(f.parseNumberInput('42'), 42);
  assert.equal(f.parseNumberInput(' 3,5 '), 3.5);
  assert.equal(f.parseNumberInput('-0.25'), -0.25);
  assert.equal(f.parseNumberInput('.5'), 0.5);
  assert.equal(f.parseNumberInput('1e3'), 1000);
  assert.equal(f.parseNumberInput('1 000'), 1000);
  for (const bad of ['', 'abc', '1.2.3', 'Infinity', 'NaN', '0x10', '1e400', null]) {
    assert.equal(f.parseNumberInput(bad), null, `${bad} is not a number`);
  }
});

test('short URLs for the join line', () => {
  assert.equal(f.shortUrl('http://192.168.1.20:8080/play?code=123456'), '192.168.1.20:8080/play');
  assert.equal(f.shortUrl('https://quiz.example.org/play'), 'quiz.example.org/play');
  assert.equal(f.shortUrl('not a url'), 'not a url');
});
