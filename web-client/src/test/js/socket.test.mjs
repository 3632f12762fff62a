import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { js } from './web.mjs';

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

function setup(options = {}) {
  FakeWS.all = [];
  const env = new EventTarget();
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
  return { env, socket, log, last: () => FakeWS.all.at(-1) };
}

const setVisibility = (env, v) => {
  env.document.visibilityState = v;
  env.document.dispatchEvent(new Event('visibilitychange'));
};

test('connects, identifies itself on open, delivers parsed messages', () => {
  const { socket, log, last } = setup();
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

test('a dropped connection comes back with backoff and resumes', async () => {
  const { socket, log, last } = setup();
  socket.start();
  last().open();
  last().drop();
  assert.equal(log.statuses.at(-1), Status.RECONNECTING);
  assert.equal(FakeWS.all.length, 1);
  await sleep(30);
  assert.equal(FakeWS.all.length, 2, 'retried after the backoff');
  last().open();
  assert.equal(log.opens, 2);
  assert.deepEqual(last().sent, [{ type: 'resume', n: 2 }]);
  socket.stop();
});

test('failed attempts back off further', async () => {
  const { socket, last } = setup({ backoff: { baseMs: 10, maxMs: 1000, jitter: 0 } });
  socket.start();
  last().drop(); // attempt 0: 10 ms
  await sleep(15);
  assert.equal(FakeWS.all.length, 2);
  last().drop(); // attempt 1: 20 ms
  await sleep(12);
  assert.equal(FakeWS.all.length, 2, 'still waiting: the second delay is longer');
  await sleep(15);
  assert.equal(FakeWS.all.length, 3);
  socket.stop();
});

test('the page becoming visible reconnects at once instead of waiting', () => {
  const { env, socket, last } = setup({ backoff: { baseMs: 60_000, maxMs: 60_000, jitter: 0 } });
  socket.start();
  last().open();
  setVisibility(env, 'hidden');
  last().drop();
  assert.equal(FakeWS.all.length, 1);
  setVisibility(env, 'visible');
  assert.equal(FakeWS.all.length, 2, 'reconnecting now');
  socket.stop();
});

test('after a long screen lock a socket that looks open is replaced (it may be dead)', async () => {
  const { env, socket, log, last } = setup({ staleAfterHiddenMs: 5 });
  socket.start();
  const first = last();
  first.open();
  setVisibility(env, 'hidden');
  await sleep(15);
  setVisibility(env, 'visible');
  assert.equal(FakeWS.all.length, 2);
  assert.equal(first.closedWith, 1000);
  first.receive({ type: 'stale' });
  assert.deepEqual(log.messages, [], 'events of the old socket are ignored');
  last().open();
  assert.equal(log.opens, 2);
  socket.stop();
});

test('a short hide keeps the open socket', () => {
  const { env, socket, last } = setup({ staleAfterHiddenMs: 60_000 });
  socket.start();
  last().open();
  setVisibility(env, 'hidden');
  setVisibility(env, 'visible');
  assert.equal(FakeWS.all.length, 1);
  socket.stop();
});

test('coming back online reconnects at once', () => {
  const { env, socket, log, last } = setup({ backoff: { baseMs: 60_000, maxMs: 60_000, jitter: 0 } });
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

test('losing the network shows offline at once; getting it back starts a fresh connection', () => {
  const { env, socket, log, last } = setup({ backoff: { baseMs: 60_000, maxMs: 60_000, jitter: 0 } });
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

test('resumed in another tab (4001): no automatic retry; restart takes over', async () => {
  const { socket, log, last } = setup();
  socket.start();
  last().open();
  last().drop(4001);
  assert.equal(log.statuses.at(-1), Status.REPLACED);
  await sleep(30);
  assert.equal(FakeWS.all.length, 1);
  socket.restart();
  assert.equal(FakeWS.all.length, 2);
  socket.stop();
});

test('stop closes and never reconnects', async () => {
  const { socket, log, last } = setup();
  socket.start();
  const ws = last();
  ws.open();
  socket.stop();
  assert.equal(ws.closedWith, 1000);
  assert.equal(log.statuses.at(-1), Status.STOPPED);
  await sleep(30);
  assert.equal(FakeWS.all.length, 1);
  assert.equal(socket.send({ type: 'x' }), false);
});

test('stop(false) leaves the closing to the server (after kicked) and does not reconnect', async () => {
  const { socket, log, last } = setup();
  socket.start();
  const ws = last();
  ws.open();
  socket.stop(false);
  assert.equal(ws.closedWith, undefined, 'not closed from this end');
  ws.drop(1000); // the server closes
  await sleep(30);
  assert.equal(FakeWS.all.length, 1);
  assert.equal(log.statuses.at(-1), Status.STOPPED);
});

test('a connection that never opens is abandoned and retried', async () => {
  const { socket, last } = setup({ connectTimeoutMs: 10 });
  socket.start();
  const first = last();
  await sleep(40);
  assert.ok(FakeWS.all.length >= 2);
  assert.equal(first.closedWith, 1000);
  socket.stop();
});

test('the socket URL follows the page: ws for http, wss for https, /ws next to the page', () => {
  assert.equal(socketUrl({ href: 'http://10.0.0.5:8080/play?code=123456', protocol: 'http:' }), 'ws://10.0.0.5:8080/ws');
  assert.equal(socketUrl({ href: 'https://quiz.example.org/', protocol: 'https:' }), 'wss://quiz.example.org/ws');
  assert.equal(socketUrl({ href: 'https://example.org/quiz/play', protocol: 'https:' }), 'wss://example.org/quiz/ws');
});
