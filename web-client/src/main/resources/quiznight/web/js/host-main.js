// The host page's root module (index.html loads it through host-signin.js once the browser may host): builds the app from the browser's pieces and starts it.
import { startHostApp } from './host-app.js';
import { socketUrl } from './socket.js';
import { createStorage } from './storage.js';
import { createClockSync } from './clock.js';
import { toaster } from './toast.js';
import { loadLanguage } from './i18n.js';

const quizList = () => fetch(new URL('api/quizzes', location.href), { cache: 'no-store' })
  .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))));

await loadLanguage(); // host-signin.js has loaded it already: the same promise
startHostApp({
  main: document.getElementById('main'),
  storage: createStorage(),
  clock: createClockSync(),
  toast: toaster(document.body),
  url: socketUrl(),
  quizzes: quizList(),
  refreshQuizzes: quizList,
  // Uploaded files the server set aside at start: a line each on the setup screen (nothing if this fails).
  rejected: fetch(new URL('api/quizzes/rejected', location.href), { cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : [])).catch(() => []),
});
