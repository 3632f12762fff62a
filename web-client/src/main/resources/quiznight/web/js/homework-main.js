// The homework page's root module (homework.html#<id>): a student plays an assignment alone, at their own pace.
import { startHomework } from './homework-student.js';
import { homeworkApi, homeworkTokens } from './homework-api.js';
import { loadLanguage, t } from './i18n.js';

await loadLanguage();
document.title = `QuizNight · ${t('homework.kicker')}`;
startHomework({
  main: document.getElementById('main'),
  api: homeworkApi(),
  tokens: homeworkTokens(),
  location,
});
