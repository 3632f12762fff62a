// The homework page's root module (homework.html#<id>): a student plays an assignment alone, at their own pace.
import { startHomework } from './homework-student.js';
import { homeworkApi, homeworkTokens } from './homework-api.js';

startHomework({
  main: document.getElementById('main'),
  api: homeworkApi(),
  tokens: homeworkTokens(),
  location,
});
