// The remote page's root module (remote.html, opened from the host screen's "Control from your phone" QR code):
// builds the remote from the browser's pieces and starts it.
import { startRemoteApp } from './remote-app.js';
import { socketUrl } from './socket.js';
import { createStorage } from './storage.js';
import { createClockSync } from './clock.js';
import { toaster } from './toast.js';
import { loadLanguage } from './i18n.js';

await loadLanguage();
startRemoteApp({
  main: document.getElementById('main'),
  storage: createStorage(),
  clock: createClockSync(),
  toast: toaster(document.body),
  url: socketUrl(),
  location,
});
