// The player page's root module (play.html): builds the app from the browser's pieces and starts it.
import { startPlayerApp } from './player-app.js';
import { socketUrl } from './socket.js';
import { createStorage } from './storage.js';
import { createClockSync } from './clock.js';
import { toaster } from './toast.js';
import { loadLanguage } from './i18n.js';

await loadLanguage();
startPlayerApp({
  main: document.getElementById('main'),
  storage: createStorage(),
  clock: createClockSync(),
  toast: toaster(document.body),
  url: socketUrl(),
  location,
});
