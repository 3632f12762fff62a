import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { js, WEB } from './web.mjs';

const { randomName, ADJECTIVES, NOUNS } = await import(js('names.js'));
const { MAX_NAME_LENGTH } = await import(js('protocol.js'));

function* all() {
  for (const a of ADJECTIVES) for (const n of NOUNS) yield `${a} ${n}`;
}

test('every name the dice can roll is a valid nickname', () => {
  for (const name of all()) {
    assert.ok([...name].length <= MAX_NAME_LENGTH, `${name} is too long`);
    assert.match(name, /^[A-Z][a-z]+ [A-Z][a-z]+$/);
  }
  assert.equal(new Set(ADJECTIVES).size, ADJECTIVES.length, 'no duplicate adjectives');
  assert.equal(new Set(NOUNS).size, NOUNS.length, 'no duplicate nouns');
  assert.ok(ADJECTIVES.length * NOUNS.length >= 2000, 'enough names that a room rarely rolls the same one twice');
});

test('the dice is deterministic for a given random source and covers both lists', () => {
  assert.equal(randomName(() => 0), `${ADJECTIVES[0]} ${NOUNS[0]}`);
  assert.equal(randomName(() => 0.999999), `${ADJECTIVES.at(-1)} ${NOUNS.at(-1)}`);
  assert.equal(randomName(() => 1), `${ADJECTIVES.at(-1)} ${NOUNS.at(-1)}`, 'a random() of 1 stays in range');
});

test('pressing the dice again always changes the name', () => {
  const previous = `${ADJECTIVES[0]} ${NOUNS[0]}`;
  assert.notEqual(randomName(() => 0, previous), previous);
  let seed = 1;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  let last = null;
  for (let i = 0; i < 500; i++) {
    const n = randomName(rnd, last);
    assert.notEqual(n, last);
    last = n;
  }
});

// The server refuses nicknames holding words of its blocklist; the dice must never roll one.
const BLOCKLIST = path.resolve(WEB, '../../../../../../server/src/main/resources/quiznight/name-blocklist.txt');
test('no dice name contains a word of the server blocklist', { skip: !fs.existsSync(BLOCKLIST) && 'server blocklist not found' }, () => {
  // The server's rules, simply: a word matches a whole word or the whole name; a *word also matches inside.
  const entries = fs.readFileSync(BLOCKLIST, 'utf8').split('\n').map((w) => w.trim().toLowerCase())
    .filter((w) => w && !w.startsWith('#'));
  assert.ok(entries.length > 20, 'the blocklist was read');
  for (const name of all()) {
    const lower = name.toLowerCase();
    const tokens = lower.split(/[^a-z]+/);
    const joined = tokens.join('');
    for (const entry of entries) {
      const inside = entry.startsWith('*');
      const w = inside ? entry.slice(1) : entry;
      assert.ok(!tokens.includes(w), `${name} holds "${w}"`);
      assert.ok(joined !== w && !(inside && joined.includes(w)), `${name} contains "${w}"`);
    }
  }
});
