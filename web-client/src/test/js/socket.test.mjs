import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';
import { fakeClock } from './fake-clock.mjs';

const { GameSocket, Status, socketUrl } = await import(js('socket.js'));

class FakeWS {
  constructor(url) {
    this.url = url;
    this.readyState = 0;
    this.sent = [];
    FakeWS.all.push(this);
  }
  send(data) { this.sent.push(JSON.parse(data)); }
  close(code) { this.readyState = 3; this.closedWith = code; }
  // driven by the test, as the network would
  open() { this.readyState = 1; this.onopen?.(); }
  receive(obj) { this.onmessage?.({ data: typeof obj === 'string' ? obj : JSON.stringify(obj) }); }
  drop(code = 1006) { this.readyState = 3; this.onclose?.({ code }); }
}

// Time is a manual clock passed through `env`: no test here waits on real time, and t.after stops the socket even
// when an assertion fails first, so nothing is left scheduled.
function setup(t, options = {}) {
  FakeWS.all = [];
  const clock = fakeClock();
  const env = Object.assign(new EventTarget(), clock.env);
  env.WebSocket = FakeWS;
  env.navigator = { onLine: true };
  env.document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const log = { opens: 0, messages: [], statuses: [] };
  const socket = new GameSocket({
    url: 'ws://example/ws', env,
    backoff: { baseMs: 5, maxMs: 20, jitter: 0 },
    onOpen: () => { log.opens++; socket.send({ type: 'resume', n: log.opens }); },
    onMessage: (m) => log.messages.push(m),
    onStatus: (s) => log.statuses.push(s),
    ...options,
  });
  t.after(() => socket.stop());
  return { env, clock, socket, log, last: () => FakeWS.all.at(-1) };
}

const setVisibility = (env, v) => {
  env.document.visibilityState = v;
  env.document.dispatchEvent(new Event('visibilitychange'));
};

test('connects, identifies itself on open, delivers parsed messages', (t) => {
  const { socket, log, last } = setup(t);
  socket.start();
  assert.equal(log.statuses.at(-1), Status.CONNECTING);
  assert.equal(socket.send({ type: 'x' }), false, 'nothing is sent before the socket is open');
  last().open();
  assert.equal(log.statuses.at(-1), Status.OPEN);
  assert.equal(log.opens, 1);
  assert.deepEqual(last().sent, [{ type: 'resume', n: 1 }]);
  last().receive({ type: 'lobby', count: 1 });
  last().receive('not json');
  last().receive('[1,2]');
  assert.deepEqual(log.messages, [{ type: 'lobby', count: 1 }]);
  socket.stop();
});

test('a dropped connection comes back with backoff and resumes', (t) => {
  const { clock, socket, log, last } = setup(t);
  socket.start();
  last().open();
  last().drop();
  assert.equal(log.statuses.at(-1), Status.RECONNECTING);
  assert.equal(FakeWS.all.length, 1);
  clock.advance(4);
  assert.equal(FakeWS.all.length, 1, 'the backoff (5 ms) is not over yet');
  clock.advance(1);
  assert.equal(FakeWS.all.length, 2, 'retried after the backoff');
  last().open();
  assert.equal(log.opens, 2);
  assert.deepEqual(last().sent, [{ type: 'resume', n: 2 }]);
  socket.stop();
});

test('failed attempts back off further', (t) => {
  const { clock, socket, last } = setup(t, { backoff: { baseMs: 10, maxMs: 1000, jitter: 0 } });
  socket.start();
  last().drop(); // attempt 0: 10 ms
  clock.advance(10);
  assert.equal(FakeWS.all.length, 2);
  last().drop(); // attempt 1: 20 ms
  clock.advance(19);
  assert.equal(FakeWS.all.length, 2, 'still waiting: the second delay is longer');
  clock.advance(1);
  assert.equal(FakeWS.all.length, 3);
  socket.stop();
});

test('the page becoming visible reconnects at once instead of waiting', (t) => {
  const { env, socket, last } = setup(t, { backoff: { baseMs: 60_000, maxMs: 60_000, jitter: 0 } });
  socket.start();
  last().open();
  setVisibility(env, 'hidden');
  last().drop();
  assert.equal(FakeWS.all.length, 1);
  setVisibility(env, 'visible');
  assert.equal(FakeWS.all.length, 2, 'reconnecting now');
  socket.stop();
});

test('after a long screen lock a socket that looks open is replaced (it may be dead)', (t) => {
  const { env, clock, socket, log, last } = setup(t, { staleAfterHiddenMs: 5_000 });
  socket.start();
  const first = last();
  first.open();
  setVisibility(env, 'hidden');
  clock.advance(5_001);
  setVisibility(env, 'visible');
  assert.equal(FakeWS.all.length, 2);
  assert.equal(first.closedWith, 1000);
  first.receive({ type: 'stale' });
  assert.deepEqual(log.messages, [], 'events of the old socket are ignored');
  last().open();
  assert.equal(log.opens, 2);
  socket.stop();
});

test('a short hide keeps the open socket', (t) => {
  const { env, clock, socket, last } = setup(t, { staleAfterHiddenMs: 5_000 });
  socket.start();
  last().open();
  setVisibility(env, 'hidden');
  clock.advance(5_000);
  setVisibility(env, 'visible');
  assert.equal(FakeWS.all.length, 1);
  socket.stop();
});

test('coming back online reconnects at once', (t) => {
  const { env, socket, log, last } = setup(t, { backoff: { baseMs: 60_000, maxMs: 60_000, jitter: 0 } });
  socket.start();
  last().open();
  env.navigator.onLine = false;
  last().drop();
  assert.equal(log.statuses.at(-1), Status.OFFLINE);
  env.navigator.onLine = true;
  env.dispatchEvent(new Event('online'));
  assert.equal(FakeWS.all.length, 2);
  socket.stop();
});

test('losing the network shows offline at once; getting it back starts a fresh connection', (t) => {
  const { env, socket, log, last } = setup(t, { backoff: { baseMs: 60_000, maxMs: 60_000, jitter: 0 } });
  socket.start();
  const first = last();
  first.open();
  env.navigator.onLine = false;
  env.dispatchEvent(new Event('offline'));
  assert.equal(log.statuses.at(-1), Status.OFFLINE, 'even though the old socket still looks open');
  env.navigator.onLine = true;
  env.dispatchEvent(new Event('online'));
  assert.equal(FakeWS.all.length, 2, 'a fresh connection, the old one may be dead');
  assert.equal(first.closedWith, 1000);
  last().open();
  assert.equal(log.statuses.at(-1), Status.OPEN);
  assert.equal(log.opens, 2, 'and it identifies itself again (resume)');
  socket.stop();
});

test('resumed in another tab (4001): no automatic retry; restart takes over', (t) => {
  const { clock, socket, log, last } = setup(t);
  socket.start();
  last().open();
  last().drop(4001);
  assert.equal(log.statuses.at(-1), Status.REPLACED);
  clock.advance(60_000);
  assert.equal(FakeWS.all.length, 1);
  socket.restart();
  assert.equal(FakeWS.all.length, 2);
  socket.stop();
});

test('stop closes and never reconnects', (t) => {
  const { clock, socket, log, last } = setup(t);
  socket.start();
  const ws = last();
  ws.open();
  socket.stop();
  assert.equal(ws.closedWith, 1000);
  assert.equal(log.statuses.at(-1), Status.STOPPED);
  clock.advance(60_000);
  assert.equal(FakeWS.all.length, 1);
  assert.equal(clock.pending, 0, 'no timer left behind');
  assert.equal(socket.send({ type: 'x' }), false);
});

test('stop(false) leaves the closing to the server (after kicked) and does not reconnect', (t) => {
  const { clock, socket, log, last } = setup(t);
  socket.start();
  const ws = last();
  ws.open();
  socket.stop(false);
  assert.equal(ws.closedWith, undefined, 'not closed from this end');
  ws.drop(1000); // the server closes
  clock.advance(60_000);
  assert.equal(FakeWS.all.length, 1);
  assert.equal(log.statuses.at(-1), Status.STOPPED);
});

test('a connection that never opens is abandoned and retried', (t) => {
  const { clock, socket, log, last } = setup(t, { connectTimeoutMs: 10 });
  socket.start();
  const first = last();
  clock.advance(9);
  assert.equal(first.closedWith, undefined, 'still waiting for it');
  clock.advance(1);
  assert.equal(first.closedWith, 1000, 'given up after connectTimeoutMs');
  assert.equal(log.statuses.at(-1), Status.RECONNECTING);
  clock.advance(5); // the first backoff
  assert.equal(FakeWS.all.length, 2);
  last().open();
  assert.equal(log.statuses.at(-1), Status.OPEN);
  socket.stop();
});

test('the status says when the next retry comes, by the injected clock', (t) => {
  const { clock, socket, last } = setup(t, { backoff: { baseMs: 2_000, maxMs: 2_000, jitter: 0 } });
  const infos = [];
  socket.onStatus = (status, info) => infos.push({ status, ...info });
  socket.start();
  last().open();
  const before = clock.now();
  last().drop();
  assert.deepEqual(infos.at(-1), { status: Status.RECONNECTING, nextRetryAt: before + 2_000, attempt: 1 });
});

test('a message carries its receive time from the injected clock', (t) => {
  const { clock, socket, last } = setup(t);
  const times = [];
  socket.onMessage = (m, receivedAt) => times.push(receivedAt);
  socket.start();
  last().open();
  clock.advance(1234);
  last().receive({ type: 'lobby' });
  assert.deepEqual(times, [clock.now()]);
});

test('the socket URL follows the page: ws for http, wss for https, /ws next to the page', () => {
  assert.equal(socketUrl({ href: 'http://10.0.0.5:8080/play?code=123456', protocol: 'http:' }), 'ws://10.0.0.5:8080/ws');
  assert.equal(socketUrl({ href: 'https://quiz.example.org/', protocol: 'https:' }), 'wss://quiz.example.org/ws');
  assert.equal(socketUrl({ href: 'https://example.org/quiz/play', protocol: 'https:' }), 'wss://example.org/quiz/ws');
});
