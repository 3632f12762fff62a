// The practice page's root module (practice.html): picks the language, builds the app from the browser's pieces and
// starts it.
import { startPracticeApp } from './practice-app.js';
import { practiceApi } from './practice-api.js';
import { createStorage } from './storage.js';
import { createClockSync } from './clock.js';
import { toaster } from './toast.js';
import { loadLanguage, t } from './i18n.js';

await loadLanguage();
document.title = `QuizNight · ${t('practice.title')}`;
startPracticeApp({
  main: document.getElementById('main'),
  api: practiceApi(),
  storage: createStorage(),
  clock: createClockSync(),
  toast: toaster(document.body),
});
