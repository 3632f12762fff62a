// The host who is not tied to the laptop: the pause and the pub quiz countdown in the state, the words the screens
// show for them, and the remote page's link and buttons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { reduce, initialState, answerSent } = await import(js('state.js'));
const { autoNextText, autoNextLeft } = await import(js('auto-next.js'));
const { showsPause } = await import(js('pause-banner.js'));
const { parseRemoteHash } = await import(js('remote-app.js'));
const { nextLabel, phaseText, notListed, playersText } = await import(js('remote-controls.js'));
const { remoteQrSrc } = await import(js('host-remote.js'));
const { msg } = await import(js('protocol.js'));

const play = (...messages) => messages.reduce(reduce, initialState);
const question = (index, extra = {}) => ({
  type: 'question', index, total: 2, kind: 'single', text: `Q${index}`, choices: ['a', 'b'],
  timeLimitMs: 20000, deadline: 50_000, points: 1, sentAt: 1, ...extra,
});
const joined = { type: 'joined', playerId: 'p1', token: 't', name: 'Ada' };

test('pause and going on: the time left freezes, then the question runs to its moved deadline', () => {
  let s = play(joined, question(0), { type: 'paused', paused: true, remainingMs: 12_000 });
  assert.equal(s.paused, true);
  assert.equal(s.pausedRemainingMs, 12_000);
  assert.equal(showsPause(s), true);
  s = reduce(s, { type: 'paused', paused: false, deadline: 80_000 });
  assert.equal(s.paused, false);
  assert.equal(s.pausedRemainingMs, null);
  assert.equal(s.question.deadline, 80_000);
  assert.equal(showsPause(s), false);
});

test('going on outside a question leaves the last question as it was', () => {
  const s = play(joined, question(0), { type: 'reveal', index: 0, correct: [0], counts: [1, 0] },
    { type: 'paused', paused: true }, { type: 'paused', paused: false, deadline: 99 });
  assert.equal(s.question.deadline, 50_000);
  assert.equal(s.paused, false);
});

test('an answer refused because of the pause can be given again', () => {
  let s = answerSent(play(joined, question(0)), { index: 0, value: 1 });
  assert.equal(s.answered, true);
  s = reduce(s, { type: 'error', code: 'paused', message: 'The game is paused.' });
  assert.equal(s.answered, false);
  assert.equal(s.myAnswer, null);
});

test('a finished game shows no pause banner', () => {
  const s = play({ type: 'paused', paused: true }, { type: 'finished', podium: [], top: [], players: 0 });
  assert.equal(showsPause(s), false);
});

test('the pub quiz countdown names where the room goes next, and stops while paused', () => {
  const clock = { remaining: (at) => at - 1000 };
  let s = play(joined, question(0), { type: 'reveal', index: 0, correct: [0], counts: [1, 0] },
    { type: 'autoNext', index: 0, from: 'reveal', at: 7_000, remainingMs: 6_000, paused: false });
  assert.equal(autoNextText(s, autoNextLeft(s.autoNext, clock)), 'Standings in 6 s');
  s = reduce(s, { type: 'standings', index: 0, top: [], players: 1 });
  assert.equal(s.autoNext, null, 'a new phase drops the old countdown');
  assert.equal(autoNextText(s, 0), null);
  s = reduce(s, { type: 'autoNext', index: 0, from: 'standings', at: 5_400, remainingMs: 4_400, paused: false });
  assert.equal(autoNextText(s, autoNextLeft(s.autoNext, clock)), 'Next question in 5 s');
  s = reduce(s, { type: 'autoNext', index: 0, from: 'standings', at: 5_400, remainingMs: 3_000, paused: true });
  assert.equal(autoNextLeft(s.autoNext, clock), 3_000);
  assert.equal(autoNextText(s, 3_000), 'Next question in 3 s · paused');
  const last = play(joined, question(1), { type: 'reveal', index: 1, correct: [0], counts: [0, 0] },
    { type: 'standings', index: 1, top: [], players: 1 },
    { type: 'autoNext', index: 1, from: 'standings', at: 3_000, remainingMs: 2_000, paused: false });
  assert.equal(autoNextText(last, 2_000), 'Final results in 2 s');
});

test('a remote link is the room code and the token after the hash; anything else is none', () => {
  const token = 'AbCdEfGhIjKlMnOpQrStUvWx_-12';
  assert.deepEqual(parseRemoteHash(`#123456.${token}`), { code: '123456', token });
  assert.equal(parseRemoteHash('#123456'), null);
  assert.equal(parseRemoteHash('#12345.abcdefghijklmnopqrst'), null);
  assert.equal(parseRemoteHash('#123456.short'), null);
  assert.equal(parseRemoteHash('#123456.<script>alert(1)</script>xxxx'), null);
  assert.equal(parseRemoteHash(''), null);
  assert.equal(remoteQrSrc('123456', token), `api/rooms/123456/remote-qr.svg?token=${token}`);
});

test('the remote names its Next button by phase and says where the game is', () => {
  const host = { type: 'resumed', role: 'host', code: '123456', quiz: { id: 'q', title: 'Q', questions: 2 }, locked: false };
  let s = play(host, { type: 'lobby', code: '123456', count: 3, locked: false, players: [] });
  assert.equal(nextLabel(s), 'Start');
  assert.equal(phaseText(s), 'Lobby · 3 players');
  s = reduce(s, question(0));
  assert.equal(nextLabel(s), 'Show the answer');
  assert.equal(phaseText(s), 'Question 1 of 2');
  s = reduce(s, { type: 'reveal', index: 0, correct: [0], counts: [1, 0], answered: 1, correctCount: 1 });
  assert.equal(nextLabel(s), 'Standings');
  s = reduce(s, { type: 'standings', index: 0, top: [], players: 3 });
  assert.equal(nextLabel(s), 'Next question');
  s = reduce(s, { type: 'standings', index: 1, top: [], players: 3 });
  assert.equal(nextLabel(s), 'Final results');
  s = reduce(s, { type: 'finished', podium: [], top: [], players: 3 });
  assert.equal(nextLabel(s), null);
});

test('a big room\'s remote lists the players who joined last and counts the rest', () => {
  const host = { type: 'resumed', role: 'host', code: '123456', quiz: { id: 'q', title: 'Q', questions: 2 }, locked: false };
  const last = Array.from({ length: 50 }, (_, i) => ({ id: `p${9951 + i}`, name: `N${i}` }));
  const big = play(host, { type: 'lobby', code: '123456', count: 10_000, locked: false, players: last });
  assert.equal(notListed(big), 9_950);
  assert.deepEqual(playersText(50, notListed(big)), { title: 'Players (10,000)', more: 'and 9,950 more' });
  // A classroom is listed whole, as before.
  const small = play(host, { type: 'lobby', code: '123456', count: 2, locked: false, players: last.slice(0, 2) });
  assert.equal(notListed(small), 0);
  assert.deepEqual(playersText(2, 0), { title: 'Players (2)', more: '' });
  assert.deepEqual(playersText(0, 0), { title: 'No players yet', more: '' });
});

test('the host commands of the remote are on the wire as the protocol says', () => {
  assert.deepEqual(msg.pause(true), { type: 'pause', paused: true });
  assert.deepEqual(msg.pause(0), { type: 'pause', paused: false });
  assert.deepEqual(msg.remote(), { type: 'remote' });
  const s = play({ type: 'remoteLink', token: 'tok', url: 'http://x/remote.html#1.tok', remotes: 2 });
  assert.deepEqual(s.remoteLink, { token: 'tok', url: 'http://x/remote.html#1.tok', remotes: 2 });
});
